//! The `builtins` module: functions and the names of builtin types and
//! exceptions. The table is static; `Vm::new` copies it into a dict so
//! LOAD_GLOBAL falls back to one hash lookup.

pub mod help;
pub mod introspect;
pub mod iterators;

use crate::object::{type_of, BinOp, ObjBase, PyResult, TypeObj, UnaryOp, VARARGS};
use crate::objects::class::{self, as_type};
use crate::objects::int;
use crate::objects::str as pystr;
use crate::runtime::exc;
use crate::runtime::ops;
use crate::runtime::print;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;

pub static NONE_TYPE: TypeObj = TypeObj {
    print: Some(none_print),
    ..TypeObj::builtin(q::NoneType)
};
pub static ELLIPSIS_TYPE: TypeObj = TypeObj {
    print: Some(ellipsis_print),
    ..TypeObj::builtin(q::Ellipsis)
};
pub static NOT_IMPLEMENTED_TYPE: TypeObj = TypeObj {
    print: Some(notimpl_print),
    ..TypeObj::builtin(q::NotImplemented)
};

fn none_print(_vm: &mut Vm, _v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    out.push_str("None");
    Ok(())
}
fn ellipsis_print(_vm: &mut Vm, _v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    out.push_str("Ellipsis");
    Ok(())
}
fn notimpl_print(_vm: &mut Vm, _v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    out.push_str("NotImplemented");
    Ok(())
}

fn kw_arg(kw: &[Value], name: Qstr) -> Option<Value> {
    kw.chunks(2)
        .find(|p| pystr::to_qstr(p[0]) == Some(name))
        .map(|p| p[1])
}

fn check_kw(vm: &mut Vm, fname: &str, kw: &[Value], allowed: &[Qstr]) -> PyResult<()> {
    for p in kw.chunks(2) {
        match pystr::to_qstr(p[0]) {
            Some(n) if allowed.contains(&n) => {}
            _ => {
                return Err(vm.type_error(format_args!(
                    "'{}' is an invalid keyword argument for {}()",
                    pystr::as_str(p[0]).unwrap_or("?"),
                    fname
                )))
            }
        }
    }
    Ok(())
}

fn b_print(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kw(vm, "print", kw, &[q::sep, q::end, q::file, q::flush])?;
    let sep = kw_arg(kw, q::sep).filter(|v| !v.is_none());
    let end = kw_arg(kw, q::end).filter(|v| !v.is_none());
    let file = kw_arg(kw, q::file).filter(|v| !v.is_none());
    for (name, v) in [("sep", sep), ("end", end)] {
        if let Some(v) = v {
            if !pystr::is_str(v) {
                return Err(vm.type_error(format_args!(
                    "{} must be None or a string, not {}",
                    name,
                    vm.type_name(v)
                )));
            }
        }
    }
    let sep = sep.and_then(pystr::as_str).unwrap_or(" ");
    let end = end.and_then(pystr::as_str).unwrap_or("\n");
    if let Some(f) = file.filter(|f| !crate::modules::is_console_stream(*f)) {
        return crate::builtins::introspect::print_to_file(vm, f, a, sep, end);
    }
    // Straight to the console, piece by piece: strings, small ints and the
    // constants need no buffer, so a handler may print with the heap locked.
    for (i, &x) in a.iter().enumerate() {
        if i > 0 {
            vm.port_write(sep.as_bytes());
        }
        print_unbuffered(vm, x)?;
    }
    vm.port_write(end.as_bytes());
    Ok(Value::NONE)
}

/// `str(x)` written to the console, without allocating where it can.
fn print_unbuffered(vm: &mut Vm, x: Value) -> PyResult<()> {
    let exact_str = core::ptr::eq(crate::object::type_of(x), &pystr::STR_TYPE);
    if let Some(s) = pystr::as_str(x).filter(|_| exact_str) {
        vm.port_write(s.as_bytes());
        return Ok(());
    }
    if x.is_small_int() {
        let mut digits = crate::runtime::print::StackText::<24>::new();
        let _ = core::fmt::Write::write_fmt(&mut digits, format_args!("{}", x.as_small_int()));
        digits.flush(vm);
        return Ok(());
    }
    let mut out = String::new();
    print::str_into(vm, x, &mut out)?;
    vm.port_write(out.as_bytes());
    Ok(())
}

