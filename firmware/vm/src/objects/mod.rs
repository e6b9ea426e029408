//! The built-in types, one file or folder each, as MicroPython's `obj*.c`:
//! a type's [`crate::object::TypeObj`], constructor, operators and method table
//! live together; a type with many methods is a folder (`int/`, `str/`, ...)
//! whose `mod.rs` is the type and whose other files are its methods.
//!
//! A new built-in type goes here, with its name in `builtins`' table. Objects
//! use the runtime's services (`gc`, `qstr`, `exc`, `args`) and `ops` for
//! generic operations on the values they hold; of the compiler they read only
//! the bytecode format (`code` decodes its tables).

pub mod bytes;
pub mod class;
pub mod code;
pub mod complex;
pub mod dict;
pub mod float;
pub mod function;
pub mod generator;
pub mod int;
pub mod list;
pub mod module;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;
