pub struct Profile {
    pub display_name: String,
    pub age: u32,
}

impl Profile {
    pub fn new(display_name: &str, age: u32) -> Self {
        Profile { display_name: display_name.to_string(), age }
    }

    pub fn initials(&self) -> String {
        self.display_name.split_whitespace().filter_map(|w| w.chars().next()).collect()
    }
}
