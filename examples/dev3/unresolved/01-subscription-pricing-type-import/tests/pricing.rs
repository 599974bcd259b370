use unresolved_subscription_pricing_type_import::model::{Plan, Subscription};
use unresolved_subscription_pricing_type_import::pricing::*;

fn sub(plan: Plan, seats: u32, annual: bool) -> Subscription {
    Subscription { plan, seats, annual }
}

#[test]
fn monthly_prices() {
    assert_eq!(monthly_cents(&sub(Plan::Pro, 1, false)), 1_200);
    assert_eq!(monthly_cents(&sub(Plan::Team, 12, true)), 9_000);
    assert_eq!(monthly_cents(&sub(Plan::Team, 0, false)), 900);
}

#[test]
fn totals_and_paying() {
    let subs = vec![sub(Plan::Free, 3, false), sub(Plan::Pro, 2, false), sub(Plan::Team, 5, false)];
    assert_eq!(total_monthly_cents(&subs), 6_900);
    assert_eq!(paying(&subs).len(), 2);
}
