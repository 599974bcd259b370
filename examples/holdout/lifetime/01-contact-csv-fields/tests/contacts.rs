use lifetime_contact_csv_fields::fields::field_or;
use lifetime_contact_csv_fields::{parse_contacts, Contact};

#[test]
fn parses_with_defaults() {
    let text = "# exported 2024-05-01\nAda Lovelace, ada@example.org, London\n\n , bob@example.org\n";
    let contacts = parse_contacts(text);
    assert_eq!(contacts.len(), 2);
    assert_eq!(contacts[0], Contact { name: "Ada Lovelace", email: "ada@example.org", city: "London" });
    assert_eq!(contacts[1], Contact { name: "anonymous", email: "bob@example.org", city: "unknown" });
}

#[test]
fn field_or_prefers_present_fields() {
    let fields = ["x", "", "z"];
    assert_eq!(field_or(&fields, 0, "d"), "x");
    assert_eq!(field_or(&fields, 1, "d"), "d");
    assert_eq!(field_or(&fields, 7, "d"), "d");
}
