//! `uzlib` / `zlib`: decompress(data, wbits=15), a DEFLATE inflater for
//! stored, fixed-Huffman and dynamic-Huffman blocks. As with CPython's
//! zlib, wbits 8..15 (or 0) expects a zlib wrapper (checked, with its
//! Adler-32), -8..-15 raw deflate, 24..31 a gzip wrapper and 40..47 either.

use crate::object::PyResult;
use crate::objects::module;
use crate::runtime::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;
use crate::{builtin_fn, entry};
use alloc::vec::Vec;

/// Why inflating failed, worded as zlib words it.
enum Fail {
    Truncated,
    Data(&'static str),
    /// A preset dictionary is needed (zlib's Z_NEED_DICT).
    NeedDict,
    Memory,
    Interrupt(Value),
}

type R<T> = Result<T, Fail>;

struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
    buf: u32,
    cnt: u32,
}

impl Bits<'_> {
    #[inline(never)]
    fn need(&mut self, n: u32) -> R<u32> {
        while self.cnt < n {
            let b = *self.data.get(self.pos).ok_or(Fail::Truncated)?;
            self.pos += 1;
            self.buf |= (b as u32) << self.cnt;
            self.cnt += 8;
        }
        let v = self.buf & ((1u32 << n) - 1);
        self.buf >>= n;
        self.cnt -= n;
        Ok(v)
    }

    fn byte_align(&mut self) {
        self.buf = 0;
        self.cnt = 0;
    }

    fn bytes(&mut self, n: usize) -> R<&[u8]> {
        let s = self
            .data
            .get(self.pos..self.pos + n)
            .ok_or(Fail::Truncated)?;
        self.pos += n;
        Ok(s)
    }
}

/// A canonical Huffman code: how many codes of each length, and the
/// symbols in code order.
struct Huff {
    count: [u16; 16],
    symbol: [u16; 288],
}

impl Huff {
    /// Build from code lengths; `lens_or_dists` allows the one incomplete
    /// code zlib accepts (a single code of length 1), `fixed` any.
    fn new(lengths: &[u8], lens_or_dists: bool, fixed: bool, bad: &'static str) -> R<Huff> {
        let mut h = Huff {
            count: [0; 16],
            symbol: [0; 288],
        };
        for &l in lengths {
            h.count[l as usize] += 1;
        }
        if h.count[0] as usize == lengths.len() {
            // No codes at all: only usable if never decoded from.
            return Ok(h);
        }
        let mut left: i32 = 1;
        let mut max = 0;
        for len in 1..16 {
            left <<= 1;
            left -= h.count[len] as i32;
            if left < 0 {
                return Err(Fail::Data(bad));
            }
            if h.count[len] != 0 {
                max = len;
            }
        }
        if left > 0 && !fixed && (!lens_or_dists || max != 1) {
            return Err(Fail::Data(bad));
        }
        let mut offs = [0u16; 16];
        for len in 1..15 {
            offs[len + 1] = offs[len] + h.count[len];
        }
        for (sym, &l) in lengths.iter().enumerate() {
            if l != 0 {
                h.symbol[offs[l as usize] as usize] = sym as u16;
                offs[l as usize] += 1;
            }
        }
        Ok(h)
    }

    #[inline(never)]
    fn decode(&self, b: &mut Bits, bad: &'static str) -> R<u16> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16 {
            code |= b.need(1)? as i32;
            let count = self.count[len] as i32;
            if code - count < first {
                return Ok(self.symbol[(index + (code - first)) as usize]);
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        Err(Fail::Data(bad))
    }
}

const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

struct Inflater<'a, 'v> {
    bits: Bits<'a>,
    out: Vec<u8>,
    vm: &'v mut Vm,
    steps: u32,
}

impl Inflater<'_, '_> {
    fn put(&mut self, b: u8) -> R<()> {
        if self.out.len() == self.out.capacity() {
            let more = self.out.capacity().max(256);
            self.out.try_reserve(more).map_err(|_| Fail::Memory)?;
        }
        self.out.push(b);
        Ok(())
    }

    fn tick(&mut self) -> R<()> {
        self.steps = self.steps.wrapping_add(1);
        if self.steps & 0x3fff == 0 {
            self.vm.check_interrupt().map_err(Fail::Interrupt)?;
        }
        Ok(())
    }

    fn stored(&mut self) -> R<()> {
        self.bits.byte_align();
        let h = self.bits.bytes(4)?;
        let len = u16::from_le_bytes([h[0], h[1]]);
        let nlen = u16::from_le_bytes([h[2], h[3]]);
        if len != !nlen {
            return Err(Fail::Data("invalid stored block lengths"));
        }
        let data = self.bits.bytes(len as usize)?;
        self.out.try_reserve(data.len()).map_err(|_| Fail::Memory)?;
        self.out.extend_from_slice(data);
        self.vm.check_interrupt().map_err(Fail::Interrupt)
    }

