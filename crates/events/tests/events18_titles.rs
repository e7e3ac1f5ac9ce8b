//! Session ev18: "Tuyên bố" capitalised inside a sentence is a document's
//! title ("hai nước ký Tuyên bố tầm nhìn chung …"), no statement made; the
//! verb "tuyên bố" is still one.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{USA, VNM};
use common::{coded, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

const IND: Row = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);

#[test]
fn a_declarations_title_is_no_statement() {
    let got = coded(
        "Năm 2022, Việt Nam và Ấn Độ ký Tuyên bố tầm nhìn chung về quan hệ đối tác quốc phòng đến năm 2030.",
        &[VNM, IND],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "010"), "{got:?}");
}

#[test]
fn the_verb_declare_is_still_a_statement() {
    let got = coded(
        "Tổng thống Mỹ tuyên bố Mỹ sẵn sàng làm việc với Việt Nam trong các vấn đề khu vực.",
        &[USA, VNM],
    );
    assert!(!got.is_empty(), "{got:?}");
}
