use http_status_classes::status::{classify, is_error, Class};
use http_status_classes::{describe, retry_after};

#[test]
fn not_found_is_its_own_class() {
    assert_eq!(describe(404), "404 NotFound");
}

#[test]
fn server_errors_back_off() {
    assert_eq!(retry_after(503, 0), Some(1));
    assert_eq!(retry_after(503, 2), Some(4));
    assert_eq!(retry_after(503, 3), None);
}

#[test]
fn broad_classes() {
    assert_eq!(classify(204), Class::Success);
    assert_eq!(classify(301), Class::Redirect);
    assert_eq!(classify(400), Class::ClientError);
    assert_eq!(classify(999), Class::Unknown);
    assert!(is_error(418));
    assert!(!is_error(101));
}
