//! Generic operations on any value: arithmetic and comparison dispatch
//! (with reflected operands and user special methods), truth, hashing,
//! iteration, attributes, subscripts and calls.

use crate::object::{type_of, AttrOp, BinOp, PyResult, TypeObj, UnaryOp};
use crate::objects::class;
use crate::runtime::exc;
use crate::runtime::gcvec::GcVec;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;

/// `a op b` for arithmetic, in-place and comparison ops.
pub fn binary_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if a.is_small_int() && b.is_small_int() {
        if let Some(v) =
            crate::objects::int::small_binary(vm, op, a.as_small_int(), b.as_small_int())?
        {
            return Ok(v);
        }
    }
    match op {
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            return compare_op(vm, op, a, b)
        }
        BinOp::Contains => return contains(vm, a, b),
        _ => {}
    }
    let ta = type_of(a);
    let (b, tb) = match builtin_vs_subclass(vm, op, a, ta, b)? {
        Ok(r) => return Ok(r),
        Err(b) => (b, type_of(b)),
    };
    let r = lhs_op(vm, ta, op, a, b)?;
    if r != Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    if op.is_inplace() {
        // No in-place method: `a += b` falls back to `a = a + b`.
        return binary_op(vm, op.base(), a, b);
    }
    if !core::ptr::eq(ta, tb) {
        let r = if tb.is_user() {
            class::reflected_dunder(vm, op, a, b)?
        } else {
            native(vm, tb, op, a, b)?
        };
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    Err(vm.type_error(format_args!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        ta.name.as_str(),
        tb.name.as_str()
    )))
}

/// A builtin `a` with an instance `b` of a class with a builtin base (`[0] + stack`,
/// `'x' == name`): `Ok(result)` if `b`'s class answers, else `Err(operand)` with the right
/// operand to go on with (`b`'s sub-object, or `b` itself in every other case).
#[inline]
fn builtin_vs_subclass(
    vm: &mut Vm,
    op: BinOp,
    a: Value,
    ta: &TypeObj,
    b: Value,
) -> PyResult<Result<Value, Value>> {
    if ta.is_user() || !b.is_obj() || type_of(b).flags & crate::object::FLAG_NATIVE_SUB == 0 {
        return Ok(Err(b));
    }
    Ok(
        match crate::objects::class::builtin_base::subclass_first(vm, op, a, b)? {
            Some(r) => Ok(r),
            None => Err(crate::objects::class::builtin_base::unwrap(b)),
        },
    )
}

/// The left operand's own implementation of `op`.
#[inline]
fn lhs_op(vm: &mut Vm, ta: &TypeObj, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if ta.is_user() {
        class::binary_dunder(vm, op, a, b)
    } else {
        native(vm, ta, op, a, b)
    }
}

