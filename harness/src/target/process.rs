//! Board processes: a child that dies with us, and the target for any command that speaks the
//! raw REPL on stdin/stdout (the host port is one).

use super::{Target, TargetError};
use crate::conn::Conn;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;

/// Keeps at most this much of a child's stderr.
const STDERR_KEEP: usize = 8192;

/// A child process that is killed when the guard drops, and also if the harness itself dies
/// (PR_SET_PDEATHSIG), so no QEMU outlives an interrupted run.
pub struct ChildGuard {
    child: Child,
    status: Option<ExitStatus>,
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl ChildGuard {
    /// Spawns `cmd`. If its stderr is piped, a thread keeps the last 8 KiB of it.
    pub fn spawn(cmd: &mut Command) -> std::io::Result<ChildGuard> {
        // SAFETY: prctl is async-signal-safe and touches no memory of ours.
        unsafe {
            cmd.pre_exec(|| {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let mut child = cmd.spawn()?;
        let stderr = Arc::new(Mutex::new(Vec::new()));
        if let Some(mut err) = child.stderr.take() {
            let keep = stderr.clone();
            thread::spawn(move || {
                let mut buf = [0u8; 1024];
                while let Ok(n) = err.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    let mut k = keep.lock().unwrap_or_else(|e| e.into_inner());
                    k.extend_from_slice(&buf[..n]);
                    if k.len() > STDERR_KEEP {
                        let cut = k.len() - STDERR_KEEP;
                        k.drain(..cut);
                    }
                }
            });
        }
        Ok(ChildGuard {
            child,
            status: None,
            stderr,
        })
    }

    pub fn child(&mut self) -> &mut Child {
        &mut self.child
    }

    /// How the process ended, if it has: `exit 3`, `signal 9`.
    pub fn exit_status(&mut self) -> Option<String> {
        if self.status.is_none() {
            self.status = self.child.try_wait().ok().flatten();
        }
        self.status.map(describe_status)
    }

    /// The last of what the process wrote to stderr.
    pub fn stderr_text(&self) -> String {
        let k = self.stderr.lock().unwrap_or_else(|e| e.into_inner());
        String::from_utf8_lossy(&k).into_owned()
    }

    /// Kills the process (if it still runs) and reaps it.
    pub fn kill(&mut self) {
        if self.status.is_none() {
            let _ = self.child.kill();
            self.status = self.child.wait().ok();
        }
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        self.kill();
    }
}

/// `exit N` or `signal N`.
pub fn describe_status(s: ExitStatus) -> String {
    match (s.code(), s.signal()) {
        (Some(c), _) => format!("exit {c}"),
        (None, Some(sig)) => format!("signal {sig}"),
        _ => "ended".into(),
    }
}

/// A command whose stdin/stdout are the board's UART.
pub struct CommandTarget {
    name: String,
    argv: Vec<String>,
    child: Option<ChildGuard>,
}

impl CommandTarget {
    pub fn new(name: &str, argv: Vec<String>) -> Self {
        CommandTarget {
            name: name.to_string(),
            argv,
            child: None,
        }
    }
}

impl Target for CommandTarget {
    fn name(&self) -> String {
        self.name.clone()
    }

    fn start(&mut self) -> Result<Conn, TargetError> {
        self.stop();
        let (prog, args) = self
            .argv
            .split_first()
            .ok_or_else(|| TargetError("empty command".into()))?;
        let mut cmd = Command::new(prog);
        cmd.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut guard = ChildGuard::spawn(&mut cmd)
            .map_err(|e| TargetError(format!("cannot start {prog}: {e}")))?;
        let stdin = guard.child().stdin.take().expect("piped stdin");
        let stdout = guard.child().stdout.take().expect("piped stdout");
        self.child = Some(guard);
        Ok(Conn::new(stdout, stdin))
    }

    fn stop(&mut self) {
        self.child = None;
    }

    fn exit_status(&mut self) -> Option<String> {
        self.child.as_mut().and_then(|c| c.exit_status())
    }

    fn diagnostics(&mut self) -> String {
        self.child
            .as_ref()
            .map(|c| c.stderr_text())
            .unwrap_or_default()
    }
}
