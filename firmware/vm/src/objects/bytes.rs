//! `bytes` constructor and methods, `bytearray`, `memoryview`, and the
//! buffer protocol (`buffer_of`).

use crate::builtin_fn;
use crate::object::{type_of, BinOp, ObjBase, PyResult, TypeObj, UnaryOp, FLAG_BASETYPE};
use crate::objects::str::{self as pystr, new_bytes};
use crate::runtime::ops;
use crate::runtime::qstr::q;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;
use alloc::vec::Vec;

/// The bytes of any object with the buffer protocol (bytes, bytearray,
/// memoryview, and str for convenience where CPython allows it).
pub fn buffer_of(v: Value) -> Option<&'static [u8]> {
    if pystr::is_bytes(v) {
        return pystr::as_bytes(v);
    }
    if !v.is_obj() {
        return None;
    }
    let t = type_of(v);
    let f = t.buffer?;
    let (p, n, _) = f(v)?;
    Some(unsafe { core::slice::from_raw_parts(p, n) })
}

/// The writable buffer of `v` (bytearray, a writable memoryview, array...).
pub fn writable_buffer_of(v: Value) -> Option<&'static mut [u8]> {
    if !v.is_obj() {
        return None;
    }
    let f = type_of(v).buffer?;
    let (p, n, w) = f(v)?;
    if !w {
        return None;
    }
    Some(unsafe { core::slice::from_raw_parts_mut(p, n) })
}

/// Bytes from an int count, an iterable of ints, or a buffer.
pub fn collect_bytes(vm: &mut Vm, src: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(src) {
        return Ok(b.to_vec());
    }
    if let Some(n) = crate::objects::int::as_i64(src) {
        if n < 0 {
            return Err(vm.value_error(format_args!("negative count")));
        }
        if n as usize > vm.heap.total_bytes() {
            return Err(vm.out_of_memory());
        }
        return Ok(alloc::vec![0; n as usize]);
    }
    if pystr::is_str(src) {
        return Err(vm.type_error(format_args!("string argument without an encoding")));
    }
    let t = type_of(src);
    if !t.is_user() && t.iter.is_none() && t.subscr.is_none() {
        return Err(vm.type_error(format_args!(
            "cannot convert '{}' object to bytes",
            t.name.as_str()
        )));
    }
    let items = ops::collect_values(vm, src)?;
    let mut out = Vec::with_capacity(items.len());
    for &x in items.as_slice() {
        match crate::objects::int::as_i64(x) {
            Some(b @ 0..=255) => out.push(b as u8),
            Some(_) => return Err(vm.value_error(format_args!("bytes must be in range(0, 256)"))),
            None => {
                return Err(vm.type_error(format_args!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(x)
                )))
            }
        }
    }
    Ok(out)
}

pub fn bytes_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        // bytes(source, encoding=..., errors=...)
        crate::runtime::args::check_kw(vm, "bytes", kw, &[q::encoding, q::errors, q::source])?;
        let src = crate::runtime::args::arg_or_kw(a, 0, kw, q::source);
        let enc = crate::runtime::args::arg_or_kw(a, 1, kw, q::encoding);
        let err = crate::runtime::args::arg_or_kw(a, 2, kw, q::errors);
        return match (src, enc) {
            (Some(s), Some(e)) if pystr::is_str(s) => {
                let rest: Vec<Value> = [Some(e), err].into_iter().flatten().collect();
                encode_arg(vm, s, &rest, "bytes")
            }
            (Some(s), None) if pystr::is_str(s) => {
                Err(vm.type_error(format_args!("string argument without an encoding")))
            }
            (Some(_), Some(_)) => {
                Err(vm.type_error(format_args!("encoding without a string argument")))
            }
            (Some(s), None) => {
                let b = collect_bytes(vm, s)?;
                new_bytes(vm, &b)
            }
            (None, _) => new_bytes(vm, b""),
        };
    }
    match a {
        [] => new_bytes(vm, b""),
        [src] => {
            let b = collect_bytes(vm, *src)?;
            new_bytes(vm, &b)
        }
        [s, rest @ ..] if pystr::is_str(*s) => encode_arg(vm, *s, rest, "bytes"),
        [_, _, ..] => Err(vm.type_error(format_args!("encoding without a string argument"))),
    }
}

