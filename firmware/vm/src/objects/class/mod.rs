//! `type`, `object`, user classes (C3 MRO, special methods) and instances.
//!
//! A class statement makes a heap [`TypeObj`] flagged USER. Its instances
//! are [`InstanceObj`]s (attribute dict), or [`crate::runtime::exc::ExcObj`]s when
//! the class derives from BaseException. The generic operations in `ops`
//! route USER types here, where special methods are looked up and called
//! (`special`); `super_obj` is `super()`. Classes with a builtin base other than
//! object and the exceptions are described in `builtin_base`.

use crate::object::{
    type_of, AttrOp, BinOp, ObjBase, PyResult, TypeObj, FLAG_BASETYPE, FLAG_EXCEPTION,
    FLAG_NATIVE_SUB, FLAG_USER,
};
use crate::objects::dict;
use crate::objects::function;
use crate::objects::tuple;
use crate::runtime::exc::{self, ExcObj};
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;
use alloc::vec::Vec;
use builtin_base::native_of;

pub mod builtin_base;
mod special;
mod super_obj;
pub use special::*;
use special::{instance_print, lookup_for_instance};
pub use super_obj::{is_super, super_load_method, SuperObj, SUPER_TYPE};

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
    /// The builtin value a class with a builtin base extends (see builtin_base); NULL else.
    pub native: Value,
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
        native: Value::NULL,
    })
}

/// `type(x)`, `type(name, bases, dict)`, and calling any class.
/// Calling a type: a constructor may build Rust buffers (`str(x)`, `int(s)`),
/// so a MemoryError inside it is this call's (runtime/nlr.rs).
fn type_call(vm: &mut Vm, tv: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.protect(|vm| construct(vm, tv, args, kw))
}

