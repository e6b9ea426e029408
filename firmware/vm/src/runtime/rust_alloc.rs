//! The allocator Rust code sees: the GC heap.
//!
//! Decision: **one heap.** A board (or the host port) installs
//! [`VmAllocator`] as its `#[global_allocator]`. Once a `Vm` is attached
//! ([`attach`]), every `Vec`, `String` and `Box` the interpreter makes (the
//! compiler's trees, big-int digits, formatting and string-method buffers, the
//! qstr pool, regex programs, the REPL's line buffers on a board) is a block of
//! the same GC heap Python objects live in, so `gc.mem_alloc() + gc.mem_free()`
//! is all the RAM the VM uses beyond its stack and static buffers, and a board
//! profile's heap is the whole budget. Such blocks are scanned conservatively
//! like any other (byte buffers, alignment 1, are not) and are freed either by
//! Rust's `dealloc` or, when abandoned by a [`nlr`](super::nlr) jump, by the
//! collector once nothing points at them.
//!
//! A failed allocation first collects, then tries again, then jumps to the
//! innermost catch point (`Vm::protect`), which raises MemoryError: no
//! allocation failure is fatal. Only allocations made before a Vm is attached
//! (a board's boot, or the host's own std) use the fallback allocator.
//!
//! Where the allocator serves: [`Route::Always`] (a board: the REPL's buffers
//! too) or [`Route::InVm`] (the host port: only while the VM runs, so the
//! host's std keeps its own buffers in the system heap).

use crate::runtime::nlr;
use crate::vm::Vm;
use core::alloc::{GlobalAlloc, Layout};
use core::sync::atomic::{AtomicPtr, AtomicU8, Ordering};

/// Which allocations go to the attached VM's heap.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Route {
    /// Every allocation once a VM is attached (a board).
    Always = 1,
    /// Only allocations made while the VM runs (the host port).
    InVm = 2,
}

static VM: AtomicPtr<Vm> = AtomicPtr::new(core::ptr::null_mut());
/// On a host with threads: true on the thread the VM runs on (others keep
/// the fallback allocator). None: one thread (a board).
static ON_VM_THREAD: AtomicPtr<()> = AtomicPtr::new(core::ptr::null_mut());
static ROUTE: AtomicU8 = AtomicU8::new(0);

/// Route allocations to `vm`'s heap from now on. `vm` must not move or be
/// dropped afterwards (a board's Vm lives for ever; the host's until exit).
/// `stack_top` is the top of the machine stack the VM and its callers run on:
/// the collector scans all of it. The process then owns one VM: its soft
/// reset also clears the qstr pool.
pub fn attach(vm: &mut Vm, route: Route, stack_top: usize) {
    vm.owns_process = true;
    vm.scan_top = stack_top;
    VM.store(vm as *mut Vm, Ordering::Release);
    ROUTE.store(route as u8, Ordering::Release);
    nlr::enable();
}

/// Tell the allocator which thread is the VM's (`on_vm_thread()` is true only
/// there), for a host port whose other threads must keep their own heap.
pub fn set_thread_check(on_vm_thread: fn() -> bool) {
    ON_VM_THREAD.store(on_vm_thread as *mut (), Ordering::Release);
}

/// The attached VM, if this allocation should be served from its heap.
fn serving() -> Option<&'static mut Vm> {
    let p = VM.load(Ordering::Acquire);
    if p.is_null() {
        return None;
    }
    let check = ON_VM_THREAD.load(Ordering::Acquire);
    if !check.is_null() {
        // SAFETY: only `set_thread_check` stores here, from a `fn() -> bool`.
        let check: fn() -> bool = unsafe { core::mem::transmute(check) };
        if !check() {
            return None;
        }
    }
    // SAFETY: `attach` promised the Vm stays put; the VM runs on one thread.
    let vm = unsafe { &mut *p };
    match ROUTE.load(Ordering::Relaxed) {
        r if r == Route::Always as u8 => Some(vm),
        _ if vm.entry_depth > 0 => Some(vm),
        _ => None,
    }
}

/// The attached VM if `p` is a block of its heap.
fn owner_of(p: *mut u8) -> Option<&'static mut Vm> {
    let v = VM.load(Ordering::Acquire);
    if v.is_null() {
        return None;
    }
    // SAFETY: as in `serving`.
    let vm = unsafe { &mut *v };
    vm.heap.contains(p as usize).then_some(vm)
}

/// A GC block for `layout`: collect and retry before failing; on failure jump
/// to the innermost catch point, or return null where there is none.
fn gc_alloc(vm: &mut Vm, layout: Layout) -> *mut u8 {
    if layout.align() > crate::runtime::gc::BLOCK {
        return core::ptr::null_mut();
    }
    // Byte buffers hold no pointers: the collector need not scan them.
    let no_scan = layout.align() == 1;
    // The collector allocates nothing, so it cannot come back here.
    if vm.heap.wants_collect() {
        vm.collect();
    }
    let mut p = vm.heap.alloc(layout.size(), no_scan);
    if p.is_none() && vm.heap.locked == 0 {
        vm.collect();
        p = vm.heap.alloc(layout.size(), no_scan);
    }
    match p {
        Some(p) => p,
        None if nlr::active() => nlr::jump(),
        None => core::ptr::null_mut(),
    }
}

/// The global allocator of a board or the host port (see the module doc).
pub struct VmAllocator<F> {
    fallback: F,
}

impl<F> VmAllocator<F> {
    pub const fn new(fallback: F) -> Self {
        VmAllocator { fallback }
    }

    /// The allocator used before a VM is attached.
    pub fn fallback(&self) -> &F {
        &self.fallback
    }
}

unsafe impl<F: GlobalAlloc> GlobalAlloc for VmAllocator<F> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match serving() {
            Some(vm) => gc_alloc(vm, layout),
            None => self.fallback.alloc(layout),
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match serving() {
            // GC blocks come zeroed.
            Some(vm) => gc_alloc(vm, layout),
            None => self.fallback.alloc_zeroed(layout),
        }
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        match owner_of(p) {
            Some(vm) => vm.heap.free(p),
            None => self.fallback.dealloc(p, layout),
        }
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Some(owner) = owner_of(p) else {
            return self.fallback.realloc(p, layout, new_size);
        };
        if new_size <= layout.size() || owner.heap.grow_in_place(p, new_size) {
            return p;
        }
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        // A GC block grown outside the VM's reach moves to the fallback heap.
        let q = match serving() {
            Some(vm) => gc_alloc(vm, new_layout),
            None => self.fallback.alloc(new_layout),
        };
        if !q.is_null() {
            core::ptr::copy_nonoverlapping(p, q, layout.size());
            owner.heap.free(p);
        }
        q
    }
}
