//! A Vm on a private heap with a port that captures output, for tests.

use mp_vm::{InputMode, Port, Vm, VmConfig};
use std::cell::RefCell;
use std::rc::Rc;

pub struct CapturePort {
    pub out: Rc<RefCell<Vec<u8>>>,
}

impl Port for CapturePort {
    fn write(&mut self, data: &[u8]) {
        self.out.borrow_mut().extend_from_slice(data);
    }
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

pub struct TestVm {
    pub vm: Vm,
    pub out: Rc<RefCell<Vec<u8>>>,
    _heap: Vec<u64>,
}

impl TestVm {
    pub fn new(heap_bytes: usize) -> TestVm {
        let mut heap = vec![0u64; heap_bytes / 8];
        let out = Rc::new(RefCell::new(Vec::new()));
        let port = Box::new(CapturePort { out: out.clone() });
        let config = VmConfig {
            heap_start: heap.as_mut_ptr() as *mut u8,
            heap_size: heap_bytes,
            stack_limit: 256 * 1024,
        };
        // SAFETY: the heap vector lives as long as the Vm (same struct).
        let vm = unsafe { Vm::new(config, port) };
        TestVm {
            vm,
            out,
            _heap: heap,
        }
    }

    /// Run source; returns stdout plus the traceback text if it raised.
    pub fn run(&mut self, src: &str) -> String {
        self.out.borrow_mut().clear();
        if let Err(mp_vm::ExecError::Exception(e)) =
            self.vm.exec(src.as_bytes(), "<test>", InputMode::File)
        {
            self.vm.print_exception(&e);
        }
        String::from_utf8_lossy(&self.out.borrow()).into_owned()
    }
}
