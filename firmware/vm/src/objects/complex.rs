//! `complex`: a pair of doubles with the arithmetic operators.

use crate::object::{is_type, AttrOp, BinOp, ObjBase, PyResult, TypeObj, UnaryOp};
use crate::objects::float;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct ComplexObj {
    pub base: ObjBase,
    pub re: f64,
    pub im: f64,
}

pub static COMPLEX_TYPE: TypeObj = TypeObj {
    print: Some(complex_print),
    new: Some(complex_new),
    binary: Some(complex_binary),
    unary: Some(complex_unary),
    attr: Some(complex_attr),
    methods: &COMPLEX_METHODS,
    ..TypeObj::builtin(q::complex)
};

pub fn is_complex(v: Value) -> bool {
    v.is_obj() && is_type(v, &COMPLEX_TYPE)
}

pub fn new_complex(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    let p = vm.alloc_var(
        ComplexObj {
            base: ObjBase::new(&COMPLEX_TYPE),
            re,
            im,
        },
        0,
        true,
    )?;
    Ok(Value::from_ptr(p))
}

fn parts(vm: &mut Vm, v: Value) -> PyResult<Option<(f64, f64)>> {
    if is_complex(v) {
        let c = unsafe { v.as_mut::<ComplexObj>() };
        return Ok(Some((c.re, c.im)));
    }
    Ok(float::to_f64(vm, v)?.map(|f| (f, 0.0)))
}

fn fmt_part(x: f64, out: &mut String) {
    if x == libm::trunc(x) && x.is_finite() && x.abs() < 1e16 {
        out.push_str(&alloc::format!("{}", x as i64));
        if x == 0.0 && x.is_sign_negative() {
            out.clear();
            out.push_str("-0");
        }
    } else {
        crate::num::repr_f64(x, out);
    }
}

fn complex_print(_vm: &mut Vm, v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    let c = unsafe { v.as_mut::<ComplexObj>() };
    let mut im = String::new();
    fmt_part(c.im, &mut im);
    if c.re == 0.0 && !c.re.is_sign_negative() {
        out.push_str(&im);
        out.push('j');
        return Ok(());
    }
    let mut re = String::new();
    fmt_part(c.re, &mut re);
    out.push('(');
    out.push_str(&re);
    if !im.starts_with('-') {
        out.push('+');
    }
    out.push_str(&im);
    out.push_str("j)");
    Ok(())
}

fn complex_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::check_kw(vm, "complex", kw, &[q::real, q::imag])?;
    if a.len() > 2 {
        return Err(vm.type_error(format_args!(
            "complex() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let x = crate::runtime::args::arg_or_kw(a, 0, kw, q::real);
    let y = crate::runtime::args::arg_or_kw(a, 1, kw, q::imag);
    if let Some(x) = x {
        if let Some(s) = crate::objects::str::as_str(x) {
            if y.is_some() {
                return Err(vm.type_error(format_args!(
                    "complex() can't take second arg if first is a string"
                )));
            }
            return match parse_complex(s) {
                Some((re, im)) => new_complex(vm, re, im),
                None => Err(vm.value_error(format_args!("complex() arg is a malformed string"))),
            };
        }
    }
    let part = |vm: &mut Vm, v: Option<Value>, which: &str| -> PyResult<(f64, f64)> {
        match v {
            None => Ok((0.0, 0.0)),
            Some(v) => match parts(vm, v)? {
                Some(p) => Ok(p),
                None => Err(vm.type_error(format_args!(
                    "complex() {} must be a number, not '{}'",
                    which,
                    vm.type_name(v)
                ))),
            },
        }
    };
    let (a1, b1) = part(vm, x, "first argument")?;
    let (a2, b2) = part(vm, y, "second argument")?;
    let x_complex = x.is_some_and(is_complex);
    let y_complex = y.is_some_and(is_complex);
    if y.is_none() {
        if x_complex {
            if let Some(x) = x {
                return Ok(x);
            }
        }
        return new_complex(vm, a1, b1);
    }
    // As CPython: only a complex argument contributes its other part.
    let re = if y_complex { a1 - b2 } else { a1 };
    let im = if x_complex { a2 + b1 } else { a2 };
    new_complex(vm, re, im)
}

/// Parse CPython's complex literal syntax: `a`, `bj`, `a+bj`, optionally
/// in parentheses, with surrounding whitespace.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return crate::num::parse_f64(t).map(|re| (re, 0.0));
    };
    // Split at the last sign that is not part of an exponent.
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imag = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => crate::num::parse_f64(x).filter(|_| !x.starts_with(char::is_whitespace)),
        }
    };
    match split {
        Some(i) => {
            let re = crate::num::parse_f64(&body[..i])?;
            let im = imag(&body[i..])?;
            Some((re, im))
        }
        None => Some((0.0, imag(body)?)),
    }
}

