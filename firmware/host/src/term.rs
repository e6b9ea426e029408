//! Terminal and process plumbing: raw mode on a tty, SIGINT as a keyboard
//! interrupt, and the stdin reader thread that plays the board's RX ISR.

use mp_vm::runtime::interrupt;
use std::io::Read;
use std::sync::mpsc::{self, Receiver};

/// Puts the terminal on stdin in raw mode and restores it when dropped, so
/// the REPL sees every key (Ctrl-A..E, no echo, no line buffering) exactly
/// as a board on a serial line does.
pub struct RawTerminal {
    saved: libc::termios,
}

impl RawTerminal {
    /// `None` when stdin is not a terminal (or cannot be switched).
    pub fn enable() -> Option<RawTerminal> {
        // SAFETY: plain libc calls on fd 0 with a termios we own.
        unsafe {
            if libc::isatty(0) != 1 {
                return None;
            }
            let mut saved: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut saved) != 0 {
                return None;
            }
            let mut raw = saved;
            libc::cfmakeraw(&mut raw);
            raw.c_cc[libc::VMIN] = 1;
            raw.c_cc[libc::VTIME] = 0;
            if libc::tcsetattr(0, libc::TCSANOW, &raw) != 0 {
                return None;
            }
            Some(RawTerminal { saved })
        }
    }
}

impl Drop for RawTerminal {
    fn drop(&mut self) {
        // SAFETY: restores the settings read in `enable`.
        unsafe {
            libc::tcsetattr(0, libc::TCSANOW, &self.saved);
        }
    }
}

extern "C" fn on_sigint(_: libc::c_int) {
    // Only an atomic store: async-signal-safe.
    interrupt::request();
}

/// Make SIGINT raise KeyboardInterrupt in running code instead of killing
/// the process.
pub fn catch_sigint() {
    // SAFETY: installs a handler that only touches an atomic.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Read stdin on a thread: an armed Ctrl-C becomes a pending interrupt at
/// once (so it stops a running loop), every other byte is queued for the
/// REPL. The queue closes at end of input.
pub fn spawn_reader() -> Receiver<u8> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("stdin".into())
        .spawn(move || {
            let mut stdin = std::io::stdin().lock();
            let mut buf = [0u8; 4096];
            loop {
                let n = match stdin.read(&mut buf) {
                    Ok(0) => return,
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => return,
                };
                for &byte in &buf[..n] {
                    if !interrupt::on_rx_byte(byte) && tx.send(byte).is_err() {
                        return;
                    }
                }
            }
        })
        .expect("spawning the stdin reader thread");
    rx
}
