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
