//! The ecosystem check: the community's own tool, mpremote (from PyPI), drives the board that
//! `cargo xtask serve --tcp PORT` serves, runs a script through it and gets its output.
//!
//! Setup installs mpremote into a virtualenv under the target directory (once). When PyPI
//! cannot be reached the test says so and passes without running: the network is not the
//! firmware's fault. A missing firmware or QEMU skips it too, unless `MP_E2E_REQUIRE` is set.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const XTASK: &str = env!("CARGO_BIN_EXE_xtask");

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| {
            if p.is_absolute() {
                p
            } else {
                workspace().join(p)
            }
        })
        .unwrap_or_else(|| workspace().join("target"))
}

fn skip_or_fail(why: &str) {
    if std::env::var_os("MP_E2E_REQUIRE").is_some() {
        panic!("{why}");
    }
    eprintln!("skipped: {why}");
}

fn firmware() -> Option<PathBuf> {
    let elf = std::env::var_os("MP_FIRMWARE_ELF")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("thumbv7m-none-eabi/release/mp-board-mps2-an385"));
    let qemu = Command::new("qemu-system-arm")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if elf.is_file() && qemu {
        Some(elf)
    } else {
        skip_or_fail(&format!("needs qemu-system-arm and {}", elf.display()));
        None
    }
}

/// Runs a command with a time limit; `None` if it ran past it.
fn run_for(cmd: &mut Command, limit: Duration) -> Option<Output> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let end = Instant::now() + limit;
    while child.try_wait().ok()?.is_none() {
        if Instant::now() > end {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().ok()
}

/// mpremote in a virtualenv, installed on first use; `Err` says why it could not be.
fn mpremote() -> Result<PathBuf, String> {
    let venv = target_dir().join("mp-harness").join("venv-mpremote");
    let exe = venv.join("bin").join("mpremote");
    if exe.is_file() {
        return Ok(exe);
    }
    let made = run_for(
        Command::new("python3").args(["-m", "venv"]).arg(&venv),
        Duration::from_secs(120),
    );
    if !made.as_ref().is_some_and(|o| o.status.success()) {
        return Err(format!(
            "python3 -m venv failed (install python3-venv): {}",
            made.map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
                .unwrap_or("timed out".into())
        ));
    }
    let pip = run_for(
        Command::new(venv.join("bin").join("pip")).args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--timeout",
            "20",
            "mpremote",
        ]),
        Duration::from_secs(300),
    );
    match pip {
        Some(o) if o.status.success() && exe.is_file() => Ok(exe),
        other => {
            // A half-made venv would be taken as installed next time.
            let _ = std::fs::remove_dir_all(&venv);
            Err(format!(
                "pip install mpremote failed (PyPI unreachable?): {}",
                other
                    .map(|o| String::from_utf8_lossy(&o.stderr).trim().to_string())
                    .unwrap_or("timed out".into())
            ))
        }
    }
}

/// `cargo xtask serve`, killed (with its QEMU, which dies with it) when dropped.
struct Serve(Child);

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn mpremote_runs_a_script_on_the_served_board() {
    let Some(elf) = firmware() else { return };
    let mpremote = match mpremote() {
        Ok(m) => m,
        Err(why) => {
            // The network, not the firmware: never a failure.
            eprintln!("skipped: {why}");
            return;
        }
    };
    // A free port: bound and released just before serve takes it.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut cmd = Command::new(XTASK);
    cmd.args(["serve", "--tcp", &port.to_string(), "--elf"])
        .arg(&elf)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    // SAFETY: prctl is async-signal-safe; serve (and through it QEMU) dies with this test.
    unsafe {
        cmd.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    let mut serve = Serve(cmd.spawn().expect("xtask serve starts"));
    let mut lines = BufReader::new(serve.0.stdout.take().unwrap()).lines();
    let first = lines.next().and_then(Result::ok).unwrap_or_default();
    assert!(
        first.contains(&format!("127.0.0.1:{port}")),
        "serve said {first:?}"
    );
    // Keep draining serve's stdout so it never blocks.
    std::thread::spawn(move || for _ in lines {});

    let dir = std::env::temp_dir().join(format!("mp-mpremote-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("script.py");
    std::fs::write(
        &script,
        "import sys\nprint('hello from', sys.platform)\nfor i in range(4):\n    print(i * i)\n",
    )
    .unwrap();
    let out = run_for(
        Command::new(&mpremote)
            .arg("connect")
            .arg(format!("socket://127.0.0.1:{port}"))
            .arg("run")
            .arg(&script),
        Duration::from_secs(120),
    )
    .expect("mpremote finishes within two minutes");
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    assert!(
        out.status.success(),
        "mpremote failed: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout, "hello from mps2-an385\n0\n1\n4\n9\n");
}
