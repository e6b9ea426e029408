//! `machine.I2C` over an `embedded_hal::i2c::I2c` bus (master only).
//!
//! `I2C(id)` picks the board's bus `id` (keyword `freq` is accepted and
//! ignored: the bus runs at the board's speed). Methods as MicroPython 1.8.3
//! documents them: `scan()`, `readfrom`, `readfrom_into`, `writeto`,
//! `readfrom_mem`, `readfrom_mem_into`, `writeto_mem` (with `addrsize` 8 or
//! 16). A device that does not acknowledge its address raises
//! `OSError(ENODEV)`; any other bus failure `OSError(EIO)`. `writeto` always
//! ends with a stop: `stop=False` (WiPy only) is refused.

use crate::buffers::{read_buf, write_buf};
use crate::with_machine;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt::Write;
use embedded_hal::i2c::{Error, ErrorKind, I2c, NoAcknowledgeSource};
use mp_vm::object::{type_of, ObjBase, PyResult, TypeObj};
use mp_vm::runtime::qstr::{q, Qstr};
use mp_vm::value::Value;
use mp_vm::{
    builtin_fn, entry, objects::list, objects::str as pystr, runtime::args, runtime::exc,
    runtime::ops, Vm,
};

/// An I2C bus as `machine` drives it, whatever its embedded-hal type.
pub trait I2cBus {
    fn write(&mut self, addr: u8, data: &[u8]) -> Result<(), ErrorKind>;
    fn read(&mut self, addr: u8, buf: &mut [u8]) -> Result<(), ErrorKind>;
    /// Write then read with a repeated start (register reads).
    fn write_read(&mut self, addr: u8, data: &[u8], buf: &mut [u8]) -> Result<(), ErrorKind>;
}

/// Any embedded-hal I2C bus (7-bit addresses).
pub struct I2cDev<B>(pub B);

impl<B: I2c> I2cBus for I2cDev<B> {
    fn write(&mut self, addr: u8, data: &[u8]) -> Result<(), ErrorKind> {
        self.0.write(addr, data).map_err(|e| e.kind())
    }
    fn read(&mut self, addr: u8, buf: &mut [u8]) -> Result<(), ErrorKind> {
        self.0.read(addr, buf).map_err(|e| e.kind())
    }
    fn write_read(&mut self, addr: u8, data: &[u8], buf: &mut [u8]) -> Result<(), ErrorKind> {
        self.0.write_read(addr, data, buf).map_err(|e| e.kind())
    }
}

#[repr(C)]
pub struct I2cObj {
    pub base: ObjBase,
    pub id: usize,
}

pub static I2C_TYPE: TypeObj = TypeObj {
    print: Some(i2c_print),
    new: Some(i2c_new),
    methods: &I2C_METHODS,
    ..TypeObj::builtin(q::I2C)
};

builtin_fn!(I2C_SCAN, q::scan, 1, 1, i2c_scan);
builtin_fn!(I2C_READFROM, q::readfrom, 3, 3, i2c_readfrom);
builtin_fn!(I2C_READFROM_INTO, q::readfrom_into, 3, 3, i2c_readfrom_into);
builtin_fn!(I2C_WRITETO, q::writeto, 3, 3, i2c_writeto, kw);
builtin_fn!(
    I2C_READFROM_MEM,
    q::readfrom_mem,
    4,
    4,
    i2c_readfrom_mem,
    kw
);
builtin_fn!(
    I2C_READFROM_MEM_INTO,
    q::readfrom_mem_into,
    4,
    4,
    i2c_readfrom_mem_into,
    kw
);
builtin_fn!(I2C_WRITETO_MEM, q::writeto_mem, 4, 4, i2c_writeto_mem, kw);

static I2C_METHODS: [(Qstr, Value); 7] = [
    entry!(q::scan, fn I2C_SCAN),
    entry!(q::readfrom, fn I2C_READFROM),
    entry!(q::readfrom_into, fn I2C_READFROM_INTO),
    entry!(q::writeto, fn I2C_WRITETO),
    entry!(q::readfrom_mem, fn I2C_READFROM_MEM),
    entry!(q::readfrom_mem_into, fn I2C_READFROM_MEM_INTO),
    entry!(q::writeto_mem, fn I2C_WRITETO_MEM),
];

fn i2c_new(vm: &mut Vm, _t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::check_kw(vm, "I2C", kw, &[q::id, q::freq])?;
    if a.len() > 1 {
        return Err(vm.type_error(format_args!("function takes at most 1 positional argument")));
    }
    let id = match args::arg_or_kw(a, 0, kw, q::id) {
        Some(v) => args::index(vm, v)?,
        None => 0,
    };
    if let Some(f) = args::kw_arg(kw, q::freq) {
        if args::index(vm, f)? <= 0 {
            return Err(vm.value_error(format_args!("freq must be positive")));
        }
    }
    let count = with_machine(vm, |m| m.i2c.len())?;
    if id < 0 || id as usize >= count {
        return Err(vm.value_error(format_args!("I2C({}) does not exist", id)));
    }
    vm.alloc(I2cObj {
        base: ObjBase::new(&I2C_TYPE),
        id: id as usize,
    })
}

