//! The REPL state machine: friendly REPL (line editing, continuation lines,
//! auto-indent, history, tab completion), paste mode, raw REPL and raw-paste.
//!
//! Board-agnostic and push-driven: the console feeds each received byte to
//! [`Repl::feed`], and every answer goes out through [`Interpreter::write`].
//! Code runs synchronously inside `feed`; bytes that arrive meanwhile wait in
//! the console's receive buffer. The bytes on the wire follow MicroPython's
//! pyexec/readline so pyboard.py, mpremote and our harness drive it unchanged
//! (docs/raw-repl.md has the transcript the tests replay).
//!
//! Newline translation: the REPL writes its own text with `\r\n` already in
//! place and must not be translated (paste mode echoes a lone `\n`), while
//! program output is cooked (`\n` -> `\r\n`) by [`ConsoleVm`]'s port.

mod complete;
mod console;
mod indent;
mod readline;
#[cfg(test)]
mod tests;

pub use console::{cook_newlines, ConsoleVm};

use crate::InputMode;
use alloc::string::String;
use alloc::vec::Vec;
use readline::{Editor, Key};

/// Control bytes of the protocol.
pub const CTRL_A: u8 = 0x01;
/// Raw REPL -> friendly REPL; friendly prompt: banner again.
pub const CTRL_B: u8 = 0x02;
/// Clear the line / interrupt running code.
pub const CTRL_C: u8 = 0x03;
/// End of input: run the code, or soft reset on an empty buffer.
pub const CTRL_D: u8 = 0x04;
/// Friendly REPL: paste mode. Raw REPL: first byte of a raw-paste request.
pub const CTRL_E: u8 = 0x05;

/// Version shown in the banner.
pub const VERSION: &str = "v1.8.3-rs";
/// Build date shown in the banner.
pub const BUILD_DATE: &str = "2026-11-25";
/// Primary and continuation prompts.
pub const PS1: &[u8] = b">>> ";
/// Prompt of continuation lines.
pub const PS2: &[u8] = b"... ";
/// Header printed on entering (or re-entering) the raw REPL.
pub const RAW_HEADER: &[u8] = b"raw REPL; CTRL-B to exit\r\n";
/// Raw REPL prompt.
pub const RAW_PROMPT: &[u8] = b">";
/// Raw REPL acknowledgement of Ctrl-D.
pub const RAW_OK: &[u8] = b"OK";
/// Printed before every soft reset.
pub const SOFT_REBOOT: &[u8] = b"MPY: soft reboot\r\n";
/// Printed on Ctrl-E at the friendly prompt.
pub const PASTE_HEADER: &[u8] = b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ";
/// Prompt of each paste-mode line.
pub const PASTE_PROMPT: &[u8] = b"=== ";
/// Raw-paste: the command byte after Ctrl-E that asks for raw-paste mode.
pub const RAW_PASTE_COMMAND: u8 = b'A';
/// Raw-paste: "supported" answer.
pub const RAW_PASTE_YES: &[u8] = b"R\x01";
/// Raw-paste: "understood but not supported" answer (unknown command).
pub const RAW_PASTE_NO: &[u8] = b"R\x00";
/// Raw-paste flow-control window in bytes (MicroPython's default: half of
/// a 256-byte stdin buffer).
pub const RAW_PASTE_WINDOW: u16 = 128;
/// Filename of REPL input in tracebacks.
pub const STDIN_NAME: &str = "<stdin>";

/// How a run ended when it did not end normally.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure<E> {
    /// An exception escaped; the REPL prints it with
    /// [`Interpreter::print_exception`].
    Exception(E),
    /// `SystemExit` escaped: the REPL soft-resets.
    SystemExit(i32),
}

/// What the REPL needs from the interpreter and its console.
///
/// Implemented for the real VM by [`ConsoleVm`]; tests use a fake.
pub trait Interpreter {
    /// An uncaught exception as `exec` hands it back.
    type Exception;

    /// Send REPL text to the console exactly as given (no translation).
    fn write(&mut self, bytes: &[u8]);

