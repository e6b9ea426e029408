//! `int` and `bool`: small ints live in the value word; larger ones are
//! heap [`BigIntObj`]s (see `big.rs`). Every result is normalised:
//! a value that fits a small int is a small int.

pub mod big;
pub mod methods;
pub mod wide;

use crate::object::{type_of, BinOp, PyResult, TypeObj, UnaryOp, FLAG_BASETYPE};
use crate::runtime::exc;
use crate::runtime::qstr::q;
use crate::value::{Value, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::vm::Vm;
use alloc::string::String;

pub static INT_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    print: Some(int_print),
    new: Some(int_new),
    binary: Some(int_binary),
    unary: Some(int_unary),
    methods: &crate::objects::int::methods::INT_METHODS,
    ..TypeObj::builtin(q::int)
};

pub static BOOL_TYPE: TypeObj = TypeObj {
    print: Some(bool_print),
    new: Some(bool_new),
    binary: Some(int_binary),
    unary: Some(int_unary),
    parent: Some(&INT_TYPE),
    ..TypeObj::builtin(q::bool)
};

/// True for int, bool and big ints (anything integral).
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || v == Value::TRUE || v == Value::FALSE || crate::objects::int::big::is_big(v)
}

/// The value as i64 if it is an int that fits.
pub fn as_i64(v: Value) -> Option<i64> {
    if v.is_small_int() {
        Some(v.as_small_int() as i64)
    } else if v == Value::TRUE {
        Some(1)
    } else if v == Value::FALSE {
        Some(0)
    } else if crate::objects::int::big::is_big(v) {
        crate::objects::int::wide::big_as_i64(v).or_else(|| crate::objects::int::big::to_i64(v))
    } else {
        None
    }
}

/// An int from i64 (small or big).
pub fn from_i64(vm: &mut Vm, i: i64) -> PyResult<Value> {
    crate::objects::int::wide::new_i64(vm, i)
}

/// Argument conversion: an index-like int or TypeError.
pub fn to_index(vm: &mut Vm, v: Value) -> PyResult<isize> {
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    match as_i64(v) {
        Some(i) if i >= isize::MIN as i64 && i <= isize::MAX as i64 => Ok(i as isize),
        Some(_) => Err(vm.new_exc_msg(
            &exc::OVERFLOW_ERROR,
            "overflow converting long int to machine word",
        )),
        // A big int wider than 64 bits: as the fits-in-i64-but-not-a-word case.
        None if crate::objects::int::big::is_big(v) => Err(vm.new_exc_msg(
            &exc::OVERFLOW_ERROR,
            "overflow converting long int to machine word",
        )),
        None => Err(vm.type_error(format_args!("can't convert {} to int", vm.type_name(v)))),
    }
}

fn int_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    match as_i64(v) {
        Some(i) if !crate::objects::int::big::is_big(v) => {
            use core::fmt::Write;
            let _ = write!(out, "{}", i);
            Ok(())
        }
        _ => crate::objects::int::big::print(vm, v, out),
    }
}

fn bool_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    out.push_str(if v == Value::TRUE { "True" } else { "False" });
    Ok(())
}

fn bool_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [] => Ok(Value::FALSE),
        [x] => Ok(Value::from_bool(crate::runtime::ops::is_true(vm, *x)?)),
        _ => Err(vm.type_error(format_args!(
            "bool() takes at most 1 argument ({} given)",
            args.len()
        ))),
    }
}

fn int_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::objects::int::methods::int_constructor(vm, args, kw)
}

/// Floor division and modulo of small ints with Python's signs.
#[inline]
pub fn floor_divmod(a: isize, b: isize) -> (isize, isize) {
    let mut q = a / b;
    let mut r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        q -= 1;
        r += b;
    }
    (q, r)
}

