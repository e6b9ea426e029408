//! Throughput of big-int operations on ~1000-bit values, with every result
//! checked by an identity so the loop cannot be optimized into nothing.
//! Timings are printed (run with `--nocapture`); the bound asserted is
//! loose (debug builds, shared machines) and only catches a complexity
//! regression such as an accidental quadratic-in-digits loop per limb.

use mp_vm::num::{parse_int, BigInt};
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 16) as u32
    }

    fn big(&mut self, bits: usize) -> BigInt {
        let limbs = (0..bits.div_ceil(32)).map(|_| self.next()).collect();
        BigInt::from_limbs(self.next() & 1 == 1, limbs)
    }
}

fn timed(name: &str, f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    let t = start.elapsed();
    eprintln!("{name}: {t:?}");
    t
}

#[test]
fn ten_thousand_ops_on_1000_bit_values() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let xs: Vec<BigInt> = (0..200).map(|_| rng.big(1000)).collect();
    let ys: Vec<BigInt> = (0..200).map(|_| rng.big(1000)).collect();
    let wide: Vec<BigInt> = (0..200).map(|_| rng.big(2000)).collect();
    let mut total = Duration::ZERO;
    total += timed("10k mul 1000x1000 bits", || {
        for i in 0..10_000 {
            let (a, b) = (&xs[i % 200], &ys[(i * 7) % 200]);
            let p = a.mul(b);
            assert!(p.bit_length() + 1 >= a.bit_length() + b.bit_length());
        }
    });
    total += timed("10k divmod 2000/1000 bits", || {
        for i in 0..10_000 {
            let (a, b) = (&wide[i % 200], &ys[(i * 13) % 200]);
            let (q, r) = a.divmod_floor(b).unwrap();
            if i % 50 == 0 {
                assert_eq!(q.mul(b).add(&r), *a);
            }
            assert!(r.is_zero() || r.is_negative() == b.is_negative());
        }
    });
    total += timed("10k add+sub+and+shr", || {
        for i in 0..10_000 {
            let (a, b) = (&xs[i % 200], &ys[(i * 3) % 200]);
            assert_eq!(a.add(b).sub(b), *a);
            let _ = a.and(b).shr(17);
        }
    });
    total += timed("1k str/parse round trips, 1000 bits", || {
        for x in xs.iter().cycle().take(1000) {
            let s = x.to_str_radix(10);
            assert_eq!(parse_int(&s, 10).as_ref(), Ok(x));
        }
    });
    total += timed("100 pow_mod 1000-bit", || {
        for i in 0..100 {
            let m = ys[i].abs();
            let r = xs[i].pow_mod(&ys[(i + 1) % 200].abs(), &m).unwrap();
            assert!(r < m);
        }
    });
    assert!(
        total < Duration::from_secs(20),
        "big-int throughput regressed: {total:?}"
    );
}
