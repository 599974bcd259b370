use std::collections::BTreeMap;

use crate::batch::{Batch, Op};

#[derive(Debug, Default)]
pub struct Store {
    data: BTreeMap<String, String>,
    pub rollbacks: usize,
}

impl Store {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.data.get(key).map(String::as_str)
    }

    pub fn batch(&mut self) -> Batch<'_> {
        Batch::new(self)
    }

    pub(crate) fn apply(&mut self, op: Op) {
        match op {
            Op::Put(key, value) => {
                self.data.insert(key, value);
            }
            Op::Delete(key) => {
                self.data.remove(&key);
            }
        }
    }
}
