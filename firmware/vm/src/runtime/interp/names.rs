//! Name lookups of the loop: globals with a fallback to the builtins, and
//! the inline caches that remember where a name sits in a globals dict.

use crate::object::PyResult;
use crate::objects::code::CodeObj;
use crate::objects::dict;
use crate::runtime::exc;
use crate::runtime::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn name_error(vm: &mut Vm, n: Qstr) -> Value {
    vm.new_exc_fmt(
        &exc::NAME_ERROR,
        format_args!("name '{}' is not defined", n.as_str()),
    )
}

#[inline]
pub(super) fn load_global(vm: &mut Vm, globals: Value, n: Qstr) -> PyResult<Value> {
    if let Some(v) = dict::get_qstr(vm, globals, n)? {
        return Ok(v);
    }
    let b = vm.roots.builtins;
    match dict::get_qstr(vm, b, n)? {
        Some(v) => Ok(v),
        None => Err(name_error(vm, n)),
    }
}

/// `load_global` after the inline cache missed: remembers where the name is in `globals`.
/// Names found in the builtins are not cached (a global may later shadow them).
#[inline(never)]
pub(super) fn load_global_cached(
    vm: &mut Vm,
    co: &CodeObj,
    cache: usize,
    globals: Value,
    n: Qstr,
) -> PyResult<Value> {
    if let Some(i) = dict::index_of_qstr(vm, globals, n)? {
        co.set_cache_hint(cache, i);
        return Ok(dict::value_at(globals, i));
    }
    load_global(vm, globals, n)
}

/// A name store after the inline cache missed: stores, then remembers the entry.
#[inline(never)]
pub(super) fn store_cached(
    vm: &mut Vm,
    co: &CodeObj,
    cache: usize,
    d: Value,
    n: Qstr,
    v: Value,
) -> PyResult<()> {
    dict::set(vm, d, Value::qstr(n), v)?;
    if let Some(i) = dict::index_of_qstr(vm, d, n)? {
        co.set_cache_hint(cache, i);
    }
    Ok(())
}
