use crate::txn::{Op, Txn};
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct Store {
    data: BTreeMap<String, i64>,
    pub(crate) aborted: usize,
}

impl Store {
    pub fn get(&self, key: &str) -> Option<i64> {
        self.data.get(key).copied()
    }

    pub fn aborted(&self) -> usize {
        self.aborted
    }

    pub fn begin(&mut self) -> Txn<'_> {
        Txn::new(self)
    }

    pub(crate) fn apply(&mut self, ops: Vec<Op>) {
        for op in ops {
            match op {
                Op::Set(k, v) => {
                    self.data.insert(k, v);
                }
                Op::Delete(k) => {
                    self.data.remove(&k);
                }
            }
        }
    }
}
