//! `int(...)`, the int methods, 3-argument `pow` and `round`.

use crate::num;
use crate::object::{ObjBase, PyResult, StaticWrapper, UnaryOp};
use crate::objects::float;
use crate::objects::int::big::{self, from_bigint, to_bigint};
use crate::objects::int::{self, is_int};
use crate::objects::str as pystr;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};

pub fn int_constructor(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut base = None;
    for p in kw.chunks(2) {
        if pystr::as_str(p[0]) == Some("base") {
            base = Some(p[1]);
        } else {
            return Err(vm.type_error(format_args!("int() got an unexpected keyword argument")));
        }
    }
    if a.len() > 1 {
        base = Some(a[1]);
    }
    if a.len() > 2 {
        return Err(vm.type_error(format_args!(
            "int() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let Some(&x) = a.first() else {
        return Ok(Value::small_int(0));
    };
    if let Some(b) = base {
        let b = int::to_index(vm, b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error(format_args!("int() base must be >= 2 and <= 36, or 0")));
        }
        let text = match pystr::as_str(x) {
            Some(s) => s,
            None => match crate::objects::bytes::buffer_of(x)
                .and_then(|b| core::str::from_utf8(b).ok())
            {
                Some(s) => s,
                None => {
                    return Err(vm.type_error(format_args!(
                        "int() can't convert non-string with explicit base"
                    )))
                }
            },
        };
        return match ascii_digits(text) {
            Some(t) => big::parse(vm, &t, b as u32).map_err(|_| invalid_literal(vm, text, b)),
            None => big::parse(vm, text, b as u32),
        };
    }
    if is_int(x) {
        return if x == Value::TRUE || x == Value::FALSE {
            Ok(Value::small_int((x == Value::TRUE) as isize))
        } else {
            Ok(x)
        };
    }
    if float::is_float(x) {
        return float::float_to_int(vm, float::value_of(x));
    }
    if let Some(s) = pystr::as_str(x) {
        return match ascii_digits(s) {
            Some(t) => big::parse(vm, &t, 10).map_err(|_| invalid_literal(vm, s, 10)),
            None => big::parse(vm, s, 10),
        };
    }
    if let Some(b) = crate::objects::bytes::buffer_of(x) {
        if let Ok(s) = core::str::from_utf8(b) {
            return big::parse(vm, s, 10);
        }
    }
    let t = crate::object::type_of(x);
    if !t.is_user() && t.unary.is_none() {
        return Err(vm.type_error(format_args!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            t.name.as_str()
        )));
    }
    match ops::unary_op(vm, UnaryOp::Int, x) {
        Err(e)
            if crate::runtime::args::exc_matches(e, &crate::runtime::exc::TYPE_ERROR)
                && !t.is_user() =>
        {
            Err(vm.type_error(format_args!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                t.name.as_str()
            )))
        }
        r => r,
    }
}

#[cold]
fn invalid_literal(vm: &mut Vm, text: &str, base: isize) -> Value {
    vm.value_error(format_args!(
        "invalid literal for int() with base {}: {}",
        base,
        crate::objects::str::quote(text)
    ))
}

/// First code points of the runs of ten Unicode decimal digits.
const DIGIT_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16b50, 0x1d7ce, 0x1d7d8,
    0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a non-ASCII Unicode digit.
pub fn unicode_digit(c: char) -> Option<u32> {
    let n = c as u32;
    DIGIT_ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&n))
        .map(|&z| n - z)
}

/// Text with Unicode digits and spaces replaced by ASCII (None if the
/// text is ASCII already, or holds other non-ASCII characters).
pub fn ascii_digits(s: &str) -> Option<alloc::string::String> {
    if s.is_ascii() {
        return None;
    }
    let mut out = alloc::string::String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(d) = unicode_digit(c) {
            out.push(char::from_digit(d, 10).unwrap_or('0'));
        } else if crate::objects::str::search::py_space(c) {
            out.push(' ');
        } else {
            return None;
        }
    }
    Some(out)
}

/// `pow(b, e, m)` for ints.
pub fn pow3(vm: &mut Vm, b: Value, e: Value, m: Value) -> PyResult<Value> {
    if !is_int(b) || !is_int(e) || !is_int(m) {
        return Err(vm.type_error(format_args!(
            "pow() 3rd argument not allowed unless all arguments are integers"
        )));
    }
    let (b, e, m) = (to_bigint(b), to_bigint(e), to_bigint(m));
    if m.is_zero() {
        return Err(vm.value_error(format_args!("pow() 3rd argument cannot be 0")));
    }
    if e.is_negative() {
        return pow_mod_inverse(vm, &b, &e, &m);
    }
    let r = pow_mod(&b, &e, &m);
    from_bigint(vm, &r)
}