fn b_len(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = ops::len(vm, a[0])?;
    Ok(Value::small_int(n as isize))
}

fn b_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = print::repr(vm, a[0])?;
    vm.new_string(s)
}

fn b_abs(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::unary_op(vm, UnaryOp::Abs, a[0])
}

fn b_hash(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = ops::hash(vm, a[0])?;
    int::from_i64(vm, h as i64)
}

fn b_id(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    int::from_i64(vm, (a[0].bits() as u64 >> 1) as i64)
}

fn b_callable(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::from_bool(ops::is_callable(a[0])))
}

fn b_iter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if a.len() == 2 {
        return crate::builtins::introspect::callable_iter(vm, a[0], a[1]);
    }
    ops::get_iter(vm, a[0])
}

/// `next(gen)`: resume; a finished generator raises StopIteration(value).
pub fn builtin_gen_send(vm: &mut Vm, g: Value) -> PyResult<Value> {
    match crate::objects::generator::resume(vm, g, Value::NONE, Value::NULL)? {
        crate::objects::generator::Resume::Yielded(v) => Ok(v),
        crate::objects::generator::Resume::Returned(r) if r.is_null() || r.is_none() => {
            Err(vm.new_exc_empty(&exc::STOP_ITERATION))
        }
        crate::objects::generator::Resume::Returned(r) => {
            Err(exc::new_exception(vm, &exc::STOP_ITERATION, &[r]))
        }
    }
}

fn b_next(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = type_of(a[0]);
    if t.iternext.is_none() && !(t.is_user() && class::has_dunder(t, q::__next__)) {
        return Err(vm.type_error(format_args!(
            "'{}' object is not an iterator",
            t.name.as_str()
        )));
    }
    if crate::objects::generator::is_generator(a[0]) && a.len() == 1 {
        // Keep the generator's return value in StopIteration.
        let send = crate::builtins::builtin_gen_send(vm, a[0])?;
        return Ok(send);
    }
    match ops::iter_next(vm, a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(&d) => Ok(d),
            None => Err(vm.new_exc_empty(&exc::STOP_ITERATION)),
        },
    }
}

fn b_isinstance(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = type_of(a[0]);
    Ok(Value::from_bool(subclass_check(vm, t, a[1], "isinstance")?))
}

fn b_issubclass(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(t) = as_type(a[0]) else {
        return Err(vm.type_error(format_args!("issubclass() arg 1 must be a class")));
    };
    Ok(Value::from_bool(subclass_check(vm, t, a[1], "issubclass")?))
}

fn subclass_check(vm: &mut Vm, t: &'static TypeObj, spec: Value, fname: &str) -> PyResult<bool> {
    if crate::objects::tuple::is_tuple(spec) {
        for &s in crate::objects::tuple::items(spec) {
            if subclass_check(vm, t, s, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match as_type(spec) {
        Some(c) => Ok(t.is_subtype(c)),
        None if fname == "isinstance" => Err(vm.type_error(format_args!(
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        ))),
        None => Err(vm.type_error(format_args!(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        ))),
    }
}

fn b_getattr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(name) = pystr::to_qstr(a[1]) else {
        return Err(vm.type_error(format_args!("getattr(): attribute name must be string")));
    };
    match ops::load_attr_opt(vm, a[0], name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match a.get(2) {
            Some(&d) => Ok(d),
            None => Err(vm.attribute_error(a[0], name)),
        },
        Err(e)
            if a.len() > 2
                && exc::is_exception(e)
                && type_of(e).is_subtype(&exc::ATTRIBUTE_ERROR) =>
        {
            Ok(a[2])
        }
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(name) = pystr::to_qstr(a[1]) else {
        return Err(vm.type_error(format_args!("setattr(): attribute name must be string")));
    };
    ops::store_attr(vm, a[0], name, a[2])?;
    Ok(Value::NONE)
}

fn b_delattr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(name) = pystr::to_qstr(a[1]) else {
        return Err(vm.type_error(format_args!("delattr(): attribute name must be string")));
    };
    ops::store_attr(vm, a[0], name, Value::NULL)?;
    Ok(Value::NONE)
}

fn b_hasattr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(name) = pystr::to_qstr(a[1]) else {
        return Err(vm.type_error(format_args!("hasattr(): attribute name must be string")));
    };
    match ops::load_attr_opt(vm, a[0], name) {
        Ok(v) => Ok(Value::from_bool(v.is_some())),
        Err(e) if exc::is_exception(e) && type_of(e).is_subtype(&exc::ATTRIBUTE_ERROR) => {
            Ok(Value::FALSE)
        }
        Err(e) => Err(e),
    }
}

fn b_chr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let iv = crate::runtime::args::index_value(vm, a[0])?;
    let i = int::as_i64(iv).unwrap_or(i64::MAX);
    if i < i32::MIN as i64 || i > i32::MAX as i64 {
        return Err(vm.new_exc_msg(
            &exc::OVERFLOW_ERROR,
            "Python int too large to convert to C int",
        ));
    }
    match char::from_u32(i as u32).filter(|_| (0..=0x10ffff).contains(&i)) {
        Some(c) => {
            let mut b = [0u8; 4];
            vm.new_str(c.encode_utf8(&mut b))
        }
        None => Err(vm.value_error(format_args!("chr() arg not in range(0x110000)"))),
    }
}

