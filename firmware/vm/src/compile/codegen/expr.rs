//! Code generation for expressions (the `Compiler` impl continues here).

use super::objects;
use crate::compile::ast::*;
use crate::compile::bytecode::Op;
use crate::compile::codegen::{CResult, Compiler, Label};
use crate::compile::symtable::Access;
use crate::object::{BinOp, UnaryOp};
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;

/// Displays with more items than this are built item by item.
const LONG_DISPLAY: usize = 32;

/// Literal strings up to this length are interned (no heap at run time).
const INTERN_MAX: usize = 64;

impl<'v> Compiler<'v> {
    pub(crate) fn expr(&mut self, e: &Expr) -> CResult<()> {
        self.vm.check_stack()?;
        // An operation on a later line of a multi-line statement reports
        // that line (as CPython 3.4 and MicroPython do); names and
        // literals carry no line of their own.
        if e.line > self.u.line && !is_leaf(e) {
            self.set_line(e.line);
        }
        match &e.kind {
            ExprKind::Name(n) => {
                if let Some(v) = self.const_value(*n) {
                    return self.load_int(v);
                }
                self.load_name(*n);
            }
            ExprKind::Int(text) => self.int_literal(text)?,
            ExprKind::Float(f) => {
                let v = objects::float(self.vm, *f)?;
                self.load_const(v)?;
            }
            ExprKind::Imag(f) => {
                let v = objects::imaginary(self.vm, *f)?;
                self.load_const(v)?;
            }
            ExprKind::Str(s) => {
                if s.len() <= INTERN_MAX {
                    self.op_arg(Op::LOAD_QSTR, Qstr::intern(s).0, 1);
                } else {
                    let v = self.vm.new_str(s)?;
                    self.load_const(v)?;
                }
            }
            ExprKind::Bytes(b) => {
                let v = objects::bytes(self.vm, b)?;
                self.load_const(v)?;
            }
            ExprKind::NoneLit => self.op(Op::LOAD_NONE, 1),
            ExprKind::True => self.op(Op::LOAD_TRUE, 1),
            ExprKind::False => self.op(Op::LOAD_FALSE, 1),
            ExprKind::Ellipsis => self.op(Op::LOAD_ELLIPSIS, 1),
            ExprKind::Tuple(items) => self.sequence(items, Op::BUILD_TUPLE)?,
            ExprKind::List(items) => self.sequence(items, Op::BUILD_LIST)?,
            ExprKind::Set(items) => self.sequence(items, Op::BUILD_SET)?,
            ExprKind::Dict(pairs) => {
                if pairs.len() > LONG_DISPLAY {
                    // Long displays grow the dict item by item so the
                    // operand stack stays small.
                    self.op_arg(Op::BUILD_MAP, 0, 1);
                    for (k, v) in pairs {
                        self.expr(k)?;
                        self.expr(v)?;
                        self.op_arg(Op::MAP_ADD, 1, -2);
                    }
                } else {
                    for (k, v) in pairs {
                        self.expr(k)?;
                        self.expr(v)?;
                    }
                    let n = pairs.len() as i32;
                    self.op_arg(Op::BUILD_MAP, n as u32, 1 - 2 * n);
                }
            }
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                self.op_arg(Op::LOAD_ATTR, name.0, 0);
            }
            ExprKind::Subscript(obj, idx) => {
                self.expr(obj)?;
                self.expr(idx)?;
                self.op(Op::LOAD_SUBSCR, -1);
            }
            ExprKind::Slice(a, b, c) => {
                for part in [a, b] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.op(Op::LOAD_NONE, 1),
                    }
                }
                match c {
                    Some(x) => {
                        self.expr(x)?;
                        self.op_arg(Op::BUILD_SLICE, 3, -2);
                    }
                    None => self.op_arg(Op::BUILD_SLICE, 2, -1),
                }
            }
            ExprKind::Call(f, args) => self.call(f, args)?,
            ExprKind::BinOp(a, op, b) => {
                if let Some(v) = self.fold_int(e) {
                    if Value::try_small_int(v).is_some() {
                        return self.load_int(v);
                    }
                }
                self.expr(a)?;
                self.expr(b)?;
                self.op_arg(Op::BINARY_OP, *op as u32, -1);
            }
            ExprKind::UnaryOp(op, x) => {
                if let Some(v) = self.fold_int(e) {
                    if Value::try_small_int(v).is_some() {
                        return self.load_int(v);
                    }
                }
                if let (UnOp::Neg, ExprKind::Float(f)) = (op, &x.kind) {
                    let v = objects::float(self.vm, -*f)?;
                    return self.load_const(v);
                }
                self.expr(x)?;
                let u = match op {
                    UnOp::Neg => UnaryOp::Neg,
                    UnOp::Pos => UnaryOp::Pos,
                    UnOp::Invert => UnaryOp::Invert,
                    UnOp::Not => UnaryOp::Not,
                };
                self.op_arg(Op::UNARY_OP, u as u32, 0);
            }
            ExprKind::BoolOp(kind, values) => {
                let end = self.label();
                let op = if *kind == BoolOpKind::And {
                    Op::JUMP_IF_FALSE_OR_POP
                } else {
                    Op::JUMP_IF_TRUE_OR_POP
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.jump(op, end, -1);
                    }
                }
                self.bind(end);
            }
            ExprKind::Compare(first, rest) => self.compare(first, rest)?,
            ExprKind::IfExp(c, a, b) => {
                let else_l = self.label();
                let end = self.label();
                self.cond_jump(c, false, else_l)?;
                let depth = self.u.depth;
                self.expr(a)?;
                self.jump(Op::JUMP, end, 0);
                // The else branch starts at the depth before the first one
                // (also when a constant condition makes it dead code).
                self.u.depth = depth;
                self.bind(else_l);
                self.expr(b)?;
                self.bind(end);
            }
            ExprKind::Lambda(f) => self.function(f)?,
            ExprKind::Comp(kind, elt, val, comps) => {
                self.comprehension(e, kind, elt, val.as_deref(), comps)?
            }
            ExprKind::Starred(_) => return Err(self.err("can't use starred expression here")),
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.op(Op::LOAD_NONE, 1),
                }
                self.op(Op::YIELD_VALUE, 0);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.op(Op::GET_YIELD_FROM_ITER, 0);
                self.op(Op::LOAD_NONE, 1);
                self.op(Op::YIELD_FROM, -1);
            }
        }
        Ok(())
    }

    fn const_value(&self, n: Qstr) -> Option<i64> {
        if self.u.scope != 0 && self.scope().is_local(n) {
            return None;
        }
        self.consts
            .iter()
            .rev()
            .find(|(k, _)| *k == n)
            .map(|(_, v)| *v)
    }

    fn int_literal(&mut self, text: &str) -> CResult<()> {
        if let Some(v) = parse_small_literal(text) {
            return self.load_int(v);
        }
        let big = objects::big_int(self.vm, text)?;
        self.load_const(big)
    }

    /// Evaluate an integer constant expression at compile time.
    pub(crate) fn fold_int(&self, e: &Expr) -> Option<i64> {
        match &e.kind {
            ExprKind::Int(t) => parse_small_literal(t),
            ExprKind::Name(n) => self.const_value(*n),
            ExprKind::UnaryOp(UnOp::Neg, x) => self.fold_int(x)?.checked_neg(),
            ExprKind::UnaryOp(UnOp::Pos, x) => self.fold_int(x),
            ExprKind::UnaryOp(UnOp::Invert, x) => Some(!self.fold_int(x)?),
            ExprKind::BinOp(a, op, b) => {
                let (x, y) = (self.fold_int(a)?, self.fold_int(b)?);
                match op {
                    BinOp::Add => x.checked_add(y),
                    BinOp::Sub => x.checked_sub(y),
                    BinOp::Mul => x.checked_mul(y),
                    BinOp::FloorDiv if y != 0 => {
                        Some(objects::floor_divmod(x as isize, y as isize).0 as i64)
                    }
                    BinOp::Mod if y != 0 => {
                        Some(objects::floor_divmod(x as isize, y as isize).1 as i64)
                    }
                    BinOp::LShift if (0..62).contains(&y) => {
                        let r = x.checked_shl(y as u32)?;
                        (r >> y == x).then_some(r)
                    }
                    BinOp::RShift if y >= 0 => Some(x >> y.min(63)),
                    BinOp::And => Some(x & y),
                    BinOp::Or => Some(x | y),
                    BinOp::Xor => Some(x ^ y),
                    BinOp::Pow if (0..64).contains(&y) => x.checked_pow(y as u32),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn sequence(&mut self, items: &[Expr], build: Op) -> CResult<()> {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        // Long displays take the item-by-item path too (small stack).
        if !has_star && items.len() <= LONG_DISPLAY {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as i32;
            self.op_arg(build, n as u32, 1 - n);
            return Ok(());
        }
        let is_set = build == Op::BUILD_SET;
        self.op_arg(
            if is_set {
                Op::BUILD_SET
            } else {
                Op::BUILD_LIST
            },
            0,
            1,
        );
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.op(
                        if is_set {
                            Op::SET_UPDATE
                        } else {
                            Op::LIST_EXTEND
                        },
                        -1,
                    );
                }
                _ => {
                    self.expr(i)?;
                    self.op_arg(if is_set { Op::SET_ADD } else { Op::LIST_APPEND }, 1, -1);
                }
            }
        }
        if build == Op::BUILD_TUPLE {
            self.op(Op::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn call(&mut self, f: &Expr, args: &[Arg]) -> CResult<()> {
        // Zero-argument super(): super(__class__, <first argument>).
        if let (ExprKind::Name(q::super_), true) = (&f.kind, args.is_empty()) {
            if let Some(first) = self.scope().params.first().copied() {
                if let Access::Deref(i) = self.scope().access(q::__class__) {
                    self.load_name(q::super_);
                    self.op_arg(Op::LOAD_DEREF, i, 1);
                    self.load_name(first);
                    self.op_arg2(Op::CALL_FUNCTION, 2, 0, -2);
                    return Ok(());
                }
            }
        }
        let simple = args.iter().all(|a| matches!(a, Arg::Pos(_) | Arg::Kw(..)));
        if let (ExprKind::Attribute(obj, name), true) = (&f.kind, simple) {
            self.expr(obj)?;
            self.op_arg(Op::LOAD_METHOD, name.0, 1);
            return self.call_args(args, 0, true);
        }
        self.expr(f)?;
        self.call_args(args, 0, false)
    }

    /// Push the arguments and emit the call. `pre` positional arguments are
    /// already on the stack (class creation); `method` means LOAD_METHOD
    /// left (func, self) below them.
    pub(crate) fn call_args(&mut self, args: &[Arg], pre: u32, method: bool) -> CResult<()> {
        let simple = args.iter().all(|a| matches!(a, Arg::Pos(_) | Arg::Kw(..)));
        if simple {
            let mut npos = pre;
            let mut nkw = 0;
            for a in args {
                if let Arg::Pos(e) = a {
                    self.expr(e)?;
                    npos += 1;
                }
            }
            for a in args {
                if let Arg::Kw(n, e) = a {
                    self.op_arg(Op::LOAD_QSTR, n.0, 1);
                    self.expr(e)?;
                    nkw += 1;
                }
            }
            let popped = npos as i32 + 2 * nkw as i32 + if method { 1 } else { 0 };
            self.op_arg2(
                if method {
                    Op::CALL_METHOD
                } else {
                    Op::CALL_FUNCTION
                },
                npos,
                nkw,
                -popped,
            );
            return Ok(());
        }
        // General form: positional list and keyword dict.
        if pre > 0 {
            // Class creation: the pre-pushed values start the list, which
            // then goes above the NULL.
            self.op_arg(Op::BUILD_LIST, pre, 1 - pre as i32);
            self.op(Op::LOAD_NULL, 1);
            self.op(Op::ROT_TWO, 0);
        } else {
            if !method {
                self.op(Op::LOAD_NULL, 1);
            }
            self.op_arg(Op::BUILD_LIST, 0, 1);
        }
        for a in args {
            match a {
                Arg::Pos(e) => {
                    self.expr(e)?;
                    self.op_arg(Op::LIST_APPEND, 1, -1);
                }
                Arg::Star(e) => {
                    self.expr(e)?;
                    self.op(Op::LIST_EXTEND, -1);
                }
                _ => {}
            }
        }
        let has_kw = args
            .iter()
            .any(|a| matches!(a, Arg::Kw(..) | Arg::StarStar(_)));
        if has_kw {
            self.op_arg(Op::BUILD_MAP, 0, 1);
            for a in args {
                match a {
                    Arg::Kw(n, e) => {
                        self.op_arg(Op::LOAD_QSTR, n.0, 1);
                        self.expr(e)?;
                        self.op_arg(Op::MAP_ADD, 1, -2);
                    }
                    Arg::StarStar(e) => {
                        self.expr(e)?;
                        self.op(Op::DICT_MERGE, -1);
                    }
                    _ => {}
                }
            }
        } else {
            self.op(Op::LOAD_NULL, 1);
        }
        self.op(Op::CALL_FUNCTION_EX, -3);
        Ok(())
    }

    fn compare(&mut self, first: &Expr, rest: &[(CmpOp, Expr)]) -> CResult<()> {
        self.expr(first)?;
        if rest.len() == 1 {
            self.expr(&rest[0].1)?;
            self.cmp_op(rest[0].0);
            return Ok(());
        }
        let cleanup = self.label();
        let end = self.label();
        for (i, (op, e)) in rest.iter().enumerate() {
            self.expr(e)?;
            if i + 1 < rest.len() {
                self.op(Op::DUP_TOP, 1);
                self.op(Op::ROT_THREE, 0);
                self.cmp_op(*op);
                self.jump(Op::JUMP_IF_FALSE_OR_POP, cleanup, -1);
            } else {
                self.cmp_op(*op);
            }
        }
        self.jump(Op::JUMP, end, 0);
        self.bind(cleanup);
        // [middle, False] -> [False]
        self.op(Op::ROT_TWO, 0);
        self.op(Op::POP_TOP, -1);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Lt => self.op_arg(Op::BINARY_OP, BinOp::Lt as u32, -1),
            CmpOp::Gt => self.op_arg(Op::BINARY_OP, BinOp::Gt as u32, -1),
            CmpOp::Eq => self.op_arg(Op::BINARY_OP, BinOp::Eq as u32, -1),
            CmpOp::Ne => self.op_arg(Op::BINARY_OP, BinOp::Ne as u32, -1),
            CmpOp::Le => self.op_arg(Op::BINARY_OP, BinOp::Le as u32, -1),
            CmpOp::Ge => self.op_arg(Op::BINARY_OP, BinOp::Ge as u32, -1),
            CmpOp::Is => self.op_arg(Op::IS_OP, 0, -1),
            CmpOp::IsNot => self.op_arg(Op::IS_OP, 1, -1),
            CmpOp::In => self.op_arg(Op::CONTAINS_OP, 0, -1),
            CmpOp::NotIn => self.op_arg(Op::CONTAINS_OP, 1, -1),
        }
    }

    /// Jump to `target` when `e` is true (`if_true`) or false.
    pub(crate) fn cond_jump(&mut self, e: &Expr, if_true: bool, target: Label) -> CResult<()> {
        match &e.kind {
            ExprKind::UnaryOp(UnOp::Not, x) => return self.cond_jump(x, !if_true, target),
            ExprKind::BoolOp(kind, values) => {
                let is_and = *kind == BoolOpKind::And;
                if is_and != if_true {
                    // and + jump-if-false / or + jump-if-true: any one decides.
                    for v in values {
                        self.cond_jump(v, if_true, target)?;
                    }
                } else {
                    let skip = self.label();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < values.len() {
                            self.cond_jump(v, !if_true, skip)?;
                        } else {
                            self.cond_jump(v, if_true, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            ExprKind::True if if_true => {
                self.jump(Op::JUMP, target, 0);
                return Ok(());
            }
            ExprKind::True => return Ok(()),
            _ => {}
        }
        if let Some(v) = self.fold_int(e) {
            if (v != 0) == if_true {
                self.jump(Op::JUMP, target, 0);
            }
            return Ok(());
        }
        self.expr(e)?;
        self.jump(
            if if_true {
                Op::POP_JUMP_IF_TRUE
            } else {
                Op::POP_JUMP_IF_FALSE
            },
            target,
            -1,
        );
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        kind: &CompKind,
        elt: &Expr,
        val: Option<&Expr>,
        comps: &[Comprehension],
    ) -> CResult<()> {
        let line = node.line;
        self.expr(&comps[0].iter)?;
        self.op(Op::GET_ITER, 0);
        let (id, parent) = self.enter_unit(node as *const Expr as usize, line)?;
        let result = (|| -> CResult<()> {
            self.set_line(line);
            match kind {
                CompKind::List => self.op_arg(Op::BUILD_LIST, 0, 1),
                CompKind::Set => self.op_arg(Op::BUILD_SET, 0, 1),
                CompKind::Dict => self.op_arg(Op::BUILD_MAP, 0, 1),
                CompKind::Gen => {}
            }
            self.comp_level(kind, elt, val, comps, 0)?;
            if matches!(kind, CompKind::Gen) {
                self.op(Op::LOAD_NONE, 1);
            }
            self.op(Op::RETURN_VALUE, -1);
            Ok(())
        })();
        let unit = core::mem::replace(&mut self.u, parent);
        result?;
        let name = match kind {
            CompKind::List => q::LISTCOMP,
            CompKind::Set => q::SETCOMP,
            CompKind::Dict => q::DICTCOMP,
            CompKind::Gen => q::GENEXPR,
        };
        let params = objects::tuple(self.vm, &[Value::qstr(q::DOT0)])?;
        let code = self.finish(unit, name, 0, 1, 0, params, line)?;
        self.make_function(id, code, 0)?;
        self.op(Op::ROT_TWO, 0);
        self.op_arg2(Op::CALL_FUNCTION, 1, 0, -1);
        Ok(())
    }

    fn comp_level(
        &mut self,
        kind: &CompKind,
        elt: &Expr,
        val: Option<&Expr>,
        comps: &[Comprehension],
        level: usize,
    ) -> CResult<()> {
        let c = &comps[level];
        let top = self.label();
        let exit = self.label();
        if level == 0 {
            self.op_arg(Op::LOAD_FAST, 0, 1);
        } else {
            self.expr(&c.iter)?;
            self.op(Op::GET_ITER, 0);
        }
        self.bind(top);
        self.jump(Op::FOR_ITER, exit, 1);
        self.assign_target(&c.target)?;
        for cond in &c.ifs {
            self.cond_jump(cond, false, top)?;
        }
        if level + 1 < comps.len() {
            self.comp_level(kind, elt, val, comps, level + 1)?;
        } else {
            let depth = (level + 2) as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.op_arg(Op::LIST_APPEND, depth, -1);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.op_arg(Op::SET_ADD, depth, -1);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = val {
                        self.expr(v)?;
                    }
                    self.op_arg(Op::MAP_ADD, depth, -2);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.op(Op::YIELD_VALUE, 0);
                    self.op(Op::POP_TOP, -1);
                }
            }
        }
        self.jump(Op::JUMP, top, 0);
        self.bind(exit);
        Ok(())
    }
}

fn is_leaf(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Name(_)
            | ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::NoneLit
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis
    )
}

/// Parse an int literal (any base prefix) if it fits in i64.
fn parse_small_literal(text: &str) -> Option<i64> {
    let (digits, radix) = match text.get(..2) {
        Some("0x") | Some("0X") => (&text[2..], 16),
        Some("0o") | Some("0O") => (&text[2..], 8),
        Some("0b") | Some("0B") => (&text[2..], 2),
        _ => (text, 10),
    };
    i64::from_str_radix(digits, radix).ok()
}
