//! mp-hal: the `machine` module, written once against the embedded-hal 1.0
//! traits.
//!
//! Role (not implemented yet): MicroPython's `machine.Pin`, `UART`, `I2C`,
//! `SPI`, `Timer`, `RTC`, `WDT` and `ADC` as Python types whose methods call
//! `embedded_hal::digital::OutputPin`, `embedded_hal::i2c::I2c`,
//! `embedded_hal::spi::SpiBus`, `embedded_io::{Read, Write}` and friends.
//! A board crate implements those traits for its peripherals (for
//! mps2-an385: FPGAIO LEDs, the SBCon bit-banged I2C on 0x4002_A000, PL022
//! SPI in loopback, the CMSDK timers and watchdog; see docs/hardware.md) and
//! hands them to this crate at boot. Nothing here touches registers, so the
//! whole module is tested on the host with embedded-hal-mock.
//!
//! Dependencies point one way: hal uses the vm (to build Python objects),
//! boards use hal, the vm never sees either.

#![no_std]