fn construct(vm: &mut Vm, tv: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = as_type(tv).unwrap_or(&OBJECT_TYPE);
    if core::ptr::eq(t, &TYPE_TYPE) {
        return match args {
            [x] => Ok(type_of(*x).as_value()),
            [_, bases, d] if !tuple::is_tuple(*bases) || !dict::is_dict(*d) => Err(vm.type_error(
                format_args!("type() argument 2 must be tuple and 3 must be dict"),
            )),
            [name, bases, d] => {
                let name = crate::objects::str::to_qstr(*name).unwrap_or(q::EMPTY);
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
            let mut all = crate::runtime::gcvec::GcVec::with_capacity(vm, args.len() + 1)?;
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
                if t.flags & FLAG_NATIVE_SUB != 0 {
                    builtin_base::new_instance(vm, t, args, kw)?
                } else {
                    vm.alloc(InstanceObj {
                        base: ObjBase { ty: t },
                        dict: Value::NULL,
                        native: Value::NULL,
                    })?
                }
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
            && t.flags & FLAG_NATIVE_SUB == 0
        {
            return Err(vm.type_error(format_args!("{}() takes no arguments", t.name.as_str())));
        }
    }
    Ok(inst)
}

fn unwrap_static(f: Value) -> Value {
    if f.is_obj() && core::ptr::eq(type_of(f), &function::STATICMETHOD_TYPE) {
        unsafe { f.as_mut::<crate::object::StaticWrapper>() }.func
    } else {
        f
    }
}

fn is_object_slot(f: Value) -> bool {
    f == Value::from_static(&OBJ_INIT)
        || f == Value::from_static(&OBJ_NEW)
        || f == Value::from_static(&OBJ_NEW_STATIC)
}

fn obj_init(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn obj_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(t) = a.first().and_then(|v| as_type(*v)) else {
        return Err(vm.type_error(format_args!("object.__new__(X): X is not a type object")));
    };
    if t.native_base().flags & FLAG_EXCEPTION != 0 {
        return Ok(exc::new_exception(vm, t, &a[1..]));
    }
    if t.flags & FLAG_NATIVE_SUB != 0 {
        return builtin_base::new_instance(vm, t, &a[1..], kw);
    }
    vm.alloc(InstanceObj {
        base: ObjBase { ty: t },
        dict: Value::NULL,
        native: Value::NULL,
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
    let s = crate::runtime::print::repr(vm, a[0])?;
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
    base: ObjBase::new(&function::STATICMETHOD_TYPE),
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
/// The MRO: a user class's own tuple (no copy: `super()` lookups run with
/// the heap locked in handlers), or a builtin's parent chain.
fn mro_of(t: &'static TypeObj) -> alloc::borrow::Cow<'static, [Value]> {
    if !t.mro.is_null() {
        return alloc::borrow::Cow::Borrowed(tuple::items(t.mro));
    }
    let mut v = Vec::new();
    let mut cur = Some(t);
    while let Some(c) = cur {
        v.push(c.as_value());
        cur = c.parent;
    }
    alloc::borrow::Cow::Owned(v)
}

/// C3 linearisation (CPython's MRO).
fn c3(vm: &mut Vm, cls: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| mro_of(as_type(*b).unwrap_or(&OBJECT_TYPE)).into_owned())
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
    let mut native_seen: &'static TypeObj = &OBJECT_TYPE;
    let mut carrier: &'static TypeObj = &OBJECT_TYPE;
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
        // One builtin layout per instance: an exception object, or one native sub-object.
        let native = bt.native_base();
        let layout = if native.flags & FLAG_EXCEPTION != 0 {
            &exc::BASE_EXCEPTION
        } else {
            native
        };
        if !core::ptr::eq(layout, &OBJECT_TYPE) && !core::ptr::eq(native_seen, layout) {
            if !core::ptr::eq(native_seen, &OBJECT_TYPE) {
                return Err(vm.type_error(format_args!(
                    "multiple bases have instance lay-out conflict"
                )));
            }
            native_seen = layout;
        }
        flags |= bt.flags & (FLAG_EXCEPTION | FLAG_NATIVE_SUB);
        if native.flags & FLAG_EXCEPTION == 0 && !core::ptr::eq(native, &OBJECT_TYPE) {
            flags |= FLAG_NATIVE_SUB;
        }
        if core::ptr::eq(parent, &OBJECT_TYPE) {
            parent = bt;
        }
        if !core::ptr::eq(native, &OBJECT_TYPE) && core::ptr::eq(carrier, &OBJECT_TYPE) {
            carrier = bt;
        }
    }
    // `native_base()` follows parents: the first parent must lead to the builtin layout
    // when one base has it (`class A(Mixin, list)`).
    if !core::ptr::eq(carrier, &OBJECT_TYPE) && core::ptr::eq(parent.native_base(), &OBJECT_TYPE) {
        parent = carrier;
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
    if name == q::__init__ {
        if let Some(init) = builtin_base::init_of_builtin(t) {
            return Ok(init);
        }
    }
    match ops::lookup_in_type(vm, t, name)? {
        Some(m) if function::is_builtin_fn(m) => {
            // A builtin method taken from a class checks the self it is later given. A
            // builtin function a user class stores as an attribute stays as it is.
            let owner = if t.is_user() {
                match builtin_base::lookup_user_part(vm, t, name)? {
                    Some(_) => return Ok(m),
                    None => t.native_base(),
                }
            } else {
                t
            };
            wrap_builtin_method(vm, owner, m)
        }
        Some(m) => {
            if m.is_obj() && core::ptr::eq(type_of(m), &function::CLASSMETHOD_TYPE) {
                let f = unsafe { m.as_mut::<crate::object::StaticWrapper>() }.func;
                return function::new_bound_method(vm, f, tv);
            }
            if m.is_obj() && core::ptr::eq(type_of(m), &function::STATICMETHOD_TYPE) {
                return Ok(unsafe { m.as_mut::<crate::object::StaticWrapper>() }.func);
            }
            Ok(m)
        }
        None => Ok(Value::NULL),
    }
}

/// A builtin method of the builtin class `owner`, as taken from the class.
fn wrap_builtin_method(vm: &mut Vm, owner: &'static TypeObj, m: Value) -> PyResult<Value> {
    if owner.is_user() || !function::is_builtin_fn(m) {
        return Ok(m);
    }
    builtin_base::new_method_descriptor(vm, owner, m)
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
    let class_attr = lookup_for_instance(vm, t, name)?;
    if let Some(m) = class_attr {
        if function::is_property(m) {
            return function::bind_descriptor(vm, m, obj, t);
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
        return function::bind_descriptor(vm, m, obj, t);
    }
    match name {
        q::__class__ => return Ok((t.as_value(), Value::NULL)),
        q::__dict__ => {
            let d = instance_dict(vm, obj)?;
            return Ok((d, Value::NULL));
        }
        _ => {}
    }
    if let Some(nv) = native_of(obj) {
        let r = ops::load_method_opt(vm, nv, name)?;
        if !r.0.is_null() {
            return Ok(r);
        }
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
        if function::is_property(m) {
            let p = function::property(m);
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
            f(vm, obj, name, AttrOp::write(value))?;
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
