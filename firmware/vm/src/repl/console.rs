//! The real interpreter behind the REPL: a [`Vm`] whose port cooks program
//! output (`\n` -> `\r\n`, as MicroPython's stdout does on a serial line)
//! while the REPL's own text goes to the same console untranslated.

use super::{Failure, Interpreter};
use crate::{runtime::interrupt, ExecError, InputMode, Port, Uncaught, Vm, VmConfig};
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

/// Call `emit` with `data` cut at each `\n`, which becomes `\r\n`.
pub fn cook_newlines(data: &[u8], mut emit: impl FnMut(&[u8])) {
    let mut rest = data;
    while let Some(pos) = rest.iter().position(|&b| b == b'\n') {
        if pos > 0 {
            emit(&rest[..pos]);
        }
        emit(b"\r\n");
        rest = &rest[pos + 1..];
    }
    if !rest.is_empty() {
        emit(rest);
    }
}

/// The VM's view of the console: everything but `write` passes through.
struct CookedPort<P: Port>(Rc<RefCell<P>>);

impl<P: Port> CookedPort<P> {
    /// The console is only ever borrowed for one call at a time on one
    /// thread, so the borrow cannot fail; if it ever did, the call is
    /// dropped rather than panicking.
    fn with<R>(&self, default: R, f: impl FnOnce(&mut P) -> R) -> R {
        match self.0.try_borrow_mut() {
            Ok(mut port) => f(&mut port),
            Err(_) => default,
        }
    }
}

impl<P: Port> Port for CookedPort<P> {
    fn write(&mut self, data: &[u8]) {
        self.with((), |p| cook_newlines(data, |chunk| p.write(chunk)))
    }
    fn read_byte(&mut self) -> Option<u8> {
        self.with(None, |p| p.read_byte())
    }
    fn ticks_ms(&mut self) -> u32 {
        self.with(0, |p| p.ticks_ms())
    }
    fn ticks_us(&mut self) -> u32 {
        self.with(0, |p| p.ticks_us())
    }
    fn delay_ms(&mut self, ms: u32) {
        self.with((), |p| p.delay_ms(ms))
    }
    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        self.with(None, |p| p.read_file(path))
    }
}

/// A [`Vm`] on a console port, ready for the [`super::Repl`].
pub struct ConsoleVm<P: Port + 'static> {
    vm: Vm,
    console: Rc<RefCell<P>>,
}

impl<P: Port + 'static> ConsoleVm<P> {
    /// Create the interpreter on `console` (a port that writes bytes
    /// unchanged).
    ///
    /// # Safety
    /// As [`Vm::new`]: the heap region in `config` must be valid, writable
    /// and used by nothing else while the ConsoleVm lives.
    pub unsafe fn new(config: VmConfig, console: P) -> ConsoleVm<P> {
        let console = Rc::new(RefCell::new(console));
        let port = Box::new(CookedPort(console.clone()));
        // SAFETY: the caller upholds Vm::new's contract.
        let vm = unsafe { Vm::new(config, port) };
        ConsoleVm { vm, console }
    }

    /// The interpreter itself.
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Next console byte for the REPL (`None`: the console closed).
    pub fn read_byte(&mut self) -> Option<u8> {
        self.console.try_borrow_mut().ok()?.read_byte()
    }

    /// Boot the REPL on this console and serve it until input ends.
    pub fn serve(&mut self, repl: &mut super::Repl) {
        repl.start(self);
        loop {
            // Board callbacks (timer handlers) also run while the REPL
            // waits for input, as real interrupts would.
            if let Ok(mut console) = self.console.try_borrow_mut() {
                console.wait_input();
            }
            if interrupt::callbacks_pending() {
                // The handlers report their own errors; a Ctrl-C that
                // ended one has nothing else to stop here.
                let _ = self.vm.enter_scope(|vm| vm.run_board_callbacks());
                continue;
            }
            match self.read_byte() {
                Some(byte) => repl.feed(self, byte),
                None => break,
            }
        }
    }
}

impl<P: Port + 'static> ConsoleVm<P> {
    /// Compile and run `source` (named `filename` in tracebacks) with Ctrl-C armed as the
    /// keyboard interrupt while it runs.
    fn run(
        &mut self,
        source: &[u8],
        filename: &str,
        mode: InputMode,
    ) -> Result<(), Failure<Uncaught>> {
        interrupt::clear();
        interrupt::set_armed(true);
        let result = self.vm.exec(source, filename, mode);
        interrupt::set_armed(false);
        // A Ctrl-C that came too late to stop this run must not hit the next.
        interrupt::clear();
        result.map_err(|e| match e {
            ExecError::Exception(exc) => Failure::Exception(exc),
            ExecError::SystemExit(code) => Failure::SystemExit(code),
        })
    }
}

impl<P: Port + 'static> Interpreter for ConsoleVm<P> {
    type Exception = Uncaught;

    fn write(&mut self, bytes: &[u8]) {
        if let Ok(mut console) = self.console.try_borrow_mut() {
            console.write(bytes);
        }
    }

    fn exec(&mut self, source: &[u8], mode: InputMode) -> Result<(), Failure<Uncaught>> {
        self.run(source, super::STDIN_NAME, mode)
    }

    fn print_exception(&mut self, exc: &Uncaught) {
        self.vm.print_exception(exc);
    }

    fn print_interrupt(&mut self) {
        // MicroPython prints an exception without arguments as `Name: `.
        self.vm.port().write(b"KeyboardInterrupt: \n");
    }

    fn soft_reset(&mut self) {
        self.vm.soft_reset();
    }

    fn run_file(&mut self, name: &str) -> Option<Result<(), Failure<Uncaught>>> {
        let source = self.vm.read_ram_file(name)?;
        Some(self.run(&source, name, InputMode::File))
    }

    fn complete(&mut self, prefix: &str) -> Vec<String> {
        self.vm.complete(prefix)
    }
}
