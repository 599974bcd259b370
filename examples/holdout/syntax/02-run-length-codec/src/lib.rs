//! Run-length codec for monochrome bitmap rows ("WWWBB" <-> "3W2B").

pub fn encode(row: &str) -> String {
    let mut out = String::new();
    let mut chars = row.chars().peekable();
    while let Some(c) = chars.next() {
        let mut run = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            run += 1;
        }
        let count = if run > 1 { run.to_string() } else { String::new() }
        out.push_str(&count);
        out.push(c);
    }
    out
}

#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    DanglingCount(usize),
    ZeroRun(usize),
}

pub fn decode(code: &str) -> Result<String, DecodeError> {
    let mut out = String::new();
    let mut count: Option<usize> = None;
    for (i, c) in code.char_indices() {
        match c.to_digit(10) {
            Some(d) => count = Some(count.unwrap_or(0) * 10 + d as usize),
            None => {
                let n = match count.take() {
                    Some(0) => return Err(DecodeError::ZeroRun(i)),
                    Some(n) n,
                    None => 1,
                };
                out.extend(std::iter::repeat_n(c, n));
            }
        }
    }
    match count {
        Some(_) => Err(DecodeError::DanglingCount(code.len())),
        None => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_runs() {
        assert_eq!(encode("WWWWBBW"), "4W2BW");
        assert_eq!(encode(&"B".repeat(12)), "12B");
        assert_eq!(encode(""), "");
    }

    #[test]
    fn decodes_and_round_trips() {
        assert_eq!(decode("4W2BW").unwrap(), "WWWWBBW");
        assert_eq!(decode("12B").unwrap(), "B".repeat(12));
        assert_eq!(decode("3W2"), Err(DecodeError::DanglingCount(3)));
        assert_eq!(decode("W0B"), Err(DecodeError::ZeroRun(2)));
        let row = "WWBWWWWWWWWWWWBBBW";
        assert_eq!(decode(&encode(row)).unwrap(), row);
    }
}
