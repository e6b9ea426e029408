//! Text formatting: the format-spec mini-language (`format()`,
//! `str.format`) and printf-style `%` formatting.

use crate::exc;
use crate::float;
use crate::int;
use crate::num::{self, FloatSpec, FloatType};
use crate::object::{type_of, PyResult};
use crate::ops;
use crate::print;
use crate::str as pystr;
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
fn pad(sp: &Spec, sign: &str, body: &str, default_align: char, out: &mut String) {
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

fn group(digits: &str) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn sign_str(neg: bool, sp: &Spec) -> &'static str {
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

/// `format(v, spec)` for the builtin types.
pub fn format_value(vm: &mut Vm, v: Value, spec: &str, out: &mut String) -> PyResult<()> {
    let t = type_of(v);
    if t.is_user() {
        if let Some(r) =
            crate::class::call_dunder_opt_user_args(vm, v, crate::qstr::q::__format__, spec)?
        {
            if let Some(s) = pystr::as_str(r) {
                out.push_str(s);
                return Ok(());
            }
        }
        if spec.is_empty() {
            return print::str_into(vm, v, out);
        }
    }
    let sp = parse_spec(vm, spec)?;
    let is_bool = v == Value::TRUE || v == Value::FALSE;
    if int::is_int(v) && !(is_bool && sp.ty.is_none()) {
        return format_int(vm, v, &sp, out);
    }
    if float::is_float(v) {
        let f = float::value_of(v);
        return format_float(vm, f, &sp, out);
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
    if sp.precision.is_some() {
        return Err(vm.value_error(format_args!(
            "Precision not allowed in integer format specifier"
        )));
    }
    let b = crate::bigint_obj::to_bigint(v);
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
            pad(sp, "", &s, '<', out);
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
    if sp.comma {
        digits = group(&digits);
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
    let body = if sp.comma {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (&body[..i], &body[i..]),
            None => (body, ""),
        };
        let mut g = group(int_part);
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
    let mut auto = 0usize;
    let mut chars = fmt.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => {
                if let Some(&(_, '{')) = chars.peek() {
                    chars.next();
                    out.push('{');
                    continue;
                }
                // Find the matching close brace (nested braces in the spec).
                let mut depth = 1;
                let mut end = None;
                for (j, d) in chars.by_ref() {
                    match d {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = Some(j);
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let Some(end) = end else {
                    return Err(
                        vm.value_error(format_args!("Single '{{' encountered in format string"))
                    );
                };
                let field = &fmt[i + 1..end];
                format_field(vm, field, args, kw, &mut auto, &mut out)?;
            }
            '}' => {
                if let Some(&(_, '}')) = chars.peek() {
                    chars.next();
                    out.push('}');
                } else {
                    return Err(
                        vm.value_error(format_args!("Single '}}' encountered in format string"))
                    );
                }
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

fn format_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kw: &[Value],
    auto: &mut usize,
    out: &mut String,
) -> PyResult<()> {
    let (name_conv, spec) = match field.find(':') {
        Some(i) => (&field[..i], &field[i + 1..]),
        None => (field, ""),
    };
    let (name, conv) = match name_conv.find('!') {
        Some(i) => (&name_conv[..i], Some(&name_conv[i + 1..])),
        None => (name_conv, None),
    };
    // First part of the name: index or keyword; then .attr / [key] parts.
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = name.split_at(split);
    let mut v = if head.is_empty() {
        let i = *auto;
        *auto += 1;
        match args.get(i) {
            Some(&v) => v,
            None => return Err(vm.new_exc_msg(&exc::INDEX_ERROR, "tuple index out of range")),
        }
    } else if let Ok(i) = head.parse::<usize>() {
        match args.get(i) {
            Some(&v) => v,
            None => return Err(vm.new_exc_msg(&exc::INDEX_ERROR, "tuple index out of range")),
        }
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
            let attr = crate::qstr::Qstr::intern(&r[..end]);
            v = ops::load_attr(vm, v, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error(format_args!("Missing ']' in format string")));
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => int::from_i64(vm, i)?,
                Err(_) => vm.new_str(key)?,
            };
            v = ops::subscr(vm, v, k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error(format_args!("Unexpected character in format string")));
        }
    }
    match conv {
        Some("r") => {
            let s = print::repr(vm, v)?;
            v = vm.new_string(s)?;
        }
        Some("s") => {
            let s = print::to_str(vm, v)?;
            v = vm.new_string(s)?;
        }
        Some("a") => {
            let s = print::repr(vm, v)?;
            v = vm.new_string(s)?;
        }
        Some(_) => return Err(vm.value_error(format_args!("Unknown conversion specifier"))),
        None => {}
    }
    let spec = if spec.contains('{') {
        str_format(vm, spec, args, kw)?
    } else {
        String::from(spec)
    };
    format_value(vm, v, &spec, out)
}

/// `fmt % args` (printf style).
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = pystr::as_str(fmt).unwrap_or("");
    let items: Vec<Value> = if crate::tuple::is_tuple(args) {
        crate::tuple::items(args).to_vec()
    } else {
        alloc::vec![args]
    };
    let is_map =
        crate::dict::is_dict(args) || (type_of(args).is_user() && !crate::tuple::is_tuple(args));
    let mut out = String::new();
    let mut idx = 0usize;
    let b = f.as_bytes();
    let mut i = 0;
    let mut used_map = false;
    while i < b.len() {
        let c = b[i];
        if c != b'%' {
            let start = i;
            while i < b.len() && b[i] != b'%' {
                i += 1;
            }
            out.push_str(&f[start..i]);
            continue;
        }
        i += 1;
        if i >= b.len() {
            return Err(vm.value_error(format_args!("incomplete format")));
        }
        let mut mapped = None;
        if b[i] == b'(' {
            let Some(close) = f[i..].find(')') else {
                return Err(vm.value_error(format_args!("incomplete format key")));
            };
            let key = vm.new_str(&f[i + 1..i + close])?;
            mapped = Some(ops::subscr(vm, args, key)?);
            used_map = true;
            i += close + 1;
        }
        let mut sp = Spec::default();
        loop {
            match b.get(i) {
                Some(b'-') => sp.align = Some('<'),
                Some(b'+') => sp.sign = Some('+'),
                Some(b' ') => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                Some(b'#') => sp.alt = true,
                Some(b'0') => sp.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut next_arg = |vm: &mut Vm| -> PyResult<Value> {
            if let Some(m) = mapped {
                return Ok(m);
            }
            match items.get(idx) {
                Some(&v) => {
                    idx += 1;
                    Ok(v)
                }
                None => Err(vm.type_error(format_args!("not enough arguments for format string"))),
            }
        };
        if b.get(i) == Some(&b'*') {
            let w = next_arg(vm)?;
            sp.width = int::to_index(vm, w)?.max(0) as usize;
            i += 1;
        } else {
            while let Some(d) = b.get(i).filter(|d| d.is_ascii_digit()) {
                sp.width = sp.width * 10 + (*d - b'0') as usize;
                i += 1;
            }
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            let mut p = 0;
            if b.get(i) == Some(&b'*') {
                let w = next_arg(vm)?;
                p = int::to_index(vm, w)?.max(0) as usize;
                i += 1;
            } else {
                while let Some(d) = b.get(i).filter(|d| d.is_ascii_digit()) {
                    p = p * 10 + (*d - b'0') as usize;
                    i += 1;
                }
            }
            sp.precision = Some(p);
        }
        let Some(&conv) = b.get(i) else {
            return Err(vm.value_error(format_args!("incomplete format")));
        };
        i += 1;
        if sp.align == Some('<') {
            sp.zero = false;
        }
        match conv {
            b'%' => out.push('%'),
            b's' | b'r' | b'a' => {
                let v = next_arg(vm)?;
                let mut s = if conv == b's' {
                    print::to_str(vm, v)?
                } else {
                    print::repr(vm, v)?
                };
                if let Some(p) = sp.precision {
                    if let Some((k, _)) = s.char_indices().nth(p) {
                        s.truncate(k);
                    }
                }
                sp.zero = false;
                pad(&sp, "", &s, '>', &mut out);
            }
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' => {
                let v = next_arg(vm)?;
                let iv = if int::is_int(v) {
                    v
                } else if float::is_float(v) {
                    float::float_to_int(vm, float::value_of(v))?
                } else {
                    return Err(vm.type_error(format_args!(
                        "%{} format: a number is required, not {}",
                        conv as char,
                        vm.type_name(v)
                    )));
                };
                let big = crate::bigint_obj::to_bigint(iv);
                let neg = big.is_negative();
                let radix = match conv {
                    b'x' | b'X' => 16,
                    b'o' => 8,
                    _ => 10,
                };
                let mut digits = big.abs().to_str_radix(radix);
                if conv == b'X' {
                    digits = digits.to_uppercase();
                }
                if let Some(p) = sp.precision {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let mut sign = String::from(sign_str(neg, &sp));
                if sp.alt {
                    sign.push_str(match conv {
                        b'x' => "0x",
                        b'X' => "0X",
                        b'o' => "0o",
                        _ => "",
                    });
                }
                pad(&sp, &sign, &digits, '>', &mut out);
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let v = next_arg(vm)?;
                let Some(fv) = float::to_f64(vm, v)? else {
                    return Err(
                        vm.type_error(format_args!("must be real number, not {}", vm.type_name(v)))
                    );
                };
                sp.ty = Some(conv as char);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                format_float(vm, fv, &sp, &mut out)?;
            }
            b'c' => {
                let v = next_arg(vm)?;
                let s = if let Some(s) = pystr::as_str(v) {
                    String::from(s)
                } else {
                    let i = int::to_index(vm, v)?;
                    let mut s = String::new();
                    s.push(char::from_u32(i as u32).unwrap_or('\u{fffd}'));
                    s
                };
                sp.zero = false;
                pad(&sp, "", &s, '>', &mut out);
            }
            other => {
                return Err(vm.value_error(format_args!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other as char,
                    other,
                    i - 1
                )))
            }
        }
    }
    if idx < items.len() && !is_map && !used_map {
        return Err(vm.type_error(format_args!(
            "not all arguments converted during string formatting"
        )));
    }
    vm.new_string(out)
}
