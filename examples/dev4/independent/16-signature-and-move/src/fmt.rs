pub fn bullet(item: String) -> String {
    format!("- {item}")
}
