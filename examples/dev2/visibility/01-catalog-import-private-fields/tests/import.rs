use visibility_catalog_import_private_fields::{import, Product};

#[test]
fn imports_and_normalises() {
    let products = import(" Hex bolt ; hb-10 ;0.35\n\nWasher;w-2;1\nGear;g-7;12.5\n").unwrap();
    assert_eq!(products.len(), 3);
    assert_eq!(products[0], Product::new("Hex bolt", "HB-10", 35));
    assert_eq!(products[0].sku(), "HB-10");
    assert_eq!(products[1].price_cents(), 100);
    assert_eq!(products[2].price_cents(), 1250);
    assert!(products[2].matches("g-7"));
}

#[test]
fn reports_bad_lines() {
    assert_eq!(import("a;b\n"), Err("line 1: expected 3 fields".to_string()));
    assert_eq!(import("ok;x;1\n\nbad;y;1.234\n"), Err("line 3: bad price".to_string()));
}
