//! `machine.Timer`: hardware timers whose expiries call a Python handler.
//!
//! The board's timer ISR only counts the expiry ([`TimerHw::take_fired`])
//! and calls `mp_vm::runtime::interrupt::request_callbacks()`. The VM then calls
//! [`poll`] at its next safe point (a backward jump, an iteration step, a
//! sleep slice), never in the middle of a bytecode, and the handler runs
//! there as MicroPython's interrupt handlers do: with the heap locked, so
//! anything that allocates raises MemoryError. A handler that raises is
//! reported (`uncaught exception in Timer(N) interrupt handler` and the
//! traceback) and disabled, and the program goes on.
//!
//! API (MicroPython 1.8.3): `Timer(id, *, mode=Timer.PERIODIC, period=-1,
//! freq=-1, callback=None)` (keywords make it `init`), `init(...)`,
//! `deinit()`, `callback(fn)` (pyb's way to set or clear the handler),
//! `irq(*, handler=None, trigger=Timer.TIMEOUT)`; `period` is in
//! milliseconds, `freq` in Hz. `Timer(id)` is one object per timer.

use crate::with_machine;
use alloc::string::String;
use core::fmt::Write;
use mp_vm::object::{type_of, ObjBase, PyResult, TypeObj};
use mp_vm::runtime::qstr::{q, Qstr};
use mp_vm::value::Value;
use mp_vm::{
    builtin_fn, entry, objects::float, objects::list, runtime::args, runtime::exc, runtime::ops, Vm,
};

/// The board's hardware timers.
pub trait TimerHw {
    /// How many timers there are (ids `0..count`).
    fn count(&self) -> usize;
    /// Longest period the hardware can count, in microseconds.
    fn max_period_us(&self) -> u64;
    /// (Re)start timer `id`: expire every `period_us` (1 ..= max), or once.
    /// Forgets expiries not yet taken.
    fn start(&mut self, id: usize, period_us: u64, periodic: bool);
    /// Stop timer `id` (no more expiries).
    fn stop(&mut self, id: usize);
    /// Expiries of timer `id` since the last call.
    fn take_fired(&mut self, id: usize) -> u32;
}

pub const ONE_SHOT: isize = 0;
pub const PERIODIC: isize = 1;
pub const TIMEOUT: isize = 1;

#[repr(C)]
pub struct TimerObj {
    pub base: ObjBase,
    pub id: usize,
    pub mode: isize,
    /// Period in microseconds; 0 while stopped.
    pub period_us: u64,
    /// The handler, or None.
    pub callback: Value,
}

pub static TIMER_TYPE: TypeObj = TypeObj {
    print: Some(timer_print),
    new: Some(timer_new),
    methods: &TIMER_METHODS,
    ..TypeObj::builtin(q::Timer)
};

builtin_fn!(TIMER_INIT, q::init, 1, 1, timer_init, kw);
builtin_fn!(TIMER_DEINIT, q::deinit, 1, 1, timer_deinit);
builtin_fn!(TIMER_CALLBACK, q::callback, 2, 2, timer_callback);
builtin_fn!(TIMER_IRQ, q::irq, 1, 1, timer_irq, kw);

static TIMER_METHODS: [(Qstr, Value); 7] = [
    entry!(q::init, fn TIMER_INIT),
    entry!(q::deinit, fn TIMER_DEINIT),
    entry!(q::callback, fn TIMER_CALLBACK),
    entry!(q::irq, fn TIMER_IRQ),
    entry!(q::ONE_SHOT, Value::small_int(ONE_SHOT)),
    entry!(q::PERIODIC, Value::small_int(PERIODIC)),
    entry!(q::TIMEOUT, Value::small_int(TIMEOUT)),
];

fn this(vm: &mut Vm, v: Value) -> PyResult<&'static mut TimerObj> {
    if core::ptr::eq(type_of(v), &TIMER_TYPE) {
        Ok(unsafe { v.as_mut::<TimerObj>() })
    } else {
        Err(vm.type_error(format_args!("expected a Timer")))
    }
}

