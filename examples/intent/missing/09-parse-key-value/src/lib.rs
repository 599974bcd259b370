/// Settings lines look like `name = value`.
pub const SEPARATOR: char = '=';
