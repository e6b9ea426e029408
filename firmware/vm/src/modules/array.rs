//! `array`: typed arrays of machine numbers (typecodes b B h H i I l L q Q
//! f d), stored packed in one GC buffer so they share memory with bytes,
//! memoryview and I/O through the buffer protocol.

use crate::object::{BinOp, ObjBase, PyResult, TypeObj, UnaryOp};
use crate::objects::float;
use crate::objects::int;
use crate::objects::int::big;
use crate::objects::module;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;
use alloc::vec::Vec;

#[repr(C)]
pub struct ArrayObj {
    pub base: ObjBase,
    pub typecode: u8,
    /// Items, not bytes.
    pub len: usize,
    /// Bytes allocated at `data`.
    pub cap: usize,
    pub data: *mut u8,
}

pub static ARRAY_TYPE: TypeObj = TypeObj {
    print: Some(array_print),
    new: Some(array_new),
    binary: Some(array_binary),
    unary: Some(array_unary),
    subscr: Some(array_subscr),
    iter: Some(array_iter),
    buffer: Some(array_buffer),
    methods: &ARRAY_METHODS,
    ..TypeObj::builtin(q::array)
};

pub fn is_array(v: Value) -> bool {
    v.is_obj() && crate::object::is_type(v, &ARRAY_TYPE)
}

fn arr(v: Value) -> &'static mut ArrayObj {
    unsafe { v.as_mut::<ArrayObj>() }
}

const C_LONG: usize = core::mem::size_of::<core::ffi::c_long>();

/// Bytes per item, or None for an unknown typecode.
#[inline(never)]
pub fn item_size(tc: u8) -> Option<usize> {
    Some(match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => C_LONG,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn bytes_of(v: Value) -> &'static mut [u8] {
    let a = arr(v);
    let n = a.len * item_size(a.typecode).unwrap_or(1);
    unsafe { core::slice::from_raw_parts_mut(a.data, n) }
}

fn array_buffer(v: Value) -> Option<(*mut u8, usize, bool)> {
    let a = arr(v);
    Some((a.data, a.len * item_size(a.typecode)?, true))
}

/// The Python value of the item stored in `b` (one item's bytes).
pub fn decode(vm: &mut Vm, tc: u8, b: &[u8]) -> PyResult<Value> {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(w);
    let i = match tc {
        b'b' => u as u8 as i8 as i64,
        b'B' => u as u8 as i64,
        b'h' => u as u16 as i16 as i64,
        b'H' => u as u16 as i64,
        b'i' => u as u32 as i32 as i64,
        b'I' => u as u32 as i64,
        b'l' if C_LONG == 4 => u as u32 as i32 as i64,
        b'L' if C_LONG == 4 => u as u32 as i64,
        b'l' | b'q' => u as i64,
        b'L' | b'Q' => {
            return match i64::try_from(u) {
                Ok(i) => int::from_i64(vm, i),
                Err(_) => big::from_bigint(vm, &crate::num::BigInt::from_u64(u)),
            }
        }
        b'f' => return float::new_float(vm, f32::from_bits(u as u32) as f64),
        _ => return float::new_float(vm, f64::from_bits(u)),
    };
    int::from_i64(vm, i)
}

/// CPython's OverflowError text for an int that does not fit typecode
/// `tc` (`big` when it does not even fit 64 bits).
fn range_message(tc: u8, neg: bool, big: bool) -> &'static str {
    let name = match tc {
        b'b' => "signed char",
        b'B' => "unsigned byte integer",
        b'h' => "signed short integer",
        b'H' => "unsigned short",
        b'i' => "signed integer",
        _ => "",
    };
    match (tc, neg) {
        (b'I' | b'L', true) => "can't convert negative value to unsigned int",
        (b'I' | b'L', false) if big || tc == b'L' => {
            "Python int too large to convert to C unsigned long"
        }
        (b'I', false) => "unsigned int is greater than maximum",
        (b'Q', true) => "can't convert negative int to unsigned",
        (b'q' | b'Q', _) => "int too big to convert",
        _ if big || tc == b'l' => "Python int too large to convert to C long",
        _ => match (name, neg) {
            ("signed char", true) => "signed char is less than minimum",
            ("signed char", false) => "signed char is greater than maximum",
            ("unsigned byte integer", true) => "unsigned byte integer is less than minimum",
            ("unsigned byte integer", false) => "unsigned byte integer is greater than maximum",
            ("signed short integer", true) => "signed short integer is less than minimum",
            ("signed short integer", false) => "signed short integer is greater than maximum",
            ("unsigned short", true) => "unsigned short is less than minimum",
            ("unsigned short", false) => "unsigned short is greater than maximum",
            (_, true) => "signed integer is less than minimum",
            (_, false) => "signed integer is greater than maximum",
        },
    }
}

