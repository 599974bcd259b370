use build_task_queue_helpers::*;

mod build_task_queue_helpers {
    pub use syntax_build_task_queue::{schedule, ScheduleError, Task};

    pub fn tasks(specs: &[&str]) -> Vec<Task> {
        specs.iter().map(|s| Task::parse(s).unwrap()).collect()
    }
}

#[test]
fn orders_by_dependencies_then_priority() {
    let t = tasks(&["link:5:compile,assets", "compile:1:fetch", "fetch:2", "assets:9", "docs:3:fetch"]);
    assert_eq!(t[0].deps, vec!["compile".to_string(), "assets".to_string()]);
    assert_eq!(schedule(&t).unwrap(), ["assets", "fetch", "docs", "compile", "link"]);
}

#[test]
fn reports_bad_graphs() {
    let t = tasks(&["a:1:b", "b:1:a", "c:1"]);
    assert_eq!(schedule(&t), Err(ScheduleError::Cycle(vec!["a".into(), "b".into()])));
    let t = tasks(&["a:1:zzz"]);
    assert_eq!(
        schedule(&t),
        Err(ScheduleError::UnknownDependency { task: "a".into(), dep: "zzz".into() })
    );
    assert!(Task::parse(":1").is_none());
}
