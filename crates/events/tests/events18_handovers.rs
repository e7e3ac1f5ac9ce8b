//! Session ev18: a ship handed over to another country's navy is military
//! aid (072); a wanted person handed to another country's police is
//! returned (0841); water cannon fired at another country's ships coerces
//! (170). "chuyển giao" alone (technology, a file) is none of these.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{CHN, VNM};
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Organisation as ORG;

const IND: Row = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);
const PHL: Row = (LOC, "Philippines", "PHL", &["Philippines"]);
const IND_NAVY: Row = (ORG, "Hải quân Ấn Độ", "IND", &["Hải quân Ấn Độ"]);
const VNM_NAVY: Row = (
    ORG,
    "Hải quân nhân dân Việt Nam",
    "VNM",
    &["Hải quân nhân dân Việt Nam"],
);
const VNM_POLICE: Row = (ORG, "Bộ Công an", "VNM", &["Bộ Công an"]);
const KOR_POLICE: Row = (ORG, "Cảnh sát Hàn Quốc", "KOR", &["Cảnh sát Hàn Quốc"]);

#[test]
fn a_ship_handed_over_to_another_navy_is_military_aid() {
    let got = coded(
        "Sáng 22-7, tại Quân cảng Cam Ranh, Hải quân Ấn Độ đã tổ chức lễ chuyển giao tàu hộ vệ tên lửa INS Kirpan cho Hải quân nhân dân Việt Nam.",
        &[IND_NAVY, VNM_NAVY, IND, VNM],
    );
    assert!(got.contains(&ev("072", "IND", "VNM")), "{got:?}");
}

#[test]
fn technology_transferred_is_no_ship() {
    let got = coded(
        "Ấn Độ sẵn sàng chuyển giao công nghệ cho Việt Nam.",
        &[IND, VNM],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "072"), "{got:?}");
}

#[test]
fn a_wanted_person_handed_to_another_countrys_police_is_returned() {
    let got = coded(
        "Sáng 13/3, tại sân bay quốc tế Nội Bài, Bộ Công an đã trao trả đối tượng P.S.H (quốc tịch Hàn Quốc) cho lực lượng Cảnh sát Hàn Quốc.",
        &[VNM_POLICE, KOR_POLICE],
    );
    assert!(got.contains(&ev("0841", "VNM", "KOR")), "{got:?}");
}

#[test]
fn a_return_only_planned_is_not_coded_as_done() {
    let got = coded(
        "Tuần tới Bộ Công an sẽ không trao trả đối tượng cho lực lượng Cảnh sát Hàn Quốc.",
        &[VNM_POLICE, KOR_POLICE],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "0841"), "{got:?}");
}

#[test]
fn water_cannon_fired_at_another_countrys_ship_coerces() {
    let got = coded(
        "Tàu hải cảnh Trung Quốc phun vòi rồng vào tàu tiếp tế của Philippines tại Bãi Cỏ Mây.",
        &[CHN, PHL],
    );
    assert!(got.contains(&ev("170", "CHN", "PHL")), "{got:?}");
}

#[test]
fn water_cannon_against_a_fire_is_no_act() {
    let got = coded(
        "Lực lượng cứu hỏa Philippines phun vòi rồng vào đám cháy.",
        &[PHL],
    );
    assert!(got.is_empty(), "{got:?}");
}
