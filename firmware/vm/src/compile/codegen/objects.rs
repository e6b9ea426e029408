//! The compiler's one door into the runtime: the heap objects code generation
//! makes. Constants (ints, big ints, floats, imaginary numbers, bytes, tuples)
//! and code objects are built here and nowhere else in `compile/`, so the rest
//! of the compiler depends only on the AST, the scopes, the bytecode format and
//! `qstr`. The tidy test (`xtask/src/tidy.rs`) keeps it so.

use crate::object::PyResult;
use crate::objects::{code, complex, float, int, str, tuple};
use crate::runtime::exc;
use crate::value::Value;
use crate::vm::Vm;

pub use crate::objects::code::{CodeParts, CO_GENERATOR, CO_NAME_LOCALS, CO_VARARGS, CO_VARKW};
/// The constants of a code unit under construction, rooted for the collector.
pub use crate::runtime::gcvec::GcVec;

/// An int constant that fits 64 bits.
pub fn int(vm: &mut Vm, i: i64) -> PyResult<Value> {
    int::from_i64(vm, i)
}

/// An int literal too long for 64 bits (`text` as written, base prefix included).
pub fn big_int(vm: &mut Vm, text: &str) -> PyResult<Value> {
    int::big::parse(vm, text, 0)
}

/// Python's floor division and modulo of two machine ints, for constant folding.
pub fn floor_divmod(a: isize, b: isize) -> (isize, isize) {
    int::floor_divmod(a, b)
}

/// A float constant.
pub fn float(vm: &mut Vm, f: f64) -> PyResult<Value> {
    float::new_float(vm, f)
}

/// An imaginary literal (`2j`).
pub fn imaginary(vm: &mut Vm, f: f64) -> PyResult<Value> {
    complex::new_complex(vm, 0.0, f)
}

/// A bytes literal.
pub fn bytes(vm: &mut Vm, b: &[u8]) -> PyResult<Value> {
    str::new_bytes(vm, b)
}

/// A tuple of constants (a code object's constant table, parameter names).
pub fn tuple(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    tuple::new_tuple(vm, items)
}

/// The finished code object of one unit.
pub fn code(vm: &mut Vm, parts: CodeParts) -> PyResult<Value> {
    code::new_code(vm, parts)
}

/// RuntimeError for source nested too deeply for the parser.
pub fn recursion_error(vm: &mut Vm, msg: &str) -> Value {
    vm.new_exc_msg(&exc::RUNTIME_ERROR, msg)
}
