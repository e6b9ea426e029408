//! Reviewed snapshots, one file per script, in insta's file format:
//! `conformance/<area>/snapshots/<name>.snap`.
//!
//! The body is what the script showed: its stdout followed by the traceback of an uncaught
//! exception, with `\r\n` turned into `\n`. A new or changed output is written beside the
//! snapshot as `<name>.snap.new` for a person to review; nothing here ever accepts one on
//! its own (see `accept`, which a person runs).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// `<dir>/snapshots/<stem>.snap` for `<dir>/<stem>.py`.
pub fn path_for(script: &Path) -> PathBuf {
    let dir = script.parent().unwrap_or(Path::new("."));
    let stem = script
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join("snapshots").join(format!("{stem}.snap"))
}

/// The pending file next to a snapshot.
pub fn pending_path(snap: &Path) -> PathBuf {
    let mut s = snap.as_os_str().to_owned();
    s.push(".new");
    PathBuf::from(s)
}

/// Renders a snapshot file.
pub fn render(source: &str, body: &str) -> String {
    format!("---\nsource: {source}\nexpression: output\n---\n{body}\n")
}

/// The body of a snapshot file, or `None` if the file does not have the header.
pub fn parse(text: &str) -> Option<String> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---\n")?;
    let body = &rest[end + "\n---\n".len()..];
    // render() adds one newline after the body; everything before it is the body.
    Some(body.strip_suffix('\n').unwrap_or(body).to_string())
}

/// Reads the reviewed snapshot for a script; `Ok(None)` if there is none yet.
pub fn read(snap: &Path) -> io::Result<Option<String>> {
    match fs::read_to_string(snap) {
        Ok(text) => parse(&text).map(Some).ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{} is not a snapshot file", snap.display()),
            )
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Writes `<snap>.new` for review.
pub fn write_pending(snap: &Path, source: &str, body: &str) -> io::Result<PathBuf> {
    if let Some(dir) = snap.parent() {
        fs::create_dir_all(dir)?;
    }
    let pending = pending_path(snap);
    fs::write(&pending, render(source, body))?;
    Ok(pending)
}

/// Removes a stale `<snap>.new` (the output matches the reviewed snapshot again).
pub fn clear_pending(snap: &Path) {
    let _ = fs::remove_file(pending_path(snap));
}

/// Every `.snap.new` under `dir`, sorted.
pub fn find_pending(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    fn walk(d: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
        for e in fs::read_dir(d)? {
            let p = e?.path();
            if p.is_dir() {
                walk(&p, out)?;
            } else if p.to_string_lossy().ends_with(".snap.new") {
                out.push(p);
            }
        }
        Ok(())
    }
    if dir.is_dir() {
        walk(dir, &mut out)?;
    }
    out.sort();
    Ok(out)
}

/// Accepts a reviewed `.snap.new`: it becomes the `.snap`.
pub fn accept(pending: &Path) -> io::Result<PathBuf> {
    let name = pending.to_string_lossy();
    let snap = PathBuf::from(name.strip_suffix(".new").ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{name} is not a .snap.new"),
        )
    })?);
    fs::rename(pending, &snap)?;
    Ok(snap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_layout() {
        assert_eq!(
            path_for(Path::new("conformance/basics/while_loop.py")),
            PathBuf::from("conformance/basics/snapshots/while_loop.snap")
        );
        assert_eq!(
            pending_path(Path::new("a/snapshots/x.snap")),
            PathBuf::from("a/snapshots/x.snap.new")
        );
    }

    #[test]
    fn render_parse_round_trip_keeps_every_newline() {
        for body in ["", "1\n", "a\n\nb\n\n", "no newline", "---\nx\n---\n"] {
            let text = render("conformance/a/b.py", body);
            assert_eq!(parse(&text).as_deref(), Some(body), "{text:?}");
        }
        assert_eq!(parse("no header"), None);
    }

    #[test]
    fn write_accept_read() {
        let dir = std::env::temp_dir().join(format!("mp-snap-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let snap = dir.join("snapshots/x.snap");
        assert_eq!(read(&snap).unwrap(), None);
        let pending = write_pending(&snap, "x.py", "out\n").unwrap();
        assert_eq!(find_pending(&dir).unwrap(), vec![pending.clone()]);
        assert_eq!(accept(&pending).unwrap(), snap);
        assert_eq!(read(&snap).unwrap().as_deref(), Some("out\n"));
        assert!(find_pending(&dir).unwrap().is_empty());
        fs::remove_dir_all(&dir).unwrap();
    }
}
