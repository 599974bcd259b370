use trait_notifier_dyn_generic_method::{Dispatcher, Email, Notifier, Sms};

#[test]
fn send_all_uses_send() {
    let sms = Sms { max_len: 5 };
    assert_eq!(sms.send_all(["1", "2"], "hello world"), vec!["sms:1 hello", "sms:2 hello"]);
    assert_eq!(Email.send_all(vec![String::from("a@x.io")], "hi"), vec!["mailto:a@x.io hi"]);
}

#[test]
fn dispatcher_broadcasts_to_every_channel() {
    let mut d = Dispatcher::default();
    d.register(Box::new(Email));
    d.register(Box::new(Sms { max_len: 3 }));
    assert_eq!(d.channels(), vec!["email", "sms"]);
    assert_eq!(d.broadcast("bo", "ping!"), vec!["mailto:bo ping!", "sms:bo pin"]);
}
