//! Tests of the report files: counts, baseline comparison, JUnit, merging shards.
use super::*;
use crate::judge::Outcome;

fn result(script: &str, outcome: Outcome, seconds: f64) -> ScriptResult {
    ScriptResult {
        script: script.into(),
        outcome,
        seconds,
        output: Some("1\n".into()),
        target: None,
    }
}

fn report(results: Vec<ScriptResult>) -> RunReport {
    let mut r = RunReport::new("qemu", 2);
    for x in results {
        r.summary.add(&x.outcome);
        r.results.push(x);
    }
    r.seconds = 2.0;
    r.complete = true;
    r.sort();
    r
}

fn tmp(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("mp-reports-{tag}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    d
}

fn sample() -> RunReport {
    report(vec![
        result("basics/a.py", Outcome::Pass, 0.1),
        result(
            "basics/b.py",
            Outcome::Fail("stdout differs\n    -1\n    +2".into()),
            0.3,
        ),
        result("strings/c.py", Outcome::Documented("zero-div".into()), 0.2),
        result(
            "strings/d.py",
            Outcome::Crash("qemu ended (signal 9)".into()),
            0.4,
        ),
        result(
            "strings/e.py",
            Outcome::Timeout("no end after 2.0s".into()),
            2.0,
        ),
        result("strings/f.py", Outcome::Skip, 0.05),
    ])
}

#[test]
fn results_round_trip_through_json() {
    let r = sample();
    let text = serde_json::to_string(&r).unwrap();
    let back: RunReport = serde_json::from_str(&text).unwrap();
    assert_eq!(back, r);
}

#[test]
fn markdown_opens_with_the_counts_table() {
    let md = markdown(&sample(), None);
    let lines: Vec<&str> = md.lines().collect();
    assert!(lines[0].starts_with("| area | scripts | pass |"), "{md}");
    assert_eq!(lines[2], "| basics | 2 | 1 | 0 | 1 | 0 | 0 | 0 | 50.0% |");
    assert_eq!(lines[3], "| strings | 4 | 0 | 1 | 0 | 1 | 1 | 1 | 33.3% |");
    assert_eq!(
        lines[4],
        "| **overall** | 6 | 1 | 1 | 1 | 1 | 1 | 1 | 40.0% |"
    );
    assert!(md.contains("6 scripts in 2.0s (3.0 scripts/s, 2 boards at once)."));
    // Slowest first; every failure is shown with its details.
    let slow = md.find("## Slowest").unwrap();
    assert!(md[slow..].find("strings/e.py").unwrap() < md[slow..].find("strings/d.py").unwrap());
    assert!(md.contains("## Failures (3)"), "{md}");
    assert!(md.contains("### FAIL `basics/b.py`\n\n```text\nstdout differs\n    -1\n    +2\n```"));
    assert!(md.contains("### CRASH `strings/d.py`"), "{md}");
}

#[test]
fn comparison_names_new_failures_and_fixes() {
    let before = sample();
    let mut now = sample();
    now.results[0].outcome = Outcome::Timeout("t".into()); // basics/a.py broke
    now.results[1].outcome = Outcome::Pass; // basics/b.py fixed
    now.results.retain(|r| r.script != "strings/f.py");
    now.results.push(result("zz/new.py", Outcome::Pass, 0.1));
    let c = compare(&now, &before);
    assert_eq!(
        c.newly_failing,
        [("basics/a.py".into(), "pass".into(), "timeout".into())]
    );
    assert_eq!(
        c.newly_passing,
        [("basics/b.py".into(), "fail".into(), "pass".into())]
    );
    assert_eq!(c.added, ["zz/new.py"]);
    assert_eq!(c.removed, ["strings/f.py"]);
    let md = markdown(&now, Some(&before));
    assert!(
        md.contains("Newly failing (1):\n\n- `basics/a.py`: pass → timeout"),
        "{md}"
    );
    assert!(
        md.contains("Newly passing (1):\n\n- `basics/b.py`: fail → pass"),
        "{md}"
    );
    assert_eq!(compare(&before, &before), Changes::default());
}

#[test]
fn junit_has_one_case_per_script_and_escapes_everything() {
    let mut r = sample();
    r.results[1].outcome = Outcome::Fail("a < b & \"c\"\x07\n".into());
    let x = junit(&r, &[]);
    assert_eq!(x.matches("<testcase ").count(), 6, "{x}");
    assert!(x.contains("<testsuite name=\"basics\" tests=\"2\" failures=\"1\" errors=\"0\""));
    assert!(x.contains(
        "<testsuite name=\"strings\" tests=\"4\" failures=\"0\" errors=\"2\" skipped=\"1\""
    ));
    assert!(x.contains("a &lt; b &amp; &quot;c&quot;\u{fffd}"), "{x}");
    assert!(x.contains("<error type=\"timeout\""), "{x}");
    assert!(x.contains("<skipped/>"));
    assert!(x.contains("documented difference: zero-div"));
    // The suites can be read back out (what --merge does with nextest's files).
    let suites = junit_suites(&x);
    assert_eq!(suites.len(), 2);
    assert!(suites[0]
        .trim_start()
        .starts_with("<testsuite name=\"basics\""));
    let joined = junit(&RunReport::new("x", 1), &suites);
    assert_eq!(joined.matches("<testcase ").count(), 6, "{joined}");
}

#[test]
fn report_dir_is_written_as_results_arrive_and_compared_with_the_last_run() {
    let dir = tmp("dir");
    let mut rd = ReportDir::create(&dir, "host", 1, None).unwrap();
    let s = sample();
    rd.add(&s.results[0]);
    // The first result is on disk at once: the JSON lines, and the whole-run files.
    let lines = fs::read_to_string(dir.join("results.jsonl")).unwrap();
    assert_eq!(lines.lines().count(), 1);
    let partial = RunReport::load(&dir.join("report.json")).unwrap();
    assert!(!partial.complete);
    assert_eq!(partial.results.len(), 1);
    for r in &s.results[1..] {
        rd.add(r);
    }
    let done = rd.finish().unwrap().clone();
    assert!(done.complete);
    assert_eq!(done.results.len(), 6);
    assert!(fs::read_to_string(dir.join("junit.xml"))
        .unwrap()
        .contains("strings/f.py"));
    assert!(!fs::read_to_string(dir.join("summary.md"))
        .unwrap()
        .contains("Since the previous run"));

    // The next run in the same directory compares itself with this one.
    let mut rd = ReportDir::create(&dir, "host", 1, None).unwrap();
    rd.add(&result("basics/a.py", Outcome::Fail("x".into()), 0.1));
    rd.finish().unwrap();
    assert!(dir.join("previous.json").is_file());
    let md = fs::read_to_string(dir.join("summary.md")).unwrap();
    assert!(md.contains("- `basics/a.py`: pass → fail"), "{md}");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn merge_joins_shards_and_refuses_overlaps() {
    let dir = tmp("merge");
    let s = sample();
    let (a, b) = s.results.split_at(3);
    let shard = |name: &str, rs: &[ScriptResult]| {
        let d = dir.join(name);
        let mut rd = ReportDir::create(&d, "qemu", 1, None).unwrap();
        for r in rs {
            rd.add(r);
        }
        rd.finish().unwrap();
        d
    };
    let d1 = shard("1", a);
    let d2 = shard("2", b);
    // A shard may also be just the JSON lines a killed run left.
    fs::remove_file(d2.join("report.json")).unwrap();
    let (m, suites) = merge(&[d1.clone(), d2.clone()]).unwrap();
    assert!(suites.is_empty());
    assert_eq!(m.results.len(), 6);
    assert_eq!(m.summary, s.summary);
    assert_eq!(m.target, "qemu");
    assert_eq!(m.jobs, 2);
    let err = merge(&[d1.clone(), d1.clone()]).unwrap_err();
    assert!(err.contains("basics/a.py"), "{err}");
    // Shard 1 ran basics/a.py, basics/b.py and strings/c.py: two areas, two suites.
    let (_, suites) = merge(&[d1.join("junit.xml"), d2.clone()]).unwrap();
    assert_eq!(suites.len(), 2);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_cut_last_line_is_tolerated_but_a_bad_middle_line_is_not() {
    let dir = tmp("jsonl");
    fs::create_dir_all(&dir).unwrap();
    let good = serde_json::to_string(&sample().results[0]).unwrap();
    let f = dir.join("results.jsonl");
    fs::write(&f, format!("{good}\n{{\"script\":\"x")).unwrap();
    assert_eq!(load_shard(&f).unwrap().results.len(), 1);
    fs::write(&f, format!("{{bad\n{good}\n")).unwrap();
    assert!(load_shard(&f).is_err());
    fs::remove_dir_all(&dir).unwrap();
}
