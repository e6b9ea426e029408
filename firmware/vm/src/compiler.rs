//! Code generation: AST + scopes to code objects.
//!
//! Statements and code units live here; expressions in `compile_expr.rs`.
//! The compiler tracks the operand-stack depth statically, which gives each
//! code object its stack size and each exception-table entry the depth to
//! unwind to. `finally` bodies and `with` exits are inlined at every exit
//! (normal, break, continue, return), so no block stack exists at run time.

use crate::ast::*;
use crate::bytecode::{write_varint, Op};
use crate::code::{self, CodeParts, CO_GENERATOR, CO_NAME_LOCALS, CO_VARARGS, CO_VARKW};
use crate::gcvec::GcVec;
use crate::qstr::{q, Qstr};
use crate::symtable::{Access, ScopeKind, SymTable};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;
use alloc::vec::Vec;

pub type Label = usize;

/// A compile-time error: SyntaxError (or IndentationError) with a line.
#[derive(Debug)]
pub struct CompileError {
    pub line: u32,
    pub msg: String,
    pub indentation: bool,
    /// A Python exception (MemoryError) raised while compiling.
    pub exc: Option<Value>,
}

pub type CResult<T> = Result<T, CompileError>;

impl From<Value> for CompileError {
    fn from(exc: Value) -> Self {
        CompileError {
            line: 0,
            msg: String::new(),
            indentation: false,
            exc: Some(exc),
        }
    }
}

pub(crate) struct Protect {
    target: Label,
    depth: u32,
    start: usize,
}

pub(crate) enum BlockKind {
    Loop {
        cont: Label,
        brk: Label,
        has_iter: bool,
    },
    /// A try body with an except handler (no cleanup on exit).
    TryExcept,
    Finally {
        body: *const Vec<Stmt>,
    },
    With,
    /// Inside an except/finally handler: [prev_exc, exc] on the stack.
    Handler {
        name: Option<Qstr>,
    },
}

pub(crate) struct Block {
    pub kind: BlockKind,
    pub protect: Option<Protect>,
}

pub(crate) struct Unit {
    pub scope: usize,
    pub code: Vec<u8>,
    pub lines: Vec<(u32, u32)>,
    pub handlers: Vec<(usize, usize, Label, u32)>,
    pub consts: GcVec,
    pub depth: i32,
    pub max_depth: i32,
    pub line: u32,
    pub blocks: Vec<Block>,
    pub labels: Vec<usize>,
    pub patches: Vec<(usize, Label)>,
    /// Stack depth at each label (NO_DEPTH until a jump or bind says).
    pub label_depth: Vec<i32>,
    pub reachable: bool,
    pub depth_error: bool,
    /// Label, expected depth, found depth, pc of the first mismatch.
    pub depth_error_at: (usize, i32, i32, usize),
}

pub struct Compiler<'v> {
    pub(crate) vm: &'v mut Vm,
    pub(crate) st: SymTable,
    pub(crate) next_scope: usize,
    pub(crate) filename: Qstr,
    pub(crate) u: Unit,
    /// Names bound by `X = const(...)` (module level), with their values.
    pub(crate) consts: Vec<(Qstr, i64)>,
    pub(crate) single: bool,
}

const UNBOUND: usize = usize::MAX;
/// Jump targets are 16-bit; stop early rather than after inlining
/// `finally` bodies at every exit of deeply nested code.
const MAX_CODE: usize = 0xffff;
const NO_DEPTH: i32 = i32::MIN;

/// Message of the error a code-generation bug produces (never user error).
pub const INTERNAL_ERROR: &str = "internal compiler error";

