//! `cargo xtask size [--elf FW.elf] [--list PART]`: the firmware's flash (`text` as
//! `arm-none-eabi-size` counts it: every allocated read-only section, so `.vector_table`,
//! `.text` and `.rodata`) broken down by part of the program, and the budget it must stay
//! under (`xtask/size-budget.toml`, checked by `cargo xtask test`).
//!
//! The sections come from the ELF itself (parsed here: the budget check needs no binutils);
//! the symbols, their sizes and demangled names from `arm-none-eabi-nm -S -C`. Each symbol is
//! given to a part by its path ([`part_of`]); bytes of a section that no symbol covers
//! (alignment, literals without a symbol) are listed as the remainder, so the parts add up to
//! the total exactly.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The budget file, relative to the workspace root.
pub const BUDGET_FILE: &str = "xtask/size-budget.toml";

const USAGE: &str = "\
usage: cargo xtask size [--elf FW.elf] [--list PART]
  --elf FW.elf   size this ELF instead of building the firmware
  --list PART    also list PART's symbols, largest first (PART as printed, or a prefix of it)";

const HEADER: &str = "\
Flash by part: symbol sizes from arm-none-eabi-nm, sections from the ELF. The firmware is
built with fat LTO, so a function inlined into another counts in its caller's part, and a
generic instance (core::slice::sort on our values, alloc's Vec growth) in the part of the
crate that defines it.";

/// SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR.
const SHF_WRITE: u32 = 0x1;
const SHF_ALLOC: u32 = 0x2;
const SHF_EXECINSTR: u32 = 0x4;
/// SHT_NOBITS (.bss).
const SHT_NOBITS: u32 = 8;

/// One section header of the ELF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub name: String,
    pub kind: u32,
    pub flags: u32,
    pub addr: u64,
    pub size: u64,
}

impl Section {
    /// Counted in `text` by `arm-none-eabi-size` (Berkeley format): allocated, not writable,
    /// with contents.
    pub fn is_text(&self) -> bool {
        self.flags & SHF_ALLOC != 0 && self.flags & SHF_WRITE == 0 && self.kind != SHT_NOBITS
    }

    fn is_code(&self) -> bool {
        self.flags & SHF_EXECINSTR != 0
    }
}

