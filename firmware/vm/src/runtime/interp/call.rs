//! Calls of Python functions: a frame's slots from the value stack, the
//! arguments bound to parameters with CPython's errors, cells for captured
//! locals, then the frame run to its end. Also `f(*args, **kw)`.

use super::{run_frame, Exit, Frame};
use crate::object::PyResult;
use crate::objects::code::{code, CodeObj, CO_GENERATOR, CO_VARARGS, CO_VARKW};
use crate::objects::dict;
use crate::objects::function::{self, FunctionObj};
use crate::objects::tuple;
use crate::runtime::exc;
use crate::runtime::ops;
use crate::value::Value;
use crate::vm::Vm;

/// Take `n` zeroed slots from the value stack.
pub(crate) fn alloc_slots(vm: &mut Vm, n: usize) -> PyResult<*mut Value> {
    let base = vm.vstack_used;
    if base + n > vm.vstack_len {
        return Err(vm.new_exc_msg(&exc::RUNTIME_ERROR, "maximum recursion depth exceeded"));
    }
    vm.vstack_used += n;
    let p = unsafe { vm.vstack.add(base) };
    unsafe { core::ptr::write_bytes(p, 0, n) };
    Ok(p)
}

/// `FUNCTION_TYPE.call`: bind arguments and run (or make a generator).
pub fn call_function(vm: &mut Vm, fv: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_stack()?;
    let f = unsafe { &*fv.as_ptr::<FunctionObj>() };
    let co = code(f.code);
    if kw.is_empty() && is_simple(co) && args.len() == co.n_args as usize {
        return call_simple(vm, f, co, args);
    }
    if co.flags & CO_GENERATOR != 0 {
        return crate::objects::generator::new_generator(vm, fv, args, kw);
    }
    let need = co.n_slots as usize + co.max_stack as usize;
    let saved = vm.vstack_used;
    let slots = alloc_slots(vm, need)?;
    if let Err(e) = bind_args(vm, f, co, slots, args, kw) {
        vm.vstack_used = saved;
        return Err(e);
    }
    run_fresh(vm, f.code, slots, f.globals, Value::NULL, saved)
}

/// Positional parameters only, no cells: arguments go straight to slots.
#[inline]
fn is_simple(co: &CodeObj) -> bool {
    co.flags & (CO_GENERATOR | CO_VARARGS | CO_VARKW) == 0 && co.n_kwonly == 0 && co.cells_len == 0
}

/// The common call: exact positional arguments, no binding rules to apply.
pub(super) fn call_simple(
    vm: &mut Vm,
    f: &FunctionObj,
    co: &CodeObj,
    args: &[Value],
) -> PyResult<Value> {
    let n_slots = co.n_slots as usize;
    let base = vm.vstack_used;
    let need = n_slots + co.max_stack as usize;
    if base + need > vm.vstack_len {
        return Err(vm.new_exc_msg(&exc::RUNTIME_ERROR, "maximum recursion depth exceeded"));
    }
    let slots = unsafe { vm.vstack.add(base) };
    unsafe {
        core::ptr::copy_nonoverlapping(args.as_ptr(), slots, args.len());
        core::ptr::write_bytes(slots.add(args.len()), 0, n_slots - args.len());
    }
    vm.vstack_used = base + need;
    if co.n_free > 0 {
        let free = tuple::items(f.closure);
        let start = n_slots - co.n_free as usize;
        for (k, &c) in free.iter().enumerate().take(co.n_free as usize) {
            unsafe { *slots.add(start + k) = c };
        }
    }
    run_fresh(vm, f.code, slots, f.globals, Value::NULL, base)
}

