//! The interpreter state: heap, roots, value stack, and the helpers every
//! object module uses (allocation, errors, calls).

use crate::object::{type_of, PyResult, TypeObj};
use crate::port::Port;
use crate::runtime::exc;
use crate::runtime::gc::{self, Heap};
use crate::value::Value;
use alloc::boxed::Box;
use alloc::string::String;

/// Every heap reference the VM holds outside the stack. `#[repr(C)]` of
/// plain values: the collector scans it as an array of words.
#[repr(C)]
pub struct Roots {
    pub builtins: Value,
    pub modules: Value,
    pub main_globals: Value,
    /// The exception being handled (for bare `raise` and `__context__`).
    pub handled_exc: Value,
    pub memory_error: Value,
    /// The exception object used when the heap cannot give one (see
    /// `exc::emergency_exception`), and the buffer that holds its message and
    /// traceback (`micropython.alloc_emergency_exception_buf`), NULL until asked.
    pub emergency_exc: Value,
    pub emergency_buf: Value,
    pub value_stack: Value,
    pub sys_path: Value,
    pub sys_argv: Value,
    /// The exception the last `exec` ended with (kept for printing).
    pub last_exception: Value,
    /// Globals of the running frame (for `globals()`, `eval`).
    pub current_globals: Value,
    /// The RAM filesystem (path -> contents), NULL until first used.
    pub vfs: Value,
    /// Python values the board's added modules keep alive (IRQ handlers
    /// and the objects they belong to); NULL until a board sets it.
    pub board: Value,
    /// Blocks for small objects made with the heap locked (see
    /// [`Vm::alloc_transient`]), reserved at start-up.
    pub iter_pool: [Value; ITER_POOL],
    /// Scratch slots a builtin may use to keep a value alive across calls
    /// that could re-enter it (none needed today; the stack is scanned).
    pub scratch: [Value; 4],
}

impl Roots {
    pub fn empty() -> Roots {
        Roots {
            builtins: Value::NULL,
            modules: Value::NULL,
            main_globals: Value::NULL,
            handled_exc: Value::NULL,
            memory_error: Value::NULL,
            emergency_exc: Value::NULL,
            emergency_buf: Value::NULL,
            value_stack: Value::NULL,
            sys_path: Value::NULL,
            sys_argv: Value::NULL,
            last_exception: Value::NULL,
            current_globals: Value::NULL,
            vfs: Value::NULL,
            board: Value::NULL,
            iter_pool: [Value::NULL; ITER_POOL],
            scratch: [Value::NULL; 4],
        }
    }
}

/// Blocks for objects made with the heap locked (see `alloc_transient`): a
/// loop over a range takes two (the range and its iterator).
pub const ITER_POOL: usize = 6;
/// Size of a pooled block: the largest of those objects (range's).
const ITER_BLOCK: usize = 32;

const ROOT_WORDS: usize = core::mem::size_of::<Roots>() / core::mem::size_of::<usize>();

/// Machine stack the parser may use below the VM's entry point.
pub const COMPILE_STACK: usize = 48 * 1024;

/// Values in the VM's value stack (locals and operand stacks of frames).
pub const VALUE_STACK_SLOTS: usize = 16 * 1024;

