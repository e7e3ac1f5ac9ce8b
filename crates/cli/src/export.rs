//! `thoisu export --format jsonl|gdelt|parquet OUT`: dumps the whole store.
//!
//! - `jsonl`: every stored article document (the contract's `extract`
//!   document, provenance included), one per line, in ingestion order.
//! - `gdelt`: every stored event in GDELT 2.0's 61-column layout, exactly as
//!   `thoisu events --format gdelt` writes them (docs/gdelt.md).
//! - `gdelt-events` and `gdelt-mentions`: GDELT's two tables — one row per
//!   happening (as `events --distinct`), and one per telling of it in each
//!   article, joined on GLOBALEVENTID.
//! - `parquet`: every stored event as one flat table (`parquet_events.rs`).
//!
//! OUT is a path or `-` for stdout. A file is written beside OUT under a
//! temporary name and renamed when complete, so an interrupted export never
//! leaves a half file where the user expects a whole one.

use crate::output::{self, Outcome};
use crate::query::{gdelt, open};
use anyhow::Context;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use thoisu_store::EventFilter;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    /// One stored article document per line.
    Jsonl,
    /// GDELT 2.0's 61-column event layout, tab-separated, no header: every
    /// event each article told.
    Gdelt,
    /// GDELT's events table: one 61-column row per happening (an event
    /// several articles of a story told, once, with their counts).
    GdeltEvents,
    /// GDELT's 16-column Mentions table: every telling of each happening,
    /// keyed to its `gdelt-events` row.
    GdeltMentions,
    /// Every event as one flat Parquet table, provenance included.
    Parquet,
}

pub fn run(db: &Path, format: ExportFormat, out: &Path) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let write = |w: &mut dyn Write| -> anyhow::Result<usize> {
        match format {
            ExportFormat::Jsonl => store.for_each_document(|doc| -> anyhow::Result<()> {
                output::write_json(&mut *w, &doc, false)?;
                Ok(())
            }),
            ExportFormat::Gdelt | ExportFormat::GdeltEvents => {
                let events = store.events(&EventFilter {
                    distinct: matches!(format, ExportFormat::GdeltEvents),
                    ..EventFilter::default()
                })?;
                for e in &events {
                    writeln!(w, "{}", gdelt::row(e).join("\t"))?;
                }
                Ok(events.len())
            }
            ExportFormat::GdeltMentions => {
                let events = store.events(&EventFilter::default())?;
                let rows =
                    gdelt::mention_rows(&events, |id| Ok(store.article(id)?.map(|doc| doc.body)))?;
                for row in &rows {
                    writeln!(w, "{}", row.join("\t"))?;
                }
                Ok(rows.len())
            }
            ExportFormat::Parquet => {
                let events = store.events(&EventFilter::default())?;
                // The Parquet writer wants a `Send` sink, which stdout's
                // lock is not; the compressed file is small, so buffer it.
                let mut file = Vec::new();
                crate::parquet_events::write(&events, &mut file)?;
                w.write_all(&file)?;
                Ok(events.len())
            }
        }
    };
    let what = match format {
        ExportFormat::Jsonl => "articles",
        ExportFormat::Gdelt | ExportFormat::GdeltEvents | ExportFormat::Parquet => "events",
        ExportFormat::GdeltMentions => "mentions",
    };
    if out == Path::new("-") {
        let mut stdout = output::stdout();
        let n = write(&mut stdout)?;
        stdout.flush()?;
        eprintln!("thoisu: exported {n} {what}");
        return Ok(Outcome::Done);
    }
    let partial = partial_name(out);
    let file = std::fs::File::create(&partial)
        .with_context(|| format!("creating {}", partial.display()))?;
    let mut w = BufWriter::with_capacity(1 << 16, file);
    let written = write(&mut w).and_then(|n| {
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(n)
    });
    let n = match written {
        Ok(n) => n,
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            return Err(e.context(format!("writing {}", out.display())));
        }
    };
    std::fs::rename(&partial, out)
        .with_context(|| format!("renaming {} to {}", partial.display(), out.display()))?;
    eprintln!("thoisu: exported {n} {what} to {}", out.display());
    Ok(Outcome::Done)
}

/// `dir/name.partial`: same directory, so the final rename is atomic.
fn partial_name(out: &Path) -> PathBuf {
    let mut name = out.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    out.with_file_name(name)
}
