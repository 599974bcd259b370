pub trait Rule {
    /// `Err` carries a message for the user.
    fn check(&self, password: &str) -> Result<(), String>;
}

pub struct MinLength(pub usize);
pub struct RequireDigit;
pub struct RequireUpper;

impl Rule for MinLength {
    fn check(&self, password: &str) -> Result<(), String> {
        if password.chars().count() >= self.0 {
            Ok(())
        } else {
            Err(format!("must be at least {} characters", self.0))
        }
    }
}

impl Rule for RequireDigit {
    fn check(&self, password: &str) -> Result<(), String> {
        if password.chars().any(|c| c.is_ascii_digit()) {
            Ok(())
        } else {
            Err("must contain a digit".to_string())
        }
    }
}

impl Rule for RequireUpper {
    fn check(&self, password: &str) -> Result<(), String> {
        if password.chars().any(char::is_uppercase) {
            Ok(())
        } else {
            Err("must contain an uppercase letter".to_string())
        }
    }
}
