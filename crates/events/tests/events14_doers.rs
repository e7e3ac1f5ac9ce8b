//! Session ev14: who the doer is when the text names it only by a pronoun
//! ("họ đã ký với A, B và C": no pair among A, B, C), courtesy calls and
//! audiences as meetings, and a measure put on a condition ("sẽ áp thuế …
//! nếu …"), which is a threat, not the measure taken.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

#[test]
fn a_pronoun_doer_pairs_none_of_the_partners_listed_after_the_verb() {
    let got = coded(
        "Khối EFTA vừa ký hiệp định với Ấn Độ. Trước đó, họ đã ký với Chile, Peru và Ecuador năm ngoái.",
        &[
            (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
            (LOC, "Chile", "CHL", &["Chile"]),
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Ecuador", "ECU", &["Ecuador"]),
        ],
    );
    assert!(
        got.iter()
            .all(|(_, s, t)| ![s.as_str(), t.as_str()].contains(&"PER")),
        "{got:?}"
    );
    assert!(!got.contains(&ev("057", "CHL", "ECU")), "{got:?}");
}

#[test]
fn an_opening_pronoun_is_the_doer_of_every_verb_it_goes_on_to() {
    let got = coded(
        "Họ bác bỏ cáo buộc của Nga, đồng thời chỉ trích Anh.",
        &[(LOC, "Nga", "RUS", &["Nga"]), (LOC, "Anh", "GBR", &["Anh"])],
    );
    assert!(!got.iter().any(|(_, s, _)| s == "RUS"), "{got:?}");
}

#[test]
fn a_named_doer_before_the_same_list_still_signs_with_each_partner() {
    let got = coded(
        "Hàn Quốc đã ký với Chile, Peru và Ecuador năm ngoái.",
        &[
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (LOC, "Chile", "CHL", &["Chile"]),
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Ecuador", "ECU", &["Ecuador"]),
        ],
    );
    assert!(got.contains(&ev("057", "KOR", "CHL")), "{got:?}");
    assert!(!got.contains(&ev("057", "CHL", "ECU")), "{got:?}");
    assert!(!got.contains(&ev("057", "PER", "ECU")), "{got:?}");
}

#[test]
fn a_courtesy_call_and_an_audience_are_meetings() {
    let got = coded(
        "Bí thư Tỉnh ủy Nguyễn Văn Ân đến chào xã giao ngài Suzuki Ichiro, Chủ tịch Hội hữu nghị Nhật Bản.",
        &[
            (PER, "Nguyễn Văn Ân", "VNM", &["Nguyễn Văn Ân"]),
            (PER, "Suzuki Ichiro", "JPN", &["Suzuki Ichiro"]),
        ],
    );
    assert!(got.contains(&ev("040", "VNM", "JPN")), "{got:?}");
    let got = coded(
        "Bí thư Trần Minh Khoa đã diện kiến Quốc vương Campuchia Norodom Sihamoni tại Phnom Penh.",
        &[
            (PER, "Trần Minh Khoa", "VNM", &["Trần Minh Khoa"]),
            (PER, "Norodom Sihamoni", "KHM", &["Norodom Sihamoni"]),
        ],
    );
    assert!(got.contains(&ev("040", "VNM", "KHM")), "{got:?}");
}

#[test]
fn a_greeting_in_passing_is_no_meeting() {
    // "chào" alone (greet, salute) is not read as a courtesy call.
    let got = coded(
        "Thủ tướng Phạm Minh Chính vẫy tay chào người dân Nhật Bản.",
        &[
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("04")), "{got:?}");
}

#[test]
fn a_measure_announced_on_a_condition_is_not_taken() {
    let got = coded(
        "Tổng thống Mỹ tuyên bố sẽ áp thuế 50% đối với hàng hóa Brazil nếu Brasilia không thay đổi chính sách.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Brazil", "BRA", &["Brazil", "Brasilia"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("16")), "{got:?}");
    // Announced without a condition, the measure is taken.
    let got = coded(
        "Tổng thống Mỹ tuyên bố sẽ áp thuế 50% đối với hàng hóa Brazil từ tháng sau.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Brazil", "BRA", &["Brazil"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("16") && s == "USA" && t == "BRA"),
        "{got:?}"
    );
}

#[test]
fn ready_to_work_with_a_named_partner_is_an_intent_toward_it() {
    let got = coded(
        "Thủ tướng Phạm Minh Chính khẳng định sẵn sàng cùng Tổng thống và nhân dân Chile tiếp tục thúc đẩy quan hệ hai nước.",
        &[
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (LOC, "Chile", "CHL", &["Chile"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("03") && s == "VNM" && t == "CHL"),
        "{got:?}"
    );
    // "cùng" that joins the doers is no partner: the intent is theirs.
    let got = coded(
        "Đại diện Peru cùng Chile khẳng định sẵn sàng tham gia giải đấu.",
        &[
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Chile", "CHL", &["Chile"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("03")), "{got:?}");
}
