//! `machine.mem8`, `mem16`, `mem32`: `mem32[addr]` reads a register,
//! `mem32[addr] = x` writes one.
//!
//! As in MicroPython 1.8.3, the address must be aligned to the width
//! (ValueError otherwise), a write takes the low bits of any int, and a
//! read of mem32 is a signed 32-bit number (mask it with `& 0xffffffff`);
//! mem8/mem16 read zero-extended. The access itself goes through
//! [`crate::BoardOps`], which refuses addresses the board does not map (so a
//! typo gives ValueError instead of a bus fault, and the host port, which
//! has no raw memory, refuses them all).

use crate::with_machine;
use alloc::string::String;
use core::fmt::Write;
use mp_vm::object::{type_of, ObjBase, PyResult, TypeObj};
use mp_vm::runtime::qstr::q;
use mp_vm::value::Value;
use mp_vm::{objects::int, runtime::args, Vm};

#[repr(C, align(8))]
pub struct MemObj {
    pub base: ObjBase,
    /// Access width in bytes: 1, 2 or 4.
    pub width: u32,
}
unsafe impl Sync for MemObj {}

pub static MEM_TYPE: TypeObj = TypeObj {
    print: Some(mem_print),
    subscr: Some(mem_subscr),
    ..TypeObj::builtin(q::mem)
};

pub static MEM8: MemObj = MemObj {
    base: ObjBase::new(&MEM_TYPE),
    width: 1,
};
pub static MEM16: MemObj = MemObj {
    base: ObjBase::new(&MEM_TYPE),
    width: 2,
};
pub static MEM32: MemObj = MemObj {
    base: ObjBase::new(&MEM_TYPE),
    width: 4,
};

fn width_of(v: Value) -> u32 {
    if core::ptr::eq(type_of(v), &MEM_TYPE) {
        unsafe { v.as_mut::<MemObj>() }.width
    } else {
        4
    }
}

fn mem_print(_vm: &mut Vm, v: Value, out: &mut String, _repr: bool) -> PyResult<()> {
    let _ = write!(out, "<{}-bit memory>", width_of(v) * 8);
    Ok(())
}

/// An int (through `__index__`) wrapped to 32 bits, as C code truncating
/// a machine word would; ints beyond 64 bits are an OverflowError.
fn word(vm: &mut Vm, v: Value) -> PyResult<u32> {
    let i = args::index_value(vm, v)?;
    match int::as_i64(i) {
        Some(n) => Ok(n as u32),
        None => Err(vm.new_exc_msg(
            &mp_vm::runtime::exc::OVERFLOW_ERROR,
            "overflow converting long int to machine word",
        )),
    }
}

fn mem_subscr(vm: &mut Vm, obj: Value, index: Value, store: Option<Value>) -> PyResult<Value> {
    let width = width_of(obj);
    if store == Some(Value::NULL) {
        return Err(vm.type_error(format_args!("'mem' object doesn't support item deletion")));
    }
    let addr = word(vm, index)?;
    if addr % width != 0 {
        return Err(vm.value_error(format_args!(
            "address {:08x} is not aligned to {} bytes",
            addr, width
        )));
    }
    match store {
        None => match with_machine(vm, |m| m.ops.mem_read(addr, width))? {
            Some(x) => {
                let n = match width {
                    1 => (x & 0xff) as i64,
                    2 => (x & 0xffff) as i64,
                    _ => x as i32 as i64,
                };
                int::from_i64(vm, n)
            }
            None => Err(not_mapped(vm, addr)),
        },
        Some(v) => {
            let x = word(vm, v)?;
            if with_machine(vm, |m| m.ops.mem_write(addr, width, x))? {
                Ok(Value::NONE)
            } else {
                Err(not_mapped(vm, addr))
            }
        }
    }
}

fn not_mapped(vm: &mut Vm, addr: u32) -> Value {
    vm.value_error(format_args!("address {:08x} is not accessible", addr))
}
