//! `{{#provenance}}` and the footer of every page: "Every listing verified
//! with rustc X and nightly Y on DATE", from `provenance.toml` beside
//! `book.toml`. `cargo test` rewrites that file under `BLESS=1` from the
//! toolchains that ran it, and fails when it disagrees with them or the pins.

use crate::directives;
use std::path::Path;

/// The sentence, or why there is none.
pub fn sentence(root: &Path) -> Result<String, String> {
    let path = root.join("provenance.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    Ok(directives::parse_provenance(&text)?.sentence())
}

/// The footer appended to a page.
pub fn footer(sentence: &str) -> String {
    format!("\n\n<footer class=\"book-provenance\">\n\n{sentence}\n\n</footer>\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn footer_is_markdown_inside_html() {
        let footer = super::footer("Verified with `rustc 1.95.0`.");
        assert!(footer.contains("<footer class=\"book-provenance\">\n\nVerified"));
        assert!(footer.ends_with("\n\n</footer>\n"));
    }
}
