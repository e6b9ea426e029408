//! `type`, `object`, user classes (C3 MRO, special methods) and instances.
//!
//! A class statement makes a heap [`TypeObj`] flagged USER. Its instances
//! are [`InstanceObj`]s (attribute dict), or [`crate::exc::ExcObj`]s when
//! the class derives from BaseException. The generic operations in `ops`
//! route USER types here, where special methods are looked up and called.

use crate::dict;
use crate::exc::{self, ExcObj};
use crate::func;
use crate::object::{
    type_of, AttrOp, BinOp, ObjBase, PyResult, TypeObj, UnaryOp, FLAG_BASETYPE, FLAG_EXCEPTION,
    FLAG_USER,
};
use crate::ops;
use crate::qstr::{q, Qstr};
use crate::tuple;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;
use alloc::vec::Vec;

pub static TYPE_TYPE: TypeObj = TypeObj {
    print: Some(type_print),
    call: Some(type_call),
    binary: Some(type_binary),
    ..TypeObj::builtin(q::r#type)
};

pub static OBJECT_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    new: Some(object_new),
    methods: &OBJECT_METHODS,
    parent: None,
    ..TypeObj::builtin(q::object)
};

#[repr(C)]
pub struct InstanceObj {
    pub base: ObjBase,
    pub dict: Value,
}

pub fn as_type(v: Value) -> Option<&'static TypeObj> {
    if v.is_obj() && core::ptr::eq(type_of(v), &TYPE_TYPE) {
        Some(unsafe { &*v.as_ptr::<TypeObj>() })
    } else {
        None
    }
}

fn type_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let t = as_type(v).unwrap_or(&OBJECT_TYPE);
    out.push_str("<class '");
    out.push_str(t.name.as_str());
    out.push_str("'>");
    Ok(())
}

fn type_binary(_vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::Eq => Ok(Value::from_bool(a == b)),
        BinOp::Ne => Ok(Value::from_bool(a != b)),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn object_new(
    vm: &mut Vm,
    ty: &'static TypeObj,
    _args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    if ty.flags & FLAG_EXCEPTION != 0 {
        return Ok(exc::new_exception(vm, ty, &[]));
    }
    vm.alloc(InstanceObj {
        base: ObjBase { ty },
        dict: Value::NULL,
    })
}

/// `type(x)`, `type(name, bases, dict)`, and calling any class.
fn type_call(vm: &mut Vm, tv: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = as_type(tv).unwrap_or(&OBJECT_TYPE);
    if core::ptr::eq(t, &TYPE_TYPE) {
        return match args {
            [x] => Ok(type_of(*x).as_value()),
            [_, bases, d] if !tuple::is_tuple(*bases) || !dict::is_dict(*d) => Err(vm.type_error(
                format_args!("type() argument 2 must be tuple and 3 must be dict"),
            )),
            [name, bases, d] => {
                let name = crate::str::to_qstr(*name).unwrap_or(q::EMPTY);
                make_class(vm, name, *bases, *d)
            }
            _ => Err(vm.type_error(format_args!("type() takes 1 or 3 arguments"))),
        };
    }
    if !t.is_user() {
        return match t.new {
            Some(n) => n(vm, t, args, kw),
            None => Err(vm.type_error(format_args!(
                "cannot create '{}' instances",
                t.name.as_str()
            ))),
        };
    }
    // User class: __new__ then __init__.
    let inst = match ops::lookup_in_type(vm, t, q::__new__)? {
        Some(newf) if !is_object_slot(newf) => {
            let f = unwrap_static(newf);
            let mut all = crate::gcvec::GcVec::with_capacity(vm, args.len() + 1)?;
            all.push(vm, tv)?;
            for &a in args {
                all.push(vm, a)?;
            }
            let r = ops::call(vm, f, all.as_slice(), kw)?;
            if !type_of(r).is_subtype(t) {
                return Ok(r);
            }
            r
        }
        _ => {
            let native = t.native_base();
            if native.flags & FLAG_EXCEPTION != 0 {
                let e = exc::new_exception(vm, t, args);
                if !exc::is_exception(e)
                    || type_of(e).is_subtype(&exc::MEMORY_ERROR) && !core::ptr::eq(t, type_of(e))
                {
                    return Err(e);
                }
                e
            } else {
                vm.alloc(InstanceObj {
                    base: ObjBase { ty: t },
                    dict: Value::NULL,
                })?
            }
        }
    };
    if let Some(init) = ops::lookup_in_type(vm, t, q::__init__)? {
        if !is_object_slot(init) {
            let r = ops::call_with_self(vm, init, inst, args, kw)?;
            if !r.is_none() {
                return Err(vm.type_error(format_args!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(r)
                )));
            }
        } else if (!args.is_empty() || !kw.is_empty())
            && t.native_base().flags & FLAG_EXCEPTION == 0
        {
            return Err(vm.type_error(format_args!("{}() takes no arguments", t.name.as_str())));
        }
    }
    Ok(inst)
}

