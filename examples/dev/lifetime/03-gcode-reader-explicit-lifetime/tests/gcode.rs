use lifetime_gcode_reader_explicit_lifetime::{travel, Reader};

const PROGRAM: &str = "; square-ish\nG21\nG0 X3 Y4\n\nG1 x3 y10 F200 ; slow\nM5\nG1 X0\n";

#[test]
fn reads_commands() {
    let mut reader = Reader::new(PROGRAM);
    let first = reader.next_command().unwrap().unwrap();
    assert_eq!((first.code, first.line), ("G21", 2));
    let second = reader.next_command().unwrap().unwrap();
    assert_eq!(second.args, vec![('X', 3.0), ('Y', 4.0)]);
    let codes: Vec<&str> = std::iter::from_fn(|| reader.next_command()).map(|c| c.unwrap().code).collect();
    assert_eq!(codes, vec!["G1", "M5", "G1"]);
}

#[test]
fn measures_travel() {
    assert_eq!(travel(PROGRAM), Ok(14.0));
    assert_eq!(travel(""), Ok(0.0));
    assert_eq!(travel("G1 X1\nG1 Xabc"), Err("line 2: bad argument \"Xabc\"".to_string()));
}
