//! Exceptions: the builtin hierarchy of MicroPython 1.8.3, exception
//! objects (args, traceback, cause) and the traceback printer.
//!
//! Instances of user subclasses share the native layout ([`ExcObj`]) with
//! their class as type, so raising and matching need no indirection.

use crate::object::{type_of, AttrOp, ObjBase, PyResult, TypeObj, FLAG_BASETYPE, FLAG_EXCEPTION};
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

#[repr(C)]
pub struct ExcObj {
    pub base: ObjBase,
    pub args: Value,
    /// NULL, or a value array `[len, cap, (file, line, name)*]` of raw words.
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    /// Attributes set on instances of user subclasses (a dict or NULL).
    pub dict: Value,
}

macro_rules! exc_type {
    ($id:ident, $name:ident, $parent:expr) => {
        pub static $id: TypeObj = TypeObj {
            flags: FLAG_BASETYPE | FLAG_EXCEPTION,
            print: Some(exc_print),
            new: Some(exc_new),
            attr: Some(exc_attr),
            parent: Some($parent),
            ..TypeObj::builtin(q::$name)
        };
    };
}

exc_type!(
    BASE_EXCEPTION,
    BaseException,
    &crate::objects::class::OBJECT_TYPE
);
exc_type!(SYSTEM_EXIT, SystemExit, &BASE_EXCEPTION);
exc_type!(KEYBOARD_INTERRUPT, KeyboardInterrupt, &BASE_EXCEPTION);
exc_type!(GENERATOR_EXIT, GeneratorExit, &BASE_EXCEPTION);
exc_type!(EXCEPTION, Exception, &BASE_EXCEPTION);
exc_type!(STOP_ITERATION, StopIteration, &EXCEPTION);
exc_type!(ARITHMETIC_ERROR, ArithmeticError, &EXCEPTION);
exc_type!(OVERFLOW_ERROR, OverflowError, &ARITHMETIC_ERROR);
exc_type!(ZERO_DIVISION_ERROR, ZeroDivisionError, &ARITHMETIC_ERROR);
exc_type!(ASSERTION_ERROR, AssertionError, &EXCEPTION);
exc_type!(ATTRIBUTE_ERROR, AttributeError, &EXCEPTION);
exc_type!(EOF_ERROR, EOFError, &EXCEPTION);
exc_type!(IMPORT_ERROR, ImportError, &EXCEPTION);
exc_type!(LOOKUP_ERROR, LookupError, &EXCEPTION);
exc_type!(INDEX_ERROR, IndexError, &LOOKUP_ERROR);
exc_type!(KEY_ERROR, KeyError, &LOOKUP_ERROR);
exc_type!(MEMORY_ERROR, MemoryError, &EXCEPTION);
exc_type!(NAME_ERROR, NameError, &EXCEPTION);
exc_type!(UNBOUND_LOCAL_ERROR, UnboundLocalError, &NAME_ERROR);
exc_type!(OS_ERROR, OSError, &EXCEPTION);
exc_type!(RUNTIME_ERROR, RuntimeError, &EXCEPTION);
exc_type!(NOT_IMPLEMENTED_ERROR, NotImplementedError, &RUNTIME_ERROR);
exc_type!(SYNTAX_ERROR, SyntaxError, &EXCEPTION);
exc_type!(INDENTATION_ERROR, IndentationError, &SYNTAX_ERROR);
exc_type!(TYPE_ERROR, TypeError, &EXCEPTION);
exc_type!(VALUE_ERROR, ValueError, &EXCEPTION);
exc_type!(UNICODE_ERROR, UnicodeError, &VALUE_ERROR);
exc_type!(VIPER_TYPE_ERROR, ViperTypeError, &EXCEPTION);

/// Every builtin exception, for the builtins module.
pub static ALL: [&TypeObj; 28] = [
    &BASE_EXCEPTION,
    &SYSTEM_EXIT,
    &KEYBOARD_INTERRUPT,
    &GENERATOR_EXIT,
    &EXCEPTION,
    &STOP_ITERATION,
    &ARITHMETIC_ERROR,
    &OVERFLOW_ERROR,
    &ZERO_DIVISION_ERROR,
    &ASSERTION_ERROR,
    &ATTRIBUTE_ERROR,
    &EOF_ERROR,
    &IMPORT_ERROR,
    &LOOKUP_ERROR,
    &INDEX_ERROR,
    &KEY_ERROR,
    &MEMORY_ERROR,
    &NAME_ERROR,
    &UNBOUND_LOCAL_ERROR,
    &OS_ERROR,
    &RUNTIME_ERROR,
    &NOT_IMPLEMENTED_ERROR,
    &SYNTAX_ERROR,
    &INDENTATION_ERROR,
    &TYPE_ERROR,
    &VALUE_ERROR,
    &UNICODE_ERROR,
    &VIPER_TYPE_ERROR,
];

pub fn is_exception_type(t: &TypeObj) -> bool {
    t.flags & FLAG_EXCEPTION != 0
}

