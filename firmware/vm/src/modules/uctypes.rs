//! `uctypes`: C-like structures laid over raw memory, described by dicts
//! (MicroPython 1.8.3's foreign data interface).
//!
//! This is raw memory access by design: `struct(addr, ...)`, `bytes_at` and
//! `bytearray_at` read and write whatever the address names. Addresses from
//! `addressof()` of a live buffer are safe; any other integer address is the
//! user's responsibility, on the host as on the board (registers, memory-mapped
//! devices). What can be checked is: bad descriptors (TypeError/ValueError),
//! array indexes (IndexError), values (TypeError), and on hosted ports the
//! never-mapped null page (ValueError instead of a crash).

use super::uctypes_desc as desc;

use crate::num::BigInt;
use crate::object::{AttrOp, ObjBase, PyResult, TypeObj};
use crate::objects::bytes::{ByteArray, BYTEARRAY_TYPE};
use crate::objects::float;
use crate::objects::int;
use crate::objects::int::big;
use crate::objects::module;
use crate::runtime::exc;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;
use core::fmt::Write as _;
use desc::{DescError, Elem, Field};

/// A structure (or array, or pointer) at a fixed address.
#[repr(C)]
pub struct StructObj {
    pub base: ObjBase,
    /// A dict (a structure), or a field tuple (an array or a pointer).
    pub desc: Value,
    /// A plain word: when it points into the heap, the conservative GC
    /// keeps the buffer alive as long as the struct object is.
    pub addr: usize,
    pub layout: usize,
}

pub static STRUCT_TYPE: TypeObj = TypeObj {
    print: Some(struct_print),
    new: Some(struct_new),
    attr: Some(struct_attr),
    subscr: Some(struct_subscr),
    buffer: Some(struct_buffer),
    ..TypeObj::builtin(q::r#struct)
};

fn sobj(v: Value) -> &'static StructObj {
    unsafe { &*v.as_ptr::<StructObj>() }
}

fn is_struct(v: Value) -> bool {
    v.is_obj() && crate::object::is_type(v, &STRUCT_TYPE)
}

fn new_struct(vm: &mut Vm, desc: Value, addr: usize, layout: usize) -> PyResult<Value> {
    vm.alloc(StructObj {
        base: ObjBase::new(&STRUCT_TYPE),
        desc,
        addr,
        layout,
    })
}

#[cold]
fn desc_error(vm: &mut Vm, e: DescError) -> Value {
    match e {
        DescError::Syntax => vm.type_error(format_args!("syntax error in uctypes descriptor")),
        DescError::ScalarSizeof => {
            vm.type_error(format_args!("Cannot unambiguously get sizeof scalar"))
        }
        DescError::Bitfield => vm.value_error(format_args!("bitfield does not fit its container")),
        DescError::TooBig => vm.new_exc_msg(&exc::OVERFLOW_ERROR, "uctypes size too large"),
        DescError::TooDeep => {
            vm.new_exc_msg(&exc::RUNTIME_ERROR, "maximum recursion depth exceeded")
        }
    }
}

fn size_of(vm: &mut Vm, d: Value, layout: usize) -> PyResult<usize> {
    desc::size_align(d, layout, 0)
        .map(|(s, _)| s)
        .map_err(|e| desc_error(vm, e))
}

// --- integers and addresses ---------------------------------------------------------

/// An address argument: any int that fits a machine word (negative ones
/// wrap, as a C cast would).
fn arg_addr(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Some(i) = int::as_i64(v) {
        if i >= isize::MIN as i64 && (i < 0 || i as u64 <= usize::MAX as u64) {
            return Ok(i as usize);
        }
    } else if big::is_big(v) {
        if let Some(u) = big::to_bigint(v).to_u64() {
            if u <= usize::MAX as u64 {
                return Ok(u as usize);
            }
        }
    } else {
        return Err(vm.type_error(format_args!("can't convert {} to int", vm.type_name(v))));
    }
    Err(vm.new_exc_msg(
        &exc::OVERFLOW_ERROR,
        "overflow converting long int to machine word",
    ))
}

