//! Register drivers for `machine`, implementing the embedded-hal 1.0 traits
//! mp-hal is written against (docs/hardware.md sections 6-8): the FPGAIO
//! user LEDs and buttons, the SBCon bit-banged I2C and the PL022 SPI.

use crate::board::{FPGAIO_BASE, FPGAIO_BUTTON, FPGAIO_LED, I2C_BASE, SPI_BASE};
use crate::regs::{reg_read, reg_write};
use core::convert::Infallible;
use embedded_hal::digital::{self, InputPin, OutputPin, StatefulOutputPin};
use embedded_hal::i2c::{self, I2c, NoAcknowledgeSource, Operation};
use embedded_hal::spi::{self, SpiBus};

// ---- FPGAIO LEDs and buttons ----------------------------------------------

/// User LED `n` (0 or 1): bit n of FPGAIO LED0, read back as written.
pub struct Led(pub u32);

impl digital::ErrorType for Led {
    type Error = Infallible;
}

impl OutputPin for Led {
    fn set_low(&mut self) -> Result<(), Infallible> {
        let r = reg_read(FPGAIO_BASE + FPGAIO_LED);
        reg_write(FPGAIO_BASE + FPGAIO_LED, r & !(1 << self.0));
        Ok(())
    }
    fn set_high(&mut self) -> Result<(), Infallible> {
        let r = reg_read(FPGAIO_BASE + FPGAIO_LED);
        reg_write(FPGAIO_BASE + FPGAIO_LED, r | (1 << self.0));
        Ok(())
    }
}

impl StatefulOutputPin for Led {
    fn is_set_high(&mut self) -> Result<bool, Infallible> {
        Ok(reg_read(FPGAIO_BASE + FPGAIO_LED) & (1 << self.0) != 0)
    }
    fn is_set_low(&mut self) -> Result<bool, Infallible> {
        self.is_set_high().map(|h| !h)
    }
}

/// Push button `n`: bit n of FPGAIO BUTTON (QEMU models none: reads 0).
pub struct Button(pub u32);

impl digital::ErrorType for Button {
    type Error = Infallible;
}

impl InputPin for Button {
    fn is_high(&mut self) -> Result<bool, Infallible> {
        Ok(reg_read(FPGAIO_BASE + FPGAIO_BUTTON) & (1 << self.0) != 0)
    }
    fn is_low(&mut self) -> Result<bool, Infallible> {
        self.is_high().map(|h| !h)
    }
}

// ---- SBCon I2C ---------------------------------------------------------------

/// The SBCon two-wire interface driven bit by bit (the device model
/// samples on SCL rising edges and has no timing constraints).
pub struct SbconI2c;

const SB_SET: usize = I2C_BASE;
const SB_CLEAR: usize = I2C_BASE + 0x04;
const SB_READ: usize = I2C_BASE;
const SCL: u32 = 1 << 0;
const SDA: u32 = 1 << 1;

impl SbconI2c {
    /// Both lines released (idle): after reset they are driven low.
    pub fn new() -> SbconI2c {
        reg_write(SB_SET, SCL | SDA);
        SbconI2c
    }

    fn line(bit: u32, high: bool) {
        reg_write(if high { SB_SET } else { SB_CLEAR }, bit);
    }

    fn sda_in() -> bool {
        reg_read(SB_READ) & SDA != 0
    }

    /// START, or a repeated START (SCL is low between bytes).
    fn start(&self) {
        Self::line(SDA, true);
        Self::line(SCL, true);
        Self::line(SDA, false);
        Self::line(SCL, false);
    }

    fn stop(&self) {
        Self::line(SDA, false);
        Self::line(SCL, true);
        Self::line(SDA, true);
    }

    /// Send a byte; true if the device acknowledged it.
    fn write_byte(&self, b: u8) -> bool {
        for i in (0..8).rev() {
            Self::line(SDA, b & (1 << i) != 0);
            Self::line(SCL, true);
            Self::line(SCL, false);
        }
        Self::line(SDA, true);
        Self::line(SCL, true);
        let ack = !Self::sda_in();
        Self::line(SCL, false);
        ack
    }

    /// Receive a byte, then acknowledge it (or not, for the last one).
    fn read_byte(&self, ack: bool) -> u8 {
        Self::line(SDA, true);
        let mut b = 0u8;
        for _ in 0..8 {
            Self::line(SCL, true);
            b = (b << 1) | Self::sda_in() as u8;
            Self::line(SCL, false);
        }
        Self::line(SDA, !ack);
        Self::line(SCL, true);
        Self::line(SCL, false);
        Self::line(SDA, true);
        b
    }
}

