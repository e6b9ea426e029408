//! `range` and its iterator (with a fast path used by FOR_ITER).

use crate::object::{type_of, BinOp, ObjBase, PyResult, TypeObj, UnaryOp};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct RangeObj {
    pub base: ObjBase,
    pub start: isize,
    pub stop: isize,
    pub step: isize,
}

#[repr(C)]
pub struct RangeIter {
    pub base: ObjBase,
    pub cur: isize,
    pub stop: isize,
    pub step: isize,
}

pub static RANGE_TYPE: TypeObj = TypeObj {
    print: Some(range_print),
    new: Some(range_new),
    binary: Some(range_binary),
    unary: Some(range_unary),
    subscr: Some(range_subscr),
    iter: Some(range_iter),
    attr: Some(range_attr),
    ..TypeObj::builtin(q::range)
};

pub static RANGE_ITER_TYPE: TypeObj = TypeObj {
    iter: Some(crate::ops::iter_self),
    iternext: Some(range_iternext),
    ..TypeObj::builtin(q::iterator)
};

fn r(v: Value) -> &'static RangeObj {
    unsafe { v.as_mut::<RangeObj>() }
}

fn len_of(o: &RangeObj) -> usize {
    if o.step > 0 && o.stop > o.start {
        ((o.stop - o.start + o.step - 1) / o.step) as usize
    } else if o.step < 0 && o.start > o.stop {
        ((o.start - o.stop - o.step - 1) / (-o.step)) as usize
    } else {
        0
    }
}

fn arg(vm: &mut Vm, v: Value) -> PyResult<isize> {
    match crate::int::as_i64(v) {
        Some(i) => Ok(i as isize),
        None => Err(vm.type_error(format_args!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn range_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (start, stop, step) = match a {
        [stop] => (0, arg(vm, *stop)?, 1),
        [start, stop] => (arg(vm, *start)?, arg(vm, *stop)?, 1),
        [start, stop, step] => (arg(vm, *start)?, arg(vm, *stop)?, arg(vm, *step)?),
        _ => {
            return Err(vm.type_error(format_args!(
                "range expected {} arguments, got {}",
                if a.is_empty() {
                    "at least 1"
                } else {
                    "at most 3"
                },
                a.len()
            )))
        }
    };
    if step == 0 {
        return Err(vm.value_error(format_args!("range() arg 3 must not be zero")));
    }
    vm.alloc(RangeObj {
        base: ObjBase::new(&RANGE_TYPE),
        start,
        stop,
        step,
    })
}

fn range_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let o = r(v);
    if o.step == 1 {
        out.push_str(&alloc::format!("range({}, {})", o.start, o.stop));
    } else {
        out.push_str(&alloc::format!(
            "range({}, {}, {})",
            o.start,
            o.stop,
            o.step
        ));
    }
    Ok(())
}

fn range_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    Ok(match op {
        UnaryOp::Len => Value::small_int(len_of(r(v)) as isize),
        UnaryOp::Bool => Value::from_bool(len_of(r(v)) != 0),
        _ => Value::NULL,
    })
}

fn range_binary(_vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::Contains => {
            let o = r(a);
            let Some(x) = crate::int::as_i64(b) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let x = x as isize;
            let inside = if o.step > 0 {
                x >= o.start && x < o.stop
            } else {
                x <= o.start && x > o.stop
            };
            Ok(Value::from_bool(inside && (x - o.start) % o.step == 0))
        }
        BinOp::Eq | BinOp::Ne if core::ptr::eq(type_of(b), &RANGE_TYPE) => {
            let (x, y) = (r(a), r(b));
            let (lx, ly) = (len_of(x), len_of(y));
            let same =
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
            Ok(Value::from_bool(same == (op == BinOp::Eq)))
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn range_subscr(vm: &mut Vm, v: Value, idx: Value, store: Option<Value>) -> PyResult<Value> {
    if store.is_some() {
        return Err(vm.type_error(format_args!(
            "'range' object does not support item assignment"
        )));
    }
    let o = r(v);
    let n = len_of(o);
    if crate::slice::is_slice(idx) {
        let (start, _stop, step, count) = crate::slice::indices(vm, idx, n)?;
        let s = o.start + start * o.step;
        let st = o.step * step;
        return vm.alloc(RangeObj {
            base: ObjBase::new(&RANGE_TYPE),
            start: s,
            stop: s + st * count as isize,
            step: st,
        });
    }
    let i = crate::tuple::normalize_index(vm, idx, n, "range")
        .map_err(|_| vm.index_error("range object index out of range"))?;
    Ok(Value::small_int(o.start + i as isize * o.step))
}

fn range_attr(
    _vm: &mut Vm,
    v: Value,
    name: crate::qstr::Qstr,
    op: crate::object::AttrOp,
) -> PyResult<Value> {
    let o = r(v);
    if let crate::object::AttrOp::Load = op {
        return Ok(match name {
            q::start => Value::small_int(o.start),
            q::stop => Value::small_int(o.stop),
            q::step => Value::small_int(o.step),
            _ => Value::NULL,
        });
    }
    Ok(Value::NULL)
}

fn range_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let o = r(v);
    vm.alloc(RangeIter {
        base: ObjBase::new(&RANGE_ITER_TYPE),
        cur: o.start,
        stop: o.stop,
        step: o.step,
    })
}

fn range_iternext(_vm: &mut Vm, it: Value) -> PyResult<Value> {
    Ok(range_iter_next_fast(it).flatten().unwrap_or(Value::NULL))
}

/// FOR_ITER's fast path: Some(next) for a range iterator, None otherwise.
#[inline(always)]
pub fn range_iter_next_fast(it: Value) -> Option<Option<Value>> {
    if !it.is_obj() || !core::ptr::eq(type_of(it), &RANGE_ITER_TYPE) {
        return None;
    }
    let s = unsafe { it.as_mut::<RangeIter>() };
    let more = if s.step > 0 {
        s.cur < s.stop
    } else {
        s.cur > s.stop
    };
    if !more {
        return Some(None);
    }
    let v = s.cur;
    s.cur += s.step;
    Some(Some(Value::small_int(v)))
}
