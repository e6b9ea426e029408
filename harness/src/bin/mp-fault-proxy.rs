//! Fault injection between the harness and any board that speaks on stdin/stdout (QEMU with
//! `-serial stdio`, the host port, mp-fake-repl): `mp-fault-proxy BOARD-COMMAND ARGS...`.
//!
//! It passes bytes through both ways and watches what the host sends. A marker comment in a
//! script arms a fault, which fires when the script has been sent (the host's `\x04` after the
//! marker), so the board is running it:
//! - `#fault:kill`   the board process is killed (SIGKILL) 300 ms later; the proxy then exits
//!   with status 137 as the board would;
//! - `#fault:reset`  the board process is killed and started again 300 ms later: the host
//!   sees a fresh boot banner in the middle of the script, as after `machine.reset()`;
//! - `#fault:noise`  garbage bytes are put on the wire to the host at once, before the board
//!   has said anything about the script;
//! - `#fault:lose`   the board's next `\x04` (the end of the script's stdout) never reaches
//!   the host, as a byte lost on a real UART.
//!
//! The markers are comments, so CPython and the board run the script unchanged.

use std::io::{self, Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

const NOISE: &[u8] = b"\xff\xfe\x00garbage\x1b[0m\xf0";
const DELAY: Duration = Duration::from_millis(300);

#[derive(Clone, Copy, PartialEq, Debug)]
enum Fault {
    Kill,
    Reset,
    Noise,
    Lose,
}

const MARKERS: [(&[u8], Fault); 4] = [
    (b"#fault:kill", Fault::Kill),
    (b"#fault:reset", Fault::Reset),
    (b"#fault:noise", Fault::Noise),
    (b"#fault:lose", Fault::Lose),
];

/// The running board and the way to its stdin.
struct Board {
    argv: Vec<String>,
    child: Mutex<Option<Child>>,
    stdin: Mutex<Option<ChildStdin>>,
    /// Drop the board's next `\x04`.
    lose_next_eot: AtomicBool,
    /// Set while a reset replaces the child, so the old child's end does not end the proxy.
    resetting: AtomicBool,
    out: Mutex<io::Stdout>,
    /// Asks the spawner thread to start the board; it answers when it has.
    respawn: Mutex<Option<Sender<Sender<()>>>>,
}

impl Board {
    /// Starts the board process. Only ever called on the spawner thread: a board dies with
    /// the thread that started it (PR_SET_PDEATHSIG), so that thread must live as long as
    /// the proxy, and a proxy killed by the harness takes its board with it.
    fn start(self: &Arc<Self>) {
        let (prog, args) = self.argv.split_first().expect("a command");
        let mut cmd = Command::new(prog);
        cmd.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        // SAFETY: prctl is async-signal-safe and touches no memory of ours.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let mut child = cmd.spawn().unwrap_or_else(|e| {
            eprintln!("mp-fault-proxy: cannot start {prog}: {e}");
            std::process::exit(127)
        });
        let stdout = child.stdout.take().expect("piped");
        *self.stdin.lock().unwrap() = child.stdin.take();
        *self.child.lock().unwrap() = Some(child);
        let me = self.clone();
        thread::spawn(move || me.pump_out(stdout));
    }

    /// Board to host, dropping a `\x04` when told to.
    fn pump_out(self: Arc<Self>, mut from: impl Read) {
        let mut buf = [0u8; 4096];
        loop {
            let n = match from.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let mut chunk = buf[..n].to_vec();
            if self.lose_next_eot.load(Ordering::SeqCst) {
                if let Some(i) = chunk.iter().position(|&b| b == 0x04) {
                    chunk.remove(i);
                    self.lose_next_eot.store(false, Ordering::SeqCst);
                }
            }
            self.send_host(&chunk);
        }
        if self.resetting.load(Ordering::SeqCst) {
            return;
        }
        // The board ended on its own or was killed: so does the proxy, with its status.
        let status = self
            .child
            .lock()
            .unwrap()
            .as_mut()
            .and_then(|c| c.wait().ok());
        let code = match status {
            Some(s) => s.code().unwrap_or_else(|| {
                128 + std::os::unix::process::ExitStatusExt::signal(&s).unwrap_or(0)
            }),
            None => 1,
        };
        std::process::exit(code);
    }

    fn send_host(&self, bytes: &[u8]) {
        let mut out = self.out.lock().unwrap();
        if out.write_all(bytes).and_then(|_| out.flush()).is_err() {
            std::process::exit(0);
        }
    }

    fn send_board(&self, bytes: &[u8]) {
        if let Some(stdin) = self.stdin.lock().unwrap().as_mut() {
            // A board that died takes no more bytes; its end is reported by pump_out.
            let _ = stdin.write_all(bytes).and_then(|_| stdin.flush());
        }
    }

    /// Has the spawner thread start the board, and waits until it has.
    fn restart(&self) {
        let (done_tx, done_rx) = mpsc::channel();
        if let Some(tx) = self.respawn.lock().unwrap().as_ref() {
            let _ = tx.send(done_tx);
        }
        let _ = done_rx.recv();
    }

    fn kill(&self) {
        if let Some(c) = self.child.lock().unwrap().as_mut() {
            let _ = c.kill();
        }
    }

    fn fire(self: &Arc<Self>, fault: Fault) {
        eprintln!("mp-fault-proxy: {fault:?}");
        match fault {
            Fault::Noise => self.send_host(NOISE),
            Fault::Lose => self.lose_next_eot.store(true, Ordering::SeqCst),
            Fault::Kill => {
                let me = self.clone();
                thread::spawn(move || {
                    thread::sleep(DELAY);
                    me.kill();
                });
            }
            Fault::Reset => {
                let me = self.clone();
                thread::spawn(move || {
                    thread::sleep(DELAY);
                    me.resetting.store(true, Ordering::SeqCst);
                    me.kill();
                    if let Some(mut old) = me.child.lock().unwrap().take() {
                        let _ = old.wait();
                    }
                    // Let the old output pump see its end before the new board starts.
                    thread::sleep(Duration::from_millis(50));
                    me.restart();
                    me.resetting.store(false, Ordering::SeqCst);
                });
            }
        }
    }
}

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).skip_while(|a| a == "--").collect();
    if argv.is_empty() {
        eprintln!("usage: mp-fault-proxy BOARD-COMMAND [ARGS...]");
        std::process::exit(2);
    }
    let board = Arc::new(Board {
        argv,
        child: Mutex::new(None),
        stdin: Mutex::new(None),
        lose_next_eot: AtomicBool::new(false),
        resetting: AtomicBool::new(false),
        out: Mutex::new(io::stdout()),
        respawn: Mutex::new(None),
    });
    // The spawner thread: starts the board now and again on each reset, and lives as long
    // as the proxy (see `Board::start`).
    let (tx, rx) = mpsc::channel::<Sender<()>>();
    *board.respawn.lock().unwrap() = Some(tx);
    let spawner = board.clone();
    thread::spawn(move || {
        for done in rx {
            spawner.start();
            let _ = done.send(());
        }
    });
    board.restart();

    // Host to board, watching for markers; a marker arms its fault until the next \x04.
    let mut stdin = io::stdin();
    let mut buf = [0u8; 4096];
    let mut window: Vec<u8> = Vec::new();
    let mut armed: Option<Fault> = None;
    loop {
        let n = match stdin.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let chunk = &buf[..n];
        if armed.is_none() {
            // Keep enough of the previous chunk that a marker split across two is found.
            window.extend_from_slice(chunk);
            if let Some(&(_, f)) = MARKERS
                .iter()
                .find(|(m, _)| window.windows(m.len()).any(|w| w == *m))
            {
                armed = Some(f);
                window.clear();
            } else {
                let keep = window.len().saturating_sub(16);
                window.drain(..keep);
            }
        }
        // Faults on the board's answer are set up before the bytes that cause the answer go
        // out, so the answer cannot slip past them: noise at once (it comes before anything
        // the board says about this script), the lost byte when the script's end goes out.
        if armed == Some(Fault::Noise) {
            armed = None;
            board.fire(Fault::Noise);
        }
        let ends = armed.is_some() && chunk.contains(&0x04);
        if ends && armed == Some(Fault::Lose) {
            armed = None;
            board.fire(Fault::Lose);
        }
        board.send_board(chunk);
        if let Some(f) = armed.filter(|_| ends) {
            armed = None;
            board.fire(f);
        }
    }
    board.kill();
}