/// The bytes of `x` as an item of typecode `tc` (little-endian, as the
/// targets are), or the TypeError/OverflowError CPython raises.
pub fn encode(vm: &mut Vm, tc: u8, x: Value) -> PyResult<[u8; 8]> {
    if tc == b'f' || tc == b'd' {
        let f = crate::modules::math::arg_f64(vm, x)?;
        return Ok(if tc == b'f' {
            let mut w = [0u8; 8];
            w[..4].copy_from_slice(&(f as f32).to_le_bytes());
            w
        } else {
            f.to_le_bytes()
        });
    }
    if !int::is_int(x) {
        return Err(vm.type_error(format_args!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(x)
        )));
    }
    // Every int that fits 64 bits, signed or unsigned, fits an i128.
    let n: Option<i128> = match int::as_i64(x) {
        Some(i) => Some(i as i128),
        None => big::to_bigint(x).to_u64().map(|u| u as i128),
    };
    let neg = match n {
        Some(n) => n < 0,
        None => big::to_bigint(x).is_negative(),
    };
    let size = item_size(tc).unwrap_or(8);
    let (lo, hi): (i128, i128) = match tc {
        b'B' | b'H' | b'I' | b'L' | b'Q' => (0, (1i128 << (size * 8)) - 1),
        _ => (-(1i128 << (size * 8 - 1)), (1i128 << (size * 8 - 1)) - 1),
    };
    match n {
        Some(n) if n >= lo && n <= hi => Ok((n as u64).to_le_bytes()),
        Some(_) => Err(vm.new_exc_msg(
            &crate::runtime::exc::OVERFLOW_ERROR,
            range_message(tc, neg, false),
        )),
        None => Err(vm.new_exc_msg(
            &crate::runtime::exc::OVERFLOW_ERROR,
            range_message(tc, neg, true),
        )),
    }
}

/// A new empty array with room for `cap_items` items.
#[inline(never)]
fn new_array(vm: &mut Vm, tc: u8, cap_items: usize) -> PyResult<Value> {
    let size = item_size(tc).unwrap_or(1);
    let cap = (cap_items * size).max(1);
    if cap > vm.heap.total_bytes() {
        return Err(vm.out_of_memory());
    }
    let data = vm.alloc_raw(cap, true)?;
    vm.alloc(ArrayObj {
        base: ObjBase::new(&ARRAY_TYPE),
        typecode: tc,
        len: 0,
        cap,
        data,
    })
}

/// Append raw item bytes (a whole number of items).
#[inline(never)]
fn push_bytes(vm: &mut Vm, v: Value, more: &[u8]) -> PyResult<()> {
    let size = item_size(arr(v).typecode).unwrap_or(1);
    let used = arr(v).len * size;
    let need = used + more.len();
    if need > arr(v).cap {
        let cap = (arr(v).cap * 2).max(need);
        if cap > vm.heap.total_bytes() {
            return Err(vm.out_of_memory());
        }
        let nd = vm.alloc_raw(cap, true)?;
        let a = arr(v);
        unsafe { core::ptr::copy_nonoverlapping(a.data, nd, used) };
        a.data = nd;
        a.cap = cap;
    }
    let a = arr(v);
    unsafe { core::ptr::copy_nonoverlapping(more.as_ptr(), a.data.add(used), more.len()) };
    a.len += more.len() / size;
    Ok(())
}

