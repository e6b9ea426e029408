//! `set` and `frozenset`, kept as a dict of keys (values unused).

use crate::object::{type_of, BinOp, ObjBase, PyResult, TypeObj, UnaryOp, FLAG_BASETYPE};
use crate::objects::dict;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;

#[repr(C)]
pub struct SetObj {
    pub base: ObjBase,
    pub dict: Value,
}

pub static SET_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    print: Some(set_print),
    new: Some(set_new),
    binary: Some(set_binary),
    unary: Some(set_unary),
    iter: Some(set_iter),
    methods: &SET_METHODS,
    ..TypeObj::builtin(q::set)
};

pub static FROZENSET_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    print: Some(set_print),
    new: Some(set_new),
    binary: Some(set_binary),
    unary: Some(set_unary),
    iter: Some(set_iter),
    methods: &FROZENSET_METHODS,
    ..TypeObj::builtin(q::frozenset)
};

#[inline(never)]
pub fn is_set(v: Value) -> bool {
    // Not instances of user subclasses: those hold a set as their native sub-object.
    v.is_obj() && {
        let t = type_of(v);
        !t.is_user() && (t.is_subtype(&SET_TYPE) || t.is_subtype(&FROZENSET_TYPE))
    }
}

fn d(v: Value) -> Value {
    unsafe { v.as_mut::<SetObj>().dict }
}

fn new_empty(vm: &mut Vm, ty: &'static TypeObj) -> PyResult<Value> {
    let dv = dict::new_dict(vm, 0)?;
    vm.alloc(SetObj {
        base: ObjBase::new(ty),
        dict: dv,
    })
}

pub fn new_set_from(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let s = new_empty(vm, &SET_TYPE)?;
    for &x in items {
        add(vm, s, x)?;
    }
    Ok(s)
}

pub fn add(vm: &mut Vm, s: Value, x: Value) -> PyResult<()> {
    dict::set(vm, d(s), x, Value::NONE)
}

pub fn update(vm: &mut Vm, s: Value, src: Value) -> PyResult<()> {
    let it = ops::get_iter(vm, src)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        add(vm, s, x)?;
    }
    Ok(())
}

fn contains(vm: &mut Vm, s: Value, x: Value) -> PyResult<bool> {
    // An unhashable set element is looked up as a frozenset, as CPython does.
    if is_set(x) && core::ptr::eq(type_of(x), &SET_TYPE) {
        let f = copy_as(vm, x, &FROZENSET_TYPE)?;
        return Ok(dict::get(vm, d(s), f)?.is_some());
    }
    Ok(dict::get(vm, d(s), x)?.is_some())
}

#[inline(never)]
fn copy_as(vm: &mut Vm, s: Value, ty: &'static TypeObj) -> PyResult<Value> {
    let r = new_empty(vm, ty)?;
    let mut pos = 0;
    while let Some((k, _)) = dict::next_entry(d(s), &mut pos) {
        add(vm, r, k)?;
    }
    Ok(r)
}

fn set_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let frozen = core::ptr::eq(type_of(v), &FROZENSET_TYPE);
    let n = dict::len(d(v));
    if n == 0 {
        out.push_str(if frozen { "frozenset()" } else { "set()" });
        return Ok(());
    }
    if frozen {
        out.push_str("frozenset(");
    }
    out.push('{');
    let mut pos = 0;
    let mut first = true;
    while let Some((k, _)) = dict::next_entry(d(v), &mut pos) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        crate::runtime::print::repr_into(vm, k, out)?;
    }
    out.push('}');
    if frozen {
        out.push(')');
    }
    Ok(())
}

fn set_new(vm: &mut Vm, ty: &'static TypeObj, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format_args!(
            "{} expected at most 1 argument, got {}",
            ty.name.as_str(),
            args.len()
        )));
    }
    let s = new_empty(vm, ty)?;
    if let Some(&src) = args.first() {
        update(vm, s, src)?;
    }
    Ok(s)
}

/// Elements of any iterable as a set (for the operator methods).
fn as_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if is_set(v) {
        return Ok(v);
    }
    let s = new_empty(vm, &SET_TYPE)?;
    update(vm, s, v)?;
    Ok(s)
}

#[inline(never)]
fn result_type(a: Value) -> &'static TypeObj {
    if core::ptr::eq(type_of(a), &FROZENSET_TYPE) {
        &FROZENSET_TYPE
    } else {
        &SET_TYPE
    }
}

