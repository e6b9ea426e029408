//! Compiling and running source: the bridge between compile errors and
//! Python exceptions (SyntaxError with its line in the traceback).

use crate::compiler::compile_source;
use crate::exc;
use crate::object::PyResult;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;

/// Compile `source` to a code object; errors become SyntaxError (or
/// IndentationError) carrying the file and line, as MicroPython reports.
pub fn compile(vm: &mut Vm, source: &str, filename: Qstr, single: bool) -> PyResult<Value> {
    match compile_source(vm, source, filename, single) {
        Ok(c) => Ok(c),
        Err(e) => {
            if let Some(x) = e.exc {
                return Err(x);
            }
            let ty = if e.indentation {
                &exc::INDENTATION_ERROR
            } else {
                &exc::SYNTAX_ERROR
            };
            let x = vm.new_exc_msg(ty, &e.msg);
            exc::add_traceback(vm, x, filename, e.line.max(1), q::EMPTY);
            Err(x)
        }
    }
}

/// Compile and run `source` in `globals` (module or `exec` semantics).
pub fn run_source(
    vm: &mut Vm,
    source: &str,
    filename: Qstr,
    single: bool,
    globals: Value,
    locals: Value,
) -> PyResult<Value> {
    let code = compile(vm, source, filename, single)?;
    crate::interp::run_code(vm, code, globals, locals, Value::NULL)
}
