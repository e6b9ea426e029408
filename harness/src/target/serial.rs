//! A real board on a serial port. There is no process to kill: "restart" reopens the port and
//! the raw REPL client's Ctrl-C and soft reset bring the board back.

use super::{Target, TargetError};
use crate::conn::Conn;
use std::time::Duration;

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
}

impl Target for SerialTarget {
    fn name(&self) -> String {
        format!("serial:{}", self.path)
    }

    fn start(&mut self) -> Result<Conn, TargetError> {
        // A short read timeout lets the reader thread notice when the Conn is dropped.
        let port = serialport::new(&self.path, self.baud)
            .timeout(Duration::from_millis(200))
            .open_native()
            .map_err(|e| TargetError(format!("cannot open {}: {e}", self.path)))?;
        let reader = port
            .try_clone_native()
            .map_err(|e| TargetError(format!("cannot clone {}: {e}", self.path)))?;
        Ok(Conn::new(reader, port))
    }

    fn stop(&mut self) {}

    fn exit_status(&mut self) -> Option<String> {
        None
    }
}
