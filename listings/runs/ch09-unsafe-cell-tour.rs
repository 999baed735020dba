use std::cell::UnsafeCell;

// ANCHOR: tour
fn main() {
    // `new` and `get`: a raw pointer that may write, from a shared `&`.
    let cell = UnsafeCell::new(1);
    let shared = &cell;
    // SAFETY: no reference into `cell` exists while the pointer writes.
    unsafe { *shared.get() += 1 };

    // `get_mut`: with `&mut UnsafeCell<T>`, no `unsafe` is needed.
    let mut cell = cell;
    *cell.get_mut() += 1;

    // `into_inner`: the value back out, by value.
    println!("after get and get_mut: {}", cell.into_inner());

    // `from_mut`: see a `&mut T` as a `&mut UnsafeCell<T>`.
    let mut plain = 10;
    let as_cell: &UnsafeCell<i32> = UnsafeCell::from_mut(&mut plain);
    // SAFETY: `as_cell` is the only way to `plain` while it lives.
    unsafe { *as_cell.get() += 1 };
    println!("after from_mut: {plain}");

    // `raw_get`: from a raw pointer to the cell, no reference needed.
    let boxed: *mut UnsafeCell<i32> = Box::into_raw(Box::new(UnsafeCell::new(20)));
    // SAFETY: `boxed` came from `Box::into_raw` and is freed only below.
    unsafe { *UnsafeCell::raw_get(boxed) += 1 };
    // SAFETY: the pointer came from `Box::into_raw` and is not used again.
    let back = unsafe { Box::from_raw(boxed) };
    println!("after raw_get: {}", back.into_inner());
}
// ANCHOR_END: tour
