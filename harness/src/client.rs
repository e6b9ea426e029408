//! A raw REPL client: what pyboard.py and mpremote do, with every wait bounded and every byte
//! accounted for.
//!
//! The client never panics on what the wire brings: anything unexpected becomes
//! [`ExecError::Protocol`] carrying the bytes, so the runner can report it and restart the board.

use crate::conn::{show_bytes, Conn, WireError};
use crate::protocol::*;
use std::fmt;
use std::thread;
use std::time::{Duration, Instant};

/// What the client knows about the device's raw-paste support.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawPaste {
    /// Not asked yet.
    Unknown,
    /// The device answered `R\x01`.
    Supported,
    /// The device answered `R\x00` or does not know the request.
    Unsupported,
    /// The client was told not to try.
    Disabled,
}

/// One finished exchange.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exec {
    /// Everything the script printed.
    pub stdout: Vec<u8>,
    /// The uncaught exception's traceback; empty if the script ended normally.
    pub error: Vec<u8>,
    /// The device soft-reset after the script (an uncaught SystemExit).
    pub rebooted: bool,
}

/// Why an exchange did not finish normally. Each variant carries what was received.
#[derive(Debug)]
pub enum ExecError {
    /// The script ran past its deadline. `recovered` says whether Ctrl-C brought the device
    /// back to the raw prompt (then the connection is still usable).
    Timeout {
        stdout: Vec<u8>,
        error: Vec<u8>,
        recovered: bool,
    },
    /// The stream ended: the board's process exited or the link dropped.
    Closed { received: Vec<u8> },
    /// The device sent something the protocol does not allow at that point.
    Protocol { expected: String, received: Vec<u8> },
    /// The device rebooted to its friendly banner in the middle of the exchange.
    Reset { received: Vec<u8> },
    /// Writing to the device failed.
    Io(std::io::Error),
}

impl fmt::Display for ExecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExecError::Timeout { recovered, .. } => write!(
                f,
                "timed out ({})",
                if *recovered {
                    "Ctrl-C stopped it"
                } else {
                    "Ctrl-C did not stop it"
                }
            ),
            ExecError::Closed { received } => {
                write!(f, "connection closed; last bytes {}", show_bytes(received))
            }
            ExecError::Protocol { expected, received } => {
                write!(
                    f,
                    "protocol error: expected {expected}, got {}",
                    show_bytes(received)
                )
            }
            ExecError::Reset { received } => {
                write!(
                    f,
                    "the board reset during the script: {}",
                    show_bytes(received)
                )
            }
            ExecError::Io(e) => write!(f, "write failed: {e}"),
        }
    }
}

impl std::error::Error for ExecError {}

impl From<WireError> for ExecError {
    fn from(e: WireError) -> Self {
        match e {
            WireError::Timeout { partial } => ExecError::Protocol {
                expected: "an answer before the deadline".into(),
                received: partial,
            },
            WireError::Closed { partial } => ExecError::Closed { received: partial },
            WireError::Io(e) => ExecError::Io(e),
        }
    }
}

/// Timing knobs. The defaults suit QEMU, pipes and USB boards alike.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Longest wait for the device to answer a control sequence (enter raw, soft reset, OK).
    pub answer: Duration,
    /// After a timeout and Ctrl-C, how long the device gets to come back.
    pub interrupt_grace: Duration,
    /// Pause between 256-byte chunks in classic raw mode (real UARTs need one; pipes do not).
    pub chunk_delay: Duration,
    /// Try raw-paste first.
    pub raw_paste: bool,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            answer: Duration::from_secs(10),
            interrupt_grace: Duration::from_secs(3),
            chunk_delay: Duration::ZERO,
            raw_paste: true,
        }
    }
}

/// How long the line must stay quiet after a prompt inside the error part before the client
/// decides a separator was lost.
const LOST_SEPARATOR_QUIET: Duration = Duration::from_millis(300);

