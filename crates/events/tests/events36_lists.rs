//! Session 21: a listed doer named in full and then by its short name in
//! brackets ("Các Tiểu Vương quốc Arập Thống nhất (UAE), Bahrain, Ai Cập")
//! is one item; the list goes on after the bracket.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

#[test]
fn a_full_name_with_its_short_name_in_brackets_is_one_listed_doer() {
    let rows = [
        (LOC, "Ả Rập Xê-út", "SAU", &["Ả Rập Xê-út"][..]),
        (
            LOC,
            "Các Tiểu vương quốc Ả Rập Thống nhất",
            "ARE",
            &["Các Tiểu Vương quốc Arập Thống nhất", "UAE"][..],
        ),
        (LOC, "Bahrain", "BHR", &["Bahrain"][..]),
        (LOC, "Ai Cập", "EGY", &["Ai Cập"][..]),
        (LOC, "Qatar", "QAT", &["Qatar"][..]),
    ];
    let got = coded(
        "Ả Rập Xê-út, Các Tiểu Vương quốc Arập Thống nhất (UAE), Bahrain và Ai Cập đã cắt đứt quan hệ ngoại giao với Qatar.",
        &rows,
    );
    for doer in ["SAU", "ARE", "BHR", "EGY"] {
        assert!(got.contains(&ev("161", doer, "QAT")), "{doer}: {got:?}");
    }
    // No doer of the list cuts ties with another.
    assert!(got.iter().all(|(_, _, t)| t == "QAT"), "{got:?}");
}
