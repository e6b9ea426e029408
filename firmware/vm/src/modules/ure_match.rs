//! `ure` matcher: runs a compiled program over a subject by backtracking,
//! with an explicit stack (no recursion, so deep matches can't overflow the
//! Rust stack) and periodic Ctrl-C checks for slow patterns.

use crate::modules::ure_compile::{Esc, Inst};
use crate::object::PyResult;
use crate::vm::Vm;
use alloc::vec::Vec;

pub const UNSET: usize = usize::MAX;

/// A subject: UTF-8 text (units are code points) or bytes.
#[derive(Clone, Copy)]
pub struct Subject<'a> {
    pub data: &'a [u8],
    pub text: bool,
}

impl Subject<'_> {
    /// The unit at byte offset `i` and its length in bytes.
    #[inline]
    pub fn unit(&self, i: usize) -> Option<(u32, usize)> {
        let b = *self.data.get(i)?;
        if !self.text || b < 0x80 {
            return Some((b as u32, 1));
        }
        let n = if b >= 0xf0 {
            4
        } else if b >= 0xe0 {
            3
        } else {
            2
        };
        let end = (i + n).min(self.data.len());
        let c = core::str::from_utf8(&self.data[i..end])
            .ok()
            .and_then(|s| s.chars().next())
            .map(|c| c as u32)
            .unwrap_or(b as u32);
        Some((c, end - i))
    }
}

fn esc_matches(e: Esc, c: u32, text: bool) -> bool {
    let ascii = c < 0x80;
    match e {
        Esc::Digit => ('0' as u32..='9' as u32).contains(&c),
        Esc::Word => {
            if ascii {
                let b = c as u8;
                b.is_ascii_alphanumeric() || b == b'_'
            } else {
                text && char::from_u32(c).is_some_and(|ch| ch.is_alphanumeric())
            }
        }
        Esc::Space => {
            if ascii {
                matches!(c, 9..=13 | 32) || (text && (0x1c..=0x1f).contains(&c))
            } else {
                text && char::from_u32(c).is_some_and(|ch| ch.is_whitespace())
            }
        }
    }
}

fn class_matches(items: &[Inst], c: u32, text: bool) -> bool {
    items.iter().any(|it| match *it {
        Inst::Range(lo, hi) => lo <= c && c <= hi,
        Inst::ClassEsc(e, neg) => esc_matches(e, c, text) != neg,
        _ => false,
    })
}

enum Entry {
    Branch { pc: u32, pos: usize },
    Restore { slot: u32, old: usize },
}

pub struct Matcher<'a> {
    pub code: &'a [Inst],
    pub groups: usize,
    pub loops: usize,
    pub subj: Subject<'a>,
    /// Capture slots (2 per group), then loop registers.
    pub slots: Vec<usize>,
    stack: Vec<Entry>,
    steps: u32,
}

impl<'a> Matcher<'a> {
    pub fn new(code: &'a [Inst], groups: usize, loops: usize, subj: Subject<'a>) -> Self {
        Matcher {
            code,
            groups,
            loops,
            subj,
            slots: Vec::new(),
            stack: Vec::new(),
            steps: 0,
        }
    }

    #[inline(never)]
    fn push(&mut self, vm: &mut Vm, e: Entry) -> PyResult<()> {
        if self.stack.len() == self.stack.capacity() && self.stack.try_reserve(64).is_err() {
            return Err(vm.out_of_memory());
        }
        self.stack.push(e);
        Ok(())
    }

    /// Try to match starting exactly at `start`. With `nonempty`, an empty
    /// match is rejected (the search after an empty match must advance).
    pub fn match_at(&mut self, vm: &mut Vm, start: usize, nonempty: bool) -> PyResult<bool> {
        let nslots = self.groups * 2 + self.loops;
        self.slots.clear();
        if self.slots.try_reserve(nslots).is_err() {
            return Err(vm.out_of_memory());
        }
        self.slots.resize(nslots, UNSET);
        self.stack.clear();
        let code = self.code;
        let subj = self.subj;
        let len = subj.data.len();
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            self.steps = self.steps.wrapping_add(1);
            if self.steps & 0xfff == 0 {
                vm.check_interrupt()?;
            }
            let ok = match code[pc] {
                Inst::Char(c) => match subj.unit(pos) {
                    Some((u, n)) if u == c => {
                        pos += n;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Any => match subj.unit(pos) {
                    Some((u, n)) if u != 10 => {
                        pos += n;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Class { n, neg } => match subj.unit(pos) {
                    Some((u, w)) => {
                        let items = &code[pc + 1..pc + 1 + n as usize];
                        if class_matches(items, u, subj.text) != neg {
                            pos += w;
                            pc += 1 + n as usize;
                            true
                        } else {
                            false
                        }
                    }
                    None => false,
                },
                Inst::Bol => {
                    pc += 1;
                    pos == 0
                }
                Inst::Eol => {
                    pc += 1;
                    pos == len || (pos + 1 == len && subj.data[pos] == b'\n')
                }
                Inst::Split(a, b) => {
                    self.push(vm, Entry::Branch { pc: b, pos })?;
                    pc = a as usize;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t as usize;
                    true
                }
                Inst::Save(s) => {
                    let old = self.slots[s as usize];
                    self.push(vm, Entry::Restore { slot: s, old })?;
                    self.slots[s as usize] = pos;
                    pc += 1;
                    true
                }
                Inst::Mark(k) | Inst::Unmark(k) => {
                    let slot = self.groups * 2 + k as usize;
                    let old = self.slots[slot];
                    self.push(
                        vm,
                        Entry::Restore {
                            slot: slot as u32,
                            old,
                        },
                    )?;
                    self.slots[slot] = if matches!(code[pc], Inst::Mark(_)) {
                        pos
                    } else {
                        UNSET
                    };
                    pc += 1;
                    true
                }
                Inst::Progress(k, exit) => {
                    if self.slots[self.groups * 2 + k as usize] == pos {
                        pc = exit as usize;
                    } else {
                        pc += 1;
                    }
                    true
                }
                Inst::Match => {
                    if !(nonempty && pos == start) {
                        return Ok(true);
                    }
                    false
                }
                Inst::Range(..) | Inst::ClassEsc(..) => false,
            };
            if ok {
                continue;
            }
            // Backtrack: undo slot writes back to the latest branch point.
            loop {
                match self.stack.pop() {
                    None => return Ok(false),
                    Some(Entry::Restore { slot, old }) => self.slots[slot as usize] = old,
                    Some(Entry::Branch { pc: p, pos: q }) => {
                        pc = p as usize;
                        pos = q;
                        break;
                    }
                }
            }
        }
    }

    /// Leftmost match starting at `from` or later (at unit boundaries).
    pub fn search(&mut self, vm: &mut Vm, from: usize, nonempty_first: bool) -> PyResult<bool> {
        let anchored = matches!(self.code.get(1), Some(Inst::Bol));
        let mut s = from;
        loop {
            if self.match_at(vm, s, nonempty_first && s == from)? {
                return Ok(true);
            }
            if anchored {
                return Ok(false);
            }
            match self.subj.unit(s) {
                Some((_, n)) => s += n,
                None => return Ok(false),
            }
        }
    }

    /// Byte offsets of group `g`, if it took part in the match.
    #[inline(never)]
    pub fn span(&self, g: usize) -> Option<(usize, usize)> {
        let (a, b) = (self.slots[g * 2], self.slots[g * 2 + 1]);
        if a == UNSET || b == UNSET {
            None
        } else {
            Some((a, b))
        }
    }
}
