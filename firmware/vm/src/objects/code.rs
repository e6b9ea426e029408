//! Code objects: the compiled form of a module, function, class body or
//! comprehension. The bytecode and its tables live in one no-scan block.

use crate::object::{ObjBase, PyResult, TypeObj};
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;

pub const CO_GENERATOR: u32 = 1;
pub const CO_VARARGS: u32 = 2;
pub const CO_VARKW: u32 = 4;
/// NAME opcodes use a locals dict (module and class bodies).
pub const CO_NAME_LOCALS: u32 = 8;

#[repr(C)]
pub struct CodeObj {
    pub base: ObjBase,
    pub name: Qstr,
    pub filename: Qstr,
    pub flags: u32,
    pub n_args: u16,
    pub n_kwonly: u16,
    pub n_slots: u16,
    pub n_free: u16,
    pub max_stack: u16,
    pub first_line: u32,
    pub consts: Value,
    /// Tuple of parameter names (qstr values): positional, then *args,
    /// keyword-only, then **kwargs, as flags say.
    pub params: Value,
    /// One no-scan block: bytecode, line table, handler table, cell slots.
    pub data: *const u8,
    pub bc_len: u32,
    pub lines_len: u32,
    pub handlers_len: u32,
    pub cells_len: u32,
    /// Inline caches of the name ops, u16 each, after the other sections: the dict entry
    /// where each name was last found (a hint, checked before use).
    pub n_caches: u32,
}

pub static CODE_TYPE: TypeObj = TypeObj::builtin(q::code);

#[inline]
pub fn code(v: Value) -> &'static CodeObj {
    unsafe { &*v.as_ptr::<CodeObj>() }
}

impl CodeObj {
    #[inline]
    pub fn bytecode(&self) -> &'static [u8] {
        unsafe { core::slice::from_raw_parts(self.data, self.bc_len as usize) }
    }

    fn section(&self, start: u32, len: u32) -> &'static [u8] {
        unsafe { core::slice::from_raw_parts(self.data.add(start as usize), len as usize) }
    }

    pub fn lines(&self) -> &'static [u8] {
        self.section(self.bc_len, self.lines_len)
    }

    pub fn handlers(&self) -> &'static [u8] {
        self.section(self.bc_len + self.lines_len, self.handlers_len)
    }

    /// Slots that hold cells (captured locals), as u16 LE pairs.
    pub fn cells(&self) -> &'static [u8] {
        self.section(
            self.bc_len + self.lines_len + self.handlers_len,
            self.cells_len,
        )
    }

    /// The dict entry remembered by inline cache `i` (any value is safe: it is checked).
    #[inline]
    pub fn cache_hint(&self, i: usize) -> usize {
        if i >= self.n_caches as usize {
            return usize::MAX;
        }
        // SAFETY: cache `i` lies inside the data block (new_code sized it).
        unsafe { core::ptr::read_unaligned(self.caches().add(i)) as usize }
    }

    /// Remembers entry `at` in inline cache `i` (entries past u16 are not cached).
    #[inline]
    pub fn set_cache_hint(&self, i: usize, at: usize) {
        if i < self.n_caches as usize && at <= u16::MAX as usize {
            // SAFETY: as above; the block is the code object's own, written only here.
            unsafe { core::ptr::write_unaligned(self.caches().add(i), at as u16) }
        }
    }

    fn caches(&self) -> *mut u16 {
        let off = self.bc_len + self.lines_len + self.handlers_len + self.cells_len;
        unsafe { self.data.add(off as usize) as *mut u16 }
    }

    /// Source line of the instruction at `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        let t = self.lines();
        let mut i = 0;
        let mut at = 0usize;
        let mut line = self.first_line;
        while i < t.len() {
            let dpc = crate::compile::bytecode::read_varint(t, &mut i) as usize;
            let l = crate::compile::bytecode::read_varint(t, &mut i);
            if at + dpc > pc {
                break;
            }
            at += dpc;
            line = l;
        }
        line
    }

    /// The handler for an exception at `pc`: (target, stack depth).
    pub fn find_handler(&self, pc: usize) -> Option<(usize, usize)> {
        let t = self.handlers();
        let mut i = 0;
        while i < t.len() {
            let start = crate::compile::bytecode::read_varint(t, &mut i) as usize;
            let end = crate::compile::bytecode::read_varint(t, &mut i) as usize;
            let target = crate::compile::bytecode::read_varint(t, &mut i) as usize;
            let depth = crate::compile::bytecode::read_varint(t, &mut i) as usize;
            if pc >= start && pc < end {
                return Some((target, depth));
            }
        }
        None
    }
}

pub struct CodeParts<'a> {
    pub name: Qstr,
    pub filename: Qstr,
    pub flags: u32,
    pub n_args: u16,
    pub n_kwonly: u16,
    pub n_slots: u16,
    pub n_free: u16,
    pub max_stack: u16,
    pub first_line: u32,
    pub consts: Value,
    pub params: Value,
    pub bytecode: &'a [u8],
    pub lines: &'a [u8],
    pub handlers: &'a [u8],
    pub cells: &'a [u8],
    pub n_caches: u32,
}

pub fn new_code(vm: &mut Vm, p: CodeParts) -> PyResult<Value> {
    let sections = p.bytecode.len() + p.lines.len() + p.handlers.len() + p.cells.len();
    let total = sections + 2 * p.n_caches as usize;
    // Zero-filled: every cache starts at entry 0, a hint like any other.
    let data = vm.alloc_raw(total.max(1), true)?;
    let mut off = 0;
    for part in [p.bytecode, p.lines, p.handlers, p.cells] {
        unsafe { core::ptr::copy_nonoverlapping(part.as_ptr(), data.add(off), part.len()) };
        off += part.len();
    }
    vm.alloc(CodeObj {
        base: ObjBase::new(&CODE_TYPE),
        name: p.name,
        filename: p.filename,
        flags: p.flags,
        n_args: p.n_args,
        n_kwonly: p.n_kwonly,
        n_slots: p.n_slots,
        n_free: p.n_free,
        max_stack: p.max_stack,
        first_line: p.first_line,
        consts: p.consts,
        params: p.params,
        data,
        bc_len: p.bytecode.len() as u32,
        lines_len: p.lines.len() as u32,
        handlers_len: p.handlers.len() as u32,
        cells_len: p.cells.len() as u32,
        n_caches: p.n_caches,
    })
}

pub fn code_type_check(v: Value) -> bool {
    v.is_obj() && core::ptr::eq(crate::object::type_of(v), &CODE_TYPE)
}
