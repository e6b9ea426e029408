//! Scope analysis: which names are local, global, free (closures) or cells
//! in every scope, before any code is generated.
//!
//! The scanner numbers scopes in the order the code generator meets them
//! (decorators and defaults before the body, the first iterator of a
//! comprehension outside it), so the generator just takes the next id.

use crate::compile::ast::*;
use crate::runtime::qstr::{q, Qstr};
use alloc::collections::BTreeMap;
use alloc::vec::Vec;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    pub params: Vec<Qstr>,
    pub assigned: Vec<Qstr>,
    pub used: Vec<Qstr>,
    pub globals: Vec<Qstr>,
    pub nonlocals: Vec<Qstr>,
    /// Line of each `nonlocal` declaration (for its errors).
    pub nonlocal_lines: Vec<u32>,
    pub is_generator: bool,
    /// For comprehension scopes: what the comprehension is called in errors.
    pub comprehension: Option<&'static str>,
    /// Resolved: slot names (locals, then free variables).
    pub slots: Vec<Qstr>,
    pub n_locals: usize,
    pub cells: Vec<Qstr>,
    pub frees: Vec<Qstr>,
}

/// How the code generator reaches a name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Access {
    Fast(u32),
    Deref(u32),
    Global,
    Name,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            assigned: Vec::new(),
            used: Vec::new(),
            globals: Vec::new(),
            nonlocals: Vec::new(),
            nonlocal_lines: Vec::new(),
            is_generator: false,
            comprehension: None,
            slots: Vec::new(),
            n_locals: 0,
            cells: Vec::new(),
            frees: Vec::new(),
        }
    }

    pub fn is_local(&self, n: Qstr) -> bool {
        self.slots[..self.n_locals].contains(&n)
    }

    pub fn access(&self, n: Qstr) -> Access {
        if self.kind == ScopeKind::Class {
            // A class body binds its own names in the class dict, even when
            // a method closes over an enclosing variable of the same name.
            if self.globals.contains(&n) {
                return Access::Global;
            }
            if self.assigned.contains(&n) && !self.nonlocals.contains(&n) {
                return Access::Name;
            }
        }
        if let Some(i) = self.slots.iter().position(|&s| s == n) {
            let i = i as u32;
            if i as usize >= self.n_locals || self.cells.contains(&n) {
                return Access::Deref(i);
            }
            return Access::Fast(i);
        }
        match self.kind {
            ScopeKind::Function if !self.globals.contains(&n) => Access::Global,
            ScopeKind::Function => Access::Global,
            _ if self.globals.contains(&n) => Access::Global,
            _ => Access::Name,
        }
    }
}

#[derive(Debug)]
pub struct SymError {
    pub line: u32,
    pub msg: alloc::string::String,
}

pub struct SymTable {
    pub scopes: Vec<Scope>,
    /// Scope id of each function, class and comprehension node, by the
    /// node's address: the compiler may compile a node more than once
    /// (`finally` bodies are inlined at every exit) and must find the same
    /// scope each time.
    pub node_scopes: BTreeMap<usize, usize>,
    cur: usize,
    line: u32,
    error: Option<SymError>,
}

fn add(v: &mut Vec<Qstr>, n: Qstr) {
    if !v.contains(&n) {
        v.push(n);
    }
}

impl SymTable {
    /// The table of a module with nothing in it yet.
    pub fn empty() -> SymTable {
        SymTable {
            scopes: alloc::vec![Scope::new(ScopeKind::Module, None)],
            node_scopes: BTreeMap::new(),
            cur: 0,
            line: 1,
            error: None,
        }
    }
}

pub fn analyse(body: &[Stmt]) -> Result<SymTable, SymError> {
    let mut st = SymTable::empty();
    st.stmts(body);
    if let Some(e) = st.error.take() {
        return Err(e);
    }
    st.resolve()?;
    Ok(st)
}

impl SymTable {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn fail(&mut self, msg: &str) {
        if self.error.is_none() {
            self.error = Some(SymError {
                line: self.line,
                msg: msg.into(),
            });
        }
    }

    fn fail_name(&mut self, msg: &str, n: Qstr) {
        let text = msg.replace("{}", n.as_str());
        self.fail(&text);
    }

