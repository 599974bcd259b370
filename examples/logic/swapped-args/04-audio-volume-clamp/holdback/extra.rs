use audio_mixer::Mixer;

#[test]
fn limits_both_ways() {
    let mut m = Mixer::with_channels(1);
    assert_eq!(m.set_gain(0, -100.0), -60.0);
    assert_eq!(m.set_gain(0, 0.0), 0.0);
    assert_eq!(m.set_gain(0, 12.0), 12.0);
    assert_eq!(m.set_gain(0, -20.0), -20.0);
    assert!((m.mix(&[1.0]) - 0.1).abs() < 1e-6);
}