/// Drives a device's raw REPL over a [`Conn`].
pub struct RawRepl {
    conn: Conn,
    cfg: ClientConfig,
    paste: RawPaste,
}

impl RawRepl {
    pub fn new(conn: Conn, cfg: ClientConfig) -> Self {
        let paste = if cfg.raw_paste {
            RawPaste::Unknown
        } else {
            RawPaste::Disabled
        };
        RawRepl { conn, cfg, paste }
    }

    pub fn conn(&mut self) -> &mut Conn {
        &mut self.conn
    }

    pub fn into_conn(self) -> Conn {
        self.conn
    }

    /// What is known about raw-paste on this device.
    pub fn raw_paste(&self) -> RawPaste {
        self.paste
    }

    fn deadline(&self) -> Instant {
        Instant::now() + self.cfg.answer
    }

    /// Stops any running program and enters raw mode; returns what the device said before
    /// the raw prompt (a boot banner, say). Tries three times, as a device that is still
    /// booting may miss the first request.
    pub fn enter_raw(&mut self) -> Result<Vec<u8>, ExecError> {
        let mut said = Vec::new();
        let mut last = None;
        for _ in 0..3 {
            self.conn.write_all(INTERRUPT)?;
            said.extend(
                self.conn
                    .drain(Duration::from_millis(60), Duration::from_secs(2)),
            );
            self.conn.write_all(ENTER_RAW)?;
            let deadline = Instant::now() + self.cfg.answer / 3;
            match self.conn.read_until(RAW_PROMPT, deadline) {
                Ok(got) => {
                    said.extend(got);
                    return Ok(said);
                }
                Err(WireError::Timeout { partial }) => {
                    said.extend(&partial);
                    last = Some(ExecError::Protocol {
                        expected: "the raw REPL prompt".into(),
                        received: said.clone(),
                    });
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(last.expect("three attempts"))
    }

    /// Soft-resets the device from the raw prompt and waits for the raw prompt again.
    pub fn soft_reset(&mut self) -> Result<(), ExecError> {
        self.conn.write_all(&[CTRL_D])?;
        let got = self.conn.read_until(RAW_PROMPT, self.deadline())?;
        if !got.starts_with(OK) || find(&got, SOFT_REBOOT).is_none() {
            return Err(ExecError::Protocol {
                expected: "OK, a soft reboot and the raw prompt".into(),
                received: got,
            });
        }
        Ok(())
    }

    /// Leaves raw mode; returns the friendly banner the device printed.
    pub fn exit_raw(&mut self) -> Result<Vec<u8>, ExecError> {
        self.conn.write_all(&[CTRL_B])?;
        Ok(self.conn.read_until(BANNER_END, self.deadline())?)
    }

    /// Runs `code` at the raw prompt, waiting at most `timeout` for it to finish.
    pub fn exec(&mut self, code: &[u8], timeout: Duration) -> Result<Exec, ExecError> {
        let sent_by_paste = match self.paste {
            RawPaste::Unknown | RawPaste::Supported => self.try_raw_paste(code)?,
            RawPaste::Unsupported | RawPaste::Disabled => false,
        };
        if !sent_by_paste {
            self.send_classic(code)?;
        }
        self.collect(Instant::now() + timeout)
    }

    /// Sends code in classic raw mode and checks the `OK`.
    fn send_classic(&mut self, code: &[u8]) -> Result<(), ExecError> {
        for (i, chunk) in code.chunks(CHUNK).enumerate() {
            if i > 0 && !self.cfg.chunk_delay.is_zero() {
                thread::sleep(self.cfg.chunk_delay);
            }
            self.conn.write_all(chunk)?;
        }
        self.conn.write_all(&[CTRL_D])?;
        let ok = self.conn.read_exact(OK.len(), self.deadline())?;
        if ok != OK {
            return Err(self.protocol_error("OK", ok));
        }
        Ok(())
    }

    /// Sends code in raw-paste mode. Returns false (nothing sent) if the device lacks it.
    fn try_raw_paste(&mut self, code: &[u8]) -> Result<bool, ExecError> {
        self.conn.write_all(RAW_PASTE_REQUEST)?;
        let answer = self.conn.read_exact(2, self.deadline())?;
        if answer == RAW_PASTE_NO {
            self.paste = RawPaste::Unsupported;
            return Ok(false);
        }
        if answer == RAW_PASTE_UNKNOWN {
            // The device took \x01 as "re-enter raw": the rest of its prompt follows.
            let rest = &RAW_PROMPT[RAW_PASTE_UNKNOWN.len()..];
            self.conn.read_until(rest, self.deadline())?;
            self.paste = RawPaste::Unsupported;
            return Ok(false);
        }
        if answer != RAW_PASTE_YES {
            return Err(self.protocol_error("a raw-paste answer (R\\x01, R\\x00 or ra)", answer));
        }
        self.paste = RawPaste::Supported;
        let w = self.conn.read_exact(2, self.deadline())?;
        let window = u16::from_le_bytes([w[0], w[1]]) as usize;
        if window == 0 {
            return Err(self.protocol_error("a non-zero raw-paste window", w));
        }
        self.paste_upload(code, window)?;
        Ok(true)
    }

    /// The upload half of raw-paste, after the window size. The device sends exactly one
    /// `\x04` in this phase, and the host exactly one: either the device's answers the host's
    /// end of code, or the device sends it first to stop the upload early, and the host
    /// answers it and sends nothing more. Either way the stdout part follows, so the client
    /// need not know which it was.
    ///
    /// Observed on the reference firmware (MicroPython 1.29, QEMU mps2-an385, window 128): it
    /// compiles the upload as it arrives, so a syntax error at byte 36,014 of a 72,033-byte
    /// script ended it with `\x04` when 36,224 bytes had been sent (282 `\x01`s before), and
    /// after the host's `\x04` it sent `\x04Traceback ... SyntaxError: invalid syntax\r\n\x04>`.
    /// A parse that runs out of memory ends the same way, with `\x04MemoryError: ...\r\n\x04>`.
    /// On a normal end a last `\x01` may come after the host's `\x04`: `\x01\x04ok\r\n\x04\x04>`.
    fn paste_upload(&mut self, code: &[u8], window: usize) -> Result<(), ExecError> {
        // The window size itself frees one window; the `\x01` after it is the second.
        let mut free = window;
        let mut sent = 0;
        let mut ended = false;
        loop {
            // Take every flow-control byte already here; block for one only when there is
            // nothing left to do but wait: the window is used up, or all is sent.
            while !self.conn.has_pending() && !ended && (free > 0 || sent == code.len()) {
                if sent == code.len() {
                    self.conn.write_all(&[CTRL_D])?;
                    ended = true;
                    break;
                }
                let n = free.min(code.len() - sent);
                self.conn.write_all(&code[sent..sent + n])?;
                sent += n;
                free -= n;
            }
            match self.conn.read_byte(self.deadline())? {
                WINDOW_FREE => free += window,
                CTRL_D => {
                    if !ended {
                        // The device stops the upload (it has found an error): answer, and
                        // send nothing more; it discards what it has not read.
                        self.conn.write_all(&[CTRL_D])?;
                    }
                    return Ok(());
                }
                other => {
                    let expected = if ended {
                        "the end of raw-paste (\\x04)"
                    } else {
                        "raw-paste flow control (\\x01 or \\x04)"
                    };
                    return Err(self.protocol_error(expected, vec![other]));
                }
            }
        }
    }

    /// Reads stdout, the error part and the prompt; on the deadline interrupts with Ctrl-C
    /// and gives the device a grace period to finish the exchange.
    fn collect(&mut self, deadline: Instant) -> Result<Exec, ExecError> {
        let mut parts: [Vec<u8>; 2] = [Vec::new(), Vec::new()];
        let mut part = 0;
        let mut deadline = deadline;
        let mut interrupted = false;
        // A byte read early while checking for a lost separator, to be handled next.
        let mut early: Option<u8> = None;
        while part < 2 {
            let next = match early.take() {
                Some(b) => Ok(b),
                None => self.conn.read_byte(deadline),
            };
            match next {
                Ok(CTRL_D) => part += 1,
                Ok(b) => {
                    parts[part].push(b);
                    // The raw prompt at the start of a line of the error part, then silence:
                    // a separator \x04 was lost on the wire (tracebacks end with a newline,
                    // so the prompt cannot be part of one). Waiting on would only time out.
                    let err = &parts[1];
                    if part == 1 && b == PROMPT && (err.len() == 1 || err.ends_with(b"\n>")) {
                        let quiet = (Instant::now() + LOST_SEPARATOR_QUIET).min(deadline);
                        match self.conn.read_byte(quiet) {
                            Ok(more) => early = Some(more),
                            Err(WireError::Timeout { .. }) => {
                                let mut received = std::mem::take(&mut parts[0]);
                                received.push(CTRL_D);
                                received.extend(std::mem::take(&mut parts[1]));
                                return Err(ExecError::Protocol {
                                    expected:
                                        "two \\x04 separators before the prompt (one was lost)"
                                            .into(),
                                    received,
                                });
                            }
                            Err(e) => return Err(e.into()),
                        }
                    }
                    // A board that reboots mid-script prints its banner where our bytes were.
                    if b == b' ' && parts[part].ends_with(BANNER_END) {
                        let mut received = std::mem::take(&mut parts[0]);
                        received.extend(std::mem::take(&mut parts[1]));
                        return Err(ExecError::Reset { received });
                    }
                }
                Err(WireError::Timeout { .. }) if !interrupted => {
                    self.conn.write_all(&[CTRL_C])?;
                    interrupted = true;
                    deadline = Instant::now() + self.cfg.interrupt_grace;
                }
                Err(WireError::Timeout { .. }) => {
                    let [stdout, error] = parts;
                    return Err(ExecError::Timeout {
                        stdout,
                        error,
                        recovered: false,
                    });
                }
                Err(WireError::Closed { .. }) => {
                    let mut received = std::mem::take(&mut parts[0]);
                    received.extend(std::mem::take(&mut parts[1]));
                    return Err(ExecError::Closed { received });
                }
                Err(WireError::Io(e)) => return Err(ExecError::Io(e)),
            }
        }
        let [stdout, error] = parts;
        let rebooted = self.finish_prompt(deadline.max(self.deadline()))?;
        if interrupted {
            return Err(ExecError::Timeout {
                stdout,
                error,
                recovered: true,
            });
        }
        Ok(Exec {
            stdout,
            error,
            rebooted,
        })
    }

    /// After the second `\x04`: the prompt, or (after SystemExit) a soft reboot and the raw
    /// prompt. Returns true for the reboot.
    fn finish_prompt(&mut self, deadline: Instant) -> Result<bool, ExecError> {
        let b = self.conn.read_byte(deadline)?;
        if b == PROMPT {
            return Ok(false);
        }
        let mut got = vec![b];
        got.extend(self.conn.read_until(RAW_PROMPT, deadline)?);
        if got.starts_with(SOFT_REBOOT) {
            Ok(true)
        } else {
            Err(self.protocol_error("the raw prompt", got))
        }
    }

    fn protocol_error(&mut self, expected: &str, mut received: Vec<u8>) -> ExecError {
        // Show what else the device was saying: it usually explains the surprise.
        received.extend(
            self.conn
                .drain(Duration::from_millis(50), Duration::from_millis(300)),
        );
        ExecError::Protocol {
            expected: expected.into(),
            received,
        }
    }
}

/// Position of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}
