//! Input-to-output cases: a book as mdBook hands it over, and what the
//! preprocessor must make of it.

use super::{Site, rewrite};
use serde_json::{Value, json};

fn chapter(path: &str, number: Option<u64>, content: &str, sub_items: Vec<Value>) -> Value {
    json!({ "Chapter": {
        "name": path,
        "content": content,
        "number": number.map(|n| vec![n]),
        "sub_items": sub_items,
        "path": path,
        "source_path": path,
        "parent_names": [],
    }})
}

fn listing(kind: &str, name: &str, anchor: &str, caption: &str) -> String {
    format!(
        "```rust\n{{{{#rustdoc_include ../listings/{kind}/{name}.rs:{anchor}}}}}\n```\n\n*Listing: {caption}*\n\n"
    )
}

/// The content of each chapter after the rewrite, in book order.
fn rewritten(sections: Vec<Value>) -> Vec<String> {
    let mut book = json!({ "sections": sections });
    // No repository: the captions get no errata link, and no file is read.
    let site = Site {
        src: std::path::PathBuf::from("src"),
        root: std::path::PathBuf::from("."),
        repo: None,
    };
    rewrite(&mut book, &site);
    let mut contents = Vec::new();
    fn walk(items: &Value, contents: &mut Vec<String>) {
        for item in items.as_array().into_iter().flatten() {
            let chapter = &item["Chapter"];
            contents.push(chapter["content"].as_str().unwrap().to_string());
            walk(&chapter["sub_items"], contents);
        }
    }
    walk(&book["sections"], &mut contents);
    contents
}

#[test]
fn a_caption_gets_its_number_anchor_kind_and_file() {
    let out = rewritten(vec![chapter(
        "cell.md",
        Some(1),
        &listing("runs", "ch01-a", "main", "a counter."),
        vec![],
    )]);
    assert!(out[0].contains("```rust,kind-runs\n"), "{}", out[0]);
    assert!(
        out[0].contains(
            "<div class=\"listing-caption\" id=\"listing-1-1\">\n\n\
             <span class=\"listing-kind\" data-kind=\"runs\">runs</span> \
             **[Listing 1-1](#listing-1-1):** a counter. \
             <span class=\"listing-file\">listings/runs/ch01-a.rs</span>"
        ),
        "{}",
        out[0]
    );
}

#[test]
fn numbering_counts_sub_chapters_with_their_chapter() {
    let sub = chapter(
        "mutex/rwlock.md",
        Some(4),
        &listing("hangs", "ch04-c", "main", "third."),
        vec![],
    );
    let out = rewritten(vec![
        chapter(
            "introduction.md",
            None,
            &listing("runs", "ch00-a", "main", "intro."),
            vec![],
        ),
        chapter(
            "mutex.md",
            Some(4),
            &(listing("runs", "ch04-a", "main", "first.")
                + &listing("panics", "ch04-b", "main", "second.")),
            vec![sub],
        ),
        chapter(
            "oncecell.md",
            Some(5),
            &listing("runs", "ch05-a", "main", "next chapter."),
            vec![],
        ),
    ]);
    assert!(out[0].contains("[Listing 0-1]"), "{}", out[0]);
    assert!(out[1].contains("[Listing 4-1]") && out[1].contains("[Listing 4-2]"));
    assert!(out[2].contains("[Listing 4-3]"), "{}", out[2]);
    assert!(out[2].contains("data-kind=\"hangs\">hangs<"));
    assert!(out[3].contains("[Listing 5-1]"), "{}", out[3]);
}

#[test]
fn a_fence_without_a_caption_is_not_numbered() {
    let text =
        "```rust\n{{#rustdoc_include ../listings/runs/ch01-a.rs:main}}\n```\n\nNo caption.\n\n"
            .to_string()
            + &listing("runs", "ch01-b", "main", "captioned.");
    let out = rewritten(vec![chapter("cell.md", Some(1), &text, vec![])]);
    assert!(out[0].contains("```rust,kind-runs\n{{#rustdoc_include ../listings/runs/ch01-a.rs"));
    assert!(
        out[0].contains("[Listing 1-1](#listing-1-1):** captioned."),
        "{}",
        out[0]
    );
    assert!(!out[0].contains("Listing 1-2"));
}

#[test]
fn references_name_a_listing_or_one_part() {
    let first = listing("runs", "ch02-parts", "setup", "the setup.")
        + &listing("runs", "ch02-parts", "use", "the use.")
        + "See {{#listing ch02-parts}} and {{#listing ch02-parts:use}}.\n";
    let second = "Back in {{#listing ch02-parts:use}}.\n";
    let out = rewritten(vec![
        chapter("refcell.md", Some(2), &first, vec![]),
        chapter("threads.md", Some(3), second, vec![]),
    ]);
    assert!(
        out[0].contains("See [Listing 2-1](#listing-2-1) and [Listing 2-2](#listing-2-2)."),
        "{}",
        out[0]
    );
    assert!(
        out[1].contains("Back in [Listing 2-2](refcell.md#listing-2-2)."),
        "{}",
        out[1]
    );
}

#[test]
fn references_from_a_page_in_a_folder_climb_out_of_it() {
    let first = listing("runs", "ch04-a", "main", "a deadlock.");
    let second = "As {{#listing ch04-a}} shows.\n";
    let out = rewritten(vec![
        chapter("mutex.md", Some(4), &first, vec![]),
        chapter("exercises/mutex.md", Some(11), second, vec![]),
    ]);
    assert!(
        out[1].contains("As [Listing 4-1](../mutex.md#listing-4-1) shows."),
        "{}",
        out[1]
    );
}

#[test]
fn a_listing_shown_again_keeps_its_first_number() {
    let text = listing("runs", "ch01-a", "main", "first showing.")
        + &listing("runs", "ch01-a", "main", "shown again.");
    let out = rewritten(vec![chapter("cell.md", Some(1), &text, vec![])]);
    assert_eq!(
        out[0].matches("id=\"listing-1-1\"").count(),
        1,
        "{}",
        out[0]
    );
    assert!(!out[0].contains("Listing 1-2"));
}

#[test]
fn an_unknown_reference_is_left_as_it_is() {
    let out = rewritten(vec![chapter(
        "cell.md",
        Some(1),
        "See {{#listing no-such}}.\n",
        vec![],
    )]);
    assert_eq!(out[0], "See {{#listing no-such}}.\n");
}

#[test]
fn a_diagram_after_a_caption_is_inlined_where_its_directive_stands() {
    // A numbered caption becomes several lines; the diagram below it must
    // still replace its own directive (it once landed inside a later listing).
    let dir = std::env::temp_dir().join(format!("mdbook-listings-diagram-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("diagrams")).unwrap();
    std::fs::write(
        dir.join("diagrams/boxes.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Boxes</title></svg>\n",
    )
    .unwrap();
    let site = Site {
        src: dir.clone(),
        root: dir.clone(),
        repo: None,
    };
    let text = format!(
        "{}{{{{#diagram boxes}}}}\n\nAfter the diagram.\n\n{}",
        listing("runs", "ch01-first", "a", "the first."),
        listing("runs", "ch01-second", "b", "the second.")
    );
    let mut book = json!({ "sections": [chapter("cell.md", Some(1), &text, vec![])] });
    rewrite(&mut book, &site);
    let out = book["sections"][0]["Chapter"]["content"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!out.contains("{{#diagram"), "{out}");
    let figure = out.find("<figure class=\"diagram\"").expect("the figure");
    let after = out.find("After the diagram.").unwrap();
    let second = out.find("Listing 1-2").unwrap();
    assert!(figure < after && after < second, "{out}");
}
