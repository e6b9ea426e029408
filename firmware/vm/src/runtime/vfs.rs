//! The board's filesystem and file objects (`open`, `uos`).
//!
//! Files live in RAM: a dict in the VM roots maps a path to a byte buffer.
//! Below it, the port's `read_file` is a read-only layer (the host's real
//! files; nothing on the emulated board, which has no flash). Writing
//! creates or replaces the RAM copy, so a script can write a module and
//! import it. The files live in the GC heap; a soft reset carries them over
//! (`take_files`/`restore_files`), as a board's flash keeps its files when the
//! interpreter restarts.

use crate::object::{type_of, ObjBase, PyResult, TypeObj, VARARGS};
use crate::objects::dict;
use crate::objects::module;
use crate::objects::str as pystr;
use crate::runtime::exc;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;
use alloc::vec::Vec;

/// File contents: a growable no-scan byte block.
#[repr(C)]
pub struct FileData {
    pub base: ObjBase,
    pub len: usize,
    pub cap: usize,
    pub data: *mut u8,
}

static FILE_DATA_TYPE: TypeObj = TypeObj::builtin(q::file);

#[repr(C)]
pub struct FileObj {
    pub base: ObjBase,
    pub data: Value,
    pub pos: usize,
    pub writable: bool,
    pub readable: bool,
    pub closed: bool,
}

pub static TEXT_FILE_TYPE: TypeObj = TypeObj {
    iter: Some(ops::iter_self),
    iternext: Some(file_iternext),
    methods: &FILE_METHODS,
    ..TypeObj::builtin(q::file)
};

pub static BINARY_FILE_TYPE: TypeObj = TypeObj {
    iter: Some(ops::iter_self),
    iternext: Some(file_iternext),
    methods: &FILE_METHODS,
    ..TypeObj::builtin(q::file)
};

fn os_error(vm: &mut Vm, code: isize) -> Value {
    exc::new_exception(vm, &exc::OS_ERROR, &[Value::small_int(code)])
}

fn new_data(vm: &mut Vm, init: &[u8]) -> PyResult<Value> {
    let cap = init.len().max(16);
    let data = vm.alloc_raw(cap, true)?;
    unsafe { core::ptr::copy_nonoverlapping(init.as_ptr(), data, init.len()) };
    vm.alloc(FileData {
        base: ObjBase::new(&FILE_DATA_TYPE),
        len: init.len(),
        cap,
        data,
    })
}

fn bytes_of(d: Value) -> &'static mut [u8] {
    let f = unsafe { d.as_mut::<FileData>() };
    unsafe { core::slice::from_raw_parts_mut(f.data, f.len) }
}

fn write_at(vm: &mut Vm, d: Value, pos: usize, more: &[u8]) -> PyResult<()> {
    let need = pos + more.len();
    let f = unsafe { d.as_mut::<FileData>() };
    if need > f.cap {
        let cap = need.max(f.cap * 2);
        let nd = vm.alloc_raw(cap, true)?;
        let f = unsafe { d.as_mut::<FileData>() };
        unsafe { core::ptr::copy_nonoverlapping(f.data, nd, f.len) };
        f.data = nd;
        f.cap = cap;
    }
    let f = unsafe { d.as_mut::<FileData>() };
    if pos > f.len {
        unsafe { core::ptr::write_bytes(f.data.add(f.len), 0, pos - f.len) };
    }
    unsafe { core::ptr::copy_nonoverlapping(more.as_ptr(), f.data.add(pos), more.len()) };
    f.len = f.len.max(need);
    Ok(())
}

/// The RAM filesystem dict (created on first use).
fn fs(vm: &mut Vm) -> PyResult<Value> {
    if vm.roots.vfs.is_null() {
        vm.roots.vfs = dict::new_dict(vm, 4)?;
    }
    Ok(vm.roots.vfs)
}

/// Every RAM file as (path, contents), copied out of the heap.
pub fn take_files(vm: &mut Vm) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    if vm.roots.vfs.is_null() {
        return files;
    }
    let mut pos = 0;
    while let Some((k, v)) = dict::next_entry(vm.roots.vfs, &mut pos) {
        if let Some(path) = pystr::as_str(k) {
            files.push((String::from(path), bytes_of(v).to_vec()));
        }
    }
    files
}

