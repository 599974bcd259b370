use crate::router::Router;

pub fn build() -> Router {
    let mut router = Router::default();
    router.register("/", 200);
    router.register("/health", 204);
    router.register("/old", 301);
    router.register("/admin", 403);
    router
}
