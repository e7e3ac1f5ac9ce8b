//! A statement that announces an act ("tuyên bố tập trận") is coded as the
//! act, not as a bare statement (010); and a name after a locative and
//! place-kind words ("tại khu vực quần đảo X", "ở vùng biển X") is where an
//! act happened, never its target.

#[path = "../src/test_support.rs"]
mod test_support;

use test_support::{by_country, input, Spec};
use thoisu_core::EntityKind;
use thoisu_events::Coder;

use EntityKind::Location as LOC;

const JPN: (EntityKind, &str, &str, &[&str]) = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]);
const RUS: (EntityKind, &str, &str, &[&str]) = (LOC, "Nga", "RUS", &["Nga"]);

/// (code, source country, target country, location name) per event.
fn coded(text: &str, spec: &Spec) -> Vec<(String, String, String, String)> {
    let (text, sents, ents) = input(text, spec);
    let events = Coder::embedded().code_all(&text, &sents, &ents, &[]).events;
    by_country(&events)
        .into_iter()
        .zip(&events)
        .map(|((code, source, target), e)| {
            let place = e.location.as_ref().map(|p| p.name.clone());
            (code, source, target, place.unwrap_or_default())
        })
        .collect()
}

#[test]
fn an_announced_drill_is_the_drill() {
    let got = coded("Nga tuyên bố tập trận gần lãnh thổ Nhật Bản.", &[RUS, JPN]);
    assert!(got.iter().any(|e| e.0 == "150"), "{got:?}");
    assert!(got.iter().all(|e| e.0 != "010"), "{got:?}");
    // A statement with no act after it stays a statement.
    let got = coded("Nga tuyên bố về quan hệ với Nhật Bản.", &[RUS, JPN]);
    assert!(got.iter().any(|e| e.0 == "010"), "{got:?}");
    // Nor does an act that only names what is asked for ("giảm leo thang").
    let got = coded(
        "Nga tuyên bố giảm leo thang căng thẳng với Nhật Bản.",
        &[RUS, JPN],
    );
    assert!(got.iter().any(|e| e.0 == "010"), "{got:?}");
}

#[test]
fn a_place_after_locative_and_place_words_is_where_not_whom() {
    let kuril = (LOC, "Kuril", "JPN", &["Kuril"][..]);
    let got = coded(
        "Nga tiến hành tập trận tại khu vực quần đảo Kuril.",
        &[RUS, kuril],
    );
    assert!(got.iter().all(|e| e.2 != "JPN"), "{got:?}");
    // Named as the object, the same islands are the target.
    let got = coded("Nga tấn công quần đảo Kuril.", &[RUS, kuril]);
    assert!(
        got.iter().any(|e| e.0.starts_with("19") && e.2 == "JPN"),
        "{got:?}"
    );
}
