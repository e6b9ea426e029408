//! `micropython`: the interpreter on Linux.
//!
//! - `micropython script.py`: run a file; an uncaught exception prints its
//!   traceback on stderr and exits 1; `sys.exit(n)` exits n.
//! - `micropython -c CODE`: the same for a string (named `<stdin>`).
//! - `micropython`: the REPL on stdin/stdout, byte for byte what a board
//!   says on its UART (raw REPL over pipes is how the harness drives it).
//!   On a terminal, stdin goes to raw mode and Ctrl-D at an empty prompt
//!   exits; on a pipe, Ctrl-D soft-resets as on a board. End of input exits.

mod port;
mod term;

use mp_vm::repl::{ConsoleVm, Repl, CTRL_D, STDIN_NAME};
use mp_vm::runtime::rust_alloc::{self, Route, VmAllocator};
use mp_vm::{runtime::interrupt, ExecError, InputMode, Vm, VmConfig};
use port::{HostPort, Input};
use std::alloc::System;
use std::cell::Cell;
use std::process::ExitCode;
use std::rc::Rc;

/// While the VM runs, its Rust allocations come from its GC heap, as on a
/// board, so a script runs out of memory here where it would there.
#[global_allocator]
static ALLOC: VmAllocator<System> = VmAllocator::new(System);

thread_local! {
    static VM_THREAD: Cell<bool> = const { Cell::new(false) };
    /// Near the top of the VM thread's stack: the collector scans up to it.
    static STACK_TOP: Cell<usize> = const { Cell::new(0) };
}

fn on_vm_thread() -> bool {
    VM_THREAD.with(Cell::get)
}

/// GC heap given to the interpreter by default (`-X heapsize=N` sets it): room
/// for the whole corpus, whose biggest scripts the boards' profiles cannot hold yet.
const HEAP_SIZE: usize = 8 << 20;
/// Stack of the interpreter thread.
const STACK_SIZE: usize = 16 << 20;
/// Stack the interpreter may use before raising RuntimeError by default; the
/// rest is headroom for the frames between the check and the thread's end
/// (`-X stacklimit=N` sets it).
const STACK_LIMIT: usize = STACK_SIZE - (1 << 20);

const USAGE: &str =
    "usage: micropython [-X heapsize=N[k|m]] [-X stacklimit=N[k|m]] [-c CODE | SCRIPT.py]\n";

enum Job {
    Repl,
    Code(Vec<u8>, String),
}

/// The memory the interpreter gets (`-X` options).
#[derive(Clone, Copy)]
struct Budget {
    heap: usize,
    stack: usize,
}

fn main() -> ExitCode {
    let (job, budget) = match parse_args() {
        Ok(job) => job,
        Err(code) => return code,
    };
    if budget.stack + (1 << 20) > STACK_SIZE {
        eprintln!(
            "micropython: stacklimit must be below {}",
            STACK_SIZE - (1 << 20)
        );
        return ExitCode::from(2);
    }
    term::catch_sigint();
    // Raw mode is set (and restored) here, outside the interpreter thread,
    // so the terminal comes back even if that thread dies.
    let raw_terminal = match job {
        Job::Repl => term::RawTerminal::enable(),
        Job::Code(..) => None,
    };
    let on_tty = raw_terminal.is_some();
    let vm_thread = std::thread::Builder::new()
        .name("vm".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            STACK_TOP.with(|t| t.set(mp_vm::runtime::gc::stack_pointer()));
            match job {
                Job::Repl => run_repl(on_tty, budget),
                Job::Code(source, name) => run_code(&source, &name, budget),
            }
        });
    let status = match vm_thread.map(|t| t.join()) {
        Ok(Ok(status)) => status,
        _ => 70, // internal error, as EX_SOFTWARE
    };
    drop(raw_terminal);
    ExitCode::from(status)
}

/// `N`, `Nk` or `Nm` bytes (the unix port's `-X heapsize` syntax).
fn parse_size(s: &str) -> Option<usize> {
    let (digits, unit) = match s.as_bytes().last()? {
        b'k' | b'K' => (&s[..s.len() - 1], 1 << 10),
        b'm' | b'M' => (&s[..s.len() - 1], 1 << 20),
        _ => (s, 1),
    };
    digits.parse::<usize>().ok()?.checked_mul(unit)
}

