//! mp-harness: drives MicroPython boards through their raw REPL, the way a person or mpremote
//! would, and judges each script's output against its reviewed snapshot and against CPython.
//!
//! It knows nothing of the firmware's insides: it speaks bytes on a wire, so the same corpus
//! runs on the emulated board, the host port, and a real board on a serial port.
//!
//! - [`protocol`]: the raw REPL's bytes, defined once.
//! - [`conn`]: a byte stream with deadline-bounded reads over any transport.
//! - [`target`]: QEMU (TCP or pty), a command on pipes (the host port), a serial port.
//! - [`client`]: the raw REPL client (raw-paste with fallback, timeouts, Ctrl-C).
//! - [`session`]: soft reset between scripts, restart after a crash or a hang.
//! - [`corpus`], [`snapshot`], [`cpython`], [`differences`], [`judge`]: what is run and how it
//!   is judged.
//! - [`runner`], [`report`]: the run and its lines, summary and JSON-lines record.
//! - [`terminal`]: a person's terminal connected to a board.

pub mod cli;
pub mod client;
pub mod conn;
pub mod corpus;
pub mod cpython;
pub mod differences;
pub mod judge;
pub mod profile;
pub mod protocol;
pub mod report;
pub mod reports;
pub mod runner;
pub mod session;
pub mod snapshot;
pub mod target;
pub mod terminal;
