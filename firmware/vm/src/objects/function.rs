//! Callables: builtin functions, Python functions (with defaults and
//! closures), bound methods, cells, staticmethod/classmethod/property.

use crate::object::{
    type_of, AttrOp, BuiltinFn, ObjBase, PyResult, StaticWrapper, TypeObj, VARARGS,
};
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

pub static BUILTIN_FN_TYPE: TypeObj = TypeObj {
    print: Some(builtin_print),
    call: Some(builtin_call),
    ..TypeObj::builtin(q::function)
};

fn builtin_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let f = unsafe { v.as_mut::<BuiltinFn>() };
    out.push_str("<function ");
    out.push_str(f.name.as_str());
    out.push('>');
    Ok(())
}

fn builtin_call(vm: &mut Vm, fv: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = unsafe { &*fv.as_ptr::<BuiltinFn>() };
    let n = args.len();
    if n < f.min_args as usize || (f.max_args != VARARGS && n > f.max_args as usize) {
        return Err(arg_count_error(vm, f, n));
    }
    if !kw.is_empty() && !f.takes_kw {
        return Err(vm.type_error(format_args!(
            "{}() takes no keyword arguments",
            f.name.as_str()
        )));
    }
    // A builtin is where Rust code allocates freely: a MemoryError anywhere
    // inside it is this call's exception (runtime/nlr.rs).
    vm.protect(|vm| (f.f)(vm, args, kw))
}

fn arg_count_error(vm: &mut Vm, f: &BuiltinFn, n: usize) -> Value {
    let name = f.name.as_str();
    if f.min_args == f.max_args {
        vm.type_error(format_args!(
            "{}() takes exactly {} argument{} ({} given)",
            name,
            f.min_args,
            if f.min_args == 1 { "" } else { "s" },
            n
        ))
    } else if n < f.min_args as usize {
        vm.type_error(format_args!(
            "{}() takes at least {} arguments ({} given)",
            name, f.min_args, n
        ))
    } else {
        vm.type_error(format_args!(
            "{}() takes at most {} arguments ({} given)",
            name, f.max_args, n
        ))
    }
}

/// A function defined by `def` or `lambda`.
#[repr(C)]
pub struct FunctionObj {
    pub base: ObjBase,
    pub code: Value,
    pub globals: Value,
    /// Tuple of positional defaults, or NULL.
    pub defaults: Value,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: Value,
    /// Tuple of cells for free variables, or NULL.
    pub closure: Value,
    /// Function attributes (`f.x = 1`), a dict or NULL.
    pub dict: Value,
}

pub static FUNCTION_TYPE: TypeObj = TypeObj {
    print: Some(function_print),
    call: Some(crate::runtime::interp::call_function),
    attr: Some(function_attr),
    ..TypeObj::builtin(q::function)
};

pub static GENERATOR_FUNCTION_TYPE: TypeObj = TypeObj {
    print: Some(function_print),
    call: Some(crate::runtime::interp::call_function),
    attr: Some(function_attr),
    ..TypeObj::builtin(q::function)
};

pub fn is_function(v: Value) -> bool {
    v.is_obj()
        && (core::ptr::eq(type_of(v), &FUNCTION_TYPE)
            || core::ptr::eq(type_of(v), &GENERATOR_FUNCTION_TYPE))
}

pub fn function_name(v: Value) -> Qstr {
    let f = unsafe { v.as_mut::<FunctionObj>() };
    crate::objects::code::code(f.code).name
}

fn function_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    out.push_str(&alloc::format!(
        "<function {} at 0x{:x}>",
        function_name(v).as_str(),
        v.bits()
    ));
    Ok(())
}

fn function_attr(vm: &mut Vm, v: Value, name: Qstr, op: AttrOp) -> PyResult<Value> {
    let f = unsafe { v.as_mut::<FunctionObj>() };
    match op {
        AttrOp::Load => {
            if name == q::__name__ {
                return Ok(Value::qstr(function_name(v)));
            }
            if name == q::__globals__ {
                return Ok(f.globals);
            }
            if !f.dict.is_null() {
                if let Some(x) = crate::objects::dict::get_qstr(vm, f.dict, name)? {
                    return Ok(x);
                }
            }
            Ok(Value::NULL)
        }
        AttrOp::Store(x) => {
            if f.dict.is_null() {
                let d = crate::objects::dict::new_dict(vm, 0)?;
                unsafe { v.as_mut::<FunctionObj>() }.dict = d;
            }
            let d = unsafe { v.as_mut::<FunctionObj>() }.dict;
            crate::objects::dict::set(vm, d, Value::qstr(name), x)?;
            Ok(Value::NONE)
        }
        AttrOp::Delete => {
            if !f.dict.is_null()
                && crate::objects::dict::delete(vm, f.dict, Value::qstr(name))?.is_some()
            {
                return Ok(Value::NONE);
            }
            Ok(Value::NULL)
        }
    }
}

