use d4_signature_09_logger_level_added::{app::*, log::Log};

#[test]
fn logs() {
    let mut log = Log::default();
    start(&mut log);
    fail(&mut log, "disk");
    assert_eq!(log.lines, vec!["[info] starting", "[info] config loaded", "[error] disk"]);
}
