//! Fences, include directives and anchors, as mdBook reads them. The code
//! lives in the `book-markdown` crate (`tools/book-markdown`), which the
//! preprocessor and `build.rs` use too; this module keeps `crate::markdown`
//! for the harness.

pub use book_markdown::*;
