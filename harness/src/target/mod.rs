//! Targets: things that start (or open) a board and hand back a byte stream to its REPL.
//!
//! Every target speaks the same raw REPL; they differ only in how the stream is made and how a
//! wedged board is brought back (kill and respawn a process, or reopen a port).

mod process;
pub mod qemu;
#[cfg(feature = "serial")]
mod serial;

pub use process::{ChildGuard, CommandTarget};
pub use qemu::{qemu_available, QemuTarget, QemuTransport, QEMU};
#[cfg(feature = "serial")]
pub use serial::SerialTarget;

use crate::conn::Conn;
use std::fmt;
use std::path::PathBuf;

/// A board the harness can talk to.
pub trait Target: Send {
    /// A short name for reports: `qemu`, `host`, `serial:/dev/ttyACM0`.
    fn name(&self) -> String;
    /// Starts the board (or opens it) and returns a connection to its UART.
    /// Any previous instance is stopped first.
    fn start(&mut self) -> Result<Conn, TargetError>;
    /// Stops what `start` started; a later `start` gives a fresh board.
    fn stop(&mut self);
    /// True if `start` boots a new VM (a new process). A board on a port keeps running
    /// between opens, so whoever opens it soft-resets it before trusting its state.
    fn boots_on_start(&self) -> bool {
        true
    }
    /// Resets a board that no longer answers, as its reset button would, with the connection
    /// closed. `None` when the target has no way to (a process target needs none: `start`
    /// boots a new one).
    fn hard_reset(&mut self) -> Option<Result<(), TargetError>> {
        None
    }
    /// If the board's process has ended, how (for crash reports); `None` while it runs or
    /// when there is no process to ask (a real board).
    fn exit_status(&mut self) -> Option<String>;
    /// Waits briefly for the process to end on its own, then reports as `exit_status`.
    /// Used after a crash, when the process is expected to exit with the fault's code.
    fn wait_exit(&mut self, within: std::time::Duration) -> Option<String> {
        let end = std::time::Instant::now() + within;
        loop {
            if let Some(s) = self.exit_status() {
                return Some(s);
            }
            if std::time::Instant::now() >= end {
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }
    /// Whatever the board's process wrote besides the UART (QEMU's stderr), for diagnostics.
    fn diagnostics(&mut self) -> String {
        String::new()
    }
}

/// Why a target could not be started.
#[derive(Debug)]
pub struct TargetError(pub String);

impl fmt::Display for TargetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TargetError {}

impl From<std::io::Error> for TargetError {
    fn from(e: std::io::Error) -> Self {
        TargetError(e.to_string())
    }
}

/// A description of a target, from which each worker builds its own instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetSpec {
    /// The firmware ELF under `qemu-system-arm -M mps2-an385`.
    Qemu {
        elf: PathBuf,
        transport: QemuTransport,
        /// The memory profile the board boots with (None: the firmware's default).
        mem: Option<crate::profile::MemProfile>,
    },
    /// The host port binary, its REPL on stdin/stdout.
    Host { bin: PathBuf },
    /// Any command that speaks the raw REPL on stdin/stdout.
    Command { argv: Vec<String> },
    /// A real board on a serial port; `reset` is a command that hard-resets it, run when it
    /// stops answering (a relay, a debug probe, QEMU's monitor).
    Serial {
        path: String,
        baud: u32,
        reset: Option<Vec<String>>,
    },
}

impl TargetSpec {
    /// Parses `qemu`, `host`, `cmd:"..."`, `serial:/dev/ttyX`; `elf`, `bin` and `baud` fill in
    /// what the short forms leave open.
    pub fn parse(
        s: &str,
        elf: Option<PathBuf>,
        bin: Option<PathBuf>,
        baud: u32,
        transport: QemuTransport,
    ) -> Result<TargetSpec, String> {
        if s == "qemu" {
            let elf = elf.ok_or("--target qemu needs --elf PATH (cargo xtask build prints it)")?;
            Ok(TargetSpec::Qemu {
                elf,
                transport,
                mem: None,
            })
        } else if s == "host" {
            Ok(TargetSpec::Host {
                bin: bin.unwrap_or_else(|| PathBuf::from("target/release/micropython")),
            })
        } else if let Some(cmd) = s.strip_prefix("cmd:") {
            let argv = split_command(cmd)?;
            if argv.is_empty() {
                return Err("cmd: needs a command".into());
            }
            Ok(TargetSpec::Command { argv })
        } else if let Some(path) = s.strip_prefix("serial:") {
            Ok(TargetSpec::Serial {
                path: path.to_string(),
                baud,
                reset: None,
            })
        } else {
            Err(format!(
                "unknown target {s:?}: use qemu, host, cmd:\"COMMAND\" or serial:PATH"
            ))
        }
    }

