//! Arbitrary bytes as a script: compile and run on a fresh interpreter with
//! a small heap, output captured. Any panic is a finding; so is an internal
//! compiler error (a code generator bug reported as SyntaxError).
//!
//! Infinite loops are not findings: a watchdog thread raises
//! KeyboardInterrupt once a run has taken `RUN_LIMIT`, and keeps raising it
//! until the run ends. Scripts that could swallow KeyboardInterrupt forever
//! (bare `except:`, `finally`, `__exit__`, naming the interrupt's classes)
//! are compiled but not run; so are scripts naming `uctypes`, whose raw
//! memory access crashes on a mutated address by design.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mp_vm::{runtime::interrupt, ExecError, InputMode, Port, Vm, VmConfig};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;
use std::time::{Duration, Instant};

const HEAP_SIZE: usize = 96 * 1024;
/// Machine stack the interpreter may use (about the board's budget).
const STACK_LIMIT: usize = 256 * 1024;
const RUN_LIMIT: Duration = Duration::from_millis(100);
/// Output kept per run (a loop can print for the whole time limit).
const OUTPUT_CAP: usize = 64 * 1024;

/// Milliseconds since `EPOCH` at which the current run started, or 0.
static RUN_STARTED: AtomicU64 = AtomicU64::new(0);
static WATCHDOG: Once = Once::new();

fn epoch() -> Instant {
    static mut EPOCH: Option<Instant> = None;
    static INIT: Once = Once::new();
    // SAFETY: written once under `INIT`, read-only afterwards.
    unsafe {
        INIT.call_once(|| EPOCH = Some(Instant::now()));
        (*core::ptr::addr_of!(EPOCH)).unwrap_or_else(Instant::now)
    }
}

fn now_ms() -> u64 {
    epoch().elapsed().as_millis() as u64 + 1
}

fn start_watchdog() {
    WATCHDOG.call_once(|| {
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_millis(2));
            let started = RUN_STARTED.load(Ordering::SeqCst);
            if started != 0 && now_ms() - started > RUN_LIMIT.as_millis() as u64 {
                interrupt::request();
            }
        });
    });
}

struct Capture(Rc<RefCell<Vec<u8>>>);

impl Port for Capture {
    fn write(&mut self, data: &[u8]) {
        let mut out = self.0.borrow_mut();
        let room = OUTPUT_CAP.saturating_sub(out.len());
        out.extend_from_slice(&data[..data.len().min(room)]);
    }
    fn read_byte(&mut self) -> Option<u8> {
        None
    }
    fn ticks_ms(&mut self) -> u32 {
        now_ms() as u32
    }
    fn ticks_us(&mut self) -> u32 {
        (now_ms() as u32).wrapping_mul(1000)
    }
    fn delay_ms(&mut self, _ms: u32) {}
}

/// Could this script catch KeyboardInterrupt and loop on, or reach raw memory (`uctypes`
/// reads and writes any address by design, so a mutated address is no finding)?
fn may_swallow_interrupt(src: &str) -> bool {
    if ["finally", "BaseException", "KeyboardInterrupt", "__exit__", "exec", "eval", "uctypes"]
        .iter()
        .any(|w| src.contains(w))
    {
        return true;
    }
    // `except:` and `except (...)`: a bare or computed handler.
    src.match_indices("except").any(|(i, _)| {
        let rest = src[i + 6..].trim_start_matches([' ', '\t', '\\', '\n', '\r']);
        rest.starts_with(':') || rest.starts_with('(')
    })
}

fuzz_target!(|data: &[u8]| {
    start_watchdog();
    let Ok(src) = core::str::from_utf8(data) else {
        return;
    };
    let run = !may_swallow_interrupt(src);
    let mut heap = vec![0u64; HEAP_SIZE / 8];
    let out = Rc::new(RefCell::new(Vec::new()));
    let config = VmConfig {
        heap_start: heap.as_mut_ptr() as *mut u8,
        heap_size: HEAP_SIZE,
        stack_limit: STACK_LIMIT,
    };
    // SAFETY: `heap` outlives `vm` and nothing else uses it.
    let mut vm = unsafe { Vm::new(config, Box::new(Capture(out.clone()))) };
    let source: Vec<u8> = if run {
        data.to_vec()
    } else {
        // Compile only: wrap the script in a function that is never called.
        let mut s = b"def __fuzz__():\n".to_vec();
        for line in src.split_inclusive('\n') {
            s.extend_from_slice(b"  ");
            s.extend_from_slice(line.as_bytes());
        }
        s
    };
    interrupt::clear();
    RUN_STARTED.store(now_ms(), Ordering::SeqCst);
    let r = vm.exec(&source, "<fuzz>", InputMode::File);
    RUN_STARTED.store(0, Ordering::SeqCst);
    interrupt::clear();
    if let Err(ExecError::Exception(e)) = r {
        out.borrow_mut().clear();
        vm.print_exception(&e);
        let text = String::from_utf8_lossy(&out.borrow()).into_owned();
        assert!(
            !text.contains("internal compiler error"),
            "code generator bug:\n{text}"
        );
    }
    drop(vm);
    drop(heap);
});