/// Run a new frame whose slots are ready, then give its value-stack
/// space back (down to `saved`). Only generator frames may yield.
fn run_fresh(
    vm: &mut Vm,
    codev: Value,
    slots: *mut Value,
    globals: Value,
    locals: Value,
    saved: usize,
) -> PyResult<Value> {
    let sp = code(codev).n_slots as usize;
    let mut frame = Frame {
        code: codev,
        ip: 0,
        slots,
        sp,
        globals,
        locals,
    };
    let r = run_frame(vm, &mut frame, Value::NULL);
    vm.vstack_used = saved;
    match r {
        Ok(Exit::Return(v)) => Ok(v),
        Ok(Exit::Yield(_)) => Err(vm.new_exc_msg(&exc::RUNTIME_ERROR, "yield outside generator")),
        Err(e) => Err(e),
    }
}

pub(super) fn slot_name(co: &CodeObj, i: usize) -> &'static str {
    tuple::items(co.params)
        .get(i)
        .map(|v| v.as_qstr().as_str())
        .unwrap_or("?")
}

/// Fill a new frame's slots from the call's arguments, with CPython's
/// errors for missing, surplus and duplicate arguments.
pub(crate) fn bind_args(
    vm: &mut Vm,
    f: &FunctionObj,
    co: &CodeObj,
    slots: *mut Value,
    args: &[Value],
    kw: &[Value],
) -> PyResult<()> {
    let name = co.name.as_str();
    let n_args = co.n_args as usize;
    let has_var = co.flags & CO_VARARGS != 0;
    let has_kw = co.flags & CO_VARKW != 0;
    let s = |i: usize| unsafe { &mut *slots.add(i) };
    let kwonly_start = n_args + has_var as usize;
    let kwarg_slot = kwonly_start + co.n_kwonly as usize;
    if args.len() > n_args && !has_var {
        let given = args.len();
        return Err(if f.defaults.is_null() || n_args == 0 {
            vm.type_error(format_args!(
                "{}() takes {} positional argument{} but {} {} given",
                name,
                n_args,
                if n_args == 1 { "" } else { "s" },
                given,
                if given == 1 { "was" } else { "were" }
            ))
        } else {
            let nd = tuple::items(f.defaults).len();
            vm.type_error(format_args!(
                "{}() takes from {} to {} positional arguments but {} were given",
                name,
                n_args - nd,
                n_args,
                given
            ))
        });
    }
    let npos = args.len().min(n_args);
    for (i, &a) in args[..npos].iter().enumerate() {
        *s(i) = a;
    }
    if has_var {
        let extra = if args.len() > n_args {
            &args[n_args..]
        } else {
            &[]
        };
        *s(n_args) = tuple::new_tuple(vm, extra)?;
    }
    let mut kwdict = Value::NULL;
    if has_kw {
        kwdict = dict::new_dict(vm, 0)?;
        *s(kwarg_slot) = kwdict;
    }
    let names = tuple::items(co.params);
    for pair in kw.chunks(2) {
        let key = pair[0];
        let kq = crate::objects::str::to_qstr(key);
        let pos = kq.and_then(|kq| {
            (0..n_args)
                .chain(kwonly_start..kwarg_slot)
                .find(|&i| names.get(i).map(|n| n.as_qstr()) == Some(kq))
        });
        match pos {
            Some(i) => {
                if !s(i).is_null() {
                    return Err(vm.type_error(format_args!(
                        "{}() got multiple values for argument '{}'",
                        name,
                        slot_name(co, i)
                    )));
                }
                *s(i) = pair[1];
            }
            None if has_kw => dict::set(vm, kwdict, key, pair[1])?,
            None => {
                return Err(vm.type_error(format_args!(
                    "{}() got an unexpected keyword argument '{}'",
                    name,
                    crate::objects::str::as_str(key).unwrap_or("?")
                )))
            }
        }
    }
    if npos < n_args {
        let defaults = tuple::items(f.defaults);
        let first_default = n_args - defaults.len();
        let mut missing = alloc::vec::Vec::new();
        for i in npos..n_args {
            if s(i).is_null() {
                if i >= first_default {
                    *s(i) = defaults[i - first_default];
                } else {
                    missing.push(i);
                }
            }
        }
        if !missing.is_empty() {
            let mut list = alloc::string::String::new();
            for (k, &i) in missing.iter().enumerate() {
                if k > 0 {
                    list.push_str(if k + 1 == missing.len() {
                        if missing.len() > 2 {
                            ", and "
                        } else {
                            " and "
                        }
                    } else {
                        ", "
                    });
                }
                list.push('\'');
                list.push_str(slot_name(co, i));
                list.push('\'');
            }
            return Err(vm.type_error(format_args!(
                "{}() missing {} required positional argument{}: {}",
                name,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                list
            )));
        }
    }
    for (i, &pname) in names.iter().enumerate().take(kwarg_slot).skip(kwonly_start) {
        if s(i).is_null() {
            let dflt = if f.kwdefaults.is_null() {
                None
            } else {
                dict::get(vm, f.kwdefaults, pname)?
            };
            match dflt {
                Some(d) => *s(i) = d,
                None => {
                    return Err(vm.type_error(format_args!(
                        "{}() missing 1 required keyword-only argument: '{}'",
                        name,
                        slot_name(co, i)
                    )))
                }
            }
        }
    }
    setup_cells(vm, co, slots, f.closure)
}

