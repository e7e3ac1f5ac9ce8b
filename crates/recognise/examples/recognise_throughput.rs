//! Recogniser throughput on the bench corpus (shared/bench/news2017.jsonl):
//! syllables per second on one core, and the entity count as a sanity check.
//! `cargo run --release -p thoisu-recognise --example recognise_throughput [FILE] [--show N]`
//! prints the entities of N articles mentioning "Bộ" or "Đại sứ" when asked.

use std::time::Instant;

use thoisu_core::{Sentence, Span};
use thoisu_recognise::Recogniser;

fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if c == '\n' || matches!(c, '.' | '!' | '?') && text[end..].starts_with(' ') {
            out.push(Sentence {
                span: Span::new(start, end),
            });
            start = end;
        }
    }
    if start < text.len() {
        out.push(Sentence {
            span: Span::new(start, text.len()),
        });
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .iter()
        .find(|a| !a.starts_with("--") && a.parse::<usize>().is_err())
        .cloned()
        .unwrap_or_else(|| "/work/shared/bench/news2017.jsonl".into());
    let show: usize = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let raw = std::fs::read_to_string(&path).expect("read corpus");
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| {
            let start = l.find("\"text\": \"")? + 9;
            let body = &l[start..l.len().checked_sub(2)?];
            Some(
                body.replace("\\n", "\n")
                    .replace("\\\"", "\"")
                    .replace("\\\\", "\\"),
            )
        })
        .collect();
    let splits: Vec<Vec<Sentence>> = texts.iter().map(|t| sentences(t)).collect();
    let t_init = Instant::now();
    let rec = Recogniser::embedded();
    println!(
        "built the recogniser in {:.3}s",
        t_init.elapsed().as_secs_f64()
    );
    let syllables: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let t0 = Instant::now();
    let mut entities = 0;
    for (t, s) in texts.iter().zip(&splits) {
        entities += rec.recognise(t, s).len();
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{} articles, {} syllables, {} entities, {:.2}s, {:.0} syllables/s",
        texts.len(),
        syllables,
        entities,
        secs,
        syllables as f64 / secs
    );
    let mut shown = 0;
    for (t, s) in texts.iter().zip(&splits) {
        if shown >= show {
            break;
        }
        if !(t.contains("Đại sứ") || t.contains("Bộ trưởng") || t.contains("Thủ tướng"))
        {
            continue;
        }
        shown += 1;
        println!("\n=== {}", t.lines().next().unwrap_or(""));
        for e in rec.recognise(t, s) {
            let ms: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
            println!(
                "  {:?} {:?} {:?} {:?} {:?} {:?}",
                e.kind, e.name, e.country, e.roles, e.actor_role, ms
            );
        }
    }
}
