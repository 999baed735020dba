//! The Costs chapter's data and renderers.
//!
//! - [`model`]: what one run of the suite measured (criterion's estimates
//!   with their intervals, per-thread counts) and the machine it ran on,
//!   as committed in `src/costs/data/results.json`.
//! - [`collect`]: reading criterion's files and the machine's facts at run
//!   time (used only by `main`).
//! - [`format`]: numbers as the tables print them.
//! - [`tables`] and [`plot`]: the chapter's Markdown tables and SVG plot.
//! - [`claims`]: the comparisons the prose makes, as checks over the data.
//! - [`check`]: re-rendering the committed data and comparing it with the
//!   files in `src/costs/`, byte for byte.

pub mod check;
pub mod claims;
pub mod collect;
pub mod format;
pub mod model;
pub mod plot;
pub mod tables;
