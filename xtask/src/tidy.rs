//! `cargo xtask tidy`: the rules that keep the tree as designed, checked on every
//! `cargo xtask test`.
//!
//! - Every `.rs` file in `firmware/`, `harness/`, `xtask/` and `tests/` opens with a `//!`
//!   line saying what it is for; no non-test file passes [`MAX_LINES`].
//! - `firmware/vm/src` keeps at most [`MAX_VM_TOP_FILES`] files at its top level: the rest
//!   live in the stage folders (`compile/`, `runtime/`, `objects/`, `builtins/`, ...).
//! - The compiler reaches the runtime through one door, `compile/codegen/objects.rs`.

use std::fs;
use std::path::{Path, PathBuf};

/// The longest a non-test source file may be.
pub const MAX_LINES: usize = 800;
/// Files allowed beside `lib.rs` in `firmware/vm/src` (lib.rs included).
pub const MAX_VM_TOP_FILES: usize = 12;

/// Folders whose sources the rules cover.
const TREES: &[&str] = &["firmware", "harness", "xtask", "tests"];

/// What `compile/` may name of the rest of the crate, outside its door.
const COMPILE_MAY_USE: &[&str] = &[
    "crate::compile",
    "crate::runtime::qstr",
    "crate::runtime::gc::stack_pointer",
    "crate::num",
    "crate::object::BinOp",
    "crate::object::PyResult",
    "crate::object::UnaryOp",
    "crate::value",
    "crate::vm::Vm",
];
/// Files of `compile/` exempt from the door rule: the door itself, and the tests that run
/// what they compile.
const COMPILE_DOORS: &[&str] = &["codegen/objects.rs", "tests.rs"];

/// Every rule over the tree at `root`; each broken rule is one line of the error.
pub fn check(root: &Path) -> Result<(), String> {
    let mut problems = Vec::new();
    for tree in TREES {
        for file in rust_files(&root.join(tree)) {
            let text = fs::read_to_string(&file).unwrap_or_default();
            let rel = file.strip_prefix(root).unwrap_or(&file).to_path_buf();
            problems.extend(check_file(&rel, &text));
        }
    }
    problems.extend(check_vm_top(&root.join("firmware/vm/src")));
    let compile = root.join("firmware/vm/src/compile");
    for file in rust_files(&compile) {
        let rel = file.strip_prefix(&compile).unwrap_or(&file);
        let rel_s = rel.to_string_lossy().replace('\\', "/");
        if COMPILE_DOORS.contains(&rel_s.as_str()) {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap_or_default();
        for path in forbidden_compile_paths(&text) {
            problems.push(format!(
                "firmware/vm/src/compile/{rel_s}: names `{path}`; the compiler reaches the \
                 runtime only through compile/codegen/objects.rs"
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} tidy problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        ))
    }
}

/// `cargo xtask tidy`.
pub fn run() -> Result<u8, String> {
    check(&crate::root())?;
    println!("tidy: the tree keeps its rules");
    Ok(0)
}

/// The rules one file can break on its own.
fn check_file(rel: &Path, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let name = rel.display();
    if !text.starts_with("//!") {
        out.push(format!(
            "{name}: does not open with a `//!` line saying what it is for"
        ));
    }
    let lines = text.lines().count();
    if !is_test_file(rel) && lines > MAX_LINES {
        out.push(format!(
            "{name}: {lines} lines, over {MAX_LINES}; split it along its seams"
        ));
    }
    out
}

/// Tests may run long (tables of cases); the line limit is for the code they test.
fn is_test_file(rel: &Path) -> bool {
    let s = rel.to_string_lossy().replace('\\', "/");
    let file = s.rsplit('/').next().unwrap_or("");
    s.starts_with("tests/")
        || s.contains("/tests/")
        || s.contains("/fuzz/")
        || file == "tests.rs"
        || file.ends_with("_tests.rs")
}

fn check_vm_top(src: &Path) -> Vec<String> {
    let Ok(dir) = fs::read_dir(src) else {
        return vec![format!("{}: missing", src.display())];
    };
    let mut top: Vec<String> = dir
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "rs"))
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    top.sort();
    if top.len() > MAX_VM_TOP_FILES {
        vec![format!(
            "firmware/vm/src: {} files at the top level (at most {MAX_VM_TOP_FILES}): {}; \
             put them in a stage folder",
            top.len(),
            top.join(" ")
        )]
    } else {
        Vec::new()
    }
}