#[inline(never)]
fn push_value(vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    let tc = arr(v).typecode;
    let b = encode(vm, tc, x)?;
    push_bytes(vm, v, &b[..item_size(tc).unwrap_or(1)])
}

#[inline(never)]
fn item(vm: &mut Vm, v: Value, i: usize) -> PyResult<Value> {
    let tc = arr(v).typecode;
    let size = item_size(tc).unwrap_or(1);
    let b = &bytes_of(v)[i * size..(i + 1) * size];
    decode(vm, tc, b)
}

/// Append every item of an iterable (or an array of the same kind).
fn extend_from(vm: &mut Vm, v: Value, src: Value) -> PyResult<()> {
    if is_array(src) {
        if arr(src).typecode != arr(v).typecode {
            return Err(vm.type_error(format_args!("can only extend with array of same kind")));
        }
        let more = bytes_of(src).to_vec();
        return push_bytes(vm, v, &more);
    }
    let it = ops::get_iter(vm, src)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        vm.check_interrupt()?;
        push_value(vm, v, x)?;
    }
    Ok(())
}

fn array_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::no_kw(vm, "array", kw)?;
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(format_args!(
            "array() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let tc = match crate::objects::str::as_str(a[0]) {
        Some(s) if s.chars().count() == 1 => s.as_bytes()[0],
        _ => {
            return Err(vm.type_error(format_args!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(a[0])
            )))
        }
    };
    if item_size(tc).is_none() {
        return Err(vm.value_error(format_args!(
            "bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)"
        )));
    }
    let Some(&init) = a.get(1) else {
        return new_array(vm, tc, 0);
    };
    if crate::objects::str::is_str(init) {
        return Err(vm.type_error(format_args!(
            "cannot use a str to initialize an array with typecode '{}'",
            tc as char
        )));
    }
    if crate::objects::str::is_bytes(init) || crate::objects::bytes::is_bytearray(init) {
        // bytes are taken as the items' machine representation
        let raw = crate::objects::bytes::buffer_of(init)
            .unwrap_or(b"")
            .to_vec();
        if !raw.len().is_multiple_of(item_size(tc).unwrap_or(1)) {
            return Err(vm.value_error(format_args!("bytes length not a multiple of item size")));
        }
        let v = new_array(vm, tc, raw.len())?;
        push_bytes(vm, v, &raw)?;
        return Ok(v);
    }
    let v = new_array(vm, tc, 0)?;
    if is_array(init) {
        // an array of another kind converts item by item
        let n = arr(init).len;
        for i in 0..n {
            let x = item(vm, init, i)?;
            push_value(vm, v, x)?;
        }
        return Ok(v);
    }
    extend_from(vm, v, init)?;
    Ok(v)
}

fn array_print(vm: &mut Vm, v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    let a = arr(v);
    out.push_str("array('");
    out.push(a.typecode as char);
    out.push('\'');
    if a.len > 0 {
        out.push_str(", [");
        for i in 0..arr(v).len {
            if i > 0 {
                out.push_str(", ");
            }
            let x = item(vm, v, i)?;
            crate::runtime::print::repr_into(vm, x, out)?;
        }
        out.push(']');
    }
    out.push(')');
    Ok(())
}

fn array_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    Ok(match op {
        UnaryOp::Len => Value::small_int(arr(v).len as isize),
        UnaryOp::Bool => Value::from_bool(arr(v).len != 0),
        _ => Value::NULL,
    })
}

/// Lexicographic comparison of two arrays by value (any typecodes).
fn compare(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let (na, nb) = (arr(a).len, arr(b).len);
    for i in 0..na.min(nb) {
        let x = item(vm, a, i)?;
        let y = item(vm, b, i)?;
        if !ops::eq(vm, x, y)? {
            return match op {
                BinOp::Eq => Ok(Value::FALSE),
                BinOp::Ne => Ok(Value::TRUE),
                _ => ops::compare_op(vm, op, x, y),
            };
        }
    }
    Ok(Value::from_bool(match op {
        BinOp::Eq => na == nb,
        BinOp::Ne => na != nb,
        BinOp::Lt => na < nb,
        BinOp::Le => na <= nb,
        BinOp::Gt => na > nb,
        _ => na >= nb,
    }))
}

