//! `cargo xtask bench [NAME...]`: the benchmarks on the firmware under
//! `qemu-system-arm -M mps2-an385 -icount shift=0`, where one guest microsecond is exactly 1000
//! instructions, so each figure is deterministic and independent of host load (which is why
//! the boards run in parallel). Each script prints `name <guest µs> <result>`; the table shows
//! our thousands of instructions beside the reference C VM's (from the shared bench README),
//! the ratio and the geometric mean, then the host port's wall time, and checks every result
//! against CPython's.
//!
//! Scripts: `../shared/bench/*.py` (with references) and our own `bench/*.py` (without), each
//! with `_prelude.py` put in front.

use crate::{build_firmware, build_host, ensure_qemu, shell, target_dir};
use mp_harness::client::{ClientConfig, RawRepl};
use mp_harness::target::{QemuTarget, QemuTransport, Target};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const USAGE: &str = "\
usage: cargo xtask bench [--timeout S] [-j N] [--bench-dir DIR] [--elf FW.elf] [--host BIN] [--json FILE] [NAME...]
  NAME...           only these benchmarks (file stems)
  --timeout S       per benchmark under QEMU (1800: -icount shift=0 is slow)
  -j N              QEMU boards at once (cores); icount figures do not depend on it
  --bench-dir DIR   the shared benchmarks and their README (../shared/bench)
  --elf, --host     use these builds instead of building the firmware and the host port
  --json FILE       also write the table as JSON";

/// One benchmark's figures.
#[derive(Debug, Default, Clone)]
struct Row {
    name: String,
    /// Thousands of guest instructions, ours.
    kinsn: Option<f64>,
    /// The reference C VM's, when the README has it.
    reference: Option<f64>,
    /// Host port wall time in milliseconds.
    host_ms: Option<f64>,
    /// What went wrong, if anything (a result differing from CPython's included).
    problem: Option<String>,
}

struct Bench {
    name: String,
    path: PathBuf,
}

/// The reference table of the shared README: `| name | 63,515 | ... |` rows.
pub fn parse_reference(readme: &str) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    for line in readme.lines() {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if cells.len() < 2 {
            continue;
        }
        let num = cells[1].replace([',', '_'], "");
        if let Ok(v) = num.parse::<f64>() {
            if !cells[0].is_empty() && !cells[0].contains(' ') {
                out.insert(cells[0].to_string(), v);
            }
        }
    }
    out
}

/// The benchmarks call `ticks_diff(new, old)`, MicroPython 1.9's order; the firmware
/// implements 1.8.3, whose documented order is `ticks_diff(old, new)`. On MicroPython (not on
/// CPython, which has no utime and keeps the prelude's own function) the call is adapted.
/// It runs after the timed part, so the figure does not include it.
const TICKS_DIFF_ORDER: &str = "\
try:
    import utime as _utime
    ticks_diff = lambda new, old: _utime.ticks_diff(old, new)
except ImportError:
    pass
";

/// `name <µs> <result>` from a benchmark's output: the name, the figure and the rest.
pub fn parse_line(out: &str) -> Option<(String, f64, String)> {
    let line = out.lines().rev().find(|l| !l.trim().is_empty())?.trim();
    let mut parts = line.splitn(3, ' ');
    let name = parts.next()?.to_string();
    let us = parts.next()?.parse::<f64>().ok()?;
    let result = parts.next().unwrap_or("").trim().to_string();
    Some((name, us, result))
}

fn find_benches(dirs: &[PathBuf], only: &[String]) -> Result<Vec<Bench>, String> {
    let mut v = Vec::new();
    for dir in dirs {
        let Ok(entries) = fs::read_dir(dir) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let wanted = only.is_empty() || only.contains(&stem);
            if path.extension().is_some_and(|x| x == "py") && !stem.starts_with('_') && wanted {
                v.push(Bench { name: stem, path });
            }
        }
    }
    v.sort_by(|a, b| a.name.cmp(&b.name));
    if v.is_empty() {
        return Err("no benchmarks found".into());
    }
    Ok(v)
}

