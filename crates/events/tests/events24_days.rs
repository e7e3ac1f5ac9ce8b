//! Session ev24: the day of an act told "cùng ngày" is the day the news is
//! told in (the last day named at the head of an earlier sentence), not
//! whatever date was named last; a loose part of a month named in another
//! clause ("hồi cuối tháng 3") is not the day of a meeting.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{date, date_range};
use test_support::input;
use thoisu_core::EntityKind;
use thoisu_events::Coder;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

fn day_of(events: &[thoisu_core::Event], code: &str, target: &str) -> Option<String> {
    events
        .iter()
        .find(|e| {
            e.code == code && e.target.as_ref().and_then(|t| t.country.as_deref()) == Some(target)
        })
        .and_then(|e| e.date.clone())
}

#[test]
fn the_same_day_is_the_day_at_the_head_of_the_news_not_an_anniversary() {
    let text = "Sáng 15/1, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga Mikhail Mishustin. Hai nước kỷ niệm 75 năm quan hệ ngoại giao (30/1/1950 - 30/1/2025). Chiều cùng ngày, Thủ tướng Mishustin hội kiến Chủ tịch nước Lương Cường.";
    let (text, sents, ents) = input(
        text,
        &[
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (
                PER,
                "Mikhail Mishustin",
                "RUS",
                &["Mikhail Mishustin", "Mishustin"],
            ),
            (PER, "Lương Cường", "VNM", &["Lương Cường"]),
        ],
    );
    let dates = [
        date(&text, &sents, "Sáng 15/1", "2025-01-15"),
        date_range(
            &text,
            &sents,
            "30/1/1950 - 30/1/2025",
            "1950-01-30",
            "2025-01-30",
        ),
        date(&text, &sents, "30/1/2025", "2025-01-30"),
        // The dates stage reads "cùng ngày" as the last date named.
        date(&text, &sents, "Chiều cùng ngày", "2025-01-30"),
    ];
    let events = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    // Both meetings fall on the 15th: one event between the two countries
    // (the afternoon's told again), none on the 30th.
    assert!(!events.is_empty(), "{events:?}");
    assert!(
        events
            .iter()
            .all(|e| e.date.as_deref() == Some("2025-01-15")),
        "{events:?}"
    );
}

