/// The distinct values of `values`, sorted ascending.
pub fn dedupe(values: &[i32]) -> Vec<i32> {
    todo!()
}
