//! `repr()` and `str()` of 10,000 doubles through the interpreter, against
//! CPython's text (tests/data/gen_builtins_floats.py wrote the vectors).
//! Each value enters as `float.fromhex(...)`, exact by construction.

mod common;
use common::TestVm;

const VECTORS: &str = include_str!("data/builtins_floats.txt");

#[test]
fn repr_and_str_of_10000_doubles_match_cpython() {
    let rows: Vec<(&str, &str, &str)> = VECTORS
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut it = l.split('\t');
            (it.next().unwrap(), it.next().unwrap(), it.next().unwrap())
        })
        .collect();
    assert_eq!(rows.len(), 10_000);
    let mut t = TestVm::new(4 * 1024 * 1024);
    let mut failures = Vec::new();
    for chunk in rows.chunks(250) {
        let mut src = String::from("for h in (\n");
        for (hex, _, _) in chunk {
            src.push_str(&format!("    '{}',\n", hex));
        }
        src.push_str("):\n    x = float.fromhex(h)\n    print(repr(x), str(x))\n");
        let out = t.run(&src);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), chunk.len(), "interpreter output:\n{}", out);
        for ((hex, r, s), line) in chunk.iter().zip(lines) {
            let want = format!("{} {}", r, s);
            if line != want {
                failures.push(format!("{}: got {:?}, want {:?}", hex, line, want));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

#[test]
fn fromhex_and_hex_round_trip() {
    let mut t = TestVm::new(1024 * 1024);
    let mut src = String::from("ok = 0\nfor h in (\n");
    for line in VECTORS.lines().take(2000) {
        let hex = line.split('\t').next().unwrap();
        src.push_str(&format!("    '{}',\n", hex));
    }
    src.push_str("):\n    if float.fromhex(h).hex() == h:\n        ok += 1\n    else:\n        print('bad', h, float.fromhex(h).hex())\nprint(ok)\n");
    let out = t.run(&src);
    assert_eq!(out.trim_end(), "2000", "{}", out);
}
