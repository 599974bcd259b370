use std::net::Ipv4Addr;
use lint_dns_zone_lookup::Zone;

const ZONE: &str = "\
example.       A     10.0.0.1
example.       A     10.0.0.2   ; second frontend
www.example.   CNAME example.
blog.example.  CNAME WWW.example.
example.       TXT   \"v=spf1 -all\"
loop.example.  CNAME loop.example.
";

#[test]
fn follows_cname_chains() {
    let zone = Zone::parse(ZONE).unwrap();
    let (canonical, addrs) = zone.resolve("Blog.Example.").unwrap();
    assert_eq!(canonical, "example");
    assert_eq!(addrs, vec![Ipv4Addr::new(10, 0, 0, 1), Ipv4Addr::new(10, 0, 0, 2)]);
    assert_eq!(zone.resolve("loop.example"), None);
    assert_eq!(zone.resolve("missing.example"), None);
}

#[test]
fn txt_and_parse_errors() {
    let zone = Zone::parse(ZONE).unwrap();
    assert_eq!(zone.txt_upper("example").as_deref(), Some("V=SPF1 -ALL"));
    assert_eq!(zone.txt_upper("www.example"), None);
    assert_eq!(Zone::parse("a.example. A 10.0.0.1\nb.example. MX mail\n").unwrap_err(), 2);
    assert_eq!(Zone::parse("lonely\n").unwrap_err(), 1);
}
