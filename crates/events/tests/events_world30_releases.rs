//! Session evw30: "thả" with hostages or prisoners as its object, counted or
//! not, is a release (0841); "thả" of anything else, or the release told as
//! a noun ("việc thả các con tin"), is none.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Organisation as ORG;

const ISR: Row = (LOC, "Israel", "ISR", &["Israel"]);
const PSE: Row = (LOC, "Palestine", "PSE", &["Palestine"]);
const IRQ: Row = (LOC, "Iraq", "IRQ", &["Iraq"]);
const USA: Row = (LOC, "Mỹ", "USA", &["Mỹ"]);
const IRN: Row = (LOC, "Iran", "IRN", &["Iran"]);
const HAMAS: Row = (ORG, "Hamas", "PSE", &["Hamas"]);

#[test]
fn hostages_and_prisoners_let_go_are_released() {
    let got = coded("Israel thả 39 tù nhân Palestine.", &[ISR, PSE]);
    assert!(got.contains(&ev("0841", "ISR", "PSE")), "{got:?}");
    let got = coded("Hamas đã thả các con tin người Israel.", &[HAMAS, ISR]);
    assert!(got.contains(&ev("0841", "PSE", "ISR")), "{got:?}");
}

#[test]
fn other_things_let_go_and_a_release_as_a_noun_are_no_release() {
    // Negative: bombs dropped are no release.
    let got = coded("Máy bay Mỹ thả 20 quả bom xuống Iraq.", &[USA, IRQ]);
    assert!(!got.iter().any(|(c, _, _)| c == "0841"), "{got:?}");
    // Negative: the release told as a noun, a helper named after it.
    let got = coded(
        "Việc thả các con tin này là kết quả từ các cuộc tiếp xúc riêng với Hamas, có sự giúp đỡ của Iran.",
        &[HAMAS, IRN],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "0841"), "{got:?}");
}