pub fn is_exception(v: Value) -> bool {
    v.is_obj() && is_exception_type(type_of(v))
}

/// Build an exception; on MemoryError returns the preallocated one.
pub fn new_exception(vm: &mut Vm, ty: &'static TypeObj, args: &[Value]) -> Value {
    match new_exception_obj(vm, ty, args) {
        Ok(v) => v,
        Err(e) => emergency_exception(vm, ty, args, None).unwrap_or(e),
    }
}

/// An exception object, or the error allocating it. Also how the objects
/// kept in the roots for when the heap gives none are made at start-up: the
/// MemoryError, and the emergency exception (with a one-slot args tuple).
pub fn new_exception_obj(vm: &mut Vm, ty: &'static TypeObj, args: &[Value]) -> PyResult<Value> {
    let args = crate::objects::tuple::new_tuple(vm, args)?;
    vm.alloc(ExcObj {
        base: ObjBase { ty },
        args,
        traceback: Value::NULL,
        cause: Value::NULL,
        context: Value::NULL,
        dict: Value::NULL,
    })
}

/// MicroPython's emergency exception: once `alloc_emergency_exception_buf`
/// reserved a buffer, an exception that cannot be allocated is the one
/// preallocated object, given the right type, its first argument (a message
/// is copied into the buffer, cut to fit) and a traceback array in the rest
/// of the buffer. None without a buffer (the caller then raises MemoryError).
pub fn emergency_exception(
    vm: &mut Vm,
    ty: &'static TypeObj,
    args: &[Value],
    msg: Option<&str>,
) -> Option<Value> {
    let (e, buf) = (vm.roots.emergency_exc, vm.roots.emergency_buf);
    if e.is_null() || buf.is_null() {
        return None;
    }
    let word = core::mem::size_of::<usize>();
    let start = buf.as_ptr::<u8>() as usize;
    let end = start + vm.heap.size_of(buf.as_ptr::<u8>());
    let mut at = start;
    let mut first = args.first().copied();
    if let Some(m) = msg {
        // Half the buffer at most for the text: the traceback needs the rest.
        let header = core::mem::size_of::<crate::objects::str::StrObj>();
        let mut n = m.len().min(((end - start) / 2).saturating_sub(header));
        while !m.is_char_boundary(n) {
            n -= 1;
        }
        // SAFETY: the buffer is a live GC block with room for the str.
        first = Some(unsafe { crate::objects::str::str_at(at as *mut u8, &m[..n]) });
        at = (at + header + n + 7) & !7;
    }
    let slots = (end.saturating_sub(at)) / word;
    let cap = slots.saturating_sub(2) / 3;
    let o = exc_obj(e);
    o.base = ObjBase { ty };
    o.cause = Value::NULL;
    o.context = Value::NULL;
    o.dict = Value::NULL;
    o.traceback = if cap > 0 {
        let tb = at as *mut usize;
        // SAFETY: `cap` entries of 3 words after 2 header words fit.
        unsafe {
            *tb = 0;
            *tb.add(1) = cap;
        }
        Value::from_ptr(tb)
    } else {
        Value::NULL
    };
    // SAFETY: the args tuple was made with one slot.
    unsafe {
        let t = o.args.as_ptr::<crate::objects::tuple::TupleObj>();
        (*t).len = first.is_some() as usize;
        *(t.add(1) as *mut Value) = first.unwrap_or(Value::NONE);
    }
    Some(e)
}

fn exc_new(vm: &mut Vm, ty: &'static TypeObj, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let args = crate::objects::tuple::new_tuple(vm, args)?;
    vm.alloc(ExcObj {
        base: ObjBase { ty },
        args,
        traceback: Value::NULL,
        cause: Value::NULL,
        context: Value::NULL,
        dict: Value::NULL,
    })
}

pub fn exc_obj(v: Value) -> &'static mut ExcObj {
    unsafe { v.as_mut::<ExcObj>() }
}

pub fn args_of(v: Value) -> &'static [Value] {
    crate::objects::tuple::items(exc_obj(v).args)
}

/// `str(exc)`: '' for no args, str(arg) for one, str(args) for several.
/// KeyError with one arg shows its repr, as CPython does.
fn exc_print(vm: &mut Vm, v: Value, out: &mut String, repr: bool) -> PyResult<()> {
    let e = exc_obj(v);
    let args = crate::objects::tuple::items(e.args);
    let ty = type_of(v);
    if repr {
        out.push_str(ty.name.as_str());
        if args.len() == 1 {
            out.push('(');
            crate::runtime::print::repr_into(vm, args[0], out)?;
            out.push(')');
        } else {
            crate::runtime::print::repr_into(vm, e.args, out)?;
        }
        return Ok(());
    }
    match args.len() {
        0 => {}
        1 if ty.is_subtype(&KEY_ERROR) => crate::runtime::print::repr_into(vm, args[0], out)?,
        1 if ty.is_subtype(&OS_ERROR) && args[0].is_small_int() => {
            let code = args[0].as_small_int();
            out.push_str(&alloc::format!(
                "[Errno {}] {}",
                code,
                crate::modules::errno_name(code)
            ));
        }
        1 => crate::runtime::print::str_into(vm, args[0], out)?,
        _ => crate::runtime::print::repr_into(vm, e.args, out)?,
    }
    Ok(())
}

