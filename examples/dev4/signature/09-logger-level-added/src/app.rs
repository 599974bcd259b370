use crate::log::Log;

pub fn start(log: &mut Log) {
    log.write("starting");
    log.write("config loaded");
}

pub fn fail(log: &mut Log, why: &str) {
    log.write("error", why);
}