fn timer_count(vm: &mut Vm) -> PyResult<usize> {
    with_machine(vm, |m| m.timers.as_ref().map_or(0, |t| t.count()))
}

/// The list (rooted in `vm.roots.board`) holding each timer's object, so
/// handlers stay alive while their timer runs; made on first use.
fn timer_slots(vm: &mut Vm) -> PyResult<Value> {
    let roots = crate::board_roots(vm)?;
    Ok(list::items(roots)[crate::ROOT_TIMERS])
}

fn timer_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format_args!(
            "function takes 1 positional argument but {} were given",
            a.len()
        )));
    }
    let id = args::index(vm, a[0])?;
    let count = timer_count(vm)?;
    if id < 0 || id as usize >= count {
        return Err(vm.value_error(format_args!("Timer({}) doesn't exist", id)));
    }
    let id = id as usize;
    let slots = timer_slots(vm)?;
    let mut obj = list::items(slots)[id];
    if obj == Value::NONE {
        obj = vm.alloc(TimerObj {
            base: ObjBase::new(&TIMER_TYPE),
            id,
            mode: PERIODIC,
            period_us: 0,
            callback: Value::NONE,
        })?;
        list::items(slots)[id] = obj;
    }
    if !kw.is_empty() {
        init(vm, obj, kw)?;
    }
    Ok(obj)
}

/// A period in microseconds from `period=` (ms) or `freq=` (Hz).
fn period_from(vm: &mut Vm, period: Option<Value>, freq: Option<Value>) -> PyResult<u64> {
    let given = |v: Option<Value>| v.filter(|&v| v != Value::small_int(-1) && v != Value::NONE);
    let us = match (given(period), given(freq)) {
        (Some(p), None) => {
            let ms = args::index(vm, p)?;
            if ms <= 0 {
                return Err(vm.value_error(format_args!("period must be positive")));
            }
            (ms as u64).saturating_mul(1000)
        }
        (None, Some(f)) => {
            let hz = match float::to_f64(vm, f)? {
                Some(hz) => hz,
                None => return Err(vm.type_error(format_args!("freq must be a number"))),
            };
            if hz.is_nan() || hz <= 0.0 || !hz.is_finite() {
                return Err(vm.value_error(format_args!("freq must be positive")));
            }
            let us = 1_000_000.0 / hz;
            if us < 1.0 {
                return Err(vm.value_error(format_args!("freq too high")));
            }
            if us > u64::MAX as f64 {
                u64::MAX
            } else {
                us as u64
            }
        }
        (None, None) => return Err(vm.value_error(format_args!("period or freq required"))),
        (Some(_), Some(_)) => {
            return Err(vm.value_error(format_args!("give period or freq, not both")))
        }
    };
    let max = with_machine(vm, |m| m.timers.as_ref().map_or(0, |t| t.max_period_us()))?;
    if us > max {
        return Err(vm.value_error(format_args!("period too long (max {} ms)", max / 1000)));
    }
    Ok(us)
}

fn check_callable(vm: &mut Vm, f: Value) -> PyResult<Value> {
    if f != Value::NONE && !ops::is_callable(f) {
        return Err(vm.type_error(format_args!("callback must be None or a callable object")));
    }
    Ok(f)
}

/// `init(*, mode=PERIODIC, period=-1, freq=-1, callback=None)`.
fn init(vm: &mut Vm, obj: Value, kw: &[Value]) -> PyResult<()> {
    args::check_kw(vm, "init", kw, &[q::mode, q::period, q::freq, q::callback])?;
    let mode = match args::kw_arg(kw, q::mode) {
        Some(m) => args::index(vm, m)?,
        None => PERIODIC,
    };
    if mode != ONE_SHOT && mode != PERIODIC {
        return Err(vm.value_error(format_args!("invalid timer mode: {}", mode)));
    }
    let us = period_from(vm, args::kw_arg(kw, q::period), args::kw_arg(kw, q::freq))?;
    let cb = check_callable(vm, args::kw_arg(kw, q::callback).unwrap_or(Value::NONE))?;
    let t = this(vm, obj)?;
    let id = t.id;
    t.mode = mode;
    t.period_us = us;
    t.callback = cb;
    with_machine(vm, |m| {
        if let Some(hw) = m.timers.as_mut() {
            hw.start(id, us, mode == PERIODIC);
        }
    })
}

