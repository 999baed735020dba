//! Input-to-output cases for each reader: what mdBook (and CommonMark, for
//! fences) makes of a piece of text, and what these functions must make of it.

use super::*;

fn include(directive: &str) -> Include {
    let found = includes(directive);
    assert_eq!(found.len(), 1, "one include in {directive:?}");
    found.into_iter().next().unwrap()
}

fn expanded(directive: &str, file: &str) -> Result<String, String> {
    expand_text(&include(directive), file)
}

// Fences.

#[test]
fn backtick_and_tilde_fences() {
    let text = "text\n```rust\nfn a() {}\n```\n~~~console\n$ ls\n~~~\n";
    let found = fences(text);
    assert_eq!(found.len(), 2);
    assert_eq!((found[0].line, found[0].info.as_str()), (2, "rust"));
    assert_eq!(found[0].body, ["fn a() {}"]);
    assert_eq!((found[1].line, found[1].info.as_str()), (5, "console"));
    assert_eq!(found[1].body, ["$ ls"]);
}

#[test]
fn a_fence_closes_only_with_its_own_marker_at_least_as_long() {
    let text = "````markdown\n```rust\nshown as text\n```\n````\n~~~\n```\n~~~\n";
    let found = fences(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].info, "markdown");
    assert_eq!(found[0].body, ["```rust", "shown as text", "```"]);
    assert_eq!(found[1].body, ["```"]);
}

#[test]
fn an_indented_fence_is_a_fence() {
    let text = "1. Step:\n\n   ```rust\n   fn a() {}\n   ```\n";
    let found = fences(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].line, 3);
    assert_eq!(found[0].info, "rust");
}

#[test]
fn info_strings_with_several_attributes() {
    let text = "```rust,compile_fail,E0502 noplayground\n```\n~~~ rust, should_panic\n~~~\n";
    let found = fences(text);
    assert_eq!(
        found[0].tokens(),
        ["rust", "compile_fail", "E0502", "noplayground"]
    );
    assert_eq!(found[1].tokens(), ["rust", "should_panic"]);
    assert!(found[0].is_rust() && found[1].is_rust());
}

#[test]
fn which_fences_rustdoc_tests_as_rust() {
    let found = fences("```\n```\n```console\n```\n```text\n```\n```rust,no_run\n```\n");
    let rust: Vec<bool> = found.iter().map(Fence::is_rust).collect();
    assert_eq!(rust, [true, false, false, true]);
}

#[test]
fn a_backtick_in_the_info_string_is_not_a_fence() {
    // CommonMark: "``` a`b" is inline code, not an opening fence.
    let found = fences("``` a`b\n```\n");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].line, 2);
    assert!(fences("``` a`b\n").is_empty());
}

#[test]
fn an_unclosed_fence_runs_to_the_end() {
    let found = fences("```rust\nfn a() {}\n");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].body, ["fn a() {}"]);
}

#[test]
fn a_fence_in_a_blockquote_is_a_fence() {
    let text = "> Note:\n>\n> ```rust\n> fn typed() {}\n> ```\n\n```console\n> not a quote\n```\n";
    let found = fences(text);
    assert_eq!(found.len(), 2);
    assert_eq!((found[0].line, found[0].info.as_str()), (3, "rust"));
    assert_eq!(found[0].body, ["fn typed() {}"]);
    assert_eq!(found[1].body, ["> not a quote"]);
}

#[test]
fn a_fence_in_an_admonish_block_is_a_fence() {
    // mdbook-admonish renders the block's body as Markdown, so the reader
    // sees the inner fence as code.
    let text = "````admonish note\nText.\n\n```rust\nfn typed() {}\n```\n````\n\n````markdown\n```rust\nshown as text\n```\n````\n";
    let found = fences(text);
    let infos: Vec<(usize, &str)> = found.iter().map(|f| (f.line, f.info.as_str())).collect();
    assert_eq!(infos, [(1, "admonish note"), (4, "rust"), (9, "markdown")]);
    assert_eq!(found[1].body, ["fn typed() {}"]);
}

