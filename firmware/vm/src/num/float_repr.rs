//! Decimal digits of doubles and CPython's layout of them.
//!
//! Digit generation is delegated to `core::fmt`, which is exact: `{:e}`
//! gives the shortest digit string that reads back as the same double (and
//! the closest such string, like David Gay's mode 0 used by CPython), and
//! `{:.N}` / `{:.Ne}` round the exact binary value half-to-even (like
//! Gay's modes 2 and 3). This module turns those strings into a digit list
//! and a decimal point position, then lays them out with the rules of
//! CPython's `PyOS_double_to_string`.

use super::bigint_float::decompose;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// A double's exact decimal expansion has at most 767 significant digits
/// and 1074 digits after the point, so asking `core::fmt` (whose precision
/// is limited to `u16`) for more than this only adds zeros.
const EXACT_DIGITS: usize = 1100;

/// A non-negative decimal `0.d1d2d3... * 10^decpt` with no leading or
/// trailing zero digits; zero has no digits.
pub(super) struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i32,
}

impl Digits {
    /// Parse `core::fmt` output such as `1.25e-7`, `1e16` or `0.0125`.
    fn from_text(text: &str) -> Digits {
        let (mant, exp) = match text.split_once('e') {
            Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
            None => (text, 0),
        };
        let mut digits = Vec::with_capacity(mant.len());
        let mut int_len = None;
        for c in mant.bytes() {
            if c == b'.' {
                int_len = Some(digits.len());
            } else if c.is_ascii_digit() {
                digits.push(c);
            }
        }
        let mut decpt = int_len.unwrap_or(digits.len()) as i32 + exp;
        let lead = digits.iter().take_while(|&&c| c == b'0').count();
        digits.drain(..lead);
        decpt -= lead as i32;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            decpt = 0;
        }
        Digits { digits, decpt }
    }

    /// Shortest round-trip digits of finite `|x|`; of two equally close
    /// shortest strings, the one with an even last digit.
    pub fn shortest(x: f64) -> Digits {
        let mut s = String::new();
        let _ = write!(s, "{:e}", x.abs());
        Digits::from_text(&s).tie_to_even(x)
    }

    /// `core::fmt` settles a tie between two equally close shortest digit
    /// strings upward, CPython (Gay's dtoa) toward the even digit. A tie
    /// means the exact value of `x` has exactly one digit more than the
    /// shortest string and that digit is 5; only doubles with a short
    /// exact decimal expansion qualify, so this is cheap to test.
    fn tie_to_even(self, x: f64) -> Digits {
        let (_, m, e) = decompose(x);
        if m == 0 || e >= 0 {
            return self;
        }
        let tz = (m.trailing_zeros() as i64).min(-e);
        let (m, s) = (m >> tz, -(e + tz));
        // x == m * 2^-s == m * 5^s * 10^-s exactly; 5^27 * 2^53 < 2^128.
        if s == 0 || s > 27 {
            return self;
        }
        let exact = m as u128 * 5u128.pow(s as u32);
        // Exactly one digit more than the shortest string? (Compared with
        // powers of ten: 128-bit division is slow without hardware help.)
        let n = self.digits.len() as u32;
        if n > 37 || exact < 10u128.pow(n) || exact >= 10u128.pow(n + 1) {
            return self;
        }
        // `exact` is an odd multiple of 5, so it is a tie: round to even.
        let mut q = exact / 10;
        q += q & 1;
        let mut text = String::new();
        let _ = write!(text, "{q}e{}", 1 - s);
        // Both neighbours are equally close, but at a power of two the
        // gap below is narrower: keep the candidate only if it reads back.
        match text.parse::<f64>() {
            Ok(v) if v == x.abs() => Digits::from_text(&text),
            _ => self,
        }
    }

    /// `|x|` correctly rounded to `sig >= 1` significant digits (trailing
    /// zeros dropped; the layout pads them back).
    pub fn significant(x: f64, sig: usize) -> Digits {
        let mut s = String::new();
        let _ = write!(
            s,
            "{:.*e}",
            sig.saturating_sub(1).min(EXACT_DIGITS),
            x.abs()
        );
        Digits::from_text(&s)
    }

    /// `|x|` correctly rounded to `frac` digits after the point.
    pub fn fixed(x: f64, frac: usize) -> Digits {
        let mut s = String::new();
        let _ = write!(s, "{:.*}", frac.min(EXACT_DIGITS), x.abs());
        Digits::from_text(&s)
    }
}