fn combine(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let r = new_empty(vm, result_type(a))?;
    let mut pos = 0;
    match op {
        BinOp::Or => {
            while let Some((k, _)) = dict::next_entry(d(a), &mut pos) {
                add(vm, r, k)?;
            }
            let mut pos = 0;
            while let Some((k, _)) = dict::next_entry(d(b), &mut pos) {
                add(vm, r, k)?;
            }
        }
        BinOp::And => {
            while let Some((k, _)) = dict::next_entry(d(a), &mut pos) {
                if contains(vm, b, k)? {
                    add(vm, r, k)?;
                }
            }
        }
        BinOp::Sub => {
            while let Some((k, _)) = dict::next_entry(d(a), &mut pos) {
                if !contains(vm, b, k)? {
                    add(vm, r, k)?;
                }
            }
        }
        _ => {
            while let Some((k, _)) = dict::next_entry(d(a), &mut pos) {
                if !contains(vm, b, k)? {
                    add(vm, r, k)?;
                }
            }
            let mut pos = 0;
            while let Some((k, _)) = dict::next_entry(d(b), &mut pos) {
                if !contains(vm, a, k)? {
                    add(vm, r, k)?;
                }
            }
        }
    }
    Ok(r)
}

#[inline(never)]
fn subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let mut pos = 0;
    while let Some((k, _)) = dict::next_entry(d(a), &mut pos) {
        if !contains(vm, b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if op == BinOp::Contains {
        return Ok(Value::from_bool(contains(vm, a, b)?));
    }
    if !is_set(a) || !is_set(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (la, lb) = (dict::len(d(a)), dict::len(d(b)));
    Ok(match op {
        BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => combine(vm, op, a, b)?,
        BinOp::IOr | BinOp::IAnd | BinOp::ISub | BinOp::IXor => {
            if core::ptr::eq(type_of(a), &FROZENSET_TYPE) {
                return combine(vm, op.base(), a, b);
            }
            let r = combine(vm, op.base(), a, b)?;
            unsafe { a.as_mut::<SetObj>() }.dict = d(r);
            a
        }
        BinOp::Eq => Value::from_bool(la == lb && subset(vm, a, b)?),
        BinOp::Ne => Value::from_bool(!(la == lb && subset(vm, a, b)?)),
        BinOp::Le => Value::from_bool(subset(vm, a, b)?),
        BinOp::Lt => Value::from_bool(la < lb && subset(vm, a, b)?),
        BinOp::Ge => Value::from_bool(subset(vm, b, a)?),
        BinOp::Gt => Value::from_bool(la > lb && subset(vm, b, a)?),
        _ => Value::NOT_IMPLEMENTED,
    })
}

fn set_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    Ok(match op {
        UnaryOp::Len => Value::small_int(dict::len(d(v)) as isize),
        UnaryOp::Bool => Value::from_bool(dict::len(d(v)) != 0),
        UnaryOp::Hash if core::ptr::eq(type_of(v), &FROZENSET_TYPE) => {
            let mut h: usize = 0x1234_5678;
            let mut pos = 0;
            while let Some((k, _)) = dict::next_entry(d(v), &mut pos) {
                h ^= (ops::hash(vm, k)? as usize).wrapping_mul(0x9e37_79b9);
            }
            Value::small_int((h >> 2) as isize)
        }
        _ => Value::NULL,
    })
}

fn set_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    dict::new_iter(vm, d(v), dict::KEYS)
}

#[inline(never)]
fn check_mutable(vm: &mut Vm, s: Value) -> PyResult<()> {
    if is_set(s) && !core::ptr::eq(type_of(s), &FROZENSET_TYPE) {
        Ok(())
    } else {
        Err(vm.type_error(format_args!("descriptor requires a 'set' object")))
    }
}

fn s_add(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_mutable(vm, a[0])?;
    add(vm, a[0], a[1])?;
    Ok(Value::NONE)
}

fn s_remove(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_mutable(vm, a[0])?;
    if dict::delete(vm, d(a[0]), a[1])?.is_none() {
        return Err(vm.key_error(a[1]));
    }
    Ok(Value::NONE)
}

fn s_discard(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_mutable(vm, a[0])?;
    dict::delete(vm, d(a[0]), a[1])?;
    Ok(Value::NONE)
}

fn s_pop(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_mutable(vm, a[0])?;
    let mut pos = 0;
    match dict::next_entry(d(a[0]), &mut pos) {
        Some((k, _)) => {
            dict::delete(vm, d(a[0]), k)?;
            Ok(k)
        }
        None => Err(vm.new_exc_msg(&crate::runtime::exc::KEY_ERROR, "pop from an empty set")),
    }
}

fn s_clear(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_mutable(vm, a[0])?;
    dict::clear(d(a[0]));
    Ok(Value::NONE)
}

fn s_copy(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    copy_as(vm, a[0], result_type(a[0]))
}

fn s_update(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_mutable(vm, a[0])?;
    for &x in &a[1..] {
        update(vm, a[0], x)?;
    }
    Ok(Value::NONE)
}

