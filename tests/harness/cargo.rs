//! Runs cargo on the listings package and reads its JSON messages.

use crate::Project;
use crate::listings::DOES_NOT_COMPILE_FEATURE;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;
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

pub struct BinTarget {
    pub name: String,
    pub source: PathBuf,
    pub required_features: Vec<String>,
}

/// The binaries the listings package declares.
pub fn bin_targets(project: &Project) -> Result<Vec<BinTarget>, String> {
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
    let package = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|package| package["name"] == project.package.as_str())
        .ok_or_else(|| format!("no package `{}` in the workspace", project.package))?;
    Ok(package["targets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|target| {
            target["kind"]
                .as_array()
                .is_some_and(|kinds| kinds.iter().any(|k| k == "bin"))
        })
        .map(|target| BinTarget {
            name: target["name"].as_str().unwrap_or_default().to_string(),
            source: PathBuf::from(target["src_path"].as_str().unwrap_or_default()),
            required_features: target["required-features"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|feature| feature.as_str().map(String::from))
                .collect(),
        })
        .collect())
}

/// Builds every listing that should compile and returns each executable by
/// name. A warning is a failure too: a listing the book shows builds clean.
pub fn build_runnable(project: &Project) -> Result<BTreeMap<String, PathBuf>, String> {
    let output = cargo(project)
        .args([
            "build",
            "--quiet",
            "--message-format=json",
            "--bins",
            "-p",
            &project.package,
        ])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|error| format!("cannot run cargo build: {error}"))?;
    let mut executables = BTreeMap::new();
    let mut diagnostics = String::new();
    for message in json_lines(&output.stdout) {
        match message["reason"].as_str() {
            Some("compiler-artifact") => {
                if let (Some(name), Some(exe)) = (
                    message["target"]["name"].as_str(),
                    message["executable"].as_str(),
                ) {
                    executables.insert(name.to_string(), PathBuf::from(exe));
                }
            }
            Some("compiler-message") => {
                diagnostics.push_str(message["message"]["rendered"].as_str().unwrap_or_default());
            }
            _ => {}
        }
    }
    if !output.status.success() || !diagnostics.is_empty() {
        return Err(format!(
            "`cargo build -p {}` must succeed without a warning; it said:\n{diagnostics}",
            project.package
        ));
    }
    Ok(executables)
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

/// Compiles each named does-not-compile listing (one cargo run, all of them)
/// and returns what the compiler said about each.
pub fn diagnose(
    project: &Project,
    names: &[String],
) -> Result<BTreeMap<String, Diagnostics>, String> {
    let mut found: BTreeMap<String, Diagnostics> = names
        .iter()
        .map(|name| (name.clone(), Diagnostics::default()))
        .collect();
    if names.is_empty() {
        return Ok(found);
    }
    let mut command = cargo(project);
    command.args([
        "build",
        "--quiet",
        "--keep-going",
        "--message-format=json",
        "-p",
        &project.package,
        "--features",
        DOES_NOT_COMPILE_FEATURE,
    ]);
    for name in names {
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
