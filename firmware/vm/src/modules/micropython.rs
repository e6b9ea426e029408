//! `micropython`: access to the interpreter's internals as MicroPython 1.8.3
//! has it: `const`, the code-emitter decorators (run as bytecode), memory and
//! qstr reports, stack use, heap locking and the optimisation level.

use crate::object::PyResult;
use crate::objects::int;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use core::fmt::Write as _;

/// A line of the reports, built without the heap.
type Line = crate::runtime::print::StackText<128>;

fn mp_identity(_vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}
/// `mem_info([verbose])`, in MicroPython 1.8.3's words: stack use against its
/// limit, the heap's totals and shape; verbose adds the qstr pool and the block
/// map (`h` head, `=` tail, `.` free, 64 blocks a line).
fn mp_mem_info(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let verbose = a.first().is_some_and(|v| !v.is_none());
    // Built in a stack buffer line by line: no heap needed to report on it.
    let mut line = Line::new();
    let used_stack = vm
        .stack_top
        .saturating_sub(crate::runtime::gc::stack_pointer());
    let _ = writeln!(line, "stack: {} out of {}", used_stack, vm.stack_budget);
    line.flush(vm);
    let (total, used, free) = (
        vm.heap.total_bytes(),
        vm.heap.used_bytes(),
        vm.heap.free_bytes(),
    );
    let _ = writeln!(line, "GC: total: {}, used: {}, free: {}", total, used, free);
    line.flush(vm);
    let (one, two, max_blk, max_free) = vm.heap.stats();
    let _ = writeln!(
        line,
        " No. of 1-blocks: {}, 2-blocks: {}, max blk sz: {}, max free sz: {}",
        one, two, max_blk, max_free
    );
    line.flush(vm);
    if verbose {
        qstr_summary(vm, &mut line);
        block_map(vm, &mut line);
    }
    Ok(Value::NONE)
}

/// The heap's block map, MicroPython's layout: an address, then 64 blocks.
fn block_map(vm: &mut Vm, line: &mut Line) {
    let (n, base) = vm.heap.blocks();
    let _ = write!(line, "GC memory layout; from {:x}:", base);
    line.flush(vm);
    let mut free_lines = 0;
    let mut row = 0;
    while row < n {
        let end = (row + 64).min(n);
        if (row..end).all(|b| vm.heap.block_char(b) == b'.') {
            free_lines += 1;
            row = end;
            continue;
        }
        if free_lines > 0 {
            let _ = write!(line, "\n       ({} lines all free)", free_lines);
            line.flush(vm);
            free_lines = 0;
        }
        let _ = write!(
            line,
            "\n{:05x}: ",
            (row * crate::runtime::gc::BLOCK) & 0xfffff
        );
        for b in row..end {
            let _ = line.write_char(vm.heap.block_char(b) as char);
        }
        line.flush(vm);
        row = end;
    }
    if free_lines > 0 {
        let _ = write!(line, "\n       ({} lines all free)", free_lines);
    }
    let _ = writeln!(line);
    line.flush(vm);
}

fn qstr_summary(vm: &mut Vm, line: &mut Line) {
    let (pools, n, text, total) = crate::runtime::qstr::pool_info();
    let _ = writeln!(
        line,
        "qstr pool: n_pool={}, n_qstr={}, n_str_data_bytes={}, n_total_bytes={}",
        pools, n, text, total
    );
    line.flush(vm);
}

/// `qstr_info([verbose])`: the runtime qstr pool, and with verbose each name.
fn mp_qstr_info(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut line = Line::new();
    qstr_summary(vm, &mut line);
    if a.first().is_some_and(|v| !v.is_none()) {
        crate::runtime::qstr::for_each_runtime(|name| {
            vm.port_write(b"Q(");
            vm.port_write(name.as_bytes());
            vm.port_write(b")\n");
        });
    }
    Ok(Value::NONE)
}

fn mp_stack_use(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    int::from_i64(
        vm,
        vm.stack_top
            .saturating_sub(crate::runtime::gc::stack_pointer()) as i64,
    )
}
fn mp_heap_lock(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let depth = vm.heap.locked + 1;
    vm.set_heap_lock(depth);
    Ok(Value::NONE)
}
fn mp_heap_unlock(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let depth = vm.heap.locked.saturating_sub(1);
    vm.set_heap_lock(depth);
    Ok(Value::NONE)
}
/// `alloc_emergency_exception_buf(size)`: room for the message and traceback
/// of an exception raised where the heap gives nothing (`exc::emergency_exception`).
fn mp_emergency_buf(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let size = crate::runtime::args::index(vm, a[0])?.max(0) as usize;
    vm.roots.emergency_buf = Value::NULL;
    if size > 0 {
        let p = vm.alloc_raw(size.max(32), false)?;
        vm.roots.emergency_buf = Value::from_ptr(p);
    }
    Ok(Value::NONE)
}

fn mp_opt_level(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::small_int(0))
}

builtin_fn!(MP_CONST, q::r#const, 1, 1, mp_identity);
builtin_fn!(MP_NATIVE, q::native, 1, 1, mp_identity);
builtin_fn!(MP_VIPER, q::viper, 1, 1, mp_identity);
builtin_fn!(MP_ASM_THUMB, q::asm_thumb, 1, 1, mp_identity);
builtin_fn!(MP_MEM_INFO, q::mem_info, 0, 1, mp_mem_info);
builtin_fn!(MP_QSTR_INFO, q::qstr_info, 0, 1, mp_qstr_info);
builtin_fn!(MP_STACK_USE, q::stack_use, 0, 0, mp_stack_use);
builtin_fn!(MP_HEAP_LOCK, q::heap_lock, 0, 0, mp_heap_lock);
builtin_fn!(MP_HEAP_UNLOCK, q::heap_unlock, 0, 0, mp_heap_unlock);
builtin_fn!(
    MP_EMERGENCY,
    q::alloc_emergency_exception_buf,
    1,
    1,
    mp_emergency_buf
);
builtin_fn!(MP_OPT_LEVEL, q::opt_level, 0, 1, mp_opt_level);

pub(super) static MICROPYTHON_TABLE: &[(Qstr, Value)] = &[
    entry!(q::r#const, fn MP_CONST),
    entry!(q::native, fn MP_NATIVE),
    entry!(q::viper, fn MP_VIPER),
    entry!(q::asm_thumb, fn MP_ASM_THUMB),
    entry!(q::mem_info, fn MP_MEM_INFO),
    entry!(q::qstr_info, fn MP_QSTR_INFO),
    entry!(q::stack_use, fn MP_STACK_USE),
    entry!(q::heap_lock, fn MP_HEAP_LOCK),
    entry!(q::heap_unlock, fn MP_HEAP_UNLOCK),
    entry!(q::alloc_emergency_exception_buf, fn MP_EMERGENCY),
    entry!(q::opt_level, fn MP_OPT_LEVEL),
];