fn unwrap_static(f: Value) -> Value {
    if f.is_obj() && core::ptr::eq(type_of(f), &func::STATICMETHOD_TYPE) {
        unsafe { f.as_mut::<crate::object::StaticWrapper>() }.func
    } else {
        f
    }
}

fn is_object_slot(f: Value) -> bool {
    f == Value::from_static(&OBJ_INIT) || f == Value::from_static(&OBJ_NEW)
}

fn obj_init(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn obj_new(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(t) = a.first().and_then(|v| as_type(*v)) else {
        return Err(vm.type_error(format_args!("object.__new__(X): X is not a type object")));
    };
    if t.native_base().flags & FLAG_EXCEPTION != 0 {
        return Ok(exc::new_exception(vm, t, &a[1..]));
    }
    vm.alloc(InstanceObj {
        base: ObjBase { ty: t },
        dict: Value::NULL,
    })
}

fn obj_eq(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(if a[0] == a[1] {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn obj_ne(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // Default __ne__ inverts __eq__ (as CPython 3).
    let r = ops::compare_op(vm, BinOp::Eq, a[0], a[1])?;
    Ok(Value::from_bool(!ops::is_true(vm, r)?))
}

fn obj_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = default_repr(a[0]);
    vm.new_string(s)
}

fn obj_str(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = crate::print::repr(vm, a[0])?;
    vm.new_string(s)
}

fn obj_hash(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int((a[0].bits() >> 3) as isize))
}

fn default_repr(v: Value) -> String {
    alloc::format!("<{} object at {:x}>", type_of(v).name.as_str(), v.bits())
}

crate::builtin_fn!(pub OBJ_INIT, q::__init__, 1, crate::object::VARARGS, obj_init, kw);
crate::builtin_fn!(pub OBJ_NEW, q::__new__, 1, crate::object::VARARGS, obj_new, kw);
crate::builtin_fn!(OBJ_EQ, q::__eq__, 2, 2, obj_eq);
crate::builtin_fn!(OBJ_NE, q::__ne__, 2, 2, obj_ne);
crate::builtin_fn!(OBJ_REPR, q::__repr__, 1, 1, obj_repr);
crate::builtin_fn!(OBJ_STR, q::__str__, 1, 1, obj_str);
crate::builtin_fn!(OBJ_HASH, q::__hash__, 1, 1, obj_hash);
static OBJ_NEW_STATIC: crate::object::StaticWrapper = crate::object::StaticWrapper {
    base: ObjBase::new(&func::STATICMETHOD_TYPE),
    func: Value::from_static(&OBJ_NEW),
};

static OBJECT_METHODS: [(Qstr, Value); 7] = [
    crate::entry!(q::__init__, fn OBJ_INIT),
    crate::entry!(q::__new__, fn OBJ_NEW_STATIC),
    crate::entry!(q::__eq__, fn OBJ_EQ),
    crate::entry!(q::__ne__, fn OBJ_NE),
    crate::entry!(q::__repr__, fn OBJ_REPR),
    crate::entry!(q::__str__, fn OBJ_STR),
    crate::entry!(q::__hash__, fn OBJ_HASH),
];

// --- class creation ----------------------------------------------------------

/// The MRO of a type as a list of type values (builtins: parent chain).
fn mro_of(t: &'static TypeObj) -> Vec<Value> {
    if !t.mro.is_null() {
        return tuple::items(t.mro).to_vec();
    }
    let mut v = Vec::new();
    let mut cur = Some(t);
    while let Some(c) = cur {
        v.push(c.as_value());
        cur = c.parent;
    }
    v
}

/// C3 linearisation (CPython's MRO).
fn c3(vm: &mut Vm, cls: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| mro_of(as_type(*b).unwrap_or(&OBJECT_TYPE)))
        .collect();
    seqs.push(bases.to_vec());
    let mut out = alloc::vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut picked = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|o| o[1..].contains(&cand)) {
                picked = Some(cand);
                break;
            }
        }
        let Some(c) = picked else {
            return Err(vm.type_error(format_args!(
                "Cannot create a consistent method resolution order (MRO)"
            )));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// Create a class from its name, bases tuple and namespace dict.
pub fn make_class(vm: &mut Vm, name: Qstr, bases: Value, ns: Value) -> PyResult<Value> {
    let base_list = tuple::items(bases);
    let mut flags = FLAG_USER | FLAG_BASETYPE;
    let mut parent: &'static TypeObj = &OBJECT_TYPE;
    for &b in base_list {
        let Some(bt) = as_type(b) else {
            return Err(vm.type_error(format_args!("bases must be types")));
        };
        if bt.flags & FLAG_BASETYPE == 0 {
            return Err(vm.type_error(format_args!(
                "type '{}' is not an acceptable base type",
                bt.name.as_str()
            )));
        }
        // Instances are InstanceObj or ExcObj; a native base with another
        // layout (list, dict, str, int...) would be misread as one. Until
        // instances carry a native sub-object, such bases are refused.
        let native = bt.native_base();
        if !core::ptr::eq(native, &OBJECT_TYPE) && native.flags & FLAG_EXCEPTION == 0 {
            return Err(vm.type_error(format_args!(
                "subclassing the builtin type '{}' is not supported yet",
                native.name.as_str()
            )));
        }
        flags |= bt.flags & FLAG_EXCEPTION;
        if core::ptr::eq(parent, &OBJECT_TYPE) {
            parent = bt;
        }
    }
    // Defining __eq__ without __hash__ makes instances unhashable (CPython 3).
    if dict::get_qstr(vm, ns, q::__eq__)?.is_some()
        && dict::get_qstr(vm, ns, q::__hash__)?.is_none()
    {
        dict::set(vm, ns, Value::qstr(q::__hash__), Value::NONE)?;
    }
    let bases = if base_list.is_empty() {
        tuple::new_tuple(vm, &[OBJECT_TYPE.as_value()])?
    } else {
        bases
    };
    let t = vm.alloc(TypeObj {
        flags,
        print: Some(instance_print),
        parent: Some(parent),
        dict: ns,
        bases,
        ..TypeObj::builtin(name)
    })?;
    let mro = c3(vm, t, tuple::items(bases))?;
    let mro_t = tuple::new_tuple(vm, &mro)?;
    unsafe { t.as_mut::<TypeObj>() }.mro = mro_t;
    Ok(t)
}

/// Attribute of a class object itself (`C.x`, `C.method`).
pub fn type_load_attr(vm: &mut Vm, tv: Value, name: Qstr) -> PyResult<Value> {
    let t = as_type(tv).unwrap_or(&OBJECT_TYPE);
    match name {
        q::__name__ => return Ok(Value::qstr(t.name)),
        q::__class__ => return Ok(TYPE_TYPE.as_value()),
        q::__bases__ => {
            if !t.bases.is_null() {
                return Ok(t.bases);
            }
            let p: Vec<Value> = t.parent.iter().map(|p| p.as_value()).collect();
            return tuple::new_tuple(vm, &p);
        }
        q::__mro__ => {
            let m = mro_of(t);
            return tuple::new_tuple(vm, &m);
        }
        q::__dict__ if !t.dict.is_null() => return Ok(t.dict),
        _ => {}
    }
    match ops::lookup_in_type(vm, t, name)? {
        Some(m) => {
            if m.is_obj() && core::ptr::eq(type_of(m), &func::CLASSMETHOD_TYPE) {
                let f = unsafe { m.as_mut::<crate::object::StaticWrapper>() }.func;
                return func::new_bound_method(vm, f, tv);
            }
            if m.is_obj() && core::ptr::eq(type_of(m), &func::STATICMETHOD_TYPE) {
                return Ok(unsafe { m.as_mut::<crate::object::StaticWrapper>() }.func);
            }
            Ok(m)
        }
        None => Ok(Value::NULL),
    }
}

pub fn type_store_attr(vm: &mut Vm, tv: Value, name: Qstr, value: Value) -> PyResult<()> {
    let t = as_type(tv).unwrap_or(&OBJECT_TYPE);
    if !t.is_user() {
        return Err(vm.type_error(format_args!(
            "can't set attributes of built-in/extension type '{}'",
            t.name.as_str()
        )));
    }
    if value.is_null() {
        if dict::delete(vm, t.dict, Value::qstr(name))?.is_none() {
            return Err(vm.attribute_error(tv, name));
        }
    } else {
        dict::set(vm, t.dict, Value::qstr(name), value)?;
    }
    Ok(())
}

// --- instances -----------------------------------------------------------------

/// The attribute dict slot of an instance (ExcObj or InstanceObj).
fn dict_slot(v: Value) -> &'static mut Value {
    let t = type_of(v);
    unsafe {
        if t.flags & FLAG_EXCEPTION != 0 {
            &mut v.as_mut::<ExcObj>().dict
        } else {
            &mut v.as_mut::<InstanceObj>().dict
        }
    }
}

