//! `thoisu extract`: one article in, one JSON document out; or a .jsonl
//! batch, one document a line, in input order.

use crate::output::{self, Outcome};
use rayon::prelude::*;
use std::io::{BufReader, Read, Write};
use std::path::Path;
use thoisu_core::Article;
use thoisu_extract::{extract, Options};
use thoisu_read::ReadError;

/// How many JSONL articles are analysed together (in parallel) before
/// their documents are written out in order.
const CHUNK: usize = 256;

pub fn run(file: &Path, options: Options) -> anyhow::Result<Outcome> {
    let is_jsonl = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"));
    if is_jsonl {
        let f = match std::fs::File::open(file) {
            Ok(f) => f,
            Err(e) => {
                output::bad_input(format!("{}: {e}", file.display()));
                return Ok(Outcome::Partial);
            }
        };
        let origin = file.display().to_string();
        return batch(
            thoisu_read::read_jsonl(BufReader::new(f), &origin),
            &options,
        );
    }
    let results = if file == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin().lock().read_to_end(&mut bytes)?;
        thoisu_read::read_bytes(&bytes, "<stdin>", None)
    } else {
        thoisu_read::read_path(file)
    };
    if results.len() > 1 {
        return batch(results.into_iter(), &options);
    }
    let mut out = output::stdout();
    match results.into_iter().next() {
        Some(Ok(article)) => {
            output::warnings(&article);
            output::write_json(&mut out, &extract(&article, &options), true)?;
            out.flush()?;
            Ok(Outcome::Done)
        }
        Some(Err(e)) => {
            output::bad_input(e);
            Ok(Outcome::Partial)
        }
        None => {
            output::bad_input(format!("{}: no article found", file.display()));
            Ok(Outcome::Partial)
        }
    }
}

/// Many articles, one document a line, in input order. A bad record is named
/// on stderr and stands in the output as `{"error": ..., "origin": ...}`, so
/// line N of the output still answers line N of the input.
fn batch(
    records: impl Iterator<Item = Result<Article, ReadError>>,
    options: &Options,
) -> anyhow::Result<Outcome> {
    let mut out = output::stdout();
    let mut outcome = Outcome::Done;
    let mut chunk: Vec<Result<Article, ReadError>> = Vec::with_capacity(CHUNK);
    let mut records = records.peekable();
    while records.peek().is_some() {
        chunk.clear();
        chunk.extend(records.by_ref().take(CHUNK));
        let docs: Vec<Result<thoisu_core::Document, &ReadError>> = chunk
            .par_iter()
            .map(|r| r.as_ref().map(|a| extract(a, options)))
            .collect();
        for doc in docs {
            match doc {
                Ok(d) => output::write_json(&mut out, &d, false)?,
                Err(e) => {
                    output::bad_input(e);
                    outcome = Outcome::Partial;
                    let line = serde_json::json!({"error": e.reason, "origin": e.origin});
                    output::write_json(&mut out, &line, false)?;
                }
            }
        }
    }
    out.flush()?;
    Ok(outcome)
}
