//! Session 21: the press spells the Emirates several ways ("Arập", "A-rập",
//! "Ả-rập" with a lower-case "vương"); each is the one country, ARE.

mod common;
use common::{names, run};
use thoisu_core::EntityKind;

#[test]
fn every_spelling_of_the_emirates_is_the_country() {
    for text in [
        "Cuộc trao đổi tù binh được thực hiện với sự trung gian của Các Tiểu vương quốc Arập Thống nhất.",
        "Đoàn đã thăm Các Tiểu vương quốc A-rập Thống nhất và Qatar.",
        "Thủ tướng hội kiến Tổng thống Các Tiểu vương quốc Ả-rập Thống nhất.",
    ] {
        let es = run(text);
        assert!(
            es.iter().any(|e| e.kind == EntityKind::Location
                && e.country.as_deref() == Some("ARE")
                && e.mentions.iter().any(|m| m.text.starts_with("Các Tiểu vương quốc"))),
            "{text}: {:?}",
            names(&es)
        );
    }
    // "Ả Rập" alone, in another country's name, is no Emirates.
    let es = run("Ả Rập Xê-út và Qatar khôi phục quan hệ.");
    assert!(
        !es.iter().any(|e| e.country.as_deref() == Some("ARE")),
        "{:?}",
        names(&es)
    );
}
