//! Instances of user classes derived from a builtin type other than object and the exceptions
//! (`class Stack(list)`, `class Name(str)`, `class Counter(dict)`).
//!
//! Such an instance is an [`InstanceObj`] whose `native` field holds a plain value of the
//! builtin type: its native sub-object. What the user classes define is looked up first
//! ([`lookup_user_part`]); every operation or method they leave out goes to the sub-object,
//! so `len`, `+`, `[]`, iteration, `repr` and the builtin methods all act on it. Builtin
//! methods therefore never see an instance they would misread.

use crate::object::{type_of, BinOp, ObjBase, PyResult, TypeObj, FLAG_NATIVE_SUB};
use crate::objects::class::InstanceObj;
use crate::objects::dict;
use crate::objects::function;
use crate::objects::tuple;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

/// True for the builtin types whose contents `__init__` sets (so `__new__` makes them empty
/// when the class has its own `__init__`); the others take their value in `__new__`.
fn fills_in_init(t: &'static TypeObj) -> bool {
    t.is_subtype(&crate::objects::list::LIST_TYPE)
        || t.is_subtype(&crate::objects::dict::DICT_TYPE)
        || t.is_subtype(&crate::objects::set::SET_TYPE)
        || t.is_subtype(&crate::objects::bytes::BYTEARRAY_TYPE)
}

/// `hash(x)` for an instance of `t` whose class defines no `__hash__`: the mutable builtins
/// (those `__init__` fills) are unhashable under the subclass's name, the rest hash as their
/// value (so a `str` subclass finds its str's dict entries).
pub fn hash(vm: &mut Vm, t: &TypeObj, native: Value) -> PyResult<isize> {
    if fills_in_init(type_of(native)) {
        return Err(vm.type_error(format_args!("unhashable type: '{}'", t.name.as_str())));
    }
    ops::hash(vm, native)
}

/// The native sub-object of `v`, if `v` is an instance of a class with a builtin base.
#[inline]
pub fn native_of(v: Value) -> Option<Value> {
    if !v.is_obj() || type_of(v).flags & FLAG_NATIVE_SUB == 0 {
        return None;
    }
    let n = unsafe { v.as_mut::<InstanceObj>() }.native;
    (!n.is_null()).then_some(n)
}

/// `v` itself, or its native sub-object.
#[inline]
pub fn unwrap(v: Value) -> Value {
    native_of(v).unwrap_or(v)
}

/// `name` in the user classes of `t`'s MRO only (not in builtin ones).
pub fn lookup_user_part(vm: &mut Vm, t: &'static TypeObj, name: Qstr) -> PyResult<Option<Value>> {
    for &c in tuple::items(t.mro) {
        let ct = unsafe { &*c.as_ptr::<TypeObj>() };
        if ct.is_user() {
            if let Some(v) = dict::get_qstr(vm, ct.dict, name)? {
                return Ok(Some(v));
            }
        }
    }
    Ok(None)
}

/// A new instance of `t` (a class with a builtin base). Its sub-object is built from the call's
/// arguments, except for list/dict/set/bytearray when the class defines `__init__`: then
/// it starts empty and `super().__init__(...)` fills it, as in CPython.
pub fn new_instance(
    vm: &mut Vm,
    t: &'static TypeObj,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    let nt = t.native_base();
    let own_init = lookup_user_part(vm, t, q::__init__)?.is_some();
    let native = match nt.new {
        Some(new) if own_init && fills_in_init(nt) => new(vm, nt, &[], &[])?,
        Some(new) => new(vm, nt, args, kw)?,
        None => {
            return Err(vm.type_error(format_args!(
                "cannot create '{}' instances",
                nt.name.as_str()
            )))
        }
    };
    vm.alloc(InstanceObj {
        base: ObjBase { ty: t },
        dict: Value::NULL,
        native,
    })
}

/// `__init__` of list, dict, set and bytearray, reached through `super().__init__(...)` or
/// `list.__init__(self, ...)`: (re)fills the contents from the arguments.
fn native_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let this = a[0];
    let nt = match native_of(this) {
        Some(_) => type_of(this).native_base(),
        None => type_of(this),
    };
    let Some(new) = nt.new.filter(|_| fills_in_init(nt)) else {
        return Ok(Value::NONE);
    };
    let fresh = new(vm, nt, &a[1..], kw)?;
    if native_of(this).is_some() {
        unsafe { this.as_mut::<InstanceObj>() }.native = fresh;
    } else {
        ops::call_method(vm, this, q::clear, &[])?;
        let add = if core::ptr::eq(nt, &crate::objects::dict::DICT_TYPE)
            || core::ptr::eq(nt, &crate::objects::set::SET_TYPE)
        {
            q::update
        } else {
            q::extend
        };
        ops::call_method(vm, this, add, &[fresh])?;
    }
    Ok(Value::NONE)
}

crate::builtin_fn!(pub NATIVE_INIT, q::__init__, 1, crate::object::VARARGS, native_init, kw);

