//! The command line, and the operations behind it that xtask reuses.

use crate::client::{ClientConfig, ExecError, RawRepl};
use crate::corpus;
use crate::cpython::CPython;
use crate::differences::Differences;
use crate::judge::PendingSnapshots;
use crate::report::{Progress, Reporter, Summary};
use crate::reports::{self, ReportDir};
use crate::runner::{self, RunConfig};
use crate::snapshot;
use crate::target::{split_command, QemuTransport, TargetSpec};
use crate::terminal;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const USAGE: &str = "\
usage:
  mp-harness run  --target T [options] [PATH...]   run scripts (default: the corpus root)
  mp-harness exec --target T [options] FILE.py     run one file, show its output; exit 1 if it raised
  mp-harness repl --target T [options]             connect this terminal to the board (Ctrl-] quits)
  mp-harness merge --report OUT SHARD...           join shards' report dirs, JSON, JSONL or JUnit
  mp-harness differences [--root DIR]              write DIR/DIFFERENCES.md from DIR/differences
  mp-harness transfer --target T [--size BYTES] [--rounds N]
                                                   time one large script sent by raw-paste, by
                                                   classic raw mode, and by classic raw mode
                                                   paced as pyboard.py does (10 ms per 256 bytes)
  mp-harness pending [--root DIR]                  list snapshots waiting for review
  mp-harness accept FILE.snap.new...               accept reviewed snapshots

targets: qemu (needs --elf), host (--bin, default target/release/micropython),
         cmd:\"COMMAND ARGS\" (raw REPL on stdin/stdout), serial:PATH (or --port PATH)
options:
  --elf PATH          firmware ELF for qemu
  --bin PATH          host port binary
  --port PATH         serial port (same as --target serial:PATH)
  --baud N            serial speed (115200)
  --reset-cmd CMD     for a serial board: a command that hard-resets it, run when it stops
                      answering (after a hang Ctrl-C cannot stop)
  --transport tcp|pty how QEMU exposes UART0 (tcp)
  --timeout S         per-script limit in seconds (10), then Ctrl-C, then restart
  -j, --jobs N        boards at once (number of cores; 1 for serial)
  --root DIR          corpus root (conformance)
  --python P          CPython to compare with (python3)
  --no-cpython        compare with snapshots only
  --no-raw-paste      use classic raw mode only
  --chunk-delay-ms N  pause between 256-byte chunks in classic raw mode (0)
  --jsonl FILE        append one JSON line per result as it arrives
  --report DIR        write DIR/report.json, junit.xml, summary.md, results.jsonl as results come
  --baseline FILE     compare with this report.json (default: the last complete one in DIR)";

/// Parsed options shared by the subcommands.
#[derive(Debug, Clone)]
pub struct Options {
    pub target: Option<String>,
    pub elf: Option<PathBuf>,
    pub bin: Option<PathBuf>,
    pub baud: u32,
    /// A command that hard-resets a board on a serial port.
    pub reset_cmd: Option<String>,
    pub transport: QemuTransport,
    pub timeout: Duration,
    pub jobs: usize,
    pub root: PathBuf,
    pub python: String,
    pub cpython: bool,
    pub raw_paste: bool,
    pub chunk_delay: Duration,
    pub jsonl: Option<PathBuf>,
    pub report: Option<PathBuf>,
    pub baseline: Option<PathBuf>,
    /// `--mem NAME`, or `--heap BYTES --stack BYTES`: the board's memory profile.
    pub mem: Option<crate::profile::MemProfile>,
    pub paths: Vec<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            target: None,
            elf: None,
            bin: None,
            baud: 115200,
            reset_cmd: None,
            transport: QemuTransport::Tcp,
            timeout: Duration::from_secs(10),
            jobs: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            root: PathBuf::from("conformance"),
            python: "python3".into(),
            cpython: true,
            raw_paste: true,
            chunk_delay: Duration::ZERO,
            jsonl: None,
            report: None,
            baseline: None,
            mem: None,
            paths: Vec::new(),
        }
    }
}

