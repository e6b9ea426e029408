//! Recursive-descent parser for Python 3.4, tokens to [`crate::compile::ast`]:
//! the `Parser` state, token helpers, errors and the two entry points; the
//! statements are in `stmt.rs`, the expressions in `expr.rs`.

use crate::compile::ast::*;
use crate::compile::lexer::{Tok, Token, Tokens};
use crate::object::BinOp;
use crate::runtime::qstr::{q, Qstr};
use alloc::string::String;
use alloc::vec::Vec;

mod expr;
mod stmt;

#[derive(Debug, Clone)]
pub struct ParseError {
    pub line: u32,
    pub msg: String,
    pub indentation: bool,
    /// The machine stack ran low: RuntimeError rather than SyntaxError.
    pub recursion: bool,
}

type PResult<T> = Result<T, ParseError>;

/// Limit on nested brackets (CPython's). Other recursion is bounded by
/// `MAX_TREE` and by the machine stack.
const MAX_DEPTH: u32 = 200;
/// Limit on the depth of the tree, which left-associative chains
/// (`a.b.c...`, `1 + 2 + ...`) deepen without recursing here; the
/// compiler and the tree's drop recurse over it.
const MAX_TREE: u32 = 1000;

pub struct Parser {
    toks: Tokens,
    pos: usize,
    depth: u32,
    tree: u32,
    /// Lowest machine stack address the parser may reach.
    stack_floor: usize,
}

const KEYWORDS: [Qstr; 33] = [
    q::False,
    q::None,
    q::True,
    q::and,
    q::r#as,
    q::assert,
    q::r#break,
    q::class,
    q::r#continue,
    q::def,
    q::del,
    q::elif,
    q::r#else,
    q::except,
    q::finally,
    q::r#for,
    q::from,
    q::global,
    q::r#if,
    q::import,
    q::r#in,
    q::is,
    q::lambda,
    q::nonlocal,
    q::not,
    q::or,
    q::pass,
    q::raise,
    q::r#return,
    q::r#try,
    q::r#while,
    q::with,
    q::r#yield,
];

pub fn is_keyword(n: Qstr) -> bool {
    KEYWORDS.contains(&n)
}

/// A file's top-level statements one at a time, so the compiler can turn each
/// into bytecode and drop its tree before the next is parsed: a file's syntax
/// tree never has to fit the heap at once.
pub struct FileParser(Parser);

impl FileParser {
    pub fn new(toks: Tokens, stack_floor: usize) -> FileParser {
        FileParser(Parser::new(toks, stack_floor))
    }

    /// The next top-level statement (several for `a = 1; b = 2`), or None at
    /// the end of the file.
    pub fn next_statements(&mut self) -> PResult<Option<Vec<Stmt>>> {
        let p = &mut self.0;
        while p.eat(&Tok::Newline) {}
        if p.at(&Tok::Eof) {
            return Ok(None);
        }
        if p.at(&Tok::Indent) {
            return Err(p.indent_err("unexpected indent"));
        }
        let mut out = Vec::new();
        p.statement(&mut out)?;
        Ok(Some(out))
    }
}

/// `eval` input: one expression list, then only blank lines.
pub fn parse_eval(toks: Tokens, stack_floor: usize) -> PResult<Expr> {
    let mut p = Parser::new(toks, stack_floor);
    // Leading blank lines and indentation are allowed, as in CPython.
    while p.eat(&Tok::Newline) || p.eat(&Tok::Indent) {}
    let e = p.testlist()?;
    while p.eat(&Tok::Newline) || p.eat(&Tok::Dedent) {}
    if !p.at(&Tok::Eof) {
        return Err(p.syntax());
    }
    Ok(e)
}

impl Parser {
    fn new(toks: Tokens, stack_floor: usize) -> Parser {
        let mut toks = toks;
        if toks.is_empty() {
            toks.push(Token {
                tok: Tok::Eof,
                line: 1,
            });
        }
        Parser {
            toks,
            pos: 0,
            depth: 0,
            tree: 0,
            stack_floor,
        }
    }

    fn tok(&self) -> &Tok {
        &self.toks[self.pos.min(self.toks.len() - 1)].tok
    }

    fn line(&self) -> u32 {
        self.toks[self.pos.min(self.toks.len() - 1)].line
    }