#[inline]
fn native(vm: &mut Vm, t: &TypeObj, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match t.binary {
        Some(f) => f(vm, op, a, b),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// Rich comparison with CPython's fallbacks: reflected op, identity for
/// `==`/`!=`, TypeError for orderings.
pub fn compare_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if a.is_small_int() && b.is_small_int() {
        if let Some(v) =
            crate::objects::int::small_binary(vm, op, a.as_small_int(), b.as_small_int())?
        {
            return Ok(v);
        }
    }
    let ta = type_of(a);
    let (b, tb) = match builtin_vs_subclass(vm, op, a, ta, b)? {
        Ok(r) => return Ok(r),
        Err(b) => (b, type_of(b)),
    };
    let r = lhs_op(vm, ta, op, a, b)?;
    if r != Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    let r = if tb.is_user() {
        class::reflected_dunder(vm, op, a, b)?
    } else if !core::ptr::eq(ta, tb) {
        match tb.binary {
            Some(f) => f(vm, op.swapped(), b, a)?,
            None => Value::NOT_IMPLEMENTED,
        }
    } else {
        Value::NOT_IMPLEMENTED
    };
    if r != Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    match op {
        BinOp::Eq => Ok(Value::from_bool(a == b)),
        BinOp::Ne => Ok(Value::from_bool(a != b)),
        _ => Err(vm.type_error(format_args!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name.as_str(),
            tb.name.as_str()
        ))),
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<Value> {
    let t = type_of(container);
    if t.is_user() {
        if let Some(r) = class::call_dunder_opt(vm, container, q::__contains__, &[item])? {
            return Ok(Value::from_bool(is_true(vm, r)?));
        }
        if let Some(n) = crate::objects::class::builtin_base::native_of(container) {
            return contains(vm, n, item);
        }
    } else if let Some(f) = t.binary {
        let r = f(vm, BinOp::Contains, container, item)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    // Fall back to iteration.
    let it = get_iter(vm, container).map_err(|_| {
        vm.type_error(format_args!(
            "argument of type '{}' is not iterable",
            t.name.as_str()
        ))
    })?;
    while let Some(x) = iter_next(vm, it)? {
        if eq_identity(vm, x, item)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

/// `a == b` as a bool.
pub fn eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b && !crate::objects::float::is_float(a) {
        return Ok(true);
    }
    let r = compare_op(vm, BinOp::Eq, a, b)?;
    is_true(vm, r)
}

/// Container equality: identity first (so `nan in [nan]` is True).
#[inline]
pub fn eq_identity(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    eq(vm, a, b)
}

pub fn unary_op(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    if op == UnaryOp::Not {
        return Ok(Value::from_bool(!is_true(vm, v)?));
    }
    if op == UnaryOp::Bool {
        return Ok(Value::from_bool(is_true(vm, v)?));
    }
    let t = type_of(v);
    if t.is_user() {
        if let Some(r) = class::unary_dunder(vm, op, v)? {
            return Ok(r);
        }
    } else if let Some(f) = t.unary {
        let r = f(vm, op, v)?;
        if !r.is_null() {
            return Ok(r);
        }
    }
    let name = t.name.as_str();
    Err(match op {
        UnaryOp::Neg => vm.type_error(format_args!("bad operand type for unary -: '{}'", name)),
        UnaryOp::Pos => vm.type_error(format_args!("bad operand type for unary +: '{}'", name)),
        UnaryOp::Invert => vm.type_error(format_args!("bad operand type for unary ~: '{}'", name)),
        UnaryOp::Abs => vm.type_error(format_args!("bad operand type for abs(): '{}'", name)),
        UnaryOp::Len => vm.type_error(format_args!("object of type '{}' has no len()", name)),
        UnaryOp::Hash => vm.type_error(format_args!("unhashable type: '{}'", name)),
        UnaryOp::Int => vm.type_error(format_args!(
            "int() argument must be a string, a bytes-like object or a number, not '{}'",
            name
        )),
        _ => vm.type_error(format_args!("must be real number, not {}", name)),
    })
}

/// Truth value.
#[inline]
pub fn is_true(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if v == Value::TRUE {
        return Ok(true);
    }
    if v == Value::FALSE || v == Value::NONE {
        return Ok(false);
    }
    if v.is_small_int() {
        return Ok(v.as_small_int() != 0);
    }
    if v.is_qstr() {
        return Ok(v.as_qstr() != q::EMPTY);
    }
    let t = type_of(v);
    if t.is_user() {
        return class::instance_bool(vm, v);
    }
    if let Some(f) = t.unary {
        let r = f(vm, UnaryOp::Bool, v)?;
        if !r.is_null() {
            return Ok(r == Value::TRUE);
        }
        let r = f(vm, UnaryOp::Len, v)?;
        if !r.is_null() {
            return Ok(r != Value::small_int(0));
        }
    }
    Ok(true)
}

pub fn hash(vm: &mut Vm, v: Value) -> PyResult<isize> {
    if v.is_small_int() {
        return Ok(crate::num::hash_i64(v.as_small_int() as i64));
    }
    if v.is_qstr() {
        return Ok(v.as_qstr().hash() as isize);
    }
    let t = type_of(v);
    if t.is_user() {
        return class::instance_hash(vm, v);
    }
    if let Some(f) = t.unary {
        let r = f(vm, UnaryOp::Hash, v)?;
        if !r.is_null() {
            return Ok(r.as_small_int());
        }
        // Mutable containers define Len but not Hash.
        if !f(vm, UnaryOp::Len, v)?.is_null() {
            return Err(vm.type_error(format_args!("unhashable type: '{}'", t.name.as_str())));
        }
    }
    Ok((v.bits() >> 3) as isize)
}

pub fn len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let r = unary_op(vm, UnaryOp::Len, v)?;
    Ok(r.as_small_int().max(0) as usize)
}

// --- iteration -------------------------------------------------------------

pub fn iter_self(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(v)
}

pub fn get_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let t = type_of(v);
    if t.is_user() {
        return class::instance_iter(vm, v);
    }
    if let Some(f) = t.iter {
        return f(vm, v);
    }
    if t.subscr.is_some() {
        return crate::builtins::iterators::new_getitem_iter(vm, v);
    }
    Err(vm.type_error(format_args!("'{}' object is not iterable", t.name.as_str())))
}

/// The next item, or None when exhausted.
#[inline]
pub fn iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    // Loops inside builtins (`in`, list(), sum()...) stop on Ctrl-C too.
    if crate::runtime::interrupt::pending() {
        vm.check_interrupt()?;
    }
    let t = type_of(it);
    let r = match t.iternext {
        Some(f) => f(vm, it)?,
        None if t.is_user() => class::instance_next(vm, it)?,
        None => {
            return Err(vm.type_error(format_args!(
                "'{}' object is not an iterator",
                t.name.as_str()
            )))
        }
    };
    Ok(if r.is_null() { None } else { Some(r) })
}

/// All items of an iterable, in a GC-visible vector.
pub fn collect_values(vm: &mut Vm, v: Value) -> PyResult<GcVec> {
    if crate::objects::tuple::is_tuple(v) {
        let items = crate::objects::tuple::items(v);
        let mut out = GcVec::with_capacity(vm, items.len())?;
        for &x in items {
            out.push(vm, x)?;
        }
        return Ok(out);
    }
    if crate::objects::list::is_list(v) {
        let items = crate::objects::list::items(v);
        let mut out = GcVec::with_capacity(vm, items.len())?;
        for i in 0..crate::objects::list::obj(v).len {
            let x = crate::objects::list::items(v)[i];
            out.push(vm, x)?;
        }
        return Ok(out);
    }
    let mut out = GcVec::new();
    let it = get_iter(vm, v)?;
    while let Some(x) = iter_next(vm, it)? {
        out.push(vm, x)?;
    }
    Ok(out)
}

/// `list.extend(iterable)`.
pub fn extend_list(vm: &mut Vm, list: Value, src: Value) -> PyResult<()> {
    if crate::objects::list::is_list(src) || crate::objects::tuple::is_tuple(src) {
        let items = if crate::objects::list::is_list(src) {
            crate::objects::tuple::new_tuple(vm, crate::objects::list::items(src))?
        } else {
            src
        };
        return crate::objects::list::extend_from(vm, list, crate::objects::tuple::items(items));
    }
    let it = get_iter(vm, src)?;
    while let Some(x) = iter_next(vm, it)? {
        crate::objects::list::append(vm, list, x)?;
    }
    Ok(())
}

// --- attributes --------------------------------------------------------------

/// Find `name` along the type's MRO (class dicts and builtin tables).
pub fn lookup_in_type(vm: &mut Vm, t: &'static TypeObj, name: Qstr) -> PyResult<Option<Value>> {
    if !t.mro.is_null() {
        for &c in crate::objects::tuple::items(t.mro) {
            let ct = unsafe { &*c.as_ptr::<TypeObj>() };
            if let Some(v) = lookup_own(vm, ct, name)? {
                return Ok(Some(v));
            }
        }
        return Ok(None);
    }
    let mut cur = Some(t);
    while let Some(ct) = cur {
        if let Some(v) = lookup_own(vm, ct, name)? {
            return Ok(Some(v));
        }
        cur = ct.parent;
    }
    Ok(None)
}

#[inline]
fn lookup_own(vm: &mut Vm, t: &TypeObj, name: Qstr) -> PyResult<Option<Value>> {
    if !t.dict.is_null() {
        return crate::objects::dict::get_qstr(vm, t.dict, name);
    }
    Ok(crate::object::table_lookup(t.methods, name))
}

/// `obj.name`, or None if it does not exist (no AttributeError allocated).
pub fn load_attr_opt(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    let (f, s) = load_method_opt(vm, obj, name)?;
    if f.is_null() {
        return Ok(None);
    }
    if s.is_null() {
        return Ok(Some(f));
    }
    Ok(Some(crate::objects::function::new_bound_method(vm, f, s)?))
}

pub fn load_attr(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Value> {
    match load_attr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(obj, name)),
    }
}

