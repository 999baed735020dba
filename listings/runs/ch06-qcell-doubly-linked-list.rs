use qcell::{QCell, QCellOwner};
use std::rc::{Rc, Weak};

// ANCHOR: list
// ANCHOR: cell_family
type Owner = QCellOwner;
type NodeCell = QCell<Node>;
// ANCHOR_END: cell_family

type Link = Rc<NodeCell>;

struct Node {
    title: String,
    prev: Option<Weak<NodeCell>>, // weak, so the two directions do not form a cycle
    next: Option<Link>,
}

#[derive(Default)]
struct Playlist {
    head: Option<Link>,
    tail: Option<Link>,
}

impl Playlist {
    /// Appends a song and returns a handle to its node.
    fn push_back(&mut self, owner: &mut Owner, title: &str) -> Link {
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
    fn remove(&mut self, owner: &mut Owner, node: &Link) {
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
    fn forward(&self, owner: &Owner) -> Vec<String> {
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
    fn backward(&self, owner: &Owner) -> Vec<String> {
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

fn main() {
    let mut owner = Owner::new();
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
}
// ANCHOR_END: list
