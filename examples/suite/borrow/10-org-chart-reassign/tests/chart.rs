use borrow_org_chart_reassign::OrgChart;

fn company() -> OrgChart {
    let mut org = OrgChart::default();
    for (id, name) in [(1, "ceo"), (2, "cto"), (3, "dev"), (4, "ops")] {
        org.hire(id, name);
    }
    org.assign_manager(2, 1).unwrap();
    org.assign_manager(3, 2).unwrap();
    org.assign_manager(4, 2).unwrap();
    org
}

#[test]
fn reassign_moves_report() {
    let mut org = company();
    org.assign_manager(4, 1).unwrap();
    assert_eq!(org.get(4).unwrap().manager, Some(1));
    assert_eq!(org.get(2).unwrap().reports, vec![3]);
    assert_eq!(org.get(1).unwrap().reports, vec![2, 4]);
    assert!(org.is_above(1, 3));
}

#[test]
fn rejects_cycles_and_unknowns() {
    let mut org = company();
    assert!(org.assign_manager(1, 3).is_err());
    assert!(org.assign_manager(3, 3).is_err());
    assert!(org.assign_manager(3, 99).is_err());
    assert_eq!(org.get(3).unwrap().manager, Some(2));
}