fn b_ord(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(s) = pystr::as_str(a[0]) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(Value::small_int(c as isize));
        }
        return Err(vm.type_error(format_args!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        )));
    }
    if let Some(b) = crate::objects::bytes::buffer_of(a[0]) {
        if b.len() == 1 {
            return Ok(Value::small_int(b[0] as isize));
        }
        return Err(vm.type_error(format_args!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(vm.type_error(format_args!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(a[0])
    )))
}

fn radix_repr(vm: &mut Vm, v: Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let v = crate::runtime::args::index_value(vm, v)?;
    let b = crate::objects::int::big::to_bigint(v);
    let digits = b.abs().to_str_radix(radix);
    let s = alloc::format!(
        "{}{}{}",
        if b.is_negative() { "-" } else { "" },
        prefix,
        digits
    );
    vm.new_string(s)
}

fn b_bin(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    radix_repr(vm, a[0], 2, "0b")
}
fn b_oct(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    radix_repr(vm, a[0], 8, "0o")
}
fn b_hex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    radix_repr(vm, a[0], 16, "0x")
}

fn b_divmod(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::binary_op(vm, BinOp::DivMod, a[0], a[1])
}

fn b_pow(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if a.len() == 3 && !a[2].is_none() {
        return crate::objects::int::methods::pow3(vm, a[0], a[1], a[2]);
    }
    ops::binary_op(vm, BinOp::Pow, a[0], a[1])
}

