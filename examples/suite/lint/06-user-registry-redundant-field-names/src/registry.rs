use std::collections::HashMap;

use crate::account::Account;

#[derive(Debug, PartialEq, Eq)]
pub enum RegistryError {
    InvalidEmail(String),
    Taken(String),
}

#[derive(Debug, Default)]
pub struct Registry {
    next_id: u32,
    by_name: HashMap<String, Account>,
}

impl Registry {
    pub fn register(&mut self, username: &str, email: &str) -> Result<u32, RegistryError> {
        let account = Account::new(self.next_id + 1, username, email);
        let valid = matches!(email.split_once('@'), Some((user, host)) if !user.is_empty() && host.contains('.'));
        if !valid {
            return Err(RegistryError::InvalidEmail(email.to_string()));
        }
        if self.by_name.contains_key(&account.username) {
            return Err(RegistryError::Taken(account.username));
        }
        self.next_id += 1;
        let id = account.id;
        self.by_name.insert(account.username.clone(), account);
        Ok(id)
    }

    pub fn deactivate(&mut self, username: &str) -> bool {
        match self.by_name.get_mut(&username.to_lowercase()) {
            Some(acc) if acc.active => {
                acc.active = false;
                true
            }
            _ => false,
        }
    }

    pub fn active_in_domain(&self, domain: &str) -> Vec<&Account> {
        let mut found: Vec<&Account> =
            self.by_name.values().filter(|a| a.active && a.domain() == domain).collect();
        found.sort_by_key(|a| a.id);
        found
    }
}
