//! Numbers as the tables print them: three significant digits, the unit
//! chosen after rounding (so 9.996 ns prints as "10.0 ns", not "10.00 ns").

use crate::model::Interval;

/// Rounds to `digits` significant digits.
fn significant(x: f64, digits: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(digits - 1 - x.abs().log10().floor() as i32);
    (x * scale).round() / scale
}

/// Decimals that show three significant digits of an already rounded
/// value below 1000.
fn decimals(rounded: f64) -> usize {
    match rounded.abs() {
        x if x < 1.0 => 3,
        x if x < 10.0 => 2,
        x if x < 100.0 => 1,
        _ => 0,
    }
}

/// The number part of a time, and its unit.
fn time_parts(ns: f64) -> (String, &'static str) {
    let rounded = significant(ns, 3);
    if rounded < 1000.0 {
        (format!("{rounded:.*}", decimals(rounded)), "ns")
    } else if rounded < 1_000_000.0 {
        let us = significant(rounded / 1000.0, 3);
        (format!("{us:.*}", decimals(us)), "µs")
    } else {
        let ms = significant(rounded / 1e6, 3);
        (format!("{ms:.*}", decimals(ms)), "ms")
    }
}

/// A time in nanoseconds for a table cell: "0.640 ns", "10.0 ns", "1.20 µs"
/// (a non-breaking space before the unit).
pub fn time(ns: f64) -> String {
    let (number, unit) = time_parts(ns);
    format!("{number}&nbsp;{unit}")
}

/// A time with its confidence interval: "5.41&nbsp;ns<br>(5.38–5.46)".
pub fn time_interval(ns: Interval) -> String {
    let (number, unit) = time_parts(ns.point);
    let scale = match unit {
        "ns" => 1.0,
        "µs" => 1e3,
        _ => 1e6,
    };
    let bound = |x: f64| {
        let r = significant(x / scale, 3);
        format!("{r:.*}", decimals(r))
    };
    format!(
        "{number}&nbsp;{unit} <small>({}–{})</small>",
        bound(ns.lower),
        bound(ns.upper)
    )
}

/// A ratio: "1.0×", "0.80×" below 1, "12×" from 10.
pub fn ratio(r: f64) -> String {
    let rounded = significant(r, 2);
    if rounded < 0.1 {
        // Two significant digits, however small: "0.0067×", never "0.00×".
        format!("{rounded}×")
    } else if rounded < 1.0 {
        format!("{rounded:.2}×")
    } else if rounded < 10.0 {
        format!("{rounded:.1}×")
    } else {
        format!("{rounded:.0}×")
    }
}

/// Cycles: "0.50", "4.0", "18", "230".
pub fn cycles(c: f64) -> String {
    let rounded = significant(c, 2);
    if rounded < 1.0 {
        format!("{rounded:.2}")
    } else if rounded < 10.0 {
        format!("{rounded:.1}")
    } else {
        format!("{rounded:.0}")
    }
}

/// A share as a percentage: "3%", "0.4%", "<0.1%".
pub fn percent(share: f64) -> String {
    let p = share * 100.0;
    if p < 0.1 {
        "&lt;0.1%".into()
    } else if significant(p, 2) < 10.0 {
        format!("{:.1}%", significant(p, 2))
    } else {
        format!("{:.0}%", p)
    }
}

/// Minutes and seconds: "4 min 05 s".
pub fn minutes(seconds: f64) -> String {
    let s = seconds.round() as u64;
    format!("{} min {:02} s", s / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_rounds_before_choosing_the_unit() {
        assert_eq!(time(9.996), "10.0&nbsp;ns");
        assert_eq!(time(9.994), "9.99&nbsp;ns");
        assert_eq!(time(99.96), "100&nbsp;ns");
        assert_eq!(time(999.6), "1.00&nbsp;µs");
        assert_eq!(time(999.4), "999&nbsp;ns");
        assert_eq!(time(0.6449), "0.645&nbsp;ns");
        assert_eq!(time(0.9996), "1.00&nbsp;ns");
        assert_eq!(time(12_345.0), "12.3&nbsp;µs");
        assert_eq!(time(999_600.0), "1.00&nbsp;ms");
    }

    #[test]
    fn interval_uses_the_point_estimates_unit() {
        let ns = Interval {
            point: 5.41,
            lower: 5.384,
            upper: 5.456,
        };
        assert_eq!(time_interval(ns), "5.41&nbsp;ns <small>(5.38–5.46)</small>");
        let us = Interval {
            point: 1234.0,
            lower: 999.0,
            upper: 1500.0,
        };
        assert_eq!(
            time_interval(us),
            "1.23&nbsp;µs <small>(0.999–1.50)</small>"
        );
    }

    #[test]
    fn ratio_boundaries() {
        assert_eq!(ratio(0.995), "1.0×");
        assert_eq!(ratio(0.8), "0.80×");
        assert_eq!(ratio(9.96), "10×");
        assert_eq!(ratio(9.94), "9.9×");
        assert_eq!(ratio(54.4), "54×");
        assert_eq!(ratio(0.00667), "0.0067×");
        assert_eq!(ratio(0.0996), "0.10×");
    }

    #[test]
    fn cycles_and_percent_boundaries() {
        assert_eq!(cycles(0.996), "1.0");
        assert_eq!(cycles(9.96), "10");
        assert_eq!(cycles(4.04), "4.0");
        assert_eq!(percent(0.0004), "&lt;0.1%");
        assert_eq!(percent(0.0996), "10%");
        assert_eq!(percent(0.034), "3.4%");
        assert_eq!(minutes(245.4), "4 min 05 s");
    }
}
