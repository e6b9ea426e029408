//! `ure` pattern compiler: parses the supported subset of regex syntax
//! into a small tree, then emits a flat program for the backtracking
//! matcher in `mod_re_match`. Unsupported syntax (counted repetitions,
//! `(?...)` extensions, backreferences, `\b`-style assertions) is an error.

use alloc::boxed::Box;
use alloc::vec::Vec;

/// Class escapes usable alone or inside a set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Esc {
    Digit,
    Word,
    Space,
}

/// One instruction of a compiled pattern. Code units are code points for
/// str patterns and bytes for bytes patterns.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Inst {
    Char(u32),
    /// Any unit but a newline.
    Any,
    /// A set: `n` of the following `Range`/`ClassEsc` items, negated or not.
    Class {
        n: u32,
        neg: bool,
    },
    Range(u32, u32),
    ClassEsc(Esc, bool),
    /// Start of the subject.
    Bol,
    /// End of the subject, or just before a final newline.
    Eol,
    /// Try the first target, on failure the second.
    Split(u32, u32),
    Jmp(u32),
    /// Record the position in capture slot n.
    Save(u32),
    /// Record the position in loop register n (loops whose body may match empty).
    Mark(u32),
    /// Clear loop register n: the next iteration is exempt from the check
    /// (the first, required iteration of `+`).
    Unmark(u32),
    /// If the loop body made no progress since `Mark(n)`, leave the loop.
    Progress(u32, u32),
    Match,
}

pub struct Program {
    pub code: Vec<Inst>,
    /// Capture groups, group 0 included.
    pub groups: usize,
    pub loops: usize,
}

enum Node {
    Empty,
    Char(u32),
    Any,
    /// Items as `Range`/`ClassEsc` instructions.
    Class(Vec<Inst>, bool),
    Bol,
    Eol,
    Group(Box<Node>, u32),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u8,
        many: bool,
        greedy: bool,
    },
}

/// Nesting limit for groups, so a hostile pattern can't exhaust the stack.
const MAX_DEPTH: usize = 100;

pub struct Error;

struct Parser<'a> {
    units: &'a [u32],
    /// A str pattern (else bytes).
    text: bool,
    pos: usize,
    groups: u32,
    depth: usize,
}

fn is_quant(c: u32) -> bool {
    c == '*' as u32 || c == '+' as u32 || c == '?' as u32
}

