//! Every file the chapter includes, rendered from the results, and the
//! check that the committed files are exactly that.

use crate::model::Results;
use crate::tables::{self, GENERATED};
use crate::{claims, plot};
use std::path::Path;

/// The results file, relative to the chapter's folder `src/costs/`.
pub const RESULTS_FILE: &str = "data/results.json";

/// Each generated file of `src/costs/` and its content.
pub fn render_all(results: &Results) -> Result<Vec<(&'static str, String)>, String> {
    let md = |text: String| format!("{GENERATED}{text}");
    Ok(vec![
        ("machine.md", md(tables::machine(results)?)),
        ("floor.md", md(tables::floor(results)?)),
        ("read.md", md(tables::read(results)?)),
        ("write.md", md(tables::write(results)?)),
        ("increment.md", md(tables::increment(results)?)),
        ("clone.md", md(tables::clone(results)?)),
        ("contended.md", md(tables::contended(results)?)),
        ("more-threads.md", md(tables::new_sweeps(results)?)),
        ("false-sharing.md", md(tables::false_sharing(results)?)),
        ("contended.svg", plot::contended(results)?),
    ])
}

/// Reads `costs_dir/data/results.json`.
pub fn load(costs_dir: &Path) -> Result<Results, String> {
    let path = costs_dir.join(RESULTS_FILE);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Results::from_json(&text)
}

/// Re-renders the committed results and compares every file with the one
/// in `costs_dir`, byte for byte.
pub fn rerender_matches(costs_dir: &Path) -> Vec<String> {
    let results = match load(costs_dir) {
        Ok(results) => results,
        Err(error) => return vec![error],
    };
    let rendered = match render_all(&results) {
        Ok(rendered) => rendered,
        Err(error) => return vec![format!("the committed results do not render: {error}")],
    };
    let mut problems = Vec::new();
    for (name, text) in rendered {
        let path = costs_dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(committed) if committed == text => {}
            Ok(committed) => {
                let line = committed
                    .lines()
                    .zip(text.lines())
                    .position(|(a, b)| a != b)
                    .map_or(committed.lines().count().min(text.lines().count()), |n| n)
                    + 1;
                problems.push(format!(
                    "{}: differs from what the committed results render (first at line {line}); \
                     a table is never edited by hand: rerun `cargo run -p costs-report -- --tables-only`",
                    path.display()
                ));
            }
            Err(e) => problems.push(format!("cannot read {}: {e}", path.display())),
        }
    }
    problems
}

/// Every `#anchor` the chapter links to that names a generated row exists
/// in the generated files.
pub fn linked_rows_exist(chapter: &str, costs_dir: &Path) -> Vec<String> {
    let mut generated = String::new();
    for entry in std::fs::read_dir(costs_dir).into_iter().flatten().flatten() {
        if entry.path().extension().is_some_and(|e| e == "md") {
            generated += &std::fs::read_to_string(entry.path()).unwrap_or_default();
        }
    }
    let mut problems = Vec::new();
    let mut rest = chapter;
    while let Some(at) = rest.find("](#") {
        rest = &rest[at + 3..];
        let anchor = &rest[..rest.find(')').unwrap_or(rest.len())];
        let is_row = [
            "read-",
            "write-",
            "increment-",
            "clone-",
            "floor-",
            "contended-",
            "counter-",
            "once-",
            "snapshot-",
            "false-sharing-",
        ]
        .iter()
        .any(|prefix| anchor.starts_with(prefix));
        if is_row && !generated.contains(&format!("<a id=\"{anchor}\"></a>")) {
            problems.push(format!(
                "the chapter links to the row `#{anchor}`, which no generated table has"
            ));
        }
    }
    problems
}

/// The claims of the prose, over the committed results.
pub fn claims_hold(chapter: &str, costs_dir: &Path) -> Vec<String> {
    match load(costs_dir) {
        Ok(results) => claims::check(&results, chapter),
        Err(error) => vec![error],
    }
}
