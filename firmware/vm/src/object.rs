//! The object model: every heap or static object starts with [`ObjBase`]
//! (a pointer to its type); a type is a [`TypeObj`] with a slot table.
//!
//! Builtin types are `static` (flash, zero RAM); user classes are heap
//! `TypeObj`s whose slots dispatch to special methods (see `objects/class`).

use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;

pub type PyResult<T> = Result<T, Value>;

#[repr(C)]
pub struct ObjBase {
    pub ty: *const TypeObj,
}

unsafe impl Sync for ObjBase {}

impl ObjBase {
    pub const fn new(ty: &'static TypeObj) -> ObjBase {
        ObjBase { ty }
    }
}

/// Binary operations, comparisons and containment, in one enum so that one
/// slot serves them all.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    // In-place forms (a type may mutate and return itself).
    IAdd,
    ISub,
    IMul,
    IMatMul,
    ITrueDiv,
    IFloorDiv,
    IMod,
    IPow,
    ILShift,
    IRShift,
    IAnd,
    IOr,
    IXor,
    // Comparisons.
    Lt,
    Gt,
    Eq,
    Ne,
    Le,
    Ge,
    /// `b in a` is evaluated as `a.contains(b)`: lhs is the container.
    Contains,
    DivMod,
}

impl BinOp {
    pub const COUNT: usize = BinOp::DivMod as usize + 1;

    pub fn from_u8(b: u8) -> Option<BinOp> {
        if (b as usize) < Self::COUNT {
            Some(unsafe { core::mem::transmute::<u8, BinOp>(b) })
        } else {
            None
        }
    }

    /// The non-inplace form of an in-place op.
    pub fn base(self) -> BinOp {
        let b = self as u8;
        if (BinOp::IAdd as u8..=BinOp::IXor as u8).contains(&b) {
            BinOp::from_u8(b - BinOp::IAdd as u8).unwrap_or(self)
        } else {
            self
        }
    }

    pub fn is_inplace(self) -> bool {
        (BinOp::IAdd as u8..=BinOp::IXor as u8).contains(&(self as u8))
    }

