//! Tests of `cargo xtask size`: the ELF section parser, the nm reader, which part a symbol
//! belongs to, that the parts add up to `text`, and the budget file.

use super::*;

fn lists() -> (Vec<String>, Vec<String>) {
    (
        vec!["int".into(), "str".into(), "dict".into()],
        vec!["ujson".into(), "math".into()],
    )
}

fn part(name: &str) -> String {
    let (o, m) = lists();
    part_of(name, &o, &m)
}

/// A minimal ELF32: the null section, `.text` (code), `.rodata`, `.data`, `.bss`, a
/// debug section, and the section-name table.
fn tiny_elf() -> Vec<u8> {
    let names = b"\0.text\0.rodata\0.data\0.bss\0.debug_info\0.shstrtab\0";
    let name_at = |n: &str| -> u32 {
        let needle = format!("{n}\0");
        names
            .windows(needle.len())
            .position(|w| w == needle.as_bytes())
            .unwrap() as u32
    };
    // (name, type, flags, addr, size)
    let secs: Vec<(u32, u32, u32, u32, u32)> = vec![
        (0, 0, 0, 0, 0),
        (name_at(".text"), 1, SHF_ALLOC | SHF_EXECINSTR, 0x100, 0x400),
        (name_at(".rodata"), 1, SHF_ALLOC, 0x500, 0x80),
        (
            name_at(".data"),
            1,
            SHF_ALLOC | SHF_WRITE,
            0x2000_0000,
            0x10,
        ),
        (
            name_at(".bss"),
            SHT_NOBITS,
            SHF_ALLOC | SHF_WRITE,
            0x2000_0010,
            0x100,
        ),
        (name_at(".debug_info"), 1, 0, 0, 0x9999),
        (name_at(".shstrtab"), 3, 0, 0, names.len() as u32),
    ];
    let strtab_off = 0x34u32;
    let shoff = strtab_off + names.len() as u32;
    let mut elf = vec![0u8; 0x34];
    elf[..6].copy_from_slice(b"\x7fELF\x01\x01");
    elf[0x20..0x24].copy_from_slice(&shoff.to_le_bytes());
    elf[0x2e..0x30].copy_from_slice(&40u16.to_le_bytes());
    elf[0x30..0x32].copy_from_slice(&(secs.len() as u16).to_le_bytes());
    elf[0x32..0x34].copy_from_slice(&((secs.len() - 1) as u16).to_le_bytes());
    elf.extend_from_slice(names);
    for (i, (name, kind, flags, addr, size)) in secs.iter().enumerate() {
        let mut h = [0u8; 40];
        h[0..4].copy_from_slice(&name.to_le_bytes());
        h[4..8].copy_from_slice(&kind.to_le_bytes());
        h[8..12].copy_from_slice(&flags.to_le_bytes());
        h[12..16].copy_from_slice(&addr.to_le_bytes());
        let offset = if i == secs.len() - 1 { strtab_off } else { 0 };
        h[16..20].copy_from_slice(&offset.to_le_bytes());
        h[20..24].copy_from_slice(&size.to_le_bytes());
        elf.extend_from_slice(&h);
    }
    elf
}

#[test]
fn sections_are_read_and_text_counts_read_only_allocated_ones() {
    let secs = parse_sections(&tiny_elf()).unwrap();
    let names: Vec<&str> = secs.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "",
            ".text",
            ".rodata",
            ".data",
            ".bss",
            ".debug_info",
            ".shstrtab"
        ]
    );
    assert_eq!(secs[1].addr, 0x100);
    assert_eq!(secs[1].size, 0x400);
    // .text + .rodata: not .data (writable), .bss (no bits) or debug info (not allocated).
    assert_eq!(text_size(&secs), 0x480);
}

#[test]
fn not_an_elf_is_an_error() {
    assert!(parse_sections(b"hello").is_err());
    let mut elf = tiny_elf();
    elf[4] = 2; // ELF64
    assert!(parse_sections(&elf).is_err());
    elf = tiny_elf();
    elf.truncate(0x40);
    assert!(parse_sections(&elf).is_err());
}

