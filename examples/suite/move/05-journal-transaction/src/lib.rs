//! An append-only journal with transactions that roll back when dropped.

#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Set(String, i64),
    Delete(String),
}

#[derive(Debug, Default)]
pub struct Journal {
    pub entries: Vec<Op>,
    pub rolled_back: usize,
}

impl Journal {
    pub fn begin(&mut self) -> Txn<'_> {
        Txn { journal: self, ops: Vec::new(), done: false }
    }
}

pub struct Txn<'a> {
    journal: &'a mut Journal,
    ops: Vec<Op>,
    done: bool,
}

impl Txn<'_> {
    pub fn set(&mut self, key: &str, value: i64) -> &mut Self {
        self.ops.push(Op::Set(key.to_string(), value));
        self
    }

    pub fn delete(&mut self, key: &str) -> &mut Self {
        self.ops.push(Op::Delete(key.to_string()));
        self
    }

    /// Append all buffered ops to the journal; returns how many were written.
    pub fn commit(mut self) -> usize {
        self.done = true;
        let ops = self.ops;
        let n = ops.len();
        self.journal.entries.extend(ops);
        n
    }
}

impl Drop for Txn<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.journal.rolled_back += self.ops.len();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_appends_ops() {
        let mut j = Journal::default();
        let mut t = j.begin();
        t.set("a", 1).set("b", 2).delete("a");
        assert_eq!(t.commit(), 3);
        assert_eq!(j.entries.len(), 3);
        assert_eq!(j.entries[2], Op::Delete("a".into()));
        assert_eq!(j.rolled_back, 0);
    }

    #[test]
    fn dropped_txn_rolls_back() {
        let mut j = Journal::default();
        {
            let mut t = j.begin();
            t.set("x", 9).set("y", 8);
        }
        assert!(j.entries.is_empty());
        assert_eq!(j.rolled_back, 2);
    }
}
