//! Line editor of the friendly REPL, answering keys with the same bytes as
//! MicroPython's readline: echo, backspace (a whole indent level at once
//! inside leading spaces), cursor keys, home/end/delete, history, and tab
//! completion. The buffer holds the whole statement so far: continuation
//! lines are joined with `\n` and only the last line is editable.

use super::complete::{self, Completion};
use super::indent;
use super::{CTRL_A, CTRL_C, CTRL_E};
use alloc::string::String;
use alloc::vec::Vec;

/// Lines kept for the up/down arrows.
const HISTORY: usize = 8;
const ESC: u8 = 0x1b;
const BACKSPACE: u8 = 0x08;
const DEL: u8 = 0x7f;
const TAB: u8 = b'\t';
/// Erase from the cursor to the end of the terminal line.
const ERASE_TO_EOL: &[u8] = b"\x1b[K";

/// What a key meant to the REPL.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Key {
    /// Edited (or ignored); keep reading.
    None,
    /// The line was ended with Enter (`\r\n` already echoed).
    Enter,
    /// Ctrl-A..Ctrl-E on an empty line, or Ctrl-C on any line.
    Ctrl(u8),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Escape {
    None,
    /// Got ESC.
    Esc,
    /// Got ESC `[`.
    Csi,
    /// Got ESC `[` digit: waiting for `~`.
    CsiDigit(u8),
    /// Got ESC `O`.
    Ss3,
}

pub(crate) struct Editor {
    line: Vec<u8>,
    /// Start of the editable (last) line in `line`.
    orig: usize,
    cursor: usize,
    escape: Escape,
    prompt: &'static [u8],
    /// Most recent first.
    history: Vec<Vec<u8>>,
    /// Index in `history` being shown, if any.
    hist_pos: Option<usize>,
}

/// Cursor and redraw work one key asks for, applied by `redraw`.
#[derive(Default)]
struct Redraw {
    back: usize,
    forward: usize,
    from_cursor: bool,
}

impl Editor {
    pub(crate) fn new() -> Editor {
        Editor {
            line: Vec::new(),
            orig: 0,
            cursor: 0,
            escape: Escape::None,
            prompt: b"",
            history: Vec::new(),
            hist_pos: None,
        }
    }

    /// Forget the statement being edited.
    pub(crate) fn clear(&mut self) {
        self.line.clear();
        self.orig = 0;
        self.cursor = 0;
    }

    /// The whole statement so far.
    pub(crate) fn text(&self) -> &[u8] {
        &self.line
    }

    pub(crate) fn take_text(&mut self) -> Vec<u8> {
        let text = core::mem::take(&mut self.line);
        self.clear();
        text
    }

    /// Print `prompt` and start editing a new last line.
    pub(crate) fn start_line(&mut self, prompt: &'static [u8], out: &mut Vec<u8>) {
        self.prompt = prompt;
        out.extend_from_slice(prompt);
        self.orig = self.line.len();
        self.cursor = self.orig;
        self.escape = Escape::None;
        self.hist_pos = None;
    }

    /// End the current line with `\n` and start a continuation line,
    /// pre-filled with the automatic indent.
    pub(crate) fn continue_line(&mut self, prompt: &'static [u8], out: &mut Vec<u8>) {
        self.line.push(b'\n');
        self.start_line(prompt, out);
        let spaces = indent::auto_indent(&self.line);
        for _ in 0..spaces {
            self.line.push(b' ');
            out.push(b' ');
        }
        self.cursor = self.line.len();
    }

    /// Handle one byte; echo and redraw go to `out`.
    pub(crate) fn process(
        &mut self,
        c: u8,
        out: &mut Vec<u8>,
        complete: &mut dyn FnMut(&str) -> Vec<String>,
    ) -> Key {
        let old_len = self.line.len();
        let mut r = Redraw::default();
        match self.escape {
            Escape::None => match c {
                CTRL_A..=CTRL_E if self.line.len() == self.orig => return Key::Ctrl(c),
                CTRL_A => r.back = self.cursor - self.orig,
                CTRL_C => return Key::Ctrl(c),
                b'\r' | b'\n' => {
                    out.extend_from_slice(b"\r\n");
                    self.push_history();
                    return Key::Enter;
                }
                ESC => self.escape = Escape::Esc,
                BACKSPACE | DEL => self.backspace(&mut r),
                TAB => self.tab(out, complete, &mut r),
                32..=126 | 128..=255 => {
                    self.line.insert(self.cursor, c);
                    r.from_cursor = true;
                    r.forward = 1;
                }
                _ => {}
            },
            Escape::Esc => {
                self.escape = match c {
                    b'[' => Escape::Csi,
                    b'O' => Escape::Ss3,
                    _ => Escape::None,
                }
            }
            Escape::Csi => {
                self.escape = Escape::None;
                match c {
                    b'0'..=b'9' => self.escape = Escape::CsiDigit(c),
                    b'A' => self.history_up(&mut r),
                    b'B' => self.history_down(&mut r),
                    b'C' if self.cursor < self.line.len() => r.forward = 1,
                    b'D' if self.cursor > self.orig => r.back = 1,
                    b'H' => r.back = self.cursor - self.orig,
                    b'F' => r.forward = self.line.len() - self.cursor,
                    _ => {}
                }
            }
            Escape::CsiDigit(d) => {
                self.escape = Escape::None;
                if c == b'~' {
                    match d {
                        b'1' | b'7' => r.back = self.cursor - self.orig,
                        b'4' | b'8' => r.forward = self.line.len() - self.cursor,
                        b'3' if self.cursor < self.line.len() => {
                            self.line.remove(self.cursor);
                            r.from_cursor = true;
                        }
                        _ => {}
                    }
                }
            }
            Escape::Ss3 => {
                self.escape = Escape::None;
                match c {
                    b'H' => r.back = self.cursor - self.orig,
                    b'F' => r.forward = self.line.len() - self.cursor,
                    _ => {}
                }
            }
        }
        self.redraw(r, old_len, out);
        Key::None
    }

