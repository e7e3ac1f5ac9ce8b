//! Session ev16: an exercise held "cùng" others is a joint one between
//! every two of them; a clause of time ("Sau khi A làm X, B …") closes at its
//! comma: the name after it is no partner listed on, and a name inside it is
//! no partner of the main clause's subject.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use common::countries::{CHN, JPN, KOR, USA, VNM};
use common::Row;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG};

const PHL: Row = (LOC, "Philippines", "PHL", &["Philippines"]);
const LAO: Row = (LOC, "Lào", "LAO", &["Lào"]);

fn joint(got: &[(String, String, String)], a: &str, b: &str) -> bool {
    got.iter()
        .any(|(c, s, t)| c == "062" && ((s == a && t == b) || (s == b && t == a)))
}

#[test]
fn a_drill_held_with_others_is_joint_between_every_two() {
    for text in [
        "Tàu Nhật Bản đã cùng tàu Hàn Quốc và nhóm tàu Mỹ diễn tập trên biển.",
        "Hải quân Nhật Bản đã cùng Hàn Quốc và Mỹ tập trận chung.",
    ] {
        let got = coded(text, &[JPN, KOR, USA]);
        for (a, b) in [("JPN", "KOR"), ("JPN", "USA"), ("KOR", "USA")] {
            assert!(joint(&got, a, b), "{text} {a}-{b}: {got:?}");
        }
    }
    // A drill near another country, with no one "cùng", is no joint one.
    let got = coded(
        "Trung Quốc diễn tập bắn đạn thật gần Philippines.",
        &[CHN, PHL],
    );
    assert!(!got.iter().any(|(c, ..)| c == "062"), "{got:?}");
    // Nor is a fire drill a show of force.
    let got = coded(
        "Đại sứ quán Nhật Bản tại Việt Nam tổ chức diễn tập phòng cháy.",
        &[
            (
                ORG,
                "Đại sứ quán Nhật Bản tại Việt Nam",
                "JPN",
                &["Đại sứ quán Nhật Bản tại Việt Nam"],
            ),
            VNM,
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_comma_closing_a_clause_of_time_ends_the_list_of_partners() {
    let got = coded(
        "Sau khi Trung Quốc cáo buộc Philippines, Mỹ đã lên án Trung Quốc.",
        &[CHN, PHL, USA],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("11") && s == "CHN" && t == "PHL"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(c, s, t)| c.starts_with("11") && s == "CHN" && t == "USA"),
        "{got:?}"
    );
    // Outside a clause of time the list goes on past its commas.
    let got = coded(
        "Trung Quốc cáo buộc Philippines, Mỹ và Nhật Bản gây căng thẳng.",
        &[CHN, PHL, USA, JPN],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("11") && s == "CHN" && t == "USA"),
        "{got:?}"
    );
}

#[test]
fn a_name_in_a_clause_of_time_is_no_partner_of_the_main_subject() {
    let got = coded(
        "Sau khi Hiệp định Geneva về Lào được kí kết, Việt Nam và Lào đã nhất trí thiết lập quan hệ ngoại giao.",
        &[(LOC, "Geneva", "CHE", &["Geneva"]), VNM, LAO],
    );
    assert!(
        !got.iter().any(|(_, s, t)| s == "CHE" || t == "CHE"),
        "{got:?}"
    );
    assert!(
        got.iter().any(|(c, s, t)| c.starts_with("03")
            && [s.as_str(), t.as_str()].contains(&"VNM")
            && [s.as_str(), t.as_str()].contains(&"LAO")),
        "{got:?}"
    );
}
