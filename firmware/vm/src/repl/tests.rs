//! The REPL against a scripted fake interpreter, byte for byte against the
//! reference transcript in docs/raw-repl.md (with our banner).

use super::indent::{auto_indent, continues};
use super::*;
use alloc::borrow::ToOwned;
use alloc::string::ToString;
use alloc::vec;
use std::collections::HashMap;

const TB: &str = "Traceback (most recent call last):\n";
const BANNER: &[u8] = b"MicroPython v1.8.3-rs on 2026-11-25; mps2-an385 with Cortex-M3\r\nType \"help()\" for more information.\r\n";

/// What a scripted program does: its stdout, then how it ends.
#[derive(Clone)]
enum End {
    Ok,
    Raise(&'static str),
    Exit(i32),
}

#[derive(Default)]
struct Fake {
    wire: Vec<u8>,
    scripts: HashMap<Vec<u8>, (&'static str, End)>,
    runs: Vec<(Vec<u8>, InputMode)>,
    resets: usize,
}

impl Fake {
    fn new() -> Fake {
        let mut f = Fake::default();
        let zde = "  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: divide by zero\n";
        f.script("print(1+1)", "2\n", End::Ok);
        f.script("1/0", "", End::Raise(leak(TB, zde)));
        f.script("print(1/0)", "", End::Raise(leak(TB, zde)));
        f.script(
            "def f(x):\n    print('x =', x)\n    raise ValueError('bad %d' % x)\nf(7)\n",
            "x = 7\n",
            End::Raise(leak(
                TB,
                "  File \"<stdin>\", line 4, in <module>\n  File \"<stdin>\", line 3, in f\nValueError: bad 7\n",
            )),
        );
        f.script(
            "def (",
            "",
            End::Raise(leak(
                TB,
                "  File \"<stdin>\", line 1\nSyntaxError: invalid syntax\n",
            )),
        );
        f.script(
            "import sys\nprint('bye')\nsys.exit(3)",
            "bye\n",
            End::Exit(3),
        );
        f.script("print(2+3)", "5\n", End::Ok);
        f.script(
            "print('a')\nraise OSError(5)",
            "a\n",
            End::Raise(leak(
                TB,
                "  File \"<stdin>\", line 2, in <module>\nOSError: [Errno 5] EIO\n",
            )),
        );
        f.script("x = 6\nprint(x * 7)\n", "42\n", End::Ok);
        f.script(
            "for i in range(2):\n    print(i)\n    \n    \n",
            "0\n1\n",
            End::Ok,
        );
        f.script("if 1:\n    print(5)\n", "5\n", End::Ok);
        f
    }

    fn script(&mut self, src: &str, out: &'static str, end: End) {
        self.scripts.insert(src.as_bytes().to_vec(), (out, end));
    }

    fn cooked(&mut self, text: &str) {
        let wire = &mut self.wire;
        cook_newlines(text.as_bytes(), |c| wire.extend_from_slice(c));
    }
}

fn leak(a: &str, b: &str) -> &'static str {
    alloc::boxed::Box::leak((a.to_owned() + b).into_boxed_str())
}

impl Interpreter for Fake {
    type Exception = &'static str;

    fn write(&mut self, bytes: &[u8]) {
        self.wire.extend_from_slice(bytes);
    }

    fn exec(&mut self, source: &[u8], mode: InputMode) -> Result<(), Failure<&'static str>> {
        self.runs.push((source.to_vec(), mode));
        let Some((out, end)) = self.scripts.get(source).cloned() else {
            return Ok(());
        };
        self.cooked(out);
        match end {
            End::Ok => Ok(()),
            End::Raise(tb) => Err(Failure::Exception(tb)),
            End::Exit(code) => Err(Failure::SystemExit(code)),
        }
    }

    fn print_exception(&mut self, exc: &&'static str) {
        self.cooked(exc);
    }

    fn print_interrupt(&mut self) {
        self.cooked("KeyboardInterrupt: \n");
    }