    /// Compile `source` as `<stdin>` and run it, with Ctrl-C armed as the
    /// keyboard interrupt while it runs. Program output is cooked.
    fn exec(&mut self, source: &[u8], mode: InputMode) -> Result<(), Failure<Self::Exception>>;

    /// Print `Traceback (most recent call last):` ... for `exc`.
    fn print_exception(&mut self, exc: &Self::Exception);

    /// Print a KeyboardInterrupt raised while no code ran (Ctrl-C in the
    /// middle of a raw-paste upload): no traceback lines, just the message.
    fn print_interrupt(&mut self);

    /// Forget all Python state.
    fn soft_reset(&mut self);

    /// Run the board's file `name` (`boot.py`, `main.py`) if it exists, as `exec` runs code
    /// but named after the file in tracebacks; None if there is no such file.
    fn run_file(&mut self, _name: &str) -> Option<Result<(), Failure<Self::Exception>>> {
        None
    }

    /// Names that could follow `prefix` (a dotted name such as `gc.co`):
    /// either bare attribute names (`collect`) or full dotted names; the
    /// REPL keeps the part after the last dot and filters and sorts them.
    fn complete(&mut self, prefix: &str) -> Vec<String>;
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    /// `>>> ` prompt; `cont` tells whether a statement continues.
    Friendly { cont: bool },
    /// Ctrl-E paste mode (`=== `).
    Paste,
    /// Raw REPL collecting code.
    Raw,
    /// Raw-paste upload; `remain` bytes are left in the current window.
    RawPaste { remain: u16 },
}

/// The REPL. Create it once per console; it survives soft resets.
pub struct Repl {
    machine: String,
    mode: Mode,
    editor: Editor,
    /// Code collected in paste, raw and raw-paste modes.
    buf: Vec<u8>,
    /// Answer being built for the current byte; flushed before code runs.
    out: Vec<u8>,
    /// The previous friendly-mode byte was `\r`: a following `\n` is part
    /// of the same line end.
    after_cr: bool,
}

impl Repl {
    /// `machine` names the board in the banner, e.g.
    /// `"mps2-an385 with Cortex-M3"`.
    pub fn new(machine: &str) -> Repl {
        Repl {
            machine: String::from(machine),
            mode: Mode::Friendly { cont: false },
            editor: Editor::new(),
            buf: Vec::new(),
            out: Vec::new(),
            after_cr: false,
        }
    }

    /// Print the banner and the first prompt (call once after boot).
    pub fn start<I: Interpreter>(&mut self, it: &mut I) {
        self.banner();
        self.friendly_prompt();
        self.flush(it);
    }

    /// True at an empty `>>> ` line (where Ctrl-D means soft reset).
    pub fn at_empty_prompt(&self) -> bool {
        self.mode == (Mode::Friendly { cont: false }) && self.editor.text().is_empty()
    }

    /// True while the raw REPL (or raw-paste) is active.
    pub fn is_raw(&self) -> bool {
        matches!(self.mode, Mode::Raw | Mode::RawPaste { .. })
    }

    /// Handle one received byte.
    pub fn feed<I: Interpreter>(&mut self, it: &mut I, byte: u8) {
        let after_cr = core::mem::replace(&mut self.after_cr, false);
        match self.mode {
            Mode::Friendly { cont } => {
                if byte == b'\n' && after_cr {
                    return;
                }
                self.after_cr = byte == b'\r';
                self.friendly(it, cont, byte);
            }
            Mode::Paste => self.paste(it, byte),
            Mode::Raw => self.raw(it, byte),
            Mode::RawPaste { remain } => self.raw_paste(it, remain, byte),
        }
        self.flush(it);
    }

    fn flush<I: Interpreter>(&mut self, it: &mut I) {
        if !self.out.is_empty() {
            it.write(&self.out);
            self.out.clear();
        }
    }

    fn banner(&mut self) {
        self.out.extend_from_slice(b"MicroPython ");
        self.out.extend_from_slice(VERSION.as_bytes());
        self.out.extend_from_slice(b" on ");
        self.out.extend_from_slice(BUILD_DATE.as_bytes());
        self.out.extend_from_slice(b"; ");
        self.out.extend_from_slice(self.machine.as_bytes());
        self.out
            .extend_from_slice(b"\r\nType \"help()\" for more information.\r\n");
    }

