//! `math` / `umath`: the real-number functions of MicroPython 1.8.3's
//! math module, with CPython's error rules (domain errors raise
//! ValueError, results too large for a float raise OverflowError).

use crate::num::BigInt;
use crate::object::{ObjBase, PyResult, UnaryOp};
use crate::objects::float::{self, FloatObj, FLOAT_TYPE};
use crate::objects::int;
use crate::objects::module;
use crate::runtime::exc;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};

pub static E: FloatObj = FloatObj {
    base: ObjBase::new(&FLOAT_TYPE),
    value: core::f64::consts::E,
};
pub static PI: FloatObj = FloatObj {
    base: ObjBase::new(&FLOAT_TYPE),
    value: core::f64::consts::PI,
};

#[cold]
pub fn domain_error(vm: &mut Vm) -> Value {
    vm.new_exc_msg(&exc::VALUE_ERROR, "math domain error")
}

#[cold]
pub fn range_error(vm: &mut Vm) -> Value {
    vm.new_exc_msg(&exc::OVERFLOW_ERROR, "math range error")
}

/// A real-number argument as f64: int, bool, big int, float, or an object
/// with `__float__`.
pub fn arg_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = float::to_f64(vm, v)? {
        return Ok(f);
    }
    let r = crate::runtime::ops::unary_op(vm, UnaryOp::Float, v)?;
    if float::is_float(r) {
        return Ok(float::value_of(r));
    }
    Err(vm.type_error(format_args!("must be real number, not {}", vm.type_name(v))))
}

/// CPython's rule for one-argument functions: NaN out of a non-NaN is a
/// domain error, an infinity out of a finite number is an overflow (for
/// functions that can grow that far) or else a domain error (log(0)).
#[inline(never)]
fn check1(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    float::new_float(vm, r)
}

macro_rules! math1 {
    ($id:ident, $name:ident, $fname:ident, $f:expr, $ovf:expr) => {
        fn $fname(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
            let x = arg_f64(vm, a[0])?;
            let f: fn(f64) -> f64 = $f;
            check1(vm, x, f(x), $ovf)
        }
        builtin_fn!($id, q::$name, 1, 1, $fname);
    };
}

math1!(ACOS, acos, m_acos, libm::acos, false);
math1!(ACOSH, acosh, m_acosh, libm::acosh, false);
math1!(ASIN, asin, m_asin, libm::asin, false);
math1!(ASINH, asinh, m_asinh, libm::asinh, false);
math1!(ATAN, atan, m_atan, libm::atan, false);
math1!(ATANH, atanh, m_atanh, libm::atanh, false);
math1!(COS, cos, m_cos, libm::cos, false);
math1!(COSH, cosh, m_cosh, libm::cosh, true);
math1!(ERF, erf, m_erf, libm::erf, false);
math1!(ERFC, erfc, m_erfc, libm::erfc, false);
math1!(EXP, exp, m_exp, libm::exp, true);
math1!(EXPM1, expm1, m_expm1, libm::expm1, true);
math1!(FABS, fabs, m_fabs, libm::fabs, false);
math1!(SIN, sin, m_sin, libm::sin, false);
math1!(SINH, sinh, m_sinh, libm::sinh, true);
math1!(SQRT, sqrt, m_sqrt, libm::sqrt, false);
math1!(TAN, tan, m_tan, libm::tan, false);
math1!(TANH, tanh, m_tanh, libm::tanh, false);

/// `x = m * 2**e` with 0.5 <= m < 1 for a positive big int too large for a
/// float, rounded to 53 bits (half to even) as CPython's `_PyLong_Frexp`.
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bit_length() as i64;
    let k = bits - 64;
    let mut top = b.shr(k as usize);
    let back = top.shl(k as usize).unwrap_or_else(|_| BigInt::zero());
    if !b.sub(&back).is_zero() {
        // A sticky bit below the 53 kept ones settles exact halves.
        top = top.or(&BigInt::from_i64(1));
    }
    let t = top.to_f64().unwrap_or(f64::MAX);
    let (m, e) = libm::frexp(t);
    (m, e as i64 + k)
}

