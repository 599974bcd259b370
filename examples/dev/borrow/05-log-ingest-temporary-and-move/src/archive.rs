use crate::parse::{parse_line, Entry, Level};

#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub id: u64,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    pub header: Header,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Default)]
pub struct Archive {
    next_id: u64,
    pub batches: Vec<Batch>,
}

impl Archive {
    /// Parse `text` into a batch (bad lines are dropped), store it, return its id.
    pub fn ingest(&mut self, source: &str, text: &str) -> u64 {
        self.next_id += 1;
        let header = Header { id: self.next_id, source: source.to_string() };
        let batch = Batch { header, entries: text.lines().filter_map(parse_line).collect() };
        self.store(batch)
    }

    fn store(&mut self, batch: Batch) -> u64 {
        let header = &batch.header;
        self.batches.push(batch);
        header.id
    }

    pub fn count_at_least(&self, level: Level) -> usize {
        self.batches.iter().flat_map(|b| &b.entries).filter(|e| e.level >= level).count()
    }
}
