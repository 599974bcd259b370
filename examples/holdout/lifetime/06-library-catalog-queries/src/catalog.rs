#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Book {
    pub isbn: String,
    pub title: String,
    pub author: String,
    pub on_loan: bool,
}

#[derive(Debug, Default)]
pub struct Catalog {
    books: Vec<Book>,
}

impl Catalog {
    pub fn add(&mut self, isbn: &str, title: &str, author: &str) {
        self.books.push(Book {
            isbn: isbn.to_string(),
            title: title.to_string(),
            author: author.to_string(),
            on_loan: false,
        });
    }

    pub fn books(&self) -> &[Book] {
        &self.books
    }

    /// Books by `author`, compared case-insensitively.
    pub fn by_author<'a>(&self, author: &'a str) -> Vec<&'a Book> {
        self.books.iter().filter(|b| b.author.eq_ignore_ascii_case(author.trim())).collect()
    }

    pub fn lend(&mut self, isbn: &str) -> Result<(), String> {
        match self.books.iter_mut().find(|b| b.isbn == isbn) {
            None => Err(format!("no book with isbn {isbn}")),
            Some(b) if b.on_loan => Err(format!("{} is already on loan", b.title)),
            Some(b) => {
                b.on_loan = true;
                Ok(())
            }
        }
    }
}
