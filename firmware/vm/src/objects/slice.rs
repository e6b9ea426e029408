//! `slice` objects and index arithmetic for sequences.

use crate::object::{type_of, ObjBase, PyResult, TypeObj};
use crate::runtime::qstr::q;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct SliceObj {
    pub base: ObjBase,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub static SLICE_TYPE: TypeObj = TypeObj {
    print: Some(slice_print),
    new: Some(slice_new),
    attr: Some(slice_attr),
    binary: Some(slice_binary),
    methods: &SLICE_METHODS,
    ..TypeObj::builtin(q::slice)
};

pub fn is_slice(v: Value) -> bool {
    v.is_obj() && core::ptr::eq(type_of(v), &SLICE_TYPE)
}

pub fn new_slice(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    vm.alloc_transient(SliceObj {
        base: ObjBase::new(&SLICE_TYPE),
        start,
        stop,
        step,
    })
}

fn slice_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let s = unsafe { v.as_mut::<SliceObj>() };
    out.push_str("slice(");
    crate::runtime::print::repr_into(vm, s.start, out)?;
    out.push_str(", ");
    crate::runtime::print::repr_into(vm, s.stop, out)?;
    out.push_str(", ");
    crate::runtime::print::repr_into(vm, s.step, out)?;
    out.push(')');
    Ok(())
}

fn slice_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match a {
        [stop] => new_slice(vm, Value::NONE, *stop, Value::NONE),
        [start, stop] => new_slice(vm, *start, *stop, Value::NONE),
        [start, stop, step] => new_slice(vm, *start, *stop, *step),
        _ => Err(vm.type_error(format_args!(
            "slice expected at most 3 arguments, got {}",
            a.len()
        ))),
    }
}

fn slice_attr(
    _vm: &mut Vm,
    v: Value,
    name: crate::runtime::qstr::Qstr,
    op: crate::object::AttrOp,
) -> PyResult<Value> {
    let s = unsafe { v.as_mut::<SliceObj>() };
    if let crate::object::AttrOp::Load = op {
        return Ok(match name {
            q::start => s.start,
            q::stop => s.stop,
            q::step => s.step,
            _ => Value::NULL,
        });
    }
    Ok(Value::NULL)
}

fn bound(vm: &mut Vm, v: Value) -> PyResult<Option<isize>> {
    if v.is_none() {
        return Ok(None);
    }
    if !crate::objects::int::is_int(v) && !type_of(v).is_user() {
        return Err(vm.type_error(format_args!(
            "slice indices must be integers or None or have an __index__ method"
        )));
    }
    match crate::runtime::args::index_clamped(vm, v) {
        Ok(i) => Ok(Some(i.clamp(isize::MIN / 2, isize::MAX / 2))),
        Err(_) => Err(vm.type_error(format_args!(
            "slice indices must be integers or None or have an __index__ method"
        ))),
    }
}

fn fields(v: Value) -> [Value; 3] {
    let s = unsafe { v.as_mut::<SliceObj>() };
    [s.start, s.stop, s.step]
}

fn slice_binary(vm: &mut Vm, op: crate::object::BinOp, a: Value, b: Value) -> PyResult<Value> {
    use crate::object::BinOp;
    if !is_slice(a) || !is_slice(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match op {
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            let (x, y) = (fields(a), fields(b));
            crate::objects::tuple::compare_seq(vm, op, &x, &y)
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// `slice.indices(length)`: (start, stop, step) resolved for a sequence.
fn slice_indices(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = crate::runtime::args::index(vm, a[1])?;
    if n < 0 {
        return Err(vm.value_error(format_args!("length should not be negative")));
    }
    let (start, stop, step, _) = indices(vm, a[0], n as usize)?;
    let (x, y, z) = (
        Value::small_int(start),
        Value::small_int(stop),
        Value::small_int(step),
    );
    crate::objects::tuple::new_tuple(vm, &[x, y, z])
}

crate::builtin_fn!(INDICES, q::indices, 2, 2, slice_indices);
static SLICE_METHODS: [(crate::runtime::qstr::Qstr, Value); 1] =
    [crate::entry!(q::indices, fn INDICES)];

/// Resolve a slice against a length: (start, stop, step, count).
pub fn indices(vm: &mut Vm, sv: Value, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let s = unsafe { sv.as_mut::<SliceObj>() };
    let (start, stop, step) = (s.start, s.stop, s.step);
    let step = bound(vm, step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error(format_args!("slice step cannot be zero")));
    }
    let n = len as isize;
    let fix = |i: Option<isize>, dflt: isize, lo: isize, hi: isize| match i {
        None => dflt,
        Some(i) if i < 0 => (i + n).max(lo),
        Some(i) => i.min(hi),
    };
    let (start, stop) = if step > 0 {
        (
            fix(bound(vm, start)?, 0, 0, n),
            fix(bound(vm, stop)?, n, 0, n),
        )
    } else {
        (
            fix(bound(vm, start)?, n - 1, -1, n - 1),
            fix(bound(vm, stop)?, -1, -1, n - 1),
        )
    };
    let count = if step > 0 {
        if stop > start {
            (stop - start + step - 1) / step
        } else {
            0
        }
    } else if start > stop {
        (start - stop + (-step) - 1) / (-step)
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}
