//! `machine.SPI` over an `embedded_hal::spi::SpiBus<u8>` (master, 8-bit
//! words).
//!
//! `SPI(id, baudrate=..., polarity=0, phase=0, bits=8, firstbit=SPI.MSB)`
//! checks its settings and picks the board's bus `id` (the emulated bus
//! runs at one speed, so the settings are recorded, not applied). Methods:
//! `write(buf)`, `read(n, write=0)`, `readinto(buf, write=0)`,
//! `write_readinto(wbuf, rbuf)` (same lengths), `init(...)`, `deinit()`.

use crate::buffers::{read_buf, write_buf};
use crate::with_machine;
use alloc::string::String;
use alloc::vec;
use core::fmt::Write;
use embedded_hal::spi::{Error, ErrorKind, SpiBus};
use mp_vm::object::{type_of, ObjBase, PyResult, TypeObj};
use mp_vm::runtime::qstr::{q, Qstr};
use mp_vm::value::Value;
use mp_vm::{builtin_fn, entry, objects::str as pystr, runtime::args, runtime::exc, Vm};

/// An SPI bus as `machine` drives it, whatever its embedded-hal type.
pub trait SpiPort {
    fn write(&mut self, data: &[u8]) -> Result<(), ErrorKind>;
    /// Full duplex: clock out `write` while reading into `read` (same length).
    fn transfer(&mut self, read: &mut [u8], write: &[u8]) -> Result<(), ErrorKind>;
}

/// Any embedded-hal SPI bus.
pub struct SpiDev<B>(pub B);

impl<B: SpiBus<u8>> SpiPort for SpiDev<B> {
    fn write(&mut self, data: &[u8]) -> Result<(), ErrorKind> {
        self.0.write(data).map_err(|e| e.kind())?;
        self.0.flush().map_err(|e| e.kind())
    }
    fn transfer(&mut self, read: &mut [u8], write: &[u8]) -> Result<(), ErrorKind> {
        self.0.transfer(read, write).map_err(|e| e.kind())?;
        self.0.flush().map_err(|e| e.kind())
    }
}

pub const MSB: isize = 0;
pub const LSB: isize = 1;
pub const MASTER: isize = 0;

#[repr(C)]
pub struct SpiObj {
    pub base: ObjBase,
    pub id: usize,
    pub baudrate: u32,
    pub polarity: u8,
    pub phase: u8,
}

pub static SPI_TYPE: TypeObj = TypeObj {
    print: Some(spi_print),
    new: Some(spi_new),
    methods: &SPI_METHODS,
    ..TypeObj::builtin(q::SPI)
};

builtin_fn!(SPI_INIT, q::init, 1, 2, spi_init, kw);
builtin_fn!(SPI_DEINIT, q::deinit, 1, 1, spi_deinit);
builtin_fn!(SPI_WRITE, q::write, 2, 2, spi_write);
builtin_fn!(SPI_READ, q::read, 2, 3, spi_read, kw);
builtin_fn!(SPI_READINTO, q::readinto, 2, 3, spi_readinto, kw);
builtin_fn!(
    SPI_WRITE_READINTO,
    q::write_readinto,
    3,
    3,
    spi_write_readinto
);

static SPI_METHODS: [(Qstr, Value); 9] = [
    entry!(q::init, fn SPI_INIT),
    entry!(q::deinit, fn SPI_DEINIT),
    entry!(q::write, fn SPI_WRITE),
    entry!(q::read, fn SPI_READ),
    entry!(q::readinto, fn SPI_READINTO),
    entry!(q::write_readinto, fn SPI_WRITE_READINTO),
    entry!(q::MASTER, Value::small_int(MASTER)),
    entry!(q::MSB, Value::small_int(MSB)),
    entry!(q::LSB, Value::small_int(LSB)),
];

fn this(vm: &mut Vm, v: Value) -> PyResult<&'static mut SpiObj> {
    if core::ptr::eq(type_of(v), &SPI_TYPE) {
        Ok(unsafe { v.as_mut::<SpiObj>() })
    } else {
        Err(vm.type_error(format_args!("expected an SPI object")))
    }
}

const SETTINGS: &[Qstr] = &[
    q::mode,
    q::baudrate,
    q::polarity,
    q::phase,
    q::bits,
    q::firstbit,
];

