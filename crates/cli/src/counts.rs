//! `thoisu events --count BY` and `/api/events/counts`: how many events
//! match, per day, month, year, CAMEO code or root, QuadClass, side or pair
//! of countries, with the mean Goldstein value — the series analysts chart.
//!
//! Counting runs over every matching event (the listing's `--limit` does
//! not apply); with `--distinct` a happening several articles tell counts
//! once, and `articles` says how many times it was told.

use clap::ValueEnum;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;
use thoisu_store::StoredEvent;

/// What events are counted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CountBy {
    /// The event's day (its date, else the article's published day).
    Day,
    Month,
    Year,
    /// The CAMEO code (e.g. 046).
    Code,
    /// The CAMEO root (01–20).
    Root,
    /// GDELT's QuadClass: 1 verbal cooperation … 4 material conflict.
    Quad,
    /// The source's country (or actor code when it has none: IGOs).
    Source,
    /// The target's country (or actor code).
    Target,
    /// Source → target.
    Pair,
}

impl CountBy {
    fn is_time(self) -> bool {
        matches!(self, CountBy::Day | CountBy::Month | CountBy::Year)
    }
}

/// One group of events.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventCount {
    /// The group: `2025-10`, `046`, `VNM→PRK` …; `undated` or `-` when the
    /// events have no day or no such side.
    pub key: String,
    /// What the key means, for codes, roots and QuadClasses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub events: usize,
    /// How many times they were told (more than `events` when distinct).
    pub articles: usize,
    /// Mean Goldstein value, two decimals.
    pub goldstein: f64,
}

/// The key of an event under `by`.
fn key(e: &StoredEvent, by: CountBy) -> String {
    let side = |a: &Option<thoisu_core::DocActor>| {
        a.as_ref()
            .and_then(|a| a.country.clone().or_else(|| a.actor.clone()))
            .unwrap_or_else(|| "-".to_string())
    };
    let ev = &e.event;
    match by {
        CountBy::Day | CountBy::Month | CountBy::Year => {
            // A range counts on its first day; a month- or year-level date
            // stays as coarse as it is.
            let day = ev
                .date
                .as_deref()
                .map(|d| d.split('/').next().unwrap_or(d))
                .or_else(|| e.told.published.as_deref().and_then(|p| p.get(..10)));
            let width = match by {
                CountBy::Day => 10,
                CountBy::Month => 7,
                _ => 4,
            };
            match day {
                Some(d) => d.get(..width).unwrap_or(d).to_string(),
                None => "undated".to_string(),
            }
        }
        CountBy::Code => ev.code.clone(),
        CountBy::Root => ev.code.get(..2).unwrap_or(&ev.code).to_string(),
        CountBy::Quad => ev.quad_class.to_string(),
        CountBy::Source => side(&ev.source),
        CountBy::Target => side(&ev.target),
        CountBy::Pair => format!("{}→{}", side(&ev.source), side(&ev.target)),
    }
}

/// CAMEO root names (the two-digit rows of the code table).
fn root_names() -> &'static HashMap<String, String> {
    static NAMES: OnceLock<HashMap<String, String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("../../../data/events/cameo_codes.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (f.len() >= 5 && f[0].len() == 2).then(|| (f[0].to_string(), f[4].to_string()))
            })
            .collect()
    })
}

fn label(key: &str, by: CountBy, events: &[&StoredEvent]) -> Option<String> {
    match by {
        CountBy::Code => events.first().map(|e| e.event.label.clone()),
        CountBy::Root => root_names().get(key).cloned(),
        CountBy::Quad => match key {
            "1" => Some("verbal cooperation".into()),
            "2" => Some("material cooperation".into()),
            "3" => Some("verbal conflict".into()),
            "4" => Some("material conflict".into()),
            _ => None,
        },
        _ => None,
    }
}