pub fn instance_load_method(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
    let t = type_of(obj);
    let class_attr = ops::lookup_in_type(vm, t, name)?;
    if let Some(m) = class_attr {
        if func::is_property(m) {
            return func::bind_descriptor(vm, m, obj, t);
        }
    }
    let d = *dict_slot(obj);
    if !d.is_null() {
        if let Some(x) = dict::get_qstr(vm, d, name)? {
            return Ok((x, Value::NULL));
        }
    }
    if t.flags & FLAG_EXCEPTION != 0 {
        if let Some(f) = exc::EXCEPTION.attr {
            let r = f(vm, obj, name, AttrOp::Load)?;
            if !r.is_null() {
                return Ok((r, Value::NULL));
            }
        }
    }
    if let Some(m) = class_attr {
        return func::bind_descriptor(vm, m, obj, t);
    }
    match name {
        q::__class__ => return Ok((t.as_value(), Value::NULL)),
        q::__dict__ => {
            let d = instance_dict(vm, obj)?;
            return Ok((d, Value::NULL));
        }
        _ => {}
    }
    if let Some(ga) = ops::lookup_in_type(vm, t, q::__getattr__)? {
        let r = ops::call_with_self(vm, ga, obj, &[Value::qstr(name)], &[])?;
        return Ok((r, Value::NULL));
    }
    Ok((Value::NULL, Value::NULL))
}

