//! Arbitrary-precision signed integers: representation, construction,
//! comparison, addition and subtraction.
//!
//! A value is a sign and a magnitude of little-endian `u32` limbs. The
//! magnitude is always normalized (no high zero limbs) and zero is never
//! negative, so equal values have equal representations and `==` on the
//! struct is value equality.

use alloc::vec::Vec;
use core::cmp::Ordering;

/// A Python `int` of any size.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct BigInt {
    pub(super) neg: bool,
    pub(super) mag: Vec<u32>,
}

/// Drop high zero limbs.
pub(super) fn trim(v: &mut Vec<u32>) {
    while let Some(&0) = v.last() {
        v.pop();
    }
}

/// Compare two normalized magnitudes.
pub(super) fn mag_cmp(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x.cmp(y);
        }
    }
    Ordering::Equal
}

/// `a + b` on magnitudes.
pub(super) fn mag_add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in long.iter().enumerate() {
        let y = short.get(i).copied().unwrap_or(0);
        let s = x as u64 + y as u64 + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// `a - b` on magnitudes; requires `a >= b`.
pub(super) fn mag_sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &x) in a.iter().enumerate() {
        let y = b.get(i).copied().unwrap_or(0);
        let d = x as i64 - y as i64 - borrow;
        out.push(d as u32);
        borrow = (d < 0) as i64;
    }
    trim(&mut out);
    out
}

/// `a += small` in place on a magnitude.
pub(super) fn mag_add_small(a: &mut Vec<u32>, small: u32) {
    let mut carry = small;
    for limb in a.iter_mut() {
        if carry == 0 {
            return;
        }
        let (s, c) = limb.overflowing_add(carry);
        *limb = s;
        carry = c as u32;
    }
    if carry != 0 {
        a.push(carry);
    }
}

/// `a = a * m + add` in place on a magnitude (used by parsing).
pub(super) fn mag_mul_add_small(a: &mut Vec<u32>, m: u32, add: u32) {
    let mut carry = add as u64;
    for limb in a.iter_mut() {
        let p = *limb as u64 * m as u64 + carry;
        *limb = p as u32;
        carry = p >> 32;
    }
    if carry != 0 {
        a.push(carry as u32);
    }
    trim(a);
}

/// Number of significant bits of a normalized magnitude.
pub(super) fn mag_bit_length(a: &[u32]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 32 + (32 - top.leading_zeros() as u64),
    }
}

/// Magnitude of a `u64`.
pub(super) fn mag_from_u64(v: u64) -> Vec<u32> {
    let mut m = Vec::with_capacity(2);
    if v != 0 {
        m.push(v as u32);
        if v >> 32 != 0 {
            m.push((v >> 32) as u32);
        }
    }
    m
}

impl BigInt {
    /// Zero.
    pub fn zero() -> BigInt {
        BigInt {
            neg: false,
            mag: Vec::new(),
        }
    }

