//! Aid as the one aided tells it: thanks, praise, welcome or receipt
//! ("Phía Lào cảm ơn Nhật Bản đã hỗ trợ …", "tiếp nhận lô hàng viện trợ")
//! name the giver after the word and the speaker as the one who got it;
//! a giver named with the aid itself ("cảm ơn sự hỗ trợ của X", "sự hỗ trợ
//! mà X dành cho") is read as before.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded_all;
use test_support::Spec;
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

type Row = (
    EntityKind,
    &'static str,
    &'static str,
    &'static [&'static str],
);

const LAO: Row = (LOC, "Lào", "LAO", &["Lào"]);
const JPN: Row = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]);
const NPL: Row = (LOC, "Nepal", "NPL", &["Nepal"]);
const IND: Row = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);

fn aid(got: &[(String, String, String)], source: &str, target: &str) -> bool {
    got.iter()
        .any(|(c, s, t)| c.starts_with("07") && s == source && t == target)
}

#[test]
fn thanks_for_aid_name_the_giver_after_the_word() {
    for text in [
        "Phía Lào chân thành cảm ơn Chính phủ Nhật Bản đã kịp thời hỗ trợ 10.000 khẩu trang, đúng lúc Lào thiếu vật tư y tế.",
        "Lào đánh giá cao và cảm ơn Nhật Bản đã viện trợ lương thực cho người dân vùng lũ.",
    ] {
        let government = (
            EntityKind::Organisation,
            "Chính phủ Nhật Bản",
            "JPN",
            &["Chính phủ Nhật Bản"][..],
        );
        let got = coded_all(text, &[government, LAO, JPN]);
        assert!(aid(&got, "JPN", "LAO"), "{text}: {got:?}");
        assert!(!aid(&got, "LAO", "JPN"), "{text}: {got:?}");
    }
    // The giver named as the doer of the aid is read as before.
    let got = coded_all(
        "Thủ tướng Lào cảm ơn Nhật Bản đã hỗ trợ Lào 10.000 khẩu trang.",
        &[LAO, JPN],
    );
    assert!(aid(&got, "JPN", "LAO"), "{got:?}");
    assert!(!aid(&got, "LAO", "JPN"), "{got:?}");
}

#[test]
fn receiving_aid_is_aid_to_the_receiver() {
    let text = "Bộ Y tế Nepal tiếp nhận lô hàng viện trợ khẩn cấp của Chính phủ Ấn Độ.";
    let ministry = (
        EntityKind::Organisation,
        "Bộ Y tế Nepal",
        "NPL",
        &["Bộ Y tế Nepal"][..],
    );
    let got = coded_all(text, &[ministry, NPL, IND]);
    assert!(aid(&got, "IND", "NPL"), "{got:?}");
    assert!(!aid(&got, "NPL", "IND"), "{got:?}");
}

#[test]
fn a_giver_named_with_the_aid_is_read_as_before() {
    for text in [
        "Thủ tướng Lào cảm ơn sự hỗ trợ của Nhật Bản trong những năm qua.",
        "Thủ tướng Lào hoan nghênh sự hỗ trợ mà Nhật Bản dành cho Lào.",
    ] {
        let got = coded_all(text, &[LAO, JPN]);
        assert!(aid(&got, "JPN", "LAO"), "{text}: {got:?}");
        assert!(!aid(&got, "LAO", "JPN"), "{text}: {got:?}");
    }
    // No thanks: the doer gives.
    let got = coded_all("Nhật Bản hỗ trợ Lào 2 triệu USD.", &[LAO, JPN]);
    assert!(aid(&got, "JPN", "LAO"), "{got:?}");
}

#[test]
fn an_invitation_accepted_frames_the_visit_it_tells() {
    let spec: &Spec = &[
        (LOC, "Nepal", "NPL", &["Nepal"]),
        (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
        (
            EntityKind::Person,
            "Narendra Modi",
            "IND",
            &["Narendra Modi"],
        ),
    ];
    let got = coded_all(
        "Nhận lời mời của Thủ tướng Ấn Độ Narendra Modi, Thủ tướng Nepal đã thăm chính thức Ấn Độ.",
        spec,
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "042" && s == "NPL" && t == "IND"),
        "{got:?}"
    );
    assert!(got.iter().all(|(c, _, _)| c != "036"), "{got:?}");
    // Accepted with no visit told: the intent to visit stays.
    let got = coded_all(
        "Thủ tướng Nepal đã nhận lời mời của Thủ tướng Ấn Độ Narendra Modi.",
        spec,
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "036" && s == "NPL" && t == "IND"),
        "{got:?}"
    );
}
