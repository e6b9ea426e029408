//! `ustruct` / `struct`: calcsize, pack, pack_into, unpack, unpack_from.
//!
//! The formats MicroPython 1.8.3 documents: byte order prefixes `@ < > !`
//! and codes `b B h H i I l L q Q s P f d` with repeat counts. As 1.8.3
//! does, integers are stored modulo 2**bits (no range check) and `unpack`
//! accepts a buffer longer than the format needs. Every error is a
//! ValueError or TypeError: 1.8.3 has no `struct.error`.

use crate::num::BigInt;
use crate::object::{type_of, PyResult, VARARGS};
use crate::objects::bytes::buffer_of;
use crate::objects::float;
use crate::objects::int;
use crate::objects::int::big;
use crate::objects::module;
use crate::objects::str as pystr;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::vec::Vec;

/// One `<count><code>` of a format.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    align: usize,
}

/// A parsed format: byte order, whether sizes/alignment are native, items.
struct Format {
    native: bool,
    little: bool,
    items: Vec<Item>,
}

impl Format {
    /// Bytes needed, with native alignment padding before each item.
    #[inline(never)]
    fn size(&self) -> Option<usize> {
        let mut off = 0usize;
        for it in &self.items {
            if self.native {
                off = off.checked_add(it.align - 1)? / it.align * it.align;
            }
            off = off.checked_add(it.size.checked_mul(it.count)?)?;
        }
        Some(off)
    }

    /// Python values the format packs or unpacks (`4s` is one value).
    fn values(&self) -> usize {
        self.items
            .iter()
            .map(|it| if it.code == b's' { 1 } else { it.count })
            .sum()
    }
}

/// Size and alignment of a code in native (`@`) or standard mode.
fn code_size(code: u8, native: bool) -> Option<(usize, usize)> {
    let word = core::mem::size_of::<usize>();
    let s = match code {
        b'b' | b'B' | b's' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                word
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'P' if native => word,
        _ => return None,
    };
    Some((s, s))
}

fn format_bytes(vm: &mut Vm, f: Value) -> PyResult<&'static [u8]> {
    if pystr::is_str(f) || pystr::is_bytes(f) {
        return Ok(pystr::as_bytes(f).unwrap_or(b""));
    }
    Err(vm.type_error(format_args!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        vm.type_name(f)
    )))
}

fn parse(vm: &mut Vm, f: Value) -> PyResult<Format> {
    let s = format_bytes(vm, f)?;
    let (native, little, rest) = match s.first() {
        Some(b'<') => (false, true, &s[1..]),
        Some(b'>') | Some(b'!') => (false, false, &s[1..]),
        Some(b'@') => (true, cfg!(target_endian = "little"), &s[1..]),
        _ => (true, cfg!(target_endian = "little"), s),
    };
    let mut items = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        let mut count: Option<usize> = None;
        while i < rest.len() && rest[i].is_ascii_digit() {
            let d = (rest[i] - b'0') as usize;
            count = count
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|c| c.checked_add(d));
            if count.is_none() {
                return Err(vm.value_error(format_args!("total struct size too long")));
            }
            i += 1;
        }
        let Some(&code) = rest.get(i) else {
            return Err(vm.value_error(format_args!("repeat count given without format specifier")));
        };
        i += 1;
        let Some((size, align)) = code_size(code, native) else {
            return Err(vm.value_error(format_args!("bad char in struct format")));
        };
        items.push(Item {
            code,
            count: count.unwrap_or(1),
            size,
            align,
        });
    }
    let fmt = Format {
        native,
        little,
        items,
    };
    if fmt.size().is_none() {
        return Err(vm.value_error(format_args!("total struct size too long")));
    }
    Ok(fmt)
}

fn calcsize(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fmt = parse(vm, a[0])?;
    int::from_i64(vm, fmt.size().unwrap_or(0) as i64)
}

// --- packing -----------------------------------------------------------------

