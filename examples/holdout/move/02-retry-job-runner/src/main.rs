use move_retry_job_runner::{Job, Runner};

fn main() {
    let mut runner = Runner::default();
    for spec in std::env::args().skip(1) {
        match Job::parse(&spec) {
            Ok(job) => runner.submit(job),
            Err(e) => eprintln!("skipping {spec:?}: {e}"),
        }
    }
    runner.run();
    for line in &runner.events {
        println!("{line}");
    }
    println!("{} done, {} dead", runner.done.len(), runner.dead.len());
}
