//! Payroll: employees keep their salary private; reports go through accessors.

pub mod employee;
pub mod report;
