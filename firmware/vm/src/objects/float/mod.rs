//! `float`: IEEE double, boxed in the heap (16 bytes on the MCU).

pub mod methods;

use crate::num;
use crate::object::{is_type, BinOp, ObjBase, PyResult, TypeObj, UnaryOp, FLAG_BASETYPE};
use crate::objects::int;
use crate::runtime::exc;
use crate::runtime::qstr::q;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct FloatObj {
    pub base: ObjBase,
    pub value: f64,
}

pub static FLOAT_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    print: Some(float_print),
    new: Some(float_new),
    binary: Some(float_binary),
    unary: Some(float_unary),
    methods: &crate::objects::float::methods::FLOAT_METHODS,
    ..TypeObj::builtin(q::float)
};

#[inline]
pub fn is_float(v: Value) -> bool {
    v.is_obj() && is_type(v, &FLOAT_TYPE)
}

#[inline]
pub fn value_of(v: Value) -> f64 {
    unsafe { v.as_mut::<FloatObj>().value }
}

pub fn new_float(vm: &mut Vm, f: f64) -> PyResult<Value> {
    let p = vm.alloc_var(
        FloatObj {
            base: ObjBase::new(&FLOAT_TYPE),
            value: f,
        },
        0,
        true,
    )?;
    Ok(Value::from_ptr(p))
}

/// Any real number as f64 (float, int, bool); None for other types.
pub fn to_f64(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    if is_float(v) {
        Ok(Some(value_of(v)))
    } else if let Some(i) = int::as_small(v) {
        Ok(Some(i as f64))
    } else if crate::objects::int::big::is_big(v) {
        Ok(Some(crate::objects::int::big::to_f64(vm, v)?))
    } else if let Some(n) = crate::objects::class::builtin_base::native_of(v) {
        to_f64(vm, n)
    } else {
        Ok(None)
    }
}

fn float_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    num::repr_f64(value_of(v), out);
    Ok(())
}

