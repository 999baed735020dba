use std::cell::{Ref, RefCell, RefMut};

// ANCHOR: ref_map
struct Profile {
    name: String,
    tags: Vec<String>,
}

/// Hides its `RefCell`: callers get guards to parts, never the whole `Profile`.
struct Account {
    profile: RefCell<Profile>,
}

impl Account {
    fn name(&self) -> Ref<'_, str> {
        Ref::map(self.profile.borrow(), |p| p.name.as_str())
    }

    fn tags_mut(&self) -> RefMut<'_, Vec<String>> {
        RefMut::map(self.profile.borrow_mut(), |p| &mut p.tags)
    }

    fn tag(&self, index: usize) -> Option<Ref<'_, str>> {
        Ref::filter_map(self.profile.borrow(), |p| {
            p.tags.get(index).map(String::as_str)
        })
        .ok()
    }

    fn tag_mut(&self, index: usize) -> Option<RefMut<'_, String>> {
        RefMut::filter_map(self.profile.borrow_mut(), |p| p.tags.get_mut(index)).ok()
    }
}

fn main() {
    let account = Account {
        profile: RefCell::new(Profile {
            name: String::from("ada"),
            tags: vec![String::from("admin")],
        }),
    };
    account.tags_mut().push(String::from("editor"));
    if let Some(mut first) = account.tag_mut(0) {
        first.make_ascii_uppercase();
    }
    let name = account.name(); // still a counted borrow of the whole cell
    println!(
        "{} has tags {:?}, {:?} and {:?}",
        &*name,
        account.tag(0).as_deref(),
        account.tag(1).as_deref(),
        account.tag(5).as_deref()
    );
    println!(
        "a writer while `name` lives? {}",
        account.profile.try_borrow_mut().is_ok()
    );
}
// ANCHOR_END: ref_map
