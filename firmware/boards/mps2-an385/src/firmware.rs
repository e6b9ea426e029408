//! The bare-metal side: entry, vector table, console port, heap, faults.

use crate::board::*;
use crate::report::{self, FaultRegs};
use crate::{time, uart};
use core::fmt::{self, Write};
use cortex_m_rt::{entry, exception, ExceptionFrame};
use embedded_alloc::LlffHeap;
use mp_vm::repl::{ConsoleVm, Repl};
use mp_vm::runtime::rust_alloc::{self, Route, VmAllocator};
use mp_vm::{runtime::interrupt, Port, VmConfig};

/// Rust's allocations: the VM's GC heap once it is attached, before that a
/// small boot heap in `.bss`.
#[global_allocator]
static HEAP: VmAllocator<LlffHeap> = VmAllocator::new(LlffHeap::empty());

static mut BOOT_HEAP: [u8; BOOT_HEAP_SIZE] = [0; BOOT_HEAP_SIZE];

/// The memory profile the runner wrote before reset: (heap bytes, VM stack
/// limit bytes), each the default when absent or implausible.
fn profile() -> (usize, usize) {
    // SAFETY: PSRAM words the firmware never writes; QEMU zeroes them or its
    // loader device sets them before the core starts.
    let (heap, stack) = unsafe {
        (
            core::ptr::read_volatile(BOOT_HEAP_WORD as *const u32) as usize,
            core::ptr::read_volatile(BOOT_STACK_WORD as *const u32) as usize,
        )
    };
    let heap = if (8 * 1024..=GC_HEAP_MAX).contains(&heap) {
        heap
    } else {
        DEFAULT_HEAP
    };
    let stack = if (2 * 1024..=VM_STACK_MAX * 100 / STACK_SCALE_PERCENT).contains(&stack) {
        stack
    } else {
        DEFAULT_VM_STACK
    };
    (heap, stack)
}

#[entry]
fn main() -> ! {
    // SAFETY: the boot heap is a static nothing else uses, set up once.
    unsafe {
        HEAP.fallback()
            .init(core::ptr::addr_of_mut!(BOOT_HEAP) as usize, BOOT_HEAP_SIZE)
    };
    let core = cortex_m::Peripherals::take().unwrap_or_else(|| unreachable!());
    guard_stack(&core.MPU);
    time::init(core.SYST);
    uart::init();
    // SAFETY: switches thread mode to the process stack, which nothing uses
    // yet, and never returns to this frame.
    unsafe {
        core::arch::asm!(
            "msr psp, {top}",
            "msr control, {spsel}",
            "isb",
            "bl {run}",
            "udf #0",
            top = in(reg) THREAD_STACK_TOP,
            // CONTROL.SPSEL: thread mode uses PSP.
            spsel = in(reg) 2u32,
            run = sym run_repl,
            options(noreturn),
        )
    }
}

/// The REPL on UART0, on the thread stack.
extern "C" fn run_repl() -> ! {
    let (heap_size, stack_limit) = profile();
    let config = VmConfig {
        heap_start: GC_HEAP_START as *mut u8,
        heap_size,
        stack_limit: stack_limit * STACK_SCALE_PERCENT / 100,
    };
    // SAFETY: the GC heap region is PSRAM reserved for it (board.rs).
    let mut vm = unsafe { ConsoleVm::new(config, Console) };
    crate::machine::install(vm.vm());
    // From here on every allocation is the VM's; the collector scans the
    // whole thread stack, so the REPL's buffers are kept too.
    rust_alloc::attach(vm.vm(), Route::Always, THREAD_STACK_TOP);
    vm.serve(&mut Repl::new(MACHINE));
    // The UART console never closes.
    loop {
        cortex_m::asm::wfi();
    }
}

/// Make the region below the thread stack inaccessible (MPU region 0,
/// default memory map elsewhere).
fn guard_stack(mpu: &cortex_m::peripheral::MPU) {
    const VALID: u32 = 1 << 4;
    const ENABLE: u32 = 1;
    const XN: u32 = 1 << 28;
    const CTRL_ENABLE: u32 = 1;
    const CTRL_PRIVDEFENA: u32 = 1 << 2;
    // RASR.SIZE encodes 2^(SIZE+1) bytes; AP=0b000 (bits 26:24) is no access.
    let size_field = (STACK_GUARD_SIZE.trailing_zeros() - 1) << 1;
    // SAFETY: region 0 covers only the guard below the thread stack.
    unsafe {
        mpu.rnr.write(0);
        mpu.rbar.write(STACK_GUARD_BASE as u32 | VALID);
        mpu.rasr.write(XN | size_field | ENABLE);
        mpu.ctrl.write(CTRL_ENABLE | CTRL_PRIVDEFENA);
    }
    cortex_m::asm::dsb();
    cortex_m::asm::isb();
}

/// UART0 as the interpreter's port.
struct Console;

impl Port for Console {
    fn write(&mut self, data: &[u8]) {
        uart::write(data);
    }

