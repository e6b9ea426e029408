//! Division: single-limb fast path, Knuth's algorithm D (TAOCP vol. 2,
//! 4.3.1) for the general case, Python floor division, modular powers and
//! `round(n, ndigits)` (a division by a power of ten).

use super::bigint::{mag_cmp, trim, BigInt};
use super::bigint_mul::mag_mul;
use super::NumError;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// `a /= d` in place on a magnitude, returning the remainder. `d != 0`.
pub(super) fn mag_divrem_small_inplace(a: &mut Vec<u32>, d: u32) -> u32 {
    let d = d as u64;
    let mut rem = 0u64;
    for limb in a.iter_mut().rev() {
        let cur = rem << 32 | *limb as u64;
        *limb = (cur / d) as u32;
        rem = cur % d;
    }
    trim(a);
    rem as u32
}

/// Shift a magnitude left by `s < 32` bits into a vector of `len` limbs.
fn shl_bits_into(a: &[u32], s: u32, len: usize) -> Vec<u32> {
    let mut out = vec![0u32; len];
    let mut carry = 0u32;
    for (o, &x) in out.iter_mut().zip(a.iter()) {
        *o = x << s | carry;
        carry = if s == 0 { 0 } else { x >> (32 - s) };
    }
    if let Some(o) = out.get_mut(a.len()) {
        *o = carry;
    }
    out
}

/// Quotient and remainder of magnitudes; `b` must be non-zero and trimmed.
pub(super) fn mag_divrem(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if mag_cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let mut q = a.to_vec();
        let r = mag_divrem_small_inplace(&mut q, b[0]);
        let mut rv = vec![r];
        trim(&mut rv);
        return (q, rv);
    }
    let n = b.len();
    // Normalize so the divisor's top bit is set: this bounds the error of
    // the two-limb quotient estimate to at most 2 (Knuth's Theorem B).
    let s = b[n - 1].leading_zeros();
    let v = shl_bits_into(b, s, n);
    let mut u = shl_bits_into(a, s, a.len() + 1);
    let m = a.len() - n;
    let mut q = vec![0u32; m + 1];
    let vtop = v[n - 1] as u64;
    let vsec = v[n - 2] as u64;
    for j in (0..=m).rev() {
        let num = (u[j + n] as u64) << 32 | u[j + n - 1] as u64;
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat > u32::MAX as u64 || qhat * vsec > (rhat << 32 | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vtop;
            if rhat > u32::MAX as u64 {
                break;
            }
        }
        // u[j..=j+n] -= qhat * v
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * v[i] as u64 + carry;
            carry = p >> 32;
            let t = u[i + j] as i64 - borrow - (p & 0xffff_ffff) as i64;
            u[i + j] = t as u32;
            borrow = (t < 0) as i64;
        }
        let t = u[j + n] as i64 - borrow - carry as i64;
        u[j + n] = t as u32;
        if t < 0 {
            // The estimate was one too large (rare): add the divisor back.
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let sum = u[i + j] as u64 + v[i] as u64 + c;
                u[i + j] = sum as u32;
                c = sum >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    // Undo the normalization on the remainder.
    u.truncate(n);
    if s != 0 {
        for i in 0..n {
            let hi = u.get(i + 1).copied().unwrap_or(0);
            u[i] = u[i] >> s | hi << (32 - s);
        }
    }
    trim(&mut u);
    (q, u)
}

impl BigInt {
    /// Python's `divmod(self, other)`: quotient rounded toward -inf and a
    /// remainder with the divisor's sign. `None` when `other == 0`.
    pub fn divmod_floor(&self, other: &BigInt) -> Option<(BigInt, BigInt)> {
        if other.is_zero() {
            return None;
        }
        let (q, r) = mag_divrem(&self.mag, &other.mag);
        let mut q = BigInt::from_mag(self.neg != other.neg, q);
        let mut r = BigInt::from_mag(self.neg, r);
        if !r.is_zero() && self.neg != other.neg {
            q = q.sub(&BigInt::from_i64(1));
            r = r.add(other);
        }
        Some((q, r))
    }

    /// `self // other`, `None` on division by zero.
    pub fn floordiv(&self, other: &BigInt) -> Option<BigInt> {
        self.divmod_floor(other).map(|(q, _)| q)
    }

    /// `self % other`, `None` on division by zero.
    pub fn modulo(&self, other: &BigInt) -> Option<BigInt> {
        self.divmod_floor(other).map(|(_, r)| r)
    }

    /// Quotient and remainder truncated toward zero (C semantics).
    pub fn divrem_trunc(&self, other: &BigInt) -> Option<(BigInt, BigInt)> {
        if other.is_zero() {
            return None;
        }
        let (q, r) = mag_divrem(&self.mag, &other.mag);
        Some((
            BigInt::from_mag(self.neg != other.neg, q),
            BigInt::from_mag(self.neg, r),
        ))
    }