pub fn complex_binary(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    let (Some((a, b)), Some((c, d))) = (parts(vm, lhs)?, parts(vm, rhs)?) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (re, im) = match op.base() {
        BinOp::Add => (a + c, b + d),
        BinOp::Sub => (a - c, b - d),
        BinOp::Mul => (a * c - b * d, a * d + b * c),
        BinOp::TrueDiv => {
            if c == 0.0 && d == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            quot((a, b), (c, d))
        }
        BinOp::Pow => {
            if d == 0.0 && c == libm::floor(c) && libm::fabs(c) <= 100.0 {
                let n = c as i32;
                if n < 0 && a == 0.0 && b == 0.0 {
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                powi((a, b), n)
            } else if c == 0.0 && d == 0.0 {
                (1.0, 0.0)
            } else if a == 0.0 && b == 0.0 {
                if d != 0.0 || c < 0.0 {
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else {
                let vabs = libm::hypot(a, b);
                let mut len = libm::pow(vabs, c);
                let at = libm::atan2(b, a);
                let mut phase = at * c;
                if d != 0.0 {
                    len /= libm::exp(at * d);
                    phase += d * libm::log(vabs);
                }
                (len * libm::cos(phase), len * libm::sin(phase))
            }
        }
        BinOp::Eq => return Ok(Value::from_bool(a == c && b == d)),
        BinOp::Ne => return Ok(Value::from_bool(a != c || b != d)),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    new_complex(vm, re, im)
}

fn complex_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    let c = unsafe { v.as_mut::<ComplexObj>() };
    let (re, im) = (c.re, c.im);
    Ok(match op {
        UnaryOp::Neg => new_complex(vm, -re, -im)?,
        UnaryOp::Pos => v,
        UnaryOp::Abs => float::new_float(vm, libm::hypot(re, im))?,
        UnaryOp::Bool => Value::from_bool(re != 0.0 || im != 0.0),
        UnaryOp::Hash => {
            let h = crate::num::hash_f64(re)
                .wrapping_add(crate::num::hash_f64(im).wrapping_mul(1_000_003));
            Value::small_int(if h == -1 { -2 } else { h })
        }
        _ => Value::NULL,
    })
}

fn complex_attr(vm: &mut Vm, v: Value, name: Qstr, op: AttrOp) -> PyResult<Value> {
    let c = unsafe { v.as_mut::<ComplexObj>() };
    if let AttrOp::Load = op {
        return match name {
            q::real => float::new_float(vm, c.re),
            q::imag => float::new_float(vm, c.im),

            _ => Ok(Value::NULL),
        };
    }
    Ok(Value::NULL)
}

fn c_conjugate(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match parts(vm, a[0])? {
        Some((re, im)) => new_complex(vm, re, -im),
        None => Err(vm.type_error(format_args!("conjugate() needs a complex number"))),
    }
}

crate::builtin_fn!(CONJUGATE, q::conjugate, 1, 1, c_conjugate);
static COMPLEX_METHODS: [(Qstr, Value); 1] = [crate::entry!(q::conjugate, fn CONJUGATE)];

type C = (f64, f64);

#[inline(never)]
fn mul(x: C, y: C) -> C {
    (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0)
}

/// CPython's complex division (scaled to avoid overflow).
fn quot(a: C, b: C) -> C {
    let (abs_r, abs_i) = (libm::fabs(b.0), libm::fabs(b.1));
    if abs_r >= abs_i {
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abs_i >= abs_r {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

/// Integer powers by repeated squaring, as CPython does for |n| <= 100.
fn powi(x: C, n: i32) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut m = n.unsigned_abs();
    while m > 0 {
        if m & 1 == 1 {
            r = mul(r, p);
        }
        p = mul(p, p);
        m >>= 1;
    }
    if n < 0 {
        quot((1.0, 0.0), r)
    } else {
        r
    }
}
