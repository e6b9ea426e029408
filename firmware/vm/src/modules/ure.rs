//! `ure` / `re`: compile(), match(), search(), DEBUG; regex objects with
//! match(), search() and split(); match objects with group(). Patterns and
//! subjects are str (matched by code point) or bytes (matched by byte).

use crate::modules::ure_compile::{compile, Inst};
use crate::modules::ure_match::{Matcher, Subject, UNSET};
use crate::object::{is_type, ObjBase, PyResult, TypeObj};
use crate::objects::module;
use crate::objects::str as pystr;
use crate::runtime::exc;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// A compiled pattern; its program follows inline (no Python values).
#[repr(C)]
pub struct RegexObj {
    pub base: ObjBase,
    text: bool,
    groups: usize,
    loops: usize,
    ninst: usize,
}

/// A successful match: the subject and the byte spans of its groups
/// (2 words per group, `UNSET` for a group that did not take part).
#[repr(C)]
pub struct MatchObj {
    pub base: ObjBase,
    subject: Value,
    text: bool,
    groups: usize,
}

pub static REGEX_TYPE: TypeObj = TypeObj {
    print: Some(regex_print),
    methods: &REGEX_METHODS,
    ..TypeObj::builtin(q::ure)
};

pub static MATCH_TYPE: TypeObj = TypeObj {
    print: Some(match_print),
    methods: &MATCH_METHODS,
    ..TypeObj::builtin(q::r#match)
};

/// Flag for compile(): print the compiled program.
const FLAG_DEBUG: isize = 0x1000;

fn regex_print(_vm: &mut Vm, v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    let _ = write!(out, "<re {:p}>", v.as_ptr::<RegexObj>());
    Ok(())
}

fn match_print(_vm: &mut Vm, v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    let m = unsafe { v.as_mut::<MatchObj>() };
    let _ = write!(out, "<match num={}>", m.groups);
    Ok(())
}

fn program(r: &RegexObj) -> &'static [Inst] {
    unsafe {
        let p = (r as *const RegexObj).add(1) as *const Inst;
        core::slice::from_raw_parts(p, r.ninst)
    }
}

#[cold]
fn regex_error(vm: &mut Vm) -> Value {
    vm.value_error(format_args!("Error in regex"))
}

fn dump(vm: &mut Vm, code: &[Inst]) {
    let mut s = String::new();
    for (i, ins) in code.iter().enumerate() {
        let _ = writeln!(s, "{:3} {:?}", i, ins);
    }
    vm.port_write(s.as_bytes());
}

fn do_compile(vm: &mut Vm, pat: Value, flags: isize) -> PyResult<Value> {
    let (units, text): (Vec<u32>, bool) = if let Some(s) = pystr::as_str(pat) {
        (s.chars().map(|c| c as u32).collect(), true)
    } else if pystr::is_bytes(pat) {
        let b = pystr::as_bytes(pat).unwrap_or(&[]);
        (b.iter().map(|&c| c as u32).collect(), false)
    } else {
        return Err(vm.type_error(format_args!(
            "first argument must be string or compiled pattern"
        )));
    };
    let prog = compile(&units, text).map_err(|_| regex_error(vm))?;
    if flags & FLAG_DEBUG != 0 {
        dump(vm, &prog.code);
    }
    let n = prog.code.len();
    let p = vm.alloc_var(
        RegexObj {
            base: ObjBase::new(&REGEX_TYPE),
            text,
            groups: prog.groups,
            loops: prog.loops,
            ninst: n,
        },
        n * core::mem::size_of::<Inst>(),
        true,
    )?;
    unsafe {
        core::ptr::copy_nonoverlapping(prog.code.as_ptr(), p.add(1) as *mut Inst, n);
    }
    Ok(Value::from_ptr(p))
}

fn as_regex(v: Value) -> Option<&'static RegexObj> {
    if v.is_obj() && is_type(v, &REGEX_TYPE) {
        Some(unsafe { v.as_mut::<RegexObj>() })
    } else {
        None
    }
}

fn regex_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if as_regex(v).is_some() {
        Ok(v)
    } else {
        do_compile(vm, v, 0)
    }
}

/// The subject's data, checked against the pattern's kind as CPython does.
fn subject(vm: &mut Vm, r: &RegexObj, s: Value) -> PyResult<Subject<'static>> {
    if let Some(t) = pystr::as_str(s) {
        if !r.text {
            return Err(vm.type_error(format_args!(
                "cannot use a bytes pattern on a string-like object"
            )));
        }
        return Ok(Subject {
            data: t.as_bytes(),
            text: true,
        });
    }
    if let Some(b) = crate::objects::bytes::buffer_of(s) {
        if r.text {
            return Err(vm.type_error(format_args!(
                "cannot use a string pattern on a bytes-like object"
            )));
        }
        return Ok(Subject {
            data: b,
            text: false,
        });
    }
    Err(vm.type_error(format_args!(
        "expected string or bytes-like object, got '{}'",
        vm.type_name(s)
    )))
}

fn new_piece(vm: &mut Vm, text: bool, data: &[u8]) -> PyResult<Value> {
    if text {
        vm.new_str(unsafe { core::str::from_utf8_unchecked(data) })
    } else {
        pystr::new_bytes(vm, data)
    }
}

