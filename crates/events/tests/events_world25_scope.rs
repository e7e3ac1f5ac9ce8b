//! Session 15 (brief evw25): world news without Vietnam. Countries named
//! only as examples of many, backing that is a signed document's content,
//! and backing given to rival factions (`data/events/world_cues.tsv`,
//! `src/world.rs`). Sentences from the dev sets and the bench corpus.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn countries_named_as_examples_of_many_are_no_sides() {
    let got = coded(
        "Trước Việt Nam, Nhật Bản đã ký hiệp định tương tự với nhiều nước như Mỹ, Anh, Australia, Ấn Độ, Philippines, Indonesia.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Anh", "GBR", &["Anh"]),
            (LOC, "Australia", "AUS", &["Australia"]),
            (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
            (LOC, "Philippines", "PHL", &["Philippines"]),
            (LOC, "Indonesia", "IDN", &["Indonesia"]),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
    let got = coded(
        "Cảng quốc tế Cam Ranh được đưa vào hoạt động từ tháng 3-2016, đến nay đã đón hàng chục lượt tàu hải quân của nhiều nước như Mỹ, Nhật Bản, Ấn Độ, Pháp, Nga, Australia.",
        &[
            (LOC, "Cam Ranh", "VNM", &["Cam Ranh"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Australia", "AUS", &["Australia"]),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_country_named_plainly_is_still_a_side() {
    let got = coded(
        "Trước Việt Nam, Nhật Bản đã ký hiệp định tương tự với Mỹ, Anh.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Anh", "GBR", &["Anh"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "057" && s == "JPN" && t == "USA"),
        "{got:?}"
    );
}

#[test]
fn backing_inside_a_signed_document_is_no_act() {
    let got = coded(
        "Israel và UAE ký Hiệp ước hòa bình, quan hệ ngoại giao và bình thường hóa toàn diện, còn Israel và Bahrain ký Tuyên bố ủng hộ hòa bình.",
        &[
            (LOC, "Israel", "ISR", &["Israel"]),
            (LOC, "UAE", "ARE", &["UAE"]),
            (LOC, "Bahrain", "BHR", &["Bahrain"]),
        ],
    );
    assert!(
        got.iter()
            .all(|(c, _, _)| c == "057" || !c.starts_with("05")),
        "{got:?}"
    );
    let got = coded(
        "Tổng thống Mỹ Donald Trump cùng lãnh đạo Ai Cập, Qatar và Thổ Nhĩ Kỳ đã ký một văn kiện ủng hộ thỏa thuận ngừng bắn ở Dải Gaza tại hội nghị thượng đỉnh hòa bình ở Sharm el-Sheikh.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (PER, "Donald Trump", "USA", &["Donald Trump"]),
            (LOC, "Ai Cập", "EGY", &["Ai Cập"]),
            (LOC, "Qatar", "QAT", &["Qatar"]),
            (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]),
        ],
    );
    assert!(
        got.iter()
            .all(|(c, _, _)| c == "057" || !c.starts_with("05")),
        "{got:?}"
    );
}

#[test]
fn backing_declared_for_a_named_side_is_kept() {
    let got = coded(
        "Nhật Bản cho biết động thái này diễn ra chỉ vài ngày sau khi tân Bộ trưởng Quốc phòng Mỹ James Mattis tuyên bố ủng hộ sự kiểm soát của Tokyo đối với các đảo tranh chấp này.",
        &[
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (PER, "James Mattis", "USA", &["James Mattis"]),
            (LOC, "Tokyo", "JPN", &["Tokyo"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "051" && s == "USA" && t == "JPN"),
        "{got:?}"
    );
    let got = coded(
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân mong muốn Campuchia ủng hộ Việt Nam tổ chức thành công sự kiện quốc tế quan trọng này.",
        &[
            (PER, "Nguyễn Thị Kim Ngân", "VNM", &["Nguyễn Thị Kim Ngân"]),
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(!got.is_empty(), "{got:?}");
}

#[test]
fn backing_rival_factions_is_no_act_between_the_backers() {
    let got = coded(
        "Thổ Nhĩ Kỳ và Nga là hai bên ủng hộ các phe đối lập trong cuộc xung đột Syria.",
        &[
            (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Syria", "SYR", &["Syria"]),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
    let got = coded(
        "Giới phân tích đánh giá thỏa thuận có thể tác động tích cực đến tình hình tại Yemen, nơi hai nước ủng hộ các bên đối địch trong cuộc nội chiến kéo dài từ năm 2014.",
        &[(LOC, "Yemen", "YEM", &["Yemen"])],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_act_told_in_an_apposition_describes_the_name() {
    let spec: &test_support::Spec = &[
        (LOC, "Saudi Arabia", "SAU", &["Saudi Arabia"]),
        (ORG, "Houthi", "YEM", &["Houthi"]),
    ];
    let got = coded(
        "Saudi Arabia, nước đang đàm phán hòa bình với Houthi, kêu gọi kiềm chế và \"tránh leo thang\".",
        spec,
    );
    assert!(got.is_empty(), "{got:?}");
    // Told as the sentence's own act, the talks are kept.
    let got = coded("Saudi Arabia đang đàm phán hòa bình với Houthi.", spec);
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("04") && s == "SAU" && t == "YEM"),
        "{got:?}"
    );
}

#[test]
fn an_act_the_accused_is_told_doing_is_not_the_accusers() {
    let got = coded(
        "Tại cuộc gặp, hai bộ trưởng kêu gọi Triều Tiên rút quân khỏi Nga, sau khi Seoul và Washington cáo buộc Bình Nhưỡng đã điều khoảng 10.000 binh sĩ sang hỗ trợ Moscow.",
        &[
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên", "Bình Nhưỡng"]),
            (LOC, "Nga", "RUS", &["Nga", "Moscow"]),
            (LOC, "Seoul", "KOR", &["Seoul"]),
            (LOC, "Washington", "USA", &["Washington"]),
        ],
    );
    assert!(
        !got.iter()
            .any(|(c, s, _)| c.starts_with("07") && s == "KOR"),
        "{got:?}"
    );
    // The accusation itself stays the accuser's.
    let got = coded(
        "Ngày 16/6, Đức cáo buộc Washington gây tổn hại đến các công ty điện châu Âu thông qua các biện pháp trừng phạt Nga.",
        &[
            (LOC, "Đức", "DEU", &["Đức"]),
            (LOC, "Washington", "USA", &["Washington"]),
            (LOC, "Nga", "RUS", &["Nga"]),
        ],
    );
    assert!(
        !got.contains(&("163".into(), "DEU".into(), "RUS".into())),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("11") && s == "DEU" && t == "USA"),
        "{got:?}"
    );
}
