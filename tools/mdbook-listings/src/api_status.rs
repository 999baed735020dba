//! The status of each std API the book names, made visible: the first
//! mention of an API in a chapter (a code span such as `Cell::update`) gets a
//! small badge, "1.88" or "unstable #109737", linking to its row on the
//! "API status" page, which this module writes from `api-status.txt` at build
//! time (the committed `src/api-status.md` is a stub that is never edited).
//! APIs of Rust 1.0 and of other crates get no badge. `cargo test` checks the
//! table against the std source (`tests/harness/accuracy/apis.rs`).

#[path = "../../../tests/harness/accuracy/api_table.rs"]
#[allow(dead_code)]
mod api_table;
#[path = "../../../tests/harness/accuracy/prose.rs"]
#[allow(dead_code)]
mod prose;

use api_table::{Row, Status};
use serde_json::Value;

/// Reads the table beside `book.toml` (`context.root` of mdBook's
/// `[context, book]` pair), then badges every chapter and writes the page.
pub fn annotate(pair: &mut Value) {
    let root = pair[0]["root"].as_str().unwrap_or(".").to_string();
    let root = std::path::Path::new(&root);
    let book = &mut pair[1];
    let Ok(text) = std::fs::read_to_string(root.join(api_table::TABLE_FILE)) else {
        return; // a book without a table (the test fixtures)
    };
    let (rows, problems) = api_table::parse(&text);
    for problem in problems {
        eprintln!("[ERROR] (mdbook-listings): {problem}");
    }
    each_chapter(&mut book["sections"], &mut |chapter| {
        let path = chapter["path"].as_str().unwrap_or_default().to_string();
        let content = chapter["content"].as_str().unwrap_or_default().to_string();
        let content = if path == api_table::STATUS_PAGE {
            page(&rows)
        } else {
            badged(&content, &path, &rows)
        };
        chapter["content"] = Value::String(content);
    });
}

fn each_chapter(items: &mut Value, visit: &mut impl FnMut(&mut Value)) {
    for item in items.as_array_mut().into_iter().flatten() {
        if let Some(chapter) = item.get_mut("Chapter") {
            visit(chapter);
            each_chapter(&mut chapter["sub_items"], visit);
        }
    }
}

fn title(row: &Row) -> String {
    match &row.status {
        Status::Stable(since) => format!("stable since Rust {since}"),
        Status::Unstable(issue) => {
            format!("unstable on Rust 1.95 (tracking issue #{issue})")
        }
        Status::Crate(name) => format!("an API of the {name} crate"),
    }
}

/// `content` with a badge after the first mention of each API that has one.
fn badged(content: &str, path: &str, rows: &[Row]) -> String {
    let prose = prose::prose(content);
    let depth = path.matches('/').count();
    let page = format!("{}api-status.html", "../".repeat(depth));
    let mut badged: Vec<&str> = Vec::new();
    let mut out = String::with_capacity(content.len());
    let mut copied = 0;
    for span in prose::code_spans(&prose) {
        let before = &content[..span.range.start];
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        let heading = content[line_start..].starts_with('#');
        let link_text = before.ends_with('[');
        let in_samp = before
            .rfind("<samp")
            .is_some_and(|open| before.rfind("</samp>").is_none_or(|close| close < open));
        if heading || link_text || in_samp {
            continue;
        }
        let Some(mention) = api_table::api_key(&span.text) else {
            continue;
        };
        if mention.other_crate {
            continue;
        }
        let Some(row) = rows.iter().find(|row| row.name == mention.key) else {
            continue;
        };
        let Some(badge) = row.badge() else { continue };
        if badged.contains(&row.name.as_str()) {
            continue;
        }
        badged.push(&row.name);
        out.push_str(&content[copied..span.range.end]);
        out.push_str(&format!(
            "<a class=\"api-status\" href=\"{page}#{}\" title=\"{}\">{badge}</a>",
            row.id(),
            title(row)
        ));
        copied = span.range.end;
    }
    out.push_str(&content[copied..]);
    out
}

/// The "API status" page: every row of the table.
fn page(rows: &[Row]) -> String {
    let mut sorted: Vec<&Row> = rows.iter().collect();
    sorted.sort_by_key(|row| row.name.to_lowercase());
    let mut page = String::from(
        "# API status\n\n\
         Every standard library API this book names, and its status on Rust\n\
         1.95, the release the book is tested with: the release that made it\n\
         stable, or, for an API that is not stable on 1.95, its tracking issue.\n\
         A badge after an API's first mention in a chapter links to its row.\n\
         APIs of other crates that share a name with a std type are listed with\n\
         their crate. `cargo test` checks each row against the attributes of\n\
         the std source (`#[stable(since)]`, `#[unstable(issue)]`,\n\
         `#[rustc_const_stable]`), and that the book names no std API this\n\
         page lacks.\n\n\
         | API | On Rust 1.95 |\n|---|---|\n",
    );
    for row in sorted {
        let mut status = match &row.status {
            Status::Stable(since) => format!("stable since {since}"),
            Status::Unstable(issue) => format!(
                "unstable, tracking issue [#{issue}](https://github.com/rust-lang/rust/issues/{issue})"
            ),
            Status::Crate(name) => format!("not std: the `{name}` crate"),
        };
        if let Some(why) = &row.unverified {
            status.push_str(&format!(
                " (from the docs; the source check cannot read it: {why})"
            ));
        }
        if let Some(since) = &row.const_since {
            status.push_str(&format!("; usable in `const` since {since}"));
        }
        page.push_str(&format!(
            "| <span id=\"{}\"></span>`{}` | {status} |\n",
            row.id(),
            row.name
        ));
    }
    page
}
