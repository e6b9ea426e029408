//! The method tables of `str`, `bytes` and `bytearray`, and the methods that
//! transform or classify a whole text: case conversion, character classes,
//! padding, encode/decode and hex. Searching and splitting are in `search.rs`.

use crate::object::{ObjBase, PyResult, StaticWrapper};
use crate::objects::str::as_str;
use crate::objects::str::search::{self as sm, make, this, Kind, Text};
use crate::runtime::args;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;
use alloc::vec::Vec;

fn map_text(
    vm: &mut Vm,
    a: &[Value],
    fs: fn(&str) -> String,
    fb: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    if t.is_str() {
        let r = fs(t.s());
        vm.new_string(r)
    } else {
        let r = fb(t.b);
        make(vm, t.kind, &r)
    }
}

fn upper_s(s: &str) -> String {
    s.to_uppercase()
}
fn lower_s(s: &str) -> String {
    s.to_lowercase()
}
fn upper_b(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}
fn lower_b(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

#[inline(never)]
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase()
}

fn push_title(out: &mut String, c: char) {
    // Title case equals upper case except for a few digraphs.
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => out.push('ǅ'),
        'ǉ' | 'ǈ' | 'Ǉ' => out.push('ǈ'),
        'ǌ' | 'ǋ' | 'Ǌ' => out.push('ǋ'),
        'ǳ' | 'ǲ' | 'Ǳ' => out.push('ǲ'),
        _ => out.extend(c.to_uppercase()),
    }
}