pub struct Vm {
    pub(crate) port: Box<dyn Port>,
    pub heap: Heap,
    pub roots: Roots,
    /// Highest stack address holding VM values (set at each entry point).
    pub(crate) stack_top: usize,
    /// Lowest stack address the VM may reach before RecursionError.
    pub(crate) stack_floor: usize,
    pub(crate) stack_budget: usize,
    pub(crate) entry_depth: u32,
    /// Value stack: frames take slices from it in LIFO order.
    pub(crate) vstack: *mut Value,
    pub(crate) vstack_len: usize,
    pub(crate) vstack_used: usize,
    /// Seconds added to the ticks clock: where `machine.RTC` set the calendar (0: the clock
    /// counts from power-up, 2000-01-01 being the epoch). Kept across soft resets.
    pub(crate) clock_offset: i64,
    /// Containers being printed right now (addresses), for `[...]`.
    pub(crate) printing: alloc::vec::Vec<usize>,
    /// Modules a board or port adds (see [`Vm::add_modules`]).
    pub(crate) extra_modules: &'static [ExtraModule],
    /// State the added modules keep (see [`Vm::set_board_state`]).
    pub(crate) board_state: Option<Box<dyn core::any::Any>>,
    /// Board hooks (see [`Vm::set_board_hooks`]).
    pub(crate) board_hooks: Option<BoardHooks>,
    /// True while a board callback runs: no nested dispatch.
    pub(crate) in_callback: bool,
    /// Which `roots.iter_pool` blocks hold a live iterator.
    pub(crate) iter_pool_used: u8,
    /// True when this is the process's one VM (`rust_alloc::attach`): its heap
    /// serves Rust allocations and its soft reset clears the qstr pool.
    pub(crate) owns_process: bool,
    /// Top of the whole machine stack the VM runs on (0: unknown). The
    /// collector scans up to it, so Rust buffers held by the VM's callers
    /// (the REPL's line buffer) stay alive.
    pub(crate) scan_top: usize,
}

/// What `Vm::protect` puts back after a MemoryError jump abandoned frames.
struct Bookkeeping {
    vstack_used: usize,
    entry_depth: u32,
    printing: usize,
    locked: u32,
    in_callback: bool,
    current_globals: Value,
    handled_exc: Value,
}

/// What the VM calls back into a board for asynchronous events.
#[derive(Clone, Copy)]
pub struct BoardHooks {
    /// Run the callbacks an ISR asked for with
    /// [`crate::runtime::interrupt::request_callbacks`]. Called at safe points
    /// (between bytecodes) with the VM entered; an error it returns is
    /// raised in the running code (meant for KeyboardInterrupt only: the
    /// board reports its handlers' own exceptions itself).
    pub poll: fn(&mut Vm) -> PyResult<()>,
    /// Called at a soft reset, before the heap is wiped: stop whatever
    /// would call into Python values about to disappear.
    pub soft_reset: fn(&mut Vm),
}

/// A builtin module a board or port adds without the vm knowing it: the names it answers
/// to (`umachine`, `machine`: one module object under all of them) and its maker, which gets
/// the name it was imported as and returns a fresh module object. Same shape as the vm's
/// own `modules::BUILTIN_MODULES`.
pub type ExtraModule = (
    &'static [&'static str],
    fn(&mut Vm, crate::runtime::qstr::Qstr) -> PyResult<Value>,
);

impl Vm {
    /// Make `table`'s modules importable. They are consulted after the
    /// builtin modules (a builtin name cannot be shadowed) and survive soft
    /// resets. This is how the board gives the vm `machine` while the vm
    /// never depends on hardware crates.
    pub fn add_modules(&mut self, table: &'static [ExtraModule]) {
        self.extra_modules = table;
    }

    /// Keep `state` (drivers and such) for the added modules; it lives as
    /// long as the Vm, across soft resets. It must hold no Python values:
    /// the collector does not scan it.
    pub fn set_board_state(&mut self, state: Box<dyn core::any::Any>) {
        self.board_state = Some(state);
    }

    /// Install the board's hooks for asynchronous callbacks.
    pub fn set_board_hooks(&mut self, hooks: BoardHooks) {
        self.board_hooks = Some(hooks);
    }

    /// Run pending board callbacks now, if any (the VM must be entered).
    /// Nested calls (a handler reaching a safe point) do nothing: the
    /// request stays pending for after the handler.
    pub fn run_board_callbacks(&mut self) -> PyResult<()> {
        if self.in_callback || !crate::runtime::interrupt::callbacks_pending() {
            return Ok(());
        }
        let Some(hooks) = self.board_hooks else {
            crate::runtime::interrupt::take_callbacks();
            return Ok(());
        };
        crate::runtime::interrupt::take_callbacks();
        self.in_callback = true;
        let r = (hooks.poll)(self);
        self.in_callback = false;
        r
    }

    /// The state given to [`Vm::set_board_state`], if it is a `T`.
    pub fn board_state<T: 'static>(&mut self) -> Option<&mut T> {
        self.board_state.as_mut()?.downcast_mut::<T>()
    }
}

