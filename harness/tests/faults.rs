//! Fault injection: a corpus where faults (a killed board, a hanging script, a board that
//! resets mid-script, noise and a lost byte on the wire, SystemExit) alternate with good
//! scripts, run through mp-fault-proxy. Every fault must end as its own outcome in the report
//! and every other script must keep its right result, with one board and with two.
//!
//! The same corpus runs on the fake device (always) and on the firmware under QEMU (when it is
//! built: `MP_FIRMWARE_ELF`, or the default build path; required when `MP_E2E_REQUIRE` is set).

use mp_harness::client::ClientConfig;
use mp_harness::corpus;
use mp_harness::differences::Differences;
use mp_harness::judge::{Outcome, PendingSnapshots};
use mp_harness::report::Reporter;
use mp_harness::reports::{ReportDir, RunReport};
use mp_harness::runner::{self, RunConfig};
use mp_harness::snapshot;
use mp_harness::target::qemu::qemu_args;
use mp_harness::target::{qemu_available, TargetSpec, QEMU};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

const PROXY: &str = env!("CARGO_BIN_EXE_mp-fault-proxy");
const FAKE: &str = env!("CARGO_BIN_EXE_mp-fake-repl");

/// `(script, code, reviewed output)`; `None` for scripts that never get to be judged.
const CORPUS: &[(&str, &str, Option<&str>)] = &[
    ("a/ok.py", "print(1 + 1)\n", Some("2\n")),
    (
        "b/kill.py",
        "#fault:kill\nprint('before kill')\nwhile True:\n    pass\n",
        None,
    ),
    (
        "b/kill_then_ok.py",
        "print('after kill')\n",
        Some("after kill\n"),
    ),
    ("c/hang.py", "print('spin')\nwhile True:\n    pass\n", None),
    (
        "c/hang_then_ok.py",
        "print('after hang')\n",
        Some("after hang\n"),
    ),
    (
        "d/reset.py",
        "#fault:reset\nprint('before reset')\nwhile True:\n    pass\n",
        None,
    ),
    (
        "d/reset_then_ok.py",
        "print('after reset')\n",
        Some("after reset\n"),
    ),
    ("e/noise.py", "#fault:noise\nprint(3)\n", None),
    (
        "e/noise_then_ok.py",
        "print('after noise')\n",
        Some("after noise\n"),
    ),
    ("f/lose.py", "#fault:lose\nprint('lost')\n", None),
    (
        "f/lose_then_ok.py",
        "print('after lose')\n",
        Some("after lose\n"),
    ),
    (
        "g/exit.py",
        "import sys\nprint('bye')\nsys.exit(3)\n",
        Some("bye\n"),
    ),
    (
        "g/exit_then_ok.py",
        "print('after exit')\n",
        Some("after exit\n"),
    ),
];

struct Dir(PathBuf);

