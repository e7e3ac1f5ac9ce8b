//! Session ev17: "A đã đồng ý cho công dân B nhập cảnh" eases a restriction
//! (081) for B; a refusal or a country's own citizens code nothing.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

type Row = (
    EntityKind,
    &'static str,
    &'static str,
    &'static [&'static str],
);

const ROU: Row = (LOC, "Romania", "ROU", &["Romania"]);
const VNM: Row = (LOC, "Việt Nam", "VNM", &["Việt Nam"]);

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