/// Puts files taken by `take_files` back into a fresh heap.
pub fn restore_files(vm: &mut Vm, files: &[(String, Vec<u8>)]) -> PyResult<()> {
    for (path, contents) in files {
        let key = vm.new_str(path)?;
        let data = new_data(vm, contents)?;
        let d = fs(vm)?;
        dict::set(vm, d, key, data)?;
    }
    Ok(())
}

/// Normalise a path: no leading "./", no trailing "/".
fn norm(p: &str) -> &str {
    let p = p.strip_prefix("./").unwrap_or(p);
    p.trim_end_matches('/')
}

/// The contents of the RAM file `path`, if there is one.
pub fn read_ram_file(vm: &mut Vm, path: &str) -> PyResult<Option<Vec<u8>>> {
    if vm.roots.vfs.is_null() {
        return Ok(None);
    }
    let key = vm.new_str(norm(path))?;
    let d = fs(vm)?;
    Ok(dict::get(vm, d, key)?.map(|data| bytes_of(data).to_vec()))
}

/// The contents of `path`: the RAM copy, else the port's file.
pub fn read_file(vm: &mut Vm, path: &str) -> PyResult<Option<alloc::vec::Vec<u8>>> {
    if let Some(data) = read_ram_file(vm, path)? {
        return Ok(Some(data));
    }
    Ok(vm.port.read_file(path))
}

fn path_arg(vm: &mut Vm, v: Value) -> PyResult<&'static str> {
    match pystr::as_str(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format_args!("expected str, got {}", vm.type_name(v)))),
    }
}

/// `open(path, mode='r')`.
pub fn builtin_open(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut mode = a.get(1).copied().and_then(pystr::as_str).unwrap_or("r");
    for p in kw.chunks(2) {
        if pystr::to_qstr(p[0]) == Some(q::mode) {
            mode = pystr::as_str(p[1]).unwrap_or("r");
        }
    }
    let path = norm(path_arg(vm, a[0])?);
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let key = vm.new_str(path)?;
    let d = fs(vm)?;
    let (data, pos, readable, writable) = match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') | None => {
            let Some(bytes) = read_file(vm, path)? else {
                return Err(os_error(vm, 2));
            };
            let data = match dict::get(vm, d, key)? {
                Some(existing) => existing,
                None => new_data(vm, &bytes)?,
            };
            (data, 0, true, plus)
        }
        Some('w') | Some('x') => {
            let data = new_data(vm, b"")?;
            dict::set(vm, d, key, data)?;
            (data, 0, plus, true)
        }
        Some(_) => {
            let data = match dict::get(vm, d, key)? {
                Some(existing) => existing,
                None => {
                    let init = vm.port.read_file(path).unwrap_or_default();
                    let data = new_data(vm, &init)?;
                    dict::set(vm, d, key, data)?;
                    data
                }
            };
            let end = bytes_of(data).len();
            (data, end, plus, true)
        }
    };
    let ty = if binary {
        &BINARY_FILE_TYPE
    } else {
        &TEXT_FILE_TYPE
    };
    vm.alloc(FileObj {
        base: ObjBase::new(ty),
        data,
        pos,
        writable,
        readable,
        closed: false,
    })
}

fn file(vm: &mut Vm, v: Value) -> PyResult<&'static mut FileObj> {
    let t = type_of(v);
    if !core::ptr::eq(t, &TEXT_FILE_TYPE) && !core::ptr::eq(t, &BINARY_FILE_TYPE) {
        return Err(vm.type_error(format_args!("expected a file")));
    }
    let f = unsafe { v.as_mut::<FileObj>() };
    if f.closed {
        return Err(vm.value_error(format_args!("I/O operation on closed file")));
    }
    Ok(f)
}

fn make(vm: &mut Vm, v: Value, bytes: &[u8]) -> PyResult<Value> {
    if core::ptr::eq(type_of(v), &BINARY_FILE_TYPE) {
        pystr::new_bytes(vm, bytes)
    } else {
        let s = String::from_utf8_lossy(bytes).into_owned();
        vm.new_string(s)
    }
}

