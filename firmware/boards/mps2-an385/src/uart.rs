//! CMSDK APB UART0: the console (docs/hardware.md section 4).

use crate::board::{CONSOLE_BAUD, RX_RING_SIZE, SYSCLK_HZ, UART0_BASE, UART0_RX_IRQ};
use crate::regs::{reg_read, reg_write};
use crate::ring::{self, Ring};

const DATA: usize = UART0_BASE;
const STATE: usize = UART0_BASE + 0x04;
const CTRL: usize = UART0_BASE + 0x08;
const INTCLEAR: usize = UART0_BASE + 0x0C;
const BAUDDIV: usize = UART0_BASE + 0x10;

const STATE_TXFULL: u32 = 1 << 0;
const STATE_RXFULL: u32 = 1 << 1;
const CTRL_TXEN: u32 = 1 << 0;
const CTRL_RXEN: u32 = 1 << 1;
const CTRL_RXINTEN: u32 = 1 << 3;
const INT_RX: u32 = 1 << 1;

/// Bytes received and not yet read by the REPL.
pub static RX: Ring<RX_RING_SIZE> = Ring::new();

/// Baud divider, TX and RX on with the RX interrupt, then unmask IRQ 0.
/// TXEN is set before anything is written (a write with TXEN clear would
/// stick in the buffer and hang the TXFULL poll).
pub fn init() {
    reg_write(BAUDDIV, SYSCLK_HZ / CONSOLE_BAUD);
    reg_write(CTRL, CTRL_TXEN | CTRL_RXEN | CTRL_RXINTEN);
    // SAFETY: unmasking is sound, the handler and the ring are ready.
    unsafe { cortex_m::peripheral::NVIC::unmask(Uart0Rx) };
}

/// Send one byte, waiting while the transmitter is full. Also used by the
/// fault reports, so it takes no lock and needs no interrupt.
pub fn write_byte(byte: u8) {
    while reg_read(STATE) & STATE_TXFULL != 0 {}
    reg_write(DATA, byte as u32);
}

pub fn write(bytes: &[u8]) {
    for &b in bytes {
        write_byte(b);
    }
}

/// UART0 RX interrupt. The RX interrupt bit is latched: clear it first,
/// then drain DATA while RXFULL, so a byte that lands in between raises the
/// interrupt again instead of being acknowledged and never read.
pub extern "C" fn uart0_rx_isr() {
    reg_write(INTCLEAR, INT_RX);
    while reg_read(STATE) & STATE_RXFULL != 0 {
        ring::receive(&RX, reg_read(DATA) as u8);
    }
}

/// The NVIC line of UART0 RX, for `NVIC::unmask`.
#[derive(Clone, Copy)]
struct Uart0Rx;

// SAFETY: IRQ 0 is UART0 RX on this board.
unsafe impl cortex_m::interrupt::InterruptNumber for Uart0Rx {
    fn number(self) -> u16 {
        UART0_RX_IRQ as u16
    }
}
