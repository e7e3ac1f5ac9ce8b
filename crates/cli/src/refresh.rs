//! `thoisu refresh`: analyse every stored article again with this build.
//!
//! A newer thoisu knows more names, offices and event patterns; a store
//! ingested by an older one keeps that build's records, and re-ingesting
//! the same pages skips them (same content hash). `refresh` reads each
//! article back from the store (the store keeps what the reader made of
//! the page), extracts it again with the options it was ingested with, and
//! replaces the records of those whose document changed; then, if any
//! did, files every article into stories again, as a fresh ingest in the
//! same order would.
//!
//! Batches are read, analysed in parallel and replaced one transaction at
//! a time: a crash midway leaves earlier batches refreshed and the rest as
//! they were, and the next run finishes the job (stories included).

use crate::output::Outcome;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::time::{Duration, Instant};
use thoisu_extract::{extract, Options};
use thoisu_store::{Reanalysis, RefreshReport, Store, StoredArticle};

/// Articles read, analysed and replaced per transaction.
const BATCH: usize = 512;

/// How an article was analysed, as the store records it (`analysis`
/// column): the options of `ingest` that shape a document.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub domestic: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub igo: bool,
}

impl Analysis {
    pub fn of(options: &Options) -> Analysis {
        Analysis {
            date: options.date.clone(),
            outlet: options.outlet.clone(),
            domestic: options.domestic,
            igo: options.igo,
        }
    }

    /// The JSON the store keeps.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("strings and booleans serialise")
    }

    /// The options to analyse a stored article with: those it was ingested
    /// with, widened by the ones given now (`--igo`, `--domestic` add; a
    /// `--date` or `--outlet` fills in where the ingest gave none). An
    /// article stored before the store kept them gets the ones given now.
    fn options(stored: Option<&str>, given: &Options) -> Options {
        let stored: Analysis = stored
            .and_then(|json| serde_json::from_str(json).ok())
            .unwrap_or_default();
        Options {
            date: stored.date.or_else(|| given.date.clone()),
            outlet: stored.outlet.or_else(|| given.outlet.clone()),
            domestic: stored.domestic || given.domestic,
            igo: stored.igo || given.igo,
        }
    }
}

/// A new analysis of a stored article, when it changes anything.
fn reanalyse(stored: &StoredArticle, given: &Options) -> Option<Reanalysis> {
    let options = Analysis::options(stored.analysis.as_deref(), given);
    let doc = extract(&stored.article, &options);
    stored.reanalysis(doc, Analysis::of(&options).to_json())
}

pub fn run(db: &Path, given: Options, dry_run: bool) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    if !db.exists() {
        anyhow::bail!(
            "no store at {} (ingest articles first, or pass --db)",
            db.display()
        );
    }
    let mut store =
        Store::open(db).with_context(|| format!("opening the store {}", db.display()))?;
    let before = store.counts().context("counting the store")?;
    let progress = ProgressBar::new(before.articles);
    progress.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} articles ({per_sec}, {eta} left) {msg}")
            .expect("valid progress template"),
    );
    progress.enable_steady_tick(Duration::from_millis(200));

    let mut total = RefreshReport::default();
    let mut read = 0usize;
    let mut after = 0i64;
    loop {
        let batch = store
            .stored_articles(after, BATCH)
            .context("reading stored articles")?;
        let Some(last) = batch.last() else { break };
        after = last.seq;
        read += batch.len();
        let changed: Vec<Reanalysis> = batch
            .par_iter()
            .filter_map(|a| reanalyse(a, &given))
            .collect();
        if dry_run {
            total.replaced += changed.iter().filter(|r| r.doc.is_some()).count();
        } else {
            let report = store
                .replace(&changed)
                .context("replacing a batch of documents")?;
            add(&mut total, &report);
        }
        progress.inc(batch.len() as u64);
        progress.set_message(format!("{} changed", total.replaced));
    }
    let refiled = !dry_run && store.refile_stories().context("filing stories again")?;
    if total.replaced > 0 && !dry_run {
        store.optimize().context("tidying the store")?;
    }
    let after_counts = store.counts().context("counting the store")?;
    progress.finish_and_clear();
    if dry_run {
        println!(
            "{read} articles analysed again: {} would change (nothing written); {:.2} s",
            total.replaced,
            started.elapsed().as_secs_f64()
        );
    } else {
        println!(
            "{read} articles analysed again: {} changed; events {} → {}, agreements {} → {}, entities {} → {}; stories {}{}; {:.2} s",
            total.replaced,
            before.events,
            after_counts.events,
            before.agreements,
            after_counts.agreements,
            before.entities,
            after_counts.entities,
            before.stories,
            if refiled {
                format!(" → {} (filed again)", after_counts.stories)
            } else {
                " (unchanged)".to_string()
            },
            started.elapsed().as_secs_f64()
        );
    }
    Ok(Outcome::Done)
}

fn add(total: &mut RefreshReport, r: &RefreshReport) {
    total.replaced += r.replaced;
    for (t, x) in [
        (&mut total.events, r.events),
        (&mut total.agreements, r.agreements),
        (&mut total.entities, r.entities),
    ] {
        t.0 += x.0;
        t.1 += x.1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_options_are_kept_and_widened_by_the_given_ones() {
        let ingested = Analysis {
            date: Some("2025-10-11".into()),
            igo: true,
            ..Analysis::default()
        };
        let json = ingested.to_json();
        assert_eq!(json, r#"{"date":"2025-10-11","igo":true}"#);
        let given = Options {
            date: Some("2020-01-01".into()),
            outlet: Some("VOV".into()),
            domestic: true,
            igo: false,
        };
        let o = Analysis::options(Some(&json), &given);
        assert_eq!(o.date.as_deref(), Some("2025-10-11"));
        assert_eq!(o.outlet.as_deref(), Some("VOV"));
        assert!(o.igo && o.domestic);
        // Stored before the store kept options (NULL), or unreadable: the
        // given ones.
        for stored in [None, Some("not json")] {
            let o = Analysis::options(stored, &Options::default());
            assert!(o.date.is_none() && !o.igo && !o.domestic);
        }
        assert_eq!(Analysis::default().to_json(), "{}");
    }
}
