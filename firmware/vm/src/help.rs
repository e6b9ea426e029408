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
";

fn b_help(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(&obj) = a.first() else {
        vm.port_write(TEXT.as_bytes());
        return Ok(Value::NONE);
    };
    let mut out = alloc::string::String::new();
    crate::print::repr_into(vm, obj, &mut out)?;
    out.push_str(" is of type ");
    out.push_str(type_of(obj).name.as_str());
    out.push('\n');
    let names = crate::builtins_more::dir(vm, Some(obj))?;
    for &n in crate::list::items(names).iter() {
        if let Some(s) = crate::str::as_str(n) {
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

crate::builtin_fn!(pub HELP, crate::qstr::q::help, 0, 1, b_help);
