//! What a run of the suite measured, and where: the committed results file.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// criterion's `estimates.json`: one estimate per statistic, each with its
/// bootstrap confidence interval. `slope` is absent in flat sampling mode.
#[derive(Debug, Clone, Deserialize)]
pub struct CriterionEstimates {
    pub mean: CriterionEstimate,
    pub median: CriterionEstimate,
    pub slope: Option<CriterionEstimate>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CriterionEstimate {
    pub confidence_interval: CriterionInterval,
    pub point_estimate: f64,
    pub standard_error: f64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CriterionInterval {
    pub confidence_level: f64,
    pub lower_bound: f64,
    pub upper_bound: f64,
}

/// criterion's `benchmark.json`: which benchmark an estimate belongs to.
#[derive(Debug, Clone, Deserialize)]
pub struct CriterionBenchmark {
    pub group_id: String,
    pub function_id: Option<String>,
    pub value_str: Option<String>,
    pub throughput: Option<CriterionThroughput>,
}

#[derive(Debug, Clone, Deserialize)]
pub enum CriterionThroughput {
    Elements(u64),
    Bytes(u64),
    BytesDecimal(u64),
    ElementsAndBytes { elements: u64, bytes: u64 },
}

impl CriterionThroughput {
    /// Operations per criterion iteration (1 for byte throughputs).
    pub fn elements(&self) -> u64 {
        match self {
            CriterionThroughput::Elements(n) => *n,
            CriterionThroughput::ElementsAndBytes { elements, .. } => *elements,
            _ => 1,
        }
    }
}

/// Which of criterion's statistics a row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Estimator {
    /// The slope of the linear regression of time on iterations (linear
    /// sampling: the uncontended rows).
    Slope,
    /// The mean time per iteration over equal samples (flat sampling: the
    /// contended rows).
    Mean,
}

/// A point estimate with its confidence interval, in nanoseconds per
/// operation.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    pub point: f64,
    pub lower: f64,
    pub upper: f64,
}

impl Interval {
    pub fn scaled(self, by: f64) -> Interval {
        Interval {
            point: self.point * by,
            lower: self.lower * by,
            upper: self.upper * by,
        }
    }
}

/// One benchmark's estimate in one run of the suite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// `group/function/value`, as criterion names the benchmark.
    pub id: String,
    pub estimator: Estimator,
    /// Nanoseconds per operation (criterion's time per iteration divided by
    /// the operations each iteration does).
    pub ns: Interval,
}

/// How far each thread of a contended benchmark got, over all its timed
/// windows: the fewest and the most operations of one thread, as a multiple
/// of an even share (1.0 is perfectly fair).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fairness {
    pub id: String,
    pub threads: u32,
    pub fewest: f64,
    pub most: f64,
}

/// The machine, OS and toolchain, read when the benchmarks ran.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Machine {
    pub vendor: String,
    pub model_name: String,
    pub family: u32,
    pub model: u32,
    pub stepping: u32,
    /// The microarchitecture the family and model name, if known.
    pub microarchitecture: Option<String>,
    /// The frequency the kernel reports (`cpu MHz`); in a virtual machine
    /// this is the host's nominal frequency, not a measured one.
    pub reported_mhz: Option<f64>,
    pub logical_cpus: u32,
    pub cores: u32,
    pub hypervisor: bool,
    pub os: String,
    pub kernel: String,
    pub rustc: String,
    pub criterion: String,
}

/// The state of the machine around one run of the benchmarks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conditions {
    /// One-minute load average.
    pub load: f64,
    /// Share of CPU time stolen by the hypervisor since the previous
    /// reading (or since boot, for the first).
    pub steal: f64,
}

/// One repetition of the whole suite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub before: Conditions,
    pub after: Conditions,
    pub seconds: f64,
    pub estimates: Vec<Estimate>,
    pub fairness: Vec<Fairness>,
}

