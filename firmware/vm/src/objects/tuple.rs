//! `tuple`: immutable, items inline after the header.

use crate::object::{is_type, BinOp, ObjBase, PyResult, TypeObj, UnaryOp, FLAG_BASETYPE};
use crate::runtime::ops;
use crate::runtime::qstr::q;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct TupleObj {
    pub base: ObjBase,
    pub len: usize,
    // followed by `len` values
}

pub static TUPLE_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    print: Some(tuple_print),
    new: Some(tuple_new),
    binary: Some(tuple_binary),
    unary: Some(tuple_unary),
    subscr: Some(tuple_subscr),
    iter: Some(tuple_iter),
    methods: &TUPLE_METHODS,
    ..TypeObj::builtin(q::tuple)
};

#[inline]
pub fn is_tuple(v: Value) -> bool {
    // Not instances of user subclasses: those hold a tuple as their native sub-object.
    v.is_obj() && {
        let t = crate::object::type_of(v);
        !t.is_user() && t.is_subtype(&TUPLE_TYPE)
    }
}

/// The items of a tuple (empty slice for NULL).
#[inline]
pub fn items(v: Value) -> &'static [Value] {
    if v.is_null() {
        return &[];
    }
    unsafe {
        let t = v.as_ptr::<TupleObj>();
        core::slice::from_raw_parts(t.add(1) as *const Value, (*t).len)
    }
}

pub fn new_tuple(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let p = vm.alloc_var(
        TupleObj {
            base: ObjBase::new(&TUPLE_TYPE),
            len: items.len(),
        },
        core::mem::size_of_val(items),
        false,
    )?;
    unsafe { core::ptr::copy_nonoverlapping(items.as_ptr(), p.add(1) as *mut Value, items.len()) };
    Ok(Value::from_ptr(p))
}

/// A tuple of `n` NULL items to be filled by the caller.
pub fn new_tuple_uninit(vm: &mut Vm, n: usize) -> PyResult<(Value, &'static mut [Value])> {
    let p = vm.alloc_var(
        TupleObj {
            base: ObjBase::new(&TUPLE_TYPE),
            len: n,
        },
        n * core::mem::size_of::<Value>(),
        false,
    )?;
    let slice = unsafe { core::slice::from_raw_parts_mut(p.add(1) as *mut Value, n) };
    Ok((Value::from_ptr(p), slice))
}

/// `(a, b)` / `(a,)` / `()`; shared by tuple and list printing.
pub fn print_seq(
    vm: &mut Vm,
    items: &[Value],
    open: &str,
    close: &str,
    out: &mut String,
) -> PyResult<()> {
    out.push_str(open);
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        crate::runtime::print::repr_into(vm, x, out)?;
    }
    if items.len() == 1 && open == "(" {
        out.push(',');
    }
    out.push_str(close);
    Ok(())
}

fn tuple_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    print_seq(vm, items(v), "(", ")", out)
}

