//! Finding the scripts to run and naming them relative to the corpus root.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// One script of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Script {
    /// Where the file is.
    pub path: PathBuf,
    /// Its name in reports and difference files: relative to the corpus root, `/`-separated
    /// (`basics/while_loop.py`); the path as given for files outside the root.
    pub name: String,
}

/// Every `.py` file under `paths` (files are taken as they are, directories are walked),
/// sorted by name, without duplicates.
pub fn discover(root: &Path, paths: &[PathBuf]) -> io::Result<Vec<Script>> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files)?;
        } else if p.is_file() {
            files.push(p.clone());
        } else {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("no such script or directory: {}", p.display()),
            ));
        }
    }
    let mut scripts: Vec<Script> = files
        .into_iter()
        .map(|path| Script {
            name: name_of(root, &path),
            path,
        })
        .collect();
    scripts.sort_by(|a, b| a.name.cmp(&b.name));
    scripts.dedup_by(|a, b| a.name == b.name);
    Ok(scripts)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
    Ok(())
}

/// `root`-relative name with `/` separators, or the path as given when outside `root`.
pub fn name_of(root: &Path, path: &Path) -> String {
    let abs = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (root, full) = (abs(root), abs(path));
    match full.strip_prefix(&root) {
        Ok(rel) => rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"),
        Err(_) => path.to_string_lossy().into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discovers_sorted_relative_names() {
        let dir = std::env::temp_dir().join(format!("mp-corpus-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("b/snapshots")).unwrap();
        fs::create_dir_all(dir.join("a")).unwrap();
        for f in [
            "b/z.py",
            "a/y.py",
            "a/x.py",
            "b/snapshots/z.snap",
            "a/notes.txt",
        ] {
            fs::write(dir.join(f), "").unwrap();
        }
        let found = discover(&dir, &[dir.clone(), dir.join("a/x.py")]).unwrap();
        let names: Vec<_> = found.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["a/x.py", "a/y.py", "b/z.py"]);
        assert!(discover(&dir, &[dir.join("missing.py")]).is_err());
        fs::remove_dir_all(&dir).unwrap();
    }
}
