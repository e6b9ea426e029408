//! 32-bit access to the board's peripheral registers (one place for the volatile reads and
//! writes every driver needs).

use core::ptr::{read_volatile, write_volatile};

/// Reads the 32-bit register at `addr`. Callers pass register addresses from the board's
/// memory map (board.rs, docs/hardware.md), never computed user input.
pub fn reg_read(addr: usize) -> u32 {
    // SAFETY: a peripheral register of this board: mapped, aligned, side effects intended.
    unsafe { read_volatile(addr as *const u32) }
}

/// Writes the 32-bit register at `addr` (same contract as `reg_read`).
pub fn reg_write(addr: usize, value: u32) {
    // SAFETY: as in reg_read.
    unsafe { write_volatile(addr as *mut u32, value) }
}
