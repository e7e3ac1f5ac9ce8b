//! Session ev35: a leader's onward leg is planned, not made. "trước khi"
//! inside the clause ("sẽ phát biểu … trước khi lên đường thăm Singapore")
//! plans the visit after a plan, as it does opening the clause; a hyphen
//! inside a name ("Oyun-Erdene") ends no clause before "sau đó"; the object
//! of a visit stops at "trước khi" with or without a comma before it.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::VNM;
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const SGP: Row = (LOC, "Singapore", "SGP", &["Singapore"]);
const MNG: Row = (LOC, "Mông Cổ", "MNG", &["Mông Cổ"]);
const IRL: Row = (LOC, "Ireland", "IRL", &["Ireland"]);
const IND: Row = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);
const HANGZHOU: Row = (LOC, "Hàng Châu", "CHN", &["Hàng Châu"]);
const HANOI: Row = (LOC, "Hà Nội", "VNM", &["Hà Nội"]);
const TO_LAM: Row = (PER, "Tô Lâm", "VNM", &["Tô Lâm"]);
const MODI: Row = (PER, "Narendra Modi", "IND", &["Modi"]);
const OYUN: Row = (PER, "Luvsannamsrain Oyun-Erdene", "MNG", &["Oyun-Erdene"]);

#[test]
fn a_visit_after_trước_khi_inside_a_planned_clause_is_planned() {
    let got = coded(
        "Ngày mai, Tổng Bí thư Tô Lâm sẽ phát biểu chính sách tại Ban Thư ký ASEAN trước khi lên đường thăm Singapore.",
        &[TO_LAM, VNM, SGP],
    );
    assert!(got.contains(&ev("036", "VNM", "SGP")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
}

#[test]
fn a_visit_after_trước_khi_after_an_act_done_is_made() {
    let got = coded(
        "Hôm qua, Tổng Bí thư Tô Lâm đã phát biểu chính sách tại Ban Thư ký ASEAN trước khi lên đường thăm Singapore.",
        &[TO_LAM, VNM, SGP],
    );
    assert!(got.contains(&ev("042", "VNM", "SGP")), "{got:?}");
    assert!(!got.contains(&ev("036", "VNM", "SGP")), "{got:?}");
}

#[test]
fn a_hyphen_inside_a_name_ends_no_planned_clause() {
    let got = coded(
        "Ngày 1/10, Tổng Bí thư Tô Lâm dự kiến gặp Thủ tướng Mông Cổ Luvsannamsrain Oyun-Erdene, sau đó lên đường thăm Ireland.",
        &[TO_LAM, VNM, MNG, OYUN, IRL],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
    assert!(got.contains(&ev("036", "VNM", "IRL")), "{got:?}");
}

#[test]
fn a_visit_noun_does_not_reach_past_trước_khi_without_a_comma() {
    let got = coded(
        "Ông Modi đến Hà Nội tối 2-9, bắt đầu chuyến thăm chính thức Việt Nam trước khi sang Hàng Châu dự hội nghị thượng đỉnh G20.",
        &[MODI, IND, VNM, HANOI, HANGZHOU],
    );
    assert!(got.contains(&ev("042", "IND", "VNM")), "{got:?}");
    assert!(!got.contains(&ev("042", "IND", "CHN")), "{got:?}");
}
