//! CMSDK APB UART1 for `machine.UART(1)` (docs/hardware.md section 4):
//! interrupt-driven receive into a ring, polled transmit. The hardware does
//! 8 data bits, no parity, 1 stop bit only.

use crate::board::{SYSCLK_HZ, UART1_BASE, UART1_RING_SIZE, UART1_RX_IRQ};
use crate::cmsdk_uart::CmsdkUart;
use crate::ring::Ring;
use mp_hal::UartPort;

const UART1: CmsdkUart = CmsdkUart(UART1_BASE);
/// BAUDDIV is 20 bits and at least 16.
const MIN_DIV: u32 = 16;
const MAX_DIV: u32 = (1 << 20) - 1;

static RX: Ring<UART1_RING_SIZE> = Ring::new();

/// UART1 RX interrupt: acknowledge first, then drain (same order as the
/// console's, for the same reason). A full ring drops the byte.
pub unsafe extern "C" fn uart1_rx_isr() {
    UART1.drain_rx(|b| {
        RX.push(b);
    });
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
        UART1.disable();
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
        UART1.enable(div);
        Ok(())
    }

    fn deinit(&mut self) {
        UART1.disable();
        while RX.pop().is_some() {}
    }

    fn write(&mut self, data: &[u8]) {
        for &b in data {
            UART1.write_byte(b);
        }
    }

    fn read_byte(&mut self) -> Option<u8> {
        RX.pop()
    }

    fn any(&mut self) -> usize {
        RX.len()
    }
}
