//! The runner against the fake raw-REPL device (mp-fake-repl): every outcome, and faults that
//! must not disturb any other script's result.

use mp_harness::client::ClientConfig;
use mp_harness::corpus;
use mp_harness::cpython::CPython;
use mp_harness::differences::Differences;
use mp_harness::judge::{Outcome, PendingSnapshots};
use mp_harness::report::{Reporter, ScriptResult, Summary};
use mp_harness::runner::{self, RunConfig};
use mp_harness::snapshot;
use mp_harness::target::TargetSpec;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const FAKE: &str = env!("CARGO_BIN_EXE_mp-fake-repl");

/// A throwaway corpus directory.
struct Corpus(PathBuf);

impl Corpus {
    fn new(tag: &str) -> Corpus {
        let dir = std::env::temp_dir().join(format!("mp-runner-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Corpus(dir)
    }

    /// Adds a script and, if given, its reviewed snapshot.
    fn script(&self, name: &str, code: &str, reviewed: Option<&str>) -> &Self {
        let path = self.0.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, code).unwrap();
        if let Some(body) = reviewed {
            let snap = snapshot::path_for(&path);
            fs::create_dir_all(snap.parent().unwrap()).unwrap();
            fs::write(snap, snapshot::render(name, body)).unwrap();
        }
        self
    }

    fn file(&self, name: &str, text: &str) -> &Self {
        let path = self.0.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        self
    }
}

impl Drop for Corpus {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// A writer the test can read back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

struct Run {
    results: Vec<ScriptResult>,
    summary: Summary,
    printed: String,
}

fn run_fake(root: &Path, fake_args: &[&str], jobs: usize, timeout: Duration) -> Run {
    let mut argv = vec![FAKE.to_string()];
    argv.extend(fake_args.iter().map(|s| s.to_string()));
    let cfg = RunConfig {
        target: TargetSpec::Command { argv },
        timeout,
        jobs,
        client: ClientConfig {
            answer: Duration::from_secs(5),
            interrupt_grace: Duration::from_secs(2),
            ..ClientConfig::default()
        },
        cpython: Some(CPython::new("python3", None).expect("python3 is needed")),
        differences: Differences::load(&root.join("differences")).unwrap(),
        pending: PendingSnapshots::Write,
    };
    let scripts = corpus::discover(root, &[root.to_path_buf()]).unwrap();
    let out = Captured::default();
    let mut reporter = Reporter::new(Box::new(out.clone()), None).unwrap();
    let results = runner::run(&cfg, &scripts, &mut reporter);
    let summary = reporter.finish("fake");
    Run {
        results,
        summary,
        printed: out.text(),
    }
}

fn outcome<'a>(run: &'a Run, script: &str) -> &'a Outcome {
    &run.results
        .iter()
        .find(|r| r.script == script)
        .unwrap_or_else(|| panic!("no result for {script}:\n{}", run.printed))
        .outcome
}

const TB_VALUE: &str = "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nValueError: bad\n";

/// A corpus with one script per outcome, each fault followed by a good script.
fn mixed_corpus(tag: &str) -> Corpus {
    let c = Corpus::new(tag);
    c.script(
        "a/ok.py",
        "print(1 + 1)\nprint('a', 2.5)\n",
        Some("2\na 2.5\n"),
    )
    .script(
        "a/raises.py",
        "print(1)\nraise ValueError('bad')\n",
        Some(&format!("1\n{TB_VALUE}")),
    )
    .script("b/crash.py", "#fake:crash\n", Some(""))
    .script(
        "b/crash_then_ok.py",
        "print('after crash')\n",
        Some("after crash\n"),
    )
    .script(
        "c/hang.py",
        "print('spinning')\nwhile True:\n    pass\n",
        Some(""),
    )
    .script(
        "c/hang_then_ok.py",
        "print('after hang')\n",
        Some("after hang\n"),
    )
    .script("d/wedge.py", "#fake:wedge\n", Some(""))
    .script(
        "d/wedge_then_ok.py",
        "print('after wedge')\n",
        Some("after wedge\n"),
    )
    .script("e/noise.py", "#fake:noise\n", Some(""))
    .script(
        "e/noise_then_ok.py",
        "print('after noise')\n",
        Some("after noise\n"),
    )
    .script("f/reset.py", "#fake:reset\n", Some(""))
    .script(
        "f/reset_then_ok.py",
        "print('after reset')\n",
        Some("after reset\n"),
    )
    .script("g/skip.py", "print('SKIP')\n", None)
    .script("g/wrong_snapshot.py", "print(3)\n", Some("4\n"))
    .script("g/no_snapshot.py", "print(5)\n", None)
    .script(
        "h/exit.py",
        "import sys\nprint('bye')\nsys.exit(3)\n",
        Some("bye\n"),
    )
    .script(
        "h/exit_then_ok.py",
        "print('after exit')\n",
        Some("after exit\n"),
    )
    // The fake runs python3 with -S, the CPython judge without: a real difference.
    .script(
        "i/documented.py",
        "import sys\nprint(sys.flags.no_site)\n",
        Some("1\n"),
    )
    .script(
        "i/undocumented.py",
        "import sys\nprint(sys.flags.no_site + 1)\n",
        Some("2\n"),
    )
    .file(
        "differences/no-site.toml",
        r#"title = "The fake board runs without site"
category = "test"
description = "sys.flags.no_site is 1 on the fake board."
cause = "The fake runs python3 -S."
workaround = "None needed."
scripts = ["i/documented.py"]
"#,
    );
    c
}

