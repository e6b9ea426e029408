//! The report directory of a run (`--report DIR`): `report.json` (what a later run compares
//! against, and what `--merge` joins), `junit.xml` for CI, `summary.md` for people, and
//! `results.jsonl`, one line per result appended the moment it arrives.
//!
//! The three whole-run files are rewritten (atomically, through a temporary file) as results
//! arrive, at most every half second and once more at the end, so a harness that dies
//! mid-run leaves files describing everything it finished; `results.jsonl` loses nothing.

use crate::report::{ScriptResult, Summary};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How often the whole-run files are rewritten while results arrive.
const REWRITE_EVERY: Duration = Duration::from_millis(500);
/// How many of the slowest scripts the summary lists.
const SLOWEST: usize = 10;

/// `report.json`: one run (or several shards merged).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunReport {
    /// `qemu`, `host`, `serial`, `cmd`; `qemu+host` when shards of different targets merge.
    pub target: String,
    /// Boards run at once (summed over merged shards).
    pub jobs: usize,
    /// Seconds since the Unix epoch when the run started.
    pub started_unix: u64,
    /// Wall time so far (the longest shard's when merged).
    pub seconds: f64,
    /// False while the run is still going (or if the harness died before the end).
    pub complete: bool,
    pub summary: Summary,
    /// Sorted by script name.
    pub results: Vec<ScriptResult>,
}

impl RunReport {
    pub fn new(target: &str, jobs: usize) -> RunReport {
        RunReport {
            target: target.to_string(),
            jobs,
            started_unix: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0),
            seconds: 0.0,
            complete: false,
            summary: Summary::default(),
            results: Vec::new(),
        }
    }

    pub fn scripts_per_second(&self) -> f64 {
        if self.seconds > 0.0 {
            self.results.len() as f64 / self.seconds
        } else {
            0.0
        }
    }

    fn sort(&mut self) {
        self.results.sort_by(|a, b| a.script.cmp(&b.script));
    }

    pub fn load(path: &Path) -> Result<RunReport, String> {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// What changed since an earlier run.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Passed (or was skipped) before, fails now: `(script, old kind, new kind)`.
    pub newly_failing: Vec<(String, String, String)>,
    /// Failed before, passes now.
    pub newly_passing: Vec<(String, String, String)>,
    /// Not in the earlier run.
    pub added: Vec<String>,
    /// In the earlier run, not in this one.
    pub removed: Vec<String>,
}

/// Compares `now` with `before`, script by script.
pub fn compare(now: &RunReport, before: &RunReport) -> Changes {
    let old: BTreeMap<&str, &ScriptResult> = before
        .results
        .iter()
        .map(|r| (r.script.as_str(), r))
        .collect();
    let mut c = Changes::default();
    let mut seen = BTreeSet::new();
    for r in &now.results {
        seen.insert(r.script.as_str());
        let Some(o) = old.get(r.script.as_str()) else {
            c.added.push(r.script.clone());
            continue;
        };
        let entry = || {
            (
                r.script.clone(),
                o.outcome.kind().to_string(),
                r.outcome.kind().to_string(),
            )
        };
        if r.outcome.failed() && !o.outcome.failed() {
            c.newly_failing.push(entry());
        } else if r.outcome.passed() && o.outcome.failed() {
            c.newly_passing.push(entry());
        }
    }
    c.removed = old
        .keys()
        .filter(|k| !seen.contains(*k))
        .map(|k| k.to_string())
        .collect();
    c
}

/// Writes a run's report directory as results arrive.
pub struct ReportDir {
    dir: PathBuf,
    report: RunReport,
    baseline: Option<RunReport>,
    jsonl: File,
    started: Instant,
    last_write: Option<Instant>,
}

impl ReportDir {
    /// Prepares `dir`. The run is compared with `baseline` if given, else with the
    /// `report.json` a previous run left in `dir` (kept as `previous.json`).
    pub fn create(
        dir: &Path,
        target: &str,
        jobs: usize,
        baseline: Option<&Path>,
    ) -> Result<ReportDir, String> {
        let err = |e: io::Error| format!("{}: {e}", dir.display());
        fs::create_dir_all(dir).map_err(err)?;
        let baseline = match baseline {
            Some(p) => Some(RunReport::load(p)?),
            None => {
                let last = dir.join("report.json");
                let previous = dir.join("previous.json");
                // Only a finished run is worth comparing against; a half run would show
                // every script it did not reach as added.
                match RunReport::load(&last) {
                    Ok(r) if r.complete => {
                        fs::rename(&last, &previous).map_err(err)?;
                        Some(r)
                    }
                    _ => RunReport::load(&previous).ok(),
                }
            }
        };
        let jsonl = File::create(dir.join("results.jsonl")).map_err(err)?;
        let mut rd = ReportDir {
            dir: dir.to_path_buf(),
            report: RunReport::new(target, jobs),
            baseline,
            jsonl,
            started: Instant::now(),
            last_write: None,
        };
        rd.write_all().map_err(err)?;
        // The empty report does not count: the first result is written at once.
        rd.last_write = None;
        Ok(rd)
    }

