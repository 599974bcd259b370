use std::collections::HashMap;

use crate::member::Member;

#[derive(Debug, PartialEq, Eq)]
pub enum CheckoutError {
    UnknownCard(u32),
    LimitReached { limit: usize },
    NotOnShelf(String),
}

#[derive(Default)]
pub struct Desk {
    members: HashMap<u32, Member>,
    shelf: HashMap<String, u32>,
}

impl Desk {
    pub fn register(&mut self, member: Member) {
        self.members.insert(member.card, member);
    }

    pub fn stock(&mut self, isbn: &str, copies: u32) {
        *self.shelf.entry(isbn.to_string()).or_insert(0) += copies;
    }

    pub fn member(&self, card: u32) -> Option<&Member> {
        self.members.get(&card)
    }

    pub fn checkout(&mut self, card: u32, isbn: &str) -> Result<(), CheckoutError> {
        let member = self.members.get_mut(&card).ok_or(CheckoutError::UnknownCard(card))?;
        let limit = if member.junior { 3 } else { 8 };
        if member.loans.len() >= limit {
            return Err(CheckoutError::LimitReached { limit });
        }
        match self.shelf.get_mut(isbn) {
            Some(copies) if *copies > 0 => *copies -= 1,
            _ => return Err(CheckoutError::NotOnShelf(isbn.to_string())),
        }
        member.add_loan(isbn);
        Ok(())
    }

    pub fn return_book(&mut self, card: u32, isbn: &str) -> bool {
        let returned = self.members.get_mut(&card).is_some_and(|m| m.remove_loan(isbn));
        if returned {
            *self.shelf.entry(isbn.to_string()).or_insert(0) += 1;
        }
        returned
    }
}
