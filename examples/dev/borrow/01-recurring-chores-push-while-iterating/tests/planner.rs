use borrow_recurring_chores_push_while_iterating::Planner;

#[test]
fn completes_and_reschedules() {
    let mut p = Planner::default();
    p.add("water plants", 3, Some(7));
    p.add("file taxes", 5, None);
    p.add("bins", 1, Some(2));
    assert_eq!(p.complete_due(4), 2);
    assert_eq!(p.pending(), vec![("bins", 3), ("file taxes", 5), ("water plants", 10)]);
}

#[test]
fn new_occurrences_are_not_completed_in_the_same_pass() {
    let mut p = Planner::default();
    p.add("standup", 0, Some(1));
    assert_eq!(p.complete_due(5), 1);
    assert_eq!(p.pending(), vec![("standup", 1)]);
    assert_eq!(p.complete_due(5), 1);
    assert_eq!(p.complete_due(0), 0);
    assert_eq!(p.pending(), vec![("standup", 2)]);
}
