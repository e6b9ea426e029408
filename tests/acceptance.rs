//! The walking skeleton's acceptance bytes, checked on the real firmware under QEMU.
//!
//! An ignored test names the firmware feature it waits for; `cargo test -p mp-e2e --
//! --include-ignored` runs it anyway.

use mp_e2e::{firmware, Board};
use mp_harness::protocol::BANNER_END;

const RAW_PROMPT: &[u8] = b"raw REPL; CTRL-B to exit\r\n>";

#[test]
fn boots_to_the_banner_and_the_friendly_prompt() {
    let Some(elf) = firmware() else { return };
    let mut b = Board::boot_tcp(&elf);
    let banner = b.read_until(b">>> ");
    assert!(banner.starts_with(b"MicroPython "), "{banner:?}");
    assert!(
        banner.ends_with(
            b"; mps2-an385 with Cortex-M3\r\nType \"help()\" for more information.\r\n>>> "
        ),
        "{}",
        String::from_utf8_lossy(&banner)
    );
}

#[test]
fn ctrl_a_enters_raw_mode_with_the_exact_prompt() {
    let Some(elf) = firmware() else { return };
    let mut b = Board::boot_pty(&elf);
    b.enter_raw();
    // Ctrl-A again re-enters raw mode: the prompt without a leading line break.
    b.send(b"\x01");
    b.expect_exact(RAW_PROMPT);
}

#[test]
fn ctrl_b_leaves_raw_mode_for_the_banner() {
    let Some(elf) = firmware() else { return };
    let mut b = Board::boot_pty(&elf);
    b.enter_raw();
    b.send(b"\x02");
    let got = b.read_until(BANNER_END);
    assert!(got.starts_with(b"\r\nMicroPython "), "{got:?}");
}

#[test]
fn ctrl_d_soft_resets_in_raw_and_friendly_mode() {
    let Some(elf) = firmware() else { return };
    let mut b = Board::boot_pty(&elf);
    b.enter_raw();
    b.send(b"\x04");
    b.expect_exact(b"OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>");
    b.send(b"\x02");
    b.read_until(BANNER_END);
    b.send(b"\x04");
    let got = b.read_until(BANNER_END);
    assert!(
        got.starts_with(b"\r\nMPY: soft reboot\r\nMicroPython "),
        "{}",
        String::from_utf8_lossy(&got)
    );
}

#[test]
fn files_survive_a_soft_reset_and_boot_py_main_py_run_after_it() {
    let Some(elf) = firmware() else { return };
    let mut b = Board::boot_pty(&elf);
    b.enter_raw();
    let write = "for n, t in (('boot.py', 'print(1)'), ('main.py', 'print(2)\\n1/0')):\n                  f = open(n, 'w'); f.write(t + '\\n'); f.close()\n";
    b.send(write.as_bytes());
    b.send(b"\x04");
    b.expect_exact(b"OK\x04\x04>");
    // Raw mode: boot.py only, before the raw prompt.
    b.send(b"\x04");
    b.expect_exact(b"OK\r\nMPY: soft reboot\r\n1\r\nraw REPL; CTRL-B to exit\r\n>");
    b.send(b"\x02");
    b.read_until(BANNER_END);
    // Friendly mode: boot.py, then main.py with its traceback naming the file, then the banner.
    b.send(b"\x04");
    let got = b.read_until(BANNER_END);
    let text = String::from_utf8_lossy(&got);
    assert!(
        text.starts_with(
            "\r\nMPY: soft reboot\r\n1\r\n2\r\nTraceback (most recent call last):\r\n  \
             File \"main.py\", line 2, in <module>\r\nZeroDivisionError: divide by zero\r\n\
             MicroPython "
        ),
        "{text}"
    );
}

#[test]
fn raw_paste_is_advertised_with_a_window() {
    let Some(elf) = firmware() else { return };
    let mut b = Board::boot_pty(&elf);
    b.enter_raw();
    b.send(b"\x05A\x01");
    b.expect_exact(b"R\x01");
    let w = b
        .conn
        .read_exact(3, std::time::Instant::now() + mp_e2e::ANSWER)
        .unwrap();
    assert!(u16::from_le_bytes([w[0], w[1]]) > 0, "window {w:?}");
    assert_eq!(w[2], 0x01);
}

#[test]
fn raw_mode_runs_print_1_plus_1() {
    let Some(elf) = firmware() else { return };
    let mut b = Board::boot_pty(&elf);
    b.enter_raw();
    b.send(b"print(1+1)");
    b.send(b"\x04");
    b.expect_exact(b"OK2\r\n\x04\x04>");
}

#[test]
fn raw_mode_reports_a_raising_script() {
    let Some(elf) = firmware() else { return };
    let mut b = Board::boot_pty(&elf);
    b.enter_raw();
    b.send(b"print(1/0)\x04");
    b.expect_exact(b"OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n\x04>");
}

#[test]
fn ctrl_c_interrupts_a_loop_typed_at_the_prompt() {
    let Some(elf) = firmware() else { return };
    let mut b = Board::boot_pty(&elf);
    b.send(b"while True: pass\r");
    b.read_until(b"... ");
    b.send(b"\r");
    std::thread::sleep(std::time::Duration::from_millis(300));
    b.send(b"\x03");
    let got = b.read_until(b">>> ");
    let text = String::from_utf8_lossy(&got);
    assert!(text.contains("KeyboardInterrupt"), "{text}");
    // The board still works afterwards.
    b.send(b"print(6*7)\r");
    let got = b.read_until(b">>> ");
    assert!(
        got.ends_with(b"42\r\n>>> "),
        "{}",
        String::from_utf8_lossy(&got)
    );
}