    fn codes(&mut self, lit: &Huff, dist: &Huff) -> R<()> {
        loop {
            self.tick()?;
            let sym = lit.decode(&mut self.bits, "invalid literal/length code")?;
            if sym < 256 {
                self.put(sym as u8)?;
                continue;
            }
            if sym == 256 {
                return Ok(());
            }
            let i = (sym - 257) as usize;
            if i >= 29 {
                return Err(Fail::Data("invalid literal/length code"));
            }
            let len = LEN_BASE[i] as usize + self.bits.need(LEN_EXTRA[i] as u32)? as usize;
            let d = dist.decode(&mut self.bits, "invalid distance code")? as usize;
            if d >= 30 {
                return Err(Fail::Data("invalid distance code"));
            }
            let dist = DIST_BASE[d] as usize + self.bits.need(DIST_EXTRA[d] as u32)? as usize;
            if dist > self.out.len() {
                return Err(Fail::Data("invalid distance too far back"));
            }
            self.out.try_reserve(len).map_err(|_| Fail::Memory)?;
            let start = self.out.len() - dist;
            // Byte by byte: the source may overlap what is being written.
            for k in 0..len {
                let b = self.out[start + k];
                self.out.push(b);
            }
        }
    }

    fn fixed(&mut self) -> R<()> {
        let mut l = [0u8; 288];
        l[..144].fill(8);
        l[144..256].fill(9);
        l[256..280].fill(7);
        l[280..].fill(8);
        let lit = Huff::new(&l, true, true, "")?;
        let dist = Huff::new(&[5u8; 30], true, true, "")?;
        self.codes(&lit, &dist)
    }

    fn dynamic(&mut self) -> R<()> {
        const ORDER: [usize; 19] = [
            16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
        ];
        let nlen = self.bits.need(5)? as usize + 257;
        let ndist = self.bits.need(5)? as usize + 1;
        let ncode = self.bits.need(4)? as usize + 4;
        if nlen > 286 || ndist > 30 {
            return Err(Fail::Data("too many length or distance symbols"));
        }
        let mut cl = [0u8; 19];
        for &o in ORDER.iter().take(ncode) {
            cl[o] = self.bits.need(3)? as u8;
        }
        let clh = Huff::new(&cl, false, false, "invalid code lengths set")?;
        let mut lens = [0u8; 316];
        let mut i = 0;
        while i < nlen + ndist {
            let sym = clh.decode(&mut self.bits, "invalid code lengths set")?;
            if sym < 16 {
                lens[i] = sym as u8;
                i += 1;
                continue;
            }
            let (val, rep) = match sym {
                16 => {
                    if i == 0 {
                        return Err(Fail::Data("invalid bit length repeat"));
                    }
                    (lens[i - 1], 3 + self.bits.need(2)? as usize)
                }
                17 => (0, 3 + self.bits.need(3)? as usize),
                _ => (0, 11 + self.bits.need(7)? as usize),
            };
            if i + rep > nlen + ndist {
                return Err(Fail::Data("invalid bit length repeat"));
            }
            lens[i..i + rep].fill(val);
            i += rep;
        }
        if lens[256] == 0 {
            return Err(Fail::Data("invalid code -- missing end-of-block"));
        }
        let lit = Huff::new(&lens[..nlen], true, false, "invalid literal/lengths set")?;
        let dist = Huff::new(
            &lens[nlen..nlen + ndist],
            true,
            false,
            "invalid distances set",
        )?;
        self.codes(&lit, &dist)
    }

