//! `str` and `bytes`: immutable, UTF-8 inside. A str is either an
//! interned qstr (identifiers and literals: no heap) or a heap [`StrObj`]
//! with its bytes inline. Indexing counts code points; ASCII strings (the
//! common case) index in O(1).

pub mod codecs;
pub mod format;
pub mod join;
pub mod methods;
pub mod percent;
pub mod search;

use crate::object::{is_type, type_of, BinOp, ObjBase, PyResult, TypeObj, UnaryOp, FLAG_BASETYPE};
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct StrObj {
    pub base: ObjBase,
    pub hash: u32,
    /// Number of code points (== len for ASCII).
    pub chars: u32,
    pub len: usize,
    // followed by `len` bytes
}

pub static STR_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    print: Some(str_print),
    new: Some(str_new),
    binary: Some(str_binary),
    unary: Some(str_unary),
    subscr: Some(str_subscr),
    iter: Some(str_iter),
    methods: &crate::objects::str::methods::STR_METHODS,
    ..TypeObj::builtin(q::str)
};

pub static BYTES_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    print: Some(bytes_print),
    new: Some(crate::objects::bytes::bytes_new),
    binary: Some(str_binary),
    unary: Some(str_unary),
    subscr: Some(str_subscr),
    iter: Some(str_iter),
    buffer: Some(bytes_buffer),
    methods: &crate::objects::bytes::BYTES_METHODS,
    ..TypeObj::builtin(q::bytes)
};

#[inline]
pub fn is_str(v: Value) -> bool {
    v.is_qstr() || (v.is_obj() && is_type(v, &STR_TYPE))
}

pub fn is_bytes(v: Value) -> bool {
    v.is_obj() && is_type(v, &BYTES_TYPE)
}

fn raw_bytes(v: Value) -> &'static [u8] {
    unsafe {
        let o = v.as_ptr::<StrObj>();
        core::slice::from_raw_parts(o.add(1) as *const u8, (*o).len)
    }
}

/// The text of a str value (qstr or heap), else None.
#[inline]
pub fn as_str(v: Value) -> Option<&'static str> {
    if v.is_qstr() {
        Some(v.as_qstr().as_str())
    } else if v.is_obj() && is_type(v, &STR_TYPE) {
        Some(unsafe { core::str::from_utf8_unchecked(raw_bytes(v)) })
    } else {
        // An instance of a str subclass reads as its str.
        crate::objects::class::builtin_base::native_of(v).and_then(as_str)
    }
}

/// The bytes of a str or bytes value.
pub fn as_bytes(v: Value) -> Option<&'static [u8]> {
    if v.is_qstr() {
        Some(v.as_qstr().as_str().as_bytes())
    } else if v.is_obj() && (is_type(v, &STR_TYPE) || is_type(v, &BYTES_TYPE)) {
        Some(raw_bytes(v))
    } else {
        crate::objects::class::builtin_base::native_of(v).and_then(as_bytes)
    }
}

fn alloc_strobj(
    vm: &mut Vm,
    ty: &'static TypeObj,
    data: &[u8],
    chars: usize,
    hash: u32,
) -> PyResult<Value> {
    let p = vm.alloc_raw(core::mem::size_of::<StrObj>() + data.len(), true)? as *mut StrObj;
    // SAFETY: the block has room for the header and the text.
    Ok(unsafe { write_strobj(p, ty, data, chars, hash) })
}

/// Write a str or bytes object (header, then the bytes) at `p`.
///
/// # Safety
/// `p` must be 8-aligned with room for the header and `data`.
unsafe fn write_strobj(
    p: *mut StrObj,
    ty: &'static TypeObj,
    data: &[u8],
    chars: usize,
    hash: u32,
) -> Value {
    p.write(StrObj {
        base: ObjBase::new(ty),
        hash,
        chars: chars as u32,
        len: data.len(),
    });
    core::ptr::copy_nonoverlapping(data.as_ptr(), p.add(1) as *mut u8, data.len());
    Value::from_ptr(p)
}

