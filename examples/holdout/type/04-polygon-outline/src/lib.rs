//! Reading a polygon outline ("x, y" per line, '#' comments) and measuring it.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vertex {
    pub x: f64,
    pub y: f64,
}

pub fn parse_outline(text: &str) -> Result<Vec<Vertex>, String> {
    let mut vertices = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let fields = line.split(',').map(str::trim).collect();
        if fields.len() != 2 {
            return Err(format!("line {}: expected 2 fields, got {}", n + 1, fields.len()));
        }
        let x = fields[0].parse().map_err(|_| format!("line {}: bad x {:?}", n + 1, fields[0]))?;
        let y = fields[1].parse().map_err(|_| format!("line {}: bad y {:?}", n + 1, fields[1]))?;
        vertices.push(Vertex { x, y });
    }
    if vertices.len() < 3 {
        return Err(format!("a polygon needs 3 vertices, got {}", vertices.len()));
    }
    Ok(vertices)
}

/// Shoelace formula; positive for counter-clockwise outlines.
pub fn signed_area(poly: &[Vertex]) -> f64 {
    let n = poly.len();
    (0..n)
        .map(|i| {
            let (a, b) = (poly[i], poly[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum::<f64>()
        / 2.0
}

pub fn perimeter(poly: &[Vertex]) -> f64 {
    poly.iter()
        .zip(poly.iter().cycle().skip(1))
        .map(|(a, b)| (b.x - a.x).hypot(b.y - a.y))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_a_rectangle() {
        let poly = parse_outline("# plot 7\n0,0\n4, 0\n4,3 # corner\n\n0,3\n").unwrap();
        assert_eq!(poly.len(), 4);
        assert_eq!(signed_area(&poly), 12.0);
        assert_eq!(perimeter(&poly), 14.0);
        let cw: Vec<Vertex> = poly.iter().rev().copied().collect();
        assert_eq!(signed_area(&cw), -12.0);
    }

    #[test]
    fn reports_bad_lines() {
        assert_eq!(parse_outline("0,0\n1,2,3\n").unwrap_err(), "line 2: expected 2 fields, got 3");
        assert_eq!(parse_outline("0,0\n1,x\n").unwrap_err(), "line 2: bad y \"x\"");
        assert!(parse_outline("0,0\n1,1\n").is_err());
    }
}
