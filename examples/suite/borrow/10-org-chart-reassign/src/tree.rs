use crate::person::Person;
use std::collections::HashMap;

#[derive(Default)]
pub struct OrgChart {
    people: HashMap<u32, Person>,
}

impl OrgChart {
    pub fn hire(&mut self, id: u32, name: &str) {
        self.people.insert(id, Person::new(name));
    }

    pub fn get(&self, id: u32) -> Option<&Person> {
        self.people.get(&id)
    }

    /// True when `upper` appears somewhere in the management chain above `id`.
    pub fn is_above(&self, upper: u32, id: u32) -> bool {
        let mut current = self.people.get(&id).and_then(|p| p.manager);
        while let Some(m) = current {
            if m == upper {
                return true;
            }
            current = self.people.get(&m).and_then(|p| p.manager);
        }
        false
    }

    pub fn assign_manager(&mut self, report: u32, manager: u32) -> Result<(), String> {
        if report == manager || self.is_above(report, manager) {
            return Err(format!("{report} cannot report to {manager}: cycle"));
        }
        if !self.people.contains_key(&manager) {
            return Err(format!("unknown manager {manager}"));
        }
        let old = self
            .people
            .get(&report)
            .ok_or_else(|| format!("unknown employee {report}"))?
            .manager;
        if let Some(old) = old {
            if let Some(previous) = self.people.get_mut(&old) {
                previous.reports.retain(|&r| r != report);
            }
        }
        let person = self.people.get_mut(&report).unwrap();
        let boss = self.people.get_mut(&manager).unwrap();
        person.manager = Some(manager);
        boss.reports.push(report);
        Ok(())
    }
}