/// A method bound to its instance (only made when `obj.meth` is used as a
/// value; `obj.meth()` calls go through LOAD_METHOD without allocating).
#[repr(C)]
pub struct BoundMethod {
    pub base: ObjBase,
    pub func: Value,
    pub self_: Value,
}

pub static BOUND_METHOD_TYPE: TypeObj = TypeObj {
    print: Some(bound_print),
    call: Some(bound_call),
    attr: Some(bound_attr),
    binary: Some(bound_binary),
    ..TypeObj::builtin(q::bound_method)
};

pub fn new_bound_method(vm: &mut Vm, func: Value, self_: Value) -> PyResult<Value> {
    vm.alloc(BoundMethod {
        base: ObjBase::new(&BOUND_METHOD_TYPE),
        func,
        self_,
    })
}

fn bound_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let b = unsafe { v.as_mut::<BoundMethod>() };
    out.push_str("<bound_method ");
    out.push_str(&alloc::format!("{:x} ", v.bits()));
    crate::runtime::print::repr_into(vm, b.self_, out)?;
    out.push('.');
    crate::runtime::print::repr_into(vm, b.func, out)?;
    out.push('>');
    Ok(())
}

fn bound_call(vm: &mut Vm, v: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = unsafe { v.as_mut::<BoundMethod>() };
    crate::runtime::ops::call_with_self(vm, b.func, b.self_, args, kw)
}

fn bound_attr(_vm: &mut Vm, v: Value, name: Qstr, op: AttrOp) -> PyResult<Value> {
    let b = unsafe { v.as_mut::<BoundMethod>() };
    if let AttrOp::Load = op {
        match name {
            q::__self__ => return Ok(b.self_),
            q::__func__ => return Ok(b.func),
            q::__name__ if is_function(b.func) => return Ok(Value::qstr(function_name(b.func))),
            _ => {}
        }
    }
    Ok(Value::NULL)
}

fn bound_binary(vm: &mut Vm, op: crate::object::BinOp, a: Value, b: Value) -> PyResult<Value> {
    use crate::object::BinOp;
    if !matches!(op, BinOp::Eq | BinOp::Ne) || !core::ptr::eq(type_of(b), &BOUND_METHOD_TYPE) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = unsafe { (a.as_mut::<BoundMethod>(), b.as_mut::<BoundMethod>()) };
    let same = x.func == y.func && crate::runtime::ops::eq(vm, x.self_, y.self_)?;
    Ok(Value::from_bool(same == (op == BinOp::Eq)))
}

/// A closure cell.
#[repr(C)]
pub struct Cell {
    pub base: ObjBase,
    pub value: Value,
}

pub static CELL_TYPE: TypeObj = TypeObj::builtin(q::cell);

pub fn new_cell(vm: &mut Vm, value: Value) -> PyResult<Value> {
    vm.alloc(Cell {
        base: ObjBase::new(&CELL_TYPE),
        value,
    })
}

#[inline]
pub fn cell(v: Value) -> &'static mut Cell {
    unsafe { v.as_mut::<Cell>() }
}

// --- descriptors -------------------------------------------------------------

pub static STATICMETHOD_TYPE: TypeObj = TypeObj {
    new: Some(wrapper_new),
    ..TypeObj::builtin(q::staticmethod)
};

pub static CLASSMETHOD_TYPE: TypeObj = TypeObj {
    new: Some(wrapper_new),
    ..TypeObj::builtin(q::classmethod)
};

fn wrapper_new(
    vm: &mut Vm,
    ty: &'static TypeObj,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format_args!("{} expected 1 argument", ty.name.as_str())));
    }
    vm.alloc(StaticWrapper {
        base: ObjBase { ty },
        func: args[0],
    })
}

