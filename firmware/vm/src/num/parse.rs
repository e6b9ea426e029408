//! Text to numbers with Python 3.4's rules: `int(text, base)` and
//! `float(text)`. Both accept surrounding whitespace and a sign and
//! reject underscores (they arrived in 3.6). Only ASCII digits are
//! accepted.

use super::bigint::{mag_mul_add_small, BigInt};
use super::bigint_text::chunk_base;
use alloc::vec::Vec;

/// Why `int(text, base)` failed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ParseIntError {
    /// `base` is neither 0 nor in 2..=36.
    InvalidBase,
    /// The text is not an integer literal in that base.
    InvalidLiteral,
}

impl ParseIntError {
    /// CPython 3.4's `ValueError` message. For an invalid literal the
    /// caller appends `" with base {base}: {repr(text)}"`.
    pub fn message(&self) -> &'static str {
        match self {
            ParseIntError::InvalidBase => "int() base must be >= 2 and <= 36",
            ParseIntError::InvalidLiteral => "invalid literal for int()",
        }
    }
}

/// White space that `int()` and `float()` strip: CPython maps non-ASCII
/// white space to spaces first, then skips only C's ASCII white space, so
/// U+001C..U+001F (white space to `str.isspace()`) are not stripped.
pub fn is_number_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
    } else {
        c.is_whitespace()
    }
}

/// Split an optional sign off the front.
fn take_sign(s: &str) -> (bool, &str) {
    if let Some(r) = s.strip_prefix('-') {
        (true, r)
    } else if let Some(r) = s.strip_prefix('+') {
        (false, r)
    } else {
        (false, s)
    }
}

/// `s` without a case-insensitive two-character prefix like `0x`.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

/// `int(text, base)`: base 0 (infer from a `0x`/`0o`/`0b` prefix, else
/// decimal without leading zeros) or 2..=36; a matching prefix is also
/// allowed for bases 16, 8 and 2.
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, ParseIntError> {
    if base == 1 || base > 36 {
        return Err(ParseIntError::InvalidBase);
    }
    let s = text.trim_matches(is_number_space);
    let (neg, s) = take_sign(s);
    let mut base = base;
    let mut body = s;
    for (prefix, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if base == 0 || base == b {
            if let Some(rest) = strip_prefix_ci(s, prefix) {
                base = b;
                body = rest;
                break;
            }
        }
    }
    if base == 0 {
        base = 10;
        // "010" is an error in base 0 (it would be octal in Python 2),
        // but any number of zeros alone means zero.
        if body.starts_with('0') && body.bytes().any(|c| c != b'0') {
            return Err(ParseIntError::InvalidLiteral);
        }
    }
    if body.is_empty() {
        return Err(ParseIntError::InvalidLiteral);
    }
    let (big, k) = chunk_base(base);
    let mut mag: Vec<u32> = Vec::with_capacity(body.len() / k + 1);
    let (mut chunk, mut power, mut count) = (0u32, 1u32, 0usize);
    for c in body.bytes() {
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'a'..=b'z' => (c - b'a') as u32 + 10,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => return Err(ParseIntError::InvalidLiteral),
        };
        if d >= base {
            return Err(ParseIntError::InvalidLiteral);
        }
        chunk = chunk * base + d;
        power *= base;
        count += 1;
        if count == k {
            mag_mul_add_small(&mut mag, big, chunk);
            (chunk, power, count) = (0, 1, 0);
        }
    }
    if count > 0 {
        mag_mul_add_small(&mut mag, power, chunk);
    }
    Ok(BigInt::from_limbs(neg, mag))
}

/// Whether `s` matches `digits [. digits?] | . digits` followed by an
/// optional exponent, all ASCII.
fn is_decimal_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let int_digits = digits(&mut i);
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = digits(&mut i);
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// `float(text)`: surrounding white space, a sign, a decimal literal or
/// `inf`/`infinity`/`nan` in any case. `None` when the text is invalid;
/// the result is correctly rounded (out-of-range values give `inf`/`0.0`
/// like CPython).
pub fn parse_f64(text: &str) -> Option<f64> {
    let s = text.trim_matches(is_number_space);
    let (neg, body) = take_sign(s);
    let v = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else if is_decimal_float(body) {
        body.parse::<f64>().ok()?
    } else {
        return None;
    };
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str, base: u32) -> Option<i64> {
        parse_int(s, base).ok().and_then(|b| b.to_i64())
    }

    #[test]
    fn int_grammar() {
        assert_eq!(int(" \t-12\n", 10), Some(-12));
        assert_eq!(int("+0x1F", 0), Some(31));
        assert_eq!(int("0X1f", 16), Some(31));
        assert_eq!(int("0x1f", 15), None);
        assert_eq!(int("0b101", 0), Some(5));
        assert_eq!(int("0o17", 8), Some(15));
        assert_eq!(int("0o17", 0), Some(15));
        assert_eq!(int("00", 0), Some(0));
        assert_eq!(int("010", 0), None);
        assert_eq!(int("010", 10), Some(10));
        assert_eq!(int("0x", 16), None);
        assert_eq!(int("1_0", 10), None);
        assert_eq!(int("- 1", 10), None);
        assert_eq!(int("", 10), None);
        assert_eq!(int("  ", 10), None);
        assert_eq!(int("z", 36), Some(35));
        assert_eq!(int("Z", 35), None);
        assert_eq!(int("\u{85}7\u{a0}\x0b", 10), Some(7));
        assert_eq!(int("\u{1c}7", 10), None);
        assert_eq!(int("١", 10), None);
        assert_eq!(parse_int("1", 1), Err(ParseIntError::InvalidBase));
        assert_eq!(parse_int("1", 37), Err(ParseIntError::InvalidBase));
    }

    #[test]
    fn float_grammar() {
        assert_eq!(parse_f64(" 1.5 "), Some(1.5));
        assert_eq!(parse_f64("-.5e1"), Some(-5.0));
        assert_eq!(parse_f64("1."), Some(1.0));
        assert_eq!(parse_f64("1e400"), Some(f64::INFINITY));
        assert_eq!(
            parse_f64("-1e-400").map(|v| v.to_bits()),
            Some((-0.0f64).to_bits())
        );
        assert_eq!(parse_f64("-InFiNiTy"), Some(f64::NEG_INFINITY));
        assert!(parse_f64("+nan").is_some_and(f64::is_nan));
        for bad in [
            ".", "e5", "1e", "1e+", "1_0", "0x10", "in f", "--1", "1.5.", "", "infinit", " - 1",
        ] {
            assert_eq!(parse_f64(bad), None, "{bad:?}");
        }
    }
}
