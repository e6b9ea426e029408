//! The reference: CPython 3 running the same file, with its results cached by content hash.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What CPython printed for a script.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct PyRun {
    pub stdout: String,
    pub stderr: String,
    /// `None` if CPython was killed (it ran past its time).
    pub code: Option<i32>,
}

impl PyRun {
    /// The type of the uncaught exception, from the last line of the traceback.
    pub fn exception(&self) -> Option<String> {
        if self.code == Some(0) {
            return None;
        }
        exception_type(&self.stderr)
    }
}

/// `ZeroDivisionError` from a traceback whose last line is `ZeroDivisionError: ...`.
pub fn exception_type(traceback: &str) -> Option<String> {
    let last = traceback.lines().rev().find(|l| !l.trim().is_empty())?;
    let name = last.split(':').next()?.trim();
    // Only a dotted identifier is a type name; anything else is not a traceback line.
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    ok.then(|| name.rsplit('.').next().unwrap_or(name).to_string())
}

/// Runs scripts under CPython.
#[derive(Debug, Clone)]
pub struct CPython {
    python: String,
    version: String,
    cache: Option<PathBuf>,
    timeout: Duration,
}

impl CPython {
    /// Finds `python` (usually `python3`); `cache` is a directory for cached results.
    pub fn new(python: &str, cache: Option<PathBuf>) -> Result<CPython, String> {
        let out = Command::new(python)
            .arg("--version")
            .output()
            .map_err(|e| format!("cannot run {python}: {e}"))?;
        let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if !out.status.success() || !version.starts_with("Python 3") {
            return Err(format!("{python} is not CPython 3 ({version:?})"));
        }
        Ok(CPython {
            python: python.to_string(),
            version,
            cache,
            timeout: Duration::from_secs(30),
        })
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    /// CPython's output for the script at `path` with contents `code`.
    pub fn run(&self, path: &Path, code: &[u8]) -> Result<PyRun, String> {
        let key = self.key(code);
        let cached = self.cache.as_ref().map(|d| d.join(format!("{key}.json")));
        if let Some(f) = &cached {
            if let Ok(text) = fs::read_to_string(f) {
                if let Ok(run) = serde_json::from_str(&text) {
                    return Ok(run);
                }
            }
        }
        let run = self.run_uncached(path)?;
        if let Some(f) = &cached {
            // A cache that cannot be written only costs time.
            if let Some(d) = f.parent() {
                let _ = fs::create_dir_all(d);
            }
            let tmp = f.with_extension(format!("tmp{}", std::process::id()));
            if fs::write(&tmp, serde_json::to_string(&run).unwrap_or_default()).is_ok() {
                let _ = fs::rename(&tmp, f);
            }
        }
        Ok(run)
    }

    fn key(&self, code: &[u8]) -> String {
        let mut h = Sha256::new();
        h.update(self.version.as_bytes());
        h.update([0]);
        h.update(code);
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    fn run_uncached(&self, path: &Path) -> Result<PyRun, String> {
        let mut child = Command::new(&self.python)
            // Isolated: no user site, no PYTHON* variables, no script dir on sys.path.
            .arg("-I")
            .arg(path)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", self.python))?;
        let mut out = child.stdout.take().expect("piped");
        let mut err = child.stderr.take().expect("piped");
        let t_out = std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = out.read_to_end(&mut v);
            v
        });
        let t_err = std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = err.read_to_end(&mut v);
            v
        });
        let end = Instant::now() + self.timeout;
        let code = loop {
            if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
                break s.code();
            }
            if Instant::now() >= end {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        let stdout = t_out.join().unwrap_or_default();
        let stderr = t_err.join().unwrap_or_default();
        Ok(PyRun {
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            code,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exception_type_from_last_line() {
        let tb = "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nZeroDivisionError: division by zero\n";
        assert_eq!(exception_type(tb).as_deref(), Some("ZeroDivisionError"));
        assert_eq!(
            exception_type("KeyboardInterrupt\n").as_deref(),
            Some("KeyboardInterrupt")
        );
        assert_eq!(
            exception_type("__main__.Oops: no\n").as_deref(),
            Some("Oops")
        );
        assert_eq!(exception_type(""), None);
        assert_eq!(exception_type("  File \"<stdin>\", line 1\n"), None);
    }

    #[test]
    fn runs_and_caches() {
        let dir = std::env::temp_dir().join(format!("mp-cpy-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let script = dir.join("s.py");
        let code = b"print(7 // 2)\n1/0\n";
        fs::write(&script, code).unwrap();
        let py = CPython::new("python3", Some(dir.join("cache"))).unwrap();
        let first = py.run(&script, code).unwrap();
        assert_eq!(first.stdout, "3\n");
        assert_eq!(first.exception().as_deref(), Some("ZeroDivisionError"));
        // The cached result is served even after the file changes on disk.
        fs::write(&script, b"print('changed')\n").unwrap();
        assert_eq!(py.run(&script, code).unwrap(), first);
        fs::remove_dir_all(&dir).unwrap();
    }
}
