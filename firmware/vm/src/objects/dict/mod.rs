//! `dict`: insertion-ordered hash table. Entries `(hash, key, value)` are
//! appended to a dense array (so iteration follows insertion order); an
//! open-addressing index of u32 maps hashes to entries. A deleted entry
//! keeps its place with key NULL until the next resize compacts.
//! The stored hash is tagged as a small int so it never looks like a
//! pointer to the collector.

pub mod methods;

use crate::object::{type_of, BinOp, ObjBase, PyResult, TypeObj, UnaryOp, FLAG_BASETYPE};
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct DictObj {
    pub base: ObjBase,
    /// Live entries.
    pub len: usize,
    /// Entries used, including deleted ones.
    pub used: usize,
    pub cap: usize,
    /// `cap` triples (hash, key, value).
    pub entries: *mut Value,
    /// `mask + 1` u32 slots: 0 empty, else entry index + 1.
    pub index: *mut u32,
    pub mask: usize,
}

pub static DICT_TYPE: TypeObj = TypeObj {
    flags: FLAG_BASETYPE,
    print: Some(dict_print),
    new: Some(crate::objects::dict::methods::dict_new),
    binary: Some(dict_binary),
    unary: Some(dict_unary),
    subscr: Some(dict_subscr),
    iter: Some(dict_iter),
    methods: &crate::objects::dict::methods::DICT_METHODS,
    ..TypeObj::builtin(q::dict)
};

#[inline]
pub fn is_dict(v: Value) -> bool {
    // Not instances of user subclasses: those hold one as their native sub-object.
    v.is_obj() && {
        let t = type_of(v);
        !t.is_user() && t.is_subtype(&DICT_TYPE)
    }
}

#[inline]
pub fn obj(v: Value) -> &'static mut DictObj {
    unsafe { v.as_mut::<DictObj>() }
}

pub fn new_dict(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    let d = vm.alloc(DictObj {
        base: ObjBase::new(&DICT_TYPE),
        len: 0,
        used: 0,
        cap: 0,
        entries: core::ptr::null_mut(),
        index: core::ptr::null_mut(),
        mask: 0,
    })?;
    if cap > 0 {
        resize(vm, d, cap)?;
    }
    Ok(d)
}

#[inline]
fn entry(d: &DictObj, i: usize) -> (usize, Value, Value) {
    unsafe {
        let e = d.entries.add(3 * i);
        ((*e).bits() >> 1, *e.add(1), *e.add(2))
    }
}

/// Rebuild with room for `cap` entries, dropping deleted ones.
fn resize(vm: &mut Vm, dv: Value, cap: usize) -> PyResult<()> {
    let cap = cap.max(4);
    let mut slots = 8;
    while slots < cap * 3 / 2 + 1 {
        slots *= 2;
    }
    let entries = vm.alloc_values(cap * 3)?;
    let index = vm.alloc_raw(slots * 4, true)? as *mut u32;
    let d = obj(dv);
    let mut n = 0;
    for i in 0..d.used {
        let (h, k, v) = entry(d, i);
        if k.is_null() {
            continue;
        }
        unsafe {
            let e = entries.add(3 * n);
            *e = Value::small_int(h as isize);
            *e.add(1) = k;
            *e.add(2) = v;
            let mut s = h & (slots - 1);
            while *index.add(s) != 0 {
                s = (s + 1) & (slots - 1);
            }
            *index.add(s) = n as u32 + 1;
        }
        n += 1;
    }
    let (old_e, old_i) = (d.entries, d.index);
    d.entries = entries;
    d.index = index;
    d.cap = cap;
    d.used = n;
    d.len = n;
    d.mask = slots - 1;
    if !old_e.is_null() {
        vm.heap.free(old_e as *mut u8);
        vm.heap.free(old_i as *mut u8);
    }
    Ok(())
}

/// The hash of a key, fast for str and int.
#[inline]
pub fn key_hash(vm: &mut Vm, k: Value) -> PyResult<usize> {
    if k.is_qstr() {
        return Ok(k.as_qstr().hash() as usize);
    }
    if k.is_small_int() {
        return Ok(crate::num::hash_i64(k.as_small_int() as i64) as usize);
    }
    Ok(ops::hash(vm, k)? as usize)
}

