//! Tokens from source text: indentation (INDENT/DEDENT), implicit and
//! explicit line joining, every Python 3.4 literal form, and errors with
//! line numbers.

use crate::runtime::qstr::Qstr;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(Qstr),
    Int(Box<str>),
    Float(F64),
    Imag(F64),
    Str(Box<str>),
    Bytes(Box<[u8]>),
    /// Operator or delimiter, e.g. "+", "**=", "(".
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
    Eof,
    /// A lexical error: the last token. The parser reports it only if
    /// it gets this far, so an earlier syntax error wins, as in CPython.
    Error(LexError),
}

/// A double stored as two words, so a token needs no 8-byte alignment: a
/// file's tokens are in the heap at once, 16 bytes each on the board.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct F64([u32; 2]);

impl F64 {
    pub fn new(v: f64) -> F64 {
        let b = v.to_bits();
        F64([b as u32, (b >> 32) as u32])
    }

    pub fn get(self) -> f64 {
        f64::from_bits(self.0[0] as u64 | (self.0[1] as u64) << 32)
    }
}

#[derive(Debug, Clone)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
}

/// A file's tokens, in fixed chunks: growing never copies what is already
/// there, so lexing a file needs its tokens' room once, not the doubled and
/// copied room of one growing array.
#[derive(Debug, Default)]
pub struct Tokens {
    chunks: Vec<Vec<Token>>,
    len: usize,
}

/// Tokens per chunk (2 KiB on the board).
const TOKEN_CHUNK: usize = 128;

