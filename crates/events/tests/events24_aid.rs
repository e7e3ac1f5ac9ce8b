//! Session ev24: aid told with its giver after "do" ("tiếp nhận lô vaccine
//! do Chính phủ Nhật Bản trao tặng Việt Nam") goes from the giver to the
//! receiver; an honour handed over so is no aid, and the verbs alone
//! (no "do" agent) code nothing.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn aid_handed_over_by_an_agent_goes_to_the_country_after_the_verb() {
    let got = coded(
        "Chiều 16/6, tại Sân bay Quốc tế Nội Bài, Bộ Y tế đã tiếp nhận lô vaccine AstraZeneca phòng COVID-19 đầu tiên do Chính phủ Nhật Bản trao tặng Việt Nam.",
        &[
            (LOC, "Sân bay Quốc tế Nội Bài", "VNM", &["Sân bay Quốc tế Nội Bài"]),
            (ORG, "Chính phủ Nhật Bản", "JPN", &["Chính phủ Nhật Bản"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(got.contains(&ev("070", "JPN", "VNM")), "{got:?}");
}

#[test]
fn aid_handed_over_by_an_agent_goes_to_the_receiver_before_do() {
    let got = coded(
        "Việt Nam tiếp nhận gần 1 triệu liều vaccine AstraZeneca do Nhật Bản trao tặng.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
    );
    assert!(got.contains(&ev("070", "JPN", "VNM")), "{got:?}");
    let got = coded(
        "Trước đó, Việt Nam đã tiếp nhận hàng cứu trợ do Hàn Quốc gửi sang.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(code, s, t)| code.starts_with("07") && s == "KOR" && t == "VNM"),
        "{got:?}"
    );
    assert!(got.iter().all(|(_, s, _)| s != "VNM"), "{got:?}");
}

#[test]
fn an_honour_handed_over_by_an_agent_is_no_aid() {
    let got = coded(
        "Tổng thống Nga Vladimir Putin nhận Huân chương Hữu nghị do Chủ tịch Trung Quốc Tập Cận Bình trao tặng.",
        &[
            (LOC, "Nga", "RUS", &["Nga"]),
            (PER, "Vladimir Putin", "RUS", &["Vladimir Putin"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
            (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
        ],
    );
    assert!(
        got.iter().all(|(code, _, _)| !code.starts_with("07")),
        "{got:?}"
    );
}

#[test]
fn a_gift_without_an_agent_codes_nothing_here() {
    // "trao tặng" with its subject before it is read by other rules (aid
    // phrases, handovers); the agent rows alone need "do".
    let got = coded(
        "Chủ tịch Trung Quốc Tập Cận Bình trao tặng Tổng thống Nga Vladimir Putin Huân chương Hữu nghị.",
        &[
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
            (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (PER, "Vladimir Putin", "RUS", &["Vladimir Putin"]),
        ],
    );
    assert!(
        got.iter().all(|(code, _, _)| !code.starts_with("07")),
        "{got:?}"
    );
    // A letter sent over, with no one named receiving it, is no aid.
    let got = coded(
        "Thư do Đại sứ quán Hàn Quốc gửi sang được đọc tại buổi lễ ở Việt Nam.",
        &[
            (
                ORG,
                "Đại sứ quán Hàn Quốc",
                "KOR",
                &["Đại sứ quán Hàn Quốc"],
            ),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(
        got.iter().all(|(code, _, _)| !code.starts_with("07")),
        "{got:?}"
    );
}

#[test]
fn a_name_in_what_was_given_receives_nothing() {
    let got = coded(
        "Chiều 16/6, lô vaccine AstraZeneca gồm gần 1 triệu liều do Chính phủ Nhật Bản trao tặng đã về đến sân bay quốc tế Nội Bài.",
        &[
            (ORG, "AstraZeneca", "GBR#BUS", &["AstraZeneca"]),
            (ORG, "Chính phủ Nhật Bản", "JPN", &["Chính phủ Nhật Bản"]),
        ],
    );
    assert!(got.iter().all(|(_, _, t)| t != "GBR"), "{got:?}");
    // The country after the verb still receives it.
    let got = coded(
        "Chiều 16-6, gần 1 triệu liều vaccine phòng Covid-19 AstraZeneca do Chính phủ Nhật Bản tặng Việt Nam đã về đến sân bay quốc tế Nội Bài.",
        &[
            (ORG, "AstraZeneca", "GBR#BUS", &["AstraZeneca"]),
            (ORG, "Chính phủ Nhật Bản", "JPN", &["Chính phủ Nhật Bản"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(got.contains(&ev("070", "JPN", "VNM")), "{got:?}");
    assert!(got.iter().all(|(_, _, t)| t != "GBR"), "{got:?}");
}

#[test]
fn a_gift_told_on_after_a_visit_has_no_agent() {
    let got = coded(
        "Đoàn Hàn Quốc đến thăm Việt Nam và tặng quà cho các em nhỏ.",
        &[
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(
        got.iter().all(|(code, _, _)| !code.starts_with("07")),
        "{got:?}"
    );
    assert!(got.iter().any(|(code, _, _)| code == "042"), "{got:?}");
}

#[test]
fn a_statement_is_kept_before_a_gift_with_no_agent() {
    let got = coded(
        "Nhà lãnh đạo Triều Tiên Kim Jong-un tuyên bố người Mỹ sẽ không vui vì được tặng món quà là tên lửa đạn đạo.",
        &[
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            (PER, "Kim Jong-un", "PRK", &["Kim Jong-un"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(got.contains(&ev("010", "PRK", "USA")), "{got:?}");
}