/// Look up a method without allocating a bound method: returns
/// `(func, self)` for a method to call with `self` first, `(value, NULL)`
/// for a plain attribute, `(NULL, NULL)` if absent.
pub fn load_method_opt(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
    let t = type_of(obj);
    if t.is_user() {
        return class::instance_load_method(vm, obj, name);
    }
    if core::ptr::eq(t, &class::TYPE_TYPE) {
        return class::type_load_attr(vm, obj, name).map(|v| (v, Value::NULL));
    }
    if core::ptr::eq(t, &class::SUPER_TYPE) {
        return class::super_load_method(vm, obj, name);
    }
    if let Some(f) = t.attr {
        let r = f(vm, obj, name, AttrOp::Load)?;
        if !r.is_null() {
            return Ok((r, Value::NULL));
        }
    }
    if name == q::__class__ {
        return Ok((t.as_value(), Value::NULL));
    }
    match lookup_in_type(vm, t, name)? {
        Some(m) => crate::objects::function::bind_descriptor(vm, m, obj, t),
        None => Ok((Value::NULL, Value::NULL)),
    }
}

pub fn load_method(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
    let r = load_method_opt(vm, obj, name)?;
    if r.0.is_null() {
        return Err(vm.attribute_error(obj, name));
    }
    Ok(r)
}

