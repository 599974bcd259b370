//! Order support tickets for the on-call queue.

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "low" => Some(Severity::Low),
            "medium" => Some(Severity::Medium),
            "high" => Some(Severity::High),
            "critical" | "p0" => Some(Severity::Critical),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    pub id: u32,
    pub severity: Severity,
    pub opened_at: u64,
}

/// Most severe first; within a severity, the oldest first.
pub fn triage(tickets: &mut [Ticket]) {
    tickets.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.opened_at.cmp(&b.opened_at)));
}

pub fn worst(tickets: &[Ticket]) -> Option<Severity> {
    tickets.iter().map(|t| t.severity).max()
}

/// Tickets that page someone: at least `threshold`.
pub fn paging(tickets: &[Ticket], threshold: Severity) -> Vec<u32> {
    tickets.iter().filter(|t| t.severity >= threshold).map(|t| t.id).collect()
}