/// The low 64 bits (two's complement) of an int argument.
fn int_bits(vm: &mut Vm, v: Value) -> PyResult<u64> {
    let iv = if int::is_int(v) || type_of(v).is_user() {
        crate::runtime::args::index_value(vm, v)?
    } else {
        return Err(vm.type_error(format_args!("can't convert {} to int", vm.type_name(v))));
    };
    if let Some(i) = int::as_i64(iv) {
        return Ok(i as u64);
    }
    let low = big::to_bigint(iv).and(&BigInt::from_u64(u64::MAX));
    Ok(low.to_u64().unwrap_or(0))
}

fn put(out: &mut [u8], bits: u64, little: bool) {
    let n = out.len();
    for (k, o) in out.iter_mut().enumerate() {
        let shift = if little { k } else { n - 1 - k };
        *o = (bits >> (8 * shift)) as u8;
    }
}

/// Pack `args` by `fmt` into a fresh byte vector of the format's size.
fn pack_values(vm: &mut Vm, fmt: &Format, args: &[Value]) -> PyResult<Vec<u8>> {
    let want = fmt.values();
    if args.len() != want {
        return Err(vm.value_error(format_args!(
            "pack expected {} items for packing (got {})",
            want,
            args.len()
        )));
    }
    let total = fmt.size().unwrap_or(0);
    if total > vm.heap.total_bytes() {
        return Err(vm.out_of_memory());
    }
    let mut out = alloc::vec![0u8; total];
    let mut off = 0usize;
    let mut ai = 0usize;
    for it in &fmt.items {
        if fmt.native {
            off = off.div_ceil(it.align) * it.align;
        }
        if it.code == b's' {
            let v = args[ai];
            ai += 1;
            let Some(data) = buffer_of(v) else {
                return Err(vm.type_error(format_args!("argument for 's' must be a bytes object")));
            };
            let n = data.len().min(it.count);
            out[off..off + n].copy_from_slice(&data[..n]);
            off += it.count;
            continue;
        }
        for _ in 0..it.count {
            let v = args[ai];
            ai += 1;
            let bits = match it.code {
                b'f' | b'd' => {
                    let Some(x) = float::to_f64(vm, v)? else {
                        return Err(vm.type_error(format_args!(
                            "can't convert {} to float",
                            vm.type_name(v)
                        )));
                    };
                    if it.code == b'f' {
                        (x as f32).to_bits() as u64
                    } else {
                        x.to_bits()
                    }
                }
                _ => int_bits(vm, v)?,
            };
            put(&mut out[off..off + it.size], bits, fmt.little);
            off += it.size;
        }
    }
    Ok(out)
}

fn pack(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fmt = parse(vm, a[0])?;
    let out = pack_values(vm, &fmt, &a[1..])?;
    pystr::new_bytes(vm, &out)
}

/// A start offset in a buffer of `len` bytes; negative counts from the end.
fn offset_in(vm: &mut Vm, off: Value, len: usize) -> PyResult<usize> {
    let o = int::to_index(vm, off)?;
    if o >= 0 {
        return Ok(o as usize);
    }
    if o.unsigned_abs() > len {
        return Err(vm.value_error(format_args!(
            "offset {} out of range for {}-byte buffer",
            o, len
        )));
    }
    Ok(len - o.unsigned_abs())
}

fn pack_into(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fmt = parse(vm, a[0])?;
    let buf = a[1];
    let writable = buf.is_obj()
        && type_of(buf)
            .buffer
            .and_then(|f| f(buf))
            .is_some_and(|(_, _, w)| w);
    if !writable {
        return Err(vm.type_error(format_args!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(buf)
        )));
    }
    // Convert the values first: an __index__ method could resize the buffer.
    let out = pack_values(vm, &fmt, &a[3..])?;
    let len = buffer_of(buf).map_or(0, |b| b.len());
    let off = offset_in(vm, a[2], len)?;
    if off.checked_add(out.len()).is_none_or(|end| end > len) {
        return Err(vm.value_error(format_args!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            off.saturating_add(out.len()),
            out.len(),
            off,
            len
        )));
    }
    if let Some((p, _, _)) = type_of(buf).buffer.and_then(|f| f(buf)) {
        unsafe { core::ptr::copy_nonoverlapping(out.as_ptr(), p.add(off), out.len()) };
    }
    Ok(Value::NONE)
}

// --- unpacking ---------------------------------------------------------------

