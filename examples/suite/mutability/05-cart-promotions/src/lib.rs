//! Shopping cart with promotions applied to line prices (all amounts in cents).

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub sku: String,
    pub category: String,
    pub unit_cents: u64,
    pub qty: u32,
}

#[derive(Debug, Default)]
pub struct Cart {
    pub items: Vec<Line>,
}

pub enum Promotion {
    PercentOffCategory { category: String, percent: u8 },
    BuyNGetOneFree { sku: String, n: u32 },
}

impl Cart {
    pub fn add(&mut self, sku: &str, category: &str, unit_cents: u64, qty: u32) {
        self.items.push(Line { sku: sku.into(), category: category.into(), unit_cents, qty });
    }

    pub fn total(&self) -> u64 {
        self.items.iter().map(|l| l.unit_cents * l.qty as u64).sum()
    }
}

/// Apply a promotion to the cart's lines; returns the discount in cents.
pub fn apply_promotion(cart: &Cart, promo: &Promotion) -> u64 {
    let before = cart.total();
    for line in cart.items.iter_mut() {
        match promo {
            Promotion::PercentOffCategory { category, percent } if &line.category == category => {
                line.unit_cents -= line.unit_cents * (*percent as u64) / 100;
            }
            Promotion::BuyNGetOneFree { sku, n } if &line.sku == sku && line.qty > *n => {
                let free = line.qty / (n + 1);
                let paid = line.qty - free;
                line.unit_cents = line.unit_cents * paid as u64 / line.qty as u64;
            }
            _ => {}
        }
    }
    before - cart.total()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cart() -> Cart {
        let mut c = Cart::default();
        c.add("tea", "drinks", 400, 1);
        c.add("mug", "kitchen", 1000, 2);
        c.add("cola", "drinks", 200, 4);
        c
    }

    #[test]
    fn percent_off_category() {
        let mut c = cart();
        let promo = Promotion::PercentOffCategory { category: "drinks".into(), percent: 25 };
        assert_eq!(apply_promotion(&mut c, &promo), 100 + 4 * 50);
        assert_eq!(c.items[0].unit_cents, 300);
        assert_eq!(c.total(), 3200 - 300);
    }

    #[test]
    fn buy_three_get_one() {
        let mut c = cart();
        let promo = Promotion::BuyNGetOneFree { sku: "cola".into(), n: 3 };
        assert_eq!(apply_promotion(&mut c, &promo), 200);
        let promo = Promotion::BuyNGetOneFree { sku: "mug".into(), n: 3 };
        assert_eq!(apply_promotion(&mut c, &promo), 0);
    }
}
