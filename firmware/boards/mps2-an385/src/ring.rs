//! Single-producer single-consumer byte ring: the UART RX interrupt pushes,
//! the REPL pops. Lock-free, so the ISR never waits and the main loop never
//! masks interrupts to read.

use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicUsize, Ordering};

pub struct Ring<const N: usize> {
    buf: UnsafeCell<[u8; N]>,
    /// Bytes ever pushed (wrapping); written only by the producer.
    head: AtomicUsize,
    /// Bytes ever popped (wrapping); written only by the consumer.
    tail: AtomicUsize,
}

// SAFETY: one producer writes only the slot at `head` before publishing it,
// one consumer reads only slots below `head` before releasing them.
unsafe impl<const N: usize> Sync for Ring<N> {}

impl<const N: usize> Ring<N> {
    const MASK: usize = {
        assert!(N.is_power_of_two());
        N - 1
    };

    pub const fn new() -> Ring<N> {
        Ring {
            buf: UnsafeCell::new([0; N]),
            head: AtomicUsize::new(0),
            tail: AtomicUsize::new(0),
        }
    }

    /// Producer side. False when the ring is full (the byte is lost).
    pub fn push(&self, byte: u8) -> bool {
        let head = self.head.load(Ordering::Relaxed);
        let tail = self.tail.load(Ordering::Acquire);
        if head.wrapping_sub(tail) >= N {
            return false;
        }
        // SAFETY: the slot is free (checked above) and only we write it.
        unsafe { (*self.buf.get())[head & Self::MASK] = byte };
        self.head.store(head.wrapping_add(1), Ordering::Release);
        true
    }

    /// Bytes waiting (either side may ask).
    pub fn len(&self) -> usize {
        let tail = self.tail.load(Ordering::Acquire);
        self.head.load(Ordering::Acquire).wrapping_sub(tail)
    }

    /// Consumer side.
    pub fn pop(&self) -> Option<u8> {
        let tail = self.tail.load(Ordering::Relaxed);
        let head = self.head.load(Ordering::Acquire);
        if tail == head {
            return None;
        }
        // SAFETY: the slot was published by the producer's Release store.
        let byte = unsafe { (*self.buf.get())[tail & Self::MASK] };
        self.tail.store(tail.wrapping_add(1), Ordering::Release);
        Some(byte)
    }
}

/// What the RX interrupt does with each received byte: an armed Ctrl-C
/// becomes a pending KeyboardInterrupt and is not queued; anything else
/// waits in the ring for the REPL (or `input()`).
pub fn receive<const N: usize>(ring: &Ring<N>, byte: u8) {
    if !mp_vm::runtime::interrupt::on_rx_byte(byte) {
        ring.push(byte);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mp_vm::runtime::interrupt;

    #[test]
    fn fifo_order_wraparound_and_overflow() {
        let ring: Ring<8> = Ring::new();
        for round in 0..5u8 {
            for i in 0..6 {
                assert!(ring.push(round * 10 + i));
            }
            for i in 0..6 {
                assert_eq!(ring.pop(), Some(round * 10 + i));
            }
            assert_eq!(ring.pop(), None);
        }
        for i in 0..8 {
            assert!(ring.push(i));
        }
        assert!(!ring.push(99));
        assert_eq!(ring.len(), 8);
        assert_eq!(ring.pop(), Some(0));
        assert!(ring.push(8));
        let rest: Vec<u8> = core::iter::from_fn(|| ring.pop()).collect();
        assert_eq!(rest, [1, 2, 3, 4, 5, 6, 7, 8]);
    }

    #[test]
    fn threads_lose_nothing() {
        static RING: Ring<1024> = Ring::new();
        const COUNT: usize = 200_000;
        let producer = std::thread::spawn(|| {
            let mut i = 0;
            while i < COUNT {
                if RING.push(i as u8) {
                    i += 1;
                }
            }
        });
        let mut expected = 0usize;
        while expected < COUNT {
            if let Some(b) = RING.pop() {
                assert_eq!(b, expected as u8);
                expected += 1;
            }
        }
        producer.join().unwrap();
        assert_eq!(RING.pop(), None);
    }

    /// The ISR path: Ctrl-C reaches `interrupt::pending()` while a script
    /// runs (armed) and is ordinary input otherwise. One test, because the
    /// interrupt state is global.
    #[test]
    fn ctrl_c_path() {
        let ring: Ring<16> = Ring::new();
        interrupt::set_armed(false);
        interrupt::clear();
        receive(&ring, 0x03);
        assert!(!interrupt::pending());
        assert_eq!(ring.pop(), Some(0x03));

        interrupt::set_armed(true);
        for &b in b"ab\x03c" {
            receive(&ring, b);
        }
        assert!(interrupt::pending());
        assert!(interrupt::take_pending());
        let queued: Vec<u8> = core::iter::from_fn(|| ring.pop()).collect();
        assert_eq!(queued, b"abc");
        interrupt::set_armed(false);
    }
}
