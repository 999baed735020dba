// ANCHOR: cast
fn main() {
    let total = 0;
    let shared: &i32 = &total;
    let exclusive = shared as &mut i32; // no cast turns `&T` into `&mut T`
    *exclusive += 1;
    println!("{total}");
}
// ANCHOR_END: cast