fn instance_dict(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let slot = dict_slot(obj);
    if slot.is_null() {
        let d = dict::new_dict(vm, 4)?;
        *dict_slot(obj) = d;
    }
    Ok(*dict_slot(obj))
}

pub fn instance_store_attr(vm: &mut Vm, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
    let t = type_of(obj);
    if let Some(m) = ops::lookup_in_type(vm, t, name)? {
        if func::is_property(m) {
            let p = func::property(m);
            let f = if value.is_null() { p.fdel } else { p.fset };
            if f.is_none() {
                return Err(vm.new_exc_msg(
                    &exc::ATTRIBUTE_ERROR,
                    if value.is_null() {
                        "can't delete attribute"
                    } else {
                        "can't set attribute"
                    },
                ));
            }
            if value.is_null() {
                ops::call(vm, f, &[obj], &[])?;
            } else {
                ops::call(vm, f, &[obj, value], &[])?;
            }
            return Ok(());
        }
    }
    let custom = if value.is_null() {
        q::__delattr__
    } else {
        q::__setattr__
    };
    if let Some(f) = ops::lookup_in_type(vm, t, custom)? {
        if value.is_null() {
            ops::call_with_self(vm, f, obj, &[Value::qstr(name)], &[])?;
        } else {
            ops::call_with_self(vm, f, obj, &[Value::qstr(name), value], &[])?;
        }
        return Ok(());
    }
    if t.flags & FLAG_EXCEPTION != 0 && matches!(name, q::args | q::__cause__ | q::__context__) {
        if let Some(f) = exc::EXCEPTION.attr {
            f(
                vm,
                obj,
                name,
                if value.is_null() {
                    AttrOp::Delete
                } else {
                    AttrOp::Store(value)
                },
            )?;
            return Ok(());
        }
    }
    let d = instance_dict(vm, obj)?;
    if value.is_null() {
        if dict::delete(vm, d, Value::qstr(name))?.is_none() {
            return Err(vm.attribute_error(obj, name));
        }
        return Ok(());
    }
    dict::set(vm, d, Value::qstr(name), value)
}

