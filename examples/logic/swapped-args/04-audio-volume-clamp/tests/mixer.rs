use audio_mixer::Mixer;

#[test]
fn gains_in_range_are_kept() {
    let mut m = Mixer::with_channels(2);
    assert_eq!(m.set_gain(0, -6.0), -6.0);
    assert_eq!(m.set_gain(1, 20.0), 12.0);
}

#[test]
fn unity_gain_and_mute() {
    let mut m = Mixer::with_channels(2);
    assert_eq!(m.mix(&[0.25, 0.5]), 0.75);
    assert!(m.toggle_mute(1));
    assert_eq!(m.mix(&[0.25, 0.5]), 0.25);
}
