//! Interned strings ("qstrs"): every identifier, attribute name and short
//! literal is stored once and compared by id.
//!
//! Names known at build time come from `qstrs.txt` (a static, sorted table in
//! flash: see build.rs). Names met at run time go to one process-wide,
//! append-only pool; ids never change and strings are never freed, so a
//! `&'static str` can be handed out. The pool is shared by every `Vm` of the
//! process (host tests run several at once), hence the spin lock.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, Ordering};

include!(concat!(env!("OUT_DIR"), "/qstr_table.rs"));

/// An interned string id.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Qstr(pub u32);

/// FNV-1a, the hash of every str (interned or not), so a qstr and a heap str
/// with the same text hash alike. Must match build.rs.
pub fn hash_bytes(data: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in data {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Runtime names: entries in fixed chunks that never move, so readers
/// (`as_str`, `hash`: on every dict lookup) need no lock; only interning
/// (lookup-or-insert) takes it.
const CHUNK: usize = 256;
const MAX_CHUNKS: usize = 4096;

type Entry = (&'static str, u32);

struct Pool {
    /// Open-addressing table of pool indices + 1 (0 = empty).
    table: Vec<u32>,
}

static LOCK: AtomicBool = AtomicBool::new(false);
static mut POOL: Pool = Pool { table: Vec::new() };
static COUNT: AtomicU32 = AtomicU32::new(0);
static CHUNKS: [AtomicPtr<Entry>; MAX_CHUNKS] =
    [const { AtomicPtr::new(core::ptr::null_mut()) }; MAX_CHUNKS];

fn with_pool<R>(f: impl FnOnce(&mut Pool) -> R) -> R {
    while LOCK
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        core::hint::spin_loop();
    }
    // SAFETY: the lock above gives exclusive access.
    let r = f(unsafe { &mut *core::ptr::addr_of_mut!(POOL) });
    LOCK.store(false, Ordering::Release);
    r
}

/// Entry `i` of the runtime pool (must be below COUNT).
fn pool_entry(i: usize) -> Entry {
    let chunk = CHUNKS[i / CHUNK].load(Ordering::Acquire);
    unsafe { *chunk.add(i % CHUNK) }
}

/// Append an entry (lock held); returns its index.
fn pool_push(e: Entry) -> Option<usize> {
    let i = COUNT.load(Ordering::Relaxed) as usize;
    if i / CHUNK >= MAX_CHUNKS {
        return None;
    }
    let slot = &CHUNKS[i / CHUNK];
    let mut chunk = slot.load(Ordering::Relaxed);
    if chunk.is_null() {
        let b: Box<[Entry; CHUNK]> = Box::new([("", 0); CHUNK]);
        chunk = Box::leak(b).as_mut_ptr();
        slot.store(chunk, Ordering::Release);
    }
    unsafe { *chunk.add(i % CHUNK) = e };
    COUNT.store(i as u32 + 1, Ordering::Release);
    Some(i)
}

/// Hand the pool's heap words to the collector (`mark(words, count)`): the
/// chunk pointers and the table's buffer. The chunks' entries then lead it to
/// the names, since chunks are ordinary scanned blocks.
pub fn mark_pool(mut mark: impl FnMut(*const usize, usize)) {
    let used = (COUNT.load(Ordering::Acquire) as usize).div_ceil(CHUNK);
    mark(CHUNKS.as_ptr() as *const usize, used.min(MAX_CHUNKS));
    let table = core::ptr::addr_of!(POOL) as *const usize;
    mark(
        table,
        core::mem::size_of::<Pool>() / core::mem::size_of::<usize>(),
    );
}

/// What `micropython.qstr_info()` reports of the runtime pool: its chunks,
/// names, bytes of name text and bytes in all.
pub fn pool_info() -> (usize, usize, usize, usize) {
    let n = COUNT.load(Ordering::Acquire) as usize;
    let chunks = n.div_ceil(CHUNK);
    let text: usize = (0..n).map(|i| pool_entry(i).0.len()).sum();
    let table = with_pool(|p| p.table.len()) * core::mem::size_of::<u32>();
    let total = text + table + chunks * CHUNK * core::mem::size_of::<Entry>();
    (chunks, n, text, total)
}

/// Every runtime name, oldest first.
pub fn for_each_runtime(mut f: impl FnMut(&'static str)) {
    for i in 0..COUNT.load(Ordering::Acquire) as usize {
        f(pool_entry(i).0);
    }
}

/// After a MemoryError jump out of an interning: the pool is consistent (its
/// allocations happen before it changes) but the lock may still be held.
pub fn release_after_jump() {
    LOCK.store(false, Ordering::Release);
}

/// Forget every runtime name and free its storage (a soft reset of the
/// process's one VM: no value refers to them any more).
pub fn reset_runtime() {
    with_pool(|pool| {
        let n = COUNT.swap(0, Ordering::AcqRel) as usize;
        for i in 0..n {
            let (name, _) = pool_entry(i);
            if !name.is_empty() {
                // SAFETY: every runtime name was leaked from a `Box<str>` in `intern`.
                drop(unsafe { Box::from_raw(name as *const str as *mut str) });
            }
        }
        for slot in CHUNKS.iter().take(n.div_ceil(CHUNK)) {
            let chunk = slot.swap(core::ptr::null_mut(), Ordering::AcqRel);
            if !chunk.is_null() {
                // SAFETY: chunks were leaked from this Box type in `pool_push`.
                drop(unsafe { Box::from_raw(chunk as *mut [Entry; CHUNK]) });
            }
        }
        pool.table = Vec::new();
    });
}

fn lookup_static(s: &str) -> Option<Qstr> {
    STATIC_SORTED
        .binary_search_by(|&i| STATIC_NAMES[i as usize].0.cmp(s))
        .ok()
        .map(|pos| Qstr(STATIC_SORTED[pos] as u32))
}

impl Pool {
    fn find(&self, s: &str, hash: u32) -> Result<u32, usize> {
        let mask = self.table.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            let entry = self.table[slot];
            if entry == 0 {
                return Err(slot);
            }
            let (name, h) = pool_entry(entry as usize - 1);
            if h == hash && name == s {
                return Ok(entry - 1);
            }
            slot = (slot + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let size = (self.table.len() * 2).max(64);
        self.table = alloc::vec![0; size];
        let mask = size - 1;
        let n = COUNT.load(Ordering::Relaxed) as usize;
        for i in 0..n {
            let (_, h) = pool_entry(i);
            let mut slot = h as usize & mask;
            while self.table[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            self.table[slot] = i as u32 + 1;
        }
    }
}

impl Qstr {
    /// The id of `s`, interning it if needed.
    pub fn intern(s: &str) -> Qstr {
        if let Some(q) = lookup_static(s) {
            return q;
        }
        let hash = hash_bytes(s.as_bytes());
        with_pool(|pool| {
            if pool.table.len() < (COUNT.load(Ordering::Relaxed) as usize + 1) * 2 {
                pool.grow();
            }
            match pool.find(s, hash) {
                Ok(i) => Qstr(STATIC_COUNT + i),
                Err(slot) => {
                    let stored: &'static str = Box::leak(Box::from(s));
                    // Past 1M runtime names the pool is full: reuse the empty name.
                    let Some(i) = pool_push((stored, hash)) else {
                        return q::EMPTY;
                    };
                    pool.table[slot] = i as u32 + 1;
                    Qstr(STATIC_COUNT + i as u32)
                }
            }
        })
    }

    /// The id of `s` if it is already interned (does not intern).
    pub fn lookup(s: &str) -> Option<Qstr> {
        if let Some(q) = lookup_static(s) {
            return Some(q);
        }
        let hash = hash_bytes(s.as_bytes());
        with_pool(|pool| {
            if pool.table.is_empty() {
                return None;
            }
            pool.find(s, hash).ok().map(|i| Qstr(STATIC_COUNT + i))
        })
    }

    pub fn as_str(self) -> &'static str {
        self.entry().0
    }

    pub fn hash(self) -> u32 {
        self.entry().1
    }

    fn entry(self) -> (&'static str, u32) {
        if self.0 < STATIC_COUNT {
            STATIC_NAMES[self.0 as usize]
        } else {
            let i = (self.0 - STATIC_COUNT) as usize;
            if i < COUNT.load(Ordering::Acquire) as usize {
                pool_entry(i)
            } else {
                ("", hash_bytes(b""))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_names_are_found_and_sorted() {
        assert_eq!(Qstr::intern("append"), q::append);
        assert_eq!(q::append.as_str(), "append");
        assert_eq!(q::MODULE.as_str(), "<module>");
        assert_eq!(q::r#type.as_str(), "type");
        assert_eq!(q::EMPTY.as_str(), "");
        for w in STATIC_SORTED.windows(2) {
            assert!(STATIC_NAMES[w[0] as usize].0 < STATIC_NAMES[w[1] as usize].0);
        }
    }

    #[test]
    fn runtime_names_intern_once() {
        let a = Qstr::intern("some_runtime_name_xyz");
        let b = Qstr::intern("some_runtime_name_xyz");
        assert_eq!(a, b);
        assert!(a.0 >= STATIC_COUNT);
        assert_eq!(a.as_str(), "some_runtime_name_xyz");
        assert_eq!(a.hash(), hash_bytes(b"some_runtime_name_xyz"));
        assert_eq!(Qstr::lookup("never_interned_name_abc"), None);
        for i in 0..500 {
            let s = alloc::format!("n{i}");
            assert_eq!(Qstr::intern(&s).as_str(), s);
        }
    }
}
