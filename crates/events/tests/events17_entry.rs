//! Session ev17: "A đã đồng ý cho công dân B nhập cảnh" eases a restriction
//! (081) for B; a refusal or a country's own citizens code nothing.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use common::countries::VNM;
use common::Row;
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

const ROU: Row = (LOC, "Romania", "ROU", &["Romania"]);

#[test]
fn letting_another_countrys_citizens_in_eases_a_restriction_for_it() {
    let got = coded(
        "Phía Romania đã đồng ý cho công dân Việt Nam nhập cảnh không cần thị thực trong thời gian nhất định để chờ chuyến bay về nước.",
        &[ROU, VNM],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "081" && s == "ROU" && t == "VNM"),
        "{got:?}"
    );
}

#[test]
fn refusing_entry_eases_nothing() {
    let got = coded(
        "Phía Romania không đồng ý cho công dân Việt Nam nhập cảnh không cần thị thực.",
        &[ROU, VNM],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "081"), "{got:?}");
}

const POL: Row = (LOC, "Ba Lan", "POL", &["Ba Lan"]);
const HUN: Row = (LOC, "Hungary", "HUN", &["Hungary"]);
const MDA: Row = (LOC, "Moldova", "MDA", &["Moldova"]);

#[test]
fn others_easing_the_same_passage_repeat_the_act_each() {
    let got = coded(
        "Phía Romania đã đồng ý cho công dân Việt Nam nhập cảnh không cần thị thực. Ba Lan, Hungary và Moldova cũng tạo điều kiện thuận lợi cho người Việt qua biên giới.",
        &[ROU, VNM, POL, HUN, MDA],
    );
    for doer in ["POL", "HUN", "MDA"] {
        assert!(
            got.iter()
                .any(|(c, s, t)| c == "081" && s == doer && t == "VNM"),
            "{doer}: {got:?}"
        );
    }
}

#[test]
fn easing_things_with_no_act_told_before_repeats_nothing() {
    let got = coded(
        "Ba Lan, Hungary và Moldova cũng tạo điều kiện thuận lợi cho doanh nghiệp Việt Nam đầu tư.",
        &[VNM, POL, HUN, MDA],
    );
    assert!(got.is_empty(), "{got:?}");
}
