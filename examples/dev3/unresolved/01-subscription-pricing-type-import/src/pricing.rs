use crate::model::Plan;

pub fn seat_price_cents(plan: Plan) -> u64 {
    match plan {
        Plan::Free => 0,
        Plan::Pro => 1_200,
        Plan::Team => 900,
    }
}

/// Monthly price; annual billing gets two months free (10/12 of the price).
pub fn monthly_cents(sub: &Subscription) -> u64 {
    let seats = u64::from(sub.seats.max(1));
    let full = seat_price_cents(sub.plan) * seats;
    if sub.annual {
        full * 10 / 12
    } else {
        full
    }
}

pub fn total_monthly_cents(subs: &[Subscription]) -> u64 {
    subs.iter().map(monthly_cents).sum()
}

pub fn paying(subs: &[Subscription]) -> Vec<&Subscription> {
    subs.iter().filter(|s| monthly_cents(s) > 0).collect()
}
