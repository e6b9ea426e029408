//! mp-harness
