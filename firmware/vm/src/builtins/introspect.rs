//! The introspective builtins: eval, exec, compile, dir, iter(f, sentinel).

use crate::objects::dict;

use crate::object::{type_of, ObjBase, PyResult, TypeObj};
use crate::objects::str as pystr;
use crate::runtime::ops;
use crate::runtime::qstr::q;
use crate::value::Value;
use crate::vm::Vm;

/// `eval(src[, globals[, locals]])` / `exec(...)`.
pub fn eval_exec(vm: &mut Vm, a: &[Value], is_eval: bool) -> PyResult<Value> {
    let globals = match a.get(1) {
        Some(&g) if !g.is_none() => {
            if !dict::is_dict(g) {
                return Err(vm.type_error(format_args!("globals must be a dict")));
            }
            g
        }
        _ => vm.current_globals(),
    };
    let locals = match a.get(2) {
        Some(&l) if !l.is_none() => l,
        _ => globals,
    };
    if dict::get_qstr(vm, globals, q::__name__)?.is_none() && globals != vm.roots.main_globals {
        // A fresh globals dict still sees the builtins (LOAD_GLOBAL falls back).
    }
    let code = if crate::objects::code::code_type_check(a[0]) {
        a[0]
    } else {
        let text = match pystr::as_str(a[0]).or_else(|| {
            crate::objects::bytes::buffer_of(a[0]).and_then(|b| core::str::from_utf8(b).ok())
        }) {
            Some(t) => t,
            None => {
                return Err(vm.type_error(format_args!(
                    "{}() arg 1 must be a string, bytes or code object",
                    if is_eval { "eval" } else { "exec" }
                )))
            }
        };
        if is_eval {
            crate::runtime::execute::compile_mode(
                vm,
                text,
                q::STRING,
                crate::runtime::execute::Mode::Eval,
            )?
        } else {
            crate::runtime::execute::compile(vm, text, q::STRING, false)?
        }
    };
    let r = crate::runtime::interp::run_code(vm, code, globals, locals, Value::NULL)?;
    Ok(if is_eval { r } else { Value::NONE })
}

/// `compile(source, filename, mode)`.
pub fn compile(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let Some(text) = pystr::as_str(a[0]) else {
        return Err(vm.type_error(format_args!("compile() arg 1 must be a string")));
    };
    let file = pystr::to_qstr(a[1]).unwrap_or(q::STRING);
    let mode = pystr::as_str(a[2]).unwrap_or("");
    match mode {
        "exec" => crate::runtime::execute::compile(vm, text, file, false),
        "single" => crate::runtime::execute::compile(vm, text, file, true),
        "eval" => crate::runtime::execute::compile_mode(
            vm,
            text,
            file,
            crate::runtime::execute::Mode::Eval,
        ),
        _ => Err(vm.value_error(format_args!(
            "compile() mode must be 'exec', 'eval' or 'single'"
        ))),
    }
}