fn digit(c: u32) -> bool {
    ('0' as u32..='9' as u32).contains(&c)
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.units.get(self.pos).copied()
    }

    fn at(&self, i: usize) -> Option<u32> {
        self.units.get(i).copied()
    }

    fn alt(&mut self) -> Result<Node, Error> {
        let mut alts = Vec::new();
        alts.push(self.concat()?);
        while self.peek() == Some('|' as u32) {
            self.pos += 1;
            alts.push(self.concat()?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    fn concat(&mut self) -> Result<Node, Error> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' as u32 || c == ')' as u32 {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at pos: a counted repetition.
    #[inline(never)]
    fn counted_at(&self, mut i: usize) -> bool {
        if self.at(i) != Some('{' as u32) {
            return false;
        }
        i += 1;
        let start = i;
        while self.at(i).is_some_and(digit) {
            i += 1;
        }
        let lo = i > start;
        if self.at(i) == Some(',' as u32) {
            i += 1;
            while self.at(i).is_some_and(digit) {
                i += 1;
            }
        } else if !lo {
            return false;
        }
        self.at(i) == Some('}' as u32)
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, Error> {
        let c = match self.peek() {
            Some(c) if is_quant(c) => c,
            _ if self.counted_at(self.pos) => return Err(Error),
            _ => return Ok(atom),
        };
        self.pos += 1;
        let greedy = if self.peek() == Some('?' as u32) {
            self.pos += 1;
            false
        } else {
            true
        };
        if matches!(self.peek(), Some(c) if is_quant(c)) || self.counted_at(self.pos) {
            return Err(Error); // multiple repeat
        }
        if matches!(atom, Node::Bol | Node::Eol | Node::Empty) {
            return Err(Error); // nothing to repeat
        }
        let (min, many) = match char::from_u32(c) {
            Some('*') => (0, true),
            Some('+') => (1, true),
            _ => (0, false),
        };
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            many,
            greedy,
        })
    }

    fn atom(&mut self) -> Result<Node, Error> {
        let c = self.peek().ok_or(Error)?;
        self.pos += 1;
        match char::from_u32(c) {
            Some('(') => {
                if self.peek() == Some('?' as u32) {
                    return Err(Error);
                }
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(Error);
                }
                self.groups += 1;
                let idx = self.groups;
                let inner = self.alt()?;
                if self.peek() != Some(')' as u32) {
                    return Err(Error);
                }
                self.pos += 1;
                self.depth -= 1;
                Ok(Node::Group(Box::new(inner), idx))
            }
            Some(')') => Err(Error),
            Some('[') => self.set(),
            Some('.') => Ok(Node::Any),
            Some('^') => Ok(Node::Bol),
            Some('$') => Ok(Node::Eol),
            Some('*' | '+' | '?') => Err(Error),
            Some('{') if self.counted_at(self.pos - 1) => Err(Error),
            Some('\\') => match self.escape()? {
                Inst::Char(c) => Ok(Node::Char(c)),
                item => Ok(Node::Class(alloc::vec![item], false)),
            },
            _ => Ok(Node::Char(c)),
        }
    }

    /// Exactly `n` hex digits, as the code unit they spell.
    fn hex(&mut self, n: usize) -> Result<Inst, Error> {
        let mut v: u32 = 0;
        for _ in 0..n {
            let d = self
                .peek()
                .and_then(char::from_u32)
                .and_then(|c| c.to_digit(16));
            v = v.checked_mul(16).ok_or(Error)? + d.ok_or(Error)?;
            self.pos += 1;
        }
        if char::from_u32(v).is_none() && self.text {
            return Err(Error);
        }
        Ok(Inst::Char(v))
    }

    /// After a backslash: a literal as `Char`, or a class as `ClassEsc`.
    fn escape(&mut self) -> Result<Inst, Error> {
        let c = self.peek().ok_or(Error)?;
        self.pos += 1;
        let class = |e, neg| Ok(Inst::ClassEsc(e, neg));
        match char::from_u32(c) {
            Some('d') => class(Esc::Digit, false),
            Some('D') => class(Esc::Digit, true),
            Some('w') => class(Esc::Word, false),
            Some('W') => class(Esc::Word, true),
            Some('s') => class(Esc::Space, false),
            Some('S') => class(Esc::Space, true),
            Some('n') => Ok(Inst::Char(10)),
            Some('t') => Ok(Inst::Char(9)),
            Some('r') => Ok(Inst::Char(13)),
            Some('f') => Ok(Inst::Char(12)),
            Some('v') => Ok(Inst::Char(11)),
            Some('a') => Ok(Inst::Char(7)),
            Some('x') => self.hex(2),
            Some('u') if self.text => self.hex(4),
            Some('U') if self.text => self.hex(8),
            Some('0') => {
                // \0 and up to two more octal digits
                let mut v = 0;
                for _ in 0..2 {
                    match self.peek() {
                        Some(d) if ('0' as u32..='7' as u32).contains(&d) => {
                            v = v * 8 + d - '0' as u32;
                            self.pos += 1;
                        }
                        _ => break,
                    }
                }
                Ok(Inst::Char(v))
            }
            // Other ASCII letters and digits are backreferences, assertions
            // or escapes this engine does not have.
            Some(ch) if ch.is_ascii_alphanumeric() => Err(Error),
            _ => Ok(Inst::Char(c)),
        }
    }

    fn set(&mut self) -> Result<Node, Error> {
        let neg = self.peek() == Some('^' as u32);
        if neg {
            self.pos += 1;
        }
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let c = self.peek().ok_or(Error)?;
            if c == ']' as u32 && !first {
                self.pos += 1;
                break;
            }
            first = false;
            self.pos += 1;
            let lo = if c == '\\' as u32 {
                match self.escape()? {
                    Inst::Char(x) => x,
                    item => {
                        items.push(item);
                        continue;
                    }
                }
            } else {
                c
            };
            // A range, unless the '-' is the last thing before ']'.
            if self.peek() == Some('-' as u32)
                && self.at(self.pos + 1).is_some_and(|n| n != ']' as u32)
            {
                self.pos += 1;
                let c2 = self.peek().ok_or(Error)?;
                self.pos += 1;
                let hi = if c2 == '\\' as u32 {
                    match self.escape()? {
                        Inst::Char(x) => x,
                        _ => return Err(Error),
                    }
                } else {
                    c2
                };
                if hi < lo {
                    return Err(Error);
                }
                items.push(Inst::Range(lo, hi));
            } else {
                items.push(Inst::Range(lo, lo));
            }
        }
        Ok(Node::Class(items, neg))
    }
}