    /// Build from a sign and a magnitude (normalizes both).
    pub(super) fn from_mag(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    /// Build from a sign and little-endian `u32` limbs of the magnitude.
    /// High zero limbs are dropped and a zero result is made non-negative.
    pub fn from_limbs(neg: bool, limbs: Vec<u32>) -> BigInt {
        BigInt::from_mag(neg, limbs)
    }

    /// The magnitude's little-endian `u32` limbs (empty for zero).
    pub fn limbs(&self) -> &[u32] {
        &self.mag
    }

    /// Exact conversion from `i64`.
    pub fn from_i64(v: i64) -> BigInt {
        BigInt::from_mag(v < 0, mag_from_u64(v.unsigned_abs()))
    }

    /// Exact conversion from `u64`.
    pub fn from_u64(v: u64) -> BigInt {
        BigInt::from_mag(false, mag_from_u64(v))
    }

    /// The magnitude as `u64`, if it fits.
    pub fn magnitude_u64(&self) -> Option<u64> {
        match self.mag.len() {
            0 => Some(0),
            1 => Some(self.mag[0] as u64),
            2 => Some(self.mag[0] as u64 | (self.mag[1] as u64) << 32),
            _ => None,
        }
    }

    /// The value as `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        let m = self.magnitude_u64()?;
        if self.neg {
            if m <= i64::MAX as u64 + 1 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else {
            i64::try_from(m).ok()
        }
    }

    /// The value as `u64`, if it is non-negative and fits.
    pub fn to_u64(&self) -> Option<u64> {
        if self.neg {
            None
        } else {
            self.magnitude_u64()
        }
    }

    /// `self == 0`.
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// `self < 0`.
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// `int.bit_length()`: bits of `abs(self)`, 0 for zero.
    pub fn bit_length(&self) -> u64 {
        mag_bit_length(&self.mag)
    }

    /// `-self`.
    pub fn neg(&self) -> BigInt {
        BigInt::from_mag(!self.neg, self.mag.clone())
    }

    /// `abs(self)`.
    pub fn abs(&self) -> BigInt {
        BigInt::from_mag(false, self.mag.clone())
    }

    /// Signed addition of sign/magnitude pairs.
    fn add_signed(a_neg: bool, a: &[u32], b_neg: bool, b: &[u32]) -> BigInt {
        if a_neg == b_neg {
            return BigInt::from_mag(a_neg, mag_add(a, b));
        }
        match mag_cmp(a, b) {
            Ordering::Equal => BigInt::zero(),
            Ordering::Greater => BigInt::from_mag(a_neg, mag_sub(a, b)),
            Ordering::Less => BigInt::from_mag(b_neg, mag_sub(b, a)),
        }
    }

    /// `self + other`.
    pub fn add(&self, other: &BigInt) -> BigInt {
        BigInt::add_signed(self.neg, &self.mag, other.neg, &other.mag)
    }

    /// `self - other`.
    pub fn sub(&self, other: &BigInt) -> BigInt {
        BigInt::add_signed(self.neg, &self.mag, !other.neg, &other.mag)
    }

    /// The sign as -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        if self.neg {
            -1
        } else if self.mag.is_empty() {
            0
        } else {
            1
        }
    }

    /// `self` is odd.
    pub fn is_odd(&self) -> bool {
        self.mag.first().is_some_and(|l| l & 1 == 1)
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Numeric order (`==` from the derived `PartialEq` is numeric equality,
/// because representations are normalized).
impl Ord for BigInt {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => mag_cmp(&self.mag, &other.mag),
            (true, true) => mag_cmp(&other.mag, &self.mag),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i64_round_trip_extremes() {
        for v in [
            0i64,
            1,
            -1,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
            1 << 32,
            -(1 << 32),
        ] {
            assert_eq!(BigInt::from_i64(v).to_i64(), Some(v));
        }
        let too_big = BigInt::from_u64(i64::MAX as u64 + 1);
        assert_eq!(too_big.to_i64(), None);
        assert_eq!(too_big.neg().to_i64(), Some(i64::MIN));
        assert_eq!(too_big.neg().sub(&BigInt::from_i64(1)).to_i64(), None);
    }

    #[test]
    fn zero_is_normalized() {
        let z = BigInt::from_limbs(true, alloc::vec![0, 0]);
        assert!(z.is_zero() && !z.is_negative());
        assert_eq!(z, BigInt::zero());
        let a = BigInt::from_i64(-5);
        assert_eq!(a.add(&BigInt::from_i64(5)), BigInt::zero());
        assert!(!a.sub(&a).is_negative());
    }

    #[test]
    fn add_sub_carry_across_limbs() {
        let a = BigInt::from_u64(u64::MAX);
        let b = a.add(&BigInt::from_i64(1));
        assert_eq!(b.limbs(), &[0, 0, 1]);
        assert_eq!(b.sub(&BigInt::from_i64(1)), a);
        assert_eq!(
            BigInt::from_i64(3).sub(&BigInt::from_i64(10)).to_i64(),
            Some(-7)
        );
        assert_eq!(b.bit_length(), 65);
    }

    #[test]
    fn ordering() {
        let vals = [-(1i64 << 40), -3, -1, 0, 1, 2, 1 << 40];
        for (i, a) in vals.iter().enumerate() {
            for (j, b) in vals.iter().enumerate() {
                let got = BigInt::from_i64(*a).cmp(&BigInt::from_i64(*b));
                assert_eq!(got, i.cmp(&j));
            }
        }
    }
}
