//! The methods of `str` (and the byte-string helpers `bytes` shares).

use crate::gcvec::GcVec;
use crate::object::PyResult;
use crate::ops;
use crate::qstr::{q, Qstr};
use crate::str::{as_str, is_str};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;

/// Find `needle` in `hay` from byte `start`.
pub fn find_bytes(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    if needle.is_empty() {
        return (start <= hay.len()).then_some(start);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (start..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

pub fn rfind_bytes(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if needle.len() > end.saturating_sub(start) {
        return None;
    }
    (start..=end - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

fn this(vm: &mut Vm, v: Value) -> PyResult<&'static str> {
    match as_str(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format_args!(
            "descriptor requires a 'str' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn arg_str(vm: &mut Vm, v: Value) -> PyResult<&'static str> {
    match as_str(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format_args!("must be str, not {}", vm.type_name(v)))),
    }
}

/// Resolve optional start/end args (code point indices) to byte offsets.
fn range_args(vm: &mut Vm, s: &str, a: &[Value]) -> PyResult<(usize, usize)> {
    let n = s.chars().count() as isize;
    let get = |vm: &mut Vm, v: Option<&Value>, dflt: isize| -> PyResult<isize> {
        match v {
            Some(v) if !v.is_none() => {
                let i = crate::int::to_index(vm, *v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
            _ => Ok(dflt),
        }
    };
    let start = get(vm, a.first(), 0)?;
    let end = get(vm, a.get(1), n)?;
    let off = |i: isize| {
        s.char_indices()
            .nth(i as usize)
            .map(|(o, _)| o)
            .unwrap_or(s.len())
    };
    if start > end {
        return Ok((usize::MAX, 0));
    }
    Ok((off(start), off(end)))
}

fn char_index(s: &str, byte: usize) -> isize {
    s[..byte].chars().count() as isize
}

fn find_impl(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult<Option<isize>> {
    let s = this(vm, a[0])?;
    let needle = arg_str(vm, a[1])?;
    let (st, en) = range_args(vm, s, &a[2..])?;
    if st == usize::MAX {
        return Ok(None);
    }
    let hay = &s.as_bytes()[..en];
    let r = if rev {
        rfind_bytes(hay, needle.as_bytes(), st, en)
    } else {
        find_bytes(hay, needle.as_bytes(), st)
    };
    Ok(r.map(|b| char_index(s, b)))
}

fn s_find(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(find_impl(vm, a, false)?.unwrap_or(-1)))
}
fn s_rfind(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(find_impl(vm, a, true)?.unwrap_or(-1)))
}
fn s_index(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match find_impl(vm, a, false)? {
        Some(i) => Ok(Value::small_int(i)),
        None => Err(vm.value_error(format_args!("substring not found"))),
    }
}
fn s_rindex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match find_impl(vm, a, true)? {
        Some(i) => Ok(Value::small_int(i)),
        None => Err(vm.value_error(format_args!("substring not found"))),
    }
}

fn s_count(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let needle = arg_str(vm, a[1])?;
    let (st, en) = range_args(vm, s, &a[2..])?;
    if st == usize::MAX {
        return Ok(Value::small_int(0));
    }
    let sub = &s[st..en];
    let n = if needle.is_empty() {
        sub.chars().count() + 1
    } else {
        sub.matches(needle).count()
    };
    Ok(Value::small_int(n as isize))
}

fn affix(vm: &mut Vm, a: &[Value], ends: bool) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let (st, en) = range_args(vm, s, &a[2..])?;
    if st == usize::MAX {
        return Ok(Value::FALSE);
    }
    let sub = &s[st..en];
    let test = |p: &str| {
        if ends {
            sub.ends_with(p)
        } else {
            sub.starts_with(p)
        }
    };
    if crate::tuple::is_tuple(a[1]) {
        for &p in crate::tuple::items(a[1]) {
            if test(arg_str(vm, p)?) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let p = match as_str(a[1]) {
        Some(p) => p,
        None => {
            return Err(vm.type_error(format_args!(
                "{} first arg must be str or a tuple of str, not {}",
                if ends { "endswith" } else { "startswith" },
                vm.type_name(a[1])
            )))
        }
    };
    Ok(Value::from_bool(test(p)))
}

fn s_startswith(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix(vm, a, false)
}
fn s_endswith(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix(vm, a, true)
}

fn strip_impl(vm: &mut Vm, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let chars: Option<&str> = match a.get(1) {
        Some(v) if !v.is_none() => Some(arg_str(vm, *v)?),
        _ => None,
    };
    let pred = |c: char| match chars {
        Some(set) => set.contains(c),
        None => c.is_whitespace(),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() {
        return Ok(a[0]);
    }
    vm.new_str(r)
}

fn s_strip(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, a, true, true)
}
fn s_lstrip(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, a, true, false)
}
fn s_rstrip(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, a, false, true)
}

fn split_args(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<(Option<&'static str>, isize)> {
    let mut sep = a.get(1).copied().unwrap_or(Value::NONE);
    let mut maxsplit = a.get(2).copied().unwrap_or(Value::small_int(-1));
    for p in kw.chunks(2) {
        match crate::str::to_qstr(p[0]) {
            Some(q::sep) => sep = p[1],
            Some(n) if n.as_str() == "maxsplit" => maxsplit = p[1],
            _ => {
                return Err(
                    vm.type_error(format_args!("split() got an unexpected keyword argument"))
                )
            }
        }
    }
    let sep = if sep.is_none() {
        None
    } else {
        Some(arg_str(vm, sep)?)
    };
    if sep == Some("") {
        return Err(vm.value_error(format_args!("empty separator")));
    }
    Ok((sep, crate::int::to_index(vm, maxsplit)?))
}

fn s_split(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let (sep, max) = split_args(vm, a, kw)?;
    let list = crate::list::new_list(vm, &[])?;
    let mut n = 0;
    match sep {
        Some(sep) => {
            let mut rest = s;
            while max < 0 || n < max {
                match rest.find(sep) {
                    Some(i) => {
                        let part = vm.new_str(&rest[..i])?;
                        crate::list::append(vm, list, part)?;
                        rest = &rest[i + sep.len()..];
                        n += 1;
                    }
                    None => break,
                }
            }
            let part = vm.new_str(rest)?;
            crate::list::append(vm, list, part)?;
        }
        None => {
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    let part = vm.new_str(rest)?;
                    crate::list::append(vm, list, part)?;
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                let part = vm.new_str(&rest[..end])?;
                crate::list::append(vm, list, part)?;
                rest = rest[end..].trim_start();
                n += 1;
            }
        }
    }
    Ok(list)
}

fn s_rsplit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let (sep, max) = split_args(vm, a, kw)?;
    let mut parts = GcVec::new();
    let mut n = 0;
    match sep {
        Some(sep) => {
            let mut rest = s;
            while max < 0 || n < max {
                match rest.rfind(sep) {
                    Some(i) => {
                        let part = vm.new_str(&rest[i + sep.len()..])?;
                        parts.push(vm, part)?;
                        rest = &rest[..i];
                        n += 1;
                    }
                    None => break,
                }
            }
            let part = vm.new_str(rest)?;
            parts.push(vm, part)?;
        }
        None => {
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    let part = vm.new_str(rest)?;
                    parts.push(vm, part)?;
                    break;
                }
                let start = rest
                    .rfind(char::is_whitespace)
                    .map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1))
                    .unwrap_or(0);
                let part = vm.new_str(&rest[start..])?;
                parts.push(vm, part)?;
                rest = rest[..start].trim_end();
                n += 1;
            }
        }
    }
    parts.as_mut_slice().reverse();
    crate::list::new_list(vm, parts.as_slice())
}

