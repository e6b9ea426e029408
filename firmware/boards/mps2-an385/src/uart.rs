//! CMSDK APB UART0: the console (docs/hardware.md section 4).

use crate::board::{CONSOLE_BAUD, RX_RING_SIZE, SYSCLK_HZ, UART0_BASE, UART0_RX_IRQ};
use crate::cmsdk_uart::CmsdkUart;
use crate::ring::{self, Ring};

const UART0: CmsdkUart = CmsdkUart(UART0_BASE);

/// Bytes received and not yet read by the REPL.
pub static RX: Ring<RX_RING_SIZE> = Ring::new();

/// UART0 on at the console's speed, then unmask its RX interrupt.
pub fn init() {
    UART0.enable(SYSCLK_HZ / CONSOLE_BAUD);
    // SAFETY: unmasking is sound, the handler and the ring are ready.
    unsafe { cortex_m::peripheral::NVIC::unmask(Uart0Rx) };
}

/// Send one byte, waiting while the transmitter is full. Also used by the
/// fault reports, so it takes no lock and needs no interrupt.
pub fn write_byte(byte: u8) {
    UART0.write_byte(byte);
}

pub fn write(bytes: &[u8]) {
    for &b in bytes {
        write_byte(b);
    }
}

/// UART0 RX interrupt: every received byte into the ring (or to the
/// interrupt machinery for Ctrl-C).
pub extern "C" fn uart0_rx_isr() {
    UART0.drain_rx(|b| ring::receive(&RX, b));
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
