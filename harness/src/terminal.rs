//! A person's terminal connected to a board's REPL, like miniterm: keys go to the board raw
//! (Ctrl-A..Ctrl-E included), the board's bytes go to the screen. Ctrl-] quits.

use crate::conn::{Conn, WireError};
use crate::target::qemu::{restore_tty, set_raw};
use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The key that ends the session: Ctrl-] (as in telnet and miniterm), which MicroPython
/// never uses.
pub const QUIT_KEY: u8 = 0x1d;

/// Restores the terminal's settings when dropped, however the session ends.
struct RawTerminal {
    fd: i32,
    saved: Option<libc::termios>,
}

impl RawTerminal {
    fn enter(fd: i32) -> RawTerminal {
        // SAFETY: isatty only inspects the descriptor.
        let tty = unsafe { libc::isatty(fd) } == 1;
        let saved = if tty { set_raw(fd).ok() } else { None };
        RawTerminal { fd, saved }
    }
}

impl Drop for RawTerminal {
    fn drop(&mut self) {
        if let Some(saved) = &self.saved {
            restore_tty(self.fd, saved);
        }
    }
}

/// Why the terminal session ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// The person pressed the quit key (or their input ended).
    Quit,
    /// The board's stream closed.
    BoardGone,
}

/// Connects stdin/stdout to `conn` until the quit key or until the board goes away.
pub fn attach(mut conn: Conn) -> io::Result<Ended> {
    let stdin = io::stdin();
    let _raw = RawTerminal::enter(stdin.as_raw_fd());
    let writer = conn.writer();
    let (quit_tx, quit_rx) = mpsc::channel::<()>();
    std::thread::spawn(move || {
        let mut stdin = io::stdin();
        let mut buf = [0u8; 256];
        loop {
            let n = match stdin.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let keys = &buf[..n];
            let (keys, quit) = match keys.iter().position(|&b| b == QUIT_KEY) {
                Some(i) => (&keys[..i], true),
                None => (keys, false),
            };
            {
                let mut w = writer.lock().unwrap_or_else(|e| e.into_inner());
                if w.write_all(keys).and_then(|_| w.flush()).is_err() {
                    break;
                }
            }
            if quit {
                break;
            }
        }
        let _ = quit_tx.send(());
    });
    let mut out = io::stdout();
    let mut input_done: Option<Instant> = None;
    loop {
        match conn.read_byte(Instant::now() + Duration::from_millis(20)) {
            Ok(b) => {
                let mut chunk = vec![b];
                while conn.has_pending() {
                    match conn.read_byte(Instant::now()) {
                        Ok(b) => chunk.push(b),
                        Err(_) => break,
                    }
                }
                out.write_all(&chunk)?;
                out.flush()?;
            }
            Err(WireError::Closed { .. }) => return Ok(Ended::BoardGone),
            Err(_) => {}
        }
        if input_done.is_none() && quit_rx.try_recv().is_ok() {
            input_done = Some(Instant::now());
        }
        // When input came from a pipe rather than a person, let the last answers arrive.
        if let Some(t) = input_done {
            let tty = _raw.saved.is_some();
            if tty || t.elapsed() > Duration::from_millis(500) {
                return Ok(Ended::Quit);
            }
        }
    }
}
