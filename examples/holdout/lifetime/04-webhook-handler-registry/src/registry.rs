use crate::handlers::Handler;
use std::collections::HashMap;

#[derive(Default)]
pub struct Registry {
    handlers: HashMap<String, Box<dyn Handler>>,
    order: Vec<String>,
}

impl Registry {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn register<H: Handler>(&mut self, handler: H) -> Result<(), String> {
        let name = handler.name().to_string();
        if self.handlers.contains_key(&name) {
            return Err(format!("handler {name} already registered"));
        }
        self.order.push(name.clone());
        self.handlers.insert(name, Box::new(handler));
        Ok(())
    }

    pub fn dispatch(&mut self, name: &str, payload: &str) -> Option<String> {
        self.handlers.get_mut(name)?.handle(payload)
    }

    /// Offer the payload to every handler in registration order.
    pub fn broadcast(&mut self, payload: &str) -> Vec<String> {
        let mut replies = Vec::new();
        for name in &self.order {
            if let Some(reply) = self.handlers.get_mut(name).and_then(|h| h.handle(payload)) {
                replies.push(reply);
            }
        }
        replies
    }
}