/// A str of `text` made in memory the caller provides (the emergency
/// exception buffer): no allocation.
///
/// # Safety
/// `p` must be 8-aligned with room for a `StrObj` and `text`, and stay
/// valid (a live GC block) as long as the value is used.
pub unsafe fn str_at(p: *mut u8, text: &str) -> Value {
    let hash = crate::runtime::qstr::hash_bytes(text.as_bytes());
    write_strobj(
        p as *mut StrObj,
        &STR_TYPE,
        text.as_bytes(),
        chars_of(text),
        hash,
    )
}

fn chars_of(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// A str (valid UTF-8 is the caller's promise) or bytes of `len` bytes that
/// `fill` writes in place: the text is built once, in its object, with no
/// Rust buffer to copy from (what a board's heap can afford for big results).
pub fn new_filled(
    vm: &mut Vm,
    bytes: bool,
    len: usize,
    fill: impl FnOnce(&mut [u8]),
) -> PyResult<Value> {
    if len == 0 && !bytes {
        return Ok(Value::qstr(q::EMPTY));
    }
    let ty = if bytes { &BYTES_TYPE } else { &STR_TYPE };
    let p = vm.alloc_var(
        StrObj {
            base: ObjBase::new(ty),
            hash: 0,
            chars: 0,
            len,
        },
        len,
        true,
    )?;
    // SAFETY: the payload of `len` bytes follows the header in the new block.
    let data = unsafe { core::slice::from_raw_parts_mut(p.add(1) as *mut u8, len) };
    fill(data);
    let chars = if bytes || data.is_ascii() {
        len
    } else {
        // SAFETY: the caller promised UTF-8.
        unsafe { core::str::from_utf8_unchecked(data) }
            .chars()
            .count()
    };
    // SAFETY: `p` is the header just written.
    unsafe {
        (*p).hash = crate::runtime::qstr::hash_bytes(data);
        (*p).chars = chars as u32;
    }
    Ok(Value::from_ptr(p))
}

pub fn new_str(vm: &mut Vm, s: &str) -> PyResult<Value> {
    if s.is_empty() {
        return Ok(Value::qstr(q::EMPTY));
    }
    alloc_strobj(
        vm,
        &STR_TYPE,
        s.as_bytes(),
        chars_of(s),
        crate::runtime::qstr::hash_bytes(s.as_bytes()),
    )
}

pub fn new_bytes(vm: &mut Vm, b: &[u8]) -> PyResult<Value> {
    alloc_strobj(
        vm,
        &BYTES_TYPE,
        b,
        b.len(),
        crate::runtime::qstr::hash_bytes(b),
    )
}

/// Intern-or-create: for names built at run time (getattr etc.).
pub fn to_qstr(v: Value) -> Option<Qstr> {
    if v.is_qstr() {
        Some(v.as_qstr())
    } else {
        as_str(v).map(Qstr::intern)
    }
}

pub fn char_len(v: Value) -> usize {
    if v.is_qstr() {
        let s = v.as_qstr().as_str();
        if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        }
    } else {
        unsafe { v.as_mut::<StrObj>().chars as usize }
    }
}

pub fn str_hash(v: Value) -> u32 {
    if v.is_qstr() {
        v.as_qstr().hash()
    } else {
        unsafe { v.as_mut::<StrObj>().hash }
    }
}

/// CPython's repr of a str: prefer single quotes, escape as needed.
#[inline(never)]
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(s, &mut out);
    out
}

