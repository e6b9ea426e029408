//! Asynchronous events delivered from interrupt handlers to the VM: the
//! keyboard interrupt (Ctrl-C) and pending board callbacks.
//!
//! The console driver calls [`on_rx_byte`] for every received byte, possibly
//! from an ISR. While a script runs, the REPL arms the interrupt character;
//! the VM polls [`pending`] on backward jumps and in iteration (one load),
//! and only then looks closer ([`Vm::check_interrupt`](crate::Vm::check_interrupt)):
//! that is how a `while True: pass` loop is stopped within a few bytecodes.
//!
//! Board callbacks (a `machine.Timer` handler, say) use the same word: an
//! ISR never runs Python on the interrupted stack in the middle of a
//! bytecode; it records its event in the board's own state and calls
//! [`request_callbacks`]. At the next safe point the VM calls the hook the
//! board installed with [`Vm::set_board_hooks`](crate::Vm::set_board_hooks),
//! which runs the Python handlers.

use core::sync::atomic::{AtomicU8, Ordering};

const CTRL_C: u8 = 0x03;
/// 0 means disarmed; otherwise the byte that raises KeyboardInterrupt.
static INTERRUPT_CHAR: AtomicU8 = AtomicU8::new(0);
/// Bit set of the events waiting for the VM (zero on the fast path).
static PENDING: AtomicU8 = AtomicU8::new(0);
/// A keyboard interrupt is waiting to be raised.
const KEYBOARD: u8 = 1;
/// The board has callbacks to run.
const CALLBACKS: u8 = 2;

/// Arm (true) or disarm (false) Ctrl-C as the interrupt character.
pub fn set_armed(armed: bool) {
    INTERRUPT_CHAR.store(if armed { CTRL_C } else { 0 }, Ordering::SeqCst);
}

/// Feed a received byte. Returns true if the byte was consumed as a
/// keyboard interrupt (the driver must then not queue it as input).
pub fn on_rx_byte(byte: u8) -> bool {
    let armed = INTERRUPT_CHAR.load(Ordering::Relaxed);
    if armed != 0 && byte == armed {
        PENDING.fetch_or(KEYBOARD, Ordering::SeqCst);
        true
    } else {
        false
    }
}

/// Request a keyboard interrupt directly (host port: SIGINT).
pub fn request() {
    PENDING.fetch_or(KEYBOARD, Ordering::SeqCst);
}

/// True if anything (a keyboard interrupt or board callbacks) waits for
/// the VM. One load: this is the check on the interpreter's fast path.
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

/// Consume a pending keyboard interrupt; true if there was one.
pub fn take_pending() -> bool {
    PENDING.fetch_and(!KEYBOARD, Ordering::SeqCst) & KEYBOARD != 0
}

/// Forget any pending keyboard interrupt (done before a new script
/// starts). Board callbacks stay pending: their events are real.
pub fn clear() {
    PENDING.fetch_and(!KEYBOARD, Ordering::SeqCst);
}

/// Ask the VM to run the board's callbacks at its next safe point. Safe to
/// call from an ISR.
pub fn request_callbacks() {
    PENDING.fetch_or(CALLBACKS, Ordering::SeqCst);
}

/// True if board callbacks are waiting (for a port's idle loop).
pub fn callbacks_pending() -> bool {
    PENDING.load(Ordering::Relaxed) & CALLBACKS != 0
}

/// Consume the callback request; true if there was one. Cleared before the
/// board looks at its events, so an event recorded meanwhile asks again.
pub fn take_callbacks() -> bool {
    PENDING.fetch_and(!CALLBACKS, Ordering::SeqCst) & CALLBACKS != 0
}
