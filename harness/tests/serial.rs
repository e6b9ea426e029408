//! The runner on a board behind a serial port: mp-fake-repl on the master side of a pty, the
//! harness on the slave path as it would open /dev/ttyACM0. A protocol error, a wedged board
//! and a syntax error found mid-upload must each be that script's outcome only: the port is
//! closed before it is reopened (it is opened exclusively), the board is soft-reset, and a
//! board that Ctrl-C cannot stop is brought back by the reset command.

use mp_harness::client::ClientConfig;
use mp_harness::corpus;
use mp_harness::cpython::CPython;
use mp_harness::differences::Differences;
use mp_harness::judge::{Outcome, PendingSnapshots};
use mp_harness::report::Reporter;
use mp_harness::runner::{self, RunConfig};
use mp_harness::snapshot;
use mp_harness::target::{ChildGuard, TargetSpec};
use std::ffi::CStr;
use std::fs::{self, File};
use std::os::fd::{FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

const FAKE: &str = env!("CARGO_BIN_EXE_mp-fake-repl");

/// A board on a pty: the fake, restarted whenever it dies (as a real board comes back from
/// its reset line), its pid kept in a file for the reset command.
struct PtyBoard {
    path: String,
    pid_file: PathBuf,
    stop: Arc<AtomicBool>,
    supervisor: Option<JoinHandle<()>>,
    // Held open so the pty lives while the harness has the port closed.
    _slave: OwnedFd,
}

impl PtyBoard {
    fn start(dir: &Path) -> PtyBoard {
        let (mut master, mut slave) = (0, 0);
        // SAFETY: openpty fills two fds; the name, termios and winsize pointers may be null.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
        // SAFETY: both fds were just opened and are owned here alone.
        let (master, slave) =
            unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        // Raw from the start: the fake's banner must not be echoed back to it before the
        // harness opens the port.
        mp_harness::target::qemu::set_raw(std::os::fd::AsRawFd::as_raw_fd(&slave)).unwrap();
        // SAFETY: ptsname on a master fd returns a static buffer, copied at once.
        let path = unsafe {
            CStr::from_ptr(libc::ptsname(std::os::fd::AsRawFd::as_raw_fd(&master)))
                .to_string_lossy()
                .into_owned()
        };
        let pid_file = dir.join("board.pid");
        let stop = Arc::new(AtomicBool::new(false));
        let (stopping, pids) = (stop.clone(), pid_file.clone());
        let master = File::from(master);
        let supervisor = std::thread::spawn(move || {
            while !stopping.load(Ordering::SeqCst) {
                let mut cmd = Command::new(FAKE);
                cmd.stdin(Stdio::from(master.try_clone().unwrap()))
                    .stdout(Stdio::from(master.try_clone().unwrap()))
                    .stderr(Stdio::null());
                let mut board = ChildGuard::spawn(&mut cmd).unwrap();
                fs::write(&pids, board.child().id().to_string()).unwrap();
                while board.exit_status().is_none() && !stopping.load(Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_millis(10));
                }
            }
        });
        PtyBoard {
            path,
            pid_file,
            stop,
            supervisor: Some(supervisor),
            _slave: slave,
        }
    }

    /// The board's reset line: kills the running fake, which the supervisor starts again.
    fn reset_command(&self) -> Vec<String> {
        let kill = format!("kill -9 $(cat {})", self.pid_file.display());
        vec!["sh".into(), "-c".into(), kill]
    }
}

impl Drop for PtyBoard {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(h) = self.supervisor.take() {
            let _ = h.join();
        }
    }
}

struct Dir(PathBuf);