pub use crate::objects::str::methods::BYTES_METHODS;

// --- bytearray ---------------------------------------------------------------

#[repr(C)]
pub struct ByteArray {
    pub base: ObjBase,
    pub len: usize,
    pub cap: usize,
    pub data: *mut u8,
}

pub static BYTEARRAY_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    print: Some(ba_print),
    new: Some(ba_new),
    binary: Some(ba_binary),
    unary: Some(ba_unary),
    subscr: Some(ba_subscr),
    iter: Some(ba_iter),
    buffer: Some(ba_buffer),
    methods: &crate::objects::str::methods::BYTEARRAY_METHODS,
    ..TypeObj::builtin(q::bytearray)
};

fn ba(v: Value) -> &'static mut ByteArray {
    unsafe { v.as_mut::<ByteArray>() }
}

#[inline(never)]
pub fn new_bytearray(vm: &mut Vm, init: &[u8]) -> PyResult<Value> {
    let data = vm.alloc_raw(init.len().max(1), true)?;
    unsafe { core::ptr::copy_nonoverlapping(init.as_ptr(), data, init.len()) };
    vm.alloc(ByteArray {
        base: ObjBase::new(&BYTEARRAY_TYPE),
        len: init.len(),
        cap: init.len().max(1),
        data,
    })
}

fn ba_buffer(v: Value) -> Option<(*mut u8, usize, bool)> {
    let b = ba(v);
    Some((b.data, b.len, true))
}

fn ba_bytes(v: Value) -> &'static mut [u8] {
    let b = ba(v);
    unsafe { core::slice::from_raw_parts_mut(b.data, b.len) }
}

#[inline(never)]
fn ba_push(vm: &mut Vm, v: Value, more: &[u8]) -> PyResult<()> {
    let b = ba(v);
    let need = b.len + more.len();
    if need > b.cap {
        let cap = (b.cap * 2).max(need);
        let nd = vm.alloc_raw(cap, true)?;
        let b = ba(v);
        unsafe { core::ptr::copy_nonoverlapping(b.data, nd, b.len) };
        b.data = nd;
        b.cap = cap;
    }
    let b = ba(v);
    unsafe { core::ptr::copy_nonoverlapping(more.as_ptr(), b.data.add(b.len), more.len()) };
    b.len += more.len();
    Ok(())
}

fn ba_print(_vm: &mut Vm, v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    out.push_str("bytearray(");
    pystr::quote_bytes_into(ba_bytes(v), out);
    out.push(')');
    Ok(())
}

fn ba_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let init = match a {
        [] => Vec::new(),
        [s, rest @ ..] if pystr::is_str(*s) => {
            let b = encode_arg(vm, *s, rest, "bytearray")?;
            pystr::as_bytes(b).unwrap_or(b"").to_vec()
        }
        [s] => collect_bytes(vm, *s)?,
        _ => return Err(vm.type_error(format_args!("encoding without a string argument"))),
    };
    new_bytearray(vm, &init)
}

/// `bytes(str, encoding[, errors])`: the encoded bytes.
#[inline(never)]
fn encode_arg(vm: &mut Vm, s: Value, rest: &[Value], name: &str) -> PyResult<Value> {
    if rest.is_empty() {
        return Err(vm.type_error(format_args!("string argument without an encoding")));
    }
    let _ = name;
    let (codec, errors) = crate::objects::str::codecs::enc_args(vm, "encode", rest, &[])?;
    crate::objects::str::codecs::encode(vm, pystr::as_str(s).unwrap_or(""), codec, errors)
}

pub fn is_bytearray(v: Value) -> bool {
    v.is_obj() && crate::object::is_type(v, &BYTEARRAY_TYPE)
}

