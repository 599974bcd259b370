use std::collections::HashSet;

pub struct Funnel {
    steps: Vec<String>,
    reached: Vec<HashSet<u64>>,
}

impl Funnel {
    pub fn new(steps: &[&str]) -> Self {
        Funnel { steps: steps.iter().map(|s| s.to_string()).collect(), reached: vec![HashSet::new(); steps.len()] }
    }

    /// Record that `user` reached `step`; unknown steps are ignored.
    pub fn track(&mut self, user: u64, step: &str) {
        if let Some(i) = self.steps.iter().position(|s| s == step) {
            self.reached[i].insert(user);
        }
    }

    pub fn count(&self, i: usize) -> usize {
        self.reached[i].len()
    }

    /// Percentage of users at step `i` who also reached step `i + 1`, one decimal.
    pub fn conversion(&self, i: usize) -> f64 {
        let entered = self.count(i);
        if entered == 0 {
            return 0.0;
        }
        let reached = self.reached[i + 1].intersection(&self.reached[i]).count();
        ((reached / entered) as f64 * 1000.0).round() / 10.0
    }

    pub fn report(&self) -> Vec<String> {
        (0..self.steps.len() - 1)
            .map(|i| format!("{} -> {}: {}%", self.steps[i], self.steps[i + 1], self.conversion(i)))
            .collect()
    }
}
