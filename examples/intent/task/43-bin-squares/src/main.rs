fn main() {
    // TODO: fill `squares` with the squares of 1 through 20, in order.
    let squares: Vec<u64> = Vec::new();
    assert_eq!(squares.len(), 20);
    assert_eq!(squares[0], 1);
    assert_eq!(squares[19], 400);
    println!("sum of squares: {}", squares.iter().sum::<u64>());
}
