//! The one-word value.
//!
//! Tag in the low bits (pointers to heap and static objects are 8-aligned):
//!
//! | low bits | meaning |
//! |---|---|
//! | `...1`   | small int, `word >> 1` (31 bits on the MCU, 63 on the host) |
//! | `..10`   | interned str (qstr id `word >> 2`) |
//! | `.100`   | immediate constant: None, False, True, Ellipsis, NotImplemented |
//! | `.000`   | pointer to an object (GC heap or static); 0 is NULL, "no value" |
//!
//! The word is a raw pointer so that `static` tables (module dicts, method
//! tables) can hold values, including pointers to static objects.

use crate::object::ObjBase;
use crate::runtime::qstr::Qstr;
use core::ptr;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(*mut u8);

// Values are plain words; the VM is single-threaded per instance.
unsafe impl Sync for Value {}
unsafe impl Send for Value {}

pub const SMALL_INT_BITS: u32 = usize::BITS - 1;
pub const SMALL_INT_MAX: isize = isize::MAX >> 1;
pub const SMALL_INT_MIN: isize = isize::MIN >> 1;

const fn word(w: usize) -> Value {
    Value(ptr::without_provenance_mut(w))
}

impl Value {
    pub const NULL: Value = word(0);
    pub const NONE: Value = word(0b0_0100);
    pub const FALSE: Value = word(0b0_1100);
    pub const TRUE: Value = word(0b1_0100);
    pub const ELLIPSIS: Value = word(0b1_1100);
    pub const NOT_IMPLEMENTED: Value = word(0b10_0100);

    #[inline(always)]
    pub fn bits(self) -> usize {
        self.0 as usize
    }

    #[inline(always)]
    pub const fn small_int(i: isize) -> Value {
        word(((i << 1) | 1) as usize)
    }

    /// A small int if `i` fits, else None (caller makes a big int).
    #[inline(always)]
    pub fn try_small_int(i: i64) -> Option<Value> {
        if i >= SMALL_INT_MIN as i64 && i <= SMALL_INT_MAX as i64 {
            Some(Value::small_int(i as isize))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.bits() & 1 != 0
    }

    #[inline(always)]
    pub fn as_small_int(self) -> isize {
        (self.bits() as isize) >> 1
    }

    #[inline(always)]
    pub const fn qstr(q: Qstr) -> Value {
        word(((q.0 as usize) << 2) | 2)
    }

    #[inline(always)]
    pub fn is_qstr(self) -> bool {
        self.bits() & 3 == 2
    }

    #[inline(always)]
    pub fn as_qstr(self) -> Qstr {
        Qstr((self.bits() >> 2) as u32)
    }

    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.bits() & 7 == 0 && self.bits() != 0
    }

    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.bits() == 0
    }

    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }

    #[inline(always)]
    pub fn from_bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        Value(p as *mut u8)
    }

    /// A value for a static object; usable in `static` initialisers.
    pub const fn from_static<T>(p: &'static T) -> Value {
        // The low three bits are the tag: a static object must be 8-aligned, or its address
        // would read as a small int, a qstr or a constant (NotImplemented, ...).
        const {
            assert!(
                core::mem::align_of::<T>() >= 8,
                "static objects need #[repr(C, align(8))]"
            )
        };
        Value(p as *const T as *mut u8)
    }

    #[inline(always)]
    pub fn as_ptr<T>(self) -> *mut T {
        self.0 as *mut T
    }

    /// # Safety
    /// `self` must be an object of layout `T` (checked by its type first).
    #[inline(always)]
    pub unsafe fn as_mut<'a, T>(self) -> &'a mut T {
        &mut *(self.0 as *mut T)
    }

    #[inline(always)]
    pub fn obj_base(self) -> *const ObjBase {
        self.0 as *const ObjBase
    }
}

impl core::fmt::Debug for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.is_small_int() {
            write!(f, "int({})", self.as_small_int())
        } else if self.is_qstr() {
            write!(f, "qstr({:?})", self.as_qstr().as_str())
        } else {
            write!(f, "Value({:#x})", self.bits())
        }
    }
}