/// How the digits are laid out (CPython's format codes 'e', 'f', 'g', 'r').
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Layout {
    Exp,
    Fixed,
    General,
    Repr,
}

/// Options for [`layout`].
pub(super) struct LayoutOpts {
    pub mode: Layout,
    /// Digits after the point ('e', 'f') or significant digits ('g').
    pub precision: i32,
    /// '#': keep a trailing point and, for 'g', trailing zeros.
    pub alternate: bool,
    /// Write integral values as `1.0` rather than `1` (repr, no-type).
    pub add_dot_0: bool,
    pub upper: bool,
}

/// Write `d` (sign `neg`) to `out` with CPython's rules: choose between
/// fixed and exponent notation, pad with zeros, place the point.
pub(super) fn layout(neg: bool, d: &Digits, o: &LayoutOpts, out: &mut String) {
    // Zero is the single digit 0 with the point after it.
    let zero = [b'0'];
    let (digits, mut decpt): (&[u8], i32) = if d.digits.is_empty() {
        (&zero, 1)
    } else {
        (&d.digits, d.decpt)
    };
    let n = digits.len() as i32;
    let mut use_exp = false;
    let mut end = n;
    match o.mode {
        Layout::Exp => {
            use_exp = true;
            end = o.precision + 1;
        }
        Layout::Fixed => end = decpt + o.precision,
        Layout::General => {
            let limit = if o.add_dot_0 {
                o.precision - 1
            } else {
                o.precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if o.alternate {
                end = o.precision;
            }
        }
        Layout::Repr => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && o.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    end = end.max(min_end).max(n);
    if neg {
        out.push('-');
    }
    let mut last_was_point = false;
    for i in start..end {
        if i == decpt {
            out.push('.');
        }
        let c = if (0..n).contains(&i) {
            digits[i as usize]
        } else {
            b'0'
        };
        out.push(c as char);
        last_was_point = false;
    }
    if decpt == end {
        out.push('.');
        last_was_point = true;
    }
    if last_was_point && !o.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if o.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        let _ = write!(out, "{e}");
    }
}

/// `repr(x)` (and `str(x)`) exactly as CPython 3: the shortest digits that
/// read back as `x`, in exponent form below 1e-4 or from 1e16 up.
pub fn repr_f64(x: f64, out: &mut String) {
    if x.is_nan() {
        out.push_str("nan");
        return;
    }
    if x.is_infinite() {
        out.push_str(if x > 0.0 { "inf" } else { "-inf" });
        return;
    }
    let opts = LayoutOpts {
        mode: Layout::Repr,
        precision: 0,
        alternate: false,
        add_dot_0: true,
        upper: false,
    };
    layout(x.is_sign_negative(), &Digits::shortest(x), &opts, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x: f64) -> String {
        let mut s = String::new();
        repr_f64(x, &mut s);
        s
    }

    #[test]
    fn repr_examples() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123.0, "123.0"),
            (1.5e300, "1.5e+300"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.1, "0.1"),
            (-2.5e-7, "-2.5e-07"),
            (1e23, "1e+23"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            // Exactly halfway between ...774.2 and ...774.3: even wins.
            (1141362113067774.0 + 0.25, "1141362113067774.2"),
            (1141362113067774.0 + 0.75, "1141362113067774.8"),
        ];
        for &(x, want) in cases {
            assert_eq!(r(x), want);
        }
    }
}