/// The section headers of a 32-bit little-endian ELF (the firmware's format).
pub fn parse_sections(elf: &[u8]) -> Result<Vec<Section>, String> {
    let u16_at = |o: usize| -> Result<u16, String> {
        elf.get(o..o + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .ok_or_else(|| format!("ELF truncated at {o:#x}"))
    };
    let u32_at = |o: usize| -> Result<u32, String> {
        elf.get(o..o + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or_else(|| format!("ELF truncated at {o:#x}"))
    };
    if elf.get(..4) != Some(b"\x7fELF".as_slice()) {
        return Err("not an ELF file".into());
    }
    if elf.get(4) != Some(&1) || elf.get(5) != Some(&1) {
        return Err("not a 32-bit little-endian ELF (the firmware is one)".into());
    }
    let shoff = u32_at(0x20)? as usize;
    let shentsize = u16_at(0x2e)? as usize;
    let shnum = u16_at(0x30)? as usize;
    let shstrndx = u16_at(0x32)? as usize;
    if shentsize < 40 || shstrndx >= shnum {
        return Err("bad section header table".into());
    }
    let header = |i: usize| shoff + i * shentsize;
    let strtab = u32_at(header(shstrndx) + 0x10)? as usize;
    let mut out = Vec::with_capacity(shnum);
    for i in 0..shnum {
        let h = header(i);
        let name_at = strtab + u32_at(h)? as usize;
        let name_bytes = elf.get(name_at..).ok_or("section name out of the file")?;
        let len = name_bytes.iter().position(|&b| b == 0).unwrap_or(0);
        out.push(Section {
            name: String::from_utf8_lossy(&name_bytes[..len]).into_owned(),
            kind: u32_at(h + 4)?,
            flags: u32_at(h + 8)?,
            addr: u32_at(h + 12)? as u64,
            size: u32_at(h + 20)? as u64,
        });
    }
    Ok(out)
}

/// `text` as `arm-none-eabi-size` prints it.
pub fn text_size(sections: &[Section]) -> u64 {
    sections
        .iter()
        .filter(|s| s.is_text())
        .map(|s| s.size)
        .sum()
}

/// One sized symbol from `nm -S -C`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub addr: u64,
    pub size: u64,
    pub name: String,
}

/// The sized symbols of `nm -S -C --defined-only` output (`addr size type name`); lines
/// without a size (labels, linker-script symbols) are skipped.
pub fn parse_nm(out: &str) -> Vec<Symbol> {
    out.lines()
        .filter_map(|line| {
            let mut it = line.splitn(4, ' ');
            let addr = u64::from_str_radix(it.next()?, 16).ok()?;
            let size = u64::from_str_radix(it.next()?, 16).ok()?;
            let kind = it.next()?;
            let name = it.next()?;
            (kind.len() == 1 && size > 0).then(|| Symbol {
                addr,
                size,
                name: name.to_string(),
            })
        })
        .collect()
}

/// The crate-qualified path a demangled name is about: for `<Type as Trait>::f` the type's
/// path (the trait's when the type is a primitive or a generic parameter), for `&T`, `[T]`
/// and the like what is inside.
pub fn subject_path(name: &str) -> &str {
    let Some(inner) = name.strip_prefix('<') else {
        return name;
    };
    // The self type ends at " as " or at the '>' closing the first '<', at depth 0.
    let (mut depth, mut self_end, mut trait_start) = (0usize, inner.len(), None);
    for (i, c) in inner.char_indices() {
        match c {
            '<' => depth += 1,
            '>' if depth == 0 => {
                self_end = self_end.min(i);
                break;
            }
            '>' => depth -= 1,
            ' ' if depth == 0 && inner[i..].starts_with(" as ") => {
                self_end = i;
                trait_start = Some(i + 4);
            }
            _ => {}
        }
    }
    let self_ty = inner[..self_end].trim_start_matches(['&', '*', '[', '(']);
    let self_ty = self_ty
        .strip_prefix("mut ")
        .or_else(|| self_ty.strip_prefix("const "))
        .unwrap_or(self_ty);
    let self_ty = self_ty.trim_start_matches(['&', '[', '(']);
    let self_ty = self_ty.strip_prefix("dyn ").unwrap_or(self_ty);
    if self_ty.contains("::") {
        return self_ty;
    }
    match trait_start {
        Some(t) => &inner[t..],
        None => self_ty,
    }
}

/// Crates (and unmangled runtime symbols) of the core/alloc/compiler_builtins part.
const CORE_CRATES: &[&str] = &["core", "alloc", "compiler_builtins", "__rustc"];
/// Unmangled symbols that compiler_builtins provides.
const BUILTIN_SYMBOLS: &[&str] = &["memcpy", "memmove", "memset", "memcmp", "bcmp", "strlen"];
/// cortex-m-rt's startup, which belongs to the board.
const STARTUP_SYMBOLS: &[&str] = &[
    "Reset",
    "DefaultHandler_",
    "DefaultPreInit",
    "HardFault",
    "HardFault_",
    "_HardFault",
    "NonMaskableInt",
    "SysTick",
    "__RESET_VECTOR",
    "__EXCEPTIONS",
    "__INTERRUPTS",
];

/// The part a symbol belongs to. `objects` and `modules` are the module names under
/// `mp_vm::objects` and `mp_vm::modules` (from the source tree), each its own part.
pub fn part_of(name: &str, objects: &[String], modules: &[String]) -> String {
    if name.starts_with(".L") {
        return ANON.into();
    }
    if STARTUP_SYMBOLS.contains(&name) {
        return "board".into();
    }
    if name == "main" {
        return "board".into();
    }
    // The VM's non-local return, written in assembly (runtime/nlr.rs).
    if name.starts_with("mp_nlr_") {
        return "interpreter (mp_vm::runtime)".into();
    }
    // compiler_builtins' unmangled entry points: memcpy, __aeabi_memclr, __udivmoddi4, ...
    if BUILTIN_SYMBOLS.contains(&name) || (name.starts_with("__") && !name.contains("::")) {
        return CORE.into();
    }
    let path = subject_path(name);
    let mut parts = path.split("::");
    let krate = parts.next().unwrap_or("");
    let second = parts.next().unwrap_or("");
    let third = parts.next().unwrap_or("");
    let own = |list: &[String], word: &str| list.iter().any(|m| m == word);
    match krate {
        "mp_vm" => match second {
            "compile" => "compiler (mp_vm::compile)".into(),
            "runtime" => "interpreter (mp_vm::runtime)".into(),
            "objects" if own(objects, third) => format!("mp_vm::objects::{third}"),
            "objects" => "mp_vm::objects (shared)".into(),
            "modules" if own(modules, third) => format!("mp_vm::modules::{third}"),
            "modules" => "mp_vm::modules (shared)".into(),
            "builtins" => "builtins (mp_vm::builtins)".into(),
            "num" => "num (mp_vm::num)".into(),
            "repl" => "repl (mp_vm::repl)".into(),
            _ => "mp_vm (vm, api, value, object)".into(),
        },
        "mp_hal" => "hal (mp_hal)".into(),
        "mp_board_mps2_an385" | "cortex_m_rt" => "board".into(),
        "libm" => "libm".into(),
        k if CORE_CRATES.contains(&k) => CORE.into(),
        // A primitive's inherent method (`<str>::to_uppercase`) lives in core or alloc.
        k if !path.contains("::") && !k.is_empty() && name.starts_with('<') => CORE.into(),
        _ => OTHER.into(),
    }
}

const ANON: &str = "anonymous constants (.L*: literals, panic locations)";
const CORE: &str = "core/alloc/compiler_builtins";
const OTHER: &str = "other";
const REMAINDER: &str = "remainder (padding, merged strings: no symbol)";

/// Bytes of one part: in executable sections, and in read-only data.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Bytes {
    pub code: u64,
    pub data: u64,
}