fn array_binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if !is_array(a) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match op {
        BinOp::Add | BinOp::IAdd => {
            if !is_array(b) {
                return Err(if op == BinOp::Add {
                    vm.type_error(format_args!(
                        "can only append array (not \"{}\") to array",
                        vm.type_name(b)
                    ))
                } else {
                    vm.type_error(format_args!(
                        "can only extend array with array (not \"{}\")",
                        vm.type_name(b)
                    ))
                });
            }
            if arr(a).typecode != arr(b).typecode {
                return Err(if op == BinOp::Add {
                    vm.type_error(format_args!("bad argument type for built-in operation"))
                } else {
                    vm.type_error(format_args!("can only extend with array of same kind"))
                });
            }
            let more = bytes_of(b).to_vec();
            if op == BinOp::IAdd {
                push_bytes(vm, a, &more)?;
                return Ok(a);
            }
            let v = new_array(vm, arr(a).typecode, arr(a).len + arr(b).len)?;
            let mine = bytes_of(a).to_vec();
            push_bytes(vm, v, &mine)?;
            push_bytes(vm, v, &more)?;
            Ok(v)
        }
        BinOp::Contains => {
            for i in 0..arr(a).len {
                let x = item(vm, a, i)?;
                if ops::eq(vm, x, b)? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            if is_array(b) {
                compare(vm, op, a, b)
            } else {
                Ok(Value::NOT_IMPLEMENTED)
            }
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// An item index (negative from the end) or the IndexError CPython raises.
fn index_of(vm: &mut Vm, v: Value, idx: Value, store: bool) -> PyResult<usize> {
    if !int::is_int(idx) {
        return Err(vm.type_error(format_args!(
            "array indices must be integers, not {}",
            vm.type_name(idx)
        )));
    }
    let n = arr(v).len as i64;
    let i = crate::runtime::args::index_clamped(vm, idx)? as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(if store {
            "array assignment index out of range"
        } else {
            "array index out of range"
        }));
    }
    Ok(j as usize)
}

/// The item numbers a slice selects, in order.
fn slice_items(vm: &mut Vm, v: Value, idx: Value) -> PyResult<(Vec<usize>, isize)> {
    let (start, _stop, step, n) = crate::objects::slice::indices(vm, idx, arr(v).len)?;
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(i as usize);
        i += step;
    }
    Ok((out, step))
}

/// Replace the whole contents by `raw` bytes.
fn set_bytes(vm: &mut Vm, v: Value, raw: &[u8]) -> PyResult<()> {
    arr(v).len = 0;
    push_bytes(vm, v, raw)
}

