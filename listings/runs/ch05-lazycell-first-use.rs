use std::cell::LazyCell;

/// The primes below `limit`, by the sieve of Eratosthenes.
fn primes_below(limit: usize) -> Vec<usize> {
    let mut composite = vec![false; limit];
    let mut primes = Vec::new();
    for n in 2..limit {
        if !composite[n] {
            primes.push(n);
            for multiple in (n * n..limit).step_by(n) {
                composite[multiple] = true;
            }
        }
    }
    primes
}

// ANCHOR: lazy_cell
fn main() {
    let primes = LazyCell::new(|| {
        println!("  (running the sieve)");
        primes_below(50)
    });
    println!("created the LazyCell");
    println!("how many: {}", primes.len()); // first use: the closure runs
    println!("largest: {:?}", primes.last()); // already there
}
// ANCHOR_END: lazy_cell