/// What `super().__init__` or `T.__init__` means when the class reached is `t`: the filling
/// `__init__` for list/dict/set/bytearray, None for the rest (object's applies).
pub fn init_of_builtin(t: &'static TypeObj) -> Option<Value> {
    fills_in_init(t).then(|| Value::from_static(&NATIVE_INIT))
}

// --- unbound builtin methods ---------------------------------------------------------

/// `list.append` and the like: a builtin method taken from its class, which checks the type
/// of the `self` it is given (and passes an instance's native sub-object in its place).
#[repr(C)]
pub struct MethodDescriptor {
    pub base: ObjBase,
    pub owner: &'static TypeObj,
    pub func: Value,
}

pub static METHOD_DESCRIPTOR_TYPE: TypeObj = TypeObj {
    print: Some(descriptor_print),
    call: Some(descriptor_call),
    ..TypeObj::builtin(q::function)
};

pub fn is_method_descriptor(v: Value) -> bool {
    v.is_obj() && core::ptr::eq(type_of(v), &METHOD_DESCRIPTOR_TYPE)
}

/// Wraps `func`, a method of the builtin type `owner`, for calls with an explicit self.
pub fn new_method_descriptor(vm: &mut Vm, owner: &'static TypeObj, func: Value) -> PyResult<Value> {
    vm.alloc(MethodDescriptor {
        base: ObjBase::new(&METHOD_DESCRIPTOR_TYPE),
        owner,
        func,
    })
}

fn method_name(f: Value) -> Qstr {
    if f.is_obj() && core::ptr::eq(type_of(f), &function::BUILTIN_FN_TYPE) {
        unsafe { f.as_mut::<crate::object::BuiltinFn>() }.name
    } else {
        q::EMPTY
    }
}

fn descriptor_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let d = unsafe { v.as_mut::<MethodDescriptor>() };
    out.push_str("<method '");
    out.push_str(method_name(d.func).as_str());
    out.push_str("' of '");
    out.push_str(d.owner.name.as_str());
    out.push_str("' objects>");
    Ok(())
}

fn descriptor_call(vm: &mut Vm, v: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = unsafe { v.as_mut::<MethodDescriptor>() };
    let name = method_name(d.func);
    let Some(&this) = args.first() else {
        return Err(vm.type_error(format_args!(
            "descriptor '{}' of '{}' object needs an argument",
            name.as_str(),
            d.owner.name.as_str()
        )));
    };
    if !type_of(this).is_subtype(d.owner) {
        return Err(vm.type_error(format_args!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name.as_str(),
            d.owner.name.as_str(),
            vm.type_name(this)
        )));
    }
    match native_of(this) {
        // The filling __init__ replaces the instance's sub-object, so it takes the instance.
        Some(n) if d.func != Value::from_static(&NATIVE_INIT) => {
            ops::call_with_self(vm, d.func, n, &args[1..], kw)
        }
        _ => ops::call(vm, d.func, args, kw),
    }
}

// --- operations that fall through to the sub-object -----------------------------------

/// `a op b` with `a`'s sub-object `na`, when `a`'s class does not define the operation.
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, na: Value, b: Value) -> PyResult<Value> {
    let b = unwrap(b);
    let r = match type_of(na).binary {
        Some(f) => f(vm, op, na, b)?,
        None => Value::NOT_IMPLEMENTED,
    };
    // `s += [1]` changed the sub-object in place: `s` stays the instance.
    Ok(if op.is_inplace() && r == na { a } else { r })
}

