//! Reporting: one line per script, the closing summary, and a JSON-lines record of every
//! result written as it arrives (so a crash of the harness loses nothing already run).

use crate::corpus::Script;
use crate::judge::Outcome;
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::{self, Write};
use std::path::Path;
use std::time::{Duration, Instant};

/// One script's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScriptResult {
    pub script: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    pub seconds: f64,
    /// What the target showed (normalized), when it got that far.
    pub output: Option<String>,
    /// The target's name, in records that stand alone (JSON lines).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

impl ScriptResult {
    /// The script's area: the first part of its name (`basics` for `basics/x.py`).
    pub fn area(&self) -> &str {
        match self.script.split_once('/') {
            Some((area, _)) => area,
            None => ".",
        }
    }

    pub fn new(script: &Script, outcome: Outcome, elapsed: Duration) -> Self {
        ScriptResult {
            script: script.name.clone(),
            outcome,
            seconds: elapsed.as_secs_f64(),
            output: None,
            target: None,
        }
    }
}

/// Counts by outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// How progress is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Every result's line, nothing else (tests, pipes).
    Lines,
    /// Every result's line, and a `progress:` line at each tenth of the run (CI logs).
    Plain,
    /// A terminal: a bar with counts and ETA redrawn in place; only results that are not a
    /// plain pass get a line above it.
    Bar,
}

impl Progress {
    /// A bar when stdout is a terminal and `CI` is not set; plain lines otherwise.
    pub fn auto() -> Progress {
        use std::io::IsTerminal;
        if io::stdout().is_terminal() && std::env::var_os("CI").is_none() {
            Progress::Bar
        } else {
            Progress::Plain
        }
    }
}

