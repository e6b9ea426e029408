//! The bare-metal side: entry, vector table, console port, heap, faults.

use crate::board::*;
use crate::report::{self, FaultRegs};
use crate::{time, uart};
use core::fmt::{self, Write};
use cortex_m_rt::{entry, exception, ExceptionFrame};
use embedded_alloc::LlffHeap;
use mp_vm::repl::{ConsoleVm, Repl};
use mp_vm::{interrupt, Port, VmConfig};

#[global_allocator]
static HEAP: LlffHeap = LlffHeap::empty();

#[entry]
fn main() -> ! {
    // SAFETY: the Rust heap region is PSRAM nobody else uses, set up once.
    unsafe { HEAP.init(RUST_HEAP_START, RUST_HEAP_SIZE) };
    let core = cortex_m::Peripherals::take().unwrap_or_else(|| unreachable!());
    time::init(core.SYST);
    uart::init();

    let config = VmConfig {
        heap_start: GC_HEAP_START as *mut u8,
        heap_size: GC_HEAP_SIZE,
        stack_limit: VM_STACK_LIMIT,
    };
    // SAFETY: the GC heap region is PSRAM reserved for it (board.rs).
    let mut vm = unsafe { ConsoleVm::new(config, Console) };
    vm.serve(&mut Repl::new(MACHINE));
    // The UART console never closes.
    loop {
        cortex_m::asm::wfi();
    }
}

/// UART0 as the interpreter's port.
struct Console;

impl Port for Console {
    fn write(&mut self, data: &[u8]) {
        uart::write(data);
    }

    fn read_byte(&mut self) -> Option<u8> {
        loop {
            // Check and sleep with interrupts masked: a byte arriving
            // between the check and WFI still wakes the core.
            cortex_m::interrupt::disable();
            if let Some(byte) = uart::RX.pop() {
                // SAFETY: re-enables what was disabled just above.
                unsafe { cortex_m::interrupt::enable() };
                return Some(byte);
            }
            cortex_m::asm::wfi();
            // SAFETY: as above; the pending interrupt now runs.
            unsafe { cortex_m::interrupt::enable() };
        }
    }

    fn ticks_ms(&mut self) -> u32 {
        time::ticks_ms()
    }

    fn ticks_us(&mut self) -> u32 {
        time::ticks_us()
    }

    fn delay_ms(&mut self, ms: u32) {
        let start = time::ticks_ms();
        while time::ticks_ms().wrapping_sub(start) < ms && !interrupt::pending() {
            cortex_m::asm::wfi();
        }
    }
}

// ---- interrupt vectors ----------------------------------------------------

/// One entry of the device interrupt table.
#[derive(Clone, Copy)]
#[repr(C)]
pub union Vector {
    handler: unsafe extern "C" fn(),
    reserved: usize,
}

unsafe extern "C" {
    fn DefaultHandler();
}

unsafe extern "C" fn uart0_rx() {
    uart::uart0_rx_isr();
}

/// The 32 external interrupts (cortex-m-rt's "device" table). Only UART0 RX
/// is used; the rest go to the default handler.
#[unsafe(link_section = ".vector_table.interrupts")]
#[unsafe(no_mangle)]
pub static __INTERRUPTS: [Vector; 32] = {
    let mut table = [Vector {
        handler: DefaultHandler,
    }; 32];
    table[UART0_RX_IRQ as usize] = Vector { handler: uart0_rx };
    table
};

#[exception]
fn SysTick() {
    time::on_tick();
}

// ---- fatal errors ---------------------------------------------------------

/// Polled UART0 output that works in any context.
struct FatalWriter;

impl Write for FatalWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        uart::write(s.as_bytes());
        Ok(())
    }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    cortex_m::interrupt::disable();
    let location = info.location().map(|l| (l.file(), l.line(), l.column()));
    let _ = report::panic_report(&mut FatalWriter, location, info.message());
    semihosting_exit(report::EXIT_PANIC)
}

#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    cortex_m::interrupt::disable();
    // SAFETY: reads of the SCB fault status registers.
    let (cfsr, hfsr, mmfar, bfar) = unsafe {
        let scb = &*cortex_m::peripheral::SCB::PTR;
        (
            scb.cfsr.read(),
            scb.hfsr.read(),
            scb.mmfar.read(),
            scb.bfar.read(),
        )
    };
    let regs = FaultRegs {
        pc: frame.pc(),
        lr: frame.lr(),
        cfsr,
        hfsr,
        mmfar,
        bfar,
    };
    let _ = report::hardfault_report(&mut FatalWriter, &regs);
    semihosting_exit(report::EXIT_HARDFAULT)
}

/// End QEMU with `code` (semihosting SYS_EXIT_EXTENDED with
/// ADP_Stopped_ApplicationExit).
fn semihosting_exit(code: u32) -> ! {
    const SYS_EXIT_EXTENDED: u32 = 0x20;
    const ADP_STOPPED_APPLICATION_EXIT: u32 = 0x20026;
    let block = [ADP_STOPPED_APPLICATION_EXIT, code];
    // SAFETY: the semihosting call reads the two-word block; QEMU exits.
    unsafe {
        core::arch::asm!(
            "bkpt 0xab",
            inout("r0") SYS_EXIT_EXTENDED => _,
            in("r1") block.as_ptr(),
            options(nostack)
        );
    }
    loop {
        cortex_m::asm::wfi();
    }
}