impl Bytes {
    pub fn total(&self) -> u64 {
        self.code + self.data
    }
}

/// The breakdown: bytes per part, and the symbols behind each (for `--list`).
#[derive(Debug, Default)]
pub struct Report {
    pub parts: BTreeMap<String, Bytes>,
    pub symbols: BTreeMap<String, Vec<(u64, String)>>,
    pub text: u64,
}

/// Gives every byte of the `text` sections to a part: the symbol covering it, or the
/// remainder. Overlapping symbols (aliases) count once, for the first at that address.
pub fn attribute(
    sections: &[Section],
    symbols: &[Symbol],
    part: &dyn Fn(&str) -> String,
) -> Report {
    let mut report = Report {
        text: text_size(sections),
        ..Report::default()
    };
    let mut sorted: Vec<&Symbol> = symbols.iter().collect();
    sorted.sort_by(|a, b| a.addr.cmp(&b.addr).then(b.size.cmp(&a.size)));
    for sec in sections.iter().filter(|s| s.is_text() && s.size > 0) {
        let (start, end) = (sec.addr, sec.addr + sec.size);
        let mut cursor = start;
        let mut covered = 0;
        // A symbol counts in the section it starts in, clipped to its end.
        let first = sorted.partition_point(|s| s.addr < start);
        for sym in sorted[first..].iter().take_while(|s| s.addr < end) {
            let (a, b) = (sym.addr.max(cursor), (sym.addr + sym.size).min(end));
            if b <= a {
                continue;
            }
            cursor = b;
            covered += b - a;
            let p = part(&sym.name);
            let bytes = report.parts.entry(p.clone()).or_default();
            if sec.is_code() {
                bytes.code += b - a;
            } else {
                bytes.data += b - a;
            }
            report
                .symbols
                .entry(p)
                .or_default()
                .push((b - a, sym.name.clone()));
        }
        let rest = sec.size - covered;
        if rest > 0 {
            let bytes = report.parts.entry(REMAINDER.into()).or_default();
            if sec.is_code() {
                bytes.code += rest;
            } else {
                bytes.data += rest;
            }
        }
    }
    report
}

