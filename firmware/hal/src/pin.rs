//! `machine.Pin` over embedded-hal digital pins.
//!
//! A board pin is an output (`StatefulOutputPin`: it can be set and its
//! level read back, as the FPGAIO LEDs) or an input only (`InputPin`). The
//! Python object keeps the pin id and its mode; the driver stays in the
//! [`crate::Machine`]. Modes: `Pin.IN`, `Pin.OUT`; pulls `Pin.PULL_UP`,
//! `Pin.PULL_DOWN` are accepted on input pins (the board may have none to
//! switch, as on the emulated board, so they are recorded only). As in
//! MicroPython 1.8.3 the level methods are `value([x])`, `high()`, `low()`
//! and calling the pin (`on()`/`off()` came later).

use crate::with_machine;
use alloc::string::String;
use core::fmt::Write;
use embedded_hal::digital::{Error, ErrorKind, InputPin, StatefulOutputPin};
use mp_vm::object::{type_of, ObjBase, PyResult, TypeObj};
use mp_vm::runtime::args;
use mp_vm::runtime::exc;
use mp_vm::runtime::qstr::{q, Qstr};
use mp_vm::value::Value;
use mp_vm::{builtin_fn, entry, objects::int, objects::str as pystr, runtime::ops, Vm};

/// A pin as `machine` drives it, whatever its embedded-hal type.
pub trait PinIo {
    /// Drive the pin high or low; `Err(Other)` if it is input only.
    fn set(&mut self, high: bool) -> Result<(), ErrorKind>;
    /// The level: what is driven for an output, what is seen for an input.
    fn get(&mut self) -> Result<bool, ErrorKind>;
    /// True if the pin can be an output.
    fn can_output(&self) -> bool;
}

/// An output pin whose driven level can be read back.
pub struct OutPin<P>(pub P);

impl<P: StatefulOutputPin> PinIo for OutPin<P> {
    fn set(&mut self, high: bool) -> Result<(), ErrorKind> {
        let r = if high {
            self.0.set_high()
        } else {
            self.0.set_low()
        };
        r.map_err(|e| e.kind())
    }
    fn get(&mut self) -> Result<bool, ErrorKind> {
        self.0.is_set_high().map_err(|e| e.kind())
    }
    fn can_output(&self) -> bool {
        true
    }
}

/// An input-only pin.
pub struct InPin<P>(pub P);

impl<P: InputPin> PinIo for InPin<P> {
    fn set(&mut self, _high: bool) -> Result<(), ErrorKind> {
        Err(ErrorKind::Other)
    }
    fn get(&mut self) -> Result<bool, ErrorKind> {
        self.0.is_high().map_err(|e| e.kind())
    }
    fn can_output(&self) -> bool {
        false
    }
}

pub const MODE_IN: isize = 0;
pub const MODE_OUT: isize = 1;
pub const PULL_NONE: isize = 0;
pub const PULL_UP: isize = 1;
pub const PULL_DOWN: isize = 2;

/// A Pin object: plain numbers, no Python values inside.
#[repr(C)]
pub struct PinObj {
    pub base: ObjBase,
    pub id: usize,
    pub mode: isize,
    pub pull: isize,
}

pub static PIN_TYPE: TypeObj = TypeObj {
    print: Some(pin_print),
    new: Some(pin_new),
    call: Some(pin_call),
    methods: &PIN_METHODS,
    ..TypeObj::builtin(q::Pin)
};

builtin_fn!(PIN_INIT, q::init, 1, 4, pin_init_method, kw);
builtin_fn!(PIN_VALUE, q::value, 1, 2, pin_value);
builtin_fn!(PIN_HIGH, q::high, 1, 1, pin_high);
builtin_fn!(PIN_LOW, q::low, 1, 1, pin_low);
builtin_fn!(PIN_NAME, q::name, 1, 1, pin_name);
builtin_fn!(PIN_MODE, q::mode, 1, 1, pin_mode);

