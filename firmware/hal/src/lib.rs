//! mp-hal
