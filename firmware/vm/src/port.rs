//! The only door between the interpreter and the world.
//!
//! A board (or the host binary) implements `Port`; the VM never touches
//! hardware, files or clocks any other way.

/// What the VM needs from the machine it runs on.
pub trait Port {
    /// Write bytes of program output. The VM writes `\n` line endings; a
    /// console port that needs `\r\n` translates them itself.
    fn write(&mut self, data: &[u8]);

    /// Read one console byte, waiting for it (used by `input()`).
    /// `None` means the console is closed (end of input).
    fn read_byte(&mut self) -> Option<u8>;

    /// Milliseconds since boot, wrapping.
    fn ticks_ms(&mut self) -> u32;

    /// Microseconds since boot, wrapping.
    fn ticks_us(&mut self) -> u32;

    /// Wait for `ms` milliseconds. Implementations should return early
    /// when `crate::runtime::interrupt::pending()` becomes true.
    fn delay_ms(&mut self, ms: u32);

    /// Wait until a console byte is ready or board callbacks are pending
    /// (`crate::runtime::interrupt::callbacks_pending()`), so the idle REPL can run
    /// them. The default returns at once and `read_byte` waits as before.
    fn wait_input(&mut self) {}

    /// Read a whole file of the board's filesystem (for `import` of `.py`
    /// modules). `None` when there is no such file.
    fn read_file(&mut self, _path: &str) -> Option<alloc::vec::Vec<u8>> {
        None
    }
}