fn title_s(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}
fn title_b(b: &[u8]) -> Vec<u8> {
    let mut prev = false;
    b.iter()
        .map(|&c| {
            let r = if prev {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_s(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    if let Some(c) = it.next() {
        push_title(&mut out, c);
    }
    for c in it {
        out.extend(c.to_lowercase());
    }
    out
}
fn capitalize_b(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_s(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}
fn swapcase_b(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

fn s_upper(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    map_text(vm, a, upper_s, upper_b)
}
fn s_lower(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    map_text(vm, a, lower_s, lower_b)
}
fn s_title(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    map_text(vm, a, title_s, title_b)
}
fn s_capitalize(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    map_text(vm, a, capitalize_s, capitalize_b)
}
fn s_swapcase(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    map_text(vm, a, swapcase_s, swapcase_b)
}

/// True if the text is non-empty and every character passes.
#[inline(never)]
fn class_test(
    vm: &mut Vm,
    a: &[Value],
    fc: fn(char) -> bool,
    fb: fn(u8) -> bool,
) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let r = if t.is_str() {
        !t.b.is_empty() && t.s().chars().all(fc)
    } else {
        !t.b.is_empty() && t.b.iter().all(|&b| fb(b))
    };
    Ok(Value::from_bool(r))
}

/// Vulgar fractions and other numeric characters that are not digits.
fn is_fraction(c: char) -> bool {
    matches!(c as u32, 0xbc..=0xbe | 0x2150..=0x215f | 0x2189 | 0x0f2a..=0x0f33 | 0x2cfd)
}

fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric() && !c.is_alphabetic() && !is_fraction(c))
}

fn is_decimal_char(c: char) -> bool {
    is_digit_char(c)
        && !matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070..=0x209f | 0x2460..=0x24ff | 0x2776..=0x2793 | 0x1369..=0x1371 | 0x10a40..=0x10a43)
}

fn is_alpha_char(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

fn is_alnum_char(c: char) -> bool {
    is_alpha_char(c) || c.is_numeric()
}

fn s_isalpha(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    class_test(vm, a, is_alpha_char, |b| b.is_ascii_alphabetic())
}
fn s_isdigit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    class_test(vm, a, is_digit_char, |b| b.is_ascii_digit())
}
fn s_isdecimal(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    class_test(vm, a, is_decimal_char, |b| b.is_ascii_digit())
}
fn s_isnumeric(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    class_test(vm, a, char::is_numeric, |b| b.is_ascii_digit())
}
fn s_isalnum(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    class_test(vm, a, is_alnum_char, |b| b.is_ascii_alphanumeric())
}
fn s_isspace(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    class_test(vm, a, sm::py_space, sm::byte_space)
}
fn s_isprintable(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    Ok(Value::from_bool(
        t.s().chars().all(crate::objects::str::is_printable),
    ))
}
fn s_isidentifier(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let mut it = t.s().chars();
    let ok = match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => it.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    };
    Ok(Value::from_bool(ok))
}

fn cased(vm: &mut Vm, a: &[Value], upper: bool) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let mut any = false;
    if t.is_str() {
        for c in t.s().chars() {
            if is_cased(c) {
                any = true;
                if c.is_uppercase() != upper {
                    return Ok(Value::FALSE);
                }
            }
        }
    } else {
        for &c in t.b {
            if c.is_ascii_alphabetic() {
                any = true;
                if c.is_ascii_uppercase() != upper {
                    return Ok(Value::FALSE);
                }
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
fn s_istitle(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let s = String::from_utf8_lossy(t.b);
    let mut prev = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev {
                return Ok(Value::FALSE);
            }
            prev = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev {
                return Ok(Value::FALSE);
            }
            prev = true;
            any = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::from_bool(any))
}

/// The fill argument of center/ljust/rjust.
fn fill_of(vm: &mut Vm, t: &Text, name: &str, v: Option<Value>) -> PyResult<Vec<u8>> {
    let Some(v) = v else {
        return Ok(alloc::vec![b' ']);
    };
    if t.is_str() {
        let Some(s) = as_str(v) else {
            return Err(vm.type_error(format_args!(
                "{}() argument 2 must be str, not {}",
                name,
                vm.type_name(v)
            )));
        };
        if s.chars().count() != 1 {
            return Err(vm.type_error(format_args!(
                "The fill character must be exactly one character long"
            )));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match crate::objects::bytes::buffer_of(v) {
        Some(b) if b.len() == 1 => Ok(b.to_vec()),
        _ => Err(vm.type_error(format_args!(
            "{}() argument 2 must be a byte string of length 1, not {}",
            name,
            vm.type_name(v)
        ))),
    }
}

/// 0 = center, 1 = ljust, 2 = rjust.
fn pad_impl(vm: &mut Vm, a: &[Value], how: u8) -> PyResult<Value> {
    let name = ["center", "ljust", "rjust"][how as usize % 3];
    let width = args::index(vm, a[1])?.max(0) as usize;
    let t = this(vm, a[0])?;
    let fill = fill_of(vm, &t, name, a.get(2).copied())?;
    let n = t.units();
    if width <= n {
        if t.kind == Kind::ByteArray {
            return make(vm, t.kind, t.b);
        }
        return Ok(a[0]);
    }
    let total = width - n;
    let left = match how {
        0 => total / 2 + (total & width & 1),
        1 => 0,
        _ => total,
    };
    let mut out = Vec::with_capacity(t.b.len() + total * fill.len());
    for _ in 0..left {
        out.extend_from_slice(&fill);
    }
    out.extend_from_slice(t.b);
    for _ in 0..total - left {
        out.extend_from_slice(&fill);
    }
    make(vm, t.kind, &out)
}
fn s_center(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pad_impl(vm, a, 0)
}
fn s_ljust(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pad_impl(vm, a, 1)
}
fn s_rjust(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pad_impl(vm, a, 2)
}

fn s_zfill(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let width = args::index(vm, a[1])?.max(0) as usize;
    let t = this(vm, a[0])?;
    let n = t.units();
    if width <= n {
        return make(vm, t.kind, t.b);
    }
    let (sign, rest) = match t.b.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), &t.b[1..]),
        _ => (None, t.b),
    };
    let mut out = Vec::with_capacity(width + t.b.len());
    out.extend(sign);
    out.extend(core::iter::repeat_n(b'0', width - n));
    out.extend_from_slice(rest);
    make(vm, t.kind, &out)
}

fn s_expandtabs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::check_kw(vm, "expandtabs", kw, &[q::tabsize])?;
    let size = match args::arg_or_kw(a, 1, kw, q::tabsize) {
        Some(v) => args::index(vm, v)?,
        None => 8,
    };
    let t = this(vm, a[0])?;
    let mut out = Vec::with_capacity(t.b.len());
    let mut col = 0isize;
    let push_unit = |out: &mut Vec<u8>, unit: &[u8], col: &mut isize| match unit {
        b"\t" => {
            if size > 0 {
                let n = size - (*col % size);
                out.extend(core::iter::repeat_n(b' ', n as usize));
                *col += n;
            }
        }
        b"\n" | b"\r" => {
            out.extend_from_slice(unit);
            *col = 0;
        }
        _ => {
            out.extend_from_slice(unit);
            *col += 1;
        }
    };
    if t.is_str() {
        for c in t.s().chars() {
            let mut buf = [0u8; 4];
            push_unit(&mut out, c.encode_utf8(&mut buf).as_bytes(), &mut col);
        }
    } else {
        for &b in t.b {
            push_unit(&mut out, &[b], &mut col);
        }
    }
    make(vm, t.kind, &out)
}

fn affix_remove(vm: &mut Vm, a: &[Value], suffix: bool) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let p = sm::arg(vm, t.kind, a[1])?;
    let r = if suffix {
        t.b.strip_suffix(p)
    } else {
        t.b.strip_prefix(p)
    };
    match r {
        Some(r) if !p.is_empty() => make(vm, t.kind, r),
        _ if t.kind == Kind::ByteArray => make(vm, t.kind, t.b),
        _ => Ok(a[0]),
    }
}
fn s_removeprefix(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix_remove(vm, a, false)
}
fn s_removesuffix(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix_remove(vm, a, true)
}

