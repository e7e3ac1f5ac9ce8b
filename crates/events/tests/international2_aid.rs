//! Aid as the one aided tells it: welcome or receipt ("tiếp nhận lô hàng
//! viện trợ") name the giver after the word and the speaker as the one who
//! got it; a giver named with the aid itself ("sự hỗ trợ mà X dành cho") is
//! read as before. Thanks or praise for aid ("Phía Lào cảm ơn Nhật Bản đã
//! hỗ trợ …", "cảm ơn sự hỗ trợ của X") tell aid given before: the
//! happening is the thanks, praise (051) from the speaker to the giver, as
//! the gold guide's "one gold event per distinct happening" and every dev
//! gold code it (session ev19; these tests asked for 07 before).

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

fn praise(got: &[(String, String, String)], source: &str, target: &str) -> bool {
    got.iter()
        .any(|(c, s, t)| c == "051" && s == source && t == target)
}

fn any_aid(got: &[(String, String, String)]) -> bool {
    got.iter().any(|(c, _, _)| c.starts_with("07"))
}

#[test]
fn thanks_for_aid_are_praise_of_the_giver() {
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
        assert!(praise(&got, "LAO", "JPN"), "{text}: {got:?}");
        assert!(!any_aid(&got), "{text}: {got:?}");
    }
    // The giver named as the doer of the aid: thanks all the same.
    let got = coded_all(
        "Thủ tướng Lào cảm ơn Nhật Bản đã hỗ trợ Lào 10.000 khẩu trang.",
        &[LAO, JPN],
    );
    assert!(praise(&got, "LAO", "JPN"), "{got:?}");
    assert!(!any_aid(&got), "{got:?}");
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
    let got = coded_all(
        "Thủ tướng Lào hoan nghênh sự hỗ trợ mà Nhật Bản dành cho Lào.",
        &[LAO, JPN],
    );
    assert!(aid(&got, "JPN", "LAO"), "{got:?}");
    assert!(!aid(&got, "LAO", "JPN"), "{got:?}");
    // Thanks for the support of a giver named with it: praise of the giver.
    let got = coded_all(
        "Thủ tướng Lào cảm ơn sự hỗ trợ của Nhật Bản trong những năm qua.",
        &[LAO, JPN],
    );
    assert!(praise(&got, "LAO", "JPN"), "{got:?}");
    assert!(!any_aid(&got), "{got:?}");
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
