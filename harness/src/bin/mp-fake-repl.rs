//! A stand-in MicroPython board on stdin/stdout: the friendly and raw REPL (with raw-paste)
//! byte for byte as docs/raw-repl.md records them, running each script with python3.
//!
//! The harness's tests drive it, so it also misbehaves on request. A script containing one of
//! these markers makes the "board":
//! - `#fake:crash`  print some output and a `FATAL:` line, then exit with code 4 (a HardFault);
//! - `#fake:wedge`  answer `OK` and then nothing, ignoring even Ctrl-C (a hung firmware);
//! - `#fake:noise`  answer garbage instead of `OK`;
//! - `#fake:reset`  print some output, then reboot to the friendly banner (machine.reset()).
//!
//! and one marker acts out what real MicroPython does: a line holding `#fake:syntax` is a
//! syntax error found as the code arrives. In raw-paste mode the board ends the upload there
//! (`\x04` while the host may still be sending, then it discards input up to the host's
//! `\x04`); in either mode it answers with the SyntaxError traceback.
//!
//! Options: `--paste yes|no|legacy` (raw-paste supported, refused with `R\x00`, or unknown as
//! in MicroPython 1.8.3), `--window N` (raw-paste window, 128), `--boot-delay-ms N`.

use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

const BANNER: &[u8] =
    b"MicroPython v1.8.3-fake on 2026-11-25; fake-board with python3\r\nType \"help()\" for more information.\r\n>>> ";
const RAW_PROMPT: &[u8] = b"raw REPL; CTRL-B to exit\r\n>";

#[derive(Clone, Copy, PartialEq)]
enum Paste {
    Yes,
    No,
    Legacy,
}

struct Options {
    paste: Paste,
    window: u16,
    boot_delay: Duration,
}

fn parse_options() -> Options {
    let mut o = Options {
        paste: Paste::Yes,
        window: 128,
        boot_delay: Duration::ZERO,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let v = it.next().map(String::as_str).unwrap_or("");
        match a.as_str() {
            "--paste" => {
                o.paste = match v {
                    "no" => Paste::No,
                    "legacy" => Paste::Legacy,
                    _ => Paste::Yes,
                }
            }
            "--window" => o.window = v.parse().unwrap_or(128).max(1),
            "--boot-delay-ms" => o.boot_delay = Duration::from_millis(v.parse().unwrap_or(0)),
            _ => {
                eprintln!("mp-fake-repl: unknown option {a}");
                std::process::exit(2);
            }
        }
    }
    o
}

/// Bytes from the host, with the ones that arrived while a script ran kept for later, as a
/// UART ring buffer keeps them.
struct Input {
    rx: Receiver<Vec<u8>>,
    queue: VecDeque<u8>,
}

impl Input {
    fn new() -> Input {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut stdin = io::stdin();
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdin.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Input {
            rx,
            queue: VecDeque::new(),
        }
    }

    /// The next byte; exits the process when the host closes stdin.
    fn next(&mut self) -> u8 {
        loop {
            if let Some(b) = self.queue.pop_front() {
                return b;
            }
            match self.rx.recv() {
                Ok(chunk) => self.queue.extend(chunk),
                Err(_) => std::process::exit(0),
            }
        }
    }

    /// While a script runs: true if Ctrl-C arrived within `wait`; other bytes are kept.
    fn interrupted(&mut self, wait: Duration) -> bool {
        match self.rx.recv_timeout(wait) {
            Ok(chunk) => {
                let mut hit = false;
                for b in chunk {
                    if b == 0x03 {
                        hit = true;
                    } else {
                        self.queue.push_back(b);
                    }
                }
                hit
            }
            Err(RecvTimeoutError::Timeout) => false,
            // The host has gone, but the script still gets to finish.
            Err(RecvTimeoutError::Disconnected) => {
                std::thread::sleep(wait);
                false
            }
        }
    }
}

fn out(bytes: &[u8]) {
    let mut o = io::stdout().lock();
    // A host that went away ends the board too.
    if o.write_all(bytes).and_then(|_| o.flush()).is_err() {
        std::process::exit(0);
    }
}

/// `\n` to `\r\n`, as the board's UART stdout does.
fn crlf(text: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(text.len() + 8);
    for &b in text {
        if b == b'\n' {
            v.push(b'\r');
        }
        v.push(b);
    }
    v
}

/// How a script ended.
enum End {
    Normal,
    /// An uncaught exception: the traceback in MicroPython's shape.
    Raised(Vec<u8>),
    /// SystemExit: the board soft-resets.
    Exit,
}

struct Fake {
    opts: Options,
    input: Input,
    runs: u64,
}

