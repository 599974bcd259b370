pub struct Names {
    items: Vec<String>,
}

impl Names {
    pub fn new() -> Self {
        Names { items: Vec::new() }
    }

    pub fn insert_name(&mut self, n: &str) {
        self.items.push(n.to_string());
    }

    pub fn first(&self) -> Option<&str> {
        self.items.first().map(|s| s.as_str())
    }
}

impl Default for Names {
    fn default() -> Self {
        Self::new()
    }
}

pub fn pick(a: &str, _b: &str) -> &str {
    a
}

pub fn team() -> Names {
    let mut n = Names::new();
    n.add("ann");
    n.add("bo");
    n.add("cy");
    n
}
