use crate::shapes::Rect;

/// A drag from `start` to `end` in canvas coordinates; the user may drag
/// in any direction.
pub fn drag_rect(start: (f32, f32), end: (f32, f32)) -> Rect {
    let (x, y) = start;
    let (w, h) = (end.0 - start.0, end.1 - start.1);
    Rect { x, y, w, h }
}

/// Indices of the shapes entirely inside the dragged area.
pub fn select(shapes: &[Rect], start: (f32, f32), end: (f32, f32)) -> Vec<usize> {
    let area = drag_rect(start, end);
    shapes
        .iter()
        .enumerate()
        .filter(|(_, s)| area.contains(s))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backwards_drag_is_normalized() {
        let r = drag_rect((10.0, 8.0), (2.0, 3.0));
        assert_eq!(r.origin(), (2.0, 3.0));
        assert_eq!(r.size(), (8.0, 5.0));
    }

    #[test]
    fn selects_enclosed_shapes() {
        let shapes = [
            Rect::new(1.0, 1.0, 2.0, 2.0),
            Rect::new(4.0, 4.0, 3.0, 3.0),
            Rect::new(0.5, 0.5, 1.0, 1.0),
        ];
        assert_eq!(select(&shapes, (5.0, 5.0), (0.0, 0.0)), vec![0, 2]);
        assert_eq!(select(&shapes, (0.0, 0.0), (8.0, 8.0)), vec![0, 1, 2]);
    }
}
