struct Creature {
    name: &'static str,
    health: i32,
    attack: i32,
}

fn creature(name: &'static str, health: i32, attack: i32) -> Creature {
    Creature {
        name,
        health,
        attack,
    }
}

// ANCHOR: collect_then_apply
fn main() {
    let mut creatures = vec![
        creature("wolf", 30, 8),
        creature("bear", 60, 15),
        creature("boar", 40, 10),
    ];

    // Phase 1: every creature picks a target and a damage, reading through `&`.
    let hits: Vec<(usize, i32)> = creatures
        .iter()
        .enumerate()
        .map(|(index, attacker)| ((index + 1) % 3, attacker.attack))
        .collect();

    // Phase 2: apply the hits through `&mut`, one at a time.
    for (target, damage) in hits {
        creatures[target].health -= damage;
    }

    for creature in &creatures {
        println!("{}: health {}", creature.name, creature.health);
    }
}
// ANCHOR_END: collect_then_apply