static PIN_METHODS: [(Qstr, Value); 11] = [
    entry!(q::init, fn PIN_INIT),
    entry!(q::value, fn PIN_VALUE),
    entry!(q::high, fn PIN_HIGH),
    entry!(q::low, fn PIN_LOW),
    entry!(q::name, fn PIN_NAME),
    entry!(q::mode, fn PIN_MODE),
    entry!(q::IN, Value::small_int(MODE_IN)),
    entry!(q::OUT, Value::small_int(MODE_OUT)),
    entry!(q::PULL_NONE, Value::small_int(PULL_NONE)),
    entry!(q::PULL_UP, Value::small_int(PULL_UP)),
    entry!(q::PULL_DOWN, Value::small_int(PULL_DOWN)),
];

fn this(vm: &mut Vm, v: Value) -> PyResult<&'static mut PinObj> {
    if core::ptr::eq(type_of(v), &PIN_TYPE) {
        Ok(unsafe { v.as_mut::<PinObj>() })
    } else {
        Err(vm.type_error(format_args!("expected a Pin")))
    }
}

fn pin_name_of(vm: &mut Vm, id: usize) -> PyResult<&'static str> {
    with_machine(vm, |m| m.pins.get(id).map(|p| p.0).unwrap_or("?"))
}

/// The pin index for an id: an int (0, 1...), a name ('LED0') or a Pin.
fn resolve_id(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if core::ptr::eq(type_of(v), &PIN_TYPE) {
        return Ok(unsafe { v.as_mut::<PinObj>() }.id);
    }
    let found = if let Some(name) = pystr::as_str(v) {
        with_machine(vm, |m| m.pins.iter().position(|p| p.0 == name))?
    } else if int::is_int(v) {
        let n = int::as_i64(args::index_value(vm, v)?).unwrap_or(-1);
        let count = with_machine(vm, |m| m.pins.len())?;
        (0..count as i64).contains(&n).then_some(n as usize)
    } else {
        return Err(vm.type_error(format_args!("pin id must be int or str")));
    };
    found.ok_or_else(|| vm.value_error(format_args!("invalid pin")))
}

fn hal_error(vm: &mut Vm, kind: ErrorKind) -> Value {
    let _ = kind;
    exc::new_exception(vm, &exc::OS_ERROR, &[Value::small_int(5)])
}

fn drive(vm: &mut Vm, id: usize, high: bool) -> PyResult<()> {
    let r = with_machine(vm, |m| {
        m.pins
            .get_mut(id)
            .map(|p| (p.0, p.1.can_output(), p.1.set(high)))
    })?;
    match r {
        Some((_, true, Ok(()))) => Ok(()),
        Some((_, true, Err(k))) => Err(hal_error(vm, k)),
        Some((name, false, _)) => Err(vm.value_error(format_args!("pin {} is input only", name))),
        None => Err(vm.value_error(format_args!("invalid pin"))),
    }
}

fn level(vm: &mut Vm, id: usize) -> PyResult<bool> {
    let r = with_machine(vm, |m| m.pins.get_mut(id).map(|p| p.1.get()))?;
    match r {
        Some(Ok(b)) => Ok(b),
        Some(Err(k)) => Err(hal_error(vm, k)),
        None => Err(vm.value_error(format_args!("invalid pin"))),
    }
}

/// Apply `mode`, `pull`, `value` (each may be absent or None) to a pin.
fn configure(
    vm: &mut Vm,
    p: &mut PinObj,
    mode: Option<Value>,
    pull: Option<Value>,
    value: Option<Value>,
) -> PyResult<()> {
    let name = pin_name_of(vm, p.id)?;
    let can_output = with_machine(vm, |m| m.pins.get(p.id).is_some_and(|p| p.1.can_output()))?;
    let mut new_mode = p.mode;
    if let Some(m) = mode.filter(|v| *v != Value::NONE) {
        let m = args::index(vm, m)?;
        if m != MODE_IN && m != MODE_OUT {
            return Err(vm.value_error(format_args!("invalid pin mode: {}", m)));
        }
        if m == MODE_OUT && !can_output {
            return Err(vm.value_error(format_args!("pin {} is input only", name)));
        }
        new_mode = m;
    }
    let mut new_pull = p.pull;
    if let Some(u) = pull {
        let u = if u == Value::NONE {
            PULL_NONE
        } else {
            args::index(vm, u)?
        };
        if !(PULL_NONE..=PULL_DOWN).contains(&u) {
            return Err(vm.value_error(format_args!("invalid pull value: {}", u)));
        }
        new_pull = u;
    }
    // The level first, so an output starts at the asked level.
    if let Some(v) = value.filter(|v| *v != Value::NONE) {
        let high = ops::is_true(vm, v)?;
        drive(vm, p.id, high)?;
    }
    p.mode = new_mode;
    p.pull = new_pull;
    Ok(())
}

