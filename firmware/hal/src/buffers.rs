//! Buffer arguments of the bus methods (`I2C.writeto`, `SPI.readinto`, `UART.readinto`...):
//! one place for what counts as a readable or a writable buffer, and the errors otherwise.

use mp_vm::object::PyResult;
use mp_vm::objects::str as pystr;
use mp_vm::value::Value;
use mp_vm::Vm;

/// Bytes to send: any buffer but a str (MicroPython's buses take bytes-like data).
pub fn read_buf(vm: &mut Vm, v: Value) -> PyResult<&'static [u8]> {
    if pystr::is_str(v) {
        return Err(vm.type_error(format_args!("object with buffer protocol required")));
    }
    mp_vm::objects::bytes::buffer_of(v)
        .ok_or_else(|| vm.type_error(format_args!("object with buffer protocol required")))
}

/// A buffer to receive into: bytearray, a writable memoryview, an array.
pub fn write_buf(vm: &mut Vm, v: Value) -> PyResult<&'static mut [u8]> {
    mp_vm::objects::bytes::writable_buffer_of(v)
        .ok_or_else(|| vm.type_error(format_args!("object with writable buffer required")))
}
