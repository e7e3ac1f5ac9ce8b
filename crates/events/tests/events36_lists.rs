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

#[test]
fn a_statement_verb_leading_into_the_act_keeps_the_list_of_doers() {
    let rows = [
        (LOC, "Ả Rập Xê-út", "SAU", &["Ả Rập Xê-út"][..]),
        (LOC, "Bahrain", "BHR", &["Bahrain"][..]),
        (LOC, "Ai Cập", "EGY", &["Ai Cập"][..]),
        (LOC, "Qatar", "QAT", &["Qatar"][..]),
    ];
    // "tuyên bố" right after the last item leads into the act: every listed
    // country cuts ties.
    let got = coded(
        "Ả Rập Xê-út, Bahrain và Ai Cập tuyên bố cắt đứt quan hệ ngoại giao với Qatar.",
        &rows,
    );
    for doer in ["SAU", "BHR", "EGY"] {
        assert!(got.contains(&ev("161", doer, "QAT")), "{doer}: {got:?}");
    }
    // A verb of the list's own before a comma is another clause: only the
    // name after the comma cuts ties.
    let got = coded(
        "Ả Rập Xê-út và Bahrain hội đàm, Ai Cập cắt đứt quan hệ ngoại giao với Qatar.",
        &rows,
    );
    assert!(got.contains(&ev("161", "EGY", "QAT")), "{got:?}");
    assert!(!got.contains(&ev("161", "SAU", "QAT")), "{got:?}");
    assert!(!got.contains(&ev("161", "BHR", "QAT")), "{got:?}");
}
