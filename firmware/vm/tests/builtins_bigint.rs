//! Big-int arithmetic through the interpreter against CPython on random
//! operands: sizes from one bit to 3000 bits, both signs, every operator
//! (`//` and `%` of negatives included), shifts, bit operations, powers,
//! 3-argument pow and text conversion. The same script runs on both; the
//! test is skipped when no `python3` is on the PATH.

mod common;
use common::TestVm;
use std::process::Command;

/// xorshift64*: deterministic operands without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// A random int literal of up to `bits` bits (hex), random sign.
    fn int(&mut self, max_bits: u64) -> String {
        let bits = 1 + self.below(max_bits);
        let mut digits = String::new();
        let nd = bits.div_ceil(4);
        for i in 0..nd {
            let d = self.below(16);
            // Keep the top digit non-zero so the size is what was drawn.
            let d = if i == 0 && d == 0 { 1 } else { d };
            digits.push(char::from_digit(d as u32, 16).unwrap());
        }
        // Occasionally a power of two or its neighbours (carry edges).
        let lit = match self.below(10) {
            0 => format!("(1 << {})", bits),
            1 => format!("((1 << {}) - 1)", bits),
            _ => format!("0x{}", digits),
        };
        if self.below(2) == 0 {
            format!("-{}", lit)
        } else {
            lit
        }
    }
}

fn python3() -> Option<String> {
    let ok = Command::new("python3")
        .arg("-c")
        .arg("pass")
        .output()
        .ok()?;
    ok.status.success().then(|| "python3".to_string())
}

fn run_python(src: &str) -> String {
    let dir = std::env::temp_dir().join(format!("mp_bigint_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("case.py");
    std::fs::write(&path, src).unwrap();
    let out = Command::new("python3").arg(&path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// One script of `n` random cases.
fn script(rng: &mut Rng, n: usize) -> String {
    let mut s = String::from("def show(*r):\n    print(*r)\n");
    for _ in 0..n {
        let a = rng.int(3000);
        let b_bits = if rng.below(3) == 0 { 64 } else { 1500 };
        let b = rng.int(b_bits);
        let sh = rng.below(1200);
        let e = rng.below(40);
        s.push_str(&format!("a = {}\nb = {}\n", a, b));
        s.push_str("show(a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, -a, abs(b))\n");
        s.push_str("if b:\n    show(a // b, a % b, divmod(a, b), b // a if a else 0)\n");
        s.push_str(&format!(
            "show(a << {sh}, a >> {sh}, b >> 3, b << 1, a ** {e} if abs(a) < 2**200 else 0)\n"
        ));
        s.push_str("show(str(a), hex(b), bin(a)[:40], oct(b), a < b, a == b, a >= b)\n");
        s.push_str("m = abs(b) or 7\nshow(pow(a, 65537, m), pow(b, 3, m + 1), int(str(a)) == a)\n");
        s.push_str("show(a // 7, a % 7, a // -7, a % -7, -a // 3, -a % 3, round(a, -5))\n");
    }
    s
}

#[test]
fn random_big_int_arithmetic_matches_cpython() {
    if python3().is_none() {
        eprintln!("python3 not found: skipping the CPython comparison");
        return;
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut t = TestVm::new(16 * 1024 * 1024);
    let mut cases = 0;
    for round in 0..8 {
        let src = script(&mut rng, 50);
        let want = run_python(&src);
        let got = t.run(&src);
        if got != want {
            let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
            let i = g
                .iter()
                .zip(&w)
                .position(|(x, y)| x != y)
                .unwrap_or(g.len().min(w.len()));
            panic!(
                "round {}: first difference at output line {}\n got: {:?}\nwant: {:?}",
                round,
                i,
                g.get(i),
                w.get(i)
            );
        }
        cases += 50;
    }
    assert_eq!(cases, 400);
}

#[test]
fn floor_division_and_modulo_signs() {
    let mut t = TestVm::new(1024 * 1024);
    let src = "\
big = 2**1100 + 12345
for a in (big, -big, 7, -7):
    for b in (3, -3, big // 5, -(big // 5)):
        q, r = divmod(a, b)
        assert q * b + r == a
        assert r == 0 or (r > 0) == (b > 0)
        assert abs(r) < abs(b)
print('ok')
";
    assert_eq!(t.run(src), "ok\n");
}
