#[derive(Debug, Clone)]
pub struct Invoice {
    pub customer: String,
    pub total_cents: u64,
    pub paid: bool,
}

pub fn invoice(customer: &str, amount: u64) -> Invoice {
    Invoice { customer: customer.to_string(), amount, paid: false }
}
