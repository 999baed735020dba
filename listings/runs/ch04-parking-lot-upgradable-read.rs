use parking_lot::{RwLock, RwLockUpgradableReadGuard, RwLockWriteGuard};
use std::collections::HashMap;
use std::sync::Barrier;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

// ANCHOR: upgradable_read
struct Cache {
    lengths: RwLock<HashMap<String, usize>>,
    computed: AtomicUsize, // how many times a length was worked out
}

impl Cache {
    fn length_of(&self, word: &str) -> usize {
        // A hit takes a plain read guard, which any number of threads share.
        if let Some(&length) = self.lengths.read().get(word) {
            return length;
        }
        // A miss: one upgradable guard at a time; plain readers still get in.
        let entries = self.lengths.upgradable_read();
        // Check again: another thread may have filled it in since our read.
        if let Some(&length) = entries.get(word) {
            return length;
        }
        // Waits for the plain readers to leave; no other upgrader can exist.
        let mut entries = RwLockUpgradableReadGuard::upgrade(entries);
        self.computed.fetch_add(1, Ordering::Relaxed);
        let length = word.chars().count();
        entries.insert(word.to_string(), length);
        length
    }
}

fn main() {
    let cache = Cache {
        lengths: RwLock::new(HashMap::new()),
        computed: AtomicUsize::new(0),
    };
    let start = Barrier::new(2);
    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                start.wait(); // both threads ask for the same word at once
                cache.length_of("crab")
            });
        }
    });
    let computed = cache.computed.load(Ordering::Relaxed);
    println!("two threads asked for crab; it was computed {computed} time(s)");

    let upgradable = cache.lengths.upgradable_read();
    println!("with an upgradable guard out:");
    let hit = thread::scope(|scope| scope.spawn(|| cache.length_of("crab")).join());
    println!("  a hit on another thread: {}", hit.unwrap());
    let second = cache.lengths.try_upgradable_read().is_some();
    println!("  second upgradable:       {second}");
    println!(
        "  writer:                  {}",
        cache.lengths.try_write().is_some()
    );

    let mut writer = RwLockUpgradableReadGuard::upgrade(upgradable);
    writer.insert("ferris".to_string(), 6);
    let reader = RwLockWriteGuard::downgrade(writer); // and back to a reader
    println!("entries after downgrade: {}", reader.len());
    println!(
        "  plain reader:            {}",
        cache.lengths.try_read().is_some()
    );
}
// ANCHOR_END: upgradable_read