/// `object.__setattr__` semantics for use by user `__setattr__` via super.
pub fn generic_setattr(vm: &mut Vm, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
    let d = instance_dict(vm, obj)?;
    if value.is_null() {
        dict::delete(vm, d, Value::qstr(name))?;
        return Ok(());
    }
    dict::set(vm, d, Value::qstr(name), value)
}

pub fn has_dunder(t: &'static TypeObj, name: Qstr) -> bool {
    if t.mro.is_null() {
        return false;
    }
    tuple::items(t.mro).iter().any(|c| {
        let ct = unsafe { &*c.as_ptr::<TypeObj>() };
        if ct.dict.is_null() {
            crate::object::table_lookup(ct.methods, name).is_some() && name != q::__init__
        } else {
            let d = dict::obj(ct.dict);
            let mut pos = 0;
            let _ = d;
            let mut found = false;
            while let Some((k, _)) = dict::next_entry(ct.dict, &mut pos) {
                if k == Value::qstr(name) {
                    found = true;
                    break;
                }
            }
            found
        }
    })
}

/// Call `obj.name(*args)` if the class defines it; None if not.
pub fn call_dunder_opt(
    vm: &mut Vm,
    obj: Value,
    name: Qstr,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let t = type_of(obj);
    match ops::lookup_in_type(vm, t, name)? {
        Some(f) => {
            let (f, s) = func::bind_descriptor(vm, f, obj, t)?;
            Ok(Some(ops::call_with_self(vm, f, s, args, &[])?))
        }
        None => Ok(None),
    }
}

/// `a op b` where `a` is a user instance (or the in-place form).
pub fn binary_dunder(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let (name, _) = op.dunder();
    if op == BinOp::Contains {
        return match call_dunder_opt(vm, a, name, &[b])? {
            Some(r) => Ok(Value::from_bool(ops::is_true(vm, r)?)),
            None => Ok(Value::NOT_IMPLEMENTED),
        };
    }
    if let Some(r) = call_dunder_opt(vm, a, name, &[b])? {
        return Ok(r);
    }
    // Builtin base of an exception subclass etc.: no native fallback here.
    Ok(Value::NOT_IMPLEMENTED)
}

/// `a op b` where `b` is a user instance and `a` gave NotImplemented.
pub fn reflected_dunder(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let (_, Some(rname)) = op.dunder() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(call_dunder_opt(vm, b, rname, &[a])?.unwrap_or(Value::NOT_IMPLEMENTED))
}

