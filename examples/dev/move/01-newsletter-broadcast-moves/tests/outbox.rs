use move_newsletter_broadcast_moves::*;

fn draft(subject: &str, recipients: &[&str]) -> Draft {
    Draft {
        subject: subject.to_string(),
        body: "hello".to_string(),
        recipients: recipients.iter().map(|r| r.to_string()).collect(),
    }
}

#[test]
fn queues_for_every_valid_recipient() {
    let mut outbox = Outbox::default();
    let sent = send_draft(&mut outbox, draft("News", &["a@x.org", "not-an-address", "b@y.org"])).unwrap();
    assert_eq!(sent, 2);
    let to: Vec<&str> = outbox.queued.iter().map(|e| e.to.as_str()).collect();
    assert_eq!(to, vec!["a@x.org", "b@y.org"]);
    assert!(outbox.queued.iter().all(|e| e.message.subject == "News" && e.message.body == "hello"));
}

#[test]
fn rejects_invalid_drafts() {
    let mut outbox = Outbox::default();
    assert_eq!(send_draft(&mut outbox, draft("  ", &["a@x.org"])), Err("missing subject".to_string()));
    assert_eq!(send_draft(&mut outbox, draft("Hi", &[])), Err("no recipients".to_string()));
    assert!(outbox.queued.is_empty());
}