#[test]
fn nm_lines_without_a_size_are_skipped() {
    let out = "\
000000c0 00000028 T Reset
00010bda T DefaultHandler
00000040 00000080 R __INTERRUPTS
00001000 0000000c t <mp_vm::objects::int::Int as core::fmt::Display>::fmt
00002000 00000000 t empty
";
    let syms = parse_nm(out);
    assert_eq!(syms.len(), 3);
    assert_eq!(syms[0].addr, 0xc0);
    assert_eq!(syms[0].size, 0x28);
    assert_eq!(
        syms[2].name,
        "<mp_vm::objects::int::Int as core::fmt::Display>::fmt"
    );
}

#[test]
fn a_trait_impl_belongs_to_its_type_unless_the_type_is_primitive() {
    assert_eq!(
        subject_path("<mp_vm::objects::int::Int as core::fmt::Display>::fmt"),
        "mp_vm::objects::int::Int"
    );
    assert_eq!(
        subject_path("<f64 as core::str::traits::FromStr>::from_str"),
        "core::str::traits::FromStr>::from_str"
    );
    assert_eq!(
        subject_path("<&mut T as core::fmt::Debug>::fmt"),
        "core::fmt::Debug>::fmt"
    );
    assert_eq!(
        subject_path("<*mut T as core::fmt::Debug>::fmt"),
        "core::fmt::Debug>::fmt"
    );
    assert_eq!(
        subject_path("<alloc::vec::Vec<mp_vm::value::Value> as core::ops::Drop>::drop"),
        "alloc::vec::Vec<mp_vm::value::Value>"
    );
    assert_eq!(subject_path("<str>::to_uppercase"), "str");
    assert_eq!(
        subject_path("mp_vm::vm::Vm::collect"),
        "mp_vm::vm::Vm::collect"
    );
}

#[test]
fn symbols_go_to_their_parts() {
    let cases = [
        (
            "mp_vm::compile::lexer::tokenize",
            "compiler (mp_vm::compile)",
        ),
        (
            "mp_vm::runtime::interp::dispatch::run_frame_inner",
            "interpreter (mp_vm::runtime)",
        ),
        (
            "mp_vm::objects::str::percent::percent_format",
            "mp_vm::objects::str",
        ),
        (
            "<mp_vm::objects::int::Int as core::fmt::Display>::fmt",
            "mp_vm::objects::int",
        ),
        ("mp_vm::objects::type_error", "mp_vm::objects (shared)"),
        (
            "mp_vm::modules::ujson::Parser::value",
            "mp_vm::modules::ujson",
        ),
        ("mp_vm::modules::register", "mp_vm::modules (shared)"),
        (
            "mp_vm::builtins::b_print::print",
            "builtins (mp_vm::builtins)",
        ),
        (
            "mp_vm::num::float_repr::Digits::shortest",
            "num (mp_vm::num)",
        ),
        ("mp_vm::repl::Repl::feed", "repl (mp_vm::repl)"),
        ("mp_vm::vm::Vm::collect", "mp_vm (vm, api, value, object)"),
        ("mp_hal::uart::Uart::write", "hal (mp_hal)"),
        ("mp_board_mps2_an385::firmware::run_repl", "board"),
        ("Reset", "board"),
        ("__INTERRUPTS", "board"),
        ("libm::math::pow::pow", "libm"),
        (
            "core::num::flt2dec::strategy::dragon::format_shortest",
            CORE,
        ),
        ("<str>::to_uppercase", CORE),
        ("<f64 as core::str::traits::FromStr>::from_str", CORE),
        ("__aeabi_memclr", CORE),
        ("memcpy", CORE),
        ("__rustc::__rust_dealloc", CORE),
        ("alloc::raw_vec::RawVecInner<A>::finish_grow", CORE),
        ("compiler_builtins::mem::memmove", CORE),
        (".Lanon.f9e6bc70de61a2977fc3b488e4639698.214", ANON),
        ("__udivmoddi4", CORE),
        ("<&dyn core::fmt::Debug as core::fmt::Debug>::fmt", CORE),
        ("mp_nlr_jump", "interpreter (mp_vm::runtime)"),
        ("main", "board"),
        ("embedded_alloc::llff::Heap::alloc", OTHER),
        (
            "cortex_m::peripheral::scb::<impl cortex_m::peripheral::SCB>::sys_reset",
            OTHER,
        ),
    ];
    for (name, want) in cases {
        assert_eq!(part(name), want, "{name}");
    }
}