fn float_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [] => new_float(vm, 0.0),
        [x] => {
            if let Some(f) = to_f64(vm, *x)? {
                return new_float(vm, f);
            }
            let text = crate::objects::str::as_str(*x).or_else(|| {
                crate::objects::bytes::buffer_of(*x).and_then(|b| core::str::from_utf8(b).ok())
            });
            if let Some(s) = text {
                let normal = crate::objects::int::methods::ascii_digits(s);
                return match num::parse_f64(normal.as_deref().unwrap_or(s)) {
                    Some(f) => new_float(vm, f),
                    None => Err(vm.value_error(format_args!(
                        "could not convert string to float: {}",
                        crate::objects::str::quote(s)
                    ))),
                };
            }
            let r = crate::runtime::ops::unary_op(vm, UnaryOp::Float, *x)?;
            if is_float(r) {
                return Ok(r);
            }
            Err(vm.type_error(format_args!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(*x)
            )))
        }
        _ => Err(vm.type_error(format_args!(
            "float expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

pub fn int_true_div(vm: &mut Vm, a: i64, b: i64) -> PyResult<Value> {
    // Exact when both fit in 53 bits; otherwise the big-int path rounds right.
    if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
        return new_float(vm, a as f64 / b as f64);
    }
    match num::BigInt::from_i64(a).true_div(&num::BigInt::from_i64(b)) {
        Ok(f) => new_float(vm, f),
        Err(e) => Err(crate::objects::int::big::num_error(vm, e)),
    }
}

pub fn pow_values(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    match num::float_pow(x, y) {
        Ok(r) => new_float(vm, r),
        Err(num::NumError::ComplexResult) => {
            let b = crate::objects::complex::new_complex(vm, x, 0.0)?;
            let e = crate::objects::complex::new_complex(vm, y, 0.0)?;
            crate::objects::complex::complex_binary(vm, BinOp::Pow, b, e)
        }
        Err(e) => Err(crate::objects::int::big::num_error(vm, e)),
    }
}

pub fn float_binary(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    if matches!(
        op,
        BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge | BinOp::Eq | BinOp::Ne
    ) && (int::is_int(lhs) || int::is_int(rhs))
    {
        return compare_big(op, lhs, rhs);
    }
    let (Some(a), Some(b)) = (to_f64(vm, lhs)?, to_f64(vm, rhs)?) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let r = match op.base() {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("divide by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("divide by zero"));
            }
            num::float_floordiv(a, b).map_err(|e| crate::objects::int::big::num_error(vm, e))?
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(vm.zero_division("divide by zero"));
            }
            num::float_mod(a, b).map_err(|e| crate::objects::int::big::num_error(vm, e))?
        }
        BinOp::DivMod => {
            if b == 0.0 {
                return Err(vm.zero_division("divide by zero"));
            }
            let (q, r) =
                num::float_divmod(a, b).map_err(|e| crate::objects::int::big::num_error(vm, e))?;
            let q = new_float(vm, q)?;
            let r = new_float(vm, r)?;
            return crate::objects::tuple::new_tuple(vm, &[q, r]);
        }
        BinOp::Pow => return pow_values(vm, a, b),
        BinOp::Lt => {
            return Ok(Value::from_bool(
                cmp_num(vm, lhs, rhs, a, b)? == Some(core::cmp::Ordering::Less),
            ))
        }
        BinOp::Gt => {
            return Ok(Value::from_bool(
                cmp_num(vm, lhs, rhs, a, b)? == Some(core::cmp::Ordering::Greater),
            ))
        }
        BinOp::Le => {
            let o = cmp_num(vm, lhs, rhs, a, b)?;
            return Ok(Value::from_bool(matches!(
                o,
                Some(core::cmp::Ordering::Less | core::cmp::Ordering::Equal)
            )));
        }
        BinOp::Ge => {
            let o = cmp_num(vm, lhs, rhs, a, b)?;
            return Ok(Value::from_bool(matches!(
                o,
                Some(core::cmp::Ordering::Greater | core::cmp::Ordering::Equal)
            )));
        }
        BinOp::Eq => {
            return Ok(Value::from_bool(
                cmp_num(vm, lhs, rhs, a, b)? == Some(core::cmp::Ordering::Equal),
            ))
        }
        BinOp::Ne => {
            return Ok(Value::from_bool(
                cmp_num(vm, lhs, rhs, a, b)? != Some(core::cmp::Ordering::Equal),
            ))
        }
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    new_float(vm, r)
}

/// A float compared with a big int, exactly (no conversion that could
/// overflow or round).
fn compare_big(op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    use core::cmp::Ordering;
    let o = if is_float(lhs) {
        let c = num::cmp_int_float(&crate::objects::int::big::to_bigint(rhs), value_of(lhs));
        c.map(Ordering::reverse)
    } else if is_float(rhs) {
        num::cmp_int_float(&crate::objects::int::big::to_bigint(lhs), value_of(rhs))
    } else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let Some(o) = o else {
        return Ok(Value::from_bool(op == BinOp::Ne));
    };
    Ok(Value::from_bool(match op {
        BinOp::Lt => o == Ordering::Less,
        BinOp::Gt => o == Ordering::Greater,
        BinOp::Le => o != Ordering::Greater,
        BinOp::Ge => o != Ordering::Less,
        BinOp::Eq => o == Ordering::Equal,
        _ => o != Ordering::Equal,
    }))
}

/// Exact comparison of a float with an int (no rounding of big ints).
fn cmp_num(
    _vm: &mut Vm,
    lhs: Value,
    rhs: Value,
    a: f64,
    b: f64,
) -> PyResult<Option<core::cmp::Ordering>> {
    if crate::objects::int::big::is_big(lhs) || crate::objects::int::big::is_big(rhs) {
        let (fv, iv, flip) = if is_float(lhs) {
            (a, rhs, false)
        } else {
            (b, lhs, true)
        };
        if fv.is_nan() {
            return Ok(None);
        }
        if fv.is_infinite() {
            let o = if fv > 0.0 {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Less
            };
            return Ok(Some(if flip { o.reverse() } else { o }));
        }
        let fi = libm::floor(fv);
        let ib = crate::objects::int::big::to_bigint(iv);
        let fb = num::BigInt::from_f64(fi).unwrap_or_else(num::BigInt::zero);
        let mut o = fb.cmp(&ib);
        if o == core::cmp::Ordering::Equal && fi != fv {
            o = core::cmp::Ordering::Greater;
        }
        return Ok(Some(if flip { o.reverse() } else { o }));
    }
    Ok(a.partial_cmp(&b))
}

fn float_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    let f = value_of(v);
    Ok(match op {
        UnaryOp::Neg => new_float(vm, -f)?,
        UnaryOp::Pos | UnaryOp::Float => v,
        UnaryOp::Abs => new_float(vm, f.abs())?,
        UnaryOp::Bool => Value::from_bool(f != 0.0),
        UnaryOp::Hash => Value::small_int(num::hash_f64(f)),
        UnaryOp::Int => return float_to_int(vm, f),
        _ => Value::NULL,
    })
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error(format_args!("cannot convert float NaN to integer")));
    }
    if f.is_infinite() {
        return Err(vm.new_exc_msg(
            &exc::OVERFLOW_ERROR,
            "cannot convert float infinity to integer",
        ));
    }
    let t = libm::trunc(f);
    if t.abs() < 4.0e18 {
        return int::from_i64(vm, t as i64);
    }
    match num::BigInt::from_f64(t) {
        Some(b) => crate::objects::int::big::from_bigint(vm, &b),
        None => Err(vm.new_exc_msg(
            &exc::OVERFLOW_ERROR,
            "cannot convert float infinity to integer",
        )),
    }
}
