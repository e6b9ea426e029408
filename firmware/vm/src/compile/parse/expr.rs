//! Expression parsing (the `Parser` impl continues here): precedence
//! levels, atoms, calls, subscripts, comprehensions, lambdas.

use super::{aug_op, check_target, is_keyword, PResult, ParseError, Parser};
use crate::compile::ast::*;
use crate::compile::lexer::Tok;
use crate::object::BinOp;
use crate::runtime::qstr::{q, Qstr};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

impl Parser {
    // --- expressions -------------------------------------------------------------

    /// `a, b` (tuple if a comma appears) of `test` or `*expr`.
    pub(super) fn testlist_star(&mut self) -> PResult<Expr> {
        self.seq(|p| {
            if p.at_op("*") {
                p.star_expr()
            } else {
                p.test()
            }
        })
    }

    pub(super) fn testlist(&mut self) -> PResult<Expr> {
        self.seq(|p| p.test())
    }

    pub(super) fn exprlist(&mut self) -> PResult<Expr> {
        self.seq(|p| {
            if p.at_op("*") {
                p.star_expr()
            } else {
                p.expr()
            }
        })
    }

    pub(super) fn seq(
        &mut self,
        mut item: impl FnMut(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let line = self.line();
        let first = item(self)?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = alloc::vec![first];
        while self.eat_op(",") {
            if self.at_expr_end() {
                break;
            }
            items.push(item(self)?);
        }
        Ok(Expr {
            line,
            kind: ExprKind::Tuple(items),
        })
    }

    pub(super) fn at_expr_end(&self) -> bool {
        match self.tok() {
            Tok::Newline | Tok::Eof => true,
            Tok::Op(o) => matches!(*o, "=" | ")" | "]" | "}" | ":" | ";") || aug_op(o).is_some(),
            Tok::Name(n) => *n == q::r#in,
            _ => false,
        }
    }

    /// An item of a tuple or list display: `*x` or an expression.
    fn display_item(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            self.star_expr()
        } else {
            self.test()
        }
    }

    /// The items of a display after `first`, up to and including `close` (a trailing comma
    /// is allowed).
    fn display_rest(&mut self, first: Expr, close: &str) -> PResult<Vec<Expr>> {
        let mut items = alloc::vec![first];
        while self.eat_op(",") {
            if self.at_op(close) {
                break;
            }
            items.push(self.display_item()?);
        }
        self.expect_op(close)?;
        Ok(items)
    }

    pub(super) fn star_expr(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.expect_op("*")?;
        let e = self.expr()?;
        Ok(Expr {
            line,
            kind: ExprKind::Starred(Box::new(e)),
        })
    }

    pub fn test(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.test_inner();
        self.leave();
        r
    }

