use crate::profile::Profile;

pub fn card(p: &Profile) -> String {
    format!("{} ({})", p.name, p.age)
}

pub fn shout(p: &Profile) -> String {
    p.name.to_uppercase()
}

pub fn longest<'a>(ps: &'a [Profile]) -> Option<&'a str> {
    ps.iter().map(|p| p.name.as_str()).max_by_key(|n| n.len())
}
