//! `str.join`, `bytes.join` and `bytearray.join`: the length first, then the
//! text written once into its object (no Rust buffer to copy from, so a
//! board's heap holds the result once).

use super::search::{make, this, Kind};
use crate::object::PyResult;
use crate::objects::str::as_str;
use crate::runtime::ops;
use crate::value::Value;
use crate::vm::Vm;

pub fn s_join(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let kind = this(vm, a[0])?.kind;
    // A list or tuple is read in place; other iterables are collected first.
    let collected;
    let items: &[Value] = if crate::objects::list::is_list(a[1]) {
        crate::objects::list::items(a[1])
    } else if crate::objects::tuple::is_tuple(a[1]) {
        crate::objects::tuple::items(a[1])
    } else {
        collected = match ops::get_iter(vm, a[1]) {
            Ok(_) => ops::collect_values(vm, a[1])?,
            Err(e) if crate::runtime::args::exc_matches(e, &crate::runtime::exc::TYPE_ERROR) => {
                return Err(vm.type_error(format_args!("can only join an iterable")))
            }
            Err(e) => return Err(e),
        };
        collected.as_slice()
    };
    let part = |x: Value| {
        if kind == Kind::Str {
            as_str(x).map(|s| s.as_bytes())
        } else {
            crate::objects::bytes::buffer_of(x)
        }
    };
    let sep = this(vm, a[0])?.b;
    // First the length (and the type of every item), then the text, written once.
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, &x) in items.iter().enumerate() {
        let Some(p) = part(x) else {
            return Err(if kind == Kind::Str {
                vm.type_error(format_args!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(x)
                ))
            } else {
                vm.type_error(format_args!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(x)
                ))
            });
        };
        total += p.len();
    }
    if kind == Kind::Str && items.len() == 1 && crate::objects::str::type_is_str(items[0]) {
        return Ok(items[0]);
    }
    let fill = |out: &mut [u8]| {
        let mut at = 0;
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                out[at..at + sep.len()].copy_from_slice(sep);
                at += sep.len();
            }
            let p = part(x).unwrap_or(&[]);
            out[at..at + p.len()].copy_from_slice(p);
            at += p.len();
        }
    };
    match kind {
        Kind::Str => crate::objects::str::new_filled(vm, false, total, fill),
        Kind::Bytes => crate::objects::str::new_filled(vm, true, total, fill),
        Kind::ByteArray => {
            let mut out = alloc::vec![0u8; total];
            fill(&mut out);
            make(vm, kind, &out)
        }
    }
}
