//! The garbage-collected heap: a fixed region given by the board.
//!
//! Decision: **conservative mark-sweep**, MicroPython's way. Any word on the
//! machine stack, in the callee-saved registers, in the VM's root set or
//! inside a live heap block that points into an allocated block keeps that
//! block alive (interior pointers included). Why: a collection may then run
//! at *any* allocation, deep inside a builtin, with values held only in Rust
//! locals, and no rooting discipline is needed in the thousands of lines of
//! object code. The price is rare false retention, never a freed live object.
//!
//! Layout of the region: a metadata nibble per 16-byte block (two to a byte, as
//! MicroPython packs its allocation table), then the blocks.
//! A nibble: kind in bits 0..1 (free, head, tail, marked head), bit 2 = the
//! block holds no pointers (str and float payloads: not scanned).
//! Allocations are zeroed, so stale words never look like pointers.

use core::ptr;

pub const BLOCK: usize = 16;

const FREE: u8 = 0;
const HEAD: u8 = 1;
const TAIL: u8 = 2;
const MARK: u8 = 3;
const KIND: u8 = 3;
const NO_SCAN: u8 = 4;

const MARK_STACK: usize = 128;

pub struct HeapState {
    meta: *mut u8,
    base: usize,
    nblocks: usize,
    /// Where the next allocation search starts (next-fit).
    cursor: usize,
    used_blocks: usize,
    /// Blocks allocated since the last collection (for the threshold).
    since_collect: usize,
    pub threshold_blocks: usize,
    pub enabled: bool,
    /// Set while an interrupt handler runs: allocation must fail.
    pub locked: u32,
    pub collections: usize,
}

/// A handle on the heap. The bookkeeping (`HeapState`) lives at the start of
/// the heap's own region, not inside the `Vm`: the Rust allocator
/// (`rust_alloc.rs`) updates it while callers up the stack hold `&mut Vm`, so
/// it must be memory those borrows do not cover.
pub struct Heap {
    state: *mut HeapState,
}

impl core::ops::Deref for Heap {
    type Target = HeapState;
    fn deref(&self) -> &HeapState {
        // SAFETY: `state` points into the region `Heap::new` was given, which
        // outlives the handle.
        unsafe { &*self.state }
    }
}

impl core::ops::DerefMut for Heap {
    fn deref_mut(&mut self) -> &mut HeapState {
        // SAFETY: as in `deref`; one handle per region.
        unsafe { &mut *self.state }
    }
}

impl Heap {
    /// # Safety
    /// The region must be valid, writable and used by nothing else.
    pub unsafe fn new(start: *mut u8, size: usize) -> Heap {
        let aligned = (start as usize + BLOCK - 1) & !(BLOCK - 1);
        let header = core::mem::size_of::<HeapState>().div_ceil(BLOCK) * BLOCK;
        let size = size.saturating_sub(aligned - start as usize + header);
        let state = aligned as *mut HeapState;
        let region = aligned + header;
        // n meta nibbles + n blocks, with the blocks aligned.
        let nblocks = size.saturating_sub(BLOCK) * 2 / (2 * BLOCK + 1);
        let meta = region as *mut u8;
        let base = (region + nblocks.div_ceil(2) + BLOCK - 1) & !(BLOCK - 1);
        ptr::write_bytes(meta, 0, nblocks.div_ceil(2));
        state.write(HeapState {
            meta,
            base,
            nblocks,
            cursor: 0,
            used_blocks: 0,
            since_collect: 0,
            threshold_blocks: usize::MAX,
            enabled: true,
            locked: 0,
            collections: 0,
        });
        Heap { state }
    }
}

impl HeapState {
    pub fn total_bytes(&self) -> usize {
        self.nblocks * BLOCK
    }

    pub fn used_bytes(&self) -> usize {
        self.used_blocks * BLOCK
    }

    pub fn free_bytes(&self) -> usize {
        (self.nblocks - self.used_blocks) * BLOCK
    }

    /// What `micropython.mem_info()` reports of the blocks: allocations of one
    /// block, of two, the largest allocation and the largest free run (blocks).
    pub fn stats(&self) -> (usize, usize, usize, usize) {
        let (mut one, mut two, mut max_blk, mut max_free) = (0, 0, 0, 0);
        let mut b = 0;
        while b < self.nblocks {
            if self.kind(b) == FREE {
                let start = b;
                while b < self.nblocks && self.kind(b) == FREE {
                    b += 1;
                }
                max_free = max_free.max(b - start);
                continue;
            }
            let n = self.blocks_from(b);
            match n {
                1 => one += 1,
                2 => two += 1,
                _ => {}
            }
            max_blk = max_blk.max(n);
            b += n;
        }
        (one, two, max_blk, max_free)
    }

