use crate::point::Point;

pub fn length(ps: &[Point]) -> u32 {
    ps.windows(2).map(|w| w[0].x.abs_diff(w[1].x) + w[0].y.abs_diff(w[1].y)).sum()
}

pub fn xs(ps: &[Point]) -> Vec<i32> {
    ps.iter().map(|p| p.x).collect()
}

pub fn steps(n: u32) -> Vec<u32> {
    let out = Vec::new();
    for i in 1..=n {
        out.push(i);
    }
    out
}
