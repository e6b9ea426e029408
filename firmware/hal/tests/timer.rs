//! `machine.Timer` on the host against a simulated clock: the port's
//! `delay_ms` advances virtual time and "fires" the timers as their ISR
//! would (count the expiry, request callbacks), so the handler dispatch at
//! the VM's safe points is checked exactly. One test binary of its own:
//! the pending-callback flag is process-wide.

use mp_hal::{BoardOps, Machine, TimerHw};
use mp_vm::{runtime::interrupt, InputMode, Port, Vm, VmConfig};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Mutex;

/// The interrupt flags (Ctrl-C, pending callbacks) are process-wide, as on a board:
/// two VMs in parallel test threads would take each other's timer ticks.
static ONE_VM_AT_A_TIME: Mutex<()> = Mutex::new(());

#[derive(Default)]
struct Clock {
    now_us: u64,
    /// Per timer: (period, next expiry, periodic) while running.
    timers: [Option<(u64, u64, bool)>; 2],
    fired: [u32; 2],
    starts: u32,
}

impl Clock {
    fn advance(&mut self, us: u64) {
        let end = self.now_us + us;
        for id in 0..2 {
            while let Some((period, next, periodic)) = self.timers[id] {
                if next > end {
                    break;
                }
                self.fired[id] += 1;
                interrupt::request_callbacks();
                self.timers[id] = periodic.then_some((period, next + period, true));
            }
        }
        self.now_us = end;
    }
}

struct SimPort(Rc<RefCell<Vec<u8>>>, Rc<RefCell<Clock>>);

impl Port for SimPort {
    fn write(&mut self, data: &[u8]) {
        self.0.borrow_mut().extend_from_slice(data);
    }
    fn read_byte(&mut self) -> Option<u8> {
        None
    }
    fn ticks_ms(&mut self) -> u32 {
        (self.1.borrow().now_us / 1000) as u32
    }
    fn ticks_us(&mut self) -> u32 {
        self.1.borrow().now_us as u32
    }
    fn delay_ms(&mut self, ms: u32) {
        // One millisecond at a time, stopping early on an event as the
        // board's delay does.
        for _ in 0..ms {
            self.1.borrow_mut().advance(1000);
            if interrupt::pending() {
                break;
            }
        }
    }
}

struct SimTimers(Rc<RefCell<Clock>>);

impl TimerHw for SimTimers {
    fn count(&self) -> usize {
        2
    }
    fn max_period_us(&self) -> u64 {
        171_798_691
    }
    fn start(&mut self, id: usize, period_us: u64, periodic: bool) {
        let mut c = self.0.borrow_mut();
        c.timers[id] = Some((period_us, c.now_us + period_us, periodic));
        c.fired[id] = 0;
        c.starts += 1;
    }
    fn stop(&mut self, id: usize) {
        self.0.borrow_mut().timers[id] = None;
    }
    fn take_fired(&mut self, id: usize) -> u32 {
        std::mem::take(&mut self.0.borrow_mut().fired[id])
    }
}

/// Interrupt state, and the clock `idle` lets run for a millisecond.
struct Ops(Rc<RefCell<bool>>, Rc<RefCell<Clock>>);

impl BoardOps for Ops {
    fn reset(&mut self) {}
    fn freq(&self) -> u32 {
        25_000_000
    }
    fn unique_id(&self) -> Vec<u8> {
        vec![1]
    }
    fn idle(&mut self) {
        self.1.borrow_mut().advance(1000);
    }
    fn disable_irq(&mut self) -> bool {
        std::mem::replace(&mut *self.0.borrow_mut(), false)
    }
    fn enable_irq(&mut self, enabled: bool) {
        *self.0.borrow_mut() = enabled;
    }
}

struct Board {
    vm: Vm,
    out: Rc<RefCell<Vec<u8>>>,
    clock: Rc<RefCell<Clock>>,
    _heap: Vec<u64>,
}

