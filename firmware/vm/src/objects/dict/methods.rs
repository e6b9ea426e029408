//! The methods of `dict`, its constructor, and the keys/values/items views.

use crate::object::{type_of, BinOp, ObjBase, PyResult, TypeObj, UnaryOp};
use crate::objects::dict::{
    self, get, len, new_dict, next_entry, set, DICT_TYPE, ITEMS, KEYS, VALUES,
};
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::string::String;

pub fn dict_new(
    vm: &mut Vm,
    ty: &'static TypeObj,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format_args!(
            "dict expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let d = new_dict(vm, 0)?;
    if !core::ptr::eq(ty, &DICT_TYPE) {
        unsafe { (*d.as_ptr::<ObjBase>()).ty = ty };
    }
    update_from(vm, d, args.first().copied(), kw)?;
    Ok(d)
}

/// `d.update(other, **kw)`: a mapping (keys() + []) or iterable of pairs.
fn update_from(vm: &mut Vm, d: Value, other: Option<Value>, kw: &[Value]) -> PyResult<()> {
    if let Some(o) = other {
        if dict::is_dict(o) {
            let mut pos = 0;
            while let Some((k, v)) = next_entry(o, &mut pos) {
                set(vm, d, k, v)?;
            }
        } else if ops::load_attr_opt(vm, o, q::keys)?.is_some() {
            let keys = ops::call_method(vm, o, q::keys, &[])?;
            let it = ops::get_iter(vm, keys)?;
            while let Some(k) = ops::iter_next(vm, it)? {
                let v = ops::subscr(vm, o, k)?;
                set(vm, d, k, v)?;
            }
        } else {
            let it = ops::get_iter(vm, o)?;
            let mut n = 0;
            while let Some(pair) = ops::iter_next(vm, it)? {
                if ops::get_iter(vm, pair).is_err() {
                    return Err(vm.type_error(format_args!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        n
                    )));
                }
                let kv = ops::collect_values(vm, pair)?;
                if kv.len() != 2 {
                    return Err(vm.value_error(format_args!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        n,
                        kv.len()
                    )));
                }
                let s = kv.as_slice();
                set(vm, d, s[0], s[1])?;
                n += 1;
            }
        }
    }
    for pair in kw.chunks(2) {
        set(vm, d, pair[0], pair[1])?;
    }
    Ok(())
}

fn check_dict(vm: &mut Vm, v: Value) -> PyResult<()> {
    if dict::is_dict(v) {
        Ok(())
    } else {
        Err(vm.type_error(format_args!(
            "descriptor requires a 'dict' object but received a '{}'",
            vm.type_name(v)
        )))
    }
}

fn d_get(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_dict(vm, a[0])?;
    Ok(get(vm, a[0], a[1])?.unwrap_or(a.get(2).copied().unwrap_or(Value::NONE)))
}

fn d_pop(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_dict(vm, a[0])?;
    match dict::delete(vm, a[0], a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(&dflt) => Ok(dflt),
            None => Err(vm.key_error(a[1])),
        },
    }
}

fn d_popitem(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_dict(vm, a[0])?;
    let d = dict::obj(a[0]);
    let mut i = d.used;
    while i > 0 {
        i -= 1;
        let mut pos = i;
        if let Some((k, v)) = next_entry(a[0], &mut pos) {
            if pos == i + 1 {
                dict::delete(vm, a[0], k)?;
                return crate::objects::tuple::new_tuple(vm, &[k, v]);
            }
        }
    }
    Err(vm.new_exc_msg(
        &crate::runtime::exc::KEY_ERROR,
        "popitem(): dictionary is empty",
    ))
}

fn d_setdefault(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_dict(vm, a[0])?;
    if let Some(v) = get(vm, a[0], a[1])? {
        return Ok(v);
    }
    let dflt = a.get(2).copied().unwrap_or(Value::NONE);
    set(vm, a[0], a[1], dflt)?;
    Ok(dflt)
}

fn d_update(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_dict(vm, a[0])?;
    update_from(vm, a[0], a.get(1).copied(), kw)?;
    Ok(Value::NONE)
}

fn d_clear(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_dict(vm, a[0])?;
    dict::clear(a[0]);
    Ok(Value::NONE)
}

fn d_copy(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_dict(vm, a[0])?;
    let d = new_dict(vm, len(a[0]))?;
    update_from(vm, d, Some(a[0]), &[])?;
    Ok(d)
}

fn d_fromkeys(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // Called as dict.fromkeys(keys[, value]) (no self: a static method).
    let d = new_dict(vm, 0)?;
    let v = a.get(1).copied().unwrap_or(Value::NONE);
    let it = ops::get_iter(vm, a[0])?;
    while let Some(k) = ops::iter_next(vm, it)? {
        set(vm, d, k, v)?;
    }
    Ok(d)
}

/// A live view of a dict's keys, values or items.
#[repr(C)]
pub struct DictView {
    pub base: ObjBase,
    pub dict: Value,
    pub kind: usize,
}

pub static DICT_VIEW_TYPE: TypeObj = TypeObj {
    print: Some(view_print),
    binary: Some(view_binary),
    unary: Some(view_unary),
    iter: Some(view_iter),
    ..TypeObj::builtin(q::iterator)
};

fn view(vm: &mut Vm, d: Value, kind: usize) -> PyResult<Value> {
    check_dict(vm, d)?;
    vm.alloc(DictView {
        base: ObjBase::new(&DICT_VIEW_TYPE),
        dict: d,
        kind,
    })
}

