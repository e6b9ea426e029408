//! A target with a raw REPL on it, kept usable across scripts: soft reset between scripts,
//! restart after a crash or a hang that Ctrl-C cannot stop.

use crate::client::{find, ClientConfig, ExecError, RawRepl};
use crate::conn::show_bytes;
use crate::protocol::FATAL;
use crate::target::Target;
use std::time::Duration;

/// How one script's run on the board ended.
#[derive(Debug)]
pub enum Ran {
    /// The exchange finished: stdout and the error part.
    Done { stdout: Vec<u8>, error: Vec<u8> },
    /// Past its time; what it had printed, and whether the board needed a restart.
    Timeout { stdout: Vec<u8>, restarted: bool },
    /// The board died, reset, or broke the protocol; the reason for the report.
    Crash(String),
}

/// A board that runs scripts one after another.
pub struct Session {
    target: Box<dyn Target>,
    cfg: ClientConfig,
    repl: Option<RawRepl>,
    /// The VM is fresh (just booted or just soft-reset), so no reset is needed first.
    fresh: bool,
    /// Ctrl-C could not stop the last script: the board needs its reset line, if it has one.
    wedged: bool,
    /// How many times the board has been (re)started.
    pub starts: u32,
    /// How many of those needed a hard reset.
    pub hard_resets: u32,
}

impl Session {
    pub fn new(target: Box<dyn Target>, cfg: ClientConfig) -> Self {
        Session {
            target,
            cfg,
            repl: None,
            fresh: false,
            wedged: false,
            starts: 0,
            hard_resets: 0,
        }
    }

    pub fn target_name(&self) -> String {
        self.target.name()
    }

    /// Starts the board and enters raw mode, unless that is already done. A board that
    /// does not answer, or that Ctrl-C could not stop, is hard-reset if the target can.
    pub fn ensure(&mut self) -> Result<&mut RawRepl, String> {
        if self.repl.is_none() {
            if std::mem::take(&mut self.wedged) {
                self.hard_reset().unwrap_or(Ok(()))?;
            }
            if let Err(why) = self.open() {
                match self.hard_reset() {
                    None => return Err(why),
                    Some(Err(e)) => return Err(format!("{why}; {e}")),
                    Some(Ok(())) => self
                        .open()
                        .map_err(|e| format!("{why}; after a hard reset: {e}"))?,
                }
            }
        }
        Ok(self.repl.as_mut().expect("just set"))
    }

    /// Starts the board and enters raw mode.
    fn open(&mut self) -> Result<(), String> {
        let conn = self.target.start().map_err(|e| e.to_string())?;
        self.starts += 1;
        let mut repl = RawRepl::new(conn, self.cfg.clone());
        if let Err(e) = repl.enter_raw() {
            let why = self.crash_reason(&mut repl, &e);
            drop(repl);
            self.target.stop();
            return Err(format!("could not enter the raw REPL: {why}"));
        }
        self.repl = Some(repl);
        // A board on a port still holds whatever ran before it was opened.
        self.fresh = self.target.boots_on_start();
        Ok(())
    }

    /// The target's hard reset, if it has one; the connection is closed already.
    fn hard_reset(&mut self) -> Option<Result<(), String>> {
        let done = self.target.hard_reset()?;
        self.hard_resets += 1;
        Some(done.map_err(|e| format!("hard reset failed: {e}")))
    }

    /// Closes the connection and stops the board; the next script starts it again. The
    /// connection goes first: a port is locked while any handle to it is open.
    pub fn restart(&mut self) {
        self.repl = None;
        self.target.stop();
    }

    /// Brings the board to the raw prompt on a fresh VM: started, and soft-reset unless it
    /// just booted. If the soft reset fails, one restart.
    fn ready(&mut self) -> Result<(), String> {
        self.ensure()?;
        if self.fresh {
            return Ok(());
        }
        let first = match self.soft_reset() {
            Ok(()) => return Ok(()),
            Err(why) => why,
        };
        // A board that cannot even come back is reported on this script.
        self.ensure()
            .map_err(|e| format!("soft reset failed ({first}); restart failed: {e}"))?;
        if self.fresh {
            return Ok(());
        }
        self.soft_reset().map_err(|e| {
            format!("soft reset failed ({first}); after a restart it failed again: {e}")
        })
    }

    /// Soft-resets at the raw prompt; on failure closes the board and says why.
    fn soft_reset(&mut self) -> Result<(), String> {
        match self.repl.as_mut().expect("ensured").soft_reset() {
            Ok(()) => {
                self.fresh = true;
                Ok(())
            }
            Err(e) => Err(self.close_after(&e)),
        }
    }

    /// Explains a broken exchange, then closes the board so the next script restarts it.
    fn close_after(&mut self, e: &ExecError) -> String {
        let mut repl = self.repl.take().expect("open");
        let why = self.crash_reason(&mut repl, e);
        drop(repl);
        self.restart();
        why
    }

    /// Runs one script on a fresh VM.
    pub fn run(&mut self, code: &[u8], timeout: Duration) -> Ran {
        if let Err(e) = self.ready() {
            return Ran::Crash(e);
        }
        self.fresh = false;
        let repl = self.repl.as_mut().expect("ready");
        match repl.exec(code, timeout) {
            Ok(exec) => {
                self.fresh = exec.rebooted;
                Ran::Done {
                    stdout: exec.stdout,
                    error: exec.error,
                }
            }
            Err(ExecError::Timeout {
                stdout, recovered, ..
            }) => {
                if !recovered {
                    self.restart();
                    self.wedged = true;
                }
                Ran::Timeout {
                    stdout,
                    restarted: !recovered,
                }
            }
            Err(e) => Ran::Crash(self.close_after(&e)),
        }
    }

    /// Explains a broken exchange: the board's `FATAL:` line and exit status if it died,
    /// else the protocol error itself.
    fn crash_reason(&mut self, repl: &mut RawRepl, e: &ExecError) -> String {
        let tail = repl.conn().tail();
        let fatal = find(&tail, FATAL).map(|i| {
            let line = &tail[i..];
            let end = line
                .iter()
                .position(|&b| b == b'\r' || b == b'\n')
                .unwrap_or(line.len());
            String::from_utf8_lossy(&line[..end]).into_owned()
        });
        let status = if fatal.is_some() || matches!(e, ExecError::Closed { .. }) {
            self.target.wait_exit(Duration::from_millis(500))
        } else {
            self.target.exit_status()
        };
        let mut parts = Vec::new();
        if let Some(f) = fatal {
            parts.push(f);
        }
        match status {
            Some(s) => parts.push(format!("{} ended ({s})", self.target.name())),
            None => parts.push(e.to_string()),
        }
        let diag = self.target.diagnostics();
        if let Some(last) = diag.lines().rev().find(|l| !l.trim().is_empty()) {
            parts.push(format!("stderr: {}", last.trim()));
        }
        if parts.len() == 1 && !matches!(e, ExecError::Protocol { .. } | ExecError::Closed { .. }) {
            parts.push(format!("last bytes {}", show_bytes(&tail)));
        }
        parts.join("; ")
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.restart();
    }
}
