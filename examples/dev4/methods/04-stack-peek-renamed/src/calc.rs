use crate::stack::Stack;

/// Reverse Polish: `"3 4 + 2 *"` → 14.
pub fn rpn(expr: &str) -> Option<i64> {
    let mut s = Stack::default();
    for token in expr.split_whitespace() {
        match token {
            "+" | "*" | "-" => {
                let b = s.pop()?;
                let a = s.pop()?;
                s.push(match token { "+" => a + b, "*" => a * b, _ => a - b });
            }
            n => s.push(n.parse().ok()?),
        }
    }
    s.peek()
}

pub fn top_is_zero(s: &Stack) -> bool {
    s.peek() == Some(0)
}