fn b_all(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = ops::get_iter(vm, a[0])?;
    while let Some(x) = ops::iter_next(vm, it)? {
        if !ops::is_true(vm, x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn b_any(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = ops::get_iter(vm, a[0])?;
    while let Some(x) = ops::iter_next(vm, it)? {
        if ops::is_true(vm, x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_sum(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kw(vm, "sum", kw, &[q::start])?;
    let mut acc = a
        .get(1)
        .copied()
        .or(kw_arg(kw, q::start))
        .unwrap_or(Value::small_int(0));
    if pystr::is_str(acc) {
        return Err(vm.type_error(format_args!(
            "sum() can't sum strings [use ''.join(seq) instead]"
        )));
    }
    if pystr::is_bytes(acc) || crate::objects::bytes::is_bytearray(acc) {
        return Err(vm.type_error(format_args!(
            "sum() can't sum {} [use b''.join(seq) instead]",
            vm.type_name(acc)
        )));
    }
    let it = ops::get_iter(vm, a[0])?;
    while let Some(x) = ops::iter_next(vm, it)? {
        acc = ops::binary_op(vm, BinOp::Add, acc, x)?;
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, a: &[Value], kw: &[Value], op: BinOp, name: &str) -> PyResult<Value> {
    if a.is_empty() {
        return Err(vm.type_error(format_args!("{} expected at least 1 argument, got 0", name)));
    }
    check_kw(vm, name, kw, &[q::key, q::default])?;
    let key = kw_arg(kw, q::key).filter(|k| !k.is_none());
    let dflt = kw_arg(kw, q::default);
    let mut best = Value::NULL;
    let mut best_key = Value::NULL;
    let mut consider = |vm: &mut Vm, x: Value| -> PyResult<()> {
        let k = match key {
            Some(f) => ops::call(vm, f, &[x], &[])?,
            None => x,
        };
        if best.is_null() {
            best = x;
            best_key = k;
        } else {
            let better = ops::compare_op(vm, op, k, best_key)?;
            if ops::is_true(vm, better)? {
                best = x;
                best_key = k;
            }
        }
        Ok(())
    };
    if a.len() == 1 {
        let it = ops::get_iter(vm, a[0])?;
        while let Some(x) = ops::iter_next(vm, it)? {
            consider(vm, x)?;
        }
    } else {
        if dflt.is_some() {
            return Err(vm.type_error(format_args!(
                "Cannot specify a default for {}() with multiple positional arguments",
                name
            )));
        }
        for &x in a {
            consider(vm, x)?;
        }
    }
    if best.is_null() {
        return match dflt {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format_args!("{}() arg is an empty sequence", name))),
        };
    }
    Ok(best)
}

fn b_min(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, a, kw, BinOp::Lt, "min")
}
fn b_max(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, a, kw, BinOp::Gt, "max")
}

fn b_sorted(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = crate::objects::list::new_list(vm, &[])?;
    ops::extend_list(vm, l, a[0])?;
    let (key, reverse) = crate::objects::list::methods::sort_options(vm, kw)?;
    crate::objects::list::methods::sort_list(vm, l, key, reverse)?;
    Ok(l)
}

fn b_round(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::check_kw(vm, "round", kw, &[q::number, q::ndigits])?;
    let Some(x) = crate::runtime::args::arg_or_kw(a, 0, kw, q::number) else {
        return Err(vm.type_error(format_args!(
            "round() missing required argument 'number' (pos 1)"
        )));
    };
    crate::objects::int::methods::round(
        vm,
        x,
        crate::runtime::args::arg_or_kw(a, 1, kw, q::ndigits),
    )
}

fn b_globals(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.current_globals())
}

fn b_locals(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.current_globals())
}

fn b_dir(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::builtins::introspect::dir(vm, a.first().copied())
}

fn b_input(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(&p) = a.first() {
        let s = print::to_str(vm, p)?;
        vm.port_write(s.as_bytes());
    }
    let mut line = alloc::vec::Vec::new();
    loop {
        vm.check_interrupt()?;
        match vm.port.read_byte() {
            None if line.is_empty() => return Err(vm.new_exc_msg(&exc::EOF_ERROR, "")),
            None => break,
            Some(b'\r') | Some(b'\n') => break,
            Some(b) => line.push(b),
        }
    }
    let s = String::from_utf8_lossy(&line).into_owned();
    vm.new_string(s)
}

fn b_open(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::vfs::builtin_open(vm, a, kw)
}

fn b_eval(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::builtins::introspect::eval_exec(vm, a, true)
}

fn b_exec(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::builtins::introspect::eval_exec(vm, a, false)
}

fn b_compile(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::builtins::introspect::compile(vm, a)
}

fn b_import(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(name) = pystr::to_qstr(a[0]) else {
        return Err(vm.type_error(format_args!("__import__() argument 1 must be str")));
    };
    let fromlist = a.get(3).copied().unwrap_or(Value::NONE);
    let level = a.get(4).copied().unwrap_or(Value::small_int(0));
    let g = a
        .get(1)
        .copied()
        .filter(|g| crate::objects::dict::is_dict(*g))
        .unwrap_or(vm.roots.main_globals);
    crate::runtime::import::import_name(vm, name, fromlist, level, g)
}

/// `__build_class__(func, name, *bases)`: run the body, make the class.
fn b_build_class(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(vm.type_error(format_args!("__build_class__: not enough arguments")));
    }
    let f = unsafe { a[0].as_mut::<crate::objects::function::FunctionObj>() };
    let name = pystr::to_qstr(a[1]).unwrap_or(q::EMPTY);
    let ns = crate::objects::dict::new_dict(vm, 8)?;
    let cell = crate::runtime::interp::run_code(vm, f.code, f.globals, ns, f.closure)?;
    let bases = crate::objects::tuple::new_tuple(vm, &a[2..])?;
    let cls = class::make_class(vm, name, bases, ns)?;
    if cell.is_obj() && core::ptr::eq(type_of(cell), &crate::objects::function::CELL_TYPE) {
        crate::objects::function::cell(cell).value = cls;
    }
    Ok(cls)
}