    fn friendly_prompt(&mut self) {
        self.mode = Mode::Friendly { cont: false };
        self.editor.clear();
        self.editor.start_line(PS1, &mut self.out);
    }

    fn enter_raw(&mut self) {
        self.mode = Mode::Raw;
        self.buf.clear();
        self.out.extend_from_slice(RAW_HEADER);
        self.out.extend_from_slice(RAW_PROMPT);
    }

    /// Soft reset: message, fresh interpreter, `boot.py` and (in the friendly REPL)
    /// `main.py` if the filesystem has them, then the current mode's greeting (raw mode stays
    /// raw, as MicroPython's main loop does).
    fn soft_reset<I: Interpreter>(&mut self, it: &mut I) {
        self.out.extend_from_slice(SOFT_REBOOT);
        self.flush(it);
        it.soft_reset();
        self.buf.clear();
        let scripts: &[&str] = if self.is_raw() {
            &["boot.py"]
        } else {
            &["boot.py", "main.py"]
        };
        for name in scripts {
            // A SystemExit from a start-up file just ends that file.
            if let Some(Err(Failure::Exception(e))) = it.run_file(name) {
                it.print_exception(&e);
            }
        }
        if self.is_raw() {
            self.enter_raw();
        } else {
            self.banner();
            self.friendly_prompt();
        }
    }

    fn friendly<I: Interpreter>(&mut self, it: &mut I, cont: bool, byte: u8) {
        let key = {
            let out = &mut self.out;
            let mut complete = |prefix: &str| it.complete(prefix);
            self.editor.process(byte, out, &mut complete)
        };
        match (key, cont) {
            (Key::None, _) => {}
            (Key::Ctrl(CTRL_C), _) => {
                self.out.extend_from_slice(b"\r\n");
                self.friendly_prompt();
            }
            (Key::Ctrl(CTRL_D), true) => self.run_friendly(it, InputMode::Single),
            (Key::Ctrl(_), true) => {}
            (Key::Ctrl(CTRL_A), false) => {
                self.out.extend_from_slice(b"\r\n");
                self.enter_raw();
            }
            (Key::Ctrl(CTRL_B), false) => {
                self.out.extend_from_slice(b"\r\n");
                self.banner();
                self.friendly_prompt();
            }
            (Key::Ctrl(CTRL_D), false) => {
                self.out.extend_from_slice(b"\r\n");
                self.soft_reset(it);
            }
            (Key::Ctrl(CTRL_E), false) => {
                self.out.extend_from_slice(PASTE_HEADER);
                self.mode = Mode::Paste;
                self.buf.clear();
            }
            (Key::Ctrl(_), false) => {}
            (Key::Enter, _) => {
                let text = self.editor.text();
                if !cont && text.is_empty() {
                    self.friendly_prompt();
                } else if indent::continues(text) {
                    self.mode = Mode::Friendly { cont: true };
                    self.editor.continue_line(PS2, &mut self.out);
                } else {
                    self.run_friendly(it, InputMode::Single);
                }
            }
        }
    }

    fn paste<I: Interpreter>(&mut self, it: &mut I, byte: u8) {
        match byte {
            CTRL_C => {
                self.out.extend_from_slice(b"\r\n");
                self.friendly_prompt();
            }
            CTRL_D => {
                self.out.extend_from_slice(b"\r\n");
                let source = core::mem::take(&mut self.buf);
                self.editor.clear();
                if !self.run_source(it, &source, InputMode::File, false) {
                    self.friendly_prompt();
                }
            }
            b'\r' => {
                self.buf.push(byte);
                self.out.extend_from_slice(b"\r\n");
                self.out.extend_from_slice(PASTE_PROMPT);
            }
            _ => {
                self.buf.push(byte);
                self.out.push(byte);
            }
        }
    }

