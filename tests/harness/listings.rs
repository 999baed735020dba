//! Every listing and its kind. A listing's kind is the folder it lives in:
//! `runs/`, `panics/`, `does-not-compile/`, `hangs/` or `rejected-by-miri/`. Each is a `[[bin]]`
//! of the listings package named after its file, so `cargo run --bin NAME`
//! runs it; a does-not-compile listing requires the `does-not-compile` feature
//! so that an ordinary build never tries it.

use crate::Project;
use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Runs,
    Panics,
    DoesNotCompile,
    Hangs,
    /// Compiles and may even appear to work, but has undefined behaviour that
    /// Miri reports.
    RejectedByMiri,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Runs,
        Kind::Panics,
        Kind::DoesNotCompile,
        Kind::Hangs,
        Kind::RejectedByMiri,
    ];

    /// The folder of the listings package that holds this kind.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Runs => "runs",
            Kind::Panics => "panics",
            Kind::DoesNotCompile => "does-not-compile",
            Kind::Hangs => "hangs",
            Kind::RejectedByMiri => "rejected-by-miri",
        }
    }

    /// The expected-output file that sits beside each listing of this kind:
    /// stdout for programs that run (or run until they block), stderr for a
    /// panic message or a compiler diagnostic.
    pub fn expected_extension(self) -> &'static str {
        match self {
            Kind::Runs | Kind::Hangs => "stdout",
            Kind::Panics | Kind::DoesNotCompile | Kind::RejectedByMiri => "stderr",
        }
    }

    /// The rustdoc fence attribute a chapter must give a listing of this kind.
    pub fn fence_attribute(self) -> Option<&'static str> {
        match self {
            Kind::Runs => None,
            Kind::Panics => Some("should_panic"),
            Kind::DoesNotCompile => Some("compile_fail"),
            // Never run undefined behaviour outside Miri, not even in rustdoc.
            Kind::Hangs | Kind::RejectedByMiri => Some("no_run"),
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.folder())
    }
}

/// The feature a does-not-compile listing requires.
pub const DOES_NOT_COMPILE_FEATURE: &str = "does-not-compile";

#[derive(Debug, Clone)]
pub struct Listing {
    /// The listings package it belongs to (`listings`, or one per edition).
    pub package: String,
    pub name: String,
    pub kind: Kind,
    pub source: PathBuf,
    /// The edition it compiles with; the book's fence must say the same.
    pub edition: String,
}

impl Listing {
    pub fn expected_output(&self) -> PathBuf {
        self.source.with_extension(self.kind.expected_extension())
    }

    /// The command the book shows a reader for this listing.
    pub fn command(&self) -> String {
        let package = &self.package;
        match self.kind {
            Kind::DoesNotCompile => format!(
                "cargo build -p {package} --features {DOES_NOT_COMPILE_FEATURE} --bin {}",
                self.name
            ),
            Kind::RejectedByMiri => {
                format!("cargo +nightly miri run -p {package} --bin {}", self.name)
            }
            _ => format!("cargo run -p {package} --bin {}", self.name),
        }
    }
}

/// Finds every listing file in the kind folders of each listings package and
/// checks that its package declares it as a binary of the right shape.
/// Returns the well-declared listings and every problem found.
pub fn discover(project: &Project) -> (Vec<Listing>, Vec<String>) {
    let targets = match crate::cargo::bin_targets(project) {
        Ok(targets) => targets,
        Err(error) => return (Vec::new(), vec![error]),
    };
    let mut packages: Vec<(&str, &PathBuf)> = targets
        .iter()
        .map(|target| (target.package.as_str(), &target.package_dir))
        .collect();
    packages.sort();
    packages.dedup();

    let mut problems = Vec::new();
    let mut declared: Vec<Listing> = Vec::new();
    for (package, dir) in packages {
        for kind in Kind::ALL {
            let Ok(entries) = std::fs::read_dir(dir.join(kind.folder())) else {
                continue;
            };
            let mut files: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
            files.sort();
            for source in files
                .into_iter()
                .filter(|path| path.extension().is_some_and(|e| e == "rs"))
            {
                let name = source.file_stem().unwrap().to_string_lossy().into_owned();
                let shown = project.shown(&source);
                let target = targets
                    .iter()
                    .find(|target| target.package == package && target.name == name);
                let Some(target) = target else {
                    problems.push(format!(
                        "{shown}: not a binary of package `{package}`; add a [[bin]] named `{name}` with this path"
                    ));
                    continue;
                };
                if target.source != source {
                    problems.push(format!(
                        "{shown}: the [[bin]] named `{name}` points at {} instead",
                        project.shown(&target.source)
                    ));
                    continue;
                }
                let wants_feature = kind == Kind::DoesNotCompile;
                let has_feature = target
                    .required_features
                    .iter()
                    .any(|f| f == DOES_NOT_COMPILE_FEATURE);
                if wants_feature != has_feature {
                    let wanted = if wants_feature {
                        "[\"does-not-compile\"]"
                    } else {
                        "empty"
                    };
                    problems.push(format!(
                        "{shown}: required-features must be {wanted} for a {kind} listing"
                    ));
                    continue;
                }
                if declared.iter().any(|listing| listing.name == name) {
                    problems.push(format!("{shown}: another listing is also named `{name}`"));
                    continue;
                }
                declared.push(Listing {
                    package: package.to_string(),
                    name,
                    kind,
                    source,
                    edition: target.edition.clone(),
                });
            }
        }
    }
    for target in &targets {
        let in_kind_folder = Kind::ALL
            .iter()
            .any(|kind| target.source.parent() == Some(&target.package_dir.join(kind.folder())));
        if !in_kind_folder {
            problems.push(format!(
                "binary `{}` ({}) is not in a kind folder ({})",
                target.name,
                project.shown(&target.source),
                Kind::ALL.map(Kind::folder).join(", ")
            ));
        }
    }
    (declared, problems)
}
