//! Vietnam's own bodies as home news writes them (issue 3): departments named
//! by abbreviated fields joined with a hyphen ("Sở GD-ĐT"), and a bare
//! ministry in an article that names no other country, which is the
//! gazetteer's own (Vietnam's), not a body of unknown country.

mod common;

use common::{names, run};
use thoisu_core::{Entity, EntityKind};

fn org<'e>(es: &'e [Entity], written: &str) -> &'e Entity {
    es.iter()
        .find(|e| {
            e.kind == EntityKind::Organisation && e.mentions.iter().any(|m| m.text == written)
        })
        .unwrap_or_else(|| panic!("no ORG written {written:?} in {:?}", names(es)))
}

#[test]
fn hyphenated_field_abbreviations_stay_one_name() {
    let es =
        run("Giám đốc Sở KH-ĐT tỉnh Quảng Trị, ông Lê Văn Bình, cho biết Sở LĐ-TB&XH sẽ phối hợp.");
    assert_eq!(
        org(&es, "Sở KH-ĐT tỉnh Quảng Trị").country.as_deref(),
        Some("VNM")
    );
    org(&es, "Sở LĐ-TB&XH");
    // the second field is no person of its own
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Person && e.name == "ĐT"),
        "{:?}",
        names(&es)
    );
    let es = run("Phòng GD-ĐT huyện Thạch Hà kiểm tra các trường.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name == "Phòng GD"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_pair_of_bodies_keeps_its_two_names() {
    // two known bodies joined by a hyphen are not one abbreviated name
    let es = run("Hội nghị cấp cao ASEAN-EU bàn về thương mại.");
    org(&es, "ASEAN");
    org(&es, "EU");
}

#[test]
fn a_bare_ministry_in_home_news_is_vietnams() {
    let es = run("Bộ Y tế vừa công bố thêm 12 ca mắc mới tại Đà Nẵng và Quảng Nam.");
    let m = org(&es, "Bộ Y tế");
    assert_eq!(m.country.as_deref(), Some("VNM"));
    assert_eq!(m.gazetteer_id.as_deref(), Some("vn.moh"));
    // with no place at all, too
    let es = run("Bộ Tài chính đề xuất giảm thuế.");
    assert_eq!(org(&es, "Bộ Tài chính").country.as_deref(), Some("VNM"));
}

#[test]
fn a_bare_ministry_beside_a_foreign_country_stays_open() {
    // other countries named in the article: the bare ministry may be one of
    // theirs, so no country is guessed
    let es = run(
        "Bộ Y tế cảnh báo dịch sốt xuất huyết, trong khi Thái Lan và Lào ghi nhận số ca mắc tăng.",
    );
    assert_eq!(org(&es, "Bộ Y tế").country, None);
    // its own country after it, as before
    let es = run("Bộ Y tế Thái Lan cảnh báo dịch sốt xuất huyết.");
    assert_eq!(org(&es, "Bộ Y tế Thái Lan").country.as_deref(), Some("THA"));
}

#[test]
fn the_city_abbreviation_is_never_a_person() {
    // "TP" (thành phố) after a committee whose city the gazetteer does not
    // know as such is no one's name
    let es = run("Ông Lê Văn Bình, Chủ tịch UBND TP Nam Định, chủ trì buổi làm việc.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Person && e.name.starts_with("TP")),
        "{:?}",
        names(&es)
    );
    // while the cities it opens are still read
    let es = run("Đoàn công tác của TP Hồ Chí Minh và TP Đà Nẵng đã tới.");
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Location && e.name == "TP Hồ Chí Minh"),
        "{:?}",
        names(&es)
    );
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Location && e.name == "Đà Nẵng"),
        "{:?}",
        names(&es)
    );
}