fn parse_args() -> Result<(Job, Budget), ExitCode> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut budget = Budget {
        heap: HEAP_SIZE,
        stack: STACK_LIMIT,
    };
    while args.first().map(String::as_str) == Some("-X") {
        let opt = args.get(1).cloned().unwrap_or_default();
        let parsed = match opt.split_once('=') {
            Some(("heapsize", n)) => parse_size(n).map(|n| budget.heap = n),
            Some(("stacklimit", n)) => parse_size(n).map(|n| budget.stack = n),
            _ => None,
        };
        if parsed.is_none() {
            eprint!("micropython: bad -X option '{opt}'\n{USAGE}");
            return Err(ExitCode::from(2));
        }
        args.drain(..2);
    }
    parse_job(&args).map(|job| (job, budget))
}

fn parse_job(args: &[String]) -> Result<Job, ExitCode> {
    match args.first().map(String::as_str) {
        None => Ok(Job::Repl),
        Some("-h" | "--help") => {
            print!("{USAGE}");
            Err(ExitCode::SUCCESS)
        }
        Some("-c") => match args.get(1) {
            Some(code) => Ok(Job::Code(code.clone().into_bytes(), STDIN_NAME.into())),
            None => {
                eprint!("micropython: -c needs an argument\n{USAGE}");
                Err(ExitCode::from(2))
            }
        },
        Some(path) => match std::fs::read(path) {
            Ok(source) => Ok(Job::Code(source, path.into())),
            Err(e) => {
                // `[Errno 2] No such file or directory`, as CPython says it.
                let text = e.to_string();
                let text = text.split(" (os error").next().unwrap_or("");
                let errno = e.raw_os_error().unwrap_or(0);
                eprintln!("micropython: can't open file '{path}': [Errno {errno}] {text}");
                Err(ExitCode::from(2))
            }
        },
    }
}

fn config(budget: Budget) -> VmConfig {
    // Leaked on purpose: the heap lives as long as the process. Made before
    // the VM thread's allocations are routed to it.
    let heap: &'static mut [u64] = vec![0u64; budget.heap.div_ceil(8)].leak();
    VmConfig {
        heap_start: heap.as_mut_ptr().cast(),
        heap_size: budget.heap,
        stack_limit: budget.stack,
    }
}

/// Route this thread's allocations to `vm`'s heap while it runs. std's
/// stdout and stdin buffers are made first: they live in std's statics,
/// which the collector does not scan.
fn attach(vm: &mut Vm) {
    let _ = (std::io::stdout(), std::io::stdin());
    VM_THREAD.with(|t| t.set(true));
    rust_alloc::set_thread_check(on_vm_thread);
    rust_alloc::attach(vm, Route::InVm, STACK_TOP.with(Cell::get));
}

/// Run a script or `-c` code; the exit status follows CPython.
fn run_code(source: &[u8], name: &str, budget: Budget) -> u8 {
    let to_stderr = Rc::new(Cell::new(false));
    let port = HostPort::new(Input::Stdin, to_stderr.clone());
    // SAFETY: the heap from `config` is fresh, leaked memory used only here.
    let mut vm = unsafe { Vm::new(config(budget), Box::new(port)) };
    attach(&mut vm);
    interrupt::clear();
    interrupt::set_armed(true);
    let result = vm.exec(source, name, InputMode::File);
    interrupt::set_armed(false);
    match result {
        Ok(()) => 0,
        Err(ExecError::SystemExit(code)) => code as u8,
        Err(ExecError::Exception(exc)) => {
            to_stderr.set(true);
            vm.print_exception(&exc);
            to_stderr.set(false);
            1
        }
    }
}

/// Serve the REPL until end of input (or Ctrl-D at an empty prompt on a
/// terminal).
fn run_repl(on_tty: bool, budget: Budget) -> u8 {
    let port = HostPort::new(Input::Queue(term::spawn_reader()), Rc::default());
    // SAFETY: the heap from `config` is fresh, leaked memory used only here.
    let mut vm = unsafe { ConsoleVm::new(config(budget), port) };
    attach(vm.vm());
    let machine = format!("{} with {}", std::env::consts::OS, std::env::consts::ARCH);
    let mut repl = Repl::new(&machine);
    repl.start(&mut vm);
    while let Some(byte) = vm.read_byte() {
        if on_tty && byte == CTRL_D && repl.at_empty_prompt() {
            mp_vm::repl::Interpreter::write(&mut vm, b"\r\n");
            break;
        }
        repl.feed(&mut vm, byte);
    }
    0
}