fn s_format(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let r = crate::objects::str::format::str_format(vm, t.s(), &a[1..], kw)?;
    vm.new_string(r)
}

fn s_encode(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let (enc, errors) = crate::objects::str::codecs::enc_args(vm, "encode", &a[1..], kw)?;
    crate::objects::str::codecs::encode(vm, t.s(), enc, errors)
}

pub fn b_decode(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(b) = crate::objects::bytes::buffer_of(a[0]) else {
        return Err(vm.type_error(format_args!("decode() needs a bytes-like object")));
    };
    let (enc, errors) = crate::objects::str::codecs::enc_args(vm, "decode", &a[1..], kw)?;
    crate::objects::str::codecs::decode(vm, b, enc, errors)
}

fn b_hex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(b) = crate::objects::bytes::buffer_of(a[0]) else {
        return Err(vm.type_error(format_args!("hex() needs a bytes-like object")));
    };
    let mut s = String::with_capacity(b.len() * 2);
    for &x in b {
        s.push(char::from_digit((x >> 4) as u32, 16).unwrap_or('0'));
        s.push(char::from_digit((x & 15) as u32, 16).unwrap_or('0'));
    }
    vm.new_string(s)
}

fn fromhex(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<u8>> {
    let Some(s) = a.last().and_then(|v| as_str(*v)) else {
        return Err(vm.type_error(format_args!("fromhex() argument must be str")));
    };
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16);
        let lo = b.get(i + 1).and_then(|&c| (c as char).to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return Err(vm.value_error(format_args!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            _ => {
                return Err(vm.value_error(format_args!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i
                )))
            }
        }
        i += 2;
    }
    Ok(out)
}
fn bytes_fromhex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = fromhex(vm, a)?;
    crate::objects::str::new_bytes(vm, &b)
}
fn bytearray_fromhex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = fromhex(vm, a)?;
    crate::objects::bytes::new_bytearray(vm, &b)
}