/// `b ** e % m` by square-and-multiply over normalised BigInt values;
/// the result has the sign of `m` (Python's modulo).
fn pow_mod(b: &num::BigInt, e: &num::BigInt, m: &num::BigInt) -> num::BigInt {
    let one = num::BigInt::from_i64(1);
    let md = |x: &num::BigInt| x.modulo(m).unwrap_or_else(num::BigInt::zero);
    let mut acc = md(&one);
    let base = md(b);
    let bits = e.bit_length();
    for i in (0..bits).rev() {
        acc = md(&acc.mul(&acc));
        let limb = e.limbs().get((i / 32) as usize).copied().unwrap_or(0);
        if (limb >> (i % 32)) & 1 == 1 {
            acc = md(&acc.mul(&base));
        }
    }
    acc
}

/// `pow(b, -k, m)`: the modular inverse of `b` raised to `k`.
fn pow_mod_inverse(
    vm: &mut Vm,
    b: &num::BigInt,
    e: &num::BigInt,
    m: &num::BigInt,
) -> PyResult<Value> {
    // Extended Euclid on |m|.
    let am = m.abs();
    let (mut r0, mut r1) = (b.modulo(&am).unwrap_or_else(num::BigInt::zero), am.clone());
    let (mut s0, mut s1) = (num::BigInt::from_i64(1), num::BigInt::zero());
    while !r1.is_zero() {
        let (q, r) = r0
            .divmod_floor(&r1)
            .unwrap_or((num::BigInt::zero(), num::BigInt::zero()));
        r0 = core::mem::replace(&mut r1, r);
        let s = s0.sub(&q.mul(&s1));
        s0 = core::mem::replace(&mut s1, s);
    }
    if r0 != num::BigInt::from_i64(1) {
        return Err(vm.value_error(format_args!("base is not invertible for the given modulus")));
    }
    let inv = s0.modulo(m).unwrap_or_else(num::BigInt::zero);
    let r = pow_mod(&inv, &e.neg(), m);
    from_bigint(vm, &r)
}

/// `round(x[, n])`.
pub fn round(vm: &mut Vm, x: Value, n: Option<Value>) -> PyResult<Value> {
    let nv = n.filter(|v| !v.is_none());
    let n = match nv {
        Some(v) if !crate::object::type_of(x).is_user() => {
            Some(crate::runtime::args::index_clamped(vm, v)?.clamp(-100_000, 100_000))
        }
        _ => None,
    };
    if is_int(x) {
        return match n {
            None => Ok(if x == Value::TRUE || x == Value::FALSE {
                Value::small_int((x == Value::TRUE) as isize)
            } else {
                x
            }),
            Some(d) if d >= 0 => Ok(if x == Value::TRUE || x == Value::FALSE {
                Value::small_int((x == Value::TRUE) as isize)
            } else {
                x
            }),
            Some(d) => {
                let r = to_bigint(x).round_decimal(d as i64);
                from_bigint(vm, &r)
            }
        };
    }
    if float::is_float(x) {
        let f = float::value_of(x);
        return match n {
            None => {
                let r = num::round_half_even(f);
                float::float_to_int(vm, r)
            }
            Some(d) => match num::round_f64(f, d as i32) {
                Ok(r) => float::new_float(vm, r),
                Err(e) => Err(big::num_error(vm, e)),
            },
        };
    }
    if crate::object::type_of(x).is_user() {
        let r = match nv {
            Some(nv) => crate::objects::class::call_dunder_opt(vm, x, q::__round__, &[nv])?,
            None => crate::objects::class::call_dunder_opt(vm, x, q::__round__, &[])?,
        };
        if let Some(r) = r {
            return Ok(r);
        }
        if let Some(native) = crate::objects::class::builtin_base::native_of(x) {
            return round(vm, native, nv);
        }
    }
    Err(vm.type_error(format_args!(
        "type {} doesn't define __round__ method",
        vm.type_name(x)
    )))
}

#[inline(never)]
fn byteorder(vm: &mut Vm, v: Value) -> PyResult<bool> {
    match pystr::as_str(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        _ => Err(vm.value_error(format_args!("byteorder must be either 'little' or 'big'"))),
    }
}

