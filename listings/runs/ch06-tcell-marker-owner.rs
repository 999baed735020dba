use qcell::{TCell, TCellOwner};

// ANCHOR: marker_owner
/// A marker type: no values, only a name for "the cells of the scoreboard".
struct Scoreboard;
type ScoreCell<T> = TCell<Scoreboard, T>;
type ScoreOwner = TCellOwner<Scoreboard>;

fn main() {
    let home = ScoreCell::new(0); // no owner needed to make a cell
    let away = ScoreCell::new(0);

    let mut owner = ScoreOwner::new(); // the one owner for `Scoreboard`
    *home.rw(&mut owner) += 3;
    *away.rw(&mut owner) += 1;
    println!("home {} : away {}", home.ro(&owner), away.ro(&owner));

    // While it lives, no second owner for the same marker can be made.
    println!("second owner? {}", ScoreOwner::try_new().is_some());
    drop(owner);
    println!("after drop?   {}", ScoreOwner::try_new().is_some());
}
// ANCHOR_END: marker_owner
