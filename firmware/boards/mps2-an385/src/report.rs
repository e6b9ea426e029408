//! Text of the fatal-error reports (panic, HardFault), kept free of
//! hardware so the host can test it. The firmware writes it with polled
//! UART output and then ends QEMU with a non-zero exit status.

use core::fmt::{self, Write};

/// QEMU exit status after a Rust panic.
pub const EXIT_PANIC: u32 = 3;
/// QEMU exit status after a HardFault.
pub const EXIT_HARDFAULT: u32 = 4;

/// Registers worth showing for a HardFault.
pub struct FaultRegs {
    pub pc: u32,
    pub lr: u32,
    pub cfsr: u32,
    pub hfsr: u32,
    pub mmfar: u32,
    pub bfar: u32,
    /// The stack guard region, `start..end`.
    pub guard: core::ops::Range<u32>,
}

/// CFSR bits saying the exception frame could not be pushed.
const CFSR_STACKING_ERRORS: u32 = (1 << 4) | (1 << 12);

/// `\r\nFATAL: panic at FILE:LINE:COL: MESSAGE\r\n`
pub fn panic_report(
    w: &mut impl Write,
    location: Option<(&str, u32, u32)>,
    message: impl fmt::Display,
) -> fmt::Result {
    w.write_str("\r\nFATAL: panic at ")?;
    match location {
        Some((file, line, col)) => write!(w, "{file}:{line}:{col}")?,
        None => w.write_str("<unknown>")?,
    }
    write!(w, ": {message}\r\n")
}

/// `\r\nFATAL: HardFault pc=0x... lr=0x... cfsr=0x... hfsr=0x...`, plus the
/// fault address when the CFSR says it is valid.
pub fn hardfault_report(w: &mut impl Write, r: &FaultRegs) -> fmt::Result {
    write!(
        w,
        "\r\nFATAL: HardFault pc={:#010x} lr={:#010x} cfsr={:#010x} hfsr={:#010x}",
        r.pc, r.lr, r.cfsr, r.hfsr
    )?;
    // MMARVALID is CFSR bit 7, BFARVALID bit 15.
    if r.cfsr & (1 << 7) != 0 {
        write!(w, " mmfar={:#010x}", r.mmfar)?;
    }
    if r.cfsr & (1 << 15) != 0 {
        write!(w, " bfar={:#010x}", r.bfar)?;
    }
    let in_guard = r.cfsr & (1 << 7) != 0 && r.guard.contains(&r.mmfar);
    if r.cfsr & CFSR_STACKING_ERRORS != 0 || in_guard {
        w.write_str(" (stack overflow)")?;
    }
    w.write_str("\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_text() {
        let mut s = String::new();
        panic_report(&mut s, Some(("src/x.rs", 12, 5)), "boom").unwrap();
        assert_eq!(s, "\r\nFATAL: panic at src/x.rs:12:5: boom\r\n");
    }

    #[test]
    fn hardfault_text() {
        let mut s = String::new();
        let regs = FaultRegs {
            pc: 0x1234,
            lr: 0xffff_fff9,
            cfsr: 0x8200,
            hfsr: 0x4000_0000,
            mmfar: 0,
            bfar: 0x5000_0000,
            guard: 0x1000..0x2000,
        };
        hardfault_report(&mut s, &regs).unwrap();
        assert_eq!(
            s,
            "\r\nFATAL: HardFault pc=0x00001234 lr=0xfffffff9 cfsr=0x00008200 hfsr=0x40000000 bfar=0x50000000\r\n"
        );
        let overflow = FaultRegs { cfsr: 0x10, ..regs };
        s.clear();
        hardfault_report(&mut s, &overflow).unwrap();
        assert!(s.ends_with("hfsr=0x40000000 (stack overflow)\r\n"), "{s}");
    }
}
