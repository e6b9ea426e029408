//! The bytecode: one-byte opcodes followed by operands. Operands are
//! unsigned LEB128 varints (most fit one byte), except jump targets, which
//! are fixed 2-byte little-endian absolute offsets so they can be patched.

macro_rules! opcodes {
    ($($(#[$m:meta])* $name:ident),* $(,)?) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Op { $($(#[$m])* $name),* }
        pub const OP_NAMES: &[&str] = &[$(stringify!($name)),*];
        impl Op {
            pub fn from_u8(b: u8) -> Option<Op> {
                if (b as usize) < OP_NAMES.len() {
                    Some(unsafe { core::mem::transmute::<u8, Op>(b) })
                } else {
                    None
                }
            }
        }
    };
}

opcodes! {
    NOP,
    POP_TOP,
    DUP_TOP,
    DUP_TOP_TWO,
    ROT_TWO,
    ROT_THREE,
    // Constants.
    LOAD_CONST,
    LOAD_SMALL_INT,
    LOAD_QSTR,
    LOAD_NONE,
    LOAD_TRUE,
    LOAD_FALSE,
    LOAD_ELLIPSIS,
    LOAD_NULL,
    // Variables.
    LOAD_FAST,
    STORE_FAST,
    DELETE_FAST,
    LOAD_DEREF,
    STORE_DEREF,
    DELETE_DEREF,
    LOAD_CLOSURE,
    LOAD_NAME,
    STORE_NAME,
    DELETE_NAME,
    LOAD_GLOBAL,
    STORE_GLOBAL,
    DELETE_GLOBAL,
    LOAD_ATTR,
    STORE_ATTR,
    DELETE_ATTR,
    LOAD_METHOD,
    LOAD_SUPER_METHOD,
    LOAD_SUBSCR,
    STORE_SUBSCR,
    DELETE_SUBSCR,
    // Calls: operands n_pos, n_kw (kw as name,value pairs on the stack).
    CALL_FUNCTION,
    CALL_METHOD,
    /// Stack: callable, self-or-NULL, args list, kwargs dict-or-NULL.
    CALL_FUNCTION_EX,
    // Building.
    BUILD_TUPLE,
    BUILD_LIST,
    BUILD_MAP,
    BUILD_SET,
    BUILD_SLICE,
    LIST_APPEND,
    SET_ADD,
    MAP_ADD,
    LIST_EXTEND,
    SET_UPDATE,
    DICT_MERGE,
    LIST_TO_TUPLE,
    UNPACK_SEQUENCE,
    UNPACK_EX,
    // Operators.
    BINARY_OP,
    UNARY_OP,
    IS_OP,
    CONTAINS_OP,
    // Control flow.
    JUMP,
    POP_JUMP_IF_FALSE,
    POP_JUMP_IF_TRUE,
    JUMP_IF_FALSE_OR_POP,
    JUMP_IF_TRUE_OR_POP,
    GET_ITER,
    FOR_ITER,
    RETURN_VALUE,
    YIELD_VALUE,
    YIELD_FROM,
    GET_YIELD_FROM_ITER,
    // Exceptions.
    RAISE,
    RERAISE,
    PUSH_EXC_INFO,
    POP_EXCEPT,
    CHECK_EXC_MATCH,
    LOAD_ASSERTION_ERROR,
    BEFORE_WITH,
    WITH_EXCEPT,
    // Functions, classes, modules.
    MAKE_FUNCTION,
    LOAD_BUILD_CLASS,
    IMPORT_NAME,
    IMPORT_FROM,
    IMPORT_STAR,
    PRINT_EXPR,
}

/// MAKE_FUNCTION flags (which extra values are on the stack).
pub const MF_DEFAULTS: u32 = 1;
pub const MF_KWDEFAULTS: u32 = 2;
pub const MF_CLOSURE: u32 = 4;

/// Read a varint at `*ip`.
#[inline(always)]
pub fn read_varint(code: &[u8], ip: &mut usize) -> u32 {
    let mut b = code[*ip];
    *ip += 1;
    if b < 0x80 {
        return b as u32;
    }
    let mut v = (b & 0x7f) as u32;
    let mut shift = 7;
    loop {
        b = code[*ip];
        *ip += 1;
        v |= ((b & 0x7f) as u32) << shift;
        if b < 0x80 {
            return v;
        }
        shift += 7;
    }
}

#[inline(always)]
pub fn read_u16(code: &[u8], ip: &mut usize) -> usize {
    let v = code[*ip] as usize | (code[*ip + 1] as usize) << 8;
    *ip += 2;
    v
}

pub fn write_varint(out: &mut alloc::vec::Vec<u8>, mut v: u32) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

pub fn zigzag(i: i64) -> u32 {
    ((i << 1) ^ (i >> 63)) as u32
}

pub fn unzigzag(u: u32) -> isize {
    ((u >> 1) as isize) ^ -((u & 1) as isize)
}