/// match() / search() on a compiled regex value.
#[inline(never)]
fn exec(vm: &mut Vm, rv: Value, s: Value, anchored: bool) -> PyResult<Value> {
    let r = match as_regex(rv) {
        Some(r) => r,
        None => return Err(vm.type_error(format_args!("expected a compiled regex"))),
    };
    let subj = subject(vm, r, s)?;
    let mut m = Matcher::new(program(r), r.groups, r.loops, subj);
    let found = if anchored {
        m.match_at(vm, 0, false)?
    } else {
        m.search(vm, 0, false)?
    };
    if !found {
        return Ok(Value::NONE);
    }
    let ng = r.groups;
    let p = vm.alloc_var(
        MatchObj {
            base: ObjBase::new(&MATCH_TYPE),
            subject: s,
            text: subj.text,
            groups: ng,
        },
        ng * 2 * core::mem::size_of::<usize>(),
        false,
    )?;
    let spans = unsafe { core::slice::from_raw_parts_mut(p.add(1) as *mut usize, ng * 2) };
    for (g, pair) in spans.chunks_exact_mut(2).enumerate() {
        let (a, b) = m.span(g).unwrap_or((UNSET, UNSET));
        pair[0] = a;
        pair[1] = b;
    }
    Ok(Value::from_ptr(p))
}

fn re_compile(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let flags = match a.get(1) {
        Some(&f) => crate::runtime::args::index(vm, f)?,
        None => 0,
    };
    if as_regex(a[0]).is_some() {
        return Ok(a[0]);
    }
    do_compile(vm, a[0], flags)
}

fn re_match(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = regex_of(vm, a[0])?;
    exec(vm, r, a[1], true)
}

fn re_search(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = regex_of(vm, a[0])?;
    exec(vm, r, a[1], false)
}

fn regex_match(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    exec(vm, a[0], a[1], true)
}

fn regex_search(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    exec(vm, a[0], a[1], false)
}

/// split(string, max_split=-1): the pieces between matches, with the
/// groups of each match in between (None for a group that did not take
/// part), as CPython does; max_split <= 0 means no limit.
fn regex_split(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = match as_regex(a[0]) {
        Some(r) => r,
        None => return Err(vm.type_error(format_args!("expected a compiled regex"))),
    };
    let max = match a.get(2) {
        Some(&n) => crate::runtime::args::index(vm, n)?,
        None => -1,
    };
    let s = a[1];
    let subj = subject(vm, r, s)?;
    let out = crate::objects::list::new_list(vm, &[])?;
    let mut m = Matcher::new(program(r), r.groups, r.loops, subj);
    let mut last = 0usize;
    let mut from = 0usize;
    let mut count = 0isize;
    // After an empty match the next one must not be empty at the same place.
    let mut after_empty = false;
    while max <= 0 || count < max {
        if from > subj.data.len() || !m.search(vm, from, after_empty)? {
            break;
        }
        let (ms, me) = m.span(0).unwrap_or((from, from));
        let piece = new_piece(vm, subj.text, &subj.data[last..ms])?;
        crate::objects::list::append(vm, out, piece)?;
        for g in 1..r.groups {
            let v = match m.span(g) {
                Some((x, y)) => new_piece(vm, subj.text, &subj.data[x..y])?,
                None => Value::NONE,
            };
            crate::objects::list::append(vm, out, v)?;
        }
        count += 1;
        last = me;
        from = me;
        after_empty = ms == me;
    }
    let rest = new_piece(vm, subj.text, &subj.data[last..])?;
    crate::objects::list::append(vm, out, rest)?;
    Ok(out)
}

fn match_group(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !a[0].is_obj() || !is_type(a[0], &MATCH_TYPE) {
        return Err(vm.type_error(format_args!("expected a match object")));
    }
    let m = unsafe { a[0].as_mut::<MatchObj>() };
    let g = match a.get(1) {
        None => Some(0),
        Some(&v) if crate::objects::int::is_int(v) => {
            // Out of range (big ints included) is "no such group", as in CPython.
            let i = crate::runtime::args::index_value(vm, v).map(crate::objects::int::as_i64)?;
            match i {
                Some(i) if i >= 0 && (i as u64) < m.groups as u64 => Some(i as usize),
                _ => None,
            }
        }
        Some(_) => None,
    };
    let g = match g {
        Some(g) => g,
        None => return Err(vm.new_exc_msg(&exc::INDEX_ERROR, "no such group")),
    };
    let spans = unsafe {
        core::slice::from_raw_parts((m as *const MatchObj).add(1) as *const usize, m.groups * 2)
    };
    let (x, y) = (spans[g * 2], spans[g * 2 + 1]);
    if x == UNSET {
        return Ok(Value::NONE);
    }
    let data = if m.text {
        pystr::as_bytes(m.subject)
    } else {
        crate::objects::bytes::buffer_of(m.subject)
    }
    .unwrap_or(&[]);
    let piece = data.get(x..y).unwrap_or(&[]);
    new_piece(vm, m.text, piece)
}

builtin_fn!(COMPILE, q::compile, 1, 2, re_compile);
builtin_fn!(MATCH, q::r#match, 2, 2, re_match);
builtin_fn!(SEARCH, q::search, 2, 2, re_search);
builtin_fn!(R_MATCH, q::r#match, 2, 2, regex_match);
builtin_fn!(R_SEARCH, q::search, 2, 2, regex_search);
builtin_fn!(R_SPLIT, q::split, 2, 3, regex_split);
builtin_fn!(M_GROUP, q::group, 1, 2, match_group);

static REGEX_METHODS: [(Qstr, Value); 3] = [
    entry!(q::r#match, fn R_MATCH),
    entry!(q::search, fn R_SEARCH),
    entry!(q::split, fn R_SPLIT),
];

static MATCH_METHODS: [(Qstr, Value); 1] = [entry!(q::group, fn M_GROUP)];

static RE_TABLE: &[(Qstr, Value)] = &[
    entry!(q::compile, fn COMPILE),
    entry!(q::r#match, fn MATCH),
    entry!(q::search, fn SEARCH),
    entry!(q::DEBUG, Value::small_int(FLAG_DEBUG)),
];

pub fn make_re(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    module::from_table(vm, name, RE_TABLE)
}
