//! `uio`: in-memory streams `StringIO` and `BytesIO`, and `open`.
//!
//! Both streams keep their contents in one growable no-scan block of the GC
//! heap with a byte position. `StringIO` counts in characters at its
//! interface (read sizes, `tell`, `seek`, write counts) as CPython does; its
//! block always holds valid UTF-8 because writes replace whole characters.

use crate::object::{type_of, ObjBase, PyResult, TypeObj, VARARGS};
use crate::objects::module;
use crate::objects::str as pystr;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};

#[repr(C)]
pub struct IoObj {
    pub base: ObjBase,
    /// Contents (no-scan block of `cap` bytes), or null when empty.
    pub buf: *mut u8,
    pub len: usize,
    pub cap: usize,
    /// Byte offset; may lie past `len` after a seek.
    pub pos: usize,
    pub closed: bool,
}

pub static STRINGIO_TYPE: TypeObj = TypeObj {
    new: Some(stringio_new),
    iter: Some(ops::iter_self),
    iternext: Some(io_iternext),
    methods: &IO_METHODS,
    ..TypeObj::builtin(q::StringIO)
};

pub static BYTESIO_TYPE: TypeObj = TypeObj {
    new: Some(bytesio_new),
    iter: Some(ops::iter_self),
    iternext: Some(io_iternext),
    methods: &IO_METHODS,
    ..TypeObj::builtin(q::BytesIO)
};

#[inline(never)]
fn is_text(v: Value) -> bool {
    core::ptr::eq(type_of(v), &STRINGIO_TYPE)
}

fn data(o: &IoObj) -> &'static [u8] {
    if o.buf.is_null() {
        &[]
    } else {
        unsafe { core::slice::from_raw_parts(o.buf, o.len) }
    }
}

/// The stream behind `self`, refusing other objects and closed streams.
#[inline(never)]
fn stream(vm: &mut Vm, v: Value) -> PyResult<&'static mut IoObj> {
    let t = type_of(v);
    if !core::ptr::eq(t, &STRINGIO_TYPE) && !core::ptr::eq(t, &BYTESIO_TYPE) {
        return Err(vm.type_error(format_args!("expected a StringIO or BytesIO")));
    }
    let o = unsafe { v.as_mut::<IoObj>() };
    if o.closed {
        return Err(vm.value_error(format_args!("I/O operation on closed file")));
    }
    Ok(o)
}

#[inline(never)]
fn new_stream(vm: &mut Vm, ty: &'static TypeObj, init: &[u8]) -> PyResult<Value> {
    let v = vm.alloc(IoObj {
        base: ObjBase::new(ty),
        buf: core::ptr::null_mut(),
        len: 0,
        cap: 0,
        pos: 0,
        closed: false,
    })?;
    splice(vm, v, 0, 0, init)?;
    Ok(v)
}