pub fn unary_dunder(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let name = match op {
        UnaryOp::Neg => q::__neg__,
        UnaryOp::Pos => q::__pos__,
        UnaryOp::Invert => q::__invert__,
        UnaryOp::Abs => q::__abs__,
        UnaryOp::Len => q::__len__,
        UnaryOp::Hash => return Ok(Some(Value::small_int(instance_hash(vm, v)?))),
        UnaryOp::Int => q::__int__,
        UnaryOp::Float => q::__float__,
        _ => return Ok(None),
    };
    let r = call_dunder_opt(vm, v, name, &[])?;
    if op == UnaryOp::Len {
        if let Some(n) = r {
            if !crate::int::is_int(n) {
                return Err(vm.type_error(format_args!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(n)
                )));
            }
            if crate::int::as_i64(n).unwrap_or(0) < 0 {
                return Err(vm.value_error(format_args!("__len__() should return >= 0")));
            }
        }
    }
    Ok(r)
}

pub fn instance_bool(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if let Some(r) = call_dunder_opt(vm, v, q::__bool__, &[])? {
        if r != Value::TRUE && r != Value::FALSE {
            return Err(vm.type_error(format_args!(
                "__bool__ should return bool, returned {}",
                vm.type_name(r)
            )));
        }
        return Ok(r == Value::TRUE);
    }
    if let Some(r) = call_dunder_opt(vm, v, q::__len__, &[])? {
        return Ok(r != Value::small_int(0));
    }
    Ok(true)
}

pub fn instance_hash(vm: &mut Vm, v: Value) -> PyResult<isize> {
    let t = type_of(v);
    match ops::lookup_in_type(vm, t, q::__hash__)? {
        Some(h) if h.is_none() => {
            Err(vm.type_error(format_args!("unhashable type: '{}'", t.name.as_str())))
        }
        Some(h) => {
            let r = ops::call_with_self(vm, h, v, &[], &[])?;
            match crate::int::as_i64(r) {
                Some(i) => Ok(i as isize),
                None => {
                    Err(vm.type_error(format_args!("__hash__ method should return an integer")))
                }
            }
        }
        None => Ok((v.bits() >> 3) as isize),
    }
}

pub fn instance_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(r) = call_dunder_opt(vm, v, q::__iter__, &[])? {
        return Ok(r);
    }
    if ops::lookup_in_type(vm, type_of(v), q::__getitem__)?.is_some() {
        return crate::builtins_iter::new_getitem_iter(vm, v);
    }
    Err(vm.type_error(format_args!("'{}' object is not iterable", vm.type_name(v))))
}

/// `next()` on a user iterator: StopIteration becomes exhaustion (NULL).
pub fn instance_next(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match call_dunder_opt(vm, v, q::__next__, &[]) {
        Ok(Some(r)) => Ok(r),
        Ok(None) => Err(vm.type_error(format_args!(
            "'{}' object is not an iterator",
            vm.type_name(v)
        ))),
        Err(e) if exc::is_exception(e) && type_of(e).is_subtype(&exc::STOP_ITERATION) => {
            Ok(Value::NULL)
        }
        Err(e) => Err(e),
    }
}

pub fn instance_subscr(
    vm: &mut Vm,
    obj: Value,
    index: Value,
    store: Option<Value>,
) -> PyResult<Value> {
    let r = match store {
        None => call_dunder_opt(vm, obj, q::__getitem__, &[index])?,
        Some(v) if v.is_null() => call_dunder_opt(vm, obj, q::__delitem__, &[index])?,
        Some(v) => call_dunder_opt(vm, obj, q::__setitem__, &[index, v])?,
    };
    match r {
        Some(r) => Ok(r),
        None => {
            let name = vm.type_name(obj);
            Err(match store {
                None => vm.type_error(format_args!("'{}' object is not subscriptable", name)),
                Some(_) => vm.type_error(format_args!(
                    "'{}' object does not support item assignment",
                    name
                )),
            })
        }
    }
}

pub fn instance_call(vm: &mut Vm, obj: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = type_of(obj);
    match ops::lookup_in_type(vm, t, q::__call__)? {
        Some(f) => ops::call_with_self(vm, f, obj, args, kw),
        None => Err(vm.type_error(format_args!("'{}' object is not callable", t.name.as_str()))),
    }
}

