use std::cell::RefCell;

// ANCHOR: raw_access
fn main() {
    let cell = RefCell::new(41);

    let raw: *mut i32 = cell.as_ptr();
    // SAFETY: no guard is alive, and none is made while `raw` is in use.
    unsafe { *raw += 1 };

    let writer = cell.borrow_mut();
    // SAFETY: this call is refused, so no reference is made.
    let refused = unsafe { cell.try_borrow_unguarded() }.is_err();
    println!("unguarded read refused while written: {refused}");
    drop(writer);

    // SAFETY: no `RefMut` of `cell` exists while `value` is in use, which
    // ends with the next statement.
    let value: &i32 = unsafe { cell.try_borrow_unguarded() }.unwrap();
    println!("read {value} with no guard");
    // The counter never knew about `value`: it is still in scope, and a
    // writer gets in. Letting one in while `value` was still in use would
    // have been undefined behaviour.
    println!("writer let in: {}", cell.try_borrow_mut().is_ok());
}
// ANCHOR_END: raw_access