/// Everything one `cargo run -p costs-report` measured: the committed file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// UTC date of the run, `YYYY-MM-DD`.
    pub date: String,
    pub quick: bool,
    pub confidence_level: f64,
    pub build_seconds: f64,
    pub total_seconds: f64,
    pub machine: Machine,
    /// The repetitions; the tables show the first and the spread of all.
    pub runs: Vec<Run>,
}

impl Results {
    pub fn from_json(text: &str) -> Result<Results, String> {
        serde_json::from_str(text).map_err(|e| format!("results file: {e}"))
    }

    /// Compact JSON, one estimate per line, so that a rerun's diff is
    /// readable.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("results serialise") + "\n"
    }

    /// The first run's estimate for `group/function/value`.
    pub fn get(&self, id: &str) -> Result<Interval, String> {
        self.runs
            .first()
            .and_then(|run| run.estimates.iter().find(|e| e.id == id))
            .map(|e| e.ns)
            .ok_or_else(|| format!("no estimate for `{id}` in the results: did it run?"))
    }

    pub fn estimator(&self, id: &str) -> Result<Estimator, String> {
        self.runs
            .first()
            .and_then(|run| run.estimates.iter().find(|e| e.id == id))
            .map(|e| e.estimator)
            .ok_or_else(|| format!("no estimate for `{id}`"))
    }

    /// The point estimates of every run for `id`.
    pub fn points(&self, id: &str) -> Vec<f64> {
        self.runs
            .iter()
            .filter_map(|run| run.estimates.iter().find(|e| e.id == id))
            .map(|e| e.ns.point)
            .collect()
    }

    /// The spread of the runs' point estimates for `id`: (max − min) / min.
    /// `None` with fewer than two runs.
    pub fn spread(&self, id: &str) -> Option<f64> {
        let points = self.points(id);
        if points.len() < 2 {
            return None;
        }
        let low = points.iter().copied().fold(f64::MAX, f64::min);
        let high = points.iter().copied().fold(f64::MIN, f64::max);
        Some((high - low) / low)
    }

    pub fn fairness(&self, id: &str) -> Option<&Fairness> {
        self.runs.first()?.fairness.iter().find(|f| f.id == id)
    }

    /// Nanoseconds per cycle, from the calibration chain of dependent adds
    /// (one add per cycle on every x86-64 core of the last decade).
    pub fn ns_per_cycle(&self) -> Result<f64, String> {
        Ok(self.get(CALIBRATION)?.point)
    }

    /// Every id in the first run, in order.
    pub fn ids(&self) -> BTreeMap<&str, Estimator> {
        self.runs
            .first()
            .map(|run| {
                run.estimates
                    .iter()
                    .map(|e| (e.id.as_str(), e.estimator))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The benchmark that calibrates cycles: a chain of dependent adds.
pub const CALIBRATION: &str = "floor/add-chain/";

/// The microarchitecture of an x86-64 family and model, for the ones this
/// book has been measured on and their neighbours (Intel SDM, AMD PPRs).
pub fn microarchitecture(vendor: &str, family: u32, model: u32) -> Option<&'static str> {
    match (vendor, family, model) {
        ("GenuineIntel", 6, 0x55) => Some("Skylake-SP / Cascade Lake"),
        ("GenuineIntel", 6, 0x6a | 0x6c) => Some("Ice Lake-SP (Sunny Cove)"),
        ("GenuineIntel", 6, 0x8f) => Some("Sapphire Rapids (Golden Cove)"),
        ("GenuineIntel", 6, 0xa7) => Some("Rocket Lake (Cypress Cove)"),
        ("GenuineIntel", 6, 0x8e | 0x9e) => Some("Kaby Lake / Coffee Lake (Skylake)"),
        ("AuthenticAMD", 0x17, 0x31) => Some("Zen 2 (Rome)"),
        ("AuthenticAMD", 0x19, 0x01) => Some("Zen 3 (Milan)"),
        ("AuthenticAMD", 0x19, 0x11) => Some("Zen 4 (Genoa)"),
        ("AuthenticAMD", 0x1a, _) => Some("Zen 5"),
        _ => None,
    }
}
