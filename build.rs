//! Prepares two kinds of doctests:
//! - the Rust blocks of README.md and ARCHITECTURE.md, through skeptic;
//! - the book's chapters with every include expanded as mdBook expands it,
//!   written to OUT_DIR and attached to `chapters::*` as doc comments, so
//!   rustdoc tests each fence with its `compile_fail`, `should_panic` or
//!   `no_run` annotation.

use book_markdown as markdown;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    skeptic::generate_doc_tests(&["README.md", "ARCHITECTURE.md"]);

    println!("cargo::rerun-if-changed=src");
    println!("cargo::rerun-if-changed=listings");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    let src = Path::new("src");
    let summary = std::fs::read_to_string(src.join("SUMMARY.md")).expect("src/SUMMARY.md");
    let mut modules = String::new();
    for chapter in markdown::summary_chapters(&summary) {
        let path = src.join(&chapter);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        // A broken include becomes text that fails as a doctest and names the
        // problem; `cargo test --test book` explains it in full.
        let expanded = markdown::expand(&text, path.parent().unwrap())
            .unwrap_or_else(|error| format!("```rust\ncompile_error!({error:?});\n```\n"));
        let ident: String = chapter
            .trim_end_matches(".md")
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let file = out.join(format!("chapter_{ident}.md"));
        std::fs::write(&file, expanded).unwrap();
        writeln!(
            modules,
            "#[doc = include_str!({:?})]\npub mod {ident} {{}}",
            file.display().to_string()
        )
        .unwrap();
    }
    std::fs::write(out.join("chapters.rs"), modules).unwrap();
}