impl Vm {
    /// Record the stack top for the collector and the recursion check.
    /// Inlined so the mark lies in the entry point's own frame: everything
    /// the entry calls is below it and gets scanned.
    #[inline(always)]
    pub(crate) fn enter(&mut self) {
        if self.entry_depth == 0 {
            let sp = gc::stack_pointer();
            self.stack_top = sp;
            self.stack_floor = sp.saturating_sub(self.stack_budget);
        }
        self.entry_depth += 1;
    }

    pub(crate) fn leave(&mut self) {
        self.entry_depth -= 1;
        if self.entry_depth == 0 {
            self.printing.clear();
        }
    }

    /// Run a full collection now.
    #[inline(never)]
    pub fn collect(&mut self) {
        const WORD: usize = core::mem::size_of::<usize>();
        let regs = gc::spill_registers();
        let sp = gc::stack_pointer();
        let mut m = self.heap.begin_collect();
        self.heap.mark_words(&mut m, regs.as_ptr(), regs.len());
        let roots = &self.roots as *const Roots as *const usize;
        self.heap.mark_words(&mut m, roots, ROOT_WORDS);
        // The value stack's live slots (the block itself is not scanned).
        let live = self.vstack_used.min(self.vstack_len);
        self.heap
            .mark_words(&mut m, self.vstack as *const usize, live);
        // The Vm's own Rust buffers (`printing`, board state) may be GC blocks.
        let me = self as *const Vm as *const usize;
        self.heap
            .mark_words(&mut m, me, core::mem::size_of::<Vm>() / WORD);
        crate::runtime::qstr::mark_pool(|words, n| self.heap.mark_words(&mut m, words, n));
        let top = self.stack_top.max(self.scan_top);
        if top > sp {
            let words = (top - sp) / WORD;
            self.heap
                .mark_words(&mut m, (sp & !(WORD - 1)) as *const usize, words);
        }
        core::hint::black_box(&regs);
        self.heap.sweep();
    }

    /// Run `f` so that an allocation failing anywhere inside it (in Rust code
    /// too: see `runtime/nlr.rs`) is a MemoryError it returns, with the VM's
    /// bookkeeping as it was before `f`.
    #[inline]
    pub fn protect<R>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> PyResult<R> {
        if !crate::runtime::nlr::enabled() {
            return f(self);
        }
        self.protect_slow(f)
    }

    #[inline(never)]
    fn protect_slow<R>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> PyResult<R> {
        let saved = Bookkeeping {
            vstack_used: self.vstack_used,
            entry_depth: self.entry_depth,
            printing: self.printing.len(),
            locked: self.heap.locked,
            in_callback: self.in_callback,
            current_globals: self.roots.current_globals,
            handled_exc: self.roots.handled_exc,
        };
        let me: *mut Vm = self;
        let mut out = None;
        // SAFETY: `f` gets the only use of the Vm while it runs.
        let finished = crate::runtime::nlr::catch(|| out = Some(f(unsafe { &mut *me })));
        match out {
            Some(r) if finished => r,
            _ => {
                self.vstack_used = saved.vstack_used;
                self.entry_depth = saved.entry_depth;
                self.printing.truncate(saved.printing);
                self.set_heap_lock(saved.locked);
                self.in_callback = saved.in_callback;
                self.roots.current_globals = saved.current_globals;
                self.roots.handled_exc = saved.handled_exc;
                // A jump can only come from this thread: nothing else holds the lock.
                crate::runtime::qstr::release_after_jump();
                Err(self.out_of_memory())
            }
        }
    }

    /// Allocate `bytes` zeroed bytes in the GC heap, collecting if needed.
    pub fn alloc_raw(&mut self, bytes: usize, no_scan: bool) -> PyResult<*mut u8> {
        if self.heap.wants_collect() {
            self.collect();
        }
        if let Some(p) = self.heap.alloc(bytes, no_scan) {
            return Ok(p);
        }
        if self.heap.locked == 0 {
            self.collect();
            if let Some(p) = self.heap.alloc(bytes, no_scan) {
                return Ok(p);
            }
        }
        Err(self.out_of_memory())
    }

