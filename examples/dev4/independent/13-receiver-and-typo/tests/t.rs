use d4_independent_13_receiver_and_typo::*;

#[test]
fn works() {
    let d = Deck { cards: vec![1, 9] };
    assert_eq!(top_or_zero(&d), 9);
    assert_eq!(peek_all(&[d, Deck { cards: vec![] }]), vec![Some(9), None]);
    assert_eq!(total(&[200, 100]), 300);
}
