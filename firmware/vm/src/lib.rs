//! mp-vm: the MicroPython 1.8.3 language in `no_std` + `alloc`.
//!
//! Knows no hardware: everything outside goes through [`Port`]. The board or
//! the host binary owns a [`Vm`], feeds it source (usually through the
//! [`repl`] state machine) and gives it a fixed heap region.

#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod interrupt;
pub mod num;
pub mod port;
pub mod repl;

pub use port::Port;

use alloc::boxed::Box;

/// How a piece of source is compiled, as CPython's `compile()` modes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum InputMode {
    /// A whole file (raw REPL, scripts, paste mode).
    File,
    /// One interactive statement: expression results are printed with repr.
    Single,
}

/// An uncaught exception, kept alive by the VM until the next `exec`.
#[derive(Debug)]
pub struct Uncaught {
    _private: (),
}

/// How a run ended when it did not end normally.
#[derive(Debug)]
pub enum ExecError {
    /// An exception escaped; print it with [`Vm::print_exception`].
    Exception(Uncaught),
    /// `SystemExit` escaped (`sys.exit()`): the REPL soft-resets.
    SystemExit(i32),
}

/// Sizes a board gives the interpreter.
pub struct VmConfig {
    /// Start of the GC heap region (word aligned).
    pub heap_start: *mut u8,
    /// Size of the GC heap region in bytes.
    pub heap_size: usize,
    /// Bytes of machine stack the VM may use below the point where `exec`
    /// is entered before raising RuntimeError (recursion limit).
    pub stack_limit: usize,
}

/// The interpreter: heap, interned names, loaded modules, `__main__`.
pub struct Vm {
    port: Box<dyn Port>,
}

impl Vm {
    /// Create an interpreter owning `config`'s heap region.
    ///
    /// # Safety
    /// `config.heap_start .. + heap_size` must be valid, writable memory used
    /// by nothing else for as long as the Vm lives.
    pub unsafe fn new(_config: VmConfig, port: Box<dyn Port>) -> Vm {
        Vm { port }
    }

    /// Forget all Python state (modules, globals, heap) as after a reset.
    pub fn soft_reset(&mut self) {}

    /// The console/port, for the REPL to write its prompts.
    pub fn port(&mut self) -> &mut dyn Port {
        &mut *self.port
    }

    /// Compile `source` (named `filename` in tracebacks) and run it in
    /// `__main__`. Output goes to the port as it is produced.
    pub fn exec(
        &mut self,
        _source: &[u8],
        _filename: &str,
        _mode: InputMode,
    ) -> Result<(), ExecError> {
        Ok(())
    }

    /// Write `Traceback (most recent call last):` ... for an uncaught
    /// exception, exactly as MicroPython prints it.
    pub fn print_exception(&mut self, _exc: &Uncaught) {}

    /// Names that complete `prefix` in `__main__` (for tab completion on the
    /// friendly REPL): e.g. `"gc."` lists the module's attributes.
    pub fn complete(&mut self, _prefix: &str) -> alloc::vec::Vec<alloc::string::String> {
        alloc::vec::Vec::new()
    }
}
