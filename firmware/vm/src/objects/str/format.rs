//! Text formatting: the format-spec mini-language (`format()`,
//! `str.format`). printf-style `%` formatting is in `percent.rs`.

use crate::num::{self, FloatSpec, FloatType};
use crate::object::{type_of, PyResult};
use crate::objects::float;
use crate::objects::int;
use crate::objects::str as pystr;
use crate::runtime::exc;
use crate::runtime::ops;
use crate::runtime::print;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;
use alloc::vec::Vec;

#[derive(Default, Clone, Copy)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub comma: bool,
    /// `_` grouping (every 3 digits in decimal, every 4 in b/o/x).
    pub underscore: bool,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(vm: &mut Vm, s: &str) -> PyResult<Spec> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let mut w = 0usize;
    while i < c.len() && c[i].is_ascii_digit() {
        w = w
            .saturating_mul(10)
            .saturating_add(c[i] as usize - '0' as usize);
        i += 1;
    }
    sp.width = w;
    if i < c.len() && c[i] == ',' {
        sp.comma = true;
        i += 1;
    } else if i < c.len() && c[i] == '_' {
        sp.underscore = true;
        i += 1;
    }
    if i < c.len() && matches!(c[i], ',' | '_') {
        return Err(vm.value_error(format_args!("Cannot specify both ',' and '_'.")));
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        let mut p = 0usize;
        while i < c.len() && c[i].is_ascii_digit() {
            p = p
                .saturating_mul(10)
                .saturating_add(c[i] as usize - '0' as usize);
            i += 1;
        }
        if i == start {
            return Err(vm.value_error(format_args!("Format specifier missing precision")));
        }
        sp.precision = Some(p);
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err(vm.value_error(format_args!("Invalid format specifier")));
    }
    if sp.width > 1 << 20 || sp.precision.unwrap_or(0) > 1 << 20 {
        return Err(vm.value_error(format_args!("Too many decimal digits in format string")));
    }
    Ok(sp)
}

/// Pad `body` (sign already split off into `sign`) to the spec's width.
pub(super) fn pad(sp: &Spec, sign: &str, body: &str, default_align: char, out: &mut String) {
    let len = sign.chars().count() + body.chars().count();
    let (fill, align) = if sp.zero && sp.align.is_none() {
        ('0', '=')
    } else {
        (sp.fill.unwrap_or(' '), sp.align.unwrap_or(default_align))
    };
    let padn = sp.width.saturating_sub(len);
    let push_fill = |out: &mut String, n: usize| {
        for _ in 0..n {
            out.push(fill);
        }
    };
    match align {
        '<' => {
            out.push_str(sign);
            out.push_str(body);
            push_fill(out, padn);
        }
        '^' => {
            push_fill(out, padn / 2);
            out.push_str(sign);
            out.push_str(body);
            push_fill(out, padn - padn / 2);
        }
        '=' => {
            out.push_str(sign);
            push_fill(out, padn);
            out.push_str(body);
        }
        _ => {
            push_fill(out, padn);
            out.push_str(sign);
            out.push_str(body);
        }
    }
}