    /// Block `b` as `mem_info(1)` draws it: `h` head, `=` tail, `.` free.
    pub fn block_char(&self, b: usize) -> u8 {
        match self.kind(b) {
            FREE => b'.',
            TAIL => b'=',
            _ => b'h',
        }
    }

    /// Number of blocks, and the address of the first.
    pub fn blocks(&self) -> (usize, usize) {
        (self.nblocks, self.base)
    }

    /// True when the next allocation should collect first (gc.threshold).
    pub fn wants_collect(&self) -> bool {
        self.enabled && self.since_collect >= self.threshold_blocks
    }

    /// Block `b`'s metadata nibble (two blocks share a byte).
    #[inline(always)]
    fn meta(&self, b: usize) -> u8 {
        // SAFETY: b < nblocks, and the table has nblocks nibbles.
        unsafe { (*self.meta.add(b / 2) >> ((b & 1) * 4)) & 0xf }
    }

    #[inline(always)]
    fn kind(&self, b: usize) -> u8 {
        self.meta(b) & KIND
    }

    #[inline(always)]
    fn set(&mut self, b: usize, v: u8) {
        let shift = (b & 1) * 4;
        // SAFETY: as in `meta`.
        unsafe {
            let p = self.meta.add(b / 2);
            *p = (*p & !(0xf << shift)) | ((v & 0xf) << shift);
        }
    }

    /// Allocate `bytes` zeroed bytes, or None when no run of free blocks is
    /// long enough (the caller collects and retries, then raises MemoryError).
    ///
    /// Next-fit: the search starts where the last allocation ended and
    /// wraps around once, so a small hole left by an explicit `free` does
    /// not make every later allocation rescan the whole used heap.
    pub fn alloc(&mut self, bytes: usize, no_scan: bool) -> Option<*mut u8> {
        if self.locked > 0 {
            return None;
        }
        let n = bytes.max(1).div_ceil(BLOCK);
        let start = match self.find_run(self.cursor, self.nblocks, n) {
            Some(b) => b,
            None => self.find_run(0, self.cursor.min(self.nblocks), n)?,
        };
        let flags = if no_scan { NO_SCAN } else { 0 };
        self.set(start, HEAD | flags);
        for t in start + 1..start + n {
            self.set(t, TAIL);
        }
        self.cursor = start + n;
        self.used_blocks += n;
        self.since_collect += n;
        let p = (self.base + start * BLOCK) as *mut u8;
        unsafe { ptr::write_bytes(p, 0, n * BLOCK) };
        Some(p)
    }

    /// First run of `n` free blocks starting in `[from, to)` (it may extend
    /// past `to` up to the end of the heap).
    fn find_run(&self, from: usize, to: usize, n: usize) -> Option<usize> {
        let mut b = from;
        while b < to {
            if self.kind(b) != FREE {
                b += 1;
                continue;
            }
            let start = b;
            let mut run = 0;
            while b < self.nblocks && run < n && self.kind(b) == FREE {
                run += 1;
                b += 1;
            }
            if run == n {
                return Some(start);
            }
        }
        None
    }

    /// Number of bytes in the allocation that starts at `p`.
    pub fn size_of(&self, p: *const u8) -> usize {
        match self.block_of(p as usize) {
            Some(b) => self.blocks_from(b) * BLOCK,
            None => 0,
        }
    }

    fn blocks_from(&self, head: usize) -> usize {
        let mut n = 1;
        while head + n < self.nblocks && self.kind(head + n) == TAIL {
            n += 1;
        }
        n
    }

    /// Free an allocation at once (used when a buffer is replaced by a
    /// bigger one, so growth does not wait for a collection).
    pub fn free(&mut self, p: *mut u8) {
        if let Some(b) = self.block_of(p as usize) {
            if self.base + b * BLOCK != p as usize || self.locked > 0 {
                return;
            }
            let n = self.blocks_from(b);
            for i in b..b + n {
                self.set(i, FREE);
            }
            self.used_blocks -= n;
        }
    }

