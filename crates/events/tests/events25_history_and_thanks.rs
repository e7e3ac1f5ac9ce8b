//! Session ev25: relations established long ago, retold in anniversaries
//! and visits ("Việt Nam và Qatar thiết lập quan hệ ngoại giao năm 1993"),
//! are history, not relations set up in the news; thanks for aid read past
//! the commas of a list ("cảm ơn Chính phủ, Bộ Quốc phòng và Hải quân Ấn Độ
//! đã hỗ trợ Việt Nam") are praise from the one aided to the giver; a plan
//! ("sẽ sang …") reaches past an aside in brackets to the visit joined by
//! "và".

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, date, date_range, ev};
use test_support::{by_country, input};
use thoisu_core::EntityKind;
use thoisu_events::Coder;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

/// Events of `text` with its dates: each (form, start, end).
fn coded_dated(
    text: &str,
    spec: &test_support::Spec,
    days: &[(&str, &str, &str)],
) -> Vec<(String, String, String)> {
    let (text, sents, ents) = input(text, spec);
    let dates: Vec<_> = days
        .iter()
        .map(|(form, start, end)| {
            if start == end {
                date(&text, &sents, form, start)
            } else {
                date_range(&text, &sents, form, start, end)
            }
        })
        .collect();
    by_country(&Coder::embedded().code(&text, &sents, &ents, &dates).events)
}

#[test]
fn relations_established_in_a_year_long_before_are_history() {
    let spec: &test_support::Spec = &[
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        (LOC, "Qatar", "QAT", &["Qatar"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let got = coded_dated(
        "Sáng 30/10, Thủ tướng Phạm Minh Chính hội đàm với Quốc vương Qatar. Việt Nam và Qatar thiết lập quan hệ ngoại giao năm 1993.",
        spec,
        &[("Sáng 30/10", "2024-10-30", "2024-10-30")],
    );
    assert!(got.iter().all(|(c, _, _)| c != "054"), "{got:?}");
    // A day of long ago after a visit's range: still history.
    let got = coded_dated(
        "Tổng Bí thư, Chủ tịch Trung Quốc thăm cấp nhà nước Việt Nam trong hai ngày 12-13/12. Việt Nam và Trung Quốc thiết lập quan hệ ngoại giao ngày 18/1/1950.",
        &[
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
        &[
            ("hai ngày 12-13/12", "2023-12-12", "2023-12-13"),
            ("ngày 18/1/1950", "1950-01-18", "1950-01-18"),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "054"), "{got:?}");
}

#[test]
fn relations_counted_in_years_since_are_history() {
    let got = coded_dated(
        "Phóng viên: Thưa Đại sứ, hôm nay tròn 50 năm Việt Nam và Australia thiết lập quan hệ ngoại giao.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Australia", "AUS", &["Australia"]),
        ],
        &[("hôm nay", "2023-02-26", "2023-02-26")],
    );
    assert!(got.iter().all(|(c, _, _)| c != "054"), "{got:?}");
}

#[test]
fn relations_established_in_the_news_are_coded() {
    let got = coded_dated(
        "Ngày 10/3, Việt Nam và Palau chính thức thiết lập quan hệ ngoại giao.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Palau", "PLW", &["Palau"]),
        ],
        &[("Ngày 10/3", "2023-03-10", "2023-03-10")],
    );
    assert!(
        got.iter().any(|(c, s, t)| c == "054"
            && [s.as_str(), t.as_str()].contains(&"VNM")
            && [s.as_str(), t.as_str()].contains(&"PLW")),
        "{got:?}"
    );
}

