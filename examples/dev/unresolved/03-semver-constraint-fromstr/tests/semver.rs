use unresolved_semver_constraint_fromstr::constraint::best_match;
use unresolved_semver_constraint_fromstr::{Constraint, Version};

fn v(s: &str) -> Version {
    s.parse().unwrap()
}

#[test]
fn parses_constraints() {
    assert_eq!(Constraint::parse("^1.2.3"), Ok(Constraint::Caret(v("1.2.3"))));
    assert_eq!(Constraint::parse(">= 0.4.0"), Ok(Constraint::AtLeast(v("0.4.0"))));
    assert_eq!(Constraint::parse("=2.0.0"), Ok(Constraint::Exact(v("2.0.0"))));
    assert!(Constraint::parse("~1.x.0").is_err());
}

#[test]
fn matches_versions() {
    let caret = Constraint::parse("^1.2.0").unwrap();
    assert!(caret.matches(&v("1.9.0")) && !caret.matches(&v("2.0.0")) && !caret.matches(&v("1.1.9")));
    let zero = Constraint::parse("^0.3.1").unwrap();
    assert!(zero.matches(&v("0.3.7")) && !zero.matches(&v("0.4.0")));
    let tilde = Constraint::parse("~1.2.0").unwrap();
    assert!(tilde.matches(&v("1.2.5")) && !tilde.matches(&v("1.3.0")));
}

#[test]
fn picks_best() {
    let all = [v("1.0.0"), v("1.4.2"), v("1.10.0"), v("2.0.0")];
    assert_eq!(best_match(&Constraint::parse("^1.0.0").unwrap(), &all), Some(&v("1.10.0")));
    assert_eq!(best_match(&Constraint::parse("~1.4.0").unwrap(), &all), Some(&v("1.4.2")));
    assert_eq!(best_match(&Constraint::parse("^3.0.0").unwrap(), &all), None);
}