    /// Delete left of the cursor: four spaces at once when only (at least
    /// four) spaces precede it on this line, so one key undoes one indent.
    fn backspace(&mut self, r: &mut Redraw) {
        if self.cursor <= self.orig {
            return;
        }
        let before = &self.line[self.orig..self.cursor];
        let n = if before.len() >= 4 && before.iter().all(|&b| b == b' ') {
            4
        } else {
            1
        };
        self.line.drain(self.cursor - n..self.cursor);
        r.back = n;
        r.from_cursor = true;
    }

    fn tab(
        &mut self,
        out: &mut Vec<u8>,
        complete: &mut dyn FnMut(&str) -> Vec<String>,
        r: &mut Redraw,
    ) {
        let before = &self.line[self.orig..self.cursor];
        match complete::complete(before, complete) {
            Completion::None => {}
            Completion::Insert(text) => {
                for (i, &b) in text.iter().enumerate() {
                    self.line.insert(self.cursor + i, b);
                }
                r.from_cursor = true;
                r.forward = text.len();
            }
            Completion::List(listing) => {
                out.extend_from_slice(&listing);
                out.extend_from_slice(self.prompt);
                out.extend_from_slice(&self.line[self.orig..self.cursor]);
                r.from_cursor = true;
            }
        }
    }

    fn history_up(&mut self, r: &mut Redraw) {
        let next = self.hist_pos.map_or(0, |p| p + 1);
        if next < self.history.len() {
            self.hist_pos = Some(next);
            self.show_history(r);
        }
    }

    fn history_down(&mut self, r: &mut Redraw) {
        if let Some(p) = self.hist_pos {
            self.hist_pos = p.checked_sub(1);
            self.show_history(r);
        }
    }

    fn show_history(&mut self, r: &mut Redraw) {
        r.back = self.cursor - self.orig;
        self.line.truncate(self.orig);
        if let Some(entry) = self.hist_pos.and_then(|p| self.history.get(p)) {
            self.line.extend_from_slice(entry);
        }
        r.from_cursor = true;
        r.forward = self.line.len() - self.orig;
    }

    fn push_history(&mut self) {
        let entry = &self.line[self.orig..];
        if entry.is_empty() || self.history.first().is_some_and(|h| h[..] == *entry) {
            return;
        }
        self.history.insert(0, entry.to_vec());
        self.history.truncate(HISTORY);
    }

    /// Move the terminal cursor and repaint the tail of the line.
    fn redraw(&mut self, r: Redraw, old_len: usize, out: &mut Vec<u8>) {
        if r.back > 0 {
            move_back(out, r.back);
            self.cursor -= r.back;
        }
        if r.from_cursor {
            if self.line.len() < old_len {
                out.extend_from_slice(ERASE_TO_EOL);
            }
            out.extend_from_slice(&self.line[self.cursor..]);
            // Drawing left the cursor at the end; go back to where it belongs.
            let target = (self.cursor + r.forward).min(self.line.len());
            move_back(out, self.line.len() - target);
            self.cursor = target;
        } else if r.forward > 0 {
            let end = (self.cursor + r.forward).min(self.line.len());
            out.extend_from_slice(&self.line[self.cursor..end]);
            self.cursor = end;
        }
    }
}

/// Cursor left by `n`: backspaces for short moves, `ESC [ n D` otherwise.
fn move_back(out: &mut Vec<u8>, n: usize) {
    if n == 0 {
        return;
    }
    if n <= 4 {
        out.extend(core::iter::repeat_n(BACKSPACE, n));
    } else {
        out.extend_from_slice(b"\x1b[");
        push_decimal(out, n);
        out.push(b'D');
    }
}

fn push_decimal(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}
