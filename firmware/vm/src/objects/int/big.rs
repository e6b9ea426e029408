//! Heap ints beyond the small-int range: the object layer over
//! `num::BigInt` (limbs stored inline in the GC heap).

use crate::num::{self, BigInt, NumError};
use crate::object::{is_type, BinOp, ObjBase, PyResult, UnaryOp};
use crate::objects::int;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct BigIntObj {
    pub base: ObjBase,
    pub neg: bool,
    pub len: usize,
    // followed by `len` u32 limbs, little-endian
}

#[inline]
pub fn is_big(v: Value) -> bool {
    v.is_obj() && is_type(v, &int::INT_TYPE)
}

fn limbs(v: Value) -> &'static [u32] {
    unsafe {
        let o = v.as_ptr::<BigIntObj>();
        core::slice::from_raw_parts(o.add(1) as *const u32, (*o).len)
    }
}

/// The BigInt of any int value.
pub fn to_bigint(v: Value) -> BigInt {
    if is_big(v) {
        let o = unsafe { v.as_mut::<BigIntObj>() };
        BigInt::from_limbs(o.neg, limbs(v).to_vec())
    } else {
        BigInt::from_i64(int::as_small(v).unwrap_or(0) as i64)
    }
}

/// Store a BigInt as a value (small if it fits).
pub fn from_bigint(vm: &mut Vm, b: &BigInt) -> PyResult<Value> {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_small_int(i) {
            return Ok(v);
        }
    }
    let l = b.limbs();
    let p = vm.alloc_var(
        BigIntObj {
            base: ObjBase::new(&int::INT_TYPE),
            neg: b.is_negative(),
            len: l.len(),
        },
        l.len() * 4,
        true,
    )?;
    unsafe { core::ptr::copy_nonoverlapping(l.as_ptr(), p.add(1) as *mut u32, l.len()) };
    Ok(Value::from_ptr(p))
}

pub fn from_i64(vm: &mut Vm, i: i64) -> PyResult<Value> {
    from_bigint(vm, &BigInt::from_i64(i))
}

pub fn to_i64(v: Value) -> Option<i64> {
    to_bigint(v).to_i64()
}

pub fn print(_vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    out.push_str(&to_bigint(v).to_str_radix(10));
    Ok(())
}

pub fn to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    to_bigint(v).to_f64().map_err(|_| {
        vm.new_exc_msg(
            &crate::runtime::exc::OVERFLOW_ERROR,
            "int too large to convert to float",
        )
    })
}

/// Refuse results that could not fit in the heap (instead of a Rust
/// allocation failure). `bits` is an upper bound of the result's size.
fn check_size(vm: &mut Vm, bits: u64) -> PyResult<()> {
    if bits / 8 > vm.heap.total_bytes() as u64 {
        return Err(vm.out_of_memory());
    }
    Ok(())
}

#[cold]
pub fn num_error(vm: &mut Vm, e: NumError) -> Value {
    let ty = match e {
        NumError::ZeroDivision(_) => &crate::runtime::exc::ZERO_DIVISION_ERROR,
        NumError::Overflow(_) => &crate::runtime::exc::OVERFLOW_ERROR,
        _ => &crate::runtime::exc::VALUE_ERROR,
    };
    vm.new_exc_msg(ty, e.message())
}

/// `lhs op rhs` where one side is a heap int. The digits are Rust vectors: a
/// result too big for the heap is a MemoryError of this operation.
pub fn big_binary(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    vm.protect(|vm| big_binary_digits(vm, op, lhs, rhs))
}

