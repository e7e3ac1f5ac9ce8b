//! Session ev21 (bench sample): "chuyến thăm (cấp nhà nước) của A" names the
//! visitor A, not the host; "sắp xếp (một) chuyến thăm" is a visit planned;
//! an act undated in its text is not given a day of history told after the
//! news's own dates ("thiết lập quan hệ ngoại giao ngày 2/2/1950").

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{USA, VNM};
use common::{coded, ev, Row};
use thoisu_core::EntityKind;
use thoisu_core::Event;

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const SAU: Row = (LOC, "Ả-rập Xê-út", "SAU", &["Ả-rập Xê-út"]);
const GBR: Row = (LOC, "Anh", "GBR", &["Anh"]);
const TRUMP: Row = (PER, "Donald Trump", "USA", &["Donald Trump", "Trump"]);
const PHUC: Row = (PER, "Nguyễn Xuân Phúc", "VNM", &["Nguyễn Xuân Phúc"]);

#[test]
fn the_possessor_right_after_a_visit_is_the_visitor() {
    let got = coded(
        "Nhân chuyến thăm của Tổng thống Mỹ Donald Trump, Mỹ và Ả-rập Xê-út đã ký kết một thỏa thuận vũ khí trị giá 350 tỷ USD.",
        &[USA, SAU, TRUMP],
    );
    assert!(got.contains(&ev("042", "USA", "SAU")), "{got:?}");
    assert!(!got.contains(&ev("042", "SAU", "USA")), "{got:?}");
    let got = coded(
        "Đặc biệt, trước chuyến thăm của Thủ tướng Nguyễn Xuân Phúc ít ngày, phía Mỹ đã bàn giao cho Việt Nam tàu tuần duyên.",
        &[USA, VNM, PHUC],
    );
    assert!(got.contains(&ev("042", "VNM", "USA")), "{got:?}");
    assert!(!got.contains(&ev("042", "USA", "VNM")), "{got:?}");
}

#[test]
fn a_possessor_past_other_words_is_no_visitor() {
    // "là nỗ lực của Mỹ": the effort is Mỹ's, the visit is not named as its.
    let got = coded(
        "Chuyến thăm là nỗ lực của Mỹ trong việc định hình lại mối quan hệ với Ả-rập Xê-út.",
        &[USA, SAU],
    );
    assert!(!got.contains(&ev("042", "USA", "SAU")), "{got:?}");
}

#[test]
fn arranging_a_visit_is_a_plan() {
    let got = coded(
        "Tuyên bố này sẽ gây phức tạp thêm cho nỗ lực của chính phủ Anh trong việc sắp xếp một chuyến thăm cấp nhà nước của Tổng thống Trump.",
        &[GBR, TRUMP],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
    // Negative: a visit made is still one.
    let got = coded(
        "Tổng thống Donald Trump đã có chuyến thăm cấp nhà nước tới Anh.",
        &[GBR, TRUMP],
    );
    assert!(got.contains(&ev("042", "USA", "GBR")), "{got:?}");
}

const CZE: Row = (LOC, "Cộng hòa Séc", "CZE", &["Cộng hòa Séc"]);
const ZEMAN: Row = (PER, "Miloš Zeman", "CZE", &["Milos Zeman"]);
const QUANG: Row = (PER, "Trần Đại Quang", "VNM", &["Trần Đại Quang"]);

fn signing_dates(text: &str, spec: &test_support::Spec, range: bool) -> Vec<Option<String>> {
    let (text, sents, ents) = test_support::input(text, spec);
    let mut dates = Vec::new();
    if range {
        dates.push(common::date_range(
            &text,
            &sents,
            "từ ngày 6 - 8/6/2017",
            "2017-06-06",
            "2017-06-08",
        ));
    }
    dates.push(common::date(&text, &sents, "ngày 2/2/1950", "1950-02-02"));
    dates.push(common::date(&text, &sents, "Sáng 7/6", "2017-06-07"));
    let events: Vec<Event> = thoisu_events::Coder::embedded()
        .code(&text, &sents, &ents, &dates)
        .events;
    events
        .iter()
        .filter(|e| e.code == "057")
        .map(|e| e.date.clone())
        .collect()
}

#[test]
fn a_day_of_history_after_the_news_dates_is_no_lead_day() {
    let text = "Tổng thống Cộng hòa Séc Milos Zeman thăm cấp Nhà nước tới Việt Nam từ ngày 6 - 8/6/2017. Việt Nam và Cộng hòa Séc thiết lập quan hệ ngoại giao ngày 2/2/1950. Sáng 7/6, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã chủ trì Lễ đón Tổng thống Milos Zeman. Tham dự Lễ đón có nhiều quan chức. Về phía khách có các thành viên trong đoàn. Sau đó hai bên duyệt Đội danh dự. Kết thúc hội đàm, Chủ tịch nước Trần Đại Quang và Tổng thống Milos Zeman đã chứng kiến Lễ ký kết văn kiện hợp tác giữa hai nước.";
    let spec = [VNM, CZE, ZEMAN, QUANG];
    let got = signing_dates(text, &spec, true);
    assert_eq!(got, vec![Some("2017-06-07".to_string())], "{got:?}");
    // Negative: with no later year named before it, the first day is still
    // the lead's.
    let text = "Tổng thống Cộng hòa Séc Milos Zeman thăm cấp Nhà nước tới Việt Nam. Việt Nam và Cộng hòa Séc thiết lập quan hệ ngoại giao ngày 2/2/1950. Sáng 7/6, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã chủ trì Lễ đón Tổng thống Milos Zeman. Tham dự Lễ đón có nhiều quan chức. Về phía khách có các thành viên trong đoàn. Sau đó hai bên duyệt Đội danh dự. Kết thúc hội đàm, Chủ tịch nước Trần Đại Quang và Tổng thống Milos Zeman đã chứng kiến Lễ ký kết văn kiện hợp tác giữa hai nước.";
    let got = signing_dates(text, &spec, false);
    assert_eq!(got, vec![Some("1950-02-02".to_string())], "{got:?}");
}
