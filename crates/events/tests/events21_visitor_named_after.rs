//! Session ev21 (bench sample): "chuyến thăm (cấp nhà nước) của A" names the
//! visitor A, not the host; "sắp xếp (một) chuyến thăm" is a visit planned.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{USA, VNM};
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

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
