//! The reviewed hand rows of `data/gazetteer/hand_additions.tsv` are in the
//! files `scripts/build_gazetteer.py` generates from them (places.tsv,
//! surnames.tsv): a row added to the input without re-running the script, or
//! a hand edit to an output, shows here without the shared data the script
//! reads (`scripts/check_gazetteer.py` proves the byte-for-byte match where
//! that data is at hand). The syllables the review left out do not turn
//! place names into people.

use thoisu_core::EntityKind;
use thoisu_recognise::Recogniser;

const ADDITIONS: &str = include_str!("../../../data/gazetteer/hand_additions.tsv");
const PLACES: &str = include_str!("../../../data/gazetteer/places.tsv");
const SURNAMES: &str = include_str!("../../../data/gazetteer/surnames.tsv");

/// Data rows of a TSV file, split into columns.
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

#[test]
fn every_hand_row_is_in_the_generated_files() {
    let surnames: Vec<&str> = rows(SURNAMES).map(|c| c[0]).collect();
    let places: Vec<Vec<&str>> = rows(PLACES).collect();
    let mut count = 0;
    for c in rows(ADDITIONS) {
        assert_eq!(c.len(), 7, "{c:?}");
        assert!(
            !c[6].trim().is_empty(),
            "a hand row needs its source: {c:?}"
        );
        count += 1;
        match c[0] {
            "surname" => assert!(surnames.contains(&c[1]), "surname {} not generated", c[1]),
            "place" => {
                let p = places
                    .iter()
                    .find(|p| p[0] == c[1])
                    .unwrap_or_else(|| panic!("place {} not generated", c[1]));
                let forms: Vec<&str> = c[4].split('|').collect();
                assert_eq!(p[1], forms[0], "{}", c[1]);
                for f in &forms[1..] {
                    assert!(p[4].split('|').any(|v| v == *f), "{} lacks {f}", c[1]);
                }
            }
            t => panic!("unknown table {t}"),
        }
    }
    assert!(count > 0);
}

#[test]
fn a_surname_is_written_once() {
    let mut seen = std::collections::HashSet::new();
    for c in rows(SURNAMES) {
        assert!(seen.insert(c[0]), "{} twice", c[0]);
    }
    // the review left these out: their capitalised runs are places or words
    for s in ["Thạch", "Lạc", "Ứng", "Thân"] {
        assert!(!seen.contains(s), "{s}");
    }
}

#[test]
fn district_names_that_open_with_a_rejected_surname_are_no_people() {
    let text = "Hội chợ nông sản mở tại Ứng Hòa và Lạc Sơn trong ba ngày. \
                Nhiều hộ ở Thạch Hà đã thu hoạch xong lúa.";
    let es = Recogniser::embedded().recognise(text, &[]);
    let people: Vec<&str> = es
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert!(people.is_empty(), "{people:?}");
}

#[test]
fn a_titled_name_with_a_rejected_surname_is_still_a_person() {
    let text = "Ông Thạch Văn Sơn, Chủ tịch UBND xã, phát biểu tại buổi lễ.";
    let es = Recogniser::embedded().recognise(text, &[]);
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Person && e.name == "Thạch Văn Sơn"),
        "{es:?}"
    );
}
