//! `machine` on the host: the module against embedded-hal-mock drivers, so
//! every Python call is checked against the exact bus traffic it makes.

use embedded_hal::i2c::{ErrorKind as I2cErrorKind, NoAcknowledgeSource};
use embedded_hal_mock::eh1::digital::{Mock as PinMock, State, Transaction as PinT};
use embedded_hal_mock::eh1::i2c::{Mock as I2cMock, Transaction as I2cT};
use embedded_hal_mock::eh1::spi::{Mock as SpiMock, Transaction as SpiT};
use mp_hal::i2c::I2cDev;
use mp_hal::spi::SpiDev;
use mp_hal::{BoardOps, InPin, Machine, OutPin};
use mp_vm::{InputMode, Port, Vm, VmConfig};
use std::cell::RefCell;
use std::rc::Rc;

struct CapturePort(Rc<RefCell<Vec<u8>>>);

impl Port for CapturePort {
    fn write(&mut self, data: &[u8]) {
        self.0.borrow_mut().extend_from_slice(data);
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

/// What the board double was asked to do.
struct Log {
    resets: u32,
    idles: u32,
    irq_enabled: bool,
    /// A 64-byte window of "registers" at 0x1000.
    regs: [u8; 64],
}

struct TestOps(Rc<RefCell<Log>>);

impl BoardOps for TestOps {
    fn reset(&mut self) {
        self.0.borrow_mut().resets += 1;
    }
    fn freq(&self) -> u32 {
        25_000_000
    }
    fn unique_id(&self) -> Vec<u8> {
        vec![0x50, 0x38, 0x04, 0x41]
    }
    fn idle(&mut self) {
        self.0.borrow_mut().idles += 1;
    }
    fn disable_irq(&mut self) -> bool {
        std::mem::replace(&mut self.0.borrow_mut().irq_enabled, false)
    }
    fn enable_irq(&mut self, enabled: bool) {
        self.0.borrow_mut().irq_enabled = enabled;
    }
    fn mem_read(&mut self, addr: u32, width: u32) -> Option<u32> {
        let off = addr.checked_sub(0x1000)? as usize;
        let log = self.0.borrow();
        let b = log.regs.get(off..off + width as usize)?;
        let mut w = [0u8; 4];
        w[..b.len()].copy_from_slice(b);
        Some(u32::from_le_bytes(w))
    }
    fn mem_write(&mut self, addr: u32, width: u32, value: u32) -> bool {
        let Some(off) = addr.checked_sub(0x1000) else {
            return false;
        };
        let off = off as usize;
        let mut log = self.0.borrow_mut();
        match log.regs.get_mut(off..off + width as usize) {
            Some(b) => {
                b.copy_from_slice(&value.to_le_bytes()[..width as usize]);
                true
            }
            None => false,
        }
    }
}

struct Board {
    vm: Vm,
    out: Rc<RefCell<Vec<u8>>>,
    log: Rc<RefCell<Log>>,
    _heap: Vec<u64>,
}

impl Board {
    fn new(
        led0: PinMock,
        led1: PinMock,
        button: PinMock,
        i2c: Option<I2cMock>,
        spi: Option<SpiMock<u8>>,
    ) -> Board {
        let mut heap = vec![0u64; 512 * 1024 / 8];
        let out = Rc::new(RefCell::new(Vec::new()));
        let config = VmConfig {
            heap_start: heap.as_mut_ptr() as *mut u8,
            heap_size: 512 * 1024,
            stack_limit: 256 * 1024,
        };
        // SAFETY: the heap vector lives as long as the Vm (same struct).
        let mut vm = unsafe { Vm::new(config, Box::new(CapturePort(out.clone()))) };
        let log = Rc::new(RefCell::new(Log {
            resets: 0,
            idles: 0,
            irq_enabled: true,
            regs: [0; 64],
        }));
        let mut m = Machine::new(Box::new(TestOps(log.clone())));
        m.add_pin("LED0", Box::new(OutPin(led0)))
            .add_pin("LED1", Box::new(OutPin(led1)))
            .add_pin("BUTTON0", Box::new(InPin(button)));
        if let Some(bus) = i2c {
            m.add_i2c(Box::new(I2cDev(bus)));
        }
        if let Some(bus) = spi {
            m.add_spi(Box::new(SpiDev(bus)));
        }
        m.install(&mut vm);
        Board {
            vm,
            out,
            log,
            _heap: heap,
        }
    }

    fn pins(led0: &[PinT], led1: &[PinT], button: &[PinT]) -> (Board, [PinMock; 3]) {
        let mocks = [PinMock::new(led0), PinMock::new(led1), PinMock::new(button)];
        let b = Board::new(
            mocks[0].clone(),
            mocks[1].clone(),
            mocks[2].clone(),
            None,
            None,
        );
        (b, mocks)
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

fn last_line(s: &str) -> &str {
    s.trim_end().lines().last().unwrap_or("")
}

#[test]
fn module_functions() {
    let (mut b, mut pins) = Board::pins(&[], &[], &[]);
    let out = b.run(
        "import machine, umachine\n\
         print(machine is umachine, machine.__name__)\n\
         print(machine.freq(), machine.unique_id())\n\
         machine.idle(); machine.idle()\n\
         s = machine.disable_irq(); print(s)\n\
         print(machine.disable_irq())\n\
         machine.enable_irq(s)\n\
         machine.reset()\n",
    );
    assert_eq!(out, "True umachine\n25000000 b'P8\\x04A'\nTrue\nFalse\n");
    let log = b.log.borrow();
    assert_eq!((log.idles, log.resets, log.irq_enabled), (2, 1, true));
    drop(log);
    assert_eq!(
        b.run("import machine\nmachine.enable_irq(False)\nmachine.enable_irq()\n"),
        ""
    );
    assert!(b.log.borrow().irq_enabled);
    for p in &mut pins {
        p.done();
    }
}

#[test]
fn mem_access() {
    let (mut b, mut pins) = Board::pins(&[], &[], &[]);
    let out = b.run(
        "from machine import mem8, mem16, mem32\n\
         print(mem8, mem16, mem32)\n\
         mem32[0x1000] = 0x12345678\n\
         print(hex(mem32[0x1000]), hex(mem16[0x1002]), hex(mem8[0x1003]))\n\
         mem32[0x1004] = 0xfffffffe\n\
         print(mem32[0x1004], mem32[0x1004] & 0xffffffff, mem16[0x1004], mem8[0x1004])\n\
         mem8[0x1008] = 0x1ff\n\
         mem16[0x100a] = -1\n\
         print(hex(mem32[0x1008]))\n\
         for bad in ('mem32[0x1001]', 'mem16[0x1003]', 'mem32[0x2000]', 'mem32[\"x\"]', 'mem8[1.5]'):\n\
         \x20   try:\n\
         \x20       eval(bad)\n\
         \x20   except (ValueError, TypeError) as e:\n\
         \x20       print(type(e).__name__, e)\n\
         try:\n\
         \x20   mem32[0x4000] = 1\n\
         except ValueError as e:\n\
         \x20   print(e)\n\
         try:\n\
         \x20   mem32[0x1000] = 1 << 70\n\
         except OverflowError:\n\
         \x20   print('OverflowError')\n",
    );
    assert_eq!(
        out,
        "<8-bit memory> <16-bit memory> <32-bit memory>\n\
         0x12345678 0x1234 0x12\n\
         -2 4294967294 65534 254\n\
         -0xff01\n\
         ValueError address 00001001 is not aligned to 4 bytes\n\
         ValueError address 00001003 is not aligned to 2 bytes\n\
         ValueError address 00002000 is not accessible\n\
         TypeError 'str' object cannot be interpreted as an integer\n\
         TypeError 'float' object cannot be interpreted as an integer\n\
         address 00004000 is not accessible\n\
         OverflowError\n"
    );
    for p in &mut pins {
        p.done();
    }
}

#[test]
fn pin_output_reaches_the_driver() {
    let led0 = [
        PinT::set(State::High),
        PinT::get_state(State::High),
        PinT::set(State::Low),
        PinT::get_state(State::Low),
        PinT::set(State::High),
        PinT::set(State::Low),
        PinT::set(State::High),
        PinT::get_state(State::High),
    ];
    let led1 = [PinT::set(State::High), PinT::get_state(State::High)];
    let (mut b, mut pins) = Board::pins(&led0, &led1, &[]);
    let out = b.run(
        "from machine import Pin\n\
         p = Pin(0, Pin.OUT)\n\
         print(p, Pin.IN, Pin.OUT)\n\
         p.value(1); print(p.value())\n\
         p.value(0); print(p())\n\
         p.high(); p.low(); p(2)\n\
         print(p.value(), p.name(), p.mode() == Pin.OUT)\n\
         q = Pin('LED1', mode=Pin.OUT, value=True)\n\
         print(q.value(), q)\n",
    );
    assert_eq!(
        out,
        "Pin('LED0', mode=Pin.OUT) 0 1\n1\n0\n1 LED0 True\n1 Pin('LED1', mode=Pin.OUT)\n"
    );
    for p in &mut pins {
        p.done();
    }
}

#[test]
fn pin_input_and_errors() {
    let button = [PinT::get(State::Low), PinT::get(State::High)];
    let (mut b, mut pins) = Board::pins(&[], &[], &button);
    let out = b.run(
        "from machine import Pin\n\
         btn = Pin('BUTTON0', Pin.IN, Pin.PULL_UP)\n\
         print(btn, btn.value(), btn())\n\
         print(Pin(2))\n\
         print(Pin(btn).name())\n\
         def err(f):\n\
         \x20   try:\n\
         \x20       f()\n\
         \x20   except Exception as e:\n\
         \x20       print(type(e).__name__, e)\n\
         err(lambda: Pin(3))\n\
         err(lambda: Pin(-1))\n\
         err(lambda: Pin('LED9'))\n\
         err(lambda: Pin(1.0))\n\
         err(lambda: Pin(0, 7))\n\
         err(lambda: Pin(0, Pin.OUT, 9))\n\
         err(lambda: Pin(2, Pin.OUT))\n\
         err(lambda: btn.value(1))\n\
         err(lambda: btn.high())\n\
         err(lambda: btn(1, 2))\n\
         err(lambda: Pin(0, bogus=1))\n\
         err(lambda: Pin())\n",
    );
    assert_eq!(
        out,
        "Pin('BUTTON0', mode=Pin.IN, pull=Pin.PULL_UP) 0 1\n\
         Pin('BUTTON0', mode=Pin.IN)\n\
         BUTTON0\n\
         ValueError invalid pin\n\
         ValueError invalid pin\n\
         ValueError invalid pin\n\
         TypeError pin id must be int or str\n\
         ValueError invalid pin mode: 7\n\
         ValueError invalid pull value: 9\n\
         ValueError pin BUTTON0 is input only\n\
         ValueError pin BUTTON0 is input only\n\
         ValueError pin BUTTON0 is input only\n\
         TypeError function takes at most 1 argument (2 given)\n\
         TypeError Pin() got an unexpected keyword argument 'bogus'\n\
         TypeError function missing 1 required positional argument\n"
    );
    for p in &mut pins {
        p.done();
    }
}

#[test]
fn pin_driver_error_is_oserror() {
    let err = embedded_hal_mock::eh1::MockError::Io(std::io::ErrorKind::NotConnected);
    let led0 = [PinT::set(State::High).with_error(err)];
    let (mut b, mut pins) = Board::pins(&led0, &[], &[]);
    let out =
        b.run("from machine import Pin\ntry:\n Pin(0).value(1)\nexcept OSError as e:\n print(e)\n");
    assert_eq!(out, "[Errno 5] EIO\n");
    for p in &mut pins {
        p.done();
    }
}

/// Unused pins (their mocks still need `done()`).
fn no_pins() -> [PinMock; 3] {
    [PinMock::new(&[]), PinMock::new(&[]), PinMock::new(&[])]
}

#[test]
fn i2c_transfers() {
    let nack = I2cErrorKind::NoAcknowledge(NoAcknowledgeSource::Address);
    let mut tx = Vec::new();
    for a in 0x08u8..=0x77 {
        let t = I2cT::read(a, vec![]);
        tx.push(if a == 0x48 || a == 0x50 {
            t
        } else {
            t.with_error(nack)
        });
    }
    tx.extend([
        I2cT::write_read(0x48, vec![0x00], vec![0x19, 0x80]),
        I2cT::write(0x48, vec![0x01, 0x60]),
        I2cT::read(0x48, vec![0xab, 0xcd, 0xef]),
        I2cT::write_read(0x50, vec![0x01, 0x02], vec![7, 8]),
        I2cT::write(0x50, vec![0x00, 0x10, b'h', b'i']),
        I2cT::read(0x48, vec![1, 2]),
        I2cT::write(0x48, vec![9]),
        I2cT::write(0x11, vec![1]).with_error(nack),
        I2cT::write(0x48, vec![1, 2])
            .with_error(I2cErrorKind::NoAcknowledge(NoAcknowledgeSource::Data)),
    ]);
    let mut bus = I2cMock::new(&tx);
    let mut pins = no_pins();
    let [l0, l1, btn] = pins.clone();
    let mut b = Board::new(l0, l1, btn, Some(bus.clone()), None);
    let out = b.run(
        "from machine import I2C\n\
         i2c = I2C(0, freq=100000)\n\
         print(i2c, [hex(a) for a in i2c.scan()])\n\
         print(i2c.readfrom_mem(0x48, 0, 2))\n\
         print(i2c.writeto_mem(0x48, 1, b'\\x60'))\n\
         print(i2c.readfrom(0x48, 3))\n\
         buf = bytearray(2)\n\
         i2c.readfrom_mem_into(0x50, 0x0102, buf, addrsize=16); print(buf)\n\
         i2c.writeto_mem(0x50, 0x10, bytearray(b'hi'), addrsize=16)\n\
         i2c.readfrom_into(0x48, buf); print(buf)\n\
         print(i2c.writeto(0x48, b'\\x09'))\n\
         def err(f):\n\
         \x20   try:\n\
         \x20       f()\n\
         \x20   except Exception as e:\n\
         \x20       print(type(e).__name__, e)\n\
         err(lambda: i2c.writeto(0x11, b'\\x01'))\n\
         err(lambda: i2c.writeto(0x48, b'\\x01\\x02'))\n\
         err(lambda: i2c.writeto(0x80, b''))\n\
         err(lambda: i2c.readfrom(0x48, -1))\n\
         err(lambda: i2c.readfrom_into(0x48, b'xx'))\n\
         err(lambda: i2c.writeto(0x48, 'str'))\n\
         err(lambda: i2c.readfrom_mem(0x48, 0, 1, addrsize=12))\n\
         err(lambda: i2c.writeto(0x48, b'', stop=False))\n\
         err(lambda: I2C(1))\n",
    );
    assert_eq!(
        out,
        "I2C(0) ['0x48', '0x50']\n\
         b'\\x19\\x80'\n\
         None\n\
         b'\\xab\\xcd\\xef'\n\
         bytearray(b'\\x07\\x08')\n\
         bytearray(b'\\x01\\x02')\n\
         None\n\
         OSError [Errno 19] ENODEV\n\
         OSError [Errno 5] EIO\n\
         ValueError I2C address out of range\n\
         ValueError negative count\n\
         TypeError object with writable buffer required\n\
         TypeError object with buffer protocol required\n\
         ValueError addrsize must be 8 or 16\n\
         ValueError stop=False is not supported\n\
         ValueError I2C(1) does not exist\n"
    );
    bus.done();
    for p in &mut pins {
        p.done();
    }
}

#[test]
fn spi_transfers() {
    let tx = [
        SpiT::write_vec(vec![1, 2, 3]),
        SpiT::flush(),
        SpiT::transfer(vec![0xff, 0xff], vec![0xa5, 0x5a]),
        SpiT::flush(),
        SpiT::transfer(vec![0, 0, 0], vec![4, 5, 6]),
        SpiT::flush(),
        SpiT::transfer(vec![9, 8], vec![9, 8]),
        SpiT::flush(),
    ];
    let mut bus = SpiMock::new(&tx);
    let mut pins = no_pins();
    let [l0, l1, btn] = pins.clone();
    let mut b = Board::new(l0, l1, btn, None, Some(bus.clone()));
    let out = b.run(
        "from machine import SPI\n\
         spi = SPI(0, baudrate=500000, polarity=1)\n\
         print(spi)\n\
         spi.write(b'\\x01\\x02\\x03')\n\
         print(spi.read(2, 0xff))\n\
         buf = bytearray(3); spi.readinto(buf); print(buf)\n\
         rb = bytearray(2); spi.write_readinto(b'\\x09\\x08', rb); print(rb)\n\
         def err(f):\n\
         \x20   try:\n\
         \x20       f()\n\
         \x20   except Exception as e:\n\
         \x20       print(type(e).__name__, e)\n\
         err(lambda: spi.write_readinto(b'1', bytearray(2)))\n\
         err(lambda: SPI(0, bits=16))\n\
         err(lambda: SPI(0, phase=2))\n\
         err(lambda: SPI(3))\n\
         spi.init(baudrate=2000000); spi.deinit(); print(spi)\n",
    );
    assert_eq!(
        out,
        "SPI(0, baudrate=500000, polarity=1, phase=0, bits=8, firstbit=SPI.MSB)\n\
         b'\\xa5Z'\n\
         bytearray(b'\\x04\\x05\\x06')\n\
         bytearray(b'\\t\\x08')\n\
         ValueError buffers must be the same length\n\
         ValueError only 8-bit words are supported\n\
         ValueError phase must be 0 or 1\n\
         ValueError SPI(3) does not exist\n\
         SPI(0, baudrate=2000000, polarity=1, phase=0, bits=8, firstbit=SPI.MSB)\n"
    );
    bus.done();
    for p in &mut pins {
        p.done();
    }
}

#[test]
fn without_install_there_is_no_machine() {
    let mut heap = vec![0u64; 128 * 1024 / 8];
    let out = Rc::new(RefCell::new(Vec::new()));
    let config = VmConfig {
        heap_start: heap.as_mut_ptr() as *mut u8,
        heap_size: 128 * 1024,
        stack_limit: 256 * 1024,
    };
    // SAFETY: heap outlives vm (dropped after it at the end of the test).
    let mut vm = unsafe { Vm::new(config, Box::new(CapturePort(out.clone()))) };
    if let Err(mp_vm::ExecError::Exception(e)) =
        vm.exec(b"import machine", "<test>", InputMode::File)
    {
        vm.print_exception(&e);
    }
    let text = String::from_utf8_lossy(&out.borrow()).into_owned();
    assert!(last_line(&text).starts_with("ImportError"), "{text}");
}
