//! The methods shared by `str`, `bytes` and `bytearray`: one implementation
//! over a [`Text`] (the receiver's bytes and kind). Positions are code
//! points for str and bytes for the byte strings; results have the
//! receiver's type (a bytearray method returns a bytearray).
//!
//! Searching, splitting, stripping, joining and replacing live here; case,
//! classification, padding and the method tables in `methods.rs`.

use crate::object::PyResult;
use crate::objects::str::{as_str, is_bytes, new_bytes};
use crate::runtime::args;
use crate::runtime::gcvec::GcVec;
use crate::runtime::ops;
use crate::runtime::qstr::q;
use crate::value::Value;
use crate::vm::Vm;
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// Find `needle` in `hay` from byte `start`.
pub fn find_bytes(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    if needle.is_empty() {
        return (start <= hay.len()).then_some(start);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    let mut i = start;
    while i + needle.len() <= hay.len() {
        match hay[i..hay.len() - needle.len() + 1]
            .iter()
            .position(|&b| b == first)
        {
            Some(p) => {
                let at = i + p;
                if hay.get(at..at + needle.len()) == Some(needle) {
                    return Some(at);
                }
                i = at + 1;
            }
            None => return None,
        }
    }
    None
}

/// Last occurrence of `needle` within `hay[start..end]`.
#[inline(never)]
pub fn rfind_bytes(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    let end = end.min(hay.len());
    if start > end || needle.len() > end - start {
        return None;
    }
    (start..=end - needle.len())
        .rev()
        .find(|&i| hay.get(i..i + needle.len()) == Some(needle))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Str,
    Bytes,
    ByteArray,
}

/// The receiver of a text method.
#[derive(Clone, Copy)]
pub struct Text {
    pub b: &'static [u8],
    pub kind: Kind,
    /// Positions are byte offsets (bytes kinds, or an ASCII str).
    pub bytewise: bool,
}

impl Text {
    pub fn is_str(&self) -> bool {
        self.kind == Kind::Str
    }

    /// The text as str (only meaningful for Kind::Str).
    pub fn s(&self) -> &'static str {
        core::str::from_utf8(self.b).unwrap_or("")
    }

    /// Length in positions.
    #[inline(never)]
    pub fn units(&self) -> usize {
        if self.bytewise {
            self.b.len()
        } else {
            self.s().chars().count()
        }
    }

    /// Byte offset of position `i` (clamped to the end).
    pub fn off(&self, i: usize) -> usize {
        if self.bytewise {
            i.min(self.b.len())
        } else {
            self.s()
                .char_indices()
                .nth(i)
                .map(|(o, _)| o)
                .unwrap_or(self.b.len())
        }
    }

    /// Position of byte offset `off`.
    pub fn pos(&self, off: usize) -> usize {
        if self.bytewise {
            off
        } else {
            self.s().get(..off).map(|p| p.chars().count()).unwrap_or(0)
        }
    }
}

/// The receiver as text, if it is a str, bytes or bytearray.
pub fn text_of(v: Value) -> Option<Text> {
    if let Some(s) = as_str(v) {
        return Some(Text {
            b: s.as_bytes(),
            kind: Kind::Str,
            bytewise: crate::objects::str::char_len(v) == s.len(),
        });
    }
    if is_bytes(v) {
        return Some(Text {
            b: crate::objects::str::as_bytes(v).unwrap_or(b""),
            kind: Kind::Bytes,
            bytewise: true,
        });
    }
    if crate::objects::bytes::is_bytearray(v) {
        return Some(Text {
            b: crate::objects::bytes::buffer_of(v).unwrap_or(b""),
            kind: Kind::ByteArray,
            bytewise: true,
        });
    }
    None
}

