//! Memory profiles: the heap and VM stack a board of MicroPython 1.8.3's time gave the
//! interpreter, and how a runner hands them to our firmware (QEMU's loader device writes them
//! where the board reads them at boot: `firmware/boards/mps2-an385/src/board.rs`).

/// A budget the firmware runs under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemProfile {
    pub name: &'static str,
    /// GC heap, bytes.
    pub heap: u32,
    /// VM stack limit, bytes (the C VM's figure; the board scales it for its frames).
    pub stack: u32,
    /// Where the figures come from.
    pub source: &'static str,
}

/// The profiles `--mem NAME` knows; the first is the firmware's default.
pub const PROFILES: &[MemProfile] = &[
    MemProfile {
        name: "an385",
        heap: 143_360,
        stack: 10_240,
        source: "the reference C MicroPython on this board (../shared/reference/README.md)",
    },
    MemProfile {
        name: "pyboard",
        heap: 102_400,
        stack: 15_360,
        source: "pyboard v1.1, stmhal: RAM 0x20000000-0x2001c000 after .data/.bss is the heap \
                 (boards/stm32f405.ld, _heap_end = 0x2001c000), 16 KiB stack above it with a \
                 limit of 16 KiB - 1 KiB (main.c: mp_stack_set_limit(_estack - _heap_end - 1024))",
    },
    MemProfile {
        name: "esp8266",
        heap: 28_672,
        stack: 10_240,
        source: "esp8266 port of the 1.8 series: a static 28 KiB heap array in main.c (the \
                 port began with 16 KiB) and mp_stack_set_limit(10240)",
    },
];

/// The command-line options that choose a profile, for every tool that takes them.
pub const FLAGS: &[&str] = &["--mem", "--heap", "--stack"];

/// Apply `--mem NAME`, `--heap BYTES` or `--stack BYTES` to `mem` (a size option
/// starts from the default profile and changes one figure).
pub fn apply_flag(mem: &mut Option<MemProfile>, flag: &str, value: &str) -> Result<(), String> {
    if flag == "--mem" {
        let names: Vec<&str> = PROFILES.iter().map(|p| p.name).collect();
        *mem =
            Some(MemProfile::named(value).ok_or_else(|| {
                format!("unknown memory profile {value:?} ({})", names.join(", "))
            })?);
        return Ok(());
    }
    let n: u32 = value
        .parse()
        .map_err(|_| format!("{flag} needs a number of bytes, not {value:?}"))?;
    let m = mem.get_or_insert(PROFILES[0]);
    m.name = "custom";
    m.source = "given on the command line";
    match flag {
        "--heap" => m.heap = n,
        "--stack" => m.stack = n,
        _ => return Err(format!("{flag} is not a memory option")),
    }
    Ok(())
}

impl MemProfile {
    /// A named profile.
    pub fn named(name: &str) -> Option<MemProfile> {
        PROFILES.iter().copied().find(|p| p.name == name)
    }

    /// The smallest heap of the table (memory stress runs under it).
    pub fn smallest() -> MemProfile {
        *PROFILES.iter().min_by_key(|p| p.heap).expect("profiles")
    }

    /// QEMU options that give the firmware this budget.
    pub fn qemu_args(&self) -> Vec<String> {
        [(0x2100_0000u32, self.heap), (0x2100_0004, self.stack)]
            .iter()
            .flat_map(|(addr, v)| {
                [
                    "-device".to_string(),
                    format!("loader,addr={addr:#x},data={v},data-len=4"),
                ]
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_the_reference_budget_and_names_are_found() {
        assert_eq!(PROFILES[0].heap, 143_360);
        assert_eq!(PROFILES[0].stack, 10_240);
        assert_eq!(MemProfile::named("esp8266").unwrap().heap, 28_672);
        assert!(MemProfile::named("nope").is_none());
        assert_eq!(MemProfile::smallest().name, "esp8266");
    }

    #[test]
    fn flags_pick_a_profile_or_change_one_figure() {
        let mut m = None;
        apply_flag(&mut m, "--stack", "4096").unwrap();
        assert_eq!((m.unwrap().heap, m.unwrap().stack), (143_360, 4096));
        apply_flag(&mut m, "--mem", "esp8266").unwrap();
        assert_eq!(m.unwrap().name, "esp8266");
        assert!(apply_flag(&mut m, "--mem", "nope").is_err());
        assert!(apply_flag(&mut m, "--heap", "lots").is_err());
    }

    #[test]
    fn qemu_args_write_both_words() {
        let a = MemProfile::named("an385").unwrap().qemu_args().join(" ");
        assert_eq!(
            a,
            "-device loader,addr=0x21000000,data=143360,data-len=4 \
             -device loader,addr=0x21000004,data=10240,data-len=4"
        );
    }
}