    /// Records one result; rewrites the whole-run files if the last rewrite is old enough.
    pub fn add(&mut self, r: &ScriptResult) {
        let mut line = r.clone();
        line.target = Some(self.report.target.clone());
        if let Ok(line) = serde_json::to_string(&line) {
            // One write call per line: concurrent appenders (nextest shards sharing a
            // directory) never interleave within a line.
            let _ = self.jsonl.write_all(format!("{line}\n").as_bytes());
        }
        self.report.summary.add(&r.outcome);
        self.report.results.push(r.clone());
        if self.last_write.is_none_or(|t| t.elapsed() >= REWRITE_EVERY) {
            // A full disk must not stop the run; the final write reports it.
            let _ = self.write_all();
        }
    }

    /// Marks the run complete and writes every file.
    pub fn finish(&mut self) -> io::Result<&RunReport> {
        self.report.complete = true;
        self.write_all()?;
        Ok(&self.report)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn write_all(&mut self) -> io::Result<()> {
        self.report.seconds = self.started.elapsed().as_secs_f64();
        self.report.sort();
        write_report(&self.dir, &self.report, self.baseline.as_ref())?;
        self.last_write = Some(Instant::now());
        Ok(())
    }
}

/// Writes `report.json`, `junit.xml` and `summary.md` for `report` into `dir`.
pub fn write_report(
    dir: &Path,
    report: &RunReport,
    baseline: Option<&RunReport>,
) -> io::Result<()> {
    write_report_with(dir, report, baseline, &[])
}

/// As `write_report`, with JUnit suites copied from merged files (see `junit`).
pub fn write_report_with(
    dir: &Path,
    report: &RunReport,
    baseline: Option<&RunReport>,
    copied: &[String],
) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let json = serde_json::to_string_pretty(report).map_err(io::Error::other)?;
    write_atomic(&dir.join("report.json"), &json)?;
    write_atomic(&dir.join("junit.xml"), &junit(report, copied))?;
    write_atomic(&dir.join("summary.md"), &markdown(report, baseline))
}

fn write_atomic(path: &Path, text: &str) -> io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&tmp, text)?;
    fs::rename(&tmp, path)
}

/// Passed over the scripts that ran (skips left out), as a percentage.
pub fn pass_rate(s: &Summary) -> f64 {
    let ran = s.total() - s.skip;
    if ran == 0 {
        100.0
    } else {
        100.0 * s.passed() as f64 / ran as f64
    }
}

/// Counts per area, in name order.
pub fn by_area(report: &RunReport) -> BTreeMap<String, Summary> {
    let mut areas: BTreeMap<String, Summary> = BTreeMap::new();
    for r in &report.results {
        areas
            .entry(r.area().to_string())
            .or_default()
            .add(&r.outcome);
    }
    areas
}

fn count_row(name: &str, s: &Summary) -> String {
    format!(
        "| {name} | {} | {} | {} | {} | {} | {} | {} | {:.1}% |\n",
        s.total(),
        s.pass,
        s.documented,
        s.fail,
        s.crash,
        s.timeout,
        s.skip,
        pass_rate(s)
    )
}

