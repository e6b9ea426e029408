//! `cargo xtask build | run [FILE.py] | serve [--tcp PORT] | test | size`: the project's commands.
//!
//! Each command first makes sure of what it needs: the thumbv7m-none-eabi target (installed
//! with rustup when missing) and qemu-system-arm (with the exact command to install it).

mod bench;
mod conformance;
mod size;
mod test;
mod tidy;

use mp_harness::cli::Options;
use mp_harness::profile::MemProfile;
use mp_harness::target::qemu::{qemu_args, read_pty_path};
use mp_harness::target::{qemu_available, ChildGuard, QEMU};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Duration;
use xshell::{cmd, Shell};

const FIRMWARE_TARGET: &str = "thumbv7m-none-eabi";
const BOARD_CRATE: &str = "mp-board-mps2-an385";
const HOST_CRATE: &str = "mp-host";
const HOST_BIN: &str = "micropython";

const USAGE: &str = "\
usage: cargo xtask <command>
  build                 build the firmware ELF (release); the last line printed is its path
  run                   boot the board and connect this terminal to its REPL (Ctrl-] quits)
  run FILE.py           run FILE.py on the emulated board; exit 1 if it raised
  serve [--tcp PORT]    boot the board and expose UART0 on a pty (or 127.0.0.1:PORT);
                        --elf FW.elf serves that build instead of building
  test                  fmt, clippy, unit tests, the corpus on the host port and under QEMU
  conformance [...]     DIFFERENCES.md, then the corpus with a report dir (see conformance --help)
  bench [NAME...]       benchmarks under QEMU -icount (guest kinsn vs reference) and on the host
  size [--elf FW.elf]   the firmware's flash (text) by part, against xtask/size-budget.toml
  tidy                  the tree's rules: module docs, file sizes, the compiler's one door
options for run FILE.py: --timeout S (default 600)
memory (run, serve, test's corpus via conformance, bench): --mem an385|pyboard|esp8266, or
  --heap BYTES --stack BYTES; the board's default is an385 (143,360-byte heap, 10,240 stack)";

type Result<T, E = String> = std::result::Result<T, E>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => build_cmd(),
        Some("run") => run_cmd(&args[1..]),
        Some("serve") => serve_cmd(&args[1..]),
        Some("test") => test::run(),
        Some("conformance") => conformance::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("size") => size::run(&args[1..]),
        Some("tidy") => tidy::run(),
        Some("help" | "--help" | "-h") | None => {
            println!("{USAGE}");
            Ok(0)
        }
        Some(other) => Err(format!("unknown command {other}\n{USAGE}")),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask has a parent")
        .to_path_buf()
}

/// Cargo's target directory, as cargo itself picks it.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root().join(p) })
        .unwrap_or_else(|| root().join("target"))
}

pub fn shell() -> Result<Shell> {
    let sh = Shell::new().map_err(|e| e.to_string())?;
    sh.change_dir(root());
    Ok(sh)
}

