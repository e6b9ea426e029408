//! Special methods of instances of user classes: operators, truth, hashing, iteration,
//! subscripts, calls and printing, each looked up on the class and, for a class with a
//! builtin base, falling through to the native sub-object.

use super::{default_repr, OBJ_REPR, OBJ_STR};
use crate::object::PyResult;
use crate::object::{type_of, BinOp, TypeObj, UnaryOp, FLAG_EXCEPTION, FLAG_NATIVE_SUB};
use crate::objects::class::builtin_base::{self, native_of};
use crate::objects::dict;
use crate::objects::function;
use crate::objects::tuple;
use crate::runtime::exc;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

pub fn has_dunder(t: &'static TypeObj, name: Qstr) -> bool {
    if t.mro.is_null() {
        return false;
    }
    tuple::items(t.mro).iter().any(|c| {
        let ct = unsafe { &*c.as_ptr::<TypeObj>() };
        if ct.dict.is_null() {
            crate::object::table_lookup(ct.methods, name).is_some() && name != q::__init__
        } else {
            let d = dict::obj(ct.dict);
            let mut pos = 0;
            let _ = d;
            let mut found = false;
            while let Some((k, _)) = dict::next_entry(ct.dict, &mut pos) {
                if k == Value::qstr(name) {
                    found = true;
                    break;
                }
            }
            found
        }
    })
}

/// Call `obj.name(*args)` if the class defines it; None if not.
pub fn call_dunder_opt(
    vm: &mut Vm,
    obj: Value,
    name: Qstr,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let t = type_of(obj);
    match lookup_for_instance(vm, t, name)? {
        Some(f) => {
            let (f, s) = function::bind_descriptor(vm, f, obj, t)?;
            Ok(Some(ops::call_with_self(vm, f, s, args, &[])?))
        }
        None => Ok(None),
    }
}

/// A class attribute as instances of `t` see it: for a class with a builtin base, only what
/// the user classes define (the rest belongs to the native sub-object).
pub(super) fn lookup_for_instance(
    vm: &mut Vm,
    t: &'static TypeObj,
    name: Qstr,
) -> PyResult<Option<Value>> {
    if t.flags & FLAG_NATIVE_SUB != 0 {
        builtin_base::lookup_user_part(vm, t, name)
    } else {
        ops::lookup_in_type(vm, t, name)
    }
}