impl Fake {
    /// Runs `code` with python3, copying its stdout to the wire as it comes.
    fn run(&mut self, code: &[u8]) -> End {
        self.runs += 1;
        let file = std::env::temp_dir().join(format!(
            "mp-fake-repl-{}-{}.py",
            std::process::id(),
            self.runs
        ));
        if std::fs::write(&file, code).is_err() {
            return End::Raised(b"OSError: [Errno 28] ENOSPC\r\n".to_vec());
        }
        let mut child = Command::new(std::env::var("MP_FAKE_PYTHON").unwrap_or("python3".into()));
        child
            .args(["-I", "-S", "-u"])
            .arg(&file)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // The script dies with the "board": a harness that kills the fake must not leave a
        // spinning python3 behind. (Scripts run from the main thread, which lives as long as
        // the process, so the parent-death signal means what it says.)
        // SAFETY: prctl is async-signal-safe and touches no memory of ours.
        unsafe {
            use std::os::unix::process::CommandExt;
            child.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let child = child.spawn();
        let mut child: Child = match child {
            Ok(c) => c,
            Err(e) => return End::Raised(format!("OSError: {e}\r\n").into_bytes()),
        };
        let (tx, rx) = mpsc::channel::<Vec<u8>>();
        let mut stdout = child.stdout.take().expect("piped");
        std::thread::spawn(move || {
            let mut buf = [0u8; 1024];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let mut stderr = child.stderr.take().expect("piped");
        let err_thread = std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = stderr.read_to_end(&mut v);
            v
        });
        let mut sigint_at: Option<Instant> = None;
        let status = loop {
            while let Ok(chunk) = rx.try_recv() {
                out(&crlf(&chunk));
            }
            if let Ok(Some(s)) = child.try_wait() {
                break s;
            }
            if self.input.interrupted(Duration::from_millis(2)) && sigint_at.is_none() {
                // CPython turns SIGINT into KeyboardInterrupt, as Ctrl-C does on the board.
                // SAFETY: kill only sends a signal to our own child.
                unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
                sigint_at = Some(Instant::now());
            }
            if sigint_at.is_some_and(|t| t.elapsed() > Duration::from_secs(2)) {
                let _ = child.kill();
            }
        };
        for chunk in rx.iter() {
            out(&crlf(&chunk));
        }
        let stderr = err_thread.join().unwrap_or_default();
        let _ = std::fs::remove_file(&file);
        match status.code() {
            Some(0) => End::Normal,
            Some(_) if stderr.is_empty() => End::Exit,
            _ if stderr.is_empty() => End::Raised(b"KeyboardInterrupt: \r\n".to_vec()),
            _ => End::Raised(micropython_traceback(&stderr)),
        }
    }

    /// The raw REPL until Ctrl-B.
    fn raw(&mut self) {
        out(RAW_PROMPT);
        let mut buf: Vec<u8> = Vec::new();
        loop {
            let b = self.input.next();
            match b {
                0x01 => {
                    buf.clear();
                    out(RAW_PROMPT);
                }
                0x02 => {
                    out(b"\r\n");
                    return;
                }
                0x03 => buf.clear(),
                0x04 if buf.is_empty() => {
                    out(b"OK\r\nMPY: soft reboot\r\n");
                    out(RAW_PROMPT);
                }
                0x04 => {
                    let code = std::mem::take(&mut buf);
                    if let Some(line) = syntax_error_line(&code) {
                        out(b"OK");
                        self.finish(End::Raised(syntax_traceback(line)));
                    } else if !self.misbehave(&code, b"OK") {
                        out(b"OK");
                        let end = self.run(&code);
                        self.finish(end);
                    }
                }
                0x05 if buf.is_empty() && self.opts.paste != Paste::Legacy => {
                    if self.input.next() != b'A' || self.input.next() != 0x01 {
                        continue;
                    }
                    if self.opts.paste == Paste::No {
                        out(b"R\x00");
                        continue;
                    }
                    self.raw_paste();
                }
                _ => buf.push(b),
            }
        }
    }

    /// Raw-paste: window flow control, then run.
    fn raw_paste(&mut self) {
        let w = self.opts.window;
        let mut answer = b"R\x01".to_vec();
        answer.extend(w.to_le_bytes());
        answer.push(0x01);
        out(&answer);
        let mut code = Vec::new();
        let mut used = 0usize;
        // One window plus the \x01 just sent.
        let mut allowed = 2 * w as usize;
        // Where the line being received starts, and how many lines have ended.
        let (mut line_start, mut lines) = (0usize, 0usize);
        loop {
            let b = self.input.next();
            if b == 0x04 {
                break;
            }
            if b == b'\n' {
                lines += 1;
                let this = &code[line_start..];
                line_start = code.len() + 1;
                if syntax_error_line(this).is_some() {
                    let line = lines;
                    // Stop the upload and drop the rest of it, as MicroPython's stdin reader
                    // does when the parser gives up.
                    out(b"\x04");
                    while self.input.next() != 0x04 {}
                    self.finish(End::Raised(syntax_traceback(line)));
                    return;
                }
            }
            if allowed == 0 {
                eprintln!("mp-fake-repl: host overran the raw-paste window");
                std::process::exit(9);
            }
            allowed -= 1;
            code.push(b);
            used += 1;
            if used == w as usize {
                used = 0;
                allowed += w as usize;
                out(b"\x01");
            }
        }
        if let Some(line) = syntax_error_line(&code) {
            // Found at the end of the code: the host's \x04 has arrived, nothing to drop.
            out(b"\x04");
            self.finish(End::Raised(syntax_traceback(line)));
            return;
        }
        if self.misbehave(&code, b"\x04") {
            return;
        }
        out(b"\x04");
        let end = self.run(&code);
        self.finish(end);
    }

    fn finish(&mut self, end: End) {
        match end {
            End::Normal => out(b"\x04\x04>"),
            End::Raised(tb) => {
                out(b"\x04");
                out(&tb);
                out(b"\x04>");
            }
            End::Exit => {
                out(b"\x04\x04MPY: soft reboot\r\n");
                out(RAW_PROMPT);
            }
        }
    }

    /// Acts out a fault marker; returns true if it did (the exchange is over). `ack` is what
    /// the board sends when it accepts the code: `OK`, or `\x04` in raw-paste mode.
    fn misbehave(&mut self, code: &[u8], ack: &[u8]) -> bool {
        let has = |m: &str| code.windows(m.len()).any(|w| w == m.as_bytes());
        if has("#fake:crash") {
            out(ack);
            out(b"about to fault\r\n");
            out(b"FATAL: HardFault at pc=0x00001234\r\n");
            std::process::exit(4);
        }
        if has("#fake:wedge") {
            out(ack);
            loop {
                let _ = self.input.next();
            }
        }
        if has("#fake:noise") {
            out(b"\xff\xfe\x00garbage\x1b[2J");
            return true;
        }
        if has("#fake:reset") {
            out(ack);
            out(b"before reset\r\n");
            out(BANNER);
            self.friendly();
            std::process::exit(0);
        }
        false
    }

    /// The friendly REPL: echo, lines run with python3, Ctrl-A to raw.
    fn friendly(&mut self) {
        let mut line: Vec<u8> = Vec::new();
        loop {
            let b = self.input.next();
            match b {
                0x01 => {
                    out(b"\r\n");
                    self.raw();
                    out(BANNER);
                    line.clear();
                }
                0x02 => {
                    out(b"\r\n");
                    out(BANNER);
                }
                0x03 => {
                    line.clear();
                    out(b"\r\n>>> ");
                }
                0x04 if line.is_empty() => {
                    out(b"\r\nMPY: soft reboot\r\n");
                    out(BANNER);
                }
                b'\r' | b'\n' => {
                    out(b"\r\n");
                    if !line.is_empty() {
                        let code = std::mem::take(&mut line);
                        if let End::Raised(tb) = self.run(&code) {
                            out(&tb);
                        }
                    }
                    out(b">>> ");
                }
                0x00..=0x1f => {}
                _ => {
                    line.push(b);
                    out(&[b]);
                }
            }
        }
    }
}

/// The line number of the first line holding the syntax-error marker.
fn syntax_error_line(code: &[u8]) -> Option<usize> {
    const MARK: &[u8] = b"#fake:syntax";
    code.split(|&b| b == b'\n')
        .position(|l| l.windows(MARK.len()).any(|w| w == MARK))
        .map(|i| i + 1)
}

/// MicroPython's report of a syntax error on `line`.
fn syntax_traceback(line: usize) -> Vec<u8> {
    format!(
        "Traceback (most recent call last):\r\n  File \"<stdin>\", line {line}\r\nSyntaxError: invalid syntax\r\n"
    )
    .into_bytes()
}

/// CPython's traceback in MicroPython's shape: file `<stdin>`, no source lines.
fn micropython_traceback(stderr: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(stderr);
    let mut lines = Vec::new();
    for l in text.lines() {
        if l.starts_with("Traceback") {
            lines.push(l.to_string());
        } else if let Some(rest) = l.strip_prefix("  File \"") {
            let after = rest.split_once('"').map(|(_, a)| a).unwrap_or("");
            lines.push(format!("  File \"<stdin>\"{after}"));
        } else if !l.starts_with(' ') && !l.is_empty() {
            lines.push(l.to_string());
        }
    }
    let mut v = lines.join("\r\n").into_bytes();
    v.extend(b"\r\n");
    v
}

fn main() {
    let opts = parse_options();
    std::thread::sleep(opts.boot_delay);
    let mut fake = Fake {
        opts,
        input: Input::new(),
        runs: 0,
    };
    out(BANNER);
    fake.friendly();
}
