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
        Board::boot_with(&[])
    }

    /// Boot with more QEMU options (devices, traces) before `-serial`.
    fn boot_with(extra: &[&str]) -> Board {
        Board::boot_full(extra, &[])
    }

    /// Boot with options before the console's `-serial stdio` (`extra`)
    /// and after it (`after`: a second `-serial` is UART1).
    fn boot_full(extra: &[&str], after: &[&str]) -> Board {
        let started = Instant::now();
        let mut child = Command::new("qemu-system-arm")
            .args(["-M", "mps2-an385", "-display", "none", "-monitor", "none"])
            .args(["-semihosting-config", "enable=on,target=native"])
            .args(extra)
            .args(["-serial", "stdio"])
            .args(after)
            .arg("-kernel")
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

/// Run `code` through the raw REPL from the friendly prompt; returns
/// (stdout, error text) and leaves the board at the friendly prompt.
fn run_raw(b: &mut Board, code: &str) -> (String, String) {
    b.exchange(b"\r\x01", &[b"\r\n>>> \r\n", RAW_HEADER].concat());
    b.send(code.as_bytes());
    b.exchange(b"\x04", b"OK");
    let out = b.expect(b"\x04");
    let err = b.expect(b"\x04>");
    b.send(b"\x02");
    b.expect(b">>> ");
    let text = |v: &[u8]| String::from_utf8_lossy(&v[..v.len() - 1]).replace("\r\n", "\n");
    (text(&out), text(&err[..err.len() - 1]))
}

/// machine.I2C over the SBCon bit-bang driver against QEMU's tmp105 model
/// (docs/hardware.md section 7: T_low 75 C = 0x4B00, T_high 80 C = 0x5000,
/// temperature 0 after realize, config register writable).
#[test]
fn machine_i2c_reaches_a_tmp105() {
    if !qemu_present() {
        return;
    }
    let mut b = Board::boot_with(&["-device", "tmp105,address=0x48"]);
    banner_then_prompt(&mut b);
    let (out, err) = run_raw(
        &mut b,
        "from machine import I2C\n\
         i2c = I2C(0)\n\
         print([hex(a) for a in i2c.scan()])\n\
         print(i2c.readfrom_mem(0x48, 2, 2), i2c.readfrom_mem(0x48, 3, 2))\n\
         print(i2c.readfrom_mem(0x48, 0, 2), i2c.readfrom_mem(0x48, 1, 1))\n\
         i2c.writeto_mem(0x48, 1, b'\\x60')\n\
         print(i2c.readfrom_mem(0x48, 1, 1))\n\
         i2c.writeto_mem(0x48, 2, b'\\x12\\x80')\n\
         buf = bytearray(2)\n\
         i2c.readfrom_mem_into(0x48, 2, buf)\n\
         print(buf)\n\
         i2c.writeto(0x48, b'\\x03')\n\
         print(i2c.readfrom(0x48, 2))\n\
         try:\n\
         \x20   i2c.readfrom(0x49, 1)\n\
         except OSError as e:\n\
         \x20   print(e)\n",
    );
    assert_eq!(err, "");
    assert_eq!(
        out,
        "['0x48']\n\
         b'K\\x00' b'P\\x00'\n\
         b'\\x00\\x00' b'\\x00'\n\
         b'`'\n\
         bytearray(b'\\x12\\x80')\n\
         b'P\\x00'\n\
         [Errno 19] ENODEV\n"
    );
}

/// A Pin write reaches QEMU's LED model: `-d trace:led_set_intensity`
/// logs every change of the FPGAIO user LEDs.
#[test]
fn machine_pin_drives_the_fpgaio_leds() {
    if !qemu_present() {
        return;
    }
    let log = std::env::temp_dir().join(format!("mp-an385-leds-{}.log", std::process::id()));
    let _ = std::fs::remove_file(&log);
    let mut b = Board::boot_with(&["-d", "trace:led_set_intensity", "-D", log.to_str().unwrap()]);
    banner_then_prompt(&mut b);
    let (out, err) = run_raw(
        &mut b,
        "from machine import Pin\n\
         Pin(0, Pin.OUT).value(1)\n\
         Pin('LED1', Pin.OUT).high()\n\
         Pin(0).value(0)\n\
         print(Pin(0).value(), Pin(1).value())\n",
    );
    assert_eq!((out.as_str(), err.as_str()), ("0 1\n", ""));
    drop(b);
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let _ = std::fs::remove_file(&log);
    let events: Vec<(String, String)> = text
        .lines()
        .filter(|l| l.contains("USERLED"))
        .filter_map(|l| {
            let led = l.split("desc:'").nth(1)?.split('\'').next()?;
            let level = l.rsplit("intensity: ").next()?;
            Some((led.to_string(), level.trim().to_string()))
        })
        .collect();
    let want = [
        ("USERLED0", "100%"),
        ("USERLED1", "100%"),
        ("USERLED0", "0%"),
    ];
    // The model may also log unchanged LEDs when the register is written;
    // the changes must appear in this order.
    let mut it = events.iter();
    for (led, level) in want {
        assert!(
            it.any(|(l, v)| l == led && v == level),
            "{led} {level} missing in {events:?}"
        );
    }
}

/// machine.reset() resets the board: the banner comes again.
#[test]
fn machine_reset_reboots() {
    if !qemu_present() {
        return;
    }
    let mut b = Board::boot();
    let banner = banner_then_prompt(&mut b);
    b.send(b"import machine; machine.reset()\r");
    let again = b.expect(b">>> ");
    assert!(
        again.ends_with(&banner),
        "{:?}",
        again.escape_ascii().to_string()
    );
}

/// machine.UART(1) on QEMU's second serial port, connected to a TCP
/// socket of this test: bytes both ways, timeouts, and the console stays
/// byte-exact meanwhile.
#[test]
fn machine_uart1_exchanges_bytes_over_tcp() {
    if !qemu_present() {
        return;
    }
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let spec = format!("tcp:127.0.0.1:{}", listener.local_addr().unwrap().port());
    let mut b = Board::boot_full(&[], &["-serial", &spec]);
    // QEMU connects as it starts.
    listener.set_nonblocking(true).unwrap();
    let deadline = Instant::now() + TIMEOUT;
    let mut sock = loop {
        match listener.accept() {
            Ok((s, _)) => break s,
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("QEMU did not connect UART1: {e}"),
        }
    };
    sock.set_nonblocking(false).unwrap();
    sock.set_read_timeout(Some(TIMEOUT)).unwrap();
    banner_then_prompt(&mut b);
    // The far end: wait for the board's greeting, answer, collect the rest.
    let peer = std::thread::spawn(move || {
        let mut got = Vec::new();
        let mut byte = [0u8; 1];
        while !got.ends_with(b"ready\n") {
            assert_eq!(sock.read(&mut byte).unwrap(), 1, "UART1 closed");
            got.push(byte[0]);
        }
        sock.write_all(b"hello\nworld\n12345").unwrap();
        while !got.ends_with(b"pong") {
            match sock.read(&mut byte) {
                Ok(1) => got.push(byte[0]),
                _ => break,
            }
        }
        got
    });
    let (out, err) = run_raw(
        &mut b,
        "from machine import UART\n\
         u = UART(1, 115200, timeout=3000, timeout_char=50)\n\
         print(u)\n\
         print(u.write(b'ready\\n'))\n\
         print(u.readline())\n\
         print(u.read(3))\n\
         buf = bytearray(4)\n\
         print(u.readinto(buf), buf)\n\
         print(u.read())\n\
         u.init(115200, timeout=100)\n\
         print(u.any(), u.read(5), u.readline())\n\
         print(u.write('pong'))\n\
         u.deinit()\n\
         try:\n\
         \x20   u.read(1)\n\
         except OSError as e:\n\
         \x20   print(e)\n",
    );
    assert_eq!(peer.join().unwrap(), b"ready\npong");
    assert_eq!(err, "", "{out}");
    assert_eq!(
        out,
        "UART(1, baudrate=115200, bits=8, parity=None, stop=1, timeout=3000, timeout_char=50)\n\
         6\n\
         b'hello\\n'\n\
         b'wor'\n\
         4 bytearray(b'ld\\n1')\n\
         b'2345'\n\
         0 None None\n\
         4\n\
         UART(1) is not enabled\n"
    );
}

/// machine.WDT: fed, the board lives past several timeouts; left alone,
/// it resets (the banner comes again) after about one timeout.
#[test]
fn machine_wdt_resets_unless_fed() {
    if !qemu_present() {
        return;
    }
    let mut b = Board::boot();
    let banner = banner_then_prompt(&mut b);
    let (out, err) = run_raw(
        &mut b,
        "import machine, utime\n\
         w = machine.WDT(timeout=1000)\n\
         for i in range(8):\n\
         \x20   utime.sleep_ms(250)\n\
         \x20   w.feed()\n\
         print('fed for 2 s')\n",
    );
    assert_eq!((out.as_str(), err.as_str()), ("fed for 2 s\n", ""));
    let t = Instant::now();
    // Now nobody feeds it: the prompt stays idle and the board resets.
    let again = b.expect(b">>> ");
    let waited = t.elapsed();
    assert!(
        again.ends_with(&banner),
        "{:?}",
        again.escape_ascii().to_string()
    );
    assert!(waited < Duration::from_secs(3), "reset after {waited:?}");
    // After the reset the watchdog is off again: the board stays up.
    std::thread::sleep(Duration::from_millis(1500));
    b.exchange(b"1+1\r", b"1+1\r\n2\r\n>>> ");
}

/// Timer handlers run while the friendly REPL waits for input, and a
/// failing one is reported without harming the prompt.
#[test]
fn machine_timer_handler_runs_at_the_idle_prompt() {
    if !qemu_present() {
        return;
    }
    let mut b = Board::boot();
    banner_then_prompt(&mut b);
    b.exchange(b"import machine\r", b"import machine\r\n>>> ");
    b.send(
        b"t = machine.Timer(0, mode=machine.Timer.ONE_SHOT, period=300, \
          callback=lambda t: print('tick'))\r",
    );
    b.expect(b"))\r\n>>> ");
    b.expect(b"tick\r\n");
    b.send(b"t.init(period=50, callback=lambda t: [])\r");
    b.expect(b"[])\r\n>>> ");
    b.expect(b"uncaught exception in Timer(0) interrupt handler\r\nMemoryError\r\n");
    b.exchange(b"1+1\r", b"1+1\r\n2\r\n>>> ");
}
