use lifetime_price_catalog_undeclared_lifetime::{Catalog, Item};

#[test]
fn parses_and_queries() {
    let text = String::from("espresso: 250\n\nlatte : 390\ntea: 250\n");
    let names;
    {
        let catalog = Catalog::parse(&text).unwrap();
        assert_eq!(catalog.cheapest(), Some(&Item { name: "espresso", cents: 250 }));
        names = catalog.names_up_to(300);
    }
    assert_eq!(names, vec!["espresso", "tea"]);
    let catalog = Catalog::parse(&text).unwrap();
    assert_eq!(catalog.find("LATTE").map(|i| i.cents), Some(390));
    assert_eq!(catalog.total_cents(), 890);
}

#[test]
fn reports_errors() {
    assert_eq!(Catalog::parse("a: 1\nb 2").unwrap_err(), "line 2: missing ':'");
    assert_eq!(Catalog::parse("a: x").unwrap_err(), "line 1: bad price");
    assert!(Catalog::parse("").unwrap().cheapest().is_none());
}
