use unresolved_invoice_tax_module_undeclared::{Invoice, Line, Region};

fn line(unit_cents: u64, quantity: u64, reduced_rate: bool) -> Line {
    Line { description: "item".to_string(), unit_cents, quantity, reduced_rate }
}

#[test]
fn german_mixed_rates() {
    let inv = Invoice { region: Region::Germany, lines: vec![line(1000, 3, false), line(250, 2, true)] };
    assert_eq!(inv.net_cents(), 3500);
    assert_eq!(inv.tax_cents(), 570 + 35);
    assert_eq!(inv.gross_cents(), 4105);
}

#[test]
fn rounding_is_per_line() {
    let inv = Invoice { region: Region::Switzerland, lines: vec![line(199, 1, false), line(199, 1, false)] };
    assert_eq!(inv.tax_cents(), 32);
    let fr = Invoice { region: Region::France, lines: vec![line(999, 1, true)] };
    assert_eq!(fr.tax_cents(), 55);
}
