use trait_text_table_display_bound::{column_totals, render, render_row, Money};

#[test]
fn renders_a_row() {
    assert_eq!(render_row(&[1, 22, 333], 4), "   1 |   22 |  333");
    assert_eq!(render_row(&["a", "b"], 1), "a | b");
}

#[test]
fn renders_a_table() {
    let rows = vec![vec![1.5, 20.25], vec![300.0, 4.0]];
    let expected = "    x |     y\n-------------\n  1.5 | 20.25\n  300 |     4";
    assert_eq!(render(&["x", "y"], &rows), expected);
}

#[test]
fn renders_money_with_totals() {
    let mut rows = vec![vec![Money(1250), Money(-40)], vec![Money(99), Money(100_000)]];
    rows.push(column_totals(&rows));
    let expected = "      q1 |       q2\n-------------------\n  $12.50 |   -$0.40\n   $0.99 | $1000.00\n  $13.49 |  $999.60";
    assert_eq!(render(&["q1", "q2"], &rows), expected);
}
