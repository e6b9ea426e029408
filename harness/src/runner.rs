//! Runs a corpus on a target: one worker per board instance, each script judged as it
//! finishes, results reported in corpus order and appended to a JSON-lines file as they arrive.

use crate::client::ClientConfig;
use crate::corpus::Script;
use crate::cpython::CPython;
use crate::differences::Differences;
use crate::judge::{Judge, Observed, Outcome, PendingSnapshots};
use crate::report::{Reporter, ScriptResult};
use crate::session::{Ran, Session};
use crate::target::TargetSpec;
use std::collections::BTreeMap;
use std::fs;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What a run needs besides the scripts.
pub struct RunConfig {
    pub target: TargetSpec,
    /// Per-script limit; then Ctrl-C, then a restart.
    pub timeout: Duration,
    /// Boards run at once (ignored for a single real board).
    pub jobs: usize,
    pub client: ClientConfig,
    /// `None` switches the CPython comparison off.
    pub cpython: Option<CPython>,
    pub differences: Differences,
    pub pending: PendingSnapshots,
}

/// Runs `scripts` and reports each through `reporter`; returns every result in corpus order.
pub fn run(cfg: &RunConfig, scripts: &[Script], reporter: &mut Reporter) -> Vec<ScriptResult> {
    let jobs = if cfg.target.parallel() {
        cfg.jobs.clamp(1, scripts.len().max(1))
    } else {
        1
    };
    reporter.begin(scripts.len());
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, ScriptResult)>();
    let mut results: Vec<Option<ScriptResult>> = vec![None; scripts.len()];
    std::thread::scope(|scope| {
        for id in 0..jobs {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || worker(cfg, id, scripts, next, tx));
        }
        drop(tx);
        // Print in corpus order: hold results that finished ahead of an earlier one.
        let mut held = BTreeMap::new();
        let mut printed = 0;
        for (i, result) in rx {
            reporter.record(&result);
            held.insert(i, result);
            while let Some(r) = held.remove(&printed) {
                reporter.line(&r);
                results[printed] = Some(r);
                printed += 1;
            }
        }
    });
    results.into_iter().flatten().collect()
}

fn worker(
    cfg: &RunConfig,
    id: usize,
    scripts: &[Script],
    next: &AtomicUsize,
    tx: mpsc::Sender<(usize, ScriptResult)>,
) {
    let judge = Judge {
        differences: &cfg.differences,
        pending: cfg.pending,
    };
    let mut session = match cfg.target.build_for_worker(id) {
        Ok(t) => Session::new(t, cfg.client.clone()),
        Err(e) => {
            // Every script this worker takes is reported with the reason.
            let why = e.to_string();
            loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(s) = scripts.get(i) else { return };
                let r = ScriptResult::new(s, Outcome::Crash(why.clone()), Duration::ZERO);
                if tx.send((i, r)).is_err() {
                    return;
                }
            }
        }
    };
    loop {
        let i = next.fetch_add(1, Ordering::SeqCst);
        let Some(script) = scripts.get(i) else { return };
        let result = run_one(cfg, &judge, &mut session, script);
        if tx.send((i, result)).is_err() {
            return;
        }
    }
}

/// Runs and judges one script.
pub fn run_one(
    cfg: &RunConfig,
    judge: &Judge<'_>,
    session: &mut Session,
    script: &Script,
) -> ScriptResult {
    let t0 = Instant::now();
    let code = match fs::read(&script.path) {
        Ok(c) => c,
        Err(e) => {
            return ScriptResult::new(
                script,
                Outcome::Fail(format!("cannot read it: {e}")),
                Duration::ZERO,
            )
        }
    };
    let ran = session.run(&code, cfg.timeout);
    let elapsed = t0.elapsed();
    let (outcome, seen) = match ran {
        // A board's print() writes UTF-8; bytes that are not are noise on the wire, and must
        // not be judged as the script's output.
        Ran::Done { stdout, error }
            if std::str::from_utf8(&stdout).is_err() || std::str::from_utf8(&error).is_err() =>
        {
            let why = format!(
                "garbage on the wire: the output is not UTF-8: {}",
                crate::conn::show_bytes(&[&stdout[..], b"\x04", &error[..]].concat())
            );
            (Outcome::Crash(why), None)
        }
        Ran::Done { stdout, error } => {
            let seen = Observed::from_bytes(&stdout, &error);
            let py = cfg.cpython.as_ref().map(|py| py.run(&script.path, &code));
            (
                judge.judge(&script.path, &script.name, &seen, py),
                Some(seen),
            )
        }
        Ran::Timeout { stdout, restarted } => {
            let what = format!(
                "no end after {:.1}s; {}",
                cfg.timeout.as_secs_f64(),
                if restarted {
                    "Ctrl-C did not stop it, board restarted"
                } else {
                    "stopped with Ctrl-C"
                }
            );
            let seen = Observed::from_bytes(&stdout, b"");
            (Outcome::Timeout(what), Some(seen))
        }
        Ran::Crash(why) => (Outcome::Crash(why), None),
    };
    let mut r = ScriptResult::new(script, outcome, elapsed);
    r.output = seen.map(|s| s.shown());
    r
}
