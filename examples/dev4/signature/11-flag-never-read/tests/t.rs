use d4_signature_11_flag_never_read::pages::*;

#[test]
fn works() {
    assert_eq!(home(), "<h1>Home</h1>");
    assert_eq!(about("me"), "<h1>About me</h1>");
}
