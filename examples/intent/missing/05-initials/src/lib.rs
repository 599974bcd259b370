/// A person's full name, parts separated by spaces.
pub struct Name(pub String);
