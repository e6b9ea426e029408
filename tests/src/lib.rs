//! Helpers for the end-to-end tests: find the firmware, boot it under QEMU, and talk to its
//! UART with plain bytes (not the harness's raw REPL client, so the tests check the protocol
//! independently of it).

use mp_harness::conn::{show_bytes, Conn};
use mp_harness::target::qemu::{qemu_args, read_pty_path};
use mp_harness::target::{qemu_available, ChildGuard, QemuTarget, QemuTransport, Target, QEMU};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long the board gets to answer anything.
pub const ANSWER: Duration = Duration::from_secs(10);

/// The firmware ELF: `MP_FIRMWARE_ELF`, else where `cargo xtask build` puts it. `None` (and a
/// message) when it or QEMU is missing, unless `MP_E2E_REQUIRE` is set (as `cargo xtask test`
/// does), which makes a missing piece a failure.
pub fn firmware() -> Option<PathBuf> {
    let require = std::env::var_os("MP_E2E_REQUIRE").is_some();
    let skip = |why: String| {
        if require {
            panic!("{why}");
        }
        eprintln!("skipped: {why}");
        None
    };
    if !qemu_available() {
        return skip(format!(
            "{QEMU} is not installed (sudo apt-get install qemu-system-arm)"
        ));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut candidates = Vec::new();
    if let Some(p) = std::env::var_os("MP_FIRMWARE_ELF") {
        candidates.push(PathBuf::from(p));
    }
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    candidates.push(target_dir.join("thumbv7m-none-eabi/release/mp-board-mps2-an385"));
    match candidates.into_iter().find(|p| p.is_file()) {
        Some(elf) => Some(elf),
        None => skip("no firmware ELF: run `cargo xtask build` or set MP_FIRMWARE_ELF".into()),
    }
}

/// A booted board and its UART.
pub struct Board {
    pub conn: Conn,
    _keep: Keep,
}

/// What keeps QEMU running; dropping it ends QEMU.
struct Keep {
    _target: Option<Box<QemuTarget>>,
    _child: Option<ChildGuard>,
}

impl Board {
    /// Boots with UART0 on a TCP socket QEMU connects to: not a byte of the boot is lost.
    pub fn boot_tcp(elf: &Path) -> Board {
        let mut t = Box::new(QemuTarget::new(elf, QemuTransport::Tcp));
        let conn = t.start().expect("QEMU starts");
        Board {
            conn,
            _keep: Keep {
                _target: Some(t),
                _child: None,
            },
        }
    }

    /// Boots with `-serial pty`, as the acceptance check does, and waits at the friendly
    /// prompt (the banner went out before the pty was opened; Ctrl-C asks for a new prompt).
    pub fn boot_pty(elf: &Path) -> Board {
        let mut cmd = Command::new(QEMU);
        cmd.args(qemu_args(elf, "pty"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut child = ChildGuard::spawn(&mut cmd).expect("QEMU starts");
        let path = read_pty_path(child.child().stdout.take().unwrap()).expect("QEMU names its pty");
        let file = mp_harness::target::qemu::open_raw_pty(&path).expect("the pty opens");
        let conn = Conn::new(file.try_clone().unwrap(), file);
        let mut board = Board {
            conn,
            _keep: Keep {
                _target: None,
                _child: Some(child),
            },
        };
        // The board may still be booting: ask until a prompt comes back.
        let end = Instant::now() + ANSWER;
        loop {
            board.send(b"\x03");
            let got = board
                .conn
                .drain(Duration::from_millis(200), Duration::from_secs(1));
            if got.ends_with(b">>> ") {
                // Under load an earlier Ctrl-C's answer can come after the quiet spell that
                // ended this one: take every late prompt now, so the tests' exact reads start
                // on a clean line.
                let mut late = board
                    .conn
                    .drain(Duration::from_millis(500), Duration::from_secs(3));
                while !late.is_empty() {
                    late = board
                        .conn
                        .drain(Duration::from_millis(500), Duration::from_secs(3));
                }
                return board;
            }
            assert!(Instant::now() < end, "no prompt; got {}", show_bytes(&got));
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.conn.write_all(bytes).expect("the UART takes bytes");
    }

    /// Reads exactly as many bytes as `expected` has and checks them.
    pub fn expect_exact(&mut self, expected: &[u8]) {
        let got = self
            .conn
            .read_exact(expected.len(), Instant::now() + ANSWER)
            .unwrap_or_else(|e| panic!("waiting for {}: {e}", show_bytes(expected)));
        assert_eq!(
            show_bytes(&got),
            show_bytes(expected),
            "the board's answer differs"
        );
    }

    /// Reads up to and including `end`.
    pub fn read_until(&mut self, end: &[u8]) -> Vec<u8> {
        self.conn
            .read_until(end, Instant::now() + ANSWER)
            .unwrap_or_else(|e| panic!("waiting for {}: {e}", show_bytes(end)))
    }

    /// From the friendly prompt into raw mode, checking the exact answer.
    pub fn enter_raw(&mut self) {
        self.send(b"\x01");
        self.expect_exact(b"\r\nraw REPL; CTRL-B to exit\r\n>");
    }
}
