//! `ujson`: `dumps`/`dump` (encoder) and `loads`/`load` (decoder).
//!
//! The output matches CPython's `json.dumps` with its defaults: separators
//! `", "` and `": "`, non-ASCII escaped as `\uXXXX` (surrogate pairs above
//! U+FFFF), non-str keys converted as CPython does, NaN and infinities as
//! `NaN`/`Infinity`. The decoder takes the full JSON grammar (plus CPython's
//! `NaN`/`Infinity` extensions) and raises ValueError with CPython-style
//! messages (what, line, column, char) on bad input.

use crate::object::PyResult;
use crate::objects::dict;
use crate::objects::float;
use crate::objects::list;
use crate::objects::module;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;
use core::fmt::Write;

// --- encoder ---------------------------------------------------------------------

fn quote_json(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            c => {
                let n = c as u32;
                if n >= 0x10000 {
                    let v = n - 0x10000;
                    let _ = write!(
                        out,
                        "\\u{:04x}\\u{:04x}",
                        0xD800 + (v >> 10),
                        0xDC00 + (v & 0x3FF)
                    );
                } else {
                    let _ = write!(out, "\\u{:04x}", n);
                }
            }
        }
    }
    out.push('"');
}

#[inline(never)]
fn encode_float(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    let f = float::value_of(v);
    if f.is_nan() {
        out.push_str("NaN");
    } else if f.is_infinite() {
        out.push_str(if f > 0.0 { "Infinity" } else { "-Infinity" });
    } else {
        crate::runtime::print::repr_into(vm, v, out)?;
    }
    Ok(())
}

/// A dict key as JSON text: str as is; int, float, bool and None converted.
fn encode_key(vm: &mut Vm, k: Value, out: &mut String) -> PyResult<()> {
    if let Some(s) = pystr::as_str(k) {
        quote_json(s, out);
        return Ok(());
    }
    let mut tmp = String::new();
    if k == Value::TRUE {
        tmp.push_str("true");
    } else if k == Value::FALSE {
        tmp.push_str("false");
    } else if k.is_none() {
        tmp.push_str("null");
    } else if crate::objects::int::is_int(k) {
        crate::runtime::print::repr_into(vm, k, &mut tmp)?;
    } else if float::is_float(k) {
        encode_float(vm, k, &mut tmp)?;
    } else {
        return Err(vm.type_error(format_args!(
            "keys must be str, int, float, bool or None, not {}",
            vm.type_name(k)
        )));
    }
    quote_json(&tmp, out);
    Ok(())
}

fn encode(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    vm.check_stack()?;
    if v.is_none() {
        out.push_str("null");
    } else if v == Value::TRUE {
        out.push_str("true");
    } else if v == Value::FALSE {
        out.push_str("false");
    } else if crate::objects::int::is_int(v) {
        crate::runtime::print::repr_into(vm, v, out)?;
    } else if float::is_float(v) {
        encode_float(vm, v, out)?;
    } else if let Some(s) = pystr::as_str(v) {
        quote_json(s, out);
    } else if list::is_list(v) || tuple::is_tuple(v) || dict::is_dict(v) {
        if !crate::runtime::print::enter_container(vm, v) {
            return Err(vm.value_error(format_args!("Circular reference detected")));
        }
        let r = encode_container(vm, v, out);
        crate::runtime::print::leave_container(vm, v);
        r?;
    } else {
        return Err(vm.type_error(format_args!(
            "Object of type {} is not JSON serializable",
            vm.type_name(v)
        )));
    }
    Ok(())
}

fn encode_container(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    if dict::is_dict(v) {
        out.push('{');
        let mut pos = 0;
        let mut first = true;
        while let Some((k, x)) = dict::next_entry(v, &mut pos) {
            if !first {
                out.push_str(", ");
            }
            first = false;
            encode_key(vm, k, out)?;
            out.push_str(": ");
            encode(vm, x, out)?;
        }
        out.push('}');
        return Ok(());
    }
    out.push('[');
    let mut i = 0;
    loop {
        // Re-read each time: encoding runs no Python code today, but the
        // list must not be borrowed across calls that could resize it.
        let items = if list::is_list(v) {
            &*list::items(v)
        } else {
            tuple::items(v)
        };
        let Some(&x) = items.get(i) else { break };
        if i > 0 {
            out.push_str(", ");
        }
        encode(vm, x, out)?;
        i += 1;
    }
    out.push(']');
    Ok(())
}

fn dumps(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut out = String::new();
    encode(vm, a[0], &mut out)?;
    vm.new_string(out)
}

fn dump(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut out = String::new();
    encode(vm, a[0], &mut out)?;
    let s = vm.new_string(out)?;
    ops::call_method(vm, a[1], q::write, &[s])?;
    Ok(Value::NONE)
}

