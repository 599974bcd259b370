use std::collections::BTreeMap;

use crate::Entry;

/// Billable minutes per project, sorted by project name.
pub fn billable_by_project(entries: &[Entry]) -> BTreeMap<String, u32> {
    let mut totals = BTreeMap::new();
    for e in entries.iter().filter(|e| e.billable) {
        *totals.entry(e.proj.clone()).or_insert(0) += e.minutes;
    }
    totals
}

/// All logged minutes, billable or not.
pub fn total_minutes(entries: &[Entry]) -> u32 {
    entries.iter().map(|e| e.minutes).sum()
}
