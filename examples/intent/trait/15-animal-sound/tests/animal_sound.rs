use intent_animal_sound::{Animal, Dog};

#[test]
fn dog_speaks() {
    assert_eq!(Dog.speak(), "dog says woof");
}
