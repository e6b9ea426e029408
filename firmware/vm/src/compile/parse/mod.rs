//! Recursive-descent parser for Python 3.4, tokens to [`crate::compile::ast`].

use crate::compile::ast::*;
use crate::compile::lexer::{Tok, Token};
use crate::object::BinOp;
use crate::runtime::qstr::{q, Qstr};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

mod expr;

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
    toks: Vec<Token>,
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

pub fn parse_file(toks: Vec<Token>, stack_floor: usize) -> PResult<Vec<Stmt>> {
    let mut p = Parser::new(toks, stack_floor);
    let mut body = Vec::new();
    while !p.at(&Tok::Eof) {
        if p.eat(&Tok::Newline) {
            continue;
        }
        if p.at(&Tok::Indent) {
            return Err(p.indent_err("unexpected indent"));
        }
        p.statement(&mut body)?;
    }
    Ok(body)
}

/// `eval` input: one expression list, then only blank lines.
pub fn parse_eval(toks: Vec<Token>, stack_floor: usize) -> PResult<Expr> {
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
    fn new(toks: Vec<Token>, stack_floor: usize) -> Parser {
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

    // --- statements ----------------------------------------------------------

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let line = self.line();
        let kind = match *self.tok() {
            Tok::Name(q::r#if) => self.if_stmt()?,
            Tok::Name(q::r#while) => {
                self.pos += 1;
                let cond = self.test()?;
                let body = self.suite()?;
                let orelse = if self.eat_kw(q::r#else) {
                    self.suite()?
                } else {
                    Vec::new()
                };
                StmtKind::While(cond, body, orelse)
            }
            Tok::Name(q::r#for) => {
                self.pos += 1;
                let target = self.exprlist()?;
                self.expect_kw(q::r#in)?;
                let iter = self.testlist()?;
                let body = self.suite()?;
                let orelse = if self.eat_kw(q::r#else) {
                    self.suite()?
                } else {
                    Vec::new()
                };
                StmtKind::For(target, iter, body, orelse)
            }
            Tok::Name(q::r#try) => self.try_stmt()?,
            Tok::Name(q::with) => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    let e = self.test()?;
                    let t = if self.eat_kw(q::r#as) {
                        Some(self.expr()?)
                    } else {
                        None
                    };
                    items.push((e, t));
                    if !self.eat_op(",") {
                        break;
                    }
                }
                let body = self.suite()?;
                StmtKind::With(items, body)
            }
            Tok::Name(q::def) => StmtKind::FuncDef(Box::new(self.funcdef(Vec::new())?)),
            Tok::Name(q::class) => StmtKind::ClassDef(Box::new(self.classdef(Vec::new())?)),
            Tok::Op("@") => {
                let mut decos = Vec::new();
                while self.eat_op("@") {
                    decos.push(self.test()?);
                    if !self.eat(&Tok::Newline) {
                        return Err(self.syntax());
                    }
                }
                if self.at_kw(q::def) {
                    StmtKind::FuncDef(Box::new(self.funcdef(decos)?))
                } else if self.at_kw(q::class) {
                    StmtKind::ClassDef(Box::new(self.classdef(decos)?))
                } else {
                    return Err(self.syntax());
                }
            }
            _ => return self.simple_stmt(out),
        };
        out.push(Stmt { line, kind });
        Ok(())
    }

    fn simple_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let line = self.line();
            let kind = self.small_stmt()?;
            out.push(Stmt { line, kind });
            if !self.eat_op(";") {
                break;
            }
            if self.at(&Tok::Newline) || self.at(&Tok::Eof) {
                break;
            }
        }
        if !self.eat(&Tok::Newline) && !self.at(&Tok::Eof) {
            return Err(self.syntax());
        }
        Ok(())
    }

    fn small_stmt(&mut self) -> PResult<StmtKind> {
        Ok(match *self.tok() {
            Tok::Name(q::pass) => {
                self.pos += 1;
                StmtKind::Pass
            }
            Tok::Name(q::r#break) => {
                self.pos += 1;
                StmtKind::Break
            }
            Tok::Name(q::r#continue) => {
                self.pos += 1;
                StmtKind::Continue
            }
            Tok::Name(q::r#return) => {
                self.pos += 1;
                if self.at_end_of_simple() {
                    StmtKind::Return(None)
                } else {
                    StmtKind::Return(Some(self.testlist_star()?))
                }
            }
            Tok::Name(q::raise) => {
                self.pos += 1;
                if self.at_end_of_simple() {
                    StmtKind::Raise(None, None)
                } else {
                    let e = self.test()?;
                    let cause = if self.eat_kw(q::from) {
                        Some(self.test()?)
                    } else {
                        None
                    };
                    StmtKind::Raise(Some(e), cause)
                }
            }
            Tok::Name(q::global) | Tok::Name(q::nonlocal) => {
                let is_global = self.at_kw(q::global);
                self.pos += 1;
                let mut names = alloc::vec![self.name()?];
                while self.eat_op(",") {
                    names.push(self.name()?);
                }
                if is_global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Tok::Name(q::assert) => {
                self.pos += 1;
                let t = self.test()?;
                let msg = if self.eat_op(",") {
                    Some(self.test()?)
                } else {
                    None
                };
                StmtKind::Assert(t, msg)
            }
            Tok::Name(q::del) => {
                self.pos += 1;
                let e = self.exprlist()?;
                let targets = match e.kind {
                    ExprKind::Tuple(items)
                        if !matches!(self.toks[self.pos - 1].tok, Tok::Op(")")) =>
                    {
                        items
                    }
                    _ => alloc::vec![e],
                };
                for t in &targets {
                    check_target(t, true).map_err(|m| ParseError {
                        line: t.line,
                        msg: m.into(),
                        indentation: false,
                        recursion: false,
                    })?;
                }
                StmtKind::Del(targets)
            }
            Tok::Name(q::import) => {
                self.pos += 1;
                let mut names = Vec::new();
                loop {
                    let path = self.dotted_name()?;
                    let asname = if self.eat_kw(q::r#as) {
                        Some(self.name()?)
                    } else {
                        None
                    };
                    names.push(Alias { name: path, asname });
                    if !self.eat_op(",") {
                        break;
                    }
                }
                StmtKind::Import(names)
            }
            Tok::Name(q::from) => {
                self.pos += 1;
                let mut level = 0;
                loop {
                    if self.eat_op(".") {
                        level += 1;
                    } else if self.eat_op("...") {
                        level += 3;
                    } else {
                        break;
                    }
                }
                let path = if self.at_kw(q::import) {
                    Vec::new()
                } else {
                    self.dotted_name()?
                };
                if path.is_empty() && level == 0 {
                    return Err(self.syntax());
                }
                self.expect_kw(q::import)?;
                if self.eat_op("*") {
                    StmtKind::ImportFrom(path, level, None)
                } else {
                    let paren = self.eat_op("(");
                    let mut names = Vec::new();
                    loop {
                        let n = self.name()?;
                        let asname = if self.eat_kw(q::r#as) {
                            Some(self.name()?)
                        } else {
                            None
                        };
                        names.push(Alias {
                            name: alloc::vec![n],
                            asname,
                        });
                        if !self.eat_op(",") {
                            break;
                        }
                        if paren && self.at_op(")") {
                            break;
                        }
                    }
                    if paren {
                        self.expect_op(")")?;
                    }
                    StmtKind::ImportFrom(path, level, Some(names))
                }
            }
            Tok::Name(q::r#yield) => StmtKind::Expr(self.yield_expr()?),
            _ => self.expr_stmt()?,
        })
    }

    fn at_end_of_simple(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Eof | Tok::Op(";"))
    }

    fn dotted_name(&mut self) -> PResult<Vec<Qstr>> {
        let mut v = alloc::vec![self.name()?];
        while self.eat_op(".") {
            v.push(self.name()?);
        }
        Ok(v)
    }

    fn expr_stmt(&mut self) -> PResult<StmtKind> {
        let first = self.testlist_star()?;
        if let Tok::Op(op) = *self.tok() {
            if let Some(bop) = aug_op(op) {
                self.pos += 1;
                check_target(&first, false).map_err(|m| ParseError {
                    line: first.line,
                    msg: m.into(),
                    indentation: false,
                    recursion: false,
                })?;
                if matches!(first.kind, ExprKind::Tuple(_) | ExprKind::List(_)) {
                    return Err(ParseError {
                        line: first.line,
                        msg: "illegal expression for augmented assignment".into(),
                        indentation: false,
                        recursion: false,
                    });
                }
                let value = if self.at_kw(q::r#yield) {
                    self.yield_expr()?
                } else {
                    self.testlist()?
                };
                return Ok(StmtKind::AugAssign(first, bop, value));
            }
        }
        if !self.at_op("=") {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.err("can't use starred expression here"));
            }
            return Ok(StmtKind::Expr(first));
        }
        let mut targets = alloc::vec![first];
        let mut value;
        loop {
            self.expect_op("=")?;
            value = if self.at_kw(q::r#yield) {
                self.yield_expr()?
            } else {
                self.testlist_star()?
            };
            if !self.at_op("=") {
                break;
            }
            targets.push(value);
        }
        for t in &targets {
            check_target(t, false).map_err(|m| ParseError {
                line: t.line,
                msg: m.into(),
                indentation: false,
                recursion: false,
            })?;
        }
        Ok(StmtKind::Assign(targets, value))
    }

    fn if_stmt(&mut self) -> PResult<StmtKind> {
        self.pos += 1; // if / elif
        let cond = self.test()?;
        let body = self.suite()?;
        let orelse = if self.at_kw(q::elif) {
            let line = self.line();
            let k = self.if_stmt()?;
            alloc::vec![Stmt { line, kind: k }]
        } else if self.eat_kw(q::r#else) {
            self.suite()?
        } else {
            Vec::new()
        };
        Ok(StmtKind::If(cond, body, orelse))
    }

    fn try_stmt(&mut self) -> PResult<StmtKind> {
        self.pos += 1;
        let body = self.suite()?;
        let mut handlers = Vec::new();
        while self.at_kw(q::except) {
            let line = self.line();
            self.pos += 1;
            let (ty, name) = if self.at_op(":") {
                (None, None)
            } else {
                let t = self.test()?;
                let n = if self.eat_kw(q::r#as) {
                    Some(self.name()?)
                } else {
                    None
                };
                (Some(t), n)
            };
            if ty.is_none() && self.at_kw(q::except) {
                return Err(self.syntax());
            }
            let body = self.suite()?;
            handlers.push(Handler {
                line,
                ty,
                name,
                body,
            });
        }
        for (i, h) in handlers.iter().enumerate() {
            if h.ty.is_none() && i + 1 != handlers.len() {
                return Err(ParseError {
                    line: h.line,
                    msg: "default 'except:' must be last".into(),
                    indentation: false,
                    recursion: false,
                });
            }
        }
        let orelse = if !handlers.is_empty() && self.eat_kw(q::r#else) {
            self.suite()?
        } else {
            Vec::new()
        };
        let finally = if self.eat_kw(q::finally) {
            self.suite()?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finally.is_empty() {
            return Err(self.syntax());
        }
        Ok(StmtKind::Try(body, handlers, orelse, finally))
    }

    fn suite(&mut self) -> PResult<Vec<Stmt>> {
        self.expect_op(":")?;
        let mut body = Vec::new();
        if !self.eat(&Tok::Newline) {
            self.simple_stmt(&mut body)?;
            return Ok(body);
        }
        if !self.eat(&Tok::Indent) {
            return Err(self.indent_err("expected an indented block"));
        }
        self.enter()?;
        while !self.eat(&Tok::Dedent) {
            if self.at(&Tok::Eof) {
                break;
            }
            if self.at(&Tok::Indent) {
                return Err(self.indent_err("unexpected indent"));
            }
            self.statement(&mut body)?;
        }
        self.leave();
        Ok(body)
    }

    fn funcdef(&mut self, decorators: Vec<Expr>) -> PResult<FuncDef> {
        let line = self.line();
        self.expect_kw(q::def)?;
        let name = self.name()?;
        self.expect_op("(")?;
        let params = self.params(")", true)?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") {
            Some(self.test()?)
        } else {
            None
        };
        let body = self.suite()?;
        Ok(FuncDef {
            name,
            params,
            body,
            decorators,
            returns,
            line,
            is_lambda: false,
        })
    }

    fn params(&mut self, end: &str, annotations: bool) -> PResult<Params> {
        let mut p = Params::default();
        let mut seen_default = false;
        let mut star = false;
        while !self.at_op(end) {
            if self.eat_op("**") {
                p.kwarg = Some(self.param(annotations)?);
                self.eat_op(",");
                break;
            }
            if self.eat_op("*") {
                if star {
                    return Err(self.syntax());
                }
                star = true;
                if !self.at_op(",") {
                    p.vararg = Some(self.param(annotations)?);
                } else if matches!(
                    self.toks.get(self.pos + 1).map(|t| &t.tok),
                    Some(Tok::Op("**")) | Some(Tok::Op(")")) | Some(Tok::Op(":"))
                ) {
                    return Err(self.err("named arguments must follow bare *"));
                }
            } else {
                let mut prm = self.param(annotations)?;
                if self.eat_op("=") {
                    prm.default = Some(self.test()?);
                    if !star {
                        seen_default = true;
                    }
                } else if seen_default && !star {
                    return Err(self.err("non-default argument follows default argument"));
                }
                if star {
                    p.kwonly.push(prm);
                } else {
                    p.args.push(prm);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        let names: Vec<Qstr> = p
            .args
            .iter()
            .chain(p.vararg.iter())
            .chain(p.kwonly.iter())
            .chain(p.kwarg.iter())
            .map(|x| x.name)
            .collect();
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                return Err(self.err("duplicate argument in function definition"));
            }
        }
        Ok(p)
    }

    fn param(&mut self, annotations: bool) -> PResult<Param> {
        let name = self.name()?;
        let annotation = if annotations && self.eat_op(":") {
            Some(self.test()?)
        } else {
            None
        };
        Ok(Param {
            name,
            annotation,
            default: None,
        })
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<ClassDef> {
        let line = self.line();
        self.expect_kw(q::class)?;
        let name = self.name()?;
        let bases = if self.eat_op("(") {
            let a = self.call_args()?;
            self.expect_op(")")?;
            a
        } else {
            Vec::new()
        };
        let body = self.suite()?;
        Ok(ClassDef {
            name,
            bases,
            body,
            decorators,
            line,
        })
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