/// Prints results and keeps the counts.
pub struct Reporter {
    out: Box<dyn Write + Send>,
    jsonl: Option<File>,
    report: Option<crate::reports::ReportDir>,
    progress: Progress,
    total: usize,
    done: usize,
    bar_shown: bool,
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
            report: None,
            progress: Progress::Lines,
            total: 0,
            done: 0,
            bar_shown: false,
            summary: Summary::default(),
            started: Instant::now(),
        })
    }

    /// Also writes a report directory (see `reports`).
    pub fn with_report_dir(mut self, rd: crate::reports::ReportDir) -> Self {
        self.report = Some(rd);
        self
    }

    pub fn with_progress(mut self, p: Progress) -> Self {
        self.progress = p;
        self
    }

    /// Tells how many results will come (for the bar and the ETA).
    pub fn begin(&mut self, total: usize) {
        self.total = total;
        self.started = Instant::now();
        self.draw_bar();
    }

    /// `120/500 (24%) 118 passed, 2 failed, 3.1 scripts/s, ETA 2m09s`.
    pub fn progress_text(&self) -> String {
        let secs = self.started.elapsed().as_secs_f64();
        let rate = if secs > 0.0 {
            self.done as f64 / secs
        } else {
            0.0
        };
        let eta = if self.done > 0 && self.total > self.done {
            let left = secs / self.done as f64 * (self.total - self.done) as f64;
            format!(", ETA {}", clock(left))
        } else {
            String::new()
        };
        let pct = (100 * self.done).checked_div(self.total).unwrap_or(100);
        format!(
            "{}/{} ({pct}%) {}, {rate:.1} scripts/s{eta}",
            self.done,
            self.total,
            self.summary.line()
        )
    }

    fn draw_bar(&mut self) {
        if self.progress != Progress::Bar || self.total == 0 {
            return;
        }
        const WIDTH: usize = 30;
        let filled = WIDTH * self.done / self.total;
        let bar = format!(
            "\r\x1b[K[{}{}] {}",
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            self.progress_text()
        );
        let _ = self.out.write_all(bar.as_bytes());
        let _ = self.out.flush();
        self.bar_shown = true;
    }

    fn clear_bar(&mut self) {
        if self.bar_shown {
            let _ = self.out.write_all(b"\r\x1b[K");
            self.bar_shown = false;
        }
    }

    pub fn stdout() -> Self {
        Reporter::new(Box::new(io::stdout()), None).expect("no file to open")
    }

    /// Records a result the moment it arrives (any order).
    pub fn record(&mut self, r: &ScriptResult) {
        self.summary.add(&r.outcome);
        self.done += 1;
        if let Some(rd) = &mut self.report {
            rd.add(r);
        }
        if self.progress == Progress::Plain && self.total >= 20 {
            let step = self.total.div_ceil(10);
            if self.done.is_multiple_of(step) && self.done < self.total {
                let _ = writeln!(self.out, "progress: {}", self.progress_text());
            }
        }
        if let Some(f) = &mut self.jsonl {
            if let Ok(line) = serde_json::to_string(r) {
                // The record is a convenience; a full disk must not stop the run.
                let _ = writeln!(f, "{line}").and_then(|_| f.flush());
            }
        }
    }

    /// Prints a result's line (called in corpus order).
    pub fn line(&mut self, r: &ScriptResult) {
        if self.progress == Progress::Bar && r.outcome == Outcome::Pass {
            self.draw_bar();
            return;
        }
        self.clear_bar();
        let text = format_line(r);
        let _ = writeln!(self.out, "{text}");
        self.draw_bar();
        let _ = self.out.flush();
    }

    /// Prints the closing lines; the summary line is last.
    pub fn finish(&mut self, target: &str) -> Summary {
        self.clear_bar();
        if let Some(rd) = &mut self.report {
            match rd.finish() {
                Ok(_) => {
                    let _ = writeln!(self.out, "report: {}", rd.dir().display());
                }
                Err(e) => {
                    let _ = writeln!(
                        self.out,
                        "report: could not write {}: {e}",
                        rd.dir().display()
                    );
                }
            }
        }
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

/// Seconds as `42s` or `3m07s`.
fn clock(secs: f64) -> String {
    let s = secs.round() as u64;
    if s < 60 {
        format!("{s}s")
    } else {
        format!("{}m{:02}s", s / 60, s % 60)
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
            target: None,
        };
        assert_eq!(format_line(&r(Outcome::Pass)), "PASS basics/x.py");
        assert_eq!(
            format_line(&r(Outcome::Timeout("no end".into()))),
            "TIMEOUT basics/x.py: no end\n  output so far:\n  1"
        );
        assert!(format_line(&r(Outcome::Fail("x\n    -a".into())))
            .starts_with("FAIL basics/x.py\n  x\n    -a"));
    }

    #[derive(Clone, Default)]
    struct Buf(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn feed(mode: Progress, n: usize) -> String {
        let buf = Buf::default();
        let mut rep = Reporter::new(Box::new(buf.clone()), None)
            .unwrap()
            .with_progress(mode);
        rep.begin(n);
        for i in 0..n {
            let r = ScriptResult {
                script: format!("a/s{i:02}.py"),
                outcome: if i == 3 {
                    Outcome::Fail("bad".into())
                } else {
                    Outcome::Pass
                },
                seconds: 0.0,
                output: None,
                target: None,
            };
            rep.record(&r);
            rep.line(&r);
        }
        rep.finish("t");
        let text = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        text
    }

    #[test]
    fn ci_gets_plain_lines_and_a_progress_line_per_tenth() {
        let text = feed(Progress::Plain, 40);
        assert!(!text.contains('\x1b'), "{text}");
        assert_eq!(text.matches("PASS a/").count(), 39);
        let progress: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("progress: "))
            .collect();
        assert_eq!(progress.len(), 9, "{text}");
        assert!(
            progress[0].starts_with("progress: 4/40 (10%) 3 passed, 1 failed"),
            "{text}"
        );
        assert!(progress[0].contains("ETA"), "{text}");
    }

    #[test]
    fn a_terminal_gets_a_bar_and_lines_only_for_what_did_not_pass() {
        let text = feed(Progress::Bar, 5);
        assert!(!text.contains("PASS a/"), "{text}");
        assert!(text.contains("\r\x1b[K[####"), "{text:?}");
        assert!(text.contains("\r\x1b[KFAIL a/s03.py\n  bad\n"), "{text:?}");
        // The bar is cleared before the closing lines.
        assert!(text.contains("\r\x1b[Kt: 5 scripts in"), "{text:?}");
    }
}
