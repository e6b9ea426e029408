//! The iterator builtins: enumerate, zip, map, filter, reversed, and the
//! iterator over objects that only define `__getitem__`.

use crate::object::{type_of, ObjBase, PyResult, TypeObj};
use crate::runtime::exc;
use crate::runtime::ops;
use crate::runtime::qstr::q;
use crate::value::Value;
use crate::vm::Vm;

#[repr(C)]
pub struct IterState {
    pub base: ObjBase,
    /// Function (map/filter), counter (enumerate), object (getitem).
    pub a: Value,
    /// Underlying iterator(s): an iterator, or a tuple of them (zip/map).
    pub b: Value,
    pub n: isize,
}

fn st(v: Value) -> &'static mut IterState {
    unsafe { v.as_mut::<IterState>() }
}

macro_rules! iter_type {
    ($id:ident, $name:expr, $next:expr, $new:expr) => {
        pub static $id: TypeObj = TypeObj {
            new: $new,
            iter: Some(ops::iter_self),
            iternext: Some($next),
            ..TypeObj::builtin($name)
        };
    };
}

iter_type!(
    ENUMERATE_TYPE,
    q::enumerate,
    enumerate_next,
    Some(enumerate_new)
);
iter_type!(ZIP_TYPE, q::zip, zip_next, Some(zip_new));
iter_type!(MAP_TYPE, q::map, map_next, Some(map_new));
iter_type!(FILTER_TYPE, q::filter, filter_next, Some(filter_new));
iter_type!(
    REVERSED_TYPE,
    q::reversed,
    reversed_next,
    Some(reversed_new)
);
iter_type!(GETITEM_ITER_TYPE, q::iterator, getitem_next, None);

fn new_state(vm: &mut Vm, ty: &'static TypeObj, a: Value, b: Value, n: isize) -> PyResult<Value> {
    vm.alloc(IterState {
        base: ObjBase::new(ty),
        a,
        b,
        n,
    })
}

fn iters_of(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (t, slots) = crate::objects::tuple::new_tuple_uninit(vm, args.len())?;
    for (i, &a) in args.iter().enumerate() {
        slots[i] = ops::get_iter(vm, a)?;
    }
    Ok(t)
}

fn enumerate_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::check_kw(vm, "enumerate", kw, &[q::start, q::iterable])?;
    if a.len() > 2 {
        return Err(vm.type_error(format_args!(
            "enumerate() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let iterable = crate::runtime::args::arg_or_kw(a, 0, kw, q::iterable);
    let start = match crate::runtime::args::arg_or_kw(a, 1, kw, q::start) {
        Some(s) => crate::runtime::args::index_value(vm, s)?,
        None => Value::small_int(0),
    };
    let Some(iterable) = iterable else {
        return Err(vm.type_error(format_args!(
            "enumerate() missing required argument 'iterable'"
        )));
    };
    let it = ops::get_iter(vm, iterable)?;
    new_state(vm, &ENUMERATE_TYPE, start, it, 0)
}

/// The count lives in `a` as an int value (it may grow beyond a word).
fn enumerate_next(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = st(v);
    match ops::iter_next(vm, s.b)? {
        Some(x) => {
            let i = st(v).a;
            let t = crate::objects::tuple::new_tuple(vm, &[i, x])?;
            let next = ops::binary_op(vm, crate::object::BinOp::Add, i, Value::small_int(1))?;
            st(v).a = next;
            Ok(t)
        }
        None => Ok(Value::NULL),
    }
}

fn zip_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let its = iters_of(vm, a)?;
    new_state(vm, &ZIP_TYPE, Value::NULL, its, 0)
}

fn zip_next(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let its = crate::objects::tuple::items(st(v).b);
    if its.is_empty() {
        return Ok(Value::NULL);
    }
    let (t, slots) = crate::objects::tuple::new_tuple_uninit(vm, its.len())?;
    for (i, &it) in its.iter().enumerate() {
        match ops::iter_next(vm, it)? {
            Some(x) => slots[i] = x,
            None => return Ok(Value::NULL),
        }
    }
    Ok(t)
}

fn map_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(vm.type_error(format_args!("map() must have at least two arguments.")));
    }
    let its = iters_of(vm, &a[1..])?;
    new_state(vm, &MAP_TYPE, a[0], its, 0)
}

fn map_next(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = st(v);
    let its = crate::objects::tuple::items(s.b);
    let f = s.a;
    let mut args = crate::runtime::gcvec::GcVec::with_capacity(vm, its.len())?;
    for &it in its {
        match ops::iter_next(vm, it)? {
            Some(x) => args.push(vm, x)?,
            None => return Ok(Value::NULL),
        }
    }
    let r = ops::call(vm, f, args.as_slice(), &[]);
    args.free(vm);
    r
}

fn filter_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format_args!("filter expected 2 arguments, got {}", a.len())));
    }
    let it = ops::get_iter(vm, a[1])?;
    new_state(vm, &FILTER_TYPE, a[0], it, 0)
}

fn filter_next(vm: &mut Vm, v: Value) -> PyResult<Value> {
    loop {
        let s = st(v);
        let (f, it) = (s.a, s.b);
        let Some(x) = ops::iter_next(vm, it)? else {
            return Ok(Value::NULL);
        };
        let keep = if f.is_none() {
            ops::is_true(vm, x)?
        } else {
            let r = ops::call(vm, f, &[x], &[])?;
            ops::is_true(vm, r)?
        };
        if keep {
            return Ok(x);
        }
    }
}

fn reversed_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format_args!(
            "reversed expected 1 argument, got {}",
            a.len()
        )));
    }
    let obj = a[0];
    if let Some(r) = crate::objects::class::call_dunder_opt_user(vm, obj, q::__reversed__)? {
        return Ok(r);
    }
    let n = ops::len(vm, obj).map_err(|_| {
        vm.type_error(format_args!(
            "'{}' object is not reversible",
            vm.type_name(obj)
        ))
    })?;
    if crate::objects::dict::is_dict(obj) {
        let keys = crate::objects::list::new_list(vm, &[])?;
        ops::extend_list(vm, keys, obj)?;
        return new_state(vm, &REVERSED_TYPE, keys, Value::NULL, n as isize);
    }
    if crate::objects::set::is_set(obj) {
        return Err(vm.type_error(format_args!(
            "'{}' object is not reversible",
            vm.type_name(obj)
        )));
    }
    new_state(vm, &REVERSED_TYPE, obj, Value::NULL, n as isize)
}

fn reversed_next(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = st(v);
    if s.n <= 0 {
        return Ok(Value::NULL);
    }
    s.n -= 1;
    let (obj, i) = (s.a, s.n);
    ops::subscr(vm, obj, Value::small_int(i))
}

pub fn new_getitem_iter(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    new_state(vm, &GETITEM_ITER_TYPE, obj, Value::NULL, 0)
}

fn getitem_next(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = st(v);
    let (obj, i) = (s.a, s.n);
    match ops::subscr(vm, obj, Value::small_int(i)) {
        Ok(x) => {
            st(v).n += 1;
            Ok(x)
        }
        Err(e)
            if exc::is_exception(e)
                && (type_of(e).is_subtype(&exc::INDEX_ERROR)
                    || type_of(e).is_subtype(&exc::STOP_ITERATION)) =>
        {
            Ok(Value::NULL)
        }
        Err(e) => Err(e),
    }
}
