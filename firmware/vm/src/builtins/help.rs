//! `help()`: the banner promises it. Without an argument it explains the
//! REPL's control keys; with one it lists the object's attributes.

use crate::object::{type_of, PyResult};
use crate::value::Value;
use crate::vm::Vm;

const TEXT: &str = "\
Welcome to MicroPython (a Rust implementation of MicroPython 1.8.3).

REPL control keys:
  Ctrl-A  on a blank line: raw REPL (for tools; Ctrl-B leaves it)
  Ctrl-B  on a blank line: friendly REPL, banner again
  Ctrl-C  interrupt the running program (KeyboardInterrupt)
  Ctrl-D  on a blank line: soft reset
  Ctrl-E  paste mode (Ctrl-D runs the pasted code, Ctrl-C cancels)

help(obj) lists the attributes of obj; dir(obj) returns them.
help('modules') lists the builtin modules.
";

/// `help('modules')`: the builtin modules in columns, as MicroPython lists them.
fn list_modules(vm: &mut Vm) {
    let mut names: alloc::vec::Vec<&str> = crate::modules::BUILTIN_MODULES
        .iter()
        .chain(vm.extra_modules.iter())
        .map(|(n, _)| n[0])
        .chain(["__main__"])
        .collect();
    names.sort_unstable();
    let mut out = alloc::string::String::new();
    for row in names.chunks(4) {
        for (i, n) in row.iter().enumerate() {
            out.push_str(n);
            if i + 1 < row.len() {
                out.extend(core::iter::repeat_n(
                    ' ',
                    18usize.saturating_sub(n.len()).max(1),
                ));
            }
        }
        out.push('\n');
    }
    out.push_str("Plus any modules on the filesystem\n");
    vm.port_write(out.as_bytes());
}

fn b_help(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(&obj) = a.first() else {
        vm.port_write(TEXT.as_bytes());
        return Ok(Value::NONE);
    };
    if crate::objects::str::as_str(obj) == Some("modules") {
        list_modules(vm);
        return Ok(Value::NONE);
    }
    let mut out = alloc::string::String::new();
    crate::runtime::print::repr_into(vm, obj, &mut out)?;
    out.push_str(" is of type ");
    out.push_str(type_of(obj).name.as_str());
    out.push('\n');
    let names = crate::builtins::introspect::dir(vm, Some(obj))?;
    for &n in crate::objects::list::items(names).iter() {
        if let Some(s) = crate::objects::str::as_str(n) {
            if !s.starts_with("__") {
                out.push_str("  ");
                out.push_str(s);
                out.push('\n');
            }
        }
    }
    vm.port_write(out.as_bytes());
    Ok(Value::NONE)
}

crate::builtin_fn!(pub HELP, crate::runtime::qstr::q::help, 0, 1, b_help);
