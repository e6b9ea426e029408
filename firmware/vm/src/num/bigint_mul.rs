//! Multiplication (schoolbook, Karatsuba above a size threshold) and
//! integer powers.

use super::bigint::{mag_add, mag_bit_length, mag_sub, trim, BigInt};
use super::NumError;
use alloc::vec;
use alloc::vec::Vec;

/// Below this many limbs in the shorter operand, Karatsuba's extra
/// additions cost more than the multiplications it saves.
const KARATSUBA_THRESHOLD: usize = 40;

/// Results above this many bits are refused with `MemoryError` instead of
/// exhausting a small heap (or the address space) on the way.
pub const MAX_POW_BITS: u64 = 1 << 31;

/// `out += a * b`, where `out` has room for the full product.
fn schoolbook_into(out: &mut [u32], a: &[u32], b: &[u32]) {
    for (i, &x) in a.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let mut carry = 0u64;
        let row = match out.get_mut(i..) {
            Some(r) => r,
            None => return,
        };
        for (o, &y) in row.iter_mut().zip(b.iter()) {
            let t = x as u64 * y as u64 + *o as u64 + carry;
            *o = t as u32;
            carry = t >> 32;
        }
        for o in row.iter_mut().skip(b.len()) {
            if carry == 0 {
                break;
            }
            let t = *o as u64 + carry;
            *o = t as u32;
            carry = t >> 32;
        }
    }
}

/// `out += x << (32 * shift)`; `out` must be long enough for the sum.
fn add_at(out: &mut [u32], x: &[u32], shift: usize) {
    let mut carry = 0u64;
    let dst = match out.get_mut(shift..) {
        Some(d) => d,
        None => return,
    };
    let mut xs = x.iter();
    for o in dst.iter_mut() {
        let y = match xs.next() {
            Some(&y) => y as u64,
            None if carry == 0 => break,
            None => 0,
        };
        let t = *o as u64 + y + carry;
        *o = t as u32;
        carry = t >> 32;
    }
}

fn trimmed(a: &[u32]) -> &[u32] {
    let mut n = a.len();
    while n > 0 && a[n - 1] == 0 {
        n -= 1;
    }
    &a[..n]
}

/// Product of two magnitudes (inputs need not be trimmed; output is).
pub(super) fn mag_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = (trimmed(a), trimmed(b));
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.is_empty() {
        return Vec::new();
    }
    let mut out = vec![0u32; a.len() + b.len()];
    if b.len() < KARATSUBA_THRESHOLD {
        schoolbook_into(&mut out, a, b);
    } else if b.len() * 2 <= a.len() {
        // Unbalanced: cut the long operand into pieces the size of the
        // short one so each piece multiplication is balanced.
        let mut start = 0;
        while start < a.len() {
            let end = (start + b.len()).min(a.len());
            let part = mag_mul(&a[start..end], b);
            add_at(&mut out, &part, start);
            start = end;
        }
    } else {
        let m = a.len() / 2;
        let (a0, a1) = a.split_at(m);
        let (b0, b1) = b.split_at(m.min(b.len()));
        let z0 = mag_mul(a0, b0);
        let z2 = mag_mul(a1, b1);
        let sa = mag_add(trimmed(a0), a1);
        let sb = mag_add(trimmed(b0), b1);
        let mut z1 = mag_mul(&sa, &sb);
        trim(&mut z1);
        z1 = mag_sub(&z1, &z0);
        z1 = mag_sub(&z1, &z2);
        add_at(&mut out, &z0, 0);
        add_at(&mut out, &z1, m);
        add_at(&mut out, &z2, 2 * m);
    }
    trim(&mut out);
    out
}

/// Schoolbook product, kept for cross-checking Karatsuba in tests.
#[cfg(test)]
pub(super) fn mag_mul_schoolbook(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = vec![0u32; a.len() + b.len()];
    schoolbook_into(&mut out, a, b);
    trim(&mut out);
    out
}

