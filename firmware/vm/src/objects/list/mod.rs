//! `list`: a growable array in the GC heap. Loops that may run Python code
//! (comparisons) re-read the list on every step, because that code may
//! resize it.

pub mod methods;

use crate::object::{type_of, BinOp, ObjBase, PyResult, TypeObj, UnaryOp, FLAG_BASETYPE};
use crate::objects::tuple;
use crate::runtime::gcvec;
use crate::runtime::ops;
use crate::runtime::qstr::q;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct ListObj {
    pub base: ObjBase,
    pub len: usize,
    pub cap: usize,
    pub items: *mut Value,
}

pub static LIST_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    print: Some(list_print),
    new: Some(list_new),
    binary: Some(list_binary),
    unary: Some(list_unary),
    subscr: Some(list_subscr),
    iter: Some(list_iter),
    methods: &crate::objects::list::methods::LIST_METHODS,
    ..TypeObj::builtin(q::list)
};

#[inline]
pub fn is_list(v: Value) -> bool {
    // Not instances of user subclasses: those hold one as their native sub-object.
    v.is_obj() && {
        let t = type_of(v);
        !t.is_user() && t.is_subtype(&LIST_TYPE)
    }
}

#[inline]
pub fn obj(v: Value) -> &'static mut ListObj {
    unsafe { v.as_mut::<ListObj>() }
}

#[inline]
pub fn items(v: Value) -> &'static mut [Value] {
    let l = obj(v);
    if l.items.is_null() {
        &mut []
    } else {
        unsafe { core::slice::from_raw_parts_mut(l.items, l.len) }
    }
}

pub fn new_list(vm: &mut Vm, init: &[Value]) -> PyResult<Value> {
    let items = if init.is_empty() {
        core::ptr::null_mut()
    } else {
        vm.alloc_values(init.len())?
    };
    unsafe { core::ptr::copy_nonoverlapping(init.as_ptr(), items, init.len()) };
    vm.alloc(ListObj {
        base: ObjBase::new(&LIST_TYPE),
        len: init.len(),
        cap: init.len(),
        items,
    })
}

pub fn with_capacity(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    let items = if cap == 0 {
        core::ptr::null_mut()
    } else {
        vm.alloc_values(cap)?
    };
    vm.alloc(ListObj {
        base: ObjBase::new(&LIST_TYPE),
        len: 0,
        cap,
        items,
    })
}

#[inline]
pub fn append(vm: &mut Vm, list: Value, x: Value) -> PyResult<()> {
    let l = obj(list);
    if l.len == l.cap {
        reserve(vm, list, l.len + 1)?;
    }
    let l = obj(list);
    unsafe { *l.items.add(l.len) = x };
    l.len += 1;
    Ok(())
}

pub fn reserve(vm: &mut Vm, list: Value, need: usize) -> PyResult<()> {
    let l = obj(list);
    if need <= l.cap {
        return Ok(());
    }
    if need > vm.heap.total_bytes() / core::mem::size_of::<Value>() {
        return Err(vm.out_of_memory());
    }
    let (p, c) = gcvec::grow(vm, l.items, l.len, l.cap, need)?;
    let l = obj(list);
    l.items = p;
    l.cap = c;
    Ok(())
}

pub fn extend_from(vm: &mut Vm, list: Value, src: &[Value]) -> PyResult<()> {
    if src.is_empty() {
        return Ok(());
    }
    reserve(vm, list, obj(list).len + src.len())?;
    let l = obj(list);
    unsafe { core::ptr::copy_nonoverlapping(src.as_ptr(), l.items.add(l.len), src.len()) };
    l.len += src.len();
    Ok(())
}

fn list_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    if !crate::runtime::print::enter_container(vm, v) {
        out.push_str("[...]");
        return Ok(());
    }
    let r = list_print_items(vm, v, out);
    crate::runtime::print::leave_container(vm, v);
    r
}

fn list_print_items(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    out.push('[');
    let mut i = 0;
    while i < obj(v).len {
        if i > 0 {
            out.push_str(", ");
        }
        let x = items(v)[i];
        crate::runtime::print::repr_into(vm, x, out)?;
        i += 1;
    }
    out.push(']');
    Ok(())
}