#[inline]
fn keys_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    // Two distinct small ints or two distinct qstrs are never equal.
    if (a.is_small_int() && b.is_small_int()) || (a.is_qstr() && b.is_qstr()) {
        return Ok(false);
    }
    ops::eq(vm, a, b)
}

/// Find the index slot of `key`: Ok(Some(entry)) or Ok(None).
fn find(vm: &mut Vm, dv: Value, key: Value, h: usize) -> PyResult<Option<usize>> {
    let d = obj(dv);
    if d.len == 0 {
        return Ok(None);
    }
    let mut s = h & d.mask;
    // Trimmed hash as stored (tagging dropped the top bit).
    let hs = (h << 1) >> 1;
    loop {
        let d = obj(dv);
        let ix = unsafe { *d.index.add(s) };
        if ix == 0 {
            return Ok(None);
        }
        let (eh, ek, _) = entry(d, ix as usize - 1);
        if !ek.is_null() && eh == hs && keys_equal(vm, ek, key)? {
            return Ok(Some(ix as usize - 1));
        }
        s = (s + 1) & obj(dv).mask;
    }
}

pub fn get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let h = key_hash(vm, key)?;
    Ok(find(vm, d, key, h)?.map(|i| entry(obj(d), i).2))
}

/// The value of entry `hint` if its key is the interned `name`: the fast path of the
/// bytecode's inline caches (a deleted or moved entry simply misses).
#[inline]
pub fn get_hinted(dv: Value, name: Qstr, hint: usize) -> Option<Value> {
    let d = obj(dv);
    if hint < d.used {
        let (_, k, v) = entry(d, hint);
        if k == Value::qstr(name) {
            return Some(v);
        }
    }
    None
}

/// Stores into entry `hint` if its key is the interned `name`; false on a miss.
#[inline]
pub fn set_hinted(dv: Value, name: Qstr, hint: usize, value: Value) -> bool {
    let d = obj(dv);
    if hint < d.used && entry(d, hint).1 == Value::qstr(name) {
        unsafe { *d.entries.add(3 * hint + 2) = value };
        return true;
    }
    false
}

/// The entry index of the interned `name`, for an inline cache to remember.
pub fn index_of_qstr(vm: &mut Vm, dv: Value, name: Qstr) -> PyResult<Option<usize>> {
    find(vm, dv, Value::qstr(name), name.hash() as usize)
}

/// The value of entry `i` (an index from `index_of_qstr`).
#[inline]
pub fn value_at(dv: Value, i: usize) -> Value {
    entry(obj(dv), i).2
}

/// Lookup by interned name (globals, attributes): no Python code runs.
#[inline]
pub fn get_qstr(vm: &mut Vm, d: Value, name: Qstr) -> PyResult<Option<Value>> {
    get(vm, d, Value::qstr(name))
}

pub fn set(vm: &mut Vm, dv: Value, key: Value, value: Value) -> PyResult<()> {
    let h = key_hash(vm, key)?;
    if let Some(i) = find(vm, dv, key, h)? {
        unsafe { *obj(dv).entries.add(3 * i + 2) = value };
        return Ok(());
    }
    let d = obj(dv);
    if d.used == d.cap {
        let want = if d.len * 2 > d.cap { d.cap * 2 } else { d.cap };
        resize(vm, dv, want)?;
    }
    let d = obj(dv);
    let n = d.used;
    unsafe {
        let e = d.entries.add(3 * n);
        *e = Value::small_int(h as isize);
        *e.add(1) = key;
        *e.add(2) = value;
        let mut s = h & d.mask;
        while *d.index.add(s) != 0 {
            s = (s + 1) & d.mask;
        }
        *d.index.add(s) = n as u32 + 1;
    }
    d.used += 1;
    d.len += 1;
    Ok(())
}