    fn at(&self, t: &Tok) -> bool {
        self.tok() == t
    }

    fn at_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn at_kw(&self, k: Qstr) -> bool {
        matches!(self.tok(), Tok::Name(n) if *n == k)
    }

    fn eat(&mut self, t: &Tok) -> bool {
        if self.at(t) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn eat_op(&mut self, op: &str) -> bool {
        if self.at_op(op) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, k: Qstr) -> bool {
        if self.at_kw(k) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// An error at the current token; a lexical error there wins.
    fn err(&self, msg: &str) -> ParseError {
        self.err_kind(msg, false)
    }

    fn err_kind(&self, msg: &str, indentation: bool) -> ParseError {
        if let Tok::Error(e) = self.tok() {
            return ParseError {
                line: e.line,
                msg: String::from(e.msg),
                indentation: e.indentation,
                recursion: false,
            };
        }
        ParseError {
            line: self.line(),
            msg: String::from(msg),
            indentation,
            recursion: false,
        }
    }

    fn indent_err(&self, msg: &str) -> ParseError {
        self.err_kind(msg, true)
    }

    fn syntax(&self) -> ParseError {
        self.err("invalid syntax")
    }

    fn expect_op(&mut self, op: &str) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.syntax())
        }
    }

    fn expect_kw(&mut self, k: Qstr) -> PResult<()> {
        if self.eat_kw(k) {
            Ok(())
        } else {
            Err(self.syntax())
        }
    }

    fn name(&mut self) -> PResult<Qstr> {
        match *self.tok() {
            Tok::Name(n) if !is_keyword(n) => {
                self.pos += 1;
                Ok(n)
            }
            _ => Err(self.syntax()),
        }
    }

    /// One more level of recursion: bounded by the tree limit and by the
    /// machine stack.
    fn enter(&mut self) -> PResult<()> {
        self.deepen()?;
        if crate::runtime::gc::stack_pointer() < self.stack_floor {
            return Err(ParseError {
                line: self.line(),
                msg: "maximum recursion depth exceeded".into(),
                indentation: false,
                recursion: true,
            });
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.tree -= 1;
    }

    /// An opening bracket: CPython's limit of 200 nested brackets.
    fn open_bracket(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err("too many nested parentheses"));
        }
        self.enter()
    }

    fn close_bracket(&mut self) {
        self.depth -= 1;
        self.leave();
    }

    /// One more level of tree (a nesting level or a chain link).
    fn deepen(&mut self) -> PResult<()> {
        self.tree += 1;
        if self.tree > MAX_TREE {
            return Err(self.err("expression too complex"));
        }
        Ok(())
    }
}

fn aug_op(op: &str) -> Option<BinOp> {
    Some(match op {
        "+=" => BinOp::IAdd,
        "-=" => BinOp::ISub,
        "*=" => BinOp::IMul,
        "/=" => BinOp::ITrueDiv,
        "//=" => BinOp::IFloorDiv,
        "%=" => BinOp::IMod,
        "**=" => BinOp::IPow,
        ">>=" => BinOp::IRShift,
        "<<=" => BinOp::ILShift,
        "&=" => BinOp::IAnd,
        "|=" => BinOp::IOr,
        "^=" => BinOp::IXor,
        "@=" => BinOp::IMatMul,
        _ => return None,
    })
}

/// Is `e` something that can be assigned (or deleted)?
pub fn check_target(e: &Expr, del: bool) -> Result<(), &'static str> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let mut stars = 0;
            for i in items {
                if let ExprKind::Starred(inner) = &i.kind {
                    if del {
                        return Err("can't use starred expression here");
                    }
                    stars += 1;
                    check_target(inner, del)?;
                } else {
                    check_target(i, del)?;
                }
            }
            if stars > 1 {
                return Err("two starred expressions in assignment");
            }
            Ok(())
        }
        ExprKind::Starred(_) if !del => Err("starred assignment target must be in a list or tuple"),
        ExprKind::Call(..) => Err(if del {
            "can't delete function call"
        } else {
            "can't assign to function call"
        }),
        ExprKind::NoneLit | ExprKind::True | ExprKind::False => Err("can't assign to keyword"),
        _ => Err(if del {
            "can't delete expression"
        } else {
            "can't assign to literal"
        }),
    }
}
