use std::thread;

// ANCHOR: own_their_chunks
fn main() {
    let mut pixels: Vec<u8> = (0..12).map(|i| i * 20).collect();

    // Each thread gets `&mut` to its own chunk, and returns its own count:
    // no lock, no atomic, nothing shared.
    let bright: usize = thread::scope(|scope| {
        let workers: Vec<_> = pixels
            .chunks_mut(4)
            .map(|chunk| {
                scope.spawn(move || {
                    for pixel in chunk.iter_mut() {
                        *pixel = 255 - *pixel; // invert
                    }
                    chunk.iter().filter(|&&pixel| pixel > 127).count()
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    });

    println!("pixels: {pixels:?}");
    println!("bright: {bright}");
}
// ANCHOR_END: own_their_chunks