impl<'v> Compiler<'v> {
    pub fn new(vm: &'v mut Vm, st: SymTable, filename: Qstr, single: bool) -> Compiler<'v> {
        let u = Unit::new(0, 1);
        Compiler {
            vm,
            st,
            next_scope: 1,
            filename,
            u,
            consts: Vec::new(),
            single,
        }
    }

    pub(crate) fn err(&self, msg: &str) -> CompileError {
        CompileError {
            line: self.u.line,
            msg: msg.into(),
            indentation: false,
            exc: None,
        }
    }

    // --- emission ------------------------------------------------------------

    pub(crate) fn op(&mut self, op: Op, effect: i32) {
        self.u.code.push(op as u8);
        self.adjust(effect);
        self.note_flow(op);
    }

    pub(crate) fn op_arg(&mut self, op: Op, arg: u32, effect: i32) {
        self.u.code.push(op as u8);
        write_varint(&mut self.u.code, arg);
        self.adjust(effect);
        self.note_flow(op);
    }

    pub(crate) fn op_arg2(&mut self, op: Op, a: u32, b: u32, effect: i32) {
        self.u.code.push(op as u8);
        write_varint(&mut self.u.code, a);
        write_varint(&mut self.u.code, b);
        self.adjust(effect);
        self.note_flow(op);
    }

    /// Code after an unconditional transfer is unreachable until a label.
    fn note_flow(&mut self, op: Op) {
        self.u.reachable = !matches!(op, Op::JUMP | Op::RETURN_VALUE | Op::RAISE | Op::RERAISE);
    }

    /// Record the stack depth a label is entered with; a second, different
    /// depth is a code generator bug (reported when the unit finishes,
    /// rather than running code with a corrupt stack).
    fn note_label_depth(&mut self, l: Label, depth: i32) {
        let known = self.u.label_depth[l];
        if known == NO_DEPTH {
            self.u.label_depth[l] = depth;
        } else if known != depth {
            self.depth_mismatch(l, known, depth);
        }
    }

    pub(crate) fn adjust(&mut self, effect: i32) {
        self.u.depth += effect;
        if self.u.depth > self.u.max_depth {
            self.u.max_depth = self.u.depth;
        }
    }

    pub(crate) fn jump(&mut self, op: Op, target: Label, effect: i32) {
        let before = self.u.depth;
        self.u.code.push(op as u8);
        let at = self.u.code.len();
        self.u.code.extend_from_slice(&[0, 0]);
        self.u.patches.push((at, target));
        self.adjust(effect);
        // The depth on arrival at the target, which differs from the
        // fall-through depth for the "or pop" jumps and FOR_ITER.
        let at_target = match op {
            Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => before,
            Op::FOR_ITER => before - 1,
            _ => self.u.depth,
        };
        self.note_label_depth(target, at_target);
        self.note_flow(op);
    }

    fn depth_mismatch(&mut self, l: Label, known: i32, got: i32) {
        if !self.u.depth_error {
            self.u.depth_error = true;
            self.u.depth_error_at = (l, known, got, self.u.code.len());
        }
    }

    pub(crate) fn label(&mut self) -> Label {
        self.u.labels.push(UNBOUND);
        self.u.label_depth.push(NO_DEPTH);
        self.u.labels.len() - 1
    }

    pub(crate) fn bind(&mut self, l: Label) {
        self.u.labels[l] = self.u.code.len();
        let known = self.u.label_depth[l];
        if known != NO_DEPTH {
            if self.u.reachable {
                if known != self.u.depth {
                    self.depth_mismatch(l, known, self.u.depth);
                }
            } else {
                // Reached only by jumps: take their depth.
                self.u.depth = known;
            }
        } else if self.u.reachable {
            self.u.label_depth[l] = self.u.depth;
        }
        self.u.reachable = true;
    }

    pub(crate) fn set_line(&mut self, line: u32) {
        self.u.line = line;
        let pc = self.u.code.len() as u32;
        match self.u.lines.last_mut() {
            Some(last) if last.0 == pc => last.1 = line,
            Some(last) if last.1 == line => {}
            _ => self.u.lines.push((pc, line)),
        }
    }

    pub(crate) fn add_const(&mut self, v: Value) -> CResult<u32> {
        let n = self.u.consts.len();
        self.u.consts.push(self.vm, v)?;
        Ok(n as u32)
    }

    pub(crate) fn load_const(&mut self, v: Value) -> CResult<()> {
        let i = self.add_const(v)?;
        self.op_arg(Op::LOAD_CONST, i, 1);
        Ok(())
    }

    pub(crate) fn load_int(&mut self, i: i64) -> CResult<()> {
        // The operand is a 32-bit varint: wider values go to the constants.
        match Value::try_small_int(i).filter(|_| (-(1 << 30)..(1 << 30)).contains(&i)) {
            Some(_) => {
                self.op_arg(Op::LOAD_SMALL_INT, crate::bytecode::zigzag(i), 1);
                Ok(())
            }
            None => {
                let v = crate::int::from_i64(self.vm, i)?;
                self.load_const(v)
            }
        }
    }

    // --- protection (exception table) ------------------------------------------

    pub(crate) fn push_block(&mut self, kind: BlockKind, handler: Option<Label>, depth: u32) {
        let protect = handler.map(|target| Protect {
            target,
            depth,
            start: self.u.code.len(),
        });
        self.u.blocks.push(Block { kind, protect });
    }

    pub(crate) fn pop_block(&mut self) -> Block {
        let b = self.u.blocks.pop().expect("block stack");
        if let Some(p) = &b.protect {
            self.close_range(p.start, p.target, p.depth);
        }
        b
    }

    fn close_range(&mut self, start: usize, target: Label, depth: u32) {
        let end = self.u.code.len();
        // The VM enters a handler with the exception pushed.
        self.note_label_depth(target, depth as i32 + 1);
        if end > start {
            self.u.handlers.push((start, end, target, depth));
        }
    }

    /// Emit the cleanup of blocks `[from..]` (innermost first) for a jump
    /// out of them; `keep_top` is true for `return` (value on the stack).
    /// Their protection is suspended while their cleanup code runs. The
    /// caller emits the jump, then `resume_after_unwind` with the result.
    pub(crate) fn unwind_to(&mut self, from: usize, keep_top: bool) -> CResult<i32> {
        let saved_depth = self.u.depth;
        for i in (from..self.u.blocks.len()).rev() {
            // Suspend this block's protection for its own cleanup.
            if let Some(p) = &self.u.blocks[i].protect {
                let (s, t, d) = (p.start, p.target, p.depth);
                self.close_range(s, t, d);
            }
            // Cleanup code runs with the inner blocks gone.
            let tail = self.u.blocks.split_off(i);
            let result = self.cleanup(&tail[0], keep_top);
            self.u.blocks.extend(tail);
            result?;
        }
        Ok(saved_depth)
    }

    /// After the jump out: protection resumes for the (dead) code that
    /// follows, at the depth it had before the exit.
    pub(crate) fn resume_after_unwind(&mut self, from: usize, depth: i32) {
        let pc = self.u.code.len();
        for b in &mut self.u.blocks[from..] {
            if let Some(p) = &mut b.protect {
                p.start = pc;
            }
        }
        self.u.depth = depth;
    }

    fn cleanup(&mut self, b: &Block, keep_top: bool) -> CResult<()> {
        match &b.kind {
            BlockKind::Loop { has_iter, .. } => {
                if *has_iter {
                    if keep_top {
                        self.op(Op::ROT_TWO, 0);
                    }
                    self.op(Op::POP_TOP, -1);
                }
            }
            BlockKind::TryExcept => {}
            BlockKind::Finally { body } => {
                let body = unsafe { &**body };
                self.stmts(body)?;
            }
            BlockKind::With => {
                if keep_top {
                    self.op(Op::ROT_TWO, 0);
                }
                self.op(Op::LOAD_NONE, 1);
                self.op(Op::LOAD_NONE, 1);
                self.op(Op::LOAD_NONE, 1);
                self.op_arg2(Op::CALL_FUNCTION, 3, 0, -3);
                self.op(Op::POP_TOP, -1);
            }
            BlockKind::Handler { name } => {
                if keep_top {
                    self.op(Op::ROT_THREE, 0);
                }
                self.op(Op::POP_TOP, -1);
                self.op(Op::POP_EXCEPT, -1);
                if let Some(n) = name {
                    self.op(Op::LOAD_NONE, 1);
                    self.store_name(*n);
                    self.delete_name(*n);
                }
            }
        }
        Ok(())
    }

    // --- names -------------------------------------------------------------------

    pub(crate) fn scope(&self) -> &crate::symtable::Scope {
        &self.st.scopes[self.u.scope]
    }

    pub(crate) fn load_name(&mut self, n: Qstr) {
        match self.scope().access(n) {
            Access::Fast(i) => self.op_arg(Op::LOAD_FAST, i, 1),
            Access::Deref(i) => self.op_arg(Op::LOAD_DEREF, i, 1),
            Access::Global => self.op_arg(Op::LOAD_GLOBAL, n.0, 1),
            Access::Name => self.op_arg(Op::LOAD_NAME, n.0, 1),
        }
    }

    pub(crate) fn store_name(&mut self, n: Qstr) {
        match self.scope().access(n) {
            Access::Fast(i) => self.op_arg(Op::STORE_FAST, i, -1),
            Access::Deref(i) => self.op_arg(Op::STORE_DEREF, i, -1),
            Access::Global => self.op_arg(Op::STORE_GLOBAL, n.0, -1),
            Access::Name => self.op_arg(Op::STORE_NAME, n.0, -1),
        }
    }

    pub(crate) fn delete_name(&mut self, n: Qstr) {
        match self.scope().access(n) {
            Access::Fast(i) => self.op_arg(Op::DELETE_FAST, i, 0),
            Access::Deref(i) => self.op_arg(Op::DELETE_DEREF, i, 0),
            Access::Global => self.op_arg(Op::DELETE_GLOBAL, n.0, 0),
            Access::Name => self.op_arg(Op::DELETE_NAME, n.0, 0),
        }
    }

    // --- units -------------------------------------------------------------------

    /// Compile a module (or REPL input) to its code object.
    pub fn compile_module(mut self, body: &[Stmt]) -> CResult<Value> {
        self.u.line = body.first().map(|s| s.line).unwrap_or(1);
        self.stmts(body)?;
        self.op(Op::LOAD_NONE, 1);
        self.op(Op::RETURN_VALUE, -1);
        let u = core::mem::replace(&mut self.u, Unit::new(0, 1));
        self.finish(u, q::MODULE, CO_NAME_LOCALS, 0, 0, Value::NULL, 1)
    }

    /// Start a nested unit for the next scope; returns the parent unit.
    pub(crate) fn enter_unit(&mut self, line: u32) -> (usize, Unit) {
        let id = self.next_scope;
        self.next_scope += 1;
        let u = core::mem::replace(&mut self.u, Unit::new(id, line));
        self.u.line = line;
        (id, u)
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn finish(
        &mut self,
        mut u: Unit,
        name: Qstr,
        mut flags: u32,
        n_args: u16,
        n_kwonly: u16,
        params: Value,
        first_line: u32,
    ) -> CResult<Value> {
        if u.depth_error {
            let (l, k, g, pc) = u.depth_error_at;
            return Err(CompileError {
                line: u.line,
                msg: alloc::format!("{INTERNAL_ERROR} (label {l}: depth {k} vs {g} at {pc})"),
                indentation: false,
                exc: None,
            });
        }
        for &(at, l) in &u.patches {
            let target = u.labels[l];
            if target > 0xffff {
                return Err(CompileError {
                    line: u.line,
                    msg: "code too large".into(),
                    indentation: false,
                    exc: None,
                });
            }
            u.code[at] = target as u8;
            u.code[at + 1] = (target >> 8) as u8;
        }
        let scope = &self.st.scopes[u.scope];
        if scope.is_generator {
            flags |= CO_GENERATOR;
        }
        let mut lines = Vec::new();
        let mut last_pc = 0;
        for &(pc, line) in &u.lines {
            write_varint(&mut lines, pc - last_pc);
            write_varint(&mut lines, line);
            last_pc = pc;
        }
        let mut handlers = Vec::new();
        for &(s, e, t, d) in &u.handlers {
            for v in [s as u32, e as u32, u.labels[t] as u32, d] {
                write_varint(&mut handlers, v);
            }
        }
        let mut cells = Vec::new();
        for &c in &scope.cells {
            if let Some(i) = scope.slots.iter().position(|&s| s == c) {
                if i < scope.n_locals {
                    cells.extend_from_slice(&(i as u16).to_le_bytes());
                }
            }
        }
        let consts = crate::tuple::new_tuple(self.vm, u.consts.as_slice())?;
        let _ = params;
        let slot_names: Vec<Value> = scope.slots.iter().map(|&n| Value::qstr(n)).collect();
        let params = crate::tuple::new_tuple(self.vm, &slot_names)?;
        let scope = &self.st.scopes[u.scope];
        let n_slots = scope.slots.len();
        let n_free = scope.slots.len() - scope.n_locals;
        if n_slots > 0xffff || u.max_depth > 0xffff {
            return Err(CompileError {
                line: u.line,
                msg: "function too large".into(),
                indentation: false,
                exc: None,
            });
        }
        let c = code::new_code(
            self.vm,
            CodeParts {
                name,
                filename: self.filename,
                flags,
                n_args,
                n_kwonly,
                n_slots: n_slots as u16,
                n_free: n_free as u16,
                max_stack: u.max_depth.max(1) as u16,
                first_line,
                consts,
                params,
                bytecode: &u.code,
                lines: &lines,
                handlers: &handlers,
                cells: &cells,
            },
        )?;
        let consts_vec = core::mem::take(&mut u.consts);
        consts_vec.free(self.vm);
        Ok(c)
    }

    // --- statements ---------------------------------------------------------------

    pub(crate) fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
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

    fn unwind_loop_iter(&mut self, li: usize) {
        if let BlockKind::Loop { has_iter: true, .. } = self.u.blocks[li].kind {
            self.op(Op::POP_TOP, -1);
        }
    }

    pub(crate) fn load_const_str(&mut self, s: &str) -> CResult<()> {
        let q = Qstr::intern(s);
        self.op_arg(Op::LOAD_QSTR, q.0, 1);
        Ok(())
    }

    fn assign(&mut self, targets: &[Expr], value: &Expr) -> CResult<()> {
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
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.op(Op::DUP_TOP, 1);
            }
            self.assign_target(t)?;
        }
        Ok(())
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

    fn del_target(&mut self, t: &Expr) -> CResult<()> {
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

    fn aug_assign(&mut self, t: &Expr, op: crate::object::BinOp, v: &Expr) -> CResult<()> {
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

    fn try_except(&mut self, body: &[Stmt], handlers: &[Handler], orelse: &[Stmt]) -> CResult<()> {
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
    fn except_handlers(
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

    fn try_finally(
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
        let fin_vec: *const Vec<Stmt> = fin as *const [Stmt] as *const Vec<Stmt>;
        // Keep a real Vec to point at: the slice comes from a Vec in the AST.
        let _ = fin_vec;
        let owned: Vec<Stmt> = fin.to_vec();
        self.push_block(
            BlockKind::Finally {
                body: &owned as *const Vec<Stmt>,
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
        drop(owned);
        Ok(())
    }

    fn with(&mut self, items: &[(Expr, Option<Expr>)], body: &[Stmt]) -> CResult<()> {
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
            flags |= crate::bytecode::MF_DEFAULTS;
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
            flags |= crate::bytecode::MF_KWDEFAULTS;
        }
        let (id, parent) = self.enter_unit(f.line);
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
        let params = crate::tuple::new_tuple(self.vm, &names)?;
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
        if flags & crate::bytecode::MF_DEFAULTS != 0 {
            popped += 1;
        }
        if flags & crate::bytecode::MF_KWDEFAULTS != 0 {
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
            flags |= crate::bytecode::MF_CLOSURE;
            popped += 1;
        }
        let c = self.add_const(code)?;
        self.op_arg2(Op::MAKE_FUNCTION, flags, c, 1 - popped);
        Ok(())
    }

    fn class(&mut self, c: &ClassDef) -> CResult<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.op(Op::LOAD_BUILD_CLASS, 1);
        let (id, parent) = self.enter_unit(c.line);
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

impl Unit {
    fn new(scope: usize, line: u32) -> Unit {
        Unit {
            scope,
            code: Vec::new(),
            lines: Vec::new(),
            handlers: Vec::new(),
            consts: GcVec::new(),
            depth: 0,
            max_depth: 0,
            line,
            blocks: Vec::new(),
            labels: Vec::new(),
            patches: Vec::new(),
            label_depth: Vec::new(),
            reachable: true,
            depth_error: false,
            depth_error_at: (0, 0, 0, 0),
        }
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

fn parse_error(vm: &mut Vm, e: crate::parser::ParseError) -> CompileError {
    if e.recursion {
        let x = vm.new_exc_msg(&crate::exc::RUNTIME_ERROR, &e.msg);
        return CompileError::from(x);
    }
    CompileError {
        line: e.line,
        msg: e.msg,
        indentation: e.indentation,
        exc: None,
    }
}

fn sym_error(e: crate::symtable::SymError) -> CompileError {
    CompileError {
        line: e.line.max(1),
        msg: e.msg,
        indentation: false,
        exc: None,
    }
}

/// Compile source text into a code object (SyntaxError as CompileError).
pub fn compile_source(vm: &mut Vm, source: &str, filename: Qstr, single: bool) -> CResult<Value> {
    let toks = crate::lexer::tokenize(source);
    let body = crate::parser::parse_file(toks, vm.stack_floor).map_err(|e| parse_error(vm, e))?;
    let st = crate::symtable::analyse(&body).map_err(sym_error)?;
    let c = Compiler::new(vm, st, filename, single);
    c.compile_module(&body)
}

/// Compile an `eval` expression: the code returns the expression's value.
pub fn compile_eval(vm: &mut Vm, source: &str, filename: Qstr) -> CResult<Value> {
    let toks = crate::lexer::tokenize(source);
    let e = crate::parser::parse_eval(toks, vm.stack_floor).map_err(|e| parse_error(vm, e))?;
    let line = e.line;
    let body = alloc::vec![Stmt {
        line,
        kind: StmtKind::Expr(e),
    }];
    let st = crate::symtable::analyse(&body).map_err(sym_error)?;
    let mut c = Compiler::new(vm, st, filename, false);
    c.u.line = line;
    c.set_line(line);
    if let StmtKind::Expr(e) = &body[0].kind {
        c.expr(e)?;
    }
    c.op(Op::RETURN_VALUE, -1);
    let u = core::mem::replace(&mut c.u, Unit::new(0, 1));
    c.finish(u, q::MODULE, CO_NAME_LOCALS, 0, 0, Value::NULL, line)
}

pub fn scope_kind_is_class(k: ScopeKind) -> bool {
    k == ScopeKind::Class
}
