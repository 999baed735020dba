use qcell::{LCell, LCellOwner};
use std::rc::{Rc, Weak};

// ANCHOR: cell_family
type Owner<'id> = LCellOwner<'id>;
type NodeCell<'id> = LCell<'id, Node<'id>>;
type Link<'id> = Rc<NodeCell<'id>>;

struct Node<'id> {
    title: String,
    prev: Option<Weak<NodeCell<'id>>>,
    next: Option<Link<'id>>,
}

#[derive(Default)]
struct Playlist<'id> {
    head: Option<Link<'id>>,
    tail: Option<Link<'id>>,
}
// ANCHOR_END: cell_family

impl<'id> Playlist<'id> {
    /// The same methods as before, with `<'id>` on every owner and link.
    fn push_back(&mut self, owner: &mut Owner<'id>, title: &str) -> Link<'id> {
        let node = Rc::new(owner.cell(Node {
            title: title.to_string(),
            prev: None,
            next: None,
        }));
        match self.tail.replace(Rc::clone(&node)) {
            Some(old_tail) => {
                // Two nodes change together: borrow both at once.
                let (old, new) = owner.rw2(&old_tail, &node);
                old.next = Some(Rc::clone(&node));
                new.prev = Some(Rc::downgrade(&old_tail));
            }
            None => self.head = Some(Rc::clone(&node)),
        }
        node
    }

    /// Unlinks a node, wherever it is, and joins its neighbours.
    fn remove(&mut self, owner: &mut Owner<'id>, node: &Link<'id>) {
        let this = node.rw(owner);
        let prev = this.prev.take().and_then(|weak| weak.upgrade());
        let next = this.next.take();
        match (prev, next) {
            (Some(prev), Some(next)) => {
                let (p, n) = owner.rw2(&prev, &next);
                p.next = Some(Rc::clone(&next));
                n.prev = Some(Rc::downgrade(&prev));
            }
            (Some(prev), None) => {
                prev.rw(owner).next = None;
                self.tail = Some(prev);
            }
            (None, Some(next)) => {
                next.rw(owner).prev = None;
                self.head = Some(next);
            }
            (None, None) => (self.head, self.tail) = (None, None),
        }
    }

    /// Walks `next` links from the head; reading needs only `&Owner`.
    fn forward(&self, owner: &Owner<'id>) -> Vec<String> {
        let mut titles = Vec::new();
        let mut cursor = self.head.clone();
        while let Some(node) = cursor {
            let node = node.ro(owner);
            titles.push(node.title.clone());
            cursor = node.next.clone();
        }
        titles
    }

    /// Walks `prev` links from the tail.
    fn backward(&self, owner: &Owner<'id>) -> Vec<String> {
        let mut titles = Vec::new();
        let mut cursor = self.tail.clone();
        while let Some(node) = cursor {
            let node = node.ro(owner);
            titles.push(node.title.clone());
            cursor = node.prev.as_ref().and_then(Weak::upgrade);
        }
        titles
    }
}

// ANCHOR: scope
fn main() {
    LCellOwner::scope(|mut owner| {
        let mut playlist = Playlist::default();
        let songs: Vec<Link> = ["Intro", "Verse", "Chorus", "Encore"]
            .into_iter()
            .map(|title| playlist.push_back(&mut owner, title))
            .collect();
        println!("forward:  {:?}", playlist.forward(&owner));

        songs[3].rw(&mut owner).title.push_str(" (live)"); // through a handle
        playlist.remove(&mut owner, &songs[1]);
        println!("forward:  {:?}", playlist.forward(&owner));
        println!("backward: {:?}", playlist.backward(&owner));
        let others = Rc::strong_count(&songs[1]) - 1; // only `songs` holds it now
        println!("other links to the removed song: {others}");
    });
}
// ANCHOR_END: scope