// --- decoder ---------------------------------------------------------------------

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    #[inline(never)]
    fn eat(&mut self, word: &str) -> bool {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    /// ValueError "what: line L column C (char N)" at byte offset `at`.
    #[cold]
    fn error(&self, vm: &mut Vm, what: &str, at: usize) -> Value {
        let before = &self.s[..at.min(self.s.len())];
        let chars = |b: &[u8]| b.iter().filter(|&&c| c & 0xC0 != 0x80).count();
        let line = before.iter().filter(|&&c| c == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |p| p + 1);
        vm.value_error(format_args!(
            "{}: line {} column {} (char {})",
            what,
            line,
            chars(&before[line_start..]) + 1,
            chars(before)
        ))
    }

    fn value(&mut self, vm: &mut Vm) -> PyResult<Value> {
        vm.check_stack()?;
        self.skip_ws();
        match self.peek() {
            Some(b'{') => self.object(vm),
            Some(b'[') => self.array(vm),
            Some(b'"') => self.string(vm),
            Some(b'-' | b'0'..=b'9') => self.number(vm),
            _ if self.eat("true") => Ok(Value::TRUE),
            _ if self.eat("false") => Ok(Value::FALSE),
            _ if self.eat("null") => Ok(Value::NONE),
            _ if self.eat("NaN") => float::new_float(vm, f64::NAN),
            _ if self.eat("Infinity") => float::new_float(vm, f64::INFINITY),
            _ => Err(self.error(vm, "Expecting value", self.i)),
        }
    }

    fn object(&mut self, vm: &mut Vm) -> PyResult<Value> {
        self.i += 1;
        let d = dict::new_dict(vm, 0)?;
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(d);
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error(
                    vm,
                    "Expecting property name enclosed in double quotes",
                    self.i,
                ));
            }
            let k = self.string(vm)?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.error(vm, "Expecting ':' delimiter", self.i));
            }
            self.i += 1;
            let v = self.value(vm)?;
            dict::set(vm, d, k, v)?;
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(d);
                }
                _ => return Err(self.error(vm, "Expecting ',' delimiter", self.i)),
            }
        }
    }

    fn array(&mut self, vm: &mut Vm) -> PyResult<Value> {
        self.i += 1;
        let l = list::new_list(vm, &[])?;
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(l);
        }
        loop {
            let v = self.value(vm)?;
            list::append(vm, l, v)?;
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(l);
                }
                _ => return Err(self.error(vm, "Expecting ',' delimiter", self.i)),
            }
        }
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let h = self.s.get(at..at + 4)?;
        let t = core::str::from_utf8(h).ok()?;
        if !t.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(t, 16).ok()
    }

    fn string(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let start = self.i;
        self.i += 1;
        let mut out: alloc::vec::Vec<u8> = alloc::vec::Vec::new();
        loop {
            let run = self.i;
            while let Some(c) = self.peek() {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            out.extend_from_slice(&self.s[run..self.i]);
            match self.peek() {
                None => return Err(self.error(vm, "Unterminated string starting at", start)),
                Some(b'"') => {
                    self.i += 1;
                    break;
                }
                Some(b'\\') => {}
                Some(_) => return Err(self.error(vm, "Invalid control character at", self.i)),
            }
            let esc_at = self.i;
            self.i += 1;
            let c = match self.peek() {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'u') => {
                    let Some(mut cp) = self.hex4(self.i + 1) else {
                        return Err(self.error(vm, "Invalid \\uXXXX escape", self.i - 1));
                    };
                    self.i += 4;
                    // A high surrogate followed by an escaped low one is one character.
                    if (0xD800..0xDC00).contains(&cp) && self.s[self.i + 1..].starts_with(b"\\u") {
                        if let Some(lo) = self.hex4(self.i + 3) {
                            if (0xDC00..0xE000).contains(&lo) {
                                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                                self.i += 6;
                            }
                        }
                    }
                    // A lone surrogate has no UTF-8 form: it becomes U+FFFD.
                    char::from_u32(cp).unwrap_or('\u{FFFD}')
                }
                None => return Err(self.error(vm, "Unterminated string starting at", start)),
                Some(_) => return Err(self.error(vm, "Invalid \\escape", esc_at)),
            };
            self.i += 1;
            let mut b = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
        }
        match core::str::from_utf8(&out) {
            Ok(s) => vm.new_str(s),
            Err(_) => Err(self.error(vm, "Invalid UTF-8 in string starting at", start)),
        }
    }

    fn number(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
            if self.eat("Infinity") {
                return float::new_float(vm, f64::NEG_INFINITY);
            }
        }
        let digits = |p: &mut Self| {
            let s = p.i;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.i += 1;
            }
            p.i - s
        };
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err(self.error(vm, "Expecting value", start)),
        }
        let mut is_float = false;
        // A '.' or 'e' not followed by digits ends the number (CPython).
        if self.peek() == Some(b'.') && matches!(self.s.get(self.i + 1), Some(b'0'..=b'9')) {
            self.i += 1;
            digits(self);
            is_float = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let save = self.i;
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if digits(self) == 0 {
                self.i = save;
            } else {
                is_float = true;
            }
        }
        let text = core::str::from_utf8(&self.s[start..self.i]).unwrap_or("0");
        if is_float {
            let f = crate::num::parse::parse_f64(text).unwrap_or(0.0);
            float::new_float(vm, f)
        } else {
            crate::objects::int::big::parse(vm, text, 10)
        }
    }
}

fn loads(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = if pystr::is_str(a[0]) {
        pystr::as_bytes(a[0])
    } else {
        crate::objects::bytes::buffer_of(a[0])
    };
    let Some(s) = s else {
        return Err(vm.type_error(format_args!(
            "the JSON object must be str, bytes or bytearray, not {}",
            vm.type_name(a[0])
        )));
    };
    let mut p = Parser { s, i: 0 };
    let v = p.value(vm)?;
    p.skip_ws();
    if p.i < s.len() {
        return Err(p.error(vm, "Extra data", p.i));
    }
    Ok(v)
}

fn load(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let text = ops::call_method(vm, a[0], q::read, &[])?;
    loads(vm, &[text], &[])
}

builtin_fn!(DUMPS, q::dumps, 1, 1, dumps);
builtin_fn!(DUMP, q::dump, 2, 2, dump);
builtin_fn!(LOADS, q::loads, 1, 1, loads);
builtin_fn!(LOAD, q::load, 1, 1, load);

static TABLE: &[(Qstr, Value)] = &[
    entry!(q::dumps, fn DUMPS),
    entry!(q::dump, fn DUMP),
    entry!(q::loads, fn LOADS),
    entry!(q::load, fn LOAD),
];

pub fn make(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    module::from_table(vm, name, TABLE)
}
