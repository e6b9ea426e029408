//! A real board on a serial port. There is no process to kill: "restart" closes the port,
//! opens it again, and the session soft-resets the board (Ctrl-C Ctrl-C, Ctrl-A, Ctrl-D) at
//! the raw prompt.
//!
//! The port is opened exclusively (TIOCEXCL and flock), so every handle to it must be closed
//! before it can be opened again: the connection's reader thread is joined when the
//! connection drops, and only then does a restart reopen it.

use super::{Target, TargetError};
use crate::conn::Conn;
use std::path::Path;
use std::time::{Duration, Instant};

/// The reader's read timeout: how long dropping a connection may wait for its reader thread.
const READ_TIMEOUT: Duration = Duration::from_millis(50);

/// How long a port that has vanished gets to come back (a USB board re-enumerating after a
/// reset).
const REAPPEAR: Duration = Duration::from_secs(5);

pub struct SerialTarget {
    path: String,
    baud: u32,
}

impl SerialTarget {
    pub fn new(path: &str, baud: u32) -> Self {
        SerialTarget {
            path: path.to_string(),
            baud,
        }
    }

    fn open(&self) -> Result<Conn, TargetError> {
        let port = serialport::new(&self.path, self.baud)
            .timeout(READ_TIMEOUT)
            .open_native()
            .map_err(|e| TargetError(format!("cannot open {}: {e}", self.path)))?;
        let reader = port
            .try_clone_native()
            .map_err(|e| TargetError(format!("cannot clone {}: {e}", self.path)))?;
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
}
