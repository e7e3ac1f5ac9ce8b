//! Session ev18: documents signed before, named as the object of another
//! verb ("triển khai các thỏa thuận đã ký giữa hai Chính phủ"), are no
//! signing now; "A và B đã ký thỏa thuận" still is.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::VNM;
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

const LAO: Row = (LOC, "Lào", "LAO", &["Lào"]);

#[test]
fn agreements_signed_before_are_no_signing() {
    let got = coded(
        "Việt Nam và Lào cũng thống nhất thúc đẩy các dự án kết nối hạ tầng, đẩy nhanh triển khai các thỏa thuận đã ký giữa hai Chính phủ.",
        &[VNM, LAO],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

#[test]
fn a_signing_told_as_news_is_still_one() {
    let got = coded(
        "Việt Nam và Lào đã ký thỏa thuận hợp tác trong lĩnh vực giáo dục.",
        &[VNM, LAO],
    );
    assert!(got.contains(&ev("057", "VNM", "LAO")), "{got:?}");
}
