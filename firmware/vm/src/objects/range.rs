//! `range` and its iterator (with a fast path used by FOR_ITER).

use crate::object::{type_of, BinOp, ObjBase, PyResult, TypeObj, UnaryOp};
use crate::runtime::qstr::q;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct RangeObj {
    pub base: ObjBase,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

#[repr(C)]
pub struct RangeIter {
    pub base: ObjBase,
    pub cur: i64,
    pub stop: i64,
    pub step: i64,
}

pub static RANGE_TYPE: TypeObj = TypeObj {
    print: Some(range_print),
    new: Some(range_new),
    binary: Some(range_binary),
    unary: Some(range_unary),
    subscr: Some(range_subscr),
    iter: Some(range_iter),
    attr: Some(range_attr),
    methods: &RANGE_METHODS,
    ..TypeObj::builtin(q::range)
};

pub static RANGE_ITER_TYPE: TypeObj = TypeObj {
    iter: Some(crate::runtime::ops::iter_self),
    iternext: Some(range_iternext),
    ..TypeObj::builtin(q::range_iterator)
};

fn r(v: Value) -> &'static RangeObj {
    unsafe { v.as_mut::<RangeObj>() }
}

/// Number of items (as i128 so no bound can overflow).
#[inline(never)]
fn len_of(o: &RangeObj) -> i128 {
    let (start, stop, step) = (o.start as i128, o.stop as i128, o.step as i128);
    if step > 0 && stop > start {
        (stop - start + step - 1) / step
    } else if step < 0 && start > stop {
        (start - stop - step - 1) / (-step)
    } else {
        0
    }
}