    fn raw<I: Interpreter>(&mut self, it: &mut I, byte: u8) {
        match byte {
            CTRL_A => {
                if self.buf.len() == 2 && self.buf[0] == CTRL_E {
                    let command = self.buf[1];
                    self.buf.clear();
                    if command == RAW_PASTE_COMMAND {
                        self.out.extend_from_slice(RAW_PASTE_YES);
                        self.out.extend_from_slice(&RAW_PASTE_WINDOW.to_le_bytes());
                        // The window size frees one window, this byte a second.
                        self.out.push(CTRL_A);
                        self.mode = Mode::RawPaste {
                            remain: RAW_PASTE_WINDOW,
                        };
                    } else {
                        self.out.extend_from_slice(RAW_PASTE_NO);
                        self.out.extend_from_slice(RAW_PROMPT);
                    }
                } else {
                    self.enter_raw();
                }
            }
            CTRL_B => {
                self.buf.clear();
                self.out.extend_from_slice(b"\r\n");
                self.banner();
                self.friendly_prompt();
            }
            CTRL_C => self.buf.clear(),
            CTRL_D => {
                self.out.extend_from_slice(RAW_OK);
                if self.buf.is_empty() {
                    self.out.extend_from_slice(b"\r\n");
                    self.soft_reset(it);
                } else {
                    let source = core::mem::take(&mut self.buf);
                    if !self.run_source(it, &source, InputMode::File, true) {
                        self.out.extend_from_slice(RAW_PROMPT);
                    }
                }
            }
            _ => self.buf.push(byte),
        }
    }

    fn raw_paste<I: Interpreter>(&mut self, it: &mut I, remain: u16, byte: u8) {
        match byte {
            CTRL_C => {
                // End of upload, end of (no) output, the interrupt, end of error.
                self.buf.clear();
                self.mode = Mode::Raw;
                self.out.extend_from_slice(&[CTRL_D, CTRL_D]);
                self.flush(it);
                it.print_interrupt();
                self.out.push(CTRL_D);
                self.out.extend_from_slice(RAW_PROMPT);
            }
            CTRL_D => {
                // All code is in: tell the host to stop sending.
                self.out.push(CTRL_D);
                self.mode = Mode::Raw;
                let source = core::mem::take(&mut self.buf);
                if !self.run_source(it, &source, InputMode::File, true) {
                    self.out.extend_from_slice(RAW_PROMPT);
                }
            }
            _ => {
                self.buf.push(byte);
                let remain = if remain <= 1 {
                    self.out.push(CTRL_A);
                    RAW_PASTE_WINDOW
                } else {
                    remain - 1
                };
                self.mode = Mode::RawPaste { remain };
            }
        }
    }

    fn run_friendly<I: Interpreter>(&mut self, it: &mut I, mode: InputMode) {
        let source = self.editor.take_text();
        if !self.run_source(it, &source, mode, false) {
            self.friendly_prompt();
        }
    }

    /// Run code and report the outcome. `eof_markers` adds the raw REPL's
    /// `\x04` after the output and after the error text. A `SystemExit`
    /// soft-resets (the mode then shows its greeting) and returns true.
    fn run_source<I: Interpreter>(
        &mut self,
        it: &mut I,
        source: &[u8],
        mode: InputMode,
        eof_markers: bool,
    ) -> bool {
        self.flush(it);
        let normalized;
        let source = if source.contains(&b'\r') {
            normalized = normalize_newlines(source);
            &normalized[..]
        } else {
            source
        };
        let result = it.exec(source, mode);
        if eof_markers {
            self.out.push(CTRL_D);
        }
        match result {
            Ok(()) => {}
            Err(Failure::Exception(exc)) => {
                self.flush(it);
                it.print_exception(&exc);
            }
            Err(Failure::SystemExit(_)) => {
                if eof_markers {
                    self.out.push(CTRL_D);
                }
                self.soft_reset(it);
                return true;
            }
        }
        if eof_markers {
            self.out.push(CTRL_D);
        }
        false
    }
}

/// `\r\n` and lone `\r` become `\n`, as MicroPython's lexer reads them.
fn normalize_newlines(source: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(source.len());
    let mut i = 0;
    while i < source.len() {
        let b = source[i];
        if b == b'\r' {
            out.push(b'\n');
            if source.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(b);
        }
        i += 1;
    }
    out
}
