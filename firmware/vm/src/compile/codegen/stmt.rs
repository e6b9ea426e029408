//! Code generation for statements, functions and classes (the
//! `Compiler` impl continues here; expressions are in `expr.rs`).

use super::objects::{self, CO_NAME_LOCALS, CO_VARARGS, CO_VARKW};
use super::{BlockKind, CResult, Compiler, Label, MAX_CODE};
use crate::compile::ast::*;
use crate::compile::bytecode::Op;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use alloc::string::String;
use alloc::vec::Vec;

impl<'v> Compiler<'v> {
    // --- statements ---------------------------------------------------------------

    pub(crate) fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.vm.check_stack()?;
        if self.u.code.len() > MAX_CODE {
            return Err(self.err("code too large"));
        }
        self.set_line(s.line);
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.single && self.u.scope == 0 {
                    self.expr(e)?;
                    self.op(Op::PRINT_EXPR, -1);
                } else if !is_docstring_like(e) {
                    self.expr(e)?;
                    self.op(Op::POP_TOP, -1);
                }
            }
            StmtKind::Assign(targets, value) => self.assign(targets, value)?,
            StmtKind::AugAssign(t, op, v) => self.aug_assign(t, *op, v)?,
            StmtKind::Del(ts) => {
                for t in ts {
                    self.del_target(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                let Some(li) = self
                    .u
                    .blocks
                    .iter()
                    .rposition(|b| matches!(b.kind, BlockKind::Loop { .. }))
                else {
                    return Err(self.err(if is_break {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    }));
                };
                let BlockKind::Loop { cont, brk, .. } = self.u.blocks[li].kind else {
                    unreachable!()
                };
                // Blocks inside the loop are unwound; the loop's own iterator
                // is popped only by break.
                let depth = self.unwind_to(li + 1, false)?;
                if is_break {
                    self.unwind_loop_iter(li);
                    self.jump(Op::JUMP, brk, 0);
                } else {
                    self.jump(Op::JUMP, cont, 0);
                }
                self.resume_after_unwind(li + 1, depth);
            }
            StmtKind::Return(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.op(Op::LOAD_NONE, 1),
                }
                let depth = self.unwind_to(0, true)?;
                self.op(Op::RETURN_VALUE, -1);
                self.resume_after_unwind(0, depth - 1);
            }
            StmtKind::Raise(e, cause) => match (e, cause) {
                (None, _) => self.op_arg(Op::RAISE, 0, 0),
                (Some(e), None) => {
                    self.expr(e)?;
                    self.op_arg(Op::RAISE, 1, -1);
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.op_arg(Op::RAISE, 2, -2);
                }
            },
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assert(t, msg) => {
                let ok = self.label();
                self.cond_jump(t, true, ok)?;
                self.op(Op::LOAD_ASSERTION_ERROR, 1);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.op_arg2(Op::CALL_FUNCTION, 1, 0, -1);
                }
                self.op_arg(Op::RAISE, 1, -1);
                self.bind(ok);
            }
            StmtKind::If(c, body, orelse) => {
                let else_l = self.label();
                let end = self.label();
                self.cond_jump(c, false, else_l)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump(Op::JUMP, end, 0);
                }
                self.bind(else_l);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::While(c, body, orelse) => {
                let top = self.label();
                let else_l = self.label();
                let brk = self.label();
                self.bind(top);
                self.cond_jump(c, false, else_l)?;
                self.push_block(
                    BlockKind::Loop {
                        cont: top,
                        brk,
                        has_iter: false,
                    },
                    None,
                    0,
                );
                self.stmts(body)?;
                self.pop_block();
                self.set_line(s.line);
                self.jump(Op::JUMP, top, 0);
                self.bind(else_l);
                self.stmts(orelse)?;
                self.bind(brk);
            }
            StmtKind::For(t, it, body, orelse) => {
                let top = self.label();
                let exit = self.label();
                let brk = self.label();
                self.expr(it)?;
                self.op(Op::GET_ITER, 0);
                self.bind(top);
                self.jump(Op::FOR_ITER, exit, 1);
                self.assign_target(t)?;
                self.push_block(
                    BlockKind::Loop {
                        cont: top,
                        brk,
                        has_iter: true,
                    },
                    None,
                    0,
                );
                self.stmts(body)?;
                self.pop_block();
                self.set_line(s.line);
                self.jump(Op::JUMP, top, 0);
                // FOR_ITER pops the iterator on exhaustion (bind knows).
                self.bind(exit);
                self.stmts(orelse)?;
                self.bind(brk);
            }
            StmtKind::Try(body, handlers, orelse, fin) => {
                if fin.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, fin)?;
                }
            }
            StmtKind::With(items, body) => self.with(items, body)?,
            StmtKind::FuncDef(f) => {
                self.function(f)?;
                self.store_name(f.name);
            }
            StmtKind::ClassDef(c) => self.class(c)?,
            StmtKind::Import(names) => {
                for a in names {
                    self.op(Op::LOAD_SMALL_INT, 1);
                    self.u.code.push(0); // level 0 (zigzag 0)
                    self.op(Op::LOAD_NONE, 1);
                    let full = dotted(&a.name);
                    self.op_arg(Op::IMPORT_NAME, full.0, -1);
                    match a.asname {
                        Some(asname) => {
                            for &part in &a.name[1..] {
                                self.op_arg(Op::IMPORT_FROM, part.0, 1);
                                self.op(Op::ROT_TWO, 0);
                                self.op(Op::POP_TOP, -1);
                            }
                            self.store_name(asname);
                        }
                        None => self.store_name(a.name[0]),
                    }
                }
            }
            StmtKind::ImportFrom(path, level, names) => {
                self.load_int(*level as i64)?;
                match names {
                    None => self.load_const_str("*")?,
                    Some(names) => {
                        for a in names {
                            self.op_arg(Op::LOAD_QSTR, a.name[0].0, 1);
                        }
                        self.op_arg(Op::BUILD_TUPLE, names.len() as u32, 1 - names.len() as i32);
                    }
                }
                let module = if path.is_empty() {
                    q::EMPTY
                } else {
                    dotted(path)
                };
                self.op_arg(Op::IMPORT_NAME, module.0, -1);
                match names {
                    None => self.op(Op::IMPORT_STAR, -1),
                    Some(names) => {
                        for a in names {
                            self.op_arg(Op::IMPORT_FROM, a.name[0].0, 1);
                            self.store_name(a.asname.unwrap_or(a.name[0]));
                        }
                        self.op(Op::POP_TOP, -1);
                    }
                }
            }
        }
        Ok(())
    }

    pub(crate) fn unwind_loop_iter(&mut self, li: usize) {
        if let BlockKind::Loop { has_iter: true, .. } = self.u.blocks[li].kind {
            self.op(Op::POP_TOP, -1);
        }
    }

    pub(crate) fn load_const_str(&mut self, s: &str) -> CResult<()> {
        let q = Qstr::intern(s);
        self.op_arg(Op::LOAD_QSTR, q.0, 1);
        Ok(())
    }

    pub(crate) fn assign(&mut self, targets: &[Expr], value: &Expr) -> CResult<()> {
        // X = const(expr): remember the value for substitution.
        if let (Some(ExprKind::Name(n)), ExprKind::Call(f, args)) =
            (targets.first().map(|t| &t.kind), &value.kind)
        {
            if matches!(f.kind, ExprKind::Name(q::r#const)) && targets.len() == 1 && args.len() == 1
            {
                if let Arg::Pos(a) = &args[0] {
                    match self.fold_int(a) {
                        Some(v) => {
                            if self.u.scope == 0 {
                                self.consts.push((*n, v));
                            }
                            if n.as_str().starts_with('_') && self.u.scope == 0 {
                                return Ok(());
                            }
                            self.load_int(v)?;
                            self.store_name(*n);
                            return Ok(());
                        }
                        None => return Err(self.err("constant must be an integer")),
                    }
                }
            }
        }
        if let [target] = targets {
            if self.assign_swap(target, value)? {
                return Ok(());
            }
        }
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.op(Op::DUP_TOP, 1);
            }
            self.assign_target(t)?;
        }
        Ok(())
    }

    /// `a, b = x, y` (and three names): the values go on the stack and are stored left to
    /// right with rotations, without building and unpacking a tuple (as CPython compiles it).
    fn assign_swap(&mut self, target: &Expr, value: &Expr) -> CResult<bool> {
        let (ExprKind::Tuple(ts) | ExprKind::List(ts), ExprKind::Tuple(vs)) =
            (&target.kind, &value.kind)
        else {
            return Ok(false);
        };
        let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred(_));
        if ts.len() != vs.len() || !(2..=3).contains(&ts.len()) {
            return Ok(false);
        }
        if ts.iter().any(starred) || vs.iter().any(starred) {
            return Ok(false);
        }
        for v in vs {
            self.expr(v)?;
        }
        if ts.len() == 3 {
            self.op(Op::ROT_THREE, 0);
        }
        self.op(Op::ROT_TWO, 0);
        for t in ts {
            self.assign_target(t)?;
        }
        Ok(true)
    }

    /// Store TOS into a target expression.
    pub(crate) fn assign_target(&mut self, t: &Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(*n),
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                self.op_arg(Op::STORE_ATTR, name.0, -2);
            }
            ExprKind::Subscript(obj, idx) => {
                self.expr(obj)?;
                self.expr(idx)?;
                self.op(Op::STORE_SUBSCR, -3);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                match items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)))
                {
                    Some(star) => {
                        let after = items.len() - star - 1;
                        self.op_arg(
                            Op::UNPACK_EX,
                            (star as u32) | ((after as u32) << 8),
                            items.len() as i32 - 1,
                        );
                    }
                    None => self.op_arg(
                        Op::UNPACK_SEQUENCE,
                        items.len() as u32,
                        items.len() as i32 - 1,
                    ),
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.assign_target(inner)?,
                        _ => self.assign_target(i)?,
                    }
                }
            }
            _ => return Err(self.err("can't assign to expression")),
        }
        Ok(())
    }

    pub(crate) fn del_target(&mut self, t: &Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(*n),
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                self.op_arg(Op::DELETE_ATTR, name.0, -1);
            }
            ExprKind::Subscript(obj, idx) => {
                self.expr(obj)?;
                self.expr(idx)?;
                self.op(Op::DELETE_SUBSCR, -2);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.del_target(i)?;
                }
            }
            _ => return Err(self.err("can't delete expression")),
        }
        Ok(())
    }

    pub(crate) fn aug_assign(
        &mut self,
        t: &Expr,
        op: crate::object::BinOp,
        v: &Expr,
    ) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.load_name(*n);
                self.expr(v)?;
                self.op_arg(Op::BINARY_OP, op as u32, -1);
                self.store_name(*n);
            }
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                self.op(Op::DUP_TOP, 1);
                self.op_arg(Op::LOAD_ATTR, name.0, 0);
                self.expr(v)?;
                self.op_arg(Op::BINARY_OP, op as u32, -1);
                self.op(Op::ROT_TWO, 0);
                self.op_arg(Op::STORE_ATTR, name.0, -2);
            }
            ExprKind::Subscript(obj, idx) => {
                self.expr(obj)?;
                self.expr(idx)?;
                self.op(Op::DUP_TOP_TWO, 2);
                self.op(Op::LOAD_SUBSCR, -1);
                self.expr(v)?;
                self.op_arg(Op::BINARY_OP, op as u32, -1);
                self.op(Op::ROT_THREE, 0);
                self.op(Op::STORE_SUBSCR, -3);
            }
            _ => return Err(self.err("illegal expression for augmented assignment")),
        }
        Ok(())
    }

    pub(crate) fn try_except(
        &mut self,
        body: &[Stmt],
        handlers: &[Handler],
        orelse: &[Stmt],
    ) -> CResult<()> {
        let h = self.label();
        let end = self.label();
        let depth = self.u.depth as u32;
        self.push_block(BlockKind::TryExcept, Some(h), depth);
        self.stmts(body)?;
        self.pop_block();
        self.stmts(orelse)?;
        self.jump(Op::JUMP, end, 0);
        self.except_handlers(h, handlers, end, depth)?;
        self.bind(end);
        Ok(())
    }

    /// The handler code at label `h`: the stack holds `depth` values + exc.
    pub(crate) fn except_handlers(
        &mut self,
        h: Label,
        handlers: &[Handler],
        end: Label,
        depth: u32,
    ) -> CResult<()> {
        let cleanup = self.label();
        self.bind(h);
        self.u.depth = depth as i32 + 1;
        self.adjust(0);
        self.op(Op::PUSH_EXC_INFO, 1);
        for handler in handlers {
            self.set_line(handler.line);
            let next = self.label();
            if let Some(ty) = &handler.ty {
                self.expr(ty)?;
                self.op(Op::CHECK_EXC_MATCH, 0);
                self.jump(Op::POP_JUMP_IF_FALSE, next, -1);
            }
            if let Some(n) = handler.name {
                self.op(Op::DUP_TOP, 1);
                self.store_name(n);
            }
            self.push_block(
                BlockKind::Handler { name: handler.name },
                Some(cleanup),
                depth + 1,
            );
            self.stmts(&handler.body)?;
            self.pop_block();
            self.op(Op::POP_TOP, -1);
            self.op(Op::POP_EXCEPT, -1);
            if let Some(n) = handler.name {
                self.op(Op::LOAD_NONE, 1);
                self.store_name(n);
                self.delete_name(n);
            }
            self.jump(Op::JUMP, end, 0);
            self.u.depth = depth as i32 + 2;
            self.bind(next);
        }
        // No handler matched: propagate, restoring the handled exception.
        self.push_block(BlockKind::TryExcept, Some(cleanup), depth + 1);
        self.op(Op::RERAISE, -1);
        self.pop_block();
        self.bind(cleanup);
        self.u.depth = depth as i32 + 2;
        self.op(Op::ROT_TWO, 0);
        self.op(Op::POP_EXCEPT, -1);
        self.op(Op::RERAISE, -1);
        Ok(())
    }

    pub(crate) fn try_finally(
        &mut self,
        body: &[Stmt],
        handlers: &[Handler],
        orelse: &[Stmt],
        fin: &[Stmt],
    ) -> CResult<()> {
        let fh = self.label();
        let end = self.label();
        let cleanup = self.label();
        let depth = self.u.depth as u32;
        self.push_block(
            BlockKind::Finally {
                body: fin as *const [Stmt],
            },
            Some(fh),
            depth,
        );
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.pop_block();
        self.stmts(fin)?;
        self.jump(Op::JUMP, end, 0);
        // Exceptional path: run the finally body, then re-raise.
        self.bind(fh);
        self.u.depth = depth as i32 + 1;
        self.adjust(0);
        self.op(Op::PUSH_EXC_INFO, 1);
        self.push_block(BlockKind::Handler { name: None }, Some(cleanup), depth + 1);
        self.stmts(fin)?;
        self.pop_block();
        self.op(Op::ROT_TWO, 0);
        self.op(Op::POP_EXCEPT, -1);
        self.op(Op::RERAISE, -1);
        self.bind(cleanup);
        self.u.depth = depth as i32 + 2;
        self.op(Op::ROT_TWO, 0);
        self.op(Op::POP_EXCEPT, -1);
        self.op(Op::RERAISE, -1);
        self.bind(end);
        self.u.depth = depth as i32;
        Ok(())
    }

    pub(crate) fn with(&mut self, items: &[(Expr, Option<Expr>)], body: &[Stmt]) -> CResult<()> {
        let Some(((mgr, target), rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let wh = self.label();
        let end = self.label();
        let cleanup = self.label();
        let suppress = self.label();
        self.expr(mgr)?;
        self.op(Op::BEFORE_WITH, 1);
        match target {
            Some(t) => self.assign_target(t)?,
            None => self.op(Op::POP_TOP, -1),
        }
        let depth = self.u.depth as u32;
        self.push_block(BlockKind::With, Some(wh), depth);
        self.with(rest, body)?;
        self.pop_block();
        self.op(Op::LOAD_NONE, 1);
        self.op(Op::LOAD_NONE, 1);
        self.op(Op::LOAD_NONE, 1);
        self.op_arg2(Op::CALL_FUNCTION, 3, 0, -3);
        self.op(Op::POP_TOP, -1);
        self.jump(Op::JUMP, end, 0);
        // Exceptional exit: [exit, exc].
        self.bind(wh);
        self.u.depth = depth as i32 + 1;
        self.adjust(0);
        self.op(Op::PUSH_EXC_INFO, 1);
        self.push_block(BlockKind::TryExcept, Some(cleanup), depth + 1);
        self.op(Op::WITH_EXCEPT, 1);
        self.jump(Op::POP_JUMP_IF_TRUE, suppress, -1);
        self.op(Op::RERAISE, -1);
        self.pop_block();
        self.bind(suppress);
        self.u.depth = depth as i32 + 2;
        self.op(Op::POP_TOP, -1);
        self.op(Op::POP_EXCEPT, -1);
        self.op(Op::POP_TOP, -1);
        self.jump(Op::JUMP, end, 0);
        self.bind(cleanup);
        self.u.depth = depth as i32 + 2;
        self.op(Op::ROT_TWO, 0);
        self.op(Op::POP_EXCEPT, -1);
        self.op(Op::ROT_TWO, 0);
        self.op(Op::POP_TOP, -1);
        self.op(Op::RERAISE, -1);
        self.bind(end);
        self.u.depth = depth as i32 - 1;
        Ok(())
    }

    /// `def` or `lambda`: leaves the function object on the stack.
    pub(crate) fn function(&mut self, f: &FuncDef) -> CResult<()> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let p = &f.params;
        let mut flags = 0;
        let defaults: Vec<&Expr> = p.args.iter().filter_map(|a| a.default.as_ref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.op_arg(
                Op::BUILD_TUPLE,
                defaults.len() as u32,
                1 - defaults.len() as i32,
            );
            flags |= crate::compile::bytecode::MF_DEFAULTS;
        }
        let kwd: Vec<&Param> = p.kwonly.iter().filter(|a| a.default.is_some()).collect();
        if !kwd.is_empty() {
            for a in &kwd {
                self.op_arg(Op::LOAD_QSTR, a.name.0, 1);
                if let Some(d) = &a.default {
                    self.expr(d)?;
                }
            }
            self.op_arg(Op::BUILD_MAP, kwd.len() as u32, 1 - 2 * kwd.len() as i32);
            flags |= crate::compile::bytecode::MF_KWDEFAULTS;
        }
        let (id, parent) = self.enter_unit(f as *const FuncDef as usize, f.line)?;
        let mut co_flags = 0;
        if p.vararg.is_some() {
            co_flags |= CO_VARARGS;
        }
        if p.kwarg.is_some() {
            co_flags |= CO_VARKW;
        }
        let result = (|| -> CResult<()> {
            self.set_line(f.line);
            if f.is_lambda && self.st.scopes[id].is_generator {
                // `lambda: (yield)` returns the generator's value.
            }
            self.stmts(&f.body)?;
            self.op(Op::LOAD_NONE, 1);
            self.op(Op::RETURN_VALUE, -1);
            Ok(())
        })();
        let unit = core::mem::replace(&mut self.u, parent);
        result?;
        let mut names: Vec<Value> = p.args.iter().map(|a| Value::qstr(a.name)).collect();
        if let Some(v) = &p.vararg {
            names.push(Value::qstr(v.name));
        }
        names.extend(p.kwonly.iter().map(|a| Value::qstr(a.name)));
        if let Some(k) = &p.kwarg {
            names.push(Value::qstr(k.name));
        }
        let params = objects::tuple(self.vm, &names)?;
        let code = self.finish(
            unit,
            f.name,
            co_flags,
            p.args.len() as u16,
            p.kwonly.len() as u16,
            params,
            f.line,
        )?;
        self.make_function(id, code, flags)?;
        for _ in &f.decorators {
            self.op_arg2(Op::CALL_FUNCTION, 1, 0, -1);
        }
        Ok(())
    }

    /// MAKE_FUNCTION for the code of scope `id` (pushing its closure first).
    pub(crate) fn make_function(&mut self, id: usize, code: Value, mut flags: u32) -> CResult<()> {
        let frees: Vec<Qstr> = {
            let s = &self.st.scopes[id];
            s.slots[s.n_locals..].to_vec()
        };
        let mut popped = 0;
        if flags & crate::compile::bytecode::MF_DEFAULTS != 0 {
            popped += 1;
        }
        if flags & crate::compile::bytecode::MF_KWDEFAULTS != 0 {
            popped += 1;
        }
        if !frees.is_empty() {
            for &n in &frees {
                let slot = self.scope().slots.iter().position(|&s| s == n);
                match slot {
                    Some(i) => self.op_arg(Op::LOAD_CLOSURE, i as u32, 1),
                    None => return Err(self.err("internal error: free variable")),
                }
            }
            self.op_arg(Op::BUILD_TUPLE, frees.len() as u32, 1 - frees.len() as i32);
            flags |= crate::compile::bytecode::MF_CLOSURE;
            popped += 1;
        }
        let c = self.add_const(code)?;
        self.op_arg2(Op::MAKE_FUNCTION, flags, c, 1 - popped);
        Ok(())
    }

    pub(crate) fn class(&mut self, c: &ClassDef) -> CResult<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.op(Op::LOAD_BUILD_CLASS, 1);
        let (id, parent) = self.enter_unit(c as *const ClassDef as usize, c.line)?;
        let result = (|| -> CResult<()> {
            self.set_line(c.line);
            self.load_name(q::__name__);
            self.store_name(q::__module__);
            self.op_arg(Op::LOAD_QSTR, c.name.0, 1);
            self.store_name(q::__qualname__);
            self.stmts(&c.body)?;
            let s = &self.st.scopes[id];
            match s.slots.iter().position(|&n| n == q::__class__) {
                Some(i) if s.cells.contains(&q::__class__) => {
                    self.op_arg(Op::LOAD_CLOSURE, i as u32, 1)
                }
                _ => self.op(Op::LOAD_NONE, 1),
            }
            self.op(Op::RETURN_VALUE, -1);
            Ok(())
        })();
        let unit = core::mem::replace(&mut self.u, parent);
        result?;
        let code = self.finish(unit, c.name, CO_NAME_LOCALS, 0, 0, Value::NULL, c.line)?;
        self.make_function(id, code, 0)?;
        self.op_arg(Op::LOAD_QSTR, c.name.0, 1);
        self.call_args(&c.bases, 2, false)?;
        for _ in &c.decorators {
            self.op_arg2(Op::CALL_FUNCTION, 1, 0, -1);
        }
        self.store_name(c.name);
        Ok(())
    }
}

fn dotted(parts: &[Qstr]) -> Qstr {
    if parts.len() == 1 {
        return parts[0];
    }
    let mut s = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            s.push('.');
        }
        s.push_str(p.as_str());
    }
    Qstr::intern(&s)
}

/// Bare constants as statements (docstrings) compile to nothing.
fn is_docstring_like(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Str(_)
            | ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::NoneLit
            | ExprKind::Ellipsis
    )
}
