//! `thoisu ingest`: read → extract (in parallel) → store, in batches.
//!
//! Each batch is one transaction, so a crash or a kill midway leaves the
//! store as it was after the last whole batch; rerunning the same ingest
//! skips what is already stored (documents are keyed by content hash).

use crate::output::{self, Outcome};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use thoisu_core::Article;
use thoisu_extract::{extract, Options};
use thoisu_read::ReadError;
use thoisu_store::Store;

/// Articles per transaction: large enough that commits do not dominate,
/// small enough that a crash loses little and memory stays flat.
const BATCH: usize = 512;

#[derive(Default)]
struct Tally {
    read: usize,
    stored: usize,
    skipped: usize,
    failed: usize,
    events: usize,
    agreements: usize,
}

struct Ingest<'a> {
    store: Store,
    options: &'a Options,
    pending: Vec<Article>,
    tally: Tally,
    progress: ProgressBar,
}

impl Ingest<'_> {
    fn push(&mut self, record: Result<Article, ReadError>) -> anyhow::Result<()> {
        match record {
            Ok(a) => {
                if !a.warnings.is_empty() {
                    self.progress.suspend(|| output::warnings(&a));
                }
                self.tally.read += 1;
                self.pending.push(a);
                if self.pending.len() >= BATCH {
                    self.flush()?;
                }
            }
            Err(e) => {
                self.progress.suspend(|| output::bad_input(&e));
                self.tally.failed += 1;
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let docs: Vec<_> = self
            .pending
            .par_iter()
            .map(|a| extract(a, self.options))
            .collect();
        let origins: Vec<&str> = self.pending.iter().map(|a| a.origin.as_str()).collect();
        let report = self
            .store
            .insert(&docs, &origins)
            .context("storing a batch")?;
        self.tally.stored += report.inserted;
        self.tally.skipped += report.duplicates;
        self.tally.events += report.events;
        self.tally.agreements += report.agreements;
        self.progress.inc(self.pending.len() as u64);
        self.progress
            .set_message(format!("{} events", self.tally.events));
        self.pending.clear();
        Ok(())
    }
}

pub fn run(paths: &[PathBuf], db: &Path, options: Options) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let store = Store::open(db).with_context(|| format!("opening the store {}", db.display()))?;
    let progress = ProgressBar::new_spinner();
    progress.set_style(
        ProgressStyle::with_template("{spinner} {pos} articles ({per_sec}) {msg} [{elapsed}]")
            .expect("valid progress template"),
    );
    progress.enable_steady_tick(Duration::from_millis(200));
    let mut run = Ingest {
        store,
        options: &options,
        pending: Vec::with_capacity(BATCH),
        tally: Tally::default(),
        progress,
    };

    let (stdin, files): (Vec<&PathBuf>, Vec<&PathBuf>) =
        paths.iter().partition(|p| p.as_os_str() == "-");
    if !stdin.is_empty() {
        let mut bytes = Vec::new();
        std::io::stdin().lock().read_to_end(&mut bytes)?;
        for r in thoisu_read::read_bytes(&bytes, "<stdin>", None) {
            run.push(r)?;
        }
    }
    let files: Vec<PathBuf> = files.into_iter().cloned().collect();
    for path in thoisu_read::walk(&files) {
        let path = match path {
            Ok(p) => p,
            Err(e) => {
                run.push(Err(e))?;
                continue;
            }
        };
        let is_jsonl = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"));
        if is_jsonl {
            match std::fs::File::open(&path) {
                Ok(f) => {
                    let origin = path.display().to_string();
                    for r in thoisu_read::read_jsonl(BufReader::new(f), &origin) {
                        run.push(r)?;
                    }
                }
                Err(e) => run.push(Err(ReadError {
                    origin: path.display().to_string(),
                    reason: e.to_string(),
                }))?,
            }
        } else {
            for r in thoisu_read::read_path(&path) {
                run.push(r)?;
            }
        }
    }
    run.flush()?;
    run.progress.finish_and_clear();
    let t = &run.tally;
    println!(
        "{} articles read: {} stored, {} skipped (already stored), {} failed; {} events, {} agreements; {:.2} s",
        t.read,
        t.stored,
        t.skipped,
        t.failed,
        t.events,
        t.agreements,
        started.elapsed().as_secs_f64()
    );
    Ok(if t.failed > 0 {
        Outcome::Partial
    } else {
        Outcome::Done
    })
}
