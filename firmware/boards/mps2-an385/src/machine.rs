//! `machine` on this board: mp-hal's module over the drivers in
//! `drivers.rs`, plus the board operations (reset, clock, interrupts, raw
//! memory within the mapped ranges).

use crate::board::{mem_allowed, SCC_BASE, SYSCLK_HZ, WATCHDOG_BASE};
use crate::drivers::{Button, Led, Pl022, SbconI2c};
use crate::timers::CmsdkTimers;
use crate::uart1::Uart1;
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::ptr::{read_volatile, write_volatile};
use mp_hal::i2c::I2cDev;
use mp_hal::spi::SpiDev;
use mp_hal::{BoardOps, InPin, Machine, OutPin};
use mp_vm::Vm;

struct An385;

impl BoardOps for An385 {
    fn reset(&mut self) {
        cortex_m::peripheral::SCB::sys_reset();
    }

    fn freq(&self) -> u32 {
        SYSCLK_HZ
    }

    /// The SCC's ID and AID registers (little-endian words): they name the
    /// board and FPGA image; QEMU has no per-instance serial number.
    fn unique_id(&self) -> Vec<u8> {
        let mut id = Vec::with_capacity(8);
        for off in [0xFFC, 0xFF8] {
            // SAFETY: SCC ID/AID registers, read-only.
            let w = unsafe { read_volatile((SCC_BASE + off) as *const u32) };
            id.extend_from_slice(&w.to_le_bytes());
        }
        id
    }

    fn idle(&mut self) {
        cortex_m::asm::wfi();
    }

    fn disable_irq(&mut self) -> bool {
        let was = cortex_m::register::primask::read().is_active();
        cortex_m::interrupt::disable();
        was
    }

    fn enable_irq(&mut self, enabled: bool) {
        if enabled {
            // SAFETY: the user asks to leave a critical section they opened.
            unsafe { cortex_m::interrupt::enable() };
        } else {
            cortex_m::interrupt::disable();
        }
    }

    /// LOAD counts 25 MHz ticks: the first expiry (one timeout without a
    /// feed) raises the NMI, whose handler resets the board; RESEN resets
    /// at the second expiry should the NMI handler not run.
    fn wdt_start(&mut self, timeout_ms: u32) -> Result<(), &'static str> {
        let ticks = timeout_ms as u64 * (SYSCLK_HZ as u64 / 1000);
        if ticks > u32::MAX as u64 {
            return Err("WDT timeout too long for this board");
        }
        const INTEN: u32 = 1;
        const RESEN: u32 = 2;
        // SAFETY: watchdog LOAD and CONTROL registers.
        unsafe {
            write_volatile(WATCHDOG_BASE as *mut u32, ticks as u32);
            write_volatile((WATCHDOG_BASE + 0x08) as *mut u32, INTEN | RESEN);
        }
        Ok(())
    }

    fn wdt_feed(&mut self) {
        // SAFETY: any write to INTCLR clears the interrupt and reloads.
        unsafe { write_volatile((WATCHDOG_BASE + 0x0C) as *mut u32, 1) };
    }

    fn mem_read(&mut self, addr: u32, width: u32) -> Option<u32> {
        if !mem_allowed(addr, width) {
            return None;
        }
        // SAFETY: mapped, aligned (checked by mp-hal), not the stack guard.
        Some(unsafe {
            match width {
                1 => read_volatile(addr as *const u8) as u32,
                2 => read_volatile(addr as *const u16) as u32,
                _ => read_volatile(addr as *const u32),
            }
        })
    }

    fn mem_write(&mut self, addr: u32, width: u32, value: u32) -> bool {
        if !mem_allowed(addr, width) {
            return false;
        }
        // SAFETY: as in mem_read; what the write does is the user's intent.
        unsafe {
            match width {
                1 => write_volatile(addr as *mut u8, value as u8),
                2 => write_volatile(addr as *mut u16, value as u16),
                _ => write_volatile(addr as *mut u32, value),
            }
        }
        true
    }
}

/// Pins 0..3 are `LED0`, `LED1` (outputs), `BUTTON0`, `BUTTON1` (inputs);
/// `I2C(0)` is the SBCon shield-1 bus, `SPI(0)` the PL022 in loopback,
/// `UART(1)` the second serial port, `Timer(0)`/`Timer(1)` the APB timers.
pub fn install(vm: &mut Vm) {
    let mut m = Machine::new(Box::new(An385));
    m.add_pin("LED0", Box::new(OutPin(Led(0))))
        .add_pin("LED1", Box::new(OutPin(Led(1))))
        .add_pin("BUTTON0", Box::new(InPin(Button(0))))
        .add_pin("BUTTON1", Box::new(InPin(Button(1))))
        .add_i2c(Box::new(I2cDev(SbconI2c::new())))
        .add_spi(Box::new(SpiDev(Pl022::new())))
        .add_uart(1, Box::new(Uart1::new()))
        .set_timers(Box::new(CmsdkTimers::new()));
    m.install(vm);
}