fn instance_print(vm: &mut Vm, v: Value, out: &mut String, repr: bool) -> PyResult<()> {
    let t = type_of(v);
    let name = if repr { q::__repr__ } else { q::__str__ };
    if let Some(f) = ops::lookup_in_type(vm, t, name)? {
        let is_default = f == Value::from_static(&OBJ_REPR) || f == Value::from_static(&OBJ_STR);
        let is_exc_default = t.flags & FLAG_EXCEPTION != 0 && is_default;
        if !is_default {
            let r = ops::call_with_self(vm, f, v, &[], &[])?;
            let Some(s) = crate::str::as_str(r) else {
                return Err(vm.type_error(format_args!(
                    "{}() returned non-string (type {})",
                    name.as_str(),
                    vm.type_name(r)
                )));
            };
            out.push_str(s);
            return Ok(());
        }
        if is_exc_default {
            return (exc::EXCEPTION.print.unwrap_or(instance_print))(vm, v, out, repr);
        }
        if !repr {
            return instance_print(vm, v, out, true);
        }
    }
    if t.flags & FLAG_EXCEPTION != 0 {
        return (exc::EXCEPTION.print.unwrap_or(instance_print))(vm, v, out, repr);
    }
    out.push_str(&default_repr(v));
    Ok(())
}

// --- super -----------------------------------------------------------------------

#[repr(C)]
pub struct SuperObj {
    pub base: ObjBase,
    pub ty: Value,
    pub obj: Value,
}

pub static SUPER_TYPE: TypeObj = TypeObj {
    new: Some(super_new),
    print: Some(super_print),
    ..TypeObj::builtin(q::super_)
};

fn super_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [ty, obj] if as_type(*ty).is_some() => vm.alloc(SuperObj {
            base: ObjBase::new(&SUPER_TYPE),
            ty: *ty,
            obj: *obj,
        }),
        [] => Err(vm.new_exc_msg(&exc::RUNTIME_ERROR, "super(): no arguments")),
        _ => Err(vm.type_error(format_args!("super() argument 1 must be type"))),
    }
}

fn super_print(_vm: &mut Vm, _v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    out.push_str("<super>");
    Ok(())
}

/// `super(T, obj).name`: search the MRO of obj's class after T.
pub fn super_load_method(vm: &mut Vm, sv: Value, name: Qstr) -> PyResult<(Value, Value)> {
    let s = unsafe { sv.as_mut::<SuperObj>() };
    let obj = s.obj;
    let start = s.ty;
    let obj_is_type = as_type(obj);
    let t = obj_is_type.unwrap_or_else(|| type_of(obj));
    let mro = mro_of(t);
    let mut found = false;
    for c in mro {
        if !found {
            found = c == start;
            continue;
        }
        let ct = unsafe { &*c.as_ptr::<TypeObj>() };
        let m = if !ct.dict.is_null() {
            dict::get_qstr(vm, ct.dict, name)?
        } else {
            crate::object::table_lookup(ct.methods, name)
        };
        if let Some(m) = m {
            if obj_is_type.is_some() {
                return Ok((m, Value::NULL));
            }
            return func::bind_descriptor(vm, m, obj, t);
        }
    }
    Err(vm.attribute_error(sv, name))
}

pub fn is_super(v: Value) -> bool {
    v.is_obj() && core::ptr::eq(type_of(v), &SUPER_TYPE)
}

/// Call `obj.name()` only for instances of user classes defining it.
pub fn call_dunder_opt_user(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    if !type_of(obj).is_user() {
        return Ok(None);
    }
    call_dunder_opt(vm, obj, name, &[])
}

/// `obj.name(text)` for user instances (`__format__`).
pub fn call_dunder_opt_user_args(
    vm: &mut Vm,
    obj: Value,
    name: Qstr,
    text: &str,
) -> PyResult<Option<Value>> {
    if !type_of(obj).is_user() || ops::lookup_in_type(vm, type_of(obj), name)?.is_none() {
        return Ok(None);
    }
    let s = vm.new_str(text)?;
    call_dunder_opt(vm, obj, name, &[s])
}
