//! `thoisu ingest`: read → extract (in parallel) → store, as a pipeline.
//!
//! Three stages overlap, joined by bounded channels so memory stays flat
//! however large the input: a reader thread parses the inputs (streaming
//! JSON Lines and WARC) into batches of articles; the rayon pool extracts
//! each batch; one writer thread stores each batch of documents in one
//! transaction. So storing batch N runs while batch N+1 is analysed.
//!
//! A crash or a kill midway leaves the store as it was after the last
//! stored batch; rerunning the same ingest skips what is already stored
//! (documents are keyed by content hash).

use crate::output::{self, Outcome};
use crate::refresh::Analysis;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::time::{Duration, Instant};
use thoisu_core::{Article, Document};
use thoisu_extract::{extract_prepared, prepare, Options, Prepared};
use thoisu_read::ReadError;
use thoisu_store::{Source, Store};

/// Articles per batch, and so per transaction: large enough that commits
/// do not dominate, small enough that the last batch (which nothing
/// overlaps) is short and a crash loses little.
const BATCH: usize = 256;

/// Batches waiting between two stages: enough to absorb uneven batches,
/// few enough that memory stays flat.
const QUEUE: usize = 4;

/// At most this many documents per transaction: when storing falls behind,
/// the writer takes the batches waiting for it in one transaction (fewer,
/// larger commits cost less per article).
const MAX_TRANSACTION: usize = 1024;

/// What the reader saw.
#[derive(Default)]
struct ReadTally {
    read: usize,
    failed: usize,
}

/// What the writer stored.
#[derive(Default)]
struct StoreTally {
    stored: usize,
    skipped: usize,
    events: usize,
    agreements: usize,
    /// Stories in the whole store after the run.
    stories: u64,
}

/// One analysed batch on its way to the store.
struct Extracted {
    docs: Vec<Document>,
    origins: Vec<String>,
    /// Each article's date line, which the document keeps only as a date
    /// (the store keeps it for `refresh`).
    datelines: Vec<Option<String>>,
    /// Articles of the batch found already stored before extraction.
    pre_skipped: usize,
}

pub fn run(paths: &[PathBuf], db: &Path, options: Options) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let store = Store::open(db).with_context(|| format!("opening the store {}", db.display()))?;
    // A second, read-only use of the store: which articles are already in it.
    let probe = Store::open(db).ok();
    let progress = ProgressBar::new_spinner();
    progress.set_style(
        ProgressStyle::with_template("{spinner} {pos} articles ({per_sec}) {msg} [{elapsed}]")
            .expect("valid progress template"),
    );
    progress.enable_steady_tick(Duration::from_millis(200));

    let (batch_tx, batch_rx) = sync_channel::<Vec<Article>>(QUEUE);
    let (doc_tx, doc_rx) = sync_channel::<Extracted>(QUEUE);
    let (read, stored) = std::thread::scope(|scope| {
        let progress_ref = &progress;
        let reader = scope.spawn(move || read_all(paths, progress_ref, batch_tx));
        let analysis = Analysis::of(&options).to_json();
        let writer = scope.spawn(move || write_all(store, progress_ref, doc_rx, &analysis));
        // When the writer stops early (a store error), sending fails; leaving
        // the loop drops `batch_rx`, which stops the reader in turn.
        for batch in batch_rx {
            // Articles already in the store are skipped before extraction
            // (re-ingesting a crawl costs a hash per article, not a parse).
            let total = batch.len();
            let prepared: Vec<Prepared> = batch.par_iter().map(prepare).collect();
            let known = match &probe {
                Some(p) => p
                    .known_ids(prepared.iter().map(|p| p.id.as_str()))
                    .unwrap_or_default(),
                None => Default::default(),
            };
            let fresh: Vec<(Article, Prepared)> = batch
                .into_iter()
                .zip(prepared)
                .filter(|(_, p)| !known.contains(&p.id))
                .collect();
            let pre_skipped = total - fresh.len();
            let docs: Vec<Document> = fresh
                .par_iter()
                .map(|(a, p)| extract_prepared(a, p, &options))
                .collect();
            let (origins, datelines) = fresh
                .into_iter()
                .map(|(a, _)| (a.origin, a.dateline))
                .unzip();
            if doc_tx
                .send(Extracted {
                    docs,
                    origins,
                    datelines,
                    pre_skipped,
                })
                .is_err()
            {
                break;
            }
        }
        drop(doc_tx);
        let stored = writer
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        let read = reader
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (read, stored)
    });
    // A store error explains an early stop better than the reader's state.
    let stored = stored?;
    let read = read?;
    progress.finish_and_clear();
    println!(
        "{} articles read: {} stored, {} skipped (already stored), {} failed; {} events, {} agreements; {} stories in the store; {:.2} s",
        read.read,
        stored.stored,
        stored.skipped,
        read.failed,
        stored.events,
        stored.agreements,
        stored.stories,
        started.elapsed().as_secs_f64()
    );
    Ok(if read.failed > 0 {
        Outcome::Partial
    } else {
        Outcome::Done
    })
}

