//! `str.encode` / `bytes.decode`: UTF-8, ASCII and Latin-1 with the
//! `strict`, `ignore` and `replace` error handlers, and CPython's messages.
//! Errors raise UnicodeError (MicroPython has no UnicodeDecodeError).

use crate::object::PyResult;
use crate::objects::str::as_str;
use crate::runtime::args;
use crate::runtime::exc;
use crate::runtime::qstr::q;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;
use alloc::vec::Vec;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
}

/// Parse `(encoding='utf-8', errors='strict')`.
pub fn enc_args(vm: &mut Vm, fname: &str, a: &[Value], kw: &[Value]) -> PyResult<(Codec, Errors)> {
    args::check_kw(vm, fname, kw, &[q::encoding, q::errors])?;
    let enc = args::arg_or_kw(a, 0, kw, q::encoding);
    let err = args::arg_or_kw(a, 1, kw, q::errors);
    let codec = match enc {
        None => Codec::Utf8,
        Some(e) => {
            let Some(name) = as_str(e) else {
                return Err(vm.type_error(format_args!(
                    "{}() argument 'encoding' must be str, not {}",
                    fname,
                    vm.type_name(e)
                )));
            };
            codec_named(vm, name)?
        }
    };
    let errors = match err {
        None => Errors::Strict,
        Some(e) => match as_str(e) {
            Some("strict") => Errors::Strict,
            Some("ignore") => Errors::Ignore,
            Some("replace") => Errors::Replace,
            Some(other) => {
                return Err(vm.new_exc_fmt(
                    &exc::LOOKUP_ERROR,
                    format_args!("unknown error handler name '{}'", other),
                ))
            }
            None => {
                return Err(vm.type_error(format_args!(
                    "{}() argument 'errors' must be str, not {}",
                    fname,
                    vm.type_name(e)
                )))
            }
        },
    };
    Ok((codec, errors))
}

pub fn codec_named(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => {
            Codec::Latin1
        }
        _ => {
            return Err(vm.new_exc_fmt(
                &exc::LOOKUP_ERROR,
                format_args!("unknown encoding: {}", name),
            ))
        }
    })
}

fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        alloc::format!("'\\x{:02x}'", n)
    } else if n < 0x10000 {
        alloc::format!("'\\u{:04x}'", n)
    } else {
        alloc::format!("'\\U{:08x}'", n)
    }
}

pub fn encode(vm: &mut Vm, s: &str, codec: Codec, errors: Errors) -> PyResult<Value> {
    let limit = match codec {
        Codec::Utf8 => return crate::objects::str::new_bytes(vm, s.as_bytes()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        match errors {
            Errors::Ignore => {}
            Errors::Replace => out.push(b'?'),
            Errors::Strict => {
                return Err(vm.new_exc_fmt(
                    &exc::UNICODE_ERROR,
                    format_args!(
                    "'{}' codec can't encode character {} in position {}: ordinal not in range({})",
                    codec.name(),
                    char_escape(c),
                    i,
                    limit
                ),
                ))
            }
        }
    }
    crate::objects::str::new_bytes(vm, &out)
}

pub fn decode(vm: &mut Vm, b: &[u8], codec: Codec, errors: Errors) -> PyResult<Value> {
    match codec {
        Codec::Latin1 => {
            let s: String = b.iter().map(|&x| x as char).collect();
            vm.new_string(s)
        }
        Codec::Ascii => {
            let mut s = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    s.push(x as char);
                    continue;
                }
                match errors {
                    Errors::Ignore => {}
                    Errors::Replace => s.push('\u{fffd}'),
                    Errors::Strict => {
                        return Err(vm.new_exc_fmt(
                            &exc::UNICODE_ERROR,
                            format_args!(
                                "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                                x, i
                            ),
                        ))
                    }
                }
            }
            vm.new_string(s)
        }
        Codec::Utf8 => decode_utf8(vm, b, errors),
    }
}

fn decode_utf8(vm: &mut Vm, b: &[u8], errors: Errors) -> PyResult<Value> {
    if let Ok(s) = core::str::from_utf8(b) {
        return vm.new_str(s);
    }
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut base = 0usize;
    loop {
        match core::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(core::str::from_utf8(&rest[..good]).unwrap_or(""));
                let bad_len = e.error_len().unwrap_or(rest.len() - good);
                if errors == Errors::Strict {
                    let pos = base + good;
                    let first = rest[good];
                    let reason = if e.error_len().is_none() {
                        "unexpected end of data"
                    } else if (0x80..0xc2).contains(&first) || first >= 0xf5 {
                        "invalid start byte"
                    } else {
                        "invalid continuation byte"
                    };
                    return Err(if bad_len <= 1 {
                        vm.new_exc_fmt(
                            &exc::UNICODE_ERROR,
                            format_args!(
                                "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                                first, pos, reason
                            ),
                        )
                    } else {
                        vm.new_exc_fmt(
                            &exc::UNICODE_ERROR,
                            format_args!(
                                "'utf-8' codec can't decode bytes in position {}-{}: {}",
                                pos,
                                pos + bad_len - 1,
                                reason
                            ),
                        )
                    });
                }
                if errors == Errors::Replace {
                    out.push('\u{fffd}');
                }
                let skip = good + bad_len.max(1);
                base += skip;
                rest = rest.get(skip..).unwrap_or(b"");
                if rest.is_empty() {
                    break;
                }
            }
        }
    }
    vm.new_string(out)
}
