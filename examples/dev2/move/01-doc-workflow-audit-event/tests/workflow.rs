use move_doc_workflow_audit_event::{Event, State, Workflow};

#[test]
fn review_cycle_is_audited() {
    let mut wf = Workflow::default();
    wf.apply(Event::Submit { reviewer: "kim".into() }).unwrap();
    assert_eq!(wf.state, State::InReview { reviewer: "kim".into() });
    wf.apply(Event::Reject { reason: "typos".into() }).unwrap();
    assert_eq!(wf.state, State::Draft);
    wf.apply(Event::Submit { reviewer: "lee".into() }).unwrap();
    wf.apply(Event::Approve { url: "/posts/1".into() }).unwrap();
    assert_eq!(wf.state, State::Published { url: "/posts/1".into() });
    assert_eq!(
        wf.audit,
        vec![
            Event::Submit { reviewer: "kim".into() },
            Event::Reject { reason: "typos".into() },
            Event::Submit { reviewer: "lee".into() },
            Event::Approve { url: "/posts/1".into() },
        ]
    );
}

#[test]
fn invalid_events_are_not_audited() {
    let mut wf = Workflow::default();
    assert_eq!(
        wf.apply(Event::Approve { url: "/x".into() }),
        Err("cannot approve in state Draft".to_string())
    );
    assert!(wf.audit.is_empty());
    assert_eq!(wf.state, State::Draft);
}