/// `dir([obj])`: sorted attribute names.
pub fn dir(vm: &mut Vm, obj: Option<Value>) -> PyResult<Value> {
    let list = crate::objects::list::new_list(vm, &[])?;
    let add_dict = |vm: &mut Vm, d: Value| -> PyResult<()> {
        let mut pos = 0;
        while let Some((k, _)) = dict::next_entry(d, &mut pos) {
            crate::objects::list::append(vm, list, k)?;
        }
        Ok(())
    };
    match obj {
        None => {
            let g = vm.current_globals();
            add_dict(vm, g)?;
        }
        Some(o) => {
            if crate::objects::module::is_module(o) {
                add_dict(vm, crate::objects::module::dict_of(o))?;
            } else {
                let t = crate::objects::class::as_type(o).unwrap_or_else(|| type_of(o));
                if type_of(o).is_user() {
                    if let Some(d) = ops::load_attr_opt(vm, o, q::__dict__)? {
                        if dict::is_dict(d) {
                            add_dict(vm, d)?;
                        }
                    }
                }
                let mut cur = Some(t);
                let mro: alloc::vec::Vec<Value> = if !t.mro.is_null() {
                    crate::objects::tuple::items(t.mro).to_vec()
                } else {
                    let mut v = alloc::vec::Vec::new();
                    while let Some(c) = cur {
                        v.push(c.as_value());
                        cur = c.parent;
                    }
                    v
                };
                for c in mro {
                    let ct = unsafe { &*c.as_ptr::<TypeObj>() };
                    if !ct.dict.is_null() {
                        add_dict(vm, ct.dict)?;
                    } else {
                        for &(n, _) in ct.methods {
                            crate::objects::list::append(vm, list, Value::qstr(n))?;
                        }
                    }
                }
            }
        }
    }
    // Sort and drop duplicates.
    crate::objects::list::methods::sort_list(vm, list, Value::NONE, false)?;
    // Keep the sorted names GC-visible while the list is rebuilt.
    let snapshot = crate::objects::tuple::new_tuple(vm, crate::objects::list::items(list))?;
    crate::objects::list::obj(list).len = 0;
    let mut last = Value::NULL;
    for &x in crate::objects::tuple::items(snapshot) {
        if last.is_null() || !ops::eq(vm, last, x)? {
            crate::objects::list::append(vm, list, x)?;
        }
        last = x;
    }
    Ok(list)
}

#[repr(C)]
struct CallableIter {
    base: ObjBase,
    f: Value,
    sentinel: Value,
}

static CALLABLE_ITER_TYPE: TypeObj = TypeObj {
    iter: Some(ops::iter_self),
    iternext: Some(callable_iter_next),
    ..TypeObj::builtin(q::iterator)
};

pub fn callable_iter(vm: &mut Vm, f: Value, sentinel: Value) -> PyResult<Value> {
    if !ops::is_callable(f) {
        return Err(vm.type_error(format_args!("iter(v, w): v must be callable")));
    }
    vm.alloc(CallableIter {
        base: ObjBase::new(&CALLABLE_ITER_TYPE),
        f,
        sentinel,
    })
}

fn callable_iter_next(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let s = unsafe { it.as_mut::<CallableIter>() };
    let (f, sentinel) = (s.f, s.sentinel);
    let v = ops::call(vm, f, &[], &[])?;
    if ops::eq(vm, v, sentinel)? {
        return Ok(Value::NULL);
    }
    Ok(v)
}

/// `print(*args, sep=, end=, file=f)` for a file object: each piece goes
/// to `f.write` separately, as CPython does.
pub fn print_to_file(vm: &mut Vm, f: Value, a: &[Value], sep: &str, end: &str) -> PyResult<Value> {
    let sep_v = vm.new_str(sep)?;
    let end_v = vm.new_str(end)?;
    for (i, &x) in a.iter().enumerate() {
        if i > 0 {
            ops::call_method(vm, f, q::write, &[sep_v])?;
        }
        let s = crate::runtime::print::to_str(vm, x)?;
        let s = vm.new_string(s)?;
        ops::call_method(vm, f, q::write, &[s])?;
    }
    ops::call_method(vm, f, q::write, &[end_v])?;
    Ok(Value::NONE)
}

/// `format(value, format_spec='')`.
fn b_format(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let spec = match a.get(1) {
        Some(&s) => match pystr::as_str(s) {
            Some(s) => s,
            None => {
                return Err(vm.type_error(format_args!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(s)
                )))
            }
        },
        None => "",
    };
    let mut out = alloc::string::String::new();
    crate::objects::str::format::format_value(vm, a[0], spec, &mut out)?;
    vm.new_string(out)
}

/// `ascii(obj)`: repr with non-ASCII characters escaped.
fn b_ascii(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = crate::runtime::print::repr(vm, a[0])?;
    let mut out = alloc::string::String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&alloc::format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&alloc::format!("\\u{:04x}", n));
        } else {
            out.push_str(&alloc::format!("\\U{:08x}", n));
        }
    }
    vm.new_string(out)
}

crate::builtin_fn!(pub FORMAT, q::format, 1, 2, b_format);
crate::builtin_fn!(pub ASCII, q::ascii, 1, 1, b_ascii);
