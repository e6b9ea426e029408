//! Statement parsing (the `Parser` impl continues here): simple and
//! compound statements, suites, function and class definitions with their
//! parameter lists.

use super::{aug_op, check_target, PResult, ParseError, Parser};
use crate::compile::ast::*;
use crate::compile::lexer::Tok;
use crate::runtime::qstr::{q, Qstr};
use alloc::boxed::Box;
use alloc::vec::Vec;

impl Parser {
    pub(super) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
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

    pub(super) fn at_end_of_simple(&self) -> bool {
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

    pub(super) fn params(&mut self, end: &str, annotations: bool) -> PResult<Params> {
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