#[test]
fn a_day_named_with_its_number_is_kept() {
    // "Cũng trong ngày 10/5" carries its own day: nothing is re-read.
    let text = "Sáng 9/5, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga Vladimir Putin. Cũng trong ngày 10/5, Tổng Bí thư Tô Lâm gặp Chủ tịch Đảng Nước Nga thống nhất Dmitry Medvedev.";
    let (text, sents, ents) = input(
        text,
        &[
            (PER, "Tô Lâm", "VNM", &["Tô Lâm"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (PER, "Vladimir Putin", "RUS", &["Vladimir Putin"]),
            (PER, "Dmitry Medvedev", "RUS", &["Dmitry Medvedev"]),
        ],
    );
    let dates = [
        date(&text, &sents, "Sáng 9/5", "2025-05-09"),
        date(&text, &sents, "Cũng trong ngày 10/5", "2025-05-10"),
    ];
    let events = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    let days: Vec<_> = events.iter().filter_map(|e| e.date.clone()).collect();
    assert!(days.iter().any(|d| d == "2025-05-10"), "{events:?}");
}

#[test]
fn a_loose_part_of_a_month_in_another_clause_is_not_the_meeting_day() {
    let text = "Ngày 6/7, Thủ tướng Phạm Minh Chính dự Hội nghị tại Rio de Janeiro. Gặp Tổng thống Brazil Luiz Inácio Lula da Silva, Thủ tướng Phạm Minh Chính đánh giá cao kết quả chuyến thăm Việt Nam của Tổng thống Lula hồi cuối tháng 3 vừa qua.";
    let (text, sents, ents) = input(
        text,
        &[
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (LOC, "Rio de Janeiro", "BRA", &["Rio de Janeiro"]),
            (LOC, "Brazil", "BRA", &["Brazil"]),
            (
                PER,
                "Luiz Inácio Lula da Silva",
                "BRA",
                &["Luiz Inácio Lula da Silva", "Lula"],
            ),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    let dates = [
        date(&text, &sents, "Ngày 6/7", "2025-07-06"),
        date_range(&text, &sents, "cuối tháng 3", "2025-03-21", "2025-03-31"),
    ];
    let events = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    assert_eq!(
        day_of(&events, "040", "BRA").as_deref(),
        Some("2025-07-06"),
        "{events:?}"
    );
    // In the act's own clause, the period still dates it.
    let text = "Tổng thống Brazil Luiz Inácio Lula da Silva thăm Việt Nam hồi cuối tháng 3.";
    let (text, sents, ents) = input(
        text,
        &[
            (LOC, "Brazil", "BRA", &["Brazil"]),
            (
                PER,
                "Luiz Inácio Lula da Silva",
                "BRA",
                &["Luiz Inácio Lula da Silva"],
            ),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    let dates = [date_range(
        &text,
        &sents,
        "cuối tháng 3",
        "2025-03-21",
        "2025-03-31",
    )];
    let events = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    assert_eq!(
        day_of(&events, "042", "VNM").as_deref(),
        Some("2025-03-21"),
        "{events:?}"
    );
}

#[test]
fn the_same_day_right_after_a_day_named_is_that_day() {
    // A day named in the sentence before is what "tối cùng ngày" means, even
    // where an earlier sentence opens with another day.
    let text = "Sáng 28-2, Tổng thống Mỹ Donald Trump hội đàm với Chủ tịch Triều Tiên Kim Jong Un. Ông Kim Jong Un đến Việt Nam sáng 26-2 bằng tàu hỏa. Tối cùng ngày, Chủ tịch Triều Tiên Kim Jong Un gặp Tổng Bí thư Nguyễn Phú Trọng.";
    let (text, sents, ents) = input(
        text,
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (PER, "Donald Trump", "USA", &["Donald Trump"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            (PER, "Kim Jong Un", "PRK", &["Kim Jong Un"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (PER, "Nguyễn Phú Trọng", "VNM", &["Nguyễn Phú Trọng"]),
        ],
    );
    let dates = [
        date(&text, &sents, "Sáng 28-2", "2019-02-28"),
        date(&text, &sents, "sáng 26-2", "2019-02-26"),
        date(&text, &sents, "Tối cùng ngày", "2019-02-26"),
    ];
    let events = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    let met = events
        .iter()
        .find(|e| {
            e.code.starts_with("04")
                && e.source.as_ref().and_then(|a| a.country.as_deref()) == Some("PRK")
                && e.target.as_ref().and_then(|a| a.country.as_deref()) == Some("VNM")
        })
        .expect("the meeting with the host is coded");
    assert_eq!(met.date.as_deref(), Some("2019-02-26"), "{events:?}");
}

#[test]
fn a_cut_off_day_told_before_is_not_the_same_day() {
    // "tính đến 20/9" counts up to a day; "Cùng ngày" is the day of the news.
    let text = "Sáng 11/10, Tập đoàn Amkor Technology của Mỹ khánh thành nhà máy tại Bắc Ninh. Tính đến 20/9, Mỹ có hơn 1.200 dự án tại Việt Nam. Cùng ngày, Amkor và Đại học Bách khoa Hà Nội đã ký Biên bản ghi nhớ hợp tác.";
    let (text, sents, ents) = input(
        text,
        &[
            (
                ORG,
                "Amkor Technology",
                "USA#BUS",
                &["Amkor Technology", "Amkor"],
            ),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Bắc Ninh", "VNM", &["Bắc Ninh"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (
                ORG,
                "Đại học Bách khoa Hà Nội",
                "VNM",
                &["Đại học Bách khoa Hà Nội"],
            ),
        ],
    );
    let dates = [
        date(&text, &sents, "Sáng 11/10", "2023-10-11"),
        date(&text, &sents, "20/9", "2023-09-20"),
        date(&text, &sents, "Cùng ngày", "2023-09-20"),
    ];
    let events = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    let signed = events
        .iter()
        .find(|e| e.code == "057")
        .expect("the signing is coded");
    assert_eq!(signed.date.as_deref(), Some("2023-10-11"), "{events:?}");
}
