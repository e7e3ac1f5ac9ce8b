//! Session ev15: a meeting told only as the scene of what its sides did
//! ("Sau các cuộc hội đàm, A và B …", "ngay sau khi tiến hành hội đàm, …",
//! "trong cuộc gặp tại Ankara, ông A …"), and talks a document's title runs
//! on to ("ký Hiệp ước … sau cuộc hội đàm ở …"), are meetings of their own.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

/// Is there a meeting (root 04) between the two countries, either way?
fn met(got: &[(String, String, String)], a: &str, b: &str) -> bool {
    got.iter()
        .any(|(c, s, t)| c.starts_with("04") && ((s == a && t == b) || (s == b && t == a)))
}

#[test]
fn talks_told_as_the_scene_of_a_pair_are_a_meeting_between_them() {
    let got = coded(
        "Sau các cuộc hội đàm, Thủ tướng Hy Lạp Kyriakos Mitsotakis và Tổng thống Ai Cập Abdel Fattah al-Sisi đã công bố một tầm nhìn chung.",
        &[
            (PER, "Kyriakos Mitsotakis", "GRC", &["Kyriakos Mitsotakis"]),
            (PER, "Abdel Fattah al-Sisi", "EGY", &["Abdel Fattah al-Sisi"]),
            (LOC, "Hy Lạp", "GRC", &["Hy Lạp"]),
            (LOC, "Ai Cập", "EGY", &["Ai Cập"]),
        ],
    );
    assert!(met(&got, "GRC", "EGY"), "{got:?}");
}

#[test]
fn a_scene_after_a_time_and_a_place_is_still_read() {
    let got = coded(
        "Chiều 5/3, tại Phủ Tổng thống, ngay sau khi tiến hành hội đàm, Tổng thống Chile Gabriel Boric và Tổng thống Peru Dina Boluarte đã chứng kiến lễ trao các văn kiện.",
        &[
            (PER, "Gabriel Boric", "CHL", &["Gabriel Boric"]),
            (PER, "Dina Boluarte", "PER", &["Dina Boluarte"]),
            (LOC, "Chile", "CHL", &["Chile"]),
            (LOC, "Peru", "PER", &["Peru"]),
        ],
    );
    assert!(met(&got, "CHL", "PER"), "{got:?}");
}

#[test]
fn a_meeting_at_a_place_has_the_speaker_and_the_partner_he_names() {
    let got = coded(
        "Trong cuộc gặp tại Ankara, ông Recep Tayyip Erdogan nêu rõ Thổ Nhĩ Kỳ coi trọng quan hệ với Qatar.",
        &[
            (PER, "Recep Tayyip Erdogan", "TUR", &["Recep Tayyip Erdogan"]),
            (LOC, "Ankara", "TUR", &["Ankara"]),
            (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]),
            (LOC, "Qatar", "QAT", &["Qatar"]),
        ],
    );
    assert!(met(&got, "TUR", "QAT"), "{got:?}");
}

#[test]
fn the_country_after_the_meeting_place_is_its_address_not_a_side() {
    let got = coded(
        "Trong cuộc gặp tại Lima, Peru, ngày 3/4, Thủ tướng Thái Lan Paetongtarn Shinawatra mời Tổng thống Chile Gabriel Boric thăm Thái Lan.",
        &[
            (PER, "Paetongtarn Shinawatra", "THA", &["Paetongtarn Shinawatra"]),
            (PER, "Gabriel Boric", "CHL", &["Gabriel Boric"]),
            (LOC, "Lima", "PER", &["Lima"]),
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
            (LOC, "Chile", "CHL", &["Chile"]),
        ],
    );
    assert!(met(&got, "THA", "CHL"), "{got:?}");
    assert!(!met(&got, "PER", "THA"), "{got:?}");
}

#[test]
fn months_of_talks_told_as_background_are_no_meeting_of_the_scene() {
    let got = coded(
        "Sau nhiều tháng đàm phán bế tắc, Bộ trưởng Anh David Lammy cho biết Anh sẽ mua thêm khí đốt của Na Uy.",
        &[
            (PER, "David Lammy", "GBR", &["David Lammy"]),
            (LOC, "Anh", "GBR", &["Anh"]),
            (LOC, "Na Uy", "NOR", &["Na Uy"]),
        ],
    );
    assert!(!met(&got, "GBR", "NOR"), "{got:?}");
}

#[test]
fn talks_after_a_treaty_title_are_a_meeting_of_the_signers() {
    let got = coded(
        "Tổng thống Kazakhstan Kassym-Jomart Tokayev và Tổng thống Uzbekistan Shavkat Mirziyoyev ký Hiệp ước đồng minh sau cuộc hội đàm ở Tashkent.",
        &[
            (PER, "Kassym-Jomart Tokayev", "KAZ", &["Kassym-Jomart Tokayev"]),
            (PER, "Shavkat Mirziyoyev", "UZB", &["Shavkat Mirziyoyev"]),
            (LOC, "Kazakhstan", "KAZ", &["Kazakhstan"]),
            (LOC, "Uzbekistan", "UZB", &["Uzbekistan"]),
            (LOC, "Tashkent", "UZB", &["Tashkent"]),
        ],
    );
    assert!(met(&got, "KAZ", "UZB"), "{got:?}");
    assert!(got.iter().any(|(c, ..)| c == "057"), "{got:?}");
}
