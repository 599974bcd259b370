use d4_methods_06_trait_method_renamed::*;

#[test]
fn works() {
    assert_eq!(all(&Dog, &Cat { lives: 9 }), vec!["dog", "cat with 9 lives"]);
    assert_eq!(loud(&Dog), "DOG");
}
