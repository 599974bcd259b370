use d4_fields_02_profile_rename_finished_at_uses::{profile::Profile, render::*};

#[test]
fn renders() {
    let a = Profile::new("Ada Lovelace", 36);
    assert_eq!(a.initials(), "AL");
    assert_eq!(card(&a), "Ada Lovelace (36)");
    assert_eq!(shout(&a), "ADA LOVELACE");
    assert_eq!(longest(&[a, Profile::new("Bo", 3)]), Some("Ada Lovelace"));
}