    /// Python's `pow(self, exp, m)`: the result is in `[0, m)` for `m > 0`
    /// and in `(m, 0]` for `m < 0`.
    pub fn pow_mod(&self, exp: &BigInt, m: &BigInt) -> Result<BigInt, NumError> {
        if exp.neg {
            return Err(NumError::Value(
                "pow() 2nd argument cannot be negative when 3rd argument specified",
            ));
        }
        if m.is_zero() {
            return Err(NumError::Value("pow() 3rd argument cannot be 0"));
        }
        let modulus = &m.mag;
        if modulus.as_slice() == [1] {
            return Ok(BigInt::zero());
        }
        let reduce = |x: &[u32]| mag_divrem(x, modulus).1;
        // Floor-reduce the base into [0, |m|).
        let mut base = reduce(&self.mag);
        if self.neg && !base.is_empty() {
            base = super::bigint::mag_sub(modulus, &base);
        }
        let mut acc: Vec<u32> = vec![1];
        for limb in exp.mag.iter().rev() {
            for bit in (0..32).rev() {
                acc = reduce(&mag_mul(&acc, &acc));
                if (limb >> bit) & 1 == 1 {
                    acc = reduce(&mag_mul(&acc, &base));
                }
            }
        }
        let r = BigInt::from_mag(false, acc);
        if m.neg && !r.is_zero() {
            Ok(r.add(m))
        } else {
            Ok(r)
        }
    }
}

impl BigInt {
    /// `round(self, ndigits)`: unchanged for `ndigits >= 0`, else rounded
    /// to a multiple of `10**-ndigits` with ties to even.
    pub fn round_decimal(&self, ndigits: i64) -> BigInt {
        if ndigits >= 0 || self.is_zero() {
            return self.clone();
        }
        let k = ndigits.unsigned_abs();
        // 10^k > 2^(3k) > 2 * |self| means the answer is 0 (and avoids
        // building an enormous power of ten).
        if k.saturating_mul(3) > self.bit_length() + 1 {
            return BigInt::zero();
        }
        let p = match BigInt::from_i64(10).pow(&BigInt::from_u64(k)) {
            Ok(p) => p,
            Err(_) => return BigInt::zero(),
        };
        let (q, r) = match self.divmod_floor(&p) {
            Some(qr) => qr,
            None => return BigInt::zero(),
        };
        let up = match r.add(&r).cmp(&p) {
            Ordering::Greater => true,
            Ordering::Equal => q.is_odd(),
            Ordering::Less => false,
        };
        let q = if up { q.add(&BigInt::from_i64(1)) } else { q };
        q.mul(&p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bi(v: i64) -> BigInt {
        BigInt::from_i64(v)
    }

    #[test]
    fn floor_semantics_small() {
        for a in -20i64..=20 {
            for b in -7i64..=7 {
                if b == 0 {
                    assert!(bi(a).divmod_floor(&bi(b)).is_none());
                    continue;
                }
                let (q, r) = bi(a).divmod_floor(&bi(b)).unwrap();
                assert_eq!(
                    q.to_i64(),
                    Some(a.div_euclid(b) - if b < 0 && a.rem_euclid(b) != 0 { 1 } else { 0 }),
                    "{a} // {b}"
                );
                let want_r = a - b * q.to_i64().unwrap();
                assert_eq!(r.to_i64(), Some(want_r));
                assert!(want_r == 0 || (want_r < 0) == (b < 0));
            }
        }
    }

    #[test]
    fn knuth_d_add_back_case() {
        // Divisor/dividend shapes known to need the rare add-back step:
        // check q*b + r == a and 0 <= r < b on a dense family.
        let b = BigInt::from_limbs(false, vec![1, 0, 0x8000_0000]);
        for k in 0..64u32 {
            let a = BigInt::from_limbs(
                false,
                vec![k, u32::MAX - k, 0x7fff_ffff, 0x8000_0000 ^ k, 3],
            );
            let (q, r) = a.divmod_floor(&b).unwrap();
            assert_eq!(q.mul(&b).add(&r), a);
            assert!(r.cmp(&b) == Ordering::Less && !r.is_negative());
        }
    }

    #[test]
    fn pow_mod_rules() {
        assert_eq!(bi(3).pow_mod(&bi(4), &bi(5)).unwrap().to_i64(), Some(1));
        assert_eq!(bi(3).pow_mod(&bi(3), &bi(-5)).unwrap().to_i64(), Some(-3));
        assert_eq!(bi(-3).pow_mod(&bi(3), &bi(5)).unwrap().to_i64(), Some(3));
        assert_eq!(bi(7).pow_mod(&bi(0), &bi(-1)).unwrap().to_i64(), Some(0));
        assert_eq!(bi(7).pow_mod(&bi(0), &bi(5)).unwrap().to_i64(), Some(1));
        assert!(matches!(
            bi(2).pow_mod(&bi(1), &bi(0)),
            Err(NumError::Value(_))
        ));
        assert!(matches!(
            bi(2).pow_mod(&bi(-1), &bi(3)),
            Err(NumError::Value(_))
        ));
    }

    #[test]
    fn round_decimal_half_even() {
        assert_eq!(bi(1250).round_decimal(-2), bi(1200));
        assert_eq!(bi(1350).round_decimal(-2), bi(1400));
        assert_eq!(bi(-1250).round_decimal(-2), bi(-1200));
        assert_eq!(bi(-1251).round_decimal(-2), bi(-1300));
        assert_eq!(bi(5).round_decimal(-1), bi(0));
        assert_eq!(bi(15).round_decimal(-1), bi(20));
        assert_eq!(bi(49).round_decimal(-2), bi(0));
        assert_eq!(bi(77).round_decimal(3), bi(77));
        assert_eq!(bi(7).round_decimal(i64::MIN), bi(0));
    }
}
