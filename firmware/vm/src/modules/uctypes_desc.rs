//! `uctypes` layout descriptors: decoding the integers and tuples of a
//! descriptor dict, and the sizes they give. No VM needed (the buffer slot
//! of a struct object uses it), so errors are a small enum turned into
//! Python exceptions by the caller.
//!
//! The encoding is MicroPython 1.8.3's, in a 32-bit signed word:
//! scalar fields `type << 27 | offset` (offset 27 bits), bitfields
//! `type << 27 | len << 22 | pos << 17 | offset` (offset 17 bits), and the
//! first item of an aggregate tuple `kind << 29 | offset` (kind: 0 struct,
//! 1 pointer, 2 array). The type and kind are stored so that the top bit
//! lands on bit 30, the sign bit of a 31-bit small int: some constants are
//! negative, and every value fits a small int on the 32-bit board.

use crate::objects::dict;
use crate::objects::int;
use crate::objects::tuple;
use crate::value::Value;

// Scalar types (4 bits). Bit 0 = signed; the size is 1 << (type >> 1).
pub const UINT8: u32 = 0;
pub const INT8: u32 = 1;
pub const UINT16: u32 = 2;
pub const INT16: u32 = 3;
pub const UINT32: u32 = 4;
pub const INT32: u32 = 5;
pub const UINT64: u32 = 6;
pub const INT64: u32 = 7;
pub const BFUINT8: u32 = 8;
pub const BFINT8: u32 = 9;
pub const BFUINT16: u32 = 10;
pub const BFINT16: u32 = 11;
pub const BFUINT32: u32 = 12;
pub const BFINT32: u32 = 13;
pub const FLOAT32: u32 = 14;
pub const FLOAT64: u32 = 15;

// Aggregate kinds (2 bits), in the first item of a tuple.
pub const AGG_STRUCT: u32 = 0;
pub const AGG_PTR: u32 = 1;
pub const AGG_ARRAY: u32 = 2;

pub const BF_POS: u32 = 17;
pub const BF_LEN: u32 = 22;

pub const LAYOUT_LITTLE: usize = 0;
pub const LAYOUT_BIG: usize = 1;
pub const LAYOUT_NATIVE: usize = 2;

/// The user-visible value of scalar type `t` (`uctypes.UINT32` ...).
pub const fn type_const(t: u32) -> isize {
    (((t << 28) as i32) >> 1) as isize
}

/// The user-visible value of aggregate kind `k` (`uctypes.PTR`, `ARRAY`).
pub const fn agg_const(k: u32) -> isize {
    (((k << 30) as i32) >> 1) as isize
}

const PTR_SIZE: usize = core::mem::size_of::<usize>();
/// Nesting deeper than this is taken for a descriptor that contains itself.
const MAX_DEPTH: u32 = 32;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DescError {
    /// Not a descriptor: TypeError "syntax error in uctypes descriptor".
    Syntax,
    /// `sizeof` of a plain int: the type is lost once a field is read.
    ScalarSizeof,
    /// A bitfield wider than its container: ValueError.
    Bitfield,
    /// Sizes that overflow the address space: OverflowError.
    TooBig,
    /// A descriptor nested in itself: RuntimeError.
    TooDeep,
}

/// What an array holds or a pointer points to.
#[derive(Clone, Copy)]
pub enum Elem {
    Scalar(u32),
    Struct(Value),
}

/// One decoded descriptor entry.
#[derive(Clone, Copy)]
pub enum Field {
    Scalar {
        ty: u32,
        offset: usize,
    },
    Bitfield {
        ty: u32,
        offset: usize,
        pos: u32,
        len: u32,
    },
    Struct {
        offset: usize,
        desc: Value,
    },
    Array {
        offset: usize,
        count: usize,
        elem: Elem,
    },
    Ptr {
        offset: usize,
        target: Elem,
    },
}

impl Field {
    pub fn offset(&self) -> usize {
        match *self {
            Field::Scalar { offset, .. }
            | Field::Bitfield { offset, .. }
            | Field::Struct { offset, .. }
            | Field::Array { offset, .. }
            | Field::Ptr { offset, .. } => offset,
        }
    }
}

/// Bytes of a scalar (or a bitfield's container) of type `t`.
pub fn scalar_size(t: u32) -> usize {
    match t {
        FLOAT32 => 4,
        FLOAT64 => 8,
        _ => 1 << ((t & 7) >> 1),
    }
}

pub fn is_bitfield(t: u32) -> bool {
    (BFUINT8..=BFINT32).contains(&t)
}

/// An int that fits the 32-bit encoding, as its bits.
fn word(v: Value) -> Result<u32, DescError> {
    match int::as_i64(v) {
        Some(i) if (i32::MIN as i64..=u32::MAX as i64).contains(&i) => Ok(i as u32),
        _ => Err(DescError::Syntax),
    }
}

fn type_of_word(w: u32) -> u32 {
    (w >> 27) & 15
}

#[inline(never)]
pub fn is_struct_desc(v: Value) -> bool {
    dict::is_dict(v)
}

/// A scalar type given alone (array items, pointer targets): no bitfields.
fn elem_scalar(w: u32) -> Result<u32, DescError> {
    let t = type_of_word(w);
    if is_bitfield(t) {
        return Err(DescError::Syntax);
    }
    Ok(t)
}

