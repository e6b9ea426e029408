//! A growable array of values whose storage is in the GC heap, for Rust
//! code that collects values (the conservative stack scan sees the
//! pointer while the GcVec is a local; a Rust `Vec<Value>` would be
//! invisible to the collector and must never hold the only reference).

use crate::object::PyResult;
use crate::value::Value;
use crate::vm::Vm;

pub struct GcVec {
    ptr: *mut Value,
    len: usize,
    cap: usize,
}

impl GcVec {
    pub fn new() -> GcVec {
        GcVec {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        }
    }

    pub fn with_capacity(vm: &mut Vm, cap: usize) -> PyResult<GcVec> {
        let mut v = GcVec::new();
        if cap > 0 {
            v.ptr = vm.alloc_values(cap)?;
            v.cap = cap;
        }
        Ok(v)
    }

    #[inline]
    pub fn push(&mut self, vm: &mut Vm, x: Value) -> PyResult<()> {
        if self.len == self.cap {
            let (p, c) = grow(vm, self.ptr, self.len, self.cap, self.len + 1)?;
            self.ptr = p;
            self.cap = c;
        }
        unsafe { *self.ptr.add(self.len) = x };
        self.len += 1;
        Ok(())
    }

    pub fn as_slice(&self) -> &[Value] {
        if self.ptr.is_null() {
            &[]
        } else {
            unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
        }
    }

    pub fn as_mut_slice(&mut self) -> &mut [Value] {
        if self.ptr.is_null() {
            &mut []
        } else {
            unsafe { core::slice::from_raw_parts_mut(self.ptr, self.len) }
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Give the storage back to the heap now (optional: the GC would).
    pub fn free(self, vm: &mut Vm) {
        if !self.ptr.is_null() {
            vm.heap.free(self.ptr as *mut u8);
        }
    }
}

impl Default for GcVec {
    fn default() -> Self {
        GcVec::new()
    }
}

/// Grow a value array to hold at least `need`; returns (ptr, cap).
/// Growth is in place when the following blocks are free.
pub(crate) fn grow(
    vm: &mut Vm,
    ptr: *mut Value,
    len: usize,
    cap: usize,
    need: usize,
) -> PyResult<(*mut Value, usize)> {
    let new_cap = (cap + cap / 2).max(need).max(4);
    let word = core::mem::size_of::<Value>();
    if !ptr.is_null() && vm.heap.grow_in_place(ptr as *mut u8, new_cap * word) {
        return Ok((ptr, new_cap));
    }
    let np = vm.alloc_values(new_cap)?;
    if !ptr.is_null() {
        unsafe { core::ptr::copy_nonoverlapping(ptr, np, len) };
        vm.heap.free(ptr as *mut u8);
    }
    Ok((np, new_cap))
}
