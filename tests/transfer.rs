//! Raw-paste against classic raw mode for a large script on the firmware under QEMU.
//!
//! QEMU's UART has no baud limit and holds the host back when its receive FIFO is full, so
//! classic raw mode sent flat out loses nothing there and is as fast as raw-paste. On a real
//! UART classic mode must be paced (pyboard.py sleeps 10 ms per 256 bytes) or the ring buffer
//! overflows; raw-paste's flow control needs no pauses. The test checks that raw-paste beats
//! paced classic mode clearly and is not slower than unpaced classic mode.
//!
//! Timing needs the machine to itself: `cargo test` runs test binaries side by side, and the
//! unpaced ways, being CPU-bound in QEMU, slow down several times under that load while the
//! paced way's sleeps do not. So it is ignored there and `cargo xtask test` runs it as a step
//! of its own (`cargo test -p mp-e2e --test transfer -- --ignored`).

use mp_e2e::firmware;
use mp_harness::cli::{transfer, Options};
use std::time::Duration;

#[test]
#[ignore = "timing: run alone (cargo xtask test does, as its own step)"]
fn raw_paste_is_faster_than_paced_classic_raw_mode() {
    let Some(elf) = firmware() else { return };
    let opts = Options {
        target: Some("qemu".into()),
        elf: Some(elf),
        timeout: Duration::from_secs(60),
        ..Options::default()
    };
    let t = transfer(&opts, 16 * 1024, 3).expect("all three ways run the script");
    let (paste, classic, paced) = (t[0], t[1], t[2]);
    // 64 chunks of pacing alone cost 630 ms.
    assert!(
        paste * 1.5 < paced,
        "raw-paste {paste:.3}s, paced classic {paced:.3}s"
    );
    assert!(
        paste < classic * 1.5,
        "raw-paste {paste:.3}s, classic {classic:.3}s"
    );
}
