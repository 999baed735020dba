//! Every table and the plot, rendered from the fixture results in
//! `tests/fixture/data/results.json`, must equal the files beside it.
//! `BLESS=1 cargo test -p costs-report` rewrites them (review the diff).

use costs_report::check::{load, render_all, rerender_matches};
use std::path::Path;

fn fixture() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixture"))
}

#[test]
fn every_file_matches_its_snapshot() {
    let results = load(fixture()).unwrap();
    let bless = std::env::var_os("BLESS").is_some();
    let mut differ = Vec::new();
    for (name, text) in render_all(&results).unwrap() {
        let path = fixture().join(name);
        if bless {
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            differ.push(name);
        }
    }
    assert!(differ.is_empty(), "snapshots differ: {differ:?}");
    assert!(rerender_matches(fixture()).is_empty());
}

#[test]
fn a_missing_estimate_is_an_error_not_a_blank() {
    let mut results = load(fixture()).unwrap();
    results.runs[0]
        .estimates
        .retain(|e| e.id != "read/tcell-ro/latency");
    let error = render_all(&results).unwrap_err();
    assert!(error.contains("read/tcell-ro/latency"), "{error}");
}

#[test]
fn an_estimate_without_a_row_is_an_error() {
    let mut results = load(fixture()).unwrap();
    let mut extra = results.runs[0].estimates[0].clone();
    extra.id = "write/new-thing/".into();
    results.runs[0].estimates.push(extra);
    let error = render_all(&results).unwrap_err();
    assert!(error.contains("write/new-thing/"), "{error}");
}

#[test]
fn the_fixture_round_trips() {
    let results = load(fixture()).unwrap();
    let again = costs_report::model::Results::from_json(&results.to_json()).unwrap();
    assert_eq!(results, again);
}
