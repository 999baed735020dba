//! Prepares two kinds of doctests:
//! - the Rust blocks of README.md and ARCHITECTURE.md, through skeptic;
//! - the book's chapters with every include expanded as mdBook expands it,
//!   written to OUT_DIR and attached to `chapters::*` as doc comments, so
//!   rustdoc tests each fence with its `compile_fail`, `should_panic` or
//!   `no_run` annotation. A fence that shows the same program with the same
//!   annotation as one before it (a listing shown in parts: each part hides
//!   the rest of the same file) becomes `text` there, since rustdoc would
//!   only compile that program again. A `compile_fail` fence is tested
//!   only on nightly (`.ci/run`'s `cargo +NIGHTLY test --doc`), where
//!   rustdoc checks its error code: on stable rustdoc checks only that it
//!   fails, which `cargo test --test book` (`does-not-compile::NAME`) already
//!   proves with the exact codes and diagnostic, so there it is `text`.

use book_markdown as markdown;
use std::collections::HashSet;
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
    let mut tested = HashSet::new();
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let nightly = std::process::Command::new(rustc)
        .arg("-V")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).contains("-nightly"));
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
        std::fs::write(
            &file,
            test_each_program_once(&expanded, &mut tested, nightly),
        )
        .unwrap();
        writeln!(
            modules,
            "#[doc = include_str!({:?})]\npub mod {ident} {{}}",
            file.display().to_string()
        )
        .unwrap();
    }
    std::fs::write(out.join("chapters.rs"), modules).unwrap();
}

/// `text` with each top-level Rust fence whose program (hidden lines shown,
/// as rustdoc compiles it) and annotation were already in `tested` turned
/// into a `text` fence, and (unless `nightly`) each `compile_fail` one; the
/// others are added to `tested`.
fn test_each_program_once(
    text: &str,
    tested: &mut HashSet<(String, String)>,
    nightly: bool,
) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = lines.iter().map(|line| line.to_string()).collect();
    let mut index = 0;
    while index < lines.len() {
        let Some(info) = lines[index].strip_prefix("```") else {
            index += 1;
            continue;
        };
        let end = (index + 1..lines.len())
            .find(|&at| lines[at].trim_end() == "```")
            .unwrap_or(lines.len());
        let fence = markdown::Fence {
            line: index + 1,
            info: info.trim().to_string(),
            body: Vec::new(),
        };
        if !nightly && fence.tokens().contains(&"compile_fail") {
            out[index] = "```text".to_string();
        } else if !fence.info.is_empty() && fence.is_rust() {
            let program: String = lines[index + 1..end]
                .iter()
                .map(|line| {
                    let hidden = line.trim_start();
                    if hidden == "#" {
                        ""
                    } else {
                        hidden.strip_prefix("# ").unwrap_or(line)
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            if !tested.insert((fence.info.clone(), program)) {
                out[index] = "```text".to_string();
            }
        }
        index = end + 1;
    }
    let mut joined = out.join("\n");
    joined.push('\n');
    joined
}