fn group_by(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

pub(super) fn sign_str(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Largest width or precision `%` formatting accepts (as the format-spec parser, 1 MiB).
pub(super) const MAX_PERCENT_FIELD: usize = 1 << 20;

/// `format(v, spec)` for the builtin types.
pub fn format_value(vm: &mut Vm, v: Value, spec: &str, out: &mut String) -> PyResult<()> {
    let t = type_of(v);
    if t.is_user() {
        if let Some(r) = crate::objects::class::call_dunder_opt_user_args(
            vm,
            v,
            crate::runtime::qstr::q::__format__,
            spec,
        )? {
            if let Some(s) = pystr::as_str(r) {
                out.push_str(s);
                return Ok(());
            }
        }
        if spec.is_empty() {
            return print::str_into(vm, v, out);
        }
    }
    // A subclass of a builtin formats as its builtin value.
    let v = crate::objects::class::builtin_base::unwrap(v);
    let sp = parse_spec(vm, spec)?;
    let is_bool = v == Value::TRUE || v == Value::FALSE;
    if int::is_int(v) && !(is_bool && spec.is_empty()) {
        return format_int(vm, v, &sp, out);
    }
    if float::is_float(v) {
        if let Some(c) = sp.ty {
            if FloatType::from_char(c).is_none() {
                return Err(vm.value_error(format_args!(
                    "Unknown format code '{}' for object of type 'float'",
                    c
                )));
            }
        }
        let f = float::value_of(v);
        return format_float(vm, f, &sp, out);
    }
    if !spec.is_empty() && !pystr::is_str(v) && !crate::objects::complex::is_complex(v) {
        return Err(vm.type_error(format_args!(
            "unsupported format string passed to {}.__format__",
            t.name.as_str()
        )));
    }
    if sp.ty.is_some() && sp.ty != Some('s') {
        return Err(vm.value_error(format_args!(
            "Unknown format code '{}' for object of type '{}'",
            sp.ty.unwrap_or(' '),
            t.name.as_str()
        )));
    }
    if sp.sign.is_some() {
        return Err(vm.value_error(format_args!("Sign not allowed in string format specifier")));
    }
    if sp.alt {
        return Err(vm.value_error(format_args!(
            "Alternate form (#) not allowed in string format specifier"
        )));
    }
    if sp.comma || sp.underscore {
        return Err(vm.value_error(format_args!(
            "Cannot specify '{}' with 's'.",
            if sp.comma { ',' } else { '_' }
        )));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error(format_args!(
            "'=' alignment not allowed in string format specifier"
        )));
    }
    let mut s = print::to_str(vm, v)?;
    if let Some(p) = sp.precision {
        if let Some((i, _)) = s.char_indices().nth(p) {
            s.truncate(i);
        }
    }
    pad(&sp, "", &s, '<', out);
    Ok(())
}

fn format_int(vm: &mut Vm, v: Value, sp: &Spec, out: &mut String) -> PyResult<()> {
    let ty = sp.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = float::to_f64(vm, v)?.unwrap_or(0.0);
        return format_float(vm, f, sp, out);
    }
    if !matches!(ty, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err(vm.value_error(format_args!(
            "Unknown format code '{}' for object of type '{}'",
            ty,
            vm.type_name(v)
        )));
    }
    if sp.precision.is_some() {
        return Err(vm.value_error(format_args!(
            "Precision not allowed in integer format specifier"
        )));
    }
    if ty == 'c' && sp.sign.is_some() {
        return Err(vm.value_error(format_args!(
            "Sign not allowed with integer format specifier 'c'"
        )));
    }
    let b = crate::objects::int::big::to_bigint(v);
    let neg = b.is_negative();
    let mag = b.abs();
    let (radix, prefix) = match ty {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => {
            let c = char::from_u32(mag.to_i64().unwrap_or(-1) as u32).unwrap_or('\u{fffd}');
            let mut s = String::new();
            s.push(c);
            pad(sp, "", &s, '>', out);
            return Ok(());
        }
        _ => {
            return Err(vm.value_error(format_args!(
                "Unknown format code '{}' for object of type '{}'",
                ty,
                vm.type_name(v)
            )))
        }
    };
    let mut digits = mag.to_str_radix(radix);
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    if sp.comma || sp.underscore {
        if !matches!(ty, 'd') && (sp.comma || ty == 'n') {
            return Err(vm.value_error(format_args!(
                "Cannot specify '{}' with '{}'.",
                if sp.comma { ',' } else { '_' },
                ty
            )));
        }
        let sep = if sp.comma { ',' } else { '_' };
        let every = if radix == 10 { 3 } else { 4 };
        digits = group_by(&digits, sep, every);
    }
    let mut sign = String::from(sign_str(neg, sp));
    if sp.alt {
        sign.push_str(prefix);
    }
    pad(sp, &sign, &digits, '>', out);
    Ok(())
}

pub fn format_float(_vm: &mut Vm, f: f64, sp: &Spec, out: &mut String) -> PyResult<()> {
    let ty = match sp.ty {
        None => FloatType::None,
        Some(c) => FloatType::from_char(c).unwrap_or(FloatType::General { upper: false }),
    };
    let fs = FloatSpec {
        ty,
        precision: sp.precision,
        alternate: sp.alt,
    };
    let mut s = String::new();
    num::format_f64(f, &fs, &mut s);
    let neg = s.starts_with('-');
    let body = if neg { &s[1..] } else { &s[..] };
    let body = if sp.comma || sp.underscore {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (&body[..i], &body[i..]),
            None => (body, ""),
        };
        let mut g = group_by(int_part, if sp.comma { ',' } else { '_' }, 3);
        g.push_str(rest);
        g
    } else {
        String::from(body)
    };
    pad(sp, sign_str(neg, sp), &body, '>', out);
    Ok(())
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kw: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    // Automatic numbering: Some(next index); manual: None once a number was seen.
    let mut numbering = Numbering::Unset;
    format_into(vm, fmt, args, kw, &mut numbering, &mut out, 0)?;
    Ok(out)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