/// Groups `events` by `by`: times in order (undated last), everything
/// else most events first.
pub fn count(events: &[StoredEvent], by: CountBy) -> Vec<EventCount> {
    let mut groups: HashMap<String, Vec<&StoredEvent>> = HashMap::new();
    for e in events {
        groups.entry(key(e, by)).or_default().push(e);
    }
    let mut out: Vec<EventCount> = groups
        .into_iter()
        .map(|(key, members)| {
            let sum: f64 = members.iter().map(|e| f64::from(e.event.goldstein)).sum();
            EventCount {
                label: label(&key, by, &members),
                events: members.len(),
                articles: members.iter().map(|e| e.told.articles).sum(),
                goldstein: (sum / members.len() as f64 * 100.0).round() / 100.0,
                key,
            }
        })
        .collect();
    if by.is_time() {
        out.sort_by(|a, b| (a.key == "undated", &a.key).cmp(&(b.key == "undated", &b.key)));
    } else {
        out.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.key.cmp(&b.key)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use thoisu_core::{DocActor, DocEvent};
    use thoisu_store::Told;

    fn stored(code: &str, date: Option<&str>, published: &str, target: &str) -> StoredEvent {
        let actor = |country: &str| DocActor {
            name: country.into(),
            country: Some(country.into()),
            actor: Some(country.into()),
        };
        StoredEvent {
            told: Told {
                article_id: "a".into(),
                story: "a".into(),
                article_title: None,
                outlet: None,
                published: Some(published.into()),
                url: None,
                articles: 2,
                outlets: 1,
                tellings: 1,
            },
            event: DocEvent {
                code: code.into(),
                label: format!("label {code}"),
                source: Some(actor("VNM")),
                target: Some(actor(target)),
                date: date.map(Into::into),
                location: None,
                goldstein: if code == "046" { 7.0 } else { 4.0 },
                quad_class: 1,
                sentence: String::new(),
                rule: String::new(),
                provenance: Default::default(),
                plover_type: String::new(),
                plover_mode: None,
                mentions: Vec::new(),
            },
        }
    }

    #[test]
    fn events_are_counted_by_month_code_root_and_pair() {
        let events = [
            stored("046", Some("2025-10-10"), "2025-10-11", "PRK"),
            // A range counts on its first day; no date: the published day.
            stored("042", Some("2025-09-30/2025-10-02"), "2025-10-03", "PRK"),
            stored("046", None, "2025-10-20T08:00:00+07:00", "LAO"),
        ];
        let by_month = count(&events, CountBy::Month);
        let rows: Vec<(&str, usize, usize, f64)> = by_month
            .iter()
            .map(|c| (c.key.as_str(), c.events, c.articles, c.goldstein))
            .collect();
        assert_eq!(rows, [("2025-09", 1, 2, 4.0), ("2025-10", 2, 4, 7.0)]);

        let by_code = count(&events, CountBy::Code);
        assert_eq!(by_code[0].key, "046");
        assert_eq!(by_code[0].label.as_deref(), Some("label 046"));
        let by_root = count(&events, CountBy::Root);
        assert_eq!(by_root[0].key, "04");
        assert_eq!(by_root[0].label.as_deref(), Some("CONSULT"));
        assert_eq!(by_root[0].events, 3);
        assert_eq!(by_root[0].goldstein, 6.0);

        let pairs: Vec<(String, usize)> = count(&events, CountBy::Pair)
            .into_iter()
            .map(|c| (c.key, c.events))
            .collect();
        assert_eq!(pairs, [("VNM→PRK".into(), 2), ("VNM→LAO".into(), 1)]);
        assert_eq!(
            count(&events, CountBy::Quad)[0].label.as_deref(),
            Some("verbal cooperation")
        );
    }

    #[test]
    fn undated_events_come_last_in_a_series() {
        let mut e = stored("046", None, "x", "PRK");
        e.told.published = None;
        let events = [e, stored("046", Some("2024-01-05"), "2024-01-06", "PRK")];
        let keys: Vec<String> = count(&events, CountBy::Day)
            .into_iter()
            .map(|c| c.key)
            .collect();
        assert_eq!(keys, ["2024-01-05", "undated"]);
        assert!(count(&[], CountBy::Year).is_empty());
    }
}
