//! The raw REPL client against the reference transcript in docs/raw-repl.md: a scripted peer
//! checks every byte the client sends and answers with the reference firmware's bytes.

use mp_harness::client::{ClientConfig, Exec, ExecError, RawPaste, RawRepl};
use mp_harness::conn::Conn;
use mp_harness::protocol;
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::thread::JoinHandle;
use std::time::Duration;

const BANNER: &[u8] = b"MicroPython v1.29.0-preview on 2026-11-24; mps2-an385 with Cortex-M3\r\nType \"help()\" for more information.\r\n>>> ";

/// A peer that sends `greeting`, then for each (expected, reply) pair reads exactly the
/// expected bytes and answers. Returns an error naming the first mismatch.
fn scripted_peer(
    greeting: &'static [u8],
    steps: Vec<(&'static [u8], &'static [u8])>,
) -> (Conn, JoinHandle<Result<(), String>>) {
    let (ours, mut theirs) = UnixStream::pair().unwrap();
    let handle = std::thread::spawn(move || {
        theirs.write_all(greeting).map_err(|e| e.to_string())?;
        for (i, (expect, reply)) in steps.into_iter().enumerate() {
            let mut got = vec![0u8; expect.len()];
            theirs
                .read_exact(&mut got)
                .map_err(|e| format!("step {i}: {e}"))?;
            if got != expect {
                return Err(format!(
                    "step {i}: client sent {:?}, transcript has {:?}",
                    got.escape_ascii().to_string(),
                    expect.escape_ascii().to_string()
                ));
            }
            theirs.write_all(reply).map_err(|e| e.to_string())?;
        }
        Ok(())
    });
    let reader = ours.try_clone().unwrap();
    (Conn::new(reader, ours), handle)
}

fn classic() -> ClientConfig {
    ClientConfig {
        raw_paste: false,
        answer: Duration::from_secs(5),
        ..ClientConfig::default()
    }
}

fn exec(repl: &mut RawRepl, code: &[u8]) -> Exec {
    repl.exec(code, Duration::from_secs(5))
        .unwrap_or_else(|e| panic!("exec {code:?}: {e}"))
}

// The transcript's rows, as the reference firmware answered.
const ENTER: (&[u8], &[u8]) = (b"\r\x01", b"\r\n>>> \r\nraw REPL; CTRL-B to exit\r\n>");
const INTERRUPT: (&[u8], &[u8]) = (b"\r\x03\x03", b"\r\n>>> \r\n>>> \r\n>>> ");
const ZERO_DIV_TB: &[u8] = b"Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n";

#[test]
fn classic_raw_exchanges_match_the_transcript() {
    let (conn, peer) = scripted_peer(
        BANNER,
        vec![
            INTERRUPT,
            ENTER,
            (b"print(1+1)\x04", b"OK2\r\n\x04\x04>"),
            (
                b"print(1/0)\x04",
                b"OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n\x04>",
            ),
            (
                b"def f(x):\n    print('x =', x)\n    raise ValueError('bad %d' % x)\nf(7)\n\x04",
                b"OKx = 7\r\n\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 4, in <module>\r\n  File \"<stdin>\", line 3, in f\r\nValueError: bad 7\r\n\x04>",
            ),
            (
                b"def (\x04",
                b"OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1\r\nSyntaxError: invalid syntax\r\n\x04>",
            ),
            (
                b"import sys\nprint('bye')\nsys.exit(3)\x04",
                b"OKbye\r\n\x04\x04MPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>",
            ),
            (b"\x04", b"OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>"),
            (
                b"\x02",
                b"\r\nMicroPython v1.29.0-preview with Cortex-M3\r\nType \"help()\" for more information.\r\n>>> ",
            ),
        ],
    );
    let mut repl = RawRepl::new(conn, classic());
    let said = repl.enter_raw().unwrap();
    assert!(said.starts_with(BANNER), "{said:?}");
    assert!(said.ends_with(protocol::RAW_PROMPT));

    assert_eq!(
        exec(&mut repl, b"print(1+1)"),
        Exec {
            stdout: b"2\r\n".to_vec(),
            error: vec![],
            rebooted: false
        }
    );
    let e = exec(&mut repl, b"print(1/0)");
    assert_eq!(
        (e.stdout.as_slice(), e.error.as_slice()),
        (&b""[..], ZERO_DIV_TB)
    );

    let e = exec(
        &mut repl,
        b"def f(x):\n    print('x =', x)\n    raise ValueError('bad %d' % x)\nf(7)\n",
    );
    assert_eq!(e.stdout, b"x = 7\r\n");
    assert!(e.error.ends_with(b"ValueError: bad 7\r\n"));

    let e = exec(&mut repl, b"def (");
    assert!(e.error.ends_with(b"SyntaxError: invalid syntax\r\n"));

    let e = exec(&mut repl, b"import sys\nprint('bye')\nsys.exit(3)");
    assert_eq!(e.stdout, b"bye\r\n");
    assert!(e.error.is_empty());
    assert!(e.rebooted, "SystemExit soft-resets the board");

    repl.soft_reset().unwrap();
    let banner = repl.exit_raw().unwrap();
    assert!(banner.starts_with(b"\r\nMicroPython "));
    peer.join().unwrap().unwrap();
}

