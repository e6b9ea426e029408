//! `machine.WDT(id=0, timeout=5000)` and `feed()`: the board's watchdog.
//! Once started it cannot be stopped or given another timeout (a second
//! `WDT()` with the same timeout is the same watchdog); if it is not fed
//! within `timeout` milliseconds the board resets. Timeouts below one
//! second are refused, as the seed says.

use crate::with_machine;
use alloc::string::String;
use core::fmt::Write;
use mp_vm::object::{type_of, BinOp, ObjBase, PyResult, TypeObj};
use mp_vm::runtime::qstr::{q, Qstr};
use mp_vm::value::Value;
use mp_vm::{builtin_fn, entry, objects::int, runtime::args, Vm};

/// Shortest timeout accepted, in milliseconds.
pub const MIN_TIMEOUT_MS: i64 = 1000;

#[repr(C)]
pub struct WdtObj {
    pub base: ObjBase,
    pub timeout: u32,
}

pub static WDT_TYPE: TypeObj = TypeObj {
    print: Some(wdt_print),
    new: Some(wdt_new),
    methods: &WDT_METHODS,
    ..TypeObj::builtin(q::WDT)
};

builtin_fn!(WDT_FEED, q::feed, 1, 1, wdt_feed);

static WDT_METHODS: [(Qstr, Value); 1] = [entry!(q::feed, fn WDT_FEED)];

fn wdt_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::check_kw(vm, "WDT", kw, &[q::id, q::timeout])?;
    if a.len() > 2 {
        return Err(vm.type_error(format_args!("function takes at most 2 arguments")));
    }
    if let Some(id) = args::arg_or_kw(a, 0, kw, q::id) {
        let id = args::index(vm, id)?;
        if id != 0 {
            return Err(vm.value_error(format_args!("WDT({}) doesn't exist", id)));
        }
    }
    let timeout = match args::arg_or_kw(a, 1, kw, q::timeout) {
        Some(v) => {
            let v = args::index_value(vm, v)?;
            match int::as_i64(v) {
                Some(ms) if (MIN_TIMEOUT_MS..=u32::MAX as i64).contains(&ms) => ms as u32,
                Some(ms) if ms > u32::MAX as i64 => {
                    return Err(vm.value_error(format_args!("WDT timeout too long")))
                }
                None if mp_vm::runtime::ops::compare_op(vm, BinOp::Lt, Value::small_int(0), v)?
                    == Value::TRUE =>
                {
                    return Err(vm.value_error(format_args!("WDT timeout too long")))
                }
                _ => {
                    return Err(vm.value_error(format_args!(
                        "WDT timeout must be at least {} ms",
                        MIN_TIMEOUT_MS
                    )))
                }
            }
        }
        None => 5000,
    };
    let r = with_machine(vm, |m| match m.wdt_timeout {
        Some(t) if t == timeout => {
            m.ops.wdt_feed();
            Ok(())
        }
        Some(_) => Err("WDT is running: its timeout cannot change"),
        None => m
            .ops
            .wdt_start(timeout)
            .map(|()| m.wdt_timeout = Some(timeout)),
    })?;
    if let Err(why) = r {
        return Err(vm.value_error(format_args!("{}", why)));
    }
    let obj = vm.alloc_var(
        WdtObj {
            base: ObjBase::new(&WDT_TYPE),
            timeout,
        },
        0,
        true,
    )?;
    Ok(Value::from_ptr(obj))
}

fn wdt_feed(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !core::ptr::eq(type_of(a[0]), &WDT_TYPE) {
        return Err(vm.type_error(format_args!("expected a WDT")));
    }
    with_machine(vm, |m| m.ops.wdt_feed())?;
    Ok(Value::NONE)
}

fn wdt_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let w = unsafe { v.as_mut::<WdtObj>() };
    let _ = write!(out, "WDT(timeout={})", w.timeout);
    Ok(())
}
