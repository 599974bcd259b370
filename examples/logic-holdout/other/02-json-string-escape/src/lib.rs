//! Writing JSON objects of string fields.
mod escape;
pub use escape::escape_json;

/// `{"k":"v",...}` with keys in the given order.
pub fn object(fields: &[(&str, &str)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("\"{}\":\"{}\"", escape_json(k), escape_json(v)))
        .collect();
    format!("{{{}}}", body.join(","))
}

/// `["a","b",...]`.
pub fn array(items: &[&str]) -> String {
    let body: Vec<String> = items.iter().map(|s| format!("\"{}\"", escape_json(s))).collect();
    format!("[{}]", body.join(","))
}
