use intent_describe_enum::{Describe, Weather};

#[test]
fn each_variant() {
    assert_eq!(Weather::Sun.describe(), "sunny");
    assert_eq!(Weather::Rain.describe(), "rainy");
    assert_eq!(Weather::Snow.describe(), "snowy");
}
