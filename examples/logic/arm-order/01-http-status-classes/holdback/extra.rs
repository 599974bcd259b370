use http_status_classes::retry_after;
use http_status_classes::status::{classify, Class};

#[test]
fn rate_limits_and_neighbours() {
    assert_eq!(retry_after(429, 5), Some(30));
    assert_eq!(classify(429), Class::RateLimited);
    assert_eq!(classify(428), Class::ClientError);
    assert_eq!(classify(405), Class::ClientError);
    assert_eq!(classify(499), Class::ClientError);
    assert_eq!(classify(500), Class::ServerError);
    assert_eq!(retry_after(404, 0), None);
}
