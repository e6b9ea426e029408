//! `ubinascii` / `binascii`: hexlify, unhexlify, a2b_base64, b2a_base64.
//!
//! Decoding errors are ValueError (CPython's binascii.Error is a subclass of
//! it, so `except ValueError` works in both).

use crate::object::PyResult;
use crate::objects::bytes::buffer_of;
use crate::objects::module;
use crate::objects::str as pystr;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::vec::Vec;

const HEX: &[u8; 16] = b"0123456789abcdef";
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Binary input: any bytes-like object.
fn binary_arg(vm: &mut Vm, v: Value) -> PyResult<&'static [u8]> {
    match buffer_of(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format_args!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// Text input of the a2b functions: bytes-like or an ASCII-only str.
fn ascii_arg(vm: &mut Vm, v: Value) -> PyResult<&'static [u8]> {
    if let Some(s) = pystr::as_str(v) {
        if !s.is_ascii() {
            return Err(vm.value_error(format_args!(
                "string argument should contain only ASCII characters"
            )));
        }
        return Ok(s.as_bytes());
    }
    match buffer_of(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format_args!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// Reject output that could never fit in the heap before building it.
fn check_len(vm: &mut Vm, n: usize) -> PyResult<()> {
    if n > vm.heap.total_bytes() {
        return Err(vm.out_of_memory());
    }
    Ok(())
}

fn hexlify(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = binary_arg(vm, a[0])?;
    let sep = match a.get(1) {
        None => None,
        Some(&s) => {
            let Some(sb) = pystr::as_bytes(s).or_else(|| buffer_of(s)) else {
                return Err(vm.type_error(format_args!(
                    "sep must be str or bytes, not {}",
                    vm.type_name(s)
                )));
            };
            if sb.len() != 1 {
                return Err(vm.value_error(format_args!("sep must be length 1.")));
            }
            if !sb[0].is_ascii() {
                return Err(vm.value_error(format_args!("sep must be ASCII.")));
            }
            Some(sb[0])
        }
    };
    check_len(vm, data.len().saturating_mul(3))?;
    let mut out = Vec::with_capacity(data.len() * 3);
    for (i, &b) in data.iter().enumerate() {
        if let (Some(s), true) = (sep, i > 0) {
            out.push(s);
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    pystr::new_bytes(vm, &out)
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn unhexlify(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = ascii_arg(vm, a[0])?;
    if data.len() % 2 != 0 {
        return Err(vm.value_error(format_args!("Odd-length string")));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (hex_val(pair[0]), hex_val(pair[1])) {
            (Some(h), Some(l)) => out.push((h << 4) | l),
            _ => return Err(vm.value_error(format_args!("Non-hexadecimal digit found"))),
        }
    }
    pystr::new_bytes(vm, &out)
}

fn b64_val(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

/// Base64 decoding as CPython's non-strict mode: characters outside the
/// alphabet are skipped, and a complete pad ends the input.
fn a2b_base64(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = ascii_arg(vm, a[0])?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let mut quad_pos = 0u32;
    let mut left = 0u32;
    let mut pads = 0u32;
    let mut data_chars = 0usize;
    let mut complete = false;
    for &c in data {
        if c == b'=' {
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    complete = true;
                    break;
                }
            }
            continue;
        }
        let Some(v) = b64_val(c) else { continue };
        data_chars += 1;
        match quad_pos {
            0 => {
                left = v;
                quad_pos = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
                quad_pos = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
                quad_pos = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                left = 0;
                quad_pos = 0;
            }
        }
    }
    if !complete && quad_pos == 1 {
        return Err(vm.value_error(format_args!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            data_chars
        )));
    }
    if !complete && quad_pos != 0 {
        return Err(vm.value_error(format_args!("Incorrect padding")));
    }
    pystr::new_bytes(vm, &out)
}

fn b2a_base64(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = binary_arg(vm, a[0])?;
    check_len(vm, data.len() / 3 * 4 + 5)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0] as u32,
            chunk.get(1).copied().unwrap_or(0) as u32,
            chunk.get(2).copied().unwrap_or(0) as u32,
        ];
        let n = (b[0] << 16) | (b[1] << 8) | b[2];
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    out.push(b'\n');
    pystr::new_bytes(vm, &out)
}

builtin_fn!(HEXLIFY, q::hexlify, 1, 2, hexlify);
builtin_fn!(UNHEXLIFY, q::unhexlify, 1, 1, unhexlify);
builtin_fn!(A2B_BASE64, q::a2b_base64, 1, 1, a2b_base64);
builtin_fn!(B2A_BASE64, q::b2a_base64, 1, 1, b2a_base64);

static BINASCII_TABLE: &[(Qstr, Value)] = &[
    entry!(q::hexlify, fn HEXLIFY),
    entry!(q::unhexlify, fn UNHEXLIFY),
    entry!(q::a2b_base64, fn A2B_BASE64),
    entry!(q::b2a_base64, fn B2A_BASE64),
];

pub fn make_binascii(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    module::from_table(vm, name, BINASCII_TABLE)
}
