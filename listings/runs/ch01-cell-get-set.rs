use std::cell::Cell;

// ANCHOR: get_set
fn main() {
    let temperature = Cell::new(18);
    let sensor = &temperature; // two shared references...
    let display = &temperature; // ...to the same cell

    sensor.set(21); // write through one
    println!("display reads {}", display.get()); // read through the other

    let before = display.get(); // a copy, not a reference
    sensor.set(25);
    println!("the copy taken before still says {before}");
    println!("the cell now says {}", temperature.get());
}
// ANCHOR_END: get_set
