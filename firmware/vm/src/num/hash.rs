//! CPython's numeric hash: a number's hash is its value reduced modulo the
//! Mersenne prime `P = 2^BITS - 1` (sign kept), so equal ints and floats
//! hash equal. `BITS` is 61 with 64-bit `usize` and 31 with 32-bit.
//!
//! Because `2^BITS == 1 (mod P)`, multiplying by a power of two is a
//! rotation within `BITS` bits; that is all the float hash needs, since a
//! finite double is `m * 2^e` exactly.

use super::bigint::BigInt;
use super::bigint_float::decompose;

/// Width of the hash modulus on this target.
#[cfg(target_pointer_width = "64")]
pub const HASH_BITS: u32 = 61;
/// Width of the hash modulus on this target.
#[cfg(not(target_pointer_width = "64"))]
pub const HASH_BITS: u32 = 31;

/// `hash(float('inf'))`; `-inf` hashes to its negation.
pub const HASH_INF: isize = 314_159;

fn modulus(bits: u32) -> u64 {
    (1u64 << bits) - 1
}

/// Keep a caller-supplied width where the arithmetic below is valid.
fn valid_bits(bits: u32) -> u32 {
    bits.clamp(2, 62)
}

/// `v * 2^r (mod P)` for `v < P`: a rotation left by `r` within `bits`.
fn rotl(v: u64, r: u32, bits: u32) -> u64 {
    let p = modulus(bits);
    let r = r % bits;
    ((v << r) & p) | (v >> (bits - r))
}

/// `(a + b) mod P` for `a < P`, any `b < 2^32`.
fn add_mod(a: u64, b: u64, bits: u32) -> u64 {
    let p = modulus(bits);
    let mut s = a + b;
    // One fold brings s below 2^bits + small; a final subtract finishes.
    s = (s & p) + (s >> bits);
    if s >= p {
        s -= p;
    }
    s
}

/// Apply the sign and CPython's rule that -1 (an error marker in C) is
/// never a hash value.
fn finish(neg: bool, h: u64) -> i64 {
    let v = if neg { -(h as i64) } else { h as i64 };
    if v == -1 {
        -2
    } else {
        v
    }
}

/// Hash of a sign and little-endian `u32` magnitude, for modulus width
/// `bits` (61 or 31; others are clamped to 2..=62); exposed so both widths can be checked on any host.
pub fn hash_limbs_with_bits(neg: bool, mag: &[u32], bits: u32) -> i64 {
    let bits = valid_bits(bits);
    let mut acc = 0u64;
    for &limb in mag.iter().rev() {
        acc = add_mod(rotl(acc, 32, bits), limb as u64, bits);
    }
    finish(neg, acc)
}

/// Hash of a float for modulus width `bits` (61 or 31).
pub fn hash_f64_with_bits(x: f64, bits: u32) -> i64 {
    let bits = valid_bits(bits);
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 {
            HASH_INF as i64
        } else {
            -(HASH_INF as i64)
        };
    }
    let (neg, m, e) = decompose(x);
    let low = m as u32 as u64;
    let high = m >> 32;
    let mant = add_mod(rotl(high, 32, bits), low, bits);
    let r = e.rem_euclid(bits as i64) as u32;
    finish(neg, rotl(mant, r, bits))
}

/// `hash(n)` for a small int.
pub fn hash_i64(v: i64) -> isize {
    let m = v.unsigned_abs();
    let mag = [m as u32, (m >> 32) as u32];
    hash_limbs_with_bits(v < 0, &mag, HASH_BITS) as isize
}

/// `hash(x)` for a float (`nan` hashes to 0).
pub fn hash_f64(x: f64) -> isize {
    hash_f64_with_bits(x, HASH_BITS) as isize
}

impl BigInt {
    /// `hash(self)`, equal to `hash_i64` and `hash_f64` of equal values.
    pub fn hash(&self) -> isize {
        hash_limbs_with_bits(self.neg, &self.mag, HASH_BITS) as isize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_values_hash_equal() {
        for v in [0i64, 1, -1, -2, 7, 1 << 40, -(1 << 52), i64::MAX, i64::MIN] {
            assert_eq!(hash_i64(v), BigInt::from_i64(v).hash(), "{v}");
            if v.unsigned_abs() < 1 << 53 {
                assert_eq!(hash_i64(v), hash_f64(v as f64), "{v}");
            }
        }
        let big = BigInt::from_i64(1).shl(100).unwrap();
        assert_eq!(big.hash(), hash_f64(2f64.powi(100)));
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(-0.0), 0);
    }

    #[test]
    fn known_cpython_values_64() {
        assert_eq!(hash_f64_with_bits(0.5, 61), 1152921504606846976);
        assert_eq!(hash_f64_with_bits(1.5, 61), 1152921504606846977);
        assert_eq!(hash_f64_with_bits(f64::INFINITY, 61), 314159);
        assert_eq!(hash_f64_with_bits(f64::NEG_INFINITY, 61), -314159);
        assert_eq!(hash_limbs_with_bits(false, &[0, 0x2000_0000], 61), 1);
        assert_eq!(hash_limbs_with_bits(false, &[1 << 31], 31), 1);
    }
}
