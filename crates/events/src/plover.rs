//! PLOVER beside CAMEO: the event type and mode of the successor ontology
//! (github.com/openeventdata/PLOVER) for every CAMEO code the coder emits.
//!
//! The crosswalk is `data/events/plover.tsv`, looked up by longest prefix so
//! a whole CAMEO branch maps with one row and exceptions get their own.

use std::collections::HashMap;
use std::sync::LazyLock;

/// A PLOVER classification: one of the 16 event types, and a mode where
/// PLOVER defines one for that kind of act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PloverClass {
    pub event_type: &'static str,
    pub mode: Option<&'static str>,
}

/// The 16 PLOVER event types; rows naming anything else are a data error.
pub const PLOVER_TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

static CROSSWALK: LazyLock<HashMap<&'static str, PloverClass>> =
    LazyLock::new(|| parse(include_str!("../../../data/events/plover.tsv")));

fn parse(text: &'static str) -> HashMap<&'static str, PloverClass> {
    let mut map = HashMap::new();
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(prefix), Some(event_type)) = (cols.next(), cols.next()) else {
            continue;
        };
        let mode = cols.next().filter(|m| !m.is_empty() && *m != "-");
        map.insert(prefix, PloverClass { event_type, mode });
    }
    map
}

/// The PLOVER class of a CAMEO code (`"057"` → SUPPORT), by the longest
/// prefix with a row; `None` for a code outside CAMEO's 01–20.
pub fn plover(cameo_code: &str) -> Option<PloverClass> {
    let map = &*CROSSWALK;
    (1..=cameo_code.len())
        .rev()
        .filter_map(|n| cameo_code.get(..n))
        .find_map(|prefix| map.get(prefix).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signing_visits_and_calls_follow_plover() {
        // "Hai bên đã ký kết Bản ghi nhớ" is 057: signing is SUPPORT.
        assert_eq!(plover("057").unwrap().event_type, "SUPPORT");
        assert_eq!(plover("057").unwrap().mode, None);
        // "Chủ tịch nước thăm cấp Nhà nước Lào": 042, CONSULT by visit.
        let visit = plover("042").unwrap();
        assert_eq!((visit.event_type, visit.mode), ("CONSULT", Some("visit")));
        assert_eq!(plover("043").unwrap().mode, Some("visit"));
        // "Thủ tướng điện đàm với ...": 041, CONSULT by phone.
        assert_eq!(plover("041").unwrap().mode, Some("phone"));
        // "sẽ thăm" / "mời sang thăm": 036, a future visit, is AGREE.
        assert_eq!(plover("036").unwrap().event_type, "AGREE");
        assert_eq!(plover("0874").unwrap().event_type, "RETREAT");
        assert_eq!(plover("1823").unwrap().event_type, "ASSAULT");
    }

    #[test]
    fn odd_codes_do_not_panic() {
        assert_eq!(plover(""), None);
        assert_eq!(plover("99"), None);
        assert_eq!(plover("9"), None);
        // A multi-byte string must not split a char.
        assert_eq!(plover("ký"), None);
    }

    #[test]
    fn every_cameo_code_maps_to_a_plover_type() {
        let codes = include_str!("../../../data/events/cameo_codes.tsv");
        let mut n = 0;
        for line in codes
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let code = line.split('\t').next().unwrap();
            let class = plover(code).unwrap_or_else(|| panic!("CAMEO {code} has no PLOVER row"));
            assert!(
                PLOVER_TYPES.contains(&class.event_type),
                "CAMEO {code}: unknown PLOVER type {}",
                class.event_type
            );
            n += 1;
        }
        assert!(n > 300, "cameo_codes.tsv read {n} codes");
    }

    #[test]
    fn crosswalk_rows_are_unique_and_well_formed() {
        let text = include_str!("../../../data/events/plover.tsv");
        let mut prefixes = Vec::new();
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "row {line:?}");
            assert!(cols[0].bytes().all(|b| b.is_ascii_digit()), "row {line:?}");
            assert!(PLOVER_TYPES.contains(&cols[1]), "row {line:?}");
            prefixes.push(cols[0]);
        }
        let n = prefixes.len();
        prefixes.sort_unstable();
        prefixes.dedup();
        assert_eq!(n, prefixes.len(), "duplicate prefix in plover.tsv");
    }
}