builtin_fn!(FIND, q::find, 2, 4, sm::s_find);
builtin_fn!(RFIND, q::rfind, 2, 4, sm::s_rfind);
builtin_fn!(INDEX, q::index, 2, 4, sm::s_index);
builtin_fn!(RINDEX, q::rindex, 2, 4, sm::s_rindex);
builtin_fn!(COUNT, q::count, 2, 4, sm::s_count);
builtin_fn!(STARTSWITH, q::startswith, 2, 4, sm::s_startswith);
builtin_fn!(ENDSWITH, q::endswith, 2, 4, sm::s_endswith);
builtin_fn!(STRIP, q::strip, 1, 2, sm::s_strip);
builtin_fn!(LSTRIP, q::lstrip, 1, 2, sm::s_lstrip);
builtin_fn!(RSTRIP, q::rstrip, 1, 2, sm::s_rstrip);
builtin_fn!(SPLIT, q::split, 1, 3, sm::s_split, kw);
builtin_fn!(RSPLIT, q::rsplit, 1, 3, sm::s_rsplit, kw);
builtin_fn!(JOIN, q::join, 2, 2, super::join::s_join);
builtin_fn!(REPLACE, q::replace, 3, 4, sm::s_replace);
builtin_fn!(PARTITION, q::partition, 2, 2, sm::s_partition);
builtin_fn!(RPARTITION, q::rpartition, 2, 2, sm::s_rpartition);
builtin_fn!(SPLITLINES, q::splitlines, 1, 2, sm::s_splitlines, kw);
builtin_fn!(UPPER, q::upper, 1, 1, s_upper);
builtin_fn!(LOWER, q::lower, 1, 1, s_lower);
builtin_fn!(TITLE, q::title, 1, 1, s_title);
builtin_fn!(CAPITALIZE, q::capitalize, 1, 1, s_capitalize);
builtin_fn!(SWAPCASE, q::swapcase, 1, 1, s_swapcase);
builtin_fn!(CASEFOLD, q::casefold, 1, 1, s_lower);
builtin_fn!(ISALPHA, q::isalpha, 1, 1, s_isalpha);
builtin_fn!(ISDIGIT, q::isdigit, 1, 1, s_isdigit);
builtin_fn!(ISDECIMAL, q::isdecimal, 1, 1, s_isdecimal);
builtin_fn!(ISNUMERIC, q::isnumeric, 1, 1, s_isnumeric);
builtin_fn!(ISALNUM, q::isalnum, 1, 1, s_isalnum);
builtin_fn!(ISSPACE, q::isspace, 1, 1, s_isspace);
builtin_fn!(ISUPPER, q::isupper, 1, 1, s_isupper);
builtin_fn!(ISLOWER, q::islower, 1, 1, s_islower);
builtin_fn!(ISTITLE, q::istitle, 1, 1, s_istitle);
builtin_fn!(ISPRINTABLE, q::isprintable, 1, 1, s_isprintable);
builtin_fn!(ISIDENTIFIER, q::isidentifier, 1, 1, s_isidentifier);
builtin_fn!(CENTER, q::center, 2, 3, s_center);
builtin_fn!(LJUST, q::ljust, 2, 3, s_ljust);
builtin_fn!(RJUST, q::rjust, 2, 3, s_rjust);
builtin_fn!(ZFILL, q::zfill, 2, 2, s_zfill);
builtin_fn!(EXPANDTABS, q::expandtabs, 1, 2, s_expandtabs, kw);
builtin_fn!(REMOVEPREFIX, q::removeprefix, 2, 2, s_removeprefix);
builtin_fn!(REMOVESUFFIX, q::removesuffix, 2, 2, s_removesuffix);
builtin_fn!(ENCODE, q::encode, 1, 3, s_encode, kw);
builtin_fn!(FORMAT, q::format, 1, 255, s_format, kw);
builtin_fn!(pub DECODE, q::decode, 1, 3, b_decode, kw);
builtin_fn!(HEX, q::hex, 1, 1, b_hex);
builtin_fn!(BYTES_FROMHEX_FN, q::fromhex, 1, 2, bytes_fromhex);
builtin_fn!(BA_FROMHEX_FN, q::fromhex, 1, 2, bytearray_fromhex);
static BYTES_FROMHEX: crate::runtime::args::Aligned<StaticWrapper> =
    crate::runtime::args::Aligned(StaticWrapper {
        base: ObjBase::new(&crate::objects::function::CLASSMETHOD_TYPE),
        func: Value::from_static(&BYTES_FROMHEX_FN),
    });