#[test]
fn raw_paste_exchanges_match_the_transcript() {
    let (conn, peer) = scripted_peer(
        BANNER,
        vec![
            INTERRUPT,
            ENTER,
            (protocol::RAW_PASTE_REQUEST, b"R\x01\x80\x00\x01"),
            (b"print(2+3)\x04", b"\x045\r\n\x04\x04>"),
            (protocol::RAW_PASTE_REQUEST, b"R\x01\x80\x00\x01"),
            (
                b"print('a')\nraise OSError(5)\x04",
                b"\x04a\r\n\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 2, in <module>\r\nOSError: [Errno 5] EIO\r\n\x04>",
            ),
        ],
    );
    let mut repl = RawRepl::new(conn, ClientConfig::default());
    repl.enter_raw().unwrap();
    let e = exec(&mut repl, b"print(2+3)");
    assert_eq!(e.stdout, b"5\r\n");
    assert_eq!(repl.raw_paste(), RawPaste::Supported);
    let e = exec(&mut repl, b"print('a')\nraise OSError(5)");
    assert_eq!(e.stdout, b"a\r\n");
    assert!(e.error.ends_with(b"OSError: [Errno 5] EIO\r\n"));
    peer.join().unwrap().unwrap();
}

#[test]
fn raw_paste_falls_back_on_firmware_that_predates_it() {
    // MicroPython 1.8.3 takes the trailing \x01 as "re-enter raw" (the transcript's row for
    // \x01 when already raw); the client must then use classic raw mode, and never ask again.
    let (conn, peer) = scripted_peer(
        BANNER,
        vec![
            INTERRUPT,
            ENTER,
            (
                protocol::RAW_PASTE_REQUEST,
                b"raw REPL; CTRL-B to exit\r\n>",
            ),
            (b"print(1+1)\x04", b"OK2\r\n\x04\x04>"),
            (b"print(1+1)\x04", b"OK2\r\n\x04\x04>"),
        ],
    );
    let mut repl = RawRepl::new(conn, ClientConfig::default());
    repl.enter_raw().unwrap();
    assert_eq!(exec(&mut repl, b"print(1+1)").stdout, b"2\r\n");
    assert_eq!(repl.raw_paste(), RawPaste::Unsupported);
    assert_eq!(exec(&mut repl, b"print(1+1)").stdout, b"2\r\n");
    peer.join().unwrap().unwrap();
}

#[test]
fn raw_paste_refused_falls_back_to_classic() {
    let (conn, peer) = scripted_peer(
        BANNER,
        vec![
            INTERRUPT,
            ENTER,
            (protocol::RAW_PASTE_REQUEST, b"R\x00"),
            (b"print(1+1)\x04", b"OK2\r\n\x04\x04>"),
        ],
    );
    let mut repl = RawRepl::new(conn, ClientConfig::default());
    repl.enter_raw().unwrap();
    assert_eq!(exec(&mut repl, b"print(1+1)").stdout, b"2\r\n");
    assert_eq!(repl.raw_paste(), RawPaste::Unsupported);
    peer.join().unwrap().unwrap();
}

#[test]
fn raw_paste_respects_the_window() {
    // A 4-byte window: the client may send 8 bytes (two windows) before the next \x01.
    let (conn, peer) = scripted_peer(
        BANNER,
        vec![
            INTERRUPT,
            ENTER,
            (protocol::RAW_PASTE_REQUEST, b"R\x01\x04\x00\x01"),
            (b"print(12", b"\x01"),
            (b"34)\x04", b"\x041234\r\n\x04\x04>"),
        ],
    );
    let mut repl = RawRepl::new(conn, ClientConfig::default());
    repl.enter_raw().unwrap();
    assert_eq!(exec(&mut repl, b"print(1234)").stdout, b"1234\r\n");
    peer.join().unwrap().unwrap();
}

#[test]
fn garbage_instead_of_ok_is_a_protocol_error_not_output() {
    let (conn, peer) = scripted_peer(
        BANNER,
        vec![INTERRUPT, ENTER, (b"print(1)\x04", b"\xff\xfe\x00junk")],
    );
    let mut repl = RawRepl::new(conn, classic());
    repl.enter_raw().unwrap();
    match repl.exec(b"print(1)", Duration::from_secs(5)) {
        Err(ExecError::Protocol { received, .. }) => assert!(received.starts_with(b"\xff\xfe")),
        other => panic!("expected a protocol error, got {other:?}"),
    }
    peer.join().unwrap().unwrap();
}

#[test]
fn a_board_that_goes_away_mid_script_keeps_its_output() {
    let (conn, peer) = scripted_peer(
        BANNER,
        vec![
            INTERRUPT,
            ENTER,
            (b"f()\x04", b"OKpartial\r\nFATAL: HardFault\r\n"),
        ],
    );
    let mut repl = RawRepl::new(conn, classic());
    repl.enter_raw().unwrap();
    // The peer closes its end after its last answer, as a dying QEMU does.
    match repl.exec(b"f()", Duration::from_secs(5)) {
        Err(ExecError::Closed { received }) => {
            assert_eq!(received, b"partial\r\nFATAL: HardFault\r\n")
        }
        other => panic!("expected Closed, got {other:?}"),
    }
    peer.join().unwrap().unwrap();
}