    fn run(&mut self) -> R<()> {
        loop {
            let last = self.bits.need(1)?;
            match self.bits.need(2)? {
                0 => self.stored()?,
                1 => self.fixed()?,
                2 => self.dynamic()?,
                _ => return Err(Fail::Data("invalid block type")),
            }
            if last == 1 {
                self.bits.byte_align();
                return Ok(());
            }
        }
    }
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &x in data {
        c ^= x as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xedb8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}

#[derive(PartialEq)]
enum Wrap {
    Raw,
    Zlib,
    Gzip,
}

/// Parse a zlib header (2 bytes) against the window size allowed.
fn zlib_header(b: &mut Bits, wbits: isize) -> R<()> {
    let h = b.bytes(2)?;
    let (cmf, flg) = (h[0], h[1]);
    if !(cmf as u32 * 256 + flg as u32).is_multiple_of(31) {
        return Err(Fail::Data("incorrect header check"));
    }
    if cmf & 0x0f != 8 {
        return Err(Fail::Data("unknown compression method"));
    }
    let win = (cmf >> 4) as isize + 8;
    if win > 15 || (wbits != 0 && win > wbits) {
        return Err(Fail::Data("invalid window size"));
    }
    if flg & 0x20 != 0 {
        return Err(Fail::NeedDict);
    }
    Ok(())
}

fn gzip_header(b: &mut Bits) -> R<()> {
    let h = b.bytes(10)?;
    if h[0] != 0x1f || h[1] != 0x8b {
        return Err(Fail::Data("incorrect header check"));
    }
    if h[2] != 8 {
        return Err(Fail::Data("unknown compression method"));
    }
    let flags = h[3];
    if flags & 0xe0 != 0 {
        return Err(Fail::Data("unknown header flags set"));
    }
    if flags & 4 != 0 {
        let x = b.bytes(2)?;
        let n = u16::from_le_bytes([x[0], x[1]]) as usize;
        b.bytes(n)?;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            while b.bytes(1)?[0] != 0 {}
        }
    }
    if flags & 2 != 0 {
        b.bytes(2)?;
    }
    Ok(())
}

fn inflate(vm: &mut Vm, data: &[u8], wbits: isize) -> R<Vec<u8>> {
    let wrap = match wbits {
        -15..=-8 => Wrap::Raw,
        0 | 8..=15 => Wrap::Zlib,
        24..=31 => Wrap::Gzip,
        40..=47 => {
            if data.first() == Some(&0x1f) {
                Wrap::Gzip
            } else {
                Wrap::Zlib
            }
        }
        _ => return Err(Fail::Data("invalid wbits")),
    };
    let win = wbits.unsigned_abs() as isize & 15;
    let mut b = Bits {
        data,
        pos: 0,
        buf: 0,
        cnt: 0,
    };
    match wrap {
        Wrap::Zlib => zlib_header(&mut b, win)?,
        Wrap::Gzip => gzip_header(&mut b)?,
        Wrap::Raw => {}
    }
    let mut inf = Inflater {
        bits: b,
        out: Vec::new(),
        vm,
        steps: 0,
    };
    inf.out
        .try_reserve(data.len().saturating_mul(2).max(64))
        .map_err(|_| Fail::Memory)?;
    inf.run()?;
    let out = core::mem::take(&mut inf.out);
    let mut b = inf.bits;
    match wrap {
        Wrap::Zlib => {
            let t = b.bytes(4)?;
            if u32::from_be_bytes([t[0], t[1], t[2], t[3]]) != adler32(&out) {
                return Err(Fail::Data("incorrect data check"));
            }
        }
        Wrap::Gzip => {
            let t = b.bytes(8)?;
            if u32::from_le_bytes([t[0], t[1], t[2], t[3]]) != crc32(&out) {
                return Err(Fail::Data("incorrect data check"));
            }
            if u32::from_le_bytes([t[4], t[5], t[6], t[7]]) != out.len() as u32 {
                return Err(Fail::Data("incorrect length check"));
            }
        }
        Wrap::Raw => {}
    }
    Ok(out)
}

fn zlib_decompress(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let data = match crate::objects::bytes::buffer_of(a[0]) {
        Some(d) => d,
        None => {
            return Err(vm.type_error(format_args!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(a[0])
            )))
        }
    };
    let wbits = match a.get(1) {
        Some(&w) => crate::runtime::args::index(vm, w)?,
        None => 15,
    };
    match inflate(vm, data, wbits) {
        Ok(out) => crate::objects::str::new_bytes(vm, &out),
        Err(Fail::Memory) => Err(vm.out_of_memory()),
        Err(Fail::Interrupt(e)) => Err(e),
        Err(Fail::NeedDict) => {
            Err(vm.value_error(format_args!("Error 2 while decompressing data")))
        }
        Err(Fail::Truncated) => Err(vm.value_error(format_args!(
            "Error -5 while decompressing data: incomplete or truncated stream"
        ))),
        Err(Fail::Data(m)) => {
            Err(vm.value_error(format_args!("Error -3 while decompressing data: {}", m)))
        }
    }
}

builtin_fn!(DECOMPRESS, q::decompress, 1, 2, zlib_decompress);

static ZLIB_TABLE: &[(Qstr, Value)] = &[entry!(q::decompress, fn DECOMPRESS)];

pub fn make_zlib(vm: &mut Vm, name: Qstr) -> PyResult<Value> {
    module::from_table(vm, name, ZLIB_TABLE)
}
