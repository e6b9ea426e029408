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

/// One step of a peer that acts out a device's side of raw-paste.
enum Step {
    /// Read exactly these bytes from the client.
    Expect(&'static [u8]),
    /// Read exactly this many bytes, whatever they are.
    Take(usize),
    /// Send these bytes.
    Reply(&'static [u8]),
    /// Discard what the client sends up to and including its `\x04`, as the device does after
    /// ending an upload early; fail if more than `max` bytes come first (the client kept
    /// sending past the window it had).
    DrainToEnd { max: usize },
    /// Fail if the client sends anything within this time.
    Quiet(Duration),
}

fn stepped_peer(steps: Vec<Step>) -> (Conn, JoinHandle<Result<(), String>>) {
    let (ours, mut theirs) = UnixStream::pair().unwrap();
    let handle = std::thread::spawn(move || {
        theirs.write_all(BANNER).map_err(|e| e.to_string())?;
        for (i, step) in steps.into_iter().enumerate() {
            let read = |theirs: &mut UnixStream, n: usize| {
                let mut got = vec![0u8; n];
                theirs
                    .read_exact(&mut got)
                    .map(|_| got)
                    .map_err(|e| format!("step {i}: {e}"))
            };
            match step {
                Step::Expect(want) => {
                    let got = read(&mut theirs, want.len())?;
                    if got != want {
                        return Err(format!(
                            "step {i}: client sent {:?}, expected {:?}",
                            got.escape_ascii().to_string(),
                            want.escape_ascii().to_string()
                        ));
                    }
                }
                Step::Take(n) => {
                    read(&mut theirs, n)?;
                }
                Step::Reply(bytes) => theirs.write_all(bytes).map_err(|e| e.to_string())?,
                Step::DrainToEnd { max } => {
                    let mut n = 0;
                    while read(&mut theirs, 1)? != [0x04] {
                        n += 1;
                        if n > max {
                            return Err(format!("step {i}: more than {max} bytes before \\x04"));
                        }
                    }
                }
                Step::Quiet(d) => {
                    theirs.set_read_timeout(Some(d)).unwrap();
                    let mut b = [0u8; 64];
                    match theirs.read(&mut b) {
                        Ok(n) if n > 0 => {
                            return Err(format!(
                                "step {i}: client sent {:?} when it should have stopped",
                                b[..n].escape_ascii().to_string()
                            ))
                        }
                        _ => theirs.set_read_timeout(None).unwrap(),
                    }
                }
            }
        }
        Ok(())
    });
    let reader = ours.try_clone().unwrap();
    (Conn::new(reader, ours), handle)
}

/// A script of `len` bytes whose line 2 is a syntax error.
fn script_with_error_on_line_2(len: usize) -> Vec<u8> {
    let mut code = b"x = 1\ndef (\n".to_vec();
    while code.len() < len {
        code.extend_from_slice(b"y = 2\n");
    }
    code.truncate(len);
    code
}

const SYNTAX_TB: &[u8] = b"Traceback (most recent call last):\r\n  File \"<stdin>\", line 2\r\nSyntaxError: invalid syntax\r\n";

/// The device's answer after an early end: empty stdout, the traceback, the prompt.
const SYNTAX_ANSWER: &[u8] = b"\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 2\r\nSyntaxError: invalid syntax\r\n\x04>";

fn paste_then_print_1(mut steps: Vec<Step>) -> Vec<Step> {
    // The same connection must still work: the early end left nothing behind.
    steps.extend([
        Step::Expect(protocol::RAW_PASTE_REQUEST),
        Step::Reply(b"R\x01\x80\x00\x01"),
        Step::Expect(b"print(1)\x04"),
        Step::Reply(b"\x041\r\n\x04\x04>"),
    ]);
    steps
}

fn assert_syntax_error_then_print_1(repl: &mut RawRepl, code: &[u8]) {
    let e = repl
        .exec(code, Duration::from_secs(5))
        .unwrap_or_else(|e| panic!("the syntax error is the script's outcome, not {e}"));
    assert_eq!(
        (e.stdout.as_slice(), e.error.as_slice()),
        (&b""[..], SYNTAX_TB)
    );
    assert_eq!(exec(repl, b"print(1)").stdout, b"1\r\n");
}

#[test]
fn raw_paste_upload_ended_early_by_a_syntax_error() {
    // The reference firmware's shape: it compiles as it reads, finds the error on line 2,
    // sends \x04 while the client is waiting for window, then drops the rest of the upload.
    // A 16-byte window: the client may send 32 bytes before it must wait.
    let code = script_with_error_on_line_2(100);
    let (conn, peer) = stepped_peer(paste_then_print_1(vec![
        Step::Expect(b"\r\x03\x03"),
        Step::Reply(INTERRUPT.1),
        Step::Expect(b"\r\x01"),
        Step::Reply(ENTER.1),
        Step::Expect(protocol::RAW_PASTE_REQUEST),
        Step::Reply(b"R\x01\x10\x00\x01"),
        Step::Take(32),
        Step::Reply(b"\x04"),
        // The client answers with one \x04 and sends no more code.
        Step::Expect(b"\x04"),
        Step::Quiet(Duration::from_millis(200)),
        Step::Reply(SYNTAX_ANSWER),
    ]));
    let mut repl = RawRepl::new(conn, ClientConfig::default());
    repl.enter_raw().unwrap();
    assert_syntax_error_then_print_1(&mut repl, &code);
    peer.join().unwrap().unwrap();
}

#[test]
fn raw_paste_window_acks_at_odd_points() {
    // Acks come in pairs, then one arrives glued to the early end, so the client reads the
    // \x01 and the \x04 together while it still has code to send; on a later script one ack
    // comes after the client's own \x04 (the reference firmware sends `\x01\x04` there when
    // the code ends on a window boundary).
    let code = script_with_error_on_line_2(40);
    let (conn, peer) = stepped_peer(vec![
        Step::Expect(b"\r\x03\x03"),
        Step::Reply(INTERRUPT.1),
        Step::Expect(b"\r\x01"),
        Step::Reply(ENTER.1),
        Step::Expect(protocol::RAW_PASTE_REQUEST),
        Step::Reply(b"R\x01\x08\x00\x01"),
        Step::Take(16),
        Step::Reply(b"\x01\x01"),
        Step::Take(16),
        Step::Reply(b"\x01\x04"),
        Step::Expect(b"\x04"),
        Step::Quiet(Duration::from_millis(200)),
        Step::Reply(SYNTAX_ANSWER),
        Step::Expect(protocol::RAW_PASTE_REQUEST),
        Step::Reply(b"R\x01\x08\x00\x01"),
        Step::Expect(b"print(1)\x04"),
        Step::Reply(b"\x01\x041\r\n\x04\x04>"),
    ]);
    let mut repl = RawRepl::new(conn, ClientConfig::default());
    repl.enter_raw().unwrap();
    assert_syntax_error_then_print_1(&mut repl, &code);
    peer.join().unwrap().unwrap();
}

#[test]
fn raw_paste_end_arrives_while_the_client_is_still_sending() {
    // A 256-byte window: the client has up to 512 bytes in flight when the device, having
    // read only 40, ends the upload. The client must stop at once, though its window is not
    // used up, and the device drops what was already on the wire.
    let code = script_with_error_on_line_2(3000);
    let (conn, peer) = stepped_peer(paste_then_print_1(vec![
        Step::Expect(b"\r\x03\x03"),
        Step::Reply(INTERRUPT.1),
        Step::Expect(b"\r\x01"),
        Step::Reply(ENTER.1),
        Step::Expect(protocol::RAW_PASTE_REQUEST),
        Step::Reply(b"R\x01\x00\x01\x01"),
        Step::Take(40),
        Step::Reply(b"\x04"),
        Step::DrainToEnd { max: 512 - 40 },
        Step::Quiet(Duration::from_millis(200)),
        Step::Reply(SYNTAX_ANSWER),
    ]));
    let mut repl = RawRepl::new(conn, ClientConfig::default());
    repl.enter_raw().unwrap();
    assert_syntax_error_then_print_1(&mut repl, &code);
    peer.join().unwrap().unwrap();
}
