use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

// ANCHOR: reserve_loop
const CAPACITY: usize = 100;
static RESERVED: AtomicUsize = AtomicUsize::new(0);

/// Reserves `seats` if they still fit; `fetch_add` cannot say "only if".
fn reserve(seats: usize) -> bool {
    let mut current = RESERVED.load(Ordering::Relaxed);
    loop {
        if current + seats > CAPACITY {
            return false; // a real "no": the seats are gone
        }
        match RESERVED.compare_exchange_weak(
            current,
            current + seats,
            Ordering::Relaxed,
            Ordering::Relaxed,
        ) {
            Ok(_) => return true,
            // Another thread got in first, or the weak version failed
            // spuriously: either way, `actual` is fresh, so try again.
            Err(actual) => current = actual,
        }
    }
}

fn main() {
    let granted: usize = thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|_| scope.spawn(|| (0..30).filter(|_| reserve(1)).count()))
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    });
    println!("asked for 120 seats, granted {granted}");
    println!("reserved: {}", RESERVED.load(Ordering::Relaxed));
}
// ANCHOR_END: reserve_loop
