//! Session evw30: a mediation told inside a document's title ("Thỏa thuận
//! ngừng bắn giữa A và B do C làm trung gian đã có hiệu lực") is 045 from
//! the mediator to each side; the title's other words stay no happening.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

const ISR: Row = (LOC, "Israel", "ISR", &["Israel"]);
const IRN: Row = (LOC, "Iran", "IRN", &["Iran"]);
const QAT: Row = (LOC, "Qatar", "QAT", &["Qatar"]);

#[test]
fn a_mediator_named_in_an_agreements_title_mediates() {
    let got = coded(
        "Thỏa thuận ngừng bắn giữa Israel và Iran do Qatar làm trung gian đã có hiệu lực từ 7h sáng 24/6.",
        &[ISR, IRN, QAT],
    );
    assert!(
        got.contains(&ev("045", "QAT", "ISR")) && got.contains(&ev("045", "QAT", "IRN")),
        "{got:?}"
    );
}

#[test]
fn an_agreements_title_without_a_mediator_mediates_nothing() {
    // Negative: no one stands apart from the two sides.
    let got = coded(
        "Thỏa thuận ngừng bắn giữa Israel và Iran đã có hiệu lực từ 7h sáng 24/6.",
        &[ISR, IRN, QAT],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "045"), "{got:?}");
}
