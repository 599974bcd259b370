use lifetime_library_catalog_queries::catalog::Catalog;
use lifetime_library_catalog_queries::report::{authors, available_titles};

fn sample() -> Catalog {
    let mut c = Catalog::default();
    c.add("978-0", "Dune", "Frank Herbert");
    c.add("978-1", "Emma", " Jane Austen");
    c.add("978-2", "Persuasion", "Jane Austen ");
    c
}

#[test]
fn query_by_author() {
    let cat = sample();
    let found = {
        let query = String::from("frank herbert ");
        cat.by_author(&query)
    };
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].title, "Dune");
}

#[test]
fn lending_and_reports() {
    let mut cat = sample();
    cat.lend("978-1").unwrap();
    assert!(cat.lend("978-1").is_err());
    assert!(cat.lend("999").is_err());
    assert_eq!(available_titles(&cat), vec!["Dune", "Persuasion"]);
    assert_eq!(authors(&cat), vec!["Frank Herbert", "Jane Austen"]);
}
