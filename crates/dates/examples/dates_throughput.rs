//! Throughput of the date stage on a JSON Lines corpus (shared/bench):
//! `cargo run --release -p thoisu-dates --example dates_throughput -- FILE [--dump]`.
//! Prints articles, syllables, dates found and syllables per second (best of
//! three passes); with
//! `--dump`, every date found with its context, for reviewing precision;
//! with `--text-year`, how often the text-year anchor names each year; with
//! `--no-date`, timed without the corpus's date, so each anchor is read from
//! the text (as `thoisu-bench` does).

use std::time::Instant;

use thoisu_core::{Sentence, Span};
use thoisu_dates::{anchor, anchor_and_dates};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: throughput FILE.jsonl [--dump]");
    let flags: Vec<String> = args.collect();
    let dump = flags.iter().any(|a| a == "--dump");
    if flags.iter().any(|a| a == "--text-year") {
        let mut years = std::collections::BTreeMap::new();
        for line in std::fs::read_to_string(&path).expect("read corpus").lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
            let year = v["text"]
                .as_str()
                .and_then(|t| anchor(None, None, t))
                .map(|a| a.year);
            *years.entry(year).or_insert(0) += 1;
        }
        for (year, n) in years {
            println!("{year:?}\t{n}");
        }
        return;
    }
    let data = std::fs::read_to_string(&path).expect("read corpus");
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let syllables: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    // The corpus carries no dates: its SOURCE.md says to use 2017-06-30.
    let given = (!flags.iter().any(|a| a == "--no-date")).then_some("2017-06-30");
    // The best of three passes: the machine is shared.
    let mut best = f64::MAX;
    let mut found = 0;
    for _ in 0..3 {
        let started = Instant::now();
        found = 0;
        for text in &texts {
            let sentences = [Sentence {
                span: Span::new(0, text.len()),
            }];
            found += anchor_and_dates(None, given, text, &sentences).1.len();
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    if dump {
        for (index, text) in texts.iter().enumerate() {
            let sentences = [Sentence {
                span: Span::new(0, text.len()),
            }];
            for d in anchor_and_dates(None, given, text, &sentences).1 {
                let from = floor(text, d.span.start.saturating_sub(40));
                let to = floor(text, (d.span.end + 25).min(text.len()));
                let context = text[from..to].replace('\n', " ");
                let surface = d.text.replace('\n', " ");
                println!("{index}\t{}\t{surface}\t{context}", d.value.render());
            }
        }
    }
    eprintln!(
        "{} articles, {} syllables, {} dates in {:.3}s: {:.0} syllables/s",
        texts.len(),
        syllables,
        found,
        best,
        syllables as f64 / best
    );
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
