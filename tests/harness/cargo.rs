//! Runs cargo on the listings package and reads its JSON messages.

use crate::Project;
use crate::listings::DOES_NOT_COMPILE_FEATURE;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn cargo(project: &Project) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(&project.root);
    command
}

fn json_lines(stdout: &[u8]) -> impl Iterator<Item = Value> + '_ {
    stdout
        .split(|byte| *byte == b'\n')
        .filter_map(|line| serde_json::from_slice(line).ok())
}

/// A `[[bin]]` or `[[bench]]` target of a listings package.
pub struct Target {
    /// The package that declares it, and that package's folder.
    pub package: String,
    pub package_dir: PathBuf,
    pub name: String,
    /// A `[[bench]]` (a benchmark listing) rather than a `[[bin]]`.
    pub bench: bool,
    /// The edition the listing compiles with (`[[bin]] edition = ...`).
    pub edition: String,
    pub source: PathBuf,
    pub required_features: Vec<String>,
}

/// The binaries and benchmarks of every listings package: each workspace
/// member whose manifest sits below `project.listings_dir`.
pub fn targets(project: &Project) -> Result<Vec<Target>, String> {
    let output = cargo(project)
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--offline",
        ])
        .output()
        .map_err(|error| format!("cannot run cargo metadata: {error}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let metadata: Value = serde_json::from_slice(&output.stdout).map_err(|e| e.to_string())?;
    let mut targets = Vec::new();
    for package in metadata["packages"].as_array().into_iter().flatten() {
        let manifest = PathBuf::from(package["manifest_path"].as_str().unwrap_or_default());
        let package_dir = manifest.parent().unwrap_or(&manifest).to_path_buf();
        if !package_dir.starts_with(&project.listings_dir) {
            continue;
        }
        let has_kind = |target: &Value, wanted: &str| {
            target["kind"]
                .as_array()
                .is_some_and(|kinds| kinds.iter().any(|k| k == wanted))
        };
        let bins_and_benches = package["targets"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|target| has_kind(target, "bin") || has_kind(target, "bench"))
            // A package's `default-run` binary is its own program (the
            // exercises' checker), not a listing.
            .filter(|target| package["default_run"].as_str() != target["name"].as_str());
        for target in bins_and_benches {
            targets.push(Target {
                package: package["name"].as_str().unwrap_or_default().to_string(),
                package_dir: package_dir.clone(),
                name: target["name"].as_str().unwrap_or_default().to_string(),
                bench: has_kind(target, "bench"),
                edition: target["edition"].as_str().unwrap_or_default().to_string(),
                source: PathBuf::from(target["src_path"].as_str().unwrap_or_default()),
                required_features: target["required-features"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|feature| feature.as_str().map(String::from))
                    .collect(),
            });
        }
    }
    if targets.is_empty() {
        return Err(format!(
            "no listings package below {}",
            project.shown(&project.listings_dir)
        ));
    }
    Ok(targets)
}

/// The names of the listings packages, each once.
pub fn packages(listings: &[crate::listings::Listing]) -> Vec<String> {
    let mut names: Vec<String> = listings.iter().map(|l| l.package.clone()).collect();
    names.sort();
    names.dedup();
    names
}

/// Builds every listing that should compile (all of them, even when one
/// fails) and returns, per listing, its executable, or what the compiler said
/// if it failed or warned: a listing the book shows builds clean. Benchmarks
/// are built like the rest (named one by one: `--benches` would build every
/// binary as a benchmark too), in the dev profile, which is all their test
/// mode needs.
pub fn build_runnable(
    project: &Project,
    listings: &[crate::listings::Listing],
) -> Result<BTreeMap<String, Result<PathBuf, String>>, String> {
    let mut command = cargo(project);
    command.args([
        "build",
        "--quiet",
        "--keep-going",
        "--message-format=json",
        "--bins",
    ]);
    for package in packages(listings) {
        command.args(["-p", &package]);
    }
    for listing in listings {
        if listing.kind == crate::listings::Kind::Benchmark {
            command.args(["--bench", &listing.name]);
        }
    }
    let output = command
        .stderr(Stdio::inherit())
        .output()
        .map_err(|error| format!("cannot run cargo build: {error}"))?;
    let mut executables = BTreeMap::new();
    let mut said: BTreeMap<String, String> = BTreeMap::new();
    let mut elsewhere = String::new();
    for message in json_lines(&output.stdout) {
        let target = message["target"]["name"].as_str().unwrap_or_default();
        let ours = message["manifest_path"]
            .as_str()
            .is_some_and(|manifest| Path::new(manifest).starts_with(&project.listings_dir));
        match message["reason"].as_str() {
            Some("compiler-artifact") => {
                if let Some(exe) = message["executable"].as_str() {
                    executables.insert(target.to_string(), PathBuf::from(exe));
                }
            }
            Some("compiler-message") => {
                let rendered = message["message"]["rendered"].as_str().unwrap_or_default();
                if ours {
                    said.entry(target.to_string())
                        .or_default()
                        .push_str(rendered);
                } else {
                    elsewhere.push_str(rendered);
                }
            }
            _ => {}
        }
    }
    if !output.status.success() && said.is_empty() {
        return Err(format!(
            "`cargo build` failed before it reached the listings:\n{elsewhere}"
        ));
    }
    let mut built: BTreeMap<String, Result<PathBuf, String>> = executables
        .into_iter()
        .map(|(name, exe)| (name, Ok(exe)))
        .collect();
    for (name, diagnostics) in said {
        built.insert(
            name,
            Err(format!(
                "it must build without an error or a warning; the compiler said:\n{diagnostics}"
            )),
        );
    }
    Ok(built)
}

/// What the compiler said about one listing that must not compile.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    /// Every message as the compiler rendered it, in order.
    pub rendered: String,
    /// The codes of the errors (`E0502`), or the lint's name for a lint denied
    /// into an error.
    pub error_codes: Vec<String>,
    /// Errors that carry no code, other than the closing summary.
    pub uncoded_errors: Vec<String>,
    /// True if cargo produced a binary: the listing compiled.
    pub compiled: bool,
}

