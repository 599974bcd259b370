use crate::route::{compile, Method, Route};

#[derive(Debug, Default)]
pub struct Router {
    routes: Vec<Route>,
}

pub type Dispatch = (&'static str, Vec<(String, String)>);

impl Router {
    pub fn new() -> Self {
        Router::default()
    }

    pub fn add(&mut self, method: Method, pattern: &str, handler: &'static str) {
        self.routes.push(Route { pattern: compile(pattern), handler });
    }

    pub fn dispatch(&self, method: Method, path: &str) -> Option<Dispatch> {
        self.routes
            .iter()
            .find_map(|r| r.matches(method, path).map(|params| (r.handler, params)))
    }
}

pub fn api_router() -> Router {
    let mut router = Router::new();
    router.add(Method::Get, "/users", "list_users");
    router.add("/users/:id", "show_user");
    router.add(Method::Post, "/users", "create_user");
    router.add(Method::Delete, "/users/:id", "delete_user");
    router
}
