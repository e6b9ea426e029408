//! `ucollections`: `namedtuple` and `OrderedDict`.
//!
//! A namedtuple class is a heap [`TypeObj`] that is not a user class: its
//! parent is `tuple` and it reuses tuple's slots, so its instances are plain
//! [`crate::objects::tuple::TupleObj`]s whose type pointer names the class. Only
//! printing, construction and attribute access are its own. The field names
//! live in the class dict as `_fields` (a tuple of str), as in CPython.
//!
//! `OrderedDict` is a dict whose type is `OrderedDict`: the dict already keeps
//! insertion order; only the repr and the order-sensitive `==` differ.

use crate::object::{type_of, AttrOp, BinOp, ObjBase, PyResult, TypeObj};
use crate::objects::dict::{self, DICT_TYPE};
use crate::objects::module;
use crate::objects::str as pystr;
use crate::objects::tuple::{self, TUPLE_TYPE};
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;
use alloc::vec::Vec;

// --- namedtuple ------------------------------------------------------------------

/// The `_fields` tuple of a namedtuple class.
fn fields_of(vm: &mut Vm, t: &'static TypeObj) -> PyResult<&'static [Value]> {
    match dict::get_qstr(vm, t.dict, q::_fields)? {
        Some(f) => Ok(tuple::items(f)),
        None => Ok(&[]),
    }
}

fn field_index(fields: &[Value], name: Qstr) -> Option<usize> {
    fields.iter().position(|f| pystr::to_qstr(*f) == Some(name))
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn valid_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// `namedtuple(name, fields)`: fields is a sequence of str, or one str of
/// names separated by spaces and/or commas.
fn namedtuple(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(name) = pystr::as_str(a[0]) else {
        return Err(vm.type_error(format_args!(
            "namedtuple() name must be str, not '{}'",
            vm.type_name(a[0])
        )));
    };
    let mut names: Vec<Qstr> = Vec::new();
    if let Some(s) = pystr::as_str(a[1]) {
        for part in s.split([' ', ',', '\t', '\n']).filter(|p| !p.is_empty()) {
            names.push(Qstr::intern(part));
        }
    } else {
        let items = ops::collect_values(vm, a[1])?;
        for &f in items.as_slice() {
            // Like CPython, a non-str field is taken by its str() (and then
            // usually fails the identifier check below).
            let qs = match pystr::to_qstr(f) {
                Some(qs) => qs,
                None => match crate::runtime::print::to_str(vm, f) {
                    Ok(s) => Qstr::intern(&s),
                    Err(e) => {
                        items.free(vm);
                        return Err(e);
                    }
                },
            };
            names.push(qs);
        }
        items.free(vm);
    }
    for (i, n) in names.iter().enumerate() {
        let s = n.as_str();
        if !valid_identifier(s) {
            return Err(vm.value_error(format_args!(
                "Type names and field names must be valid identifiers: '{}'",
                s
            )));
        }
        if KEYWORDS.contains(&s) {
            return Err(vm.value_error(format_args!(
                "Type names and field names cannot be a keyword: '{}'",
                s
            )));
        }
        if s.starts_with('_') {
            return Err(vm.value_error(format_args!(
                "Field names cannot start with an underscore: '{}'",
                s
            )));
        }
        if names[..i].contains(n) {
            return Err(vm.value_error(format_args!("Encountered duplicate field name: '{}'", s)));
        }
    }
    if !valid_identifier(name) || KEYWORDS.contains(&name) {
        return Err(vm.value_error(format_args!(
            "Type names and field names must be valid identifiers: '{}'",
            name
        )));
    }
    new_type(vm, Qstr::intern(name), &names)
}

/// A namedtuple class called `name` with `fields` (checked by the caller). `sys` makes
/// `sys.implementation` with an empty name, which prints as `(name=..., version=...)`.
pub fn new_type(vm: &mut Vm, name: Qstr, names: &[Qstr]) -> PyResult<Value> {
    let vals: Vec<Value> = names.iter().map(|n| Value::qstr(*n)).collect();
    let fields = tuple::new_tuple(vm, &vals)?;
    let d = dict::new_dict(vm, 1)?;
    dict::set(vm, d, Value::qstr(q::_fields), fields)?;
    vm.alloc(TypeObj {
        flags: crate::object::FLAG_BASETYPE,
        print: Some(nt_print),
        new: Some(nt_new),
        binary: TUPLE_TYPE.binary,
        unary: TUPLE_TYPE.unary,
        subscr: TUPLE_TYPE.subscr,
        iter: TUPLE_TYPE.iter,
        attr: Some(nt_attr),
        parent: Some(&TUPLE_TYPE),
        dict: d,
        ..TypeObj::builtin(name)
    })
}

/// `Point(1, 2)`, `Point(x=1, y=2)`, or a mix.
fn nt_new(vm: &mut Vm, t: &'static TypeObj, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let fields = fields_of(vm, t)?;
    let n = fields.len();
    let tn = t.name.as_str();
    if args.len() > n {
        return Err(vm.type_error(format_args!(
            "{}() takes {} positional arguments but {} were given",
            tn,
            n,
            args.len()
        )));
    }
    let (tv, slots) = tuple::new_tuple_uninit(vm, n)?;
    slots[..args.len()].copy_from_slice(args);
    for pair in kw.chunks(2) {
        let key = pystr::to_qstr(pair[0]).unwrap_or(q::EMPTY);
        let Some(i) = field_index(fields, key) else {
            return Err(vm.type_error(format_args!(
                "{}() got an unexpected keyword argument '{}'",
                tn,
                key.as_str()
            )));
        };
        if !slots[i].is_null() {
            return Err(vm.type_error(format_args!(
                "{}() got multiple values for argument '{}'",
                tn,
                key.as_str()
            )));
        }
        slots[i] = pair[1];
    }
    if let Some(i) = slots.iter().position(|v| v.is_null()) {
        return Err(vm.type_error(format_args!(
            "{}() missing required argument '{}'",
            tn,
            pystr::as_str(fields[i]).unwrap_or("")
        )));
    }
    unsafe { (*tv.as_ptr::<ObjBase>()).ty = t };
    Ok(tv)
}

/// `Point(x=1, y=2)`.
fn nt_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let t = type_of(v);
    let fields = fields_of(vm, t)?;
    out.push_str(t.name.as_str());
    out.push('(');
    for (i, &x) in tuple::items(v).iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Some(f) = fields.get(i).and_then(|f| pystr::as_str(*f)) {
            out.push_str(f);
        }
        out.push('=');
        crate::runtime::print::repr_into(vm, x, out)?;
    }
    out.push(')');
    Ok(())
}