fn list_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [] => new_list(vm, &[]),
        [x] => {
            let l = new_list(vm, &[])?;
            ops::extend_list(vm, l, *x)?;
            Ok(l)
        }
        _ => Err(vm.type_error(format_args!(
            "list expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

fn list_binary(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            if !is_list(rhs) || !is_list(lhs) {
                if is_list(lhs) {
                    return Err(vm.type_error(format_args!(
                        "can only concatenate list (not \"{}\") to list",
                        vm.type_name(rhs)
                    )));
                }
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let r = with_capacity(vm, obj(lhs).len + obj(rhs).len)?;
            extend_from(vm, r, items(lhs))?;
            extend_from(vm, r, items(rhs))?;
            Ok(r)
        }
        BinOp::IAdd => {
            if !is_list(lhs) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            ops::extend_list(vm, lhs, rhs)?;
            Ok(lhs)
        }
        BinOp::Mul | BinOp::IMul => {
            let (l, n) = if is_list(lhs) { (lhs, rhs) } else { (rhs, lhs) };
            if !crate::objects::int::is_int(n) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let n = crate::objects::int::to_index(vm, n)?.max(0) as usize;
            let len = obj(l).len;
            if len.saturating_mul(n) > vm.heap.total_bytes() / core::mem::size_of::<Value>() {
                return Err(vm.out_of_memory());
            }
            if op == BinOp::IMul {
                reserve(vm, l, len * n)?;
                for _ in 1..n {
                    let src = &items(l)[..len];
                    let lo = obj(l);
                    unsafe {
                        core::ptr::copy_nonoverlapping(src.as_ptr(), lo.items.add(lo.len), len)
                    };
                    lo.len += len;
                }
                if n == 0 {
                    obj(l).len = 0;
                }
                return Ok(l);
            }
            let r = with_capacity(vm, len * n)?;
            for _ in 0..n {
                extend_from(vm, r, &items(l)[..len])?;
            }
            Ok(r)
        }
        BinOp::Contains => {
            let mut i = 0;
            while i < obj(lhs).len {
                let x = items(lhs)[i];
                if ops::eq_identity(vm, x, rhs)? {
                    return Ok(Value::TRUE);
                }
                i += 1;
            }
            Ok(Value::FALSE)
        }
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            if !is_list(rhs) || !is_list(lhs) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            // Snapshot the items so Python __eq__ code cannot shrink them away.
            let a = tuple::new_tuple(vm, items(lhs))?;
            let b = tuple::new_tuple(vm, items(rhs))?;
            tuple::compare_seq(vm, op, tuple::items(a), tuple::items(b))
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn list_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    Ok(match op {
        UnaryOp::Len => Value::small_int(obj(v).len as isize),
        UnaryOp::Bool => Value::from_bool(obj(v).len != 0),
        _ => Value::NULL,
    })
}

fn list_subscr(vm: &mut Vm, v: Value, index: Value, store: Option<Value>) -> PyResult<Value> {
    match store {
        None => tuple::subscr_items(vm, items(v), index, "list", true),
        Some(x) if crate::objects::slice::is_slice(index) => {
            crate::objects::list::methods::assign_slice(vm, v, index, x)?;
            Ok(Value::NONE)
        }
        Some(x) => {
            let i = tuple::normalize_index(vm, index, obj(v).len, "list")?;
            if x.is_null() {
                let it = items(v);
                it.copy_within(i + 1.., i);
                obj(v).len -= 1;
            } else {
                items(v)[i] = x;
            }
            Ok(Value::NONE)
        }
    }
}

pub static LIST_ITER_TYPE: TypeObj = TypeObj {
    iter: Some(ops::iter_self),
    iternext: Some(list_iternext),
    ..TypeObj::builtin(q::iterator)
};

fn list_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.alloc_transient(tuple::SeqIter {
        base: ObjBase::new(&LIST_ITER_TYPE),
        seq: v,
        pos: 0,
    })
}

fn list_iternext(_vm: &mut Vm, it: Value) -> PyResult<Value> {
    let s = unsafe { it.as_mut::<tuple::SeqIter>() };
    let l = obj(s.seq);
    if s.pos < l.len {
        s.pos += 1;
        Ok(unsafe { *l.items.add(s.pos - 1) })
    } else {
        Ok(Value::NULL)
    }
}
