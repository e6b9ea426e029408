//! Ctrl-C: a pending interrupt stops any loop with KeyboardInterrupt.
//! (Its own test binary: the interrupt flag is process-wide.)

mod common;
use common::TestVm;

#[test]
fn pending_interrupt_stops_a_tight_loop() {
    let mut t = TestVm::new(64 * 1024);
    let stopper = std::thread::spawn(|| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        mp_vm::interrupt::request();
    });
    let out = t.run("while True:\n    pass\n");
    stopper.join().unwrap();
    assert!(out.ends_with("KeyboardInterrupt\n"), "{out}");
    assert_eq!(t.run("print('next')"), "next\n");
}