fn tuple_new(vm: &mut Vm, _t: &'static TypeObj, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [] => new_tuple(vm, &[]),
        [x] => {
            if is_type(*x, &TUPLE_TYPE) {
                return Ok(*x);
            }
            let v = ops::collect_values(vm, *x)?;
            let r = new_tuple(vm, v.as_slice());
            v.free(vm);
            r
        }
        _ => Err(vm.type_error(format_args!(
            "tuple expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// Lexicographic comparison shared by tuple and list.
pub fn compare_seq(vm: &mut Vm, op: BinOp, a: &[Value], b: &[Value]) -> PyResult<Value> {
    if matches!(op, BinOp::Eq | BinOp::Ne) && a.len() != b.len() {
        return Ok(Value::from_bool(op == BinOp::Ne));
    }
    let n = a.len().min(b.len());
    for i in 0..n {
        if !ops::eq_identity(vm, a[i], b[i])? {
            return match op {
                BinOp::Eq => Ok(Value::FALSE),
                BinOp::Ne => Ok(Value::TRUE),
                _ => ops::compare_op(vm, op, a[i], b[i]),
            };
        }
    }
    let (la, lb) = (a.len(), b.len());
    Ok(Value::from_bool(match op {
        BinOp::Eq => la == lb,
        BinOp::Ne => la != lb,
        BinOp::Lt => la < lb,
        BinOp::Le => la <= lb,
        BinOp::Gt => la > lb,
        BinOp::Ge => la >= lb,
        _ => false,
    }))
}

fn tuple_binary(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    match op.base() {
        BinOp::Add => {
            // Also reached as the right operand's slot (`1 + (2,)`): both must be tuples.
            if !is_tuple(rhs) || !is_tuple(lhs) {
                if is_tuple(lhs) {
                    return Err(vm.type_error(format_args!(
                        "can only concatenate tuple (not \"{}\") to tuple",
                        vm.type_name(rhs)
                    )));
                }
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let (a, b) = (items(lhs), items(rhs));
            let (t, slots) = new_tuple_uninit(vm, a.len() + b.len())?;
            slots[..a.len()].copy_from_slice(a);
            slots[a.len()..].copy_from_slice(b);
            Ok(t)
        }
        BinOp::Mul => {
            let (t, n) = if is_tuple(lhs) {
                (lhs, rhs)
            } else {
                (rhs, lhs)
            };
            if !crate::objects::int::is_int(n) {
                if crate::object::type_of(n).is_user() || !is_tuple(t) {
                    return Ok(Value::NOT_IMPLEMENTED);
                }
                return Err(vm.type_error(format_args!(
                    "can't multiply sequence by non-int of type '{}'",
                    vm.type_name(n)
                )));
            }
            let n = crate::runtime::args::index(vm, n)?.max(0) as usize;
            let src = items(t);
            if src.len().saturating_mul(n) > vm.heap.total_bytes() {
                return Err(vm.out_of_memory());
            }
            let (r, slots) = new_tuple_uninit(vm, src.len() * n)?;
            for i in 0..n {
                slots[i * src.len()..(i + 1) * src.len()].copy_from_slice(src);
            }
            Ok(r)
        }
        BinOp::Contains => {
            for &x in items(lhs) {
                if ops::eq_identity(vm, x, rhs)? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            if !is_tuple(rhs) || !is_tuple(lhs) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            compare_seq(vm, op, items(lhs), items(rhs))
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn tuple_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    let it = items(v);
    Ok(match op {
        UnaryOp::Len => Value::small_int(it.len() as isize),
        UnaryOp::Bool => Value::from_bool(!it.is_empty()),
        UnaryOp::Hash => {
            let mut h: usize = 0x345678;
            for &x in it {
                let xh = ops::hash(vm, x)? as usize;
                h = (h ^ xh).wrapping_mul(1_000_003);
            }
            Value::small_int((h >> 2) as isize)
        }
        _ => Value::NULL,
    })
}

/// Index or slice a sequence of values (tuple and list share it).
pub fn subscr_items(
    vm: &mut Vm,
    items: &[Value],
    index: Value,
    what: &str,
    make_list: bool,
) -> PyResult<Value> {
    if crate::objects::slice::is_slice(index) {
        let (start, _stop, step, len) = crate::objects::slice::indices(vm, index, items.len())?;
        let mut picked = crate::runtime::gcvec::GcVec::with_capacity(vm, len)?;
        let mut i = start;
        for _ in 0..len {
            picked.push(vm, items[i as usize])?;
            i += step;
        }
        let r = if make_list {
            crate::objects::list::new_list(vm, picked.as_slice())
        } else {
            new_tuple(vm, picked.as_slice())
        };
        picked.free(vm);
        return r;
    }
    let i = index_in(vm, index, items.len(), what, false)?;
    match items.get(i) {
        Some(&x) => Ok(x),
        None => Err(vm.index_error("index out of range")),
    }
}

/// A valid position for `index` in a sequence of `len`, or IndexError.
/// (A list's item assignment and deletion come here: their message says
/// "assignment"; loads go through `subscr_items`.)
pub fn normalize_index(vm: &mut Vm, index: Value, len: usize, what: &str) -> PyResult<usize> {
    index_in(vm, index, len, what, true)
}

fn index_in(vm: &mut Vm, index: Value, len: usize, what: &str, store: bool) -> PyResult<usize> {
    let t = crate::object::type_of(index);
    if !crate::objects::int::is_int(index) && !t.is_user() {
        return Err(if what == "memoryview" {
            vm.type_error(format_args!("memoryview: invalid slice key"))
        } else {
            vm.type_error(format_args!(
                "{} indices must be integers or slices, not {}",
                what,
                t.name.as_str()
            ))
        });
    }
    let i = crate::runtime::args::index_clamped(vm, index)? as i64;
    let j = if i < 0 {
        i.saturating_add(len as i64)
    } else {
        i
    };
    if j < 0 || j >= len as i64 {
        return Err(match what {
            "list" if store => vm.index_error("list assignment index out of range"),
            "memoryview" => vm.index_error("index out of bounds on dimension 1"),
            _ => vm.new_exc_fmt(
                &crate::runtime::exc::INDEX_ERROR,
                format_args!("{} index out of range", what),
            ),
        });
    }
    Ok(j as usize)
}

fn tuple_subscr(vm: &mut Vm, v: Value, index: Value, store: Option<Value>) -> PyResult<Value> {
    if store.is_some() {
        return Err(vm.type_error(format_args!(
            "'tuple' object does not support item assignment"
        )));
    }
    subscr_items(vm, items(v), index, "tuple", false)
}

/// Iterator over a tuple or list (by index, so list growth is seen).
#[repr(C)]
pub struct SeqIter {
    pub base: ObjBase,
    pub seq: Value,
    pub pos: usize,
}

pub static TUPLE_ITER_TYPE: TypeObj = TypeObj {
    iter: Some(ops::iter_self),
    iternext: Some(tuple_iternext),
    ..TypeObj::builtin(q::iterator)
};

fn tuple_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.alloc_transient(SeqIter {
        base: ObjBase::new(&TUPLE_ITER_TYPE),
        seq: v,
        pos: 0,
    })
}

fn tuple_iternext(_vm: &mut Vm, it: Value) -> PyResult<Value> {
    let s = unsafe { it.as_mut::<SeqIter>() };
    let items = items(s.seq);
    if s.pos < items.len() {
        s.pos += 1;
        Ok(items[s.pos - 1])
    } else {
        Ok(Value::NULL)
    }
}

fn tuple_count(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut n = 0;
    for &x in items(args[0]) {
        if ops::eq_identity(vm, x, args[1])? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
}

fn tuple_index(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    seq_index(
        vm,
        items(args[0]),
        &args[1..],
        "tuple.index(x): x not in tuple",
    )
}

/// `seq.index(x[, start[, stop]])` for tuple and list.
pub fn seq_index(vm: &mut Vm, items: &[Value], args: &[Value], msg: &str) -> PyResult<Value> {
    let n = items.len() as isize;
    let clamp = |i: isize| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(1) {
        Some(&s) => clamp(crate::runtime::args::index_clamped(vm, s)?),
        None => 0,
    };
    let stop = match args.get(2) {
        Some(&s) => clamp(crate::runtime::args::index_clamped(vm, s)?),
        None => n,
    };
    for i in start..stop {
        if ops::eq_identity(vm, items[i as usize], args[0])? {
            return Ok(Value::small_int(i));
        }
    }
    Err(vm.value_error(format_args!("{}", msg)))
}

crate::builtin_fn!(TUPLE_COUNT, q::count, 2, 2, tuple_count);
crate::builtin_fn!(TUPLE_INDEX, q::index, 2, 4, tuple_index);
static TUPLE_METHODS: [(crate::runtime::qstr::Qstr, Value); 2] = [
    crate::entry!(q::count, fn TUPLE_COUNT),
    crate::entry!(q::index, fn TUPLE_INDEX),
];
