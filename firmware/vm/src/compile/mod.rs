//! The compiler: source text to code objects, a pipeline read off the file
//! names: [`lexer`] (tokens, with INDENT/DEDENT) → [`parse`] (the [`ast`]) →
//! [`symtable`] (which name is local, global, free or a cell in each scope) →
//! [`codegen`] (bytecode in the format [`bytecode`] defines, and code objects).
//!
//! The compiler may use `runtime::qstr` (names are interned),
//! `runtime::gc::stack_pointer` (its recursion check), `num` (literal text to
//! numbers), `object::{BinOp, UnaryOp, PyResult}`, `value::Value` and the
//! `vm::Vm` it allocates through. It reaches the rest of the runtime through
//! one door only, `codegen/objects.rs`: the file that builds constants (ints,
//! floats, bytes, tuples) and code objects on the heap. `cargo xtask tidy`
//! checks it. Nothing here runs Python code.

pub mod ast;
pub mod bytecode;
pub mod codegen;
pub mod lexer;
pub mod parse;
pub mod symtable;

#[cfg(test)]
mod tests;
