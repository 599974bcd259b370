use crate::job::{BackupJob, Schedule};

#[derive(Debug, PartialEq)]
pub enum LoadError {
    MissingSource(String),
    BadSetting { job: String, line: String },
}

fn finish(name: &str, fields: &[(&str, &str)]) -> Result<BackupJob, LoadError> {
    let get = |key: &str| fields.iter().rev().find(|(k, _)| *k == key).map(|(_, v)| *v);
    let bad = |line: &str| LoadError::BadSetting { job: name.to_string(), line: line.to_string() };
    let schedule = match get("schedule").unwrap_or("daily") {
        "hourly" => Schedule::Hourly,
        "daily" => Schedule::Daily,
        "weekly" => Schedule::Weekly,
        other => return Err(bad(other)),
    };
    Ok(BackupJob {
        name: name.to_string(),
        source: get("source").ok_or_else(|| LoadError::MissingSource(name.to_string()))?.to_string(),
        schedule,
        retries: get("retries").map_or(Ok(3), str::parse).map_err(|_| bad("retries"))?,
        keep: get("keep").map_or(Ok(7), str::parse).map_err(|_| bad("keep"))?,
    })
}

pub fn load_jobs(text: &str) -> Result<Vec<BackupJob>, LoadError> {
    let mut jobs = Vec::new();
    let mut current: Option<(&str, Vec<(&str, &str)>)> = None;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if let Some((prev, fields)) = current.take() {
                jobs.push(finish(prev, &fields)?);
            }
            current = Some((name, Vec::new()));
        } else if let Some((name, fields)) = current.as_mut() {
            let (k, v) = line.split_once('=').ok_or_else(|| LoadError::BadSetting {
                job: name.to_string(),
                line: line.to_string(),
            })?;
            fields.push((k.trim(), v.trim()));
        }
    }
    if let Some((name, fields)) = current {
        jobs.push(finish(name, &fields)?);
    }
    Ok(jobs)
}