fn new_uint(vm: &mut Vm, u: u64) -> PyResult<Value> {
    match i64::try_from(u) {
        Ok(i) => int::from_i64(vm, i),
        Err(_) => big::from_bigint(vm, &BigInt::from_u64(u)),
    }
}

/// The low 64 bits of an int in two's complement (stores truncate like C).
fn int_bits(vm: &mut Vm, v: Value) -> PyResult<u64> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i as u64);
    }
    if big::is_big(v) {
        let low = big::to_bigint(v).and(&BigInt::from_u64(u64::MAX));
        return Ok(low.to_u64().unwrap_or(0));
    }
    Err(vm.type_error(format_args!("can't convert {} to int", vm.type_name(v))))
}

// --- raw memory ---------------------------------------------------------------------

/// Where user space ends on a hosted 64-bit system (x86-64: 47-bit user
/// addresses; others: 48-bit unless a program asks for more).
const HOSTED_TOP: u64 = if cfg!(target_arch = "x86_64") {
    1 << 47
} else {
    1 << 48
};

/// Hosted systems never map the first page nor kernel space: touching them
/// is a bug we can report instead of dying. On the board every address may
/// be real memory (address 0 is the vector table).
fn check_addr(vm: &mut Vm, addr: usize, size: usize) -> PyResult<()> {
    let hosted = cfg!(not(target_os = "none"));
    let end = (addr as u64).checked_add(size as u64);
    let outside =
        addr < 4096 || end.is_none() || (usize::BITS == 64 && end.is_some_and(|e| e > HOSTED_TOP));
    if hosted && size > 0 && outside {
        return Err(vm.value_error(format_args!(
            "uctypes: address {:#x} is not accessible",
            addr
        )));
    }
    Ok(())
}

/// Read `size` (1, 2, 4 or 8) bytes at `addr` in memory order. Aligned
/// fields are read with one access of their width, as device registers
/// need; unaligned ones byte by byte.
unsafe fn read_mem(addr: usize, size: usize) -> [u8; 8] {
    let mut b = [0u8; 8];
    if addr.is_multiple_of(size) {
        match size {
            1 => b[0] = core::ptr::read_volatile(addr as *const u8),
            2 => {
                b[..2].copy_from_slice(&core::ptr::read_volatile(addr as *const u16).to_ne_bytes())
            }
            4 => {
                b[..4].copy_from_slice(&core::ptr::read_volatile(addr as *const u32).to_ne_bytes())
            }
            _ => b.copy_from_slice(&core::ptr::read_volatile(addr as *const u64).to_ne_bytes()),
        }
    } else {
        for (i, x) in b.iter_mut().enumerate().take(size) {
            *x = core::ptr::read_volatile(addr.wrapping_add(i) as *const u8);
        }
    }
    b
}

unsafe fn write_mem(addr: usize, size: usize, b: &[u8; 8]) {
    if addr.is_multiple_of(size) {
        match size {
            1 => core::ptr::write_volatile(addr as *mut u8, b[0]),
            2 => core::ptr::write_volatile(addr as *mut u16, u16::from_ne_bytes([b[0], b[1]])),
            4 => core::ptr::write_volatile(
                addr as *mut u32,
                u32::from_ne_bytes([b[0], b[1], b[2], b[3]]),
            ),
            _ => core::ptr::write_volatile(addr as *mut u64, u64::from_ne_bytes(*b)),
        }
    } else {
        for (i, x) in b.iter().enumerate().take(size) {
            core::ptr::write_volatile(addr.wrapping_add(i) as *mut u8, *x);
        }
    }
}

fn big_endian(layout: usize) -> bool {
    match layout {
        desc::LAYOUT_BIG => true,
        desc::LAYOUT_LITTLE => false,
        _ => cfg!(target_endian = "big"),
    }
}

