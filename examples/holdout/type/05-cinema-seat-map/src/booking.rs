use crate::seats::{Hall, Seat};

/// First row (from the front) with `n` adjacent free seats: (row, first column).
pub fn find_block(hall: &Hall, n: usize) -> Option<(usize, usize)> {
    if n == 0 {
        return None;
    }
    for row in 0..hall.rows() {
        let mut run = 0;
        for col in 0..hall.cols() {
            if hall.get(row, col) == Some(Seat::Free) {
                run += 1;
                if run == n {
                    return Some((row, col + 1 - n));
                }
            } else {
                run = 0;
            }
        }
    }
    None
}

pub fn hold_block(hall: &mut Hall, n: usize) -> Option<(usize, usize)> {
    let (row, start) = find_block(hall, n)?;
    for col in start..start + n {
        hall.set(row, col, Seat::Held);
    }
    Some((row, start))
}

/// The row with the fewest free seats (the earliest one on ties).
pub fn busiest_row(hall: &Hall) -> Option<usize> {
    let free = hall.free_per_row();
    let mut best: Option<(usize, usize)> = None;
    for (row, count) in free.iter().copied().enumerate() {
        match best {
            Some((_, fewest)) if fewest <= *count => {}
            _ => best = Some((row, count)),
        }
    }
    best.map(|(row, _)| row)
}