fn stringio_new(vm: &mut Vm, ty: &'static TypeObj, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let init = match a.first() {
        None => "",
        Some(v) if v.is_none() => "",
        Some(&v) => match pystr::as_str(v) {
            Some(s) => s,
            None => {
                return Err(vm.type_error(format_args!(
                    "initial_value must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    if a.len() > 1 {
        return Err(vm.type_error(format_args!("StringIO() takes at most 1 argument")));
    }
    new_stream(vm, ty, init.as_bytes())
}

fn bytesio_new(vm: &mut Vm, ty: &'static TypeObj, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let init: &[u8] = match a.first() {
        None => &[],
        Some(v) if v.is_none() => &[],
        Some(&v) => match crate::objects::bytes::buffer_of(v) {
            Some(b) if !pystr::is_str(v) => b,
            _ => {
                return Err(vm.type_error(format_args!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )))
            }
        },
    };
    if a.len() > 1 {
        return Err(vm.type_error(format_args!("BytesIO() takes at most 1 argument")));
    }
    new_stream(vm, ty, init)
}

/// Replace bytes `start..end` with `new` (zero-filling any gap when `start`
/// lies past the end), growing the block as needed.
fn splice(vm: &mut Vm, v: Value, start: usize, end: usize, new: &[u8]) -> PyResult<()> {
    let o = unsafe { v.as_mut::<IoObj>() };
    let old_len = o.len;
    let end = end.clamp(start.min(old_len), old_len);
    let tail = old_len - end;
    let new_len = start + new.len() + tail;
    if new_len > o.cap {
        let cap = new_len.max(o.cap * 2).max(16);
        if cap > vm.heap.total_bytes() {
            return Err(vm.out_of_memory());
        }
        let nb = vm.alloc_raw(cap, true)?;
        let o = unsafe { v.as_mut::<IoObj>() };
        if !o.buf.is_null() {
            unsafe { core::ptr::copy_nonoverlapping(o.buf, nb, o.len) };
            vm.heap.free(o.buf);
        }
        o.buf = nb;
        o.cap = cap;
    }
    let o = unsafe { v.as_mut::<IoObj>() };
    unsafe {
        if start > old_len {
            core::ptr::write_bytes(o.buf.add(old_len), 0, start - old_len);
        }
        core::ptr::copy(o.buf.add(end), o.buf.add(start + new.len()), tail);
        core::ptr::copy_nonoverlapping(new.as_ptr(), o.buf.add(start), new.len());
    }
    o.len = new_len;
    Ok(())
}

/// Byte offset reached from byte `from` after `n` characters (text) or
/// bytes, stopping at the end of the contents.
#[inline(never)]
fn advance(text: bool, bytes: &[u8], from: usize, n: usize) -> usize {
    if from >= bytes.len() {
        return from;
    }
    if !text {
        return from.saturating_add(n).min(bytes.len());
    }
    let mut i = from;
    let mut left = n;
    while left > 0 && i < bytes.len() {
        i += 1;
        while i < bytes.len() && bytes[i] & 0xC0 == 0x80 {
            i += 1;
        }
        left -= 1;
    }
    i
}

/// Position as the user sees it (characters for StringIO).
fn user_pos(text: bool, bytes: &[u8], pos: usize) -> usize {
    if !text {
        return pos;
    }
    let inside = pos.min(bytes.len());
    let chars = bytes[..inside]
        .iter()
        .filter(|&&b| b & 0xC0 != 0x80)
        .count();
    chars + (pos - inside)
}

/// Byte offset of user position `p`.
fn byte_pos(text: bool, bytes: &[u8], p: usize) -> usize {
    if !text {
        return p;
    }
    let end = advance(true, bytes, 0, p);
    let chars = user_pos(true, bytes, end);
    end + (p - chars)
}

fn make(vm: &mut Vm, text: bool, bytes: &[u8]) -> PyResult<Value> {
    if text {
        match core::str::from_utf8(bytes) {
            Ok(s) => vm.new_str(s),
            Err(_) => {
                let s = alloc::string::String::from_utf8_lossy(bytes).into_owned();
                vm.new_string(s)
            }
        }
    } else {
        pystr::new_bytes(vm, bytes)
    }
}

/// An optional size argument: None or negative mean "no limit".
fn size_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<Option<usize>> {
    match a.get(i) {
        Some(&n) if !n.is_none() => {
            let n = crate::objects::int::to_index(vm, n)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        _ => Ok(None),
    }
}

fn io_read(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = size_arg(vm, a, 1)?;
    let text = is_text(a[0]);
    let o = stream(vm, a[0])?;
    let bytes = data(o);
    let start = o.pos.min(bytes.len());
    let end = match n {
        Some(n) => advance(text, bytes, start, n),
        None => bytes.len(),
    };
    o.pos = o.pos.max(end);
    make(vm, text, &bytes[start..end])
}

/// The next line (through '\n'), at most `limit` characters/bytes.
fn read_line(vm: &mut Vm, v: Value, limit: Option<usize>) -> PyResult<Value> {
    let text = is_text(v);
    let o = stream(vm, v)?;
    let bytes = data(o);
    let start = o.pos.min(bytes.len());
    let mut end = match bytes[start..].iter().position(|&b| b == b'\n') {
        Some(i) => start + i + 1,
        None => bytes.len(),
    };
    if let Some(n) = limit {
        end = end.min(advance(text, bytes, start, n));
    }
    o.pos = o.pos.max(end);
    make(vm, text, &bytes[start..end])
}

fn io_readline(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = size_arg(vm, a, 1)?;
    read_line(vm, a[0], n)
}

fn io_iternext(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let line = read_line(vm, v, None)?;
    if pystr::as_bytes(line).is_some_and(|b| b.is_empty()) {
        return Ok(Value::NULL);
    }
    Ok(line)
}

fn io_write(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let text = is_text(a[0]);
    stream(vm, a[0])?;
    let new: &[u8] = if text {
        match pystr::as_str(a[1]) {
            Some(s) => s.as_bytes(),
            None => {
                return Err(vm.type_error(format_args!(
                    "string argument expected, got '{}'",
                    vm.type_name(a[1])
                )))
            }
        }
    } else {
        match crate::objects::bytes::buffer_of(a[1]) {
            Some(b) if !pystr::is_str(a[1]) => b,
            _ => {
                return Err(vm.type_error(format_args!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(a[1])
                )))
            }
        }
    };
    let count = if text {
        new.iter().filter(|&&b| b & 0xC0 != 0x80).count()
    } else {
        new.len()
    };
    let o = unsafe { a[0].as_mut::<IoObj>() };
    let pos = o.pos;
    // Text overwrites as many whole characters as it brings.
    let end = advance(text, data(o), pos, count);
    splice(vm, a[0], pos, end, new)?;
    unsafe { a[0].as_mut::<IoObj>() }.pos = pos + new.len();
    Ok(Value::small_int(count as isize))
}

fn io_seek(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let off = crate::objects::int::to_index(vm, a[1])?;
    let whence = match a.get(2) {
        Some(&w) => crate::objects::int::to_index(vm, w)?,
        None => 0,
    };
    let text = is_text(a[0]);
    let o = stream(vm, a[0])?;
    let bytes = data(o);
    let base = match whence {
        0 => {
            if off < 0 {
                return Err(vm.value_error(format_args!("negative seek value {}", off)));
            }
            0
        }
        1 => user_pos(text, bytes, o.pos) as isize,
        2 => user_pos(text, bytes, bytes.len()) as isize,
        _ => {
            return Err(vm.value_error(format_args!(
                "invalid whence ({}, should be 0, 1 or 2)",
                whence
            )))
        }
    };
    let p = base.saturating_add(off).max(0) as usize;
    o.pos = byte_pos(text, bytes, p);
    Ok(Value::small_int(p as isize))
}

fn io_tell(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let text = is_text(a[0]);
    let o = stream(vm, a[0])?;
    Ok(Value::small_int(user_pos(text, data(o), o.pos) as isize))
}

fn io_getvalue(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let text = is_text(a[0]);
    let o = stream(vm, a[0])?;
    make(vm, text, data(o))
}

fn io_flush(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    stream(vm, a[0])?;
    Ok(Value::NONE)
}

fn io_close(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = type_of(a[0]);
    if core::ptr::eq(t, &STRINGIO_TYPE) || core::ptr::eq(t, &BYTESIO_TYPE) {
        let o = unsafe { a[0].as_mut::<IoObj>() };
        if !o.closed && !o.buf.is_null() {
            vm.heap.free(o.buf);
        }
        o.closed = true;
        o.buf = core::ptr::null_mut();
        o.len = 0;
        o.cap = 0;
    }
    Ok(Value::NONE)
}

fn io_enter(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}

fn io_exit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    io_close(vm, &a[..1], kw)?;
    Ok(Value::NONE)
}

builtin_fn!(READ, q::read, 1, 2, io_read);
builtin_fn!(READLINE, q::readline, 1, 2, io_readline);
builtin_fn!(WRITE, q::write, 2, 2, io_write);
builtin_fn!(SEEK, q::seek, 2, 3, io_seek);
builtin_fn!(TELL, q::tell, 1, 1, io_tell);
builtin_fn!(GETVALUE, q::getvalue, 1, 1, io_getvalue);
builtin_fn!(FLUSH, q::flush, 1, 1, io_flush);
builtin_fn!(CLOSE, q::close, 1, 1, io_close);
builtin_fn!(ENTER, q::__enter__, 1, 1, io_enter);
builtin_fn!(EXIT, q::__exit__, 1, VARARGS, io_exit);

static IO_METHODS: [(Qstr, Value); 10] = [
    entry!(q::read, fn READ),
    entry!(q::readline, fn READLINE),
    entry!(q::write, fn WRITE),
    entry!(q::seek, fn SEEK),
    entry!(q::tell, fn TELL),
    entry!(q::getvalue, fn GETVALUE),
    entry!(q::flush, fn FLUSH),
    entry!(q::close, fn CLOSE),
    entry!(q::__enter__, fn ENTER),
    entry!(q::__exit__, fn EXIT),
];

static TABLE: &[(Qstr, Value)] = &[
    entry!(q::StringIO, fn STRINGIO_TYPE),
    entry!(q::BytesIO, fn BYTESIO_TYPE),
    entry!(q::FileIO, fn crate::runtime::vfs::BINARY_FILE_TYPE),
    entry!(q::TextIOWrapper, fn crate::runtime::vfs::TEXT_FILE_TYPE),
];

pub fn make_module(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    let m = module::from_table(vm, name, TABLE)?;
    // uio.open is the builtin open itself.
    let b = vm.roots.builtins;
    if let Some(open) = crate::objects::dict::get_qstr(vm, b, q::open)? {
        module::set_attr(vm, m, q::open, open)?;
    }
    Ok(m)
}
