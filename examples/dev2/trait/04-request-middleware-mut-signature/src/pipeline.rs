use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub path: String,
    pub headers: BTreeMap<String, String>,
}

impl Request {
    pub fn new(path: &str) -> Request {
        Request { path: path.to_string(), headers: BTreeMap::new() }
    }

    pub fn header(mut self, name: &str, value: &str) -> Request {
        self.headers.insert(name.to_ascii_lowercase(), value.to_string());
        self
    }
}

pub trait Middleware {
    /// Inspect or rewrite the request; `Err` rejects it with a reason.
    fn before(&self, req: &mut Request) -> Result<(), String>;
}

#[derive(Default)]
pub struct Pipeline {
    layers: Vec<Box<dyn Middleware>>,
}

impl Pipeline {
    pub fn with(mut self, layer: impl Middleware + 'static) -> Pipeline {
        self.layers.push(Box::new(layer));
        self
    }

    pub fn run(&self, mut req: Request) -> Result<Request, String> {
        for layer in &self.layers {
            layer.before(&mut req)?;
        }
        Ok(req)
    }
}
