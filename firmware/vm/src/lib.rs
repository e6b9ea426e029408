//! mp-vm: the MicroPython 1.8.3 language in `no_std` + `alloc`.
//!
//! Knows no hardware: everything outside goes through [`Port`]. The board or
//! the host binary owns a [`Vm`], feeds it source (usually through the
//! [`repl`] state machine) and gives it a fixed heap region.
//!
//! The crate reads as MicroPython's `py/` does, one folder per stage
//! (`docs/architecture.md` draws the map):
//!
//! - [`compile`]: source text to code objects (lexer, parser, scopes, code generation).
//! - [`runtime`]: what runs them (interpreter loop, calls, operator dispatch,
//!   exceptions, import) and the services under everything (GC heap, qstrs, interrupts, files).
//! - [`objects`]: the built-in types, one file or folder each; [`object`] and
//!   [`value`] are the object model and the one-word value they share.
//! - [`builtins`]: the builtin functions; [`modules`]: the library modules, one file each.
//! - [`num`]: the numeric core (big ints, float text, hashing), free of the object model.
//! - [`repl`]: the friendly and raw REPL state machine; [`api`]: the embedding API;
//!   [`vm`]: the interpreter state every part shares; [`port`]: the door to the world.

#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod api;
pub mod builtins;
pub mod compile;
pub mod modules;
pub mod num;
pub mod object;
pub mod objects;
pub mod port;
pub mod repl;
pub mod runtime;
pub mod value;
pub mod vm;

pub use api::{ExecError, InputMode, Uncaught, VmConfig, PLATFORM};
pub use port::Port;
pub use vm::{BoardHooks, ExtraModule, Vm};