/// The `crate::` paths in `text` that the compiler may not name. Groups (`crate::{a, b::c}`)
/// and `crate::a::{b, c}` are expanded one level, which is how the code base writes them.
fn forbidden_compile_paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for path in crate_paths(text) {
        if !COMPILE_MAY_USE
            .iter()
            .any(|ok| path == *ok || path.starts_with(&format!("{ok}::")))
        {
            out.push(path);
        }
    }
    out
}

/// Every `crate::a::b` path named in `text`, comments excluded.
fn crate_paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let before = rest[..i].chars().last();
            rest = &rest[i + "crate::".len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                for item in group[..end].split(',') {
                    let item = item.trim();
                    if !item.is_empty() {
                        out.push(format!("crate::{}", path_prefix(item)));
                    }
                }
                continue;
            }
            let prefix = path_prefix(rest);
            match rest[prefix.len()..].strip_prefix("::{") {
                Some(group) => {
                    let end = group.find('}').unwrap_or(group.len());
                    for item in group[..end].split(',').map(str::trim) {
                        match item {
                            "" => {}
                            "self" => out.push(format!("crate::{prefix}")),
                            _ => out.push(format!("crate::{prefix}::{}", path_prefix(item))),
                        }
                    }
                }
                None => out.push(format!("crate::{prefix}")),
            }
        }
    }
    out
}

/// The leading `a::b::c` of `s` (stops at the first character that is not part of a path).
fn path_prefix(s: &str) -> &str {
    let b = s.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < b.len() {
        if ident(b[i]) {
            i += 1;
        } else if b[i..].starts_with(b"::") && b.get(i + 2).is_some_and(|&c| ident(c)) {
            i += 2;
        } else {
            break;
        }
    }
    &s[..i]
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for e in entries.filter_map(|e| e.ok()) {
        let p = e.path();
        let name = e.file_name();
        if p.is_dir() {
            if name != "target" && !name.to_string_lossy().starts_with('.') {
                out.extend(rust_files(&p));
            }
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_a_module_doc_is_reported() {
        let p = check_file(Path::new("firmware/vm/src/x.rs"), "use a;\n");
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("//!"));
        assert!(check_file(Path::new("firmware/vm/src/x.rs"), "//! Doc.\nuse a;\n").is_empty());
    }

    #[test]
    fn a_long_file_is_reported_unless_it_is_a_test() {
        let long = format!("//! Doc.\n{}", "x\n".repeat(MAX_LINES));
        assert_eq!(check_file(Path::new("harness/src/cli.rs"), &long).len(), 1);
        assert!(check_file(Path::new("harness/tests/runner.rs"), &long).is_empty());
        assert!(check_file(Path::new("firmware/vm/src/repl/tests.rs"), &long).is_empty());
        let at_limit = format!("//! Doc.\n{}", "x\n".repeat(MAX_LINES - 1));
        assert!(check_file(Path::new("harness/src/cli.rs"), &at_limit).is_empty());
    }

    #[test]
    fn the_compiler_may_not_name_the_runtime() {
        let text = "//! Doc.\nuse crate::runtime::qstr::q;\nuse crate::objects::tuple;\n\
                    use crate::{num, runtime::exc};\nuse crate::object::{BinOp, TypeObj};\nfn f() { crate::runtime::gc::stack_pointer(); }\n\
                    // crate::objects::int in a comment is fine\n";
        assert_eq!(
            forbidden_compile_paths(text),
            vec![
                "crate::objects::tuple",
                "crate::runtime::exc",
                "crate::object::TypeObj"
            ]
        );
    }

    #[test]
    fn too_many_top_level_files_are_reported() {
        let dir = std::env::temp_dir().join(format!("tidy-top-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        for i in 0..=MAX_VM_TOP_FILES {
            fs::write(dir.join(format!("f{i}.rs")), "//! Doc.\n").unwrap();
        }
        let p = check_vm_top(&dir);
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(p.len(), 1, "{p:?}");
    }
}