    /// Try to grow the allocation at `p` in place to `bytes`.
    pub fn grow_in_place(&mut self, p: *mut u8, bytes: usize) -> bool {
        let Some(b) = self.block_of(p as usize) else {
            return false;
        };
        let have = self.blocks_from(b);
        let need = bytes.div_ceil(BLOCK);
        if need <= have {
            return true;
        }
        if b + need > self.nblocks || (b + have..b + need).any(|i| self.kind(i) != FREE) {
            return false;
        }
        for i in b + have..b + need {
            self.set(i, TAIL);
        }
        unsafe {
            ptr::write_bytes(
                (self.base + (b + have) * BLOCK) as *mut u8,
                0,
                (need - have) * BLOCK,
            )
        };
        self.used_blocks += need - have;
        self.since_collect += need - have;
        true
    }

    /// The head block of an allocated block containing address `addr`.
    #[inline]
    fn block_of(&self, addr: usize) -> Option<usize> {
        if addr < self.base || addr >= self.base + self.nblocks * BLOCK {
            return None;
        }
        let mut b = (addr - self.base) / BLOCK;
        loop {
            match self.kind(b) {
                FREE => return None,
                TAIL => b -= 1,
                _ => return Some(b),
            }
        }
    }

    pub fn contains(&self, addr: usize) -> bool {
        addr >= self.base && addr < self.base + self.nblocks * BLOCK
    }

    /// Start a collection: every block unmarked.
    pub fn begin_collect(&mut self) -> Marker {
        Marker {
            stack: [0; MARK_STACK],
            depth: 0,
            overflow: false,
        }
    }

    /// Mark every heap pointer found in `words` (and what they reach).
    pub(crate) fn mark_words(&mut self, m: &mut Marker, words: *const usize, count: usize) {
        for i in 0..count {
            let w = unsafe { ptr::read_volatile(words.add(i)) };
            self.mark_word(m, w);
        }
        self.drain(m);
    }

    #[inline]
    fn mark_word(&mut self, m: &mut Marker, w: usize) {
        // Every word that points into a block keeps it, whatever its low bits:
        // Rust code may hold only an unaligned pointer into a byte buffer.
        if let Some(b) = self.block_of(w) {
            let meta = self.meta(b);
            if meta & KIND == HEAD {
                self.set(b, (meta & !KIND) | MARK);
                if meta & NO_SCAN == 0 {
                    if m.depth < MARK_STACK {
                        m.stack[m.depth] = b;
                        m.depth += 1;
                    } else {
                        m.overflow = true;
                    }
                }
            }
        }
    }

    fn scan_block(&mut self, m: &mut Marker, b: usize) {
        let n = self.blocks_from(b);
        let words = (self.base + b * BLOCK) as *const usize;
        let count = n * BLOCK / core::mem::size_of::<usize>();
        for i in 0..count {
            let w = unsafe { *words.add(i) };
            self.mark_word(m, w);
        }
    }

    fn drain(&mut self, m: &mut Marker) {
        loop {
            while m.depth > 0 {
                m.depth -= 1;
                let b = m.stack[m.depth];
                self.scan_block(m, b);
            }
            if !m.overflow {
                return;
            }
            // The mark stack overflowed: rescan every marked block until
            // nothing new is found (rare; bounded by heap size).
            m.overflow = false;
            let mut b = 0;
            while b < self.nblocks {
                let meta = self.meta(b);
                if meta & KIND == MARK && meta & NO_SCAN == 0 {
                    self.scan_block(m, b);
                    while m.depth > 0 {
                        m.depth -= 1;
                        let c = m.stack[m.depth];
                        self.scan_block(m, c);
                    }
                }
                b += 1;
            }
        }
    }

    /// Free every unmarked allocation; unmark the survivors.
    pub fn sweep(&mut self) {
        let mut freeing = false;
        let mut used = 0;
        self.cursor = 0;
        // A table byte at a time (two blocks): most bytes of a collected heap
        // are two free blocks, skipped with one test.
        for i in 0..self.nblocks.div_ceil(2) {
            // SAFETY: i < the table's length in bytes.
            let p = unsafe { self.meta.add(i) };
            let byte = unsafe { *p };
            if byte == 0 {
                freeing = false;
                continue;
            }
            let mut out = 0u8;
            for half in 0..2 {
                if 2 * i + half >= self.nblocks {
                    break;
                }
                let m = (byte >> (half * 4)) & 0xf;
                let new = match m & KIND {
                    HEAD => {
                        freeing = true;
                        FREE
                    }
                    MARK => {
                        freeing = false;
                        used += 1;
                        (m & !KIND) | HEAD
                    }
                    TAIL if freeing => FREE,
                    TAIL => {
                        used += 1;
                        m
                    }
                    _ => {
                        freeing = false;
                        m
                    }
                };
                out |= new << (half * 4);
            }
            // SAFETY: as above.
            unsafe { *p = out };
        }
        self.used_blocks = used;
        self.since_collect = 0;
        self.collections += 1;
    }
}