    pub fn symbol(self) -> &'static str {
        match self.base() {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::Lt => "<",
            BinOp::Gt => ">",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Le => "<=",
            BinOp::Ge => ">=",
            BinOp::Contains => "in",
            BinOp::DivMod => "divmod()",
            _ => "?",
        }
    }

    /// The special method name and its reflected twin.
    pub fn dunder(self) -> (Qstr, Option<Qstr>) {
        match self {
            BinOp::Add => (q::__add__, Some(q::__radd__)),
            BinOp::Sub => (q::__sub__, Some(q::__rsub__)),
            BinOp::Mul => (q::__mul__, Some(q::__rmul__)),
            BinOp::MatMul => (q::__matmul__, None),
            BinOp::TrueDiv => (q::__truediv__, Some(q::__rtruediv__)),
            BinOp::FloorDiv => (q::__floordiv__, Some(q::__rfloordiv__)),
            BinOp::Mod => (q::__mod__, Some(q::__rmod__)),
            BinOp::Pow => (q::__pow__, Some(q::__rpow__)),
            BinOp::LShift => (q::__lshift__, Some(q::__rlshift__)),
            BinOp::RShift => (q::__rshift__, Some(q::__rrshift__)),
            BinOp::And => (q::__and__, Some(q::__rand__)),
            BinOp::Or => (q::__or__, Some(q::__ror__)),
            BinOp::Xor => (q::__xor__, Some(q::__rxor__)),
            BinOp::IAdd => (q::__iadd__, None),
            BinOp::ISub => (q::__isub__, None),
            BinOp::IMul => (q::__imul__, None),
            BinOp::IMatMul => (q::__matmul__, None),
            BinOp::ITrueDiv => (q::__itruediv__, None),
            BinOp::IFloorDiv => (q::__ifloordiv__, None),
            BinOp::IMod => (q::__imod__, None),
            BinOp::IPow => (q::__ipow__, None),
            BinOp::ILShift => (q::__ilshift__, None),
            BinOp::IRShift => (q::__irshift__, None),
            BinOp::IAnd => (q::__iand__, None),
            BinOp::IOr => (q::__ior__, None),
            BinOp::IXor => (q::__ixor__, None),
            BinOp::Lt => (q::__lt__, Some(q::__gt__)),
            BinOp::Gt => (q::__gt__, Some(q::__lt__)),
            BinOp::Eq => (q::__eq__, Some(q::__eq__)),
            BinOp::Ne => (q::__ne__, Some(q::__ne__)),
            BinOp::Le => (q::__le__, Some(q::__ge__)),
            BinOp::Ge => (q::__ge__, Some(q::__le__)),
            BinOp::Contains => (q::__contains__, None),
            BinOp::DivMod => (q::__divmod__, Some(q::__rdivmod__)),
        }
    }

    /// For comparisons: the op with operands swapped (a < b  ==  b > a).
    pub fn swapped(self) -> BinOp {
        match self {
            BinOp::Lt => BinOp::Gt,
            BinOp::Gt => BinOp::Lt,
            BinOp::Le => BinOp::Ge,
            BinOp::Ge => BinOp::Le,
            other => other,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
    Bool,
    Len,
    Hash,
    Abs,
    Int,
    Float,
}

impl UnaryOp {
    pub fn from_u8(b: u8) -> Option<UnaryOp> {
        if b <= UnaryOp::Float as u8 {
            Some(unsafe { core::mem::transmute::<u8, UnaryOp>(b) })
        } else {
            None
        }
    }
}

/// What an attribute slot is asked to do.
pub enum AttrOp {
    Load,
    Store(Value),
    Delete,
}

impl AttrOp {
    /// The write for a store slot's value: NULL means `del`.
    pub fn write(value: Value) -> AttrOp {
        if value.is_null() {
            AttrOp::Delete
        } else {
            AttrOp::Store(value)
        }
    }
}

pub type PrintFn = fn(&mut Vm, Value, &mut alloc::string::String, bool) -> PyResult<()>;
pub type CallFn = fn(&mut Vm, Value, &[Value], &[Value]) -> PyResult<Value>;
pub type NewFn = fn(&mut Vm, &'static TypeObj, &[Value], &[Value]) -> PyResult<Value>;
/// `(vm, op, self, other, reflected)`: returns NOT_IMPLEMENTED if unsupported.
pub type BinaryFn = fn(&mut Vm, BinOp, Value, Value) -> PyResult<Value>;
/// Returns NULL if unsupported.
pub type UnaryFn = fn(&mut Vm, UnaryOp, Value) -> PyResult<Value>;
/// Returns NULL (Load) when absent; Store/Delete return NONE when done, NULL if unsupported.
pub type AttrFn = fn(&mut Vm, Value, Qstr, AttrOp) -> PyResult<Value>;
/// index, and Some(value) to store, Some(NULL) to delete, None to load.
pub type SubscrFn = fn(&mut Vm, Value, Value, Option<Value>) -> PyResult<Value>;
pub type IterFn = fn(&mut Vm, Value) -> PyResult<Value>;
/// Returns NULL when exhausted (no StopIteration allocated).
pub type IterNextFn = fn(&mut Vm, Value) -> PyResult<Value>;
/// (ptr, len, writable) of a contiguous byte buffer.
pub type BufferFn = fn(Value) -> Option<(*mut u8, usize, bool)>;

pub const FLAG_BASETYPE: u16 = 1; // can be subclassed
pub const FLAG_USER: u16 = 2; // a class statement made it
pub const FLAG_EXCEPTION: u16 = 4; // BaseException or a subclass
pub const FLAG_HAS_GETATTR: u16 = 8; // user class defines __getattr__
pub const FLAG_HAS_SETATTR: u16 = 16;
pub const FLAG_IS_ITERATOR_SELF: u16 = 32; // iter(x) is x
pub const FLAG_NATIVE_SUB: u16 = 64; // user class with a builtin base other than object/exceptions

#[repr(C, align(8))]
pub struct TypeObj {
    pub base: ObjBase,
    pub name: Qstr,
    pub flags: u16,
    pub print: Option<PrintFn>,
    pub new: Option<NewFn>,
    pub call: Option<CallFn>,
    pub binary: Option<BinaryFn>,
    pub unary: Option<UnaryFn>,
    pub attr: Option<AttrFn>,
    pub subscr: Option<SubscrFn>,
    pub iter: Option<IterFn>,
    pub iternext: Option<IterNextFn>,
    pub buffer: Option<BufferFn>,
    /// Methods and class attributes of a builtin type.
    pub methods: &'static [(Qstr, Value)],
    /// The builtin parent (single inheritance among builtins).
    pub parent: Option<&'static TypeObj>,
    /// User classes: the class dict, bases tuple and MRO tuple (else NULL).
    pub dict: Value,
    pub bases: Value,
    pub mro: Value,
}

unsafe impl Sync for TypeObj {}

impl TypeObj {
    /// A builtin type with no slots yet; fill them with struct update syntax.
    pub const fn builtin(name: Qstr) -> TypeObj {
        TypeObj {
            base: ObjBase {
                ty: &crate::objects::class::TYPE_TYPE,
            },
            name,
            flags: 0,
            print: None,
            new: None,
            call: None,
            binary: None,
            unary: None,
            attr: None,
            subscr: None,
            iter: None,
            iternext: None,
            buffer: None,
            methods: &[],
            parent: Some(&crate::objects::class::OBJECT_TYPE),
            dict: Value::NULL,
            bases: Value::NULL,
            mro: Value::NULL,
        }
    }

    #[inline]
    pub fn as_value(&'static self) -> Value {
        Value::from_ptr(self as *const TypeObj)
    }

    pub fn is_user(&self) -> bool {
        self.flags & FLAG_USER != 0
    }

    /// True if `self` is `other` or derives from it.
    pub fn is_subtype(&'static self, other: &TypeObj) -> bool {
        if core::ptr::eq(self, other) {
            return true;
        }
        if !self.mro.is_null() {
            let mro = crate::objects::tuple::items(self.mro);
            return mro
                .iter()
                .any(|t| core::ptr::eq(t.as_ptr::<TypeObj>(), other));
        }
        let mut t = self.parent;
        while let Some(p) = t {
            if core::ptr::eq(p, other) {
                return true;
            }
            t = p.parent;
        }
        false
    }

    /// The nearest builtin ancestor (a user class's native base).
    pub fn native_base(&'static self) -> &'static TypeObj {
        let mut t = self;
        while t.is_user() {
            t = t.parent.unwrap_or(&crate::objects::class::OBJECT_TYPE);
        }
        t
    }
}

/// The type of any value.
#[inline]
pub fn type_of(v: Value) -> &'static TypeObj {
    if v.is_obj() {
        unsafe { &*(*v.obj_base()).ty }
    } else if v.is_small_int() {
        &crate::objects::int::INT_TYPE
    } else if v.is_qstr() {
        &crate::objects::str::STR_TYPE
    } else if v == Value::NONE {
        &crate::builtins::NONE_TYPE
    } else if v == Value::TRUE || v == Value::FALSE {
        &crate::objects::int::BOOL_TYPE
    } else if v == Value::ELLIPSIS {
        &crate::builtins::ELLIPSIS_TYPE
    } else {
        &crate::builtins::NOT_IMPLEMENTED_TYPE
    }
}

#[inline]
pub fn is_type(v: Value, t: &'static TypeObj) -> bool {
    core::ptr::eq(type_of(v), t)
}

/// A function implemented in Rust. `args` are positional (self first for
/// methods); `kw` is a flat list of (name, value) pairs.
pub type NativeFn = fn(&mut Vm, &[Value], &[Value]) -> PyResult<Value>;

#[repr(C, align(8))]
pub struct BuiltinFn {
    pub base: ObjBase,
    pub name: Qstr,
    pub min_args: u8,
    /// 255 = any number.
    pub max_args: u8,
    pub takes_kw: bool,
    pub f: NativeFn,
}

unsafe impl Sync for BuiltinFn {}

pub const VARARGS: u8 = 255;

/// Define a `static` builtin function object.
#[macro_export]
macro_rules! builtin_fn {
    ($vis:vis $id:ident, $name:expr, $min:expr, $max:expr, $f:expr) => {
        $vis static $id: $crate::object::BuiltinFn = $crate::object::BuiltinFn {
            base: $crate::object::ObjBase::new(&$crate::objects::function::BUILTIN_FN_TYPE),
            name: $name,
            min_args: $min,
            max_args: $max,
            takes_kw: false,
            f: $f,
        };
    };
    ($vis:vis $id:ident, $name:expr, $min:expr, $max:expr, $f:expr, kw) => {
        $vis static $id: $crate::object::BuiltinFn = $crate::object::BuiltinFn {
            base: $crate::object::ObjBase::new(&$crate::objects::function::BUILTIN_FN_TYPE),
            name: $name,
            min_args: $min,
            max_args: $max,
            takes_kw: true,
            f: $f,
        };
    };
}

/// A `(name, value)` entry for a static method or module table.
#[macro_export]
macro_rules! entry {
    ($name:expr, fn $f:expr) => {
        ($name, $crate::value::Value::from_static(&$f))
    };
    ($name:expr, $v:expr) => {
        ($name, $v)
    };
}

/// Find `name` in a static table.
pub fn table_lookup(table: &'static [(Qstr, Value)], name: Qstr) -> Option<Value> {
    table.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// Static method wrappers (for `staticmethod`/`classmethod` in builtin tables).
#[repr(C, align(8))]
pub struct StaticWrapper {
    pub base: ObjBase,
    pub func: Value,
}
unsafe impl Sync for StaticWrapper {}
