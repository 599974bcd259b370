use mutability_life_grid_torus::{parse, render};

#[test]
fn blinker_oscillates() {
    let g = parse("!Name: blinker\n.....\n..O..\n..O..\n..O..\n.....\n").unwrap();
    let g1 = g.step();
    assert_eq!(render(&g1), ".....\n.....\n.OOO.\n.....\n.....\n");
    assert_eq!(g1.step(), g);
}

#[test]
fn glider_wraps_and_toggle() {
    let mut g = parse(".O...\n..O..\nOOO..\n.....\n.....").unwrap();
    let mut h = g.clone();
    for _ in 0..20 {
        h = h.step();
    }
    assert_eq!(h, g, "a glider returns after 20 generations on a 5x5 torus");
    g.toggle(-1, -1);
    assert!(g.get(4, 4));
    assert_eq!(g.population(), 6);
    assert!(parse("O?").is_err());
}
