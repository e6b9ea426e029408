//! Float arithmetic whose edge cases Python defines differently from IEEE
//! or C: floor division, modulo, divmod, power and rounding.

use super::bigint::BigInt;
use super::bigint_float::decompose;
use super::NumError;

pub use super::bigint_float::float_to_int;

/// Message of `x // 0.0`, `x % 0.0` and `divmod(x, 0.0)` differ in CPython;
/// these are 3.4's.
pub const MSG_FLOAT_DIVMOD_ZERO: &str = "float divmod()";
/// `x % 0.0`.
pub const MSG_FLOAT_MOD_ZERO: &str = "float modulo";
/// `x / 0.0`.
pub const MSG_FLOAT_DIV_ZERO: &str = "float division by zero";
/// `0.0 ** -1`.
pub const MSG_ZERO_NEG_POW: &str = "0.0 cannot be raised to a negative power";
/// `1e300 ** 2` (CPython reports the C errno).
pub const MSG_POW_RANGE: &str = "(34, 'Numerical result out of range')";
/// `round(1.7e308, -308)`.
pub const MSG_ROUND_TOO_LARGE: &str = "rounded value too large to represent";

/// `x / y`.
pub fn float_div(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision(MSG_FLOAT_DIV_ZERO));
    }
    Ok(x / y)
}

/// `x % y`: the result has the sign of `y` (a zero result too).
pub fn float_mod(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision(MSG_FLOAT_MOD_ZERO));
    }
    let m = libm::fmod(x, y);
    Ok(if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        libm::copysign(0.0, y)
    })
}

/// `divmod(x, y)` as CPython computes it: the quotient is derived from
/// the exact `fmod` remainder so that `q * y + r` is as close to `x` as
/// floats allow, and rounded to an integral value.
pub fn float_divmod(x: f64, y: f64) -> Result<(f64, f64), NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision(MSG_FLOAT_DIVMOD_ZERO));
    }
    let mut m = libm::fmod(x, y);
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, y);
    }
    let q = if div != 0.0 {
        let f = libm::floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        libm::copysign(0.0, x / y)
    };
    Ok((q, m))
}

/// `x // y`.
pub fn float_floordiv(x: f64, y: f64) -> Result<f64, NumError> {
    float_divmod(x, y).map(|(q, _)| q)
}

fn is_odd_integer(v: f64) -> bool {
    libm::fmod(libm::fabs(v), 2.0) == 1.0
}

