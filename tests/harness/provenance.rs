//! The "verified with" line: `provenance.toml` beside `book.toml` records
//! `rustc --version` of the stable and nightly toolchains that ran the
//! tests, and the day. The preprocessor prints it on the introduction and in
//! every page's footer. This check fails when the record disagrees with the
//! toolchains running the tests now or with the pins (`rust-toolchain.toml`,
//! `nightly-toolchain.toml`); `BLESS=1` rewrites it from the running ones.

use crate::Project;
use crate::directives::{self, Provenance};
use std::process::Command;

fn version(toolchain: Option<&str>) -> Result<String, String> {
    let mut command = Command::new("rustc");
    if let Some(toolchain) = toolchain {
        command.arg(format!("+{toolchain}"));
    }
    let output = command
        .arg("--version")
        .output()
        .map_err(|error| format!("cannot run rustc: {error}"))?;
    if !output.status.success() {
        return Err(format!(
            "`rustc {}--version` failed: {}",
            toolchain.map(|t| format!("+{t} ")).unwrap_or_default(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// The date of a `rustc 1.97.0-nightly (e50aa6fba 2026-05-19)` line.
fn commit_date(version: &str) -> Option<&str> {
    version.trim_end_matches(')').rsplit(' ').next()
}

/// The day before `date` (`YYYY-MM-DD`): a nightly is built from the
/// previous day's last commit.
fn day_before(date: &str) -> Option<String> {
    let mut parts = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    // Days since 1970-01-01 and back (Howard Hinnant's civil algorithms).
    let (y1, m1) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y1.div_euclid(400);
    let yoe = y1 - era * 400;
    let doy = (153 * m1 + 2) / 5 + d - 1;
    let days = era * 146097 + (yoe * 365 + yoe / 4 - yoe / 100 + doy) - 719468 - 1;
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// What the record must say, given the pins: the problems, if any.
pub fn disagreements(record: &Provenance, stable_pin: &str, nightly_pin: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if !record.stable.starts_with(&format!("rustc {stable_pin} ")) {
        problems.push(format!(
            "provenance.toml: stable is `{}`, but rust-toolchain.toml pins {stable_pin}",
            record.stable
        ));
    }
    let pinned_day = nightly_pin.trim_start_matches("nightly-");
    let built_from = commit_date(&record.nightly).unwrap_or_default();
    let matches_pin = record.nightly.contains("-nightly (")
        && (built_from == pinned_day || day_before(pinned_day).as_deref() == Some(built_from));
    if !matches_pin {
        problems.push(format!(
            "provenance.toml: nightly is `{}`, but nightly-toolchain.toml pins {nightly_pin} (built from {} or that day's commits)",
            record.nightly,
            day_before(pinned_day).unwrap_or_default()
        ));
    }
    problems
}

fn today() -> String {
    let output = Command::new("date").args(["-u", "+%F"]).output();
    output
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string())
        .unwrap_or_default()
}

pub fn check_provenance(project: &Project) -> Vec<String> {
    let root = &project.root;
    let read = |file: &str| std::fs::read_to_string(root.join(file)).unwrap_or_default();
    let stable_pin = directives::toml_value(&read("rust-toolchain.toml"), "channel");
    let nightly_pin = directives::toml_value(&read("nightly-toolchain.toml"), "channel");
    let (Some(stable_pin), Some(nightly_pin)) = (stable_pin, nightly_pin) else {
        return vec![
            "rust-toolchain.toml and nightly-toolchain.toml must each pin a `channel`".into(),
        ];
    };
    let (stable, nightly) = match (version(None), version(Some("nightly"))) {
        (Ok(stable), Ok(nightly)) => (stable, nightly),
        (Err(error), _) | (_, Err(error)) => return vec![error],
    };
    let file = project.book_dir.join("provenance.toml");
    let shown = project.shown(&file);
    if project.bless {
        let record = Provenance {
            stable: stable.clone(),
            nightly: nightly.clone(),
            date: today(),
        };
        let old = std::fs::read_to_string(&file).ok();
        let old = old
            .as_deref()
            .and_then(|t| directives::parse_provenance(t).ok());
        // Keep the day when nothing changed, so blessing twice is no diff.
        let unchanged = old
            .as_ref()
            .is_some_and(|old| old.stable == stable && old.nightly == nightly);
        if !unchanged && let Err(error) = std::fs::write(&file, record.to_toml()) {
            return vec![format!("{shown}: cannot write: {error}")];
        }
    }
    let record = match std::fs::read_to_string(&file)
        .map_err(|error| error.to_string())
        .and_then(|text| directives::parse_provenance(&text))
    {
        Ok(record) => record,
        Err(error) => {
            return vec![format!(
                "{shown}: {error}; run `BLESS=1 cargo test --test book` to write it"
            )];
        }
    };
    let mut problems = disagreements(&record, &stable_pin, &nightly_pin);
    for (which, recorded, running) in [
        ("stable", &record.stable, &stable),
        ("nightly", &record.nightly, &nightly),
    ] {
        if recorded != running {
            problems.push(format!(
                "{shown}: {which} is `{recorded}`, but the tests ran with `{running}`; \
                 run `BLESS=1 cargo test --test book` after checking the snapshots"
            ));
        }
    }
    if record.date.len() != 10 || day_before(&record.date).is_none() {
        problems.push(format!("{shown}: date `{}` is not YYYY-MM-DD", record.date));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_before_crosses_months_and_years() {
        assert_eq!(day_before("2026-05-20").as_deref(), Some("2026-05-19"));
        assert_eq!(day_before("2026-03-01").as_deref(), Some("2026-02-28"));
        assert_eq!(day_before("2024-03-01").as_deref(), Some("2024-02-29"));
        assert_eq!(day_before("2026-01-01").as_deref(), Some("2025-12-31"));
    }

    #[test]
    fn a_stale_record_disagrees_with_the_pins() {
        let record = Provenance {
            stable: "rustc 1.95.0 (59807616e 2026-04-14)".into(),
            nightly: "rustc 1.97.0-nightly (e50aa6fba 2026-05-19)".into(),
            date: "2026-12-02".into(),
        };
        assert!(disagreements(&record, "1.95.0", "nightly-2026-05-20").is_empty());
        assert_eq!(
            disagreements(&record, "1.96.0", "nightly-2026-05-20").len(),
            1
        );
        assert_eq!(
            disagreements(&record, "1.95.0", "nightly-2026-06-01").len(),
            1
        );
    }
}
