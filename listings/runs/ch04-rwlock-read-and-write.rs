use std::sync::{RwLock, TryLockError, TryLockResult};

fn outcome<Guard>(attempt: TryLockResult<Guard>) -> &'static str {
    match attempt {
        Ok(_) => "granted",
        Err(TryLockError::WouldBlock) => "would block",
        Err(TryLockError::Poisoned(_)) => "poisoned",
    }
}

// ANCHOR: read_and_write
fn main() {
    let config = RwLock::new(String::from("v1"));

    let reader = config.read().unwrap(); // RwLockReadGuard: `Deref` only
    println!("reading {}", *reader);
    println!("  try_read:  {}", outcome(config.try_read()));
    println!("  try_write: {}", outcome(config.try_write()));
    drop(reader);

    let mut writer = config.write().unwrap(); // RwLockWriteGuard: `DerefMut` too
    writer.push_str("-patched");
    println!("writing {}", *writer);
    println!("  try_read:  {}", outcome(config.try_read()));
    println!("  try_write: {}", outcome(config.try_write()));
    drop(writer);

    println!("unlocked: {}", config.read().unwrap());
}
// ANCHOR_END: read_and_write
