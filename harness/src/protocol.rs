//! The raw REPL's bytes, defined once for the host side of the wire.
//!
//! The device side keeps its own copy in the firmware; both are checked against the reference
//! transcript in `docs/raw-repl.md` (see `tests/transcript.rs`).

/// Ctrl-A: enter raw REPL (or re-enter it when already raw).
pub const CTRL_A: u8 = 0x01;
/// Ctrl-B: leave raw REPL for the friendly one.
pub const CTRL_B: u8 = 0x02;
/// Ctrl-C: interrupt a running program, or clear the raw buffer.
pub const CTRL_C: u8 = 0x03;
/// Ctrl-D: run the raw buffer; on an empty buffer, soft reset. Also the part separator.
pub const CTRL_D: u8 = 0x04;
/// Ctrl-E: friendly paste mode; in raw mode the first byte of the raw-paste request.
pub const CTRL_E: u8 = 0x05;

/// Stops whatever runs and leaves an empty friendly line (what pyboard.py sends first).
pub const INTERRUPT: &[u8] = b"\r\x03\x03";
/// From the friendly prompt into raw mode.
pub const ENTER_RAW: &[u8] = b"\r\x01";
/// The raw prompt; every exchange in raw mode ends with the last byte of it.
pub const RAW_PROMPT: &[u8] = b"raw REPL; CTRL-B to exit\r\n>";
/// What the device prints when it soft-resets.
pub const SOFT_REBOOT: &[u8] = b"MPY: soft reboot\r\n";
/// The device's acknowledgement of a script in classic raw mode.
pub const OK: &[u8] = b"OK";
/// The prompt after each raw exchange.
pub const PROMPT: u8 = b'>';
/// The friendly prompt.
pub const FRIENDLY_PROMPT: &[u8] = b">>> ";
/// The second banner line, which ends every banner (boot, soft reset, Ctrl-B).
pub const BANNER_END: &[u8] = b"Type \"help()\" for more information.\r\n>>> ";
/// First word of every banner.
pub const BANNER_START: &[u8] = b"MicroPython ";
/// How our firmware starts a panic or HardFault report.
pub const FATAL: &[u8] = b"FATAL:";

/// Raw-paste request sent at the raw prompt.
pub const RAW_PASTE_REQUEST: &[u8] = b"\x05A\x01";
/// Device answer: raw-paste supported; a u16 LE window increment and one `\x01` follow.
pub const RAW_PASTE_YES: &[u8] = b"R\x01";
/// Device answer: request understood, raw-paste not supported.
pub const RAW_PASTE_NO: &[u8] = b"R\x00";
/// Device answer from firmware that predates raw-paste: the start of the re-entered raw prompt.
pub const RAW_PASTE_UNKNOWN: &[u8] = b"ra";
/// Device to host during raw-paste: one more window is free.
pub const WINDOW_FREE: u8 = 0x01;

/// Classic raw mode: size of the chunks the code is sent in (pyboard.py's choice, which every
/// MicroPython UART ring buffer is sized for).
pub const CHUNK: usize = 256;
