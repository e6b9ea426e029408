//! The CMSDK APB UART's registers (docs/hardware.md section 4), shared by the console (UART0)
//! and `machine.UART(1)`: each port keeps its own ring and policy, this file the hardware.

use crate::regs::{reg_read, reg_write};

const STATE: usize = 0x04;
const CTRL: usize = 0x08;
const INTCLEAR: usize = 0x0C;
const BAUDDIV: usize = 0x10;

const STATE_TXFULL: u32 = 1 << 0;
const STATE_RXFULL: u32 = 1 << 1;
const CTRL_TXEN: u32 = 1 << 0;
const CTRL_RXEN: u32 = 1 << 1;
const CTRL_RXINTEN: u32 = 1 << 3;
const INT_RX: u32 = 1 << 1;

/// One UART at `base` (a UARTn_BASE of board.rs).
#[derive(Clone, Copy)]
pub struct CmsdkUart(pub usize);

impl CmsdkUart {
    /// Baud divider, then TX and RX on with the RX interrupt. TXEN is set before anything is
    /// written (a write with TXEN clear would stick in the buffer and hang the TXFULL poll).
    pub fn enable(self, baud_div: u32) {
        reg_write(self.0 + BAUDDIV, baud_div);
        reg_write(self.0 + CTRL, CTRL_TXEN | CTRL_RXEN | CTRL_RXINTEN);
    }

    /// Transmitter, receiver and RX interrupt off.
    pub fn disable(self) {
        reg_write(self.0 + CTRL, 0);
    }

    /// Sends one byte, waiting while the transmitter is full (no lock, no interrupt: the
    /// fault reports use it too).
    pub fn write_byte(self, byte: u8) {
        while reg_read(self.0 + STATE) & STATE_TXFULL != 0 {}
        reg_write(self.0, byte as u32);
    }

    /// The RX interrupt's work. The RX interrupt bit is latched: clear it first, then drain
    /// DATA while RXFULL, so a byte that lands in between raises the interrupt again instead
    /// of being acknowledged and never read.
    pub fn drain_rx(self, mut receive: impl FnMut(u8)) {
        reg_write(self.0 + INTCLEAR, INT_RX);
        while reg_read(self.0 + STATE) & STATE_RXFULL != 0 {
            receive(reg_read(self.0) as u8);
        }
    }
}
