//! `machine.UART`: a serial port other than the console.
//!
//! `UART(id, baudrate=9600, bits=8, parity=None, stop=1, *, timeout=1000,
//! timeout_char=2)`, `init(...)` with the same arguments, `deinit()`,
//! `any()`, `read([n])`, `readall()`, `readline()`, `readinto(buf[, n])`,
//! `write(buf)`. Reads wait up to `timeout` ms for the first byte and
//! `timeout_char` ms for each next one (`readline` waits `timeout` for
//! every byte) and return None when nothing came, as the seed says. While
//! waiting the VM's safe point runs (Ctrl-C, timer handlers) and the core
//! idles until the next interrupt.

use crate::with_machine;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;
use mp_vm::object::{type_of, ObjBase, PyResult, TypeObj};
use mp_vm::runtime::qstr::{q, Qstr};
use mp_vm::value::Value;
use mp_vm::{
    builtin_fn, entry, objects::int, objects::str as pystr, runtime::args, runtime::exc, Vm,
};

/// A serial port as `machine.UART` drives it.
pub trait UartPort {
    /// Apply line settings (parity: None, 0 even, 1 odd); `Err(reason)`
    /// for settings the hardware cannot do. Turns the port on.
    fn init(
        &mut self,
        baudrate: u32,
        bits: u8,
        parity: Option<u8>,
        stop: u8,
    ) -> Result<(), &'static str>;
    /// Turn the port off (received bytes are dropped).
    fn deinit(&mut self);
    /// Send bytes, waiting for room.
    fn write(&mut self, data: &[u8]);
    /// A received byte, without waiting.
    fn read_byte(&mut self) -> Option<u8>;
    /// How many received bytes wait.
    fn any(&mut self) -> usize;
}

pub const EVEN: isize = 0;
pub const ODD: isize = 1;
pub const RX_ANY: isize = 1;

#[repr(C)]
pub struct UartObj {
    pub base: ObjBase,
    /// Index in the machine's port list.
    pub index: usize,
    pub id: isize,
    pub baudrate: u32,
    pub bits: u8,
    /// -1 for None.
    pub parity: i8,
    pub stop: u8,
    pub on: bool,
    pub timeout: u32,
    pub timeout_char: u32,
}

pub static UART_TYPE: TypeObj = TypeObj {
    print: Some(uart_print),
    new: Some(uart_new),
    methods: &UART_METHODS,
    ..TypeObj::builtin(q::UART)
};

builtin_fn!(UART_INIT, q::init, 1, 5, uart_init, kw);
builtin_fn!(UART_DEINIT, q::deinit, 1, 1, uart_deinit);
builtin_fn!(UART_ANY, q::any, 1, 1, uart_any);
builtin_fn!(UART_READ, q::read, 1, 2, uart_read);
builtin_fn!(UART_READALL, q::readall, 1, 1, uart_readall);
builtin_fn!(UART_READLINE, q::readline, 1, 1, uart_readline);
builtin_fn!(UART_READINTO, q::readinto, 2, 3, uart_readinto);
builtin_fn!(UART_WRITE, q::write, 2, 2, uart_write);

static UART_METHODS: [(Qstr, Value); 11] = [
    entry!(q::init, fn UART_INIT),
    entry!(q::deinit, fn UART_DEINIT),
    entry!(q::any, fn UART_ANY),
    entry!(q::read, fn UART_READ),
    entry!(q::readall, fn UART_READALL),
    entry!(q::readline, fn UART_READLINE),
    entry!(q::readinto, fn UART_READINTO),
    entry!(q::write, fn UART_WRITE),
    entry!(q::EVEN, Value::small_int(EVEN)),
    entry!(q::ODD, Value::small_int(ODD)),
    entry!(q::RX_ANY, Value::small_int(RX_ANY)),
];

fn this(vm: &mut Vm, v: Value) -> PyResult<&'static mut UartObj> {
    if core::ptr::eq(type_of(v), &UART_TYPE) {
        Ok(unsafe { v.as_mut::<UartObj>() })
    } else {
        Err(vm.type_error(format_args!("expected a UART")))
    }
}

