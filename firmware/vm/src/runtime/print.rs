//! `str()` and `repr()` of any value, into a Rust `String` buffer; and
//! [`StackText`], text formatted where the heap may give nothing.

use crate::object::{type_of, PyResult};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

pub fn repr_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    print_into(vm, v, out, true)
}

pub fn str_into(vm: &mut Vm, v: Value, out: &mut String) -> PyResult<()> {
    if v.is_qstr() {
        out.push_str(v.as_qstr().as_str());
        return Ok(());
    }
    print_into(vm, v, out, false)
}

fn print_into(vm: &mut Vm, v: Value, out: &mut String, repr: bool) -> PyResult<()> {
    if v.is_small_int() {
        use core::fmt::Write;
        let _ = write!(out, "{}", v.as_small_int());
        return Ok(());
    }
    vm.check_stack()?;
    let ty = type_of(v);
    match ty.print {
        Some(f) => f(vm, v, out, repr),
        None => {
            use core::fmt::Write;
            let _ = write!(out, "<{} object at {:x}>", ty.name.as_str(), v.bits());
            Ok(())
        }
    }
}

/// Guard against printing a container inside itself (`[[...]]`):
/// returns false if `v` is already being printed; else marks it.
pub fn enter_container(vm: &mut Vm, v: Value) -> bool {
    if vm.printing.contains(&v.bits()) {
        return false;
    }
    vm.printing.push(v.bits());
    true
}

pub fn leave_container(vm: &mut Vm, v: Value) {
    if let Some(i) = vm.printing.iter().rposition(|&x| x == v.bits()) {
        vm.printing.remove(i);
    }
}

pub fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let mut s = String::new();
    repr_into(vm, v, &mut s)?;
    Ok(s)
}

pub fn to_str(vm: &mut Vm, v: Value) -> PyResult<String> {
    let mut s = String::new();
    str_into(vm, v, &mut s)?;
    Ok(s)
}

/// Text formatted into a fixed buffer on the stack, for reports and errors
/// made where the heap may give nothing (an interrupt handler runs with it
/// locked). What does not fit is cut, at a character boundary.
pub struct StackText<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> StackText<N> {
    pub fn new() -> Self {
        StackText {
            buf: [0; N],
            len: 0,
        }
    }

    pub fn as_str(&self) -> &str {
        // Only whole characters are ever stored.
        core::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }

    /// Write the text to the console and start again.
    pub fn flush(&mut self, vm: &mut Vm) {
        vm.port_write(&self.buf[..self.len]);
        self.len = 0;
    }
}

impl<const N: usize> Default for StackText<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> core::fmt::Write for StackText<N> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        for c in s.chars() {
            let n = c.len_utf8();
            if self.len + n > N {
                break;
            }
            c.encode_utf8(&mut self.buf[self.len..self.len + n]);
            self.len += n;
        }
        Ok(())
    }
}
