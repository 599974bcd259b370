use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct LineItem {
    pub sku: String,
    pub qty: u32,
    pub unit_cents: u64,
}

#[derive(Debug, PartialEq)]
pub enum InvoiceError {
    Empty,
    ZeroQuantity(String),
    Overflow,
}

impl fmt::Display for InvoiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvoiceError::Empty => write!(f, "invoice has no lines"),
            InvoiceError::ZeroQuantity(sku) => write!(f, "line {} has zero quantity", sku),
            InvoiceError::Overflow => write!(f, "invoice total overflows"),
        }
    }
}

pub fn line_total(item: &LineItem) -> Result<u64, InvoiceError> {
    if item.qty == 0 {
        return Err(InvoiceError::ZeroQuantity(item.sku.clone()));
    }
    item.unit_cents
        .checked_mul(u64::from(item.qty))
        .ok_or(InvoiceError::Overflow)
}

pub fn subtotal(items: &[LineItem]) -> Result<u64, InvoiceError> {
    if items.is_empty() {
        return Err(InvoiceError::Empty);
    }
    let mut total: u64 = 0;
    for item in items {
        let line = line_total(item)?;
        total = total.checked_add(line).ok_or(InvoiceError::Overflow)?;
    }
    total
}

/// Net plus tax, with the tax rounded half-up to the nearest cent.
pub fn with_tax(items: &[LineItem], rate_percent: u32) -> Result<u64, InvoiceError> {
    let net = subtotal(items)?;
    let tax = (net * rate_percent + 50) / 100;
    Ok(net + tax)
}
