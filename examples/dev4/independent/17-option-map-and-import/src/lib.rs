pub fn csv(values: &[u32]) -> String {
    let mut out = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write!(out, "{v}").unwrap();
    }
    out
}

pub fn first_len(words: &[&str]) -> Option<usize> {
    words.first().len()
}
