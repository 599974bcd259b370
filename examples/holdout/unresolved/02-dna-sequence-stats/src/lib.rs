//! Small statistics over DNA reads (FASTA-style sequence lines).

/// Fraction of G/C among the known bases (A, C, G, T); `N` and other symbols are ignored.
pub fn gc_content(seq: &str) -> Option<f64> {
    let known: Vec<char> = seq
        .chars()
        .map(|c| c.to_ascii_uppercase())
        .filter(|c| "ACGT".contains(*c))
        .collect();
    if known.is_empty() {
        return None;
    }
    let gc = known.iter().filter(|c| matches!(c, 'G' | 'C')).count();
    Some(gc as f64 / known.len() as f64)
}

pub fn reverse_complement(seq: &str) -> Result<String, char> {
    seq.chars()
        .rev()
        .map(|c| match c.to_ascii_uppercase() {
            'A' => Ok('T'),
            'T' => Ok('A'),
            'C' => Ok('G'),
            'G' => Ok('C'),
            'N' => Ok('N'),
            other => Err(other),
        })
        .collect()
}

/// Start offsets of every (possibly overlapping) occurrence of `motif`.
pub fn motif_positions(seq: &str, motif: &str) -> Vec<usize> {
    if motif.is_empty() || motif.len() > seq.len() {
        return Vec::new();
    }
    (0..=seq.len() - motif.len())
        .filter(|&i| seq[i..].starts_with(motif))
        .collect()
}

/// Number of positions at which two equal-length reads differ, ignoring `N`s.
pub fn mismatches(a: &str, b: &str) -> Option<usize> {
    if a.len() != b.len() {
        return None;
    }
    let differing = a
        .chars()
        .zip(b.chars())
        .filter(|&(x, y)| x != 'N' && y != 'N' && x != y)
        .len();
    Some(differing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gc_and_complement() {
        assert_eq!(gc_content("ggccNNat"), Some(4.0 / 6.0));
        assert_eq!(gc_content("NNNN"), None);
        assert_eq!(reverse_complement("AACGN").as_deref(), Ok("NCGTT"));
        assert_eq!(reverse_complement("AXG"), Err('X'));
    }

    #[test]
    fn motifs_and_mismatches() {
        assert_eq!(motif_positions("ATATAT", "ATA"), vec![0, 2]);
        assert!(motif_positions("AT", "ATA").is_empty());
        assert_eq!(mismatches("ACGTN", "ACCTA"), Some(1));
        assert_eq!(mismatches("ACGT", "TGCA"), Some(4));
        assert_eq!(mismatches("AC", "A"), None);
    }
}
