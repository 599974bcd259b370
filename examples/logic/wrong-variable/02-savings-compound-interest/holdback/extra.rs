use savings_plan::Plan;

#[test]
fn a_year_with_deposits() {
    let p = Plan { principal: 500.0, annual_rate: 0.06, monthly_deposit: 100.0 };
    assert_eq!(p.balances(2), vec![602.5, 705.51]);
    assert_eq!(p.final_balance(12), 1_764.4);
    assert_eq!(p.interest_earned(12), 64.4);
    let q = Plan { principal: 1_000.0, annual_rate: 0.12, monthly_deposit: 0.0 };
    assert_eq!(q.final_balance(12), 1_126.83);
}
