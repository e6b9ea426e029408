//! `cargo xtask conformance`: regenerates `conformance/DIFFERENCES.md`, then runs the corpus on
//! a target with a report directory; `--merge` joins shards' reports instead.

use crate::{build_firmware, build_host, ensure_qemu, shell, target_dir};
use mp_harness::cli::{self, Options};
use std::path::PathBuf;

pub const USAGE: &str = "\
usage: cargo xtask conformance [options] [PATH...]
       cargo xtask conformance --merge --report OUT SHARD...
Regenerates conformance/DIFFERENCES.md, builds what the target needs, runs the corpus (or PATHs).
  --target qemu|host|cmd:\"CMD\"|serial:PATH   where to run (qemu; --port PATH --baud N for a board)
  --report DIR      write DIR/report.json, junit.xml, summary.md, results.jsonl (default
                    target/mp-harness/report-TARGET)
  --baseline FILE   compare with this report.json (default: the last complete run in DIR)
  -j N              boards at once (number of cores)
  --timeout S, --no-raw-paste, --no-cpython, --transport tcp|pty, --chunk-delay-ms N: as mp-harness
  --merge           join SHARDs (report dirs, report.json, results.jsonl, junit.xml) into --report
  --scaling         run the corpus with -j 1, then -j N (N = -j, default the cores), no report:
                    prints both wall times and their ratio";

pub fn run(args: &[String]) -> Result<u8, String> {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return Ok(0);
    }
    let merge = args.iter().any(|a| a == "--merge");
    let scaling = args.iter().any(|a| a == "--scaling");
    let rest: Vec<String> = args
        .iter()
        .filter(|a| *a != "--merge" && *a != "--scaling")
        .cloned()
        .collect();
    let mut opts = Options::parse(&rest).map_err(|e| format!("{e}\n{USAGE}"))?;
    let root = crate::root().join("conformance");
    if merge {
        let out = opts.report.clone().ok_or("--merge needs --report OUT")?;
        let summary = cli::merge(&out, &opts.paths, opts.baseline.as_deref())?;
        println!("merged into {}", out.display());
        println!("{}", summary.line());
        return Ok(if summary.failed() > 0 { 1 } else { 0 });
    }

    let table = cli::write_differences(&root)?;
    println!("wrote {}", table.display());

    opts.root = root;
    let target = opts.target.get_or_insert_with(|| "qemu".into()).clone();
    let sh = shell()?;
    match target.as_str() {
        "qemu" if opts.elf.is_none() => {
            ensure_qemu()?;
            opts.elf = Some(build_firmware(&sh)?);
        }
        "host" if opts.bin.is_none() => opts.bin = Some(build_host(&sh)?),
        _ => {}
    }
    if scaling {
        return measure_scaling(opts);
    }
    let report = opts.report.get_or_insert_with(|| {
        let name = target.split(':').next().unwrap_or("target");
        target_dir()
            .join("mp-harness")
            .join(format!("report-{name}"))
    });
    let report: PathBuf = report.clone();
    let summary = cli::run_corpus(&opts, Box::new(std::io::stdout()))?;
    println!("summary: {}", report.join("summary.md").display());
    Ok(if summary.failed() > 0 { 1 } else { 0 })
}

/// Wall time of the corpus with one board and with `opts.jobs` boards: the check that
/// parallel boards pay off (at most 0.65x on 2 cores).
fn measure_scaling(mut opts: Options) -> Result<u8, String> {
    let jobs = opts.jobs.max(2);
    let mut times = Vec::new();
    for j in [1, jobs] {
        opts.jobs = j;
        let t0 = std::time::Instant::now();
        let summary = cli::run_corpus(&opts, Box::new(std::io::sink()))?;
        let secs = t0.elapsed().as_secs_f64();
        println!("-j {j}: {secs:.2} s ({})", summary.line());
        if summary.failed() > 0 {
            return Ok(1);
        }
        times.push(secs);
    }
    println!(
        "-j {jobs} takes {:.2}x the wall time of -j 1",
        times[1] / times[0]
    );
    Ok(0)
}