#[test]
fn every_byte_counts_once_and_gaps_are_the_remainder() {
    let secs = parse_sections(&tiny_elf()).unwrap();
    let syms = vec![
        Symbol {
            addr: 0x100,
            size: 0x100,
            name: "mp_vm::compile::lexer::tokenize".into(),
        },
        // An alias at the same address counts nothing.
        Symbol {
            addr: 0x100,
            size: 0x10,
            name: "libm::math::pow::pow".into(),
        },
        // Overlaps the first by 0x20: counts 0x60.
        Symbol {
            addr: 0x1e0,
            size: 0x80,
            name: "mp_vm::objects::int::int_binary".into(),
        },
        // Runs past the end of .text: clipped to 0x20.
        Symbol {
            addr: 0x4e0,
            size: 0x40,
            name: "memcpy".into(),
        },
        Symbol {
            addr: 0x500,
            size: 0x30,
            name: ".Lanon.1".into(),
        },
        // In .bss: not text.
        Symbol {
            addr: 0x2000_0010,
            size: 0x40,
            name: "mp_vm::runtime::qstr::CHUNKS".into(),
        },
    ];
    let r = attribute(&secs, &syms, &part);
    let get = |p: &str| r.parts.get(p).copied().unwrap_or_default();
    assert_eq!(get("compiler (mp_vm::compile)").code, 0x100);
    assert_eq!(get("libm").total(), 0);
    assert_eq!(get("mp_vm::objects::int").code, 0x60);
    assert_eq!(get(CORE).code, 0x20);
    assert_eq!(
        get(ANON),
        Bytes {
            code: 0,
            data: 0x30
        }
    );
    assert_eq!(get("interpreter (mp_vm::runtime)").total(), 0);
    assert_eq!(
        get(REMAINDER),
        Bytes {
            code: 0x400 - 0x100 - 0x60 - 0x20,
            data: 0x80 - 0x30
        }
    );
    let sum: u64 = r.parts.values().map(Bytes::total).sum();
    assert_eq!(sum, r.text);
    assert_eq!(r.text, 0x480);
    let table = render(&r);
    assert!(
        table.contains("total (text of arm-none-eabi-size)"),
        "{table}"
    );
    assert!(table.trim_end().ends_with("1,152"), "{table}");
    // The compiler's row comes before the remainder's.
    assert!(table.find("compiler").unwrap() < table.find("remainder").unwrap());
}

#[test]
fn numbers_are_grouped() {
    assert_eq!(group(0), "0");
    assert_eq!(group(999), "999");
    assert_eq!(group(1000), "1,000");
    assert_eq!(group(870808), "870,808");
    assert_eq!(group(1234567), "1,234,567");
}

#[test]
fn the_budget_file_is_read() {
    let toml = "# why\n\n# text = 1\ntext = 580_000 # bytes\n";
    assert_eq!(parse_budget(toml), Ok(580_000));
    assert!(parse_budget("budget = 3\n").is_err());
    assert!(parse_budget("text = lots\n").is_err());
}

#[test]
fn the_budget_is_a_ceiling() {
    assert!(judge(100, 100).is_ok());
    assert!(judge(99, 100).unwrap().contains("1 under"));
    let e = judge(101, 100).unwrap_err();
    assert!(e.contains("1 over"), "{e}");
}

#[test]
fn the_repository_has_a_budget() {
    let text = std::fs::read_to_string(crate::root().join(BUDGET_FILE)).unwrap();
    let budget = parse_budget(&text).unwrap();
    assert!(budget > 100_000, "{budget}");
}