impl Options {
    /// Parses everything after the subcommand.
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut o = Options::default();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value = |name: &str| {
                it.next()
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            let num = |name: &str, v: String| {
                v.parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && *n >= 0.0)
                    .ok_or_else(|| format!("{name}: not a number: {v}"))
            };
            match a.as_str() {
                "--target" | "-t" => o.target = Some(value(a)?),
                "--elf" => o.elf = Some(value(a)?.into()),
                "--bin" => o.bin = Some(value(a)?.into()),
                "--port" => o.target = Some(format!("serial:{}", value(a)?)),
                "--baud" => o.baud = num(a, value(a)?)? as u32,
                "--reset-cmd" => o.reset_cmd = Some(value(a)?),
                "--transport" => {
                    o.transport = match value(a)?.as_str() {
                        "tcp" => QemuTransport::Tcp,
                        "pty" => QemuTransport::Pty,
                        other => return Err(format!("--transport: tcp or pty, not {other}")),
                    }
                }
                "--timeout" => o.timeout = Duration::from_secs_f64(num(a, value(a)?)?),
                "-j" | "--jobs" => o.jobs = (num(a, value(a)?)? as usize).max(1),
                "--root" => o.root = value(a)?.into(),
                "--python" => o.python = value(a)?,
                "--no-cpython" => o.cpython = false,
                "--no-raw-paste" => o.raw_paste = false,
                "--chunk-delay-ms" => {
                    o.chunk_delay = Duration::from_millis(num(a, value(a)?)? as u64)
                }
                "--jsonl" => o.jsonl = Some(value(a)?.into()),
                f if crate::profile::FLAGS.contains(&f) => {
                    crate::profile::apply_flag(&mut o.mem, f, &value(a)?)?
                }
                "--report" => o.report = Some(value(a)?.into()),
                "--baseline" => o.baseline = Some(value(a)?.into()),
                // Read by the transfer command itself.
                "--size" | "--rounds" => {
                    value(a)?;
                }
                s if s.starts_with('-') => return Err(format!("unknown option {s}")),
                _ => o.paths.push(a.into()),
            }
        }
        Ok(o)
    }

    pub fn spec(&self) -> Result<TargetSpec, String> {
        let t = self.target.as_deref().ok_or("--target is required")?;
        let mut spec = TargetSpec::parse(
            t,
            self.elf.clone(),
            self.bin.clone(),
            self.baud,
            self.transport,
        )?;
        if let TargetSpec::Qemu { mem, .. } = &mut spec {
            *mem = self.mem;
        }
        match &self.reset_cmd {
            None => Ok(spec),
            Some(cmd) => {
                let argv = split_command(cmd)?;
                if argv.is_empty() {
                    return Err("--reset-cmd needs a command".into());
                }
                spec.with_reset(argv)
            }
        }
    }

    pub fn client(&self) -> ClientConfig {
        ClientConfig {
            raw_paste: self.raw_paste,
            chunk_delay: self.chunk_delay,
            ..ClientConfig::default()
        }
    }
}

/// Where cached CPython results live: under the cargo target directory.
pub fn cpython_cache_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    target.join("mp-harness").join("cpython")
}

/// Runs the corpus (or `opts.paths`) and prints the report; the summary line is last.
pub fn run_corpus(opts: &Options, out: Box<dyn Write + Send>) -> Result<Summary, String> {
    let spec = opts.spec()?;
    let paths = if opts.paths.is_empty() {
        vec![opts.root.clone()]
    } else {
        opts.paths.clone()
    };
    let scripts = corpus::discover(&opts.root, &paths).map_err(|e| e.to_string())?;
    let differences = Differences::load(&opts.root.join("differences"))?;
    let jobs = if spec.parallel() { opts.jobs } else { 1 };
    let mut reporter = Reporter::new(out, opts.jsonl.as_deref())
        .map_err(|e| e.to_string())?
        .with_progress(Progress::auto());
    if let Some(dir) = &opts.report {
        let rd = ReportDir::create(
            dir,
            spec.name(),
            jobs.min(scripts.len().max(1)),
            opts.baseline.as_deref(),
        )?;
        reporter = reporter.with_report_dir(rd);
    }
    for (diff, script) in differences.missing_scripts(&opts.root) {
        eprintln!("warning: differences/{diff}.toml names {script}, which does not exist");
    }
    let cpython = if opts.cpython {
        Some(CPython::new(&opts.python, Some(cpython_cache_dir()))?)
    } else {
        None
    };
    let cfg = RunConfig {
        target: spec.clone(),
        timeout: opts.timeout,
        jobs: opts.jobs,
        client: opts.client(),
        cpython,
        differences,
        pending: PendingSnapshots::from_env(),
    };
    runner::run(&cfg, &scripts, &mut reporter);
    Ok(reporter.finish(spec.name()))
}

/// A script of about `size` bytes: assignments padded with comments, then one print of a sum,
/// so the board must receive and compile all of it.
pub fn large_script(size: usize) -> Vec<u8> {
    let mut code = String::new();
    let mut i = 0;
    while code.len() < size {
        code.push_str(&format!(
            "x = {i} * 2  # padding so the line is long enough to count\n"
        ));
        i += 1;
    }
    code.push_str(&format!("print(x + {i})\n"));
    code.into_bytes()
}