/// Check and record the keyword settings (absent ones keep their value).
fn configure(vm: &mut Vm, s: &mut SpiObj, mode: Option<Value>, kw: &[Value]) -> PyResult<()> {
    if let Some(m) = mode {
        if args::index(vm, m)? != MASTER {
            return Err(vm.value_error(format_args!("only SPI.MASTER is supported")));
        }
    }
    if let Some(v) = args::kw_arg(kw, q::baudrate) {
        let b = args::index(vm, v)?;
        if b <= 0 {
            return Err(vm.value_error(format_args!("baudrate must be positive")));
        }
        s.baudrate = b as u32;
    }
    for (name, slot) in [(q::polarity, &mut s.polarity), (q::phase, &mut s.phase)] {
        if let Some(v) = args::kw_arg(kw, name) {
            let x = args::index(vm, v)?;
            if x != 0 && x != 1 {
                return Err(vm.value_error(format_args!("{} must be 0 or 1", name.as_str())));
            }
            *slot = x as u8;
        }
    }
    if let Some(v) = args::kw_arg(kw, q::bits) {
        if args::index(vm, v)? != 8 {
            return Err(vm.value_error(format_args!("only 8-bit words are supported")));
        }
    }
    if let Some(v) = args::kw_arg(kw, q::firstbit) {
        if args::index(vm, v)? != MSB {
            return Err(vm.value_error(format_args!("only SPI.MSB is supported")));
        }
    }
    Ok(())
}

fn spi_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut allowed = vec![q::id];
    allowed.extend_from_slice(SETTINGS);
    args::check_kw(vm, "SPI", kw, &allowed)?;
    if a.len() > 2 {
        return Err(vm.type_error(format_args!(
            "function takes at most 2 positional arguments"
        )));
    }
    let id = match args::arg_or_kw(a, 0, kw, q::id) {
        Some(v) => args::index(vm, v)?,
        None => 0,
    };
    let count = with_machine(vm, |m| m.spi.len())?;
    if id < 0 || id as usize >= count {
        return Err(vm.value_error(format_args!("SPI({}) does not exist", id)));
    }
    let mut s = SpiObj {
        base: ObjBase::new(&SPI_TYPE),
        id: id as usize,
        baudrate: 1_000_000,
        polarity: 0,
        phase: 0,
    };
    configure(vm, &mut s, args::arg_or_kw(a, 1, kw, q::mode), kw)?;
    vm.alloc(s)
}

fn spi_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::check_kw(vm, "init", kw, SETTINGS)?;
    let s = this(vm, a[0])?;
    configure(vm, s, args::arg_or_kw(a, 1, kw, q::mode), kw)?;
    Ok(Value::NONE)
}

fn spi_deinit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, a[0])?;
    Ok(Value::NONE)
}

fn spi_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let s = this(vm, v)?;
    let _ = write!(
        out,
        "SPI({}, baudrate={}, polarity={}, phase={}, bits=8, firstbit=SPI.MSB)",
        s.id, s.baudrate, s.polarity, s.phase
    );
    Ok(())
}

fn run(
    vm: &mut Vm,
    id: usize,
    f: impl FnOnce(&mut dyn SpiPort) -> Result<(), ErrorKind>,
) -> PyResult<()> {
    let r = with_machine(vm, |m| m.spi.get_mut(id).map(|b| f(&mut **b)))?;
    match r {
        Some(Ok(())) => Ok(()),
        Some(Err(_)) => Err(exc::new_exception(
            vm,
            &exc::OS_ERROR,
            &[Value::small_int(5)],
        )),
        None => Err(vm.value_error(format_args!("SPI({}) does not exist", id))),
    }
}

/// The byte clocked out while reading (`write=` argument).
fn fill_byte(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<u8> {
    args::check_kw(vm, "read", kw, &[q::write])?;
    match args::arg_or_kw(a, 2, kw, q::write) {
        Some(v) => Ok(args::index(vm, v)? as u8),
        None => Ok(0),
    }
}

fn spi_write(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?.id;
    let data = read_buf(vm, a[1])?;
    run(vm, id, |b| b.write(data))?;
    Ok(Value::NONE)
}

fn spi_read(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?.id;
    let n = args::index(vm, a[1])?;
    if n < 0 {
        return Err(vm.value_error(format_args!("negative count")));
    }
    let fill = fill_byte(vm, a, kw)?;
    let out = vec![fill; n as usize];
    let mut buf = vec![0u8; n as usize];
    run(vm, id, |b| b.transfer(&mut buf, &out))?;
    pystr::new_bytes(vm, &buf)
}

fn spi_readinto(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?.id;
    let buf = write_buf(vm, a[1])?;
    let fill = fill_byte(vm, a, kw)?;
    let out = vec![fill; buf.len()];
    run(vm, id, |b| b.transfer(buf, &out))?;
    Ok(Value::NONE)
}

fn spi_write_readinto(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?.id;
    let data = read_buf(vm, a[1])?;
    let buf = write_buf(vm, a[2])?;
    if data.len() != buf.len() {
        return Err(vm.value_error(format_args!("buffers must be the same length")));
    }
    // The two may be the same buffer: send a copy.
    let data = data.to_vec();
    run(vm, id, |b| b.transfer(buf, &data))?;
    Ok(Value::NONE)
}