/// Remove `key`; returns its value, or None if absent.
pub fn delete(vm: &mut Vm, dv: Value, key: Value) -> PyResult<Option<Value>> {
    let h = key_hash(vm, key)?;
    match find(vm, dv, key, h)? {
        Some(i) => {
            let d = obj(dv);
            let v = entry(d, i).2;
            unsafe {
                *d.entries.add(3 * i + 1) = Value::NULL;
                *d.entries.add(3 * i + 2) = Value::NULL;
            }
            d.len -= 1;
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

pub fn clear(dv: Value) {
    let d = obj(dv);
    d.len = 0;
    d.used = 0;
    if !d.index.is_null() {
        unsafe { core::ptr::write_bytes(d.index, 0, d.mask + 1) };
    }
}

/// The live entry at or after position `*pos` (insertion order).
pub fn next_entry(dv: Value, pos: &mut usize) -> Option<(Value, Value)> {
    let d = obj(dv);
    while *pos < d.used {
        let (_, k, v) = entry(d, *pos);
        *pos += 1;
        if !k.is_null() {
            return Some((k, v));
        }
    }
    None
}

pub fn len(dv: Value) -> usize {
    obj(dv).len
}

fn dict_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    if !crate::runtime::print::enter_container(vm, v) {
        out.push_str("{...}");
        return Ok(());
    }
    let r = dict_print_items(vm, v, out);
    crate::runtime::print::leave_container(vm, v);
    r
}

fn dict_print_items(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    out.push('{');
    let mut pos = 0;
    let mut first = true;
    while let Some((k, x)) = next_entry(v, &mut pos) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        crate::runtime::print::repr_into(vm, k, out)?;
        out.push_str(": ");
        crate::runtime::print::repr_into(vm, x, out)?;
    }
    out.push('}');
    Ok(())
}

fn dict_binary(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    match op {
        BinOp::Contains => Ok(Value::from_bool(get(vm, lhs, rhs)?.is_some())),
        BinOp::Eq | BinOp::Ne => {
            if !is_dict(rhs) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let mut same = len(lhs) == len(rhs);
            let mut pos = 0;
            while same {
                let Some((k, v)) = next_entry(lhs, &mut pos) else {
                    break;
                };
                same = match get(vm, rhs, k)? {
                    Some(w) => ops::eq_identity(vm, v, w)?,
                    None => false,
                };
            }
            Ok(Value::from_bool(same == (op == BinOp::Eq)))
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn dict_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Value> {
    Ok(match op {
        UnaryOp::Len => Value::small_int(len(v) as isize),
        UnaryOp::Bool => Value::from_bool(len(v) != 0),
        _ => Value::NULL,
    })
}

fn dict_subscr(vm: &mut Vm, d: Value, key: Value, store: Option<Value>) -> PyResult<Value> {
    match store {
        None => match get(vm, d, key)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(key)),
        },
        Some(v) if v.is_null() => match delete(vm, d, key)? {
            Some(_) => Ok(Value::NONE),
            None => Err(vm.key_error(key)),
        },
        Some(v) => {
            set(vm, d, key, v)?;
            Ok(Value::NONE)
        }
    }
}

/// Iterator over keys, values or items of a dict.
#[repr(C)]
pub struct DictIter {
    pub base: ObjBase,
    pub dict: Value,
    pub pos: usize,
    pub kind: usize,
    pub len_at_start: usize,
}

pub static DICT_ITER_TYPE: TypeObj = TypeObj {
    iter: Some(ops::iter_self),
    iternext: Some(dict_iternext),
    ..TypeObj::builtin(q::iterator)
};

pub const KEYS: usize = 0;
pub const VALUES: usize = 1;
pub const ITEMS: usize = 2;

pub fn new_iter(vm: &mut Vm, d: Value, kind: usize) -> PyResult<Value> {
    vm.alloc(DictIter {
        base: ObjBase::new(&DICT_ITER_TYPE),
        dict: d,
        pos: 0,
        kind,
        len_at_start: len(d),
    })
}

fn dict_iter(vm: &mut Vm, d: Value) -> PyResult<Value> {
    new_iter(vm, d, KEYS)
}

fn dict_iternext(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let st = unsafe { it.as_mut::<DictIter>() };
    if len(st.dict) != st.len_at_start {
        st.len_at_start = usize::MAX;
        return Err(vm.new_exc_msg(
            &crate::runtime::exc::RUNTIME_ERROR,
            "dictionary changed size during iteration",
        ));
    }
    match next_entry(st.dict, &mut st.pos) {
        None => Ok(Value::NULL),
        Some((k, v)) => match st.kind {
            KEYS => Ok(k),
            VALUES => Ok(v),
            _ => crate::objects::tuple::new_tuple(vm, &[k, v]),
        },
    }
}
