use trait_steering_vec2_sub::steering::Agent;
use trait_steering_vec2_sub::Vec2;

fn agent() -> Agent {
    Agent { pos: Vec2::new(1.0, 1.0), vel: Vec2::new(1.0, 0.0), max_speed: 2.0 }
}

#[test]
fn vector_subtraction() {
    assert_eq!(Vec2::new(5.0, 3.0) - Vec2::new(1.0, 4.0), Vec2::new(4.0, -1.0));
}

#[test]
fn seeks_target() {
    let a = agent();
    assert_eq!(a.seek(Vec2::new(1.0, 11.0)), Vec2::new(-1.0, 2.0));
    let s = a.seek(Vec2::new(4.0, 5.0));
    assert!((s.x - 0.2).abs() < 1e-9 && (s.y - 1.6).abs() < 1e-9, "{s:?}");
}

#[test]
fn arrives_and_steps() {
    let mut a = agent();
    let steer = a.arrive(Vec2::new(2.0, 1.0), 4.0);
    assert_eq!(steer, Vec2::new(-0.5, 0.0));
    a.step(steer, 2.0);
    assert_eq!(a.pos, Vec2::new(2.0, 1.0));
    assert_eq!(a.arrive(a.pos, 4.0), Vec2::new(-0.5, 0.0));
}