/// log, log2 and log10 take ints of any size (CPython's loghelper).
#[inline(never)]
fn log_helper(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<Value> {
    if crate::objects::int::big::is_big(v) {
        let b = crate::objects::int::big::to_bigint(v);
        if b.is_negative() || b.is_zero() {
            return Err(domain_error(vm));
        }
        if b.to_f64().is_err() {
            let (m, e) = big_frexp(&b);
            return float::new_float(vm, f(m) + f(2.0) * e as f64);
        }
    }
    let x = arg_f64(vm, v)?;
    check1(vm, x, f(x), false)
}

fn m_log(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    log_helper(vm, a[0], libm::log)
}
fn m_log2(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    log_helper(vm, a[0], libm::log2)
}
fn m_log10(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    log_helper(vm, a[0], libm::log10)
}

/// ceil, floor, trunc: ints come back unchanged (exact for big ints).
#[inline(never)]
fn round_to_int(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<Value> {
    if v == Value::TRUE || v == Value::FALSE {
        return Ok(Value::small_int((v == Value::TRUE) as isize));
    }
    if int::is_int(v) {
        return Ok(v);
    }
    let x = arg_f64(vm, v)?;
    float::float_to_int(vm, f(x))
}

fn m_ceil(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    round_to_int(vm, a[0], libm::ceil)
}
fn m_floor(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    round_to_int(vm, a[0], libm::floor)
}
fn m_trunc(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    round_to_int(vm, a[0], libm::trunc)
}

fn m_atan2(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let y = arg_f64(vm, a[0])?;
    let x = arg_f64(vm, a[1])?;
    float::new_float(vm, libm::atan2(y, x))
}

fn m_copysign(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    let y = arg_f64(vm, a[1])?;
    float::new_float(vm, libm::copysign(x, y))
}

fn m_fmod(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    let y = arg_f64(vm, a[1])?;
    if y.is_infinite() && x.is_finite() {
        return float::new_float(vm, x);
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    float::new_float(vm, r)
}

/// C99 pow with CPython's special cases and error rules.
fn m_pow(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    let y = arg_f64(vm, a[1])?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(libm::fabs(y), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    libm::fabs(x)
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                libm::copysign(0.0, x)
            } else {
                0.0
            }
        } else {
            let ax = libm::fabs(x);
            if ax == 1.0 {
                1.0
            } else if (y > 0.0 && ax > 1.0) || (y < 0.0 && ax < 1.0) {
                f64::INFINITY
            } else {
                0.0
            }
        }
    } else {
        let r = libm::pow(x, y);
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
        r
    };
    float::new_float(vm, r)
}

fn m_degrees(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    float::new_float(vm, x * (180.0 / core::f64::consts::PI))
}

fn m_radians(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    float::new_float(vm, x * (core::f64::consts::PI / 180.0))
}

fn m_frexp(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    let m = float::new_float(vm, m)?;
    crate::objects::tuple::new_tuple(vm, &[m, Value::small_int(e as isize)])
}

fn m_ldexp(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    if !int::is_int(a[1]) {
        return Err(vm.type_error(format_args!("Expected an int as second argument to ldexp.")));
    }
    // Exponents beyond any float's range saturate (big ints included).
    let e = match int::as_i64(a[1]) {
        Some(e) => e.clamp(-100_000, 100_000) as i32,
        None if crate::objects::int::big::to_bigint(a[1]).is_negative() => -100_000,
        None => 100_000,
    };
    if x == 0.0 || !x.is_finite() {
        return float::new_float(vm, x);
    }
    let r = libm::ldexp(x, e);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    float::new_float(vm, r)
}

fn m_modf(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    let (frac, whole) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        libm::modf(x)
    };
    let f = float::new_float(vm, frac)?;
    let w = float::new_float(vm, whole)?;
    crate::objects::tuple::new_tuple(vm, &[f, w])
}

fn m_isfinite(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    Ok(Value::from_bool(x.is_finite()))
}
fn m_isinf(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    Ok(Value::from_bool(x.is_infinite()))
}
fn m_isnan(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    Ok(Value::from_bool(x.is_nan()))
}

/// Exact factorials for gamma at small positive integers, as CPython.
fn gamma_int(n: u32) -> f64 {
    (1..n).fold(1.0, |acc, k| acc * k as f64)
}

