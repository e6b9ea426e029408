//! `cmath`: MicroPython 1.8.3's complex functions (cos, exp, log, log10,
//! phase, polar, rect, sin, sqrt, e, pi) on the `complex` type, computed
//! the way CPython does for finite numbers (scaling where an intermediate
//! would overflow) so results agree to the last bit where libm does.

use crate::modules::math::{domain_error, range_error};
use crate::object::{PyResult, UnaryOp};
use crate::objects::complex::{self, ComplexObj};
use crate::objects::float;
use crate::objects::module;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use core::f64::consts::{E, LN_10, LN_2};

/// Above this, exp(x) overflows, so exp(x - 1) * e is used instead.
const LOG_LARGE_DOUBLE: f64 = 708.3964185322641;

type C = (f64, f64);

/// A complex, real, or `__float__` argument as (re, im).
fn arg_c(vm: &mut Vm, v: Value) -> PyResult<C> {
    if complex::is_complex(v) {
        let c = unsafe { v.as_mut::<ComplexObj>() };
        return Ok((c.re, c.im));
    }
    if let Some(f) = float::to_f64(vm, v)? {
        return Ok((f, 0.0));
    }
    let r = crate::runtime::ops::unary_op(vm, UnaryOp::Float, v)?;
    if float::is_float(r) {
        return Ok((float::value_of(r), 0.0));
    }
    Err(vm.type_error(format_args!("must be real number, not {}", vm.type_name(v))))
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

/// A result: an infinity out of finite input means the result overflowed.
#[inline(never)]
fn result(vm: &mut Vm, z: C, r: C) -> PyResult<Value> {
    if finite(z) && !finite(r) {
        return Err(range_error(vm));
    }
    complex::new_complex(vm, r.0, r.1)
}

fn c_exp(z: C) -> C {
    let (x, y) = z;
    if x > LOG_LARGE_DOUBLE {
        let l = libm::exp(x - 1.0);
        (l * libm::cos(y) * E, l * libm::sin(y) * E)
    } else {
        let l = libm::exp(x);
        if y == 0.0 {
            // exp of a real stays real (also for infinite x).
            return (l, y);
        }
        (l * libm::cos(y), l * libm::sin(y))
    }
}

fn c_cosh(z: C) -> C {
    let (x, y) = z;
    if libm::fabs(x) > LOG_LARGE_DOUBLE {
        let x1 = x - libm::copysign(1.0, x);
        (
            libm::cos(y) * libm::cosh(x1) * E,
            libm::sin(y) * libm::sinh(x1) * E,
        )
    } else {
        (libm::cos(y) * libm::cosh(x), libm::sin(y) * libm::sinh(x))
    }
}

fn c_sinh(z: C) -> C {
    let (x, y) = z;
    if libm::fabs(x) > LOG_LARGE_DOUBLE {
        let x1 = x - libm::copysign(1.0, x);
        (
            libm::cos(y) * libm::sinh(x1) * E,
            libm::sin(y) * libm::cosh(x1) * E,
        )
    } else {
        (libm::cos(y) * libm::sinh(x), libm::sin(y) * libm::cosh(x))
    }
}

/// log|z| without overflow for huge parts or precision loss near |z| = 1;
/// None for z == 0.
fn log_abs(z: C) -> Option<f64> {
    let (ax, ay) = (libm::fabs(z.0), libm::fabs(z.1));
    if !finite(z) {
        return Some(libm::log(libm::hypot(ax, ay)));
    }
    if ax > f64::MAX / 4.0 || ay > f64::MAX / 4.0 {
        return Some(libm::log(libm::hypot(ax / 2.0, ay / 2.0)) + LN_2);
    }
    if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let h = libm::hypot(libm::ldexp(ax, 53), libm::ldexp(ay, 53));
            return Some(libm::log(h) - 53.0 * LN_2);
        }
        return None;
    }
    let h = libm::hypot(ax, ay);
    if (0.71..=1.73).contains(&h) {
        let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
        return Some(libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0);
    }
    Some(libm::log(h))
}

fn c_log(vm: &mut Vm, z: C) -> PyResult<C> {
    match log_abs(z) {
        Some(re) => Ok((re, libm::atan2(z.1, z.0))),
        None => Err(domain_error(vm)),
    }
}

fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    if !finite(z) {
        if y.is_infinite() {
            return (f64::INFINITY, y);
        }
        if x == f64::NEG_INFINITY {
            let re = if y.is_nan() { f64::NAN } else { 0.0 };
            return (re, libm::copysign(f64::INFINITY, y));
        }
    }
    let (ax, ay) = (libm::fabs(x), libm::fabs(y));
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot would be subnormal: scale up, then back down.
        let ax = libm::ldexp(ax, 53);
        libm::ldexp(libm::sqrt(ax + libm::hypot(ax, libm::ldexp(ay, 53))), -27)
    } else {
        let ax = ax / 8.0;
        2.0 * libm::sqrt(ax + libm::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, libm::copysign(d, y))
    } else {
        (d, libm::copysign(s, y))
    }
}

fn cm_exp(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let z = arg_c(vm, a[0])?;
    result(vm, z, c_exp(z))
}

fn cm_cos(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // cos(z) = cosh(iz)
    let z = arg_c(vm, a[0])?;
    let r = c_cosh((-z.1, z.0));
    result(vm, z, r)
}

fn cm_sin(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // sin(z) = -i sinh(iz)
    let z = arg_c(vm, a[0])?;
    let s = c_sinh((-z.1, z.0));
    result(vm, z, (s.1, -s.0))
}

fn cm_log(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let z = arg_c(vm, a[0])?;
    let r = c_log(vm, z)?;
    complex::new_complex(vm, r.0, r.1)
}

fn cm_log10(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let z = arg_c(vm, a[0])?;
    let r = c_log(vm, z)?;
    complex::new_complex(vm, r.0 / LN_10, r.1 / LN_10)
}

fn cm_sqrt(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let z = arg_c(vm, a[0])?;
    let r = c_sqrt(z);
    complex::new_complex(vm, r.0, r.1)
}

fn cm_phase(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let z = arg_c(vm, a[0])?;
    float::new_float(vm, libm::atan2(z.1, z.0))
}

fn cm_polar(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let z = arg_c(vm, a[0])?;
    let r = libm::hypot(z.0, z.1);
    if r.is_infinite() && finite(z) {
        return Err(range_error(vm));
    }
    let r = float::new_float(vm, r)?;
    let p = float::new_float(vm, libm::atan2(z.1, z.0))?;
    crate::objects::tuple::new_tuple(vm, &[r, p])
}

fn real_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if complex::is_complex(v) {
        return Err(vm.type_error(format_args!("must be real number, not complex")));
    }
    crate::modules::math::arg_f64(vm, v)
}

fn cm_rect(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = real_arg(vm, a[0])?;
    let phi = real_arg(vm, a[1])?;
    let z = if phi == 0.0 {
        // Exact for a zero angle (keeps the sign of a -0.0 angle).
        (r, r * phi)
    } else {
        (r * libm::cos(phi), r * libm::sin(phi))
    };
    if phi.is_infinite() && r != 0.0 && !r.is_nan() {
        return Err(domain_error(vm));
    }
    complex::new_complex(vm, z.0, z.1)
}

builtin_fn!(EXP, q::exp, 1, 1, cm_exp);
builtin_fn!(COS, q::cos, 1, 1, cm_cos);
builtin_fn!(SIN, q::sin, 1, 1, cm_sin);
builtin_fn!(LOG, q::log, 1, 1, cm_log);
builtin_fn!(LOG10, q::log10, 1, 1, cm_log10);
builtin_fn!(SQRT, q::sqrt, 1, 1, cm_sqrt);
builtin_fn!(PHASE, q::phase, 1, 1, cm_phase);
builtin_fn!(POLAR, q::polar, 1, 1, cm_polar);
builtin_fn!(RECT, q::rect, 2, 2, cm_rect);

static CMATH_TABLE: &[(Qstr, Value)] = &[
    entry!(q::e, fn crate::modules::math::E),
    entry!(q::pi, fn crate::modules::math::PI),
    entry!(q::cos, fn COS),
    entry!(q::exp, fn EXP),
    entry!(q::log, fn LOG),
    entry!(q::log10, fn LOG10),
    entry!(q::phase, fn PHASE),
    entry!(q::polar, fn POLAR),
    entry!(q::rect, fn RECT),
    entry!(q::sin, fn SIN),
    entry!(q::sqrt, fn SQRT),
];

pub fn make_cmath(vm: &mut Vm) -> PyResult<Value> {
    module::from_table(vm, q::cmath, CMATH_TABLE)
}
