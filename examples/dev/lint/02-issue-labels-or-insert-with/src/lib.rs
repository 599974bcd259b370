//! Group issue numbers by label.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub number: u32,
    pub labels: Vec<String>,
}

/// Issue numbers under each label (lowercased); unlabelled issues go under `"triage"`.
pub fn by_label(issues: &[Issue]) -> BTreeMap<String, Vec<u32>> {
    let mut groups: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for issue in issues {
        if issue.labels.is_empty() {
            groups.entry("triage".to_string()).or_insert_with(Vec::new).push(issue.number);
        }
        for label in &issue.labels {
            groups.entry(label.to_lowercase()).or_insert_with(Vec::new).push(issue.number);
        }
    }
    groups
}

/// One line per label: `label: #1 #3`, labels in alphabetical order.
pub fn label_summary(issues: &[Issue]) -> String {
    by_label(issues)
        .iter()
        .map(|(label, numbers)| {
            let refs: Vec<String> = numbers.iter().map(|n| format!("#{n}")).collect();
            format!("{label}: {}", refs.join(" "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Labels used by exactly one issue: usually typos of an existing label.
pub fn singleton_labels(issues: &[Issue]) -> Vec<String> {
    by_label(issues).into_iter().filter(|(_, n)| n.len() == 1).map(|(l, _)| l).collect()
}

pub fn busiest_label(issues: &[Issue]) -> Option<(String, usize)> {
    by_label(issues)
        .into_iter()
        .map(|(label, numbers)| (label, numbers.len()))
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
}
