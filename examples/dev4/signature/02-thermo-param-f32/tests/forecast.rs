use d4_signature_02_thermo_param_f32::forecast::*;

#[test]
fn converts() {
    let days = [Day { low: 0.0, high: 10.0 }, Day { low: -40.0, high: 100.0 }];
    assert_eq!(days[0].range_f(), (32.0, 50.0));
    assert_eq!(warmest_f(&days), Some(212.0));
    assert_eq!(warmest_f(&[]), None);
}