fn f_read(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file(vm, a[0])?;
    if !f.readable {
        return Err(os_error(vm, 9));
    }
    let all = bytes_of(f.data);
    let start = f.pos.min(all.len());
    let n = match a.get(1) {
        Some(&n) if !n.is_none() => crate::objects::int::to_index(vm, n)?,
        _ => -1,
    };
    let end = if n < 0 {
        all.len()
    } else {
        (start + n as usize).min(all.len())
    };
    f.pos = end;
    make(vm, a[0], &all[start..end])
}

fn next_line(f: &mut FileObj) -> (usize, usize) {
    let all = bytes_of(f.data);
    let start = f.pos.min(all.len());
    let end = match all[start..].iter().position(|&b| b == b'\n') {
        Some(i) => start + i + 1,
        None => all.len(),
    };
    f.pos = end;
    (start, end)
}

fn f_readline(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file(vm, a[0])?;
    let (s, e) = next_line(f);
    let data = f.data;
    make(vm, a[0], &bytes_of(data)[s..e])
}

fn f_readlines(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = crate::objects::list::new_list(vm, &[])?;
    loop {
        let f = file(vm, a[0])?;
        let (s, e) = next_line(f);
        if s == e {
            return Ok(l);
        }
        let data = f.data;
        let line = make(vm, a[0], &bytes_of(data)[s..e])?;
        crate::objects::list::append(vm, l, line)?;
    }
}

fn file_iternext(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let f = file(vm, v)?;
    let (s, e) = next_line(f);
    if s == e {
        return Ok(Value::NULL);
    }
    let data = f.data;
    make(vm, v, &bytes_of(data)[s..e])
}

fn f_write(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file(vm, a[0])?;
    if !f.writable {
        return Err(os_error(vm, 9));
    }
    let text = core::ptr::eq(type_of(a[0]), &TEXT_FILE_TYPE);
    let bytes = if text {
        match pystr::as_str(a[1]) {
            Some(s) => s.as_bytes(),
            None => {
                return Err(vm.type_error(format_args!(
                    "write() argument must be str, not {}",
                    vm.type_name(a[1])
                )))
            }
        }
    } else {
        match crate::objects::bytes::buffer_of(a[1]) {
            Some(b) => b,
            None => {
                return Err(vm.type_error(format_args!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(a[1])
                )))
            }
        }
    };
    let (data, pos) = (f.data, f.pos);
    let n = if text {
        pystr::as_str(a[1]).map(|s| s.chars().count()).unwrap_or(0)
    } else {
        bytes.len()
    };
    let owned = bytes.to_vec();
    write_at(vm, data, pos, &owned)?;
    file(vm, a[0])?.pos = pos + owned.len();
    Ok(Value::small_int(n as isize))
}

fn f_seek(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let off = crate::objects::int::to_index(vm, a[1])?;
    let whence = match a.get(2) {
        Some(&w) => crate::objects::int::to_index(vm, w)?,
        None => 0,
    };
    let f = file(vm, a[0])?;
    let len = bytes_of(f.data).len() as isize;
    let base = match whence {
        0 => 0,
        1 => f.pos as isize,
        _ => len,
    };
    f.pos = (base + off).max(0) as usize;
    Ok(Value::small_int(f.pos as isize))
}

fn f_tell(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file(vm, a[0])?;
    Ok(Value::small_int(f.pos as isize))
}

fn f_close(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = type_of(a[0]);
    if core::ptr::eq(t, &TEXT_FILE_TYPE) || core::ptr::eq(t, &BINARY_FILE_TYPE) {
        unsafe { a[0].as_mut::<FileObj>() }.closed = true;
    }
    Ok(Value::NONE)
}

fn f_flush(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn f_enter(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}

fn f_exit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    f_close(vm, &a[..1], kw)?;
    Ok(Value::FALSE)
}

builtin_fn!(READ, q::read, 1, 2, f_read);
builtin_fn!(READLINE, q::readline, 1, 2, f_readline);
builtin_fn!(READLINES, q::readlines, 1, 1, f_readlines);
builtin_fn!(WRITE, q::write, 2, 2, f_write);
builtin_fn!(SEEK, q::seek, 2, 3, f_seek);
builtin_fn!(TELL, q::tell, 1, 1, f_tell);
builtin_fn!(CLOSE, q::close, 1, 1, f_close);
builtin_fn!(FLUSH, q::flush, 1, 1, f_flush);
builtin_fn!(ENTER, q::__enter__, 1, 1, f_enter);
builtin_fn!(EXIT, q::__exit__, 1, VARARGS, f_exit);

