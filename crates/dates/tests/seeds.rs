//! The seed articles against their gold dates (shared/gold): every required
//! value found, nothing outside the gold. Reads /work/shared, so it skips
//! quietly where that is absent.

use std::collections::BTreeSet;
use std::path::Path;

use thoisu_core::{Sentence, Span};
use thoisu_dates::{anchor, find_dates, AnchorSource};

const SHARED: &str = "/work/shared";

/// The reader turns a leading "date YYYY-MM-DD" header into `published`;
/// do the same here so the stage sees what it will see in the pipeline.
fn split_header(raw: &str) -> (Option<String>, &str) {
    let trimmed = raw.trim_start();
    if let Some(rest) = trimmed.strip_prefix("date ") {
        let date = rest.get(..10).map(str::to_string);
        return (date, &rest[10.min(rest.len())..]);
    }
    (None, raw)
}

fn values(gold: &serde_json::Value, optional: bool) -> BTreeSet<String> {
    gold["dates"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| d["optional"].as_bool().unwrap_or(false) == optional)
        .filter_map(|d| d["value"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn seed_articles_match_gold() {
    let seeds = Path::new(SHARED).join("corpus/seeds");
    let Ok(dir) = std::fs::read_dir(&seeds) else {
        eprintln!("no {}: skipped", seeds.display());
        return;
    };
    let mut checked = 0;
    for entry in dir.flatten() {
        let path = entry.path();
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let gold_path = Path::new(SHARED).join("gold").join(format!("{stem}.json"));
        let Ok(gold) = std::fs::read_to_string(&gold_path) else {
            continue;
        };
        let gold: serde_json::Value = serde_json::from_str(&gold).unwrap();
        let raw = std::fs::read_to_string(&path).unwrap();
        let (published, text) = split_header(&raw);
        let a = anchor(published.as_deref(), None, text);
        assert!(a.is_some(), "{stem}: no anchor");
        if published.is_none() {
            assert_eq!(a.unwrap().source, AnchorSource::TextYear);
        }
        let sentences = [Sentence {
            span: Span::new(0, text.len()),
        }];
        let got: BTreeSet<String> = find_dates(text, &sentences, a)
            .iter()
            .map(|m| m.value.render())
            .collect();
        let required = values(&gold, false);
        let optional = values(&gold, true);
        let missing: Vec<_> = required.difference(&got).collect();
        let extra: Vec<_> = got
            .iter()
            .filter(|v| !required.contains(*v) && !optional.contains(*v))
            .collect();
        assert!(
            missing.is_empty(),
            "{stem}: missing {missing:?} (got {got:?})"
        );
        assert!(extra.is_empty(), "{stem}: not in gold {extra:?}");
        checked += 1;
    }
    assert!(checked >= 2, "checked {checked} seeds");
}
