//! Ints to and from bytes: `int.from_bytes` and `int.to_bytes` (two's
//! complement for signed values, either byte order).

use super::bigint::BigInt;
use super::NumError;
use alloc::vec;
use alloc::vec::Vec;

/// `int.to_bytes` when the value does not fit.
pub const MSG_INT_TOO_BIG_BYTES: &str = "int too big to convert";
/// `int.to_bytes` of a negative value with `signed=False`.
pub const MSG_NEG_UNSIGNED: &str = "can't convert negative int to unsigned";

impl BigInt {
    /// `int.from_bytes(bytes, byteorder, signed=signed)`.
    pub fn from_bytes(bytes: &[u8], little_endian: bool, signed: bool) -> BigInt {
        let mut le: Vec<u8> = bytes.to_vec();
        if !little_endian {
            le.reverse();
        }
        let neg = signed && le.last().is_some_and(|&b| b & 0x80 != 0);
        if neg {
            // Two's complement: magnitude is !bytes + 1.
            let mut carry = true;
            for b in le.iter_mut() {
                let (v, c) = (!*b).overflowing_add(carry as u8);
                *b = v;
                carry = c;
            }
        }
        let limbs = le
            .chunks(4)
            .map(|c| c.iter().rev().fold(0u32, |acc, &b| acc << 8 | b as u32))
            .collect();
        BigInt::from_limbs(neg, limbs)
    }

    /// `self.to_bytes(length, byteorder, signed=signed)`; `OverflowError`
    /// when the value does not fit in `length` bytes.
    pub fn to_bytes(
        &self,
        length: usize,
        little_endian: bool,
        signed: bool,
    ) -> Result<Vec<u8>, NumError> {
        if self.is_negative() && !signed {
            return Err(NumError::Overflow(MSG_NEG_UNSIGNED));
        }
        let too_big = NumError::Overflow(MSG_INT_TOO_BIG_BYTES);
        // Bits needed: magnitude bits, plus a sign bit when signed (except
        // for -2^(n-1), which fits exactly).
        let bits = if !signed || self.is_zero() {
            self.bit_length()
        } else if self.is_negative() {
            self.not().bit_length() + 1
        } else {
            self.bit_length() + 1
        };
        // CPython's byte conversion never checks the sign of a zero-length
        // result, so (-1).to_bytes(0, ..., signed=True) is b''.
        let minus_one = self.is_negative() && self.mag.as_slice() == [1];
        if bits > (length as u64).saturating_mul(8) && !(minus_one && length == 0) {
            return Err(too_big);
        }
        let mut out = vec![0u8; length];
        for (i, o) in out.iter_mut().enumerate() {
            let limb = self.mag.get(i / 4).copied().unwrap_or(0);
            *o = (limb >> (8 * (i % 4))) as u8;
        }
        if self.is_negative() {
            let mut carry = true;
            for b in out.iter_mut() {
                let (v, c) = (!*b).overflowing_add(carry as u8);
                *b = v;
                carry = c;
            }
        }
        if !little_endian {
            out.reverse();
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bi(v: i64) -> BigInt {
        BigInt::from_i64(v)
    }

    #[test]
    fn bytes_round_trip() {
        assert_eq!(bi(-1).to_bytes(2, false, true), Ok(vec![0xff, 0xff]));
        assert_eq!(bi(-128).to_bytes(1, true, true), Ok(vec![0x80]));
        assert!(bi(-129).to_bytes(1, true, true).is_err());
        assert!(bi(128).to_bytes(1, true, true).is_err());
        assert_eq!(bi(255).to_bytes(1, true, false), Ok(vec![0xff]));
        assert!(bi(-1).to_bytes(8, true, false).is_err());
        assert_eq!(bi(0).to_bytes(0, true, true), Ok(vec![]));
        assert_eq!(bi(-1).to_bytes(0, true, true), Ok(vec![]));
        assert!(bi(-2).to_bytes(0, true, true).is_err());
        assert_eq!(bi(0x010203).to_bytes(4, false, false), Ok(vec![0, 1, 2, 3]));
        assert_eq!(
            BigInt::from_bytes(&[1, 2, 3, 4, 5], false, false).to_i64(),
            Some(0x0102030405)
        );
        assert_eq!(BigInt::from_bytes(&[0xff, 0xfe], true, true), bi(-257));
        assert_eq!(BigInt::from_bytes(&[], true, true), bi(0));
        assert_eq!(BigInt::from_bytes(&[0x80], true, false), bi(128));
    }
}