/// Installs the firmware's rustup target if it is missing.
pub fn ensure_rust_target(sh: &Shell) -> Result<()> {
    let installed = cmd!(sh, "rustup target list --installed")
        .quiet()
        .read()
        .map_err(|e| format!("rustup is needed to check for {FIRMWARE_TARGET}: {e}"))?;
    if !installed.lines().any(|l| l.trim() == FIRMWARE_TARGET) {
        eprintln!("xtask: installing the {FIRMWARE_TARGET} target");
        cmd!(sh, "rustup target add {FIRMWARE_TARGET}")
            .run()
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Fails with the install command if QEMU is missing.
pub fn ensure_qemu() -> Result<()> {
    if qemu_available() {
        Ok(())
    } else {
        Err(format!(
            "{QEMU} is not installed. Install it with:\n    sudo apt-get install qemu-system-arm"
        ))
    }
}

/// Builds the firmware ELF in release and returns its absolute path.
pub fn build_firmware(sh: &Shell) -> Result<PathBuf> {
    ensure_rust_target(sh)?;
    cmd!(
        sh,
        "cargo build --release -p {BOARD_CRATE} --target {FIRMWARE_TARGET}"
    )
    .run()
    .map_err(|e| format!("building the firmware failed: {e}"))?;
    let elf = target_dir()
        .join(FIRMWARE_TARGET)
        .join("release")
        .join(BOARD_CRATE);
    if !elf.is_file() {
        return Err(format!("the build did not produce {}", elf.display()));
    }
    Ok(elf)
}

/// Builds the host port in release and returns its path.
pub fn build_host(sh: &Shell) -> Result<PathBuf> {
    cmd!(sh, "cargo build --release -p {HOST_CRATE}")
        .run()
        .map_err(|e| format!("building the host port failed: {e}"))?;
    let bin = target_dir().join("release").join(HOST_BIN);
    if !bin.is_file() {
        return Err(format!("the build did not produce {}", bin.display()));
    }
    Ok(bin)
}

fn build_cmd() -> Result<u8> {
    let sh = shell()?;
    let elf = build_firmware(&sh)?;
    println!("{}", elf.display());
    Ok(0)
}

fn qemu_options(elf: PathBuf) -> Options {
    Options {
        target: Some("qemu".into()),
        elf: Some(elf),
        ..Options::default()
    }
}

/// `--mem NAME`, `--heap BYTES`, `--stack BYTES`: the board's memory profile
/// (`harness/src/profile.rs`). True if `a` was one of them.
pub fn mem_option(
    a: &str,
    it: &mut std::slice::Iter<'_, String>,
    mem: &mut Option<MemProfile>,
) -> Result<bool> {
    if !mp_harness::profile::FLAGS.contains(&a) {
        return Ok(false);
    }
    let value = it.next().ok_or(format!("{a} needs a value"))?;
    mp_harness::profile::apply_flag(mem, a, value)?;
    Ok(true)
}

fn run_cmd(args: &[String]) -> Result<u8> {
    let mut file = None;
    let mut timeout = Duration::from_secs(600);
    let mut mem = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if mem_option(a, &mut it, &mut mem)? {
            continue;
        }
        match a.as_str() {
            "--timeout" => {
                let v = it.next().ok_or("--timeout needs seconds")?;
                let s: f64 = v.parse().map_err(|_| format!("--timeout: {v}"))?;
                timeout = Duration::from_secs_f64(s.max(0.0));
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            f => file = Some(PathBuf::from(f)),
        }
    }
    ensure_qemu()?;
    let sh = shell()?;
    let elf = build_firmware(&sh)?;
    let mut opts = qemu_options(elf);
    opts.timeout = timeout;
    opts.mem = mem;
    let code = match file {
        Some(f) => mp_harness::cli::exec_file(&opts, &f)?,
        None => mp_harness::cli::repl(&opts)?,
    };
    Ok(code.clamp(0, 255) as u8)
}

fn serve_cmd(args: &[String]) -> Result<u8> {
    let mut port = None;
    let mut elf = None;
    let mut mem = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if mem_option(a, &mut it, &mut mem)? {
            continue;
        }
        match a.as_str() {
            "--tcp" => {
                let p = it.next().ok_or("--tcp needs a port number")?;
                port = Some(
                    p.parse::<u16>()
                        .map_err(|_| format!("--tcp needs a port number, not {p}"))?,
                );
            }
            "--elf" => elf = Some(PathBuf::from(it.next().ok_or("--elf needs a path")?)),
            _ => {
                return Err(format!(
                    "serve takes [--tcp PORT] [--elf FW.elf] [--mem NAME]\n{USAGE}"
                ))
            }
        }
    }
    ensure_qemu()?;
    let elf = match elf {
        Some(e) => e,
        None => build_firmware(&shell()?)?,
    };
    let serial = match port {
        // wait=on: the board boots when the first client connects, so it sees the banner.
        Some(p) => format!("tcp:127.0.0.1:{p},server=on,wait=on,nodelay=on"),
        None => "pty".to_string(),
    };
    let mut args = qemu_args(&elf, &serial);
    if let Some(m) = mem {
        // Before -kernel, as the harness puts extra options.
        let at = args.len() - 2;
        args.splice(at..at, m.qemu_args());
    }
    let mut qemu = Command::new(QEMU);
    qemu.args(&args)
        .stdin(Stdio::null())
        .stdout(if port.is_some() {
            Stdio::inherit()
        } else {
            Stdio::piped()
        })
        .stderr(Stdio::inherit());
    let mut child =
        ChildGuard::spawn(&mut qemu).map_err(|e| format!("cannot start {QEMU}: {e}"))?;
    match port {
        Some(p) => {
            println!("UART0 on 127.0.0.1:{p} (the board boots when a client connects)");
            println!("    mpremote connect socket://127.0.0.1:{p}");
        }
        None => {
            let stdout = child.child().stdout.take().expect("piped");
            let path = read_pty_path(stdout).map_err(|e| e.to_string())?;
            println!("UART0 on {path}");
            println!("    mpremote connect {path}");
        }
    }
    println!("Ctrl-C stops the board.");
    let status = child.child().wait().map_err(|e| e.to_string())?;
    Ok(if status.success() { 0 } else { 1 })
}
