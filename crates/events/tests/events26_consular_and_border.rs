//! Session ev26: Vietnam's own events abroad and on its borders. An
//! embassy or a province coordinating with, or in contact with, another
//! country's bodies ("phối hợp với cảnh sát Seoul", "liên hệ với các đối tác
//! phía Nga") cooperates (060) or consults (040); authorities that made
//! things easy for the other's people ("đã tạo điều kiện cho công dân Việt
//! Nam …") cooperate materially, while a stance ("luôn tạo điều kiện") is no
//! act; thanks for such help is praise from the helped; a province named
//! after "tỉnh" ("Lãnh đạo tỉnh Xiêng Khoảng") acts for its country; a
//! delegation "sang làm việc với" a partner visits it.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use test_support::{by_country, input};
use thoisu_core::EntityKind;
use thoisu_events::Coder;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn coordinating_with_a_foreign_body_is_cooperation() {
    let got = coded(
        "Đại sứ quán Việt Nam tại Hàn Quốc đã phối hợp với cảnh sát Seoul và các cơ quan chức năng Hàn Quốc xác minh danh tính các nạn nhân.",
        &[
            (ORG, "Đại sứ quán Việt Nam tại Hàn Quốc", "VNM", &["Đại sứ quán Việt Nam tại Hàn Quốc"]),
            (LOC, "Seoul", "KOR", &["Seoul"]),
        ],
    );
    assert!(got.contains(&ev("060", "VNM", "KOR")), "{got:?}");
    // A body at home after the phrase is no partner abroad, whatever
    // country the sentence names elsewhere.
    let got = coded(
        "Bộ Ngoại giao phối hợp với Bộ Công an và các cơ quan chức năng đã tiếp nhận, đưa 214 công dân Việt Nam từ Myanmar về nước.",
        &[
            (ORG, "Bộ Ngoại giao", "VNM", &["Bộ Ngoại giao"]),
            (ORG, "Bộ Công an", "VNM", &["Bộ Công an"]),
            (LOC, "Myanmar", "MMR", &["Myanmar"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "060"), "{got:?}");
    // A title holding the phrase names no act.
    let got = coded(
        "Đặc phái viên của Tổng thống Mỹ phụ trách phối hợp với các nước trong cuộc chiến chống IS, ông Brett McGurk, đã tới Iraq.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Iraq", "IRQ", &["Iraq"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "060"), "{got:?}");
}

#[test]
fn contact_with_a_foreign_side_is_a_consultation_but_links_are_not() {
    let got = coded(
        "Lầu Năm Góc khẳng định bộ chỉ huy liên quân đã liên hệ với các đối tác phía Nga để giảm xung đột.",
        &[
            (ORG, "Lầu Năm Góc", "USA", &["Lầu Năm Góc"]),
            (LOC, "Nga", "RUS", &["Nga"]),
        ],
    );
    assert!(got.contains(&ev("040", "USA", "RUS")), "{got:?}");
    let got = coded(
        "Công ty FireEye của Mỹ cáo buộc nhóm tin tặc APT32 có liên hệ với Chính phủ Việt Nam.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (ORG, "Chính phủ Việt Nam", "VNM", &["Chính phủ Việt Nam"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "040"), "{got:?}");
}

#[test]
fn help_told_as_done_is_material_cooperation_a_stance_is_not() {
    let got = coded(
        "Nhà chức trách Ba Lan đã tạo điều kiện cho công dân Việt Nam không có thị thực được nhập cảnh và lưu trú tạm thời 15 ngày.",
        &[
            (LOC, "Ba Lan", "POL", &["Ba Lan"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(got.contains(&ev("060", "POL", "VNM")), "{got:?}");
    let got = coded(
        "Thủ tướng Nguyễn Xuân Phúc khẳng định Chính phủ Việt Nam luôn tạo điều kiện thuận lợi cho các doanh nghiệp Hà Lan.",
        &[
            (PER, "Nguyễn Xuân Phúc", "VNM", &["Nguyễn Xuân Phúc"]),
            (ORG, "Chính phủ Việt Nam", "VNM", &["Chính phủ Việt Nam"]),
            (LOC, "Hà Lan", "NLD", &["Hà Lan"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| !c.starts_with("06")), "{got:?}");
}

#[test]
fn thanks_for_help_given_is_praise_from_the_helped() {
    let got = coded(
        "Tại buổi hội kiến, ông Đặng Xuân Phong cảm ơn tỉnh Vân Nam đã tạo điều kiện để Lào Cai tham gia hội chợ với 30 gian hàng.",
        &[
            (PER, "Đặng Xuân Phong", "VNM", &["Đặng Xuân Phong"]),
            (LOC, "Vân Nam", "CHN", &["Vân Nam"]),
            (LOC, "Lào Cai", "VNM", &["Lào Cai"]),
        ],
    );
    assert!(got.contains(&ev("051", "VNM", "CHN")), "{got:?}");
    assert!(got.iter().all(|(c, _, _)| !c.starts_with("06")), "{got:?}");
}

/// Events of `text` whose entities named in `provinces` are first-level
/// subdivisions (a gazetteer id with a dot), as the recogniser gives them.
fn coded_with_provinces(
    text: &str,
    spec: &test_support::Spec,
    provinces: &[(&str, &str)],
) -> Vec<(String, String, String)> {
    let (text, sents, mut ents) = input(text, spec);
    for e in ents.iter_mut() {
        if let Some((_, id)) = provinces.iter().find(|(name, _)| *name == e.name) {
            e.gazetteer_id = Some(id.to_string());
        }
    }
    by_country(&Coder::embedded().code(&text, &sents, &ents, &[]).events)
}

#[test]
fn a_province_named_after_its_head_word_acts_for_its_country() {
    let spec: &test_support::Spec = &[
        (LOC, "Xiêng Khoảng", "LAO", &["Xiêng Khoảng"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let got = coded_with_provinces(
        "Lãnh đạo tỉnh Xiêng Khoảng bày tỏ cảm ơn Đảng, Nhà nước và nhân dân Việt Nam.",
        spec,
        &[("Xiêng Khoảng", "lao.xiangkhouang")],
    );
    assert!(got.contains(&ev("051", "LAO", "VNM")), "{got:?}");
    // A country after a region word is still a place, never the doer.
    let got = coded(
        "Các tỉnh miền trung Việt Nam cảm ơn Nhật Bản.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
    );
    assert!(!got.contains(&ev("051", "VNM", "JPN")), "{got:?}");
}

#[test]
fn a_delegation_going_over_to_work_with_a_partner_visits_it() {
    let got = coded_with_provinces(
        "Đây là đoàn lãnh đạo cấp cao đầu tiên của tỉnh Vân Nam sang làm việc với tỉnh Lào Cai.",
        &[
            (LOC, "Vân Nam", "CHN", &["Vân Nam"]),
            (LOC, "Lào Cai", "VNM", &["Lào Cai"]),
        ],
        &[("Vân Nam", "chn.yunnan"), ("Lào Cai", "vnm.lao_cai")],
    );
    assert!(got.contains(&ev("042", "CHN", "VNM")), "{got:?}");
    // Workers tricked into going to work abroad make no visit.
    let got = coded(
        "Nhiều công dân Việt Nam bị lừa sang làm việc tại các cơ sở lừa đảo trực tuyến ở Myawaddy, Myanmar.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Myanmar", "MMR", &["Myanmar"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "042"), "{got:?}");
}

/// "đề nghị phía bạn phối hợp …" is read as the intent of a pair phrase
/// (`intent.tsv`, head "đề nghị" with value "pair"), or as an appeal: either
/// way from the speaker's side to the other of the pair, as the gold takes it.
#[test]
fn the_partner_side_asked_is_the_other_of_the_pair() {
    let spec: &test_support::Spec = &[
        (PER, "Phạm Thiện Nghĩa", "VNM", &["Phạm Thiện Nghĩa"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Campuchia", "KHM", &["Campuchia"]),
    ];
    let got = coded(
        "Lãnh đạo Việt Nam và Campuchia hội đàm tại cửa khẩu. Ông Phạm Thiện Nghĩa đề nghị phía bạn phối hợp đẩy nhanh thủ tục nâng cấp cửa khẩu.",
        spec,
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| (c.starts_with("02") || c.starts_with("03"))
                && s == "VNM"
                && t == "KHM"),
        "{got:?}"
    );
    // "các nước bạn" are friendly countries, no side of a pair.
    let got = coded(
        "Indonesia và Việt Nam hợp tác trong lĩnh vực thủy sản. Việt Nam một thời bị các nước bạn chỉ trích rất nhiều.",
        &[
            (LOC, "Indonesia", "IDN", &["Indonesia"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "111"), "{got:?}");
}