/// The printing order: the VM's stages, then its objects and modules (largest first), then
/// the rest of the program, the two unnamed rows last.
fn order(report: &Report) -> Vec<(&String, &Bytes)> {
    let rank = |name: &str| -> usize {
        match name {
            n if n.starts_with("compiler") => 0,
            n if n.starts_with("interpreter") => 1,
            n if n.starts_with("mp_vm::objects") => 2,
            n if n.starts_with("builtins") => 3,
            n if n.starts_with("mp_vm::modules") => 4,
            n if n.starts_with("num") => 5,
            n if n.starts_with("repl") => 6,
            n if n.starts_with("mp_vm ") => 7,
            n if n.starts_with("hal") => 8,
            "board" => 9,
            "libm" => 10,
            CORE => 11,
            OTHER => 12,
            ANON => 13,
            _ => 14,
        }
    };
    let mut rows: Vec<_> = report.parts.iter().collect();
    rows.sort_by(|a, b| {
        rank(a.0)
            .cmp(&rank(b.0))
            .then(b.1.total().cmp(&a.1.total()))
            .then(a.0.cmp(b.0))
    });
    rows
}

/// The table `cargo xtask size` prints.
pub fn render(report: &Report) -> String {
    let mut s = format!(
        "{:<54} {:>9} {:>9} {:>9}\n",
        "part", "code", "rodata", "total"
    );
    let (mut code, mut data) = (0, 0);
    for (name, b) in order(report) {
        s += &format!(
            "{:<54} {:>9} {:>9} {:>9}\n",
            name,
            group(b.code),
            group(b.data),
            group(b.total())
        );
        code += b.code;
        data += b.data;
    }
    s += &format!(
        "{:<54} {:>9} {:>9} {:>9}\n",
        "total (text of arm-none-eabi-size)",
        group(code),
        group(data),
        group(code + data)
    );
    s
}

/// 870808 -> "870,808".
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The budget file: `text = 580_000` and comments.
pub fn parse_budget(toml: &str) -> Result<u64, String> {
    for line in toml.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some((key, value)) = line.split_once('=') {
            if key.trim() == "text" {
                return value.trim().replace('_', "").parse().map_err(|_| {
                    format!("{BUDGET_FILE}: text = {} is not a number", value.trim())
                });
            }
        }
    }
    Err(format!("{BUDGET_FILE} has no `text = BYTES` line"))
}

/// `Ok` with a one-line verdict when `text` is within `budget`.
pub fn judge(text: u64, budget: u64) -> Result<String, String> {
    if text <= budget {
        Ok(format!(
            "text {} bytes, budget {} ({} under)",
            group(text),
            group(budget),
            group(budget - text)
        ))
    } else {
        Err(format!(
            "text {} bytes is {} over the budget of {} in {BUDGET_FILE}: find what grew with \
             `cargo xtask size` (or raise the budget there, saying why)",
            group(text),
            group(text - budget),
            group(budget)
        ))
    }
}

