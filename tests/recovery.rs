//! The runner on the real firmware: a script that hangs the board is recorded as a timeout and
//! the next script runs on a fresh board.

use mp_e2e::firmware;
use mp_harness::client::ClientConfig;
use mp_harness::corpus;
use mp_harness::differences::Differences;
use mp_harness::judge::{Outcome, PendingSnapshots};
use mp_harness::report::Reporter;
use mp_harness::runner::{self, RunConfig};
use mp_harness::snapshot;
use mp_harness::target::{QemuTransport, TargetSpec};
use std::fs;
use std::time::Duration;

#[test]
fn a_hanging_script_times_out_and_the_run_goes_on() {
    let Some(elf) = firmware() else { return };
    let dir = std::env::temp_dir().join(format!("mp-e2e-recovery-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("snapshots")).unwrap();
    fs::write(
        dir.join("a_hang.py"),
        "print('spin')\nwhile True:\n    pass\n",
    )
    .unwrap();
    fs::write(dir.join("b_after.py"), "print(6 * 7)\n").unwrap();
    fs::write(
        dir.join("snapshots/b_after.snap"),
        snapshot::render("b_after.py", "42\n"),
    )
    .unwrap();
    let cfg = RunConfig {
        target: TargetSpec::Qemu {
            elf,
            transport: QemuTransport::Tcp,
            mem: None,
        },
        timeout: Duration::from_secs(2),
        jobs: 1,
        client: ClientConfig::default(),
        cpython: None,
        differences: Differences::default(),
        pending: PendingSnapshots::DontWrite,
    };
    let scripts = corpus::discover(&dir, std::slice::from_ref(&dir)).unwrap();
    let mut reporter = Reporter::new(Box::new(std::io::sink()), None).unwrap();
    let results = runner::run(&cfg, &scripts, &mut reporter);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(results.len(), 2);
    match &results[0].outcome {
        Outcome::Timeout(why) => assert!(why.contains("2.0s"), "{why}"),
        other => panic!("a_hang.py: {other:?}"),
    }
    assert_eq!(results[0].output.as_deref(), Some("spin\n"));
    assert_eq!(results[1].outcome, Outcome::Pass, "{:?}", results[1]);
}
