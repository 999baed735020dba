use std::cell::Cell;

// ANCHOR: take_and_put_back
struct Playlist {
    songs: Cell<Vec<&'static str>>,
}

impl Playlist {
    /// Adds a song through `&self`: take the vector out, change it, put it back.
    fn add(&self, song: &'static str) {
        let mut songs = self.songs.take(); // the cell holds an empty Vec meanwhile
        songs.push(song);
        self.songs.set(songs);
    }

    /// Reading needs the same dance: `Cell` never lends out `&Vec`.
    fn len(&self) -> usize {
        let songs = self.songs.take();
        let len = songs.len();
        self.songs.set(songs);
        len
    }
}

fn main() {
    let playlist = Playlist {
        songs: Cell::new(Vec::new()),
    };
    playlist.add("Clair de lune");
    playlist.add("Gymnopédie No. 1");
    println!("{} songs", playlist.len());
    println!("{:?}", playlist.songs.into_inner());
}
// ANCHOR_END: take_and_put_back