/// `summary.md`: the counts table first (per area, then overall), then the run's speed, what
/// changed since the baseline, the slowest scripts, and every failure with its details.
pub fn markdown(report: &RunReport, baseline: Option<&RunReport>) -> String {
    let mut md = String::new();
    md.push_str(
        "| area | scripts | pass | documented | fail | crash | timeout | skip | pass rate |\n",
    );
    md.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (area, s) in by_area(report) {
        md.push_str(&count_row(&area, &s));
    }
    md.push_str(&count_row("**overall**", &report.summary));
    md.push_str(&format!(
        "\n# Conformance on {}\n\n{} scripts in {:.1}s ({:.1} scripts/s, {} board{} at once){}.\n",
        report.target,
        report.results.len(),
        report.seconds,
        report.scripts_per_second(),
        report.jobs,
        if report.jobs == 1 { "" } else { "s" },
        if report.complete {
            ""
        } else {
            "; **the run has not finished**"
        }
    ));

    if let Some(base) = baseline {
        let c = compare(report, base);
        md.push_str("\n## Since the previous run\n\n");
        if c == Changes::default() {
            md.push_str("No script changed its outcome.\n");
        }
        let moved = |title: &str, list: &[(String, String, String)], md: &mut String| {
            if !list.is_empty() {
                md.push_str(&format!("{title} ({}):\n\n", list.len()));
                for (s, old, new) in list {
                    md.push_str(&format!("- `{s}`: {old} → {new}\n"));
                }
                md.push('\n');
            }
        };
        moved("Newly failing", &c.newly_failing, &mut md);
        moved("Newly passing", &c.newly_passing, &mut md);
        for (title, list) in [("New scripts", &c.added), ("Scripts gone", &c.removed)] {
            if !list.is_empty() {
                let names: Vec<String> = list.iter().map(|s| format!("`{s}`")).collect();
                md.push_str(&format!(
                    "{title} ({}): {}\n\n",
                    list.len(),
                    names.join(", ")
                ));
            }
        }
    }

    let mut slow: Vec<&ScriptResult> = report.results.iter().collect();
    slow.sort_by(|a, b| b.seconds.total_cmp(&a.seconds));
    md.push_str("\n## Slowest scripts\n\n| script | outcome | seconds |\n|---|---|---:|\n");
    for r in slow.iter().take(SLOWEST) {
        md.push_str(&format!(
            "| `{}` | {} | {:.3} |\n",
            r.script,
            r.outcome.kind(),
            r.seconds
        ));
    }

    let failures: Vec<&ScriptResult> = report
        .results
        .iter()
        .filter(|r| r.outcome.failed())
        .collect();
    md.push_str(&format!("\n## Failures ({})\n", failures.len()));
    if failures.is_empty() {
        md.push_str("\nNone.\n");
    }
    for r in failures {
        md.push_str(&format!(
            "\n### {} `{}`\n\n```text\n{}\n```\n",
            r.outcome.word(),
            r.script,
            fence_safe(r.outcome.detail().unwrap_or(""))
        ));
        if let Some(out) = r.output.as_deref().filter(|o| !o.is_empty()) {
            if !matches!(r.outcome, crate::judge::Outcome::Fail(_)) {
                md.push_str(&format!(
                    "\nOutput so far:\n\n```text\n{}\n```\n",
                    fence_safe(out)
                ));
            }
        }
    }
    md
}

/// Keeps a script's text from closing the Markdown fence it is shown in.
fn fence_safe(text: &str) -> String {
    text.replace("```", "`\u{200b}``").trim_end().to_string()
}

/// `junit.xml`: one `<testsuite>` per area, one `<testcase>` per script. Fail is a
/// `<failure>`, crash and timeout are `<error>`s (the board, not the script, broke), skip is
/// `<skipped/>`, and a documented difference passes with the difference named in its output.
/// `copied` are `<testsuite>` elements from other JUnit files (merged nextest shards): when
/// given, they are the file's suites instead of ones made from `report`'s results.
pub fn junit(report: &RunReport, copied: &[String]) -> String {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let s = &report.summary;
    x.push_str(&format!(
        "<testsuites name=\"conformance ({})\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{:.3}\">\n",
        xml(&report.target),
        s.total(),
        s.fail,
        s.crash + s.timeout,
        s.skip,
        report.seconds
    ));
    let mut areas: BTreeMap<&str, Vec<&ScriptResult>> = BTreeMap::new();
    if copied.is_empty() {
        for r in &report.results {
            areas.entry(r.area()).or_default().push(r);
        }
    }
    for (area, results) in areas {
        let mut sum = Summary::default();
        let mut time = 0.0;
        for r in &results {
            sum.add(&r.outcome);
            time += r.seconds;
        }
        x.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{time:.3}\">\n",
            xml(area),
            sum.total(),
            sum.fail,
            sum.crash + sum.timeout,
            sum.skip
        ));
        for r in results {
            x.push_str(&format!(
                "    <testcase classname=\"conformance.{}\" name=\"{}\" time=\"{:.3}\"",
                xml(area),
                xml(&r.script),
                r.seconds
            ));
            use crate::judge::Outcome::*;
            let body = match &r.outcome {
                Pass => None,
                Skip => Some("      <skipped/>\n".to_string()),
                Documented(d) => Some(format!(
                    "      <system-out>documented difference: {}</system-out>\n",
                    xml(d)
                )),
                Fail(why) => Some(element("failure", "fail", why)),
                Crash(why) => Some(element("error", "crash", why)),
                Timeout(why) => Some(element("error", "timeout", why)),
            };
            match body {
                None => x.push_str("/>\n"),
                Some(b) => {
                    x.push_str(">\n");
                    x.push_str(&b);
                    if let Some(out) = r.output.as_deref().filter(|_| r.outcome.failed()) {
                        x.push_str(&format!("      <system-out>{}</system-out>\n", xml(out)));
                    }
                    x.push_str("    </testcase>\n");
                }
            }
        }
        x.push_str("  </testsuite>\n");
    }
    for suite in copied {
        x.push_str(suite);
        x.push('\n');
    }
    x.push_str("</testsuites>\n");
    x
}

