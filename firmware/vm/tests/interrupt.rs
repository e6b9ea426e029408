//! Ctrl-C: a pending interrupt stops any loop with KeyboardInterrupt.
//! (Its own test binary: the interrupt flag is process-wide.)

mod common;
use common::TestVm;

use mp_vm::object::PyResult;
use mp_vm::{runtime::interrupt, BoardHooks, Vm};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;

/// The flags are process-wide: one test at a time.
static SERIAL: Mutex<()> = Mutex::new(());

#[test]
fn pending_interrupt_stops_a_tight_loop() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut t = TestVm::new(64 * 1024);
    let stopper = std::thread::spawn(|| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        mp_vm::runtime::interrupt::request();
    });
    let out = t.run("while True:\n    pass\n");
    stopper.join().unwrap();
    assert!(out.ends_with("KeyboardInterrupt\n"), "{out}");
    assert_eq!(t.run("print('next')"), "next\n");
}

static POLLS: AtomicU32 = AtomicU32::new(0);
static RESETS: AtomicU32 = AtomicU32::new(0);

/// A board hook: count the call, and stop the loop after three by setting
/// a global (no Python handler needed to see the dispatch).
fn poll(vm: &mut Vm) -> PyResult<()> {
    let n = POLLS.fetch_add(1, Ordering::SeqCst) + 1;
    if n < 3 {
        interrupt::request_callbacks();
    } else {
        let g = vm.roots.main_globals;
        mp_vm::objects::dict::set(
            vm,
            g,
            mp_vm::value::Value::qstr(mp_vm::runtime::qstr::Qstr::intern("done")),
            mp_vm::value::Value::TRUE,
        )?;
    }
    Ok(())
}

fn reset(_vm: &mut Vm) {
    RESETS.fetch_add(1, Ordering::SeqCst);
}

#[test]
fn board_callbacks_run_at_backward_jumps_and_survive_ctrl_c_clear() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut t = TestVm::new(64 * 1024);
    t.vm.set_board_hooks(BoardHooks {
        poll,
        soft_reset: reset,
    });
    // Clearing a keyboard interrupt keeps the callback request.
    interrupt::request_callbacks();
    interrupt::clear();
    assert!(interrupt::callbacks_pending());
    let out = t.run("done = False\nn = 0\nwhile not done:\n    n += 1\nprint(n > 0)\n");
    assert_eq!(out, "True\n");
    assert_eq!(POLLS.load(Ordering::SeqCst), 3);
    assert!(!interrupt::pending());
    // A keyboard interrupt is not consumed by the callback path.
    interrupt::request();
    assert!(!interrupt::take_callbacks());
    assert!(interrupt::take_pending());
    t.vm.soft_reset();
    assert_eq!(RESETS.load(Ordering::SeqCst), 1);
}