/// The unsigned integer of `size` bytes at `addr`, in the layout's byte order.
#[inline(never)]
fn load_uint(vm: &mut Vm, addr: usize, size: usize, layout: usize) -> PyResult<u64> {
    check_addr(vm, addr, size)?;
    let b = unsafe { read_mem(addr, size) };
    let mut w = [0u8; 8];
    if big_endian(layout) {
        w[8 - size..].copy_from_slice(&b[..size]);
        Ok(u64::from_be_bytes(w))
    } else {
        w[..size].copy_from_slice(&b[..size]);
        Ok(u64::from_le_bytes(w))
    }
}

#[inline(never)]
fn store_uint(vm: &mut Vm, addr: usize, size: usize, layout: usize, u: u64) -> PyResult<()> {
    check_addr(vm, addr, size)?;
    let mut b = [0u8; 8];
    if big_endian(layout) {
        b[..size].copy_from_slice(&u.to_be_bytes()[8 - size..]);
    } else {
        b[..size].copy_from_slice(&u.to_le_bytes()[..size]);
    }
    unsafe { write_mem(addr, size, &b) };
    Ok(())
}

fn sign_extend(u: u64, bits: u32) -> i64 {
    if bits == 0 {
        return 0;
    }
    let shift = 64 - bits;
    ((u << shift) as i64) >> shift
}

/// The Python value of scalar type `ty` at `addr`.
fn get_scalar(vm: &mut Vm, ty: u32, addr: usize, layout: usize) -> PyResult<Value> {
    let size = desc::scalar_size(ty);
    let u = load_uint(vm, addr, size, layout)?;
    match ty {
        desc::FLOAT32 => float::new_float(vm, f32::from_bits(u as u32) as f64),
        desc::FLOAT64 => float::new_float(vm, f64::from_bits(u)),
        _ if ty & 1 == 1 => int::from_i64(vm, sign_extend(u, size as u32 * 8)),
        _ => new_uint(vm, u),
    }
}

fn set_scalar(vm: &mut Vm, ty: u32, addr: usize, layout: usize, x: Value) -> PyResult<()> {
    let size = desc::scalar_size(ty);
    let u = match ty {
        desc::FLOAT32 => (crate::modules::math::arg_f64(vm, x)? as f32).to_bits() as u64,
        desc::FLOAT64 => crate::modules::math::arg_f64(vm, x)?.to_bits(),
        _ => int_bits(vm, x)?,
    };
    store_uint(vm, addr, size, layout, u)
}

fn bitfield_mask(len: u32) -> u64 {
    if len >= 64 {
        u64::MAX
    } else {
        (1u64 << len) - 1
    }
}

/// A bitfield: its container is read with one access of its own width,
/// then shifted; signed types (BFINT*) are sign-extended from `len` bits.
fn get_bitfield(vm: &mut Vm, f: (u32, usize, u32, u32), layout: usize) -> PyResult<Value> {
    let (ty, addr, pos, len) = f;
    let raw = load_uint(vm, addr, desc::scalar_size(ty), layout)?;
    let v = (raw >> pos) & bitfield_mask(len);
    if ty & 1 == 1 {
        int::from_i64(vm, sign_extend(v, len))
    } else {
        new_uint(vm, v)
    }
}

fn set_bitfield(vm: &mut Vm, f: (u32, usize, u32, u32), layout: usize, x: Value) -> PyResult<()> {
    let (ty, addr, pos, len) = f;
    let size = desc::scalar_size(ty);
    let new = int_bits(vm, x)? & bitfield_mask(len);
    let raw = load_uint(vm, addr, size, layout)?;
    let mask = bitfield_mask(len) << pos;
    store_uint(vm, addr, size, layout, (raw & !mask) | (new << pos))
}

/// A bytearray over `size` bytes at `addr`, sharing the memory (a later
/// append moves it to a fresh heap buffer, leaving the memory alone).
fn bytearray_by_ref(vm: &mut Vm, addr: usize, size: usize) -> PyResult<Value> {
    if size == 0 {
        return crate::objects::bytes::new_bytearray(vm, &[]);
    }
    vm.alloc(ByteArray {
        base: ObjBase::new(&BYTEARRAY_TYPE),
        len: size,
        cap: size,
        data: addr as *mut u8,
    })
}

// --- struct objects -------------------------------------------------------------------

