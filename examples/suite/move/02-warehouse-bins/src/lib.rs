//! Warehouse bin tracking.
pub mod bin;

use bin::Bin;
use std::collections::BTreeMap;

#[derive(Default)]
pub struct Warehouse {
    bins: BTreeMap<String, Bin>,
}

impl Warehouse {
    pub fn add_bin(&mut self, code: &str) {
        self.bins.entry(code.to_string()).or_insert_with(|| Bin::new(code));
    }

    pub fn store(&mut self, code: &str, sku: &str, qty: u32) -> Result<(), String> {
        let bin = self
            .bins
            .get_mut(code)
            .ok_or_else(|| format!("unknown bin {code}"))?;
        bin.put(sku, qty);
        Ok(())
    }

    /// Codes of bins whose last stored SKU equals `sku`.
    pub fn bins_last_touched_by(&self, sku: &str) -> Vec<&str> {
        self.bins
            .values()
            .filter(|b| b.last_sku().as_deref() == Some(sku))
            .map(|b| b.code())
            .collect()
    }

    pub fn total(&self, sku: &str) -> u32 {
        self.bins.values().map(|b| b.quantity(sku)).sum()
    }
}
