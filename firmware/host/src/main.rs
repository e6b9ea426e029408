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
use mp_vm::{runtime::interrupt, ExecError, InputMode, Vm, VmConfig};
use port::{HostPort, Input};
use std::cell::Cell;
use std::process::ExitCode;
use std::rc::Rc;

/// GC heap given to the interpreter.
const HEAP_SIZE: usize = 8 << 20;
/// Stack of the interpreter thread.
const STACK_SIZE: usize = 16 << 20;
/// Stack the interpreter may use before raising RuntimeError; the rest is
/// headroom for the frames between the check and the thread's end.
const STACK_LIMIT: usize = STACK_SIZE - (1 << 20);

const USAGE: &str = "usage: micropython [-c CODE | SCRIPT.py]\n";

enum Job {
    Repl,
    Code(Vec<u8>, String),
}

fn main() -> ExitCode {
    let job = match parse_args() {
        Ok(job) => job,
        Err(code) => return code,
    };
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
        .spawn(move || match job {
            Job::Repl => run_repl(on_tty),
            Job::Code(source, name) => run_code(&source, &name),
        });
    let status = match vm_thread.map(|t| t.join()) {
        Ok(Ok(status)) => status,
        _ => 70, // internal error, as EX_SOFTWARE
    };
    drop(raw_terminal);
    ExitCode::from(status)
}

fn parse_args() -> Result<Job, ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
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

fn config() -> VmConfig {
    // Leaked on purpose: the heap lives as long as the process.
    let heap: &'static mut [u64] = vec![0u64; HEAP_SIZE / 8].leak();
    VmConfig {
        heap_start: heap.as_mut_ptr().cast(),
        heap_size: HEAP_SIZE,
        stack_limit: STACK_LIMIT,
    }
}

/// Run a script or `-c` code; the exit status follows CPython.
fn run_code(source: &[u8], name: &str) -> u8 {
    let to_stderr = Rc::new(Cell::new(false));
    let port = HostPort::new(Input::Stdin, to_stderr.clone());
    // SAFETY: the heap from `config` is fresh, leaked memory used only here.
    let mut vm = unsafe { Vm::new(config(), Box::new(port)) };
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
fn run_repl(on_tty: bool) -> u8 {
    let port = HostPort::new(Input::Queue(term::spawn_reader()), Rc::default());
    // SAFETY: the heap from `config` is fresh, leaked memory used only here.
    let mut vm = unsafe { ConsoleVm::new(config(), port) };
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