/// Compiles each named does-not-compile listing (one cargo run, all of them
/// but those [`crate::cache`] still holds) and returns what the compiler said
/// about each.
pub fn diagnose(
    project: &Project,
    failing: &[crate::listings::Listing],
) -> Result<BTreeMap<String, Diagnostics>, String> {
    let mut cached = BTreeMap::new();
    let mut to_compile = Vec::new();
    for listing in failing {
        match crate::cache::load(project, listing) {
            Some(said) => {
                cached.insert(listing.name.clone(), said);
            }
            None => to_compile.push(listing.clone()),
        }
    }
    let mut found = compile_failing(project, &to_compile)?;
    for listing in &to_compile {
        crate::cache::store(project, listing, &found[&listing.name]);
    }
    found.append(&mut cached);
    Ok(found)
}

/// [`diagnose`] without the cache.
fn compile_failing(
    project: &Project,
    failing: &[crate::listings::Listing],
) -> Result<BTreeMap<String, Diagnostics>, String> {
    let names: Vec<String> = failing.iter().map(|listing| listing.name.clone()).collect();
    let mut found: BTreeMap<String, Diagnostics> = names
        .iter()
        .map(|name| (name.clone(), Diagnostics::default()))
        .collect();
    if names.is_empty() {
        return Ok(found);
    }
    let mut command = cargo(project);
    command.args(["build", "--quiet", "--keep-going", "--message-format=json"]);
    for package in packages(failing) {
        command.args(["-p", &package]);
        command.args([
            "--features",
            &format!("{package}/{DOES_NOT_COMPILE_FEATURE}"),
        ]);
    }
    for name in &names {
        command.args(["--bin", name]);
    }
    let output = command
        .output()
        .map_err(|error| format!("cannot run cargo build: {error}"))?;
    for message in json_lines(&output.stdout) {
        let Some(name) = message["target"]["name"].as_str() else {
            continue;
        };
        let Some(entry) = found.get_mut(name) else {
            continue;
        };
        match message["reason"].as_str() {
            Some("compiler-artifact") => entry.compiled = true,
            Some("compiler-message") => {
                let diagnostic = &message["message"];
                entry
                    .rendered
                    .push_str(diagnostic["rendered"].as_str().unwrap_or_default());
                if diagnostic["level"] == "error" {
                    let text = diagnostic["message"].as_str().unwrap_or_default();
                    match diagnostic["code"]["code"].as_str() {
                        Some(code) => entry.error_codes.push(code.to_string()),
                        None if text.starts_with("aborting due to") => {}
                        None => entry.uncoded_errors.push(text.to_string()),
                    }
                }
            }
            _ => {}
        }
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("error: failed to") || stderr.contains("error: no bin target") {
        return Err(format!("cargo could not try the listings:\n{stderr}"));
    }
    Ok(found)
}