/// `x in b` for bytes and bytearray: an int is one byte value (0..=255), anything else must
/// be bytes-like and is searched as a substring.
pub fn contains_in_bytes(vm: &mut Vm, hay: &[u8], x: Value) -> PyResult<Value> {
    if crate::objects::int::is_int(x) {
        return match crate::objects::int::as_i64(x) {
            Some(b @ 0..=255) => Ok(Value::from_bool(hay.contains(&(b as u8)))),
            _ => Err(vm.value_error(format_args!("byte must be in range(0, 256)"))),
        };
    }
    match buffer_of(x) {
        Some(needle) => Ok(Value::from_bool(
            crate::objects::str::search::find_bytes(hay, needle, 0).is_some(),
        )),
        None => Err(vm.type_error(format_args!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(x)
        ))),
    }
}

fn ba_binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if op == BinOp::Contains && is_bytearray(a) {
        return contains_in_bytes(vm, ba_bytes(a), b);
    }
    if matches!(op, BinOp::Mul | BinOp::IMul) && is_bytearray(a)
        || op == BinOp::Mul && is_bytearray(b)
    {
        let (s, n) = if is_bytearray(a) { (a, b) } else { (b, a) };
        if !crate::objects::int::is_int(n) {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        let n = crate::runtime::args::index(vm, n)?.max(0) as usize;
        let data = ba_bytes(s).to_vec();
        if data.len().saturating_mul(n) > vm.heap.total_bytes() {
            return Err(vm.out_of_memory());
        }
        let out = data.repeat(n);
        if op == BinOp::IMul {
            ba(a).len = 0;
            ba_push(vm, a, &out)?;
            return Ok(a);
        }
        return new_bytearray(vm, &out);
    }
    let (Some(x), Some(y)) = (buffer_of(a), buffer_of(b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(match op {
        BinOp::Add => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            new_bytearray(vm, &v)?
        }
        BinOp::IAdd => {
            let y = y.to_vec();
            ba_push(vm, a, &y)?;
            a
        }
        BinOp::Eq => Value::from_bool(x == y),
        BinOp::Ne => Value::from_bool(x != y),
        BinOp::Lt => Value::from_bool(x < y),
        BinOp::Le => Value::from_bool(x <= y),
        BinOp::Gt => Value::from_bool(x > y),
        BinOp::Ge => Value::from_bool(x >= y),
        _ => Value::NOT_IMPLEMENTED,
    })
}

fn ba_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    Ok(match op {
        UnaryOp::Len => Value::small_int(ba(v).len as isize),
        UnaryOp::Bool => Value::from_bool(ba(v).len != 0),
        _ => Value::NULL,
    })
}

#[inline(never)]
fn byte_value(vm: &mut Vm, x: Value) -> PyResult<u8> {
    match crate::objects::int::as_i64(x) {
        Some(b @ 0..=255) => Ok(b as u8),
        Some(_) => Err(vm.value_error(format_args!("byte must be in range(0, 256)"))),
        None => Err(vm.type_error(format_args!("an integer is required"))),
    }
}