fn s_join(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let sep = this(vm, a[0])?;
    let items = ops::collect_values(vm, a[1])?;
    let mut out = String::new();
    for (i, &x) in items.as_slice().iter().enumerate() {
        let Some(s) = as_str(x) else {
            return Err(vm.type_error(format_args!(
                "sequence item {}: expected str instance, {} found",
                i,
                vm.type_name(x)
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s);
    }
    vm.new_string(out)
}

fn s_replace(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let old = arg_str(vm, a[1])?;
    let new = arg_str(vm, a[2])?;
    let count = match a.get(3) {
        Some(&c) => crate::int::to_index(vm, c)?,
        None => -1,
    };
    let r = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    vm.new_string(r)
}

fn case(vm: &mut Vm, a: &[Value], upper: bool) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let r = if upper {
        s.to_uppercase()
    } else {
        s.to_lowercase()
    };
    vm.new_string(r)
}
fn s_upper(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    case(vm, a, true)
}
fn s_lower(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    case(vm, a, false)
}

fn class_test(vm: &mut Vm, a: &[Value], f: fn(char) -> bool) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    Ok(Value::from_bool(!s.is_empty() && s.chars().all(f)))
}
fn s_isalpha(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    class_test(vm, a, char::is_alphabetic)
}
fn s_isdigit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    class_test(vm, a, |c| c.is_ascii_digit())
}
fn s_isspace(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    class_test(vm, a, char::is_whitespace)
}
fn cased(vm: &mut Vm, a: &[Value], upper: bool) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() || c.is_lowercase() {
            any = true;
            if c.is_uppercase() != upper {
                return Ok(Value::FALSE);
            }
        }
    }
    Ok(Value::from_bool(any))
}
fn s_isupper(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    cased(vm, a, true)
}
fn s_islower(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    cased(vm, a, false)
}

fn partition_impl(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let sep = arg_str(vm, a[1])?;
    if sep.is_empty() {
        return Err(vm.value_error(format_args!("empty separator")));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let (x, y, z) = match found {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None if rev => ("", "", s),
        None => (s, "", ""),
    };
    let (x, y, z) = (vm.new_str(x)?, vm.new_str(y)?, vm.new_str(z)?);
    crate::tuple::new_tuple(vm, &[x, y, z])
}
fn s_partition(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, a, false)
}
fn s_rpartition(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, a, true)
}

