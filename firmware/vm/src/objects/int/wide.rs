//! Fast paths for ints that fit in 64 bits but not in a small int (on the
//! MCU: 31..63 bits, e.g. sums past 2**30 or LCG products). They use
//! i64/i128 arithmetic and build the heap object directly, avoiding the
//! general big-int code and its temporary vectors.

use crate::object::{BinOp, ObjBase, PyResult};
use crate::objects::int::big::{is_big, BigIntObj};
use crate::value::Value;
use crate::vm::Vm;

/// A heap int with at most two limbs, as i64.
#[inline]
pub fn big_as_i64(v: Value) -> Option<i64> {
    if !is_big(v) {
        return None;
    }
    unsafe {
        let o = v.as_ptr::<BigIntObj>();
        let limbs = o.add(1) as *const u32;
        let mag: u64 = match (*o).len {
            0 => 0,
            1 => *limbs as u64,
            2 => *limbs as u64 | (*limbs.add(1) as u64) << 32,
            _ => return None,
        };
        if (*o).neg {
            if mag <= 1 << 63 {
                Some((mag as i64).wrapping_neg())
            } else {
                None
            }
        } else if mag <= i64::MAX as u64 {
            Some(mag as i64)
        } else {
            None
        }
    }
}

/// Any int value (small, bool, or two-limb big) as i64.
#[inline]
pub fn as_i64(v: Value) -> Option<i64> {
    match crate::objects::int::as_small(v) {
        Some(i) => Some(i as i64),
        None => big_as_i64(v),
    }
}

/// An int value for `i`: small if it fits, else a two-limb heap int.
pub fn new_i64(vm: &mut Vm, i: i64) -> PyResult<Value> {
    if let Some(v) = Value::try_small_int(i) {
        return Ok(v);
    }
    let mag = i.unsigned_abs();
    let len = if mag >> 32 == 0 { 1 } else { 2 };
    let p = vm.alloc_var(
        BigIntObj {
            base: ObjBase::new(&crate::objects::int::INT_TYPE),
            neg: i < 0,
            len,
        },
        8,
        true,
    )?;
    unsafe {
        let limbs = p.add(1) as *mut u32;
        *limbs = mag as u32;
        *limbs.add(1) = (mag >> 32) as u32;
    }
    Ok(Value::from_ptr(p))
}

fn from_i128(vm: &mut Vm, r: i128) -> PyResult<Option<Value>> {
    if r >= i64::MIN as i128 && r <= i64::MAX as i128 {
        return new_i64(vm, r as i64).map(Some);
    }
    Ok(None)
}

/// `a op b` on 64-bit ints; None when the result needs the general path.
pub fn i64_binary(vm: &mut Vm, op: BinOp, a: i64, b: i64) -> PyResult<Option<Value>> {
    let (x, y) = (a as i128, b as i128);
    match op.base() {
        BinOp::Add => from_i128(vm, x + y),
        BinOp::Sub => from_i128(vm, x - y),
        BinOp::Mul => from_i128(vm, x * y),
        BinOp::FloorDiv | BinOp::Mod if b != 0 => {
            let mut q = x / y;
            let mut r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                q -= 1;
                r += y;
            }
            from_i128(vm, if op.base() == BinOp::FloorDiv { q } else { r })
        }
        BinOp::And => new_i64(vm, a & b).map(Some),
        BinOp::Or => new_i64(vm, a | b).map(Some),
        BinOp::Xor => new_i64(vm, a ^ b).map(Some),
        BinOp::RShift if b >= 0 => new_i64(vm, a >> b.min(63)).map(Some),
        BinOp::LShift if (0..64).contains(&b) => {
            let r = x << b;
            if r >> b == x {
                from_i128(vm, r)
            } else {
                Ok(None)
            }
        }
        BinOp::Lt => Ok(Some(Value::from_bool(a < b))),
        BinOp::Gt => Ok(Some(Value::from_bool(a > b))),
        BinOp::Le => Ok(Some(Value::from_bool(a <= b))),
        BinOp::Ge => Ok(Some(Value::from_bool(a >= b))),
        BinOp::Eq => Ok(Some(Value::from_bool(a == b))),
        BinOp::Ne => Ok(Some(Value::from_bool(a != b))),
        _ => Ok(None),
    }
}