#[test]
fn thanks_for_aid_past_a_list_of_the_thanked_praise_the_giver() {
    let got = coded(
        "Phó đô đốc Trần Thanh Nghiêm cảm ơn Chính phủ, Bộ Quốc phòng và Hải quân Ấn Độ đã hỗ trợ Việt Nam, khẳng định con tàu sẽ góp phần nâng cao năng lực của Hải quân nhân dân Việt Nam.",
        &[
            (PER, "Trần Thanh Nghiêm", "VNM", &["Trần Thanh Nghiêm"]),
            (ORG, "Hải quân Ấn Độ", "IND", &["Hải quân Ấn Độ"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (
                ORG,
                "Hải quân nhân dân Việt Nam",
                "VNM",
                &["Hải quân nhân dân Việt Nam"],
            ),
        ],
    );
    assert!(got.contains(&ev("051", "VNM", "IND")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
    let got = coded(
        "Đại sứ Thổ Nhĩ Kỳ tại Việt Nam Haldun Tekneci bày tỏ xúc động và gửi lời cảm ơn Chính phủ, nhân dân Việt Nam đã kịp thời chia sẻ, hỗ trợ nhân dân Thổ Nhĩ Kỳ vượt qua mất mát to lớn.",
        &[
            (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (PER, "Haldun Tekneci", "TUR", &["Haldun Tekneci"]),
        ],
    );
    assert!(got.contains(&ev("051", "TUR", "VNM")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
}

#[test]
fn thanks_then_a_pledge_after_a_comma_is_no_thanks_for_that_aid() {
    // No "đã": the aid after the comma is the speaker's own.
    let got = coded(
        "Thủ tướng Nhật Bản cảm ơn Việt Nam, cho biết Tokyo tiếp tục hỗ trợ Việt Nam phát triển hạ tầng.",
        &[
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Tokyo", "JPN", &["Tokyo"]),
        ],
    );
    assert!(
        !got.iter()
            .any(|(c, s, t)| c.starts_with("07") && s == "VNM" && t == "JPN"),
        "{got:?}"
    );
}

#[test]
fn a_plan_reaches_past_a_bracketed_aside_to_the_visit_joined_after_it() {
    let got = coded(
        "Sau khi kết thúc chuyến thăm UAE, Thủ tướng Phạm Minh Chính sẽ sang Saudi Arabia dự Hội nghị Sáng kiến Đầu tư Tương lai (FII) lần thứ 8 và thăm Qatar.",
        &[
            (LOC, "UAE", "ARE", &["UAE"]),
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (LOC, "Saudi Arabia", "SAU", &["Saudi Arabia"]),
            (LOC, "Qatar", "QAT", &["Qatar"]),
        ],
    );
    assert!(got.contains(&ev("036", "VNM", "QAT")), "{got:?}");
    assert!(!got.contains(&ev("042", "VNM", "QAT")), "{got:?}");
}

#[test]
fn a_visit_told_as_done_after_brackets_stays_a_visit() {
    let got = coded(
        "Thủ tướng Phạm Minh Chính đã dự Hội nghị Sáng kiến Đầu tư Tương lai (FII) lần thứ 8 và thăm Qatar.",
        &[
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (LOC, "Qatar", "QAT", &["Qatar"]),
        ],
    );
    assert!(got.contains(&ev("042", "VNM", "QAT")), "{got:?}");
}

#[test]
fn congratulations_with_the_receiver_named_before_go_to_him() {
    let got = code_lines_country(
        "Trong điện mừng, Chủ tịch Trung Quốc Tập Cận Bình chúc mừng đồng chí Lương Cường được bầu làm Chủ tịch nước.\nQuốc vương Campuchia Norodom Sihamoni và Chủ tịch Thượng viện Campuchia Hun Sen cũng gửi điện chúc mừng.",
        &[
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
            (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
            (PER, "Lương Cường", "VNM", &["Lương Cường"]),
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
            (PER, "Norodom Sihamoni", "KHM", &["Norodom Sihamoni"]),
            (PER, "Hun Sen", "KHM", &["Hun Sen"]),
        ],
    );
    assert!(got.contains(&ev("051", "CHN", "VNM")), "{got:?}");
    assert!(got.contains(&ev("051", "KHM", "VNM")), "{got:?}");
}

#[test]
fn congratulations_of_several_leaders_go_from_each_not_between_them() {
    let got = code_lines_country(
        "Nhân dịp ông Lula da Silva đắc cử Tổng thống Brazil, chiều nay, Chủ tịch nước Nguyễn Xuân Phúc đã gửi điện chúc mừng.\nLãnh đạo nhiều nước, trong đó có Tổng thống Mỹ Joe Biden, Tổng thống Pháp Emmanuel Macron và Chủ tịch Trung Quốc Tập Cận Bình, đã gửi lời chúc mừng.",
        &[
            (PER, "Lula da Silva", "BRA", &["Lula da Silva"]),
            (LOC, "Brazil", "BRA", &["Brazil"]),
            (PER, "Nguyễn Xuân Phúc", "VNM", &["Nguyễn Xuân Phúc"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (PER, "Joe Biden", "USA", &["Joe Biden"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
            (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
        ],
    );
    assert!(got.contains(&ev("051", "VNM", "BRA")), "{got:?}");
    for c in ["USA", "FRA", "CHN"] {
        assert!(got.contains(&ev("051", c, "BRA")), "{c} {got:?}");
    }
    assert!(!got.contains(&ev("051", "USA", "CHN")), "{got:?}");
    assert!(!got.contains(&ev("051", "USA", "FRA")), "{got:?}");
}

#[test]
fn congratulations_with_the_receiver_after_them_are_read_as_usual() {
    let got = code_lines_country(
        "Tổng thống Nga Vladimir Putin đã gửi điện chúc mừng Chủ tịch nước Lương Cường.\nTổng thống Pháp Emmanuel Macron cũng chúc mừng Thủ tướng Ấn Độ Narendra Modi.",
        &[
            (LOC, "Nga", "RUS", &["Nga"]),
            (PER, "Vladimir Putin", "RUS", &["Vladimir Putin"]),
            (PER, "Lương Cường", "VNM", &["Lương Cường"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
            (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
            (PER, "Narendra Modi", "IND", &["Narendra Modi"]),
        ],
    );
    assert!(got.contains(&ev("051", "RUS", "VNM")), "{got:?}");
    assert!(got.contains(&ev("051", "FRA", "IND")), "{got:?}");
    assert!(!got.contains(&ev("051", "FRA", "VNM")), "{got:?}");
}

/// Events of a text whose lines are its sentences, by country.
fn code_lines_country(text: &str, spec: &test_support::Spec) -> Vec<(String, String, String)> {
    by_country(&common::code_lines(text, spec).events)
}

#[test]
fn a_country_called_a_dynamic_economy_is_praised() {
    let got = coded(
        "Bộ trưởng Kinh tế Israel Nir Barkat đánh giá Việt Nam là một trong những nền kinh tế năng động nhất châu Á.",
        &[
            (LOC, "Israel", "ISR", &["Israel"]),
            (PER, "Nir Barkat", "ISR", &["Nir Barkat"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(got.contains(&ev("051", "ISR", "VNM")), "{got:?}");
    let got = coded(
        "Đại sứ Đức Helga Barth nhấn mạnh Đức coi Việt Nam là đối tác then chốt tại Đông Nam Á.",
        &[
            (PER, "Helga Barth", "DEU", &["Helga Barth"]),
            (LOC, "Đức", "DEU", &["Đức"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(got.contains(&ev("051", "DEU", "VNM")), "{got:?}");
}

#[test]
fn a_country_called_a_big_economy_is_no_praise() {
    let got = coded(
        "Bộ trưởng Tài chính Mỹ cho biết Trung Quốc là một trong những nền kinh tế lớn nhất thế giới.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "051"), "{got:?}");
}

/// The day of the first event with `code`, of a text whose dates are given.
fn day_of(
    text: &str,
    spec: &test_support::Spec,
    days: &[(&str, &str)],
    code: &str,
) -> Option<String> {
    let (text, sents, ents) = input(text, spec);
    let dates: Vec<_> = days
        .iter()
        .map(|(form, value)| date(&text, &sents, form, value))
        .collect();
    Coder::embedded()
        .code(&text, &sents, &ents, &dates)
        .events
        .into_iter()
        .find(|e| e.code == code)
        .and_then(|e| e.date)
}

#[test]
fn a_later_day_with_its_year_told_in_passing_dates_nothing_after_it() {
    let text = "Chiều 29-12, Bộ trưởng Trần Tuấn Anh và Bộ trưởng Thương mại quốc tế Anh Liz Truss đã ký hiệp định thương mại tự do. Lễ ký diễn ra tại London. Theo thỏa thuận, hiệp định sẽ được áp dụng tạm thời từ 23h ngày 31-12-2020, tức 6h sáng 1-1-2021 theo giờ Việt Nam. Phát biểu sau lễ ký, bà Liz Truss cho rằng Việt Nam là một trong những nền kinh tế tăng trưởng nhanh nhất thế giới.";
    let spec: &test_support::Spec = &[
        (PER, "Trần Tuấn Anh", "VNM", &["Trần Tuấn Anh"]),
        (LOC, "Anh", "GBR", &["Anh"]),
        (PER, "Liz Truss", "GBR", &["Liz Truss"]),
        (LOC, "London", "GBR", &["London"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let day = day_of(
        text,
        spec,
        &[
            ("Chiều 29-12", "2020-12-29"),
            ("ngày 31-12-2020", "2020-12-31"),
            ("sáng 1-1-2021", "2021-01-01"),
        ],
        "051",
    );
    assert_eq!(day.as_deref(), Some("2020-12-29"));
}

#[test]
fn a_later_day_of_the_news_told_with_its_part_dates_what_follows() {
    let text = "Phát biểu tại hội nghị tối 1.11, Thủ tướng Phạm Minh Chính tuyên bố Việt Nam sẽ đạt mức phát thải ròng bằng 0 vào năm 2050. Hội nghị diễn ra tại Glasgow. Bên lề hội nghị, sáng 2.11, Thủ tướng Phạm Minh Chính đã có cuộc gặp Thủ tướng Anh Boris Johnson. Thủ tướng Johnson đánh giá cao cam kết mạnh mẽ của Việt Nam.";
    let spec: &test_support::Spec = &[
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Glasgow", "GBR", &["Glasgow"]),
        (LOC, "Anh", "GBR", &["Anh"]),
        (PER, "Boris Johnson", "GBR", &["Boris Johnson", "Johnson"]),
    ];
    let day = day_of(
        text,
        spec,
        &[("tối 1.11", "2021-11-01"), ("sáng 2.11", "2021-11-02")],
        "051",
    );
    assert_eq!(day.as_deref(), Some("2021-11-02"));
}

#[test]
fn a_statement_counted_or_read_out_is_a_noun() {
    let got = coded(
        "Một tuyên bố chính thức chấm dứt Chiến tranh Triều Tiên cũng được nhắc tới, dù Mỹ chưa xác nhận.",
        &[
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "010"), "{got:?}");
    let got = coded(
        "Chính phủ Mali nêu rõ động thái này là phản ứng trước những tuyên bố thù địch gần đây của các quan chức Pháp.",
        &[
            (ORG, "Chính phủ Mali", "MLI", &["Chính phủ Mali"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "010"), "{got:?}");
}

#[test]
fn a_statement_issued_is_still_a_statement() {
    let got = coded(
        "Bộ Ngoại giao Nga đã ra một tuyên bố về Ukraine.",
        &[
            (ORG, "Bộ Ngoại giao Nga", "RUS", &["Bộ Ngoại giao Nga"]),
            (LOC, "Ukraine", "UKR", &["Ukraine"]),
        ],
    );
    assert!(got.contains(&ev("010", "RUS", "UKR")), "{got:?}");
}
