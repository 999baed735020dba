use std::io::{self, Write};

// ANCHOR: stdout_reentrant
fn main() -> io::Result<()> {
    let mut out = io::stdout().lock(); // this thread now holds stdout's lock
    writeln!(out, "written through the held lock")?;
    println!("println! locks stdout again, on the same thread, and gets in");
    writeln!(out, "the first lock is still held and still works")?;
    Ok(())
}
// ANCHOR_END: stdout_reentrant
