//! Session evw35: a mediation whose sentence names no side at all ("Thỏa
//! thuận đạt được hôm 2/1 với sự trung gian của UAE") is between the
//! article's two main countries, when neither of them is a mediator.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

const RUS: Row = (LOC, "Nga", "RUS", &["Nga"]);
const UKR: Row = (LOC, "Ukraine", "UKR", &["Ukraine"]);
const ARE: Row = (LOC, "UAE", "ARE", &["UAE"]);
const TUR: Row = (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]);

#[test]
fn a_mediation_naming_no_side_is_between_the_articles_two_countries() {
    let got = coded(
        "Ngày 3/1, Nga và Ukraine đã tiến hành đợt trao đổi tù binh lớn nhất. Bộ Quốc phòng Nga cho biết 248 quân nhân đã về nước, còn Ukraine nhận lại 230 người. Thỏa thuận đạt được hôm 2/1 với sự trung gian của UAE.",
        &[RUS, UKR, ARE],
    );
    assert!(
        got.contains(&ev("045", "ARE", "RUS")) && got.contains(&ev("045", "ARE", "UKR")),
        "{got:?}"
    );
}

#[test]
fn a_mediator_among_the_articles_two_countries_mediates_nothing_unnamed() {
    // Negative: the article is about the mediator and one side; with no
    // side named, no pair stands apart from the mediator.
    let got = coded(
        "Thổ Nhĩ Kỳ và Nga đã thảo luận về an ninh. Thổ Nhĩ Kỳ cho biết Nga đồng ý mở lại hành lang. Thỏa thuận đạt được hôm 2/1 với sự trung gian của Thổ Nhĩ Kỳ.",
        &[RUS, UKR, TUR],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "045"), "{got:?}");
}

#[test]
fn a_mediation_naming_another_country_takes_no_side_from_the_article() {
    // Negative: the sentence names a country that is no side (one
    // country alone), so the article's pair is not read into it.
    let got = coded(
        "Ngày 3/1, Nga và Ukraine đã tiến hành đợt trao đổi tù binh lớn nhất. Bộ Quốc phòng Nga cho biết 248 quân nhân đã về nước, còn Ukraine nhận lại 230 người. Thổ Nhĩ Kỳ từng trao đổi tù binh với sự trung gian của UAE.",
        &[RUS, UKR, ARE, TUR],
    );
    assert!(
        !got.contains(&ev("045", "ARE", "RUS")) && !got.contains(&ev("045", "ARE", "UKR")),
        "{got:?}"
    );
}

const QAT: Row = (LOC, "Qatar", "QAT", &["Qatar"]);
const EGY: Row = (LOC, "Ai Cập", "EGY", &["Ai Cập"]);
const ISR: Row = (LOC, "Israel", "ISR", &["Israel"]);
const IRN: Row = (LOC, "Iran", "IRN", &["Iran"]);

#[test]
fn a_mediation_naming_only_the_mediators_own_officials_is_between_the_pair() {
    let got = coded(
        "Lệnh ngừng bắn giữa Israel và Iran có hiệu lực hôm 24/6. Israel cho biết Iran đã ngừng bắn tên lửa. Thỏa thuận được Thủ tướng Qatar công bố hôm 23/6, sau nhiều ngày đàm phán với sự trung gian của Qatar và Ai Cập.",
        &[ISR, IRN, QAT, EGY],
    );
    assert!(
        got.contains(&ev("045", "QAT", "ISR")) && got.contains(&ev("045", "QAT", "IRN")),
        "{got:?}"
    );
}

#[test]
fn a_chair_naming_no_side_mediates_nothing() {
    // Negative: "dưới sự chủ trì của" tells who chaired, not a go-between.
    let got = coded(
        "Lệnh ngừng bắn giữa Israel và Iran có hiệu lực hôm 24/6. Israel cho biết Iran đã ngừng bắn tên lửa. Hội nghị diễn ra hôm 23/6 dưới sự chủ trì của Thủ tướng Qatar.",
        &[ISR, IRN, QAT],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "045"), "{got:?}");
}