/// `x ** y` with CPython's special cases (C99 Annex F plus Python's
/// errors): `ZeroDivisionError` for `0.0 ** negative`,
/// [`NumError::ComplexResult`] for a negative base with a non-integral
/// exponent, `OverflowError` when a finite power overflows.
pub fn float_pow(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = libm::fabs(x);
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(match (y > 0.0, odd) {
            (true, true) => x,
            (true, false) => libm::fabs(x),
            (false, true) => libm::copysign(0.0, x),
            (false, false) => 0.0,
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(NumError::ZeroDivision(MSG_ZERO_NEG_POW));
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != libm::floor(y) {
            return Err(NumError::ComplexResult);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = libm::pow(base, y);
    if r.is_infinite() {
        return Err(NumError::Overflow(MSG_POW_RANGE));
    }
    Ok(if negate { -r } else { r })
}

/// `round(x)` before conversion to int: nearest integral value, ties to
/// even; a zero result is `+0.0`. Infinities and NaN are returned
/// unchanged (the caller's int conversion raises).
pub fn round_half_even(x: f64) -> f64 {
    // From 2^52 up every double is an integer.
    if !x.is_finite() || libm::fabs(x) >= 4503599627370496.0 {
        return x;
    }
    let f = libm::floor(x);
    let diff = x - f;
    let r = if diff > 0.5 || (diff == 0.5 && libm::fmod(f, 2.0) != 0.0) {
        f + 1.0
    } else {
        f
    };
    // Adding +0.0 turns -0.0 into +0.0 and changes nothing else.
    r + 0.0
}

/// Round half to even of `num / den` for `den > 0`.
fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = match num.divmod_floor(den) {
        Some(qr) => qr,
        None => return BigInt::zero(),
    };
    let twice = r.add(&r);
    match twice.cmp(den) {
        core::cmp::Ordering::Greater => q.add(&BigInt::from_i64(1)),
        core::cmp::Ordering::Equal if q.is_odd() => q.add(&BigInt::from_i64(1)),
        _ => q,
    }
}

fn pow10(n: u32) -> BigInt {
    BigInt::from_i64(10)
        .pow(&BigInt::from_u64(n as u64))
        .unwrap_or_default()
}

/// `round(x, ndigits)` as CPython: the exact binary value rounded half to
/// even at the decimal digit, then correctly rounded back to a double;
/// the sign of `x` is kept for zero results.
pub fn round_f64(x: f64, ndigits: i32) -> Result<f64, NumError> {
    // Past these bounds (from CPython) the answer is x or a signed zero.
    const NDIGITS_MAX: i32 = 323;
    const NDIGITS_MIN: i32 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX || x == 0.0 {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (neg, m, e) = decompose(x);
    let m = BigInt::from_u64(m);
    let magnitude = if ndigits >= 0 {
        if e >= 0 {
            return Ok(x);
        }
        let scale = pow10(ndigits as u32);
        let den = BigInt::from_i64(1).shl((-e) as usize)?;
        let q = div_round_half_even(&m.mul(&scale), &den);
        q.true_div(&scale)?
    } else {
        let scale = pow10(ndigits.unsigned_abs());
        let (num, den) = if e >= 0 {
            (m.shl(e as usize)?, scale.clone())
        } else {
            (m, scale.shl((-e) as usize)?)
        };
        let q = div_round_half_even(&num, &den);
        q.mul(&scale)
            .to_f64()
            .map_err(|_| NumError::Overflow(MSG_ROUND_TOO_LARGE))?
    };
    Ok(if neg { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(r: Result<f64, NumError>) -> Option<u64> {
        r.ok().map(f64::to_bits)
    }

    #[test]
    fn mod_and_floordiv_signs() {
        assert_eq!(float_mod(-1.0, 3.0), Ok(2.0));
        assert_eq!(float_mod(1.0, -3.0), Ok(-2.0));
        assert_eq!(bits(float_mod(3.0, -3.0)), Some((-0.0f64).to_bits()));
        assert_eq!(bits(float_mod(-3.0, 3.0)), Some(0.0f64.to_bits()));
        assert_eq!(float_mod(-1.0, f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(float_floordiv(7.0, -2.0), Ok(-4.0));
        assert_eq!(bits(float_floordiv(-0.5, 3.0)), Some((-1.0f64).to_bits()));
        assert_eq!(bits(float_floordiv(0.5, -3.0)), Some((-1.0f64).to_bits()));
        assert_eq!(bits(float_floordiv(0.0, -3.0)), Some((-0.0f64).to_bits()));
        assert_eq!(float_divmod(1.0, 0.1), Ok((9.0, 0.09999999999999995)));
        assert!(matches!(
            float_mod(1.0, 0.0),
            Err(NumError::ZeroDivision(_))
        ));
        assert!(matches!(
            float_divmod(1.0, -0.0),
            Err(NumError::ZeroDivision(_))
        ));
        assert!(float_floordiv(f64::INFINITY, 1.0).is_ok_and(f64::is_nan));
    }

    #[test]
    fn pow_special_cases() {
        assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(float_pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(float_pow(-1.0, f64::INFINITY), Ok(1.0));
        assert_eq!(float_pow(0.5, f64::NEG_INFINITY), Ok(f64::INFINITY));
        assert_eq!(float_pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert_eq!(
            bits(float_pow(f64::NEG_INFINITY, -3.0)),
            Some((-0.0f64).to_bits())
        );
        assert_eq!(bits(float_pow(-0.0, 3.0)), Some((-0.0f64).to_bits()));
        assert_eq!(
            float_pow(0.0, -1.0),
            Err(NumError::ZeroDivision(MSG_ZERO_NEG_POW))
        );
        assert_eq!(float_pow(-8.0, 1.0 / 3.0), Err(NumError::ComplexResult));
        assert_eq!(float_pow(-2.0, 3.0), Ok(-8.0));
        assert_eq!(float_pow(2.0, 0.5), Ok(core::f64::consts::SQRT_2));
        assert_eq!(
            float_pow(10.0, 400.0),
            Err(NumError::Overflow(MSG_POW_RANGE))
        );
        assert_eq!(float_pow(10.0, -400.0), Ok(0.0));
    }

    #[test]
    fn rounding() {
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(3.5), 4.0);
        assert_eq!(round_half_even(-2.5), -2.0);
        assert_eq!(round_half_even(0.49999999999999994), 0.0);
        assert_eq!(round_f64(2.675, 2), Ok(2.67));
        assert_eq!(round_f64(0.125, 2), Ok(0.12));
        assert_eq!(round_f64(0.375, 2), Ok(0.38));
        assert_eq!(round_f64(1234.5, -1), Ok(1230.0));
        assert_eq!(round_f64(1250.0, -2), Ok(1200.0));
        assert_eq!(round_f64(1350.0, -2), Ok(1400.0));
        assert_eq!(bits(round_f64(-0.001, 2)), Some((-0.0f64).to_bits()));
        assert_eq!(
            round_f64(f64::MAX, -308),
            Err(NumError::Overflow(MSG_ROUND_TOO_LARGE))
        );
        assert_eq!(round_f64(5e-324, 400), Ok(5e-324));
        assert_eq!(round_f64(f64::INFINITY, 2), Ok(f64::INFINITY));
    }
}
