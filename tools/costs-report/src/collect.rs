//! Reading what a run produced: criterion's files, the benchmarks'
//! per-thread counts, and the machine's facts and conditions, read while
//! the benchmarks run (never when the tables are rendered).

use crate::model::{
    Conditions, CriterionBenchmark, CriterionEstimates, Estimate, Estimator, Fairness, Interval,
    Machine, microarchitecture,
};
use std::path::{Path, PathBuf};
use std::process::Command;

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn find(dir: &Path, name: &str, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            find(&path, name, found);
        } else if path.file_name().is_some_and(|n| n == name) {
            found.push(path);
        }
    }
}

/// The estimates criterion saved under `dir` as the baseline `baseline`
/// (`--save-baseline`), per operation, sorted by id.
pub fn criterion_estimates(dir: &Path, baseline: &str) -> Result<Vec<Estimate>, String> {
    let mut files = Vec::new();
    find(dir, "estimates.json", &mut files);
    let mut estimates = Vec::new();
    for file in files {
        let folder = file.parent().expect("a file has a folder");
        if folder.file_name().is_none_or(|name| name != baseline) {
            continue;
        }
        let benchmark: CriterionBenchmark = read_json(&folder.join("benchmark.json"))?;
        let all: CriterionEstimates = read_json(&file)?;
        let (estimator, estimate) = match all.slope {
            Some(slope) => (Estimator::Slope, slope),
            None => (Estimator::Mean, all.mean),
        };
        let per_op = 1.0 / benchmark.throughput.map_or(1, |t| t.elements()) as f64;
        estimates.push(Estimate {
            id: format!(
                "{}/{}/{}",
                benchmark.group_id,
                benchmark.function_id.unwrap_or_default(),
                benchmark.value_str.unwrap_or_default()
            ),
            estimator,
            ns: Interval {
                point: estimate.point_estimate,
                lower: estimate.confidence_interval.lower_bound,
                upper: estimate.confidence_interval.upper_bound,
            }
            .scaled(per_op),
        });
    }
    estimates.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(estimates)
}

/// The per-thread counts the contended benchmark appended to `file`, one
/// JSON object per line (the last line for an id wins).
pub fn fairness(file: &Path) -> Result<Vec<Fairness>, String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let mut all: Vec<Fairness> = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let f: Fairness =
            serde_json::from_str(line).map_err(|e| format!("{}: {e}", file.display()))?;
        all.retain(|old| old.id != f.id);
        all.push(f);
    }
    all.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(all)
}

/// The cumulative (steal, total) CPU ticks of `/proc/stat`.
fn cpu_ticks() -> (u64, u64) {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let fields: Vec<u64> = stat
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .filter_map(|f| f.parse().ok())
        .collect();
    (fields.get(7).copied().unwrap_or(0), fields.iter().sum())
}

/// Load and steal, the steal as a share of the CPU time since `since`
/// (the ticks of an earlier reading; zero for since boot).
pub struct Reading {
    ticks: (u64, u64),
}

impl Reading {
    pub fn boot() -> Reading {
        Reading { ticks: (0, 0) }
    }

    pub fn take(&mut self) -> Conditions {
        let now = cpu_ticks();
        let steal = now.0.saturating_sub(self.ticks.0) as f64;
        let total = now.1.saturating_sub(self.ticks.1).max(1) as f64;
        self.ticks = now;
        let load = std::fs::read_to_string("/proc/loadavg")
            .ok()
            .and_then(|t| t.split_whitespace().next()?.parse().ok())
            .unwrap_or(0.0);
        Conditions {
            load,
            steal: steal / total,
        }
    }
}

/// The machine, OS and toolchain, read now.
pub fn machine(root: &Path) -> Machine {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |name: &str| -> Option<String> {
        cpuinfo.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            (key.trim() == name).then(|| value.trim().to_string())
        })
    };
    let number = |name: &str| field(name).and_then(|v| v.parse().ok()).unwrap_or(0);
    let vendor = field("vendor_id").unwrap_or_default();
    let (family, model) = (number("cpu family"), number("model"));
    // Physical cores: distinct (physical id, core id) pairs.
    let mut cores: Vec<(String, String)> = Vec::new();
    let mut physical = String::new();
    for line in cpuinfo.lines() {
        if let Some((key, value)) = line.split_once(':') {
            match key.trim() {
                "physical id" => physical = value.trim().to_string(),
                "core id" => cores.push((physical.clone(), value.trim().to_string())),
                _ => {}
            }
        }
    }
    cores.sort();
    cores.dedup();
    let os_release = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let os = os_release
        .lines()
        .find_map(|line| line.strip_prefix("PRETTY_NAME="))
        .map(|name| name.trim_matches('"').to_string())
        .unwrap_or_else(|| std::env::consts::OS.to_string());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|release| format!("Linux {}", release.trim()))
        .unwrap_or_default();
    let rustc = Command::new("rustc")
        .arg("-V")
        .current_dir(root)
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string())
        .unwrap_or_else(|_| "rustc (unknown)".into());
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap_or_default();
    let criterion = lock
        .split("[[package]]")
        .find(|package| package.contains("\nname = \"criterion\"\n"))
        .and_then(|package| {
            package
                .lines()
                .find_map(|line| line.strip_prefix("version = "))
                .map(|version| version.trim_matches('"').to_string())
        })
        .unwrap_or_else(|| "(unknown)".into());
    let logical = std::thread::available_parallelism().map_or(1, |n| n.get()) as u32;
    Machine {
        microarchitecture: microarchitecture(&vendor, family, model).map(String::from),
        vendor,
        model_name: field("model name").unwrap_or_else(|| std::env::consts::ARCH.into()),
        family,
        model,
        stepping: number("stepping"),
        reported_mhz: field("cpu MHz").and_then(|v| v.parse().ok()),
        logical_cpus: logical,
        cores: if cores.is_empty() {
            logical
        } else {
            cores.len() as u32
        },
        hypervisor: field("flags")
            .is_some_and(|flags| flags.split_whitespace().any(|flag| flag == "hypervisor")),
        os,
        kernel,
        rustc,
        criterion,
    }
}

/// Today's date in UTC, `YYYY-MM-DD`, from the system clock.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