pub fn quote_into(s: &str, out: &mut String) {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&alloc::format!("\\x{:02x}", n));
                } else if n < 0x10000 {
                    out.push_str(&alloc::format!("\\u{:04x}", n));
                } else {
                    out.push_str(&alloc::format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
}

/// CPython's `str.isprintable` for one character, which decides what
/// `repr` escapes: controls, format characters, separators other than the
/// space, private-use and unassigned code points.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x7f {
        return n >= 0x20;
    }
    if n < 0xa0 {
        return false;
    }
    !matches!(n,
        0xa0 | 0xad
        | 0x0378..=0x0379
        | 0x0380..=0x0383
        | 0x038b | 0x038d | 0x03a2
        | 0x0600..=0x0605
        | 0x061c
        | 0x06dd
        | 0x070f
        | 0x0890..=0x0891
        | 0x08e2
        | 0x1680
        | 0x180e
        | 0x2000..=0x200f
        | 0x2028..=0x202f
        | 0x205f..=0x2064
        | 0x2065..=0x206f
        | 0x3000
        | 0xd800..=0xf8ff
        | 0xfdd0..=0xfdef
        | 0xfeff
        | 0xfff0..=0xfffb
        | 0xfffe..=0xffff
        | 0x110bd | 0x110cd
        | 0x13430..=0x1343f
        | 0x1bca0..=0x1bca3
        | 0x1d173..=0x1d17a
    ) && !is_unassigned_plane(n)
        && !matches!(n & 0xffff, 0xfffe | 0xffff)
        && !matches!(n, 0xe0000..=0xe00ff | 0xe01f0..=0xe0fff | 0xf0000..=0x10ffff)
}

/// Code points in planes CPython's Unicode database leaves unassigned.
fn is_unassigned_plane(n: u32) -> bool {
    (0x40000..=0xdffff).contains(&n) || (0x323b0..=0x3ffff).contains(&n)
}

pub fn quote_bytes_into(b: &[u8], out: &mut String) {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(q as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&alloc::format!("\\x{:02x}", c)),
        }
    }
    out.push(q as char);
}

fn str_print(_vm: &mut Vm, v: Value, out: &mut String, repr: bool) -> PyResult<()> {
    let s = as_str(v).unwrap_or("");
    if repr {
        quote_into(s, out);
    } else {
        out.push_str(s);
    }
    Ok(())
}

fn bytes_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    quote_bytes_into(raw_bytes(v), out);
    Ok(())
}

fn bytes_buffer(v: Value) -> Option<(*mut u8, usize, bool)> {
    let b = raw_bytes(v);
    Some((b.as_ptr() as *mut u8, b.len(), false))
}

fn str_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [] => Ok(Value::qstr(q::EMPTY)),
        [x] => {
            if is_str(*x) {
                return Ok(*x);
            }
            let s = crate::runtime::print::to_str(vm, *x)?;
            vm.new_string(s)
        }
        [x, _enc] | [x, _enc, _] => {
            let Some(b) = crate::objects::bytes::buffer_of(*x) else {
                return Err(
                    vm.type_error(format_args!("decoding to str: need a bytes-like object"))
                );
            };
            match core::str::from_utf8(b) {
                Ok(s) => vm.new_str(s),
                Err(_) => Err(vm.new_exc_msg(&crate::runtime::exc::UNICODE_ERROR, "invalid utf-8")),
            }
        }
        _ => Err(vm.type_error(format_args!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        ))),
    }
}

fn same_kind(a: Value, b: Value) -> bool {
    is_str(a) == is_str(b) && (is_str(a) || (is_bytes(a) && is_bytes(b)))
}