/// Times sending and running one large script in each way on a fresh board per way; prints a
/// line per way with the median of `rounds` runs. Returns the medians in seconds, in the
/// order raw-paste, classic, classic paced.
pub fn transfer(opts: &Options, size: usize, rounds: usize) -> Result<Vec<f64>, String> {
    let code = large_script(size);
    let ways: [(&str, bool, Duration); 3] = [
        ("raw-paste", true, Duration::ZERO),
        ("classic raw", false, Duration::ZERO),
        ("classic raw, paced", false, Duration::from_millis(10)),
    ];
    let mut medians = Vec::new();
    for (name, paste, delay) in ways {
        let mut target = opts.spec()?.build().map_err(|e| e.to_string())?;
        let conn = target.start().map_err(|e| e.to_string())?;
        let cfg = ClientConfig {
            raw_paste: paste,
            chunk_delay: delay,
            ..opts.client()
        };
        let mut repl = RawRepl::new(conn, cfg);
        repl.enter_raw().map_err(|e| e.to_string())?;
        let mut times = Vec::new();
        let mut out = String::new();
        for _ in 0..rounds.max(1) {
            let t0 = std::time::Instant::now();
            let exec = repl
                .exec(&code, opts.timeout)
                .map_err(|e| format!("{name}: {e}"))?;
            times.push(t0.elapsed().as_secs_f64());
            if !exec.error.is_empty() {
                return Err(format!(
                    "{name}: the script raised: {}",
                    crate::judge::normalize(&exec.error)
                ));
            }
            out = crate::judge::normalize(&exec.stdout);
            repl.soft_reset().map_err(|e| e.to_string())?;
        }
        if paste && repl.raw_paste() != crate::client::RawPaste::Supported {
            println!("{name}: the board refused raw-paste; this row is classic raw mode");
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        println!(
            "{name:<20} {} bytes: median {:.1} ms over {} runs ({:.0} KB/s), printed {}",
            code.len(),
            median * 1000.0,
            times.len(),
            code.len() as f64 / median / 1000.0,
            out.trim()
        );
        medians.push(median);
    }
    Ok(medians)
}

/// Joins shards (report directories, `report.json` or `results.jsonl` files, JUnit files) into
/// one report in `out`; returns the merged counts.
pub fn merge(out: &Path, inputs: &[PathBuf], baseline: Option<&Path>) -> Result<Summary, String> {
    if inputs.is_empty() {
        return Err("merge needs the shards to join".into());
    }
    let (report, suites) = reports::merge(inputs)?;
    let base = baseline.map(reports::RunReport::load).transpose()?;
    reports::write_report_with(out, &report, base.as_ref(), &suites)
        .map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(report.summary)
}

/// Writes `<root>/DIFFERENCES.md`, the table of every documented difference; returns its path.
pub fn write_differences(root: &Path) -> Result<PathBuf, String> {
    let diffs = Differences::load(&root.join("differences"))?;
    let path = root.join("DIFFERENCES.md");
    std::fs::write(&path, diffs.markdown_table())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// Runs one file on a fresh board, copying its output to stdout and its traceback to
/// stderr. Returns the process exit code: 0, or 1 if it raised, timed out or crashed.
pub fn exec_file(opts: &Options, file: &Path) -> Result<i32, String> {
    let code = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut target = opts.spec()?.build().map_err(|e| e.to_string())?;
    let conn = target.start().map_err(|e| e.to_string())?;
    let mut repl = RawRepl::new(conn, opts.client());
    repl.enter_raw().map_err(|e| e.to_string())?;
    if !target.boots_on_start() {
        repl.soft_reset().map_err(|e| e.to_string())?;
    }
    let result = repl.exec(&code, opts.timeout);
    let mut stdout = std::io::stdout();
    match result {
        Ok(exec) => {
            let _ = stdout.write_all(&crate::judge::normalize(&exec.stdout).into_bytes());
            let _ = stdout.flush();
            if exec.error.is_empty() {
                Ok(0)
            } else {
                eprint!("{}", crate::judge::normalize(&exec.error));
                Ok(1)
            }
        }
        Err(ExecError::Timeout { stdout: out, .. }) => {
            let _ = stdout.write_all(&out);
            eprintln!("\ntimed out after {:.1}s", opts.timeout.as_secs_f64());
            Ok(1)
        }
        Err(e) => {
            let status = target.wait_exit(Duration::from_millis(500));
            eprintln!(
                "{e}{}",
                status
                    .map(|s| format!(" ({} {s})", target.name()))
                    .unwrap_or_default()
            );
            Ok(1)
        }
    }
}

/// Connects this terminal to a fresh board's REPL until Ctrl-].
pub fn repl(opts: &Options) -> Result<i32, String> {
    let mut target = opts.spec()?.build().map_err(|e| e.to_string())?;
    let conn = target.start().map_err(|e| e.to_string())?;
    eprintln!("Connected to {}. Ctrl-] quits.", target.name());
    let ended = terminal::attach(conn).map_err(|e| e.to_string())?;
    if ended == terminal::Ended::BoardGone {
        let status = target.wait_exit(Duration::from_millis(500));
        eprintln!(
            "\r\nThe board went away{}.",
            status.map(|s| format!(" ({s})")).unwrap_or_default()
        );
        return Ok(1);
    }
    eprintln!("\r");
    Ok(0)
}

/// The `mp-harness` command line. Returns the exit code.
pub fn main(args: &[String]) -> i32 {
    let Some((cmd, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return 2;
    };
    let parsed = Options::parse(rest);
    let opts = match parsed {
        Ok(o) => o,
        Err(e) => {
            eprintln!("mp-harness: {e}\n{USAGE}");
            return 2;
        }
    };
    let result = match cmd.as_str() {
        "run" => {
            run_corpus(&opts, Box::new(std::io::stdout()))
                .map(|s| if s.failed() > 0 { 1 } else { 0 })
        }
        "exec" => match opts.paths.as_slice() {
            [file] => exec_file(&opts, file),
            _ => Err("exec takes one FILE.py".into()),
        },
        "repl" => repl(&opts),
        "transfer" => {
            let num = |flag: &str, default: usize| {
                rest.windows(2)
                    .find(|w| w[0] == flag)
                    .and_then(|w| w[1].parse().ok())
                    .unwrap_or(default)
            };
            transfer(&opts, num("--size", 16384), num("--rounds", 5)).map(|_| 0)
        }
        "merge" => match &opts.report {
            Some(out) => merge(out, &opts.paths, opts.baseline.as_deref()).map(|s| {
                println!("{}", s.line());
                if s.failed() > 0 {
                    1
                } else {
                    0
                }
            }),
            None => Err("merge needs --report OUT".into()),
        },
        "differences" => write_differences(&opts.root).map(|p| {
            println!("{}", p.display());
            0
        }),
        "pending" => snapshot::find_pending(&opts.root)
            .map(|p| {
                for f in &p {
                    println!("{}", f.display());
                }
                0
            })
            .map_err(|e| e.to_string()),
        "accept" => accept(&opts.paths),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(0)
        }
        other => Err(format!("unknown command {other}\n{USAGE}")),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("mp-harness: {e}");
            2
        }
    }
}

fn accept(files: &[PathBuf]) -> Result<i32, String> {
    if files.is_empty() {
        return Err("accept takes the .snap.new files a person has reviewed".into());
    }
    for f in files {
        let snap = snapshot::accept(f).map_err(|e| format!("{}: {e}", f.display()))?;
        println!("accepted {}", snap.display());
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_options_and_paths() {
        let o = Options::parse(&args(
            "--target qemu --elf fw.elf --timeout 2.5 -j 3 --no-cpython a.py dir",
        ))
        .unwrap();
        assert_eq!(o.timeout, Duration::from_millis(2500));
        assert_eq!(o.jobs, 3);
        assert!(!o.cpython);
        assert_eq!(o.paths, vec![PathBuf::from("a.py"), PathBuf::from("dir")]);
        assert!(matches!(o.spec().unwrap(), TargetSpec::Qemu { .. }));

        let o = Options::parse(&args("--port /dev/ttyUSB0 --baud 9600")).unwrap();
        assert_eq!(
            o.spec().unwrap(),
            TargetSpec::Serial {
                path: "/dev/ttyUSB0".into(),
                baud: 9600,
                reset: None
            }
        );
        let o = Options::parse(&args("--port /dev/ttyUSB0 --reset-cmd ./reset.sh")).unwrap();
        assert!(matches!(
            o.spec().unwrap(),
            TargetSpec::Serial { reset: Some(r), .. } if r == vec!["./reset.sh".to_string()]
        ));
        let o = Options::parse(&args("--target host --reset-cmd ./reset.sh")).unwrap();
        assert!(
            o.spec().is_err(),
            "only a serial board takes a reset command"
        );
        assert!(Options::parse(&args("--timeout")).is_err());
        assert!(Options::parse(&args("--timeout -1")).is_err());
        assert!(Options::parse(&args("--bogus")).is_err());
    }
}
