//! Algebraic properties of the `num` module on random inputs, and
//! hostile inputs that must produce errors rather than panics.

use mp_vm::num::hash::{hash_f64_with_bits, hash_limbs_with_bits};
use mp_vm::num::{
    cmp_int_float, float_divmod, float_pow, format_f64, parse_f64, parse_int, repr_f64, round_f64,
    BigInt, FloatSpec, FloatType, NumError,
};
use std::cmp::Ordering;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Random value with a random size and carry-heavy limb patterns.
    fn big(&mut self) -> BigInt {
        let n = self.below(70) as usize;
        let limbs = (0..n)
            .map(|_| match self.below(4) {
                0 => u32::MAX,
                1 => 0,
                _ => self.next() as u32,
            })
            .collect();
        BigInt::from_limbs(self.below(2) == 1, limbs)
    }
}

#[test]
fn bigint_identities() {
    let mut rng = Rng(7);
    let one = BigInt::from_i64(1);
    for _ in 0..3000 {
        let (a, b, c) = (rng.big(), rng.big(), rng.big());
        assert_eq!(a.add(&b).sub(&b), a);
        assert_eq!(a.mul(&b.add(&c)), a.mul(&b).add(&a.mul(&c)));
        assert_eq!(a.and(&b).add(&a.or(&b)), a.add(&b));
        assert_eq!(a.xor(&b).xor(&b), a);
        assert_eq!(a.not().not(), a);
        assert_eq!(a.not(), a.neg().sub(&one));
        if let Some((q, r)) = a.divmod_floor(&b) {
            assert_eq!(q.mul(&b).add(&r), a);
            assert!(r.is_zero() || r.is_negative() == b.is_negative());
            assert_eq!(r.abs().cmp(&b.abs()), Ordering::Less);
        } else {
            assert!(b.is_zero());
        }
        let n = rng.below(200) as usize;
        let shifted = a.shl(n).unwrap();
        assert_eq!(shifted.shr(n), a);
        // Floor semantics: a >> n == a // 2**n.
        let p = one.shl(n).unwrap();
        assert_eq!(Some(a.shr(n)), a.floordiv(&p));
        assert_eq!(
            a.hash(),
            BigInt::from_limbs(a.is_negative(), a.limbs().to_vec()).hash()
        );
        for radix in [2, 7, 10, 16, 36] {
            assert_eq!(parse_int(&a.to_str_radix(radix), radix).as_ref(), Ok(&a));
        }
        if let Ok(x) = a.to_f64() {
            // The float nearest to a compares exactly with a.
            let ord = cmp_int_float(&a, x).unwrap();
            assert_eq!(
                ord == Ordering::Equal,
                BigInt::from_f64(x) == Some(a.clone())
            );
        }
    }
}

#[test]
fn float_text_round_trips() {
    let mut rng = Rng(11);
    let mut s = String::new();
    for _ in 0..20_000 {
        let x = f64::from_bits(rng.next());
        s.clear();
        repr_f64(x, &mut s);
        let back = parse_f64(&s).unwrap();
        assert!(
            back.to_bits() == x.to_bits() || (x.is_nan() && back.is_nan()),
            "{s}"
        );
        // 17 significant digits always identify a double.
        s.clear();
        let spec = FloatSpec {
            ty: FloatType::Exp { upper: false },
            precision: Some(16),
            alternate: false,
        };
        format_f64(x, &spec, &mut s);
        let back = parse_f64(&s).unwrap();
        assert!(
            back.to_bits() == x.to_bits() || (x.is_nan() && back.is_nan()),
            "{s}"
        );
        assert_eq!(
            hash_f64_with_bits(x, 61) == 0,
            x.is_nan() || x == 0.0 || hash_f64_with_bits(x, 61) == 0
        );
    }
}

#[test]
fn hostile_inputs_do_not_panic() {
    let mut rng = Rng(3);
    let alphabet: Vec<char> = "0123456789abcxyzXOB_+-. \t\ne\u{a0}\u{661}éinfINFnaN"
        .chars()
        .collect();
    for _ in 0..20_000 {
        let len = rng.below(12) as usize;
        let s: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
            .collect();
        let _ = parse_int(&s, rng.below(40) as u32);
        let _ = parse_f64(&s);
    }
    // Absurd sizes are refused, not attempted.
    let two = BigInt::from_i64(2);
    assert_eq!(two.pow(&BigInt::from_u64(u64::MAX)), Err(NumError::Memory));
    assert_eq!(two.shl(usize::MAX), Err(NumError::Memory));
    assert_eq!(two.shr(usize::MAX), BigInt::zero());
    assert_eq!(two.neg().shr(usize::MAX), BigInt::from_i64(-1));
    assert_eq!(two.to_str_radix(0), "2");
    assert_eq!(
        hash_limbs_with_bits(false, &[5], 0),
        hash_limbs_with_bits(false, &[5], 2)
    );
    assert!(round_f64(1.5, i32::MIN).is_ok_and(|v| v == 0.0));
    assert_eq!(round_f64(1.5, i32::MAX), Ok(1.5));
    assert!(float_divmod(f64::NAN, f64::INFINITY).is_ok());
    assert!(float_pow(-0.0, f64::NEG_INFINITY).is_ok());
    let mut out = String::new();
    for ty in ['e', 'f', 'g', '%'] {
        let spec = FloatSpec {
            ty: FloatType::from_char(ty).unwrap(),
            precision: Some(usize::MAX),
            alternate: true,
        };
        out.clear();
        format_f64(1.0, &spec, &mut out);
        assert!(out.len() > 1 << 20, "precision is capped, not ignored");
    }
}
