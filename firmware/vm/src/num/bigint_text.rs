//! Integer to text: `to_str_radix` and `Display` (decimal).
//!
//! The magnitude is cut into chunks by repeated division by the largest
//! power of the radix that fits a limb (10^9 for decimal), so each step is
//! a cheap single-limb division; the chunks are then printed zero-padded.

use super::bigint::BigInt;
use super::bigint_div::mag_divrem_small_inplace;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// The largest power of `radix` that fits a `u32`, and its exponent.
pub(super) fn chunk_base(radix: u32) -> (u32, usize) {
    let mut power = radix;
    let mut k = 1;
    while let Some(p) = power.checked_mul(radix) {
        power = p;
        k += 1;
    }
    (power, k)
}

impl BigInt {
    /// Digits in `radix` (2..=36): lowercase, a leading `-` for negatives,
    /// no prefix. A radix outside 2..=36 is treated as 10.
    pub fn to_str_radix(&self, radix: u32) -> String {
        let radix = if (2..=36).contains(&radix) { radix } else { 10 };
        let mut out = String::new();
        self.write_radix(radix, &mut out);
        out
    }

    fn write_radix(&self, radix: u32, out: &mut String) {
        if self.neg {
            out.push('-');
        }
        if self.mag.is_empty() {
            out.push('0');
            return;
        }
        let (big, k) = chunk_base(radix);
        let mut rest = self.mag.clone();
        let mut chunks: Vec<u32> = Vec::with_capacity(rest.len() * 32 / (k * 4) + 1);
        while !rest.is_empty() {
            chunks.push(mag_divrem_small_inplace(&mut rest, big));
        }
        let mut buf = [0u8; 32];
        for (i, &chunk) in chunks.iter().rev().enumerate() {
            let mut c = chunk;
            let mut n = 0;
            while c != 0 || (i > 0 && n < k) || n == 0 {
                buf[n] = DIGITS[(c % radix) as usize];
                c /= radix;
                n += 1;
            }
            for &d in buf[..n].iter().rev() {
                out.push(d as char);
            }
        }
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.write_radix(10, &mut s);
        f.write_str(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn small_values() {
        assert_eq!(BigInt::zero().to_str_radix(10), "0");
        assert_eq!(BigInt::from_i64(-255).to_str_radix(16), "-ff");
        assert_eq!(BigInt::from_i64(35).to_str_radix(36), "z");
        assert_eq!(BigInt::from_i64(5).to_str_radix(2), "101");
        assert_eq!(BigInt::from_i64(5).to_str_radix(99), "5");
        assert_eq!(BigInt::from_u64(1_000_000_000).to_string(), "1000000000");
        assert_eq!(
            BigInt::from_i64(i64::MIN).to_string(),
            "-9223372036854775808"
        );
        assert_eq!(BigInt::from_u64(u64::MAX).to_str_radix(2).len(), 64);
    }

    #[test]
    fn chunk_padding() {
        // 10^18 + 7: the low chunk needs inner zero padding.
        assert_eq!(
            BigInt::from_u64(1_000_000_000_000_000_007).to_string(),
            "1000000000000000007"
        );
        assert_eq!(chunk_base(10), (1_000_000_000, 9));
        assert_eq!(chunk_base(2), (1 << 31, 31));
        assert_eq!(chunk_base(16), (1 << 28, 7));
    }
}
