//! Which listing each fence of the book shows, read once for the features
//! that need more than the fence: questions and the symptom index.

use std::path::{Component, Path, PathBuf};

/// One listing fence of a chapter.
pub struct Shown {
    /// The listing's name (its file stem), without the part's anchor.
    pub name: String,
    pub folder: String,
    /// The chapter's path, relative to `src/`.
    pub chapter: String,
    /// The include path as the chapter writes it (`../listings/...`).
    pub include: String,
    /// The listing's file, on disk.
    pub file: PathBuf,
    /// The caption's text, if the fence has one.
    pub caption: Option<String>,
}

/// `path` with `..` and `.` folded away (no file system access).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

impl Shown {
    /// A snapshot beside the listing (`stdout`, `stderr`, `fix`), if it
    /// exists: its include path as the chapter would write it, and its text.
    pub fn sidecar(&self, extension: &str) -> Option<(String, String)> {
        let text = std::fs::read_to_string(self.file.with_extension(extension)).ok()?;
        let include = Path::new(&self.include)
            .with_extension(extension)
            .to_string_lossy()
            .into_owned();
        Some((include, text))
    }

    /// The Cargo package the listing belongs to: the `name` in the
    /// `Cargo.toml` above its kind folder.
    pub fn package(&self) -> String {
        let manifest = self
            .file
            .parent()
            .and_then(Path::parent)
            .map(|dir| dir.join("Cargo.toml"));
        manifest
            .and_then(|manifest| std::fs::read_to_string(manifest).ok())
            .and_then(|text| crate::directives::toml_value(&text, "name"))
            .unwrap_or_else(|| "listings".into())
    }
}