/// Wrap captured locals in cells and copy the closure's cells in.
pub(crate) fn setup_cells(
    vm: &mut Vm,
    co: &CodeObj,
    slots: *mut Value,
    closure: Value,
) -> PyResult<()> {
    let cells = co.cells();
    for pair in cells.chunks(2) {
        let i = u16::from_le_bytes([pair[0], pair[1]]) as usize;
        let v = unsafe { *slots.add(i) };
        let c = function::new_cell(vm, v)?;
        unsafe { *slots.add(i) = c };
    }
    if co.n_free > 0 {
        let free = tuple::items(closure);
        let start = co.n_slots as usize - co.n_free as usize;
        for (k, &c) in free.iter().enumerate().take(co.n_free as usize) {
            unsafe { *slots.add(start + k) = c };
        }
    }
    Ok(())
}

/// Run a module-level (or class-body) code object with a locals dict.
pub fn run_code(
    vm: &mut Vm,
    codev: Value,
    globals: Value,
    locals: Value,
    closure: Value,
) -> PyResult<Value> {
    vm.check_stack()?;
    let co = code(codev);
    let need = co.n_slots as usize + co.max_stack as usize;
    let saved = vm.vstack_used;
    let slots = alloc_slots(vm, need)?;
    if let Err(e) = setup_cells(vm, co, slots, closure) {
        vm.vstack_used = saved;
        return Err(e);
    }
    run_fresh(vm, codev, slots, globals, locals, saved)
}

pub(super) fn merge_kwargs(vm: &mut Vm, d: Value, src: Value) -> PyResult<()> {
    if !dict::is_dict(src) {
        return Err(vm.type_error(format_args!(
            "argument after ** must be a mapping, not {}",
            vm.type_name(src)
        )));
    }
    let mut pos = 0;
    while let Some((k, v)) = dict::next_entry(src, &mut pos) {
        if !crate::objects::str::is_str(k) {
            return Err(vm.type_error(format_args!("keywords must be strings")));
        }
        dict::set(vm, d, k, v)?;
    }
    Ok(())
}

/// f(*args, **kw) with an argument list and a dict (or NULL).
pub(super) fn call_ex(
    vm: &mut Vm,
    f: Value,
    self_: Value,
    args: Value,
    kwd: Value,
) -> PyResult<Value> {
    let mut kw = crate::runtime::gcvec::GcVec::new();
    if !kwd.is_null() {
        let mut pos = 0;
        while let Some((k, v)) = dict::next_entry(kwd, &mut pos) {
            kw.push(vm, k)?;
            kw.push(vm, v)?;
        }
    }
    let a = tuple::new_tuple(vm, crate::objects::list::items(args))?;
    ops::call_with_self(vm, f, self_, tuple::items(a), kw.as_slice())
}
