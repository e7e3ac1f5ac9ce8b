//! Session ev18: a third country's act aimed at the pair an article is
//! about ("điện đàm với lãnh đạo hai nước", "kêu gọi hai bên kiềm chế") is
//! aimed at each of them; a pair after "với" is an object, no subject of
//! the verbs after it.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{CHN, USA, VNM};
use common::{coded, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const THA: Row = (LOC, "Thái Lan", "THA", &["Thái Lan"]);
const KHM: Row = (LOC, "Campuchia", "KHM", &["Campuchia"]);
const MYS: Row = (LOC, "Malaysia", "MYS", &["Malaysia"]);
const ANWAR: Row = (PER, "Anwar Ibrahim", "MYS", &["Anwar Ibrahim"]);

const LEAD: &str = "Giao tranh giữa Thái Lan và Campuchia bùng phát dọc biên giới. Thái Lan cáo buộc Campuchia tấn công trước. Campuchia bác bỏ cáo buộc của Thái Lan. ";

#[test]
fn a_third_countrys_call_with_the_leaders_of_both_is_a_call_with_each() {
    let text = format!("{LEAD}Thủ tướng Malaysia Anwar Ibrahim cho biết ông đã điện đàm với lãnh đạo hai nước, kêu gọi ngừng bắn ngay lập tức.");
    let got = coded(&text, &[THA, KHM, MYS, ANWAR]);
    for other in ["THA", "KHM"] {
        assert!(
            got.iter()
                .any(|(c, s, t)| c.starts_with("04") && s == "MYS" && t == other),
            "{other}: {got:?}"
        );
    }
    assert!(
        !got.iter()
            .any(|(c, s, t)| c.starts_with("02") && s == "THA" && t == "KHM"),
        "{got:?}"
    );
}

#[test]
fn a_third_countrys_appeal_to_both_sides_is_one_to_each() {
    let text = format!("{LEAD}Mỹ kêu gọi hai bên kiềm chế.");
    let got = coded(&text, &[THA, KHM, USA]);
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("02") && s == "USA" && t == "THA"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("02") && s == "USA" && t == "KHM"),
        "{got:?}"
    );
}

#[test]
fn one_sides_appeal_to_both_sides_is_to_the_other() {
    let got = coded(
        "Việt Nam và Trung Quốc hội đàm tại Hà Nội. Việt Nam đề nghị hai bên tăng cường hợp tác.",
        &[VNM, CHN],
    );
    assert!(!got.iter().any(|(_, s, t)| s == t), "{got:?}");
    assert!(
        got.iter()
            .all(|(_, s, t)| [s.as_str(), t.as_str()] != ["VNM", "VNM"]),
        "{got:?}"
    );
    assert!(
        got.iter().any(|(_, s, t)| s == "VNM" && t == "CHN"),
        "{got:?}"
    );
}

const IND: Row = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);
const KOR: Row = (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]);

#[test]
fn an_intent_for_both_sides_read_with_a_third_doer_is_not_coded_to_each() {
    let got = coded(
        "Chủ tịch nước Việt Nam tiếp Đại sứ Hàn Quốc. Đối với Đại sứ Ấn Độ Sandeep Arya, Chủ tịch nước đề nghị hai bên tăng cường hợp tác quốc phòng - an ninh, năng lượng.",
        &[VNM, KOR, (PER, "Sandeep Arya", "IND", &["Sandeep Arya"]), IND],
    );
    assert!(
        !got.iter()
            .any(|(c, s, _)| c.starts_with("03") && s == "IND"),
        "{got:?}"
    );
}
