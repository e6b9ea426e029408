//! `uheapq`: a binary min-heap kept in a list.
//!
//! The sift steps follow CPython's heapq exactly (including its bottom-up
//! `_siftup`), so heaps of equal keys end up in the same order as there.
//! Only `<` is used to compare. A comparison may run Python code that
//! changes the list: every access is bounds-checked, and a list whose size
//! changed under us raises RuntimeError as CPython does.

use crate::object::{BinOp, PyResult};
use crate::objects::list;
use crate::objects::module;
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};

/// `what` names the argument in the message, e.g. "heappush() argument 1".
fn heap_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<Value> {
    if list::is_list(v) {
        return Ok(v);
    }
    let tn = if v.is_none() { "None" } else { vm.type_name(v) };
    Err(vm.type_error(format_args!("{} must be list, not {}", what, tn)))
}

#[inline(never)]
fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.as_small_int() < b.as_small_int());
    }
    let r = ops::compare_op(vm, BinOp::Lt, a, b)?;
    ops::is_true(vm, r)
}

fn changed(vm: &mut Vm) -> Value {
    vm.new_exc_msg(
        &crate::runtime::exc::RUNTIME_ERROR,
        "list changed size during iteration",
    )
}

/// Checked read of `heap[i]`, where `n` is the size the caller expects.
#[inline(never)]
fn get(vm: &mut Vm, heap: Value, i: usize, n: usize) -> PyResult<Value> {
    let it = list::items(heap);
    if it.len() != n || i >= n {
        return Err(changed(vm));
    }
    Ok(it[i])
}

#[inline(never)]
fn set(vm: &mut Vm, heap: Value, i: usize, n: usize, v: Value) -> PyResult<()> {
    let it = list::items(heap);
    if it.len() != n || i >= n {
        return Err(changed(vm));
    }
    it[i] = v;
    Ok(())
}

/// Move the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(vm: &mut Vm, heap: Value, start: usize, mut pos: usize) -> PyResult<()> {
    let n = list::items(heap).len();
    let item = get(vm, heap, pos, n)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = get(vm, heap, parent_pos, n)?;
        if !less(vm, item, parent)? {
            break;
        }
        set(vm, heap, pos, n, parent)?;
        pos = parent_pos;
    }
    set(vm, heap, pos, n, item)
}

/// Move the smaller child up until a leaf is reached, then place the item
/// there and sift it back down (fewer comparisons on average).
fn sift_up(vm: &mut Vm, heap: Value, mut pos: usize) -> PyResult<()> {
    let n = list::items(heap).len();
    let start = pos;
    let item = get(vm, heap, pos, n)?;
    let mut child = 2 * pos + 1;
    while child < n {
        let right = child + 1;
        if right < n {
            let (c, r) = (get(vm, heap, child, n)?, get(vm, heap, right, n)?);
            if !less(vm, c, r)? {
                child = right;
            }
        }
        let c = get(vm, heap, child, n)?;
        set(vm, heap, pos, n, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    set(vm, heap, pos, n, item)?;
    sift_down(vm, heap, start, pos)
}

fn heappush(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let heap = heap_arg(vm, a[0], "heappush() argument 1")?;
    list::append(vm, heap, a[1])?;
    let n = list::items(heap).len();
    sift_down(vm, heap, 0, n - 1)?;
    Ok(Value::NONE)
}

fn heappop(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let heap = heap_arg(vm, a[0], "heappop() argument")?;
    let n = list::items(heap).len();
    if n == 0 {
        return Err(vm.index_error("index out of range"));
    }
    let it = list::items(heap);
    let last = it[n - 1];
    // The dropped slot must not keep its object alive.
    it[n - 1] = Value::NULL;
    list::obj(heap).len = n - 1;
    if n == 1 {
        return Ok(last);
    }
    let items = list::items(heap);
    let first = items[0];
    items[0] = last;
    sift_up(vm, heap, 0)?;
    Ok(first)
}

fn heapify(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let heap = heap_arg(vm, a[0], "heapify() argument")?;
    let n = list::items(heap).len();
    for i in (0..n / 2).rev() {
        vm.check_interrupt()?;
        sift_up(vm, heap, i)?;
    }
    Ok(Value::NONE)
}

builtin_fn!(HEAPPUSH, q::heappush, 2, 2, heappush);
builtin_fn!(HEAPPOP, q::heappop, 1, 1, heappop);
builtin_fn!(HEAPIFY, q::heapify, 1, 1, heapify);

static TABLE: &[(Qstr, Value)] = &[
    entry!(q::heappush, fn HEAPPUSH),
    entry!(q::heappop, fn HEAPPOP),
    entry!(q::heapify, fn HEAPIFY),
];

pub fn make(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    module::from_table(vm, name, TABLE)
}