fn arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let i = crate::runtime::args::index_value(vm, v)?;
    match crate::objects::int::as_i64(i) {
        Some(i) => Ok(i),
        None => Err(vm.new_exc_msg(
            &crate::runtime::exc::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

fn range_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::no_kw(vm, "range", kw)?;
    let (start, stop, step) = match a {
        [stop] => (0, arg(vm, *stop)?, 1),
        [start, stop] => (arg(vm, *start)?, arg(vm, *stop)?, 1),
        [start, stop, step] => (arg(vm, *start)?, arg(vm, *stop)?, arg(vm, *step)?),
        _ => {
            return Err(vm.type_error(format_args!(
                "range expected {}, got {}",
                if a.is_empty() {
                    "at least 1 argument"
                } else {
                    "at most 3 arguments"
                },
                a.len()
            )))
        }
    };
    if step == 0 {
        return Err(vm.value_error(format_args!("range() arg 3 must not be zero")));
    }
    new_range(vm, start, stop, step)
}

fn new_range(vm: &mut Vm, start: i64, stop: i64, step: i64) -> PyResult<Value> {
    vm.alloc_transient(RangeObj {
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

fn len_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let n = len_of(r(v));
    if n > isize::MAX as i128 {
        return Err(vm.new_exc_msg(
            &crate::runtime::exc::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        ));
    }
    crate::objects::int::from_i64(vm, n as i64)
}

fn range_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    Ok(match op {
        UnaryOp::Len => len_value(vm, v)?,
        UnaryOp::Bool => Value::from_bool(len_of(r(v)) != 0),
        UnaryOp::Hash => {
            let o = r(v);
            let n = len_of(o);
            // Equal ranges hash equal: hash (len, start, step) as CPython does.
            let (st, sp) = match n {
                0 => (0, 0),
                1 => (o.start, 0),
                _ => (o.start, o.step),
            };
            let h = crate::num::hash_i64(n as i64)
                .wrapping_mul(1_000_003)
                .wrapping_add(crate::num::hash_i64(st))
                .wrapping_mul(1_000_003)
                .wrapping_add(crate::num::hash_i64(sp));
            Value::small_int(if h == -1 { -2 } else { h >> 2 })
        }
        _ => Value::NULL,
    })
}

/// Position of `x` in the range, if present.
#[inline(never)]
fn position(o: &RangeObj, x: i64) -> Option<i64> {
    let inside = if o.step > 0 {
        x >= o.start && x < o.stop
    } else {
        x <= o.start && x > o.stop
    };
    let d = x as i128 - o.start as i128;
    (inside && d % o.step as i128 == 0).then(|| (d / o.step as i128) as i64)
}

fn range_binary(_vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::Contains => {
            if !crate::objects::int::is_int(b) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let Some(x) = crate::objects::int::as_i64(b) else {
                return Ok(Value::FALSE);
            };
            Ok(Value::from_bool(position(r(a), x).is_some()))
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
    let n = len_of(o).min(isize::MAX as i128) as usize;
    if crate::objects::slice::is_slice(idx) {
        let (start, stop, step, _count) = crate::objects::slice::indices(vm, idx, n)?;
        let at = |i: isize| o.start as i128 + i as i128 * o.step as i128;
        let clamp = |x: i128| x.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
        let (s, e, st) = (at(start), at(stop), o.step as i128 * step as i128);
        return new_range(vm, clamp(s), clamp(e), clamp(st));
    }
    if !crate::objects::int::is_int(idx) && !type_of(idx).is_user() {
        return Err(vm.type_error(format_args!(
            "range indices must be integers or slices, not {}",
            vm.type_name(idx)
        )));
    }
    let iv = crate::runtime::args::index_value(vm, idx)?;
    let i = match crate::objects::int::as_i64(iv) {
        Some(i) => i as i128,
        None => return Err(vm.index_error("range object index out of range")),
    };
    let len = len_of(o);
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    crate::objects::int::from_i64(vm, (o.start as i128 + j * o.step as i128) as i64)
}

fn range_attr(
    vm: &mut Vm,
    v: Value,
    name: crate::runtime::qstr::Qstr,
    op: crate::object::AttrOp,
) -> PyResult<Value> {
    let o = r(v);
    if let crate::object::AttrOp::Load = op {
        return match name {
            q::start => crate::objects::int::from_i64(vm, o.start),
            q::stop => crate::objects::int::from_i64(vm, o.stop),
            q::step => crate::objects::int::from_i64(vm, o.step),
            _ => Ok(Value::NULL),
        };
    }
    Ok(Value::NULL)
}

fn range_count(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = r(a[0]);
    if crate::objects::int::is_int(a[1]) {
        let hit = crate::objects::int::as_i64(a[1])
            .and_then(|x| position(o, x))
            .is_some();
        return Ok(Value::small_int(hit as isize));
    }
    // Other values compare by equality, one item at a time.
    let it = range_iter(vm, a[0])?;
    let mut n = 0;
    while let Some(x) = crate::runtime::ops::iter_next(vm, it)? {
        if crate::runtime::ops::eq(vm, x, a[1])? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
}

fn range_index(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = r(a[0]);
    if crate::objects::int::is_int(a[1]) {
        if let Some(p) = crate::objects::int::as_i64(a[1]).and_then(|x| position(o, x)) {
            return crate::objects::int::from_i64(vm, p);
        }
    } else {
        let it = range_iter(vm, a[0])?;
        let mut i = 0;
        while let Some(x) = crate::runtime::ops::iter_next(vm, it)? {
            if crate::runtime::ops::eq(vm, x, a[1])? {
                return Ok(Value::small_int(i));
            }
            i += 1;
        }
    }
    let s = crate::runtime::print::repr(vm, a[1])?;
    Err(vm.value_error(format_args!("{} is not in range", s)))
}

crate::builtin_fn!(COUNT, q::count, 2, 2, range_count);
crate::builtin_fn!(INDEX, q::index, 2, 2, range_index);
static RANGE_METHODS: [(crate::runtime::qstr::Qstr, Value); 2] = [
    crate::entry!(q::count, fn COUNT),
    crate::entry!(q::index, fn INDEX),
];

fn range_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let o = r(v);
    vm.alloc_transient(RangeIter {
        base: ObjBase::new(&RANGE_ITER_TYPE),
        cur: o.start,
        stop: o.stop,
        step: o.step,
    })
}

fn range_iternext(vm: &mut Vm, it: Value) -> PyResult<Value> {
    if let Some(r) = range_iter_next_fast(it) {
        return Ok(r.unwrap_or(Value::NULL));
    }
    let s = unsafe { it.as_mut::<RangeIter>() };
    let more = if s.step > 0 {
        s.cur < s.stop
    } else {
        s.cur > s.stop
    };
    if !more {
        return Ok(Value::NULL);
    }
    let v = s.cur;
    s.cur = s.cur.saturating_add(s.step);
    if s.cur == v {
        s.cur = s.stop;
    }
    crate::objects::int::from_i64(vm, v)
}

/// FOR_ITER's fast path: Some(next) for a range iterator whose next value
/// is a small int, None otherwise (the caller then uses `iternext`).
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
    let v = Value::try_small_int(s.cur)?;
    let next = s.cur.checked_add(s.step)?;
    s.cur = next;
    Some(Some(v))
}