#[test]
fn crlf_fences() {
    let found = fences("```rust\r\nfn a() {}\r\n```\r\nafter\r\n");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].info, "rust");
    assert_eq!(found[0].body, ["fn a() {}"]);
}

// Includes.

#[test]
fn include_directives() {
    let text = "{{#include a.rs}} and {{#rustdoc_include ../b.rs:main}}\n{{#playground c.rs}}\n";
    let found = includes(text);
    assert_eq!(found.len(), 2);
    assert_eq!(
        found[0],
        Include {
            line: 1,
            directive: "{{#include a.rs}}".into(),
            rustdoc: false,
            path: "a.rs".into(),
            selector: None,
        }
    );
    assert!(found[1].rustdoc);
    assert_eq!(found[1].path, "../b.rs");
    assert_eq!(found[1].selector.as_deref(), Some("main"));
}

#[test]
fn include_with_spaces_and_escaped_include() {
    let found = includes("{{ #include  a.rs }}\n\\{{#include b.rs}}\n");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, "a.rs");
    assert_eq!(found[0].directive, "{{ #include  a.rs }}");
}

#[test]
fn line_range_selectors() {
    let lines = |start, end| Selector::Lines { start, end };
    assert_eq!(include("{{#include a.rs}}").selects(), Selector::All);
    assert_eq!(include("{{#include a.rs:2}}").selects(), lines(1, Some(2)));
    assert_eq!(include("{{#include a.rs:2:}}").selects(), lines(1, None));
    assert_eq!(include("{{#include a.rs::3}}").selects(), lines(0, Some(3)));
    assert_eq!(
        include("{{#include a.rs:2:3}}").selects(),
        lines(1, Some(3))
    );
    assert_eq!(
        include("{{#include a.rs:main}}").selects(),
        Selector::Anchor("main".into())
    );
    let file = "one\ntwo\nthree\nfour\n";
    assert_eq!(expanded("{{#include a.rs:2}}", file).unwrap(), "two");
    assert_eq!(
        expanded("{{#include a.rs:2:3}}", file).unwrap(),
        "two\nthree"
    );
    assert_eq!(
        expanded("{{#include a.rs:3:}}", file).unwrap(),
        "three\nfour"
    );
    assert_eq!(expanded("{{#include a.rs::1}}", file).unwrap(), "one");
    assert_eq!(
        expanded("{{#rustdoc_include a.rs:2:3}}", file).unwrap(),
        "# one\ntwo\nthree\n# four"
    );
}

// Anchors.

