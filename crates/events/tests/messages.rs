//! Messages sent on an occasion: "gửi thư mừng", "đã có điện, thư chúc
//! mừng" are congratulations (051); a list of countries with one collective
//! verb gives one event per listed country; "lãnh đạo Đảng, Nhà nước" (no
//! country named) is Vietnam.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

#[test]
fn a_letter_of_congratulation_is_praise() {
    let got = coded(
        "Thủ tướng Cộng hòa Kazakhstan Olzhas Bektenov đã gửi thư mừng đến Thủ tướng Việt Nam Phạm Minh Chính.",
        &[
            (LOC, "Kazakhstan", "KAZ", &["Kazakhstan"]),
            (PER, "Olzhas Bektenov", "KAZ", &["Olzhas Bektenov"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        ],
    );
    assert_eq!(got, [("051".into(), "KAZ".into(), "VNM".into())]);
}

#[test]
fn every_listed_country_sends_its_message_to_the_party_and_state() {
    let got = coded(
        "Nhân dịp Quốc khánh, lãnh đạo các nước Cộng hòa Kenya, Vương quốc Na Uy, Cộng hòa Dân chủ Nhân dân Lào, Cộng hòa Liên bang Ethiopia, Nhà nước Qatar đã có điện, thư chúc mừng gửi lãnh đạo Đảng, Nhà nước.",
        &[
            (LOC, "Kenya", "KEN", &["Kenya"]),
            (LOC, "Na Uy", "NOR", &["Na Uy"]),
            (LOC, "Lào", "LAO", &["Lào"]),
            (LOC, "Qatar", "QAT", &["Qatar"]),
        ],
    );
    // Ethiopia, unknown to the recogniser here, does not break the list.
    for c in ["KEN", "NOR", "LAO", "QAT"] {
        assert!(
            got.contains(&("051".into(), c.into(), "VNM".into())),
            "{c}: {got:?}"
        );
    }
    assert_eq!(got.len(), 4, "{got:?}");
}

#[test]
fn the_party_and_state_of_a_named_country_are_that_country() {
    // "lãnh đạo Đảng, Nhà nước Lào" names Laos: no home target read.
    let got = coded(
        "Tổng thống Kenya William Ruto gửi điện mừng tới lãnh đạo Đảng, Nhà nước Lào.",
        &[
            (LOC, "Kenya", "KEN", &["Kenya"]),
            (PER, "William Ruto", "KEN", &["William Ruto"]),
            (LOC, "Lào", "LAO", &["Lào"]),
        ],
    );
    assert_eq!(got, [("051".into(), "KEN".into(), "LAO".into())]);
    // Nothing sent: a home phrase alone makes no event.
    let got = coded(
        "Đại sứ Kenya cho biết lãnh đạo Đảng, Nhà nước rất quan tâm tới dự án.",
        &[(LOC, "Kenya", "KEN", &["Kenya"])],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_message_to_two_countries_is_one_event_each() {
    let got = coded(
        "Nhiều lãnh đạo cấp cao Việt Nam đã gửi điện thăm hỏi Indonesia và Philippines sau trận động đất.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Indonesia", "IDN", &["Indonesia"]),
            (LOC, "Philippines", "PHL", &["Philippines"]),
        ],
    );
    assert_eq!(
        got,
        [
            ("018".into(), "VNM".into(), "IDN".into()),
            ("018".into(), "VNM".into(), "PHL".into())
        ]
    );
    // Two named after a title each, one title holding a comma.
    let got = coded(
        "Bộ trưởng Ngoại giao Lê Hoài Trung gửi điện thăm hỏi tới Bộ trưởng Ngoại giao Indonesia Sugiono và Phó Thủ tướng, Bộ trưởng Ngoại giao Philippines Theresa Lazaro.",
        &[
            (PER, "Lê Hoài Trung", "VNM", &["Lê Hoài Trung"]),
            (LOC, "Indonesia", "IDN", &["Indonesia"]),
            (PER, "Sugiono", "IDN", &["Sugiono"]),
            (LOC, "Philippines", "PHL", &["Philippines"]),
            (PER, "Theresa Lazaro", "PHL", &["Theresa Lazaro"]),
        ],
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|e| e.0 == "018" && e.1 == "VNM"), "{got:?}");
}
