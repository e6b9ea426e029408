//! Reporting: one line per script, the closing summary, and a JSON-lines record of every
//! result written as it arrives (so a crash of the harness loses nothing already run).

use crate::corpus::Script;
use crate::judge::Outcome;
use serde::Serialize;
use std::fs::File;
use std::io::{self, Write};
use std::path::Path;
use std::time::{Duration, Instant};

/// One script's result.
#[derive(Debug, Clone, Serialize)]
pub struct ScriptResult {
    pub script: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    pub seconds: f64,
    /// What the target showed (normalized), when it got that far.
    pub output: Option<String>,
}

impl ScriptResult {
    pub fn new(script: &Script, outcome: Outcome, elapsed: Duration) -> Self {
        ScriptResult {
            script: script.name.clone(),
            outcome,
            seconds: elapsed.as_secs_f64(),
            output: None,
        }
    }
}

/// Counts by outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub pass: usize,
    pub documented: usize,
    pub fail: usize,
    pub crash: usize,
    pub timeout: usize,
    pub skip: usize,
}

impl Summary {
    pub fn add(&mut self, o: &Outcome) {
        match o {
            Outcome::Pass => self.pass += 1,
            Outcome::Documented(_) => self.documented += 1,
            Outcome::Fail(_) => self.fail += 1,
            Outcome::Crash(_) => self.crash += 1,
            Outcome::Timeout(_) => self.timeout += 1,
            Outcome::Skip => self.skip += 1,
        }
    }

    pub fn merge(&mut self, o: &Summary) {
        self.pass += o.pass;
        self.documented += o.documented;
        self.fail += o.fail;
        self.crash += o.crash;
        self.timeout += o.timeout;
        self.skip += o.skip;
    }

    pub fn passed(&self) -> usize {
        self.pass + self.documented
    }

    pub fn failed(&self) -> usize {
        self.fail + self.crash + self.timeout
    }

    pub fn total(&self) -> usize {
        self.passed() + self.failed() + self.skip
    }

    /// `N passed, N failed`, with `, N skipped` when any were.
    pub fn line(&self) -> String {
        let mut s = format!("{} passed, {} failed", self.passed(), self.failed());
        if self.skip > 0 {
            s.push_str(&format!(", {} skipped", self.skip));
        }
        s
    }

    /// Every outcome's count.
    pub fn breakdown(&self) -> String {
        format!(
            "pass {}, documented difference {}, fail {}, crash {}, timeout {}, skip {}",
            self.pass, self.documented, self.fail, self.crash, self.timeout, self.skip
        )
    }
}

/// Prints results and keeps the counts.
pub struct Reporter {
    out: Box<dyn Write + Send>,
    jsonl: Option<File>,
    pub summary: Summary,
    started: Instant,
}

impl Reporter {
    /// Reports to `out`; if `jsonl` is given, appends one JSON object per result to it.
    pub fn new(out: Box<dyn Write + Send>, jsonl: Option<&Path>) -> io::Result<Self> {
        let jsonl = match jsonl {
            Some(p) => {
                if let Some(d) = p.parent() {
                    std::fs::create_dir_all(d)?;
                }
                Some(File::options().create(true).append(true).open(p)?)
            }
            None => None,
        };
        Ok(Reporter {
            out,
            jsonl,
            summary: Summary::default(),
            started: Instant::now(),
        })
    }

    pub fn stdout() -> Self {
        Reporter::new(Box::new(io::stdout()), None).expect("no file to open")
    }

    /// Records a result the moment it arrives (any order).
    pub fn record(&mut self, r: &ScriptResult) {
        self.summary.add(&r.outcome);
        if let Some(f) = &mut self.jsonl {
            if let Ok(line) = serde_json::to_string(r) {
                // The record is a convenience; a full disk must not stop the run.
                let _ = writeln!(f, "{line}").and_then(|_| f.flush());
            }
        }
    }

    /// Prints a result's line (called in corpus order).
    pub fn line(&mut self, r: &ScriptResult) {
        let text = format_line(r);
        let _ = writeln!(self.out, "{text}");
        let _ = self.out.flush();
    }

    /// Prints the closing lines; the summary line is last.
    pub fn finish(&mut self, target: &str) -> Summary {
        let secs = self.started.elapsed().as_secs_f64();
        let n = self.summary.total();
        let rate = if secs > 0.0 { n as f64 / secs } else { 0.0 };
        let _ = writeln!(
            self.out,
            "{target}: {n} scripts in {secs:.1}s ({rate:.1} scripts/s); {}",
            self.summary.breakdown()
        );
        let _ = writeln!(self.out, "{}", self.summary.line());
        let _ = self.out.flush();
        self.summary
    }
}

/// `PASS basics/x.py`, or the word, the name and the details on indented lines.
pub fn format_line(r: &ScriptResult) -> String {
    let word = r.outcome.word();
    match &r.outcome {
        Outcome::Pass | Outcome::Skip => format!("{word} {}", r.script),
        Outcome::Documented(d) => format!("{word} {} (documented difference: {d})", r.script),
        Outcome::Fail(why) => format!("{word} {}\n{}", r.script, indent(why)),
        Outcome::Crash(why) | Outcome::Timeout(why) => {
            let mut s = format!("{word} {}: {why}", r.script);
            if let Some(out) = r.output.as_deref().filter(|o| !o.is_empty()) {
                s.push_str("\n  output so far:\n");
                s.push_str(&indent(out));
            }
            s
        }
    }
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.starts_with("    ") {
                l.to_string()
            } else {
                format!("  {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_line_is_exact() {
        let mut s = Summary::default();
        for o in [
            Outcome::Pass,
            Outcome::Documented("d".into()),
            Outcome::Fail("f".into()),
            Outcome::Crash("c".into()),
            Outcome::Timeout("t".into()),
        ] {
            s.add(&o);
        }
        assert_eq!(s.line(), "2 passed, 3 failed");
        s.add(&Outcome::Skip);
        assert_eq!(s.line(), "2 passed, 3 failed, 1 skipped");
    }

    #[test]
    fn lines_name_the_outcome_first() {
        let r = |o| ScriptResult {
            script: "basics/x.py".into(),
            outcome: o,
            seconds: 0.0,
            output: Some("1\n".into()),
        };
        assert_eq!(format_line(&r(Outcome::Pass)), "PASS basics/x.py");
        assert_eq!(
            format_line(&r(Outcome::Timeout("no end".into()))),
            "TIMEOUT basics/x.py: no end\n  output so far:\n  1"
        );
        assert!(format_line(&r(Outcome::Fail("x\n    -a".into())))
            .starts_with("FAIL basics/x.py\n  x\n    -a"));
    }
}