fn timer_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    init(vm, a[0], kw)?;
    Ok(Value::NONE)
}

fn timer_deinit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    let id = t.id;
    t.period_us = 0;
    t.callback = Value::NONE;
    with_machine(vm, |m| {
        if let Some(hw) = m.timers.as_mut() {
            hw.stop(id);
            hw.take_fired(id);
        }
    })?;
    Ok(Value::NONE)
}

/// `callback(fn)`: set the handler (None: no handler; the timer runs on).
fn timer_callback(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a[0])?;
    t.callback = check_callable(vm, a[1])?;
    Ok(Value::NONE)
}

/// `irq(*, handler=None, trigger=Timer.TIMEOUT)`: the handler for expiries.
fn timer_irq(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::check_kw(vm, "irq", kw, &[q::handler, q::trigger])?;
    if let Some(tr) = args::kw_arg(kw, q::trigger) {
        if args::index(vm, tr)? != TIMEOUT {
            return Err(vm.value_error(format_args!("invalid trigger")));
        }
    }
    let h = check_callable(vm, args::kw_arg(kw, q::handler).unwrap_or(Value::NONE))?;
    this(vm, a[0])?.callback = h;
    Ok(Value::NONE)
}

fn timer_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let t = this(vm, v)?;
    if t.period_us == 0 {
        let _ = write!(out, "Timer({})", t.id);
    } else {
        let mode = if t.mode == ONE_SHOT {
            "ONE_SHOT"
        } else {
            "PERIODIC"
        };
        let _ = write!(
            out,
            "Timer({}, mode=Timer.{}, period_us={})",
            t.id, mode, t.period_us
        );
    }
    Ok(())
}

/// Run the handlers of the timers that expired (called from the VM's
/// safe points through the board hook). A KeyboardInterrupt inside a
/// handler is passed on to the interrupted program; other exceptions are
/// printed and disable the handler.
pub(crate) fn poll(vm: &mut Vm) -> PyResult<()> {
    let count = timer_count(vm)?;
    let roots = vm.roots.board;
    for id in 0..count {
        let fired = with_machine(vm, |m| m.timers.as_mut().map_or(0, |t| t.take_fired(id)))?;
        if fired == 0 || roots.is_null() {
            continue;
        }
        let obj = list::items(list::items(roots)[crate::ROOT_TIMERS])[id];
        if obj == Value::NONE {
            continue;
        }
        let t = this(vm, obj)?;
        if t.mode == ONE_SHOT {
            t.period_us = 0;
        }
        let cb = t.callback;
        if cb == Value::NONE {
            continue;
        }
        if let Err(e) = crate::run_handler(vm, cb, obj) {
            if args::exc_matches(e, &exc::KEYBOARD_INTERRUPT) {
                return Err(e);
            }
            this(vm, obj)?.callback = Value::NONE;
            let mut s = String::new();
            let _ = writeln!(s, "uncaught exception in Timer({}) interrupt handler", id);
            exc::format_traceback(vm, e, &mut s);
            vm.port_write(s.as_bytes());
        }
    }
    Ok(())
}

/// Stop every timer (soft reset: their objects are about to go).
pub(crate) fn stop_all(vm: &mut Vm) {
    let _ = with_machine(vm, |m| {
        if let Some(hw) = m.timers.as_mut() {
            for id in 0..hw.count() {
                hw.stop(id);
                hw.take_fired(id);
            }
        }
    });
}
