use borrow_media_player_state_history::{Command, Player, State};

#[test]
fn records_transitions() {
    let mut p = Player::default();
    p.handle(Command::Play("intro".into())).unwrap();
    p.handle(Command::Pause(42)).unwrap();
    p.handle(Command::Resume).unwrap();
    p.handle(Command::Stop).unwrap();
    assert_eq!(
        p.history,
        vec!["stopped -> playing intro", "playing intro -> paused intro@42", "paused intro@42 -> playing intro", "playing intro -> stopped"]
    );
    assert_eq!(p.state, State::Stopped);
}

#[test]
fn rejects_invalid_commands() {
    let mut p = Player::default();
    assert_eq!(p.handle(Command::Resume), Err("cannot Resume while stopped".to_string()));
    assert_eq!(p.handle(Command::Stop), Err("already stopped".to_string()));
    p.handle(Command::Play("a".into())).unwrap();
    p.handle(Command::Play("b".into())).unwrap();
    assert_eq!(p.state, State::Playing { track: "b".into() });
    assert_eq!(p.history.len(), 2);
}
