//! Packet filter rules in the form `allow tcp 22` / `deny udp 1000-2000 from 10.0.0.0/8`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Allow,
    Deny,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub action: Action,
    pub proto: String,
    pub ports: (u16, u16),
    /// Network prefix as (address, prefix length); None matches any source.
    pub source: Option<(u32, u8)>,
}

mod parse {
    use super::{Action, Rule};

    fn ipv4(s: &str) -> Option<u32> {
        let octets: Vec<u8> = s.split('.').map(|o| o.parse().ok()).collect::<Option<_>>()?;
        let bytes: [u8; 4] = octets.try_into().ok()?;
        Some(u32::from_be_bytes(bytes))
    }

    pub fn rule(line: &str) -> Option<Rule> {
        let words: Vec<&str> = line.split_whitespace().collect();
        let action = match *words.first()? {
            "allow" => Action::Allow,
            "deny" => Action::Deny,
            _ => return None,
        };
        let ports = match words.get(2)?.split_once('-') {
            Some((lo, hi)) => (lo.parse().ok()?, hi.parse().ok()?),
            None => {
                let p = words[2].parse().ok()?;
                (p, p)
            }
        };
        let source = match words.get(3..) {
            Some(["from", net]) => {
                let (addr, len) = net.split_once('/')?;
                Some((ipv4(addr)?, len.parse().ok().filter(|l| *l <= 32)?))
            }
            Some([]) => None,
            _ => return None,
        };
        Some(Rule {
            action,
            proto: words[1].to_string()
            ports,
            source,
        })
    }
}

impl Rule {
    pub fn parse(line: &str) -> Option<Rule> {
        parse::rule(line)
    }

    pub fn matches(&self, proto: &str, port: u16, src: u32) -> bool {
        let in_net = match self.source {
            None => true,
            Some((_, 0)) => true,
            Some((net, len)) => (src ^ net) >> (32 - len as u32) == 0,
        };
        self.proto == proto && (self.ports.0..=self.ports.1).contains(&port) && in_net
    }
}

/// First matching rule wins; traffic that matches nothing is denied.
pub fn decide(rules: &[Rule], proto: &str, port: u16, src: u32) -> Action {
    rules
        .iter()
        .find(|r| r.matches(proto, port, src))
        .map_or(Action::Deny, |r| r.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOST: u32 = 0x0A01_0203; // 10.1.2.3

    #[test]
    fn parses_rules() {
        let r = Rule::parse("deny udp 1000-2000 from 10.0.0.0/8").unwrap();
        assert_eq!(r.ports, (1000, 2000));
        assert_eq!(r.source, Some((0x0A00_0000, 8)));
        assert_eq!(Rule::parse("allow tcp 22").unwrap().source, None);
        assert!(Rule::parse("allow tcp 22 to 1.2.3.4/8").is_none());
        assert!(Rule::parse("permit tcp 22").is_none());
    }

    #[test]
    fn first_match_wins() {
        let rules: Vec<Rule> = ["deny tcp 22 from 10.1.0.0/16", "allow tcp 1-1024", "allow udp 53"]
            .iter()
            .map(|l| Rule::parse(l).unwrap())
            .collect();
        assert_eq!(decide(&rules, "tcp", 22, HOST), Action::Deny);
        assert_eq!(decide(&rules, "tcp", 22, 0xC0A8_0001), Action::Allow);
        assert_eq!(decide(&rules, "udp", 53, HOST), Action::Allow);
        assert_eq!(decide(&rules, "udp", 54, HOST), Action::Deny);
    }
}