/// Decode one descriptor value (an int or a tuple).
pub fn field(v: Value) -> Result<Field, DescError> {
    if int::is_int(v) {
        let w = word(v)?;
        let ty = type_of_word(w);
        if is_bitfield(ty) {
            let pos = (w >> BF_POS) & 31;
            let len = (w >> BF_LEN) & 31;
            if pos + len > scalar_size(ty) as u32 * 8 {
                return Err(DescError::Bitfield);
            }
            return Ok(Field::Bitfield {
                ty,
                offset: (w & 0x1_ffff) as usize,
                pos,
                len,
            });
        }
        return Ok(Field::Scalar {
            ty,
            offset: (w & 0x07ff_ffff) as usize,
        });
    }
    if !tuple::is_tuple(v) {
        return Err(DescError::Syntax);
    }
    let items = tuple::items(v);
    let (first, rest) = match items {
        [first, rest @ ..] if !rest.is_empty() && rest.len() <= 2 => (*first, rest),
        _ => return Err(DescError::Syntax),
    };
    let w = word(first)?;
    let offset = (w & 0x1fff_ffff) as usize;
    match ((w >> 29) & 3, rest) {
        (AGG_STRUCT, [d]) if is_struct_desc(*d) => Ok(Field::Struct { offset, desc: *d }),
        (AGG_PTR, [t]) if is_struct_desc(*t) => Ok(Field::Ptr {
            offset,
            target: Elem::Struct(*t),
        }),
        (AGG_PTR, [t]) if int::is_int(*t) => Ok(Field::Ptr {
            offset,
            target: Elem::Scalar(elem_scalar(word(*t)?)?),
        }),
        (AGG_ARRAY, [n]) if int::is_int(*n) => {
            let w = word(*n)?;
            Ok(Field::Array {
                offset,
                count: (w & 0x07ff_ffff) as usize,
                elem: Elem::Scalar(elem_scalar(w)?),
            })
        }
        (AGG_ARRAY, [n, d]) if is_struct_desc(*d) => match int::as_i64(*n) {
            Some(count) if (0..=0x07ff_ffff).contains(&count) => Ok(Field::Array {
                offset,
                count: count as usize,
                elem: Elem::Struct(*d),
            }),
            _ => Err(DescError::Syntax),
        },
        _ => Err(DescError::Syntax),
    }
}

/// (size, alignment) of a struct descriptor (a dict) or of a field
/// descriptor (a tuple: an array or pointer object).
pub fn size_align(desc: Value, layout: usize, depth: u32) -> Result<(usize, usize), DescError> {
    if depth > MAX_DEPTH {
        return Err(DescError::TooDeep);
    }
    if tuple::is_tuple(desc) {
        return field_size(&field(desc)?, layout, depth + 1);
    }
    if int::is_int(desc) {
        return Err(DescError::ScalarSizeof);
    }
    if !is_struct_desc(desc) {
        return Err(DescError::Syntax);
    }
    let mut total = 0usize;
    let mut align = 1usize;
    let mut pos = 0;
    while let Some((_, v)) = dict::next_entry(desc, &mut pos) {
        let f = field(v)?;
        let (s, a) = field_size(&f, layout, depth + 1)?;
        let end = f.offset().checked_add(s).ok_or(DescError::TooBig)?;
        total = total.max(end);
        align = align.max(a);
    }
    if layout == LAYOUT_NATIVE {
        // Whole structs repeat in arrays: round up like a C compiler.
        total = total
            .checked_next_multiple_of(align)
            .ok_or(DescError::TooBig)?;
    }
    Ok((total, align))
}

/// Bytes one element of `e` takes (its stride in an array or through a
/// pointer), and its alignment.
pub fn elem_size(e: Elem, layout: usize, depth: u32) -> Result<(usize, usize), DescError> {
    match e {
        Elem::Scalar(t) => Ok((scalar_size(t), scalar_size(t))),
        Elem::Struct(d) => size_align(d, layout, depth + 1),
    }
}

pub fn field_size(f: &Field, layout: usize, depth: u32) -> Result<(usize, usize), DescError> {
    match *f {
        Field::Scalar { ty, .. } | Field::Bitfield { ty, .. } => {
            Ok((scalar_size(ty), scalar_size(ty)))
        }
        Field::Struct { desc, .. } => size_align(desc, layout, depth + 1),
        Field::Ptr { .. } => Ok((PTR_SIZE, PTR_SIZE)),
        Field::Array { count, elem, .. } => {
            let (s, a) = elem_size(elem, layout, depth)?;
            Ok((s.checked_mul(count).ok_or(DescError::TooBig)?, a))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_round_trip_through_the_decoding() {
        for t in 0..16 {
            let w = (type_const(t) as i32 | 12) as u32;
            assert_eq!(type_of_word(w), t);
        }
        assert_eq!(type_const(UINT32), 0x2000_0000);
        assert_eq!(type_const(BFUINT8), -0x4000_0000);
        assert_eq!(agg_const(AGG_PTR), 0x2000_0000);
        assert_eq!(agg_const(AGG_ARRAY), -0x4000_0000);
        let arr = agg_const(AGG_ARRAY) as i32 as u32 | 6;
        assert_eq!((arr >> 29) & 3, AGG_ARRAY);
        assert_eq!(arr & 0x1fff_ffff, 6);
    }

    #[test]
    fn scalar_sizes() {
        let sizes: [usize; 16] = [1, 1, 2, 2, 4, 4, 8, 8, 1, 1, 2, 2, 4, 4, 4, 8];
        for (t, &s) in sizes.iter().enumerate() {
            assert_eq!(scalar_size(t as u32), s);
        }
    }
}
