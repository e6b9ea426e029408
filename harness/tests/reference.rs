//! The whole conformance corpus on real MicroPython: the reference C firmware under QEMU
//! (`mps2-an385`), its UART on a pty that the harness opens as a serial port, exactly as
//! `mp-harness run --port` drives a board on a desk. Once with raw-paste and once in classic
//! raw mode. Every script must end with a judged outcome; none may be lost to the harness.
//!
//! Most scripts fail against our snapshots (the reference is MicroPython 1.29 and its own
//! port, not 1.8.3 on ours): that is a judgement, not a loss. What the board itself does to a
//! script is that script's outcome too: a script that hangs it where Ctrl-C cannot reach
//! (a HardFault handler that spins) is a TIMEOUT and the board is reset by its "reset line";
//! a script that makes QEMU itself stop ("Lockup") is a CRASH of that script, counted against
//! the board's deaths; a CRASH with any other cause fails the test.
//!
//! A 64 KiB script with a syntax error in the middle runs too: real MicroPython ends a
//! raw-paste upload early there, and the harness must judge the SyntaxError like any other.
//!
//! Needs the reference ELF (`MP_REFERENCE_ELF`, else `../shared/reference/` beside the repo),
//! qemu-system-arm and python3; without them it says so and passes.

use mp_harness::client::ClientConfig;
use mp_harness::corpus::{self, Script};
use mp_harness::cpython::CPython;
use mp_harness::differences::Differences;
use mp_harness::judge::{Outcome, PendingSnapshots};
use mp_harness::report::{Reporter, ScriptResult};
use mp_harness::runner::{self, RunConfig};
use mp_harness::snapshot;
use mp_harness::target::qemu::{pin_to_core, read_pty_path};
use mp_harness::target::{qemu_available, ChildGuard, TargetSpec, QEMU};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn reference_elf() -> PathBuf {
    match std::env::var_os("MP_REFERENCE_ELF") {
        Some(p) => PathBuf::from(p),
        None => repo_root().join("../shared/reference/micropython-an385-double.elf"),
    }
}

/// Why the test cannot run here, if it cannot.
fn missing() -> Option<String> {
    let elf = reference_elf();
    if !elf.is_file() {
        return Some(format!(
            "no reference firmware at {} (set MP_REFERENCE_ELF)",
            elf.display()
        ));
    }
    if !qemu_available() {
        return Some(format!("{QEMU} is not installed"));
    }
    if CPython::new("python3", None).is_err() {
        return Some("python3 is not installed".into());
    }
    None
}

/// The reference firmware on a pty, reached through a symlink that always names the live
/// board's pty, as /dev/serial/by-id names a USB board. The reset command removes the link
/// and kills QEMU; a supervisor starts it again and links the new pty. QEMU that stops by
/// itself is restarted the same way and counted as a death.
struct RefBoard {
    link: PathBuf,
    reset_flag: PathBuf,
    pid_file: PathBuf,
    stop: Arc<AtomicBool>,
    deaths: Arc<Mutex<Vec<String>>>,
    resets: Arc<AtomicUsize>,
    supervisor: Option<JoinHandle<()>>,
}

