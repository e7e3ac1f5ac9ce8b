//! Session ev18: a signing told on its own day is not merged into another
//! signing of the same two countries on another day ("45 năm ký Hiệp ước
//! …" beside "chứng kiến lễ ký kết các văn kiện hợp tác" today); so are
//! meetings on two days, each told with its day.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::VNM;
use common::{date_range, Row};
use thoisu_core::EntityKind;
use thoisu_events::Coder;

use EntityKind::Location as LOC;

const LAO: Row = (LOC, "Lào", "LAO", &["Lào"]);

#[test]
fn signings_on_two_days_are_two_events() {
    let text = "Thủ tướng Việt Nam nhấn mạnh năm 2022 đánh dấu 60 năm thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2022) và 45 năm Việt Nam và Lào ký Hiệp ước Hữu nghị và Hợp tác. Sáng 8/1/2022, Thủ tướng Việt Nam và Thủ tướng Lào đã hội đàm và chứng kiến lễ ký kết các văn kiện hợp tác giữa các bộ, ngành hai nước.";
    let (text, sents, ents) = test_support::input(text, &[VNM, LAO]);
    let dates = vec![
        date_range(&text, &sents, "5/9/2022", "2022-09-05", "2022-09-05"),
        date_range(&text, &sents, "Sáng 8/1/2022", "2022-01-08", "2022-01-08"),
    ];
    let got = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    let signed: Vec<Option<String>> = got
        .iter()
        .filter(|e| e.code == "057")
        .map(|e| e.date.clone())
        .collect();
    assert!(
        signed.contains(&Some("2022-01-08".to_string())),
        "{signed:?}"
    );
}

#[test]
fn one_signing_told_twice_on_its_day_is_one_event() {
    let text = "Sáng 8/1/2022, Việt Nam và Lào đã ký kết các văn kiện hợp tác. Sau hội đàm, hai Thủ tướng đã chứng kiến lễ ký kết các văn kiện hợp tác giữa các bộ, ngành hai nước.";
    let (text, sents, ents) = test_support::input(text, &[VNM, LAO]);
    let dates = vec![date_range(
        &text,
        &sents,
        "Sáng 8/1/2022",
        "2022-01-08",
        "2022-01-08",
    )];
    let got = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    assert_eq!(got.iter().filter(|e| e.code == "057").count(), 1, "{got:?}");
}

const CHN: Row = (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]);
const RUS: Row = (LOC, "Nga", "RUS", &["Nga"]);

/// Session ev18: meetings of the same two sides on two days, each told with
/// its day in its sentence, are two meetings; one told again without a
/// day of its own is the one told before.
#[test]
fn talks_on_two_days_told_day_by_day_are_two_meetings() {
    let text = "Tối 20-3, lãnh đạo Trung Quốc và Nga đã có cuộc hội đàm không chính thức kéo dài hơn bốn giờ. Ngày 21-3, Trung Quốc và Nga hội đàm chính thức tại Điện Kremlin. Sau hội đàm, Trung Quốc và Nga ra tuyên bố chung.";
    let (text, sents, ents) = test_support::input(text, &[CHN, RUS]);
    let dates = vec![
        date_range(&text, &sents, "Tối 20-3", "2023-03-20", "2023-03-20"),
        date_range(&text, &sents, "Ngày 21-3", "2023-03-21", "2023-03-21"),
    ];
    let got = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    let mut met: Vec<Option<String>> = got
        .iter()
        .filter(|e| e.code.starts_with("04"))
        .map(|e| e.date.clone())
        .collect();
    met.sort();
    assert_eq!(
        met,
        vec![
            Some("2023-03-20".to_string()),
            Some("2023-03-21".to_string())
        ],
        "{got:?}"
    );
}
