use qcell::{LCell, LCellOwner};

// ANCHOR: scope
/// Functions that take cells and owners name the owner's lifetime, `'id`.
fn add_line<'id>(owner: &mut LCellOwner<'id>, log: &LCell<'id, Vec<String>>, line: &str) {
    log.rw(owner).push(line.to_string());
}

fn main() {
    LCellOwner::scope(|mut owner| {
        // `owner` exists only inside this closure, with a lifetime of its own.
        let log = LCell::new(Vec::new());
        let errors = owner.cell(0);
        add_line(&mut owner, &log, "started");
        *errors.rw(&mut owner) += 1;
        add_line(&mut owner, &log, "one error");
        println!("{:?}, errors: {}", log.ro(&owner), errors.ro(&owner));
    });
}
// ANCHOR_END: scope
