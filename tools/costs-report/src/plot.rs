//! The plot of the contended lock sweeps: time per operation against
//! threads, a panel per sweep, a line per lock, on a shared log scale; on a
//! white background, so that it reads the same in every theme of the book.

use crate::model::Results;
use crate::tables::{LOCK_SWEEPS, thread_counts};
use std::fmt::Write as _;

/// Plot colours (Okabe–Ito) and dashes of the four locks, in the order of
/// `tables::LOCK_ROWS`.
const STYLE: &[(&str, bool)] = &[
    ("#0072B2", false),
    ("#D55E00", true),
    ("#009E73", false),
    ("#CC79A7", true),
];

/// Tick values 1, 2, 5 × 10^k from the last one at or below `low` to the
/// first one at or above `high`.
pub fn log_ticks(low: f64, high: f64) -> Vec<f64> {
    let candidates: Vec<f64> = (-3..=9)
        .flat_map(|k| [1.0, 2.0, 5.0].map(|step| step * 10f64.powi(k)))
        .collect();
    let first = candidates.iter().rposition(|t| *t <= low).unwrap_or(0);
    let last = candidates
        .iter()
        .position(|t| *t >= high)
        .unwrap_or(candidates.len() - 1);
    candidates[first..=last].to_vec()
}

fn tick_label(ns: f64) -> String {
    if ns >= 1000.0 {
        format!("{} µs", ns / 1000.0)
    } else {
        format!("{ns}")
    }
}

pub fn contended(results: &Results) -> Result<String, String> {
    let cores = results.machine.logical_cpus;
    let mut all = Vec::new();
    for sweep in LOCK_SWEEPS {
        for threads in thread_counts(results, sweep.group) {
            for (id, _) in sweep.rows {
                all.push(results.get(&format!("{}/{id}/{threads}", sweep.group))?);
            }
        }
    }
    if all.is_empty() {
        return Err("no contended estimates to plot".into());
    }
    let low = all.iter().map(|i| i.lower).fold(f64::MAX, f64::min);
    let high = all.iter().map(|i| i.upper).fold(f64::MIN, f64::max);
    let ticks = log_ticks(low, high);
    let (y_min, y_max) = (ticks[0].log10(), ticks[ticks.len() - 1].log10());

    let (left, top, panel_w, panel_h, gap) = (84.0, 40.0, 165.0, 220.0, 22.0);
    let width = left + LOCK_SWEEPS.len() as f64 * (panel_w + gap);
    let height = 360.0;
    let y_of = |ns: f64| top + panel_h * (1.0 - (ns.log10() - y_min) / (y_max - y_min));
    let text = "fill=\"#222\"";
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n\
         <title>Contended locks: time per operation against threads, with 95% intervals</title>\n\
         <rect width=\"{width}\" height=\"{height}\" rx=\"8\" fill=\"#ffffff\"/>\n"
    );
    for (panel, sweep) in LOCK_SWEEPS.iter().enumerate() {
        let counts = thread_counts(results, sweep.group);
        let x0 = left + panel as f64 * (panel_w + gap);
        let x_of = |i: usize| {
            let steps = (counts.len().max(2) - 1) as f64;
            x0 + 15.0 + (panel_w - 30.0) * i as f64 / steps
        };
        let middle = x0 + panel_w / 2.0;
        // Oversubscribed thread counts sit on a grey band.
        if let Some(first_over) = counts.iter().position(|t| *t > cores) {
            let x = (x_of(first_over) + x_of(first_over.saturating_sub(1))) / 2.0;
            writeln!(
                svg,
                "<rect x=\"{x:.1}\" y=\"{top}\" width=\"{:.1}\" height=\"{panel_h}\" fill=\"#eee\"/>\n\
                 <text x=\"{:.1}\" y=\"{}\" fill=\"#666\" font-size=\"10\">threads &gt; CPUs</text>",
                x0 + panel_w - x,
                x + 3.0,
                top + 12.0
            )
            .unwrap();
        }
        writeln!(
            svg,
            "<text x=\"{middle}\" y=\"{}\" text-anchor=\"middle\" font-weight=\"bold\" {text}>{}</text>\n\
             <rect x=\"{x0}\" y=\"{top}\" width=\"{panel_w}\" height=\"{panel_h}\" fill=\"none\" stroke=\"#999\"/>",
            top - 10.0,
            sweep.title
        )
        .unwrap();
        for tick in &ticks {
            let y = y_of(*tick);
            writeln!(
                svg,
                "<line x1=\"{x0}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" stroke=\"#ddd\"/>",
                x0 + panel_w
            )
            .unwrap();
            if panel == 0 {
                writeln!(
                    svg,
                    "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" {text}>{}</text>",
                    x0 - 6.0,
                    y + 4.0,
                    tick_label(*tick)
                )
                .unwrap();
            }
        }
        for (i, threads) in counts.iter().enumerate() {
            writeln!(
                svg,
                "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" {text}>{threads}</text>",
                x_of(i),
                top + panel_h + 16.0
            )
            .unwrap();
        }
        writeln!(
            svg,
            "<text x=\"{middle}\" y=\"{}\" text-anchor=\"middle\" {text}>threads</text>",
            top + panel_h + 32.0
        )
        .unwrap();
        for ((id, _), (colour, dashed)) in sweep.rows.iter().zip(STYLE) {
            let mut points = Vec::new();
            for (i, threads) in counts.iter().enumerate() {
                let ns = results.get(&format!("{}/{id}/{threads}", sweep.group))?;
                let x = x_of(i);
                writeln!(
                    svg,
                    "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"{colour}\"/>",
                    y_of(ns.lower),
                    y_of(ns.upper)
                )
                .unwrap();
                points.push((x, y_of(ns.point)));
            }
            let path: Vec<String> = points
                .iter()
                .map(|(x, y)| format!("{x:.1},{y:.1}"))
                .collect();
            let dash = if *dashed {
                " stroke-dasharray=\"6 4\""
            } else {
                ""
            };
            writeln!(
                svg,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>",
                path.join(" ")
            )
            .unwrap();
            for (x, y) in points {
                writeln!(
                    svg,
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\" fill=\"{colour}\"/>"
                )
                .unwrap();
            }
        }
    }
    writeln!(
        svg,
        "<text transform=\"translate(22 {}) rotate(-90)\" text-anchor=\"middle\" {text}>ns per operation, all threads (log scale)</text>",
        top + panel_h / 2.0
    )
    .unwrap();
    let legend_y = height - 24.0;
    for (i, ((_, label), (colour, dashed))) in LOCK_SWEEPS[0].rows.iter().zip(STYLE).enumerate() {
        let x = left + i as f64 * 180.0;
        let dash = if *dashed {
            " stroke-dasharray=\"6 4\""
        } else {
            ""
        };
        writeln!(
            svg,
            "<line x1=\"{x}\" y1=\"{legend_y}\" x2=\"{}\" y2=\"{legend_y}\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>\n\
             <text x=\"{}\" y=\"{}\" {text}>{}</text>",
            x + 28.0,
            x + 34.0,
            legend_y + 4.0,
            label.replace('`', "")
        )
        .unwrap();
    }
    svg.push_str("</svg>\n");
    Ok(svg)
}