/// `a op b` where `a` is a user instance (or the in-place form).
pub fn binary_dunder(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let (name, _) = op.dunder();
    if op == BinOp::Contains {
        return match call_dunder_opt(vm, a, name, &[b])? {
            Some(r) => Ok(Value::from_bool(ops::is_true(vm, r)?)),
            None => match native_of(a) {
                Some(na) => ops::contains(vm, na, b),
                None => Ok(Value::NOT_IMPLEMENTED),
            },
        };
    }
    if let Some(r) = call_dunder_opt(vm, a, name, &[b])? {
        return Ok(r);
    }
    match native_of(a) {
        Some(na) => builtin_base::binary(vm, op, a, na, b),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// `a op b` where `b` is a user instance and `a` gave NotImplemented.
pub fn reflected_dunder(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let native = native_of(b);
    let (_, Some(rname)) = op.dunder() else {
        return match native {
            Some(nb) => builtin_base::reflected(vm, op, a, nb),
            None => Ok(Value::NOT_IMPLEMENTED),
        };
    };
    match (call_dunder_opt(vm, b, rname, &[a])?, native) {
        (Some(r), _) => Ok(r),
        (None, Some(nb)) => builtin_base::reflected(vm, op, a, nb),
        (None, None) => Ok(Value::NOT_IMPLEMENTED),
    }
}

pub fn unary_dunder(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let name = match op {
        UnaryOp::Neg => q::__neg__,
        UnaryOp::Pos => q::__pos__,
        UnaryOp::Invert => q::__invert__,
        UnaryOp::Abs => q::__abs__,
        UnaryOp::Len => q::__len__,
        UnaryOp::Hash => return Ok(Some(Value::small_int(instance_hash(vm, v)?))),
        UnaryOp::Int => q::__int__,
        UnaryOp::Float => q::__float__,
        _ => return Ok(None),
    };
    let mut r = call_dunder_opt(vm, v, name, &[])?;
    if let (None, Some(nv)) = (r, native_of(v)) {
        r = match type_of(nv).unary {
            Some(f) => Some(f(vm, op, nv)?).filter(|x| !x.is_null()),
            None => None,
        };
    }
    if op == UnaryOp::Len {
        if let Some(n) = r {
            if !crate::objects::int::is_int(n) {
                return Err(vm.type_error(format_args!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(n)
                )));
            }
            if crate::objects::int::as_i64(n).unwrap_or(0) < 0 {
                return Err(vm.value_error(format_args!("__len__() should return >= 0")));
            }
        }
    }
    Ok(r)
}

pub fn instance_bool(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if let Some(r) = call_dunder_opt(vm, v, q::__bool__, &[])? {
        if r != Value::TRUE && r != Value::FALSE {
            return Err(vm.type_error(format_args!(
                "__bool__ should return bool, returned {}",
                vm.type_name(r)
            )));
        }
        return Ok(r == Value::TRUE);
    }
    if let Some(r) = call_dunder_opt(vm, v, q::__len__, &[])? {
        return Ok(r != Value::small_int(0));
    }
    match native_of(v) {
        Some(nv) => ops::is_true(vm, nv),
        None => Ok(true),
    }
}

pub fn instance_hash(vm: &mut Vm, v: Value) -> PyResult<isize> {
    let t = type_of(v);
    match lookup_for_instance(vm, t, q::__hash__)? {
        Some(h) if h.is_none() => {
            Err(vm.type_error(format_args!("unhashable type: '{}'", t.name.as_str())))
        }
        Some(h) => {
            let r = ops::call_with_self(vm, h, v, &[], &[])?;
            match crate::objects::int::as_i64(r) {
                Some(i) => Ok(i as isize),
                None => {
                    Err(vm.type_error(format_args!("__hash__ method should return an integer")))
                }
            }
        }
        None => match native_of(v) {
            Some(nv) => builtin_base::hash(vm, t, nv),
            None => Ok((v.bits() >> 3) as isize),
        },
    }
}

pub fn instance_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(r) = call_dunder_opt(vm, v, q::__iter__, &[])? {
        return Ok(r);
    }
    // The builtin base's iteration wins over a user __getitem__, as in CPython.
    if let Some(nv) = native_of(v) {
        return ops::get_iter(vm, nv);
    }
    if lookup_for_instance(vm, type_of(v), q::__getitem__)?.is_some() {
        return crate::builtins::iterators::new_getitem_iter(vm, v);
    }
    Err(vm.type_error(format_args!("'{}' object is not iterable", vm.type_name(v))))
}

/// `next()` on a user iterator: StopIteration becomes exhaustion (NULL).
pub fn instance_next(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match call_dunder_opt(vm, v, q::__next__, &[]) {
        Ok(Some(r)) => Ok(r),
        Ok(None) => Err(vm.type_error(format_args!(
            "'{}' object is not an iterator",
            vm.type_name(v)
        ))),
        Err(e) if exc::is_exception(e) && type_of(e).is_subtype(&exc::STOP_ITERATION) => {
            Ok(Value::NULL)
        }
        Err(e) => Err(e),
    }
}