    fn soft_reset(&mut self) {
        self.resets += 1;
    }

    fn complete(&mut self, prefix: &str) -> Vec<String> {
        match prefix {
            "gc." | "gc.m" | "gc.co" => [
                "threshold",
                "mem_free",
                "collect",
                "disable",
                "enable",
                "isenabled",
                "mem_alloc",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            "pri" => vec!["print".to_string()],
            _ => Vec::new(),
        }
    }
}

fn boot() -> (Repl, Fake) {
    let mut repl = Repl::new("mps2-an385 with Cortex-M3");
    let mut fake = Fake::new();
    repl.start(&mut fake);
    (repl, fake)
}

/// Feed `input` and return what the REPL answered.
fn send(repl: &mut Repl, fake: &mut Fake, input: &[u8]) -> Vec<u8> {
    fake.wire.clear();
    for &b in input {
        repl.feed(fake, b);
    }
    core::mem::take(&mut fake.wire)
}

#[track_caller]
fn expect(repl: &mut Repl, fake: &mut Fake, input: &[u8], answer: &[u8]) {
    let got = send(repl, fake, input);
    assert_eq!(
        got.escape_ascii().to_string(),
        answer.escape_ascii().to_string(),
        "after sending {}",
        input.escape_ascii()
    );
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

#[test]
fn reference_transcript() {
    let mut repl = Repl::new("mps2-an385 with Cortex-M3");
    let mut f = Fake::new();
    repl.start(&mut f);
    assert_eq!(core::mem::take(&mut f.wire), cat(&[BANNER, b">>> "]));
    let r = &mut repl;
    expect(r, &mut f, b"print(1+1)\r", b"print(1+1)\r\n2\r\n>>> ");
    expect(r, &mut f, b"1/0\r", b"1/0\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n>>> ");
    expect(r, &mut f, b"\x03", b"\r\n>>> ");
    expect(r, &mut f, b"\x01", b"\r\nraw REPL; CTRL-B to exit\r\n>");
    expect(r, &mut f, b"print(1+1)", b"");
    expect(r, &mut f, b"\x04", b"OK2\r\n\x04\x04>");
    expect(r, &mut f, b"print(1/0)\x04", b"OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n\x04>");
    expect(r, &mut f, b"def f(x):\n    print('x =', x)\n    raise ValueError('bad %d' % x)\nf(7)\n\x04",
        b"OKx = 7\r\n\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 4, in <module>\r\n  File \"<stdin>\", line 3, in f\r\nValueError: bad 7\r\n\x04>");
    expect(r, &mut f, b"def (\x04", b"OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1\r\nSyntaxError: invalid syntax\r\n\x04>");
    expect(
        r,
        &mut f,
        b"import sys\nprint('bye')\nsys.exit(3)\x04",
        b"OKbye\r\n\x04\x04MPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>",
    );
    expect(
        r,
        &mut f,
        b"\x04",
        b"OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>",
    );
    expect(r, &mut f, b"\x01", b"raw REPL; CTRL-B to exit\r\n>");
    expect(r, &mut f, b"\x05A\x01", b"R\x01\x80\x00\x01");
    expect(r, &mut f, b"print(2+3)\x04", b"\x045\r\n\x04\x04>");
    expect(r, &mut f, b"\x05A\x01", b"R\x01\x80\x00\x01");
    expect(r, &mut f, b"print('a')\nraise OSError(5)\x04", b"\x04a\r\n\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 2, in <module>\r\nOSError: [Errno 5] EIO\r\n\x04>");
    expect(r, &mut f, b"\x02", &cat(&[b"\r\n", BANNER, b">>> "]));
    expect(
        r,
        &mut f,
        b"\x04",
        &cat(&[b"\r\nMPY: soft reboot\r\n", BANNER, b">>> "]),
    );
    expect(
        r,
        &mut f,
        b"\x05",
        b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ",
    );
    expect(
        r,
        &mut f,
        b"x = 6\r\nprint(x * 7)\r\n\x04",
        b"x = 6\r\n=== \nprint(x * 7)\r\n=== \n\r\n42\r\n>>> ",
    );
    expect(
        r,
        &mut f,
        b"for i in range(2):\r",
        b"for i in range(2):\r\n...     ",
    );
    expect(r, &mut f, b"print(i)\r", b"print(i)\r\n...     ");
    expect(r, &mut f, b"\r", b"\r\n...     ");
    expect(r, &mut f, b"\r", b"\r\n... ");
    expect(r, &mut f, b"\r", b"\r\n0\r\n1\r\n>>> ");
    expect(r, &mut f, b"if 1:\r", b"if 1:\r\n...     ");
    expect(r, &mut f, b"print(5)\r", b"print(5)\r\n...     ");
    expect(r, &mut f, b"\x08", b"\x08\x08\x08\x08\x1b[K");
    expect(r, &mut f, b"\r", b"\r\n5\r\n>>> ");
    expect(r, &mut f, b"gc.\t", b"gc.\r\ncollect         disable         enable          isenabled\r\nmem_alloc       mem_free        threshold\r\n>>> gc.");
    assert_eq!(f.resets, 3);
}

#[test]
fn input_modes() {
    let (mut r, mut f) = boot();
    send(&mut r, &mut f, b"a\r\x05b\x04\x01c\x04\x05A\x01d\x04");
    let runs: Vec<_> = f.runs.iter().map(|(s, m)| (s.as_slice(), *m)).collect();
    assert_eq!(
        runs,
        [
            (&b"a"[..], InputMode::Single),
            (b"b", InputMode::File),
            (b"c", InputMode::File),
            (b"d", InputMode::File),
        ]
    );
}

#[test]
fn friendly_control_keys() {
    let (mut r, mut f) = boot();
    expect(&mut r, &mut f, b"\x02", &cat(&[b"\r\n", BANNER, b">>> "]));
    // Ctrl-C on a non-empty line cancels it.
    expect(&mut r, &mut f, b"abc\x03", b"abc\r\n>>> ");
    assert!(f.runs.is_empty());
    // Control keys other than Ctrl-C do nothing on a non-empty line.
    expect(&mut r, &mut f, b"x\x02\x04\x05", b"x");
    expect(&mut r, &mut f, b"\x03", b"\r\n>>> ");
    // An empty line just prompts again; so does Enter after spaces-only
    // deletion.
    expect(&mut r, &mut f, b"\r", b"\r\n>>> ");
    assert!(r.at_empty_prompt());
}

#[test]
fn line_endings() {
    let (mut r, mut f) = boot();
    expect(
        &mut r,
        &mut f,
        b"print(1+1)\r\n",
        b"print(1+1)\r\n2\r\n>>> ",
    );
    expect(&mut r, &mut f, b"print(1+1)\n", b"print(1+1)\r\n2\r\n>>> ");
    // `\r\n` counts once: the `\n` does not give a second empty prompt.
    expect(&mut r, &mut f, b"\r\n", b"\r\n>>> ");
}

#[test]
fn continuation_and_cancel() {
    let (mut r, mut f) = boot();
    expect(&mut r, &mut f, b"(1,\r", b"(1,\r\n... ");
    expect(&mut r, &mut f, b"2)\r", b"2)\r\n>>> ");
    assert_eq!(f.runs.last().unwrap().0, b"(1,\n2)");
    expect(&mut r, &mut f, b"def f():\r", b"def f():\r\n...     ");
    expect(&mut r, &mut f, b"\x03", b"\r\n>>> ");
    // Ctrl-D on an empty continuation line runs what was typed.
    send(&mut r, &mut f, b"if 1:\rx\r\x08");
    let before = f.runs.len();
    expect(&mut r, &mut f, b"\x04", b">>> ");
    assert_eq!(f.runs.len(), before + 1);
    assert_eq!(f.runs.last().unwrap().0, b"if 1:\n    x\n");
}

#[test]
fn paste_mode_cancel_and_exit() {
    let (mut r, mut f) = boot();
    send(&mut r, &mut f, b"\x05");
    expect(&mut r, &mut f, b"abc\x03", b"abc\r\n>>> ");
    assert!(f.runs.is_empty());
    f.script("raise SystemExit", "", End::Exit(0));
    send(&mut r, &mut f, b"\x05");
    expect(
        &mut r,
        &mut f,
        b"raise SystemExit\x04",
        &cat(&[b"raise SystemExit\r\nMPY: soft reboot\r\n", BANNER, b">>> "]),
    );
    assert_eq!(f.resets, 1);
}

#[test]
fn friendly_system_exit_soft_resets() {
    let (mut r, mut f) = boot();
    f.script("exit()", "", End::Exit(1));
    expect(
        &mut r,
        &mut f,
        b"exit()\r",
        &cat(&[b"exit()\r\nMPY: soft reboot\r\n", BANNER, b">>> "]),
    );
}

#[test]
fn raw_repl_edges() {
    let (mut r, mut f) = boot();
    send(&mut r, &mut f, b"\r\x03\x03\r\x01");
    assert!(r.is_raw());
    // Ctrl-C drops what was collected.
    expect(
        &mut r,
        &mut f,
        b"garbage\x03print(1+1)\x04",
        b"OK2\r\n\x04\x04>",
    );
    // No echo, any 8-bit value is code.
    expect(&mut r, &mut f, b"\xff\x00\r\n\t", b"");
    expect(
        &mut r,
        &mut f,
        b"\x03\x02",
        &cat(&[b"\r\n", BANNER, b">>> "]),
    );
    assert!(!r.is_raw());
    // Raw-paste command other than 'A': understood, not supported.
    send(&mut r, &mut f, b"\x01");
    expect(&mut r, &mut f, b"\x05B\x01", b"R\x00>");
    // Ctrl-E then Ctrl-A with one byte in between only is the paste
    // request; longer buffers make Ctrl-A a plain re-entry.
    expect(
        &mut r,
        &mut f,
        b"x\x05A\x01",
        b"raw REPL; CTRL-B to exit\r\n>",
    );
    f.script("raise SystemExit", "", End::Exit(0));
    expect(
        &mut r,
        &mut f,
        b"\x05A\x01raise SystemExit\x04",
        b"R\x01\x80\x00\x01\x04\x04\x04MPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>",
    );
}

#[test]
fn raw_paste_flow_control() {
    let (mut r, mut f) = boot();
    send(&mut r, &mut f, b"\x01\x05A\x01");
    // One `\x01` per window of 128 bytes consumed.
    let code = [b'#'; 300];
    let got = send(&mut r, &mut f, &code);
    assert_eq!(got, b"\x01\x01");
    let got = send(&mut r, &mut f, &[b'#'; 83]);
    assert_eq!(got, b"");
    let got = send(&mut r, &mut f, b"#");
    assert_eq!(got, b"\x01");
    expect(&mut r, &mut f, b"\x04", b"\x04\x04\x04>");
    assert_eq!(f.runs.last().unwrap().0.len(), 384);
    // Ctrl-C in the middle of an upload: end, interrupt, back to raw.
    send(&mut r, &mut f, b"\x05A\x01");
    expect(
        &mut r,
        &mut f,
        b"print(\x03",
        b"\x04\x04KeyboardInterrupt: \r\n\x04>",
    );
    assert_eq!(f.runs.len(), 1);
    expect(&mut r, &mut f, b"print(1+1)\x04", b"OK2\r\n\x04\x04>");
}

#[test]
fn editing_keys() {
    let (mut r, mut f) = boot();
    // Left twice, insert, then the tail is redrawn and the cursor put back.
    expect(&mut r, &mut f, b"ac\x1b[D", b"ac\x08");
    expect(&mut r, &mut f, b"b", b"bc\x08");
    // Home, end, delete.
    expect(&mut r, &mut f, b"\x1b[H", b"\x08\x08");
    expect(&mut r, &mut f, b"\x1b[3~", b"\x1b[Kbc\x08\x08");
    expect(&mut r, &mut f, b"\x1b[F", b"bc");
    // Plain backspace removes one char.
    expect(&mut r, &mut f, b"\x7f", b"\x08\x1b[K");
    expect(&mut r, &mut f, b"\x03", b"\r\n>>> ");
    // Long moves use ESC [ n D.
    expect(&mut r, &mut f, b"abcdefgh\x01", b"abcdefgh\x1b[8D");
    expect(&mut r, &mut f, b"\x03", b"\r\n>>> ");
}

#[test]
fn history() {
    let (mut r, mut f) = boot();
    send(&mut r, &mut f, b"print(1+1)\r1/0\r");
    expect(&mut r, &mut f, b"\x1b[A", b"1/0");
    expect(&mut r, &mut f, b"\x1b[A", b"\x08\x08\x08print(1+1)");
    expect(&mut r, &mut f, b"\x1b[A", b"");
    expect(&mut r, &mut f, b"\x1b[B", b"\x1b[10D\x1b[K1/0");
    expect(&mut r, &mut f, b"\x1b[B", b"\x08\x08\x08\x1b[K");
    expect(&mut r, &mut f, b"\x1b[A\r", b"1/0\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n>>> ");
}

#[test]
fn tab_completion() {
    let (mut r, mut f) = boot();
    expect(&mut r, &mut f, b"pri\t", b"print");
    expect(&mut r, &mut f, b"\x03", b"\r\n>>> ");
    // A common prefix longer than the typed word is inserted.
    expect(&mut r, &mut f, b"gc.m\t", b"gc.mem_");
    expect(&mut r, &mut f, b"\x03", b"\r\n>>> ");
    expect(&mut r, &mut f, b"gc.co\t", b"gc.collect");
    expect(&mut r, &mut f, b"\x03", b"\r\n>>> ");
    // Nothing known: nothing happens. Tab in leading space indents.
    expect(&mut r, &mut f, b"zz\t", b"zz");
    expect(&mut r, &mut f, b"\x03\t", b"\r\n>>>     ");
}

#[test]
fn continuation_rules() {
    for (src, more) in [
        ("x = 1", false),
        ("", false),
        ("if x:", true),
        ("if(x):", true),
        ("iffy = 1", false),
        ("@dec", true),
        ("for i in x:\n    pass\n", false),
        ("for i in x:\n    pass", true),
        ("f(1,", true),
        ("f(1,\n2)", false),
        ("'(' + \"[\"", false),
        ("s = '''abc", true),
        ("s = '''abc'''", false),
        ("s = \"\"\"a\n", true),
        ("x = 1 + \\", true),
        ("'it\\'s ('", false),
        ("[1, ']'", true),
    ] {
        assert_eq!(continues(src.as_bytes()), more, "{src:?}");
    }
}

#[test]
fn auto_indent_rules() {
    for (src, n) in [
        ("for i in x:\n", 4),
        ("for i in x:\n    if y:\n", 8),
        ("for i in x:\n    y\n", 4),
        ("for i in x:\n    y\n    \n", 4),
        ("for i in x:\n    y\n    \n    \n", 0),
        ("for i in x:\n    y\n\n", 0),
        ("(1,\n", 0),
        ("\n", 0),
    ] {
        assert_eq!(auto_indent(src.as_bytes()), n, "{src:?}");
    }
}

#[test]
fn cooking() {
    let mut out = Vec::new();
    cook_newlines(b"a\nb\n\nc\r\n", |c| out.extend_from_slice(c));
    assert_eq!(out, b"a\r\nb\r\n\r\nc\r\r\n");
}
