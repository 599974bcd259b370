use crate::product::Product;

/// Parse a price like `12.5` or `3` into cents.
fn parse_price(text: &str) -> Option<u64> {
    let (whole, frac) = text.trim().split_once('.').unwrap_or((text.trim(), "0"));
    if frac.is_empty() || frac.len() > 2 {
        return None;
    }
    let frac_cents: u64 = frac.parse().ok()?;
    let frac_cents = if frac.len() == 1 { frac_cents * 10 } else { frac_cents };
    Some(whole.parse::<u64>().ok()? * 100 + frac_cents)
}

/// Import `name;sku;price` lines, skipping blank lines; errors name the 1-based line.
pub fn import(text: &str) -> Result<Vec<Product>, String> {
    let mut products = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split(';').collect();
        let [name, sku, price] = fields[..] else {
            return Err(format!("line {}: expected 3 fields", i + 1));
        };
        let price_cents = parse_price(price).ok_or(format!("line {}: bad price", i + 1))?;
        products.push(Product { name: name.trim().to_string(), sku: sku.trim().to_string(), price_cents });
    }
    Ok(products)
}
