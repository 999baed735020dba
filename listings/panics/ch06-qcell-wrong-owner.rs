use qcell::{QCell, QCellOwner};

// ANCHOR: wrong_owner
/// Each open document has its own owner for its own cells.
struct Document {
    owner: QCellOwner,
    title: QCell<String>,
}

impl Document {
    fn new(title: &str) -> Self {
        let owner = QCellOwner::new();
        let title = owner.cell(title.to_string());
        Document { owner, title }
    }
}

fn main() {
    let report = Document::new("report");
    let letter = Document::new("letter");
    println!("{}", report.title.ro(&report.owner));
    // The letter's title, read with the report's owner: same type, wrong owner.
    println!("{}", letter.title.ro(&report.owner));
}
// ANCHOR_END: wrong_owner
