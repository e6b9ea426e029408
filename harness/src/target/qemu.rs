//! The firmware under `qemu-system-arm -M mps2-an385`, UART0 on a TCP socket or a pty.
//!
//! TCP is the default: the harness listens on 127.0.0.1 port 0 (no port race) and QEMU
//! connects to it as a client before the guest starts, so not one byte of the boot is lost.
//! A pty loses what the guest writes before it is opened (the banner), which the raw REPL
//! client does not need; it is there because it is what other tools expect.

use super::process::ChildGuard;
use super::{Target, TargetError};
use crate::conn::Conn;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The emulator binary.
pub const QEMU: &str = "qemu-system-arm";

/// How long QEMU gets to connect or to name its pty.
const CONNECT: Duration = Duration::from_secs(10);

/// True if `qemu-system-arm` runs.
pub fn qemu_available() -> bool {
    Command::new(QEMU)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// The cores this process may run on, in order (all of them if the set cannot be read).
fn allowed_cpus() -> Vec<usize> {
    // SAFETY: cpu_set_t is plain data that sched_getaffinity fills.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) != 0 {
            return Vec::new();
        }
        (0..libc::CPU_SETSIZE as usize)
            .filter(|&c| libc::CPU_ISSET(c, &set))
            .collect()
    }
}

/// Restricts what `cmd` starts to one core: the `slot`-th (wrapping) of those this process
/// may use.
pub fn pin_to_core(cmd: &mut Command, slot: usize) {
    let cores = allowed_cpus();
    if cores.is_empty() {
        return;
    }
    let core = cores[slot % cores.len()];
    // SAFETY: sched_setaffinity is a plain system call on a stack value; nothing is allocated
    // between fork and exec. A failure only leaves the child unpinned.
    unsafe {
        cmd.pre_exec(move || {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            libc::CPU_SET(core, &mut set);
            libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set);
            Ok(())
        });
    }
}

/// Where QEMU puts UART0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QemuTransport {
    Tcp,
    Pty,
}

/// The arguments every run of the board uses; `serial` is the `-serial` backend.
pub fn qemu_args(elf: &Path, serial: &str) -> Vec<String> {
    [
        "-M",
        "mps2-an385",
        "-display",
        "none",
        // Never mon:stdio: QEMU's monitor multiplexer eats Ctrl-A, which raw mode needs.
        "-monitor",
        "none",
        // Lets a panic or HardFault end QEMU with an exit code.
        "-semihosting-config",
        "enable=on,target=native",
        "-serial",
        serial,
        "-kernel",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([elf.to_string_lossy().into_owned()])
    .collect()
}

/// QEMU running the firmware.
pub struct QemuTarget {
    elf: PathBuf,
    transport: QemuTransport,
    extra: Vec<String>,
    cpu: Option<usize>,
    child: Option<ChildGuard>,
}

impl QemuTarget {
    pub fn new(elf: &Path, transport: QemuTransport) -> Self {
        QemuTarget {
            elf: elf.to_path_buf(),
            transport,
            extra: Vec::new(),
            cpu: None,
            child: None,
        }
    }

    /// Runs QEMU on one core (its vCPU and I/O threads together). QEMU hands every UART byte
    /// between those two threads; on separate cores each hand-off is a cross-core wake-up,
    /// which on a virtual machine costs more than the byte's work (measured: the corpus at
    /// `-j 1` took 13 s unpinned, 6 s pinned).
    pub fn on_cpu(mut self, cpu: usize) -> Self {
        self.cpu = Some(cpu);
        self
    }

    /// More QEMU options, before `-kernel` (benchmarks add `-icount shift=0`).
    pub fn with_args(mut self, args: &[&str]) -> Self {
        self.extra = args.iter().map(|s| s.to_string()).collect();
        self
    }

    fn args(&self, serial: &str) -> Vec<String> {
        let mut a = qemu_args(&self.elf, serial);
        let kernel = a.len() - 2;
        a.splice(kernel..kernel, self.extra.iter().cloned());
        a
    }

    fn start_tcp(&mut self) -> Result<Conn, TargetError> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let port = listener.local_addr()?.port();
        let serial = format!("tcp:127.0.0.1:{port},nodelay=on");
        let mut cmd = Command::new(QEMU);
        cmd.args(self.args(&serial))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if let Some(slot) = self.cpu {
            pin_to_core(&mut cmd, slot);
        }
        let mut child = ChildGuard::spawn(&mut cmd)
            .map_err(|e| TargetError(format!("cannot start {QEMU}: {e}")))?;
        listener.set_nonblocking(true)?;
        let end = Instant::now() + CONNECT;
        let stream: TcpStream = loop {
            match listener.accept() {
                Ok((s, _)) => break s,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(e.into()),
            }
            if let Some(status) = child.exit_status() {
                return Err(TargetError(format!(
                    "{QEMU} ended ({status}) before connecting: {}",
                    child.stderr_text().trim()
                )));
            }
            if Instant::now() >= end {
                return Err(TargetError(format!(
                    "{QEMU} did not connect to port {port}"
                )));
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        stream.set_nonblocking(false)?;
        stream.set_nodelay(true)?;
        let reader = stream.try_clone()?;
        self.child = Some(child);
        Ok(Conn::new(reader, stream))
    }

    fn start_pty(&mut self) -> Result<Conn, TargetError> {
        let mut cmd = Command::new(QEMU);
        cmd.args(self.args("pty"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(slot) = self.cpu {
            pin_to_core(&mut cmd, slot);
        }
        let mut child = ChildGuard::spawn(&mut cmd)
            .map_err(|e| TargetError(format!("cannot start {QEMU}: {e}")))?;
        let stdout = child.child().stdout.take().expect("piped stdout");
        let path = read_pty_path(stdout)?;
        let file = open_raw_pty(&path)?;
        let reader = file.try_clone()?;
        self.child = Some(child);
        Ok(Conn::new(reader, file))
    }
}

/// Reads QEMU's stdout up to `char device redirected to /dev/pts/N (label serial0)`; a thread
/// keeps draining it afterwards so QEMU never blocks on a full pipe.
pub fn read_pty_path(stdout: impl std::io::Read + Send + 'static) -> Result<String, TargetError> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout);
        let mut line = String::new();
        let mut sent = false;
        while lines.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
            if !sent {
                if let Some(path) = pty_path_in(&line) {
                    let _ = tx.send(path);
                    sent = true;
                }
            }
            line.clear();
        }
    });
    rx.recv_timeout(CONNECT)
        .map_err(|_| TargetError(format!("{QEMU} did not name its pty")))
}

/// The pty path in QEMU's `char device redirected to ... (label ...)` line.
pub fn pty_path_in(line: &str) -> Option<String> {
    let rest = line.split("redirected to ").nth(1)?;
    let path = rest.split_whitespace().next()?;
    Some(path.to_string())
}

/// Opens a pty (or any tty) in raw mode: no echo, no line editing, no signals, no CR/LF
/// translation, so control bytes pass through untouched.
pub fn open_raw_pty(path: &str) -> Result<File, TargetError> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(libc::O_NOCTTY)
        .open(path)
        .map_err(|e| TargetError(format!("cannot open {path}: {e}")))?;
    set_raw(file.as_raw_fd()).map_err(|e| TargetError(format!("cannot set {path} raw: {e}")))?;
    Ok(file)
}

