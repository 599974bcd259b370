#[derive(Debug, Clone, PartialEq, Eq]
pub struct Task {
    pub name: String,
    pub priority: u8,
    pub deps: Vec<String>,
}

impl Task {
    /// `name:priority:dep1,dep2` (dependencies optional).
    pub fn parse(spec: &str) -> Option<Task> {
        let mut parts = spec.split(':');
        let name = parts.next()?.trim();
        let priority = parts.next()?.trim().parse().ok()?;
        let deps = parts
            .next()
            .map(|d| d.split(',').map(str::trim).filter(|d| !d.is_empty()).map(String::from).collect())
            .unwrap_or_default();
        (!name.is_empty()).then(|| Task { name: name.to_string(), priority, deps })
    }
}