#[inline(never)]
fn signed_kw(vm: &mut Vm, kw: &[Value]) -> PyResult<bool> {
    for p in kw.chunks(2) {
        if pystr::as_str(p[0]) == Some("signed") {
            return ops::is_true(vm, p[1]);
        }
    }
    Ok(false)
}

fn i_from_bytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    // Called as a classmethod: a[0] is the class.
    let Some(&src) = a.get(1) else {
        return Err(vm.type_error(format_args!(
            "from_bytes() missing required argument 'bytes'"
        )));
    };
    if crate::objects::str::is_str(src) {
        return Err(vm.type_error(format_args!("cannot convert 'str' object to bytes")));
    }
    let owned = crate::objects::bytes::collect_bytes(vm, src)?;
    let bytes = &owned[..];
    let little = match a.get(2) {
        Some(&o) => byteorder(vm, o)?,
        None => false,
    };
    let signed = signed_kw(vm, kw)?;
    let r = num::BigInt::from_bytes(bytes, little, signed);
    from_bigint(vm, &r)
}

fn i_to_bytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let len = match a.get(1) {
        Some(&l) => int::to_index(vm, l)?,
        None => 1,
    };
    if len < 0 {
        return Err(vm.value_error(format_args!("length argument must be non-negative")));
    }
    let little = match a.get(2) {
        Some(&o) => byteorder(vm, o)?,
        None => false,
    };
    let signed = signed_kw(vm, kw)?;
    match to_bigint(a[0]).to_bytes(len as usize, little, signed) {
        Ok(b) => pystr::new_bytes(vm, &b),
        Err(e) => Err(big::num_error(vm, e)),
    }
}

fn i_bit_length(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    int::from_i64(vm, to_bigint(a[0]).bit_length() as i64)
}

fn i_conjugate(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}

fn i_real(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(if a[0] == Value::TRUE || a[0] == Value::FALSE {
        Value::small_int((a[0] == Value::TRUE) as isize)
    } else {
        a[0]
    })
}

fn i_zero(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(0))
}

fn i_one(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(1))
}

fn i_as_integer_ratio(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = i_real(vm, a, kw)?;
    crate::objects::tuple::new_tuple(vm, &[r, Value::small_int(1)])
}

/// A read-only attribute computed by `f(self)` (a static `property`).
macro_rules! getter {
    ($id:ident, $fnid:ident, $name:expr, $f:expr) => {
        builtin_fn!($fnid, $name, 1, 1, $f);
        pub static $id: crate::runtime::args::Aligned<crate::objects::function::Property> =
            crate::runtime::args::Aligned(crate::objects::function::Property {
                base: ObjBase::new(&crate::objects::function::PROPERTY_TYPE),
                fget: Value::from_static(&$fnid),
                fset: Value::NONE,
                fdel: Value::NONE,
            });
    };
}
pub(crate) use getter;

getter!(REAL, REAL_FN, q::real, i_real);
getter!(IMAG, IMAG_FN, q::imag, i_zero);
getter!(NUMERATOR, NUMERATOR_FN, q::numerator, i_real);
getter!(DENOMINATOR, DENOMINATOR_FN, q::denominator, i_one);
builtin_fn!(
    AS_INTEGER_RATIO,
    q::as_integer_ratio,
    1,
    1,
    i_as_integer_ratio
);

builtin_fn!(FROM_BYTES_FN, q::from_bytes, 2, 3, i_from_bytes, kw);
builtin_fn!(TO_BYTES, q::to_bytes, 1, 3, i_to_bytes, kw);
builtin_fn!(BIT_LENGTH, q::bit_length, 1, 1, i_bit_length);
builtin_fn!(CONJUGATE, q::conjugate, 1, 1, i_conjugate);
static FROM_BYTES: crate::runtime::args::Aligned<StaticWrapper> =
    crate::runtime::args::Aligned(StaticWrapper {
        base: ObjBase::new(&crate::objects::function::CLASSMETHOD_TYPE),
        func: Value::from_static(&FROM_BYTES_FN),
    });

pub static INT_METHODS: [(Qstr, Value); 9] = [
    entry!(q::real, fn REAL.0),
    entry!(q::imag, fn IMAG.0),
    entry!(q::numerator, fn NUMERATOR.0),
    entry!(q::denominator, fn DENOMINATOR.0),
    entry!(q::as_integer_ratio, fn AS_INTEGER_RATIO),
    entry!(q::from_bytes, fn FROM_BYTES.0),
    entry!(q::to_bytes, fn TO_BYTES),
    entry!(q::bit_length, fn BIT_LENGTH),
    entry!(q::conjugate, fn CONJUGATE),
];
