// TODO: is_leap_year(year: u32) -> bool, Gregorian: divisible by 4, except centuries,
// except every 400 years.