const NESTED: &str = "\
use std::cell::Cell;
// ANCHOR: all
fn main() {
    // ANCHOR: body
    let c = Cell::new(1);
    // ANCHOR_END: body
    println!(\"{}\", c.get());
}
// ANCHOR_END: all
";

#[test]
fn nested_anchors_drop_every_marker() {
    assert_eq!(
        expanded("{{#include a.rs:all}}", NESTED).unwrap(),
        "fn main() {\n    let c = Cell::new(1);\n    println!(\"{}\", c.get());\n}"
    );
    assert_eq!(
        expanded("{{#include a.rs:body}}", NESTED).unwrap(),
        "    let c = Cell::new(1);"
    );
    assert_eq!(
        expanded("{{#rustdoc_include a.rs:body}}", NESTED).unwrap(),
        "# use std::cell::Cell;\n# fn main() {\n    let c = Cell::new(1);\n#     println!(\"{}\", c.get());\n# }"
    );
}

const REPEATED: &str = "\
// ANCHOR: part
first
// ANCHOR_END: part
between
// ANCHOR: part
second
// ANCHOR_END: part
";

#[test]
fn repeated_anchor() {
    // mdBook: `include` takes the first section, `rustdoc_include` shows all.
    assert_eq!(
        expanded("{{#include a.rs:part}}", REPEATED).unwrap(),
        "first"
    );
    assert_eq!(
        expanded("{{#rustdoc_include a.rs:part}}", REPEATED).unwrap(),
        "first\n# between\nsecond"
    );
}

#[test]
fn missing_anchor_or_missing_end_is_an_error() {
    let no_end = "// ANCHOR: main\nfn main() {}\n";
    assert!(anchored(no_end, "main").is_none());
    assert!(expanded("{{#include a.rs:main}}", no_end).is_err());
    assert!(expanded("{{#include a.rs:mian}}", NESTED).is_err());
    let second_unclosed = "// ANCHOR: a\nx\n// ANCHOR_END: a\n// ANCHOR: a\ny\n";
    assert!(anchored(second_unclosed, "a").is_none());
}

#[test]
fn an_anchor_name_is_a_whole_word() {
    let file = "// ANCHOR: main_loop\nloop {}\n// ANCHOR_END: main_loop\n";
    assert!(anchored(file, "main").is_none());
    assert!(anchored(file, "main_loop").is_some());
    // `ANCHOR:` with no name is no marker: mdBook keeps the line.
    assert_eq!(
        expanded("{{#include a.rs}}", "// ANCHOR:\nx\n").unwrap(),
        "// ANCHOR:\nx"
    );
}

#[test]
fn crlf_listing_files() {
    let file = "use a;\r\n// ANCHOR: main\r\nfn main() {}\r\n// ANCHOR_END: main\r\n";
    assert_eq!(
        expanded("{{#include a.rs:main}}", file).unwrap(),
        "fn main() {}"
    );
    assert_eq!(
        expanded("{{#rustdoc_include a.rs:main}}", file).unwrap(),
        "# use a;\nfn main() {}"
    );
}

#[test]
fn expand_replaces_each_directive_in_place() {
    let dir = std::env::temp_dir().join(format!("book-markdown-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.rs"), NESTED).unwrap();
    let text = "Intro\n```rust\n{{#include a.rs:body}}\n```\n";
    let result = expand(text, &dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        result.unwrap(),
        "Intro\n```rust\n    let c = Cell::new(1);\n```\n"
    );
    assert!(expand("{{#include missing.rs}}\n", Path::new("/nonexistent")).is_err());
}

// Summary, captions and references.

#[test]
fn summary_chapters_skip_drafts() {
    let summary = "# Summary\n\n[Intro](introduction.md)\n- [Cell](cell.md)\n  - [Sub](cell/sub.md)\n- [Draft]()\n";
    assert_eq!(
        summary_chapters(summary),
        ["introduction.md", "cell.md", "cell/sub.md"]
    );
}

#[test]
fn caption_after_a_fence() {
    let text = "```rust\n{{#include a.rs}}\n```\n\n*Listing: a counter.*\n\n```rust\n{{#include b.rs}}\n```\ntext\n";
    let found = fences(text);
    assert_eq!(caption_after(&found[0], text), Some((4, "a counter.")));
    assert_eq!(caption_after(&found[1], text), None);
}

#[test]
fn listing_references_and_parts() {
    let text = "See {{#listing ch01-a}} and {{#listing ch01-b:main}}.";
    let found = listing_references(text);
    let names: Vec<&str> = found.iter().map(|r| r.name).collect();
    assert_eq!(names, ["ch01-a", "ch01-b:main"]);
    assert_eq!(&text[found[0].range.clone()], "{{#listing ch01-a}}");
    assert!(refers_to("ch01-a", "ch01-a:main"));
    assert!(refers_to("ch01-b:main", "ch01-b:main"));
    assert!(!refers_to("ch01-b:other", "ch01-b:main"));
    assert!(!refers_to("ch01", "ch01-a:main"));
    assert_eq!(
        part_name("ch01-b", &include("{{#include b.rs:main}}")),
        "ch01-b:main"
    );
}
