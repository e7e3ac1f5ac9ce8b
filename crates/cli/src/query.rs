//! `thoisu events` and `thoisu search`: read-only queries over the store.

use crate::output::{self, Outcome};
use crate::Format;
use anyhow::Context;
use std::io::Write;
use std::path::Path;
use thoisu_store::{EventFilter, Store, StoredEvent};

fn open(db: &Path) -> anyhow::Result<Store> {
    if !db.exists() {
        anyhow::bail!(
            "no store at {} (run `thoisu ingest PATH` first, or pass --db)",
            db.display()
        );
    }
    Store::open(db).with_context(|| format!("opening the store {}", db.display()))
}

fn side(a: &Option<thoisu_core::DocActor>) -> (String, String) {
    match a {
        Some(a) => (
            a.name.clone(),
            a.actor
                .clone()
                .or_else(|| a.country.clone())
                .unwrap_or_default(),
        ),
        None => (String::new(), String::new()),
    }
}

/// Cuts a string to at most `n` characters for a table cell.
fn cell(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut c: String = s.chars().take(n.saturating_sub(1)).collect();
        c.push('…');
        c
    }
}

pub fn events(db: &Path, filter: &EventFilter, format: Format) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let events = store.events(filter)?;
    let mut out = output::stdout();
    match format {
        Format::Json => {
            for e in &events {
                output::write_json(&mut out, &json_event(e), false)?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record([
                "article_id",
                "date",
                "code",
                "label",
                "goldstein",
                "source",
                "source_actor",
                "target",
                "target_actor",
                "location",
                "location_country",
                "outlet",
                "published",
                "title",
                "url",
                "sentence",
            ])?;
            for e in &events {
                let ev = &e.event;
                let (s, sa) = side(&ev.source);
                let (t, ta) = side(&ev.target);
                let loc = ev.location.as_ref();
                w.write_record([
                    e.article_id.as_str(),
                    ev.date.as_deref().unwrap_or(""),
                    &ev.code,
                    &ev.label,
                    &ev.goldstein.to_string(),
                    &s,
                    &sa,
                    &t,
                    &ta,
                    loc.map(|l| l.name.as_str()).unwrap_or(""),
                    loc.and_then(|l| l.country.as_deref()).unwrap_or(""),
                    e.outlet.as_deref().unwrap_or(""),
                    e.published.as_deref().unwrap_or(""),
                    e.article_title.as_deref().unwrap_or(""),
                    e.url.as_deref().unwrap_or(""),
                    &ev.sentence,
                ])?;
            }
            w.flush()?;
        }
        Format::Table => {
            writeln!(
                out,
                "{:<10}  {:<4}  {:<28}  {:<32}  {:<32}  {:<16}  title",
                "date", "code", "label", "source", "target", "outlet"
            )?;
            for e in &events {
                let ev = &e.event;
                let (s, sa) = side(&ev.source);
                let (t, ta) = side(&ev.target);
                writeln!(
                    out,
                    "{:<10}  {:<4}  {:<28}  {:<32}  {:<32}  {:<16}  {}",
                    ev.date
                        .as_deref()
                        .or(e.published.as_deref().map(|p| p.get(..10).unwrap_or(p)))
                        .unwrap_or("-"),
                    ev.code,
                    cell(&ev.label, 28),
                    cell(&format!("{s} ({sa})"), 32),
                    cell(&format!("{t} ({ta})"), 32),
                    cell(e.outlet.as_deref().unwrap_or("-"), 16),
                    cell(e.article_title.as_deref().unwrap_or("-"), 60),
                )?;
            }
            writeln!(out, "{} events", events.len())?;
        }
    }
    out.flush()?;
    Ok(Outcome::Done)
}

fn json_event(e: &StoredEvent) -> serde_json::Value {
    let mut v = serde_json::to_value(&e.event).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.insert("article_id".into(), e.article_id.clone().into());
        o.insert("article_title".into(), e.article_title.clone().into());
        o.insert("outlet".into(), e.outlet.clone().into());
        o.insert("published".into(), e.published.clone().into());
        o.insert("url".into(), e.url.clone().into());
    }
    v
}

pub fn search(db: &Path, query: &str, limit: usize, json: bool) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let hits = store.search(query, limit)?;
    let mut out = output::stdout();
    for h in &hits {
        if json {
            let v = serde_json::json!({
                "id": h.article_id, "title": h.title, "published": h.published,
                "outlet": h.outlet, "snippet": h.snippet, "score": h.score,
            });
            output::write_json(&mut out, &v, false)?;
        } else {
            writeln!(
                out,
                "{}  {:<10}  {:<16}  {}\n    {}",
                &h.article_id[..h.article_id.len().min(12)],
                h.published
                    .as_deref()
                    .map(|p| p.get(..10).unwrap_or(p))
                    .unwrap_or("-"),
                cell(h.outlet.as_deref().unwrap_or("-"), 16),
                h.title.as_deref().unwrap_or("(untitled)"),
                h.snippet.replace('\n', " "),
            )?;
        }
    }
    if !json {
        writeln!(out, "{} articles", hits.len())?;
    }
    out.flush()?;
    Ok(Outcome::Done)
}
