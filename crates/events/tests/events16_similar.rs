//! Session ev16: "A, B và C cũng công bố các biện pháp tương tự": the act
//! told just before, done again to its target by each listed doer.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use common::countries::{JPN, RUS, USA};
use common::Row;
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

const AUS: Row = (LOC, "Australia", "AUS", &["Australia"]);
const CAN: Row = (LOC, "Canada", "CAN", &["Canada"]);

#[test]
fn similar_measures_repeat_the_last_act_by_each_listed_doer() {
    let got = coded(
        "Mỹ đã áp đặt lệnh trừng phạt đối với Nga. Australia, Canada và Nhật Bản cũng công bố các biện pháp tương tự.",
        &[USA, RUS, AUS, CAN, JPN],
    );
    for doer in ["AUS", "CAN", "JPN"] {
        assert!(
            got.iter()
                .any(|(c, s, t)| c.starts_with("16") && s == doer && t == "RUS"),
            "{doer}: {got:?}"
        );
    }
}

#[test]
fn similar_measures_denied_or_with_nothing_before_are_none() {
    let got = coded(
        "Mỹ đã áp đặt lệnh trừng phạt đối với Nga. Australia không áp dụng các biện pháp tương tự.",
        &[USA, RUS, AUS],
    );
    assert!(!got.iter().any(|(_, s, _)| s == "AUS"), "{got:?}");
    let got = coded(
        "Australia, Canada và Nhật Bản cũng công bố các biện pháp tương tự.",
        &[AUS, CAN, JPN],
    );
    assert!(got.is_empty(), "{got:?}");
}