static FILE_METHODS: [(Qstr, Value); 10] = [
    entry!(q::read, fn READ),
    entry!(q::readline, fn READLINE),
    entry!(q::readlines, fn READLINES),
    entry!(q::write, fn WRITE),
    entry!(q::seek, fn SEEK),
    entry!(q::tell, fn TELL),
    entry!(q::close, fn CLOSE),
    entry!(q::flush, fn FLUSH),
    entry!(q::__enter__, fn ENTER),
    entry!(q::__exit__, fn EXIT),
];

// --- uos --------------------------------------------------------------------

fn os_listdir(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let dir = match a.first() {
        Some(&d) => norm(path_arg(vm, d)?),
        None => "",
    };
    let d = fs(vm)?;
    let l = crate::objects::list::new_list(vm, &[])?;
    let mut pos = 0;
    let mut names: alloc::vec::Vec<String> = alloc::vec::Vec::new();
    while let Some((k, _)) = dict::next_entry(d, &mut pos) {
        let p = pystr::as_str(k).unwrap_or("");
        let rest = if dir.is_empty() {
            Some(p)
        } else {
            p.strip_prefix(dir).and_then(|r| r.strip_prefix('/'))
        };
        if let Some(r) = rest {
            let first = r.split('/').next().unwrap_or(r);
            if !first.is_empty() && !names.iter().any(|n| n == first) {
                names.push(String::from(first));
            }
        }
    }
    names.sort();
    for n in names {
        let s = vm.new_string(n)?;
        crate::objects::list::append(vm, l, s)?;
    }
    Ok(l)
}

fn os_remove(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let path = norm(path_arg(vm, a[0])?);
    let key = vm.new_str(path)?;
    let d = fs(vm)?;
    if dict::delete(vm, d, key)?.is_none() {
        return Err(os_error(vm, 2));
    }
    Ok(Value::NONE)
}

fn os_rename(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let from = norm(path_arg(vm, a[0])?);
    let from = vm.new_str(from)?;
    let to = norm(path_arg(vm, a[1])?);
    let to = vm.new_str(to)?;
    let d = fs(vm)?;
    let Some(data) = dict::delete(vm, d, from)? else {
        return Err(os_error(vm, 2));
    };
    dict::set(vm, d, to, data)?;
    Ok(Value::NONE)
}

fn os_stat(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let path = norm(path_arg(vm, a[0])?);
    let Some(bytes) = read_file(vm, path)? else {
        return Err(os_error(vm, 2));
    };
    let z = Value::small_int(0);
    let size = crate::objects::int::from_i64(vm, bytes.len() as i64)?;
    crate::objects::tuple::new_tuple(
        vm,
        &[Value::small_int(0x8000), z, z, z, z, z, size, z, z, z],
    )
}

fn os_getcwd(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    vm.new_str("")
}

fn os_noop(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

builtin_fn!(LISTDIR, q::listdir, 0, 1, os_listdir);
builtin_fn!(REMOVE, q::remove, 1, 1, os_remove);
builtin_fn!(RENAME, q::rename, 2, 2, os_rename);
builtin_fn!(STAT, q::stat, 1, 1, os_stat);
builtin_fn!(GETCWD, q::getcwd, 0, 0, os_getcwd);
builtin_fn!(MKDIR, q::mkdir, 1, 1, os_noop);
builtin_fn!(CHDIR, q::chdir, 1, 1, os_noop);

static UOS_TABLE: &[(Qstr, Value)] = &[
    entry!(q::listdir, fn LISTDIR),
    entry!(q::remove, fn REMOVE),
    entry!(q::rename, fn RENAME),
    entry!(q::stat, fn STAT),
    entry!(q::getcwd, fn GETCWD),
    entry!(q::mkdir, fn MKDIR),
    entry!(q::chdir, fn CHDIR),
];

pub fn make_uos(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    module::from_table(vm, name, UOS_TABLE)
}
