//! A course roster with waitlist handling.

#[derive(Debug, Clone)]
pub struct Course {
    title: String,
    capacity: usize,
    students: Vec<String>,
    waitlist: Vec<String>,
}

impl Course {
    pub fn new(title: &str, capacity: usize) -> Course {
        Course { title: title.to_string(), capacity, students: Vec::new(), waitlist: Vec::new() }
    }

    pub fn title(&self) -> String {
        self.title
    }

    /// Enrol, or put on the waitlist when full; returns whether the student got a seat.
    pub fn enrol(&mut self, name: &str) -> bool {
        if self.students.len() < self.capacity {
            self.students.push(name.to_string());
            true
        } else {
            self.waitlist.push(name.to_string());
            false
        }
    }

    /// Drop a student; the first waitlisted student takes the seat.
    pub fn withdraw(&mut self, name: &str) -> Option<String> {
        let index = self.students.iter().position(|s| s == name)?;
        self.students.remove(index);
        if self.waitlist.is_empty() {
            return None;
        }
        let promoted = self.waitlist.remove(0);
        self.students.push(promoted.clone());
        Some(promoted)
    }

    /// First letters of the enrolled students' names, in enrolment order.
    pub fn initials(&self) -> String {
        let mut out = String::new();
        for name in self.students {
            out.extend(name.chars().next());
        }
        out
    }

    pub fn summary(&self) -> String {
        format!("{}: {}/{} ({} waiting)", self.title(), self.students.len(), self.capacity, self.waitlist.len())
    }
}
