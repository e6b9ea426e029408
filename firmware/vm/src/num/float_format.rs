//! The float conversions of the format mini-language (`format(x, spec)`,
//! `str.format`, and `%`-formatting): 'e', 'E', 'f', 'F', 'g', 'G', 'n',
//! '%' and no type. Width, fill, alignment, explicit sign and grouping are
//! the caller's; this writes the digits, a leading `-` when negative, and
//! the exponent or `%` suffix.

use super::float_repr::{layout, Digits, Layout, LayoutOpts};
use alloc::string::String;

/// The presentation type of a float format spec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FloatType {
    /// No type: `repr` without a precision, else like 'g' but never
    /// printing an integral value without a `.0` or exponent.
    None,
    /// 'e' / 'E'.
    Exp { upper: bool },
    /// 'f' / 'F'.
    Fixed { upper: bool },
    /// 'g' / 'G' (and 'n', which is 'g' without locale support).
    General { upper: bool },
    /// '%': multiply by 100, 'f', append '%'.
    Percent,
}

impl FloatType {
    /// The type for a format character, or `None` if floats do not
    /// support it (the caller raises `ValueError`).
    pub fn from_char(c: char) -> Option<FloatType> {
        Some(match c {
            'e' => FloatType::Exp { upper: false },
            'E' => FloatType::Exp { upper: true },
            'f' => FloatType::Fixed { upper: false },
            'F' => FloatType::Fixed { upper: true },
            'g' | 'n' => FloatType::General { upper: false },
            'G' => FloatType::General { upper: true },
            '%' => FloatType::Percent,
            _ => return None,
        })
    }
}

/// The parts of a format spec that change the digits.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct FloatSpec {
    pub ty: FloatType,
    /// `.N`; `None` means the type's default (6, or repr for no type).
    pub precision: Option<usize>,
    /// The `#` flag.
    pub alternate: bool,
}

/// Precisions are capped so an absurd `.N` cannot overflow `i32`
/// arithmetic; CPython itself refuses far smaller ones.
const MAX_PRECISION: usize = 1 << 20;

/// Format `x` per `spec`, appending to `out`. Negative values (including
/// `-0.0` and `-inf`) get a leading `-`; NaN never does.
pub fn format_f64(x: f64, spec: &FloatSpec, out: &mut String) {
    let (upper, percent) = match spec.ty {
        FloatType::Exp { upper } | FloatType::Fixed { upper } | FloatType::General { upper } => {
            (upper, false)
        }
        FloatType::None => (false, false),
        FloatType::Percent => (false, true),
    };
    // CPython scales in floating point, so 1.1 * 100 rounds first.
    let x = if percent { x * 100.0 } else { x };
    if !x.is_finite() {
        let word = if x.is_nan() {
            "nan"
        } else if x > 0.0 {
            "inf"
        } else {
            "-inf"
        };
        if upper {
            out.extend(word.chars().map(|c| c.to_ascii_uppercase()));
        } else {
            out.push_str(word);
        }
        if percent {
            out.push('%');
        }
        return;
    }
    let neg = x.is_sign_negative();
    let p = spec.precision.map(|p| p.min(MAX_PRECISION));
    let (mode, precision, digits, add_dot_0) = match (spec.ty, p) {
        (FloatType::None, None) => (Layout::Repr, 0, Digits::shortest(x), true),
        (FloatType::None, Some(p)) | (FloatType::General { .. }, Some(p)) => {
            let p = p.max(1);
            let dot0 = spec.ty == FloatType::None;
            (Layout::General, p, Digits::significant(x, p), dot0)
        }
        (FloatType::General { .. }, None) => (Layout::General, 6, Digits::significant(x, 6), false),
        (FloatType::Exp { .. }, p) => {
            let p = p.unwrap_or(6);
            (Layout::Exp, p, Digits::significant(x, p + 1), false)
        }
        (FloatType::Fixed { .. } | FloatType::Percent, p) => {
            let p = p.unwrap_or(6);
            (Layout::Fixed, p, Digits::fixed(x, p), false)
        }
    };
    let opts = LayoutOpts {
        mode,
        precision: precision as i32,
        alternate: spec.alternate,
        add_dot_0,
        upper,
    };
    layout(neg, &digits, &opts, out);
    if percent {
        out.push('%');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, ty: char, precision: Option<usize>, alternate: bool) -> String {
        let ty = if ty == ' ' {
            FloatType::None
        } else {
            FloatType::from_char(ty).unwrap()
        };
        let mut s = String::new();
        format_f64(
            x,
            &FloatSpec {
                ty,
                precision,
                alternate,
            },
            &mut s,
        );
        s
    }

    #[test]
    fn exact_rounding_examples() {
        assert_eq!(f(2.675, 'f', Some(2), false), "2.67");
        assert_eq!(f(0.25, 'f', Some(1), false), "0.2");
        assert_eq!(f(1e22, 'f', None, false), "10000000000000000000000.000000");
        assert_eq!(f(0.1, 'g', Some(17), false), "0.10000000000000001");
        assert_eq!(f(0.0, 'e', None, false), "0.000000e+00");
        assert_eq!(f(-0.0, 'f', Some(0), false), "-0");
        assert_eq!(f(1.5, 'e', Some(0), true), "2.e+00");
        assert_eq!(f(1.0, ' ', Some(1), false), "1e+00");
        assert_eq!(f(100.0, ' ', Some(5), false), "100.0");
        assert_eq!(f(123456.0, 'G', Some(3), false), "1.23E+05");
        assert_eq!(f(0.5, '%', Some(1), false), "50.0%");
        assert_eq!(f(f64::INFINITY, 'F', None, false), "INF");
        assert_eq!(f(-f64::NAN, 'f', None, false), "nan");
        assert_eq!(f(1e-5, 'g', None, false), "1e-05");
        assert_eq!(f(1.0, 'g', None, true), "1.00000");
        assert_eq!(f(1.0, ' ', None, false), "1.0");
    }
}