fn check_mixed(run: &Run) {
    let o = |s: &str| outcome(run, s).clone();
    assert_eq!(o("a/ok.py"), Outcome::Pass, "{}", run.printed);
    assert_eq!(o("a/raises.py"), Outcome::Pass, "{}", run.printed);
    match o("b/crash.py") {
        Outcome::Crash(why) => {
            assert!(why.contains("FATAL: HardFault"), "{why}");
            assert!(why.contains("exit 4"), "{why}");
        }
        other => panic!("crash.py: {other:?}"),
    }
    match o("c/hang.py") {
        Outcome::Timeout(why) => assert!(why.contains("stopped with Ctrl-C"), "{why}"),
        other => panic!("hang.py: {other:?}"),
    }
    match o("d/wedge.py") {
        Outcome::Timeout(why) => assert!(why.contains("restarted"), "{why}"),
        other => panic!("wedge.py: {other:?}"),
    }
    match o("e/noise.py") {
        Outcome::Crash(why) => assert!(why.contains("protocol error"), "{why}"),
        other => panic!("noise.py: {other:?}"),
    }
    match o("f/reset.py") {
        Outcome::Crash(why) => assert!(why.contains("reset"), "{why}"),
        other => panic!("reset.py: {other:?}"),
    }
    for after in ["crash", "hang", "wedge", "noise", "reset", "exit"] {
        let name = format!(
            "{}/{after}_then_ok.py",
            match after {
                "crash" => "b",
                "hang" => "c",
                "wedge" => "d",
                "noise" => "e",
                "reset" => "f",
                _ => "h",
            }
        );
        assert_eq!(o(&name), Outcome::Pass, "{name}\n{}", run.printed);
    }
    assert_eq!(o("g/skip.py"), Outcome::Skip);
    match o("g/wrong_snapshot.py") {
        Outcome::Fail(why) => assert!(why.contains("-4") && why.contains("+3"), "{why}"),
        other => panic!("wrong_snapshot.py: {other:?}"),
    }
    match o("g/no_snapshot.py") {
        Outcome::Fail(why) => {
            assert!(why.contains("no reviewed snapshot"), "{why}");
            assert!(why.contains("agrees with CPython"), "{why}");
        }
        other => panic!("no_snapshot.py: {other:?}"),
    }
    assert_eq!(o("h/exit.py"), Outcome::Pass);
    assert_eq!(o("i/documented.py"), Outcome::Documented("no-site".into()));
    match o("i/undocumented.py") {
        Outcome::Fail(why) => assert!(why.contains("stdout differs from CPython"), "{why}"),
        other => panic!("undocumented.py: {other:?}"),
    }
    let s = run.summary;
    assert_eq!((s.pass, s.documented, s.skip), (9, 1, 1), "{}", run.printed);
    assert_eq!((s.fail, s.crash, s.timeout), (3, 3, 2), "{}", run.printed);
    assert!(
        run.printed.ends_with("10 passed, 8 failed, 1 skipped\n"),
        "{}",
        run.printed
    );
}

