use parking_lot::{RwLock, RwLockUpgradableReadGuard, RwLockWriteGuard};
use std::collections::HashMap;

// ANCHOR: upgradable_read
/// Looks a word up; only if it is missing does the reader become a writer.
fn length_of(cache: &RwLock<HashMap<String, usize>>, word: &str) -> usize {
    let entries = cache.upgradable_read(); // plain readers may still come in
    if let Some(&length) = entries.get(word) {
        return length;
    }
    // Waits for the plain readers to leave; no other upgrader can exist.
    let mut entries = RwLockUpgradableReadGuard::upgrade(entries);
    let length = word.chars().count();
    entries.insert(word.to_string(), length);
    length
}

fn main() {
    let cache = RwLock::new(HashMap::new());
    println!("length of crab: {}", length_of(&cache, "crab"));
    println!("length of crab: {} (cached)", length_of(&cache, "crab"));

    let upgradable = cache.upgradable_read();
    println!("with an upgradable guard out:");
    println!("  plain reader:        {}", cache.try_read().is_some());
    println!(
        "  second upgradable:   {}",
        cache.try_upgradable_read().is_some()
    );
    println!("  writer:              {}", cache.try_write().is_some());

    let mut writer = RwLockUpgradableReadGuard::upgrade(upgradable);
    writer.insert("ferris".to_string(), 6);
    let reader = RwLockWriteGuard::downgrade(writer); // and back to a reader
    println!("entries after downgrade: {}", reader.len());
    println!("  plain reader:        {}", cache.try_read().is_some());
}
// ANCHOR_END: upgradable_read