impl Board {
    fn new() -> Board {
        let mut heap = vec![0u64; 256 * 1024 / 8];
        let out = Rc::new(RefCell::new(Vec::new()));
        let clock = Rc::new(RefCell::new(Clock::default()));
        let config = VmConfig {
            heap_start: heap.as_mut_ptr() as *mut u8,
            heap_size: 256 * 1024,
            stack_limit: 256 * 1024,
        };
        // SAFETY: the heap vector lives as long as the Vm (same struct).
        let mut vm = unsafe { Vm::new(config, Box::new(SimPort(out.clone(), clock.clone()))) };
        let mut m = Machine::new(Box::new(Ops(Rc::new(RefCell::new(true)), clock.clone())));
        m.set_timers(Box::new(SimTimers(clock.clone())));
        m.install(&mut vm);
        Board {
            vm,
            out,
            clock,
            _heap: heap,
        }
    }

    fn run(&mut self, src: &str) -> String {
        self.out.borrow_mut().clear();
        if let Err(mp_vm::ExecError::Exception(e)) =
            self.vm.exec(src.as_bytes(), "<test>", InputMode::File)
        {
            self.vm.print_exception(&e);
        }
        String::from_utf8_lossy(&self.out.borrow()).into_owned()
    }
}

#[test]
fn timer_handlers_run_at_safe_points() {
    let _one = ONE_VM_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut b = Board::new();
    // Periodic at 10 ms for 100 ms of sleep: exactly 10 calls, each with
    // the timer object.
    let out = b.run(
        "from machine import Timer\nimport utime\n\
         n = 0\nseen = [None]\n\
         def cb(t):\n    global n\n    n += 1\n    seen[0] = t\n\
         t = Timer(0, mode=Timer.PERIODIC, period=10, callback=cb)\n\
         utime.sleep_ms(100)\n\
         print(n, seen[0] is t, t)\n\
         t.deinit()\nutime.sleep_ms(50)\nprint(n, t)\n",
    );
    assert_eq!(
        out,
        "10 True Timer(0, mode=Timer.PERIODIC, period_us=10000)\n10 Timer(0)\n"
    );

    // One-shot runs once; freq= gives the period.
    let out = b.run(
        "from machine import Timer\nimport utime\n\
         k = 0\n\
         def cb(t):\n    global k\n    k += 1\n\
         Timer(1, mode=Timer.ONE_SHOT, freq=50, callback=cb)\n\
         utime.sleep_ms(200)\nprint(k, Timer(1))\n",
    );
    assert_eq!(out, "1 Timer(1)\n");

    // Allocation in a handler: MemoryError, reported, handler disabled,
    // the program goes on.
    let out = b.run(
        "from machine import Timer\nimport utime\n\
         def cb(t):\n    x = [1, 2]\n\
         t = Timer(0, period=5, callback=cb)\n\
         utime.sleep_ms(30)\nt.deinit()\nprint('after')\n",
    );
    assert_eq!(
        out,
        "uncaught exception in Timer(0) interrupt handler\nMemoryError\nafter\n"
    );

    // disable_irq holds handlers back until enable_irq.
    let out = b.run(
        "import machine, utime\n\
         h = 0\n\
         def cb(t):\n    global h\n    h += 1\n\
         t = machine.Timer(0, mode=machine.Timer.ONE_SHOT, period=1, callback=cb)\n\
         s = machine.disable_irq()\nutime.sleep_ms(5)\na = h\n\
         machine.enable_irq(s)\n\
         for i in range(3):\n    pass\n\
         print(a, h)\n",
    );
    assert_eq!(out, "0 1\n");

    // A soft reset stops the timers (their handlers are gone).
    b.run("from machine import Timer\nTimer(0, period=5, callback=lambda t: None)\n");
    assert!(b.clock.borrow().timers[0].is_some());
    b.vm.soft_reset();
    assert!(b.clock.borrow().timers[0].is_none());
    assert_eq!(
        b.run("import utime\nutime.sleep_ms(20)\nprint('ok')\n"),
        "ok\n"
    );

    // Bad ids and arguments raise, never panic.
    let out = b.run(
        "from machine import Timer\n\
         for a in (2, -1):\n\
         \x20   try:\n        Timer(a)\n    except ValueError as e:\n        print(e)\n\
         try:\n    Timer(0).init(period=0)\nexcept ValueError as e:\n    print(e)\n\
         try:\n    Timer(0).init(period=1, callback=1)\nexcept TypeError as e:\n    print(e)\n",
    );
    assert_eq!(
        out,
        "Timer(2) doesn't exist\nTimer(-1) doesn't exist\nperiod must be positive\n\
         callback must be None or a callable object\n"
    );
}

