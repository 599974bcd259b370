use mutability_battle_splash_damage::{Battlefield, Unit};

fn field() -> Battlefield {
    let mut b = Battlefield::default();
    b.spawn(Unit::new("knight", 0, 0, 30, 5));
    b.spawn(Unit::new("archer", 1, 1, 10, 0));
    b.spawn(Unit::new("scout", 5, 5, 8, 0));
    b
}

#[test]
fn splash_hits_units_in_radius() {
    let mut b = field();
    let killed = b.splash(0, 0, 2, 12);
    assert_eq!(killed, vec!["archer"]);
    assert_eq!(b.units[0].hp, 23);
    assert_eq!(b.units[2].hp, 8);
    assert_eq!(b.survivors(), vec!["knight", "scout"]);
    assert_eq!(b.log, vec!["knight takes 7", "archer takes 12"]);
}

#[test]
fn dead_units_are_not_hit_again() {
    let mut b = field();
    b.splash(1, 1, 2, 100);
    assert!(b.splash(1, 1, 2, 100).is_empty());
    assert_eq!(b.log.len(), 2);
}
