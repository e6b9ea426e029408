//! Non-local return: how an allocation that fails deep inside Rust code becomes
//! a Python MemoryError instead of a halt.
//!
//! Decision: **MicroPython's nlr, in a few lines of assembly.** Rust's
//! collections cannot report a failed allocation (they call the allocator,
//! then abort), and the VM is built from thousands of lines that push to
//! `Vec`s and `String`s. So the allocator (`rust_alloc.rs`), once collecting
//! did not help, jumps to the innermost [`catch`] point: [`call`] saved the
//! callee-saved registers and the stack pointer there, and the jump restores
//! them and makes `call` return `false`. The frames in between are abandoned:
//! their destructors do not run, and what they allocated is garbage the
//! collector reclaims (Rust allocations live in the GC heap). `Vm::protect`
//! puts catch points where the VM can resume cleanly (builtin calls, the
//! compiler, big-int arithmetic, each entry into the VM) and restores the
//! VM's own bookkeeping after a jump.
//!
//! `call` is an ordinary C function to the compiler: on both returns every
//! callee-saved register holds what it held at entry, as the ABI demands, so
//! no `returns_twice` magic is needed in Rust. Jumps are taken only in a
//! process whose allocator is the VM's ([`enable`]); elsewhere (unit tests,
//! other architectures) `catch` simply runs its closure.

use core::sync::atomic::{AtomicBool, Ordering};

/// The innermost catch point's saved stack pointer, or null.
static mut TOP: *mut u8 = core::ptr::null_mut();
static ENABLED: AtomicBool = AtomicBool::new(false);

/// Let the allocator jump (called once the process's allocator is the VM's).
pub fn enable() {
    ENABLED.store(
        cfg!(any(target_arch = "arm", target_arch = "x86_64")),
        Ordering::Relaxed,
    );
}

/// True when catch points are live.
#[inline]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// True when a jump would land somewhere.
pub fn active() -> bool {
    // SAFETY: read of a word only this thread writes.
    enabled() && !unsafe { core::ptr::addr_of!(TOP).read() }.is_null()
}

/// Run `f`; `false` if a [`jump`] ended it early.
#[inline]
pub fn catch<F: FnOnce()>(f: F) -> bool {
    if !enabled() {
        f();
        return true;
    }
    catch_always(f)
}

/// [`catch`] whether or not jumps are enabled.
fn catch_always<F: FnOnce()>(f: F) -> bool {
    let mut slot = Some(f);
    extern "C" fn trampoline<F: FnOnce()>(ctx: *mut u8) {
        // SAFETY: `ctx` is the `slot` of the `catch` frame below us.
        let slot = unsafe { &mut *(ctx as *mut Option<F>) };
        if let Some(f) = slot.take() {
            f();
        }
    }
    // SAFETY: `mp_nlr_call` calls `trampoline` with `slot` and keeps `TOP` a
    // stack of its own frames.
    unsafe {
        mp_nlr_call(
            trampoline::<F>,
            &mut slot as *mut Option<F> as *mut u8,
            core::ptr::addr_of_mut!(TOP),
        ) == 0
    }
}

/// Return to the innermost catch point. Only when [`active`].
pub fn jump() -> ! {
    // SAFETY: TOP is the frame of a live `mp_nlr_call` (callers check `active`).
    unsafe { mp_nlr_jump(core::ptr::addr_of_mut!(TOP)) }
}

#[cfg(any(target_arch = "arm", target_arch = "x86_64"))]
extern "C" {
    fn mp_nlr_call(f: extern "C" fn(*mut u8), ctx: *mut u8, top: *mut *mut u8) -> u32;
    fn mp_nlr_jump(top: *mut *mut u8) -> !;
}

#[cfg(not(any(target_arch = "arm", target_arch = "x86_64")))]
unsafe fn mp_nlr_call(f: extern "C" fn(*mut u8), ctx: *mut u8, _top: *mut *mut u8) -> u32 {
    f(ctx);
    0
}

#[cfg(not(any(target_arch = "arm", target_arch = "x86_64")))]
unsafe fn mp_nlr_jump(_top: *mut *mut u8) -> ! {
    panic!("out of memory")
}

// The frame `mp_nlr_call` leaves on the stack: the callee-saved registers and
// the return address, then a 12-byte node [top pointer, previous top, pad]
// (keeping the 8-byte alignment the AAPCS wants at the call). `*top` points
// at the node while `f` runs.
#[cfg(target_arch = "arm")]
core::arch::global_asm!(
    ".global mp_nlr_call",
    ".type mp_nlr_call, %function",
    ".thumb_func",
    "mp_nlr_call:",
    "push {{r4-r11, lr}}",
    "sub sp, sp, #12",
    "str r2, [sp]",
    "ldr r3, [r2]",
    "str r3, [sp, #4]",
    "str sp, [r2]",
    "mov r3, r0",
    "mov r0, r1",
    "blx r3",
    "ldr r2, [sp]",
    "ldr r3, [sp, #4]",
    "str r3, [r2]",
    "movs r0, #0",
    "add sp, sp, #12",
    "pop {{r4-r11, pc}}",
    ".size mp_nlr_call, . - mp_nlr_call",
    ".global mp_nlr_jump",
    ".type mp_nlr_jump, %function",
    ".thumb_func",
    "mp_nlr_jump:",
    "ldr r1, [r0]",
    "mov sp, r1",
    "ldr r3, [sp, #4]",
    "str r3, [r0]",
    "movs r0, #1",
    "add sp, sp, #12",
    "pop {{r4-r11, pc}}",
    ".size mp_nlr_jump, . - mp_nlr_jump",
);

// The same frame for the System V ABI: rbp, rbx, r12-r15, then a 24-byte node
// [top pointer, previous top, pad] that leaves rsp 16-aligned at the call.
#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".global mp_nlr_call",
    "mp_nlr_call:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 24",
    "mov [rsp], rdx",
    "mov rax, [rdx]",
    "mov [rsp + 8], rax",
    "mov [rdx], rsp",
    "mov rax, rdi",
    "mov rdi, rsi",
    "call rax",
    "mov rdx, [rsp]",
    "mov rax, [rsp + 8]",
    "mov [rdx], rax",
    "xor eax, eax",
    "add rsp, 24",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".global mp_nlr_jump",
    "mp_nlr_jump:",
    "mov rsp, [rdi]",
    "mov rax, [rsp + 8]",
    "mov [rdi], rax",
    "mov eax, 1",
    "add rsp, 24",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
);

#[cfg(test)]
mod tests {
    use super::*;

    /// A jump from deep inside nested calls lands at the innermost catch, and
    /// the outer one still works afterwards.
    #[test]
    #[cfg(any(target_arch = "arm", target_arch = "x86_64"))]
    fn jumps_land_at_the_innermost_catch() {
        #[inline(never)]
        fn deep(n: u32) -> u32 {
            if n == 0 {
                jump();
            }
            core::hint::black_box(deep(n - 1)) + 1
        }
        let mut inner_done = false;
        let mut after = 0;
        let outer = catch_always(|| {
            let inner = catch_always(|| {
                deep(20);
                inner_done = true;
            });
            assert!(!inner);
            after = core::hint::black_box(41) + 1;
        });
        assert!(outer);
        assert!(!inner_done);
        assert_eq!(after, 42);
        assert!(unsafe { core::ptr::addr_of!(TOP).read() }.is_null());
    }
}
