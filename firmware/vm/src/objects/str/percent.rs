//! printf-style `%` formatting of str and bytes (`'%5.2f' % x`,
//! `'%(name)s' % d`), on the spec padding and number layout of `format.rs`.

use super::format::{format_float, pad, sign_str, Spec, MAX_PERCENT_FIELD};
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

/// Does `v` look like a mapping (for `%(name)s`)?
fn is_mapping(v: Value) -> bool {
    crate::objects::dict::is_dict(v)
        || (type_of(v).is_user()
            && crate::objects::class::has_dunder(type_of(v), crate::runtime::qstr::q::__getitem__))
}

/// `fmt % args` (printf style).
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = pystr::as_str(fmt).unwrap_or("");
    let items: Vec<Value> = if crate::objects::tuple::is_tuple(args) {
        crate::objects::tuple::items(args).to_vec()
    } else {
        alloc::vec![args]
    };
    // As CPython: an argument that can be subscripted (other than a tuple or str) may be a
    // mapping the format does not use, so leftover arguments are no error then.
    let is_map = !crate::objects::tuple::is_tuple(args)
        && !pystr::is_str(args)
        && (type_of(args).subscr.is_some() || type_of(args).is_user());
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
            if crate::objects::tuple::is_tuple(args) || pystr::is_str(args) || !is_mapping(args) {
                return Err(vm.type_error(format_args!("format requires a mapping")));
            }
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
                sp.width = sp
                    .width
                    .saturating_mul(10)
                    .saturating_add((*d - b'0') as usize);
                i += 1;
            }
        }
        // The padded text is built in one buffer: a width no heap could hold is refused.
        if sp.width > MAX_PERCENT_FIELD {
            return Err(vm.value_error(format_args!("width too big")));
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
                    p = p.saturating_mul(10).saturating_add((*d - b'0') as usize);
                    i += 1;
                }
            }
            if p > MAX_PERCENT_FIELD {
                return Err(vm.value_error(format_args!("precision too big")));
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
                let v = crate::objects::class::builtin_base::unwrap(next_arg(vm)?);
                let iv = if int::is_int(v) {
                    v
                } else if float::is_float(v) && matches!(conv, b'x' | b'X' | b'o') {
                    return Err(vm.type_error(format_args!(
                        "%{} format: an integer is required, not float",
                        conv as char
                    )));
                } else if float::is_float(v) {
                    float::float_to_int(vm, float::value_of(v))?
                } else {
                    return Err(vm.type_error(format_args!(
                        "%{} format: a real number is required, not {}",
                        conv as char,
                        vm.type_name(v)
                    )));
                };
                let big = crate::objects::int::big::to_bigint(iv);
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
                let v = crate::objects::class::builtin_base::unwrap(next_arg(vm)?);
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
                let s = if let Some(s) = pystr::as_str(v).filter(|s| s.chars().count() == 1) {
                    String::from(s)
                } else if int::is_int(v) {
                    let i = crate::objects::int::big::to_bigint(v)
                        .to_i64()
                        .unwrap_or(-1);
                    match char::from_u32(i as u32).filter(|_| (0..0x110000).contains(&i)) {
                        Some(c) => String::from(c),
                        None => {
                            return Err(vm.new_exc_msg(
                                &exc::OVERFLOW_ERROR,
                                "%c arg not in range(0x110000)",
                            ))
                        }
                    }
                } else {
                    return Err(vm.type_error(format_args!("%c requires int or char")));
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