impl i2c::ErrorType for SbconI2c {
    type Error = i2c::ErrorKind;
}

impl I2c for SbconI2c {
    /// embedded-hal's contract: one START, a repeated START (and the
    /// address) only where the direction changes, the last byte of a read
    /// run NACKed, one STOP at the end, also after a failure.
    fn transaction(
        &mut self,
        address: u8,
        operations: &mut [Operation<'_>],
    ) -> Result<(), i2c::ErrorKind> {
        let mut result = Ok(());
        let mut last_dir: Option<bool> = None;
        let count = operations.len();
        for i in 0..count {
            let is_read = matches!(operations[i], Operation::Read(_));
            if last_dir != Some(is_read) {
                self.start();
                if !self.write_byte((address << 1) | is_read as u8) {
                    result = Err(i2c::ErrorKind::NoAcknowledge(NoAcknowledgeSource::Address));
                    break;
                }
                last_dir = Some(is_read);
            }
            let next_is_read = i + 1 < count && matches!(operations[i + 1], Operation::Read(_));
            match &mut operations[i] {
                Operation::Read(buf) => {
                    let n = buf.len();
                    for (j, b) in buf.iter_mut().enumerate() {
                        *b = self.read_byte(j + 1 < n || next_is_read);
                    }
                }
                Operation::Write(data) => {
                    if !data.iter().all(|&b| self.write_byte(b)) {
                        result = Err(i2c::ErrorKind::NoAcknowledge(NoAcknowledgeSource::Data));
                        break;
                    }
                }
            }
        }
        self.stop();
        result
    }
}

// ---- PL022 SPI -------------------------------------------------------------------

/// The PL022 in loopback, 8-bit Motorola frames: what is sent comes back.
pub struct Pl022;

const CR0: usize = SPI_BASE;
const CR1: usize = SPI_BASE + 0x04;
const DR: usize = SPI_BASE + 0x08;
const SR: usize = SPI_BASE + 0x0C;
const CPSR: usize = SPI_BASE + 0x10;
const SR_TNF: u32 = 1 << 1;
const SR_RNE: u32 = 1 << 2;
const SR_BSY: u32 = 1 << 4;
/// Polls before a stuck status bit counts as a bus error (never in QEMU).
const SPIN: u32 = 100_000;

impl Pl022 {
    pub fn new() -> Pl022 {
        reg_write(CR1, 0);
        // DSS = 7: 8-bit words; SPO = SPH = 0; SCR = 0.
        reg_write(CR0, 7);
        reg_write(CPSR, 2);
        // LBM | SSE: loopback, enabled.
        reg_write(CR1, 0b11);
        Pl022
    }

    fn wait(bit: u32, set: bool) -> Result<(), spi::ErrorKind> {
        for _ in 0..SPIN {
            if (reg_read(SR) & bit != 0) == set {
                return Ok(());
            }
        }
        Err(spi::ErrorKind::Other)
    }

    fn exchange(&mut self, out: u8) -> Result<u8, spi::ErrorKind> {
        Self::wait(SR_TNF, true)?;
        reg_write(DR, out as u32);
        Self::wait(SR_RNE, true)?;
        Ok(reg_read(DR) as u8)
    }
}

impl spi::ErrorType for Pl022 {
    type Error = spi::ErrorKind;
}

impl SpiBus<u8> for Pl022 {
    fn read(&mut self, words: &mut [u8]) -> Result<(), spi::ErrorKind> {
        for w in words {
            *w = self.exchange(0)?;
        }
        Ok(())
    }
    fn write(&mut self, words: &[u8]) -> Result<(), spi::ErrorKind> {
        for &w in words {
            self.exchange(w)?;
        }
        Ok(())
    }
    fn transfer(&mut self, read: &mut [u8], write: &[u8]) -> Result<(), spi::ErrorKind> {
        for i in 0..read.len().max(write.len()) {
            let r = self.exchange(write.get(i).copied().unwrap_or(0))?;
            if let Some(slot) = read.get_mut(i) {
                *slot = r;
            }
        }
        Ok(())
    }
    fn transfer_in_place(&mut self, words: &mut [u8]) -> Result<(), spi::ErrorKind> {
        for w in words {
            *w = self.exchange(*w)?;
        }
        Ok(())
    }
    fn flush(&mut self) -> Result<(), spi::ErrorKind> {
        Self::wait(SR_BSY, false)
    }
}