/// `a op b` for two small ints; None when the result needs the big path.
#[inline]
pub fn small_binary(vm: &mut Vm, op: BinOp, a: isize, b: isize) -> PyResult<Option<Value>> {
    let r = match op.base() {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::FloorDiv | BinOp::Mod | BinOp::DivMod => {
            if b == 0 {
                return Err(vm.zero_division("divide by zero"));
            }
            let (q, r) = floor_divmod(a, b);
            match op.base() {
                BinOp::FloorDiv => Some(q),
                BinOp::Mod => Some(r),
                _ => {
                    let qv = Value::small_int(q);
                    let rv = Value::small_int(r);
                    if q > SMALL_INT_MAX {
                        return Ok(None);
                    }
                    return Ok(Some(crate::objects::tuple::new_tuple(vm, &[qv, rv])?));
                }
            }
        }
        BinOp::TrueDiv => {
            if b == 0 {
                return Err(vm.zero_division("divide by zero"));
            }
            return Ok(Some(crate::objects::float::int_true_div(
                vm, a as i64, b as i64,
            )?));
        }
        BinOp::Pow => {
            if b < 0 {
                return Ok(Some(crate::objects::float::pow_values(
                    vm, a as f64, b as f64,
                )?));
            }
            let mut result: isize = 1;
            let mut base = a;
            let mut e = b as usize;
            loop {
                if e & 1 != 0 {
                    match result.checked_mul(base) {
                        Some(r) => result = r,
                        None => return Ok(None),
                    }
                }
                e >>= 1;
                if e == 0 {
                    break;
                }
                match base.checked_mul(base) {
                    Some(x) => base = x,
                    None => return Ok(None),
                }
            }
            Some(result)
        }
        BinOp::LShift => {
            if b < 0 {
                return Err(vm.value_error(format_args!("negative shift count")));
            }
            if b >= (isize::BITS - 1) as isize {
                if a == 0 {
                    Some(0)
                } else {
                    None
                }
            } else {
                let r = a << b;
                if r >> b == a {
                    Some(r)
                } else {
                    None
                }
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(vm.value_error(format_args!("negative shift count")));
            }
            Some(a >> b.min((isize::BITS - 1) as isize))
        }
        BinOp::And => Some(a & b),
        BinOp::Or => Some(a | b),
        BinOp::Xor => Some(a ^ b),
        BinOp::Lt => return Ok(Some(Value::from_bool(a < b))),
        BinOp::Gt => return Ok(Some(Value::from_bool(a > b))),
        BinOp::Le => return Ok(Some(Value::from_bool(a <= b))),
        BinOp::Ge => return Ok(Some(Value::from_bool(a >= b))),
        BinOp::Eq => return Ok(Some(Value::from_bool(a == b))),
        BinOp::Ne => return Ok(Some(Value::from_bool(a != b))),
        _ => return Ok(Some(Value::NOT_IMPLEMENTED)),
    };
    Ok(match r {
        Some(r) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&r) => Some(Value::small_int(r)),
        _ => None,
    })
}

fn int_binary(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    if crate::objects::float::is_float(lhs) || crate::objects::float::is_float(rhs) {
        return crate::objects::float::float_binary(vm, op, lhs, rhs);
    }
    if !is_int(lhs) || !is_int(rhs) {
        // int * sequence is the sequence's business.
        if op.base() == BinOp::Mul && is_int(lhs) {
            let t = type_of(rhs);
            if let Some(f) = t.binary {
                if !core::ptr::eq(f as *const (), int_binary as *const ()) {
                    return f(vm, op, rhs, lhs);
                }
            }
        }
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let both_bool = |v: Value| v == Value::TRUE || v == Value::FALSE;
    if both_bool(lhs) && both_bool(rhs) && matches!(op.base(), BinOp::And | BinOp::Or | BinOp::Xor)
    {
        // bool & | ^ bool stays a bool, as in CPython.
        let (x, y) = (lhs == Value::TRUE, rhs == Value::TRUE);
        return Ok(Value::from_bool(match op.base() {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    let a = as_small(lhs);
    let b = as_small(rhs);
    if let (Some(a), Some(b)) = (a, b) {
        if let Some(v) = small_binary(vm, op, a, b)? {
            return Ok(v);
        }
    }
    if let (Some(a), Some(b)) = (
        crate::objects::int::wide::as_i64(lhs),
        crate::objects::int::wide::as_i64(rhs),
    ) {
        if let Some(v) = crate::objects::int::wide::i64_binary(vm, op, a, b)? {
            return Ok(v);
        }
    }
    crate::objects::int::big::big_binary(vm, op, lhs, rhs)
}

/// Small int or bool as isize (None for big ints).
#[inline]
pub fn as_small(v: Value) -> Option<isize> {
    if v.is_small_int() {
        Some(v.as_small_int())
    } else if v == Value::TRUE {
        Some(1)
    } else if v == Value::FALSE {
        Some(0)
    } else {
        None
    }
}

fn int_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    if let Some(a) = as_small(v) {
        return Ok(match op {
            UnaryOp::Neg => return from_i64(vm, -(a as i64)),
            UnaryOp::Pos | UnaryOp::Int => Value::small_int(a),
            UnaryOp::Abs => return from_i64(vm, (a as i64).abs()),
            UnaryOp::Invert => Value::small_int(!a),
            UnaryOp::Bool => Value::from_bool(a != 0),
            UnaryOp::Hash => Value::small_int(crate::num::hash_i64(a as i64)),
            UnaryOp::Float => crate::objects::float::new_float(vm, a as f64)?,
            _ => Value::NULL,
        });
    }
    crate::objects::int::big::big_unary(vm, op, v)
}