builtin_fn!(PRINT, q::print, 0, VARARGS, b_print, kw);
builtin_fn!(LEN, q::len, 1, 1, b_len);
builtin_fn!(REPR, q::repr, 1, 1, b_repr);
builtin_fn!(ABS, q::abs, 1, 1, b_abs);
builtin_fn!(HASH, q::hash, 1, 1, b_hash);
builtin_fn!(ID, q::id, 1, 1, b_id);
builtin_fn!(CALLABLE, q::callable, 1, 1, b_callable);
builtin_fn!(ITER, q::iter, 1, 2, b_iter);
builtin_fn!(NEXT, q::next, 1, 2, b_next);
builtin_fn!(ISINSTANCE, q::isinstance, 2, 2, b_isinstance);
builtin_fn!(ISSUBCLASS, q::issubclass, 2, 2, b_issubclass);
builtin_fn!(GETATTR, q::getattr, 2, 3, b_getattr);
builtin_fn!(SETATTR, q::setattr, 3, 3, b_setattr);
builtin_fn!(DELATTR, q::delattr, 2, 2, b_delattr);
builtin_fn!(HASATTR, q::hasattr, 2, 2, b_hasattr);
builtin_fn!(CHR, q::chr, 1, 1, b_chr);
builtin_fn!(ORD, q::ord, 1, 1, b_ord);
builtin_fn!(BIN, q::bin, 1, 1, b_bin);
builtin_fn!(OCT, q::oct, 1, 1, b_oct);
builtin_fn!(HEX, q::hex, 1, 1, b_hex);
builtin_fn!(DIVMOD, q::divmod, 2, 2, b_divmod);
builtin_fn!(POW, q::pow, 2, 3, b_pow);
builtin_fn!(ALL, q::all, 1, 1, b_all);
builtin_fn!(ANY, q::any, 1, 1, b_any);
builtin_fn!(SUM, q::sum, 1, 2, b_sum, kw);
builtin_fn!(MIN, q::min, 0, VARARGS, b_min, kw);
builtin_fn!(MAX, q::max, 0, VARARGS, b_max, kw);
builtin_fn!(SORTED, q::sorted, 1, 1, b_sorted, kw);
builtin_fn!(ROUND, q::round, 0, 2, b_round, kw);
builtin_fn!(GLOBALS, q::globals, 0, 0, b_globals);
builtin_fn!(LOCALS, q::locals, 0, 0, b_locals);
builtin_fn!(DIR, q::dir, 0, 1, b_dir);
builtin_fn!(INPUT, q::input, 0, 1, b_input);
builtin_fn!(OPEN, q::open, 1, VARARGS, b_open, kw);
builtin_fn!(EVAL, q::eval, 1, 3, b_eval);
builtin_fn!(EXEC, q::exec, 1, 3, b_exec);
builtin_fn!(COMPILE, q::compile, 3, 6, b_compile);
builtin_fn!(IMPORT, q::__import__, 1, 5, b_import);
builtin_fn!(pub BUILD_CLASS, q::__build_class__, 2, VARARGS, b_build_class, kw);

