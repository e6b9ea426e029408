//! The embedding API: what a board or the host binary calls to make an
//! interpreter over a heap region, run source in `__main__`, print an uncaught
//! exception, soft-reset, and complete names for the REPL.

use crate::builtins::{self, help, introspect};
use crate::object;
use crate::objects::{dict, int, list, module, str};
use crate::runtime::{exc, execute, gc, ops, qstr, vfs};
use crate::value::Value;
use crate::vm;
use crate::{Port, Vm};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// `sys.platform`.
pub const PLATFORM: &str = "mps2-an385";

/// How a piece of source is compiled, as CPython's `compile()` modes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum InputMode {
    /// A whole file (raw REPL, scripts, paste mode).
    File,
    /// One interactive statement: expression results are printed with repr.
    Single,
}

/// An uncaught exception, kept alive by the VM until the next `exec`.
#[derive(Debug)]
pub struct Uncaught {
    // The exception is kept alive by `Roots::last_exception` until the next run.
    pub(crate) exc: Value,
}

/// How a run ended when it did not end normally.
#[derive(Debug)]
pub enum ExecError {
    /// An exception escaped; print it with [`Vm::print_exception`].
    Exception(Uncaught),
    /// `SystemExit` escaped (`sys.exit()`): the REPL soft-resets.
    SystemExit(i32),
}

/// Sizes a board gives the interpreter.
pub struct VmConfig {
    /// Start of the GC heap region (word aligned).
    pub heap_start: *mut u8,
    /// Size of the GC heap region in bytes.
    pub heap_size: usize,
    /// Bytes of machine stack the VM may use below the point where `exec`
    /// is entered before raising RuntimeError (recursion limit).
    pub stack_limit: usize,
}

impl Vm {
    /// Create an interpreter owning `config`'s heap region.
    ///
    /// # Safety
    /// `config.heap_start .. + heap_size` must be valid, writable memory used
    /// by nothing else for as long as the Vm lives.
    pub unsafe fn new(config: VmConfig, port: Box<dyn Port>) -> Vm {
        let heap = gc::Heap::new(config.heap_start, config.heap_size);
        let mut vm = Vm {
            port,
            heap,
            roots: vm::Roots::empty(),
            stack_top: 0,
            stack_floor: 0,
            stack_budget: config.stack_limit,
            entry_depth: 0,
            vstack: core::ptr::null_mut(),
            vstack_len: 0,
            vstack_used: 0,
            clock_offset: 0,
            printing: Vec::new(),
            extra_modules: &[],
            board_state: None,
            board_hooks: None,
            in_callback: false,
            iter_pool_used: 0,
            owns_process: false,
            scan_top: 0,
        };
        vm.init_state();
        vm
    }

    /// Build the initial Python state: builtins, sys.modules, __main__.
    fn init_state(&mut self) {
        self.enter();
        // Heap exhaustion here means a board configured with too small a
        // heap; the interpreter then runs with whatever was built.
        let _ = self.protect(|vm| vm.try_init_state());
        self.leave();
    }

    fn try_init_state(&mut self) -> object::PyResult<()> {
        self.roots.memory_error = exc::new_exception_obj(self, &exc::MEMORY_ERROR, &[])?;
        self.roots.emergency_exc = exc::new_exception_obj(self, &exc::EXCEPTION, &[Value::NONE])?;
        self.reserve_iter_pool()?;
        let slots =
            vm::VALUE_STACK_SLOTS.min(self.heap.total_bytes() / 32 / core::mem::size_of::<Value>());
        // Not scanned as a block: the collector scans only the slots in use,
        // so values left in popped frames are not kept alive.
        let bytes = slots * core::mem::size_of::<Value>();
        self.vstack = self.alloc_raw(bytes, true)? as *mut Value;
        self.vstack_len = slots;
        self.roots.value_stack = Value::from_ptr(self.vstack);
        self.vstack_used = 0;
        let b = dict::new_dict(self, 96)?;
        self.roots.builtins = b;
        builtins::populate(self, b)?;
        dict::set(
            self,
            b,
            Value::qstr(qstr::q::__name__),
            Value::qstr(qstr::q::builtins),
        )?;
        dict::set(
            self,
            b,
            Value::qstr(qstr::q::help),
            Value::from_static(&help::HELP),
        )?;
        self.roots.modules = dict::new_dict(self, 8)?;
        let empty = self.new_str("")?;
        let lib = self.new_str("/lib")?;
        self.roots.sys_path = list::new_list(self, &[empty, lib])?;
        self.roots.sys_argv = list::new_list(self, &[])?;
        let main = module::new_module(self, qstr::q::__main__)?;
        self.roots.main_globals = module::dict_of(main);
        let key = Value::qstr(qstr::q::__main__);
        let modules = self.roots.modules;
        dict::set(self, modules, key, main)?;
        Ok(())
    }