fn m_gamma(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    if x.is_nan() || x == f64::INFINITY {
        return float::new_float(vm, x);
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == libm::floor(x)) {
        return Err(domain_error(vm));
    }
    if x == libm::floor(x) && x <= 23.0 {
        return float::new_float(vm, gamma_int(x as u32));
    }
    let r = libm::tgamma(x);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    float::new_float(vm, r)
}

fn m_lgamma(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = arg_f64(vm, a[0])?;
    if x.is_nan() {
        return float::new_float(vm, x);
    }
    if x.is_infinite() {
        return float::new_float(vm, f64::INFINITY);
    }
    if x <= 0.0 && x == libm::floor(x) {
        return Err(domain_error(vm));
    }
    let r = libm::lgamma(x);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    float::new_float(vm, r)
}

builtin_fn!(LOG, q::log, 1, 1, m_log);
builtin_fn!(LOG2, q::log2, 1, 1, m_log2);
builtin_fn!(LOG10, q::log10, 1, 1, m_log10);
builtin_fn!(CEIL, q::ceil, 1, 1, m_ceil);
builtin_fn!(FLOOR, q::floor, 1, 1, m_floor);
builtin_fn!(TRUNC, q::trunc, 1, 1, m_trunc);
builtin_fn!(ATAN2, q::atan2, 2, 2, m_atan2);
builtin_fn!(COPYSIGN, q::copysign, 2, 2, m_copysign);
builtin_fn!(FMOD, q::fmod, 2, 2, m_fmod);
builtin_fn!(POW, q::pow, 2, 2, m_pow);
builtin_fn!(DEGREES, q::degrees, 1, 1, m_degrees);
builtin_fn!(RADIANS, q::radians, 1, 1, m_radians);
builtin_fn!(FREXP, q::frexp, 1, 1, m_frexp);
builtin_fn!(LDEXP, q::ldexp, 2, 2, m_ldexp);
builtin_fn!(MODF, q::modf, 1, 1, m_modf);
builtin_fn!(ISFINITE, q::isfinite, 1, 1, m_isfinite);
builtin_fn!(ISINF, q::isinf, 1, 1, m_isinf);
builtin_fn!(ISNAN, q::isnan, 1, 1, m_isnan);
builtin_fn!(GAMMA, q::gamma, 1, 1, m_gamma);
builtin_fn!(LGAMMA, q::lgamma, 1, 1, m_lgamma);

static MATH_TABLE: &[(Qstr, Value)] = &[
    entry!(q::e, fn E),
    entry!(q::pi, fn PI),
    entry!(q::acos, fn ACOS),
    entry!(q::acosh, fn ACOSH),
    entry!(q::asin, fn ASIN),
    entry!(q::asinh, fn ASINH),
    entry!(q::atan, fn ATAN),
    entry!(q::atan2, fn ATAN2),
    entry!(q::atanh, fn ATANH),
    entry!(q::ceil, fn CEIL),
    entry!(q::copysign, fn COPYSIGN),
    entry!(q::cos, fn COS),
    entry!(q::cosh, fn COSH),
    entry!(q::degrees, fn DEGREES),
    entry!(q::erf, fn ERF),
    entry!(q::erfc, fn ERFC),
    entry!(q::exp, fn EXP),
    entry!(q::expm1, fn EXPM1),
    entry!(q::fabs, fn FABS),
    entry!(q::floor, fn FLOOR),
    entry!(q::fmod, fn FMOD),
    entry!(q::frexp, fn FREXP),
    entry!(q::gamma, fn GAMMA),
    entry!(q::isfinite, fn ISFINITE),
    entry!(q::isinf, fn ISINF),
    entry!(q::isnan, fn ISNAN),
    entry!(q::ldexp, fn LDEXP),
    entry!(q::lgamma, fn LGAMMA),
    entry!(q::log, fn LOG),
    entry!(q::log10, fn LOG10),
    entry!(q::log2, fn LOG2),
    entry!(q::modf, fn MODF),
    entry!(q::pow, fn POW),
    entry!(q::radians, fn RADIANS),
    entry!(q::sin, fn SIN),
    entry!(q::sinh, fn SINH),
    entry!(q::sqrt, fn SQRT),
    entry!(q::tan, fn TAN),
    entry!(q::tanh, fn TANH),
    entry!(q::trunc, fn TRUNC),
];

pub fn make_math(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    module::from_table(vm, name, MATH_TABLE)
}