fn big_binary_digits(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    let a = to_bigint(lhs);
    let b = to_bigint(rhs);
    let r = match op.base() {
        BinOp::Add => a.add(&b),
        BinOp::Sub => a.sub(&b),
        BinOp::Mul => {
            check_size(vm, a.bit_length() + b.bit_length())?;
            a.mul(&b)
        }
        BinOp::FloorDiv => match a.floordiv(&b) {
            Some(q) => q,
            None => return Err(vm.zero_division("divide by zero")),
        },
        BinOp::Mod => match a.modulo(&b) {
            Some(q) => q,
            None => return Err(vm.zero_division("divide by zero")),
        },
        BinOp::DivMod => match a.divmod_floor(&b) {
            Some((q, r)) => {
                let q = from_bigint(vm, &q)?;
                let r = from_bigint(vm, &r)?;
                return crate::objects::tuple::new_tuple(vm, &[q, r]);
            }
            None => return Err(vm.zero_division("divide by zero")),
        },
        BinOp::TrueDiv => {
            return match a.true_div(&b) {
                Ok(f) => crate::objects::float::new_float(vm, f),
                Err(e) => Err(num_error(vm, e)),
            }
        }
        BinOp::Pow => {
            if b.is_negative() {
                let x = to_f64(vm, lhs)?;
                let y = to_f64(vm, rhs)?;
                return crate::objects::float::pow_values(vm, x, y);
            }
            // 0, 1 and -1 stay small whatever the exponent.
            match a.to_i64() {
                Some(0) => return Ok(Value::small_int(if b.is_zero() { 1 } else { 0 })),
                Some(1) => return Ok(Value::small_int(1)),
                Some(-1) => return Ok(Value::small_int(if b.is_odd() { -1 } else { 1 })),
                _ => {}
            }
            let e = b.to_i64().unwrap_or(i64::MAX) as u64;
            check_size(vm, a.bit_length().saturating_mul(e))?;
            a.pow(&b).map_err(|e| num_error(vm, e))?
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(vm.value_error(format_args!("negative shift count")));
            }
            if a.is_zero() {
                return Ok(Value::small_int(0));
            }
            // A count past a machine word cannot be a size at all (CPython: OverflowError).
            let Some(n) = b.to_i64() else {
                return Err(vm.new_exc_msg(
                    &crate::runtime::exc::OVERFLOW_ERROR,
                    "too many digits in integer",
                ));
            };
            check_size(vm, a.bit_length().saturating_add(n as u64))?;
            a.shl(n as usize).map_err(|e| num_error(vm, e))?
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.value_error(format_args!("negative shift count")));
            }
            a.shr(b.to_i64().unwrap_or(i64::MAX).min(isize::MAX as i64) as usize)
        }
        BinOp::And => a.and(&b),
        BinOp::Or => a.or(&b),
        BinOp::Xor => a.xor(&b),
        BinOp::Lt => return Ok(Value::from_bool(a < b)),
        BinOp::Gt => return Ok(Value::from_bool(a > b)),
        BinOp::Le => return Ok(Value::from_bool(a <= b)),
        BinOp::Ge => return Ok(Value::from_bool(a >= b)),
        BinOp::Eq => return Ok(Value::from_bool(a == b)),
        BinOp::Ne => return Ok(Value::from_bool(a != b)),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    from_bigint(vm, &r)
}

pub fn big_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    vm.protect(|vm| big_unary_digits(vm, op, v))
}

fn big_unary_digits(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    let a = to_bigint(v);
    let r = match op {
        UnaryOp::Neg => a.neg(),
        UnaryOp::Pos | UnaryOp::Int => return Ok(v),
        UnaryOp::Abs => a.abs(),
        UnaryOp::Invert => a.not(),
        UnaryOp::Bool => return Ok(Value::from_bool(!a.is_zero())),
        UnaryOp::Hash => return Ok(Value::small_int(a.hash())),
        UnaryOp::Float => {
            let f = to_f64(vm, v)?;
            return crate::objects::float::new_float(vm, f);
        }
        _ => return Ok(Value::NULL),
    };
    from_bigint(vm, &r)
}

/// Parse `text` in `base` into an int value (int(str, base)).
pub fn parse(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    match num::parse_int(text, base) {
        Ok(b) => from_bigint(vm, &b),
        Err(_) => Err(vm.value_error(format_args!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::objects::str::quote(text)
        ))),
    }
}
