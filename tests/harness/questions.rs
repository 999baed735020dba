//! `{{#question NAME | WHY}}` (see `directives.rs`) replaces the output
//! block of a listing the chapter shows; the preprocessor renders the output
//! block inside the answer. These checks make sure it can: the directive
//! names a listing shown above it in the same chapter, of a kind a reader
//! can guess, with a reason; and they give the book checks the output
//! block the directive stands for, so the listing's command and snapshots
//! still count as shown.

use crate::Project;
use crate::book::{Chapter, shown_listing};
use crate::directives;
use crate::listings::{Kind, Listing};
use crate::markdown;

/// The output blocks the chapter's questions reveal, as Markdown, in the
/// form a chapter would write them.
pub fn revealed(chapter: &Chapter, listings: &[Listing]) -> String {
    let mut text = String::new();
    for question in directives::questions(&chapter.text) {
        let Some(listing) = listings.iter().find(|l| l.name == question.name) else {
            continue;
        };
        let dir = chapter.file.parent().unwrap();
        let includes: Vec<String> = ["stdout", "stderr"]
            .into_iter()
            .map(|extension| listing.source.with_extension(extension))
            .filter(|file| std::fs::metadata(file).is_ok_and(|meta| meta.len() > 0))
            .map(|file| relative(dir, &file))
            .collect();
        text.push('\n');
        text.push_str(&directives::console_block(&listing.command(), &includes));
        text.push('\n');
    }
    text
}

/// `file` relative to `dir` (both absolute), with `..` as needed.
fn relative(dir: &std::path::Path, file: &std::path::Path) -> String {
    let dir = dir.canonicalize().unwrap_or(dir.to_path_buf());
    let common = dir
        .ancestors()
        .find(|ancestor| file.starts_with(ancestor))
        .unwrap_or(&dir);
    let ups = dir.strip_prefix(common).unwrap().components().count();
    let mut path = "../".repeat(ups);
    path.push_str(&file.strip_prefix(common).unwrap().to_string_lossy());
    path
}

pub fn check_questions(
    project: &Project,
    chapters: &[Chapter],
    listings: &[Listing],
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut asked: Vec<String> = Vec::new();
    for chapter in chapters {
        let fences = markdown::fences(&chapter.text);
        for question in directives::questions(&chapter.text) {
            let at = chapter.at(project, question.line + 1);
            let name = &question.name;
            let shown_above = fences.iter().find(|fence| {
                fence.line <= question.line
                    && shown_listing(chapter, fence, listings)
                        .is_some_and(|(_, listing)| &listing.name == name)
            });
            let Some(listing) = listings.iter().find(|l| &l.name == name) else {
                problems.push(format!("{at}: `{{{{#question {name}}}}}` names no listing"));
                continue;
            };
            if shown_above.is_none() {
                problems.push(format!(
                    "{at}: `{{{{#question {name}}}}}`: show the listing in a fence above the question, in this chapter"
                ));
            }
            if listing.kind == Kind::Benchmark {
                problems.push(format!(
                    "{at}: `{name}` is a benchmark; a question asks about a listing that runs, panics, does not compile, hangs or is rejected by Miri"
                ));
            }
            if question.why.is_empty() {
                problems.push(format!(
                    "{at}: `{{{{#question {name} | WHY}}}}` needs a one-line reason after `|`"
                ));
            }
            if asked.contains(name) {
                problems.push(format!("{at}: `{name}` is asked about twice"));
            }
            asked.push(name.clone());
        }
    }
    problems
}
