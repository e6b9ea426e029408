//! The `machine` module table and its plain functions.

use crate::{i2c, mem, pin, rtc, spi, timer, uart, wdt, with_machine};
use mp_vm::object::PyResult;
use mp_vm::runtime::qstr::{q, Qstr};
use mp_vm::value::Value;
use mp_vm::{
    builtin_fn, entry, objects::int, objects::module, objects::str as pystr, runtime::ops,
    ExtraModule, Vm,
};

/// Import names: MicroPython 1.8.3 calls the module `umachine` and lets
/// `import machine` find it too.
pub static MODULES: &[ExtraModule] = &[(&["umachine", "machine"], make_machine)];

fn make_machine(vm: &mut Vm, _name: Qstr) -> PyResult<Value> {
    module::from_table(vm, q::umachine, MACHINE_TABLE)
}

fn m_reset(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_machine(vm, |m| m.ops.reset())?;
    Ok(Value::NONE)
}

fn m_freq(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let hz = with_machine(vm, |m| m.ops.freq())?;
    int::from_i64(vm, hz as i64)
}

fn m_unique_id(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let id = with_machine(vm, |m| m.ops.unique_id())?;
    pystr::new_bytes(vm, &id)
}

fn m_idle(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_machine(vm, |m| m.ops.idle())?;
    Ok(Value::NONE)
}

fn m_disable_irq(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let was = with_machine(vm, |m| {
        m.irq_off = true;
        m.ops.disable_irq()
    })?;
    Ok(Value::from_bool(was))
}

fn m_enable_irq(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let on = match a.first() {
        Some(&v) => ops::is_true(vm, v)?,
        None => true,
    };
    with_machine(vm, |m| {
        m.ops.enable_irq(on);
        m.irq_off = !on;
        // Handlers held back meanwhile run at the next safe point.
        if on && core::mem::take(&mut m.deferred) {
            mp_vm::runtime::interrupt::request_callbacks();
        }
    })?;
    Ok(Value::NONE)
}

builtin_fn!(M_RESET, q::reset, 0, 0, m_reset);
builtin_fn!(M_FREQ, q::freq, 0, 0, m_freq);
builtin_fn!(M_UNIQUE_ID, q::unique_id, 0, 0, m_unique_id);
builtin_fn!(M_IDLE, q::idle, 0, 0, m_idle);
builtin_fn!(M_DISABLE_IRQ, q::disable_irq, 0, 0, m_disable_irq);
builtin_fn!(M_ENABLE_IRQ, q::enable_irq, 0, 1, m_enable_irq);

static MACHINE_TABLE: &[(Qstr, Value)] = &[
    entry!(q::reset, fn M_RESET),
    entry!(q::freq, fn M_FREQ),
    entry!(q::unique_id, fn M_UNIQUE_ID),
    entry!(q::idle, fn M_IDLE),
    entry!(q::disable_irq, fn M_DISABLE_IRQ),
    entry!(q::enable_irq, fn M_ENABLE_IRQ),
    entry!(q::mem8, fn mem::MEM8),
    entry!(q::mem16, fn mem::MEM16),
    entry!(q::mem32, fn mem::MEM32),
    entry!(q::Pin, fn pin::PIN_TYPE),
    entry!(q::I2C, fn i2c::I2C_TYPE),
    entry!(q::SPI, fn spi::SPI_TYPE),
    entry!(q::Timer, fn timer::TIMER_TYPE),
    entry!(q::UART, fn uart::UART_TYPE),
    entry!(q::WDT, fn wdt::WDT_TYPE),
    entry!(q::RTC, fn rtc::RTC_TYPE),
];
