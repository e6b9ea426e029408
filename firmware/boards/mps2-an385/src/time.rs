//! SysTick at 1 kHz from the 25 MHz CPU clock (CLKSOURCE=1, the only
//! source Renode models): `ticks_ms` counts interrupts, `ticks_us` adds the
//! position inside the current millisecond.

use crate::board::SYSCLK_HZ;
use core::sync::atomic::{AtomicU32, Ordering};
use cortex_m::peripheral::{syst::SystClkSource, SCB, SYST};

const RELOAD: u32 = SYSCLK_HZ / 1000 - 1;
const CYCLES_PER_US: u32 = SYSCLK_HZ / 1_000_000;

static MILLIS: AtomicU32 = AtomicU32::new(0);

pub fn init(mut syst: SYST) {
    syst.set_clock_source(SystClkSource::Core);
    syst.set_reload(RELOAD);
    syst.clear_current();
    syst.enable_interrupt();
    syst.enable_counter();
}

/// Called from the SysTick exception.
pub fn on_tick() {
    MILLIS.fetch_add(1, Ordering::Relaxed);
}

pub fn ticks_ms() -> u32 {
    MILLIS.load(Ordering::Relaxed)
}

/// Milliseconds and the down-counter read as one consistent pair: retry if
/// a tick was counted in between, and count a wrap whose interrupt is still
/// pending (the counter restarted but MILLIS has not moved yet).
pub fn ticks_us() -> u32 {
    loop {
        let ms = MILLIS.load(Ordering::Acquire);
        let pending_before = SCB::is_pendst_pending();
        let cvr = SYST::get_current();
        let pending_after = SCB::is_pendst_pending();
        if MILLIS.load(Ordering::Acquire) != ms || pending_before != pending_after {
            continue;
        }
        let ms = ms.wrapping_add(pending_after as u32);
        let us_in_ms = (RELOAD - cvr.min(RELOAD)) / CYCLES_PER_US;
        return ms.wrapping_mul(1000).wrapping_add(us_in_ms);
    }
}
