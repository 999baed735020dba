//! `{{#question NAME | WHY}}`: the listing `NAME`, shown above it in the same
//! chapter, becomes a question. The directive stands where the listing's
//! output block would be and renders the five answers, and a closed
//! `<details>` that holds the right one (the listing's kind, from its
//! folder), WHY, and the output block the chapter would have shown. Without
//! JavaScript the `<details>` is the whole question; `theme/questions.js`
//! shows the answer buttons and opens it when the reader picks the right one.

use crate::directives::{self, ANSWERS};

/// What a question needs to know about the listing it asks about.
pub struct Asked {
    pub name: String,
    /// The kind folder: `panics`, `hangs`, ...
    pub folder: String,
    pub command: String,
    /// The listing's file, as the caption names it.
    pub file: String,
    /// Includes of its snapshots, as paths relative to the chapter.
    pub snapshots: Vec<String>,
}

/// The class a question listing's fence gets, so the page can hide its kind
/// badge until the question is answered.
pub fn fence_class(name: &str) -> String {
    format!("question-listing,asked-{name}")
}

pub fn label(folder: &str) -> &'static str {
    ANSWERS
        .iter()
        .find(|(kind, _)| *kind == folder)
        .map_or("", |(_, label)| label)
}

/// The HTML and Markdown that replace one question directive.
pub fn render(asked: &Asked, why: &str) -> String {
    let name = &asked.name;
    let mut buttons = String::new();
    for (kind, label) in ANSWERS {
        buttons.push_str(&format!(
            "<button type=\"button\" class=\"question-choice\" data-kind=\"{kind}\">{label}</button>\n"
        ));
    }
    format!(
        "<div class=\"question\" id=\"question-{name}\" data-listing=\"{name}\" data-answer=\"{folder}\">\n\
         <p class=\"question-ask\"><strong>What happens to this program?</strong> \
         Pick an answer; the page then shows what <code>cargo test</code> proved.</p>\n\
         <div class=\"question-choices\" role=\"group\" aria-label=\"Your answer\" hidden>\n\
         {buttons}</div>\n\
         <p class=\"question-feedback\" role=\"status\" aria-live=\"polite\"></p>\n\
         <details class=\"question-answer\">\n\
         <summary>Show the answer</summary>\n\n\
         **{label}** (`{file}`). {why}\n\n\
         {console}\n\n\
         </details>\n\
         </div>",
        folder = asked.folder,
        label = label(&asked.folder),
        file = asked.file,
        console = directives::console_block(&asked.command, &asked.snapshots),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_five_answers_and_a_closed_answer() {
        let asked = Asked {
            name: "ch02-x".into(),
            folder: "panics".into(),
            command: "cargo run -p listings --bin ch02-x".into(),
            file: "listings/panics/ch02-x.rs".into(),
            snapshots: vec!["../listings/panics/ch02-x.stderr".into()],
        };
        let html = render(&asked, "The guard lives to the end of the `match`.");
        assert_eq!(html.matches("<button").count(), 5);
        assert!(html.contains("data-answer=\"panics\""));
        assert!(html.contains("<details class=\"question-answer\">\n<summary>"));
        assert!(!html.contains("<details open"));
        assert!(html.contains("**It panics** (`listings/panics/ch02-x.rs`). The guard lives"));
        assert!(html.contains(
            "```console\n$ cargo run -p listings --bin ch02-x\n{{#include ../listings/panics/ch02-x.stderr}}\n```"
        ));
        // Markdown inside the HTML needs a blank line before and after it.
        assert!(html.contains("```\n\n</details>"));
    }
}
