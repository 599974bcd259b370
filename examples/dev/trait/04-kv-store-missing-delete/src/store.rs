pub trait Store {
    fn get(&self, key: &str) -> Option<String>;
    fn put(&mut self, key: &str, value: &str);
    /// Remove a key; returns the value it had.
    fn delete(&mut self, key: &str) -> Option<String>;
    fn keys(&self) -> Vec<String>;
}

/// Records every mutating call before forwarding it.
pub struct LoggingStore<S: Store> {
    pub inner: S,
    pub log: Vec<String>,
}

impl<S: Store> LoggingStore<S> {
    pub fn new(inner: S) -> Self {
        LoggingStore { inner, log: Vec::new() }
    }
}

impl<S: Store> Store for LoggingStore<S> {
    fn get(&self, key: &str) -> Option<String> {
        self.inner.get(key)
    }

    fn put(&mut self, key: &str, value: &str) {
        self.log.push(format!("put {key}"));
        self.inner.put(key, value);
    }

    fn delete(&mut self, key: &str) -> Option<String> {
        self.log.push(format!("delete {key}"));
        self.inner.delete(key)
    }

    fn keys(&self) -> Vec<String> {
        self.inner.keys()
    }
}
