use crate::rules::{MinLength, RequireDigit, RequireUpper, Rule};

#[derive(Default)]
pub struct Policy {
    rules: Vec<Box<dyn Rule>>,
}

impl Policy {
    /// Build a policy from a comma-separated spec such as `min:12,digit,upper`.
    pub fn parse(spec: &str) -> Result<Policy, String> {
        let mut policy = Policy::default();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let rule = rule_from_spec(part).ok_or_else(|| format!("unknown rule `{}`", part))?;
            policy.rules.push(rule);
        }
        Ok(policy)
    }

    pub fn violations(&self, password: &str) -> Vec<String> {
        self.rules.iter().filter_map(|r| r.check(password).err()).collect()
    }
}

pub fn rule_from_spec(spec: &str) -> Option<Box<dyn Rule>> {
    let (name, arg) = match spec.split_once(':') {
        Some((name, arg)) => (name, Some(arg)),
        None => (spec, None),
    };
    match (name, arg) {
        ("min", Some(n)) => Some(Box::new(MinLength(n.parse().ok()?))),
        ("digit", None) => Some(Box::new(RequireDigit)),
        ("upper", None) => Some(RequireUpper),
        _ => None,
    }
}