pub fn call_method(vm: &mut Vm, obj: Value, name: Qstr, args: &[Value]) -> PyResult<Value> {
    let (f, s) = load_method(vm, obj, name)?;
    call_with_self(vm, f, s, args, &[])
}

/// Call `f(self, *args)` if self is not NULL, else `f(*args)`.
pub fn call_with_self(
    vm: &mut Vm,
    f: Value,
    s: Value,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    if s.is_null() {
        return call(vm, f, args, kw);
    }
    let mut buf = [Value::NULL; 8];
    if args.len() < buf.len() {
        buf[0] = s;
        buf[1..=args.len()].copy_from_slice(args);
        return call(vm, f, &buf[..=args.len()], kw);
    }
    let mut all = GcVec::with_capacity(vm, args.len() + 1)?;
    all.push(vm, s)?;
    for &a in args {
        all.push(vm, a)?;
    }
    call(vm, f, all.as_slice(), kw)
}

pub fn store_attr(vm: &mut Vm, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
    let t = type_of(obj);
    if t.is_user() {
        return class::instance_store_attr(vm, obj, name, value);
    }
    if core::ptr::eq(t, &class::TYPE_TYPE) {
        return class::type_store_attr(vm, obj, name, value);
    }
    if let Some(f) = t.attr {
        let r = f(vm, obj, name, AttrOp::write(value))?;
        if !r.is_null() {
            return Ok(());
        }
    }
    if lookup_in_type(vm, t, name)?.is_some() {
        return Err(vm.new_exc_fmt(
            &exc::ATTRIBUTE_ERROR,
            format_args!(
                "'{}' object attribute '{}' is read-only",
                t.name.as_str(),
                name.as_str()
            ),
        ));
    }
    Err(vm.attribute_error(obj, name))
}

