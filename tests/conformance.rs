//! Every conformance script as its own test case (libtest-mimic), so the corpus shards across
//! CI machines with `cargo nextest run -p mp-e2e --test conformance --partition count:K/N`, and
//! a test runner's JUnit output names each script.
//!
//! Target, in order: `MP_CONFORMANCE_TARGET` (`qemu`, `host`, `cmd:"..."`, `serial:PATH`),
//! else the firmware under QEMU when it is built, else the host port when it is built, else
//! every case is ignored with the reason printed. `MP_CONFORMANCE_REPORT=DIR` appends each
//! result to `DIR/results.jsonl`, which `cargo xtask conformance --merge` reads.
//! `MP_CONFORMANCE_TIMEOUT` is the per-script limit in seconds (10).
//!
//! Boards are reused between cases (soft reset) when cases share a process (`cargo test`);
//! nextest runs each case in its own process, so there each case boots its own board.

use libtest_mimic::{Arguments, Failed, Trial};
use mp_harness::client::ClientConfig;
use mp_harness::corpus::{self, Script};
use mp_harness::cpython::CPython;
use mp_harness::differences::Differences;
use mp_harness::judge::{Judge, PendingSnapshots};
use mp_harness::report::{format_line, ScriptResult};
use mp_harness::runner::{run_one, RunConfig};
use mp_harness::session::Session;
use mp_harness::target::{qemu_available, QemuTransport, TargetSpec};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
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

/// The target the cases run on, or why there is none.
fn target_spec() -> Result<TargetSpec, String> {
    let elf = std::env::var_os("MP_FIRMWARE_ELF")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("thumbv7m-none-eabi/release/mp-board-mps2-an385"));
    let bin = std::env::var_os("MP_HOST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("release/micropython"));
    let named = std::env::var("MP_CONFORMANCE_TARGET").ok();
    let name = match named.as_deref() {
        Some(n) => n,
        None if elf.is_file() && qemu_available() => "qemu",
        None if bin.is_file() => "host",
        None => {
            return Err(format!(
                "no target: neither {} (with qemu-system-arm) nor {} exists; \
                 run `cargo xtask build` or set MP_CONFORMANCE_TARGET",
                elf.display(),
                bin.display()
            ))
        }
    };
    TargetSpec::parse(name, Some(elf), Some(bin), 115200, QemuTransport::Tcp)
}

/// What every case shares.
struct Shared {
    cfg: RunConfig,
    report: Option<PathBuf>,
    /// Idle boards. Each lives on its own thread, which spawned its process: a board process
    /// dies with the thread that started it (PR_SET_PDEATHSIG), and libtest's threads may
    /// end before the run does.
    idle: Mutex<Vec<Board>>,
}

type Job = (Script, Sender<ScriptResult>);

struct Board {
    jobs: Sender<Job>,
}

impl Board {
    fn spawn(shared: &'static Shared) -> Board {
        let (tx, rx): (Sender<Job>, Receiver<Job>) = mpsc::channel();
        std::thread::spawn(move || {
            let judge = Judge {
                differences: &shared.cfg.differences,
                pending: shared.cfg.pending,
            };
            // Boards of one process take successive cores; separate processes (nextest)
            // spread by process id.
            static SPAWNED: AtomicUsize = AtomicUsize::new(0);
            let slot = std::process::id() as usize + SPAWNED.fetch_add(1, Ordering::Relaxed);
            let mut session = match shared.cfg.target.build_for_worker(slot) {
                Ok(t) => Session::new(t, shared.cfg.client.clone()),
                Err(e) => {
                    for (script, reply) in rx {
                        let r = ScriptResult::new(
                            &script,
                            mp_harness::judge::Outcome::Crash(e.to_string()),
                            Duration::ZERO,
                        );
                        let _ = reply.send(r);
                    }
                    return;
                }
            };
            for (script, reply) in rx {
                let _ = reply.send(run_one(&shared.cfg, &judge, &mut session, &script));
            }
        });
        Board { jobs: tx }
    }

    fn run(&self, script: Script) -> Option<ScriptResult> {
        let (tx, rx) = mpsc::channel();
        self.jobs.send((script, tx)).ok()?;
        rx.recv().ok()
    }
}

static SHARED: OnceLock<Shared> = OnceLock::new();

fn case(shared: &'static Shared, script: Script) -> Result<(), Failed> {
    let board = shared
        .idle
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .pop()
        .unwrap_or_else(|| Board::spawn(shared));
    let name = script.name.clone();
    let result = board
        .run(script)
        .ok_or_else(|| Failed::from(format!("{name}: the board thread died")))?;
    shared
        .idle
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(board);
    if let Some(dir) = &shared.report {
        let mut line = result.clone();
        line.target = Some(shared.cfg.target.name().to_string());
        record(dir, &line);
    }
    if result.outcome.failed() {
        Err(format_line(&result).into())
    } else {
        Ok(())
    }
}

/// Appends the result to `DIR/results.jsonl` in one write (cases in parallel processes share
/// the file, and O_APPEND keeps whole writes whole).
fn record(dir: &Path, r: &ScriptResult) {
    let _ = std::fs::create_dir_all(dir);
    let line = match serde_json::to_string(r) {
        Ok(l) => l + "\n",
        Err(_) => return,
    };
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("results.jsonl"));
    if let Ok(mut f) = file {
        let _ = f.write_all(line.as_bytes());
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = workspace().join("conformance");
    let scripts =
        corpus::discover(&root, std::slice::from_ref(&root)).expect("the corpus is readable");
    let setup = target_spec().and_then(|target| {
        let timeout = std::env::var("MP_CONFORMANCE_TIMEOUT")
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(10.0);
        Ok(Shared {
            cfg: RunConfig {
                target,
                timeout: Duration::from_secs_f64(timeout),
                jobs: 1,
                client: ClientConfig::default(),
                cpython: Some(CPython::new(
                    "python3",
                    Some(target_dir().join("mp-harness").join("cpython")),
                )?),
                differences: Differences::load(&root.join("differences"))?,
                pending: PendingSnapshots::from_env(),
            },
            report: std::env::var_os("MP_CONFORMANCE_REPORT").map(PathBuf::from),
            idle: Mutex::new(Vec::new()),
        })
    });
    let ignored = match setup {
        Ok(shared) => {
            let _ = SHARED.set(shared);
            false
        }
        Err(why) => {
            eprintln!("conformance cases ignored: {why}");
            true
        }
    };
    let trials = scripts
        .into_iter()
        .map(|script| {
            let name = script.name.clone();
            Trial::test(name, move || match SHARED.get() {
                Some(shared) => case(shared, script),
                None => Err("no target".into()),
            })
            .with_ignored_flag(ignored)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