#[inline(never)]
fn method_op(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let mut r = a[0];
    for &x in &a[1..] {
        let other = as_set(vm, x)?;
        r = combine(vm, op, r, other)?;
    }
    if a.len() == 1 {
        r = copy_as(vm, a[0], result_type(a[0]))?;
    }
    Ok(r)
}

fn s_union(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    method_op(vm, a, BinOp::Or)
}
fn s_intersection(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    method_op(vm, a, BinOp::And)
}
fn s_difference(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    method_op(vm, a, BinOp::Sub)
}
fn s_symdiff(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    method_op(vm, a, BinOp::Xor)
}

#[inline(never)]
fn in_place(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    check_mutable(vm, a[0])?;
    let r = method_op(vm, a, op)?;
    unsafe { a[0].as_mut::<SetObj>() }.dict = d(r);
    Ok(Value::NONE)
}

fn s_intersection_update(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    in_place(vm, a, BinOp::And)
}
fn s_difference_update(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    in_place(vm, a, BinOp::Sub)
}
fn s_symdiff_update(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    in_place(vm, a, BinOp::Xor)
}

fn s_issubset(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = as_set(vm, a[1])?;
    Ok(Value::from_bool(subset(vm, a[0], b)?))
}
fn s_issuperset(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = as_set(vm, a[1])?;
    Ok(Value::from_bool(subset(vm, b, a[0])?))
}
fn s_isdisjoint(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = as_set(vm, a[1])?;
    let r = combine(vm, BinOp::And, a[0], b)?;
    Ok(Value::from_bool(dict::len(d(r)) == 0))
}

builtin_fn!(ADD, q::add, 2, 2, s_add);
builtin_fn!(REMOVE, q::remove, 2, 2, s_remove);
builtin_fn!(DISCARD, q::discard, 2, 2, s_discard);
builtin_fn!(POP, q::pop, 1, 1, s_pop);
builtin_fn!(CLEAR, q::clear, 1, 1, s_clear);
builtin_fn!(COPY, q::copy, 1, 1, s_copy);
builtin_fn!(UPDATE, q::update, 1, 255, s_update);
builtin_fn!(UNION, q::union, 1, 255, s_union);
builtin_fn!(INTERSECTION, q::intersection, 1, 255, s_intersection);
builtin_fn!(DIFFERENCE, q::difference, 1, 255, s_difference);
builtin_fn!(SYMDIFF, q::symmetric_difference, 2, 2, s_symdiff);
builtin_fn!(
    INTERSECTION_UPDATE,
    q::intersection_update,
    1,
    255,
    s_intersection_update
);
builtin_fn!(
    DIFFERENCE_UPDATE,
    q::difference_update,
    1,
    255,
    s_difference_update
);
builtin_fn!(
    SYMDIFF_UPDATE,
    q::symmetric_difference_update,
    2,
    2,
    s_symdiff_update
);
builtin_fn!(ISSUBSET, q::issubset, 2, 2, s_issubset);
builtin_fn!(ISSUPERSET, q::issuperset, 2, 2, s_issuperset);
builtin_fn!(ISDISJOINT, q::isdisjoint, 2, 2, s_isdisjoint);

static SET_METHODS: [(Qstr, Value); 17] = [
    entry!(q::add, fn ADD),
    entry!(q::remove, fn REMOVE),
    entry!(q::discard, fn DISCARD),
    entry!(q::pop, fn POP),
    entry!(q::clear, fn CLEAR),
    entry!(q::copy, fn COPY),
    entry!(q::update, fn UPDATE),
    entry!(q::union, fn UNION),
    entry!(q::intersection, fn INTERSECTION),
    entry!(q::difference, fn DIFFERENCE),
    entry!(q::symmetric_difference, fn SYMDIFF),
    entry!(q::intersection_update, fn INTERSECTION_UPDATE),
    entry!(q::difference_update, fn DIFFERENCE_UPDATE),
    entry!(q::symmetric_difference_update, fn SYMDIFF_UPDATE),
    entry!(q::issubset, fn ISSUBSET),
    entry!(q::issuperset, fn ISSUPERSET),
    entry!(q::isdisjoint, fn ISDISJOINT),
];

static FROZENSET_METHODS: [(Qstr, Value); 8] = [
    entry!(q::copy, fn COPY),
    entry!(q::union, fn UNION),
    entry!(q::intersection, fn INTERSECTION),
    entry!(q::difference, fn DIFFERENCE),
    entry!(q::symmetric_difference, fn SYMDIFF),
    entry!(q::issubset, fn ISSUBSET),
    entry!(q::issuperset, fn ISSUPERSET),
    entry!(q::isdisjoint, fn ISDISJOINT),
];
