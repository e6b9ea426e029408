//! Judging one script's output: against its reviewed snapshot, then against CPython.
//!
//! The rule for CPython: stdout must be equal, and so must the type of the uncaught exception
//! (or both must end normally). The traceback's text is not compared with CPython, as the two
//! print it differently by design; the snapshot, which holds the whole traceback, pins it down.
//! A script whose stdout or exception type differs from CPython's passes only when a file in
//! `conformance/differences/` names it. The snapshot must always match.

use crate::cpython::{exception_type, PyRun};
use crate::differences::Differences;
use crate::snapshot;
use serde::{Deserialize, Serialize};
use similar::TextDiff;
use std::path::Path;

/// How a script ended up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", content = "detail", rename_all = "snake_case")]
pub enum Outcome {
    Pass,
    /// Differs from CPython as the named difference file documents.
    Documented(String),
    Fail(String),
    Crash(String),
    Timeout(String),
    /// The script printed `SKIP`: the target lacks a feature it needs.
    Skip,
}

impl Outcome {
    /// The word a report line starts with.
    pub fn word(&self) -> &'static str {
        match self {
            Outcome::Pass | Outcome::Documented(_) => "PASS",
            Outcome::Fail(_) => "FAIL",
            Outcome::Crash(_) => "CRASH",
            Outcome::Timeout(_) => "TIMEOUT",
            Outcome::Skip => "SKIP",
        }
    }

    pub fn passed(&self) -> bool {
        matches!(self, Outcome::Pass | Outcome::Documented(_))
    }

    pub fn failed(&self) -> bool {
        matches!(
            self,
            Outcome::Fail(_) | Outcome::Crash(_) | Outcome::Timeout(_)
        )
    }

    /// The outcome's name in reports: pass, documented, fail, crash, timeout, skip.
    pub fn kind(&self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Documented(_) => "documented",
            Outcome::Fail(_) => "fail",
            Outcome::Crash(_) => "crash",
            Outcome::Timeout(_) => "timeout",
            Outcome::Skip => "skip",
        }
    }

    /// The explanation a failing or documented outcome carries.
    pub fn detail(&self) -> Option<&str> {
        match self {
            Outcome::Pass | Outcome::Skip => None,
            Outcome::Documented(d) | Outcome::Fail(d) | Outcome::Crash(d) | Outcome::Timeout(d) => {
                Some(d)
            }
        }
    }
}

/// A target's output, with `\r\n` already turned into `\n`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Observed {
    pub stdout: String,
    pub error: String,
}

impl Observed {
    pub fn from_bytes(stdout: &[u8], error: &[u8]) -> Observed {
        Observed {
            stdout: normalize(stdout),
            error: normalize(error),
        }
    }

    /// What the snapshot holds: stdout, then the traceback.
    pub fn shown(&self) -> String {
        format!("{}{}", self.stdout, self.error)
    }
}

/// Bytes as text with `\r\n` line ends turned into `\n`.
pub fn normalize(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace("\r\n", "\n")
}

/// Whether `.snap.new` files are written for review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PendingSnapshots {
    Write,
    /// `INSTA_UPDATE=no`: report only.
    DontWrite,
}

impl PendingSnapshots {
    /// From the environment, with insta's meaning of `INSTA_UPDATE=no`.
    pub fn from_env() -> Self {
        match std::env::var("INSTA_UPDATE").as_deref() {
            Ok("no") => PendingSnapshots::DontWrite,
            _ => PendingSnapshots::Write,
        }
    }
}

/// Everything the judge consults.
pub struct Judge<'a> {
    pub differences: &'a Differences,
    pub pending: PendingSnapshots,
}

impl Judge<'_> {
    /// Judges one finished script. `script` is its file, `name` its corpus name, `cpython`
    /// CPython's run of it (`None` when the comparison is switched off).
    pub fn judge(
        &self,
        script: &Path,
        name: &str,
        seen: &Observed,
        cpython: Option<Result<PyRun, String>>,
    ) -> Outcome {
        if seen.stdout.trim() == "SKIP" && seen.error.is_empty() {
            return Outcome::Skip;
        }
        let shown = seen.shown();
        let snap = snapshot::path_for(script);
        let reviewed = match snapshot::read(&snap) {
            Ok(r) => r,
            Err(e) => return Outcome::Fail(format!("cannot read the snapshot: {e}")),
        };
        // A script CPython skips (it needs a module CPython lacks, such as `machine`) has no
        // CPython run to compare with: the snapshot alone judges it.
        let cpython = cpython.filter(|run| !matches!(run, Ok(py) if cpython_skipped(py)));
        // CPython's verdict is worked out first: a reviewer deciding on a new snapshot
        // needs it as much as the final judgement does.
        let versus_cpython = cpython.map(|run| run.map(|py| cpython_difference(seen, &py)));
        if reviewed.as_deref() != Some(shown.as_str()) {
            let mut msg = match &reviewed {
                None => format!("no reviewed snapshot at {}", shorten(&snap)),
                Some(old) => format!(
                    "output differs from the snapshot:\n{}",
                    diff(old, &shown, "snapshot", "target")
                ),
            };
            if self.pending == PendingSnapshots::Write {
                match snapshot::write_pending(&snap, &format!("conformance/{name}"), &shown) {
                    Ok(p) => msg.push_str(&format!("\n  new output in {} for review", shorten(&p))),
                    Err(e) => msg.push_str(&format!("\n  could not write the new output: {e}")),
                }
            }
            match &versus_cpython {
                Some(Ok(None)) => msg.push_str("\n  the new output agrees with CPython"),
                Some(Ok(Some(why))) => msg.push_str(&format!("\n  and CPython disagrees: {why}")),
                Some(Err(e)) => msg.push_str(&format!("\n  CPython could not run it: {e}")),
                None => {}
            }
            return Outcome::Fail(msg);
        }
        snapshot::clear_pending(&snap);
        let why = match versus_cpython {
            None | Some(Ok(None)) => return Outcome::Pass,
            Some(Err(e)) => return Outcome::Fail(format!("CPython could not run it: {e}")),
            Some(Ok(Some(why))) => why,
        };
        match self.differences.covering(name) {
            Some(doc) => Outcome::Documented(doc.to_string()),
            None => Outcome::Fail(format!(
                "{why} (no file in conformance/differences/ names this script)"
            )),
        }
    }
}