impl Tokens {
    pub fn push(&mut self, t: Token) {
        if self.len.is_multiple_of(TOKEN_CHUNK) {
            self.chunks.push(Vec::with_capacity(TOKEN_CHUNK));
        }
        if let Some(c) = self.chunks.last_mut() {
            c.push(t);
        }
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<Token> {
        let c = self.chunks.last_mut()?;
        let t = c.pop();
        if c.is_empty() {
            self.chunks.pop();
        }
        self.len -= t.is_some() as usize;
        t
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn last(&self) -> Option<&Token> {
        self.chunks.last()?.last()
    }

    pub fn get(&self, i: usize) -> Option<&Token> {
        self.chunks.get(i / TOKEN_CHUNK)?.get(i % TOKEN_CHUNK)
    }

    /// The token kinds in order (for tests).
    #[cfg(test)]
    pub fn kinds(&self) -> Vec<Tok> {
        self.chunks
            .iter()
            .flatten()
            .map(|t| t.tok.clone())
            .collect()
    }
}

impl core::ops::Index<usize> for Tokens {
    type Output = Token;
    fn index(&self, i: usize) -> &Token {
        &self.chunks[i / TOKEN_CHUNK][i % TOKEN_CHUNK]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    pub line: u32,
    pub msg: &'static str,
    pub indentation: bool,
}

const OPS: [&str; 49] = [
    "**=", "//=", ">>=", "<<=", "...", "->", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "&", "|", "^", "~",
    "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "@", "!", "`", "$",
];

/// Nesting limit of indented blocks.
const MAX_INDENT: usize = 100;

pub struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    indents: Vec<u32>,
    depth: u32,
    /// Lines of the open brackets (for "never closed" errors).
    brackets: Vec<u32>,
    at_line_start: bool,
    pending_dedents: u32,
    out: Tokens,
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Tokenize a whole source text. A lexical error ends the token list
/// with [`Tok::Error`].
pub fn tokenize(src: &str) -> Tokens {
    // A UTF-8 byte order mark at the start is ignored, as CPython does.
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let mut lx = Lexer {
        src: src.as_bytes(),
        pos: 0,
        line: 1,
        indents: alloc::vec![0],
        depth: 0,
        brackets: Vec::new(),
        at_line_start: true,
        pending_dedents: 0,
        out: Tokens::default(),
    };
    if let Err(e) = lx.run() {
        let line = e.line;
        lx.out.push(Token {
            tok: Tok::Error(e),
            line,
        });
    }
    lx.out
}

/// Tokenize, failing on a lexical error (tests and tools).
pub fn tokenize_strict(src: &str) -> Result<Tokens, LexError> {
    let mut toks = tokenize(src);
    match toks.pop() {
        Some(Token {
            tok: Tok::Error(e), ..
        }) => Err(e),
        Some(t) => {
            toks.push(t);
            Ok(toks)
        }
        None => Ok(toks),
    }
}

impl<'a> Lexer<'a> {
    fn err(&self, msg: &'static str) -> LexError {
        LexError {
            line: self.line,
            msg,
            indentation: false,
        }
    }

    fn peek(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, n: usize) -> u8 {
        self.src.get(self.pos + n).copied().unwrap_or(0)
    }

    fn push(&mut self, tok: Tok, line: u32) {
        self.out.push(Token { tok, line });
    }

    fn run(&mut self) -> Result<(), LexError> {
        loop {
            if self.at_line_start && self.depth == 0 {
                self.indentation()?;
                for _ in 0..self.pending_dedents {
                    self.push(Tok::Dedent, self.line);
                }
                self.pending_dedents = 0;
            }
            if self.pos >= self.src.len() {
                break;
            }
            let c = self.peek();
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => {
                    while self.pos < self.src.len() && self.peek() != b'\n' && self.peek() != b'\r'
                    {
                        self.pos += 1;
                    }
                }
                b'\r' | b'\n' => {
                    self.newline_char();
                    if self.depth == 0 {
                        let needs = !matches!(
                            self.out.last().map(|t| &t.tok),
                            None | Some(Tok::Newline) | Some(Tok::Indent) | Some(Tok::Dedent)
                        );
                        if needs {
                            self.push(Tok::Newline, self.line - 1);
                        }
                        self.at_line_start = true;
                    }
                }
                b'\\' => {
                    self.pos += 1;
                    let line = self.line;
                    match self.peek() {
                        b'\n' | b'\r' => self.newline_char(),
                        _ if self.pos >= self.src.len() => {
                            return Err(self.err("unexpected EOF while parsing"))
                        }
                        _ => {
                            return Err(
                                self.err("unexpected character after line continuation character")
                            )
                        }
                    }
                    if self.pos >= self.src.len() {
                        return Err(LexError {
                            line,
                            msg: "unexpected EOF while parsing",
                            indentation: false,
                        });
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek_at(1).is_ascii_digit() => self.number()?,
                b'\'' | b'"' => self.string(false, false)?,
                _ => {
                    if let Some(()) = self.try_prefixed_string()? {
                        continue;
                    }
                    let ch = self.cur_char();
                    if is_id_start(ch) {
                        self.name();
                    } else {
                        self.operator()?;
                    }
                }
            }
        }
        let line = self.line;
        if self.depth > 0 {
            return Err(LexError {
                line: self.brackets.last().copied().unwrap_or(line),
                msg: "unexpected EOF while parsing",
                indentation: false,
            });
        }
        if !matches!(
            self.out.last().map(|t| &t.tok),
            None | Some(Tok::Newline) | Some(Tok::Dedent)
        ) {
            self.push(Tok::Newline, line);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, line);
        }
        self.push(Tok::Eof, line);
        Ok(())
    }

    fn newline_char(&mut self) {
        if self.peek() == b'\r' && self.peek_at(1) == b'\n' {
            self.pos += 1;
        }
        self.pos += 1;
        self.line += 1;
    }

    fn cur_char(&self) -> char {
        let rest = &self.src[self.pos..];
        let s = match core::str::from_utf8(&rest[..rest.len().min(4)]) {
            Ok(s) => s,
            Err(e) => core::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or(""),
        };
        s.chars().next().unwrap_or('\u{fffd}')
    }

    /// Measure the indentation of a new logical line; emit INDENT/DEDENT.
    fn indentation(&mut self) -> Result<(), LexError> {
        loop {
            let mut col = 0u32;
            let start = self.pos;
            while self.pos < self.src.len() {
                match self.peek() {
                    b' ' => col += 1,
                    b'\t' => col = (col / 8 + 1) * 8,
                    b'\x0c' => col = 0,
                    _ => break,
                }
                self.pos += 1;
            }
            match self.peek() {
                b'#' | b'\r' | b'\n' => {
                    // Blank or comment line: no indentation meaning.
                    while self.pos < self.src.len() && self.peek() != b'\n' && self.peek() != b'\r'
                    {
                        self.pos += 1;
                    }
                    if self.pos < self.src.len() {
                        self.newline_char();
                        continue;
                    }
                    self.at_line_start = false;
                    return Ok(());
                }
                0 if self.pos >= self.src.len() => {
                    self.at_line_start = false;
                    return Ok(());
                }
                _ => {}
            }
            let _ = start;
            self.at_line_start = false;
            let cur = *self.indents.last().unwrap_or(&0);
            if col > cur {
                // CPython's limit; it also bounds the parser's recursion.
                if self.indents.len() > MAX_INDENT {
                    return Err(LexError {
                        line: self.line,
                        msg: "too many levels of indentation",
                        indentation: true,
                    });
                }
                self.indents.push(col);
                self.push(Tok::Indent, self.line);
            } else if col < cur {
                while *self.indents.last().unwrap_or(&0) > col {
                    self.indents.pop();
                    self.pending_dedents += 1;
                }
                if *self.indents.last().unwrap_or(&0) != col {
                    return Err(LexError {
                        line: self.line,
                        msg: "unindent does not match any outer indentation level",
                        indentation: true,
                    });
                }
            }
            return Ok(());
        }
    }

    fn name(&mut self) {
        let start = self.pos;
        while self.pos < self.src.len() {
            let c = self.cur_char();
            if is_id_continue(c) {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        let s = core::str::from_utf8(&self.src[start..self.pos]).unwrap_or("");
        self.push(Tok::Name(Qstr::intern(s)), self.line);
    }

    fn operator(&mut self) -> Result<(), LexError> {
        for op in OPS {
            let b = op.as_bytes();
            if self.src[self.pos..].starts_with(b) {
                if matches!(op, "!" | "`" | "$") {
                    return Err(self.err("invalid syntax"));
                }
                self.pos += b.len();
                match op {
                    "(" | "[" | "{" => {
                        self.depth += 1;
                        self.brackets.push(self.line);
                    }
                    ")" | "]" | "}" => {
                        self.depth = self.depth.saturating_sub(1);
                        self.brackets.pop();
                    }
                    _ => {}
                }
                self.push(Tok::Op(op), self.line);
                return Ok(());
            }
        }
        Err(self.err("invalid syntax"))
    }

    fn number(&mut self) -> Result<(), LexError> {
        let start = self.pos;
        let line = self.line;
        if self.peek() == b'0' && matches!(self.peek_at(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
        {
            self.pos += 2;
            let digits_start = self.pos;
            while self.peek().is_ascii_alphanumeric() {
                self.pos += 1;
            }
            let text = core::str::from_utf8(&self.src[start..self.pos]).unwrap_or("");
            let radix = match text.as_bytes()[1] {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                _ => 2,
            };
            let digits = &text[2..];
            if self.pos == digits_start || !digits.chars().all(|c| c.is_digit(radix)) {
                return Err(LexError {
                    line,
                    msg: "invalid syntax for number",
                    indentation: false,
                });
            }
            self.push(Tok::Int(text.into()), line);
            return Ok(());
        }
        let mut is_float = false;
        while self.peek().is_ascii_digit() {
            self.pos += 1;
        }
        if self.peek() == b'.' {
            is_float = true;
            self.pos += 1;
            while self.peek().is_ascii_digit() {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), b'e' | b'E') {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), b'+' | b'-') {
                self.pos += 1;
            }
            if self.peek().is_ascii_digit() {
                is_float = true;
                while self.peek().is_ascii_digit() {
                    self.pos += 1;
                }
            } else {
                self.pos = save;
            }
        }
        let text = core::str::from_utf8(&self.src[start..self.pos]).unwrap_or("0");
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            let v = crate::num::parse_f64(text).unwrap_or(0.0);
            self.push(Tok::Imag(F64::new(v)), line);
        } else if is_float {
            let v = crate::num::parse_f64(text).unwrap_or(0.0);
            self.push(Tok::Float(F64::new(v)), line);
        } else {
            if text.len() > 1 && text.starts_with('0') && text.bytes().any(|b| b != b'0') {
                return Err(LexError {
                    line,
                    msg: "invalid syntax for number",
                    indentation: false,
                });
            }
            self.push(Tok::Int(text.into()), line);
        }
        // A name right after a number is a separate token (`1if x else 2`
        // is valid Python 3.4); `1abc` fails in the parser instead.
        Ok(())
    }

    /// Strings with r/b/u prefixes (any case, rb/br).
    fn try_prefixed_string(&mut self) -> Result<Option<()>, LexError> {
        let mut raw = false;
        let mut bytes = false;
        let mut n = 0;
        while n < 2 {
            match self.peek_at(n) {
                b'r' | b'R' if !raw => raw = true,
                b'b' | b'B' if !bytes => bytes = true,
                b'u' | b'U' if n == 0 => {}
                _ => break,
            }
            n += 1;
        }
        if n == 0 || !matches!(self.peek_at(n), b'\'' | b'"') {
            return Ok(None);
        }
        if n == 2 && !(raw && bytes) {
            return Ok(None);
        }
        self.pos += n;
        self.string(raw, bytes)?;
        Ok(Some(()))
    }

    fn string(&mut self, raw: bool, bytes: bool) -> Result<(), LexError> {
        let line = self.line;
        let q = self.peek();
        let triple = self.peek_at(1) == q && self.peek_at(2) == q;
        self.pos += if triple { 3 } else { 1 };
        let mut buf: Vec<u8> = Vec::new();
        loop {
            if self.pos >= self.src.len() {
                return Err(LexError {
                    line,
                    msg: if triple {
                        "EOF while scanning triple-quoted string literal"
                    } else {
                        "EOL while scanning string literal"
                    },
                    indentation: false,
                });
            }
            let c = self.peek();
            if c == q {
                if !triple {
                    self.pos += 1;
                    break;
                }
                if self.peek_at(1) == q && self.peek_at(2) == q {
                    self.pos += 3;
                    break;
                }
            }
            if (c == b'\n' || c == b'\r') && !triple {
                return Err(LexError {
                    line,
                    msg: "EOL while scanning string literal",
                    indentation: false,
                });
            }
            if c == b'\\' {
                if raw {
                    buf.push(b'\\');
                    self.pos += 1;
                    let n = self.peek();
                    if n == b'\n' || n == b'\r' {
                        self.newline_char();
                        buf.push(b'\n');
                    } else if self.pos < self.src.len() {
                        buf.push(n);
                        self.pos += 1;
                    }
                    continue;
                }
                self.escape(&mut buf, bytes)?;
                continue;
            }
            if c == b'\r' || c == b'\n' {
                self.newline_char();
                buf.push(b'\n');
                continue;
            }
            if bytes && c >= 0x80 {
                return Err(LexError {
                    line,
                    msg: "bytes can only contain ASCII literal characters",
                    indentation: false,
                });
            }
            buf.push(c);
            self.pos += 1;
        }
        if bytes {
            self.push(Tok::Bytes(buf.into_boxed_slice()), line);
        } else {
            match String::from_utf8(buf) {
                Ok(s) => self.push(Tok::Str(s.into_boxed_str()), line),
                Err(_) => {
                    return Err(LexError {
                        line,
                        msg: "invalid UTF-8 in string",
                        indentation: false,
                    })
                }
            }
        }
        Ok(())
    }

    fn escape(&mut self, buf: &mut Vec<u8>, bytes: bool) -> Result<(), LexError> {
        self.pos += 1;
        let c = self.peek();
        self.pos += 1;
        let simple = match c {
            b'\\' => Some(b'\\'),
            b'\'' => Some(b'\''),
            b'"' => Some(b'"'),
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(11),
            _ => None,
        };
        if let Some(b) = simple {
            buf.push(b);
            return Ok(());
        }
        let push_cp = |buf: &mut Vec<u8>, cp: u32, lx: &Self| -> Result<(), LexError> {
            if bytes {
                buf.push(cp as u8);
                return Ok(());
            }
            match char::from_u32(cp) {
                Some(ch) => {
                    let mut tmp = [0u8; 4];
                    buf.extend_from_slice(ch.encode_utf8(&mut tmp).as_bytes());
                    Ok(())
                }
                None => Err(lx.err("invalid escape")),
            }
        };
        match c {
            b'\n' => self.line += 1,
            b'\r' => {
                if self.peek() == b'\n' {
                    self.pos += 1;
                }
                self.line += 1;
            }
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match self.peek() {
                        d @ b'0'..=b'7' => {
                            v = v * 8 + (d - b'0') as u32;
                            self.pos += 1;
                        }
                        _ => break,
                    }
                }
                push_cp(buf, v & if bytes { 0xff } else { 0x1ff }, self)?;
            }
            b'x' | b'u' | b'U' if !(bytes && c != b'x') => {
                let n = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    let d = self.peek();
                    let Some(dv) = (d as char).to_digit(16) else {
                        return Err(self.err("invalid \\x escape"));
                    };
                    v = v * 16 + dv;
                    self.pos += 1;
                }
                push_cp(buf, v, self)?;
            }
            0 if self.pos > self.src.len() => {
                return Err(self.err("EOL while scanning string literal"))
            }
            other => {
                // Unknown escapes are kept verbatim, as Python does.
                buf.push(b'\\');
                self.pos -= 1;
                let ch = self.cur_char();
                let _ = other;
                let mut tmp = [0u8; 4];
                buf.extend_from_slice(ch.encode_utf8(&mut tmp).as_bytes());
                self.pos += ch.len_utf8();
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        tokenize_strict(s).unwrap().kinds()
    }

    #[test]
    fn indentation_and_newlines() {
        let t = toks("if x:\n    y = 1\n\n    # c\nz\n");
        assert_eq!(t.iter().filter(|t| **t == Tok::Indent).count(), 1);
        assert_eq!(t.iter().filter(|t| **t == Tok::Dedent).count(), 1);
        assert_eq!(*t.last().unwrap(), Tok::Eof);
        assert!(tokenize_strict("if x:\n    y\n  z\n").is_err());
    }

    #[test]
    fn literals() {
        assert_eq!(toks("0x1F")[0], Tok::Int("0x1F".into()));
        assert_eq!(toks("1.5e3")[0], Tok::Float(F64::new(1500.0)));
        assert_eq!(toks("2j")[0], Tok::Imag(F64::new(2.0)));
        assert_eq!(
            toks("'a\\tb\\x41\\u00e9'")[0],
            Tok::Str("a\tbA\u{e9}".into())
        );
        assert_eq!(toks("r'\\n'")[0], Tok::Str("\\n".into()));
        assert_eq!(toks("b'\\xff'")[0], Tok::Bytes(alloc::vec![255].into()));
        assert_eq!(toks("'''a\nb'''")[0], Tok::Str("a\nb".into()));
        assert!(tokenize_strict("012").is_err());
        assert!(tokenize_strict("'abc").is_err());
    }

    #[test]
    fn brackets_join_lines() {
        let t = toks("x = (1,\n  2)\n");
        assert_eq!(t.iter().filter(|t| **t == Tok::Newline).count(), 1);
    }
}
