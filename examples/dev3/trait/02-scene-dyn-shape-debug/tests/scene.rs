use trait_scene_dyn_shape_debug::{Circle, Rect, Scene};

#[test]
fn area_and_names() {
    let mut s = Scene::new();
    s.add(Rect { w: 2.0, h: 3.0 }).add(Circle { r: 1.0 });
    assert!((s.total_area() - (6.0 + std::f64::consts::PI)).abs() < 1e-12);
    assert_eq!(s.names(), vec!["rect", "circle"]);
}

#[test]
fn debug_output_lists_shapes() {
    let mut s = Scene::new();
    s.add(Rect { w: 1.0, h: 2.0 });
    assert_eq!(format!("{:?}", s), "Scene { shapes: [Rect { w: 1.0, h: 2.0 }] }");
}