impl RefBoard {
    fn start(dir: &Path, slot: usize) -> RefBoard {
        let link = dir.join("port");
        let reset_flag = dir.join("reset-requested");
        let pid_file = dir.join("qemu.pid");
        let stop = Arc::new(AtomicBool::new(false));
        let deaths = Arc::new(Mutex::new(Vec::new()));
        let resets = Arc::new(AtomicUsize::new(0));
        let (l, f, p, s, d, r) = (
            link.clone(),
            reset_flag.clone(),
            pid_file.clone(),
            stop.clone(),
            deaths.clone(),
            resets.clone(),
        );
        let supervisor = std::thread::spawn(move || supervise(slot, &l, &f, &p, &s, &d, &r));
        let board = RefBoard {
            link,
            reset_flag,
            pid_file,
            stop,
            deaths,
            resets,
            supervisor: Some(supervisor),
        };
        let end = Instant::now() + Duration::from_secs(20);
        while !board.link.exists() {
            assert!(Instant::now() < end, "the reference board did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        board
    }

    fn reset_command(&self) -> Vec<String> {
        let script = format!(
            "touch {flag} && rm -f {link} && kill -9 $(cat {pid})",
            flag = self.reset_flag.display(),
            link = self.link.display(),
            pid = self.pid_file.display()
        );
        vec!["sh".into(), "-c".into(), script]
    }
}

impl Drop for RefBoard {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(h) = self.supervisor.take() {
            let _ = h.join();
        }
    }
}

fn supervise(
    slot: usize,
    link: &Path,
    reset_flag: &Path,
    pid_file: &Path,
    stop: &AtomicBool,
    deaths: &Mutex<Vec<String>>,
    resets: &AtomicUsize,
) {
    while !stop.load(Ordering::SeqCst) {
        let mut cmd = Command::new(QEMU);
        cmd.args(["-M", "mps2-an385", "-nographic", "-monitor", "null"])
            .args(["-semihosting", "-serial", "pty", "-kernel"])
            .arg(reference_elf())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // On one core: QEMU's UART hand-off between its threads is slow across cores.
        pin_to_core(&mut cmd, slot);
        let mut qemu = ChildGuard::spawn(&mut cmd).expect("QEMU starts");
        let stdout = qemu.child().stdout.take().expect("piped");
        let pty = read_pty_path(stdout).expect("QEMU names its pty");
        fs::write(pid_file, qemu.child().id().to_string()).unwrap();
        let tmp = link.with_extension("new");
        let _ = fs::remove_file(&tmp);
        std::os::unix::fs::symlink(&pty, &tmp).unwrap();
        fs::rename(&tmp, link).unwrap();
        while qemu.exit_status().is_none() && !stop.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(2));
        }
        // Gone before anything can open the pty's number, which another pty may get next.
        let _ = fs::remove_file(link);
        if fs::remove_file(reset_flag).is_ok() {
            resets.fetch_add(1, Ordering::SeqCst);
        } else if !stop.load(Ordering::SeqCst) {
            let why = qemu.stderr_text();
            let line = why.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            deaths.lock().unwrap().push(line.to_string());
        }
    }
}

/// A 64 KiB script whose line 651 is a syntax error, with its reviewed outcome. Comments pad
/// it, so the board's parser reaches the error without running out of memory.
fn syntax_error_script(dir: &Path) -> PathBuf {
    let filler: String = (0..650)
        .map(|i| format!("# filler line {i:04} to make the upload long enough\n"))
        .collect();
    let code = format!("{filler}def (\n{filler}print('never')\n");
    assert!(code.len() > 64 * 1024 - 1024, "{}", code.len());
    let path = dir.join("syntax_error_in_64k.py");
    fs::write(&path, code).unwrap();
    let snap = snapshot::path_for(&path);
    fs::create_dir_all(snap.parent().unwrap()).unwrap();
    let tb = "Traceback (most recent call last):\n  File \"<stdin>\", line 651\nSyntaxError: invalid syntax\n";
    fs::write(&snap, snapshot::render("syntax_error_in_64k.py", tb)).unwrap();
    path
}

fn cpython_cache() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("mp-reference-cpython")
}

struct Ran {
    mode: &'static str,
    results: Vec<ScriptResult>,
    deaths: Vec<String>,
    resets: usize,
    seconds: f64,
}

