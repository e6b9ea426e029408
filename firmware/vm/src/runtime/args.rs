//! Argument helpers shared by the builtin types and functions: keyword
//! lookup, integer conversion through `__index__`, and CPython's messages
//! for the common argument errors.

use crate::object::{type_of, PyResult};
use crate::objects::str as pystr;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;

/// The value of keyword `name` in a flat (name, value) list.
pub fn kw_arg(kw: &[Value], name: Qstr) -> Option<Value> {
    kw.chunks(2)
        .find(|p| p.len() == 2 && pystr::to_qstr(p[0]) == Some(name))
        .map(|p| p[1])
}

/// TypeError for any keyword not in `allowed`, worded as CPython does.
pub fn check_kw(vm: &mut Vm, fname: &str, kw: &[Value], allowed: &[Qstr]) -> PyResult<()> {
    for p in kw.chunks(2) {
        match pystr::to_qstr(p[0]) {
            Some(n) if allowed.contains(&n) => {}
            _ => {
                return Err(vm.type_error(format_args!(
                    "{}() got an unexpected keyword argument '{}'",
                    fname,
                    pystr::as_str(p[0]).unwrap_or("?")
                )))
            }
        }
    }
    Ok(())
}

/// Reject keyword arguments for a function that takes none.
pub fn no_kw(vm: &mut Vm, fname: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format_args!("{}() takes no keyword arguments", fname)))
    }
}

/// Positional argument `i`, else keyword `name`, else None.
pub fn arg_or_kw(a: &[Value], i: usize, kw: &[Value], name: Qstr) -> Option<Value> {
    a.get(i).copied().or_else(|| kw_arg(kw, name))
}

/// An integer argument as an int value: ints and bools as they are,
/// user objects through `__index__`, anything else a TypeError.
pub fn index_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if crate::objects::int::is_int(v) {
        return Ok(if v == Value::TRUE || v == Value::FALSE {
            Value::small_int((v == Value::TRUE) as isize)
        } else {
            v
        });
    }
    if type_of(v).is_user() {
        if let Some(r) = crate::objects::class::call_dunder_opt(vm, v, q::__index__, &[])? {
            if crate::objects::int::is_int(r) {
                return Ok(r);
            }
            return Err(vm.type_error(format_args!(
                "__index__ returned non-int (type {})",
                vm.type_name(r)
            )));
        }
    }
    if let Some(n) = crate::objects::class::builtin_base::native_of(v) {
        return index_value(vm, n);
    }
    Err(vm.type_error(format_args!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// An integer argument as isize (OverflowError if it does not fit).
pub fn index(vm: &mut Vm, v: Value) -> PyResult<isize> {
    let i = index_value(vm, v)?;
    match crate::objects::int::as_i64(i) {
        Some(x) if x >= isize::MIN as i64 && x <= isize::MAX as i64 => Ok(x as isize),
        _ => Err(vm.new_exc_msg(
            &crate::runtime::exc::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// An integer argument clamped to isize (for slice-like positions, where
/// CPython clamps huge values instead of raising).
pub fn index_clamped(vm: &mut Vm, v: Value) -> PyResult<isize> {
    let i = index_value(vm, v)?;
    match crate::objects::int::as_i64(i) {
        Some(x) => Ok(x.clamp(isize::MIN as i64, isize::MAX as i64) as isize),
        None => Ok(if crate::objects::int::big::to_bigint(i).is_negative() {
            isize::MIN
        } else {
            isize::MAX
        }),
    }
}

/// An optional position argument (None means absent).
pub fn opt_index_clamped(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<isize>> {
    match v {
        Some(v) if !v.is_none() => Ok(Some(index_clamped(vm, v)?)),
        _ => Ok(None),
    }
}

/// Is `e` an exception instance of `ty` (or a subclass)?
pub fn exc_matches(e: Value, ty: &'static crate::object::TypeObj) -> bool {
    crate::runtime::exc::is_exception(e) && type_of(e).is_subtype(ty)
}

/// An 8-byte aligned static (a value word needs its low three bits clear
/// to be an object pointer; on the 32-bit MCU a plain struct of words is
/// only 4-aligned). Refer to the object as `&X.0`.
#[repr(C, align(8))]
pub struct Aligned<T>(pub T);

unsafe impl<T> Sync for Aligned<T> {}