static BA_FROMHEX: crate::runtime::args::Aligned<StaticWrapper> =
    crate::runtime::args::Aligned(StaticWrapper {
        base: ObjBase::new(&crate::objects::function::CLASSMETHOD_TYPE),
        func: Value::from_static(&BA_FROMHEX_FN),
    });

/// The methods str and the byte strings share.
macro_rules! common_methods {
    ($($extra:expr),* $(,)?) => {
        [
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
            entry!(q::partition, fn PARTITION),
            entry!(q::rpartition, fn RPARTITION),
            entry!(q::splitlines, fn SPLITLINES),
            entry!(q::upper, fn UPPER),
            entry!(q::lower, fn LOWER),
            entry!(q::title, fn TITLE),
            entry!(q::capitalize, fn CAPITALIZE),
            entry!(q::swapcase, fn SWAPCASE),
            entry!(q::isalpha, fn ISALPHA),
            entry!(q::isdigit, fn ISDIGIT),
            entry!(q::isalnum, fn ISALNUM),
            entry!(q::isspace, fn ISSPACE),
            entry!(q::isupper, fn ISUPPER),
            entry!(q::islower, fn ISLOWER),
            entry!(q::istitle, fn ISTITLE),
            entry!(q::center, fn CENTER),
            entry!(q::ljust, fn LJUST),
            entry!(q::rjust, fn RJUST),
            entry!(q::zfill, fn ZFILL),
            entry!(q::removeprefix, fn REMOVEPREFIX),
            entry!(q::expandtabs, fn EXPANDTABS),
            entry!(q::removesuffix, fn REMOVESUFFIX),
            $($extra),*
        ]
    };
}

pub static STR_METHODS: [(Qstr, Value); 43] = common_methods!(
    entry!(q::casefold, fn CASEFOLD),
    entry!(q::isdecimal, fn ISDECIMAL),
    entry!(q::isnumeric, fn ISNUMERIC),
    entry!(q::isprintable, fn ISPRINTABLE),
    entry!(q::isidentifier, fn ISIDENTIFIER),
    entry!(q::encode, fn ENCODE),
    entry!(q::format, fn FORMAT),
);

pub static BYTES_METHODS: [(Qstr, Value); 39] = common_methods!(
    entry!(q::decode, fn DECODE),
    entry!(q::hex, fn HEX),
    entry!(q::fromhex, Value::from_static(&BYTES_FROMHEX.0)),
);

pub static BYTEARRAY_METHODS: [(Qstr, Value); 47] = common_methods!(
    entry!(q::decode, fn DECODE),
    entry!(q::hex, fn HEX),
    entry!(q::fromhex, Value::from_static(&BA_FROMHEX.0)),
    entry!(q::append, fn crate::objects::bytes::BA_APPEND),
    entry!(q::extend, fn crate::objects::bytes::BA_EXTEND),
    entry!(q::pop, fn crate::objects::bytes::BA_POP),
    entry!(q::remove, fn crate::objects::bytes::BA_REMOVE),
    entry!(q::insert, fn crate::objects::bytes::BA_INSERT),
    entry!(q::clear, fn crate::objects::bytes::BA_CLEAR),
    entry!(q::copy, fn crate::objects::bytes::BA_COPY),
    entry!(q::reverse, fn crate::objects::bytes::BA_REVERSE),
);