fn array_subscr(vm: &mut Vm, v: Value, idx: Value, store: Option<Value>) -> PyResult<Value> {
    let tc = arr(v).typecode;
    let size = item_size(tc).unwrap_or(1);
    if crate::objects::slice::is_slice(idx) {
        let (sel, step) = slice_items(vm, v, idx)?;
        let data = bytes_of(v);
        match store {
            None => {
                let mut raw = Vec::with_capacity(sel.len() * size);
                for &i in &sel {
                    raw.extend_from_slice(&data[i * size..(i + 1) * size]);
                }
                let out = new_array(vm, tc, sel.len())?;
                push_bytes(vm, out, &raw)?;
                Ok(out)
            }
            Some(x) if x.is_null() => {
                let mut keep = Vec::with_capacity(data.len());
                for (k, chunk) in data.chunks(size).enumerate() {
                    if !sel.contains(&k) {
                        keep.extend_from_slice(chunk);
                    }
                }
                set_bytes(vm, v, &keep)?;
                Ok(Value::NONE)
            }
            Some(x) => {
                if !is_array(x) {
                    return Err(vm.type_error(format_args!(
                        "can only assign array (not \"{}\") to array slice",
                        vm.type_name(x)
                    )));
                }
                if arr(x).typecode != tc {
                    return Err(
                        vm.type_error(format_args!("bad argument type for built-in operation"))
                    );
                }
                let src = bytes_of(x).to_vec();
                if step == 1 {
                    let start = match sel.first() {
                        Some(&s) => s,
                        None => {
                            // An empty slice inserts at its (clamped) start.
                            let (s, _, _, _) = crate::objects::slice::indices(vm, idx, arr(v).len)?;
                            s.max(0) as usize
                        }
                    };
                    let mut all = data.to_vec();
                    let s = (start * size).min(all.len());
                    let e = (s + sel.len() * size).min(all.len());
                    all.splice(s..e, src);
                    set_bytes(vm, v, &all)?;
                    return Ok(Value::NONE);
                }
                if src.len() != sel.len() * size {
                    return Err(vm.value_error(format_args!(
                        "attempt to assign array of size {} to extended slice of size {}",
                        src.len() / size,
                        sel.len()
                    )));
                }
                for (k, &i) in sel.iter().enumerate() {
                    data[i * size..(i + 1) * size].copy_from_slice(&src[k * size..(k + 1) * size]);
                }
                Ok(Value::NONE)
            }
        }
    } else {
        match store {
            None => {
                let i = index_of(vm, v, idx, false)?;
                item(vm, v, i)
            }
            Some(x) if x.is_null() => {
                let i = index_of(vm, v, idx, true)?;
                let data = bytes_of(v);
                data.copy_within((i + 1) * size.., i * size);
                arr(v).len -= 1;
                Ok(Value::NONE)
            }
            Some(x) => {
                let i = index_of(vm, v, idx, true)?;
                let b = encode(vm, tc, x)?;
                bytes_of(v)[i * size..(i + 1) * size].copy_from_slice(&b[..size]);
                Ok(Value::NONE)
            }
        }
    }
}

// --- iteration ---------------------------------------------------------------

/// Iterator by position, so items appended while iterating are seen.
#[repr(C)]
struct ArrayIter {
    base: ObjBase,
    arr: Value,
    pos: usize,
}

static ARRAY_ITER_TYPE: TypeObj = TypeObj {
    iter: Some(ops::iter_self),
    iternext: Some(array_iternext),
    ..TypeObj::builtin(q::iterator)
};

fn array_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.alloc(ArrayIter {
        base: ObjBase::new(&ARRAY_ITER_TYPE),
        arr: v,
        pos: 0,
    })
}

fn array_iternext(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let s = unsafe { it.as_mut::<ArrayIter>() };
    let a = s.arr;
    if s.pos < arr(a).len {
        s.pos += 1;
        item(vm, a, s.pos - 1)
    } else {
        Ok(Value::NULL)
    }
}

// --- methods and module --------------------------------------------------------

fn array_append(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    push_value(vm, a[0], a[1])?;
    Ok(Value::NONE)
}

fn array_extend(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    extend_from(vm, a[0], a[1])?;
    Ok(Value::NONE)
}

builtin_fn!(APPEND, q::append, 2, 2, array_append);
builtin_fn!(EXTEND, q::extend, 2, 2, array_extend);
static ARRAY_METHODS: [(Qstr, Value); 2] =
    [entry!(q::append, fn APPEND), entry!(q::extend, fn EXTEND)];

static ARRAY_MODULE: &[(Qstr, Value)] = &[entry!(q::array, fn ARRAY_TYPE)];

pub fn make_array(vm: &mut Vm) -> PyResult<Value> {
    module::from_table(vm, q::array, ARRAY_MODULE)
}

/// Whether `v` is an array, and its typecode (for typed memoryviews).
pub fn typecode_of(v: Value) -> Option<u8> {
    if is_array(v) {
        Some(arr(v).typecode)
    } else {
        None
    }
}