    fn read_byte(&mut self) -> Option<u8> {
        loop {
            // Check and sleep with interrupts masked: a byte arriving
            // between the check and WFI still wakes the core.
            cortex_m::interrupt::disable();
            if let Some(byte) = uart::RX.pop() {
                // SAFETY: re-enables what was disabled just above.
                unsafe { cortex_m::interrupt::enable() };
                return Some(byte);
            }
            cortex_m::asm::wfi();
            // SAFETY: as above; the pending interrupt now runs.
            unsafe { cortex_m::interrupt::enable() };
        }
    }

    fn wait_input(&mut self) {
        loop {
            // As in read_byte: check and sleep with interrupts masked.
            cortex_m::interrupt::disable();
            if uart::RX.len() > 0 || interrupt::callbacks_pending() {
                // SAFETY: re-enables what was disabled just above.
                unsafe { cortex_m::interrupt::enable() };
                return;
            }
            cortex_m::asm::wfi();
            // SAFETY: as above; the pending interrupt now runs.
            unsafe { cortex_m::interrupt::enable() };
        }
    }

    fn ticks_ms(&mut self) -> u32 {
        time::ticks_ms()
    }

    fn ticks_us(&mut self) -> u32 {
        time::ticks_us()
    }

    fn delay_ms(&mut self, ms: u32) {
        let start = time::ticks_ms();
        while time::ticks_ms().wrapping_sub(start) < ms && !interrupt::pending() {
            cortex_m::asm::wfi();
        }
    }
}

// ---- interrupt vectors ----------------------------------------------------

/// One entry of the device interrupt table.
#[derive(Clone, Copy)]
#[repr(C)]
pub union Vector {
    handler: unsafe extern "C" fn(),
    reserved: usize,
}

unsafe extern "C" {
    fn DefaultHandler();
}

unsafe extern "C" fn uart0_rx() {
    uart::uart0_rx_isr();
}

/// The 32 external interrupts (cortex-m-rt's "device" table): UART0 and
/// UART1 RX and the two timers; the rest go to the default handler.
#[unsafe(link_section = ".vector_table.interrupts")]
#[unsafe(no_mangle)]
pub static __INTERRUPTS: [Vector; 32] = {
    let mut table = [Vector {
        handler: DefaultHandler,
    }; 32];
    table[UART0_RX_IRQ as usize] = Vector { handler: uart0_rx };
    table[UART1_RX_IRQ as usize] = Vector {
        handler: crate::uart1::uart1_rx_isr,
    };
    table[TIMER0_IRQ as usize] = Vector {
        handler: crate::timers::timer0_isr,
    };
    table[TIMER1_IRQ as usize] = Vector {
        handler: crate::timers::timer1_isr,
    };
    table
};

/// The watchdog's first expiry: it was not fed within its timeout, so the
/// board resets, as `machine.WDT` promises.
///
/// # Safety
/// Only the watchdog raises the NMI on this board; the handler touches no
/// state an interrupted context could hold.
#[exception]
unsafe fn NonMaskableInt() {
    cortex_m::peripheral::SCB::sys_reset();
}

#[exception]
fn SysTick() {
    time::on_tick();
}

// ---- fatal errors ---------------------------------------------------------

/// Polled UART0 output that works in any context.
struct FatalWriter;

impl Write for FatalWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        uart::write(s.as_bytes());
        Ok(())
    }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    cortex_m::interrupt::disable();
    let location = info.location().map(|l| (l.file(), l.line(), l.column()));
    let _ = report::panic_report(&mut FatalWriter, location, info.message());
    semihosting_exit(report::EXIT_PANIC)
}

#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    cortex_m::interrupt::disable();
    // SAFETY: turning the MPU off lets us read the exception frame even when
    // it was pushed into the stack guard (then its contents are stale, and
    // the CFSR's stacking-error bit says so); then reads of the fault
    // status registers.
    let (cfsr, hfsr, mmfar, bfar) = unsafe {
        (*cortex_m::peripheral::MPU::PTR).ctrl.write(0);
        cortex_m::asm::dsb();
        cortex_m::asm::isb();
        let scb = &*cortex_m::peripheral::SCB::PTR;
        (
            scb.cfsr.read(),
            scb.hfsr.read(),
            scb.mmfar.read(),
            scb.bfar.read(),
        )
    };
    let regs = FaultRegs {
        pc: frame.pc(),
        lr: frame.lr(),
        cfsr,
        hfsr,
        mmfar,
        bfar,
        guard: STACK_GUARD_BASE as u32..(STACK_GUARD_BASE + STACK_GUARD_SIZE) as u32,
    };
    let _ = report::hardfault_report(&mut FatalWriter, &regs);
    semihosting_exit(report::EXIT_HARDFAULT)
}

/// End QEMU with `code` (semihosting SYS_EXIT_EXTENDED with
/// ADP_Stopped_ApplicationExit).
fn semihosting_exit(code: u32) -> ! {
    const SYS_EXIT_EXTENDED: u32 = 0x20;
    const ADP_STOPPED_APPLICATION_EXIT: u32 = 0x20026;
    let block = [ADP_STOPPED_APPLICATION_EXIT, code];
    // SAFETY: the semihosting call reads the two-word block; QEMU exits.
    unsafe {
        core::arch::asm!(
            "bkpt 0xab",
            inout("r0") SYS_EXIT_EXTENDED => _,
            in("r1") block.as_ptr(),
            options(nostack)
        );
    }
    loop {
        cortex_m::asm::wfi();
    }
}