#[repr(C, align(8))]
pub struct Property {
    pub base: ObjBase,
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
}

pub static PROPERTY_TYPE: TypeObj = TypeObj {
    new: Some(property_new),
    methods: &PROPERTY_METHODS,
    ..TypeObj::builtin(q::property)
};

fn property_new(
    vm: &mut Vm,
    _ty: &'static TypeObj,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    let mut p = [Value::NONE; 3];
    for (i, &a) in args.iter().take(3).enumerate() {
        p[i] = a;
    }
    for pair in kw.chunks(2) {
        match crate::objects::str::to_qstr(pair[0]) {
            Some(q::fget) => p[0] = pair[1],
            Some(q::fset) => p[1] = pair[1],
            Some(q::fdel) => p[2] = pair[1],
            _ => {}
        }
    }
    vm.alloc(Property {
        base: ObjBase::new(&PROPERTY_TYPE),
        fget: p[0],
        fset: p[1],
        fdel: p[2],
    })
}

#[inline(never)]
fn property_with(vm: &mut Vm, a: &[Value], which: usize) -> PyResult<Value> {
    let p = unsafe { a[0].as_mut::<Property>() };
    let mut parts = [p.fget, p.fset, p.fdel];
    parts[which] = a[1];
    vm.alloc(Property {
        base: ObjBase::new(&PROPERTY_TYPE),
        fget: parts[0],
        fset: parts[1],
        fdel: parts[2],
    })
}

fn p_getter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, a, 0)
}
fn p_setter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, a, 1)
}
fn p_deleter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, a, 2)
}

crate::builtin_fn!(P_GETTER, q::getter, 2, 2, p_getter);
crate::builtin_fn!(P_SETTER, q::setter, 2, 2, p_setter);
crate::builtin_fn!(P_DELETER, q::deleter, 2, 2, p_deleter);
static PROPERTY_METHODS: [(Qstr, Value); 3] = [
    crate::entry!(q::getter, fn P_GETTER),
    crate::entry!(q::setter, fn P_SETTER),
    crate::entry!(q::deleter, fn P_DELETER),
];

pub fn is_builtin_fn(v: Value) -> bool {
    v.is_obj() && core::ptr::eq(type_of(v), &BUILTIN_FN_TYPE)
}

pub fn is_property(v: Value) -> bool {
    v.is_obj() && core::ptr::eq(type_of(v), &PROPERTY_TYPE)
}

pub fn property(v: Value) -> &'static Property {
    unsafe { v.as_mut::<Property>() }
}

/// Turn a class attribute found for `obj` (of type `t`) into what
/// `obj.name` means: `(func, self)` for methods, `(value, NULL)` otherwise.
pub fn bind_descriptor(
    vm: &mut Vm,
    m: Value,
    obj: Value,
    t: &'static TypeObj,
) -> PyResult<(Value, Value)> {
    if !m.is_obj() {
        return Ok((m, Value::NULL));
    }
    let mt = type_of(m);
    if core::ptr::eq(mt, &FUNCTION_TYPE)
        || core::ptr::eq(mt, &BUILTIN_FN_TYPE)
        || core::ptr::eq(mt, &GENERATOR_FUNCTION_TYPE)
        || core::ptr::eq(
            mt,
            &crate::objects::class::builtin_base::METHOD_DESCRIPTOR_TYPE,
        )
    {
        return Ok((m, obj));
    }
    if core::ptr::eq(mt, &STATICMETHOD_TYPE) {
        return Ok((unsafe { m.as_mut::<StaticWrapper>() }.func, Value::NULL));
    }
    if core::ptr::eq(mt, &CLASSMETHOD_TYPE) {
        return Ok((unsafe { m.as_mut::<StaticWrapper>() }.func, t.as_value()));
    }
    if core::ptr::eq(mt, &PROPERTY_TYPE) {
        let fget = property(m).fget;
        if fget.is_none() {
            return Err(vm.new_exc_msg(
                &crate::runtime::exc::ATTRIBUTE_ERROR,
                "unreadable attribute",
            ));
        }
        return Ok((
            crate::runtime::ops::call(vm, fget, &[obj], &[])?,
            Value::NULL,
        ));
    }
    Ok((m, Value::NULL))
}
