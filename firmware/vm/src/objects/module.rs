//! Module objects: a name and a globals dict.

use crate::object::{type_of, AttrOp, ObjBase, PyResult, TypeObj};
use crate::objects::dict;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct ModuleObj {
    pub base: ObjBase,
    pub name: Qstr,
    pub dict: Value,
}

pub static MODULE_TYPE: TypeObj = TypeObj {
    print: Some(module_print),
    attr: Some(module_attr),
    ..TypeObj::builtin(q::module)
};

pub fn is_module(v: Value) -> bool {
    v.is_obj() && core::ptr::eq(type_of(v), &MODULE_TYPE)
}

pub fn dict_of(m: Value) -> Value {
    unsafe { m.as_mut::<ModuleObj>().dict }
}

pub fn name_of(m: Value) -> Qstr {
    unsafe { m.as_mut::<ModuleObj>().name }
}

pub fn new_module(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    let d = dict::new_dict(vm, 8)?;
    dict::set(vm, d, Value::qstr(q::__name__), Value::qstr(name))?;
    vm.alloc(ModuleObj {
        base: ObjBase::new(&MODULE_TYPE),
        name,
        dict: d,
    })
}

/// A module whose dict is filled from a static table.
pub fn from_table(vm: &mut Vm, name: Qstr, table: &'static [(Qstr, Value)]) -> PyResult<Value> {
    let m = new_module(vm, name)?;
    let d = dict_of(m);
    for &(k, v) in table {
        dict::set(vm, d, Value::qstr(k), v)?;
    }
    Ok(m)
}

pub fn set_attr(vm: &mut Vm, m: Value, name: Qstr, v: Value) -> PyResult<()> {
    let d = dict_of(m);
    dict::set(vm, d, Value::qstr(name), v)
}

fn module_print(_vm: &mut Vm, v: Value, out: &mut String, _r: bool) -> PyResult<()> {
    out.push_str("<module '");
    out.push_str(name_of(v).as_str());
    out.push_str("'>");
    Ok(())
}

fn module_attr(vm: &mut Vm, m: Value, name: Qstr, op: AttrOp) -> PyResult<Value> {
    let d = dict_of(m);
    match op {
        AttrOp::Load => {
            if name == q::__dict__ {
                return Ok(d);
            }
            Ok(dict::get_qstr(vm, d, name)?.unwrap_or(Value::NULL))
        }
        AttrOp::Store(v) => {
            dict::set(vm, d, Value::qstr(name), v)?;
            Ok(Value::NONE)
        }
        AttrOp::Delete => Ok(if dict::delete(vm, d, Value::qstr(name))?.is_some() {
            Value::NONE
        } else {
            Value::NULL
        }),
    }
}
