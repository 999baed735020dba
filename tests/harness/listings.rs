//! Every listing and its kind. A listing's kind is the folder it lives in:
//! `runs/`, `panics/`, `does-not-compile/`, `hangs/`, `rejected-by-miri/` or
//! `benches/`. Each is a `[[bin]]` of the listings package named after its
//! file, so `cargo run --bin NAME` runs it; a does-not-compile listing
//! requires the `does-not-compile` feature so that an ordinary build never
//! tries it. A benchmark is a `[[bench]]` instead (with `harness = false`,
//! criterion's own `main`), so `cargo bench --bench NAME` runs it.

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
    /// A criterion benchmark: it builds without a warning and runs each of
    /// its benchmarks once in criterion's test mode. Its timings are not
    /// compared with anything (the Costs chapter's tables come from
    /// `tools/costs-report`).
    Benchmark,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Runs,
        Kind::Panics,
        Kind::DoesNotCompile,
        Kind::Hangs,
        Kind::RejectedByMiri,
        Kind::Benchmark,
    ];

    /// The folder of the listings package that holds this kind.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Runs => "runs",
            Kind::Panics => "panics",
            Kind::DoesNotCompile => "does-not-compile",
            Kind::Hangs => "hangs",
            Kind::RejectedByMiri => "rejected-by-miri",
            Kind::Benchmark => "benches",
        }
    }

    /// The expected-output file that sits beside each listing of this kind:
    /// stdout for programs that run (or run until they block), stderr for a
    /// panic message or a compiler diagnostic. A benchmark has none: what it
    /// prints is timings, which differ from run to run.
    pub fn expected_extension(self) -> Option<&'static str> {
        match self {
            Kind::Runs | Kind::Hangs => Some("stdout"),
            Kind::Panics | Kind::DoesNotCompile | Kind::RejectedByMiri => Some("stderr"),
            Kind::Benchmark => None,
        }
    }

    /// The rustdoc fence attribute a chapter must give a listing of this kind.
    pub fn fence_attribute(self) -> Option<&'static str> {
        match self {
            Kind::Runs => None,
            Kind::Panics => Some("should_panic"),
            Kind::DoesNotCompile => Some("compile_fail"),
            // Never run undefined behaviour outside Miri, not even in rustdoc;
            // a benchmark runs for minutes.
            Kind::Hangs | Kind::RejectedByMiri | Kind::Benchmark => Some("no_run"),
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
    /// The expected-output file of a kind that has one (every kind but
    /// [`Kind::Benchmark`]).
    pub fn expected_output(&self) -> PathBuf {
        let extension = self.kind.expected_extension();
        self.source
            .with_extension(extension.expect("a benchmark has no expected output"))
    }

    /// The command the book shows a reader for this listing (a Miri run
    /// names the nightly pinned at the workspace root).
    pub fn command(&self) -> String {
        static NIGHTLY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let nightly =
            NIGHTLY.get_or_init(|| crate::directives::pinned_nightly(&crate::workspace_root()));
        crate::directives::command(self.kind.folder(), &self.package, &self.name, nightly)
    }
}

/// Finds every listing file in the kind folders of each listings package and
/// checks that its package declares it as a binary (a benchmark, in
/// `benches/`) of the right shape. Returns the well-declared listings and
/// every problem found.
pub fn discover(project: &Project) -> (Vec<Listing>, Vec<String>) {
    let targets = match crate::cargo::targets(project) {
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
                let bench = kind == Kind::Benchmark;
                let target = targets.iter().find(|target| {
                    target.package == package && target.name == name && target.bench == bench
                });
                let Some(target) = target else {
                    problems.push(if bench {
                        format!(
                            "{shown}: not a benchmark of package `{package}`; add a [[bench]] named `{name}` with this path and `harness = false`"
                        )
                    } else {
                        format!(
                            "{shown}: not a binary of package `{package}`; add a [[bin]] named `{name}` with this path"
                        )
                    });
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
                    // Canonical, so a chapter's include can be compared with it.
                    source: source.canonicalize().unwrap_or(source),
                    edition: target.edition.clone(),
                });
            }
        }
    }
    for target in &targets {
        let kinds: Vec<Kind> = Kind::ALL
            .into_iter()
            .filter(|kind| (*kind == Kind::Benchmark) == target.bench)
            .collect();
        let in_kind_folder = kinds
            .iter()
            .any(|kind| target.source.parent() == Some(&target.package_dir.join(kind.folder())));
        if !in_kind_folder {
            let what = if target.bench { "benchmark" } else { "binary" };
            problems.push(format!(
                "{what} `{}` ({}) is not in a kind folder ({})",
                target.name,
                project.shown(&target.source),
                kinds
                    .into_iter()
                    .map(Kind::folder)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    (declared, problems)
}