use std::os::unix::fs::OpenOptionsExt;

/// Puts a tty into raw mode; returns the previous settings.
pub fn set_raw(fd: i32) -> std::io::Result<libc::termios> {
    // SAFETY: termios is plain data; tcgetattr fills it or fails.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(fd, &mut t) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        let old = t;
        libc::cfmakeraw(&mut t);
        if libc::tcsetattr(fd, libc::TCSANOW, &t) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(old)
    }
}

/// Restores settings saved by `set_raw`.
pub fn restore_tty(fd: i32, saved: &libc::termios) {
    // SAFETY: `saved` came from tcgetattr on a tty.
    unsafe {
        libc::tcsetattr(fd, libc::TCSANOW, saved);
    }
}

impl Target for QemuTarget {
    fn name(&self) -> String {
        "qemu".into()
    }

    fn start(&mut self) -> Result<Conn, TargetError> {
        self.stop();
        if !self.elf.is_file() {
            return Err(TargetError(format!(
                "no firmware at {} (run `cargo xtask build`)",
                self.elf.display()
            )));
        }
        match self.transport {
            QemuTransport::Tcp => self.start_tcp(),
            QemuTransport::Pty => self.start_pty(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_pty_path_in_qemu_line() {
        assert_eq!(
            pty_path_in("char device redirected to /dev/pts/7 (label serial0)\n").as_deref(),
            Some("/dev/pts/7")
        );
        assert_eq!(pty_path_in("qemu-system-arm: warning: x\n"), None);
    }

    #[test]
    fn pinned_child_runs_on_one_allowed_core() {
        let cores = allowed_cpus();
        assert!(!cores.is_empty());
        for slot in 0..cores.len() + 1 {
            let mut cmd = Command::new("grep");
            cmd.args(["Cpus_allowed_list", "/proc/self/status"]);
            pin_to_core(&mut cmd, slot);
            let out = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
            let want = cores[slot % cores.len()];
            assert_eq!(
                out.split_whitespace().nth(1),
                Some(&*want.to_string()),
                "{out}"
            );
        }
    }

    #[test]
    fn qemu_args_never_use_the_monitor_multiplexer() {
        let args = qemu_args(Path::new("/x.elf"), "pty").join(" ");
        assert!(!args.contains("mon:"), "{args}");
        assert!(args.contains("-monitor none"), "{args}");
        assert!(args.ends_with("-kernel /x.elf"), "{args}");
        let t = QemuTarget::new(Path::new("/x.elf"), QemuTransport::Tcp)
            .with_args(&["-icount", "shift=0"]);
        assert!(t
            .args("pty")
            .join(" ")
            .ends_with("-serial pty -icount shift=0 -kernel /x.elf"));
    }
}
