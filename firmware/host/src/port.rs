//! The host's [`Port`]: stdout (or stderr for tracebacks of scripts), the
//! console input, a monotonic clock, and files relative to the working
//! directory for `import`.

use mp_vm::{runtime::interrupt, Port};
use std::cell::Cell;
use std::io::{Read, Write};
use std::rc::Rc;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// Where console bytes come from.
pub enum Input {
    /// Bytes already sorted by the reader thread (Ctrl-C taken out while a
    /// script runs), as a board's receive ISR does.
    Queue(Receiver<u8>),
    /// Read stdin directly (scripts and `-c`: only `input()` reads).
    Stdin,
}

pub struct HostPort {
    input: Input,
    start: Instant,
    /// While set, output goes to stderr (tracebacks of scripts).
    to_stderr: Rc<Cell<bool>>,
}

impl HostPort {
    pub fn new(input: Input, to_stderr: Rc<Cell<bool>>) -> HostPort {
        HostPort {
            input,
            start: Instant::now(),
            to_stderr,
        }
    }
}

impl Port for HostPort {
    fn write(&mut self, data: &[u8]) {
        // Output is flushed at once: a harness on a pipe waits for it.
        // A closed stdout is not the program's concern, so errors are dropped.
        if self.to_stderr.get() {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(data).and_then(|_| err.flush());
        } else {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(data).and_then(|_| out.flush());
        }
    }

    fn read_byte(&mut self) -> Option<u8> {
        match &self.input {
            Input::Queue(rx) => rx.recv().ok(),
            Input::Stdin => {
                let mut byte = [0u8];
                match std::io::stdin().lock().read(&mut byte) {
                    Ok(1) => Some(byte[0]),
                    _ => None,
                }
            }
        }
    }

    fn ticks_ms(&mut self) -> u32 {
        self.start.elapsed().as_millis() as u32
    }

    fn ticks_us(&mut self) -> u32 {
        self.start.elapsed().as_micros() as u32
    }

    fn delay_ms(&mut self, ms: u32) {
        // Sleep in slices so Ctrl-C cuts a long sleep short.
        let end = Instant::now() + Duration::from_millis(ms.into());
        while !interrupt::pending() {
            let now = Instant::now();
            if now >= end {
                break;
            }
            std::thread::sleep((end - now).min(Duration::from_millis(10)));
        }
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }
}
