use savings_plan::Plan;

#[test]
fn interest_compounds() {
    let p = Plan { principal: 1_000.0, annual_rate: 0.12, monthly_deposit: 0.0 };
    assert_eq!(p.balances(3), vec![1_010.0, 1_020.1, 1_030.3]);
}

#[test]
fn deposits_without_interest() {
    let p = Plan { principal: 0.0, annual_rate: 0.0, monthly_deposit: 50.0 };
    assert_eq!(p.final_balance(12), 600.0);
    assert_eq!(p.interest_earned(12), 0.0);
    assert_eq!(p.final_balance(0), 0.0);
}