    /// Forget all Python state (modules, globals, heap) as after a reset.
    /// The RAM files survive, as on a board's flash.
    pub fn soft_reset(&mut self) {
        if let Some(hooks) = self.board_hooks {
            self.enter_scope(|vm| (hooks.soft_reset)(vm));
        }
        self.in_callback = false;
        // The files are copied out (into GC blocks this frame holds), every
        // root is dropped and the heap collected, then the files come back.
        let files = self.enter_scope(|vm| vm.protect(|vm| Ok(vfs::take_files(vm))));
        self.roots = vm::Roots::empty();
        self.entry_depth = 0;
        self.vstack = core::ptr::null_mut();
        self.vstack_len = 0;
        self.vstack_used = 0;
        self.printing = Vec::new();
        self.set_heap_lock(0);
        if self.owns_process {
            qstr::reset_runtime();
        }
        self.enter_scope(|vm| vm.collect());
        self.init_state();
        if let Ok(files) = files {
            let _ = self.enter_scope(|vm| vm.protect(|vm| vfs::restore_files(vm, &files)));
        }
    }

    /// A file of the RAM filesystem (not the port's files), e.g. `main.py` after a reset.
    pub fn read_ram_file(&mut self, path: &str) -> Option<Vec<u8>> {
        self.enter_scope(|vm| vfs::read_ram_file(vm, path).ok().flatten())
    }

    /// Run `f` as an entry into the interpreter (sets the stack bounds the
    /// collector and the recursion check use). For embedding and tests.
    pub fn enter_scope<R>(&mut self, f: impl FnOnce(&mut Vm) -> R) -> R {
        self.enter();
        let r = f(self);
        self.leave();
        r
    }

    /// The console/port, for the REPL to write its prompts.
    pub fn port(&mut self) -> &mut dyn Port {
        &mut *self.port
    }

    /// Compile `source` (named `filename` in tracebacks) and run it in
    /// `__main__`. Output goes to the port as it is produced.
    pub fn exec(
        &mut self,
        source: &[u8],
        filename: &str,
        mode: InputMode,
    ) -> Result<(), ExecError> {
        self.enter();
        self.roots.last_exception = Value::NULL;
        self.roots.handled_exc = Value::NULL;
        let r = self.protect(|vm| vm.exec_inner(source, filename, mode));
        self.vstack_used = 0;
        self.leave();
        match r {
            Ok(()) => Ok(()),
            Err(e) => {
                if exc::is_exception(e) && object::type_of(e).is_subtype(&exc::SYSTEM_EXIT) {
                    let code = exc::args_of(e)
                        .first()
                        .and_then(|c| int::as_i64(*c))
                        .unwrap_or(0);
                    return Err(ExecError::SystemExit(code as i32));
                }
                self.roots.last_exception = e;
                Err(ExecError::Exception(Uncaught { exc: e }))
            }
        }
    }

    fn exec_inner(
        &mut self,
        source: &[u8],
        filename: &str,
        mode: InputMode,
    ) -> object::PyResult<()> {
        let text = match core::str::from_utf8(source) {
            Ok(t) => t,
            Err(_) => return Err(self.new_exc_msg(&exc::SYNTAX_ERROR, "invalid UTF-8 in source")),
        };
        let g = self.roots.main_globals;
        let file = qstr::Qstr::intern(filename);
        execute::run_source(self, text, file, mode == InputMode::Single, g, g)?;
        Ok(())
    }

    /// Write `Traceback (most recent call last):` ... for an uncaught
    /// exception, exactly as MicroPython prints it.
    pub fn print_exception(&mut self, exc: &Uncaught) {
        self.enter();
        let mut s = String::new();
        let e = exc.exc;
        let _ = self.protect(|vm| {
            exc::format_traceback(vm, e, &mut s);
            Ok(())
        });
        self.leave();
        self.port.write(s.as_bytes());
    }

    /// Names that complete `prefix` in `__main__` (for tab completion on the
    /// friendly REPL): e.g. `"gc."` lists the module's attributes.
    pub fn complete(&mut self, prefix: &str) -> Vec<String> {
        self.enter();
        let r = self
            .protect(|vm| vm.complete_inner(prefix))
            .unwrap_or_default();
        self.leave();
        r
    }

    fn complete_inner(&mut self, prefix: &str) -> object::PyResult<Vec<String>> {
        let (obj_path, partial) = match prefix.rfind('.') {
            Some(i) => (Some(&prefix[..i]), &prefix[i + 1..]),
            None => (None, prefix),
        };
        let names = match obj_path {
            None => {
                let g = self.roots.main_globals;
                let b = self.roots.builtins;
                let mut v = Vec::new();
                for d in [g, b] {
                    let mut pos = 0;
                    while let Some((k, _)) = dict::next_entry(d, &mut pos) {
                        if let Some(s) = str::as_str(k) {
                            v.push(String::from(s));
                        }
                    }
                }
                v
            }
            Some(path) => {
                let mut obj = self.roots.main_globals;
                let mut first = true;
                for part in path.split('.') {
                    let q = qstr::Qstr::intern(part);
                    obj = if first {
                        match dict::get_qstr(self, obj, q)? {
                            Some(v) => v,
                            None => return Ok(Vec::new()),
                        }
                    } else {
                        match ops::load_attr_opt(self, obj, q)? {
                            Some(v) => v,
                            None => return Ok(Vec::new()),
                        }
                    };
                    first = false;
                }
                let l = introspect::dir(self, Some(obj))?;
                list::items(l)
                    .iter()
                    .filter_map(|v| str::as_str(*v))
                    .map(String::from)
                    .collect()
            }
        };
        let mut out: Vec<String> = names
            .into_iter()
            .filter(|n| n.starts_with(partial) && !n.starts_with("__"))
            .collect();
        out.sort();
        out.dedup();
        Ok(out)
    }
}