/// The port index of an enabled UART object.
fn port_of(vm: &mut Vm, v: Value) -> PyResult<(usize, u32, u32)> {
    let u = this(vm, v)?;
    if !u.on {
        let id = u.id;
        return Err(vm.new_exc_fmt(&exc::OS_ERROR, format_args!("UART({}) is not enabled", id)));
    }
    Ok((u.index, u.timeout, u.timeout_char))
}

fn uart_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&idv) = a.first() else {
        return Err(vm.type_error(format_args!(
            "function missing 1 required positional argument"
        )));
    };
    let id = args::index(vm, idv)?;
    let index = with_machine(vm, |m| m.uarts.iter().position(|u| u.0 as isize == id))?;
    let Some(index) = index else {
        return Err(vm.value_error(format_args!("UART({}) doesn't exist", id)));
    };
    let obj = vm.alloc_var(
        UartObj {
            base: ObjBase::new(&UART_TYPE),
            index,
            id,
            baudrate: 9600,
            bits: 8,
            parity: -1,
            stop: 1,
            on: false,
            timeout: 1000,
            timeout_char: 2,
        },
        0,
        true,
    )?;
    let v = Value::from_ptr(obj);
    configure(vm, v, &a[1..], kw)?;
    Ok(v)
}

fn small_arg(vm: &mut Vm, v: Value, what: &str, max: i64) -> PyResult<i64> {
    let n = args::index_value(vm, v)?;
    match int::as_i64(n) {
        Some(n) if (0..=max).contains(&n) => Ok(n),
        _ => Err(vm.value_error(format_args!("invalid {}", what))),
    }
}

/// `(baudrate=9600, bits=8, parity=None, stop=1, *, timeout, timeout_char)`.
fn configure(vm: &mut Vm, obj: Value, a: &[Value], kw: &[Value]) -> PyResult<()> {
    args::check_kw(
        vm,
        "init",
        kw,
        &[
            q::baudrate,
            q::bits,
            q::parity,
            q::stop,
            q::timeout,
            q::timeout_char,
        ],
    )?;
    if a.len() > 4 {
        return Err(vm.type_error(format_args!("too many positional arguments")));
    }
    let baudrate = match args::arg_or_kw(a, 0, kw, q::baudrate) {
        Some(v) => {
            let b = small_arg(vm, v, "baudrate", u32::MAX as i64)?;
            if b == 0 {
                return Err(vm.value_error(format_args!("invalid baudrate: {}", b)));
            }
            b as u32
        }
        None => 9600,
    };
    let bits = match args::arg_or_kw(a, 1, kw, q::bits) {
        Some(v) => small_arg(vm, v, "bits", 255)? as u8,
        None => 8,
    };
    let parity = match args::arg_or_kw(a, 2, kw, q::parity) {
        None => None,
        Some(v) if v == Value::NONE => None,
        Some(v) => Some(small_arg(vm, v, "parity", ODD as i64)? as u8),
    };
    let stop = match args::arg_or_kw(a, 3, kw, q::stop) {
        Some(v) => small_arg(vm, v, "stop", 255)? as u8,
        None => 1,
    };
    let timeout = match args::kw_arg(kw, q::timeout) {
        Some(v) => small_arg(vm, v, "timeout", u32::MAX as i64)? as u32,
        None => 1000,
    };
    let timeout_char = match args::kw_arg(kw, q::timeout_char) {
        Some(v) => small_arg(vm, v, "timeout_char", u32::MAX as i64)? as u32,
        None => 2,
    };
    let index = this(vm, obj)?.index;
    let r = with_machine(vm, |m| m.uarts[index].1.init(baudrate, bits, parity, stop))?;
    if let Err(why) = r {
        return Err(vm.value_error(format_args!("{}", why)));
    }
    let u = this(vm, obj)?;
    u.baudrate = baudrate;
    u.bits = bits;
    u.parity = parity.map_or(-1, |p| p as i8);
    u.stop = stop;
    u.timeout = timeout;
    u.timeout_char = timeout_char;
    u.on = true;
    Ok(())
}

fn uart_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    configure(vm, a[0], &a[1..], kw)?;
    Ok(Value::NONE)
}

