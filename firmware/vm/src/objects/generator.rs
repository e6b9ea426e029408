//! Generators: a suspended frame whose slots live in the heap, with
//! `send`, `throw`, `close` and `yield from` delegation.

use crate::object::{type_of, ObjBase, PyResult, TypeObj};
use crate::objects::code::code;
use crate::objects::function::FunctionObj;
use crate::runtime::exc;
use crate::runtime::interp::{bind_args, run_frame, Exit, Frame};
use crate::runtime::ops;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct GenObj {
    pub base: ObjBase,
    pub code: Value,
    pub globals: Value,
    pub ip: usize,
    pub sp: usize,
    /// Heap block of n_slots + max_stack values.
    pub slots: *mut Value,
    pub started: bool,
    pub running: bool,
    pub finished: bool,
}

pub static GENERATOR_TYPE: TypeObj = TypeObj {
    print: Some(gen_print),
    iter: Some(ops::iter_self),
    iternext: Some(gen_iternext),
    methods: &GEN_METHODS,
    ..TypeObj::builtin(q::generator)
};

pub fn is_generator(v: Value) -> bool {
    v.is_obj() && core::ptr::eq(type_of(v), &GENERATOR_TYPE)
}

fn g(v: Value) -> &'static mut GenObj {
    unsafe { v.as_mut::<GenObj>() }
}

pub fn new_generator(vm: &mut Vm, fv: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = unsafe { &*fv.as_ptr::<FunctionObj>() };
    let co = code(f.code);
    let n = co.n_slots as usize + co.max_stack as usize;
    let slots = vm.alloc_values(n)?;
    bind_args(vm, f, co, slots, args, kw)?;
    vm.alloc(GenObj {
        base: ObjBase::new(&GENERATOR_TYPE),
        code: f.code,
        globals: f.globals,
        ip: 0,
        sp: co.n_slots as usize,
        slots,
        started: false,
        running: false,
        finished: false,
    })
}

fn gen_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let name = code(g(v).code).name;
    out.push_str(&alloc::format!(
        "<generator object '{}' at {:x}>",
        name.as_str(),
        v.bits()
    ));
    Ok(())
}

/// What resuming a generator produced.
pub enum Resume {
    Yielded(Value),
    /// Finished, with its return value.
    Returned(Value),
}

/// Resume with a sent value (NONE to start), or raise `throw` inside it.
pub fn resume(vm: &mut Vm, gv: Value, send: Value, throw: Value) -> PyResult<Resume> {
    let st = g(gv);
    if st.running {
        return Err(vm.value_error(format_args!("generator already executing")));
    }
    if st.finished {
        if !throw.is_null() {
            return Err(throw);
        }
        return Ok(Resume::Returned(Value::NULL));
    }
    if !st.started && throw.is_null() && !send.is_none() {
        return Err(vm.type_error(format_args!(
            "can't send non-None value to a just-started generator"
        )));
    }
    if st.started && throw.is_null() {
        unsafe { *st.slots.add(st.sp) = send };
        st.sp += 1;
    }
    st.started = true;
    st.running = true;
    vm.check_stack()?;
    let mut frame = Frame {
        code: st.code,
        ip: st.ip,
        slots: st.slots,
        sp: st.sp,
        globals: st.globals,
        locals: Value::NULL,
    };
    // A generator suspended in `yield from` forwards throw() to the inner one.
    let throw = if !throw.is_null() && is_at_yield_from(&frame) {
        let inner = unsafe { *frame.slots.add(frame.sp - 1) };
        match delegate_throw(vm, inner, throw) {
            Ok(Some(y)) => {
                let st = g(gv);
                st.running = false;
                return Ok(Resume::Yielded(y));
            }
            Ok(None) => {
                // The inner iterator finished: `yield from` evaluates to None.
                unsafe { *frame.slots.add(frame.sp - 1) = Value::NONE };
                frame.ip += 1;
                Value::NULL
            }
            Err(e) => e,
        }
    } else {
        throw
    };
    let r = run_frame(vm, &mut frame, throw);
    let st = g(gv);
    st.running = false;
    st.ip = frame.ip;
    st.sp = frame.sp;
    match r {
        Ok(Exit::Yield(v)) => Ok(Resume::Yielded(v)),
        Ok(Exit::Return(v)) => {
            st.finished = true;
            Ok(Resume::Returned(v))
        }
        Err(e) => {
            st.finished = true;
            // PEP 479 is not in 3.4: a StopIteration escaping ends the generator.
            Err(e)
        }
    }
}

fn is_at_yield_from(f: &Frame) -> bool {
    let bc = code(f.code).bytecode();
    bc.get(f.ip) == Some(&(crate::compile::bytecode::Op::YIELD_FROM as u8))
}

