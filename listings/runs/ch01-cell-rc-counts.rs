use std::rc::Rc;

// ANCHOR: rc_counts
fn main() {
    let shared = Rc::new(String::from("one allocation"));
    println!("after new: {}", Rc::strong_count(&shared));

    // `Rc::clone` takes `&Rc` yet bumps a count: that count lives in a `Cell`.
    let second = Rc::clone(&shared);
    {
        let _third = Rc::clone(&second);
        println!("with three handles: {}", Rc::strong_count(&shared));
    } // `_third` dropped: the count goes down, again through `&`
    println!("after one drop: {}", Rc::strong_count(&shared));
}
// ANCHOR_END: rc_counts