    /// A fresh, unstarted instance, for a process that runs one board at a time. An emulator
    /// is kept on one core chosen by the process id, so separate processes spread out.
    pub fn build(&self) -> Result<Box<dyn Target>, TargetError> {
        self.build_for_worker(std::process::id() as usize)
    }

    /// A fresh, unstarted instance for worker `worker` of a parallel run: an emulator is
    /// kept on one core, worker i on the i-th core this process may use (wrapping).
    pub fn build_for_worker(&self, worker: usize) -> Result<Box<dyn Target>, TargetError> {
        Ok(match self {
            TargetSpec::Qemu {
                elf,
                transport,
                mem,
            } => {
                let extra: Vec<String> = mem.map(|m| m.qemu_args()).unwrap_or_default();
                let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
                Box::new(
                    QemuTarget::new(elf, *transport)
                        .with_args(&extra)
                        .on_cpu(worker),
                )
            }
            TargetSpec::Host { bin } => Box::new(CommandTarget::new(
                "host",
                vec![bin.to_string_lossy().into_owned()],
            )),
            TargetSpec::Command { argv } => Box::new(CommandTarget::new("cmd", argv.clone())),
            #[cfg(feature = "serial")]
            TargetSpec::Serial { path, baud, reset } => {
                Box::new(SerialTarget::new(path, *baud).with_reset(reset.clone()))
            }
            #[cfg(not(feature = "serial"))]
            TargetSpec::Serial { .. } => {
                return Err(TargetError(
                    "this build has no serial support (feature \"serial\")".into(),
                ))
            }
        })
    }

    /// The same target with a hard-reset command; only a serial target takes one.
    pub fn with_reset(self, command: Vec<String>) -> Result<TargetSpec, String> {
        match self {
            TargetSpec::Serial { path, baud, .. } => Ok(TargetSpec::Serial {
                path,
                baud,
                reset: Some(command),
            }),
            other => Err(format!(
                "a reset command is for a board on a serial port, not {}",
                other.name()
            )),
        }
    }

    /// True if several instances can run at once (a real board is only one).
    pub fn parallel(&self) -> bool {
        !matches!(self, TargetSpec::Serial { .. })
    }

    /// A short name for reports.
    pub fn name(&self) -> &'static str {
        match self {
            TargetSpec::Qemu { .. } => "qemu",
            TargetSpec::Host { .. } => "host",
            TargetSpec::Command { .. } => "cmd",
            TargetSpec::Serial { .. } => "serial",
        }
    }
}

/// Splits a command line into words: whitespace separates, single and double quotes group,
/// a backslash escapes the next character outside single quotes. No other shell syntax.
pub fn split_command(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => cur.push(c),
                        None => return Err(format!("unclosed ' in {s:?}")),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c) => cur.push(c),
                            None => return Err(format!("trailing \\ in {s:?}")),
                        },
                        Some(c) => cur.push(c),
                        None => return Err(format!("unclosed \" in {s:?}")),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some(c) => cur.push(c),
                    None => return Err(format!("trailing \\ in {s:?}")),
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_command_handles_quotes() {
        assert_eq!(
            split_command(r#"python3 -c 'print("a b")' "x y" z\ w"#).unwrap(),
            vec!["python3", "-c", "print(\"a b\")", "x y", "z w"]
        );
        assert_eq!(split_command("  ").unwrap(), Vec::<String>::new());
        assert_eq!(split_command("''").unwrap(), vec![""]);
        assert!(split_command("'open").is_err());
    }

    #[test]
    fn parse_target_specs() {
        let t = QemuTransport::Tcp;
        assert_eq!(
            TargetSpec::parse("host", None, None, 115200, t).unwrap(),
            TargetSpec::Host {
                bin: "target/release/micropython".into()
            }
        );
        assert_eq!(
            TargetSpec::parse("cmd:./fake --legacy", None, None, 115200, t).unwrap(),
            TargetSpec::Command {
                argv: vec!["./fake".into(), "--legacy".into()]
            }
        );
        assert_eq!(
            TargetSpec::parse("serial:/dev/ttyACM0", None, None, 9600, t).unwrap(),
            TargetSpec::Serial {
                path: "/dev/ttyACM0".into(),
                baud: 9600,
                reset: None
            }
        );
        assert!(TargetSpec::parse("qemu", None, None, 115200, t).is_err());
        assert!(TargetSpec::parse("bogus", None, None, 115200, t).is_err());
    }
}