/// The downstream stages have stopped: nothing more to read for.
#[derive(Debug)]
struct Closed;

impl std::fmt::Display for Closed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ingest stopped")
    }
}

impl std::error::Error for Closed {}

/// The reader stage: every input, in order, in batches.
struct Reader<'a> {
    tx: SyncSender<Vec<Article>>,
    pending: Vec<Article>,
    tally: ReadTally,
    progress: &'a ProgressBar,
}

impl Reader<'_> {
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
        let batch = std::mem::replace(&mut self.pending, Vec::with_capacity(BATCH));
        self.tx.send(batch).map_err(|_| Closed)?;
        Ok(())
    }

    /// Standard input: JSON Lines (the bulk format, `cat *.jsonl | thoisu
    /// ingest -`) is streamed, so memory stays flat however much comes in;
    /// anything else is read whole, as one file would be. The format is told
    /// from the first 64 KiB by the reader's own rule.
    fn read_stdin(&mut self) -> anyhow::Result<()> {
        let mut stdin = std::io::stdin().lock();
        let mut head = Vec::with_capacity(STDIN_HEAD);
        (&mut stdin)
            .take(STDIN_HEAD as u64)
            .read_to_end(&mut head)?;
        if is_json_lines(&head) {
            let input = BufReader::new(std::io::Cursor::new(head).chain(stdin));
            for r in thoisu_read::read_jsonl(input, "<stdin>") {
                self.push(r)?;
            }
        } else {
            stdin.read_to_end(&mut head)?;
            for r in thoisu_read::read_bytes(&head, "<stdin>", None) {
                self.push(r)?;
            }
        }
        Ok(())
    }

    fn read(&mut self, paths: &[PathBuf]) -> anyhow::Result<()> {
        let (stdin, files): (Vec<&PathBuf>, Vec<&PathBuf>) =
            paths.iter().partition(|p| p.as_os_str() == "-");
        if !stdin.is_empty() {
            self.read_stdin()?;
        }
        let files: Vec<PathBuf> = files.into_iter().cloned().collect();
        for path in thoisu_read::walk(&files) {
            match path {
                // Streams JSON Lines and WARC: a huge file never sits in memory.
                Ok(p) => {
                    for r in thoisu_read::read_path_iter(&p) {
                        self.push(r)?;
                    }
                }
                Err(e) => self.push(Err(e))?,
            }
        }
        self.flush()
    }
}

/// How much of standard input is looked at to tell its format.
const STDIN_HEAD: usize = 64 * 1024;

/// Does this start of an input read as JSON Lines? (Its valid UTF-8 prefix,
/// judged as [`thoisu_read::Format::sniff_text`] judges a whole file.)
fn is_json_lines(head: &[u8]) -> bool {
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        // Cut inside a char, or not UTF-8 at all (then the prefix is short
        // or empty and the input is read whole, with charset detection).
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default(),
    };
    thoisu_read::Format::sniff_text(text) == thoisu_read::Format::JsonLines
}

fn read_all(
    paths: &[PathBuf],
    progress: &ProgressBar,
    tx: SyncSender<Vec<Article>>,
) -> anyhow::Result<ReadTally> {
    let mut reader = Reader {
        tx,
        pending: Vec::with_capacity(BATCH),
        tally: ReadTally::default(),
        progress,
    };
    match reader.read(paths) {
        Err(e) if !e.is::<Closed>() => Err(e),
        _ => Ok(reader.tally),
    }
}