/// throw() into the iterator a `yield from` waits on: Some(value) if it
/// yielded, None if it returned (its value is pushed for YIELD_FROM).
fn delegate_throw(vm: &mut Vm, inner: Value, e: Value) -> PyResult<Option<Value>> {
    if is_generator(inner) {
        return match resume(vm, inner, Value::NONE, e)? {
            Resume::Yielded(y) => Ok(Some(y)),
            Resume::Returned(_) => Ok(None),
        };
    }
    match ops::load_method_opt(vm, inner, q::throw)? {
        (m, s) if !m.is_null() => {
            let t = type_of(e).as_value();
            let y = ops::call_with_self(vm, m, s, &[t, e], &[])?;
            Ok(Some(y))
        }
        _ => Err(e),
    }
}

pub enum Delegate {
    Yielded(Value),
    Returned(Value),
}

/// One step of `yield from it`: send `sent` into `it`.
pub fn delegate_send(vm: &mut Vm, it: Value, sent: Value) -> PyResult<Delegate> {
    if is_generator(it) {
        return Ok(match resume(vm, it, sent, Value::NULL)? {
            Resume::Yielded(y) => Delegate::Yielded(y),
            Resume::Returned(r) => Delegate::Returned(if r.is_null() { Value::NONE } else { r }),
        });
    }
    let r = if sent.is_none() {
        ops::iter_next(vm, it).map(|o| o.unwrap_or(Value::NULL))
    } else {
        ops::call_method(vm, it, q::send, &[sent])
    };
    match r {
        Ok(v) if v.is_null() => Ok(Delegate::Returned(Value::NONE)),
        Ok(v) => Ok(Delegate::Yielded(v)),
        Err(e) if exc::is_exception(e) && type_of(e).is_subtype(&exc::STOP_ITERATION) => {
            let a = exc::args_of(e);
            Ok(Delegate::Returned(
                a.first().copied().unwrap_or(Value::NONE),
            ))
        }
        Err(e) => Err(e),
    }
}

fn gen_iternext(vm: &mut Vm, gv: Value) -> PyResult<Value> {
    match resume(vm, gv, Value::NONE, Value::NULL)? {
        Resume::Yielded(v) => Ok(v),
        Resume::Returned(_) => Ok(Value::NULL),
    }
}

fn stop_iteration(vm: &mut Vm, r: Value) -> Value {
    if r.is_null() || r.is_none() {
        vm.new_exc_empty(&exc::STOP_ITERATION)
    } else {
        exc::new_exception(vm, &exc::STOP_ITERATION, &[r])
    }
}

fn check_gen(vm: &mut Vm, v: Value) -> PyResult<()> {
    if is_generator(v) {
        Ok(())
    } else {
        Err(vm.type_error(format_args!("expected a generator")))
    }
}

fn gen_send(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_gen(vm, a[0])?;
    match resume(vm, a[0], a[1], Value::NULL)? {
        Resume::Yielded(v) => Ok(v),
        Resume::Returned(r) => Err(stop_iteration(vm, r)),
    }
}

fn gen_throw(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_gen(vm, a[0])?;
    let mut e = a[1];
    if let Some(t) = crate::objects::class::as_type(e) {
        let args: &[Value] = if a.len() > 2 && !a[2].is_none() {
            &a[2..3]
        } else {
            &[]
        };
        if exc::is_exception_type(t) {
            e = ops::call(vm, e, args, &[])?;
        }
    }
    if !exc::is_exception(e) {
        return Err(vm.type_error(format_args!("exceptions must derive from BaseException")));
    }
    match resume(vm, a[0], Value::NONE, e)? {
        Resume::Yielded(v) => Ok(v),
        Resume::Returned(r) => Err(stop_iteration(vm, r)),
    }
}

fn gen_close(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_gen(vm, a[0])?;
    let st = g(a[0]);
    if st.finished || !st.started {
        st.finished = true;
        return Ok(Value::NONE);
    }
    let e = vm.new_exc_empty(&exc::GENERATOR_EXIT);
    match resume(vm, a[0], Value::NONE, e) {
        Ok(Resume::Yielded(_)) => {
            Err(vm.new_exc_msg(&exc::RUNTIME_ERROR, "generator ignored GeneratorExit"))
        }
        Ok(Resume::Returned(_)) => Ok(Value::NONE),
        Err(x)
            if exc::is_exception(x)
                && (type_of(x).is_subtype(&exc::GENERATOR_EXIT)
                    || type_of(x).is_subtype(&exc::STOP_ITERATION)) =>
        {
            Ok(Value::NONE)
        }
        Err(x) => Err(x),
    }
}

crate::builtin_fn!(SEND, q::send, 2, 2, gen_send);
crate::builtin_fn!(THROW, q::throw, 2, 4, gen_throw);
crate::builtin_fn!(CLOSE, q::close, 1, 1, gen_close);
static GEN_METHODS: [(Qstr, Value); 3] = [
    crate::entry!(q::send, fn SEND),
    crate::entry!(q::throw, fn THROW),
    crate::entry!(q::close, fn CLOSE),
];