pub fn this(vm: &mut Vm, v: Value) -> PyResult<Text> {
    match text_of(v) {
        Some(t) => Ok(t),
        None => Err(vm.type_error(format_args!(
            "descriptor requires a 'str' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// A new value of `kind` holding `data` (valid UTF-8 for str).
pub fn make(vm: &mut Vm, kind: Kind, data: &[u8]) -> PyResult<Value> {
    match kind {
        Kind::Str => match core::str::from_utf8(data) {
            Ok(s) => vm.new_str(s),
            Err(_) => vm.new_string(alloc::string::String::from_utf8_lossy(data).into_owned()),
        },
        Kind::Bytes => new_bytes(vm, data),
        Kind::ByteArray => crate::objects::bytes::new_bytearray(vm, data),
    }
}

/// Return the receiver itself when unchanged (immutable kinds only).
fn make_or_self(vm: &mut Vm, t: &Text, this: Value, data: &[u8]) -> PyResult<Value> {
    if t.kind != Kind::ByteArray && data.len() == t.b.len() {
        return Ok(this);
    }
    make(vm, t.kind, data)
}

/// A text argument of the receiver's kind.
pub fn arg(vm: &mut Vm, kind: Kind, v: Value) -> PyResult<&'static [u8]> {
    if kind == Kind::Str {
        return match as_str(v) {
            Some(s) => Ok(s.as_bytes()),
            None => Err(vm.type_error(format_args!("must be str, not {}", vm.type_name(v)))),
        };
    }
    match crate::objects::bytes::buffer_of(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format_args!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The needle of find/count/index: for byte strings an int is one byte.
fn needle(vm: &mut Vm, kind: Kind, v: Value) -> PyResult<Cow<'static, [u8]>> {
    if kind != Kind::Str && crate::objects::int::is_int(v) {
        return match crate::objects::int::as_i64(v) {
            Some(b @ 0..=255) => Ok(Cow::Owned(alloc::vec![b as u8])),
            _ => Err(vm.value_error(format_args!("byte must be in range(0, 256)"))),
        };
    }
    if kind != Kind::Str && crate::objects::bytes::buffer_of(v).is_none() {
        return Err(vm.type_error(format_args!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok(Cow::Borrowed(arg(vm, kind, v)?))
}

/// Resolve optional start/end positions (slice rules) to byte offsets;
/// None when start lies beyond the end (nothing can match).
fn span(vm: &mut Vm, t: &Text, a: &[Value]) -> PyResult<Option<(usize, usize)>> {
    let start = args::opt_index_clamped(vm, a.first().copied())?;
    let end = args::opt_index_clamped(vm, a.get(1).copied())?;
    let n = t.units() as isize;
    let fix = |i: isize| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = start
        .map(|s| if s < 0 { (s + n).max(0) } else { s })
        .unwrap_or(0);
    let end = end.map(fix).unwrap_or(n);
    if start > n || start > end {
        return Ok(None);
    }
    Ok(Some((t.off(start as usize), t.off(end as usize))))
}

fn find_impl(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult<Option<usize>> {
    let t = this(vm, a[0])?;
    let nd = needle(vm, t.kind, a[1])?;
    let Some((st, en)) = span(vm, &t, &a[2..])? else {
        return Ok(None);
    };
    let hay = t.b.get(..en).unwrap_or(t.b);
    let r = if rev {
        rfind_bytes(hay, &nd, st, en)
    } else {
        find_bytes(hay, &nd, st)
    };
    Ok(r.map(|b| t.pos(b)))
}

#[inline(never)]
fn not_found(vm: &mut Vm, v: Value) -> Value {
    if crate::objects::str::is_str(v) {
        vm.value_error(format_args!("substring not found"))
    } else {
        vm.value_error(format_args!("subsection not found"))
    }
}

pub fn s_find(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = find_impl(vm, a, false)?;
    Ok(Value::small_int(r.map(|i| i as isize).unwrap_or(-1)))
}
pub fn s_rfind(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = find_impl(vm, a, true)?;
    Ok(Value::small_int(r.map(|i| i as isize).unwrap_or(-1)))
}
pub fn s_index(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match find_impl(vm, a, false)? {
        Some(i) => Ok(Value::small_int(i as isize)),
        None => Err(not_found(vm, a[0])),
    }
}
pub fn s_rindex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match find_impl(vm, a, true)? {
        Some(i) => Ok(Value::small_int(i as isize)),
        None => Err(not_found(vm, a[0])),
    }
}

pub fn s_count(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let nd = needle(vm, t.kind, a[1])?;
    let Some((st, en)) = span(vm, &t, &a[2..])? else {
        return Ok(Value::small_int(0));
    };
    let sub = t.b.get(st..en).unwrap_or(b"");
    let n = if nd.is_empty() {
        if t.bytewise {
            sub.len() + 1
        } else {
            core::str::from_utf8(sub)
                .map(|s| s.chars().count())
                .unwrap_or(0)
                + 1
        }
    } else {
        let mut n = 0;
        let mut i = 0;
        while let Some(p) = find_bytes(sub, &nd, i) {
            n += 1;
            i = p + nd.len();
        }
        n
    };
    Ok(Value::small_int(n as isize))
}

fn affix(vm: &mut Vm, a: &[Value], ends: bool) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let name = if ends { "endswith" } else { "startswith" };
    let kind_name = if t.is_str() { "str" } else { "bytes" };
    let is_tuple = crate::objects::tuple::is_tuple(a[1]);
    if !is_tuple && text_arg(t.kind, a[1]).is_none() {
        return Err(vm.type_error(format_args!(
            "{} first arg must be {} or a tuple of {}, not {}",
            name,
            kind_name,
            kind_name,
            vm.type_name(a[1])
        )));
    }
    let Some((st, en)) = span(vm, &t, &a[2..])? else {
        return Ok(Value::FALSE);
    };
    let t = this(vm, a[0])?;
    let sub = t.b.get(st..en).unwrap_or(b"");
    let prefixes: &[Value] = if is_tuple {
        crate::objects::tuple::items(a[1])
    } else {
        core::slice::from_ref(&a[1])
    };
    for &p in prefixes {
        let Some(p) = text_arg(t.kind, p) else {
            return Err(vm.type_error(format_args!(
                "tuple for {} must only contain {}, not {}",
                name,
                kind_name,
                vm.type_name(p)
            )));
        };
        let hit = if ends {
            sub.ends_with(p)
        } else {
            sub.starts_with(p)
        };
        if hit {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

/// A text argument of the receiver's kind, without raising.
fn text_arg(kind: Kind, v: Value) -> Option<&'static [u8]> {
    if kind == Kind::Str {
        as_str(v).map(|s| s.as_bytes())
    } else {
        crate::objects::bytes::buffer_of(v)
    }
}

pub fn s_startswith(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix(vm, a, false)
}
pub fn s_endswith(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix(vm, a, true)
}

/// Python's whitespace for str (Rust's plus the ASCII separators).
#[inline(never)]
pub fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Whitespace for byte strings.
pub fn byte_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn strip_impl(vm: &mut Vm, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let set: Option<&[u8]> = match a.get(1) {
        Some(v) if !v.is_none() => {
            if t.is_str() && !crate::objects::str::is_str(*v) {
                let name = match (left, right) {
                    (true, true) => "strip",
                    (true, false) => "lstrip",
                    _ => "rstrip",
                };
                return Err(vm.type_error(format_args!("{} arg must be None or str", name)));
            }
            Some(arg(vm, t.kind, *v)?)
        }
        _ => None,
    };
    let r: &[u8] = if t.is_str() {
        let s = t.s();
        let setc = set.and_then(|b| core::str::from_utf8(b).ok());
        let pred = |c: char| match setc {
            Some(cs) => cs.contains(c),
            None => py_space(c),
        };
        let mut r = s;
        if left {
            r = r.trim_start_matches(pred);
        }
        if right {
            r = r.trim_end_matches(pred);
        }
        r.as_bytes()
    } else {
        let pred = |b: &u8| match set {
            Some(cs) => cs.contains(b),
            None => byte_space(*b),
        };
        let mut r = t.b;
        if left {
            let k = r.iter().take_while(|b| pred(b)).count();
            r = &r[k..];
        }
        if right {
            let k = r.iter().rev().take_while(|b| pred(b)).count();
            r = &r[..r.len() - k];
        }
        r
    };
    make_or_self(vm, &t, a[0], r)
}

pub fn s_strip(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, a, true, true)
}
pub fn s_lstrip(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, a, true, false)
}
pub fn s_rstrip(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, a, false, true)
}

fn split_args(
    vm: &mut Vm,
    kind: Kind,
    name: &str,
    a: &[Value],
    kw: &[Value],
) -> PyResult<(Option<&'static [u8]>, isize)> {
    args::check_kw(vm, name, kw, &[q::sep, q::maxsplit])?;
    let sep = args::arg_or_kw(a, 1, kw, q::sep).unwrap_or(Value::NONE);
    let max = match args::arg_or_kw(a, 2, kw, q::maxsplit) {
        Some(m) => args::index(vm, m)?,
        None => -1,
    };
    let sep = if sep.is_none() {
        None
    } else {
        Some(arg(vm, kind, sep)?)
    };
    if sep == Some(b"") {
        return Err(vm.value_error(format_args!("empty separator")));
    }
    Ok((sep, max))
}

/// Length in bytes of the whitespace character at `b[i..]`, 0 if none.
fn space_at(t: &Text, i: usize) -> usize {
    if t.is_str() {
        match t.s().get(i..).and_then(|r| r.chars().next()) {
            Some(c) if py_space(c) => c.len_utf8(),
            _ => 0,
        }
    } else {
        usize::from(byte_space(t.b[i]))
    }
}

/// Length of the whitespace character ending at byte `i` (exclusive).
fn space_before(t: &Text, i: usize) -> usize {
    if t.is_str() {
        match t.s().get(..i).and_then(|r| r.chars().next_back()) {
            Some(c) if py_space(c) => c.len_utf8(),
            _ => 0,
        }
    } else {
        usize::from(byte_space(t.b[i - 1]))
    }
}

/// The (start, end) byte spans of the parts of a split.
fn split_spans(t: &Text, sep: Option<&[u8]>, max: isize) -> Vec<(usize, usize)> {
    let b = t.b;
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut start = 0;
            while max < 0 || (out.len() as isize) < max {
                match find_bytes(b, sep, start) {
                    Some(i) => {
                        out.push((start, i));
                        start = i + sep.len();
                    }
                    None => break,
                }
            }
            out.push((start, b.len()));
        }
        None => {
            let mut i = 0;
            loop {
                while i < b.len() {
                    let k = space_at(t, i);
                    if k == 0 {
                        break;
                    }
                    i += k;
                }
                if i >= b.len() {
                    break;
                }
                if max >= 0 && out.len() as isize >= max {
                    out.push((i, b.len()));
                    break;
                }
                let start = i;
                while i < b.len() && space_at(t, i) == 0 {
                    i += if t.is_str() {
                        t.s()
                            .get(i..)
                            .and_then(|r| r.chars().next())
                            .map_or(1, char::len_utf8)
                    } else {
                        1
                    };
                }
                out.push((start, i));
            }
        }
    }
    out
}

fn rsplit_spans(t: &Text, sep: Option<&[u8]>, max: isize) -> Vec<(usize, usize)> {
    let b = t.b;
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = b.len();
            while max < 0 || (out.len() as isize) < max {
                match rfind_bytes(b, sep, 0, end) {
                    Some(i) => {
                        out.push((i + sep.len(), end));
                        end = i;
                    }
                    None => break,
                }
            }
            out.push((0, end));
        }
        None => {
            let mut i = b.len();
            loop {
                while i > 0 {
                    let k = space_before(t, i);
                    if k == 0 {
                        break;
                    }
                    i -= k;
                }
                if i == 0 {
                    break;
                }
                if max >= 0 && out.len() as isize >= max {
                    out.push((0, i));
                    break;
                }
                let end = i;
                while i > 0 && space_before(t, i) == 0 {
                    i -= if t.is_str() {
                        t.s()
                            .get(..i)
                            .and_then(|r| r.chars().next_back())
                            .map_or(1, char::len_utf8)
                    } else {
                        1
                    };
                }
                out.push((i, end));
            }
        }
    }
    out.reverse();
    out
}

fn spans_to_list(vm: &mut Vm, t: &Text, spans: &[(usize, usize)]) -> PyResult<Value> {
    let list = crate::objects::list::with_capacity(vm, spans.len())?;
    for &(s, e) in spans {
        let part = make(vm, t.kind, t.b.get(s..e).unwrap_or(b""))?;
        crate::objects::list::append(vm, list, part)?;
    }
    Ok(list)
}

pub fn s_split(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let kind = this(vm, a[0])?.kind;
    let (sep, max) = split_args(vm, kind, "split", a, kw)?;
    let t = this(vm, a[0])?;
    let spans = split_spans(&t, sep, max);
    spans_to_list(vm, &t, &spans)
}

pub fn s_rsplit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let kind = this(vm, a[0])?.kind;
    let (sep, max) = split_args(vm, kind, "rsplit", a, kw)?;
    let t = this(vm, a[0])?;
    let spans = rsplit_spans(&t, sep, max);
    spans_to_list(vm, &t, &spans)
}

pub fn s_replace(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let kind = this(vm, a[0])?.kind;
    let count = match a.get(3) {
        Some(&c) => args::index(vm, c)?,
        None => -1,
    };
    let t = this(vm, a[0])?;
    let old = arg(vm, kind, a[1])?;
    let new = arg(vm, kind, a[2])?;
    let mut out = Vec::with_capacity(t.b.len());
    let mut done = 0isize;
    let b = t.b;
    if old.is_empty() {
        // Insert `new` before every position and at the end.
        let mut i = 0;
        while i <= b.len() {
            if count >= 0 && done >= count {
                out.extend_from_slice(&b[i..]);
                break;
            }
            out.extend_from_slice(new);
            done += 1;
            if i == b.len() {
                break;
            }
            let step = if t.is_str() {
                t.s()
                    .get(i..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8)
            } else {
                1
            };
            out.extend_from_slice(&b[i..i + step]);
            i += step;
        }
    } else {
        let mut i = 0;
        while count < 0 || done < count {
            match find_bytes(b, old, i) {
                Some(p) => {
                    out.extend_from_slice(&b[i..p]);
                    out.extend_from_slice(new);
                    i = p + old.len();
                    done += 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&b[i..]);
    }
    if done == 0 {
        return make_or_self(vm, &t, a[0], b);
    }
    make(vm, kind, &out)
}

fn partition_impl(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let sep = arg(vm, t.kind, a[1])?;
    if sep.is_empty() {
        return Err(vm.value_error(format_args!("empty separator")));
    }
    let b = t.b;
    let found = if rev {
        rfind_bytes(b, sep, 0, b.len())
    } else {
        find_bytes(b, sep, 0)
    };
    let (x, y, z): (&[u8], &[u8], &[u8]) = match found {
        Some(i) => (&b[..i], sep, &b[i + sep.len()..]),
        None if rev => (b"", b"", b),
        None => (b, b"", b""),
    };
    let x = make(vm, t.kind, x)?;
    let y = make(vm, t.kind, y)?;
    let z = make(vm, t.kind, z)?;
    crate::objects::tuple::new_tuple(vm, &[x, y, z])
}
pub fn s_partition(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, a, false)
}
pub fn s_rpartition(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, a, true)
}

pub fn s_splitlines(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::check_kw(vm, "splitlines", kw, &[q::keepends])?;
    let keep = match args::arg_or_kw(a, 1, kw, q::keepends) {
        Some(k) => ops::is_true(vm, k)?,
        None => false,
    };
    let t = this(vm, a[0])?;
    let b = t.b;
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let nl = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            0x0b | 0x0c | 0x1c..=0x1e if t.is_str() => 1,
            0xc2 if t.is_str() && b.get(i + 1) == Some(&0x85) => 2,
            0xe2 if t.is_str()
                && b.get(i + 1) == Some(&0x80)
                && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) =>
            {
                3
            }
            _ => 0,
        };
        if nl > 0 {
            spans.push((start, if keep { i + nl } else { i }));
            i += nl;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        spans.push((start, b.len()));
    }
    spans_to_list(vm, &t, &spans)
}

/// Collect parts into a GC-visible vector (used by callers building
/// several values before making a container).
pub fn push_part(vm: &mut Vm, parts: &mut GcVec, kind: Kind, data: &[u8]) -> PyResult<()> {
    let v = make(vm, kind, data)?;
    parts.push(vm, v)
}