/// A builtin left operand `a` and an instance `b` of a class with a builtin base: the
/// class's own reflected method (`__radd__`, `__eq__`...) comes first, as CPython gives a
/// subclass's reflected method priority; None means go on with `b`'s sub-object.
pub fn subclass_first(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let t = type_of(b);
    if let (_, Some(rname)) = op.dunder() {
        if let Some(f) = lookup_user_part(vm, t, rname)? {
            let (f, s) = function::bind_descriptor(vm, f, b, t)?;
            let r = ops::call_with_self(vm, f, s, &[a], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// `a op b` with `b`'s sub-object `nb`, after `a` gave NotImplemented: the builtin type of
/// `nb` is asked the way `ops` asks a builtin right operand.
pub fn reflected(vm: &mut Vm, op: BinOp, a: Value, nb: Value) -> PyResult<Value> {
    let a = unwrap(a);
    let Some(f) = type_of(nb).binary else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    match op {
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            f(vm, op.swapped(), nb, a)
        }
        _ => f(vm, op, a, nb),
    }
}

// --- the builtin base's special methods, for `super().__getitem__(k)` and the like ------

fn slot_getitem(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::subscr(vm, unwrap(a[0]), a[1])
}
fn slot_setitem(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::store_subscr(vm, unwrap(a[0]), a[1], a[2]).map(|_| Value::NONE)
}
fn slot_delitem(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::store_subscr(vm, unwrap(a[0]), a[1], Value::NULL).map(|_| Value::NONE)
}
fn slot_len(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::len(vm, unwrap(a[0])).map(|n| Value::small_int(n as isize))
}
fn slot_contains(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::contains(vm, unwrap(a[0]), a[1])
}
fn slot_iter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::get_iter(vm, unwrap(a[0]))
}
fn slot_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = crate::runtime::print::repr(vm, unwrap(a[0]))?;
    vm.new_string(s)
}
fn slot_str(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = crate::runtime::print::to_str(vm, unwrap(a[0]))?;
    vm.new_string(s)
}
fn slot_hash(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::hash(vm, unwrap(a[0])).map(Value::small_int)
}

/// A binary special method of the builtin base: NotImplemented where the builtin has none,
/// as CPython's slot wrappers answer.
fn slot_binary(vm: &mut Vm, op: BinOp, a: &[Value]) -> PyResult<Value> {
    let (x, y) = (unwrap(a[0]), unwrap(a[1]));
    match type_of(x).binary {
        Some(f) => f(vm, op, x, y),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}
fn slot_eq(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    slot_binary(vm, BinOp::Eq, a)
}
fn slot_ne(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    slot_binary(vm, BinOp::Ne, a)
}
fn slot_lt(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    slot_binary(vm, BinOp::Lt, a)
}
fn slot_le(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    slot_binary(vm, BinOp::Le, a)
}
fn slot_gt(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    slot_binary(vm, BinOp::Gt, a)
}
fn slot_ge(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    slot_binary(vm, BinOp::Ge, a)
}
fn slot_add(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    slot_binary(vm, BinOp::Add, a)
}
fn slot_mul(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    slot_binary(vm, BinOp::Mul, a)
}

crate::builtin_fn!(SLOT_GETITEM, q::__getitem__, 2, 2, slot_getitem);
crate::builtin_fn!(SLOT_SETITEM, q::__setitem__, 3, 3, slot_setitem);
crate::builtin_fn!(SLOT_DELITEM, q::__delitem__, 2, 2, slot_delitem);
crate::builtin_fn!(SLOT_LEN, q::__len__, 1, 1, slot_len);
crate::builtin_fn!(SLOT_CONTAINS, q::__contains__, 2, 2, slot_contains);
crate::builtin_fn!(SLOT_ITER, q::__iter__, 1, 1, slot_iter);
crate::builtin_fn!(SLOT_REPR, q::__repr__, 1, 1, slot_repr);
crate::builtin_fn!(SLOT_STR, q::__str__, 1, 1, slot_str);
crate::builtin_fn!(SLOT_HASH, q::__hash__, 1, 1, slot_hash);
crate::builtin_fn!(SLOT_EQ, q::__eq__, 2, 2, slot_eq);
crate::builtin_fn!(SLOT_NE, q::__ne__, 2, 2, slot_ne);
crate::builtin_fn!(SLOT_LT, q::__lt__, 2, 2, slot_lt);
crate::builtin_fn!(SLOT_LE, q::__le__, 2, 2, slot_le);
crate::builtin_fn!(SLOT_GT, q::__gt__, 2, 2, slot_gt);
crate::builtin_fn!(SLOT_GE, q::__ge__, 2, 2, slot_ge);
crate::builtin_fn!(SLOT_ADD, q::__add__, 2, 2, slot_add);
crate::builtin_fn!(SLOT_MUL, q::__mul__, 2, 2, slot_mul);

static SLOTS: [(Qstr, Value); 17] = [
    crate::entry!(q::__getitem__, fn SLOT_GETITEM),
    crate::entry!(q::__setitem__, fn SLOT_SETITEM),
    crate::entry!(q::__delitem__, fn SLOT_DELITEM),
    crate::entry!(q::__len__, fn SLOT_LEN),
    crate::entry!(q::__contains__, fn SLOT_CONTAINS),
    crate::entry!(q::__iter__, fn SLOT_ITER),
    crate::entry!(q::__repr__, fn SLOT_REPR),
    crate::entry!(q::__str__, fn SLOT_STR),
    crate::entry!(q::__hash__, fn SLOT_HASH),
    crate::entry!(q::__eq__, fn SLOT_EQ),
    crate::entry!(q::__ne__, fn SLOT_NE),
    crate::entry!(q::__lt__, fn SLOT_LT),
    crate::entry!(q::__le__, fn SLOT_LE),
    crate::entry!(q::__gt__, fn SLOT_GT),
    crate::entry!(q::__ge__, fn SLOT_GE),
    crate::entry!(q::__add__, fn SLOT_ADD),
    crate::entry!(q::__mul__, fn SLOT_MUL),
];

/// `super().name` reaching the builtin base of an instance with a sub-object: the base's
/// special method `name`, which takes the instance and works on its sub-object.
pub fn special_method(name: Qstr) -> Option<Value> {
    crate::object::table_lookup(&SLOTS, name)
}
