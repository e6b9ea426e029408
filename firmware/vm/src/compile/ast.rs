//! The syntax tree the parser builds and the compiler walks. It lives in
//! the Rust heap only while one piece of source is compiled; literals are
//! plain Rust data (no heap values), names are qstrs.

use crate::runtime::qstr::Qstr;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

pub type Line = u32;

#[derive(Debug, Clone)]
pub struct Expr {
    pub line: Line,
    pub kind: ExprKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOpKind {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Gt,
    Eq,
    Ne,
    Le,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Debug, Clone)]
pub enum CompKind {
    List,
    Set,
    Gen,
    Dict,
}

/// A call argument.
#[derive(Debug, Clone)]
pub enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(Qstr, Expr),
    StarStar(Expr),
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Name(Qstr),
    /// Decimal/hex/... integer literal text (prefix kept), sign-free.
    Int(String),
    Float(f64),
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    NoneLit,
    True,
    False,
    Ellipsis,
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    /// Key/value pairs.
    Dict(Vec<(Expr, Expr)>),
    Attribute(Box<Expr>, Qstr),
    Subscript(Box<Expr>, Box<Expr>),
    /// lower, upper, step (each optional).
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Call(Box<Expr>, Vec<Arg>),
    BinOp(Box<Expr>, crate::object::BinOp, Box<Expr>),
    UnaryOp(UnOp, Box<Expr>),
    BoolOp(BoolOpKind, Vec<Expr>),
    /// a < b < c: first, then (op, operand) pairs.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Lambda(Box<FuncDef>),
    /// element (or key), value for dicts, generators.
    Comp(CompKind, Box<Expr>, Option<Box<Expr>>, Vec<Comprehension>),
    Starred(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: Qstr,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
}

#[derive(Debug, Clone, Default)]
pub struct Params {
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

#[derive(Debug, Clone)]
pub struct FuncDef {
    pub name: Qstr,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub line: Line,
    pub is_lambda: bool,
}

#[derive(Debug, Clone)]
pub struct ClassDef {
    pub name: Qstr,
    pub bases: Vec<Arg>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub line: Line,
}

#[derive(Debug, Clone)]
pub struct Handler {
    pub line: Line,
    pub ty: Option<Expr>,
    pub name: Option<Qstr>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone)]
pub struct Alias {
    /// Dotted module name or imported name.
    pub name: Vec<Qstr>,
    pub asname: Option<Qstr>,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub line: Line,
    pub kind: StmtKind,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Expr(Expr),
    /// targets = value (chained: several targets).
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, crate::object::BinOp, Expr),
    /// Annotated assignment is not Python 3.4; not parsed.
    Del(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise(Option<Expr>, Option<Expr>),
    Global(Vec<Qstr>),
    Nonlocal(Vec<Qstr>),
    Assert(Expr, Option<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Expr, Expr, Vec<Stmt>, Vec<Stmt>),
    Try(Vec<Stmt>, Vec<Handler>, Vec<Stmt>, Vec<Stmt>),
    With(Vec<(Expr, Option<Expr>)>, Vec<Stmt>),
    FuncDef(Box<FuncDef>),
    ClassDef(Box<ClassDef>),
    Import(Vec<Alias>),
    /// module path (may be empty), level (leading dots), names (None = *).
    ImportFrom(Vec<Qstr>, u32, Option<Vec<Alias>>),
}
