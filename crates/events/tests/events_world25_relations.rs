//! Session 15 (brief evw25): relations cut or lowered told without "đứt" or
//! "cấp" (`V16W1`–`V16W3` in `data/events/verbs.tsv`). Sentences from the
//! bench corpus and the dev sets' world news.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

#[test]
fn countries_cutting_relations_with_another() {
    let got = coded(
        "Tháng trước, Ả Rập Saudi, Bahrain, Ai Cập tuyên bố cắt quan hệ với Qatar, ngừng mọi hoạt động giao thương.",
        &[
            (LOC, "Ả Rập Saudi", "SAU", &["Ả Rập Saudi"]),
            (LOC, "Bahrain", "BHR", &["Bahrain"]),
            (LOC, "Ai Cập", "EGY", &["Ai Cập"]),
            (LOC, "Qatar", "QAT", &["Qatar"]),
        ],
    );
    assert!(got.contains(&ev("161", "EGY", "QAT")), "{got:?}");
    let got = coded(
        "Đáp lại, sáng 24-7 Campuchia hạ quan hệ ngoại giao với Thái Lan xuống mức thấp nhất.",
        &[
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ],
    );
    assert!(got.contains(&ev("161", "KHM", "THA")), "{got:?}");
}

#[test]
fn a_denied_cut_is_no_act() {
    // The set 38 sentence, negated: the shared negation cue drops it.
    let got = coded(
        "Campuchia không hạ quan hệ ngoại giao với Thái Lan.",
        &[
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "161"), "{got:?}");
}
