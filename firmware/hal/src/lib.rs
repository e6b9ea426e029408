//! mp-hal: the `machine` module, written once against the embedded-hal 1.0
//! traits.
//!
//! A board builds a [`Machine`] from its drivers (pins are
//! `embedded_hal::digital` pins, the I2C bus an `embedded_hal::i2c::I2c`,
//! the SPI bus an `embedded_hal::spi::SpiBus`) and a [`BoardOps`] for the
//! things that are not peripherals (reset, clock, interrupts, raw memory),
//! then calls [`Machine::install`]: `import machine` (or `umachine`) then
//! works in that Vm. Nothing here touches registers, so the whole module is
//! tested on the host with embedded-hal-mock.
//!
//! Dependencies point one way: hal uses the vm (to build Python objects),
//! boards use hal, the vm never sees either. The drivers live in the Vm's
//! board state (`Vm::set_board_state`), not in a global, so each Vm (and
//! each host test) has its own.

#![no_std]

extern crate alloc;

mod buffers;
pub mod i2c;
mod machine;
pub mod mem;
pub mod pin;
pub mod rtc;
pub mod spi;
pub mod timer;
pub mod uart;
pub mod wdt;

use alloc::boxed::Box;
use alloc::vec::Vec;
use mp_vm::object::PyResult;
use mp_vm::value::Value;
use mp_vm::{objects::list, runtime::ops, BoardHooks, Vm};

pub use i2c::I2cBus;
pub use pin::{InPin, OutPin, PinIo};
pub use spi::SpiPort;
pub use timer::TimerHw;
pub use uart::UartPort;

/// What the board does for `machine`'s functions that are not drivers.
pub trait BoardOps {
    /// `machine.reset()`: reset the whole board. On hardware it does not
    /// return; if it does (a test double), `reset()` returns None.
    fn reset(&mut self);
    /// `machine.freq()`: CPU clock in Hz.
    fn freq(&self) -> u32;
    /// `machine.unique_id()`: bytes identifying the board or SoC.
    fn unique_id(&self) -> Vec<u8>;
    /// `machine.idle()`: wait for the next interrupt.
    fn idle(&mut self);
    /// Mask interrupts; returns true if they were enabled.
    fn disable_irq(&mut self) -> bool;
    /// Unmask interrupts if `enabled`, else mask them.
    fn enable_irq(&mut self, enabled: bool);
    /// Start the watchdog: reset the board unless fed every
    /// `timeout_ms`. `Err(reason)` if there is none or it cannot.
    fn wdt_start(&mut self, timeout_ms: u32) -> Result<(), &'static str> {
        let _ = timeout_ms;
        Err("no watchdog on this board")
    }
    /// Restart the watchdog's count.
    fn wdt_feed(&mut self) {}
    /// Read `width` bytes (1, 2 or 4) at `addr` (aligned), or None if the
    /// board does not allow that address (unmapped, or no raw memory at
    /// all, as on the host). Must never fault.
    fn mem_read(&mut self, addr: u32, width: u32) -> Option<u32> {
        let _ = (addr, width);
        None
    }
    /// Write the low `width` bytes of `value` at `addr`; false if the
    /// address is not allowed.
    fn mem_write(&mut self, addr: u32, width: u32, value: u32) -> bool {
        let _ = (addr, width, value);
        false
    }
}

/// The board as `machine` sees it: the drivers handed over at boot.
pub struct Machine {
    pub(crate) ops: Box<dyn BoardOps>,
    /// Pins by id: `Pin(0)` is the first, `Pin('LED0')` finds it by name.
    pub(crate) pins: Vec<(&'static str, Box<dyn PinIo>)>,
    /// I2C buses by id.
    pub(crate) i2c: Vec<Box<dyn I2cBus>>,
    /// SPI buses by id.
    pub(crate) spi: Vec<Box<dyn SpiPort>>,
    /// Serial ports by their `machine.UART` id.
    pub(crate) uarts: Vec<(u32, Box<dyn UartPort>)>,
    /// Hardware timers for `machine.Timer`.
    pub(crate) timers: Option<Box<dyn TimerHw>>,
    /// The running watchdog's timeout (it survives soft resets).
    pub(crate) wdt_timeout: Option<u32>,
    /// `machine.disable_irq()` is in force: handlers wait.
    pub(crate) irq_off: bool,
    /// Handlers were held back by `irq_off`.
    pub(crate) deferred: bool,
}

impl Machine {
    pub fn new(ops: Box<dyn BoardOps>) -> Machine {
        Machine {
            ops,
            pins: Vec::new(),
            i2c: Vec::new(),
            spi: Vec::new(),
            uarts: Vec::new(),
            timers: None,
            wdt_timeout: None,
            irq_off: false,
            deferred: false,
        }
    }

