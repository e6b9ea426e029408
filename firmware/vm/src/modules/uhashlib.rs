//! `uhashlib` / `hashlib`: sha256 and sha1 objects with update() and
//! digest(). As documented for MicroPython 1.8.3 there is no hexdigest()
//! (use ubinascii.hexlify(h.digest())), and once digest() has been called
//! the object takes no more data.

use crate::object::{ObjBase, PyResult, TypeObj};
use crate::objects::bytes::buffer_of;
use crate::objects::module;
use crate::objects::str as pystr;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};

/// A running hash; holds no Python values, so it is allocated unscanned.
#[repr(C)]
pub struct HashObj {
    pub base: ObjBase,
    state: [u32; 8],
    block: [u8; 64],
    /// Bytes waiting in `block`.
    used: usize,
    /// Total bytes fed, for the length trailer.
    total: u64,
    finished: bool,
}

pub static SHA256_TYPE: TypeObj = TypeObj {
    new: Some(sha256_new),
    methods: &HASH_METHODS,
    ..TypeObj::builtin(q::sha256)
};

pub static SHA1_TYPE: TypeObj = TypeObj {
    new: Some(sha1_new),
    methods: &HASH_METHODS,
    ..TypeObj::builtin(q::sha1)
};

const SHA256_INIT: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
const SHA1_INIT: [u32; 8] = [
    0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0, 0, 0, 0,
];

const K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

fn words(block: &[u8; 64]) -> [u32; 16] {
    let mut w = [0u32; 16];
    for (i, c) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    w
}

fn sha256_block(h: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 64];
    w[..16].copy_from_slice(&words(block));
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for i in 0..64 {
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(K256[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *x = x.wrapping_add(v);
    }
}

fn sha1_block(h: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 80];
    w[..16].copy_from_slice(&words(block));
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let (mut a, mut b, mut c, mut d, mut e) = (h[0], h[1], h[2], h[3], h[4]);
    for (i, &wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5a827999),
            1 => (b ^ c ^ d, 0x6ed9eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
            _ => (b ^ c ^ d, 0xca62c1d6),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(wi);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, v) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(v);
    }
}

impl HashObj {
    fn is_sha1(&self) -> bool {
        core::ptr::eq(self.base.ty, &SHA1_TYPE)
    }

    fn compress(&mut self) {
        let block = self.block;
        if self.is_sha1() {
            sha1_block(&mut self.state, &block);
        } else {
            sha256_block(&mut self.state, &block);
        }
    }

    fn feed(&mut self, mut data: &[u8]) {
        self.total = self.total.wrapping_add(data.len() as u64);
        while !data.is_empty() {
            let n = (64 - self.used).min(data.len());
            self.block[self.used..self.used + n].copy_from_slice(&data[..n]);
            self.used += n;
            data = &data[n..];
            if self.used == 64 {
                self.compress();
                self.used = 0;
            }
        }
    }

    /// The digest of what was fed so far (the object itself is unchanged).
    fn digest(&self) -> ([u8; 32], usize) {
        let mut c = HashObj {
            base: ObjBase { ty: self.base.ty },
            state: self.state,
            block: self.block,
            used: self.used,
            total: self.total,
            finished: false,
        };
        let bits = self.total.wrapping_mul(8);
        c.feed(&[0x80]);
        while c.used != 56 {
            c.feed(&[0]);
        }
        c.feed(&bits.to_be_bytes());
        let n = if self.is_sha1() { 20 } else { 32 };
        let mut out = [0u8; 32];
        for (o, w) in out.chunks_exact_mut(4).zip(c.state) {
            o.copy_from_slice(&w.to_be_bytes());
        }
        (out, n)
    }
}

fn hash_data(vm: &mut Vm, v: Value) -> PyResult<&'static [u8]> {
    if pystr::is_str(v) {
        return Err(vm.type_error(format_args!("Strings must be encoded before hashing")));
    }
    match buffer_of(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format_args!("object supporting the buffer API required"))),
    }
}

fn hash_new(
    vm: &mut Vm,
    t: &'static TypeObj,
    a: &[Value],
    kw: &[Value],
    init: [u32; 8],
) -> PyResult<Value> {
    crate::runtime::args::no_kw(vm, t.name.as_str(), kw)?;
    if a.len() > 1 {
        return Err(vm.type_error(format_args!(
            "{}() takes at most 1 argument ({} given)",
            t.name.as_str(),
            a.len()
        )));
    }
    let data = match a.first() {
        Some(&d) => Some(hash_data(vm, d)?),
        None => None,
    };
    let p = vm.alloc_var(
        HashObj {
            base: ObjBase::new(t),
            state: init,
            block: [0; 64],
            used: 0,
            total: 0,
            finished: false,
        },
        0,
        true,
    )?;
    let obj = unsafe { &mut *p };
    if let Some(d) = data {
        obj.feed(d);
    }
    Ok(Value::from_ptr(p))
}

fn sha256_new(vm: &mut Vm, t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    hash_new(vm, t, a, kw, SHA256_INIT)
}

fn sha1_new(vm: &mut Vm, t: &'static TypeObj, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    hash_new(vm, t, a, kw, SHA1_INIT)
}

#[inline(never)]
fn this(vm: &mut Vm, v: Value) -> PyResult<&'static mut HashObj> {
    let t = crate::object::type_of(v);
    if core::ptr::eq(t, &SHA256_TYPE) || core::ptr::eq(t, &SHA1_TYPE) {
        Ok(unsafe { v.as_mut::<HashObj>() })
    } else {
        Err(vm.type_error(format_args!("expected a hash object")))
    }
}

fn h_update(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = hash_data(vm, a[1])?;
    let h = this(vm, a[0])?;
    if h.finished {
        return Err(vm.value_error(format_args!("hash is final")));
    }
    // Long inputs: feed in pieces so Ctrl-C is noticed.
    for piece in data.chunks(4096) {
        h.feed(piece);
        vm.check_interrupt()?;
    }
    Ok(Value::NONE)
}

fn h_digest(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = this(vm, a[0])?;
    h.finished = true;
    let (out, n) = h.digest();
    pystr::new_bytes(vm, &out[..n])
}

builtin_fn!(UPDATE, q::update, 2, 2, h_update);
builtin_fn!(DIGEST, q::digest, 1, 1, h_digest);
static HASH_METHODS: [(Qstr, Value); 2] =
    [entry!(q::update, fn UPDATE), entry!(q::digest, fn DIGEST)];

static HASHLIB_TABLE: &[(Qstr, Value)] = &[
    entry!(q::sha256, fn SHA256_TYPE),
    entry!(q::sha1, fn SHA1_TYPE),
];

pub fn make_hashlib(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    module::from_table(vm, name, HASHLIB_TABLE)
}
