use std::cell::OnceCell;
use std::sync::OnceLock;

// ANCHOR: owned_access
fn main() {
    let mut cell: OnceCell<String> = OnceCell::new();
    println!("OnceCell::get_mut, empty: {:?}", cell.get_mut());
    cell.set(String::from("draft")).unwrap();
    cell.get_mut().unwrap().push_str(" 2"); // `&mut self`: change it in place
    println!("OnceCell::take:       {:?}", cell.take()); // empties the cell
    println!("OnceCell::get after:  {:?}", cell.get());
    cell.set(String::from("final")).unwrap();
    println!("OnceCell::into_inner: {:?}", cell.into_inner());

    let mut lock: OnceLock<Vec<u16>> = OnceLock::new();
    lock.get_or_init(|| vec![80]);
    lock.get_mut().unwrap().push(443); // no waiting: `&mut` rules out other threads
    println!("OnceLock::take:       {:?}", lock.take());
    println!("OnceLock::get after:  {:?}", lock.get());
    lock.set(vec![8080]).unwrap();
    println!("OnceLock::into_inner: {:?}", lock.into_inner());
}
// ANCHOR_END: owned_access
