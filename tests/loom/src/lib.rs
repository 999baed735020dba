//! Nothing but a home for `tests/`: loom models of the appendix's spin lock
//! and once cell, which live in the listings the book shows. They run only
//! under `--cfg loom`:
//!
//! ```console
//! RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p loom-models --release
//! ```
