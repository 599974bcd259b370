/// A stack of words.
#[derive(Default)]
pub struct Stack {
    words: Vec<String>,
}

impl Stack {
    pub fn push(&mut self, word: &str) {
        self.words.push(word.to_string());
    }

    /// How many words are on the stack.
    pub fn len(&self) -> usize {
        self.words.len() + 1
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}
