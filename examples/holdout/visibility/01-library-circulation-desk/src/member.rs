#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub card: u32,
    pub name: String,
    pub junior: bool,
    loans: Vec<String>,
}

impl Member {
    pub fn new(card: u32, name: &str, junior: bool) -> Self {
        Member { card, name: name.to_string(), junior, loans: Vec::new() }
    }

    pub fn loans(&self) -> &[String] {
        &self.loans
    }

    pub(crate) fn add_loan(&mut self, isbn: &str) {
        self.loans.push(isbn.to_string());
    }

    pub(crate) fn remove_loan(&mut self, isbn: &str) -> bool {
        match self.loans.iter().position(|l| l == isbn) {
            Some(i) => {
                self.loans.remove(i);
                true
            }
            None => false,
        }
    }
}
