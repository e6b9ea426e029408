//! When a friendly-REPL statement needs another line, and how far the next
//! line is indented automatically (MicroPython's rules, so that a person or
//! a transcript sees the same prompts).

/// Statements that open a block: the statement goes on until an empty line.
const COMPOUND: &[&[u8]] = &[
    b"if", b"while", b"for", b"try", b"with", b"def", b"class", b"async",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Quote {
    None,
    Single1,
    Double1,
    Single3,
    Double3,
}

/// True if `input` (the statement so far, lines joined by `\n`) is not
/// complete: an open triple-quoted string, unclosed brackets outside a
/// one-line string, a trailing backslash, or a compound statement whose
/// last line is not empty yet.
pub(crate) fn continues(input: &[u8]) -> bool {
    let Some(&last) = input.last() else {
        return false;
    };
    // A decorator line always needs the definition after it.
    let compound = input.starts_with(b"@") || COMPOUND.iter().any(|kw| starts_with_word(input, kw));

    let mut depth: i32 = 0;
    let mut quote = Quote::None;
    let mut i = 0;
    while i < input.len() {
        let c = input[i];
        let triple = input.get(i + 1) == Some(&c) && input.get(i + 2) == Some(&c);
        match c {
            b'\'' | b'"' => {
                let (one, three) = if c == b'\'' {
                    (Quote::Single1, Quote::Single3)
                } else {
                    (Quote::Double1, Quote::Double3)
                };
                if (quote == Quote::None || quote == three) && triple {
                    i += 2;
                    quote = if quote == three { Quote::None } else { three };
                } else if quote == Quote::None {
                    quote = one;
                } else if quote == one {
                    quote = Quote::None;
                }
            }
            // An escaped quote or backslash inside a string is skipped.
            b'\\'
                if quote != Quote::None
                    && matches!(input.get(i + 1), Some(b'\'' | b'"' | b'\\')) =>
            {
                i += 1;
            }
            b'(' | b'[' | b'{' if quote == Quote::None => depth += 1,
            b')' | b']' | b'}' if quote == Quote::None => depth -= 1,
            _ => {}
        }
        i += 1;
    }

    if quote == Quote::Single3 || quote == Quote::Double3 {
        return true;
    }
    if depth > 0 && quote == Quote::None {
        return true;
    }
    if last == b'\\' {
        return true;
    }
    compound && last != b'\n'
}

/// `input` starts with `word` not followed by a name character.
fn starts_with_word(input: &[u8], word: &[u8]) -> bool {
    input.starts_with(word)
        && !input
            .get(word.len())
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
}

/// Spaces to pre-fill a new continuation line with. `line` is the statement
/// so far and ends with the `\n` just typed. The indent follows the previous
/// line, one level deeper after a `:`; none after two blank lines in a row,
/// so pressing Enter twice ends a block and a third time runs it.
pub(crate) fn auto_indent(line: &[u8]) -> usize {
    let len = line.len();
    if len < 2 || line[len - 1] != b'\n' {
        return 0;
    }
    let body = &line[..len - 1];
    let start = body.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let prev = &body[start..];
    let spaces = prev.iter().take_while(|&&b| b == b' ').count();
    if start > 0 && spaces == prev.len() {
        // The previous line is blank: look at the one before it.
        let before = &body[..start - 1];
        let from = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        if before[from..].iter().all(|&b| b == b' ') {
            return 0;
        }
    }
    let mut levels = spaces / 4;
    if body.last() == Some(&b':') {
        levels += 1;
    }
    levels * 4
}