/// A loopback serial port: what is written can be read back.
struct Loop(Rc<RefCell<(std::collections::VecDeque<u8>, bool)>>);

impl mp_hal::UartPort for Loop {
    fn init(
        &mut self,
        baud: u32,
        bits: u8,
        parity: Option<u8>,
        stop: u8,
    ) -> Result<(), &'static str> {
        if bits != 8 || parity.is_some() || stop != 1 || baud > 1_000_000 {
            return Err("unsupported");
        }
        self.0.borrow_mut().1 = true;
        Ok(())
    }
    fn deinit(&mut self) {
        let mut s = self.0.borrow_mut();
        s.0.clear();
        s.1 = false;
    }
    fn write(&mut self, data: &[u8]) {
        self.0.borrow_mut().0.extend(data);
    }
    fn read_byte(&mut self) -> Option<u8> {
        self.0.borrow_mut().0.pop_front()
    }
    fn any(&mut self) -> usize {
        self.0.borrow().0.len()
    }
}

#[test]
fn uart_over_a_loopback_port_and_wdt_without_hardware() {
    let _one = ONE_VM_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut heap = vec![0u64; 256 * 1024 / 8];
    let out = Rc::new(RefCell::new(Vec::new()));
    let clock = Rc::new(RefCell::new(Clock::default()));
    let config = VmConfig {
        heap_start: heap.as_mut_ptr() as *mut u8,
        heap_size: 256 * 1024,
        stack_limit: 256 * 1024,
    };
    // SAFETY: `heap` outlives the Vm (dropped after it).
    let mut vm = unsafe { Vm::new(config, Box::new(SimPort(out.clone(), clock.clone()))) };
    let port = Rc::new(RefCell::new((Default::default(), false)));
    let mut m = Machine::new(Box::new(Ops(Rc::new(RefCell::new(true)), clock.clone())));
    m.add_uart(3, Box::new(Loop(port.clone())));
    m.install(&mut vm);
    let mut b = Board {
        vm,
        out,
        clock,
        _heap: heap,
    };
    let got = b.run(
        "from machine import UART, WDT\n\
         u = UART(3, 9600, timeout=10)\n\
         print(u.write(b'one\\ntwo'), u.any())\n\
         print(u.readline(), u.read(2), u.read(), u.read())\n\
         u.write('abcdef')\n\
         buf = bytearray(4)\n\
         print(u.readinto(buf), buf, u.readinto(buf, 1), buf)\n\
         try:\n    u.init(bits=7)\nexcept ValueError as e:\n    print(e)\n\
         try:\n    UART(1)\nexcept ValueError as e:\n    print(e)\n\
         try:\n    WDT(timeout=2000)\nexcept ValueError as e:\n    print(e)\n",
    );
    assert_eq!(
        got,
        "7 7\nb'one\\n' b'tw' b'o' None\n4 bytearray(b'ebcd') 1 bytearray(b'ebcd')\n\
         unsupported\nUART(1) doesn't exist\nno watchdog on this board\n"
    );
    assert!(port.borrow().1);
    // Waiting for bytes that never come takes the timeout on the clock.
    assert_eq!(b.run("print(u.read())"), "b'f'\n");
    let before = b.clock.borrow().now_us;
    assert_eq!(b.run("print(u.read(1))"), "None\n");
    let waited = b.clock.borrow().now_us - before;
    assert!((10_000..12_000).contains(&waited), "{waited}");
    b.vm.soft_reset();
    assert!(!port.borrow().1, "soft reset turns UARTs off");
}
