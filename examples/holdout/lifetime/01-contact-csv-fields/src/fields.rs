/// Split one line on commas and trim every field. Quoting is not supported.
pub fn split_fields(line: &str) -> Vec<&str> {
    line.split(',').map(str::trim).collect()
}

/// The field at `idx`, or `default` when it is missing or blank.
pub fn field_or(fields: &[&str], idx: usize, default: &str) -> &str {
    match fields.get(idx) {
        Some(&f) if !f.is_empty() => f,
        _ => default,
    }
}