fn element(tag: &str, kind: &str, why: &str) -> String {
    let first = why.lines().next().unwrap_or("");
    format!(
        "      <{tag} type=\"{kind}\" message=\"{}\">{}</{tag}>\n",
        xml(first),
        xml(why)
    )
}

/// Text escaped for XML, with the characters XML 1.0 cannot hold at all (most control bytes,
/// which a broken board can send) replaced by U+FFFD.
pub fn xml(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&apos;"),
            '\t' | '\n' | '\r' => s.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => s.push('\u{fffd}'),
            c => s.push(c),
        }
    }
    s
}

/// The `<testsuite>` elements of a JUnit file (nextest's or ours), as text.
pub fn junit_suites(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest
        .find("<testsuite ")
        .or_else(|| rest.find("<testsuite>"))
    {
        let from = &rest[start..];
        let head_end = from.find('>').map(|i| i + 1).unwrap_or(from.len());
        if from[..head_end].ends_with("/>") {
            out.push(from[..head_end].to_string());
            rest = &from[head_end..];
            continue;
        }
        match from.find("</testsuite>") {
            Some(end) => {
                let end = end + "</testsuite>".len();
                out.push(format!("  {}", &from[..end]));
                rest = &from[end..];
            }
            None => break,
        }
    }
    out
}

/// Reads one shard: a report directory (its `report.json`, else its `results.jsonl`), a
/// `report.json`-style file, or a `.jsonl` file of results.
pub fn load_shard(path: &Path) -> Result<RunReport, String> {
    if path.is_dir() {
        let json = path.join("report.json");
        if json.is_file() {
            return RunReport::load(&json);
        }
        return load_jsonl(&path.join("results.jsonl"));
    }
    if path.extension().is_some_and(|e| e == "jsonl") {
        return load_jsonl(path);
    }
    RunReport::load(path)
}

fn load_jsonl(path: &Path) -> Result<RunReport, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut report = RunReport::new("?", 1);
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        // A harness killed mid-write leaves half a last line; everything before it counts.
        match serde_json::from_str::<ScriptResult>(line) {
            Ok(mut r) => {
                if let Some(t) = r.target.take() {
                    report.target = t;
                }
                report.seconds += r.seconds;
                report.summary.add(&r.outcome);
                report.results.push(r);
            }
            Err(e) if n + 1 == text.lines().count() => {
                eprintln!("warning: {}: last line cut short: {e}", path.display())
            }
            Err(e) => return Err(format!("{}:{}: {e}", path.display(), n + 1)),
        }
    }
    report.complete = true;
    report.sort();
    Ok(report)
}

/// Joins shards into one report. A script in two shards is an error (the shards overlapped);
/// JUnit files (`.xml`) among the inputs are carried over suite by suite.
pub fn merge(inputs: &[PathBuf]) -> Result<(RunReport, Vec<String>), String> {
    let mut merged: Option<RunReport> = None;
    let mut suites = Vec::new();
    let mut targets = BTreeSet::new();
    for p in inputs {
        if p.extension().is_some_and(|e| e == "xml") {
            let text = fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            suites.extend(junit_suites(&text));
            continue;
        }
        let shard = load_shard(p)?;
        targets.insert(shard.target.clone());
        match &mut merged {
            None => merged = Some(shard),
            Some(m) => {
                m.jobs += shard.jobs;
                m.seconds = m.seconds.max(shard.seconds);
                m.started_unix = m.started_unix.min(shard.started_unix);
                m.complete &= shard.complete;
                m.summary.merge(&shard.summary);
                m.results.extend(shard.results);
            }
        }
    }
    let mut m = merged.unwrap_or_else(|| RunReport::new("?", 0));
    targets.remove("?");
    if !targets.is_empty() {
        m.target = targets.into_iter().collect::<Vec<_>>().join("+");
    }
    m.sort();
    let dups: Vec<&str> = m
        .results
        .windows(2)
        .filter(|w| w[0].script == w[1].script)
        .map(|w| w[0].script.as_str())
        .collect();
    if !dups.is_empty() {
        return Err(format!(
            "the shards overlap: {} ran more than once",
            dups.join(", ")
        ));
    }
    Ok((m, suites))
}

#[cfg(test)]
#[path = "reports_tests.rs"]
mod tests;
