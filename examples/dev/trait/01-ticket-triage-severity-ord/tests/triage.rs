use trait_ticket_triage_severity_ord::*;

fn t(id: u32, sev: &str, opened_at: u64) -> Ticket {
    Ticket { id, severity: Severity::parse(sev).unwrap(), opened_at }
}

#[test]
fn sorts_by_severity_then_age() {
    let mut q = vec![t(1, "low", 5), t(2, "high", 9), t(3, "P0", 20), t(4, "high", 3), t(5, "medium", 1)];
    triage(&mut q);
    assert_eq!(q.iter().map(|t| t.id).collect::<Vec<_>>(), vec![3, 4, 2, 5, 1]);
}

#[test]
fn worst_and_paging() {
    let q = vec![t(1, "low", 5), t(2, "Medium", 9), t(3, "high", 20)];
    assert_eq!(worst(&q), Some(Severity::High));
    assert_eq!(worst(&[]), None);
    assert_eq!(paging(&q, Severity::Medium), vec![2, 3]);
    assert!(Severity::Low < Severity::Critical);
}
