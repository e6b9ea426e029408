//! Keyboard interrupt (Ctrl-C) delivery from an interrupt handler to the VM.
//!
//! The console driver calls [`on_rx_byte`] for every received byte, possibly
//! from an ISR. While a script runs, the REPL arms the interrupt character;
//! the VM polls [`take_pending`] on backward jumps and calls, which is how a
//! `while True: pass` loop is stopped within a few bytecodes.

use core::sync::atomic::{AtomicBool, AtomicU8, Ordering};

const CTRL_C: u8 = 0x03;
/// 0 means disarmed; otherwise the byte that raises KeyboardInterrupt.
static INTERRUPT_CHAR: AtomicU8 = AtomicU8::new(0);
static PENDING: AtomicBool = AtomicBool::new(false);

/// Arm (true) or disarm (false) Ctrl-C as the interrupt character.
pub fn set_armed(armed: bool) {
    INTERRUPT_CHAR.store(if armed { CTRL_C } else { 0 }, Ordering::SeqCst);
}

/// Feed a received byte. Returns true if the byte was consumed as a
/// keyboard interrupt (the driver must then not queue it as input).
pub fn on_rx_byte(byte: u8) -> bool {
    let armed = INTERRUPT_CHAR.load(Ordering::Relaxed);
    if armed != 0 && byte == armed {
        PENDING.store(true, Ordering::SeqCst);
        true
    } else {
        false
    }
}

/// Request a keyboard interrupt directly (host port: SIGINT).
pub fn request() {
    PENDING.store(true, Ordering::SeqCst);
}

/// True if an interrupt is waiting to be raised.
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Consume a pending interrupt; true if there was one.
pub fn take_pending() -> bool {
    PENDING.swap(false, Ordering::SeqCst)
}

/// Forget any pending interrupt (done before a new script starts).
pub fn clear() {
    PENDING.store(false, Ordering::SeqCst);
}