fn run_mode(raw_paste: bool, scripts: &[Script], work: &Path) -> Ran {
    let mode = if raw_paste { "raw-paste" } else { "classic" };
    let dir = work.join(mode);
    fs::create_dir_all(&dir).unwrap();
    let board = RefBoard::start(&dir, raw_paste as usize);
    let root = repo_root().join("conformance");
    let cfg = RunConfig {
        target: TargetSpec::Serial {
            path: board.link.to_string_lossy().into_owned(),
            baud: 115200,
            reset: Some(board.reset_command()),
        },
        // The slowest script takes 2 s on an idle machine; the margin is for a loaded one
        // (both boards have stalled for seconds together while other builds ran).
        timeout: Duration::from_secs(15),
        jobs: 1,
        client: ClientConfig {
            answer: Duration::from_secs(30),
            interrupt_grace: Duration::from_secs(2),
            raw_paste,
            ..ClientConfig::default()
        },
        // Kept between runs; one directory per board, as both write at once.
        cpython: Some(CPython::new("python3", Some(cpython_cache())).unwrap()),
        differences: Differences::load(&root.join("differences")).unwrap(),
        // The reference's outputs are not ours to review: no .snap.new files.
        pending: PendingSnapshots::DontWrite,
    };
    let t0 = Instant::now();
    // Every result as it comes, for a person reading what the reference did.
    let jsonl = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("mp-reference-{mode}.jsonl"));
    let _ = fs::remove_file(&jsonl);
    let mut reporter = Reporter::new(Box::new(std::io::sink()), Some(&jsonl)).unwrap();
    let results = runner::run(&cfg, scripts, &mut reporter);
    let seconds = t0.elapsed().as_secs_f64();
    let deaths = board.deaths.lock().unwrap().clone();
    let resets = board.resets.load(Ordering::SeqCst);
    Ran {
        mode,
        results,
        deaths,
        resets,
        seconds,
    }
}

#[test]
fn whole_corpus_on_the_reference_firmware_over_a_serial_port() {
    if let Some(why) = missing() {
        println!("SKIP whole_corpus_on_the_reference_firmware_over_a_serial_port: {why}");
        return;
    }
    let work = std::env::temp_dir().join(format!("mp-reference-{}", std::process::id()));
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).unwrap();
    let root = repo_root().join("conformance");
    let extra = syntax_error_script(&work);
    let mut scripts = corpus::discover(&root, std::slice::from_ref(&root)).unwrap();
    let corpus_size = scripts.len();
    assert!(corpus_size > 100, "the corpus is at {}", root.display());
    scripts.extend(corpus::discover(&root, &[extra]).unwrap());

    // One board at a time: the reference polls its UART, so an idle board still keeps a core
    // busy, and two of them left nothing for the harness on a two-core machine.
    let runs: Vec<Ran> = [true, false]
        .into_iter()
        .map(|paste| run_mode(paste, &scripts, &work))
        .collect();
    let _ = fs::remove_dir_all(&work);

    let mut problems = Vec::new();
    for run in &runs {
        let count = |k: &str| run.results.iter().filter(|r| r.outcome.kind() == k).count();
        println!(
            "{}: {} scripts judged in {:.1}s: pass {}, documented {}, fail {}, timeout {}, \
             skip {}, crash {}; board reset {} times, died {} times {:?}",
            run.mode,
            run.results.len(),
            run.seconds,
            count("pass"),
            count("documented"),
            count("fail"),
            count("timeout"),
            count("skip"),
            count("crash"),
            run.resets,
            run.deaths.len(),
            run.deaths
        );
        if run.results.len() != scripts.len() {
            problems.push(format!(
                "{}: {} results for {} scripts",
                run.mode,
                run.results.len(),
                scripts.len()
            ));
        }
        let crashes: Vec<&ScriptResult> = run
            .results
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::Crash(_)))
            .collect();
        // Only a board that vanished under a script may crash it, once per death.
        for r in &crashes {
            let why = r.outcome.detail().unwrap_or("");
            if !why.starts_with("connection closed") {
                problems.push(format!("{}: CRASH {}: {why}", run.mode, r.script));
            }
        }
        if crashes.len() > run.deaths.len() {
            problems.push(format!(
                "{}: {} crashes for {} deaths of the board",
                run.mode,
                crashes.len(),
                run.deaths.len()
            ));
        }
        let big = run.results.last().expect("the 64 KiB script ran last");
        if !big.script.ends_with("syntax_error_in_64k.py") || big.outcome != Outcome::Pass {
            problems.push(format!(
                "{}: {}: {:?}, output {:?}",
                run.mode, big.script, big.outcome, big.output
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