fn format_into(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: &[Value],
    numbering: &mut Numbering,
    out: &mut String,
    depth: u32,
) -> PyResult<()> {
    if depth > 2 {
        return Err(vm.value_error(format_args!("Max string recursion exceeded")));
    }
    let b = fmt.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' => {
                if b.get(i + 1) == Some(&b'{') {
                    out.push('{');
                    i += 2;
                    continue;
                }
                if i + 1 >= b.len() {
                    return Err(
                        vm.value_error(format_args!("Single '{{' encountered in format string"))
                    );
                }
                // The field ends at the matching '}' ('[...]' may hold braces).
                let mut depth_b = 1;
                let mut in_bracket = false;
                let mut j = i + 1;
                let mut end = None;
                while j < b.len() {
                    match b[j] {
                        b'[' if !in_bracket => in_bracket = true,
                        b']' if in_bracket => in_bracket = false,
                        b'{' if !in_bracket => depth_b += 1,
                        b'}' if !in_bracket => {
                            depth_b -= 1;
                            if depth_b == 0 {
                                end = Some(j);
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let Some(end) = end else {
                    return Err(vm.value_error(format_args!("expected '}}' before end of string")));
                };
                let field = &fmt[i + 1..end];
                format_field(vm, field, args, kw, numbering, out, depth)?;
                i = end + 1;
            }
            b'}' => {
                if b.get(i + 1) == Some(&b'}') {
                    out.push('}');
                    i += 2;
                } else {
                    return Err(
                        vm.value_error(format_args!("Single '}}' encountered in format string"))
                    );
                }
            }
            _ => {
                let start = i;
                while i < b.len() && b[i] != b'{' && b[i] != b'}' {
                    i += 1;
                }
                out.push_str(&fmt[start..i]);
            }
        }
    }
    Ok(())
}

fn positional(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Value> {
    match args.get(i) {
        Some(&v) => Ok(v),
        None => Err(vm.new_exc_fmt(
            &exc::INDEX_ERROR,
            format_args!(
                "Replacement index {} out of range for positional args tuple",
                i
            ),
        )),
    }
}

fn format_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kw: &[Value],
    numbering: &mut Numbering,
    out: &mut String,
    depth: u32,
) -> PyResult<()> {
    // name[!conv][:spec]; the name may hold '[...]' with any characters.
    let mut k = 0;
    let fb = field.as_bytes();
    let mut in_bracket = false;
    while k < fb.len() {
        match fb[k] {
            b'[' => in_bracket = true,
            b']' => in_bracket = false,
            b'!' | b':' if !in_bracket => break,
            _ => {}
        }
        k += 1;
    }
    let name = &field[..k];
    let mut rest_f = &field[k..];
    let mut conv = None;
    if let Some(r) = rest_f.strip_prefix('!') {
        let mut it = r.chars();
        let c = it.next();
        let after = it.as_str();
        if !(after.is_empty() || after.starts_with(':')) {
            return Err(vm.value_error(format_args!("expected ':' after conversion specifier")));
        }
        match c {
            Some(c) => conv = Some(c),
            None => {
                return Err(vm.value_error(format_args!(
                    "end of string while looking for conversion specifier"
                )))
            }
        }
        rest_f = after;
    }
    let spec = rest_f.strip_prefix(':').unwrap_or("");
    // First part of the name: index or keyword; then .attr / [key] parts.
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = name.split_at(split);
    let mut v = if head.is_empty() {
        let i = match *numbering {
            Numbering::Manual => {
                return Err(vm.value_error(format_args!(
                    "cannot switch from manual field specification to automatic field numbering"
                )))
            }
            Numbering::Unset => 0,
            Numbering::Auto(n) => n,
        };
        *numbering = Numbering::Auto(i + 1);
        positional(vm, args, i)?
    } else if let Ok(i) = head.parse::<usize>() {
        if let Numbering::Auto(_) = *numbering {
            return Err(vm.value_error(format_args!(
                "cannot switch from automatic field numbering to manual field specification"
            )));
        }
        *numbering = Numbering::Manual;
        positional(vm, args, i)?
    } else {
        match kw.chunks(2).find(|p| pystr::as_str(p[0]) == Some(head)) {
            Some(p) => p[1],
            None => {
                let k = vm.new_str(head)?;
                return Err(vm.key_error(k));
            }
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(vm.value_error(format_args!("Empty attribute in format string")));
            }
            let attr = crate::runtime::qstr::Qstr::intern(&r[..end]);
            v = ops::load_attr(vm, v, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error(format_args!("Missing ']' in format string")));
            };
            let key = &r[..end];
            if key.is_empty() {
                return Err(vm.value_error(format_args!("Empty attribute in format string")));
            }
            let k = match key.parse::<usize>() {
                Ok(i) => int::from_i64(vm, i as i64)?,
                Err(_) => vm.new_str(key)?,
            };
            v = ops::subscr(vm, v, k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error(format_args!(
                "Only '.' or '[' may follow ']' in format field specifier"
            )));
        }
    }
    match conv {
        Some('r') | Some('a') => {
            let s = print::repr(vm, v)?;
            v = vm.new_string(s)?;
        }
        Some('s') => {
            let s = print::to_str(vm, v)?;
            v = vm.new_string(s)?;
        }
        Some(c) => return Err(vm.value_error(format_args!("Unknown conversion specifier {}", c))),
        None => {}
    }
    let spec = if spec.contains('{') {
        let mut s = String::new();
        format_into(vm, spec, args, kw, numbering, &mut s, depth + 1)?;
        s
    } else {
        String::from(spec)
    };
    format_value(vm, v, &spec, out)
}
