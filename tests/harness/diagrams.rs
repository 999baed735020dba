//! The diagrams: each `src/diagrams/NAME.svg` is shown by a
//! `{{#diagram NAME}}` in a chapter (which the preprocessor inlines, so the
//! SVG can take the theme's colours), and each is an accessible, self-contained
//! picture: `role="img"`, a `<title>` and a `<desc>` (the alt text), a
//! `viewBox` (so it scales down to a phone), nothing loaded from outside, no
//! script, and no colour typed in (it takes `currentColor` or the theme's
//! CSS variables, so it reads in all five themes).

use crate::Project;
use crate::book::Chapter;
use crate::directives;

/// The problems of one SVG file's text.
pub fn svg_problems(svg: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (needle, problem) in [
        ("role=\"img\"", "needs role=\"img\" on its <svg>"),
        ("<title", "needs a <title> (its accessible name)"),
        ("<desc", "needs a <desc> (its alt text, what it shows)"),
        ("viewBox=", "needs a viewBox so it scales to the page width"),
    ] {
        if !svg.contains(needle) {
            problems.push(problem.to_string());
        }
    }
    for (needle, problem) in [
        ("<script", "holds a script"),
        ("<image", "loads an image"),
        ("<foreignObject", "holds HTML"),
        ("@import", "imports CSS"),
        ("url(http", "loads something from another host"),
        ("href=\"http", "loads or links something from another host"),
        ("href=\"//", "loads or links something from another host"),
    ] {
        if svg.contains(needle) {
            problems.push(problem.to_string());
        }
    }
    // A typed-in colour would read in one theme only.
    for attribute in ["fill=\"#", "stroke=\"#", "fill:#", "stroke:#", "color=\"#"] {
        if svg.contains(attribute) {
            problems.push(format!(
                "types a colour (`{attribute}...`); use currentColor or a class from theme/reader.css"
            ));
        }
    }
    problems
}

pub fn check_diagrams(
    project: &Project,
    chapters: &[Chapter],
    listings: &[crate::listings::Listing],
) -> Vec<String> {
    let dir = project.src().join("diagrams");
    let mut problems = Vec::new();
    let mut shown: Vec<String> = Vec::new();
    for chapter in chapters {
        for directive in directives::directives(&chapter.text, "diagram") {
            let at = chapter.at(project, directive.line + 1);
            let file = dir.join(format!("{}.svg", directive.argument));
            if !file.exists() {
                problems.push(format!(
                    "{at}: `{{{{#diagram {}}}}}` names no file {}",
                    directive.argument,
                    project.shown(&file)
                ));
            }
            shown.push(directive.argument);
        }
    }
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "svg"))
        .collect();
    files.sort();
    for file in files {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let at = project.shown(&file);
        if !shown.contains(&name) {
            problems.push(format!(
                "{at}: shown in no chapter; add `{{{{#diagram {name}}}}}` where it belongs"
            ));
        }
        let svg = std::fs::read_to_string(&file).unwrap_or_default();
        for problem in svg_problems(&svg) {
            problems.push(format!("{at}: {problem}"));
        }
        for proof in crate::directives::diagram_listings(&svg) {
            if !listings.iter().any(|listing| listing.name == proof) {
                problems.push(format!(
                    "{at}: data-listings names `{proof}`, which is no listing"
                ));
            }
        }
    }
    problems
}
