use std::cell::LazyCell;
use std::sync::LazyLock;

// ANCHOR: force_and_get
fn main() {
    let mut greeting = LazyCell::new(|| {
        println!("  (the closure runs)");
        String::from("hello")
    });
    println!("LazyCell::get:     {:?}", LazyCell::get(&greeting)); // does not run it
    println!("LazyCell::get_mut: {:?}", LazyCell::get_mut(&mut greeting));
    println!("LazyCell::force:   {}", LazyCell::force(&greeting)); // runs it
    LazyCell::get_mut(&mut greeting)
        .unwrap()
        .push_str(", world");
    LazyCell::force_mut(&mut greeting).push('!');
    println!("after get_mut and force_mut: {}", *greeting);

    let mut ports = LazyLock::new(|| vec![80, 443]);
    println!(
        "LazyLock::get_mut before:  {:?}",
        LazyLock::get_mut(&mut ports)
    );
    LazyLock::force_mut(&mut ports).push(8080); // runs the closure, then lends `&mut`
    println!(
        "LazyLock::get_mut after:   {:?}",
        LazyLock::get_mut(&mut ports)
    );
    println!("LazyLock::force:           {:?}", LazyLock::force(&ports));
}
// ANCHOR_END: force_and_get
