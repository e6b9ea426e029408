//! Compiling and running source: the bridge between compile errors and
//! Python exceptions (SyntaxError with its line in the traceback).

use crate::compile::codegen::{compile_eval, compile_source, CResult};
use crate::object::PyResult;
use crate::runtime::exc;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;

/// What a piece of source is, as the modes of `compile()`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// Statements (`exec`, modules, scripts).
    File,
    /// One interactive statement: expression values are printed.
    Single,
    /// One expression list; the code object returns its value.
    Eval,
}

/// Compile `source` to a code object; errors become SyntaxError (or
/// IndentationError) carrying the file and line, as MicroPython reports.
pub fn compile(vm: &mut Vm, source: &str, filename: Qstr, single: bool) -> PyResult<Value> {
    let mode = if single { Mode::Single } else { Mode::File };
    compile_mode(vm, source, filename, mode)
}

/// Compile `source` in the given mode (see [`Mode`]).
pub fn compile_mode(vm: &mut Vm, source: &str, filename: Qstr, mode: Mode) -> PyResult<Value> {
    // A script too big to compile is a MemoryError its caller can catch.
    let r: CResult<Value> = vm
        .protect(|vm| {
            Ok(match mode {
                Mode::File => compile_source(vm, source, filename, false),
                Mode::Single => compile_source(vm, source, filename, true),
                Mode::Eval => compile_eval(vm, source, filename),
            })
        })
        .unwrap_or_else(|e| Err(e.into()));
    match r {
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
    crate::runtime::interp::run_code(vm, code, globals, locals, Value::NULL)
}

/// Evaluate an expression in `globals`/`locals` (what `eval()` does).
pub fn eval_source(
    vm: &mut Vm,
    source: &str,
    filename: Qstr,
    globals: Value,
    locals: Value,
) -> PyResult<Value> {
    let code = compile_mode(vm, source, filename, Mode::Eval)?;
    crate::runtime::interp::run_code(vm, code, globals, locals, Value::NULL)
}
