// ANCHOR: two_mut
fn main() {
    let mut balances = [100, 250, 75, 300];

    // Two `&mut` into one slice, split at an index: the halves cannot overlap.
    let (left, right) = balances.split_at_mut(2);
    let (from, to) = (&mut right[1], &mut left[0]);
    *from -= 50;
    *to += 50;
    println!("after split_at_mut:     {balances:?}");

    // Two `&mut` picked by index: checked at run time for overlap.
    if let Ok([from, to]) = balances.get_disjoint_mut([1, 2]) {
        *from -= 25;
        *to += 25;
    }
    println!("after get_disjoint_mut: {balances:?}");

    // The same index twice would be two `&mut` to one element: refused.
    println!(
        "same index twice:       {:?}",
        balances.get_disjoint_mut([1, 1])
    );
}
// ANCHOR_END: two_mut