fn s_center(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let width = crate::int::to_index(vm, a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        Some(&f) => {
            let f = arg_str(vm, f)?;
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(vm.type_error(format_args!(
                        "The fill character must be exactly one character long"
                    )))
                }
            }
        }
        None => ' ',
    };
    let n = s.chars().count();
    if width <= n {
        return Ok(a[0]);
    }
    let total = width - n;
    // CPython puts the extra fill on the left when the total is odd and
    // the string length is odd... precisely: left = total/2 + (total & width & 1).
    let left = total / 2 + (total & width & 1);
    let mut out = String::new();
    for _ in 0..left {
        out.push(fill);
    }
    out.push_str(s);
    for _ in 0..total - left {
        out.push(fill);
    }
    vm.new_string(out)
}

fn s_splitlines(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let keep = match a.get(1) {
        Some(&k) => ops::is_true(vm, k)?,
        None => false,
    };
    let list = crate::list::new_list(vm, &[])?;
    let b = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let nl = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if nl > 0 {
            let end = if keep { i + nl } else { i };
            let part = vm.new_str(&s[start..end])?;
            crate::list::append(vm, list, part)?;
            i += nl;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        let part = vm.new_str(&s[start..])?;
        crate::list::append(vm, list, part)?;
    }
    Ok(list)
}

fn s_encode(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    crate::str::new_bytes(vm, s.as_bytes())
}

fn s_format(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, a[0])?;
    let r = crate::format::str_format(vm, s, &a[1..], kw)?;
    vm.new_string(r)
}

pub fn is_str_value(v: Value) -> bool {
    is_str(v)
}

builtin_fn!(FIND, q::find, 2, 4, s_find);
builtin_fn!(RFIND, q::rfind, 2, 4, s_rfind);
builtin_fn!(INDEX, q::index, 2, 4, s_index);
builtin_fn!(RINDEX, q::rindex, 2, 4, s_rindex);
builtin_fn!(COUNT, q::count, 2, 4, s_count);
builtin_fn!(STARTSWITH, q::startswith, 2, 4, s_startswith);
builtin_fn!(ENDSWITH, q::endswith, 2, 4, s_endswith);
builtin_fn!(STRIP, q::strip, 1, 2, s_strip);
builtin_fn!(LSTRIP, q::lstrip, 1, 2, s_lstrip);
builtin_fn!(RSTRIP, q::rstrip, 1, 2, s_rstrip);
builtin_fn!(SPLIT, q::split, 1, 3, s_split, kw);
builtin_fn!(RSPLIT, q::rsplit, 1, 3, s_rsplit, kw);
builtin_fn!(JOIN, q::join, 2, 2, s_join);
builtin_fn!(REPLACE, q::replace, 3, 4, s_replace);
builtin_fn!(UPPER, q::upper, 1, 1, s_upper);
builtin_fn!(LOWER, q::lower, 1, 1, s_lower);
builtin_fn!(ISALPHA, q::isalpha, 1, 1, s_isalpha);
builtin_fn!(ISDIGIT, q::isdigit, 1, 1, s_isdigit);
builtin_fn!(ISSPACE, q::isspace, 1, 1, s_isspace);
builtin_fn!(ISUPPER, q::isupper, 1, 1, s_isupper);
builtin_fn!(ISLOWER, q::islower, 1, 1, s_islower);
builtin_fn!(PARTITION, q::partition, 2, 2, s_partition);
builtin_fn!(RPARTITION, q::rpartition, 2, 2, s_rpartition);
builtin_fn!(CENTER, q::center, 2, 3, s_center);
builtin_fn!(SPLITLINES, q::splitlines, 1, 2, s_splitlines);
builtin_fn!(ENCODE, q::encode, 1, 3, s_encode);
builtin_fn!(FORMAT, q::format, 1, 255, s_format, kw);

pub static STR_METHODS: [(Qstr, Value); 27] = [
    entry!(q::find, fn FIND),
    entry!(q::rfind, fn RFIND),
    entry!(q::index, fn INDEX),
    entry!(q::rindex, fn RINDEX),
    entry!(q::count, fn COUNT),
    entry!(q::startswith, fn STARTSWITH),
    entry!(q::endswith, fn ENDSWITH),
    entry!(q::strip, fn STRIP),
    entry!(q::lstrip, fn LSTRIP),
    entry!(q::rstrip, fn RSTRIP),
    entry!(q::split, fn SPLIT),
    entry!(q::rsplit, fn RSPLIT),
    entry!(q::join, fn JOIN),
    entry!(q::replace, fn REPLACE),
    entry!(q::upper, fn UPPER),
    entry!(q::lower, fn LOWER),
    entry!(q::isalpha, fn ISALPHA),
    entry!(q::isdigit, fn ISDIGIT),
    entry!(q::isspace, fn ISSPACE),
    entry!(q::isupper, fn ISUPPER),
    entry!(q::islower, fn ISLOWER),
    entry!(q::partition, fn PARTITION),
    entry!(q::rpartition, fn RPARTITION),
    entry!(q::center, fn CENTER),
    entry!(q::splitlines, fn SPLITLINES),
    entry!(q::encode, fn ENCODE),
    entry!(q::format, fn FORMAT),
];
