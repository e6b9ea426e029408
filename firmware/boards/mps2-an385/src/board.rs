//! Facts about the board in one place (docs/hardware.md), so another board
//! means another file like this one.

/// Name and CPU in the banner.
pub const MACHINE: &str = "mps2-an385 with Cortex-M3";

/// CPU, UART and timer clock (SYSCLK = PCLK) in QEMU.
pub const SYSCLK_HZ: u32 = 25_000_000;

/// UART0: the console. RX interrupt is IRQ 0.
pub const UART0_BASE: usize = 0x4000_4000;
/// NVIC number of UART0's RX interrupt.
pub const UART0_RX_IRQ: u32 = 0;
/// Serial speed (QEMU ignores it, real hardware does not).
pub const CONSOLE_BAUD: u32 = 115_200;

/// UART1: `machine.UART(1)` (QEMU's second `-serial`). RX interrupt IRQ 2.
pub const UART1_BASE: usize = 0x4000_5000;
/// NVIC number of UART1's RX interrupt.
pub const UART1_RX_IRQ: u32 = 2;
/// Receive ring of UART1.
pub const UART1_RING_SIZE: usize = 1024;

/// CMSDK watchdog; its first expiry raises the NMI.
pub const WATCHDOG_BASE: usize = 0x4000_8000;

/// Top of RAM: the initial stack pointer (cortex-m-rt's default). Boot
/// code, then interrupt and fault handlers, run on this main stack (MSP).
pub const STACK_TOP: usize = 0x2040_0000;
/// Main stack for handlers, at the top of RAM.
pub const HANDLER_STACK_SIZE: usize = 8 * 1024;
/// Thread stack (PSP) of the REPL and interpreter, right below it. Kept
/// apart from the handlers' stack so a thread-stack overflow can still be
/// reported: the exception frame then goes to the main stack.
pub const THREAD_STACK_TOP: usize = STACK_TOP - HANDLER_STACK_SIZE;
/// Size of the thread stack.
pub const STACK_SIZE: usize = 256 * 1024;
/// Most stack a profile may give the interpreter (before RuntimeError); the
/// rest of the thread stack is headroom for the frames above `exec`, for Rust
/// code between the VM's stack checks, and for interrupts.
pub const VM_STACK_MAX: usize = 224 * 1024;
/// No-access MPU region right below the thread stack: an overflow faults
/// (HardFault report) instead of silently overwriting RAM, which QEMU would
/// never flag (docs/hardware.md section 2).
pub const STACK_GUARD_SIZE: usize = 4 * 1024;
/// Base of the guard region (aligned to its size, as the MPU requires).
pub const STACK_GUARD_BASE: usize = THREAD_STACK_TOP - STACK_SIZE - STACK_GUARD_SIZE;

/// PSRAM (16 MiB): the boot configuration words, then the GC heap.
pub const PSRAM_BASE: usize = 0x2100_0000;
/// Size of PSRAM.
pub const PSRAM_SIZE: usize = 16 * 1024 * 1024;
/// Where the runner writes the memory profile before reset (QEMU's
/// `-device loader,addr=..,data=..,data-len=4`): the GC heap's size in bytes,
/// then the VM's stack limit in bytes. Zero (QEMU's PSRAM starts zeroed) or an
/// implausible value means the default profile.
pub const BOOT_HEAP_WORD: usize = PSRAM_BASE;
pub const BOOT_STACK_WORD: usize = PSRAM_BASE + 4;
/// The GC heap, sized by the profile. Every Rust allocation of the running
/// VM lives in it too (`mp_vm::runtime::rust_alloc`).
pub const GC_HEAP_START: usize = PSRAM_BASE + 64;
/// The largest heap a profile may ask for.
pub const GC_HEAP_MAX: usize = PSRAM_SIZE - 64;
/// The default profile, `an385`: the reference C MicroPython's budget on this
/// board (`../shared/reference/README.md`: 143,360-byte GC heap, 10,240-byte
/// stack limit). The harness's profile table names the same figures.
pub const DEFAULT_HEAP: usize = 143_360;
pub const DEFAULT_VM_STACK: usize = 10_240;
/// How much more machine stack a Python call takes here than in the C VM the
/// profiles' stack figures come from: a level of `def f(): f()` costs about 290
/// bytes of ours (measured: depth 50 with 14,438 bytes) against the
/// reference's 197 (depth 52 at 10,240). The VM's limit is the profile's
/// figure scaled by it, so recursion fails near the depth the board's own
/// MicroPython reaches. It goes when Python calls stop recursing on the
/// machine stack.
pub const STACK_SCALE_PERCENT: usize = 150;
/// The allocator for what Rust allocates before the VM exists (its console
/// port, the first qstr chunk): a fixed buffer in `.bss`.
pub const BOOT_HEAP_SIZE: usize = 8 * 1024;

