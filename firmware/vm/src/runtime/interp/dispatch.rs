//! The bytecode interpreter: frames, argument binding, and the dispatch
//! loop. Frames of ordinary calls take their slots from the VM's value
//! stack (LIFO); generator frames own theirs in the heap (`objects/generator.rs`).
//! Each Python call recurses on the machine stack, whose depth is checked
//! against the board's limit before every call.

use crate::compile::bytecode::{
    read_u16, read_varint, unzigzag, Op, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS,
};
use crate::object::{type_of, BinOp, ObjBase, PyResult, UnaryOp};
use crate::objects::code::{code, CodeObj, CO_GENERATOR, CO_VARARGS, CO_VARKW};
use crate::objects::dict;
use crate::objects::function::{self, FunctionObj};
use crate::objects::tuple;
use crate::runtime::exc;
use crate::runtime::ops;
use crate::runtime::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;

pub struct Frame {
    pub code: Value,
    pub ip: usize,
    /// Locals (n_slots) followed by the operand stack.
    pub slots: *mut Value,
    /// Absolute index of the next free stack slot.
    pub sp: usize,
    pub globals: Value,
    /// Dict for NAME opcodes (module and class bodies), else NULL.
    pub locals: Value,
}

pub enum Exit {
    Return(Value),
    Yield(Value),
}

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
fn call_simple(vm: &mut Vm, f: &FunctionObj, co: &CodeObj, args: &[Value]) -> PyResult<Value> {
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

fn slot_name(co: &CodeObj, i: usize) -> &'static str {
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

fn name_error(vm: &mut Vm, n: Qstr) -> Value {
    vm.new_exc_fmt(
        &exc::NAME_ERROR,
        format_args!("name '{}' is not defined", n.as_str()),
    )
}

#[inline]
fn load_global(vm: &mut Vm, globals: Value, n: Qstr) -> PyResult<Value> {
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
fn load_global_cached(
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
fn store_cached(
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

/// Turn the operand of `raise` into an exception instance.
fn make_raise_obj(vm: &mut Vm, v: Value) -> Value {
    if let Some(t) = crate::objects::class::as_type(v) {
        if exc::is_exception_type(t) {
            return match ops::call(vm, v, &[], &[]) {
                Ok(e) if exc::is_exception(e) => e,
                Ok(_) => vm.type_error(format_args!("exceptions must derive from BaseException")),
                Err(e) => e,
            };
        }
    }
    if exc::is_exception(v) {
        return v;
    }
    vm.type_error(format_args!("exceptions must derive from BaseException"))
}

/// Does exception `e` match `spec` (a class or tuple of classes)?
pub fn exception_matches(vm: &mut Vm, e: Value, spec: Value) -> PyResult<bool> {
    if tuple::is_tuple(spec) {
        for &s in tuple::items(spec) {
            if exception_matches(vm, e, s)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match crate::objects::class::as_type(spec) {
        Some(t) if exc::is_exception_type(t) => Ok(type_of(e).is_subtype(t)),
        _ => Err(vm.type_error(format_args!(
            "catching classes that do not inherit from BaseException is not allowed"
        ))),
    }
}

/// Execute a frame until it returns or yields. `throw` (if not NULL) is
/// raised at the current instruction first (generator.throw()).
pub fn run_frame(vm: &mut Vm, f: &mut Frame, throw: Value) -> PyResult<Exit> {
    // `globals()` and `eval()` see the globals of the running code.
    let saved = vm.roots.current_globals;
    vm.roots.current_globals = f.globals;
    let r = run_frame_inner(vm, f, throw);
    vm.roots.current_globals = saved;
    r
}

fn run_frame_inner(vm: &mut Vm, f: &mut Frame, throw: Value) -> PyResult<Exit> {
    let co = code(f.code);
    let bc = co.bytecode();
    let consts = tuple::items(co.consts);
    let slots = f.slots;
    let stack_base = co.n_slots as usize;
    let mut ip = f.ip;
    let mut sp = f.sp;
    let mut op_ip = ip;
    let mut pending = throw;

    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            unsafe { *slots.add(sp) = v };
            sp += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            sp -= 1;
            unsafe { *slots.add(sp) }
        }};
    }
    macro_rules! top {
        () => {
            unsafe { *slots.add(sp - 1) }
        };
    }
    macro_rules! peek {
        ($n:expr) => {
            unsafe { *slots.add(sp - 1 - $n) }
        };
    }
    macro_rules! set_top {
        ($v:expr) => {
            unsafe { *slots.add(sp - 1) = $v }
        };
    }
    macro_rules! arg {
        () => {
            read_varint(bc, &mut ip) as usize
        };
    }

    loop {
        let mut reraise = false;
        let err: Value = 'run: loop {
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'run e,
                    }
                };
            }
            if !pending.is_null() {
                let e = pending;
                pending = Value::NULL;
                break 'run e;
            }
            op_ip = ip;
            let opcode = bc[ip];
            ip += 1;
            let Some(op) = Op::from_u8(opcode) else {
                break 'run vm.new_exc_msg(&exc::RUNTIME_ERROR, "bad opcode");
            };
            match op {
                Op::NOP => {}
                Op::POP_TOP => {
                    sp -= 1;
                }
                Op::DUP_TOP => {
                    let v = top!();
                    push!(v);
                }
                Op::DUP_TOP_TWO => {
                    let a = peek!(1);
                    let b = peek!(0);
                    push!(a);
                    push!(b);
                }
                Op::ROT_TWO => {
                    let a = pop!();
                    let b = pop!();
                    push!(a);
                    push!(b);
                }
                Op::ROT_THREE => {
                    let a = pop!();
                    let b = pop!();
                    let c = pop!();
                    push!(a);
                    push!(c);
                    push!(b);
                }
                Op::LOAD_CONST => {
                    let i = arg!();
                    push!(consts[i]);
                }
                Op::LOAD_SMALL_INT => {
                    let v = unzigzag(read_varint(bc, &mut ip));
                    push!(Value::small_int(v));
                }
                Op::LOAD_QSTR => {
                    let q = arg!();
                    push!(Value::qstr(Qstr(q as u32)));
                }
                Op::LOAD_NONE => push!(Value::NONE),
                Op::LOAD_TRUE => push!(Value::TRUE),
                Op::LOAD_FALSE => push!(Value::FALSE),
                Op::LOAD_ELLIPSIS => push!(Value::ELLIPSIS),
                Op::LOAD_NULL => push!(Value::NULL),
                Op::LOAD_FAST => {
                    let i = arg!();
                    let v = unsafe { *slots.add(i) };
                    if v.is_null() {
                        break 'run vm.new_exc_fmt(
                            &exc::UNBOUND_LOCAL_ERROR,
                            format_args!(
                                "local variable '{}' referenced before assignment",
                                slot_name(co, i)
                            ),
                        );
                    }
                    push!(v);
                }
                Op::STORE_FAST => {
                    let i = arg!();
                    let v = pop!();
                    unsafe { *slots.add(i) = v };
                }
                Op::DELETE_FAST => {
                    let i = arg!();
                    if unsafe { *slots.add(i) }.is_null() {
                        break 'run vm.new_exc_fmt(
                            &exc::UNBOUND_LOCAL_ERROR,
                            format_args!(
                                "local variable '{}' referenced before assignment",
                                slot_name(co, i)
                            ),
                        );
                    }
                    unsafe { *slots.add(i) = Value::NULL };
                }
                Op::LOAD_DEREF => {
                    let i = arg!();
                    let v = function::cell(unsafe { *slots.add(i) }).value;
                    if v.is_null() {
                        let n = slot_name(co, i);
                        break 'run if i < (co.n_slots - co.n_free) as usize {
                            vm.new_exc_fmt(
                                &exc::UNBOUND_LOCAL_ERROR,
                                format_args!("local variable '{}' referenced before assignment", n),
                            )
                        } else {
                            vm.new_exc_fmt(
                                &exc::NAME_ERROR,
                                format_args!("free variable '{}' referenced before assignment in enclosing scope", n),
                            )
                        };
                    }
                    push!(v);
                }
                Op::STORE_DEREF => {
                    let i = arg!();
                    let v = pop!();
                    function::cell(unsafe { *slots.add(i) }).value = v;
                }
                Op::DELETE_DEREF => {
                    let i = arg!();
                    function::cell(unsafe { *slots.add(i) }).value = Value::NULL;
                }
                Op::LOAD_CLOSURE => {
                    let i = arg!();
                    push!(unsafe { *slots.add(i) });
                }
                Op::LOAD_NAME => {
                    let n = Qstr(arg!() as u32);
                    let cache = arg!();
                    if !f.locals.is_null() && f.locals != f.globals {
                        if let Some(v) = tri!(dict::get_qstr(vm, f.locals, n)) {
                            push!(v);
                            continue;
                        }
                    }
                    let v = match dict::get_hinted(f.globals, n, co.cache_hint(cache)) {
                        Some(v) => v,
                        None => tri!(load_global_cached(vm, co, cache, f.globals, n)),
                    };
                    push!(v);
                }
                Op::STORE_NAME => {
                    let n = Qstr(arg!() as u32);
                    let cache = arg!();
                    let v = pop!();
                    let d = if f.locals.is_null() {
                        f.globals
                    } else {
                        f.locals
                    };
                    if !dict::set_hinted(d, n, co.cache_hint(cache), v) {
                        tri!(store_cached(vm, co, cache, d, n, v));
                    }
                }
                Op::DELETE_NAME => {
                    let n = Qstr(arg!() as u32);
                    let d = if f.locals.is_null() {
                        f.globals
                    } else {
                        f.locals
                    };
                    if tri!(dict::delete(vm, d, Value::qstr(n))).is_none() {
                        break 'run name_error(vm, n);
                    }
                }
                Op::LOAD_GLOBAL => {
                    let n = Qstr(arg!() as u32);
                    let cache = arg!();
                    let v = match dict::get_hinted(f.globals, n, co.cache_hint(cache)) {
                        Some(v) => v,
                        None => tri!(load_global_cached(vm, co, cache, f.globals, n)),
                    };
                    push!(v);
                }
                Op::STORE_GLOBAL => {
                    let n = Qstr(arg!() as u32);
                    let cache = arg!();
                    let v = pop!();
                    if !dict::set_hinted(f.globals, n, co.cache_hint(cache), v) {
                        tri!(store_cached(vm, co, cache, f.globals, n, v));
                    }
                }
                Op::DELETE_GLOBAL => {
                    let n = Qstr(arg!() as u32);
                    if tri!(dict::delete(vm, f.globals, Value::qstr(n))).is_none() {
                        break 'run name_error(vm, n);
                    }
                }
                Op::LOAD_ATTR => {
                    let n = Qstr(arg!() as u32);
                    let obj = top!();
                    let v = tri!(ops::load_attr(vm, obj, n));
                    set_top!(v);
                }
                Op::STORE_ATTR => {
                    let n = Qstr(arg!() as u32);
                    let obj = pop!();
                    let v = pop!();
                    tri!(ops::store_attr(vm, obj, n, v));
                }
                Op::DELETE_ATTR => {
                    let n = Qstr(arg!() as u32);
                    let obj = pop!();
                    tri!(ops::store_attr(vm, obj, n, Value::NULL));
                }
                Op::LOAD_METHOD | Op::LOAD_SUPER_METHOD => {
                    let n = Qstr(arg!() as u32);
                    let obj = top!();
                    let (m, s) = tri!(ops::load_method(vm, obj, n));
                    set_top!(m);
                    push!(s);
                }
                Op::LOAD_SUBSCR => {
                    let idx = pop!();
                    let obj = top!();
                    let v = tri!(fast_subscr(vm, obj, idx));
                    set_top!(v);
                }
                Op::STORE_SUBSCR => {
                    let idx = pop!();
                    let obj = pop!();
                    let v = pop!();
                    tri!(ops::store_subscr(vm, obj, idx, v));
                }
                Op::DELETE_SUBSCR => {
                    let idx = pop!();
                    let obj = pop!();
                    tri!(ops::store_subscr(vm, obj, idx, Value::NULL));
                }
                Op::CALL_FUNCTION => {
                    let npos = arg!();
                    let nkw = arg!();
                    let base = sp - npos - 2 * nkw;
                    let fv = unsafe { *slots.add(base - 1) };
                    let args = unsafe { core::slice::from_raw_parts(slots.add(base), npos) };
                    let kw =
                        unsafe { core::slice::from_raw_parts(slots.add(base + npos), 2 * nkw) };
                    f.sp = sp;
                    let r = tri!(ops::call(vm, fv, args, kw));
                    sp = base - 1;
                    push!(r);
                }
                Op::CALL_METHOD => {
                    let npos = arg!();
                    let nkw = arg!();
                    let base = sp - npos - 2 * nkw;
                    let fv = unsafe { *slots.add(base - 2) };
                    let self_ = unsafe { *slots.add(base - 1) };
                    let kw =
                        unsafe { core::slice::from_raw_parts(slots.add(base + npos), 2 * nkw) };
                    f.sp = sp;
                    let r = if self_.is_null() {
                        let args = unsafe { core::slice::from_raw_parts(slots.add(base), npos) };
                        tri!(ops::call(vm, fv, args, kw))
                    } else {
                        let args =
                            unsafe { core::slice::from_raw_parts(slots.add(base - 1), npos + 1) };
                        tri!(ops::call(vm, fv, args, kw))
                    };
                    sp = base - 2;
                    push!(r);
                }
                Op::CALL_FUNCTION_EX => {
                    let kwd = pop!();
                    let argl = pop!();
                    let self_ = pop!();
                    let fv = pop!();
                    let r = tri!(call_ex(vm, fv, self_, argl, kwd));
                    push!(r);
                }
                Op::BUILD_TUPLE => {
                    let n = arg!();
                    sp -= n;
                    let items = unsafe { core::slice::from_raw_parts(slots.add(sp), n) };
                    let t = tri!(tuple::new_tuple(vm, items));
                    push!(t);
                }
                Op::BUILD_LIST => {
                    let n = arg!();
                    sp -= n;
                    let items = unsafe { core::slice::from_raw_parts(slots.add(sp), n) };
                    let l = tri!(crate::objects::list::new_list(vm, items));
                    push!(l);
                }
                Op::BUILD_MAP => {
                    let n = arg!();
                    let d = tri!(dict::new_dict(vm, n));
                    sp -= 2 * n;
                    for i in 0..n {
                        let (k, v) =
                            unsafe { (*slots.add(sp + 2 * i), *slots.add(sp + 2 * i + 1)) };
                        tri!(dict::set(vm, d, k, v));
                    }
                    push!(d);
                }
                Op::BUILD_SET => {
                    let n = arg!();
                    sp -= n;
                    let items = unsafe { core::slice::from_raw_parts(slots.add(sp), n) };
                    let s = tri!(crate::objects::set::new_set_from(vm, items));
                    push!(s);
                }
                Op::BUILD_SLICE => {
                    let n = arg!();
                    let step = if n == 3 { pop!() } else { Value::NONE };
                    let stop = pop!();
                    let start = pop!();
                    let s = tri!(crate::objects::slice::new_slice(vm, start, stop, step));
                    push!(s);
                }
                Op::LIST_APPEND => {
                    let d = arg!();
                    let v = pop!();
                    let l = peek!(d - 1);
                    tri!(crate::objects::list::append(vm, l, v));
                }
                Op::SET_ADD => {
                    let d = arg!();
                    let v = pop!();
                    let s = peek!(d - 1);
                    tri!(crate::objects::set::add(vm, s, v));
                }
                Op::MAP_ADD => {
                    let d = arg!();
                    let v = pop!();
                    let k = pop!();
                    let m = peek!(d - 1);
                    tri!(dict::set(vm, m, k, v));
                }
                Op::LIST_EXTEND => {
                    let v = pop!();
                    let l = top!();
                    tri!(ops::extend_list(vm, l, v));
                }
                Op::SET_UPDATE => {
                    let v = pop!();
                    let s = top!();
                    tri!(crate::objects::set::update(vm, s, v));
                }
                Op::DICT_MERGE => {
                    let v = pop!();
                    let d = top!();
                    tri!(merge_kwargs(vm, d, v));
                }
                Op::LIST_TO_TUPLE => {
                    let l = top!();
                    let t = tri!(tuple::new_tuple(vm, crate::objects::list::items(l)));
                    set_top!(t);
                }
                Op::UNPACK_SEQUENCE => {
                    let n = arg!();
                    let seq = pop!();
                    let items = tri!(unpack(vm, seq, n, n));
                    for &x in items.as_slice().iter().rev() {
                        push!(x);
                    }
                    items.free(vm);
                }
                Op::UNPACK_EX => {
                    let a = arg!();
                    let (before, after) = (a & 0xff, a >> 8);
                    let seq = pop!();
                    let items = tri!(unpack(vm, seq, before + after, usize::MAX));
                    let all = items.as_slice();
                    let mid_end = all.len() - after;
                    for &x in all[mid_end..].iter().rev() {
                        push!(x);
                    }
                    let mid = tri!(crate::objects::list::new_list(vm, &all[before..mid_end]));
                    push!(mid);
                    for &x in all[..before].iter().rev() {
                        push!(x);
                    }
                }
                Op::BINARY_OP => {
                    let o = arg!();
                    let b = pop!();
                    let a = top!();
                    if a.is_small_int() && b.is_small_int() {
                        let (x, y) = (a.as_small_int(), b.as_small_int());
                        let fast = match o as u8 {
                            x_ if x_ == BinOp::Add as u8 || x_ == BinOp::IAdd as u8 => {
                                x.checked_add(y).and_then(small)
                            }
                            x_ if x_ == BinOp::Sub as u8 || x_ == BinOp::ISub as u8 => {
                                x.checked_sub(y).and_then(small)
                            }
                            x_ if x_ == BinOp::Lt as u8 => Some(Value::from_bool(x < y)),
                            x_ if x_ == BinOp::Gt as u8 => Some(Value::from_bool(x > y)),
                            x_ if x_ == BinOp::Le as u8 => Some(Value::from_bool(x <= y)),
                            x_ if x_ == BinOp::Ge as u8 => Some(Value::from_bool(x >= y)),
                            x_ if x_ == BinOp::Eq as u8 => Some(Value::from_bool(x == y)),
                            x_ if x_ == BinOp::Ne as u8 => Some(Value::from_bool(x != y)),
                            x_ if x_ == BinOp::And as u8 || x_ == BinOp::IAnd as u8 => {
                                Some(Value::small_int(x & y))
                            }
                            _ => None,
                        };
                        if let Some(r) = fast {
                            set_top!(r);
                            continue;
                        }
                    }
                    let Some(bop) = BinOp::from_u8(o as u8) else {
                        break 'run vm.new_exc_msg(&exc::RUNTIME_ERROR, "bad operator");
                    };
                    if let Some(r) = tri!(float_fast(vm, bop, a, b)) {
                        set_top!(r);
                        continue;
                    }
                    let r = tri!(ops::binary_op(vm, bop, a, b));
                    set_top!(r);
                }
                Op::UNARY_OP => {
                    let o = arg!();
                    let v = top!();
                    let Some(uop) = UnaryOp::from_u8(o as u8) else {
                        break 'run vm.new_exc_msg(&exc::RUNTIME_ERROR, "bad operator");
                    };
                    let r = tri!(ops::unary_op(vm, uop, v));
                    set_top!(r);
                }
                Op::IS_OP => {
                    let inv = arg!() != 0;
                    let b = pop!();
                    let a = top!();
                    set_top!(Value::from_bool((a == b) != inv));
                }
                Op::CONTAINS_OP => {
                    let inv = arg!() != 0;
                    let container = pop!();
                    let item = top!();
                    let r = tri!(ops::contains(vm, container, item));
                    set_top!(Value::from_bool((r == Value::TRUE) != inv));
                }
                Op::JUMP => {
                    let t = read_u16(bc, &mut ip);
                    if t <= op_ip && crate::runtime::interrupt::pending() {
                        tri!(vm.check_interrupt());
                    }
                    ip = t;
                }
                Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                    let t = read_u16(bc, &mut ip);
                    let v = pop!();
                    let truth = if v == Value::TRUE {
                        true
                    } else if v == Value::FALSE {
                        false
                    } else {
                        tri!(ops::is_true(vm, v))
                    };
                    if truth == (op == Op::POP_JUMP_IF_TRUE) {
                        ip = t;
                    }
                }
                Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                    let t = read_u16(bc, &mut ip);
                    let v = top!();
                    let truth = tri!(ops::is_true(vm, v));
                    if truth == (op == Op::JUMP_IF_TRUE_OR_POP) {
                        ip = t;
                    } else {
                        sp -= 1;
                    }
                }
                Op::GET_ITER => {
                    let v = top!();
                    let it = tri!(ops::get_iter(vm, v));
                    set_top!(it);
                }
                Op::FOR_ITER => {
                    let t = read_u16(bc, &mut ip);
                    let it = top!();
                    if let Some(v) = crate::objects::range::range_iter_next_fast(it) {
                        match v {
                            Some(x) => push!(x),
                            None => {
                                sp -= 1;
                                ip = t;
                            }
                        }
                        continue;
                    }
                    f.sp = sp;
                    match tri!(ops::iter_next(vm, it)) {
                        Some(x) => push!(x),
                        None => {
                            sp -= 1;
                            ip = t;
                        }
                    }
                }
                Op::RETURN_VALUE => {
                    let v = pop!();
                    f.ip = ip;
                    f.sp = sp;
                    return Ok(Exit::Return(v));
                }
                Op::YIELD_VALUE => {
                    let v = pop!();
                    f.ip = ip;
                    f.sp = sp;
                    return Ok(Exit::Yield(v));
                }
                Op::YIELD_FROM => {
                    let sent = pop!();
                    let it = top!();
                    f.sp = sp;
                    match tri!(crate::objects::generator::delegate_send(vm, it, sent)) {
                        crate::objects::generator::Delegate::Yielded(y) => {
                            // Resume here: the next sent value comes back to YIELD_FROM.
                            f.ip = op_ip;
                            f.sp = sp;
                            return Ok(Exit::Yield(y));
                        }
                        crate::objects::generator::Delegate::Returned(r) => set_top!(r),
                    }
                }
                Op::GET_YIELD_FROM_ITER => {
                    let v = top!();
                    if !crate::objects::generator::is_generator(v) {
                        let it = tri!(ops::get_iter(vm, v));
                        set_top!(it);
                    }
                }
                Op::RAISE => {
                    let n = arg!();
                    match n {
                        0 => {
                            let e = vm.roots.handled_exc;
                            if e.is_null() || e.is_none() {
                                break 'run vm.new_exc_msg(
                                    &exc::RUNTIME_ERROR,
                                    "No active exception to reraise",
                                );
                            }
                            reraise = true;
                            break 'run e;
                        }
                        1 => {
                            let v = pop!();
                            let e = make_raise_obj(vm, v);
                            set_context(vm, e);
                            break 'run e;
                        }
                        _ => {
                            let cause = pop!();
                            let v = pop!();
                            let e = make_raise_obj(vm, v);
                            if exc::is_exception(e) {
                                let c = if cause.is_none() {
                                    Value::NONE
                                } else {
                                    let c = make_raise_obj(vm, cause);
                                    if !exc::is_exception(c) {
                                        break 'run vm.type_error(format_args!(
                                            "exception causes must derive from BaseException"
                                        ));
                                    }
                                    c
                                };
                                exc::exc_obj(e).cause = c;
                                set_context(vm, e);
                            }
                            break 'run e;
                        }
                    }
                }
                Op::RERAISE => {
                    let e = pop!();
                    reraise = true;
                    break 'run e;
                }
                Op::PUSH_EXC_INFO => {
                    let e = pop!();
                    push!(vm.roots.handled_exc);
                    push!(e);
                    vm.roots.handled_exc = e;
                }
                Op::POP_EXCEPT => {
                    let prev = pop!();
                    vm.roots.handled_exc = prev;
                }
                Op::CHECK_EXC_MATCH => {
                    let spec = pop!();
                    let e = top!();
                    let m = tri!(exception_matches(vm, e, spec));
                    push!(Value::from_bool(m));
                }
                Op::LOAD_ASSERTION_ERROR => push!(exc::ASSERTION_ERROR.as_value()),
                Op::BEFORE_WITH => {
                    let mgr = top!();
                    let exit = tri!(ops::load_attr(vm, mgr, crate::runtime::qstr::q::__exit__));
                    set_top!(exit);
                    let r = tri!(ops::call_method(
                        vm,
                        mgr,
                        crate::runtime::qstr::q::__enter__,
                        &[]
                    ));
                    push!(r);
                }
                Op::WITH_EXCEPT => {
                    let e = top!();
                    let exit = peek!(2);
                    let t = type_of(e).as_value();
                    f.sp = sp;
                    let r = tri!(ops::call(vm, exit, &[t, e, Value::NONE], &[]));
                    let b = tri!(ops::is_true(vm, r));
                    push!(Value::from_bool(b));
                }
                Op::MAKE_FUNCTION => {
                    let flags = arg!() as u32;
                    let ci = arg!();
                    let closure = if flags & MF_CLOSURE != 0 {
                        pop!()
                    } else {
                        Value::NULL
                    };
                    let kwd = if flags & MF_KWDEFAULTS != 0 {
                        pop!()
                    } else {
                        Value::NULL
                    };
                    let defaults = if flags & MF_DEFAULTS != 0 {
                        pop!()
                    } else {
                        Value::NULL
                    };
                    let fv = tri!(vm.alloc(FunctionObj {
                        base: ObjBase::new(&function::FUNCTION_TYPE),
                        code: consts[ci],
                        globals: f.globals,
                        defaults,
                        kwdefaults: kwd,
                        closure,
                        dict: Value::NULL,
                    }));
                    push!(fv);
                }
                Op::LOAD_BUILD_CLASS => push!(Value::from_static(&crate::builtins::BUILD_CLASS)),
                Op::IMPORT_NAME => {
                    let n = Qstr(arg!() as u32);
                    let fromlist = pop!();
                    let level = top!();
                    f.sp = sp;
                    let m = tri!(crate::runtime::import::import_name(
                        vm, n, fromlist, level, f.globals
                    ));
                    set_top!(m);
                }
                Op::IMPORT_FROM => {
                    let n = Qstr(arg!() as u32);
                    let m = top!();
                    let v = tri!(crate::runtime::import::import_from(vm, m, n));
                    push!(v);
                }
                Op::IMPORT_STAR => {
                    let m = pop!();
                    let d = if f.locals.is_null() {
                        f.globals
                    } else {
                        f.locals
                    };
                    tri!(crate::runtime::import::import_star(vm, m, d));
                }
                Op::PRINT_EXPR => {
                    let v = pop!();
                    if !v.is_none() {
                        let s = tri!(crate::runtime::print::repr(vm, v));
                        vm.port_write(s.as_bytes());
                        vm.port_write(b"\n");
                    }
                }
            }
        };
        // An exception: record where it passed and look for a handler.
        if !reraise {
            let line = co.line_of(op_ip);
            exc::add_traceback(vm, err, co.filename, line, co.name);
        }
        match co.find_handler(op_ip) {
            Some((target, depth)) => {
                sp = stack_base + depth;
                push!(err);
                ip = target;
            }
            None => {
                f.ip = ip;
                f.sp = sp;
                return Err(err);
            }
        }
    }
}

