//! Exact and correctly rounded conversions between `BigInt` and `f64`,
//! `int / int` true division, and exact int/float comparison.
//!
//! All rounding is done on integers: the exact value is reduced to a
//! 55..64-bit integer, a sticky bit for anything discarded below it and a
//! binary exponent, then rounded once to the target precision (53 bits, or
//! fewer for subnormals) with ties to even. This avoids double rounding and
//! keeps soft-float work to one exact final scaling.

use super::bigint::{mag_from_u64, BigInt};
use super::bigint_div::mag_divrem;
use super::{NumError, MSG_DIV_TOO_LARGE, MSG_FLOAT_INF_TO_INT, MSG_FLOAT_NAN_TO_INT};
use super::{MSG_INT_TOO_LARGE_FLOAT, MSG_TRUE_ZERO_DIV};
use core::cmp::Ordering;

/// `2^e` for `e` in `[-1074, 1023]` (exactly representable).
pub(super) fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074).clamp(0, 51))
    }
}

/// Split a finite double into `(negative, m, e)` with `|x| == m * 2^e`.
pub(super) fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | 1 << 52, exp - 1075)
    }
}

/// Round `(q + f) * 2^shift` to the nearest double, ties to even, where
/// `0 <= f < 1` and `f > 0` exactly when `sticky`. `None` on overflow.
fn round_scaled(q: u64, sticky: bool, shift: i64) -> Option<f64> {
    if q == 0 {
        return Some(0.0);
    }
    let bits = 64 - q.leading_zeros() as i64;
    let top = bits - 1 + shift;
    if top > 1023 {
        return None;
    }
    let lsb = (top - 52).max(-1074);
    let drop = lsb - shift;
    if drop <= 0 {
        // q already fits the target precision (and then nothing was lost).
        return Some(q as f64 * pow2(shift));
    }
    let (mut m, up) = if drop >= 64 {
        // Below half of the smallest step: rounds to zero.
        (0u64, drop == 64 && q >> 63 == 1 && (q << 1 != 0 || sticky))
    } else {
        let m = q >> drop;
        let rest = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        (m, rest > half || (rest == half && (sticky || m & 1 == 1)))
    };
    m += up as u64;
    let v = m as f64 * pow2(lsb);
    if v.is_infinite() {
        None
    } else {
        Some(v)
    }
}

/// The 64 bits of a magnitude starting at bit `shift`, and whether any bit
/// below `shift` is set.
fn bits_at(mag: &[u32], shift: u64) -> (u64, bool) {
    let limb = (shift / 32) as usize;
    let off = (shift % 32) as u32;
    let get = |i: usize| mag.get(i).copied().unwrap_or(0) as u64;
    let window = get(limb) | get(limb + 1) << 32;
    let mut v = window >> off;
    if off != 0 {
        v |= get(limb + 2) << (64 - off);
    }
    let below = mag.iter().take(limb).any(|&x| x != 0)
        || (off != 0 && get(limb) & ((1u64 << off) - 1) != 0);
    (v, below)
}

impl BigInt {
    /// `int(x)`: truncate toward zero. `None` for infinities and NaN.
    pub fn from_f64(x: f64) -> Option<BigInt> {
        if !x.is_finite() {
            return None;
        }
        let (neg, m, e) = decompose(x);
        if e >= 0 {
            BigInt::from_mag(neg, mag_from_u64(m)).shl(e as usize).ok()
        } else if e <= -64 {
            Some(BigInt::zero())
        } else {
            Some(BigInt::from_mag(neg, mag_from_u64(m >> -e)))
        }
    }

    /// `float(self)`, correctly rounded (ties to even).
    /// `OverflowError("int too large to convert to float")` past `f64::MAX`.
    pub fn to_f64(&self) -> Result<f64, NumError> {
        let n = self.bit_length();
        let overflow = NumError::Overflow(MSG_INT_TOO_LARGE_FLOAT);
        if n > 1024 {
            return Err(overflow);
        }
        let (q, sticky, shift) = if n <= 64 {
            (self.magnitude_u64().unwrap_or(0), false, 0)
        } else {
            let (q, below) = bits_at(&self.mag, n - 64);
            (q, below, n as i64 - 64)
        };
        let v = round_scaled(q, sticky, shift).ok_or(overflow)?;
        Ok(if self.neg { -v } else { v })
    }

    /// `self / other` as CPython's int true division: correctly rounded.
    pub fn true_div(&self, other: &BigInt) -> Result<f64, NumError> {
        if other.is_zero() {
            return Err(NumError::ZeroDivision(MSG_TRUE_ZERO_DIV));
        }
        let neg = self.neg != other.neg;
        let signed = |v: f64| if neg { -v } else { v };
        let na = self.bit_length() as i64;
        let nb = other.bit_length() as i64;
        if na == 0 {
            return Ok(signed(0.0));
        }
        if na <= 53 && nb <= 53 {
            // Both exact as doubles: one IEEE division rounds correctly.
            let a = self.magnitude_u64().unwrap_or(0) as f64;
            let b = other.magnitude_u64().unwrap_or(1) as f64;
            return Ok(signed(a / b));
        }
        let overflow = NumError::Overflow(MSG_DIV_TOO_LARGE);
        let diff = na - nb;
        if diff > 1025 {
            return Err(overflow);
        }
        if diff < -1076 {
            // Quotient below 2^-1075: rounds to zero.
            return Ok(signed(0.0));
        }
        // Scale so the integer quotient has 56 or 57 bits.
        let shift = diff - 56;
        let (q, r) = if shift >= 0 {
            let b = other.abs().shl(shift as usize).map_err(|_| overflow)?;
            mag_divrem(&self.mag, &b.mag)
        } else {
            let a = self.abs().shl((-shift) as usize).map_err(|_| overflow)?;
            mag_divrem(&a.mag, &other.mag)
        };
        let q = BigInt::from_mag(false, q).magnitude_u64().unwrap_or(0);
        let v = round_scaled(q, !r.is_empty(), shift).ok_or(overflow)?;
        Ok(signed(v))
    }
}

