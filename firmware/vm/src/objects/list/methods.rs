//! The methods of `list`, and the stable sort shared with `sorted()`.

use crate::object::{BinOp, PyResult};
use crate::objects::list::{append, extend_from, items, obj, reserve};
use crate::runtime::gcvec::GcVec;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};

fn l_append(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    append(vm, a[0], a[1])?;
    Ok(Value::NONE)
}

fn l_extend(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::extend_list(vm, a[0], a[1])?;
    Ok(Value::NONE)
}

fn l_insert(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut i = crate::runtime::args::index_clamped(vm, a[1])?;
    let len = obj(a[0]).len as isize;
    if i < 0 {
        i = (i + len).max(0);
    }
    let i = i.min(len) as usize;
    append(vm, a[0], Value::NONE)?;
    let it = items(a[0]);
    it.copy_within(i..it.len() - 1, i + 1);
    it[i] = a[2];
    Ok(Value::NONE)
}

fn l_pop(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let len = obj(a[0]).len;
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match a.get(1) {
        Some(&ix) => {
            let i = crate::runtime::args::index_clamped(vm, ix)?;
            let len = obj(a[0]).len;
            let j = if i < 0 { i + len as isize } else { i };
            if j < 0 || j >= len as isize {
                return Err(vm.index_error("pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    let it = items(a[0]);
    let len = it.len();
    if i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let x = it[i];
    it.copy_within(i + 1.., i);
    it[len - 1] = Value::NULL;
    obj(a[0]).len -= 1;
    Ok(x)
}

fn l_remove(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut i = 0;
    while i < obj(a[0]).len {
        let x = items(a[0])[i];
        if ops::eq_identity(vm, x, a[1])? {
            // The comparison may have changed the list.
            let it = items(a[0]);
            if i < it.len() {
                it.copy_within(i + 1.., i);
                obj(a[0]).len -= 1;
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(vm.value_error(format_args!("list.remove(x): x not in list")))
}

fn l_clear(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    obj(a[0]).len = 0;
    Ok(Value::NONE)
}

fn l_copy(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::objects::list::new_list(vm, items(a[0]))
}

fn l_count(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let snapshot = crate::objects::tuple::new_tuple(vm, items(a[0]))?;
    let mut n = 0;
    for &x in crate::objects::tuple::items(snapshot) {
        if ops::eq_identity(vm, x, a[1])? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
}

fn l_index(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let snapshot = crate::objects::tuple::new_tuple(vm, items(a[0]))?;
    match crate::objects::tuple::seq_index(vm, crate::objects::tuple::items(snapshot), &a[1..], "")
    {
        Err(e) if crate::runtime::args::exc_matches(e, &crate::runtime::exc::VALUE_ERROR) => {
            let r = crate::runtime::print::repr(vm, a[1])?;
            Err(vm.value_error(format_args!("{} is not in list", r)))
        }
        r => r,
    }
}

fn l_reverse(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    items(a[0]).reverse();
    Ok(Value::NONE)
}

/// `list.sort(key=None, reverse=False)`.
fn l_sort(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (key, reverse) = sort_options(vm, kw)?;
    sort_list(vm, a[0], key, reverse)?;
    Ok(Value::NONE)
}

pub fn sort_options(vm: &mut Vm, kw: &[Value]) -> PyResult<(Value, bool)> {
    let mut key = Value::NONE;
    let mut reverse = false;
    for pair in kw.chunks(2) {
        match crate::objects::str::to_qstr(pair[0]) {
            Some(q::key) => key = pair[1],
            Some(q::reverse) => reverse = ops::is_true(vm, pair[1])?,
            _ => {
                let name = crate::objects::str::as_str(pair[0]).unwrap_or("?");
                return Err(vm.type_error(format_args!(
                    "'{}' is an invalid keyword argument for sort()",
                    name
                )));
            }
        }
    }
    Ok((key, reverse))
}

/// Stable merge sort of a list in place, comparing with `<` (which may run
/// Python code and raise). The list is sorted in a private copy, as CPython
/// does, so a comparison that mutates it cannot corrupt memory.
pub fn sort_list(vm: &mut Vm, list: Value, key: Value, reverse: bool) -> PyResult<()> {
    let n = obj(list).len;
    let mut keys = GcVec::with_capacity(vm, n)?;
    let mut vals = GcVec::with_capacity(vm, n)?;
    for i in 0..n {
        let x = items(list)[i];
        vals.push(vm, x)?;
        let k = if key.is_none() {
            x
        } else {
            ops::call(vm, key, &[x], &[])?
        };
        keys.push(vm, k)?;
    }
    if reverse {
        keys.as_mut_slice().reverse();
        vals.as_mut_slice().reverse();
    }
    let mut tk = GcVec::with_capacity(vm, n)?;
    let mut tv = GcVec::with_capacity(vm, n)?;
    for _ in 0..n {
        tk.push(vm, Value::NONE)?;
        tv.push(vm, Value::NONE)?;
    }
    merge_sort(
        vm,
        keys.as_mut_slice(),
        vals.as_mut_slice(),
        tk.as_mut_slice(),
        tv.as_mut_slice(),
    )?;
    if reverse {
        // Reversing before and after keeps equal elements in original order.
        vals.as_mut_slice().reverse();
    }
    obj(list).len = 0;
    reserve(vm, list, n)?;
    extend_from(vm, list, vals.as_slice())?;
    tk.free(vm);
    tv.free(vm);
    keys.free(vm);
    vals.free(vm);
    Ok(())
}

fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.as_small_int() < b.as_small_int());
    }
    let r = ops::compare_op(vm, BinOp::Lt, a, b)?;
    ops::is_true(vm, r)
}

fn merge_sort(
    vm: &mut Vm,
    k: &mut [Value],
    v: &mut [Value],
    tk: &mut [Value],
    tv: &mut [Value],
) -> PyResult<()> {
    let n = k.len();
    if n <= 16 {
        // Insertion sort: stable, few comparisons on short runs.
        for i in 1..n {
            let (kx, vx) = (k[i], v[i]);
            let mut j = i;
            while j > 0 && less(vm, kx, k[j - 1])? {
                k[j] = k[j - 1];
                v[j] = v[j - 1];
                j -= 1;
            }
            k[j] = kx;
            v[j] = vx;
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (kl, kr) = k.split_at_mut(mid);
        let (vl, vr) = v.split_at_mut(mid);
        let (tkl, tkr) = tk.split_at_mut(mid);
        let (tvl, tvr) = tv.split_at_mut(mid);
        merge_sort(vm, kl, vl, tkl, tvl)?;
        merge_sort(vm, kr, vr, tkr, tvr)?;
    }
    if !less(vm, k[mid], k[mid - 1])? {
        return Ok(());
    }
    tk[..n].copy_from_slice(k);
    tv[..n].copy_from_slice(v);
    let (mut i, mut j, mut o) = (0, mid, 0);
    while i < mid && j < n {
        if less(vm, tk[j], tk[i])? {
            k[o] = tk[j];
            v[o] = tv[j];
            j += 1;
        } else {
            k[o] = tk[i];
            v[o] = tv[i];
            i += 1;
        }
        o += 1;
    }
    while i < mid {
        k[o] = tk[i];
        v[o] = tv[i];
        i += 1;
        o += 1;
    }
    while j < n {
        k[o] = tk[j];
        v[o] = tv[j];
        j += 1;
        o += 1;
    }
    Ok(())
}

/// `l[a:b:c] = iterable` and `del l[a:b:c]` (value NULL).
pub fn assign_slice(vm: &mut Vm, list: Value, index: Value, value: Value) -> PyResult<()> {
    let len = obj(list).len;
    let (start, _stop, step, count) = crate::objects::slice::indices(vm, index, len)?;
    if value.is_null() {
        if step == 1 {
            let it = items(list);
            let s = start as usize;
            it.copy_within(s + count.., s);
            obj(list).len -= count;
        } else {
            let mut keep = GcVec::with_capacity(vm, len)?;
            for (i, &x) in items(list).iter().enumerate() {
                let ii = i as isize;
                let hit = if step > 0 {
                    ii >= start
                        && (ii - start) % step == 0
                        && ((ii - start) / step) < count as isize
                } else {
                    ii <= start
                        && (start - ii) % (-step) == 0
                        && ((start - ii) / (-step)) < count as isize
                };
                if !hit {
                    keep.push(vm, x)?;
                }
            }
            obj(list).len = 0;
            extend_from(vm, list, keep.as_slice())?;
        }
        return Ok(());
    }
    // Same-size assignment from a tuple or another list: in place, with no
    // allocation (a handler may do it with the heap locked).
    let same_size = if crate::objects::tuple::is_tuple(value) {
        Some(crate::objects::tuple::items(value))
    } else if crate::objects::list::is_list(value) && value != list {
        Some(&*items(value))
    } else {
        None
    };
    if let Some(src) = same_size.filter(|s| step == 1 && s.len() == count) {
        let s = start as usize;
        items(list)[s..s + count].copy_from_slice(src);
        return Ok(());
    }
    let src = ops::collect_values(vm, value)?;
    if step == 1 {
        let s = start as usize;
        let tail = crate::objects::tuple::new_tuple(vm, &items(list)[s + count..])?;
        obj(list).len = s;
        extend_from(vm, list, src.as_slice())?;
        extend_from(vm, list, crate::objects::tuple::items(tail))?;
    } else {
        if src.len() != count {
            return Err(vm.value_error(format_args!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                src.len(),
                count
            )));
        }
        let mut i = start;
        for &x in src.as_slice() {
            items(list)[i as usize] = x;
            i += step;
        }
    }
    Ok(())
}

builtin_fn!(APPEND, q::append, 2, 2, l_append);
builtin_fn!(EXTEND, q::extend, 2, 2, l_extend);
builtin_fn!(INSERT, q::insert, 3, 3, l_insert);
builtin_fn!(POP, q::pop, 1, 2, l_pop);
builtin_fn!(REMOVE, q::remove, 2, 2, l_remove);
builtin_fn!(CLEAR, q::clear, 1, 1, l_clear);
builtin_fn!(COPY, q::copy, 1, 1, l_copy);
builtin_fn!(COUNT, q::count, 2, 2, l_count);
builtin_fn!(INDEX, q::index, 2, 4, l_index);
builtin_fn!(REVERSE, q::reverse, 1, 1, l_reverse);
builtin_fn!(SORT, q::sort, 1, 1, l_sort, kw);

pub static LIST_METHODS: [(Qstr, Value); 11] = [
    entry!(q::append, fn APPEND),
    entry!(q::extend, fn EXTEND),
    entry!(q::insert, fn INSERT),
    entry!(q::pop, fn POP),
    entry!(q::remove, fn REMOVE),
    entry!(q::clear, fn CLEAR),
    entry!(q::copy, fn COPY),
    entry!(q::count, fn COUNT),
    entry!(q::index, fn INDEX),
    entry!(q::reverse, fn REVERSE),
    entry!(q::sort, fn SORT),
];
