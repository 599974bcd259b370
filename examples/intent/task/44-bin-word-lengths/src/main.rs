/// The length of every whitespace-separated word in `text`, in order.
fn word_lengths(text: &str) -> Vec<usize> {
    // TODO: split on whitespace and measure each word (in chars)
    let _ = text;
    Vec::new()
}

fn main() {
    let lengths = word_lengths("the quick  brown fox");
    assert_eq!(lengths, vec![3, 5, 5, 3]);
    assert_eq!(word_lengths("naïve café"), vec![5, 4]);
    println!("{lengths:?}");
}
