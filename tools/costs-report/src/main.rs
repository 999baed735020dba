//! The Costs chapter's one command:
//!
//!     cargo run -p costs-report
//!
//! builds the chapter's criterion benchmarks, runs them twice (criterion
//! baselines `run1` and `run2`), reading the machine's load and steal time
//! before and after each run, and writes `src/costs/data/results.json` (the
//! estimates with their intervals, per-thread counts, the machine's facts)
//! and, from that file alone, the tables and the plot of `src/costs/`.
//!
//! Options:
//! - `--tables-only`: skip the benchmarks; render from the committed
//!   results file (to change the tables' layout).
//! - `--quick`: very short measurements and one run, to try the pipeline;
//!   the tables then say that they are not to be trusted.

use costs_report::check::{RESULTS_FILE, load, render_all};
use costs_report::collect::{self, Reading};
use costs_report::model::{Results, Run};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

const BENCHES: &[&str] = &["ch08-uncontended", "ch08-contended"];
const QUICK: &[&str] = &["--warm-up-time", "0.05", "--measurement-time", "0.1"];
const RUNS: usize = 2;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("costs-report: {error}");
            ExitCode::FAILURE
        }
    }
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

fn target_dir(root: &Path) -> Result<PathBuf, String> {
    let output = cargo()
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("cannot read cargo metadata: {e}"))?;
    metadata["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .ok_or_else(|| "cargo metadata names no target directory".into())
}

fn cargo_bench(root: &Path, extra: &[&str], fairness: Option<&Path>) -> Result<f64, String> {
    let mut command = cargo();
    command.args(["bench", "-p", "listings"]).current_dir(root);
    for bench in BENCHES {
        command.args(["--bench", bench]);
    }
    command.args(extra);
    if let Some(file) = fairness {
        command.env("COSTS_FAIRNESS_FILE", file);
    }
    let started = Instant::now();
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo bench: {e}"))?;
    if !status.success() {
        return Err(format!("cargo bench failed ({status})"));
    }
    Ok(started.elapsed().as_secs_f64())
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tables_only = args.iter().any(|a| a == "--tables-only");
    let quick = args.iter().any(|a| a == "--quick");
    if let Some(other) = args
        .iter()
        .find(|a| *a != "--tables-only" && *a != "--quick")
    {
        return Err(format!(
            "unknown option `{other}` (options: --tables-only, --quick)"
        ));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .map_err(|e| format!("cannot find the workspace root: {e}"))?;
    let costs = root.join("src/costs");
    let results = if tables_only {
        load(&costs)?
    } else {
        let started = Instant::now();
        let criterion_dir = target_dir(&root)?.join("criterion");
        // Only this run's estimates: criterion keeps every earlier one.
        let _ = std::fs::remove_dir_all(&criterion_dir);
        std::fs::create_dir_all(&criterion_dir).map_err(|e| e.to_string())?;
        let machine = collect::machine(&root);
        let build_seconds = cargo_bench(&root, &["--no-run"], None)?;
        let mut reading = Reading::boot();
        let mut runs = Vec::new();
        for n in 1..=if quick { 1 } else { RUNS } {
            let baseline = format!("run{n}");
            let fairness_file = criterion_dir.join(format!("fairness-{baseline}.jsonl"));
            let mut extra = vec!["--", "--save-baseline", &baseline];
            if quick {
                extra.extend_from_slice(QUICK);
            }
            let before = reading.take();
            let seconds = cargo_bench(&root, &extra, Some(&fairness_file))?;
            let after = reading.take();
            runs.push(Run {
                before,
                after,
                seconds,
                estimates: collect::criterion_estimates(&criterion_dir, &baseline)?,
                fairness: collect::fairness(&fairness_file)?,
            });
        }
        let results = Results {
            date: collect::today(),
            quick,
            confidence_level: 0.95,
            build_seconds,
            total_seconds: started.elapsed().as_secs_f64(),
            machine,
            runs,
        };
        let file = costs.join(RESULTS_FILE);
        std::fs::create_dir_all(file.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::write(&file, results.to_json())
            .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        results
    };
    for (name, text) in render_all(&results)? {
        let path = costs.join(name);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    println!(
        "costs-report: wrote src/costs/ from {} estimates in {} run(s); {}",
        results.runs.first().map_or(0, |r| r.estimates.len()),
        results.runs.len(),
        costs_report::format::minutes(results.total_seconds).replace("&nbsp;", " ")
    );
    Ok(())
}