fn ba_subscr(vm: &mut Vm, v: Value, idx: Value, store: Option<Value>) -> PyResult<Value> {
    let data = ba_bytes(v);
    if crate::objects::slice::is_slice(idx) {
        let (start, _stop, step, n) = crate::objects::slice::indices(vm, idx, data.len())?;
        match store {
            None => {
                let mut out = Vec::with_capacity(n);
                let mut i = start;
                for _ in 0..n {
                    out.push(data[i as usize]);
                    i += step;
                }
                return new_bytearray(vm, &out);
            }
            Some(x) => {
                let src = if x.is_null() {
                    Vec::new()
                } else {
                    match collect_bytes(vm, x) {
                        Err(e)
                            if crate::runtime::args::exc_matches(
                                e,
                                &crate::runtime::exc::VALUE_ERROR,
                            ) =>
                        {
                            return Err(
                                vm.value_error(format_args!("byte must be in range(0, 256)"))
                            )
                        }
                        r => r?,
                    }
                };
                if step != 1 {
                    if x.is_null() {
                        let mut keep = Vec::with_capacity(data.len());
                        for (k, &byte) in data.iter().enumerate() {
                            let k = k as isize;
                            let hit = (k - start) % step == 0
                                && ((step > 0 && k >= start && ((k - start) / step) < n as isize)
                                    || (step < 0
                                        && k <= start
                                        && ((k - start) / step) < n as isize));
                            if !hit {
                                keep.push(byte);
                            }
                        }
                        ba(v).len = 0;
                        ba_push(vm, v, &keep)?;
                        return Ok(Value::NONE);
                    }
                    if src.len() != n {
                        return Err(vm.value_error(format_args!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            src.len(),
                            n
                        )));
                    }
                    let data = ba_bytes(v);
                    let mut i = start;
                    for &byte in &src {
                        if let Some(d) = data.get_mut(i as usize) {
                            *d = byte;
                        }
                        i += step;
                    }
                    return Ok(Value::NONE);
                }
                let mut all = ba_bytes(v).to_vec();
                let s = (start.max(0) as usize).min(all.len());
                let e = (s + n).min(all.len());
                all.splice(s..e, src);
                let b = ba(v);
                b.len = 0;
                ba_push(vm, v, &all)?;
                return Ok(Value::NONE);
            }
        }
    }
    let i = crate::objects::tuple::normalize_index(vm, idx, data.len(), "bytearray")?;
    match store {
        None => Ok(Value::small_int(data[i] as isize)),
        Some(x) if x.is_null() => {
            data.copy_within(i + 1.., i);
            ba(v).len -= 1;
            Ok(Value::NONE)
        }
        Some(x) => {
            data[i] = byte_value(vm, x)?;
            Ok(Value::NONE)
        }
    }
}

/// Iterating a bytearray reads it as it is at each step (as CPython does), and
/// needs no copy: a handler may loop over one with the heap locked.
pub static BYTEARRAY_ITER_TYPE: TypeObj = TypeObj {
    iter: Some(ops::iter_self),
    iternext: Some(ba_iternext),
    ..TypeObj::builtin(q::iterator)
};

fn ba_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.alloc_transient(crate::objects::tuple::SeqIter {
        base: ObjBase::new(&BYTEARRAY_ITER_TYPE),
        seq: v,
        pos: 0,
    })
}

fn ba_iternext(_vm: &mut Vm, it: Value) -> PyResult<Value> {
    // SAFETY: `it` is a SeqIter made by `ba_iter`.
    let s = unsafe { it.as_mut::<crate::objects::tuple::SeqIter>() };
    let b = ba_bytes(s.seq);
    if s.pos < b.len() {
        s.pos += 1;
        Ok(Value::small_int(b[s.pos - 1] as isize))
    } else {
        Ok(Value::NULL)
    }
}

fn ba_append(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = byte_value(vm, a[1])?;
    ba_push(vm, a[0], &[b])?;
    Ok(Value::NONE)
}

fn ba_extend(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let more = collect_bytes(vm, a[1])?;
    ba_push(vm, a[0], &more)?;
    Ok(Value::NONE)
}

fn ba_pop(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = ba(a[0]).len;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match a.get(1) {
        Some(&i) => crate::runtime::args::index(vm, i)?,
        None => -1,
    };
    let j = if i < 0 { i + n as isize } else { i };
    if j < 0 || j >= n as isize {
        return Err(vm.index_error("pop index out of range"));
    }
    let data = ba_bytes(a[0]);
    let x = data[j as usize];
    data.copy_within(j as usize + 1.., j as usize);
    ba(a[0]).len -= 1;
    Ok(Value::small_int(x as isize))
}

fn ba_remove(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = byte_value(vm, a[1])?;
    let data = ba_bytes(a[0]);
    match data.iter().position(|&b| b == x) {
        Some(i) => {
            data.copy_within(i + 1.., i);
            ba(a[0]).len -= 1;
            Ok(Value::NONE)
        }
        None => Err(vm.value_error(format_args!("value not found in bytearray"))),
    }
}

fn ba_insert(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = crate::runtime::args::index(vm, a[1])?;
    let x = byte_value(vm, a[2])?;
    let n = ba(a[0]).len as isize;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    ba_push(vm, a[0], &[0])?;
    let data = ba_bytes(a[0]);
    data.copy_within(j..data.len() - 1, j + 1);
    data[j] = x;
    Ok(Value::NONE)
}

