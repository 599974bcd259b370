//! Discrete-event simulation queue: events fire in time order, then by kind priority.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Kinds are ordered by priority: earlier variants fire first at equal times.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Arrival,
    Service,
    Departure,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Event {
    pub time: u64,
    pub kind: Kind,
    pub customer: u32,
}

#[derive(Default)]
pub struct Scheduler {
    queue: BinaryHeap<Reverse<Event>>,
    now: u64,
}

impl Scheduler {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn schedule(&mut self, delay: u64, kind: Kind, customer: u32) {
        self.queue.push(Reverse(Event { time: self.now + delay, kind, customer }));
    }

    pub fn next_event(&mut self) -> Option<Event> {
        let Reverse(event) = self.queue.pop()?;
        self.now = event.time;
        Some(event)
    }

    pub fn now(&self) -> u64 {
        self.now
    }
}

/// Simulate a single server: each arrival is served after `service` ticks.
pub fn run_single_server(arrivals: &[(u64, u32)], service: u64) -> Vec<(u64, Kind, u32)> {
    let mut sched = Scheduler::new();
    for &(at, customer) in arrivals {
        sched.schedule(at, Kind::Arrival, customer);
    }
    let mut trace = Vec::new();
    while let Some(ev) = sched.next_event() {
        trace.push((ev.time, ev.kind, ev.customer));
        match ev.kind {
            Kind::Arrival => sched.schedule(0, Kind::Service, ev.customer),
            Kind::Service => sched.schedule(service, Kind::Departure, ev.customer),
            Kind::Departure => {}
        }
    }
    trace
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_come_out_in_time_order() {
        let mut s = Scheduler::new();
        s.schedule(5, Kind::Departure, 1);
        s.schedule(2, Kind::Arrival, 2);
        s.schedule(5, Kind::Arrival, 3);
        assert_eq!(s.next_event().map(|e| e.customer), Some(2));
        assert_eq!(s.now(), 2);
        let e = s.next_event().unwrap();
        assert_eq!((e.time, e.kind), (5, Kind::Arrival));
        assert_eq!(s.next_event().unwrap().kind, Kind::Departure);
        assert!(s.next_event().is_none());
    }

    #[test]
    fn simulation_trace() {
        let trace = run_single_server(&[(1, 7), (3, 8)], 4);
        assert_eq!(trace.len(), 6);
        assert_eq!(trace[0], (1, Kind::Arrival, 7));
        assert_eq!(trace[1], (1, Kind::Service, 7));
        assert_eq!(trace.last(), Some(&(7, Kind::Departure, 8)));
    }
}
