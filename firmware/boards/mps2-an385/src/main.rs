//! MicroPython firmware for QEMU `mps2-an385` (Cortex-M3).
//!
//! Boot: Rust heap in PSRAM, SysTick 1 ms, UART0 with an interrupt-driven
//! receive ring, then the REPL on UART0 forever. Panics and HardFaults are
//! reported on UART0 and end QEMU through semihosting with status 3 / 4
//! (the runners always enable semihosting).
//!
//! On the host this crate only builds its hardware-free parts and their
//! unit tests; the binary says it is firmware.

#![cfg_attr(target_os = "none", no_std, no_main)]
// On the host the hardware-free modules are built for their tests only.
#![cfg_attr(not(target_os = "none"), allow(dead_code))]

mod board;
mod report;
mod ring;

#[cfg(target_os = "none")]
extern crate alloc;

#[cfg(target_os = "none")]
mod cmsdk_uart;
#[cfg(target_os = "none")]
mod drivers;
#[cfg(target_os = "none")]
mod firmware;
#[cfg(target_os = "none")]
mod machine;
#[cfg(target_os = "none")]
mod regs;
#[cfg(target_os = "none")]
mod time;
#[cfg(target_os = "none")]
mod timers;
#[cfg(target_os = "none")]
mod uart;
#[cfg(target_os = "none")]
mod uart1;

#[cfg(not(target_os = "none"))]
fn main() {
    eprintln!(
        "mp-board-mps2-an385 is firmware: build it with \
         `cargo build --release -p mp-board-mps2-an385 --target thumbv7m-none-eabi` \
         and run the ELF in qemu-system-arm -M mps2-an385."
    );
    std::process::exit(2);
}
