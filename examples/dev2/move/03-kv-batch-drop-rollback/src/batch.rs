use crate::store::Store;

#[derive(Debug, PartialEq, Eq)]
pub enum Op {
    Put(String, String),
    Delete(String),
}

pub struct Batch<'a> {
    store: &'a mut Store,
    ops: Vec<Op>,
    committed: bool,
}

impl<'a> Batch<'a> {
    pub(crate) fn new(store: &'a mut Store) -> Batch<'a> {
        Batch { store, ops: Vec::new(), committed: false }
    }

    pub fn put(&mut self, key: &str, value: &str) {
        self.ops.push(Op::Put(key.to_string(), value.to_string()));
    }

    pub fn delete(&mut self, key: &str) {
        self.ops.push(Op::Delete(key.to_string()));
    }

    /// Apply all operations in order; returns how many were applied.
    pub fn commit(mut self) -> usize {
        let count = self.ops.len();
        for op in self.ops {
            self.store.apply(op);
        }
        self.committed = true;
        count
    }
}

impl Drop for Batch<'_> {
    fn drop(&mut self) {
        if !self.committed {
            self.store.rollbacks += 1;
        }
    }
}
