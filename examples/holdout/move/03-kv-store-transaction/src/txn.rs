use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    Set(String, i64),
    Delete(String),
}

pub struct Txn<'s> {
    store: &'s mut Store,
    ops: Vec<Op>,
}

impl<'s> Txn<'s> {
    pub(crate) fn new(store: &'s mut Store) -> Self {
        Txn { store, ops: Vec::new() }
    }

    pub fn set(&mut self, key: &str, value: i64) {
        self.ops.push(Op::Set(key.to_string(), value));
    }

    pub fn delete(&mut self, key: &str) {
        self.ops.push(Op::Delete(key.to_string()));
    }

    /// Reads see the transaction's own uncommitted writes.
    pub fn get(&self, key: &str) -> Option<i64> {
        for op in self.ops.iter().rev() {
            match op {
                Op::Set(k, v) if k == key => return Some(*v),
                Op::Delete(k) if k == key => return None,
                _ => {}
            }
        }
        self.store.get(key)
    }

    /// Apply all buffered writes; returns how many were applied.
    pub fn commit(self) -> usize {
        let Txn { store, ops } = self;
        let n = ops.len();
        store.apply(ops);
        n
    }
}

impl Drop for Txn<'_> {
    fn drop(&mut self) {
        if !self.ops.is_empty() {
            self.store.aborted += 1;
        }
    }
}
