use visibility_backup_job_field::{load_jobs, LoadError, Schedule};

const CONF: &str = "
[photos]
source = /home/me/Pictures
schedule = weekly
keep = 4

[mail]
source = /var/mail
schedule = hourly
retries = 5
";

#[test]
fn loads_jobs_with_defaults() {
    let jobs = load_jobs(CONF).unwrap();
    assert_eq!(jobs.len(), 2);
    assert_eq!(jobs[0].schedule, Schedule::Weekly);
    assert_eq!(jobs[0].retries, 3);
    assert_eq!(jobs[1].retries, 5);
    assert_eq!(jobs[1].keep, 7);
    assert_eq!(jobs[0].snapshots_after(60), 4);
    assert_eq!(jobs[1].snapshots_after(1), 7);
}

#[test]
fn reports_problems() {
    assert_eq!(load_jobs("[x]\nkeep = 2"), Err(LoadError::MissingSource("x".into())));
    assert_eq!(
        load_jobs("[y]\nsource = /\nretries = many"),
        Err(LoadError::BadSetting { job: "y".into(), line: "retries".into() })
    );
}
