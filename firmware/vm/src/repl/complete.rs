//! Tab completion at the friendly prompt: what to insert, or the listing of
//! candidates in 16-column slots, four to a line (MicroPython's layout).

use alloc::string::String;
use alloc::vec::Vec;

/// Width of one name slot in a listing.
const SLOT: usize = 16;
/// Width of a listing line.
const LINE: usize = 4 * SLOT;

pub(crate) enum Completion {
    /// Nothing to do.
    None,
    /// Insert these bytes at the cursor.
    Insert(Vec<u8>),
    /// Several candidates: print this listing, then the prompt and line again.
    List(Vec<u8>),
}

/// Complete the dotted name that ends at the cursor; `before` is the current
/// line up to the cursor. Tab after nothing but spaces indents by four.
pub(crate) fn complete(
    before: &[u8],
    names_for: &mut dyn FnMut(&str) -> Vec<String>,
) -> Completion {
    let start = before
        .iter()
        .rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'.'))
        .map_or(0, |p| p + 1);
    let chain = &before[start..];
    if chain.is_empty() {
        if before.iter().all(|&b| b == b' ') {
            return Completion::Insert(b"    ".to_vec());
        }
        return Completion::None;
    }
    // Only ASCII name characters are in `chain`.
    let Ok(chain) = core::str::from_utf8(chain) else {
        return Completion::None;
    };
    let word = chain.rsplit('.').next().unwrap_or("");
    let mut names: Vec<String> = names_for(chain)
        .into_iter()
        .map(|n| match n.rfind('.') {
            Some(dot) => String::from(&n[dot + 1..]),
            None => n,
        })
        .filter(|n| n.starts_with(word))
        .collect();
    names.sort();
    names.dedup();

    let Some(first) = names.first() else {
        return Completion::None;
    };
    let common = names.iter().fold(first.len(), |len, n| {
        first
            .bytes()
            .zip(n.bytes())
            .take(len)
            .take_while(|(a, b)| a == b)
            .count()
    });
    if names.len() == 1 || common > word.len() {
        return Completion::Insert(first.as_bytes()[word.len()..common].to_vec());
    }
    Completion::List(listing(&names))
}

/// `\r\n`, the names in slots (a name that does not fit starts a new line),
/// `\r\n`.
fn listing(names: &[String]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut col = LINE; // forces a line break before the first name
    for name in names {
        let mut gap = col.div_ceil(SLOT) * SLOT - col;
        if gap < 2 {
            gap += SLOT;
        }
        if col + gap + name.len() <= LINE {
            out.extend(core::iter::repeat_n(b' ', gap));
            col += gap + name.len();
        } else {
            out.extend_from_slice(b"\r\n");
            col = name.len();
        }
        out.extend_from_slice(name.as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    out
}
