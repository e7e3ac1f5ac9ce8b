//! Session ev27: whom a sentence's opening phrase meets ("Gặp Tổng thống
//! A, Chủ tịch nước B đề nghị …") does nothing its main clause tells; a
//! noun's doer after "mà" may follow a word qualifying the noun
//! ("các biện pháp trừng phạt mới mà Oa-sinh-tơn áp đặt").

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

#[test]
fn the_one_met_in_the_opening_phrase_is_not_the_doer_after_it() {
    let spec: &test_support::Spec = &[
        (PER, "Yoon Suk Yeol", "KOR", &["Yoon Suk-yeol"]),
        (PER, "Lương Cường", "VNM", &["Lương Cường"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let got = coded(
        "Gặp Tổng thống Hàn Quốc Yoon Suk-yeol, Chủ tịch nước Lương Cường đánh giá cao việc Hàn Quốc là nhà đầu tư lớn nhất tại Việt Nam, đề nghị phía Hàn Quốc tạo điều kiện cho lao động Việt Nam sang làm việc.",
        spec,
    );
    assert!(got.contains(&ev("020", "VNM", "KOR")), "{got:?}");
    assert!(!got.iter().any(|(_, s, _)| s == "KOR"), "{got:?}");
    // Without the opening phrase the first name is the doer, as before.
    let got = coded(
        "Tổng thống Hàn Quốc Yoon Suk-yeol đánh giá cao Việt Nam, đề nghị phía Việt Nam tạo điều kiện cho doanh nghiệp Hàn Quốc.",
        spec,
    );
    assert!(got.contains(&ev("020", "KOR", "VNM")), "{got:?}");
}

#[test]
fn a_bare_title_after_the_opening_phrase_gives_the_one_met_no_act() {
    let spec: &test_support::Spec = &[
        (PER, "Ishiba Shigeru", "JPN", &["Shigeru Ishiba"]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let got = coded(
        "Tiếp đó, tại cuộc gặp Thủ tướng Nhật Bản Shigeru Ishiba, Chủ tịch nước cảm ơn Nhật Bản là đối tác ODA lớn nhất của Việt Nam.",
        spec,
    );
    assert!(!got.iter().any(|(_, s, _)| s == "JPN"), "{got:?}");
}

#[test]
fn the_doer_after_ma_may_follow_a_word_qualifying_the_noun() {
    let spec: &test_support::Spec = &[
        (PER, "Sergey Lavrov", "RUS", &["X.La-vrốp"]),
        (LOC, "Washington", "USA", &["Oa-sinh-tơn"]),
        (LOC, "Moskva", "RUS", &["Mát-xcơ-va"]),
    ];
    let got = coded(
        "Bộ trưởng Ngoại giao Nga X.La-vrốp tuyên bố, các biện pháp trừng phạt mới mà Oa-sinh-tơn áp đặt chống Mát-xcơ-va sẽ làm tổn hại quan hệ giữa hai nước.",
        spec,
    );
    assert!(got.contains(&ev("163", "USA", "RUS")), "{got:?}");
    assert!(!got.contains(&ev("163", "RUS", "USA")), "{got:?}");
}

#[test]
fn what_comes_after_a_planned_act_is_planned_too() {
    let spec: &test_support::Spec = &[
        (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        (LOC, "Hà Nội", "VNM", &["Hà Nội"]),
        (LOC, "Malaysia", "MYS", &["Malaysia"]),
    ];
    let got = coded(
        "Theo chương trình, ngày mai, Chủ tịch Tập Cận Bình sẽ hội kiến Thủ tướng Phạm Minh Chính, dự cuộc gặp gỡ thế hệ trẻ hai nước, trước khi rời Hà Nội sang thăm Malaysia.",
        spec,
    );
    assert!(got.contains(&ev("036", "CHN", "MYS")), "{got:?}");
    // Where one leaves is no side of the visit, and nothing is a visit made.
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
    assert!(!got.contains(&ev("036", "VNM", "MYS")), "{got:?}");
    // After an act done, the visit told after "trước khi" is a visit.
    let got = coded(
        "Chủ tịch Tập Cận Bình đã hội kiến Thủ tướng Phạm Minh Chính, trước khi rời Hà Nội sang thăm Malaysia.",
        spec,
    );
    assert!(got.contains(&ev("042", "CHN", "MYS")), "{got:?}");
}

/// Events of `text` with its dates: each (form, start, end).
fn coded_dated(
    text: &str,
    spec: &test_support::Spec,
    days: &[(&str, &str, &str)],
) -> Vec<(String, String, String)> {
    use common::date_range;
    let (text, sents, ents) = test_support::input(text, spec);
    let dates: Vec<_> = days
        .iter()
        .map(|(form, start, end)| date_range(&text, &sents, form, start, end))
        .collect();
    test_support::by_country(
        &thoisu_events::Coder::embedded()
            .code(&text, &sents, &ents, &dates)
            .events,
    )
}

#[test]
fn a_visit_dated_by_a_month_long_before_the_news_is_history() {
    let spec: &test_support::Spec = &[
        (PER, "Lương Cường", "VNM", &["Lương Cường"]),
        (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
        (PER, "Tô Lâm", "VNM", &["Tô Lâm"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    ];
    let got = coded_dated(
        "Sáng 15/11, Chủ tịch nước Lương Cường đã gặp Chủ tịch Tập Cận Bình. Hai nhà lãnh đạo nhất trí triển khai kết quả chuyến thăm Trung Quốc của Tổng Bí thư Tô Lâm hồi tháng 8.",
        spec,
        &[
            ("Sáng 15/11", "2024-11-15", "2024-11-15"),
            ("hồi tháng 8", "2024-08-01", "2024-08-31"),
        ],
    );
    assert!(got.contains(&ev("040", "VNM", "CHN")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
    // A visit of this month is news.
    let got = coded_dated(
        "Sáng 15/11, Chủ tịch nước Lương Cường đã gặp Chủ tịch Tập Cận Bình. Tổng Bí thư Tô Lâm đã thăm Trung Quốc hồi tháng 11.",
        spec,
        &[
            ("Sáng 15/11", "2024-11-15", "2024-11-15"),
            ("hồi tháng 11", "2024-11-01", "2024-11-30"),
        ],
    );
    assert!(got.contains(&ev("042", "VNM", "CHN")), "{got:?}");
}

#[test]
fn documents_handed_over_with_their_number_are_a_signing() {
    let spec: &test_support::Spec = &[
        (PER, "Tô Lâm", "VNM", &["Tô Lâm"]),
        (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
    ];
    let got = coded(
        "Tổng Bí thư Tô Lâm và Chủ tịch nước Trung Quốc Tập Cận Bình đã chứng kiến lễ trao 45 văn kiện hợp tác giữa hai nước.",
        spec,
    );
    assert!(got.contains(&ev("057", "VNM", "CHN")), "{got:?}");
    // A number that counts something else hands over no document.
    let got = coded(
        "Tổng Bí thư Tô Lâm và Chủ tịch nước Trung Quốc Tập Cận Bình đã chứng kiến lễ trao 45 suất học bổng cho sinh viên.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

#[test]
fn a_crime_named_in_a_documents_title_is_what_its_signers_fight() {
    use thoisu_core::EntityKind::Organisation as ORG;
    let spec: &test_support::Spec = &[
        (ORG, "Bộ Công an Việt Nam", "VNM", &["Bộ Công an Việt Nam"]),
        (
            ORG,
            "Cơ quan Cảnh sát Quốc gia Hàn Quốc",
            "KOR",
            &["Cơ quan Cảnh sát Quốc gia Hàn Quốc"],
        ),
    ];
    let got = coded(
        "Hai bên đã ký Bản ghi nhớ giữa Bộ Công an Việt Nam và Cơ quan Cảnh sát Quốc gia Hàn Quốc về phòng, chống tội phạm công nghệ cao và lừa đảo trực tuyến.",
        spec,
    );
    assert!(
        got.contains(&ev("057", "VNM", "KOR")) || got.contains(&ev("057", "KOR", "VNM")),
        "{got:?}"
    );
    // (A contract signed as a fraud's means stays none: events19_precision.)
}

#[test]
fn a_day_restated_in_home_time_dates_no_act() {
    let spec: &test_support::Spec = &[
        (PER, "Tô Lâm", "VNM", &["Tô Lâm"]),
        (PER, "Joe Biden", "USA", &["Joe Biden"]),
    ];
    let text = "Trưa 25/9 (giờ địa phương), tức rạng sáng 26/9 theo giờ Việt Nam, Tổng Bí thư Tô Lâm đã gặp Tổng thống Hoa Kỳ Joe Biden tại New York.";
    let (text, sents, ents) = test_support::input(text, spec);
    let dates = [
        common::date(&text, &sents, "Trưa 25/9", "2024-09-25"),
        common::date(&text, &sents, "rạng sáng 26/9", "2024-09-26"),
    ];
    let coded = thoisu_events::Coder::embedded().code(&text, &sents, &ents, &dates);
    let met = coded
        .events
        .iter()
        .find(|e| e.code.starts_with("04"))
        .expect("a meeting");
    assert_eq!(met.date.as_deref(), Some("2024-09-25"));
}

#[test]
fn an_act_told_at_a_meeting_named_as_its_scene_takes_the_meetings_day() {
    let spec: &test_support::Spec = &[
        (PER, "Nguyễn Phú Trọng", "VNM", &["Nguyễn Phú Trọng"]),
        (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    ];
    let text = "Chiều 12-12, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Chủ tịch Tập Cận Bình. Tuyên bố chung được công bố sáng 13-12. Tại hội đàm, Tổng Bí thư Nguyễn Phú Trọng đề nghị phía Trung Quốc mở cửa thị trường cho hàng nông sản.";
    let (text, sents, ents) = test_support::input(text, spec);
    let dates = [
        common::date(&text, &sents, "Chiều 12-12", "2023-12-12"),
        common::date(&text, &sents, "sáng 13-12", "2023-12-13"),
    ];
    let coded = thoisu_events::Coder::embedded().code(&text, &sents, &ents, &dates);
    let asked = coded
        .events
        .iter()
        .find(|e| e.code == "020")
        .expect("an appeal");
    assert_eq!(asked.date.as_deref(), Some("2023-12-12"));
    // Without the scene, the last day told dates it, as before.
    let text = "Chiều 12-12, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Chủ tịch Tập Cận Bình. Tuyên bố chung được công bố sáng 13-12. Tổng Bí thư Nguyễn Phú Trọng đề nghị phía Trung Quốc mở cửa thị trường cho hàng nông sản.";
    let (text, sents, ents) = test_support::input(text, spec);
    let dates = [
        common::date(&text, &sents, "Chiều 12-12", "2023-12-12"),
        common::date(&text, &sents, "sáng 13-12", "2023-12-13"),
    ];
    let coded = thoisu_events::Coder::embedded().code(&text, &sents, &ents, &dates);
    let asked = coded
        .events
        .iter()
        .find(|e| e.code == "020")
        .expect("an appeal");
    assert_eq!(asked.date.as_deref(), Some("2023-12-13"));
}

#[test]
fn a_signing_after_a_bare_past_year_is_history() {
    let spec: &test_support::Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Lào", "LAO", &["Lào"]),
    ];
    let text = "Sáng 19/9/2024, Việt Nam và Lào hội đàm. Năm 1977, Việt Nam và Lào ký Hiệp ước Hữu nghị và Hợp tác.";
    let (text, sents, ents) = test_support::input(text, spec);
    let dates = [common::date(&text, &sents, "Sáng 19/9/2024", "2024-09-19")];
    let coded = thoisu_events::Coder::embedded().code(&text, &sents, &ents, &dates);
    assert!(
        !coded.events.iter().any(|e| e.code == "057"),
        "{:?}",
        coded.events
    );
    // This year's signing stays.
    let text = "Sáng 19/9/2024, Việt Nam và Lào hội đàm. Năm 2024, Việt Nam và Lào ký Hiệp định thương mại.";
    let (text, sents, ents) = test_support::input(text, spec);
    let dates = [common::date(&text, &sents, "Sáng 19/9/2024", "2024-09-19")];
    let coded = thoisu_events::Coder::embedded().code(&text, &sents, &ents, &dates);
    assert!(
        coded.events.iter().any(|e| e.code == "057"),
        "{:?}",
        coded.events
    );
}

#[test]
fn a_wish_to_visit_is_no_visit() {
    let spec: &test_support::Spec = &[
        (PER, "Ishiba Shigeru", "JPN", &["Ishiba"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let got = coded(
        "Thủ tướng Ishiba nói ông mong sớm có dịp thăm Việt Nam.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
    let got = coded("Thủ tướng Ishiba đã thăm Việt Nam.", spec);
    assert!(got.contains(&ev("042", "JPN", "VNM")), "{got:?}");
}
