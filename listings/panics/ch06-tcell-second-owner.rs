use qcell::{TCell, TCellOwner};

// ANCHOR: second_owner
struct Scoreboard;
type ScoreOwner = TCellOwner<Scoreboard>;

fn main() {
    let home = TCell::<Scoreboard, _>::new(0);
    let mut first = ScoreOwner::new();
    let mut second = ScoreOwner::new(); // two owners could each hand out `&mut`
    let a = home.rw(&mut first);
    let b = home.rw(&mut second);
    *a += 1;
    *b += 1;
}
// ANCHOR_END: second_owner