#[inline(always)]
fn small(i: isize) -> Option<Value> {
    if (crate::value::SMALL_INT_MIN..=crate::value::SMALL_INT_MAX).contains(&i) {
        Some(Value::small_int(i))
    } else {
        None
    }
}

/// Float arithmetic without the generic dispatch: both operands floats,
/// or a float and a small int. None means "take the general path".
#[inline]
fn float_fast(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let as_f = |v: Value| -> Option<f64> {
        if v.is_small_int() && (v.as_small_int().unsigned_abs() as u64) < 1u64 << 53 {
            Some(v.as_small_int() as f64)
        } else if crate::objects::float::is_float(v) {
            Some(crate::objects::float::value_of(v))
        } else {
            None
        }
    };
    if !(crate::objects::float::is_float(a) || crate::objects::float::is_float(b)) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (as_f(a), as_f(b)) else {
        return Ok(None);
    };
    let r = match op.base() {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        BinOp::Lt => return Ok(Some(Value::from_bool(x < y))),
        BinOp::Gt => return Ok(Some(Value::from_bool(x > y))),
        BinOp::Le => return Ok(Some(Value::from_bool(x <= y))),
        BinOp::Ge => return Ok(Some(Value::from_bool(x >= y))),
        BinOp::Eq => return Ok(Some(Value::from_bool(x == y))),
        BinOp::Ne => return Ok(Some(Value::from_bool(x != y))),
        _ => return Ok(None),
    };
    crate::objects::float::new_float(vm, r).map(Some)
}

