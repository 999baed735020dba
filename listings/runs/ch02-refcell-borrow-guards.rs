use std::cell::{Ref, RefCell, RefMut};

// ANCHOR: borrow_guards
fn main() {
    let playlist = RefCell::new(vec![String::from("intro")]);

    {
        let mut writer: RefMut<'_, Vec<String>> = playlist.borrow_mut();
        writer.push(String::from("verse")); // DerefMut: `writer` acts as `&mut Vec<String>`
        writer.push(String::from("chorus"));
    } // `writer` is dropped here, and the exclusive borrow ends with it

    let reader: Ref<'_, Vec<String>> = playlist.borrow();
    let another = playlist.borrow(); // any number of shared borrows at once
    println!(
        "{} songs; first {:?}, last {:?}",
        reader.len(),
        reader[0],
        another.last()
    );
    drop(reader); // `drop` ends a borrow early, without a block
    drop(another);

    playlist.borrow_mut().clear(); // a temporary guard, dropped at the `;`
    println!("after clear: {:?}", playlist.borrow());
}
// ANCHOR_END: borrow_guards