    /// Allocate and initialise an object.
    pub fn alloc<T>(&mut self, init: T) -> PyResult<Value> {
        let p = self.alloc_raw(core::mem::size_of::<T>(), false)? as *mut T;
        unsafe { p.write(init) };
        Ok(Value::from_ptr(p))
    }

    /// Allocate a small object a statement makes and soon drops: a builtin
    /// iterator, the `range` a loop runs over, a slice, a `super()`. With the heap locked
    /// (an interrupt handler) these come from a small pool reserved
    /// beforehand, so `for` over a range, list, tuple, bytes or bytearray and
    /// `a[i:j] = t` and `super().m()` need no allocation, as MicroPython's rules for handlers
    /// promise; such an object lives until the heap is unlocked.
    pub fn alloc_transient<T>(&mut self, init: T) -> PyResult<Value> {
        const { assert!(core::mem::size_of::<T>() <= ITER_BLOCK) };
        if self.heap.locked == 0 {
            return self.alloc(init);
        }
        let free = (0..ITER_POOL)
            .find(|&i| self.iter_pool_used & (1 << i) == 0 && !self.roots.iter_pool[i].is_null());
        let Some(i) = free else {
            return Err(self.out_of_memory());
        };
        self.iter_pool_used |= 1 << i;
        let p = self.roots.iter_pool[i].as_ptr::<T>();
        // SAFETY: a pool block is ITER_BLOCK bytes, 16-aligned, only ours.
        unsafe {
            core::ptr::write_bytes(p as *mut u8, 0, ITER_BLOCK);
            p.write(init);
        }
        Ok(Value::from_ptr(p))
    }

    /// Reserve the iterator pool (done at start-up, while allocation works).
    pub(crate) fn reserve_iter_pool(&mut self) -> PyResult<()> {
        for i in 0..ITER_POOL {
            let p = self.alloc_raw(ITER_BLOCK, false)?;
            self.roots.iter_pool[i] = Value::from_ptr(p);
        }
        Ok(())
    }

    /// Set the heap-lock depth; at zero the pooled iterators are free again.
    pub fn set_heap_lock(&mut self, depth: u32) {
        self.heap.locked = depth;
        if depth == 0 {
            self.iter_pool_used = 0;
        }
    }

    /// Allocate an object of `size_of::<T>() + extra` bytes (inline tail).
    pub fn alloc_var<T>(&mut self, init: T, extra: usize, no_scan: bool) -> PyResult<*mut T> {
        let p = self.alloc_raw(core::mem::size_of::<T>() + extra, no_scan)? as *mut T;
        unsafe { p.write(init) };
        Ok(p)
    }

    /// An array of `n` values (NULL-filled).
    pub fn alloc_values(&mut self, n: usize) -> PyResult<*mut Value> {
        Ok(self.alloc_raw(n * core::mem::size_of::<Value>(), false)? as *mut Value)
    }

    /// The preallocated MemoryError, with a fresh traceback (it is
    /// reused, and its traceback is only recorded if memory allows).
    pub fn out_of_memory(&mut self) -> Value {
        let e = self.roots.memory_error;
        crate::runtime::exc::clear_traceback(e);
        e
    }

    /// Globals of the running code (`__main__`'s when none runs).
    pub fn current_globals(&self) -> Value {
        if self.roots.current_globals.is_null() {
            self.roots.main_globals
        } else {
            self.roots.current_globals
        }
    }

    /// Seconds since 2000-01-01 by the board's clock (utime.time, utime.localtime).
    pub fn clock_seconds(&mut self) -> i64 {
        (self.port.ticks_ms() / 1000) as i64 + self.clock_offset
    }

    /// Sets the board's clock so that `clock_seconds()` reads `secs` now (machine.RTC).
    pub fn set_clock_seconds(&mut self, secs: i64) {
        self.clock_offset = secs - (self.port.ticks_ms() / 1000) as i64;
    }

    pub fn port_write(&mut self, data: &[u8]) {
        self.port.write(data);
    }

    /// The lowest stack address the parser may reach. It recurses on the
    /// machine stack where MicroPython's parser keeps an explicit one, so it
    /// gets a budget of its own ([`COMPILE_STACK`]) and the Python stack limit
    /// measures what it measures on a board: Python calls.
    pub fn compile_floor(&self) -> usize {
        self.stack_top
            .saturating_sub(self.stack_budget.max(COMPILE_STACK))
    }

