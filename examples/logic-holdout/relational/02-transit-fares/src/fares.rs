#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Child,
    Student,
    Adult,
    Senior,
}

pub fn fare_class(age: u32, student: bool) -> Class {
    if age < 12 {
        Class::Child
    } else if age > 65 {
        Class::Senior
    } else if student {
        Class::Student
    } else {
        Class::Adult
    }
}

/// Adult price is 250 cents plus 100 per extra zone; other classes get a percentage off.
pub fn ride_price(class: Class, zones: u32) -> u64 {
    let adult = 250 + 100 * zones.saturating_sub(1) as u64;
    match class {
        Class::Child => 0,
        Class::Student => adult * 60 / 100,
        Class::Senior => adult / 2,
        Class::Adult => adult,
    }
}
