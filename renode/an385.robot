*** Settings ***
Documentation     The firmware boots to the friendly REPL and enters the raw REPL under Renode.

*** Variables ***
${SCRIPT}         ${CURDIR}/an385.resc

*** Test Cases ***
Boots To The Prompt
    Execute Command           include @${SCRIPT}
    Create Terminal Tester    sysbus.uart0    timeout=5
    Start Emulation
    Wait For Line On Uart     Type "help()" for more information.
    Wait For Prompt On Uart   >>>

Enters Raw REPL
    Execute Command           include @${SCRIPT}
    Create Terminal Tester    sysbus.uart0    timeout=5
    Start Emulation
    Wait For Prompt On Uart   >>>
    Send Key To Uart          0x01
    Wait For Line On Uart     raw REPL; CTRL-B to exit
    Send Key To Uart          0x02
    Wait For Prompt On Uart   >>>
