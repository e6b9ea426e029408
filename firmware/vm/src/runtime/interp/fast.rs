//! Fast paths the dispatch loop tries before the generic operator dispatch:
//! small-int results, float arithmetic, `list[int]`. `None` means "take the
//! general path".

use crate::object::{type_of, BinOp, PyResult};
use crate::runtime::ops;
use crate::value::Value;
use crate::vm::Vm;

#[inline(always)]
pub(super) fn small(i: isize) -> Option<Value> {
    if (crate::value::SMALL_INT_MIN..=crate::value::SMALL_INT_MAX).contains(&i) {
        Some(Value::small_int(i))
    } else {
        None
    }
}

/// Float arithmetic without the generic dispatch: both operands floats,
/// or a float and a small int. None means "take the general path".
#[inline]
pub(super) fn float_fast(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let as_f = |v: Value| -> Option<f64> {
        if v.is_small_int() && (v.as_small_int().unsigned_abs() as u64) < 1u64 << 53 {
            Some(v.as_small_int() as f64)
        } else if crate::objects::float::is_float(v) {
            Some(crate::objects::float::value_of(v))
        } else {
            None
        }
    };
    if !(crate::objects::float::is_float(a) || crate::objects::float::is_float(b)) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (as_f(a), as_f(b)) else {
        return Ok(None);
    };
    let r = match op.base() {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        BinOp::Lt => return Ok(Some(Value::from_bool(x < y))),
        BinOp::Gt => return Ok(Some(Value::from_bool(x > y))),
        BinOp::Le => return Ok(Some(Value::from_bool(x <= y))),
        BinOp::Ge => return Ok(Some(Value::from_bool(x >= y))),
        BinOp::Eq => return Ok(Some(Value::from_bool(x == y))),
        BinOp::Ne => return Ok(Some(Value::from_bool(x != y))),
        _ => return Ok(None),
    };
    crate::objects::float::new_float(vm, r).map(Some)
}

/// Subscript with a fast path for list[int].
#[inline]
pub(super) fn fast_subscr(vm: &mut Vm, obj: Value, idx: Value) -> PyResult<Value> {
    if idx.is_small_int()
        && obj.is_obj()
        && core::ptr::eq(type_of(obj), &crate::objects::list::LIST_TYPE)
    {
        let l = crate::objects::list::obj(obj);
        let mut i = idx.as_small_int();
        if i < 0 {
            i += l.len as isize;
        }
        if i >= 0 && (i as usize) < l.len {
            return Ok(unsafe { *l.items.add(i as usize) });
        }
    }
    ops::subscr(vm, obj, idx)
}
