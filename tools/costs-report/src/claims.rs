//! The comparisons the chapter's prose makes, each a named check over the
//! results. Each claim quotes the words of the chapter that make it; a rerun
//! whose data contradicts one fails and names those words, so that the
//! sentence is rewritten rather than left wrong. The checks are written to
//! hold on a quiet rerun too: they compare intervals and wide ratios, not
//! the second digit.

use crate::model::Results;

pub struct Claim {
    pub name: &'static str,
    /// Words of `src/costs.md` (whitespace aside) that make the claim.
    pub sentence: &'static str,
    pub holds: fn(&Results) -> Result<(), String>,
}

fn ns(results: &Results, id: &str) -> Result<f64, String> {
    Ok(results.get(id)?.point)
}

/// `a` is above `b` and their intervals do not overlap.
fn clearly_slower(results: &Results, a: &str, b: &str) -> Result<(), String> {
    let (x, y) = (results.get(a)?, results.get(b)?);
    if x.lower > y.upper {
        Ok(())
    } else {
        Err(format!(
            "`{a}` ({:.3} ns, from {:.3}) is not clearly slower than `{b}` ({:.3} ns, up to {:.3})",
            x.point, x.lower, y.point, y.upper
        ))
    }
}

fn ratio_within(results: &Results, a: &str, b: &str, low: f64, high: f64) -> Result<(), String> {
    let r = ns(results, a)? / ns(results, b)?;
    if (low..=high).contains(&r) {
        Ok(())
    } else {
        Err(format!("`{a}` / `{b}` is {r:.2}, outside {low}–{high}"))
    }
}

/// Thread counts of `group` above one and at most the logical CPUs.
fn parallel_counts(results: &Results, group: &str) -> Vec<u32> {
    crate::tables::thread_counts(results, group)
        .into_iter()
        .filter(|t| *t > 1 && *t <= results.machine.logical_cpus)
        .collect()
}

pub const CLAIMS: &[Claim] = &[
    Claim {
        name: "harness-share-small",
        sentence: "the empty harness is at most 5% of every uncontended row",
        holds: |r| {
            for (group, value, rows) in [
                ("read", "throughput", crate::tables::READ_ROWS),
                ("read", "latency", crate::tables::READ_ROWS),
                ("write", "", crate::tables::WRITE_ROWS),
                ("increment", "", crate::tables::INCREMENT_ROWS),
                ("clone", "", crate::tables::CLONE_ROWS),
            ] {
                let harness = ns(r, &format!("{group}/empty-harness/{value}"))?;
                for (id, _) in rows {
                    let row = ns(r, &format!("{group}/{id}/{value}"))?;
                    if harness / row > 0.05 {
                        return Err(format!(
                            "the harness is {:.1}% of `{group}/{id}/{value}`",
                            100.0 * harness / row
                        ));
                    }
                }
            }
            Ok(())
        },
    },
    Claim {
        name: "cell-is-plain",
        sentence: "`Cell::get` costs what the plain read costs",
        holds: |r| {
            ratio_within(
                r,
                "read/cell-get/throughput",
                "read/plain/throughput",
                0.8,
                1.25,
            )?;
            ratio_within(r, "read/cell-get/latency", "read/plain/latency", 0.8, 1.25)
        },
    },
    Claim {
        name: "load-chain-is-the-latency-floor",
        sentence: "a plain read in a dependent chain costs the L1 load chain",
        holds: |r| ratio_within(r, "read/plain/latency", "floor/l1-load-chain/", 0.8, 1.6),
    },
    Claim {
        name: "fetch-add-is-one-locked-instruction",
        sentence: "`fetch_add` costs about one step of the `lock xadd` chain",
        holds: |r| {
            ratio_within(
                r,
                "increment/atomic-fetch-add-relaxed/",
                "floor/lock-add-chain/",
                0.6,
                1.6,
            )
        },
    },
    Claim {
        name: "locks-cost-more-than-one-locked-instruction",
        sentence: "every lock costs more than one step of the `lock xadd` chain",
        holds: |r| {
            for id in [
                "increment/mutex-lock/",
                "increment/parking-lot-mutex-lock/",
                "increment/rwlock-write/",
                "increment/parking-lot-rwlock-write/",
            ] {
                clearly_slower(r, id, "floor/lock-add-chain/")?;
            }
            Ok(())
        },
    },
    Claim {
        name: "arc-clone-costs-more-than-rc",
        sentence: "`Arc::clone` costs more than `Rc::clone`",
        holds: |r| clearly_slower(r, "clone/arc/", "clone/rc/"),
    },
    Claim {
        name: "oncelock-beats-mutex-option",
        sentence: "`OnceLock::get_or_init` is faster than a `Mutex<Option<T>>`",
        holds: |r| {
            for t in parallel_counts(r, "once") {
                clearly_slower(
                    r,
                    &format!("once/mutex-option/{t}"),
                    &format!("once/oncelock-get-or-init/{t}"),
                )?;
            }
            Ok(())
        },
    },
];

/// Collapses runs of whitespace and ignores case, so a sentence may wrap
/// anywhere and a claim may start one.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The problems: claims whose words are gone from the chapter, and claims
/// the results contradict (each naming the sentence to rewrite).
pub fn check(results: &Results, chapter: &str) -> Vec<String> {
    let chapter = normalise(chapter);
    let mut problems = Vec::new();
    for claim in CLAIMS {
        if !chapter.contains(&normalise(claim.sentence)) {
            problems.push(format!(
                "claim `{}`: the chapter no longer says \"{}\"; update claims.rs with the prose",
                claim.name, claim.sentence
            ));
        }
        // Every repeated run must bear the claim out, not just the first.
        for (n, run) in results.runs.iter().enumerate() {
            let one = Results {
                runs: vec![run.clone()],
                ..results.clone()
            };
            if let Err(why) = (claim.holds)(&one) {
                problems.push(format!(
                    "claim `{}`: the data contradicts \"{}\" (run {}: {why}); rewrite that sentence",
                    claim.name,
                    claim.sentence,
                    n + 1
                ));
                break;
            }
        }
    }
    problems
}