impl Dir {
    fn new(tag: &str) -> Dir {
        let d = std::env::temp_dir().join(format!("mp-serial-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        Dir(d)
    }

    fn script(&self, name: &str, code: &str, reviewed: &str) {
        let path = self.0.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, code).unwrap();
        let snap = snapshot::path_for(&path);
        fs::create_dir_all(snap.parent().unwrap()).unwrap();
        fs::write(snap, snapshot::render(name, reviewed)).unwrap();
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// 40 KB of comments, then a syntax error on line 1001, then 40 KB more: the fake finds the
/// error while the harness still has most of the upload to send.
fn syntax_error_mid_upload() -> String {
    let filler: String = (0..1000)
        .map(|i| format!("# filler line {i:04} to make the upload long enough\n"))
        .collect();
    format!("{filler}def (  #fake:syntax\n{filler}print('never')\n")
}

fn corpus(dir: &Dir) {
    dir.script("a/ok.py", "print(1 + 1)\n", "2\n");
    dir.script(
        "b/syntax_mid_upload.py",
        &syntax_error_mid_upload(),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 1001\nSyntaxError: invalid syntax\n",
    );
    dir.script(
        "b/syntax_then_ok.py",
        "print('after syntax')\n",
        "after syntax\n",
    );
    dir.script("c/noise.py", "#fake:noise\nprint(3)\n", "");
    dir.script(
        "c/noise_then_ok.py",
        "print('after noise')\n",
        "after noise\n",
    );
    dir.script("d/wedge.py", "#fake:wedge\n", "");
    dir.script(
        "d/wedge_then_ok.py",
        "print('after wedge')\n",
        "after wedge\n",
    );
    dir.script(
        "e/exit.py",
        "import sys\nprint('bye')\nsys.exit(3)\n",
        "bye\n",
    );
    dir.script("e/exit_then_ok.py", "print('after exit')\n", "after exit\n");
}

fn run_on_pty(raw_paste: bool) {
    let dir = Dir::new(if raw_paste { "paste" } else { "classic" });
    corpus(&dir);
    let board = PtyBoard::start(&dir.0);
    let cfg = RunConfig {
        target: TargetSpec::Serial {
            path: board.path.clone(),
            baud: 115200,
            reset: Some(board.reset_command()),
        },
        timeout: Duration::from_secs(2),
        jobs: 1,
        client: ClientConfig {
            answer: Duration::from_secs(5),
            interrupt_grace: Duration::from_secs(1),
            raw_paste,
            ..ClientConfig::default()
        },
        cpython: Some(CPython::new("python3", None).expect("python3 is needed")),
        differences: Differences::load(&dir.0.join("differences")).unwrap(),
        pending: PendingSnapshots::DontWrite,
    };
    let scripts = corpus::discover(&dir.0, std::slice::from_ref(&dir.0)).unwrap();
    let mut reporter = Reporter::new(Box::new(std::io::sink()), None).unwrap();
    let results = runner::run(&cfg, &scripts, &mut reporter);
    let got: Vec<(String, &str, String)> = results
        .iter()
        .map(|r| {
            let detail = r
                .outcome
                .detail()
                .unwrap_or("")
                .lines()
                .next()
                .unwrap_or("");
            (r.script.clone(), r.outcome.kind(), detail.to_string())
        })
        .collect();
    let kinds: Vec<(&str, &str)> = got.iter().map(|(s, k, _)| (s.as_str(), *k)).collect();
    assert_eq!(
        kinds,
        vec![
            ("a/ok.py", "pass"),
            ("b/syntax_mid_upload.py", "pass"),
            ("b/syntax_then_ok.py", "pass"),
            ("c/noise.py", "crash"),
            ("c/noise_then_ok.py", "pass"),
            ("d/wedge.py", "timeout"),
            ("d/wedge_then_ok.py", "pass"),
            ("e/exit.py", "pass"),
            ("e/exit_then_ok.py", "pass"),
        ],
        "raw_paste={raw_paste}: {got:#?}"
    );
    assert!(
        matches!(&results[3].outcome, Outcome::Crash(why) if why.contains("protocol error")),
        "{:?}",
        results[3].outcome
    );
}

#[test]
fn serial_board_faults_are_each_their_own_outcome_with_raw_paste() {
    run_on_pty(true);
}

#[test]
fn serial_board_faults_are_each_their_own_outcome_in_classic_raw_mode() {
    run_on_pty(false);
}
