//! A board adds modules through `Vm::add_modules` (the vm never imports it).

mod common;
use common::TestVm;
use mp_vm::object::PyResult;
use mp_vm::runtime::qstr::Qstr;
use mp_vm::value::Value;
use mp_vm::{objects::module, Vm};

fn make_board(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    let m = module::new_module(vm, name)?;
    let n = *vm.board_state::<i32>().unwrap_or(&mut -1);
    module::set_attr(vm, m, Qstr::intern("answer"), Value::small_int(n as isize))?;
    Ok(m)
}

static EXTRA: &[mp_vm::ExtraModule] = &[(&["board"], make_board), (&["sys"], make_board)];

#[test]
fn added_module_imports_with_its_state_and_survives_soft_reset() {
    let mut t = TestVm::new(256 * 1024);
    assert!(t.run("import board").contains("ImportError"));
    t.vm.add_modules(EXTRA);
    t.vm.set_board_state(Box::new(42i32));
    assert_eq!(
        t.run("import board\nprint(board.answer, board is __import__('board'))"),
        "42 True\n"
    );
    // Builtin modules cannot be shadowed.
    assert_eq!(
        t.run("import sys\nprint(hasattr(sys, 'answer'))"),
        "False\n"
    );
    t.vm.soft_reset();
    assert_eq!(t.run("import board\nprint(board.answer)"), "42\n");
}