impl Dir {
    fn new(tag: &str) -> Dir {
        let d = std::env::temp_dir().join(format!("mp-faults-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        Dir(d)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn write_corpus(root: &Path) {
    for (name, code, reviewed) in CORPUS {
        let path = root.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, code).unwrap();
        if let Some(body) = reviewed {
            let snap = snapshot::path_for(&path);
            fs::create_dir_all(snap.parent().unwrap()).unwrap();
            fs::write(snap, snapshot::render(name, body)).unwrap();
        }
    }
}

/// Runs the corpus on `board` (a command speaking the raw REPL on stdio) through the proxy,
/// with a report directory; returns the report as written on disk.
fn run(tag: &str, board: Vec<String>, jobs: usize, raw_paste: bool) -> RunReport {
    let dir = Dir::new(tag);
    let root = dir.0.join("corpus");
    write_corpus(&root);
    let mut argv = vec![PROXY.to_string()];
    argv.extend(board);
    let cfg = RunConfig {
        target: TargetSpec::Command { argv },
        timeout: Duration::from_secs(3),
        jobs,
        client: ClientConfig {
            answer: Duration::from_secs(5),
            interrupt_grace: Duration::from_secs(2),
            raw_paste,
            ..ClientConfig::default()
        },
        cpython: None,
        differences: Differences::default(),
        pending: PendingSnapshots::DontWrite,
    };
    let scripts = corpus::discover(&root, std::slice::from_ref(&root)).unwrap();
    let report = dir.0.join("report");
    let rd = ReportDir::create(&report, "cmd", jobs, None).unwrap();
    let mut reporter = Reporter::new(Box::new(std::io::sink()), None)
        .unwrap()
        .with_report_dir(rd);
    runner::run(&cfg, &scripts, &mut reporter);
    reporter.finish("cmd");
    RunReport::load(&report.join("report.json")).unwrap()
}

/// `lost` is what the lost byte is reported as: in raw-paste mode the byte lost is the
/// device's acknowledgement of the code, in classic mode the separator after stdout.
fn check(report: &RunReport, lost: &str) {
    let all: Vec<String> = report
        .results
        .iter()
        .map(|r| format!("{} {:?}", r.script, r.outcome))
        .collect();
    let all = all.join("\n");
    assert!(report.complete, "{all}");
    assert_eq!(report.results.len(), CORPUS.len(), "{all}");
    let outcome = |s: &str| {
        &report
            .results
            .iter()
            .find(|r| r.script == s)
            .unwrap_or_else(|| panic!("no {s}:\n{all}"))
            .outcome
    };
    let crash = |s: &str, says: &str| match outcome(s) {
        Outcome::Crash(why) => assert!(why.contains(says), "{s}: {why}\n{all}"),
        other => panic!("{s}: expected a crash saying {says:?}, got {other:?}\n{all}"),
    };
    crash("b/kill.py", "ended (exit 137)");
    crash("d/reset.py", "the board reset during the script");
    crash("e/noise.py", "protocol error");
    crash("f/lose.py", lost);
    match outcome("c/hang.py") {
        Outcome::Timeout(why) => assert!(why.contains("stopped with Ctrl-C"), "{why}\n{all}"),
        other => panic!("c/hang.py: {other:?}\n{all}"),
    }
    assert_eq!(outcome("a/ok.py"), &Outcome::Pass, "{all}");
    assert_eq!(outcome("g/exit.py"), &Outcome::Pass, "{all}");
    for (name, _, _) in CORPUS.iter().filter(|(n, _, _)| n.contains("_then_ok")) {
        assert_eq!(outcome(name), &Outcome::Pass, "{name}\n{all}");
    }
    let s = report.summary;
    assert_eq!((s.pass, s.crash, s.timeout, s.fail), (8, 4, 1, 0), "{all}");
}

#[test]
fn faults_on_the_fake_board_one_board() {
    check(
        &run("fake-j1", vec![FAKE.into()], 1, false),
        "(one was lost)",
    );
}

#[test]
fn faults_on_the_fake_board_two_boards() {
    check(
        &run("fake-j2", vec![FAKE.into()], 2, true),
        "expected the end of raw-paste",
    );
}

/// The firmware ELF, or `None` (with a message) when it or QEMU is missing and not required.
fn firmware() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let elf = std::env::var_os("MP_FIRMWARE_ELF")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var_os("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join("target"))
                .join("thumbv7m-none-eabi/release/mp-board-mps2-an385")
        });
    if elf.is_file() && qemu_available() {
        return Some(elf);
    }
    let why = format!("needs {QEMU} and the firmware at {}", elf.display());
    if std::env::var_os("MP_E2E_REQUIRE").is_some() {
        panic!("{why}");
    }
    eprintln!("skipped: {why}");
    None
}

#[test]
fn faults_on_the_firmware_under_qemu() {
    let Some(elf) = firmware() else { return };
    let mut board = vec![QEMU.to_string()];
    board.extend(qemu_args(&elf, "stdio"));
    check(&run("qemu-j1", board.clone(), 1, false), "(one was lost)");
    check(
        &run("qemu-j2", board, 2, true),
        "expected the end of raw-paste",
    );
}
