//! End-to-end: the release firmware in qemu-system-arm, spoken to over
//! `-serial stdio` exactly as the harness does. Skips (passing) when
//! qemu-system-arm is not installed. Set MP_AN385_ELF to test a prebuilt
//! ELF; otherwise the firmware is built once into target/e2e-an385.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

const RAW_HEADER: &[u8] = b"raw REPL; CTRL-B to exit\r\n>";
const TIMEOUT: Duration = Duration::from_secs(10);

fn qemu_present() -> bool {
    let found = Command::new("qemu-system-arm")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        eprintln!("SKIP: qemu-system-arm not found");
    }
    found
}

fn firmware() -> &'static PathBuf {
    static ELF: OnceLock<PathBuf> = OnceLock::new();
    ELF.get_or_init(|| {
        if let Some(elf) = std::env::var_os("MP_AN385_ELF") {
            return PathBuf::from(elf);
        }
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..");
        let target_dir = root.join("target/e2e-an385");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .current_dir(&root)
            .env("CARGO_TARGET_DIR", &target_dir)
            .args(["build", "--release", "-p", "mp-board-mps2-an385"])
            .args(["--target", "thumbv7m-none-eabi"])
            .status()
            .expect("running cargo");
        assert!(status.success(), "building the firmware failed");
        target_dir.join("thumbv7m-none-eabi/release/mp-board-mps2-an385")
    })
}

/// A running board: bytes in through stdin, bytes out collected by a thread.
struct Board {
    child: Child,
    stdin: ChildStdin,
    out: Arc<(Mutex<Vec<u8>>, Condvar)>,
    seen: usize,
    started: Instant,
}

impl Board {
    fn boot() -> Board {
        let started = Instant::now();
        let mut child = Command::new("qemu-system-arm")
            .args(["-M", "mps2-an385", "-display", "none", "-monitor", "none"])
            .args(["-semihosting-config", "enable=on,target=native"])
            .args(["-serial", "stdio", "-kernel"])
            .arg(firmware())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("starting qemu-system-arm");
        let stdin = child.stdin.take().unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let out = Arc::new((Mutex::new(Vec::new()), Condvar::new()));
        let sink = out.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.0.lock().unwrap().extend_from_slice(&buf[..n]);
                sink.1.notify_all();
            }
        });
        Board {
            child,
            stdin,
            out,
            seen: 0,
            started,
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).unwrap();
        self.stdin.flush().unwrap();
    }

    /// Wait for `needle`; return everything up to and including it.
    fn expect(&mut self, needle: &[u8]) -> Vec<u8> {
        let deadline = Instant::now() + TIMEOUT;
        let (lock, cond) = &*self.out;
        let mut out = lock.lock().unwrap();
        loop {
            let fresh = &out[self.seen..];
            if let Some(pos) = fresh.windows(needle.len()).position(|w| w == needle) {
                let got = fresh[..pos + needle.len()].to_vec();
                self.seen += pos + needle.len();
                return got;
            }
            let now = Instant::now();
            assert!(
                now < deadline,
                "timed out waiting for {:?}; got {:?}",
                needle.escape_ascii().to_string(),
                fresh.escape_ascii().to_string()
            );
            out = cond.wait_timeout(out, deadline - now).unwrap().0;
        }
    }

    /// Expect exactly `answer` next.
    fn exchange(&mut self, send: &[u8], answer: &[u8]) {
        self.send(send);
        let got = self.expect(answer);
        assert_eq!(
            got.escape_ascii().to_string(),
            answer.escape_ascii().to_string(),
            "answer to {:?}",
            send.escape_ascii().to_string()
        );
    }
}

impl Drop for Board {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn banner_then_prompt(board: &mut Board) -> Vec<u8> {
    let got = board.expect(b">>> ");
    assert!(
        got.starts_with(b"MicroPython v"),
        "{:?}",
        got.escape_ascii().to_string()
    );
    assert!(got.ends_with(
        b"; mps2-an385 with Cortex-M3\r\nType \"help()\" for more information.\r\n>>> "
    ));
    got
}

#[test]
fn boot_and_protocol_framing() {
    if !qemu_present() {
        return;
    }
    let mut b = Board::boot();
    let banner = banner_then_prompt(&mut b);
    eprintln!("banner after {:?}", b.started.elapsed());

    b.exchange(b"\r\x03\x03", b"\r\n>>> \r\n>>> \r\n>>> ");
    b.exchange(b"\r\x01", &[b"\r\n>>> \r\n", RAW_HEADER].concat());
    // Run an empty program: the framing around output and error text.
    b.exchange(b"pass\x04", b"OK\x04\x04>");
    b.exchange(b"\x01", RAW_HEADER);
    b.exchange(
        b"\x04",
        &[b"OK\r\nMPY: soft reboot\r\n", RAW_HEADER].concat(),
    );
    b.exchange(b"\x05A\x01", b"R\x01\x80\x00\x01");
    b.exchange(b"pass\x04", b"\x04\x04\x04>");
    b.exchange(b"\x05B\x01", b"R\x00>");
    b.exchange(b"\x02", &[b"\r\n", &banner[..]].concat());
    b.exchange(
        b"\x04",
        &[b"\r\nMPY: soft reboot\r\n", &banner[..]].concat(),
    );
    b.exchange(b"\x02", &[b"\r\n", &banner[..]].concat());
    b.exchange(b"if 1:\r", b"if 1:\r\n...     ");
    b.exchange(b"\x08", b"\x08\x08\x08\x08\x1b[K");
    b.exchange(b"\x03", b"\r\n>>> ");
}

/// pyboard.py's pacing: 256-byte chunks, 10 ms apart. The friendly REPL
/// echoes every printable byte, so the echo shows any byte lost on the way
/// in; raw-paste acknowledges every 128 bytes consumed.
#[test]
fn no_byte_lost_in_paced_chunks() {
    if !qemu_present() {
        return;
    }
    let mut b = Board::boot();
    banner_then_prompt(&mut b);

    // Printable, not periodic, so the tail we wait for appears only once.
    let mut seed = 12345u32;
    let line: Vec<u8> = (0..8192)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            b'!' + ((seed >> 16) % 90) as u8
        })
        .collect();
    let t = Instant::now();
    for chunk in line.chunks(256) {
        b.send(chunk);
        std::thread::sleep(Duration::from_millis(10));
    }
    let echo = b.expect(&line[line.len() - 32..]);
    assert_eq!(echo, line, "friendly echo differs");
    eprintln!("8 KiB echoed in {:?}", t.elapsed());
    b.exchange(b"\x03", b"\r\n>>> ");

    b.exchange(b"\x01", &[b"\r\n", RAW_HEADER].concat());
    b.exchange(b"\x05A\x01", b"R\x01\x80\x00\x01");
    // 128 windows of comment lines; every window consumed is acknowledged.
    let code: Vec<u8> = (0..16384)
        .map(|i| if i % 64 == 63 { b'\n' } else { b'#' })
        .collect();
    let mut acks = 0;
    let mut sent = 0;
    let mut window = 2 * 128; // the size itself frees one window, \x01 one more
    while sent < code.len() {
        while window == 0 {
            b.expect(b"\x01");
            acks += 1;
            window += 128;
        }
        let n = window.min(256).min(code.len() - sent);
        b.send(&code[sent..sent + n]);
        sent += n;
        window -= n;
        std::thread::sleep(Duration::from_millis(10));
    }
    while acks < code.len() / 128 {
        b.expect(b"\x01");
        acks += 1;
    }
    b.exchange(b"\x04", b"\x04\x04\x04>");
}
