#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Informational,
    Success,
    Redirect,
    NotFound,
    RateLimited,
    ClientError,
    ServerError,
    Unknown,
}

pub fn classify(code: u16) -> Class {
    match code {
        100..=199 => Class::Informational,
        200..=299 => Class::Success,
        300..=399 => Class::Redirect,
        400..=499 => Class::ClientError,
        429 => Class::RateLimited,
        404 => Class::NotFound,
        500..=599 => Class::ServerError,
        _ => Class::Unknown,
    }
}

pub fn is_error(code: u16) -> bool {
    !matches!(classify(code), Class::Informational | Class::Success | Class::Redirect)
}