pub struct Marker {
    stack: [usize; MARK_STACK],
    depth: usize,
    overflow: bool,
}

/// The callee-saved registers, spilled so their words can be scanned.
#[inline(never)]
pub fn spill_registers() -> [usize; 10] {
    let mut regs = [0usize; 10];
    #[cfg(target_arch = "x86_64")]
    unsafe {
        core::arch::asm!(
            "mov [{r}], rbx", "mov [{r} + 8], rbp", "mov [{r} + 16], r12",
            "mov [{r} + 24], r13", "mov [{r} + 32], r14", "mov [{r} + 40], r15",
            r = in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
    #[cfg(target_arch = "arm")]
    unsafe {
        core::arch::asm!(
            "str r4, [{r}]", "str r5, [{r}, #4]", "str r6, [{r}, #8]", "str r8, [{r}, #16]",
            "str r9, [{r}, #20]", "str r10, [{r}, #24]", "str r11, [{r}, #28]",
            r = in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
        // r7 is the frame pointer in Thumb and cannot be named as an operand.
        let r7: usize;
        core::arch::asm!("mov {}, r7", out(reg) r7, options(nomem, nostack, preserves_flags));
        regs[3] = r7;
    }
    #[cfg(target_arch = "aarch64")]
    unsafe {
        core::arch::asm!(
            "stp x19, x20, [{r}]", "stp x21, x22, [{r}, #16]", "stp x23, x24, [{r}, #32]",
            "stp x25, x26, [{r}, #48]", "stp x27, x28, [{r}, #64]",
            r = in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags)
        );
    }
    regs
}

/// The current stack pointer (approximately: the address of a local).
#[inline(always)]
pub fn stack_pointer() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec;

    fn heap(bytes: usize) -> (std::vec::Vec<u64>, Heap) {
        let mut mem = vec![0u64; bytes / 8];
        let h = unsafe { Heap::new(mem.as_mut_ptr() as *mut u8, bytes) };
        (mem, h)
    }

    #[test]
    fn alloc_free_and_exhaustion() {
        let (_m, mut h) = heap(4096);
        let total = h.total_bytes();
        assert!(total > 3000);
        let a = h.alloc(40, false).unwrap();
        assert_eq!(h.size_of(a), 48);
        assert_eq!(h.used_bytes(), 48);
        let mut n = 0;
        while h.alloc(16, false).is_some() {
            n += 1;
        }
        assert_eq!((n + 3) * BLOCK, total);
        h.free(a);
        assert!(h.alloc(48, false).is_some());
    }

    #[test]
    fn sweep_keeps_what_is_reachable_only() {
        let (_m, mut h) = heap(4096);
        let a = h.alloc(32, false).unwrap() as *mut usize;
        let b = h.alloc(32, false).unwrap() as *mut usize;
        let c = h.alloc(32, false).unwrap() as *mut usize;
        let d = h.alloc(64, true).unwrap() as *mut usize;
        unsafe {
            *a.add(1) = b as usize; // a -> b
            *b = a as usize; // cycle a <-> b
            *d = c as usize; // d is no-scan: its words are not pointers
        }
        // Root: an interior pointer into the tail of d, and a.
        let roots = [unsafe { d.add(5) } as usize, a as usize + 8];
        let mut m = h.begin_collect();
        h.mark_words(&mut m, roots.as_ptr(), roots.len());
        h.sweep();
        assert_eq!(h.used_bytes(), 32 + 32 + 64);
        // Unreachable cycle is freed.
        let mut m = h.begin_collect();
        h.mark_words(&mut m, [].as_ptr(), 0);
        h.sweep();
        assert_eq!(h.used_bytes(), 0);
    }

    #[test]
    fn deep_chain_survives_mark_stack_overflow() {
        let (_m, mut h) = heap(64 * 1024);
        let mut prev = 0usize;
        let mut first = 0usize;
        for i in 0..1000 {
            let p = h.alloc(16, false).unwrap() as *mut usize;
            if i == 0 {
                first = p as usize;
            } else {
                unsafe { *(prev as *mut usize) = p as usize };
            }
            prev = p as usize;
        }
        // A wide node pointing at many chains forces overflow too.
        let roots = [first];
        let mut m = h.begin_collect();
        h.mark_words(&mut m, roots.as_ptr(), 1);
        h.sweep();
        assert_eq!(h.used_bytes(), 1000 * 16);
    }
}