/// True when CPython printed only `SKIP` and ended normally.
pub fn cpython_skipped(py: &PyRun) -> bool {
    py.code == Some(0) && py.stdout.trim() == "SKIP" && py.stderr.trim().is_empty()
}

/// Describes how the target's run differs from CPython's, or `None` if it does not.
pub fn cpython_difference(seen: &Observed, py: &PyRun) -> Option<String> {
    let py_out = py.stdout.replace("\r\n", "\n");
    if seen.stdout != py_out {
        return Some(format!(
            "stdout differs from CPython:\n{}",
            diff(&py_out, &seen.stdout, "cpython", "target")
        ));
    }
    let ours = if seen.error.is_empty() {
        None
    } else {
        // Unparseable error text still counts as "raised".
        Some(exception_type(&seen.error).unwrap_or_else(|| "?".into()))
    };
    let theirs = match py.code {
        None => return Some("CPython ran past its time limit".into()),
        Some(0) => None,
        // A non-zero exit with nothing on stderr is SystemExit, which the board reports as
        // a soft reset with an empty error part.
        Some(_) if py.stderr.trim().is_empty() => None,
        Some(_) => Some(py.exception().unwrap_or_else(|| "?".into())),
    };
    if ours != theirs {
        let show = |e: &Option<String>| e.clone().unwrap_or_else(|| "no exception".into());
        return Some(format!(
            "uncaught exception differs from CPython: target {}, CPython {}",
            show(&ours),
            show(&theirs)
        ));
    }
    None
}

/// A path relative to the working directory when it is below it, for shorter reports.
fn shorten(p: &Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| p.strip_prefix(cwd).ok())
        .unwrap_or(p)
        .display()
        .to_string()
}

/// A unified diff, indented for a report.
pub fn diff(old: &str, new: &str, old_name: &str, new_name: &str) -> String {
    let text = TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(old_name, new_name)
        .missing_newline_hint(true)
        .to_string();
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn py(stdout: &str, stderr: &str, code: i32) -> PyRun {
        PyRun {
            stdout: stdout.into(),
            stderr: stderr.into(),
            code: Some(code),
        }
    }

    #[test]
    fn normalizes_crlf() {
        let o = Observed::from_bytes(b"a\r\nb\r\n", b"E\r\n");
        assert_eq!(o.shown(), "a\nb\nE\n");
    }

    #[test]
    fn cpython_rule_compares_stdout_and_exception_type_only() {
        let seen = Observed {
            stdout: "1\n".into(),
            error: "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nZeroDivisionError: divide by zero\n".into(),
        };
        let same = py(
            "1\n",
            "Traceback...\nZeroDivisionError: division by zero\n",
            1,
        );
        assert_eq!(cpython_difference(&seen, &same), None);
        let other_type = py("1\n", "ValueError: x\n", 1);
        assert!(cpython_difference(&seen, &other_type)
            .unwrap()
            .contains("target ZeroDivisionError, CPython ValueError"));
        let no_raise = py("1\n", "", 0);
        assert!(cpython_difference(&seen, &no_raise).is_some());
        let other_out = py("2\n", "ZeroDivisionError: x\n", 1);
        let why = cpython_difference(&seen, &other_out).unwrap();
        assert!(why.contains("-2") && why.contains("+1"), "{why}");
    }

    #[test]
    fn a_script_cpython_skips_is_judged_by_its_snapshot_alone() {
        let dir = std::env::temp_dir().join(format!("mp-judge-skip-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("board_only.py");
        std::fs::write(&script, "print(1)\n").unwrap();
        let differences = Differences::default();
        let judge = Judge {
            differences: &differences,
            pending: PendingSnapshots::DontWrite,
        };
        let seen = Observed {
            stdout: "1\n".into(),
            error: String::new(),
        };
        let skip = || Some(Ok(py("SKIP\n", "", 0)));
        // No snapshot yet: still a failure, CPython's SKIP proves nothing.
        assert!(judge
            .judge(&script, "x/board_only.py", &seen, skip())
            .failed());
        let snap = snapshot::path_for(&script);
        std::fs::create_dir_all(snap.parent().unwrap()).unwrap();
        let pending = snapshot::write_pending(&snap, "conformance/x/board_only.py", "1\n").unwrap();
        std::fs::rename(&pending, &snap).unwrap();
        assert_eq!(
            judge.judge(&script, "x/board_only.py", &seen, skip()),
            Outcome::Pass
        );
        // CPython running it for real is still compared.
        let ran = Some(Ok(py("2\n", "", 0)));
        assert!(judge.judge(&script, "x/board_only.py", &seen, ran).failed());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn diff_is_readable() {
        let d = diff("a\nb\n", "a\nc\n", "snapshot", "target");
        assert!(
            d.contains("--- snapshot") && d.contains("-b") && d.contains("+c"),
            "{d}"
        );
    }
}
