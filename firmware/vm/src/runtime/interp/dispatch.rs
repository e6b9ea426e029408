//! The dispatch loop: executes one frame's bytecode until it returns,
//! yields or raises, and finds the handler of an exception raised inside it.
//!
//! The loop is one function on purpose, and its machine code is sensitive to
//! its shape: moving even cold arms (raise-from, MAKE_FUNCTION) into helpers
//! changed register allocation and cost 5-15% on `cargo xtask bench`.
//! Measure after any change here.

use super::call::{call_ex, merge_kwargs, slot_name};
use super::fast::{fast_subscr, float_fast, small};
use super::names::{load_global_cached, name_error, store_cached};
use super::raise::{exception_matches, make_raise_obj, set_context};
use super::{Exit, Frame};
use crate::compile::bytecode::{
    read_u16, read_varint, unzigzag, Op, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS,
};
use crate::object::{type_of, BinOp, PyResult, UnaryOp};
use crate::objects::code::code;
use crate::objects::dict;
use crate::objects::function;
use crate::objects::tuple;
use crate::runtime::exc;
use crate::runtime::ops;
use crate::runtime::qstr::Qstr;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn run_frame_inner(vm: &mut Vm, f: &mut Frame, throw: Value) -> PyResult<Exit> {
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
                    let items = tri!(ops::unpack(vm, seq, n, n));
                    for &x in items.as_slice().iter().rev() {
                        push!(x);
                    }
                    items.free(vm);
                }
                Op::UNPACK_EX => {
                    let a = arg!();
                    let (before, after) = (a & 0xff, a >> 8);
                    let seq = pop!();
                    let items = tri!(ops::unpack(vm, seq, before + after, usize::MAX));
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
                    let fv = tri!(vm.alloc(crate::objects::function::FunctionObj {
                        base: crate::object::ObjBase::new(&function::FUNCTION_TYPE),
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