pub static BUILTINS: &[(Qstr, Value)] = &[
    entry!(q::print, fn PRINT),
    entry!(q::len, fn LEN),
    entry!(q::repr, fn REPR),
    entry!(q::abs, fn ABS),
    entry!(q::hash, fn HASH),
    entry!(q::id, fn ID),
    entry!(q::callable, fn CALLABLE),
    entry!(q::iter, fn ITER),
    entry!(q::next, fn NEXT),
    entry!(q::isinstance, fn ISINSTANCE),
    entry!(q::issubclass, fn ISSUBCLASS),
    entry!(q::getattr, fn GETATTR),
    entry!(q::setattr, fn SETATTR),
    entry!(q::delattr, fn DELATTR),
    entry!(q::hasattr, fn HASATTR),
    entry!(q::chr, fn CHR),
    entry!(q::ord, fn ORD),
    entry!(q::bin, fn BIN),
    entry!(q::oct, fn OCT),
    entry!(q::hex, fn HEX),
    entry!(q::divmod, fn DIVMOD),
    entry!(q::pow, fn POW),
    entry!(q::all, fn ALL),
    entry!(q::any, fn ANY),
    entry!(q::sum, fn SUM),
    entry!(q::min, fn MIN),
    entry!(q::max, fn MAX),
    entry!(q::sorted, fn SORTED),
    entry!(q::round, fn ROUND),
    entry!(q::globals, fn GLOBALS),
    entry!(q::locals, fn LOCALS),
    entry!(q::dir, fn DIR),
    entry!(q::input, fn INPUT),
    entry!(q::open, fn OPEN),
    entry!(q::eval, fn EVAL),
    entry!(q::exec, fn EXEC),
    entry!(q::compile, fn COMPILE),
    entry!(q::__import__, fn IMPORT),
    entry!(q::__build_class__, fn BUILD_CLASS),
    entry!(q::int, fn int::INT_TYPE),
    entry!(q::bool, fn int::BOOL_TYPE),
    entry!(q::float, fn crate::objects::float::FLOAT_TYPE),
    entry!(q::complex, fn crate::objects::complex::COMPLEX_TYPE),
    entry!(q::str, fn pystr::STR_TYPE),
    entry!(q::bytes, fn pystr::BYTES_TYPE),
    entry!(q::bytearray, fn crate::objects::bytes::BYTEARRAY_TYPE),
    entry!(q::memoryview, fn crate::objects::bytes::MEMORYVIEW_TYPE),
    entry!(q::tuple, fn crate::objects::tuple::TUPLE_TYPE),
    entry!(q::list, fn crate::objects::list::LIST_TYPE),
    entry!(q::dict, fn crate::objects::dict::DICT_TYPE),
    entry!(q::set, fn crate::objects::set::SET_TYPE),
    entry!(q::frozenset, fn crate::objects::set::FROZENSET_TYPE),
    entry!(q::range, fn crate::objects::range::RANGE_TYPE),
    entry!(q::slice, fn crate::objects::slice::SLICE_TYPE),
    entry!(q::object, fn class::OBJECT_TYPE),
    entry!(q::r#type, fn class::TYPE_TYPE),
    entry!(q::super_, fn class::SUPER_TYPE),
    entry!(q::property, fn crate::objects::function::PROPERTY_TYPE),
    entry!(q::classmethod, fn crate::objects::function::CLASSMETHOD_TYPE),
    entry!(q::staticmethod, fn crate::objects::function::STATICMETHOD_TYPE),
    entry!(q::enumerate, fn crate::builtins::iterators::ENUMERATE_TYPE),
    entry!(q::zip, fn crate::builtins::iterators::ZIP_TYPE),
    entry!(q::map, fn crate::builtins::iterators::MAP_TYPE),
    entry!(q::filter, fn crate::builtins::iterators::FILTER_TYPE),
    entry!(q::reversed, fn crate::builtins::iterators::REVERSED_TYPE),
    entry!(q::format, fn crate::builtins::introspect::FORMAT),
    entry!(q::ascii, fn crate::builtins::introspect::ASCII),
    entry!(q::NotImplemented, Value::NOT_IMPLEMENTED),
    entry!(q::Ellipsis, Value::ELLIPSIS),
];

/// Fill the builtins dict (static table + exceptions).
pub fn populate(vm: &mut Vm, d: Value) -> PyResult<()> {
    for &(k, v) in BUILTINS {
        crate::objects::dict::set(vm, d, Value::qstr(k), v)?;
    }
    for t in exc::ALL.iter() {
        crate::objects::dict::set(vm, d, Value::qstr(t.name), t.as_value())?;
    }
    let _ = ObjBase::new(&NONE_TYPE);
    Ok(())
}
