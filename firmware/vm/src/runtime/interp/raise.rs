//! Raising and catching: the operand of `raise` made an exception instance,
//! the implicit `__context__`, and `except` matching.

use crate::object::{type_of, PyResult};
use crate::objects::tuple;
use crate::runtime::exc;
use crate::runtime::ops;
use crate::value::Value;
use crate::vm::Vm;

/// Turn the operand of `raise` into an exception instance.
pub(super) fn make_raise_obj(vm: &mut Vm, v: Value) -> Value {
    if let Some(t) = crate::objects::class::as_type(v) {
        if exc::is_exception_type(t) {
            return match ops::call(vm, v, &[], &[]) {
                Ok(e) if exc::is_exception(e) => e,
                Ok(_) => vm.type_error(format_args!("exceptions must derive from BaseException")),
                Err(e) => e,
            };
        }
    }
    if exc::is_exception(v) {
        return v;
    }
    vm.type_error(format_args!("exceptions must derive from BaseException"))
}

/// Does exception `e` match `spec` (a class or tuple of classes)?
pub fn exception_matches(vm: &mut Vm, e: Value, spec: Value) -> PyResult<bool> {
    if tuple::is_tuple(spec) {
        for &s in tuple::items(spec) {
            if exception_matches(vm, e, s)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match crate::objects::class::as_type(spec) {
        Some(t) if exc::is_exception_type(t) => Ok(type_of(e).is_subtype(t)),
        _ => Err(vm.type_error(format_args!(
            "catching classes that do not inherit from BaseException is not allowed"
        ))),
    }
}

/// Set `__context__` of a newly raised exception to the one being handled.
pub(super) fn set_context(vm: &mut Vm, e: Value) {
    let h = vm.roots.handled_exc;
    if exc::is_exception(e) && !h.is_null() && !h.is_none() && h != e {
        exc::exc_obj(e).context = h;
    }
}