/// `p.x` reads a field; fields are read-only.
fn nt_attr(vm: &mut Vm, v: Value, name: Qstr, op: AttrOp) -> PyResult<Value> {
    let t = type_of(v);
    let fields = fields_of(vm, t)?;
    let Some(i) = field_index(fields, name) else {
        return Ok(Value::NULL);
    };
    match op {
        AttrOp::Load => Ok(tuple::items(v).get(i).copied().unwrap_or(Value::NONE)),
        _ => Err(vm.new_exc_msg(&crate::runtime::exc::ATTRIBUTE_ERROR, "can't set attribute")),
    }
}

// --- OrderedDict -----------------------------------------------------------------

pub static ORDERED_DICT_TYPE: TypeObj = TypeObj {
    flags: crate::object::FLAG_BASETYPE,
    print: Some(od_print),
    new: Some(crate::objects::dict::methods::dict_new),
    binary: Some(od_binary),
    unary: DICT_TYPE.unary,
    subscr: DICT_TYPE.subscr,
    iter: DICT_TYPE.iter,
    parent: Some(&DICT_TYPE),
    ..TypeObj::builtin(q::OrderedDict)
};

fn is_od(v: Value) -> bool {
    v.is_obj() && core::ptr::eq(type_of(v), &ORDERED_DICT_TYPE)
}

/// CPython 3.11's form: `OrderedDict()` / `OrderedDict([('a', 1)])`.
fn od_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    out.push_str("OrderedDict(");
    if dict::len(v) > 0 {
        if !crate::runtime::print::enter_container(vm, v) {
            out.push_str("...)");
            return Ok(());
        }
        let r = od_print_items(vm, v, out);
        crate::runtime::print::leave_container(vm, v);
        r?;
    }
    out.push(')');
    Ok(())
}

fn od_print_items(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    out.push('[');
    let mut pos = 0;
    let mut first = true;
    while let Some((k, x)) = dict::next_entry(v, &mut pos) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        out.push('(');
        crate::runtime::print::repr_into(vm, k, out)?;
        out.push_str(", ");
        crate::runtime::print::repr_into(vm, x, out)?;
        out.push(')');
    }
    out.push(']');
    Ok(())
}

/// Two OrderedDicts are equal only with the same order; against a plain
/// dict the order does not matter (CPython).
fn od_binary(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    if matches!(op, BinOp::Eq | BinOp::Ne) && is_od(lhs) && is_od(rhs) {
        let mut same = dict::len(lhs) == dict::len(rhs);
        let (mut pa, mut pb) = (0, 0);
        while same {
            let (Some((ka, va)), Some((kb, vb))) = (
                dict::next_entry(lhs, &mut pa),
                dict::next_entry(rhs, &mut pb),
            ) else {
                break;
            };
            same = ops::eq_identity(vm, ka, kb)? && ops::eq_identity(vm, va, vb)?;
        }
        return Ok(Value::from_bool(same == (op == BinOp::Eq)));
    }
    match DICT_TYPE.binary {
        Some(f) => f(vm, op, lhs, rhs),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

// --- the module ------------------------------------------------------------------

builtin_fn!(NAMEDTUPLE, q::namedtuple, 2, 2, namedtuple);

static TABLE: &[(Qstr, Value)] = &[
    entry!(q::namedtuple, fn NAMEDTUPLE),
    entry!(q::OrderedDict, fn ORDERED_DICT_TYPE),
];

pub fn make(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    module::from_table(vm, name, TABLE)
}
