//! Code generation: AST + scopes to code objects.
//!
//! Code units and the shared machinery live here; statements in `stmt.rs`,
//! expressions in `expr.rs`.
//! The compiler tracks the operand-stack depth statically, which gives each
//! code object its stack size and each exception-table entry the depth to
//! unwind to. `finally` bodies and `with` exits are inlined at every exit
//! (normal, break, continue, return), so no block stack exists at run time.

use crate::compile::ast::*;
use crate::compile::bytecode::{write_varint, Op};
use crate::compile::symtable::{Access, SymTable};
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;
use alloc::vec::Vec;

pub mod expr;
pub mod objects;
mod stmt;

use objects::{CodeParts, GcVec, CO_GENERATOR, CO_NAME_LOCALS};

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
        /// The `finally` body in the tree being compiled (outlives the block).
        body: *const [Stmt],
    },
    With,
    /// Inside an except/finally handler: [prev_exc, exc] on the stack.
    Handler {
        name: Option<Qstr>,
    },
    /// A `finally` body inlined for a `return`: the return value waits under it. A `break`
    /// or `continue` there drops it; a `return` there replaces it.
    PendingReturn,
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
    /// Inline caches handed out to name ops (see `op_name`).
    pub n_caches: u32,
}

pub struct Compiler<'v> {
    pub(crate) vm: &'v mut Vm,
    pub(crate) st: SymTable,
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

    /// A global/name load or store: the name, then the number of its inline cache, where the
    /// interpreter remembers at which dict entry the name was found last time.
    pub(crate) fn op_name(&mut self, op: Op, name: Qstr, effect: i32) {
        let cache = self.u.n_caches;
        self.u.n_caches += 1;
        self.op_arg2(op, name.0, cache, effect);
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
                self.op_arg(Op::LOAD_SMALL_INT, crate::compile::bytecode::zigzag(i), 1);
                Ok(())
            }
            None => {
                let v = objects::int(self.vm, i)?;
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
                // SAFETY: the block points into the tree being compiled,
                // which outlives every block of its compilation.
                let body = unsafe { &**body };
                if keep_top {
                    self.push_block(BlockKind::PendingReturn, None, 0);
                }
                let r = self.stmts(body);
                if keep_top {
                    self.pop_block();
                }
                r?;
            }
            BlockKind::PendingReturn => {
                if keep_top {
                    self.op(Op::ROT_TWO, 0);
                }
                self.op(Op::POP_TOP, -1);
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

    pub(crate) fn scope(&self) -> &crate::compile::symtable::Scope {
        &self.st.scopes[self.u.scope]
    }

    pub(crate) fn load_name(&mut self, n: Qstr) {
        match self.scope().access(n) {
            Access::Fast(i) => self.op_arg(Op::LOAD_FAST, i, 1),
            Access::Deref(i) => self.op_arg(Op::LOAD_DEREF, i, 1),
            Access::Global => self.op_name(Op::LOAD_GLOBAL, n, 1),
            Access::Name => self.op_name(Op::LOAD_NAME, n, 1),
        }
    }

    pub(crate) fn store_name(&mut self, n: Qstr) {
        match self.scope().access(n) {
            Access::Fast(i) => self.op_arg(Op::STORE_FAST, i, -1),
            Access::Deref(i) => self.op_arg(Op::STORE_DEREF, i, -1),
            Access::Global => self.op_name(Op::STORE_GLOBAL, n, -1),
            Access::Name => self.op_name(Op::STORE_NAME, n, -1),
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
    /// End the module's code: `return None`, and the code object.
    pub fn finish_module(mut self) -> CResult<Value> {
        self.op(Op::LOAD_NONE, 1);
        self.op(Op::RETURN_VALUE, -1);
        let u = core::mem::replace(&mut self.u, Unit::new(0, 1));
        self.finish(u, q::MODULE, CO_NAME_LOCALS, 0, 0, Value::NULL, 1)
    }

    /// Start a nested unit for the scope of the node at address `node`;
    /// returns the scope id and the parent unit.
    pub(crate) fn enter_unit(&mut self, node: usize, line: u32) -> CResult<(usize, Unit)> {
        let Some(&id) = self.st.node_scopes.get(&node) else {
            return Err(self.err(INTERNAL_ERROR));
        };
        let u = core::mem::replace(&mut self.u, Unit::new(id, line));
        self.u.line = line;
        Ok((id, u))
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
        let consts = objects::tuple(self.vm, u.consts.as_slice())?;
        let _ = params;
        let slot_names: Vec<Value> = scope.slots.iter().map(|&n| Value::qstr(n)).collect();
        let params = objects::tuple(self.vm, &slot_names)?;
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
        let c = objects::code(
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
                n_caches: u.n_caches,
            },
        )?;
        let consts_vec = core::mem::take(&mut u.consts);
        consts_vec.free(self.vm);
        Ok(c)
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
            n_caches: 0,
        }
    }
}

fn parse_error(vm: &mut Vm, e: crate::compile::parse::ParseError) -> CompileError {
    if e.recursion {
        let x = objects::recursion_error(vm, &e.msg);
        return CompileError::from(x);
    }
    CompileError {
        line: e.line,
        msg: e.msg,
        indentation: e.indentation,
        exc: None,
    }
}

fn sym_error(e: crate::compile::symtable::SymError) -> CompileError {
    CompileError {
        line: e.line.max(1),
        msg: e.msg,
        indentation: false,
        exc: None,
    }
}

/// Compile source text into a code object (SyntaxError as CompileError).
///
/// One top-level statement at a time: parsed, analysed, turned into the
/// module's bytecode, then dropped, so the heap holds the tokens and one
/// statement's tree, not the whole file's. Module-level names are globals, so
/// no analysis of one statement depends on another. A syntax error anywhere in
/// the file still wins over an error found later in the pipeline (CPython
/// parses the whole file first): after such an error the rest is only parsed.
pub fn compile_source(vm: &mut Vm, source: &str, filename: Qstr, single: bool) -> CResult<Value> {
    let toks = crate::compile::lexer::tokenize(source);
    let mut parser = crate::compile::parse::FileParser::new(toks, vm.compile_floor());
    let empty = crate::compile::symtable::SymTable::empty();
    let mut c = Compiler::new(vm, empty, filename, single);
    let mut first = true;
    let mut failed: Option<CompileError> = None;
    loop {
        let stmts = match parser.next_statements() {
            Ok(Some(stmts)) => stmts,
            Ok(None) => break,
            Err(e) => return Err(parse_error(c.vm, e)),
        };
        if failed.is_some() {
            continue;
        }
        if first {
            c.u.line = stmts.first().map_or(1, |s| s.line);
            first = false;
        }
        match crate::compile::symtable::analyse(&stmts) {
            Ok(st) => {
                c.st = st;
                if let Err(e) = c.stmts(&stmts) {
                    failed = Some(e);
                }
            }
            Err(e) => failed = Some(sym_error(e)),
        }
    }
    if let Some(e) = failed {
        return Err(e);
    }
    c.finish_module()
}

/// Compile an `eval` expression: the code returns the expression's value.
pub fn compile_eval(vm: &mut Vm, source: &str, filename: Qstr) -> CResult<Value> {
    let toks = crate::compile::lexer::tokenize(source);
    let e = crate::compile::parse::parse_eval(toks, vm.compile_floor())
        .map_err(|e| parse_error(vm, e))?;
    let line = e.line;
    let body = alloc::vec![Stmt {
        line,
        kind: StmtKind::Expr(e),
    }];
    let st = crate::compile::symtable::analyse(&body).map_err(sym_error)?;
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