// --- subscripts and calls ------------------------------------------------------

pub fn subscr(vm: &mut Vm, obj: Value, index: Value) -> PyResult<Value> {
    subscr_op(vm, obj, index, None)
}

pub fn store_subscr(vm: &mut Vm, obj: Value, index: Value, value: Value) -> PyResult<()> {
    subscr_op(vm, obj, index, Some(value)).map(|_| ())
}

fn subscr_op(vm: &mut Vm, obj: Value, index: Value, store: Option<Value>) -> PyResult<Value> {
    let t = type_of(obj);
    if t.is_user() {
        return class::instance_subscr(vm, obj, index, store);
    }
    if let Some(f) = t.subscr {
        return f(vm, obj, index, store);
    }
    let name = t.name.as_str();
    Err(match store {
        None => vm.type_error(format_args!("'{}' object is not subscriptable", name)),
        Some(v) if v.is_null() => vm.type_error(format_args!(
            "'{}' object doesn't support item deletion",
            name
        )),
        Some(_) => vm.type_error(format_args!(
            "'{}' object does not support item assignment",
            name
        )),
    })
}

/// Call any callable with positional args and flat (name, value) kwargs.
pub fn call(vm: &mut Vm, f: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = type_of(f);
    if let Some(c) = t.call {
        return c(vm, f, args, kw);
    }
    if t.is_user() {
        return class::instance_call(vm, f, args, kw);
    }
    Err(vm.type_error(format_args!("'{}' object is not callable", t.name.as_str())))
}

pub fn is_callable(v: Value) -> bool {
    let t = type_of(v);
    t.call.is_some() || (t.is_user() && class::has_dunder(t, q::__call__))
}

/// The items `unpack` found: a tuple's or list's own array (nothing
/// allocated, so `a, b = t` works with the heap locked) or a collected copy.
pub enum Unpacked {
    Borrowed(&'static [Value]),
    Owned(crate::runtime::gcvec::GcVec),
}

impl Unpacked {
    pub fn as_slice(&self) -> &[Value] {
        match self {
            Unpacked::Borrowed(s) => s,
            Unpacked::Owned(v) => v.as_slice(),
        }
    }

    pub fn free(self, vm: &mut Vm) {
        if let Unpacked::Owned(v) = self {
            v.free(vm);
        }
    }
}

/// All items of `seq`, checking the count (`max` = usize::MAX: at least `min`).
pub fn unpack(vm: &mut Vm, seq: Value, min: usize, max: usize) -> PyResult<Unpacked> {
    let items = if crate::objects::tuple::is_tuple(seq) {
        Unpacked::Borrowed(crate::objects::tuple::items(seq))
    } else if crate::objects::list::is_list(seq) {
        Unpacked::Borrowed(crate::objects::list::items(seq))
    } else {
        Unpacked::Owned(collect_values(vm, seq).map_err(|e| {
            if exc::is_exception(e) && type_of(e).is_subtype(&exc::TYPE_ERROR) {
                vm.type_error(format_args!(
                    "cannot unpack non-iterable {} object",
                    vm.type_name(seq)
                ))
            } else {
                e
            }
        })?)
    };
    let n = items.as_slice().len();
    if n < min {
        return Err(vm.value_error(format_args!(
            "not enough values to unpack (expected {}{}, got {})",
            if max == usize::MAX { "at least " } else { "" },
            min,
            n
        )));
    }
    if max != usize::MAX && n > max {
        return Err(vm.value_error(format_args!("too many values to unpack (expected {})", max)));
    }
    Ok(items)
}
