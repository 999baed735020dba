//! `{{#diagram NAME}}` inlines `src/diagrams/NAME.svg` into the page, inside
//! a `<figure>` captioned with the SVG's `<title>`. Inline, not an `<img>`:
//! only an inline SVG can use the page's CSS (`currentColor` and the theme's
//! colour variables), so it reads in every theme.

/// The `<title>` of an SVG, which is also its accessible name.
pub fn title(svg: &str) -> Option<&str> {
    let start = svg.find("<title")?;
    let open_end = start + svg[start..].find('>')? + 1;
    let end = open_end + svg[open_end..].find("</title>")?;
    Some(svg[open_end..end].trim())
}

/// The figure that replaces the directive. Blank lines would end mdBook's
/// HTML block, and an XML prolog is not HTML, so both go; the caption is
/// Markdown (between blank lines), so its `{{#listing}}` links render.
pub fn render(name: &str, svg: &str) -> String {
    let start = svg.find("<svg").unwrap_or(0);
    let body: Vec<&str> = svg[start..]
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    let mut caption = title(svg).unwrap_or(name).to_string();
    let proofs: Vec<String> = crate::directives::diagram_listings(svg)
        .into_iter()
        .map(|listing| format!("{{{{#listing {listing}}}}}"))
        .collect();
    if !proofs.is_empty() {
        caption.push_str(&format!(
            ". What it shows is proven by {}.",
            proofs.join(", ")
        ));
    }
    format!(
        "<figure class=\"diagram\" id=\"diagram-{name}\">\n{}\n<figcaption>\n\n{caption}\n\n</figcaption>\n</figure>",
        body.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inlines_without_prolog_or_blank_lines() {
        let svg = "<?xml version=\"1.0\"?>\n<svg role=\"img\">\n<title>Two states</title>\n\n<rect/>\n</svg>\n";
        let html = render("states", svg);
        assert!(html.starts_with("<figure class=\"diagram\" id=\"diagram-states\">\n<svg role"));
        assert!(!html.contains("<?xml"));
        let svg_part = &html[..html.find("<figcaption>").unwrap()];
        assert!(!svg_part.contains("\n\n"));
        assert!(html.contains("<figcaption>\n\nTwo states\n\n</figcaption>"));
        let proven = render(
            "s",
            "<svg data-listings=\"ch02-a ch02-b\"><title>T</title></svg>",
        );
        assert!(proven.contains(
            "<figcaption>\n\nT. What it shows is proven by {{#listing ch02-a}}, {{#listing ch02-b}}.\n\n</figcaption>"
        ));
    }
}
