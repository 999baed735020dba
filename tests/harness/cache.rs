//! What the compiler said about each does-not-compile listing, kept between
//! runs. Cargo never caches a failed build, so without this every `cargo
//! test` would compile those listings again. An entry is keyed by everything
//! the diagnostic depends on: the listing's source, its package's manifest,
//! the workspace manifest and lock file, `RUSTFLAGS`, and the compiler
//! (`rustc -vV`). Entries live in `target/diagnostics-cache/`; deleting the
//! folder is always safe.

use crate::Project;
use crate::cargo::Diagnostics;
use crate::listings::Listing;
use serde_json::{Value, json};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn compiler() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
        std::process::Command::new(rustc)
            .arg("-vV")
            .output()
            .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
            .unwrap_or_default()
    })
}

/// The manifest of the package whose folder holds `source`.
fn manifest_of(source: &Path) -> Option<PathBuf> {
    source
        .ancestors()
        .skip(1)
        .map(|dir| dir.join("Cargo.toml"))
        .find(|manifest| manifest.exists())
}

/// The file in `target/FOLDER/` an entry for `listing` would have: a hash
/// of `extra` (what else the result depends on), the listing's name and
/// package, and the files it is built from; `None` if one of them cannot be
/// read (then it is not cached).
fn entry_in(folder: &str, root: &Path, listing: &Listing, extra: &[&str]) -> Option<PathBuf> {
    let mut hasher = DefaultHasher::new();
    extra.hash(&mut hasher);
    listing.package.hash(&mut hasher);
    listing.name.hash(&mut hasher);
    let inputs = [
        listing.source.clone(),
        manifest_of(&listing.source)?,
        root.join("Cargo.toml"),
        root.join("Cargo.lock"),
    ];
    for input in inputs {
        std::fs::read(input).ok()?.hash(&mut hasher);
    }
    let dir = root.join("target").join(folder);
    Some(dir.join(format!("{}-{:016x}.json", listing.name, hasher.finish())))
}

/// Writes `value` to `file` whole, then renames it: a reader never sees half
/// an entry.
fn write_entry(file: &Path, value: &Value) {
    if let Some(dir) = file.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let partial = file.with_extension(format!("{}.partial", std::process::id()));
    if std::fs::write(&partial, value.to_string()).is_ok() {
        let _ = std::fs::rename(&partial, file);
    }
}

/// The file a diagnostics entry for `listing` would have.
fn entry(project: &Project, listing: &Listing) -> Option<PathBuf> {
    let rustflags = std::env::var("RUSTFLAGS").unwrap_or_default();
    entry_in(
        "diagnostics-cache",
        &project.root,
        listing,
        &[compiler(), &rustflags],
    )
}

/// The cached diagnostics of `listing`, if its inputs have not changed.
pub fn load(project: &Project, listing: &Listing) -> Option<Diagnostics> {
    let text = std::fs::read_to_string(entry(project, listing)?).ok()?;
    let value: Value = serde_json::from_str(&text).ok()?;
    let strings = |key: &str| -> Option<Vec<String>> {
        value[key]
            .as_array()?
            .iter()
            .map(|item| item.as_str().map(String::from))
            .collect()
    };
    Some(Diagnostics {
        rendered: value["rendered"].as_str()?.to_string(),
        error_codes: strings("error_codes")?,
        uncoded_errors: strings("uncoded_errors")?,
        compiled: false,
    })
}

/// Keeps what the compiler said about `listing`. Only a failed build is
/// kept: a build that succeeded is cargo's to cache.
pub fn store(project: &Project, listing: &Listing, said: &Diagnostics) {
    if said.compiled || said.rendered.is_empty() {
        return;
    }
    let Some(file) = entry(project, listing) else {
        return;
    };
    let value = json!({
        "rendered": said.rendered,
        "error_codes": said.error_codes,
        "uncoded_errors": said.uncoded_errors,
    });
    write_entry(&file, &value);
}

/// What Miri did with a listing (exit code, normalised stdout and stderr),
/// kept between runs like the diagnostics above: Miri interprets the whole
/// program on every run, and its run is deterministic (fixed seed), so the
/// same inputs give the same report. The key adds the pinned nightly's
/// release line (checked by `nightly::pinned` before any Miri run) and the
/// `MIRIFLAGS` of the run. With no release line (the drift report's
/// "latest nightly"), nothing is cached.
pub type MiriRun = (Option<i32>, String, String);

fn miri_entry(listing: &Listing, release: Option<&str>, miriflags: &str) -> Option<PathBuf> {
    entry_in(
        "miri-cache",
        &crate::workspace_root(),
        listing,
        &["miri", release?, miriflags],
    )
}

/// The cached Miri run of `listing`, if none of its inputs changed.
pub fn load_miri(listing: &Listing, release: Option<&str>, miriflags: &str) -> Option<MiriRun> {
    let text = std::fs::read_to_string(miri_entry(listing, release, miriflags)?).ok()?;
    let value: Value = serde_json::from_str(&text).ok()?;
    let code = match &value["code"] {
        Value::Null => None,
        code => Some(i32::try_from(code.as_i64()?).ok()?),
    };
    Some((
        code,
        value["stdout"].as_str()?.to_string(),
        value["stderr"].as_str()?.to_string(),
    ))
}

/// Keeps a Miri run that ended by itself (a run killed by a signal is not
/// kept).
pub fn store_miri(listing: &Listing, release: Option<&str>, miriflags: &str, run: &MiriRun) {
    if run.0.is_none() {
        return;
    }
    let Some(file) = miri_entry(listing, release, miriflags) else {
        return;
    };
    let value = json!({ "code": run.0, "stdout": run.1, "stderr": run.2 });
    write_entry(&file, &value);
}
