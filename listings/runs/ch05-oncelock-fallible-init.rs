use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Barrier, OnceLock};
use std::thread;

#[derive(Debug)]
struct Settings {
    retries: u32,
}

fn load(text: &str) -> Result<Settings, String> {
    let retries = text.strip_prefix("retries = ").ok_or("no `retries` line")?;
    let retries = retries
        .parse()
        .map_err(|_| format!("bad retries: {retries}"))?;
    Ok(Settings { retries })
}

static DISCARDED: AtomicUsize = AtomicUsize::new(0);

// ANCHOR: get_then_set
fn get_or_load(
    cell: &OnceLock<Settings>,
    load: impl FnOnce() -> Result<Settings, String>,
) -> Result<&Settings, String> {
    if let Some(settings) = cell.get() {
        return Ok(settings);
    }
    let settings = load()?; // an error leaves the cell empty: a later call retries
    if cell.set(settings).is_err() {
        // Another thread filled the cell first; our value has been dropped.
        DISCARDED.fetch_add(1, Ordering::Relaxed);
    }
    Ok(cell.get().expect("a `set` has filled the cell"))
}
// ANCHOR_END: get_then_set

// ANCHOR: race
static SETTINGS: OnceLock<Settings> = OnceLock::new();

fn main() {
    println!("{:?}", get_or_load(&SETTINGS, || load("retries = x")));
    println!("after the error: get = {:?}", SETTINGS.get());

    let loads = AtomicUsize::new(0);
    let both_loading = Barrier::new(2); // opens only when two loads run at once
    let seen: Vec<&Settings> = thread::scope(|s| {
        let callers: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(|| {
                    let settings = get_or_load(&SETTINGS, || {
                        loads.fetch_add(1, Ordering::Relaxed);
                        both_loading.wait();
                        load("retries = 3")
                    });
                    settings.unwrap()
                })
            })
            .collect();
        callers.into_iter().map(|c| c.join().unwrap()).collect()
    });
    println!("loads run: {}", loads.load(Ordering::Relaxed));
    println!("values discarded: {}", DISCARDED.load(Ordering::Relaxed));
    println!(
        "both callers got the same value: {}",
        std::ptr::eq(seen[0], seen[1])
    );
    println!(
        "the cell holds retries = {}",
        SETTINGS.get().unwrap().retries
    );
}
// ANCHOR_END: race
