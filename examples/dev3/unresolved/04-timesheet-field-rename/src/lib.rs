pub mod parse;
pub mod report;

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub project: String,
    pub minutes: u32,
    pub billable: bool,
}