    pub(super) fn test_inner(&mut self) -> PResult<Expr> {
        if self.at_kw(q::lambda) {
            return self.lambda(false);
        }
        let line = self.line();
        let e = self.or_test()?;
        if self.eat_kw(q::r#if) {
            let cond = self.or_test()?;
            self.expect_kw(q::r#else)?;
            let other = self.test()?;
            return Ok(Expr {
                line,
                kind: ExprKind::IfExp(Box::new(cond), Box::new(e), Box::new(other)),
            });
        }
        Ok(e)
    }

    pub(super) fn test_nocond(&mut self) -> PResult<Expr> {
        if self.at_kw(q::lambda) {
            return self.lambda(true);
        }
        self.or_test()
    }

    pub(super) fn lambda(&mut self, nocond: bool) -> PResult<Expr> {
        let line = self.line();
        self.pos += 1;
        let params = self.params(":", false)?;
        self.expect_op(":")?;
        let body = if nocond {
            self.test_nocond()?
        } else {
            self.test()?
        };
        let bline = body.line;
        let f = FuncDef {
            name: q::LAMBDA,
            params,
            body: alloc::vec![Stmt {
                line: bline,
                kind: StmtKind::Return(Some(body))
            }],
            decorators: Vec::new(),
            returns: None,
            line,
            is_lambda: true,
        };
        Ok(Expr {
            line,
            kind: ExprKind::Lambda(Box::new(f)),
        })
    }

    pub(super) fn or_test(&mut self) -> PResult<Expr> {
        self.bool_chain(q::or, BoolOpKind::Or, Self::and_test)
    }

    pub(super) fn and_test(&mut self) -> PResult<Expr> {
        self.bool_chain(q::and, BoolOpKind::And, Self::not_test)
    }

    pub(super) fn bool_chain(
        &mut self,
        kw: Qstr,
        kind: BoolOpKind,
        sub: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let line = self.line();
        let first = sub(self)?;
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut v = alloc::vec![first];
        while self.eat_kw(kw) {
            v.push(sub(self)?);
        }
        Ok(Expr {
            line,
            kind: ExprKind::BoolOp(kind, v),
        })
    }

    pub(super) fn not_test(&mut self) -> PResult<Expr> {
        let line = self.line();
        if self.eat_kw(q::not) {
            self.enter()?;
            let e = self.not_test()?;
            self.leave();
            return Ok(Expr {
                line,
                kind: ExprKind::UnaryOp(UnOp::Not, Box::new(e)),
            });
        }
        self.comparison()
    }

    pub(super) fn comparison(&mut self) -> PResult<Expr> {
        let line = self.line();
        let first = self.expr()?;
        let mut ops = Vec::new();
        loop {
            let op = match *self.tok() {
                Tok::Op("<") => CmpOp::Lt,
                Tok::Op(">") => CmpOp::Gt,
                Tok::Op("==") => CmpOp::Eq,
                Tok::Op("!=") => CmpOp::Ne,
                Tok::Op("<=") => CmpOp::Le,
                Tok::Op(">=") => CmpOp::Ge,
                Tok::Name(q::r#in) => CmpOp::In,
                Tok::Name(q::is) => {
                    if matches!(
                        self.toks.get(self.pos + 1).map(|t| &t.tok),
                        Some(Tok::Name(q::not))
                    ) {
                        self.pos += 1;
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                Tok::Name(q::not) => {
                    if matches!(
                        self.toks.get(self.pos + 1).map(|t| &t.tok),
                        Some(Tok::Name(q::r#in))
                    ) {
                        self.pos += 1;
                        CmpOp::NotIn
                    } else {
                        break;
                    }
                }
                _ => break,
            };
            self.pos += 1;
            ops.push((op, self.expr()?));
        }
        if ops.is_empty() {
            return Ok(first);
        }
        Ok(Expr {
            line,
            kind: ExprKind::Compare(Box::new(first), ops),
        })
    }

    pub fn expr(&mut self) -> PResult<Expr> {
        self.binary_level(0)
    }

    /// Binary operators by precedence climbing (one frame per operator,
    /// not one per precedence level, which keeps nesting cheap in stack):
    /// | ^ & << >> + - * / // % @, all left-associative.
    pub(super) fn binary_level(&mut self, min: usize) -> PResult<Expr> {
        let mut left = self.factor()?;
        let tree = self.tree;
        while let Some((prec, op)) = self.binop_here() {
            if prec < min {
                break;
            }
            let line = self.line();
            self.pos += 1;
            self.deepen()?;
            let right = self.binary_level(prec + 1)?;
            left = Expr {
                line,
                kind: ExprKind::BinOp(Box::new(left), op, Box::new(right)),
            };
        }
        self.tree = tree;
        Ok(left)
    }

    /// The binary operator at the current token, with its precedence.
    fn binop_here(&self) -> Option<(usize, BinOp)> {
        let Tok::Op(o) = *self.tok() else {
            return None;
        };
        Some(match o {
            "|" => (0, BinOp::Or),
            "^" => (1, BinOp::Xor),
            "&" => (2, BinOp::And),
            "<<" => (3, BinOp::LShift),
            ">>" => (3, BinOp::RShift),
            "+" => (4, BinOp::Add),
            "-" => (4, BinOp::Sub),
            "*" => (5, BinOp::Mul),
            "/" => (5, BinOp::TrueDiv),
            "//" => (5, BinOp::FloorDiv),
            "%" => (5, BinOp::Mod),
            "@" => (5, BinOp::MatMul),
            _ => return None,
        })
    }

    pub(super) fn factor(&mut self) -> PResult<Expr> {
        let line = self.line();
        let op = match *self.tok() {
            Tok::Op("-") => UnOp::Neg,
            Tok::Op("+") => UnOp::Pos,
            Tok::Op("~") => UnOp::Invert,
            _ => return self.power(),
        };
        self.pos += 1;
        self.enter()?;
        let e = self.factor()?;
        self.leave();
        Ok(Expr {
            line,
            kind: ExprKind::UnaryOp(op, Box::new(e)),
        })
    }

    pub(super) fn power(&mut self) -> PResult<Expr> {
        let line = self.line();
        let base = self.atom_expr()?;
        if self.eat_op("**") {
            self.enter()?;
            let exp = self.factor()?;
            self.leave();
            return Ok(Expr {
                line,
                kind: ExprKind::BinOp(Box::new(base), BinOp::Pow, Box::new(exp)),
            });
        }
        Ok(base)
    }

    pub(super) fn atom_expr(&mut self) -> PResult<Expr> {
        let mut e = self.atom()?;
        let tree = self.tree;
        loop {
            let line = self.line();
            if self.at_op("(") || self.at_op("[") || self.at_op(".") {
                self.deepen()?;
            }
            if self.eat_op("(") {
                let args = self.call_args()?;
                self.expect_op(")")?;
                e = Expr {
                    line,
                    kind: ExprKind::Call(Box::new(e), args),
                };
            } else if self.eat_op("[") {
                let idx = self.subscript_list()?;
                self.expect_op("]")?;
                e = Expr {
                    line,
                    kind: ExprKind::Subscript(Box::new(e), Box::new(idx)),
                };
            } else if self.eat_op(".") {
                let n = self.name()?;
                e = Expr {
                    line,
                    kind: ExprKind::Attribute(Box::new(e), n),
                };
            } else {
                self.tree = tree;
                return Ok(e);
            }
        }
    }

    pub(super) fn subscript_list(&mut self) -> PResult<Expr> {
        let line = self.line();
        let first = self.subscript()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut v = alloc::vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            v.push(self.subscript()?);
        }
        Ok(Expr {
            line,
            kind: ExprKind::Tuple(v),
        })
    }

    pub(super) fn subscript(&mut self) -> PResult<Expr> {
        let line = self.line();
        let lower = if self.at_op(":") {
            None
        } else {
            Some(self.test()?)
        };
        if !self.eat_op(":") {
            return lower.ok_or_else(|| self.syntax());
        }
        let upper = if self.at_op(":") || self.at_op("]") || self.at_op(",") {
            None
        } else {
            Some(Box::new(self.test()?))
        };
        let step = if self.eat_op(":") {
            if self.at_op("]") || self.at_op(",") {
                None
            } else {
                Some(Box::new(self.test()?))
            }
        } else {
            None
        };
        Ok(Expr {
            line,
            kind: ExprKind::Slice(lower.map(Box::new), upper, step),
        })
    }

    pub(super) fn call_args(&mut self) -> PResult<Vec<Arg>> {
        let mut args = Vec::new();
        let mut seen_kw = false;
        let mut seen_starstar = false;
        let mut bare_gen = false;
        while !self.at_op(")") {
            let line = self.line();
            let fail = |msg: &str| ParseError {
                line,
                msg: msg.into(),
                indentation: false,
                recursion: false,
            };
            if self.eat_op("**") {
                args.push(Arg::StarStar(self.test()?));
                seen_kw = true;
                seen_starstar = true;
            } else if self.eat_op("*") {
                if seen_starstar {
                    return Err(fail(
                        "iterable argument unpacking follows keyword argument unpacking",
                    ));
                }
                args.push(Arg::Star(self.test()?));
            } else {
                let e = self.test()?;
                if self.eat_op("=") {
                    let ExprKind::Name(n) = e.kind else {
                        return Err(fail("keyword can't be an expression"));
                    };
                    if args.iter().any(|a| matches!(a, Arg::Kw(k, _) if *k == n)) {
                        return Err(fail("keyword argument repeated"));
                    }
                    args.push(Arg::Kw(n, self.test()?));
                    seen_kw = true;
                } else if self.at_kw(q::r#for) {
                    let comps = self.comp_for()?;
                    bare_gen = true;
                    args.push(Arg::Pos(Expr {
                        line,
                        kind: ExprKind::Comp(CompKind::Gen, Box::new(e), None, comps),
                    }));
                } else {
                    if seen_kw {
                        return Err(fail(if seen_starstar {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        }));
                    }
                    args.push(Arg::Pos(e));
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if bare_gen && args.len() > 1 {
            return Err(self.err("Generator expression must be parenthesized"));
        }
        Ok(args)
    }

    pub(super) fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut comps = Vec::new();
        while self.eat_kw(q::r#for) {
            let target = self.exprlist()?;
            check_target(&target, false).map_err(|m| ParseError {
                line: target.line,
                msg: m.into(),
                indentation: false,
                recursion: false,
            })?;
            self.expect_kw(q::r#in)?;
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat_kw(q::r#if) {
                ifs.push(self.test_nocond()?);
            }
            comps.push(Comprehension { target, iter, ifs });
        }
        Ok(comps)
    }

    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.expect_kw(q::r#yield)?;
        if self.eat_kw(q::from) {
            let e = self.test()?;
            return Ok(Expr {
                line,
                kind: ExprKind::YieldFrom(Box::new(e)),
            });
        }
        if self.at_op(")")
            || self.at_end_of_simple()
            || self.at_op("]")
            || self.at_op("}")
            || self.at_op("=")
        {
            return Ok(Expr {
                line,
                kind: ExprKind::Yield(None),
            });
        }
        let e = self.testlist_star()?;
        Ok(Expr {
            line,
            kind: ExprKind::Yield(Some(Box::new(e))),
        })
    }

    pub(super) fn atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        let tok = self.tok().clone();
        let kind = match tok {
            Tok::Name(n) => {
                self.pos += 1;
                match n {
                    q::None => ExprKind::NoneLit,
                    q::True => ExprKind::True,
                    q::False => ExprKind::False,
                    n if is_keyword(n) => {
                        self.pos -= 1;
                        return Err(self.syntax());
                    }
                    n => ExprKind::Name(n),
                }
            }
            Tok::Int(s) => {
                self.pos += 1;
                ExprKind::Int(String::from(&*s))
            }
            Tok::Float(f) => {
                self.pos += 1;
                ExprKind::Float(f.get())
            }
            Tok::Imag(f) => {
                self.pos += 1;
                ExprKind::Imag(f.get())
            }
            Tok::Str(_) | Tok::Bytes(_) => {
                let mut s = String::new();
                let mut b: Vec<u8> = Vec::new();
                let is_bytes = matches!(tok, Tok::Bytes(_));
                loop {
                    match self.tok().clone() {
                        Tok::Str(x) if !is_bytes => s.push_str(&x),
                        Tok::Bytes(x) if is_bytes => b.extend_from_slice(&x),
                        Tok::Str(_) | Tok::Bytes(_) => {
                            return Err(self.err("cannot mix bytes and nonbytes literals"))
                        }
                        _ => break,
                    }
                    self.pos += 1;
                }
                if is_bytes {
                    ExprKind::Bytes(b)
                } else {
                    ExprKind::Str(s)
                }
            }
            Tok::Op("...") => {
                self.pos += 1;
                ExprKind::Ellipsis
            }
            Tok::Op("(") => {
                self.pos += 1;
                self.open_bracket()?;
                let r = if self.eat_op(")") {
                    ExprKind::Tuple(Vec::new())
                } else if self.at_kw(q::r#yield) {
                    let y = self.yield_expr()?;
                    self.expect_op(")")?;
                    self.close_bracket();
                    return Ok(y);
                } else {
                    let first = self.display_item()?;
                    if self.at_kw(q::r#for) {
                        let comps = self.comp_for()?;
                        self.expect_op(")")?;
                        ExprKind::Comp(CompKind::Gen, Box::new(first), None, comps)
                    } else if self.eat_op(")") {
                        if let ExprKind::Starred(_) = first.kind {
                            return Err(self.err("can't use starred expression here"));
                        }
                        self.close_bracket();
                        // Parenthesised expression: keep it, marked by position only.
                        return Ok(first);
                    } else {
                        ExprKind::Tuple(self.display_rest(first, ")")?)
                    }
                };
                self.close_bracket();
                r
            }
            Tok::Op("[") => {
                self.pos += 1;
                self.open_bracket()?;
                let r = if self.eat_op("]") {
                    ExprKind::List(Vec::new())
                } else {
                    let first = self.display_item()?;
                    if self.at_kw(q::r#for) {
                        let comps = self.comp_for()?;
                        self.expect_op("]")?;
                        ExprKind::Comp(CompKind::List, Box::new(first), None, comps)
                    } else {
                        ExprKind::List(self.display_rest(first, "]")?)
                    }
                };
                self.close_bracket();
                r
            }
            Tok::Op("{") => {
                self.pos += 1;
                self.open_bracket()?;
                let r = self.brace()?;
                self.close_bracket();
                r
            }
            _ => return Err(self.syntax()),
        };
        Ok(Expr { line, kind })
    }

    pub(super) fn brace(&mut self) -> PResult<ExprKind> {
        if self.eat_op("}") {
            return Ok(ExprKind::Dict(Vec::new()));
        }
        let first = self.test()?;
        if self.eat_op(":") {
            let v = self.test()?;
            if self.at_kw(q::r#for) {
                let comps = self.comp_for()?;
                self.expect_op("}")?;
                return Ok(ExprKind::Comp(
                    CompKind::Dict,
                    Box::new(first),
                    Some(Box::new(v)),
                    comps,
                ));
            }
            let mut pairs = alloc::vec![(first, v)];
            while self.eat_op(",") {
                if self.at_op("}") {
                    break;
                }
                let k = self.test()?;
                self.expect_op(":")?;
                pairs.push((k, self.test()?));
            }
            self.expect_op("}")?;
            return Ok(ExprKind::Dict(pairs));
        }
        if self.at_kw(q::r#for) {
            let comps = self.comp_for()?;
            self.expect_op("}")?;
            return Ok(ExprKind::Comp(CompKind::Set, Box::new(first), None, comps));
        }
        let mut items = alloc::vec![first];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            items.push(self.test()?);
        }
        self.expect_op("}")?;
        Ok(ExprKind::Set(items))
    }
}
