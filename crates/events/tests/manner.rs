//! Manner words before a verb ("nghiêm túc", "kiên quyết", "chính thức")
//! are passed like aspect words: a verb going on after a comma keeps the
//! sentence's subject, and a future cue before them still marks the verb.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded_all;
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

const THA: (EntityKind, &str, &str, &[&str]) = (LOC, "Thái Lan", "THA", &["Thái Lan"]);
const KHM: (EntityKind, &str, &str, &[&str]) = (LOC, "Campuchia", "KHM", &["Campuchia"]);

#[test]
fn a_demand_with_a_manner_word_goes_on_from_the_protest() {
    let got = coded_all(
        "Thái Lan mạnh mẽ phản đối hành động này của Campuchia, nghiêm túc yêu cầu Campuchia tôn trọng chủ quyền của Thái Lan.",
        &[THA, KHM],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("11") && s == "THA" && t == "KHM"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("10") && s == "THA" && t == "KHM"),
        "{got:?}"
    );
}

#[test]
fn a_future_cue_reaches_past_a_manner_word() {
    let got = coded_all(
        "Thái Lan sẽ chính thức ký hiệp định thương mại với Campuchia.",
        &[THA, KHM],
    );
    assert!(got.iter().all(|e| e.0 != "057"), "{got:?}");
    let got = coded_all(
        "Thủ tướng Thái Lan sẽ chính thức thăm Campuchia.",
        &[THA, KHM],
    );
    assert!(
        got.iter().any(|e| e.0 == "036") && got.iter().all(|e| e.0 != "042"),
        "{got:?}"
    );
}
