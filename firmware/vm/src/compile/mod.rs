//! The compiler: source text to code objects, a pipeline read off the file
//! names: [`lexer`] (tokens, with INDENT/DEDENT) → [`parse`] (the [`ast`]) →
//! [`symtable`] (which name is local, global, free or a cell in each scope) →
//! [`codegen`] (bytecode in the format [`bytecode`] defines, and code objects).
//!
//! The compiler may use `runtime::qstr` (names are interned), `num` (literal
//! text to numbers), `object::BinOp` and `value::Value`. It reaches the rest of
//! the runtime through one door only, `codegen::objects`: the file that builds
//! constants (ints, floats, strings, tuples) and code objects on the heap.
//! Nothing here runs Python code.

pub mod ast;
pub mod bytecode;
pub mod codegen;
pub mod lexer;
pub mod parse;
pub mod symtable;

#[cfg(test)]
mod tests;
