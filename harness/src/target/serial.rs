//! A real board on a serial port. There is no process to kill: "restart" closes the port,
//! opens it again, and the session soft-resets the board (Ctrl-C Ctrl-C, Ctrl-A, Ctrl-D) at
//! the raw prompt.
//!
//! The port is opened exclusively (TIOCEXCL and flock), so every handle to it must be closed
//! before it can be opened again: the connection's reader thread is joined when the
//! connection drops, and only then does a restart reopen it.
//!
//! A board that hangs where Ctrl-C cannot reach it (a HardFault handler that spins) comes back
//! only by its reset line; given a reset command, the target runs it with the port closed.

use super::process::ChildGuard;
use super::{Target, TargetError};
use crate::conn::Conn;
use serialport::SerialPort;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The reader's read timeout: how long dropping a connection may wait for its reader thread.
const READ_TIMEOUT: Duration = Duration::from_millis(50);

/// How long a write may wait for room before the board counts as not reading.
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a port that has vanished gets to come back (a USB board re-enumerating after a
/// reset).
const REAPPEAR: Duration = Duration::from_secs(5);

/// Longest a reset command may take.
const RESET_LIMIT: Duration = Duration::from_secs(30);

pub struct SerialTarget {
    path: String,
    baud: u32,
    reset: Option<Vec<String>>,
}

impl SerialTarget {
    pub fn new(path: &str, baud: u32) -> Self {
        SerialTarget {
            path: path.to_string(),
            baud,
            reset: None,
        }
    }

    /// Sets the command that hard-resets the board.
    pub fn with_reset(mut self, command: Option<Vec<String>>) -> Self {
        self.reset = command;
        self
    }

    fn open(&self) -> Result<Conn, TargetError> {
        let mut port = serialport::new(&self.path, self.baud)
            .timeout(READ_TIMEOUT)
            .open_native()
            .map_err(|e| TargetError(format!("cannot open {}: {e}", self.path)))?;
        let reader = port
            .try_clone_native()
            .map_err(|e| TargetError(format!("cannot clone {}: {e}", self.path)))?;
        // Each handle has its own timeout. A write waits as long as the board takes to read a
        // chunk (classic raw mode sends 256 bytes at a time into a slow UART), not READ_TIMEOUT.
        port.set_timeout(WRITE_TIMEOUT)
            .map_err(|e| TargetError(format!("cannot set up {}: {e}", self.path)))?;
        Ok(Conn::closing_on_drop(reader, port))
    }
}

impl Target for SerialTarget {
    fn name(&self) -> String {
        format!("serial:{}", self.path)
    }

    fn start(&mut self) -> Result<Conn, TargetError> {
        let end = Instant::now() + REAPPEAR;
        while !Path::new(&self.path).exists() && Instant::now() < end {
            std::thread::sleep(Duration::from_millis(100));
        }
        self.open()
    }

    fn stop(&mut self) {}

    fn boots_on_start(&self) -> bool {
        false
    }

    fn exit_status(&mut self) -> Option<String> {
        None
    }

    fn hard_reset(&mut self) -> Option<Result<(), TargetError>> {
        let argv = self.reset.as_ref()?;
        Some(run_reset(argv))
    }
}

/// Runs a reset command to its end; its stderr explains a failure.
fn run_reset(argv: &[String]) -> Result<(), TargetError> {
    let (prog, args) = argv
        .split_first()
        .ok_or_else(|| TargetError("empty reset command".into()))?;
    let mut cmd = Command::new(prog);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = ChildGuard::spawn(&mut cmd)
        .map_err(|e| TargetError(format!("cannot run reset command {prog}: {e}")))?;
    let end = Instant::now() + RESET_LIMIT;
    let status = loop {
        if let Some(s) = child.exit_status() {
            break s;
        }
        if Instant::now() >= end {
            return Err(TargetError(format!(
                "reset command {prog} still running after {}s",
                RESET_LIMIT.as_secs()
            )));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    if status == "exit 0" {
        Ok(())
    } else {
        Err(TargetError(format!(
            "reset command {prog} ended ({status}): {}",
            child.stderr_text().trim()
        )))
    }
}