fn read_budget() -> Result<u64, String> {
    let path = crate::root().join(BUDGET_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_budget(&text)
}

fn elf_text(elf: &Path) -> Result<(Vec<Section>, u64), String> {
    let bytes = std::fs::read(elf).map_err(|e| format!("{}: {e}", elf.display()))?;
    let sections = parse_sections(&bytes).map_err(|e| format!("{}: {e}", elf.display()))?;
    let text = text_size(&sections);
    Ok((sections, text))
}

/// The `cargo xtask test` step: the built firmware's `text` against the budget.
pub fn check_budget(elf: &Path) -> Result<(), String> {
    let (_, text) = elf_text(elf)?;
    let verdict = judge(text, read_budget()?)?;
    println!("{verdict}");
    Ok(())
}

/// Module names: the `.rs` files and folders directly under `dir`, `mod.rs` aside.
fn module_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let path = e.path();
            if path.is_dir() {
                Some(name)
            } else {
                name.strip_suffix(".rs")
                    .filter(|n| *n != "mod")
                    .map(str::to_string)
            }
        })
        .collect();
    names.sort();
    names
}

/// `text` as `arm-none-eabi-size` reports it, when the tool is there.
fn binutils_text(elf: &Path) -> Option<u64> {
    let out = Command::new("arm-none-eabi-size").arg(elf).output().ok()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .lines()
        .nth(1)?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

pub fn run(args: &[String]) -> Result<u8, String> {
    let (mut elf, mut list) = (None, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--elf" => elf = Some(PathBuf::from(it.next().ok_or("--elf needs a path")?)),
            "--list" => list = Some(it.next().ok_or("--list needs a part")?.clone()),
            _ => return Err(format!("unknown argument {a}\n{USAGE}")),
        }
    }
    let elf = match elf {
        Some(e) => e,
        None => crate::build_firmware(&crate::shell()?)?,
    };
    let (sections, text) = elf_text(&elf)?;
    let nm = Command::new("arm-none-eabi-nm")
        .args(["-S", "-C", "--defined-only"])
        .arg(&elf)
        .output()
        .map_err(|e| format!("arm-none-eabi-nm (binutils-arm-none-eabi): {e}"))?;
    if !nm.status.success() {
        return Err(format!(
            "arm-none-eabi-nm failed: {}",
            String::from_utf8_lossy(&nm.stderr)
        ));
    }
    let symbols = parse_nm(&String::from_utf8_lossy(&nm.stdout));
    let src = crate::root().join("firmware/vm/src");
    let (objects, modules) = (
        module_names(&src.join("objects")),
        module_names(&src.join("modules")),
    );
    let report = attribute(&sections, &symbols, &|n| part_of(n, &objects, &modules));
    let sum: u64 = report.parts.values().map(Bytes::total).sum();
    if sum != report.text {
        return Err(format!(
            "the parts add up to {sum}, text is {}",
            report.text
        ));
    }
    println!("{HEADER}\n\n{}\n", elf.display());
    print!("{}", render(&report));
    match binutils_text(&elf) {
        Some(t) if t == text => println!("arm-none-eabi-size agrees: text {}", group(t)),
        Some(t) => {
            return Err(format!(
                "arm-none-eabi-size says text {t}, the sections here add up to {text}"
            ))
        }
        None => println!("(arm-none-eabi-size not found: not cross-checked)"),
    }
    if let Some(want) = list {
        let key = report
            .symbols
            .keys()
            .find(|k| **k == want)
            .or_else(|| report.symbols.keys().find(|k| k.starts_with(&want)))
            .ok_or_else(|| format!("no part {want}"))?
            .clone();
        let mut syms = report.symbols[&key].clone();
        syms.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        println!("\n{key}:");
        for (size, name) in syms {
            println!("{:>9}  {name}", group(size));
        }
    }
    let verdict = judge(text, read_budget()?);
    match &verdict {
        Ok(v) => println!("{v}"),
        Err(e) => println!("{e}"),
    }
    Ok(if verdict.is_ok() { 0 } else { 1 })
}

#[cfg(test)]
#[path = "size_tests.rs"]
mod tests;