fn ba_clear(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ba(a[0]).len = 0;
    Ok(Value::NONE)
}

fn ba_copy(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = ba_bytes(a[0]).to_vec();
    new_bytearray(vm, &data)
}

fn ba_reverse(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ba_bytes(a[0]).reverse();
    Ok(Value::NONE)
}

builtin_fn!(pub BA_APPEND, q::append, 2, 2, ba_append);
builtin_fn!(pub BA_EXTEND, q::extend, 2, 2, ba_extend);
builtin_fn!(pub BA_POP, q::pop, 1, 2, ba_pop);
builtin_fn!(pub BA_REMOVE, q::remove, 2, 2, ba_remove);
builtin_fn!(pub BA_INSERT, q::insert, 3, 3, ba_insert);
builtin_fn!(pub BA_CLEAR, q::clear, 1, 1, ba_clear);
builtin_fn!(pub BA_COPY, q::copy, 1, 1, ba_copy);
builtin_fn!(pub BA_REVERSE, q::reverse, 1, 1, ba_reverse);

// --- memoryview ----------------------------------------------------------------

#[repr(C)]
pub struct MemoryView {
    pub base: ObjBase,
    pub obj: Value,
    /// Byte offset and byte length into `obj`'s buffer.
    pub start: usize,
    pub len: usize,
    /// Item type: `B` for byte buffers, an array's typecode otherwise.
    pub typecode: u8,
}

pub static MEMORYVIEW_TYPE: TypeObj = TypeObj {
    new: Some(mv_new),
    print: Some(mv_print),
    unary: Some(mv_unary),
    subscr: Some(mv_subscr),
    buffer: Some(mv_buffer),
    binary: Some(ba_binary),
    ..TypeObj::builtin(q::memoryview)
};

fn mv(v: Value) -> &'static MemoryView {
    unsafe { v.as_mut::<MemoryView>() }
}

fn mv_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(&obj) = a.first() else {
        return Err(vm.type_error(format_args!(
            "memoryview() missing required argument 'object'"
        )));
    };
    let Some(b) = buffer_of(obj) else {
        return Err(vm.type_error(format_args!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(obj)
        )));
    };
    let typecode = if crate::object::is_type(obj, &MEMORYVIEW_TYPE) {
        mv(obj).typecode
    } else {
        crate::modules::array::typecode_of(obj).unwrap_or(b'B')
    };
    vm.alloc(MemoryView {
        base: ObjBase::new(&MEMORYVIEW_TYPE),
        obj,
        start: 0,
        len: b.len(),
        typecode,
    })
}

fn mv_buffer(v: Value) -> Option<(*mut u8, usize, bool)> {
    let m = mv(v);
    let base = buffer_of(m.obj)?;
    let writable = writable_buffer_of(m.obj).is_some();
    let end = (m.start + m.len).min(base.len());
    let start = m.start.min(end);
    Some((
        unsafe { base.as_ptr().add(start) as *mut u8 },
        end - start,
        writable,
    ))
}

fn mv_print(_vm: &mut Vm, v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    out.push_str(&alloc::format!("<memory at 0x{:x}>", v.bits()));
    Ok(())
}

fn mv_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    Ok(match op {
        UnaryOp::Len => Value::small_int((mv(v).len / mv_item_size(v)) as isize),
        _ => Value::NULL,
    })
}