/// Subscript with a fast path for list[int].
#[inline]
fn fast_subscr(vm: &mut Vm, obj: Value, idx: Value) -> PyResult<Value> {
    if idx.is_small_int()
        && obj.is_obj()
        && core::ptr::eq(type_of(obj), &crate::objects::list::LIST_TYPE)
    {
        let l = crate::objects::list::obj(obj);
        let mut i = idx.as_small_int();
        if i < 0 {
            i += l.len as isize;
        }
        if i >= 0 && (i as usize) < l.len {
            return Ok(unsafe { *l.items.add(i as usize) });
        }
    }
    ops::subscr(vm, obj, idx)
}

/// Set `__context__` of a newly raised exception to the one being handled.
fn set_context(vm: &mut Vm, e: Value) {
    let h = vm.roots.handled_exc;
    if exc::is_exception(e) && !h.is_null() && !h.is_none() && h != e {
        exc::exc_obj(e).context = h;
    }
}

/// All items of `seq`, checking the count (`max` = usize::MAX: at least `min`).
fn unpack(
    vm: &mut Vm,
    seq: Value,
    min: usize,
    max: usize,
) -> PyResult<crate::runtime::gcvec::GcVec> {
    let items = ops::collect_values(vm, seq).map_err(|e| {
        if exc::is_exception(e) && type_of(e).is_subtype(&exc::TYPE_ERROR) {
            vm.type_error(format_args!(
                "cannot unpack non-iterable {} object",
                vm.type_name(seq)
            ))
        } else {
            e
        }
    })?;
    let n = items.len();
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

fn merge_kwargs(vm: &mut Vm, d: Value, src: Value) -> PyResult<()> {
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
fn call_ex(vm: &mut Vm, f: Value, self_: Value, args: Value, kwd: Value) -> PyResult<Value> {
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
