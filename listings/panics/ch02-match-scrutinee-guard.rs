use std::cell::RefCell;
use std::collections::HashMap;

// ANCHOR: match_scrutinee
fn slow_square(n: u64) -> u64 {
    n * n // imagine a network call here
}

fn main() {
    let cache: RefCell<HashMap<u64, u64>> = RefCell::new(HashMap::new());
    let key = 12;

    let value = match cache.borrow().get(&key) {
        Some(hit) => *hit,
        None => {
            let computed = slow_square(key);
            // The scrutinee's `Ref` lives to the end of the `match`, in every edition.
            cache.borrow_mut().insert(key, computed);
            computed
        }
    };
    println!("{key}² = {value}");
}
// ANCHOR_END: match_scrutinee