fn get(src: &[u8], little: bool) -> u64 {
    let mut v = 0u64;
    for k in 0..src.len() {
        let b = if little {
            src[src.len() - 1 - k]
        } else {
            src[k]
        };
        v = (v << 8) | b as u64;
    }
    v
}

#[inline(never)]
fn unpack_at(vm: &mut Vm, f: Value, data: Value, off: Option<Value>) -> PyResult<Value> {
    let fmt = parse(vm, f)?;
    let Some(buf) = buffer_of(data) else {
        return Err(vm.type_error(format_args!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(data)
        )));
    };
    let start = match off {
        Some(o) => offset_in(vm, o, buf.len())?,
        None => 0,
    };
    let need = fmt.size().unwrap_or(0);
    // Like MicroPython 1.8.3, unpack only needs a buffer big enough.
    if start.checked_add(need).is_none_or(|end| end > buf.len()) {
        return Err(vm.value_error(format_args!(
            "unpack requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            start.saturating_add(need),
            need,
            start,
            buf.len()
        )));
    }
    let (t, slots) = crate::objects::tuple::new_tuple_uninit(vm, fmt.values())?;
    let mut off = start;
    let mut si = 0usize;
    for it in &fmt.items {
        if fmt.native {
            off = (off - start).div_ceil(it.align) * it.align + start;
        }
        if it.code == b's' {
            // Re-read the buffer: allocating may not move it, but keep the
            // borrow short and obvious.
            let src = &buffer_of(data).unwrap_or(b"")[off..off + it.count];
            slots[si] = pystr::new_bytes(vm, src)?;
            si += 1;
            off += it.count;
            continue;
        }
        for _ in 0..it.count {
            let src = &buffer_of(data).unwrap_or(b"")[off..off + it.size];
            let bits = get(src, fmt.little);
            let sign_shift = 64 - 8 * it.size as u32;
            slots[si] = match it.code {
                b'f' => float::new_float(vm, f32::from_bits(bits as u32) as f64)?,
                b'd' => float::new_float(vm, f64::from_bits(bits))?,
                b'b' | b'h' | b'i' | b'l' | b'q' => {
                    int::from_i64(vm, ((bits << sign_shift) as i64) >> sign_shift)?
                }
                _ => {
                    if bits <= i64::MAX as u64 {
                        int::from_i64(vm, bits as i64)?
                    } else {
                        big::from_bigint(vm, &BigInt::from_u64(bits))?
                    }
                }
            };
            si += 1;
            off += it.size;
        }
    }
    Ok(t)
}

fn unpack(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    unpack_at(vm, a[0], a[1], None)
}

fn unpack_from(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::check_kw(vm, "unpack_from", kw, &[q::offset])?;
    if a.len() < 2 {
        return Err(vm.type_error(format_args!(
            "unpack_from() missing required argument 'buffer' (pos 2)"
        )));
    }
    if a.len() > 3 || (a.len() == 3 && !kw.is_empty()) {
        return Err(vm.type_error(format_args!(
            "unpack_from() takes at most 3 arguments ({} given)",
            a.len() + kw.len() / 2
        )));
    }
    let off = crate::runtime::args::arg_or_kw(a, 2, kw, q::offset);
    unpack_at(vm, a[0], a[1], off)
}

builtin_fn!(CALCSIZE, q::calcsize, 1, 1, calcsize);
builtin_fn!(PACK, q::pack, 1, VARARGS, pack);
builtin_fn!(PACK_INTO, q::pack_into, 3, VARARGS, pack_into);
builtin_fn!(UNPACK, q::unpack, 2, 2, unpack);
builtin_fn!(UNPACK_FROM, q::unpack_from, 0, 3, unpack_from, kw);

static STRUCT_TABLE: &[(Qstr, Value)] = &[
    entry!(q::calcsize, fn CALCSIZE),
    entry!(q::pack, fn PACK),
    entry!(q::pack_into, fn PACK_INTO),
    entry!(q::unpack, fn UNPACK),
    entry!(q::unpack_from, fn UNPACK_FROM),
];

pub fn make_struct(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    module::from_table(vm, name, STRUCT_TABLE)
}
