use crate::invoice::Invoice;

pub fn outstanding(invoices: &[Invoice]) -> u64 {
    invoices.iter().filter(|i| !i.paid).map(|i| i.amount).sum()
}

pub fn biggest(invoices: &[Invoice]) -> Option<&Invoice> {
    invoices.iter().max_by_key(|i| i.amount)
}

pub fn over(invoices: &[Invoice], limit: u64) -> usize {
    invoices.iter().filter(|i| i.amount > limit).count()
}
