use std::marker::PhantomData;
use std::sync::Mutex;

async fn save(page: &str) {
    tokio::task::yield_now().await; // stands for a write to disk or network
    let _ = page;
}

// ANCHOR: future_not_send
#[allow(clippy::await_holding_lock)] // the mistake this listing measures
async fn guard_across_await(visits: &Mutex<Vec<String>>, page: String) {
    let mut list = visits.lock().unwrap();
    save(&page).await; // the guard is part of the suspended future
    list.push(page);
}

async fn guard_before_await(visits: &Mutex<Vec<String>>, page: String) {
    visits.lock().unwrap().push(page.clone()); // the guard ends at the `;`
    save(&page).await;
}

// Clippy reads this the way the compiler does: as a guard held across `.await`.
#[allow(clippy::await_holding_lock)]
async fn guard_dropped_by_drop(visits: &Mutex<Vec<String>>, page: String) {
    let mut list = visits.lock().unwrap();
    list.push(page.clone());
    drop(list); // gone before the `.await`, yet still counted (Rust 1.95)
    save(&page).await;
}

/// A guard that is dropped without ever being borrowed: `drop` is enough here.
async fn guard_unused_then_dropped(visits: &Mutex<Vec<String>>, page: String) {
    let list = visits.lock().unwrap();
    drop(list); // never borrowed, so the compiler knows it is gone
    save(&page).await;
}

async fn guard_in_a_block(visits: &Mutex<Vec<String>>, page: String) {
    {
        let mut list = visits.lock().unwrap();
        list.push(page.clone());
    } // the block ends the guard's scope before the `.await`
    save(&page).await;
}

/// `probe(&value).is_send()` is `true` exactly when the value's type is `Send`:
/// the inherent method exists only for `T: Send`; otherwise the trait's is used.
struct Probe<T>(PhantomData<T>);
impl<T: Send> Probe<T> {
    fn is_send(&self) -> bool {
        true
    }
}
trait NotSend {
    fn is_send(&self) -> bool {
        false
    }
}
impl<T> NotSend for Probe<T> {}
fn probe<T>(_: &T) -> Probe<T> {
    Probe(PhantomData)
}

fn main() {
    let visits = Mutex::new(Vec::new());
    let held = guard_across_await(&visits, "/home".to_string());
    let temporary = guard_before_await(&visits, "/about".to_string());
    let dropped = guard_dropped_by_drop(&visits, "/blog".to_string());
    let unused = guard_unused_then_dropped(&visits, "/news".to_string());
    let block = guard_in_a_block(&visits, "/shop".to_string());
    println!(
        "guard held across .await:  Send = {}",
        probe(&held).is_send()
    );
    println!(
        "guard a temporary:         Send = {}",
        probe(&temporary).is_send()
    );
    println!(
        "guard ended with drop():   Send = {}",
        probe(&dropped).is_send()
    );
    println!(
        "unused guard, then drop(): Send = {}",
        probe(&unused).is_send()
    );
    println!(
        "guard ended with a block:  Send = {}",
        probe(&block).is_send()
    );
}
// ANCHOR_END: future_not_send
