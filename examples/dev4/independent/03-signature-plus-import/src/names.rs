pub fn normalize(name: String) -> String {
    name.trim().to_lowercase()
}