pub fn run(args: &[String]) -> Result<u8, String> {
    let mut timeout = Duration::from_secs(1800);
    let mut jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let mut shared = crate::root().join("../shared/bench");
    let mut elf = None;
    let mut json = None;
    let mut host = None;
    let mut only = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || {
            it.next()
                .cloned()
                .ok_or(format!("{a} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "--timeout" => {
                timeout = Duration::from_secs_f64(val()?.parse().map_err(|_| "--timeout: seconds")?)
            }
            "-j" | "--jobs" => jobs = val()?.parse::<usize>().map_err(|_| "-j: a number")?.max(1),
            "--bench-dir" => shared = PathBuf::from(val()?),
            "--elf" => elf = Some(PathBuf::from(val()?)),
            "--json" => json = Some(PathBuf::from(val()?)),
            "--host" => host = Some(PathBuf::from(val()?)),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(0);
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            name => only.push(name.trim_end_matches(".py").to_string()),
        }
    }
    let prelude = fs::read_to_string(shared.join("_prelude.py"))
        .map_err(|e| format!("{}: {e}", shared.join("_prelude.py").display()))?;
    let reference =
        parse_reference(&fs::read_to_string(shared.join("README.md")).unwrap_or_default());
    let benches = find_benches(&[shared.clone(), crate::root().join("bench")], &only)?;

    ensure_qemu()?;
    let sh = shell()?;
    let elf = match elf {
        Some(e) => e,
        None => build_firmware(&sh)?,
    };
    let host = match host {
        Some(h) => h,
        None => build_host(&sh)?,
    };
    let work = target_dir().join("mp-harness").join("bench");
    fs::create_dir_all(&work).map_err(|e| e.to_string())?;

    // Every script with the prelude in front, as one file each (CPython and the host port
    // run the file; the board gets its bytes).
    let mut files = Vec::new();
    for b in &benches {
        let body = fs::read_to_string(&b.path).map_err(|e| format!("{}: {e}", b.path.display()))?;
        let f = work.join(format!("{}.py", b.name));
        fs::write(&f, format!("{prelude}{TICKS_DIFF_ORDER}{body}")).map_err(|e| e.to_string())?;
        files.push(f);
    }

    println!(
        "guest figures: {} boards under -icount shift=0 (1 guest µs = 1000 instructions)",
        jobs.min(benches.len())
    );
    let t0 = Instant::now();
    let guest = guest_runs(&elf, &files, jobs, timeout);
    println!("guest runs took {:.0}s", t0.elapsed().as_secs_f64());

    let mut rows = Vec::new();
    for (i, b) in benches.iter().enumerate() {
        let mut row = Row {
            name: b.name.clone(),
            reference: reference.get(&b.name).copied(),
            ..Row::default()
        };
        let py = python_result(&files[i]);
        let mut problems = Vec::new();
        match &guest[i] {
            Ok(out) => match parse_line(out) {
                Some((_, us, result)) => {
                    row.kinsn = Some(us);
                    match &py {
                        Ok(want) if *want == result => {}
                        Ok(want) => {
                            problems.push(format!("board result {result:?}, CPython {want:?}"))
                        }
                        Err(e) => problems.push(format!("CPython: {e}")),
                    }
                }
                None => problems.push(format!("board printed {:?}", out.trim())),
            },
            Err(e) => problems.push(format!("board: {e}")),
        }
        match host_run(&host, &files[i], timeout) {
            Ok((ms, out)) => {
                row.host_ms = Some(ms);
                let result = parse_line(&out).map(|p| p.2);
                if let (Some(r), Ok(want)) = (&result, &py) {
                    if r != want {
                        problems.push(format!("host result {r:?}, CPython {want:?}"));
                    }
                } else if result.is_none() {
                    problems.push(format!("host printed {:?}", out.trim()));
                }
            }
            Err(e) => problems.push(format!("host: {e}")),
        }
        if !problems.is_empty() {
            row.problem = Some(problems.join("; "));
        }
        rows.push(row);
    }
    print!("{}", table(&rows));
    if let Some(path) = json {
        fs::write(&path, to_json(&rows)).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(if rows.iter().any(|r| r.problem.is_some()) {
        1
    } else {
        0
    })
}

/// Runs each file on its own fresh board under icount, `jobs` boards at a time; returns
/// each board's stdout (or why it failed).
fn guest_runs(
    elf: &Path,
    files: &[PathBuf],
    jobs: usize,
    timeout: Duration,
) -> Vec<Result<String, String>> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<String, String>>>> = Mutex::new(vec![None; files.len()]);
    std::thread::scope(|s| {
        for _ in 0..jobs.min(files.len()) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(file) = files.get(i) else { return };
                let r = guest_run(elf, file, timeout);
                let name = file.file_stem().unwrap_or_default().to_string_lossy();
                match &r {
                    Ok(out) => println!("  {name}: {}", out.trim()),
                    Err(e) => println!("  {name}: {e}"),
                }
                results.lock().unwrap()[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|r| r.unwrap_or(Err("not run".into())))
        .collect()
}

fn guest_run(elf: &Path, file: &Path, timeout: Duration) -> Result<String, String> {
    let code = fs::read(file).map_err(|e| e.to_string())?;
    // The corpus's memory (see test.rs): under the default profile's heap some of our own
    // benchmarks do not fit yet.
    let mut args = vec!["-icount".to_string(), "shift=0".to_string()];
    args.extend(crate::test::CORPUS_BUDGET.qemu_args());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut target = QemuTarget::new(elf, QemuTransport::Tcp).with_args(&args);
    let conn = target.start().map_err(|e| e.to_string())?;
    // Under icount the board is slower to answer anything; give the protocol room.
    let cfg = ClientConfig {
        answer: Duration::from_secs(60),
        ..ClientConfig::default()
    };
    let mut repl = RawRepl::new(conn, cfg);
    repl.enter_raw().map_err(|e| e.to_string())?;
    let exec = repl.exec(&code, timeout).map_err(|e| e.to_string())?;
    let out = String::from_utf8_lossy(&exec.stdout).replace("\r\n", "\n");
    if !exec.error.is_empty() {
        return Err(format!(
            "raised: {}",
            String::from_utf8_lossy(&exec.error).trim()
        ));
    }
    Ok(out)
}

/// CPython's result field for the file.
fn python_result(file: &Path) -> Result<String, String> {
    let out = Command::new("python3")
        .arg("-I")
        .arg(file)
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout);
    parse_line(&text)
        .map(|p| p.2)
        .ok_or_else(|| format!("printed {:?}", text.trim()))
}

/// The host port's wall time (ms) and stdout.
fn host_run(bin: &Path, file: &Path, timeout: Duration) -> Result<(f64, String), String> {
    let t0 = Instant::now();
    let mut child = Command::new(bin)
        .arg(file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    loop {
        if child.try_wait().map_err(|e| e.to_string())?.is_some() {
            break;
        }
        if t0.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("no end after {:.0}s", timeout.as_secs_f64()));
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    Ok((ms, String::from_utf8_lossy(&out.stdout).into_owned()))
}

fn fmt_k(v: Option<f64>) -> String {
    match v {
        None => "-".into(),
        Some(v) => {
            let n = v.round() as u64;
            let s = n.to_string();
            let mut out = String::new();
            for (i, c) in s.chars().enumerate() {
                if i > 0 && (s.len() - i).is_multiple_of(3) {
                    out.push(',');
                }
                out.push(c);
            }
            out
        }
    }
}

fn table(rows: &[Row]) -> String {
    let mut t = format!(
        "\n{:<18} {:>14} {:>14} {:>8} {:>10}  {}\n",
        "benchmark", "ours (kinsn)", "ref (kinsn)", "ratio", "host ms", "result vs CPython"
    );
    let mut logs = Vec::new();
    for r in rows {
        let ratio = match (r.kinsn, r.reference) {
            (Some(a), Some(b)) if a > 0.0 && b > 0.0 => {
                logs.push((a / b).ln());
                format!("{:.2}x", a / b)
            }
            _ => "-".into(),
        };
        t.push_str(&format!(
            "{:<18} {:>14} {:>14} {:>8} {:>10}  {}\n",
            r.name,
            fmt_k(r.kinsn),
            fmt_k(r.reference),
            ratio,
            r.host_ms.map(|m| format!("{m:.1}")).unwrap_or("-".into()),
            r.problem.as_deref().unwrap_or("same")
        ));
    }
    match geomean(&logs) {
        Some(g) => t.push_str(&format!(
            "geometric mean vs the reference over {} benchmarks: {g:.2}x (goal: at most 1.0x, later 0.8x)\n",
            logs.len()
        )),
        None => t.push_str("geometric mean: no benchmark with a reference figure ran\n"),
    }
    t
}

fn geomean(logs: &[f64]) -> Option<f64> {
    (!logs.is_empty()).then(|| (logs.iter().sum::<f64>() / logs.len() as f64).exp())
}

fn to_json(rows: &[Row]) -> String {
    let num = |v: Option<f64>| v.map(|x| format!("{x}")).unwrap_or("null".into());
    let items: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "  {{\"name\": {:?}, \"kinsn\": {}, \"reference_kinsn\": {}, \"host_ms\": {}, \"problem\": {}}}",
                r.name,
                num(r.kinsn),
                num(r.reference),
                num(r.host_ms),
                r.problem.as_ref().map(|p| format!("{p:?}")).unwrap_or("null".into())
            )
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_reference_table() {
        let readme = "| benchmark | reference (kinsn) | what |\n|---|---|---|\n| sum_loop | 63,515 | `for` |\n| fib20 | 14,023 | calls |\nOur goal: 0.8x\n";
        let r = parse_reference(readme);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r["sum_loop"], 63515.0);
        assert_eq!(r["fib20"], 14023.0);
    }

    #[test]
    fn reads_a_result_line() {
        assert_eq!(
            parse_line("list_sort 1153 (16, 99992, 2500)\n"),
            Some(("list_sort".into(), 1153.0, "(16, 99992, 2500)".into()))
        );
        assert_eq!(parse_line("oops\n"), None);
    }

    #[test]
    fn geometric_mean_and_numbers() {
        let g = geomean(&[2f64.ln(), 0.5f64.ln()]).unwrap();
        assert!((g - 1.0).abs() < 1e-12);
        assert_eq!(fmt_k(Some(1234567.4)), "1,234,567");
        assert_eq!(fmt_k(Some(999.0)), "999");
    }
}
