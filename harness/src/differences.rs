//! Documented differences from CPython: `conformance/differences/<name>.toml`, one per known
//! difference, naming the scripts that show it.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// One documented difference.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Difference {
    pub title: String,
    pub category: String,
    pub description: String,
    pub cause: String,
    pub workaround: String,
    /// Scripts that show it, relative to the corpus root (`basics/zero_division.py`).
    pub scripts: Vec<String>,
}

/// All documented differences, by file stem.
#[derive(Debug, Clone, Default)]
pub struct Differences {
    pub by_name: BTreeMap<String, Difference>,
}

impl Differences {
    /// Loads every `*.toml` in `dir`. A missing directory means none; a malformed file is an
    /// error, so a typo cannot quietly turn a difference into a failure or the reverse.
    pub fn load(dir: &Path) -> Result<Differences, String> {
        let mut by_name = BTreeMap::new();
        if !dir.is_dir() {
            return Ok(Differences { by_name });
        }
        let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let diff: Difference =
                toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            by_name.insert(name, diff);
        }
        Ok(Differences { by_name })
    }

    /// The name of the first difference (by file name) that covers `script`.
    pub fn covering(&self, script: &str) -> Option<&str> {
        self.by_name
            .iter()
            .find(|(_, d)| d.scripts.iter().any(|s| s == script))
            .map(|(n, _)| n.as_str())
    }

    /// Scripts named by a difference that do not exist under `root`.
    pub fn missing_scripts(&self, root: &Path) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (name, d) in &self.by_name {
            for s in &d.scripts {
                if !root.join(s).is_file() {
                    out.push((name.clone(), s.clone()));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_and_matches_scripts() {
        let dir = std::env::temp_dir().join(format!("mp-diff-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join("zero.toml"),
            r#"title = "t"
category = "c"
description = "d"
cause = "x"
workaround = "w"
scripts = ["basics/a.py"]
"#,
        )
        .unwrap();
        let d = Differences::load(&dir).unwrap();
        assert_eq!(d.covering("basics/a.py"), Some("zero"));
        assert_eq!(d.covering("basics/b.py"), None);
        assert_eq!(
            d.missing_scripts(&dir),
            vec![("zero".into(), "basics/a.py".into())]
        );

        fs::write(dir.join("bad.toml"), "title = \"t\"\n").unwrap();
        let err = Differences::load(&dir).unwrap_err();
        assert!(err.contains("bad.toml"), "{err}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
