//! Session ev16: mediators listed "A, B và C làm trung gian" mediate
//! together (none is mediated for by another), between the sides the
//! article is about when the clause names none.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use common::countries::USA;
use common::Row;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

const QAT: Row = (LOC, "Qatar", "QAT", &["Qatar"]);
const EGY: Row = (LOC, "Ai Cập", "EGY", &["Ai Cập"]);
const ISR: Row = (LOC, "Israel", "ISR", &["Israel"]);
const PSE: Row = (LOC, "Hamas", "PSE", &["Hamas"]);

fn mediates(got: &[(String, String, String)], a: &str, b: &str) -> bool {
    got.iter().any(|(c, s, t)| c == "045" && s == a && t == b)
}

#[test]
fn listed_mediators_each_mediate_between_the_two_sides() {
    let got = coded(
        "Israel và Hamas đạt thỏa thuận ngừng bắn ở Gaza. Israel sẽ thả các tù nhân của Hamas. Thỏa thuận do Qatar, Ai Cập và Mỹ làm trung gian, được công bố tại Doha hôm 15/1.",
        &[ISR, PSE, QAT, EGY, USA, (LOC, "Doha", "QAT", &["Doha"])],
    );
    for mediator in ["QAT", "EGY", "USA"] {
        for side in ["ISR", "PSE"] {
            assert!(mediates(&got, mediator, side), "{mediator}-{side}: {got:?}");
        }
    }
    for (a, b) in [
        ("QAT", "USA"),
        ("USA", "QAT"),
        ("QAT", "EGY"),
        ("USA", "EGY"),
    ] {
        assert!(!mediates(&got, a, b), "{a}-{b}: {got:?}");
    }
}

#[test]
fn a_name_after_the_mediation_clause_is_no_side_mediated() {
    let got = coded(
        "Thỏa thuận do Qatar, Ai Cập và Mỹ làm trung gian, được Thủ tướng kiêm Ngoại trưởng Qatar Mohammed bin Abdulrahman Al Thani công bố tại Doha hôm 15/1.",
        &[
            QAT,
            EGY,
            USA,
            (PER, "Mohammed bin Abdulrahman Al Thani", "QAT", &["Mohammed bin Abdulrahman Al Thani"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c == "045"), "{got:?}");
}
