//! The REPL state machine (friendly, paste, raw, raw-paste). Board-agnostic.