/// `int(x)` with CPython's errors for infinities and NaN.
pub fn float_to_int(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::Value(MSG_FLOAT_NAN_TO_INT));
    }
    BigInt::from_f64(x).ok_or(NumError::Overflow(MSG_FLOAT_INF_TO_INT))
}

/// Exact comparison of an int with a float (`None` when `x` is NaN), so
/// `2**53 + 1 > float(2**53)` and `1 == 1.0` hold as in Python.
pub fn cmp_int_float(a: &BigInt, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = BigInt::from_f64(x)?;
    match a.cmp(&t) {
        Ordering::Equal => {
            let (_, m, e) = decompose(x);
            let has_fraction = m != 0 && e < 0 && (e <= -64 || m & ((1u64 << -e) - 1) != 0);
            Some(if !has_fraction {
                Ordering::Equal
            } else if x > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            })
        }
        c => Some(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_f64_rounding_edges() {
        // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: even wins.
        let v = BigInt::from_u64((1 << 53) + 1);
        assert_eq!(v.to_f64(), Ok(9007199254740992.0));
        let v = BigInt::from_u64((1 << 53) + 3);
        assert_eq!(v.to_f64(), Ok(9007199254740996.0));
        // A tie broken upward by a far-away sticky bit.
        let v = BigInt::from_u64(1 << 53).shl(20).unwrap();
        let v = v.add(&BigInt::from_u64(1 << 20)).add(&BigInt::from_i64(1));
        assert_eq!(v.to_f64(), Ok(9007199254740994.0 * 1048576.0));
        let max = BigInt::from_f64(f64::MAX).unwrap();
        assert_eq!(max.to_f64(), Ok(f64::MAX));
        let two1024 = BigInt::from_i64(1).shl(1024).unwrap();
        assert!(two1024.to_f64().is_err());
        // Halfway between MAX (odd mantissa) and 2^1024 rounds up and
        // overflows; one below halfway still rounds to MAX.
        let half = two1024.sub(&BigInt::from_i64(1).shl(970).unwrap());
        assert!(half.to_f64().is_err());
        assert_eq!(half.sub(&BigInt::from_i64(1)).to_f64(), Ok(f64::MAX));
        assert_eq!(BigInt::from_i64(-3).to_f64(), Ok(-3.0));
    }

    #[test]
    fn from_f64_truncates() {
        assert_eq!(BigInt::from_f64(-2.9).and_then(|b| b.to_i64()), Some(-2));
        assert_eq!(BigInt::from_f64(0.9).and_then(|b| b.to_i64()), Some(0));
        assert_eq!(BigInt::from_f64(-0.0), Some(BigInt::zero()));
        assert_eq!(BigInt::from_f64(5e-324), Some(BigInt::zero()));
        assert_eq!(BigInt::from_f64(1e300).map(|b| b.bit_length()), Some(997));
        assert!(BigInt::from_f64(f64::NAN).is_none());
        assert_eq!(
            float_to_int(f64::INFINITY),
            Err(NumError::Overflow(MSG_FLOAT_INF_TO_INT))
        );
        assert_eq!(
            float_to_int(f64::NAN),
            Err(NumError::Value(MSG_FLOAT_NAN_TO_INT))
        );
    }

    #[test]
    fn true_div_edges() {
        let one = BigInt::from_i64(1);
        assert!(one.true_div(&BigInt::zero()).is_err());
        let z = BigInt::zero().true_div(&BigInt::from_i64(-5)).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        let big = one.shl(1100).unwrap();
        assert_eq!(one.true_div(&big), Ok(0.0));
        assert!(big.true_div(&one).is_err());
        // 1 / 2^1074 is the smallest subnormal; 1 / 2^1075 is a tie to 0.
        assert_eq!(one.true_div(&one.shl(1074).unwrap()), Ok(5e-324));
        assert_eq!(one.true_div(&one.shl(1075).unwrap()), Ok(0.0));
        let three = BigInt::from_i64(3);
        assert_eq!(three.true_div(&one.shl(1075).unwrap()), Ok(1e-323));
    }

    #[test]
    fn compare_with_float() {
        let big = BigInt::from_u64((1 << 53) + 1);
        assert_eq!(
            cmp_int_float(&big, 9007199254740992.0),
            Some(Ordering::Greater)
        );
        assert_eq!(
            cmp_int_float(&BigInt::from_i64(1), 1.0),
            Some(Ordering::Equal)
        );
        assert_eq!(
            cmp_int_float(&BigInt::from_i64(-2), -1.5),
            Some(Ordering::Less)
        );
        assert_eq!(
            cmp_int_float(&BigInt::from_i64(-1), -1.5),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_int_float(&BigInt::zero(), f64::NAN), None);
        assert_eq!(cmp_int_float(&BigInt::zero(), -0.0), Some(Ordering::Equal));
        assert_eq!(cmp_int_float(&BigInt::zero(), 5e-324), Some(Ordering::Less));
        assert_eq!(
            cmp_int_float(&big, f64::NEG_INFINITY),
            Some(Ordering::Greater)
        );
    }
}
