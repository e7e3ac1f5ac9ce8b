//! Session ev14: a body named with "nước này" belongs to the country named
//! last ("Chính phủ nước này" after "Bộ Ngoại giao Canada"), a claim called
//! untrue is rejected, one statement told by several verbs is one, and a
//! news outlet passing on the news is no doer.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG};

#[test]
fn this_countrys_government_is_the_last_named_countrys() {
    let got = coded(
        "Bộ Ngoại giao Canada ngày 9/2 thông báo Chính phủ nước này sẽ viện trợ 10 triệu USD cho Syria.",
        &[
            (ORG, "Bộ Ngoại giao Canada", "CAN", &["Bộ Ngoại giao Canada"]),
            // The recogniser reads a bare "Chính phủ" as Vietnam's.
            (ORG, "Chính phủ", "VNM", &["Chính phủ"]),
            (LOC, "Syria", "SYR", &["Syria"]),
        ],
    );
    assert!(
        !got.iter().any(|(_, s, t)| s == "VNM" || t == "VNM"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("03") && s == "CAN" && t == "SYR"),
        "{got:?}"
    );
}

#[test]
fn a_government_named_without_this_country_keeps_its_own() {
    let got = coded(
        "Đại sứ Canada cảm ơn Chính phủ đã hỗ trợ người dân Canada.",
        &[
            (LOC, "Canada", "CAN", &["Canada"]),
            (ORG, "Chính phủ", "VNM", &["Chính phủ"]),
        ],
    );
    assert!(
        got.iter().any(|(_, s, t)| s == "VNM" || t == "VNM"),
        "{got:?}"
    );
}

#[test]
fn calling_a_claim_untrue_rejects_it() {
    let got = coded(
        "Người phát ngôn Bộ Ngoại giao Malaysia khẳng định tuyên bố của Hải quân Indonesia là không đúng sự thật.",
        &[
            (ORG, "Bộ Ngoại giao Malaysia", "MYS", &["Bộ Ngoại giao Malaysia"]),
            (ORG, "Hải quân Indonesia", "IDN", &["Hải quân Indonesia"]),
        ],
    );
    assert!(got.contains(&ev("111", "MYS", "IDN")), "{got:?}");
    let got = coded(
        "Người phát ngôn Bộ Ngoại giao Malaysia khẳng định tuyên bố của Hải quân Indonesia là đúng đắn.",
        &[
            (ORG, "Bộ Ngoại giao Malaysia", "MYS", &["Bộ Ngoại giao Malaysia"]),
            (ORG, "Hải quân Indonesia", "IDN", &["Hải quân Indonesia"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("11")), "{got:?}");
}

#[test]
fn condemning_and_accusing_in_one_sentence_is_one_statement() {
    let got = coded(
        "Bộ Ngoại giao Nhật Bản ngày 2/3 đã lên án vụ thử hạt nhân của Triều Tiên, cáo buộc hành động này vi phạm luật pháp quốc tế.",
        &[
            (ORG, "Bộ Ngoại giao Nhật Bản", "JPN", &["Bộ Ngoại giao Nhật Bản"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
        ],
    );
    let disapprovals = got
        .iter()
        .filter(|(c, s, t)| c.starts_with("11") && s == "JPN" && t == "PRK")
        .count();
    assert_eq!(disapprovals, 1, "{got:?}");
    // Told in two sentences on two days, they are two statements.
    let got = coded(
        "Bộ Ngoại giao Nhật Bản ngày 2/3 đã lên án vụ thử hạt nhân của Triều Tiên. Ngày 5/3, Thủ tướng Nhật Bản tiếp tục cáo buộc Triều Tiên vi phạm luật pháp quốc tế.",
        &[
            (ORG, "Bộ Ngoại giao Nhật Bản", "JPN", &["Bộ Ngoại giao Nhật Bản"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
        ],
    );
    assert!(
        got.iter()
            .filter(|(c, s, t)| c.starts_with("11") && s == "JPN" && t == "PRK")
            .count()
            == 2,
        "{got:?}"
    );
}

#[test]
fn a_news_outlet_passing_on_the_news_is_no_doer() {
    let spec: &test_support::Spec = &[
        (ORG, "AFP", "FRA#MED", &["AFP"]),
        (LOC, "Afghanistan", "AFG", &["Afghanistan"]),
        (LOC, "Pakistan", "PAK", &["Pakistan"]),
    ];
    let got = coded(
        "AFP dẫn nguồn tin cảnh sát cho biết Pakistan đã tấn công các đồn biên phòng của Afghanistan.",
        spec,
    );
    assert!(!got.iter().any(|(_, s, _)| s == "FRA"), "{got:?}");
    let got = coded(
        "Pakistan đã tấn công các đồn biên phòng của Afghanistan, AFP đưa tin.",
        spec,
    );
    assert!(
        !got.iter().any(|(_, s, t)| s == "FRA" || t == "FRA"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("19") && s == "PAK" && t == "AFG"),
        "{got:?}"
    );
}

#[test]
fn a_news_outlet_that_acts_is_still_a_doer() {
    // An outlet suing or signing acts; only its reporting verbs are news.
    let got = coded(
        "Hãng tin Reuters đã ký thỏa thuận hợp tác với Tân Hoa xã của Trung Quốc.",
        &[
            (ORG, "Reuters", "GBR#MED", &["Reuters"]),
            (ORG, "Tân Hoa xã", "CHN#MED", &["Tân Hoa xã"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(_, s, t)| (s == "GBR" && t == "CHN") || (s == "CHN" && t == "GBR")),
        "{got:?}"
    );
}
