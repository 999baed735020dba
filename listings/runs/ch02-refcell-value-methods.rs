use std::cell::RefCell;

// ANCHOR: value_methods
fn main() {
    let mut version = RefCell::new(1);
    let other = RefCell::new(100);

    let old = version.replace(5);
    println!("replace:      got {old}, now {}", version.borrow());

    let old = version.replace_with(|v| *v * 2);
    println!("replace_with: got {old}, now {}", version.borrow());

    version.swap(&other);
    println!(
        "swap:         now {} and {}",
        version.borrow(),
        other.borrow()
    );

    *version.get_mut() += 1; // `&mut RefCell`: no counter involved
    println!("get_mut:      now {}", version.borrow());

    let taken = other.take();
    println!("take:         got {taken}, left {}", other.borrow());

    println!("into_inner:   {}", version.into_inner());
}
// ANCHOR_END: value_methods