impl BigInt {
    /// `self * other`.
    pub fn mul(&self, other: &BigInt) -> BigInt {
        BigInt::from_mag(self.neg != other.neg, mag_mul(&self.mag, &other.mag))
    }

    /// `self ** exp` for `exp >= 0`.
    ///
    /// Errors: `ValueError` for a negative exponent (Python gives a float
    /// there; the caller should convert first) and `MemoryError` when the
    /// result would exceed [`MAX_POW_BITS`] bits.
    pub fn pow(&self, exp: &BigInt) -> Result<BigInt, NumError> {
        if exp.neg {
            return Err(NumError::Value("negative exponent"));
        }
        if exp.is_zero() {
            return Ok(BigInt::from_i64(1));
        }
        // 0, 1 and -1 stay small for any exponent.
        if self.mag.is_empty() || self.mag == [1] {
            let neg = self.neg && exp.is_odd();
            return Ok(BigInt::from_mag(neg, self.mag.clone()));
        }
        let e = match exp.to_u64() {
            Some(e) if e <= MAX_POW_BITS => e,
            _ => return Err(NumError::Memory),
        };
        // bit_length(x**e) <= e * bit_length(x); refuse before working.
        let base_bits = mag_bit_length(&self.mag);
        if (base_bits - 1).saturating_mul(e) > MAX_POW_BITS {
            return Err(NumError::Memory);
        }
        let mut result: Vec<u32> = vec![1];
        let top = 63 - e.leading_zeros();
        for i in (0..=top).rev() {
            result = mag_mul(&result, &result);
            if (e >> i) & 1 == 1 {
                result = mag_mul(&result, &self.mag);
            }
        }
        Ok(BigInt::from_mag(self.neg && e & 1 == 1, result))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// xorshift64*: deterministic limbs for cross-checks.
    fn limbs(state: &mut u64, n: usize) -> Vec<u32> {
        (0..n)
            .map(|_| {
                *state ^= *state << 13;
                *state ^= *state >> 7;
                *state ^= *state << 17;
                (*state >> 16) as u32
            })
            .collect()
    }

    #[test]
    fn karatsuba_matches_schoolbook() {
        let mut s = 0x1234_5678_9abc_def1u64;
        for &(n, m) in &[
            (40, 40),
            (41, 40),
            (80, 45),
            (100, 100),
            (257, 129),
            (300, 41),
            (64, 200),
        ] {
            let a = limbs(&mut s, n);
            let b = limbs(&mut s, m);
            let mut a2 = a.clone();
            trim(&mut a2);
            let mut b2 = b.clone();
            trim(&mut b2);
            assert_eq!(mag_mul(&a, &b), mag_mul_schoolbook(&a2, &b2), "{n}x{m}");
        }
        // All-ones operands maximize carries.
        let a = vec![u32::MAX; 90];
        assert_eq!(mag_mul(&a, &a), mag_mul_schoolbook(&a, &a));
    }

    #[test]
    fn pow_small_cases() {
        let two = BigInt::from_i64(2);
        let p = two.pow(&BigInt::from_i64(100)).unwrap();
        assert_eq!(p.bit_length(), 101);
        let m3 = BigInt::from_i64(-3);
        assert_eq!(m3.pow(&BigInt::from_i64(3)).unwrap().to_i64(), Some(-27));
        assert_eq!(m3.pow(&BigInt::from_i64(0)).unwrap().to_i64(), Some(1));
        let huge = BigInt::from_u64(u64::MAX);
        assert_eq!(BigInt::from_i64(-1).pow(&huge).unwrap().to_i64(), Some(-1));
        assert_eq!(BigInt::zero().pow(&huge).unwrap().to_i64(), Some(0));
        assert_eq!(two.pow(&huge), Err(NumError::Memory));
        assert!(two.pow(&BigInt::from_i64(-1)).is_err());
    }
}
