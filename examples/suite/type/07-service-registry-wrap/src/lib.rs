//! Registry of service instances with port allocation and health tracking.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    pub service: String,
    pub port: u16,
    pub healthy: bool,
}

#[derive(Debug)]
pub struct Registry {
    first_port: u16,
    last_port: u16,
    instances: BTreeMap<u16, Instance>,
}

impl Registry {
    pub fn new(first_port: u16, last_port: u16) -> Self {
        Registry { first_port, last_port, instances: BTreeMap::new() }
    }

    /// Lowest port in range that is not yet taken.
    fn free_port(&self) -> Option<u16> {
        for port in self.first_port..=self.last_port {
            if !self.instances.contains_key(&port) {
                return port;
            }
        }
        None
    }

    pub fn register(&mut self, service: &str) -> Result<u16, String> {
        let port = self.free_port().ok_or_else(|| format!("no free port for {}", service))?;
        self.instances.insert(port, Instance { service: service.to_string(), port, healthy: true });
        Ok(port)
    }

    pub fn mark_down(&mut self, port: u16) -> Result<(), String> {
        let inst = self
            .instances
            .get_mut(&port)
            .ok_or_else(|| format!("nothing registered on {}", port))?;
        inst.healthy = false;
    }

    pub fn deregister(&mut self, port: u16) -> Option<Instance> {
        self.instances.remove(&port)
    }

    /// Healthy ports of a service, in ascending order.
    pub fn endpoints(&self, service: &str) -> Vec<u16> {
        self.instances
            .values()
            .filter(|i| i.healthy && i.service == service)
            .map(|i| i.port)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocates_lowest_free_port() {
        let mut r = Registry::new(9000, 9002);
        assert_eq!(r.register("api"), Ok(9000));
        assert_eq!(r.register("api"), Ok(9001));
        assert_eq!(r.register("db"), Ok(9002));
        assert!(r.register("api").is_err());
        assert_eq!(r.deregister(9001).map(|i| i.service), Some("api".to_string()));
        assert_eq!(r.register("cache"), Ok(9001));
    }

    #[test]
    fn unhealthy_instances_are_hidden() {
        let mut r = Registry::new(8000, 8010);
        r.register("api").unwrap();
        r.register("api").unwrap();
        assert_eq!(r.mark_down(8000), Ok(()));
        assert_eq!(r.endpoints("api"), vec![8001]);
        assert_eq!(r.mark_down(8005), Err("nothing registered on 8005".to_string()));
    }
}
