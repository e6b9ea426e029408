//! The methods and attributes of `float`: `real`, `imag`, `conjugate`,
//! `is_integer`, `as_integer_ratio`, `hex` and `float.fromhex`.

use crate::num::BigInt;
use crate::object::{ObjBase, PyResult, StaticWrapper};
use crate::objects::float::{is_float, new_float, value_of};
use crate::objects::int::methods::getter;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;

fn this(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if is_float(v) {
        Ok(value_of(v))
    } else {
        Err(vm.type_error(format_args!(
            "descriptor requires a 'float' object but received a '{}'",
            vm.type_name(v)
        )))
    }
}

fn f_real(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, a[0])?;
    Ok(a[0])
}

fn f_imag(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, a[0])?;
    new_float(vm, 0.0)
}

fn f_is_integer(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, a[0])?;
    Ok(Value::from_bool(f.is_finite() && libm::trunc(f) == f))
}

/// (mantissa, exponent) with f == m * 2**e, m an odd integer (or zero).
fn decompose(f: f64) -> (i64, i32) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1u64 << 52) - 1)) as i64;
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1i64 << 52), exp - 1075)
    };
    if m == 0 {
        return (0, 0);
    }
    while m & 1 == 0 {
        m >>= 1;
        e += 1;
    }
    if f.is_sign_negative() {
        m = -m;
    }
    (m, e)
}

fn f_as_integer_ratio(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, a[0])?;
    if f.is_nan() {
        return Err(vm.value_error(format_args!("cannot convert NaN to integer ratio")));
    }
    if f.is_infinite() {
        return Err(vm.new_exc_msg(
            &crate::runtime::exc::OVERFLOW_ERROR,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (m, e) = decompose(f);
    let m = BigInt::from_i64(m);
    let one = BigInt::from_i64(1);
    let (num, den) = if e >= 0 {
        (m.shl(e as usize).unwrap_or_else(|_| BigInt::zero()), one)
    } else {
        (m, one.shl((-e) as usize).unwrap_or_else(|_| BigInt::zero()))
    };
    let n = crate::objects::int::big::from_bigint(vm, &num)?;
    let d = crate::objects::int::big::from_bigint(vm, &den)?;
    crate::objects::tuple::new_tuple(vm, &[n, d])
}

/// CPython's `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`.
pub fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return String::from("nan");
    }
    if f.is_infinite() {
        return String::from(if f > 0.0 { "inf" } else { "-inf" });
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return alloc::format!("{}0x0.0p+0", sign);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    alloc::format!(
        "{}0x{}.{:013x}p{}{}",
        sign,
        lead,
        frac,
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

fn f_hex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(vm, a[0])?;
    vm.new_string(float_hex(f))
}

/// Parse CPython's hexadecimal float syntax; None if malformed.
pub fn parse_hex_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => {
            return Some(if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        }
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    let mut e: i64 = match exp {
        Some(x) => {
            let (eneg, digits) = match x.as_bytes().first() {
                Some(b'-') => (true, &x[1..]),
                Some(b'+') => (false, &x[1..]),
                _ => (false, x),
            };
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let v = digits.parse::<i64>().unwrap_or(i64::MAX / 4).min(1 << 40);
            if eneg {
                -v
            } else {
                v
            }
        }
        None => 0,
    };
    // Accumulate up to 60 significant bits exactly, then track the rest
    // as a sticky bit for correct rounding.
    let mut m: u64 = 0;
    let mut sticky = false;
    let mut started = false;
    for (k, c) in ip.chars().chain(fp.chars()).enumerate() {
        let d = c.to_digit(16)? as u64;
        let in_frac = k >= ip.len();
        if !started && d == 0 {
            if in_frac {
                e -= 4;
            }
            continue;
        }
        started = true;
        if m >> 56 == 0 {
            m = m * 16 + d;
            if in_frac {
                e -= 4;
            }
        } else {
            sticky |= d != 0;
            if !in_frac {
                e += 4;
            }
        }
    }
    if m == 0 {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    // Normalise m to have its top bit at position 63 - 10 = 53 bits kept.
    let lz = m.leading_zeros() as i64;
    let top = 63 - lz; // index of the highest set bit
    let mut exp2 = e + top; // value = 1.xxx * 2**exp2
                            // Significant bits to keep: 53 for normals, fewer for subnormals.
    let keep = if exp2 < -1022 {
        53 - (-1022 - exp2)
    } else {
        53
    };
    if keep <= 0 {
        // Rounds to zero or the smallest subnormal.
        let half = keep == 0 && (m.count_ones() > 1 || sticky);
        let v = if half { f64::from_bits(1) } else { 0.0 };
        return Some(if neg { -v } else { v });
    }
    let drop = top + 1 - keep;
    let mut q = if drop > 0 { m >> drop } else { m << (-drop) };
    if drop > 0 {
        let rem = m & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        if rem > half || (rem == half && (sticky || q & 1 == 1)) {
            q += 1;
        }
    }
    if q >> keep != 0 {
        q >>= 1;
        exp2 += 1;
    }
    let v = (q as f64) * libm::exp2((exp2 - (keep - 1)) as f64);
    let v = if exp2 - (keep - 1) < -1022 {
        // Scale in two steps to avoid intermediate underflow.
        (q as f64) * libm::exp2((exp2 - (keep - 1) + 600) as f64) * libm::exp2(-600.0)
    } else {
        v
    };
    if v.is_infinite() || exp2 > 1023 {
        return None;
    }
    Some(if neg { -v } else { v })
}

fn f_fromhex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(s) = a.last().and_then(|v| crate::objects::str::as_str(*v)) else {
        return Err(vm.type_error(format_args!("fromhex() argument must be str")));
    };
    match parse_hex_float(s) {
        Some(f) => new_float(vm, f),
        None => Err(vm.value_error(format_args!("invalid hexadecimal floating-point string"))),
    }
}

getter!(REAL, REAL_FN, q::real, f_real);
getter!(IMAG, IMAG_FN, q::imag, f_imag);
builtin_fn!(CONJUGATE, q::conjugate, 1, 1, f_real);
builtin_fn!(IS_INTEGER, q::is_integer, 1, 1, f_is_integer);
builtin_fn!(
    AS_INTEGER_RATIO,
    q::as_integer_ratio,
    1,
    1,
    f_as_integer_ratio
);
builtin_fn!(HEX, q::hex, 1, 1, f_hex);
builtin_fn!(FROMHEX_FN, q::fromhex, 1, 2, f_fromhex);
static FROMHEX: crate::runtime::args::Aligned<StaticWrapper> =
    crate::runtime::args::Aligned(StaticWrapper {
        base: ObjBase::new(&crate::objects::function::CLASSMETHOD_TYPE),
        func: Value::from_static(&FROMHEX_FN),
    });

pub static FLOAT_METHODS: [(Qstr, Value); 7] = [
    entry!(q::real, fn REAL.0),
    entry!(q::imag, fn IMAG.0),
    entry!(q::conjugate, fn CONJUGATE),
    entry!(q::is_integer, fn IS_INTEGER),
    entry!(q::as_integer_ratio, fn AS_INTEGER_RATIO),
    entry!(q::hex, fn HEX),
    entry!(q::fromhex, fn FROMHEX.0),
];