fn uart_deinit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let u = this(vm, a[0])?;
    u.on = false;
    let index = u.index;
    with_machine(vm, |m| m.uarts[index].1.deinit())?;
    Ok(Value::NONE)
}

fn uart_any(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (index, _, _) = port_of(vm, a[0])?;
    let n = with_machine(vm, |m| m.uarts[index].1.any())?;
    int::from_i64(vm, n as i64)
}

/// One byte, waiting up to `timeout` ms; safe points run meanwhile.
fn wait_byte(vm: &mut Vm, index: usize, timeout: u32) -> PyResult<Option<u8>> {
    let start = vm.port().ticks_ms();
    loop {
        if let Some(b) = with_machine(vm, |m| m.uarts[index].1.read_byte())? {
            return Ok(Some(b));
        }
        if vm.port().ticks_ms().wrapping_sub(start) >= timeout {
            return Ok(None);
        }
        vm.check_interrupt()?;
        with_machine(vm, |m| m.ops.idle())?;
    }
}

/// Up to `max` bytes: the first within `timeout`, each next within
/// `timeout_char`; stops after `stop_at` if given.
fn read_some(vm: &mut Vm, obj: Value, max: usize, line: bool) -> PyResult<Vec<u8>> {
    let (index, timeout, timeout_char) = port_of(vm, obj)?;
    let mut out = Vec::new();
    while out.len() < max {
        let wait = if out.is_empty() || line {
            timeout
        } else {
            timeout_char
        };
        match wait_byte(vm, index, wait)? {
            Some(b) => {
                out.push(b);
                if line && b == b'\n' {
                    break;
                }
            }
            None => break,
        }
    }
    Ok(out)
}

fn bytes_or_none(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    if data.is_empty() {
        Ok(Value::NONE)
    } else {
        pystr::new_bytes(vm, data)
    }
}

fn uart_read(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let max = match a.get(1) {
        None => usize::MAX,
        Some(&v) if v == Value::NONE => usize::MAX,
        Some(&v) => {
            let n = args::index(vm, v)?;
            if n < 0 {
                usize::MAX
            } else if n == 0 {
                port_of(vm, a[0])?;
                return pystr::new_bytes(vm, b"");
            } else {
                n as usize
            }
        }
    };
    let data = read_some(vm, a[0], max, false)?;
    bytes_or_none(vm, &data)
}

fn uart_readall(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = read_some(vm, a[0], usize::MAX, false)?;
    bytes_or_none(vm, &data)
}

fn uart_readline(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = read_some(vm, a[0], usize::MAX, true)?;
    bytes_or_none(vm, &data)
}

fn uart_readinto(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let buf = crate::buffers::write_buf(vm, a[1])?;
    let mut max = buf.len();
    if let Some(&n) = a.get(2) {
        max = max.min(args::index(vm, n)?.max(0) as usize);
    }
    let data = read_some(vm, a[0], max, false)?;
    if data.is_empty() {
        return Ok(Value::NONE);
    }
    buf[..data.len()].copy_from_slice(&data);
    int::from_i64(vm, data.len() as i64)
}

fn uart_write(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (index, _, _) = port_of(vm, a[0])?;
    let data: &[u8] = match pystr::as_str(a[1]) {
        Some(s) => s.as_bytes(),
        None => match mp_vm::objects::bytes::buffer_of(a[1]) {
            Some(b) => b,
            None => return Err(vm.type_error(format_args!("object with buffer protocol required"))),
        },
    };
    with_machine(vm, |m| m.uarts[index].1.write(data))?;
    int::from_i64(vm, data.len() as i64)
}

fn uart_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let u = this(vm, v)?;
    if !u.on {
        let _ = write!(out, "UART({})", u.id);
        return Ok(());
    }
    let _ = write!(
        out,
        "UART({}, baudrate={}, bits={}, parity=",
        u.id, u.baudrate, u.bits
    );
    match u.parity {
        -1 => out.push_str("None"),
        p => {
            let _ = write!(out, "{}", p);
        }
    }
    let _ = write!(
        out,
        ", stop={}, timeout={}, timeout_char={})",
        u.stop, u.timeout, u.timeout_char
    );
    Ok(())
}
