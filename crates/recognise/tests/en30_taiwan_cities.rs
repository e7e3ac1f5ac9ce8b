//! Session 19: Taiwan's cities in their Sino-Vietnamese forms. "Cao Hùng"
//! looks like a person's name (surname Cao) and "Đài Trung" opens like a
//! station ("Đài Truyền hình"), so without gazetteer rows they came out as a
//! person and as one organisation spanning a list.

mod common;
use common::{has, names, run};
use thoisu_core::EntityKind;

#[test]
fn taiwans_cities_are_places_of_taiwan() {
    let es = run(
        "Số lao động Việt Nam làm việc tại Cao Hùng, Đài Trung và Tân Bắc tăng mạnh trong năm nay.",
    );
    for name in ["Cao Hùng", "Đài Trung", "Tân Bắc"] {
        let p = es
            .iter()
            .find(|e| e.kind == EntityKind::Location && e.name == name)
            .unwrap_or_else(|| panic!("{name}: {:?}", names(&es)));
        assert_eq!(p.country.as_deref(), Some("TWN"), "{name}");
    }
    assert!(
        !has(&es, EntityKind::Person, "Cao Hùng"),
        "{:?}",
        names(&es)
    );
    // A person whose given name is Hùng, surnamed Cao, is still a person.
    let es = run("Ông Cao Văn Hùng, Giám đốc Sở Lao động, cho biết số lao động tăng mạnh.");
    assert!(
        has(&es, EntityKind::Person, "Cao Văn Hùng"),
        "{:?}",
        names(&es)
    );
}