/// `Pin(id, mode=None, pull=None, *, value=None)`.
fn pin_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::check_kw(vm, "Pin", kw, &[q::id, q::mode, q::pull, q::value])?;
    if a.len() > 3 {
        return Err(vm.type_error(format_args!(
            "function takes at most 3 positional arguments"
        )));
    }
    let id = match args::arg_or_kw(a, 0, kw, q::id) {
        Some(v) => v,
        None => {
            return Err(vm.type_error(format_args!(
                "function missing 1 required positional argument"
            )))
        }
    };
    let index = resolve_id(vm, id)?;
    let can_output = with_machine(vm, |m| m.pins[index].1.can_output())?;
    let obj = vm.alloc_var(
        PinObj {
            base: ObjBase::new(&PIN_TYPE),
            id: index,
            mode: if can_output { MODE_OUT } else { MODE_IN },
            pull: PULL_NONE,
        },
        0,
        true,
    )?;
    let p = unsafe { &mut *obj };
    configure(
        vm,
        p,
        args::arg_or_kw(a, 1, kw, q::mode),
        args::arg_or_kw(a, 2, kw, q::pull),
        args::kw_arg(kw, q::value),
    )?;
    Ok(Value::from_ptr(obj))
}

fn pin_init_method(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, a[0])?;
    args::check_kw(vm, "init", kw, &[q::mode, q::pull, q::value])?;
    let rest = &a[1..];
    configure(
        vm,
        p,
        args::arg_or_kw(rest, 0, kw, q::mode),
        args::arg_or_kw(rest, 1, kw, q::pull),
        args::arg_or_kw(rest, 2, kw, q::value),
    )?;
    Ok(Value::NONE)
}

/// `value()` reads the level; `value(x)` drives it (bool(x)).
fn value_common(vm: &mut Vm, p: Value, new: Option<Value>) -> PyResult<Value> {
    let id = this(vm, p)?.id;
    match new {
        None => Ok(Value::small_int(level(vm, id)? as isize)),
        Some(v) => {
            let high = ops::is_true(vm, v)?;
            drive(vm, id, high)?;
            Ok(Value::NONE)
        }
    }
}

fn pin_value(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    value_common(vm, a[0], a.get(1).copied())
}

fn pin_call(vm: &mut Vm, f: Value, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_kw(vm, "Pin", kw)?;
    if a.len() > 1 {
        return Err(vm.type_error(format_args!(
            "function takes at most 1 argument ({} given)",
            a.len()
        )));
    }
    value_common(vm, f, a.first().copied())
}

fn pin_high(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?.id;
    drive(vm, id, true)?;
    Ok(Value::NONE)
}

fn pin_low(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?.id;
    drive(vm, id, false)?;
    Ok(Value::NONE)
}

fn pin_name(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?.id;
    let name = pin_name_of(vm, id)?;
    vm.new_str(name)
}

fn pin_mode(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(this(vm, a[0])?.mode))
}

fn pin_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let p = this(vm, v)?;
    let (id, mode, pull) = (p.id, p.mode, p.pull);
    let name = pin_name_of(vm, id)?;
    let mode = if mode == MODE_OUT { "OUT" } else { "IN" };
    let _ = write!(out, "Pin('{}', mode=Pin.{}", name, mode);
    match pull {
        PULL_UP => out.push_str(", pull=Pin.PULL_UP"),
        PULL_DOWN => out.push_str(", pull=Pin.PULL_DOWN"),
        _ => {}
    }
    out.push(')');
    Ok(())
}
