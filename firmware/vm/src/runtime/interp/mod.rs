//! The bytecode interpreter. A [`Frame`] is one activation of a code object:
//! its slots (locals, then the operand stack) and where it stands. Frames of
//! ordinary calls take their slots from the VM's value stack (LIFO); generator
//! frames own theirs in the heap (`objects/generator.rs`). Each Python call
//! recurses on the machine stack, whose depth is checked against the board's
//! limit before every call.
//!
//! - `dispatch`: the loop that executes one frame's bytecode.
//! - `call`: making a frame for a call (argument binding, cells) and running it.
//! - `names`: global and name lookups with their inline caches.
//! - `raise`: turning `raise` operands into exceptions, and `except` matching.
//! - `fast`: the int, float and list fast paths the loop tries before generic dispatch.

mod call;
mod dispatch;
mod fast;
mod names;
mod raise;

pub(crate) use call::bind_args;
pub use call::{call_function, run_code};
pub use raise::exception_matches;

use crate::object::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// One activation of a code object.
pub struct Frame {
    pub code: Value,
    pub ip: usize,
    /// Locals (n_slots) followed by the operand stack.
    pub slots: *mut Value,
    /// Absolute index of the next free stack slot.
    pub sp: usize,
    pub globals: Value,
    /// Dict for NAME opcodes (module and class bodies), else NULL.
    pub locals: Value,
}

/// How a frame stopped running without an exception.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Execute a frame until it returns or yields. `throw` (if not NULL) is
/// raised at the current instruction first (generator.throw()).
pub fn run_frame(vm: &mut Vm, f: &mut Frame, throw: Value) -> PyResult<Exit> {
    // `globals()` and `eval()` see the globals of the running code.
    let saved = vm.roots.current_globals;
    vm.roots.current_globals = f.globals;
    let r = dispatch::run_frame_inner(vm, f, throw);
    vm.roots.current_globals = saved;
    r
}