/// Receive ring of the console; holds several 256-byte chunks of a raw
/// REPL upload while code runs or the REPL is busy.
pub const RX_RING_SIZE: usize = 4096;

const _: () = assert!(GC_HEAP_START + GC_HEAP_MAX <= PSRAM_BASE + PSRAM_SIZE);
const _: () = assert!(VM_STACK_MAX < STACK_SIZE);
const _: () = assert!(STACK_GUARD_BASE > 0x2000_0000);
const _: () = assert!(STACK_GUARD_BASE.is_multiple_of(STACK_GUARD_SIZE));
const _: () = assert!(STACK_GUARD_SIZE.is_power_of_two() && STACK_GUARD_SIZE >= 32);
const _: () = assert!(RX_RING_SIZE.is_power_of_two() && RX_RING_SIZE >= 1024);

/// CMSDK APB timer 0 (`machine.Timer(0)`) and its NVIC line.
pub const TIMER0_BASE: usize = 0x4000_0000;
pub const TIMER0_IRQ: u32 = 8;
/// CMSDK APB timer 1 (`machine.Timer(1)`) and its NVIC line.
pub const TIMER1_BASE: usize = 0x4000_1000;
pub const TIMER1_IRQ: u32 = 9;

/// FPGA IO block: LED0 register (bits 1:0 = the two user LEDs, read/write)
/// and BUTTON register (bits 1:0, always 0 in QEMU).
pub const FPGAIO_BASE: usize = 0x4002_8000;
/// Offset of LED0 in the FPGAIO block.
pub const FPGAIO_LED: usize = 0x00;
/// Offset of BUTTON in the FPGAIO block.
pub const FPGAIO_BUTTON: usize = 0x08;
/// SBCon bit-banged I2C, shield 1: where `-device tmp105,address=..` lands
/// (docs/hardware.md section 7). `machine.I2C(0)`.
pub const I2C_BASE: usize = 0x4002_A000;
/// PL022 "APB SPI", used in loopback (no device can be attached). `machine.SPI(0)`.
pub const SPI_BASE: usize = 0x4002_0000;
/// Serial configuration controller: AID at 0xFF8 and ID at 0xFFC make
/// `machine.unique_id()`.
pub const SCC_BASE: usize = 0x4002_F000;

/// Address ranges `machine.mem8/16/32` may touch: RAM everywhere, and
/// peripherals (32-bit accesses only, as their registers are). Unmapped
/// addresses would bus-fault, the MPU stack guard would fault, and some
/// device models refuse narrow accesses, so all of those are refused.
pub fn mem_allowed(addr: u32, width: u32) -> bool {
    const RAM: &[(u32, u32)] = &[
        (0x0000_0000, 0x0080_0000), // SSRAM1 and its alias
        (0x0100_0000, 0x0101_0000), // FPGA block RAM (mirrored)
        (0x2000_0000, 0x2080_0000), // SSRAM2&3 and its alias
        (0x2100_0000, 0x2200_0000), // PSRAM
    ];
    const DEVICES: &[(u32, u32)] = &[
        (0x4000_0000, 0x4003_0000), // APB/AHB peripherals
        (0x4020_0000, 0x4020_0100), // LAN9118
        (0xE000_E000, 0xE000_F000), // SysTick, NVIC, SCB
    ];
    let end = match addr.checked_add(width) {
        Some(e) => e,
        None => return false,
    };
    let inside = |r: &[(u32, u32)]| r.iter().any(|&(lo, hi)| addr >= lo && end <= hi);
    let guard = STACK_GUARD_BASE as u32..(STACK_GUARD_BASE + STACK_GUARD_SIZE) as u32;
    let in_guard = addr < guard.end && end > guard.start;
    (inside(RAM) && !in_guard) || (inside(DEVICES) && width == 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mem_ranges() {
        assert!(mem_allowed(0x2000_0000, 4));
        assert!(mem_allowed(0x21FF_FFFC, 4));
        assert!(!mem_allowed(0x21FF_FFFE, 4));
        assert!(mem_allowed(0x4002_8000, 4));
        assert!(!mem_allowed(0x4002_8000, 1));
        assert!(!mem_allowed(0x5000_0000, 4));
        assert!(!mem_allowed(0xFFFF_FFFC, 8));
        assert!(!mem_allowed(STACK_GUARD_BASE as u32, 4));
        assert!(!mem_allowed(
            (STACK_GUARD_BASE + STACK_GUARD_SIZE - 1) as u32,
            1
        ));
        assert!(mem_allowed((STACK_GUARD_BASE + STACK_GUARD_SIZE) as u32, 4));
        assert!(mem_allowed(0xE000_ED00, 4));
    }
}
