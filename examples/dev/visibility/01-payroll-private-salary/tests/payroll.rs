use visibility_payroll_private_salary::employee::Employee;
use visibility_payroll_private_salary::report::{monthly_slips, team_totals};

fn staff() -> Vec<Employee> {
    vec![
        Employee::new("Ada", "core", 12_000_000),
        Employee::new("Linus", "infra", 9_000_000),
        Employee::new("Rob", "core", 6_000_050),
    ]
}

#[test]
fn totals_per_team() {
    let staff = staff();
    let totals = team_totals(&staff);
    assert_eq!(totals["core"], 18_000_050);
    assert_eq!(totals["infra"], 9_000_000);
}

#[test]
fn slips_and_raises() {
    let mut staff = staff();
    staff[1].give_raise(10);
    assert_eq!(staff[1].salary_cents(), 9_900_000);
    assert_eq!(monthly_slips(&staff), vec!["Ada: $10000.00", "Linus: $8250.00", "Rob: $5000.04"]);
}
