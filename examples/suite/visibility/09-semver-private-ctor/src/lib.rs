//! Semantic versions and simple version requirements (`^1.2`, `>=0.9.1`, `=2.0.0`).

pub mod version {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub struct Version {
        major: u64,
        minor: u64,
        patch: u64,
    }

    impl Version {
        fn from_parts(major: u64, minor: u64, patch: u64) -> Self {
            Version { major, minor, patch }
        }

        /// Parse `1`, `1.2` or `1.2.3`; missing components default to 0.
        pub fn parse(s: &str) -> Option<Self> {
            let mut nums = s.trim().split('.').map(|p| p.parse::<u64>());
            let major = nums.next()?.ok()?;
            let minor = nums.next().unwrap_or(Ok(0)).ok()?;
            let patch = nums.next().unwrap_or(Ok(0)).ok()?;
            if nums.next().is_some() {
                return None;
            }
            Some(Self::from_parts(major, minor, patch))
        }

        pub fn major(&self) -> u64 {
            self.major
        }

        pub fn minor(&self) -> u64 {
            self.minor
        }
    }
}

pub mod req {
    use crate::version::Version;

    #[derive(Debug, PartialEq)]
    pub enum Req {
        Exact(Version),
        AtLeast(Version),
        Caret(Version),
    }

    impl Req {
        pub fn parse(s: &str) -> Option<Req> {
            let s = s.trim();
            if let Some(rest) = s.strip_prefix(">=") {
                Version::parse(rest).map(Req::AtLeast)
            } else if let Some(rest) = s.strip_prefix('=') {
                Version::parse(rest).map(Req::Exact)
            } else {
                Version::parse(s.strip_prefix('^').unwrap_or(s)).map(Req::Caret)
            }
        }

        pub fn matches(&self, v: &Version) -> bool {
            match self {
                Req::Exact(want) => v == want,
                Req::AtLeast(min) => v >= min,
                Req::Caret(min) => {
                    // ^1.2.3 := >=1.2.3, <2.0.0 ; ^0.2.3 := >=0.2.3, <0.3.0
                    let upper = if min.major() > 0 {
                        Version::from_parts(min.major() + 1, 0, 0)
                    } else {
                        Version::from_parts(0, min.minor() + 1, 0)
                    };
                    v >= min && *v < upper
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::req::Req;
    use super::version::Version;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn caret_ranges() {
        let r = Req::parse("^1.2").unwrap();
        assert!(r.matches(&v("1.2.0")));
        assert!(r.matches(&v("1.9.7")));
        assert!(!r.matches(&v("2.0.0")));
        let r0 = Req::parse("0.2.3").unwrap();
        assert!(r0.matches(&v("0.2.9")));
        assert!(!r0.matches(&v("0.3.0")));
    }

    #[test]
    fn exact_and_minimum() {
        assert!(Req::parse("=2.0.0").unwrap().matches(&v("2")));
        assert!(!Req::parse(">=0.9.1").unwrap().matches(&v("0.9.0")));
        assert!(Req::parse(">= 0.9.1").unwrap().matches(&v("3.1")));
        assert_eq!(Version::parse("1.2.3.4"), None);
    }
}