fn i2c_print(vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let id = this(vm, v)?;
    let _ = write!(out, "I2C({})", id);
    Ok(())
}

fn this(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if core::ptr::eq(type_of(v), &I2C_TYPE) {
        Ok(unsafe { v.as_mut::<I2cObj>() }.id)
    } else {
        Err(vm.type_error(format_args!("expected an I2C object")))
    }
}

/// OSError for a failed transfer, errno as MicroPython raises it.
fn bus_error(vm: &mut Vm, kind: ErrorKind) -> Value {
    let errno = match kind {
        ErrorKind::NoAcknowledge(NoAcknowledgeSource::Address) => 19, // ENODEV
        _ => 5,                                                       // EIO
    };
    exc::new_exception(vm, &exc::OS_ERROR, &[Value::small_int(errno)])
}

fn address(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let a = args::index(vm, v)?;
    if !(0..=0x7f).contains(&a) {
        return Err(vm.value_error(format_args!("I2C address out of range")));
    }
    Ok(a as u8)
}

fn count(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = args::index(vm, v)?;
    if n < 0 {
        return Err(vm.value_error(format_args!("negative count")));
    }
    Ok(n as usize)
}

/// The memory address as 1 or 2 bytes, most significant first.
fn mem_address(vm: &mut Vm, memaddr: Value, kw: &[Value]) -> PyResult<Vec<u8>> {
    args::check_kw(vm, "I2C", kw, &[q::addrsize])?;
    let size = match args::kw_arg(kw, q::addrsize) {
        Some(v) => args::index(vm, v)?,
        None => 8,
    };
    let m = args::index(vm, memaddr)?;
    match size {
        8 => Ok(vec![m as u8]),
        16 => Ok(vec![(m >> 8) as u8, m as u8]),
        _ => Err(vm.value_error(format_args!("addrsize must be 8 or 16"))),
    }
}

fn run(
    vm: &mut Vm,
    id: usize,
    f: impl FnOnce(&mut dyn I2cBus) -> Result<(), ErrorKind>,
) -> PyResult<()> {
    let r = with_machine(vm, |m| m.i2c.get_mut(id).map(|b| f(&mut **b)))?;
    match r {
        Some(Ok(())) => Ok(()),
        Some(Err(k)) => Err(bus_error(vm, k)),
        None => Err(vm.value_error(format_args!("I2C({}) does not exist", id))),
    }
}

fn i2c_scan(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?;
    let found = with_machine(vm, |m| {
        let mut found = Vec::new();
        if let Some(bus) = m.i2c.get_mut(id) {
            // A device answers if it acknowledges its address with the read
            // bit (reading no data).
            for addr in 0x08u8..=0x77 {
                if bus.read(addr, &mut []).is_ok() {
                    found.push(Value::small_int(addr as isize));
                }
            }
        }
        found
    })?;
    list::new_list(vm, &found)
}

fn i2c_readfrom(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?;
    let addr = address(vm, a[1])?;
    let n = count(vm, a[2])?;
    let mut buf = vec![0u8; n];
    run(vm, id, |b| b.read(addr, &mut buf))?;
    pystr::new_bytes(vm, &buf)
}

fn i2c_readfrom_into(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?;
    let addr = address(vm, a[1])?;
    let buf = write_buf(vm, a[2])?;
    run(vm, id, |b| b.read(addr, buf))?;
    Ok(Value::NONE)
}

fn i2c_writeto(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::check_kw(vm, "writeto", kw, &[q::stop])?;
    if let Some(s) = args::kw_arg(kw, q::stop) {
        if !ops::is_true(vm, s)? {
            return Err(vm.value_error(format_args!("stop=False is not supported")));
        }
    }
    let id = this(vm, a[0])?;
    let addr = address(vm, a[1])?;
    let data = read_buf(vm, a[2])?;
    run(vm, id, |b| b.write(addr, data))?;
    Ok(Value::NONE)
}

fn i2c_readfrom_mem(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?;
    let addr = address(vm, a[1])?;
    let mem = mem_address(vm, a[2], kw)?;
    let n = count(vm, a[3])?;
    let mut buf = vec![0u8; n];
    run(vm, id, |b| b.write_read(addr, &mem, &mut buf))?;
    pystr::new_bytes(vm, &buf)
}

fn i2c_readfrom_mem_into(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?;
    let addr = address(vm, a[1])?;
    let mem = mem_address(vm, a[2], kw)?;
    let buf = write_buf(vm, a[3])?;
    run(vm, id, |b| b.write_read(addr, &mem, buf))?;
    Ok(Value::NONE)
}

fn i2c_writeto_mem(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let id = this(vm, a[0])?;
    let addr = address(vm, a[1])?;
    let mut data = mem_address(vm, a[2], kw)?;
    data.extend_from_slice(read_buf(vm, a[3])?);
    run(vm, id, |b| b.write(addr, &data))?;
    Ok(Value::NONE)
}