fn d_keys(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(vm, a[0], KEYS)
}
fn d_values(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(vm, a[0], VALUES)
}
fn d_items(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(vm, a[0], ITEMS)
}

fn view_obj(v: Value) -> &'static DictView {
    unsafe { v.as_mut::<DictView>() }
}

fn view_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let vw = view_obj(v);
    out.push_str(["dict_keys([", "dict_values([", "dict_items(["][vw.kind]);
    let mut pos = 0;
    let mut first = true;
    while let Some((k, x)) = next_entry(vw.dict, &mut pos) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        match vw.kind {
            KEYS => crate::runtime::print::repr_into(vm, k, out)?,
            VALUES => crate::runtime::print::repr_into(vm, x, out)?,
            _ => {
                out.push('(');
                crate::runtime::print::repr_into(vm, k, out)?;
                out.push_str(", ");
                crate::runtime::print::repr_into(vm, x, out)?;
                out.push(')');
            }
        }
    }
    out.push_str("])");
    Ok(())
}

/// A set holding the items of a keys or items view (else None).
fn view_as_set(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    if !core::ptr::eq(type_of(v), &DICT_VIEW_TYPE) {
        return Ok(None);
    }
    if view_obj(v).kind != KEYS && view_obj(v).kind != crate::objects::dict::ITEMS {
        return Ok(None);
    }
    let s = crate::objects::set::new_set_from(vm, &[])?;
    crate::objects::set::update(vm, s, v)?;
    Ok(Some(s))
}

fn view_binary(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    if matches!(
        op,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
    ) {
        // Views compare as sets with sets and other keys/items views.
        let other_ok =
            crate::objects::set::is_set(rhs) || core::ptr::eq(type_of(rhs), &DICT_VIEW_TYPE);
        if !other_ok {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        let (Some(a), b) = (view_as_set(vm, lhs)?, rhs) else {
            return Ok(Value::NOT_IMPLEMENTED);
        };
        let b = match view_as_set(vm, b)? {
            Some(s) => s,
            None if crate::objects::set::is_set(b) => b,
            None => return Ok(Value::NOT_IMPLEMENTED),
        };
        return ops::compare_op(vm, op, a, b);
    }
    if matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) {
        // Set algebra on keys/items views (either operand may be the view).
        let a = match view_as_set(vm, lhs)? {
            Some(s) => s,
            None => {
                let s = crate::objects::set::new_set_from(vm, &[])?;
                crate::objects::set::update(vm, s, lhs)?;
                s
            }
        };
        let b = match view_as_set(vm, rhs)? {
            Some(s) => s,
            None => {
                let s = crate::objects::set::new_set_from(vm, &[])?;
                crate::objects::set::update(vm, s, rhs)?;
                s
            }
        };
        return ops::binary_op(vm, op, a, b);
    }
    if op != BinOp::Contains || !core::ptr::eq(type_of(lhs), &DICT_VIEW_TYPE) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let vw = view_obj(lhs);
    match vw.kind {
        KEYS => Ok(Value::from_bool(get(vm, vw.dict, rhs)?.is_some())),
        _ => {
            let it = view_iter(vm, lhs)?;
            while let Some(x) = ops::iter_next(vm, it)? {
                if ops::eq_identity(vm, x, rhs)? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
    }
}

fn view_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    Ok(match op {
        UnaryOp::Len => Value::small_int(len(view_obj(v).dict) as isize),
        UnaryOp::Bool => Value::from_bool(len(view_obj(v).dict) != 0),
        _ => Value::NULL,
    })
}

fn view_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let vw = view_obj(v);
    dict::new_iter(vm, vw.dict, vw.kind)
}

builtin_fn!(GET, q::get, 2, 3, d_get);
builtin_fn!(POP, q::pop, 2, 3, d_pop);
builtin_fn!(POPITEM, q::popitem, 1, 1, d_popitem);
builtin_fn!(SETDEFAULT, q::setdefault, 2, 3, d_setdefault);
builtin_fn!(UPDATE, q::update, 1, 2, d_update, kw);
builtin_fn!(CLEAR, q::clear, 1, 1, d_clear);
builtin_fn!(COPY, q::copy, 1, 1, d_copy);
builtin_fn!(KEYS_FN, q::keys, 1, 1, d_keys);
builtin_fn!(VALUES_FN, q::values, 1, 1, d_values);
builtin_fn!(ITEMS_FN, q::items, 1, 1, d_items);
builtin_fn!(FROMKEYS_FN, q::fromkeys, 1, 2, d_fromkeys);
static FROMKEYS: crate::runtime::args::Aligned<crate::object::StaticWrapper> =
    crate::runtime::args::Aligned(crate::object::StaticWrapper {
        base: ObjBase::new(&crate::objects::function::STATICMETHOD_TYPE),
        func: Value::from_static(&FROMKEYS_FN),
    });

pub static DICT_METHODS: [(Qstr, Value); 11] = [
    entry!(q::get, fn GET),
    entry!(q::pop, fn POP),
    entry!(q::popitem, fn POPITEM),
    entry!(q::setdefault, fn SETDEFAULT),
    entry!(q::update, fn UPDATE),
    entry!(q::clear, fn CLEAR),
    entry!(q::copy, fn COPY),
    entry!(q::keys, fn KEYS_FN),
    entry!(q::values, fn VALUES_FN),
    entry!(q::items, fn ITEMS_FN),
    entry!(q::fromkeys, fn FROMKEYS.0),
];