/// Can the node match without consuming anything?
fn nullable(n: &Node) -> bool {
    match n {
        Node::Empty | Node::Bol | Node::Eol => true,
        Node::Char(_) | Node::Any | Node::Class(..) => false,
        Node::Group(n, _) => nullable(n),
        Node::Concat(v) => v.iter().all(nullable),
        Node::Alt(v) => v.iter().any(nullable),
        Node::Repeat { node, min, .. } => *min == 0 || nullable(node),
    }
}

struct Emitter {
    code: Vec<Inst>,
    loops: u32,
}

impl Emitter {
    fn pc(&self) -> u32 {
        self.code.len() as u32
    }

    fn emit(&mut self, n: &Node) {
        match n {
            Node::Empty => {}
            Node::Char(c) => self.code.push(Inst::Char(*c)),
            Node::Any => self.code.push(Inst::Any),
            Node::Bol => self.code.push(Inst::Bol),
            Node::Eol => self.code.push(Inst::Eol),
            Node::Class(items, neg) => {
                self.code.push(Inst::Class {
                    n: items.len() as u32,
                    neg: *neg,
                });
                self.code.extend_from_slice(items);
            }
            Node::Group(inner, idx) => {
                self.code.push(Inst::Save(idx * 2));
                self.emit(inner);
                self.code.push(Inst::Save(idx * 2 + 1));
            }
            Node::Concat(v) => v.iter().for_each(|x| self.emit(x)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, alt) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.code.len();
                        self.code.push(Inst::Split(0, 0));
                        self.emit(alt);
                        jumps.push(self.code.len());
                        self.code.push(Inst::Jmp(0));
                        self.code[split] = Inst::Split(split as u32 + 1, self.pc());
                    } else {
                        self.emit(alt);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.code[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                node,
                min,
                many,
                greedy,
            } => self.repeat(node, *min, *many, *greedy),
        }
    }

    fn split(greedy: bool, body: u32, exit: u32) -> Inst {
        if greedy {
            Inst::Split(body, exit)
        } else {
            Inst::Split(exit, body)
        }
    }

    fn repeat(&mut self, node: &Node, min: u8, many: bool, greedy: bool) {
        if !many {
            // x? : split body, exit
            let split = self.code.len();
            self.code.push(Inst::Split(0, 0));
            self.emit(node);
            self.code[split] = Self::split(greedy, split as u32 + 1, self.pc());
            return;
        }
        // An empty iteration must end the loop, or it would spin forever.
        let guard = if nullable(node) {
            self.loops += 1;
            Some(self.loops - 1)
        } else {
            None
        };
        if min == 0 {
            // L0: split L1, exit; L1: [mark] x [progress] jmp L0
            let top = self.code.len();
            self.code.push(Inst::Split(0, 0));
            if let Some(k) = guard {
                self.code.push(Inst::Mark(k));
            }
            self.emit(node);
            let prog = self.code.len();
            if guard.is_some() {
                self.code.push(Inst::Progress(0, 0));
            }
            self.code.push(Inst::Jmp(top as u32));
            let exit = self.pc();
            self.code[top] = Self::split(greedy, top as u32 + 1, exit);
            if let Some(k) = guard {
                self.code[prog] = Inst::Progress(k, exit);
            }
        } else {
            // [unmark; jmp L1]; L0: [mark] L1: x [progress] split L0, exit
            if let Some(k) = guard {
                self.code.push(Inst::Unmark(k));
                let here = self.pc();
                self.code.push(Inst::Jmp(here + 2));
            }
            let top = self.pc();
            if let Some(k) = guard {
                self.code.push(Inst::Mark(k));
            }
            self.emit(node);
            let prog = self.code.len();
            if guard.is_some() {
                self.code.push(Inst::Progress(0, 0));
            }
            let split = self.code.len();
            self.code.push(Inst::Split(0, 0));
            let exit = self.pc();
            self.code[split] = Self::split(greedy, top, exit);
            if let Some(k) = guard {
                self.code[prog] = Inst::Progress(k, exit);
            }
        }
    }
}

/// Compile a pattern given as code units.
pub fn compile(units: &[u32], text: bool) -> Result<Program, Error> {
    let mut p = Parser {
        units,
        text,
        pos: 0,
        groups: 0,
        depth: 0,
    };
    let tree = p.alt()?;
    if p.pos != units.len() {
        return Err(Error); // unbalanced ')'
    }
    let mut e = Emitter {
        code: Vec::new(),
        loops: 0,
    };
    e.code.push(Inst::Save(0));
    e.emit(&tree);
    e.code.push(Inst::Save(1));
    e.code.push(Inst::Match);
    Ok(Program {
        code: e.code,
        groups: p.groups as usize + 1,
        loops: e.loops as usize,
    })
}
