//! The runtime: what runs code objects, and the services every object uses.
//!
//! - Running code: [`interp`] (frames, argument binding, the dispatch loop),
//!   [`ops`] (operators, attributes, subscripts, calls and iteration on any
//!   value), [`exc`] (the exception hierarchy and tracebacks), [`execute`]
//!   (compile and run a piece of source), [`import`], [`args`] (argument
//!   helpers for builtins) and [`print`] (`str`/`repr` of any value).
//! - Services: [`gc`] (the heap), [`gcvec`] (GC-rooted vectors for Rust code),
//!   [`qstr`] (interned names), [`interrupt`] (events from interrupt handlers)
//!   and [`vfs`] (the RAM filesystem behind `open` and `uos`).
//!
//! May use every other part of the crate; of the compiler, only `execute`
//! calls it (and `interp` reads the bytecode format it defines).

pub mod args;
pub mod exc;
pub mod execute;
pub mod gc;
pub mod gcvec;
pub mod import;
pub mod interp;
pub mod interrupt;
pub mod nlr;
pub mod ops;
pub mod print;
pub mod qstr;
pub mod rust_alloc;
pub mod vfs;