    /// Enter a new scope for the node at address `node`.
    fn push(&mut self, kind: ScopeKind, node: usize) -> usize {
        let id = self.scopes.len();
        self.node_scopes.insert(node, id);
        self.scopes.push(Scope::new(kind, Some(self.cur)));
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn store(&mut self, n: Qstr) {
        let s = self.scope();
        if s.kind == ScopeKind::Function && s.globals.contains(&n) {
            return;
        }
        add(&mut s.assigned, n);
    }

    fn use_name(&mut self, n: Qstr) {
        add(&mut self.scope().used, n);
        if n == q::super_ {
            // Zero-argument super() needs the class cell.
            add(&mut self.scope().used, q::__class__);
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign(targets, value) => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign(t, _, v) => {
                self.expr(v);
                if let ExprKind::Name(n) = t.kind {
                    self.use_name(n);
                }
                self.target(t);
            }
            StmtKind::Del(ts) => {
                for t in ts {
                    self.target(t);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(e) => {
                if self.scope().kind != ScopeKind::Function {
                    self.fail("'return' outside function");
                }
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::Raise(e, c) => {
                if let Some(e) = e {
                    self.expr(e);
                }
                if let Some(c) = c {
                    self.expr(c);
                }
            }
            StmtKind::Global(names) => {
                for &n in names {
                    // Use or assignment before the declaration: CPython 3.4
                    // only warns and MicroPython accepts, so this does too.
                    let s = self.scope();
                    if s.params.contains(&n) {
                        self.fail_name("name '{}' is parameter and global", n);
                    } else if s.nonlocals.contains(&n) {
                        self.fail_name("name '{}' is nonlocal and global", n);
                    }
                    let s = self.scope();
                    add(&mut s.globals, n);
                    s.assigned.retain(|&x| x != n);
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    self.fail("nonlocal declaration not allowed at module level");
                }
                for &n in names {
                    let s = self.scope();
                    if s.params.contains(&n) {
                        self.fail_name("name '{}' is parameter and nonlocal", n);
                    } else if s.globals.contains(&n) {
                        self.fail_name("name '{}' is nonlocal and global", n);
                    }
                    let line = self.line;
                    let s = self.scope();
                    if !s.nonlocals.contains(&n) {
                        s.nonlocals.push(n);
                        s.nonlocal_lines.push(line);
                    }
                }
            }
            StmtKind::Assert(t, m) => {
                self.expr(t);
                if let Some(m) = m {
                    self.expr(m);
                }
            }
            StmtKind::If(c, a, b) | StmtKind::While(c, a, b) => {
                self.expr(c);
                self.stmts(a);
                self.stmts(b);
            }
            StmtKind::For(t, it, a, b) => {
                self.expr(it);
                self.target(t);
                self.stmts(a);
                self.stmts(b);
            }
            StmtKind::Try(body, handlers, orelse, fin) => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.ty {
                        self.expr(t);
                    }
                    if let Some(n) = h.name {
                        self.store(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(fin);
            }
            StmtKind::With(items, body) => {
                for (e, t) in items {
                    self.expr(e);
                    if let Some(t) = t {
                        self.target(t);
                    }
                }
                self.stmts(body);
            }
            StmtKind::FuncDef(f) => {
                self.function(f);
                self.store(f.name);
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for a in &c.bases {
                    self.arg(a);
                }
                let prev = self.push(ScopeKind::Class, &**c as *const ClassDef as usize);
                self.stmts(&c.body);
                self.cur = prev;
                self.store(c.name);
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.store(a.asname.unwrap_or(a.name[0]));
                }
            }
            StmtKind::ImportFrom(_, _, names) => match names {
                Some(names) => {
                    for a in names {
                        self.store(a.asname.unwrap_or(a.name[0]));
                    }
                }
                None => {
                    if self.scope().kind == ScopeKind::Function {
                        self.fail("import * only allowed at module level");
                    }
                }
            },
        }
    }

    fn function(&mut self, f: &FuncDef) {
        for d in &f.decorators {
            self.expr(d);
        }
        for p in f.params.args.iter().chain(f.params.kwonly.iter()) {
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
        let prev = self.push(ScopeKind::Function, f as *const FuncDef as usize);
        let p = &f.params;
        let mut names: Vec<Qstr> = p.args.iter().map(|a| a.name).collect();
        if let Some(v) = &p.vararg {
            names.push(v.name);
        }
        names.extend(p.kwonly.iter().map(|a| a.name));
        if let Some(k) = &p.kwarg {
            names.push(k.name);
        }
        self.scope().params = names;
        self.stmts(&f.body);
        self.cur = prev;
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.store(*n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(e) => self.target(e),
            _ => self.expr(t),
        }
    }

    fn arg(&mut self, a: &Arg) {
        match a {
            Arg::Pos(e) | Arg::Star(e) | Arg::Kw(_, e) | Arg::StarStar(e) => self.expr(e),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(*n),
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::NoneLit
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis => {}
            ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Set(v) | ExprKind::BoolOp(_, v) => {
                for x in v {
                    self.expr(x);
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    self.expr(k);
                    self.expr(v);
                }
            }
            ExprKind::Attribute(x, _) | ExprKind::UnaryOp(_, x) | ExprKind::Starred(x) => {
                self.expr(x)
            }
            ExprKind::Subscript(a, b) | ExprKind::BinOp(a, _, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Call(f, args) => {
                self.expr(f);
                for a in args {
                    self.arg(a);
                }
            }
            ExprKind::Compare(a, rest) => {
                self.expr(a);
                for (_, x) in rest {
                    self.expr(x);
                }
            }
            ExprKind::IfExp(c, a, b) => {
                self.expr(c);
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Lambda(f) => self.function(f),
            ExprKind::Comp(kind, elt, val, comps) => {
                self.expr(&comps[0].iter);
                let prev = self.push(ScopeKind::Function, e as *const Expr as usize);
                self.scope().params = alloc::vec![q::DOT0];
                self.scope().comprehension = Some(match kind {
                    CompKind::List => "list comprehension",
                    CompKind::Set => "set comprehension",
                    CompKind::Dict => "dict comprehension",
                    CompKind::Gen => "generator expression",
                });
                if matches!(kind, CompKind::Gen) {
                    self.scope().is_generator = true;
                }
                for (i, c) in comps.iter().enumerate() {
                    if i > 0 {
                        self.expr(&c.iter);
                    }
                    self.target(&c.target);
                    for cond in &c.ifs {
                        self.expr(cond);
                    }
                }
                self.expr(elt);
                if let Some(v) = val {
                    self.expr(v);
                }
                self.cur = prev;
            }
            ExprKind::Yield(v) => {
                self.mark_generator();
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator();
                self.expr(v);
            }
        }
    }

    fn mark_generator(&mut self) {
        if self.scope().kind != ScopeKind::Function {
            self.fail("'yield' outside function");
        }
        // Python 3.8 made this an error (3.4 turned the comprehension into
        // a generator); CPython 3 today is the reference.
        if let Some(what) = self.scope().comprehension {
            let msg = alloc::format!("'yield' inside {}", what);
            self.fail(&msg);
        }
        self.scope().is_generator = true;
    }

    /// Decide locals, cells and free variables for every scope.
    fn resolve(&mut self) -> Result<(), SymError> {
        for i in 0..self.scopes.len() {
            let s = &mut self.scopes[i];
            match s.kind {
                ScopeKind::Function => {
                    let mut slots = s.params.clone();
                    for &n in &s.assigned {
                        if !s.nonlocals.contains(&n) && !s.globals.contains(&n) {
                            add(&mut slots, n);
                        }
                    }
                    s.n_locals = slots.len();
                    s.slots = slots;
                }
                ScopeKind::Class => {
                    // Only the implicit __class__ cell is a slot.
                    s.slots = Vec::new();
                    s.n_locals = 0;
                }
                ScopeKind::Module => {}
            }
        }
        for i in 0..self.scopes.len() {
            if self.scopes[i].kind == ScopeKind::Module {
                continue;
            }
            let mut wanted: Vec<Qstr> = self.scopes[i].used.clone();
            for &n in &self.scopes[i].nonlocals {
                add(&mut wanted, n);
            }
            for n in wanted {
                let s = &self.scopes[i];
                if s.kind == ScopeKind::Function && (s.is_local(n) || s.globals.contains(&n)) {
                    continue;
                }
                if s.kind == ScopeKind::Class
                    && (s.assigned.contains(&n) && n != q::__class__ && !s.nonlocals.contains(&n)
                        || s.globals.contains(&n))
                {
                    continue;
                }
                let is_nonlocal = s.nonlocals.contains(&n);
                if let Some(def) = self.find_definer(i, n) {
                    add(&mut self.scopes[def].cells, n);
                    if self.scopes[def].kind == ScopeKind::Class
                        && !self.scopes[def].slots.contains(&n)
                    {
                        self.scopes[def].slots.push(n);
                        self.scopes[def].n_locals = self.scopes[def].slots.len();
                    }
                    let mut j = i;
                    while j != def {
                        add(&mut self.scopes[j].frees, n);
                        j = self.scopes[j].parent.unwrap_or(def);
                    }
                } else if is_nonlocal {
                    let s = &self.scopes[i];
                    let k = s.nonlocals.iter().position(|&x| x == n).unwrap_or(0);
                    return Err(SymError {
                        line: s.nonlocal_lines.get(k).copied().unwrap_or(1),
                        msg: alloc::format!("no binding for nonlocal '{}' found", n.as_str()),
                    });
                }
            }
        }
        for s in self.scopes.iter_mut() {
            for &f in &s.frees {
                if !s.slots[..s.n_locals].contains(&f) {
                    s.slots.push(f);
                }
            }
        }
        Ok(())
    }

    /// The enclosing function scope where `n` is local (the class scope
    /// for `__class__`), skipping class scopes as Python does.
    fn find_definer(&self, from: usize, n: Qstr) -> Option<usize> {
        let mut cur = self.scopes[from].parent;
        while let Some(p) = cur {
            let s = &self.scopes[p];
            match s.kind {
                ScopeKind::Module => return None,
                ScopeKind::Class if n == q::__class__ => return Some(p),
                ScopeKind::Class => {}
                ScopeKind::Function => {
                    if s.globals.contains(&n) {
                        return None;
                    }
                    if s.is_local(n) && !s.nonlocals.contains(&n) {
                        return Some(p);
                    }
                }
            }
            cur = s.parent;
        }
        None
    }
}
