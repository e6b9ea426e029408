//! `super()`: attribute lookup that starts after a given class in the MRO.

use super::{as_type, mro_of, wrap_builtin_method};
use crate::object::{type_of, ObjBase, PyResult, TypeObj};
use crate::objects::class::builtin_base::{self, native_of};
use crate::objects::dict;
use crate::objects::function;
use crate::runtime::exc;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

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
        [ty, obj] if as_type(*ty).is_some() => vm.alloc_transient(SuperObj {
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
    for &c in mro.iter() {
        if !found {
            found = c == start;
            continue;
        }
        let ct = unsafe { &*c.as_ptr::<TypeObj>() };
        if !ct.is_user() && name == q::__init__ {
            if let Some(init) = builtin_base::init_of_builtin(ct) {
                return Ok((
                    init,
                    if obj_is_type.is_some() {
                        Value::NULL
                    } else {
                        obj
                    },
                ));
            }
        }
        let m = if !ct.dict.is_null() {
            dict::get_qstr(vm, ct.dict, name)?
        } else {
            crate::object::table_lookup(ct.methods, name)
        };
        if let Some(m) = m {
            if obj_is_type.is_some() {
                // `super().__new__(cls)` and class-level lookups: as `Base.name` would be.
                if m.is_obj() && core::ptr::eq(type_of(m), &function::STATICMETHOD_TYPE) {
                    return Ok((
                        unsafe { m.as_mut::<crate::object::StaticWrapper>() }.func,
                        Value::NULL,
                    ));
                }
                if m.is_obj() && core::ptr::eq(type_of(m), &function::CLASSMETHOD_TYPE) {
                    return Ok((
                        unsafe { m.as_mut::<crate::object::StaticWrapper>() }.func,
                        obj,
                    ));
                }
                return Ok((wrap_builtin_method(vm, ct, m)?, Value::NULL));
            }
            // A builtin class's method works on the native sub-object.
            if let (false, Some(nv)) = (ct.is_user(), native_of(obj)) {
                if function::is_builtin_fn(m) {
                    return Ok((m, nv));
                }
            }
            return function::bind_descriptor(vm, m, obj, t);
        }
        if !ct.is_user() && native_of(obj).is_some() {
            if let Some(m) = builtin_base::special_method(name) {
                return Ok((m, obj));
            }
        }
    }
    Err(vm.attribute_error(sv, name))
}

pub fn is_super(v: Value) -> bool {
    v.is_obj() && core::ptr::eq(type_of(v), &SUPER_TYPE)
}
