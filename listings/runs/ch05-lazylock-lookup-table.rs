use std::collections::HashMap;
use std::sync::LazyLock;
use std::thread;

// ANCHOR: lookup_table
/// Conversion factors to metres, built on first use by whichever thread
/// gets there first.
static TO_METRES: LazyLock<HashMap<&'static str, f64>> = LazyLock::new(|| {
    println!("  (building the unit table)");
    HashMap::from([
        ("mm", 0.001),
        ("cm", 0.01),
        ("in", 0.0254),
        ("ft", 0.3048),
        ("mi", 1609.344),
    ])
});

fn to_metres(amount: f64, unit: &str) -> Option<f64> {
    TO_METRES.get(unit).map(|factor| amount * factor) // `Deref` to the map
}

fn main() {
    println!("table built yet? {}", LazyLock::get(&TO_METRES).is_some());
    let queries = [(12.0, "in"), (3.0, "ft"), (2.0, "mi"), (5.0, "furlong")];
    let answers: Vec<Option<f64>> = thread::scope(|scope| {
        let handles: Vec<_> = queries
            .iter()
            .map(|&(amount, unit)| scope.spawn(move || to_metres(amount, unit)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for ((amount, unit), answer) in queries.iter().zip(answers) {
        match answer {
            Some(metres) => println!("{amount} {unit} = {metres:.4} m"),
            None => println!("{amount} {unit}: unknown unit"),
        }
    }
    println!("table built yet? {}", LazyLock::get(&TO_METRES).is_some());
}
// ANCHOR_END: lookup_table