pub fn instance_subscr(
    vm: &mut Vm,
    obj: Value,
    index: Value,
    store: Option<Value>,
) -> PyResult<Value> {
    let r = match store {
        None => call_dunder_opt(vm, obj, q::__getitem__, &[index])?,
        Some(v) if v.is_null() => call_dunder_opt(vm, obj, q::__delitem__, &[index])?,
        Some(v) => call_dunder_opt(vm, obj, q::__setitem__, &[index, v])?,
    };
    match (r, native_of(obj)) {
        (Some(r), _) => Ok(r),
        (None, Some(nv)) => match store {
            None => match ops::subscr(vm, nv, index) {
                // dict's lookup asks a subclass's __missing__ for absent keys.
                Err(e) if exc::is_exception(e) && type_of(e).is_subtype(&exc::KEY_ERROR) => {
                    call_dunder_opt(vm, obj, q::__missing__, &[index])?.ok_or(e)
                }
                r => r,
            },
            Some(v) => ops::store_subscr(vm, nv, index, v).map(|_| Value::NONE),
        },
        (None, None) => {
            let name = vm.type_name(obj);
            Err(match store {
                None => vm.type_error(format_args!("'{}' object is not subscriptable", name)),
                Some(_) => vm.type_error(format_args!(
                    "'{}' object does not support item assignment",
                    name
                )),
            })
        }
    }
}

pub fn instance_call(vm: &mut Vm, obj: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = type_of(obj);
    match ops::lookup_in_type(vm, t, q::__call__)? {
        Some(f) => ops::call_with_self(vm, f, obj, args, kw),
        None => Err(vm.type_error(format_args!("'{}' object is not callable", t.name.as_str()))),
    }
}

pub(super) fn instance_print(vm: &mut Vm, v: Value, out: &mut String, repr: bool) -> PyResult<()> {
    let t = type_of(v);
    let name = if repr { q::__repr__ } else { q::__str__ };
    if let Some(nv) = native_of(v) {
        // A user __repr__ also serves str() (object.__str__ calls repr).
        let own = match lookup_for_instance(vm, t, name)? {
            None if !repr => lookup_for_instance(vm, t, q::__repr__)?,
            f => f,
        };
        if own.is_none() {
            return if repr {
                crate::runtime::print::repr_into(vm, nv, out)
            } else {
                crate::runtime::print::str_into(vm, nv, out)
            };
        }
    }
    if let Some(f) = ops::lookup_in_type(vm, t, name)? {
        let is_default = f == Value::from_static(&OBJ_REPR) || f == Value::from_static(&OBJ_STR);
        let is_exc_default = t.flags & FLAG_EXCEPTION != 0 && is_default;
        if !is_default {
            let r = ops::call_with_self(vm, f, v, &[], &[])?;
            let Some(s) = crate::objects::str::as_str(r) else {
                return Err(vm.type_error(format_args!(
                    "{}() returned non-string (type {})",
                    name.as_str(),
                    vm.type_name(r)
                )));
            };
            out.push_str(s);
            return Ok(());
        }
        if is_exc_default {
            return (exc::EXCEPTION.print.unwrap_or(instance_print))(vm, v, out, repr);
        }
        if !repr {
            return instance_print(vm, v, out, true);
        }
    }
    if t.flags & FLAG_EXCEPTION != 0 {
        return (exc::EXCEPTION.print.unwrap_or(instance_print))(vm, v, out, repr);
    }
    out.push_str(&default_repr(v));
    Ok(())
}

/// Call `obj.name()` only for instances of user classes defining it.
pub fn call_dunder_opt_user(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    if !type_of(obj).is_user() {
        return Ok(None);
    }
    call_dunder_opt(vm, obj, name, &[])
}

/// `obj.name(text)` for user instances (`__format__`).
pub fn call_dunder_opt_user_args(
    vm: &mut Vm,
    obj: Value,
    name: Qstr,
    text: &str,
) -> PyResult<Option<Value>> {
    if !type_of(obj).is_user() || ops::lookup_in_type(vm, type_of(obj), name)?.is_none() {
        return Ok(None);
    }
    let s = vm.new_str(text)?;
    call_dunder_opt(vm, obj, name, &[s])
}
