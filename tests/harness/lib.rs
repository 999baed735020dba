//! Test support for the book. Nothing here is shown to readers.
//!
//! - [`markdown`]: fences, include directives and anchors, as mdBook reads them.
//! - [`nightly`]: the pinned nightly that Miri runs on, set up once.
//! - [`listings`]: finds every listing and its kind (the folder it lives in).
//! - [`cargo`]: builds the listings and collects what the compiler said.
//! - [`cache`]: keeps the diagnostics of failed builds between runs.
//! - [`blocked`]: whether a hanging process is blocked for good (Linux).
//! - [`verdict`]: decides whether one listing did what its kind promises.
//! - [`book`]: the checks of the book as a whole ([`accuracy`]: issue 11's rules).
//! - [`directives`]: the book's own directives (questions, diagrams, the
//!   symptom index, provenance) and `.fix` sidecars, shared with the
//!   preprocessor.
//! - [`questions`], [`fixes`], [`diagrams`], [`provenance`]: the checks of
//!   the reader features built on them.
//! - [`method_tables`]: every stable method of the book's types has a row
//!   in a `## Methods at a glance` table, linked to a listing that calls it.
//! - [`theme`]: `theme/book.js` is mdBook's plus one marked change.
//! - [`suite`]: all of the above as named checks, for a test runner.
//!
//! The crate's doc comments are the book's chapters with their includes
//! expanded (see `build.rs`), so `cargo test --doc` tests every fence the way
//! rustdoc reads it: `compile_fail`, `should_panic` and `no_run` included.

pub mod accuracy;
pub use process_blocked as blocked;
pub mod book;
pub mod cache;
pub mod cargo;
pub mod diagrams;
pub mod directives;
pub mod fixes;
pub mod listings;
pub mod markdown;
pub mod method_tables;
pub mod nightly;
pub mod provenance;
pub mod questions;
pub mod suite;
pub mod theme;
pub mod verdict;

use std::path::{Path, PathBuf};

/// A book and the Cargo packages that hold its listings.
#[derive(Debug, Clone)]
pub struct Project {
    /// The workspace root; cargo runs here and diagnostics name paths from here.
    pub root: PathBuf,
    /// The folder with `book.toml`.
    pub book_dir: PathBuf,
    /// The folder that holds the listings packages: every workspace member
    /// below it is one (`listings` itself, and one per other edition).
    pub listings_dir: PathBuf,
    /// Rewrite expected-output files from what ran instead of comparing.
    pub bless: bool,
}

impl Project {
    /// The real book at the root of this workspace.
    pub fn book() -> Project {
        let root = workspace_root();
        Project {
            book_dir: root.clone(),
            listings_dir: root.join("listings"),
            bless: std::env::var_os("BLESS").is_some_and(|value| value == "1"),
            root,
        }
    }

    /// The deliberately wrong book and listings that every checker must reject.
    pub fn wrong_fixtures() -> Project {
        let root = workspace_root();
        let fixtures = root.join("tests/fixtures");
        Project {
            book_dir: fixtures.join("wrong-book"),
            listings_dir: fixtures.join("wrong-listings"),
            bless: false,
            root,
        }
    }

    pub fn src(&self) -> PathBuf {
        self.book_dir.join("src")
    }

    /// `path` relative to the workspace root, for messages.
    pub fn shown(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .display()
            .to_string()
    }
}

pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The chapters, with includes expanded, as doc comments for rustdoc.
#[cfg(doctest)]
pub mod chapters {
    include!(concat!(env!("OUT_DIR"), "/chapters.rs"));
}