#[test]
fn every_outcome_and_every_fault_leaves_the_other_results_intact() {
    let c = mixed_corpus("mixed-j1");
    let run = run_fake(&c.0, &[], 1, Duration::from_secs(2));
    check_mixed(&run);
    // Lines come in corpus order, one per script.
    let firsts: Vec<&str> = run
        .printed
        .lines()
        .filter(|l| !l.starts_with(' '))
        .collect();
    assert!(firsts[0].starts_with("PASS a/ok.py"), "{}", run.printed);
    assert!(firsts[2].starts_with("CRASH b/crash.py"), "{}", run.printed);
    // New outputs wait for review; reviewed ones are untouched.
    let pending = snapshot::find_pending(&c.0).unwrap();
    let names: Vec<String> = pending
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["no_snapshot.snap.new", "wrong_snapshot.snap.new"]);
    let new = fs::read_to_string(&pending[1]).unwrap();
    assert_eq!(snapshot::parse(&new).as_deref(), Some("3\n"));
}

#[test]
fn parallel_workers_give_the_same_results_in_the_same_order() {
    let c = mixed_corpus("mixed-j3");
    let run = run_fake(&c.0, &[], 3, Duration::from_secs(2));
    check_mixed(&run);
    let order: Vec<&str> = run.results.iter().map(|r| r.script.as_str()).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
}

#[test]
fn large_scripts_go_through_raw_paste_flow_control_and_classic_fallbacks() {
    // 6 KB of code through a 16-byte window: the fake exits if the window is overrun.
    let mut code = String::new();
    for i in 0..300 {
        code.push_str(&format!("x{i} = {i} * 2  # padding padding\n"));
    }
    code.push_str("print(x299)\n");
    let c = Corpus::new("paste");
    c.script("big.py", &code, Some("598\n"));
    for args in [
        &["--window", "16"][..],
        &["--paste", "no"][..],
        &["--paste", "legacy"][..],
    ] {
        let run = run_fake(&c.0, args, 1, Duration::from_secs(10));
        assert_eq!(
            outcome(&run, "big.py"),
            &Outcome::Pass,
            "{args:?}\n{}",
            run.printed
        );
    }
}

#[test]
fn a_target_that_cannot_start_is_reported_per_script() {
    let c = Corpus::new("nostart");
    c.script("a.py", "print(1)\n", Some("1\n"))
        .script("b.py", "print(2)\n", Some("2\n"));
    let cfg = RunConfig {
        target: TargetSpec::Command {
            argv: vec!["/nonexistent/board".into()],
        },
        timeout: Duration::from_secs(1),
        jobs: 1,
        client: ClientConfig::default(),
        cpython: None,
        differences: Differences::default(),
        pending: PendingSnapshots::DontWrite,
    };
    let scripts = corpus::discover(&c.0, std::slice::from_ref(&c.0)).unwrap();
    let mut reporter = Reporter::new(Box::new(std::io::sink()), None).unwrap();
    let results = runner::run(&cfg, &scripts, &mut reporter);
    assert_eq!(results.len(), 2);
    for r in &results {
        match &r.outcome {
            Outcome::Crash(why) => assert!(why.contains("/nonexistent/board"), "{why}"),
            other => panic!("{other:?}"),
        }
    }
}

/// Throughput on the fake device (python3 start-up dominates); printed for the record and
/// bounded loosely so a pathological slowdown (a stray sleep per script) fails.
#[test]
fn throughput_on_the_fake_device() {
    let c = Corpus::new("speed");
    for i in 0..40 {
        c.script(
            &format!("s{i:02}.py"),
            &format!("print({i} * 3)\n"),
            Some(&format!("{}\n", i * 3)),
        );
    }
    for jobs in [1, 2] {
        let t0 = Instant::now();
        let run = run_fake(&c.0, &[], jobs, Duration::from_secs(5));
        let secs = t0.elapsed().as_secs_f64();
        assert_eq!(run.summary.pass, 40, "{}", run.printed);
        eprintln!(
            "fake device, -j {jobs}: 40 scripts in {secs:.2}s ({:.1} scripts/s)",
            40.0 / secs
        );
        assert!(secs < 30.0, "40 trivial scripts took {secs:.1}s");
    }
}

#[test]
fn output_that_is_not_utf8_is_garbage_not_output() {
    let c = Corpus::new("garbage");
    c.script(
        "bytes.py",
        "import sys\nsys.stdout.flush()\nsys.stdout.buffer.write(b'ok \\xff\\xfe\\n')\n",
        Some("ok\n"),
    )
    .script("after.py", "print('fine')\n", Some("fine\n"));
    let run = run_fake(&c.0, &[], 1, Duration::from_secs(5));
    match outcome(&run, "bytes.py") {
        Outcome::Crash(why) => assert!(why.contains("not UTF-8"), "{why}"),
        other => panic!("{other:?}\n{}", run.printed),
    }
    assert_eq!(outcome(&run, "after.py"), &Outcome::Pass, "{}", run.printed);
}
