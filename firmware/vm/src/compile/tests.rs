//! Front-end tests on a real interpreter: eval mode, error lines, limits,
//! and the stack-depth check (no "internal compiler error" on valid code).

use crate::runtime::execute::{compile_mode, Mode};
use crate::runtime::qstr::Qstr;
use crate::value::Value;
use crate::{Port, Vm, VmConfig};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

struct Quiet;

impl Port for Quiet {
    fn write(&mut self, _data: &[u8]) {}
    fn read_byte(&mut self) -> Option<u8> {
        None
    }
    fn ticks_ms(&mut self) -> u32 {
        0
    }
    fn ticks_us(&mut self) -> u32 {
        0
    }
    fn delay_ms(&mut self, _ms: u32) {}
}

/// Run `f` with a fresh interpreter entered (stack bounds set).
fn with_vm<R>(f: impl FnOnce(&mut Vm) -> R) -> R {
    let mut heap: Vec<u64> = vec![0; 1 << 17];
    let config = VmConfig {
        heap_start: heap.as_mut_ptr() as *mut u8,
        heap_size: heap.len() * 8,
        stack_limit: 1 << 20,
    };
    let mut vm = unsafe { Vm::new(config, Box::new(Quiet)) };
    vm.enter();
    let r = f(&mut vm);
    vm.leave();
    drop(vm);
    drop(heap);
    r
}

/// Compile in `mode`; Ok(code) or Err("Type: message line N").
fn compile(vm: &mut Vm, src: &str, mode: Mode) -> Result<Value, String> {
    compile_mode(vm, src, Qstr::intern("<test>"), mode).map_err(|e| {
        let mut s = String::new();
        crate::runtime::exc::format_traceback(vm, e, &mut s);
        s
    })
}

fn eval_int(src: &str) -> Result<isize, String> {
    with_vm(|vm| {
        let code = compile(vm, src, Mode::Eval)?;
        let g = vm.roots.main_globals;
        let v =
            crate::runtime::interp::run_code(vm, code, g, g, Value::NULL).map_err(|_| "raised")?;
        if v.is_small_int() {
            Ok(v.as_small_int())
        } else {
            Err(String::from("not a small int"))
        }
    })
}

#[test]
fn eval_returns_the_value() {
    assert_eq!(eval_int("1 + 2 * 3"), Ok(7));
    assert_eq!(eval_int("  (4 *\n 5)\n\n"), Ok(20));
    assert_eq!(eval_int("len([1, 2, 3]) if 1 < 2 < 3 else 0"), Ok(3));
    assert_eq!(eval_int("sum(x for x in range(5))"), Ok(10));
    assert_eq!(eval_int("(lambda a, *b: a + len(b))(1, 2, 3)"), Ok(3));
}

#[test]
fn eval_rejects_statements() {
    for src in ["x = 1", "1; 2", "if 1: 2", "", "1 2", "import sys"] {
        let r = with_vm(|vm| compile(vm, src, Mode::Eval).map(|_| ()));
        let e = r.expect_err(src);
        assert!(e.contains("SyntaxError"), "{src}: {e}");
    }
}

fn error_of(src: &str) -> String {
    with_vm(|vm| compile(vm, src, Mode::File).map(|_| ()))
        .err()
        .unwrap_or_default()
}

#[test]
fn error_lines() {
    let cases = [
        (
            "x = 1\ny = (1 +* 2)\n",
            "line 2\nSyntaxError: invalid syntax",
        ),
        ("x = [1,\n 2\n", "line 1\nSyntaxError"),
        ("if 1:\n    x\n  y\n", "line 3\nIndentationError"),
        (
            "def f():\n  def g():\n    nonlocal q\n",
            "line 3\nSyntaxError",
        ),
        ("x = 1\ns = 'abc\n", "line 2\nSyntaxError"),
        ("def f(:\n  pass\n", "line 1\nSyntaxError: invalid syntax"),
        (
            "x = 1\nreturn\n",
            "line 2\nSyntaxError: 'return' outside function",
        ),
    ];
    for (src, want) in cases {
        let e = error_of(src);
        assert!(e.contains(want), "{src:?}: {e}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let mut deep = String::from("x = ");
    for _ in 0..5000 {
        deep.push('(');
    }
    assert!(error_of(&deep).contains("SyntaxError"));
    let mut chain = String::from("x = a");
    for _ in 0..5000 {
        chain.push_str(".b");
    }
    assert!(error_of(&chain).contains("SyntaxError"));
    let mut sum = String::from("x = 1");
    for _ in 0..5000 {
        sum.push_str(" + 1");
    }
    assert!(error_of(&sum).contains("SyntaxError"));
    let mut blocks = String::new();
    for i in 0..300 {
        for _ in 0..i {
            blocks.push(' ');
        }
        blocks.push_str("if 1:\n");
    }
    let e = error_of(&blocks);
    assert!(e.contains("IndentationError: too many levels"), "{e}");
}

#[test]
fn valid_code_keeps_stack_depths_consistent() {
    let snippets = [
        "x = 1 < 2 < 3\n",
        "x = 1 if True else 2\n",
        "x = (1 if 0 else 2) + (3 if y else 4)\n",
        "for i in y:\n  try:\n    continue\n  finally:\n    break\n",
        "while 1:\n  try:\n    1\n  except E:\n    break\n  finally:\n    continue\n",
        "def f():\n  for a in b:\n    with c as d, e:\n      for g in h:\n        return [i for i in j if k < i < l]\n",
        "def f():\n  try:\n    return 1\n  finally:\n    try:\n      return 2\n    finally:\n      return 3\n",
        "x = [a for b in c for a in b if a or b and not c]\n",
        "class C(*a, **k):\n  def f(self):\n    return super().f()\n",
        "def g():\n  x = yield\n  y = yield from z\n  return (yield x) if y else (yield)\n",
        "a, *b, c = d[1:2:3], e.f\n",
        "del a[1:2], b.c, (d, [e])\n",
        "def f():\n  for i in x:\n    try:\n      if i: break\n    finally:\n      g = lambda: [k for k in i]\n  def h(): pass\n",
    ];
    for src in snippets {
        let e = error_of(src);
        assert!(e.is_empty(), "{src:?}: {e}");
    }
}