fn exc_attr(vm: &mut Vm, v: Value, name: Qstr, op: AttrOp) -> PyResult<Value> {
    let e = exc_obj(v);
    match op {
        AttrOp::Load => match name {
            q::args => return Ok(e.args),
            q::value if type_of(v).is_subtype(&STOP_ITERATION) => {
                let a = args_of(v);
                return Ok(a.first().copied().unwrap_or(Value::NONE));
            }
            q::errno if type_of(v).is_subtype(&OS_ERROR) => {
                let a = args_of(v);
                return Ok(a.first().copied().unwrap_or(Value::NONE));
            }
            q::__cause__ => return Ok(or_none(e.cause)),
            q::__context__ => return Ok(or_none(e.context)),
            q::__traceback__ => return Ok(Value::NONE),
            _ => {
                if !e.dict.is_null() {
                    if let Some(x) = crate::objects::dict::get_qstr(vm, e.dict, name)? {
                        return Ok(x);
                    }
                }
            }
        },
        AttrOp::Store(x) => {
            match name {
                q::__cause__ => e.cause = x,
                q::__context__ => e.context = x,
                q::args => e.args = x,
                _ => {
                    if e.dict.is_null() {
                        e.dict = crate::objects::dict::new_dict(vm, 0)?;
                    }
                    crate::objects::dict::set(vm, e.dict, Value::qstr(name), x)?;
                }
            }
            return Ok(Value::NONE);
        }
        AttrOp::Delete => {
            if !e.dict.is_null() {
                crate::objects::dict::delete(vm, e.dict, Value::qstr(name))?;
                return Ok(Value::NONE);
            }
        }
    }
    Ok(Value::NULL)
}

fn or_none(v: Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v
    }
}

/// Record that `exc` passed through `file`, `line`, in block `name`.
pub fn add_traceback(vm: &mut Vm, exc: Value, file: Qstr, line: u32, name: Qstr) {
    if !is_exception(exc) {
        return;
    }
    let e = exc_obj(exc);
    let word = core::mem::size_of::<usize>();
    unsafe {
        if e.traceback.is_null() {
            let Ok(p) = vm.alloc_raw(word * (2 + 3 * 4), true) else {
                return;
            };
            let p = p as *mut usize;
            *p.add(1) = 4;
            exc_obj(exc).traceback = Value::from_ptr(p);
        }
        let e = exc_obj(exc);
        let mut p = e.traceback.as_ptr::<usize>();
        let (len, cap) = (*p, *p.add(1));
        if len == cap {
            let new_cap = cap * 2;
            let Ok(np) = vm.alloc_raw(word * (2 + 3 * new_cap), true) else {
                return;
            };
            let np = np as *mut usize;
            core::ptr::copy_nonoverlapping(p, np, 2 + 3 * len);
            *np.add(1) = new_cap;
            vm.heap.free(p as *mut u8);
            exc_obj(exc).traceback = Value::from_ptr(np);
            p = np;
        }
        let slot = p.add(2 + 3 * len);
        *slot = file.0 as usize;
        *slot.add(1) = line as usize;
        *slot.add(2) = name.0 as usize;
        *p = len + 1;
    }
}

/// Forget the traceback (an exception object raised again starts afresh).
pub fn clear_traceback(exc: Value) {
    if is_exception(exc) {
        exc_obj(exc).traceback = Value::NULL;
    }
}

/// Format `Traceback (most recent call last): ...` as MicroPython does.
pub fn format_traceback(vm: &mut Vm, exc: Value, out: &mut String) {
    if is_exception(exc) {
        let tb = exc_obj(exc).traceback;
        if !tb.is_null() {
            out.push_str("Traceback (most recent call last):\n");
            unsafe {
                let p = tb.as_ptr::<usize>();
                let len = *p;
                for i in (0..len).rev() {
                    let slot = p.add(2 + 3 * i);
                    let file = Qstr(*slot as u32);
                    let line = *slot.add(1);
                    let name = Qstr(*slot.add(2) as u32);
                    if name == q::EMPTY {
                        // SyntaxError: no block name.
                        out.push_str(&alloc::format!(
                            "  File \"{}\", line {}\n",
                            file.as_str(),
                            line
                        ));
                    } else {
                        out.push_str(&alloc::format!(
                            "  File \"{}\", line {}, in {}\n",
                            file.as_str(),
                            line,
                            name.as_str()
                        ));
                    }
                }
            }
        }
    }
    let ty = type_of(exc);
    out.push_str(ty.name.as_str());
    let mut msg = String::new();
    if exc_print(vm, exc, &mut msg, false).is_err() {
        msg.clear();
    }
    if !msg.is_empty() {
        out.push_str(": ");
        out.push_str(&msg);
    }
    out.push('\n');
}