fn mv_subscr(vm: &mut Vm, v: Value, idx: Value, store: Option<Value>) -> PyResult<Value> {
    let Some((p, n, writable)) = mv_buffer(v) else {
        return Err(vm.value_error(format_args!(
            "operation forbidden on released memoryview object"
        )));
    };
    let data = unsafe { core::slice::from_raw_parts_mut(p, n) };
    if mv(v).typecode != b'B' {
        let size = mv_item_size(v);
        return typed_subscr(vm, v, &mut data[..n / size * size], idx, store, writable);
    }
    if crate::objects::slice::is_slice(idx) {
        let (start, _stop, step, count) = crate::objects::slice::indices(vm, idx, n)?;
        if step != 1 {
            return Err(vm.new_exc_msg(
                &crate::runtime::exc::NOT_IMPLEMENTED_ERROR,
                "only slices with step 1 are supported",
            ));
        }
        match store {
            None => {
                let m = mv(v);
                return vm.alloc(MemoryView {
                    base: ObjBase::new(&MEMORYVIEW_TYPE),
                    obj: m.obj,
                    start: m.start + start as usize,
                    len: count,
                    typecode: m.typecode,
                });
            }
            Some(x) => {
                if !writable {
                    return Err(vm.type_error(format_args!("cannot modify read-only memory")));
                }
                let src = collect_bytes(vm, x)?;
                if src.len() != count {
                    return Err(vm.value_error(format_args!(
                        "memoryview assignment: lvalue and rvalue have different structures"
                    )));
                }
                data[start as usize..start as usize + count].copy_from_slice(&src);
                return Ok(Value::NONE);
            }
        }
    }
    let i = crate::objects::tuple::normalize_index(vm, idx, n, "memoryview")?;
    match store {
        None => Ok(Value::small_int(data[i] as isize)),
        Some(x) => {
            if !writable || x.is_null() {
                return Err(vm.type_error(format_args!("cannot modify read-only memory")));
            }
            data[i] = byte_value(vm, x)?;
            Ok(Value::NONE)
        }
    }
}

fn mv_item_size(v: Value) -> usize {
    crate::modules::array::item_size(mv(v).typecode).unwrap_or(1)
}

/// Items of a memoryview over an array of wider items (typecode h, i, d...).
fn typed_subscr(
    vm: &mut Vm,
    v: Value,
    data: &mut [u8],
    idx: Value,
    store: Option<Value>,
    writable: bool,
) -> PyResult<Value> {
    let m = mv(v);
    let tc = m.typecode;
    let size = mv_item_size(v);
    let n = data.len() / size;
    if crate::objects::slice::is_slice(idx) {
        let (start, _stop, step, count) = crate::objects::slice::indices(vm, idx, n)?;
        if step != 1 {
            return Err(vm.new_exc_msg(
                &crate::runtime::exc::NOT_IMPLEMENTED_ERROR,
                "only slices with step 1 are supported",
            ));
        }
        let (s, c) = (start as usize * size, count * size);
        return match store {
            None => vm.alloc(MemoryView {
                base: ObjBase::new(&MEMORYVIEW_TYPE),
                obj: m.obj,
                start: m.start + s,
                len: c,
                typecode: tc,
            }),
            Some(x) => {
                let src = buffer_of(x).map(|b| b.to_vec());
                match src {
                    Some(src) if !x.is_null() && src.len() == c => {
                        data[s..s + c].copy_from_slice(&src);
                        Ok(Value::NONE)
                    }
                    _ => Err(vm.value_error(format_args!(
                        "memoryview assignment: lvalue and rvalue have different structures"
                    ))),
                }
            }
        };
    }
    let i = crate::objects::tuple::normalize_index(vm, idx, n, "memoryview")?;
    match store {
        None => crate::modules::array::decode(vm, tc, &data[i * size..(i + 1) * size]),
        Some(x) => {
            if !writable || x.is_null() {
                return Err(vm.type_error(format_args!("cannot modify read-only memory")));
            }
            let b = match crate::modules::array::encode(vm, tc, x) {
                Ok(b) => b,
                Err(e)
                    if crate::runtime::args::exc_matches(
                        e,
                        &crate::runtime::exc::OVERFLOW_ERROR,
                    ) =>
                {
                    return Err(vm.value_error(format_args!(
                        "memoryview: invalid value for format '{}'",
                        tc as char
                    )))
                }
                Err(_) => {
                    return Err(vm.type_error(format_args!(
                        "memoryview: invalid type for format '{}'",
                        tc as char
                    )))
                }
            };
            data[i * size..(i + 1) * size].copy_from_slice(&b[..size]);
            Ok(Value::NONE)
        }
    }
}