    /// Add a pin (ids count up from 0 in the order pins are added).
    pub fn add_pin(&mut self, name: &'static str, pin: Box<dyn PinIo>) -> &mut Machine {
        self.pins.push((name, pin));
        self
    }

    /// Add an I2C bus (ids count up from 0).
    pub fn add_i2c(&mut self, bus: Box<dyn I2cBus>) -> &mut Machine {
        self.i2c.push(bus);
        self
    }

    /// Add an SPI bus (ids count up from 0).
    pub fn add_spi(&mut self, bus: Box<dyn SpiPort>) -> &mut Machine {
        self.spi.push(bus);
        self
    }

    /// Add a serial port as `machine.UART(id)`.
    pub fn add_uart(&mut self, id: u32, port: Box<dyn UartPort>) -> &mut Machine {
        self.uarts.push((id, port));
        self
    }

    /// Set the hardware timers (`Timer(0)`...).
    pub fn set_timers(&mut self, timers: Box<dyn TimerHw>) -> &mut Machine {
        self.timers = Some(timers);
        self
    }

    /// Make `machine` / `umachine` importable in `vm`, backed by `self`,
    /// and hook its interrupt handlers into the VM's safe points.
    pub fn install(self, vm: &mut Vm) {
        vm.set_board_state(Box::new(self));
        vm.add_modules(machine::MODULES);
        vm.set_board_hooks(BoardHooks {
            poll: poll_handlers,
            soft_reset,
        });
    }
}

/// Slot of `vm.roots.board` holding the list of Timer objects by id.
pub(crate) const ROOT_TIMERS: usize = 0;

/// The list in `vm.roots.board` (made on first use, after each soft
/// reset): what the handlers need kept alive.
pub(crate) fn board_roots(vm: &mut Vm) -> PyResult<Value> {
    if vm.roots.board.is_null() {
        let n = with_machine(vm, |m| m.timers.as_ref().map_or(0, |t| t.count()))?;
        let none = alloc::vec![Value::NONE; n];
        let timers = list::new_list(vm, &none)?;
        vm.roots.board = list::new_list(vm, &[timers])?;
    }
    Ok(vm.roots.board)
}

/// Call a Python interrupt handler as MicroPython does: the heap is
/// locked meanwhile (allocation raises MemoryError).
pub(crate) fn run_handler(vm: &mut Vm, f: Value, arg: Value) -> PyResult<Value> {
    let saved = vm.heap.locked;
    vm.set_heap_lock(saved + 1);
    // A handler that runs out of memory (it may not allocate) fails alone.
    let r = vm.protect(|vm| ops::call(vm, f, &[arg], &[]));
    vm.set_heap_lock(saved);
    r
}

/// The VM's safe-point hook: run the handlers of what the ISRs recorded,
/// unless `machine.disable_irq()` holds them back (then `enable_irq`
/// asks again).
fn poll_handlers(vm: &mut Vm) -> PyResult<()> {
    let off = with_machine(vm, |m| {
        m.deferred |= m.irq_off;
        m.irq_off
    })?;
    if off {
        return Ok(());
    }
    timer::poll(vm)
}

fn soft_reset(vm: &mut Vm) {
    timer::stop_all(vm);
    let _ = with_machine(vm, |m| {
        m.irq_off = false;
        m.deferred = false;
        for u in m.uarts.iter_mut() {
            u.1.deinit();
        }
    });
}

/// Run `f` on the installed machine. The functions calling this belong to
/// the module `install` added, so the machine is there; OSError otherwise.
pub(crate) fn with_machine<R>(vm: &mut Vm, f: impl FnOnce(&mut Machine) -> R) -> PyResult<R> {
    match vm.board_state::<Machine>() {
        Some(m) => Ok(f(m)),
        None => Err(vm.new_exc_msg(&mp_vm::runtime::exc::OS_ERROR, "no board")),
    }
}
