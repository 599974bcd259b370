use unresolved_csv_export_io_write::escape::escape_field;
use unresolved_csv_export_io_write::export::{export, export_string};
use unresolved_csv_export_io_write::Contact;

fn contact(name: &str, email: &str, note: Option<&str>) -> Contact {
    Contact { name: name.into(), email: email.into(), note: note.map(Into::into) }
}

#[test]
fn escapes_fields() {
    assert_eq!(escape_field("plain"), "plain");
    assert_eq!(escape_field("Doe, Jane"), "\"Doe, Jane\"");
    assert_eq!(escape_field("say \"hi\""), "\"say \"\"hi\"\"\"");
}

#[test]
fn exports_records() {
    let contacts = vec![
        contact("Doe, Jane", "jane@example.com", Some("met at \"RustConf\"")),
        contact("Bo", "bo@example.com", None),
    ];
    let mut buf = Vec::new();
    assert_eq!(export(&contacts, &mut buf).unwrap(), 2);
    assert_eq!(
        String::from_utf8(buf).unwrap(),
        "name,email,note\n\"Doe, Jane\",jane@example.com,\"met at \"\"RustConf\"\"\"\nBo,bo@example.com,\n"
    );
    assert_eq!(export_string(&[]), "name,email,note\n");
}