fn str_binary(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    if op.base() == BinOp::Mul {
        let (s, n) = if is_str(lhs) || is_bytes(lhs) {
            (lhs, rhs)
        } else {
            (rhs, lhs)
        };
        let tn = type_of(n);
        let index_like = tn.is_user()
            && crate::objects::class::has_dunder(tn, q::__index__)
            && !crate::objects::class::has_dunder(tn, q::__rmul__)
            && !crate::objects::class::has_dunder(tn, q::__mul__);
        if !crate::objects::int::is_int(n) && !index_like {
            if tn.is_user() || !(is_str(s) || is_bytes(s)) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            // A sequence on the left complains about us, as CPython's does.
            let seq_left = s == rhs
                && (crate::objects::list::is_list(n)
                    || crate::objects::tuple::is_tuple(n)
                    || crate::objects::bytes::is_bytearray(n));
            let culprit = if seq_left { s } else { n };
            return Err(vm.type_error(format_args!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(culprit)
            )));
        }
        let n = crate::runtime::args::index(vm, n)?.max(0) as usize;
        let data = as_bytes(s).unwrap_or(b"");
        if data.len().saturating_mul(n) > vm.heap.total_bytes() {
            return Err(vm.out_of_memory());
        }
        let mut out = alloc::vec::Vec::with_capacity(data.len() * n);
        for _ in 0..n {
            out.extend_from_slice(data);
        }
        return if is_str(s) {
            vm.new_str(unsafe { core::str::from_utf8_unchecked(&out) })
        } else {
            new_bytes(vm, &out)
        };
    }
    if op == BinOp::Mod && is_str(lhs) {
        // The text is built in a Rust buffer: a MemoryError there is this operation's.
        return vm.protect(|vm| crate::objects::str::percent::percent_format(vm, lhs, rhs));
    }
    if op == BinOp::Mod && is_bytes(lhs) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if op == BinOp::Contains {
        if is_str(lhs) {
            let Some(needle) = as_str(rhs) else {
                return Err(vm.type_error(format_args!(
                    "'in <string>' requires string as left operand, not {}",
                    vm.type_name(rhs)
                )));
            };
            return Ok(Value::from_bool(as_str(lhs).unwrap_or("").contains(needle)));
        }
        return crate::objects::bytes::contains_in_bytes(vm, as_bytes(lhs).unwrap_or(b""), rhs);
    }
    if is_bytes(lhs) && !is_bytes(rhs) {
        if let Some(b) = crate::objects::bytes::buffer_of(rhs) {
            let a = raw_bytes(lhs);
            let r = match op {
                BinOp::Eq => Some(a == b),
                BinOp::Ne => Some(a != b),
                BinOp::Lt => Some(a < b),
                BinOp::Le => Some(a <= b),
                BinOp::Gt => Some(a > b),
                BinOp::Ge => Some(a >= b),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::from_bool(r));
            }
        }
    }
    if !same_kind(lhs, rhs) {
        if op == BinOp::Eq {
            return Ok(Value::FALSE);
        }
        if op == BinOp::Ne {
            return Ok(Value::TRUE);
        }
        if op.base() == BinOp::Add && is_str(lhs) {
            return Err(vm.type_error(format_args!(
                "can only concatenate str (not \"{}\") to str",
                vm.type_name(rhs)
            )));
        }
        if op.base() == BinOp::Add && is_bytes(lhs) {
            if let Some(b) = crate::objects::bytes::buffer_of(rhs) {
                let mut out = alloc::vec::Vec::from(raw_bytes(lhs));
                out.extend_from_slice(b);
                return new_bytes(vm, &out);
            }
        }
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let a = as_bytes(lhs).unwrap_or(b"");
    let b = as_bytes(rhs).unwrap_or(b"");
    Ok(match op.base() {
        BinOp::Add => {
            let mut out = alloc::vec::Vec::with_capacity(a.len() + b.len());
            out.extend_from_slice(a);
            out.extend_from_slice(b);
            if is_str(lhs) {
                return vm.new_str(unsafe { core::str::from_utf8_unchecked(&out) });
            }
            return new_bytes(vm, &out);
        }
        BinOp::Eq => Value::from_bool(lhs == rhs || a == b),
        BinOp::Ne => Value::from_bool(!(lhs == rhs || a == b)),
        BinOp::Lt => Value::from_bool(a < b),
        BinOp::Le => Value::from_bool(a <= b),
        BinOp::Gt => Value::from_bool(a > b),
        BinOp::Ge => Value::from_bool(a >= b),
        _ => Value::NOT_IMPLEMENTED,
    })
}

fn str_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    Ok(match op {
        UnaryOp::Len => Value::small_int(if is_str(v) {
            char_len(v)
        } else {
            raw_bytes(v).len()
        } as isize),
        UnaryOp::Bool => Value::from_bool(!as_bytes(v).unwrap_or(b"").is_empty()),
        UnaryOp::Hash => Value::small_int(str_hash(v) as isize),
        _ => Value::NULL,
    })
}

