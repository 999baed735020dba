use std::sync::OnceLock;

// ANCHOR: reentrant_init
static ROUTES: OnceLock<Vec<&'static str>> = OnceLock::new();

fn routes() -> &'static [&'static str] {
    ROUTES.get_or_init(|| {
        println!("building the route table");
        let table = vec!["/", "/login", "/logout"];
        // A sanity check that, by mistake, reads the table being built:
        println!("checking it against routes()");
        assert_eq!(routes().len(), table.len()); // waits for itself, for ever
        table
    })
}

fn main() {
    println!("{} routes", routes().len());
}
// ANCHOR_END: reentrant_init