/// The writer stage: one transaction per batch (or per run of batches
/// that were waiting together), in input order.
fn write_all(
    mut store: Store,
    progress: &ProgressBar,
    rx: Receiver<Extracted>,
    analysis: &str,
) -> anyhow::Result<StoreTally> {
    let mut tally = StoreTally::default();
    while let Ok(mut batch) = rx.recv() {
        while batch.docs.len() < MAX_TRANSACTION {
            let Ok(more) = rx.try_recv() else { break };
            batch.docs.extend(more.docs);
            batch.origins.extend(more.origins);
            batch.datelines.extend(more.datelines);
            batch.pre_skipped += more.pre_skipped;
        }
        tally.skipped += batch.pre_skipped;
        progress.inc(batch.pre_skipped as u64);
        let sources: Vec<Source<'_>> = batch
            .origins
            .iter()
            .zip(&batch.datelines)
            .map(|(origin, dateline)| Source {
                origin: Some(origin),
                dateline: dateline.as_deref(),
                analysis: Some(analysis),
            })
            .collect();
        let report = store
            .insert_from(&batch.docs, &sources)
            .context("storing a batch")?;
        tally.stored += report.inserted;
        tally.skipped += report.duplicates;
        tally.events += report.events;
        tally.agreements += report.agreements;
        progress.inc(batch.docs.len() as u64);
        progress.set_message(format!("{} events", tally.events));
    }
    tally.stories = store.counts().context("counting stories")?.stories;
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;
    use thoisu_extract::extract;

    fn article(body: &str, origin: &str) -> Article {
        Article {
            body: body.to_string(),
            origin: origin.to_string(),
            ..Article::default()
        }
    }

    #[test]
    fn waiting_batches_are_stored_together_and_duplicates_skipped() {
        let options = Options::default();
        let bodies = [
            "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội.",
            "Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Hàn Quốc.",
            "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội.",
        ];
        let (tx, rx) = sync_channel::<Extracted>(QUEUE);
        for (i, body) in bodies.iter().enumerate() {
            let a = article(body, &format!("in.jsonl:{}", i + 1));
            tx.send(Extracted {
                docs: vec![extract(&a, &options)],
                origins: vec![a.origin],
                datelines: vec![None],
                pre_skipped: 0,
            })
            .unwrap();
        }
        drop(tx);
        let store = Store::open_in_memory().unwrap();
        let tally = write_all(store, &ProgressBar::hidden(), rx, "{}").unwrap();
        assert_eq!((tally.stored, tally.skipped), (2, 1));
    }

    #[test]
    fn json_lines_are_told_from_the_start_of_the_input() {
        let lines = "{\"text\": \"Hà Nội mưa to.\"}\n{\"text\": \"Đà Nẵng nắng";
        assert!(is_json_lines(lines.as_bytes()));
        // Cut inside "Đ": the prefix still tells.
        let cut = &lines.as_bytes()[..lines.find('Đ').unwrap() + 1];
        assert!(is_json_lines(cut));
        assert!(!is_json_lines("{\"text\": \"Một bài\"}".as_bytes()));
        assert!(!is_json_lines(b"<html><body>Tin</body></html>"));
        assert!(!is_json_lines(&[0xFF, 0xFE, b'{', 0]));
        assert!(!is_json_lines(b""));
    }

    #[test]
    fn reader_batches_records_and_counts_failures() {
        let (tx, rx) = sync_channel::<Vec<Article>>(QUEUE);
        let progress = ProgressBar::hidden();
        let mut reader = Reader {
            tx,
            pending: Vec::new(),
            tally: ReadTally::default(),
            progress: &progress,
        };
        reader.push(Ok(article("Hà Nội mưa to.", "a.txt"))).unwrap();
        reader
            .push(Err(ReadError {
                origin: "b.txt".into(),
                reason: "empty".into(),
            }))
            .unwrap();
        reader.flush().unwrap();
        assert_eq!((reader.tally.read, reader.tally.failed), (1, 1));
        drop(reader);
        let batches: Vec<Vec<Article>> = rx.iter().collect();
        assert_eq!(batches.len(), 1);
        assert_eq!(batches[0][0].origin, "a.txt");
    }
}
