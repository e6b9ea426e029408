//! CMSDK APB timers 0 and 1 (docs/hardware.md section 5) for
//! `machine.Timer`: 32-bit down-counters at 25 MHz, IRQ 8 and 9.
//!
//! The ISR only acknowledges the expiry, counts it, stops a one-shot timer
//! and asks the VM to run the handlers at its next safe point; no Python
//! runs in interrupt context.

use crate::board::{SYSCLK_HZ, TIMER0_BASE, TIMER0_IRQ, TIMER1_BASE, TIMER1_IRQ};
use crate::regs::reg_write;
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use mp_hal::TimerHw;

const CTRL: usize = 0x00;
const RELOAD: usize = 0x08;
const INTCLEAR: usize = 0x0C;
const CTRL_EN: u32 = 1 << 0;
const CTRL_IRQEN: u32 = 1 << 3;
const TICKS_PER_US: u64 = SYSCLK_HZ as u64 / 1_000_000;

const BASES: [usize; 2] = [TIMER0_BASE, TIMER1_BASE];
const IRQS: [u32; 2] = [TIMER0_IRQ, TIMER1_IRQ];

/// Expiries counted by the ISRs, taken by `take_fired`.
static FIRED: [AtomicU32; 2] = [AtomicU32::new(0), AtomicU32::new(0)];
/// The timer stops after its next expiry.
static ONE_SHOT: [AtomicBool; 2] = [AtomicBool::new(false), AtomicBool::new(false)];

/// NVIC line of a timer.
#[derive(Clone, Copy)]
struct Line(u32);

// SAFETY: IRQ 8 and 9 are the two APB timers on this board.
unsafe impl cortex_m::interrupt::InterruptNumber for Line {
    fn number(self) -> u16 {
        self.0 as u16
    }
}

/// The timer ISR body for timer `id`.
fn expired(id: usize) {
    let base = BASES[id];
    if ONE_SHOT[id].load(Ordering::Relaxed) {
        reg_write(base + CTRL, 0);
    }
    reg_write(base + INTCLEAR, 1);
    FIRED[id].fetch_add(1, Ordering::Release);
    mp_vm::runtime::interrupt::request_callbacks();
}

pub unsafe extern "C" fn timer0_isr() {
    expired(0);
}

pub unsafe extern "C" fn timer1_isr() {
    expired(1);
}

/// Both timers, stopped until `Timer.init`.
pub struct CmsdkTimers;

impl CmsdkTimers {
    pub fn new() -> CmsdkTimers {
        for id in 0..2 {
            reg_write(BASES[id] + CTRL, 0);
            reg_write(BASES[id] + INTCLEAR, 1);
            // SAFETY: the ISRs only touch their own timer and atomics.
            unsafe { cortex_m::peripheral::NVIC::unmask(Line(IRQS[id])) };
        }
        CmsdkTimers
    }
}

impl TimerHw for CmsdkTimers {
    fn count(&self) -> usize {
        2
    }

    fn max_period_us(&self) -> u64 {
        (u32::MAX as u64 + 1) / TICKS_PER_US
    }

    fn start(&mut self, id: usize, period_us: u64, periodic: bool) {
        let base = BASES[id];
        reg_write(base + CTRL, 0);
        reg_write(base + INTCLEAR, 1);
        ONE_SHOT[id].store(!periodic, Ordering::Relaxed);
        FIRED[id].store(0, Ordering::Relaxed);
        // Expiry when the count goes from 1 to 0, then it reloads: a
        // period of N ticks is RELOAD = N - 1. Writing RELOAD loads VALUE.
        let ticks = period_us
            .saturating_mul(TICKS_PER_US)
            .clamp(1, u32::MAX as u64 + 1);
        reg_write(base + RELOAD, (ticks - 1) as u32);
        reg_write(base + CTRL, CTRL_EN | CTRL_IRQEN);
    }

    fn stop(&mut self, id: usize) {
        reg_write(BASES[id] + CTRL, 0);
        reg_write(BASES[id] + INTCLEAR, 1);
    }

    fn take_fired(&mut self, id: usize) -> u32 {
        FIRED[id].swap(0, Ordering::Acquire)
    }
}
