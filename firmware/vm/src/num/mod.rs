//! The numeric core: arbitrary-precision integers, float text conversion,
//! float arithmetic edge rules and numeric hashing, all with CPython's
//! observable behaviour.
//!
//! Everything here is plain data in, plain data out: no interpreter objects,
//! no allocation beyond `alloc`'s `Vec`/`String`, and no panics on any input.
//! Errors carry the exception kind and CPython's message so the object layer
//! only has to map [`NumError`] onto its exception types.
//!
//! Layout:
//! - [`bigint`]: the [`BigInt`] type, construction, comparison, add/sub.
//! - `bigint_mul`: multiplication (schoolbook + Karatsuba), `pow`, `pow_mod`.
//! - `bigint_div`: Knuth's algorithm D, floor division, `round(int, n)`.
//! - `bigint_bits`: shifts and two's-complement bitwise operators.
//! - `bigint_float`: exact and correctly rounded int <-> float conversion.
//! - `bigint_bytes`: `int.from_bytes`, `int.to_bytes`.
//! - `bigint_text`: `to_str_radix` and decimal `Display`.
//! - [`parse`]: `int(str, base)` and `float(str)`.
//! - [`float_repr`]: `repr(float)` (shortest round-trip digits).
//! - [`float_format`]: the format mini-language conversions for floats.
//! - [`float_ops`]: `//`, `%`, `divmod`, `**`, `round` for floats.
//! - [`hash`]: CPython's numeric hash (equal numbers hash equal).

pub mod bigint;
mod bigint_bits;
mod bigint_bytes;
mod bigint_div;
mod bigint_float;
mod bigint_mul;
mod bigint_text;
pub mod float_format;
pub mod float_ops;
pub mod float_repr;
pub mod hash;
pub mod parse;

pub use bigint::BigInt;
pub use bigint_bytes::{MSG_INT_TOO_BIG_BYTES, MSG_NEG_UNSIGNED};
pub use bigint_float::cmp_int_float;
pub use bigint_mul::MAX_POW_BITS;
pub use float_format::{format_f64, FloatSpec, FloatType};
pub use float_ops::{
    float_div, float_divmod, float_floordiv, float_mod, float_pow, float_to_int, round_f64,
    round_half_even,
};
pub use float_repr::repr_f64;
pub use hash::{hash_f64, hash_i64};
pub use parse::{parse_f64, parse_int, ParseIntError};

/// Why a numeric operation failed, as the Python exception it raises.
///
/// The message is CPython's (3.4 wording where it differs from later
/// versions), so the object layer can raise the exception unchanged.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NumError {
    /// `ZeroDivisionError(msg)`.
    ZeroDivision(&'static str),
    /// `OverflowError(msg)`.
    Overflow(&'static str),
    /// `ValueError(msg)`.
    Value(&'static str),
    /// `MemoryError`: the result would be absurdly large.
    Memory,
    /// Not an error in Python: a negative float raised to a non-integer
    /// power gives a complex number, which the caller must compute.
    ComplexResult,
}

impl NumError {
    /// The exception message (empty for [`NumError::Memory`] and
    /// [`NumError::ComplexResult`]).
    pub fn message(&self) -> &'static str {
        match self {
            NumError::ZeroDivision(m) | NumError::Overflow(m) | NumError::Value(m) => m,
            NumError::Memory | NumError::ComplexResult => "",
        }
    }
}

/// `int / int` or `int // int` etc. by zero.
pub const MSG_INT_ZERO_DIV: &str = "integer division or modulo by zero";
/// `int / 0`.
pub const MSG_TRUE_ZERO_DIV: &str = "division by zero";
/// Int too large for `float(n)`.
pub const MSG_INT_TOO_LARGE_FLOAT: &str = "int too large to convert to float";
/// `int / int` whose quotient does not fit a float.
pub const MSG_DIV_TOO_LARGE: &str = "integer division result too large for a float";
/// `int(float('inf'))`.
pub const MSG_FLOAT_INF_TO_INT: &str = "cannot convert float infinity to integer";
/// `int(float('nan'))`.
pub const MSG_FLOAT_NAN_TO_INT: &str = "cannot convert float NaN to integer";
