use std::cell::RefCell;
use std::rc::{Rc, Weak};

// ANCHOR: weak_parent
struct Folder {
    name: &'static str,
    parent: RefCell<Weak<Folder>>,      // looks up: does not own
    children: RefCell<Vec<Rc<Folder>>>, // looks down: owns
}

impl Drop for Folder {
    fn drop(&mut self) {
        println!("{} dropped", self.name);
    }
}

fn folder(name: &'static str) -> Rc<Folder> {
    Rc::new(Folder {
        name,
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(Vec::new()),
    })
}

fn adopt(parent: &Rc<Folder>, child: &Rc<Folder>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(Rc::clone(child));
}

fn main() {
    let home = folder("home");
    let docs = folder("docs");
    adopt(&home, &docs);
    println!(
        "home: strong {}, weak {}",
        Rc::strong_count(&home),
        Rc::weak_count(&home)
    );
    println!(
        "docs: strong {}, weak {}",
        Rc::strong_count(&docs),
        Rc::weak_count(&docs)
    );

    let parent_name = docs.parent.borrow().upgrade().map(|p| p.name);
    println!("docs' parent: {parent_name:?}");

    drop(home); // the only strong owner of `home`
    println!(
        "docs' parent after dropping home: {:?}",
        docs.parent.borrow().upgrade().map(|p| p.name)
    );
}
// ANCHOR_END: weak_parent
