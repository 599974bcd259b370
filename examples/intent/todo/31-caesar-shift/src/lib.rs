/// Shifts every ASCII letter `by` places forward in the alphabet (wrapping, case kept);
/// other characters stay.
pub fn shift(text: &str, by: u8) -> String {
    todo!()
}
