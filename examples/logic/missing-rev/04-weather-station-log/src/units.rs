/// Tenths of a degree Celsius to whole degrees Fahrenheit, rounded to nearest.
pub fn to_fahrenheit(tenths_c: i32) -> i32 {
    let f_tenths = tenths_c * 9 / 5 - 320;
    (f_tenths as f64 / 10.0).round() as i32
}

pub fn format_c(tenths_c: i32) -> String {
    format!("{:.1}°C", tenths_c as f64 / 10.0)
}