/// Byte offset of code point `i` in `s`.
#[inline(never)]
fn char_offset(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        i
    } else {
        s.char_indices().nth(i).map(|(o, _)| o).unwrap_or(s.len())
    }
}

fn str_subscr(vm: &mut Vm, v: Value, index: Value, store: Option<Value>) -> PyResult<Value> {
    if store.is_some() {
        return Err(vm.type_error(format_args!(
            "'{}' object does not support item assignment",
            vm.type_name(v)
        )));
    }
    let bytes = as_bytes(v).unwrap_or(b"");
    let text = is_str(v);
    let n = if text { char_len(v) } else { bytes.len() };
    let ascii = n == bytes.len();
    if crate::objects::slice::is_slice(index) {
        let (start, stop, step, len) = crate::objects::slice::indices(vm, index, n)?;
        if text {
            let s = as_str(v).unwrap_or("");
            if step == 1 {
                let a = char_offset(s, ascii, start as usize);
                let b = char_offset(s, ascii, (start + len as isize) as usize);
                return vm.new_str(&s[a..b]);
            }
            let chars: alloc::vec::Vec<char> = s.chars().collect();
            let mut out = String::new();
            let mut i = start;
            for _ in 0..len {
                out.push(chars[i as usize]);
                i += step;
            }
            return vm.new_string(out);
        }
        let mut out = alloc::vec::Vec::with_capacity(len);
        let mut i = start;
        for _ in 0..len {
            out.push(bytes[i as usize]);
            i += step;
        }
        let _ = stop;
        return new_bytes(vm, &out);
    }
    let i = if crate::objects::int::is_int(index) || type_of(index).is_user() {
        crate::runtime::args::index_clamped(vm, index).map_err(|_| {
            vm.type_error(format_args!(
                "string indices must be integers, not '{}'",
                vm.type_name(index)
            ))
        })? as i64
    } else if text {
        return Err(vm.type_error(format_args!(
            "string indices must be integers, not '{}'",
            vm.type_name(index)
        )));
    } else {
        return Err(vm.type_error(format_args!(
            "byte indices must be integers or slices, not {}",
            vm.type_name(index)
        )));
    };
    let i = if i < 0 { i + n as i64 } else { i };
    if i < 0 || i >= n as i64 {
        return Err(vm.index_error(if text {
            "string index out of range"
        } else {
            "index out of range"
        }));
    }
    if !text {
        return Ok(Value::small_int(bytes[i as usize] as isize));
    }
    let s = as_str(v).unwrap_or("");
    let a = char_offset(s, ascii, i as usize);
    let c = s[a..].chars().next().unwrap_or('\0');
    let mut buf = [0u8; 4];
    vm.new_str(c.encode_utf8(&mut buf))
}

/// Iterator over a str (yields 1-char strs) or bytes (yields ints).
#[repr(C)]
pub struct StrIter {
    pub base: ObjBase,
    pub s: Value,
    pub pos: usize,
}

pub static STR_ITER_TYPE: TypeObj = TypeObj {
    iter: Some(crate::runtime::ops::iter_self),
    iternext: Some(str_iternext),
    ..TypeObj::builtin(q::iterator)
};

fn str_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.alloc_transient(StrIter {
        base: ObjBase::new(&STR_ITER_TYPE),
        s: v,
        pos: 0,
    })
}

fn str_iternext(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let st = unsafe { it.as_mut::<StrIter>() };
    let bytes = as_bytes(st.s).unwrap_or(b"");
    if st.pos >= bytes.len() {
        return Ok(Value::NULL);
    }
    if !is_str(st.s) {
        st.pos += 1;
        return Ok(Value::small_int(bytes[st.pos - 1] as isize));
    }
    let s = as_str(st.s).unwrap_or("");
    let c = s[st.pos..].chars().next().unwrap_or('\0');
    st.pos += c.len_utf8();
    let mut buf = [0u8; 4];
    vm.new_str(c.encode_utf8(&mut buf))
}

pub fn type_is_str(v: Value) -> bool {
    core::ptr::eq(type_of(v), &STR_TYPE)
}