    /// Check the machine stack before recursing (Python calls, repr of
    /// nested containers, the parser): RuntimeError instead of overflow.
    #[inline]
    pub fn check_stack(&mut self) -> PyResult<()> {
        if gc::stack_pointer() < self.stack_floor {
            return Err(self.new_exc_msg(&exc::RUNTIME_ERROR, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Raise KeyboardInterrupt if Ctrl-C arrived; run pending board
    /// callbacks (this is a safe point).
    #[inline]
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if crate::runtime::interrupt::pending() {
            return self.check_interrupt_slow();
        }
        Ok(())
    }

    #[inline(never)]
    fn check_interrupt_slow(&mut self) -> PyResult<()> {
        self.run_board_callbacks()?;
        if crate::runtime::interrupt::take_pending() {
            return Err(self.new_exc_empty(&exc::KEYBOARD_INTERRUPT));
        }
        Ok(())
    }

    // --- errors --------------------------------------------------------

    pub fn new_exc_msg(&mut self, ty: &'static TypeObj, msg: &str) -> Value {
        match self.new_str(msg) {
            Ok(s) => exc::new_exception(self, ty, &[s]),
            Err(e) => exc::emergency_exception(self, ty, &[], Some(msg)).unwrap_or(e),
        }
    }

    pub fn new_exc_empty(&mut self, ty: &'static TypeObj) -> Value {
        exc::new_exception(self, ty, &[])
    }

    pub fn new_exc_fmt(&mut self, ty: &'static TypeObj, args: core::fmt::Arguments) -> Value {
        if self.heap.locked > 0 {
            // A handler's error: its message in a stack buffer (cut if long),
            // since the heap may give nothing.
            let mut msg = crate::runtime::print::StackText::<80>::new();
            let _ = core::fmt::Write::write_fmt(&mut msg, args);
            return self.new_exc_msg(ty, msg.as_str());
        }
        let msg = alloc::fmt::format(args);
        self.new_exc_msg(ty, &msg)
    }

    pub fn type_error(&mut self, args: core::fmt::Arguments) -> Value {
        self.new_exc_fmt(&exc::TYPE_ERROR, args)
    }

    pub fn value_error(&mut self, args: core::fmt::Arguments) -> Value {
        self.new_exc_fmt(&exc::VALUE_ERROR, args)
    }

    pub fn index_error(&mut self, msg: &str) -> Value {
        self.new_exc_msg(&exc::INDEX_ERROR, msg)
    }

    pub fn key_error(&mut self, key: Value) -> Value {
        exc::new_exception(self, &exc::KEY_ERROR, &[key])
    }

    pub fn zero_division(&mut self, msg: &str) -> Value {
        self.new_exc_msg(&exc::ZERO_DIVISION_ERROR, msg)
    }

    pub fn attribute_error(&mut self, obj: Value, name: crate::runtime::qstr::Qstr) -> Value {
        let ty = type_of(obj);
        if core::ptr::eq(ty, &crate::objects::class::TYPE_TYPE) {
            let tn = unsafe { obj.as_mut::<TypeObj>() }.name;
            self.new_exc_fmt(
                &exc::ATTRIBUTE_ERROR,
                format_args!(
                    "type object '{}' has no attribute '{}'",
                    tn.as_str(),
                    name.as_str()
                ),
            )
        } else {
            self.new_exc_fmt(
                &exc::ATTRIBUTE_ERROR,
                format_args!(
                    "'{}' object has no attribute '{}'",
                    ty.name.as_str(),
                    name.as_str()
                ),
            )
        }
    }

    /// Type name of a value, for messages.
    pub fn type_name(&self, v: Value) -> &'static str {
        type_of(v).name.as_str()
    }

    // --- strings ---------------------------------------------------------

    pub fn new_str(&mut self, s: &str) -> PyResult<Value> {
        crate::objects::str::new_str(self, s)
    }

    pub fn new_string(&mut self, s: String) -> PyResult<Value> {
        crate::objects::str::new_str(self, &s)
    }
}
