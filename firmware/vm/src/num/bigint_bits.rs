//! Shifts and bitwise operators with Python's semantics: negative numbers
//! behave as if they had infinitely many leading one bits (two's
//! complement), and right shifts round toward negative infinity.

use super::bigint::{mag_add_small, trim, BigInt};
use super::bigint_mul::MAX_POW_BITS;
use super::NumError;
use alloc::vec;
use alloc::vec::Vec;

/// The low `len` limbs of the two's-complement form of a signed magnitude.
fn twos(neg: bool, mag: &[u32], len: usize) -> Vec<u32> {
    let mut out = vec![0u32; len];
    for (o, &m) in out.iter_mut().zip(mag.iter()) {
        *o = m;
    }
    if neg {
        // -m == !m + 1 (mod 2^(32*len))
        let mut carry = true;
        for o in out.iter_mut() {
            let (s, c) = (!*o).overflowing_add(carry as u32);
            *o = s;
            carry = c;
        }
    }
    out
}

/// Turn a two's-complement result with sign `neg` back into a BigInt.
fn from_twos(neg: bool, mut v: Vec<u32>) -> BigInt {
    if neg {
        for x in v.iter_mut() {
            *x = !*x;
        }
        trim(&mut v);
        mag_add_small(&mut v, 1);
    }
    BigInt::from_mag(neg, v)
}

impl BigInt {
    fn bitwise(&self, other: &BigInt, op: fn(u32, u32) -> u32) -> BigInt {
        // One extra limb holds the (infinitely repeated) sign bits.
        let len = self.mag.len().max(other.mag.len()) + 1;
        let a = twos(self.neg, &self.mag, len);
        let b = twos(other.neg, &other.mag, len);
        let v: Vec<u32> = a.iter().zip(b.iter()).map(|(&x, &y)| op(x, y)).collect();
        let neg = op(self.neg as u32, other.neg as u32) & 1 == 1;
        from_twos(neg, v)
    }

    /// `self & other`.
    pub fn and(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x & y)
    }

    /// `self | other`.
    pub fn or(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x | y)
    }

    /// `self ^ other`.
    pub fn xor(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x ^ y)
    }

    /// `~self`, which is `-self - 1`.
    pub fn not(&self) -> BigInt {
        self.neg().sub(&BigInt::from_i64(1))
    }

    /// `self << n`. `MemoryError` when the result would exceed
    /// [`MAX_POW_BITS`] bits.
    pub fn shl(&self, n: usize) -> Result<BigInt, NumError> {
        if self.is_zero() {
            return Ok(BigInt::zero());
        }
        if (n as u64).saturating_add(self.bit_length()) > MAX_POW_BITS {
            return Err(NumError::Memory);
        }
        let limbs = n / 32;
        let bits = (n % 32) as u32;
        let mut out = vec![0u32; limbs];
        out.reserve(self.mag.len() + 1);
        if bits == 0 {
            out.extend_from_slice(&self.mag);
        } else {
            let mut carry = 0u32;
            for &x in &self.mag {
                out.push(x << bits | carry);
                carry = x >> (32 - bits);
            }
            out.push(carry);
        }
        Ok(BigInt::from_mag(self.neg, out))
    }

    /// `self >> n`, rounding toward negative infinity like Python.
    pub fn shr(&self, n: usize) -> BigInt {
        let limbs = n / 32;
        let bits = (n % 32) as u32;
        if limbs >= self.mag.len() {
            return if self.neg {
                BigInt::from_i64(-1)
            } else {
                BigInt::zero()
            };
        }
        // Whether any one bits are shifted out (decides the floor step).
        let lost = self.mag[..limbs].iter().any(|&x| x != 0)
            || (bits != 0 && self.mag[limbs] & ((1u32 << bits) - 1) != 0);
        let src = &self.mag[limbs..];
        let mut out: Vec<u32> = Vec::with_capacity(src.len());
        if bits == 0 {
            out.extend_from_slice(src);
        } else {
            for (i, &x) in src.iter().enumerate() {
                let hi = src.get(i + 1).copied().unwrap_or(0);
                out.push(x >> bits | hi << (32 - bits));
            }
        }
        trim(&mut out);
        if self.neg && lost {
            mag_add_small(&mut out, 1);
        }
        BigInt::from_mag(self.neg, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_values_match_i64() {
        let vals = [
            -70i64,
            -33,
            -8,
            -5,
            -1,
            0,
            1,
            6,
            12,
            255,
            1 << 33,
            -(1 << 33) + 7,
        ];
        for &a in &vals {
            let ba = BigInt::from_i64(a);
            assert_eq!(ba.not().to_i64(), Some(!a));
            for &b in &vals {
                let bb = BigInt::from_i64(b);
                assert_eq!(ba.and(&bb).to_i64(), Some(a & b), "{a} & {b}");
                assert_eq!(ba.or(&bb).to_i64(), Some(a | b), "{a} | {b}");
                assert_eq!(ba.xor(&bb).to_i64(), Some(a ^ b), "{a} ^ {b}");
            }
            for n in [0usize, 1, 3, 31, 32, 33, 40, 64, 100] {
                assert_eq!(ba.shr(n).to_i64(), Some(a >> n.min(63)), "{a} >> {n}");
                if n < 20 {
                    assert_eq!(ba.shl(n).unwrap().to_i64(), Some(a << n), "{a} << {n}");
                }
            }
        }
    }

    #[test]
    fn shl_refuses_absurd_sizes() {
        assert_eq!(BigInt::from_i64(1).shl(usize::MAX), Err(NumError::Memory));
        assert_eq!(BigInt::zero().shl(usize::MAX), Ok(BigInt::zero()));
    }
}
