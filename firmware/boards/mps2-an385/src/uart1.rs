//! CMSDK APB UART1 for `machine.UART(1)` (docs/hardware.md section 4):
//! interrupt-driven receive into a ring, polled transmit. The hardware does
//! 8 data bits, no parity, 1 stop bit only.

use crate::board::{SYSCLK_HZ, UART1_BASE, UART1_RING_SIZE, UART1_RX_IRQ};
use crate::regs::{reg_read, reg_write};
use crate::ring::Ring;
use mp_hal::UartPort;

const DATA: usize = UART1_BASE;
const STATE: usize = UART1_BASE + 0x04;
const CTRL: usize = UART1_BASE + 0x08;
const INTCLEAR: usize = UART1_BASE + 0x0C;
const BAUDDIV: usize = UART1_BASE + 0x10;

const STATE_TXFULL: u32 = 1 << 0;
const STATE_RXFULL: u32 = 1 << 1;
const CTRL_TXEN: u32 = 1 << 0;
const CTRL_RXEN: u32 = 1 << 1;
const CTRL_RXINTEN: u32 = 1 << 3;
const INT_RX: u32 = 1 << 1;
/// BAUDDIV is 20 bits and at least 16.
const MIN_DIV: u32 = 16;
const MAX_DIV: u32 = (1 << 20) - 1;

static RX: Ring<UART1_RING_SIZE> = Ring::new();

/// UART1 RX interrupt: acknowledge first, then drain (same order as the
/// console's, for the same reason). A full ring drops the byte.
pub unsafe extern "C" fn uart1_rx_isr() {
    reg_write(INTCLEAR, INT_RX);
    while reg_read(STATE) & STATE_RXFULL != 0 {
        RX.push(reg_read(DATA) as u8);
    }
}

#[derive(Clone, Copy)]
struct Line;

// SAFETY: IRQ 2 is UART1 RX on this board.
unsafe impl cortex_m::interrupt::InterruptNumber for Line {
    fn number(self) -> u16 {
        UART1_RX_IRQ as u16
    }
}

/// UART1, off until `init`.
pub struct Uart1;

impl Uart1 {
    pub fn new() -> Uart1 {
        reg_write(CTRL, 0);
        // SAFETY: the ISR only touches UART1 and its ring.
        unsafe { cortex_m::peripheral::NVIC::unmask(Line) };
        Uart1
    }
}

impl UartPort for Uart1 {
    fn init(
        &mut self,
        baudrate: u32,
        bits: u8,
        parity: Option<u8>,
        stop: u8,
    ) -> Result<(), &'static str> {
        if bits != 8 {
            return Err("UART(1) supports 8 data bits only");
        }
        if parity.is_some() {
            return Err("UART(1) supports no parity only");
        }
        if stop != 1 {
            return Err("UART(1) supports 1 stop bit only");
        }
        let div = SYSCLK_HZ / baudrate.max(1);
        if !(MIN_DIV..=MAX_DIV).contains(&div) {
            return Err("baudrate out of range");
        }
        reg_write(BAUDDIV, div);
        reg_write(CTRL, CTRL_TXEN | CTRL_RXEN | CTRL_RXINTEN);
        Ok(())
    }

    fn deinit(&mut self) {
        reg_write(CTRL, 0);
        while RX.pop().is_some() {}
    }

    fn write(&mut self, data: &[u8]) {
        for &b in data {
            while reg_read(STATE) & STATE_TXFULL != 0 {}
            reg_write(DATA, b as u32);
        }
    }

    fn read_byte(&mut self) -> Option<u8> {
        RX.pop()
    }

    fn any(&mut self) -> usize {
        RX.len()
    }
}