fn arg_layout(vm: &mut Vm, v: Value) -> PyResult<usize> {
    match int::as_i64(v) {
        Some(l) if (0..=2).contains(&l) => Ok(l as usize),
        Some(_) => Err(vm.value_error(format_args!("invalid layout_type"))),
        None => Err(vm.type_error(format_args!("can't convert {} to int", vm.type_name(v)))),
    }
}

/// `uctypes.struct(addr, descriptor, layout_type=NATIVE)`.
fn struct_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::check_kw(vm, "struct", kw, &[q::addr, q::descriptor, q::layout_type])?;
    let get = |i: usize, name: Qstr| crate::runtime::args::arg_or_kw(a, i, kw, name);
    if a.len() > 3 {
        return Err(vm.type_error(format_args!(
            "function expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let (Some(addr), Some(d)) = (get(0, q::addr), get(1, q::descriptor)) else {
        return Err(vm.type_error(format_args!(
            "function missing required positional arguments"
        )));
    };
    let addr = arg_addr(vm, addr)?;
    let layout = match get(2, q::layout_type) {
        Some(l) => arg_layout(vm, l)?,
        None => desc::LAYOUT_NATIVE,
    };
    // A struct is a dict; a field tuple makes an array or pointer object.
    if !desc::is_struct_desc(d) {
        match desc::field(d) {
            Ok(Field::Array { .. } | Field::Ptr { .. }) => {}
            Ok(_) => return Err(desc_error(vm, DescError::Syntax)),
            Err(e) => return Err(desc_error(vm, e)),
        }
    }
    new_struct(vm, d, addr, layout)
}

fn struct_print(_vm: &mut Vm, v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    let s = sobj(v);
    let kind = if desc::is_struct_desc(s.desc) {
        "STRUCT"
    } else {
        match desc::field(s.desc) {
            Ok(Field::Ptr { .. }) => "PTR",
            Ok(Field::Array { .. }) => "ARRAY",
            _ => "ERROR",
        }
    };
    let _ = write!(out, "<struct {} {:x}>", kind, s.addr);
    Ok(())
}

fn struct_buffer(v: Value) -> Option<(*mut u8, usize, bool)> {
    let s = sobj(v);
    let (size, _) = desc::size_align(s.desc, s.layout, 0).ok()?;
    if size > 0 && s.addr == 0 {
        return None;
    }
    Some((s.addr as *mut u8, size, true))
}

/// `s.field` and `s.field = x`.
fn struct_attr(vm: &mut Vm, v: Value, name: Qstr, op: AttrOp) -> PyResult<Value> {
    let s = sobj(v);
    let (base, layout, d) = (s.addr, s.layout, s.desc);
    if !desc::is_struct_desc(d) {
        return Ok(Value::NULL);
    }
    let Some(fv) = crate::objects::dict::get_qstr(vm, d, name)? else {
        return Ok(Value::NULL);
    };
    let f = desc::field(fv).map_err(|e| desc_error(vm, e))?;
    let at = |off: usize| base.wrapping_add(off);
    match (f, op) {
        (_, AttrOp::Delete) => Err(vm.type_error(format_args!("can't delete struct field"))),
        (Field::Scalar { ty, offset }, AttrOp::Load) => get_scalar(vm, ty, at(offset), layout),
        (Field::Scalar { ty, offset }, AttrOp::Store(x)) => {
            set_scalar(vm, ty, at(offset), layout, x)?;
            Ok(Value::NONE)
        }
        (
            Field::Bitfield {
                ty,
                offset,
                pos,
                len,
            },
            AttrOp::Load,
        ) => get_bitfield(vm, (ty, at(offset), pos, len), layout),
        (
            Field::Bitfield {
                ty,
                offset,
                pos,
                len,
            },
            AttrOp::Store(x),
        ) => {
            set_bitfield(vm, (ty, at(offset), pos, len), layout, x)?;
            Ok(Value::NONE)
        }
        (_, AttrOp::Store(_)) => {
            Err(vm.type_error(format_args!("can't assign to an aggregate struct field")))
        }
        (Field::Struct { offset, desc }, AttrOp::Load) => new_struct(vm, desc, at(offset), layout),
        // Byte arrays come out as bytearrays sharing the memory, so they
        // work with everything that takes a buffer.
        (
            Field::Array {
                offset,
                count,
                elem: Elem::Scalar(desc::UINT8),
            },
            AttrOp::Load,
        ) => bytearray_by_ref(vm, at(offset), count),
        (Field::Array { offset, .. } | Field::Ptr { offset, .. }, AttrOp::Load) => {
            new_struct(vm, fv, at(offset), layout)
        }
    }
}

/// `arr[i]`, `arr[i] = x`, `ptr[i]` (C's `ptr[i]`, so `ptr[0]` is `*ptr`).
fn struct_subscr(vm: &mut Vm, v: Value, idx: Value, store: Option<Value>) -> PyResult<Value> {
    let s = sobj(v);
    let (base, layout, d) = (s.addr, s.layout, s.desc);
    if desc::is_struct_desc(d) {
        return Err(vm.type_error(format_args!("struct: cannot index")));
    }
    if store == Some(Value::NULL) {
        return Err(vm.type_error(format_args!(
            "'struct' object doesn't support item deletion"
        )));
    }
    if !int::is_int(idx) {
        return Err(vm.type_error(format_args!(
            "struct indices must be integers, not {}",
            vm.type_name(idx)
        )));
    }
    // Ints beyond a machine word are past the end of anything.
    let Some(i) = int::as_i64(idx).and_then(|i| isize::try_from(i).ok()) else {
        return Err(vm.new_exc_msg(&exc::INDEX_ERROR, "struct: index out of range"));
    };
    let f = desc::field(d).map_err(|e| desc_error(vm, e))?;
    let (start, elem) = match f {
        Field::Array { count, elem, .. } => {
            if i < 0 || i as usize >= count {
                return Err(vm.new_exc_msg(&exc::INDEX_ERROR, "struct: index out of range"));
            }
            (base, elem)
        }
        Field::Ptr { target, .. } => {
            let p = load_uint(vm, base, core::mem::size_of::<usize>(), desc::LAYOUT_NATIVE)?;
            (p as usize, target)
        }
        _ => return Err(vm.type_error(format_args!("struct: cannot index"))),
    };
    let (stride, _) = desc::elem_size(elem, layout, 0).map_err(|e| desc_error(vm, e))?;
    let at = start.wrapping_add((i as usize).wrapping_mul(stride));
    match (elem, store) {
        (Elem::Scalar(ty), None) => get_scalar(vm, ty, at, layout),
        (Elem::Scalar(ty), Some(x)) => {
            set_scalar(vm, ty, at, layout, x)?;
            Ok(Value::NONE)
        }
        (Elem::Struct(sd), None) => new_struct(vm, sd, at, layout),
        (Elem::Struct(_), Some(_)) => {
            Err(vm.type_error(format_args!("can't assign to an aggregate struct field")))
        }
    }
}

// --- module functions -----------------------------------------------------------------

/// `sizeof(struct or descriptor)`: bytes, with native alignment padding.
fn uctypes_sizeof(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = a[0];
    if crate::objects::bytes::is_bytearray(x) {
        let n = crate::objects::bytes::buffer_of(x).map_or(0, |b| b.len());
        return Ok(Value::small_int(n as isize));
    }
    let (d, layout) = if is_struct(x) {
        (sobj(x).desc, sobj(x).layout)
    } else {
        (x, desc::LAYOUT_NATIVE)
    };
    let n = size_of(vm, d, layout)?;
    int::from_i64(vm, n as i64)
}
builtin_fn!(SIZEOF, q::sizeof, 1, 1, uctypes_sizeof);

/// `addressof(obj)`: where the buffer of `obj` lives.
fn uctypes_addressof(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = a[0];
    let p = if is_struct(x) {
        Some(sobj(x).addr)
    } else {
        crate::objects::bytes::buffer_of(x).map(|b| b.as_ptr() as usize)
    };
    match p {
        Some(p) => new_uint(vm, p as u64),
        None => Err(vm.type_error(format_args!("object with buffer protocol required"))),
    }
}
builtin_fn!(ADDRESSOF, q::addressof, 1, 1, uctypes_addressof);

fn arg_size(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = int::to_index(vm, v)?;
    if n < 0 {
        return Err(vm.value_error(format_args!("negative size")));
    }
    Ok(n as usize)
}

/// `bytes_at(addr, size)`: a copy of the memory.
fn uctypes_bytes_at(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let addr = arg_addr(vm, a[0])?;
    let size = arg_size(vm, a[1])?;
    if size == 0 {
        return crate::objects::str::new_bytes(vm, &[]);
    }
    check_addr(vm, addr, size)?;
    if size > vm.heap.total_bytes() {
        return Err(vm.out_of_memory());
    }
    let mem = unsafe { core::slice::from_raw_parts(addr as *const u8, size) };
    crate::objects::str::new_bytes(vm, mem)
}
builtin_fn!(BYTES_AT, q::bytes_at, 2, 2, uctypes_bytes_at);

/// `bytearray_at(addr, size)`: the memory itself, as a bytearray.
fn uctypes_bytearray_at(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let addr = arg_addr(vm, a[0])?;
    let size = arg_size(vm, a[1])?;
    check_addr(vm, addr, size)?;
    bytearray_by_ref(vm, addr, size)
}
builtin_fn!(BYTEARRAY_AT, q::bytearray_at, 2, 2, uctypes_bytearray_at);

const fn ty(t: u32) -> Value {
    Value::small_int(desc::type_const(t))
}

static UCTYPES_TABLE: &[(Qstr, Value)] = &[
    entry!(q::r#struct, Value::from_static(&STRUCT_TYPE)),
    entry!(q::sizeof, fn SIZEOF),
    entry!(q::addressof, fn ADDRESSOF),
    entry!(q::bytes_at, fn BYTES_AT),
    entry!(q::bytearray_at, fn BYTEARRAY_AT),
    entry!(
        q::LITTLE_ENDIAN,
        Value::small_int(desc::LAYOUT_LITTLE as isize)
    ),
    entry!(q::BIG_ENDIAN, Value::small_int(desc::LAYOUT_BIG as isize)),
    entry!(q::NATIVE, Value::small_int(desc::LAYOUT_NATIVE as isize)),
    entry!(q::VOID, ty(desc::UINT8)),
    entry!(q::UINT8, ty(desc::UINT8)),
    entry!(q::INT8, ty(desc::INT8)),
    entry!(q::UINT16, ty(desc::UINT16)),
    entry!(q::INT16, ty(desc::INT16)),
    entry!(q::UINT32, ty(desc::UINT32)),
    entry!(q::INT32, ty(desc::INT32)),
    entry!(q::UINT64, ty(desc::UINT64)),
    entry!(q::INT64, ty(desc::INT64)),
    entry!(q::BFUINT8, ty(desc::BFUINT8)),
    entry!(q::BFINT8, ty(desc::BFINT8)),
    entry!(q::BFUINT16, ty(desc::BFUINT16)),
    entry!(q::BFINT16, ty(desc::BFINT16)),
    entry!(q::BFUINT32, ty(desc::BFUINT32)),
    entry!(q::BFINT32, ty(desc::BFINT32)),
    entry!(q::BF_POS, Value::small_int(desc::BF_POS as isize)),
    entry!(q::BF_LEN, Value::small_int(desc::BF_LEN as isize)),
    entry!(q::FLOAT32, ty(desc::FLOAT32)),
    entry!(q::FLOAT64, ty(desc::FLOAT64)),
    entry!(q::PTR, Value::small_int(desc::agg_const(desc::AGG_PTR))),
    entry!(q::ARRAY, Value::small_int(desc::agg_const(desc::AGG_ARRAY))),
];

pub fn make(vm: &mut Vm, _name: Qstr) -> PyResult<Value> {
    module::from_table(vm, q::uctypes, UCTYPES_TABLE)
}
