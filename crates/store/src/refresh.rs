//! Analysing stored articles again with a newer build (`thoisu refresh`).
//!
//! The store keeps what the reader made of each page (body, title,
//! metadata, date line) and how it was analysed, so a newer build can redo
//! the analysis without the original files: better names, offices and
//! event rules then apply to old news too. The caller re-extracts; this
//! module reads the articles out and swaps the records of those whose
//! document changed.
//!
//! Invariants: an article keeps its id, seq, reader fields and ingest time;
//! each batch of replacements is one transaction, and the stories flag set
//! in it (`store_state`) survives a crash, so stories are filed again by
//! the next `refile_stories` even when the run that changed them died.

use rusqlite::{params, OptionalExtension, TransactionBehavior};
use thoisu_core::{Article, Document};

use crate::{doc_json, document_from_row, finite_scores, insert_records, stories, Store};
use crate::{InsertError, StoreError};

/// The `store_state` key set while documents changed since stories were filed.
const STORIES_STALE: &str = "stories_stale";

/// A stored article, rebuilt as the reader gave it.
#[derive(Clone, Debug)]
pub struct StoredArticle {
    /// Its place in ingestion order.
    pub seq: i64,
    /// Its id (the content hash it was stored under; kept by `replace`).
    pub id: String,
    /// What the reader gave: body, title, metadata, date line, origin.
    pub article: Article,
    /// How it was analysed (the options JSON the ingest recorded), when known.
    pub analysis: Option<String>,
    /// The document stored for it; `None` when this build cannot read it.
    pub doc: Option<Document>,
}

impl StoredArticle {
    /// What to record of a new analysis of this article (`doc`, made with
    /// the `analysis` options): `None` when it changes nothing. The
    /// document is compared as it would be stored, under the stored id.
    pub fn reanalysis(&self, mut doc: Document, analysis: String) -> Option<Reanalysis> {
        doc.id.clone_from(&self.id);
        let doc = (self.doc.as_ref() != Some(&*finite_scores(&doc))).then_some(doc);
        let analysis = Some(analysis);
        (doc.is_some() || analysis != self.analysis).then_some(Reanalysis {
            seq: self.seq,
            doc,
            analysis,
        })
    }
}

/// A new analysis of a stored article, for [`Store::replace`].
#[derive(Clone, Debug)]
pub struct Reanalysis {
    pub seq: i64,
    /// The new document, when it differs from the stored one.
    pub doc: Option<Document>,
    /// The options it was analysed with now (JSON), recorded so that a
    /// later refresh analyses it the same way.
    pub analysis: Option<String>,
}

/// What one [`Store::replace`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RefreshReport {
    /// Articles whose records were replaced.
    pub replaced: usize,
    /// Events, agreements and entities before and after, over those articles.
    pub events: (usize, usize),
    pub agreements: (usize, usize),
    pub entities: (usize, usize),
}

impl Store {
    /// Up to `limit` stored articles after `after` (a seq; 0 for the
    /// first), in ingestion order.
    pub fn stored_articles(
        &self,
        after: i64,
        limit: usize,
    ) -> Result<Vec<StoredArticle>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT seq, id, title, published, outlet, section, url, authors, lead, body,
                     captions, related, origin, doc, dateline, analysis
                 FROM articles WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )
            .map_err(self.sql_err())?;
        let rows = stmt
            .query_map(params![after, limit as i64], |r| {
                let list = |i: usize| -> rusqlite::Result<Vec<String>> {
                    let json: String = r.get(i)?;
                    Ok(serde_json::from_str(&json).unwrap_or_default())
                };
                let body: String = r.get(9)?;
                let doc: String = r.get(13)?;
                let doc = document_from_row(&body, &doc).ok();
                let mut dateline: Option<String> = r.get(14)?;
                if dateline.is_none() {
                    // Stored before schema 7: the date line survives as the
                    // date the document lists from it.
                    dateline = doc.as_ref().and_then(|d| {
                        d.dates
                            .iter()
                            .find(|x| x.from.as_deref() == Some("dateline"))
                            .map(|x| x.text.clone())
                    });
                }
                let article = Article {
                    origin: r.get::<_, Option<String>>(12)?.unwrap_or_default(),
                    input_id: doc.as_ref().and_then(|d| d.input_id.clone()),
                    url: r.get(6)?,
                    title: r.get(2)?,
                    published: r.get(3)?,
                    dateline,
                    outlet: r.get(4)?,
                    authors: list(7)?,
                    section: r.get(5)?,
                    lead: r.get(8)?,
                    body,
                    captions: list(10)?,
                    related: list(11)?,
                    warnings: Vec::new(),
                };
                Ok(StoredArticle {
                    seq: r.get(0)?,
                    id: r.get(1)?,
                    article,
                    analysis: r.get(15)?,
                    doc,
                })
            })
            .map_err(self.sql_err())?;
        rows.collect::<Result<_, _>>().map_err(self.sql_err())
    }

    /// Records, in one transaction, new analyses of stored articles (by
    /// seq): a changed document replaces the stored one with its entities,
    /// dates, events and agreements (the article keeps its id, and the
    /// stories are marked for filing again: [`Store::refile_stories`]);
    /// the options are recorded either way.
    pub fn replace(&mut self, docs: &[Reanalysis]) -> Result<RefreshReport, StoreError> {
        let path = self.path.clone();
        let mut report = RefreshReport::default();
        if docs.is_empty() {
            return Ok(report);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|source| StoreError::Sql {
                path: path.clone(),
                source,
            })?;
        let mut stale = false;
        for Reanalysis { seq, doc, analysis } in docs {
            let sql = |source| StoreError::Sql {
                path: path.clone(),
                source,
            };
            tx.prepare_cached("UPDATE articles SET analysis = ?1 WHERE seq = ?2")
                .and_then(|mut s| s.execute(params![analysis, seq]))
                .map_err(sql)?;
            let Some(doc) = doc else { continue };
            let fail = |e: InsertError| match e {
                InsertError::Sql(source) => StoreError::Insert {
                    path: path.clone(),
                    article: doc.id.clone(),
                    source,
                },
                InsertError::Json(source) => StoreError::Json {
                    path: path.clone(),
                    source,
                },
            };
            let before = replace_one(&tx, *seq, doc).map_err(fail)?;
            let Some((entities, events, agreements)) = before else {
                continue;
            };
            stale = true;
            report.replaced += 1;
            report.entities.0 += entities;
            report.entities.1 += doc.entities.len();
            report.events.0 += events;
            report.events.1 += doc.events.len();
            report.agreements.0 += agreements;
            report.agreements.1 += doc.agreements.len();
        }
        if stale {
            tx.execute(
                "INSERT OR REPLACE INTO store_state (key, value) VALUES (?1, '1')",
                [STORIES_STALE],
            )
            .map_err(|source| StoreError::Sql {
                path: path.clone(),
                source,
            })?;
        }
        tx.commit()
            .map_err(|source| StoreError::Sql { path, source })?;
        Ok(report)
    }

    /// Files every article into stories again when documents changed since
    /// they were last filed (also after a crash midway through a refresh);
    /// `false` when there was nothing to do. One transaction.
    pub fn refile_stories(&mut self) -> Result<bool, StoreError> {
        let path = self.path.clone();
        let sql_err = |source| StoreError::Sql {
            path: path.clone(),
            source,
        };
        let stale: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM store_state WHERE key = ?1",
                [STORIES_STALE],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql_err)?;
        if stale.is_none() {
            return Ok(false);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql_err)?;
        stories::refile_all(&tx)
            .and_then(|()| tx.execute("DELETE FROM store_state WHERE key = ?1", [STORIES_STALE]))
            .and_then(|_| tx.commit())
            .map_err(sql_err)?;
        Ok(true)
    }
}

/// Swaps one article's document and records; the counts it had before
/// (entities, events, agreements), or `None` when no article has that seq.
fn replace_one(
    conn: &rusqlite::Connection,
    seq: i64,
    doc: &Document,
) -> Result<Option<(usize, usize, usize)>, InsertError> {
    let id: Option<String> = conn
        .prepare_cached("SELECT id FROM articles WHERE seq = ?1")?
        .query_row([seq], |r| r.get(0))
        .optional()?;
    let Some(id) = id else { return Ok(None) };
    // The stored id stays (stories, links and users' notes point at it),
    // even if a newer normaliser would hash the body differently.
    let mut doc = finite_scores(doc).into_owned();
    doc.id.clone_from(&id);
    let count = |table: &str| -> Result<usize, rusqlite::Error> {
        let n: i64 = conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM {table} WHERE article_id = ?1"
            ))?
            .query_row([&id], |r| r.get(0))?;
        conn.prepare_cached(&format!("DELETE FROM {table} WHERE article_id = ?1"))?
            .execute([&id])?;
        Ok(n as usize)
    };
    let entities = count("entities")?;
    let events = count("events")?;
    let agreements = count("agreements")?;
    conn.prepare_cached("UPDATE articles SET doc = ?1, outlet = ?2 WHERE seq = ?3")?
        .execute(params![doc_json(&doc)?, doc.outlet, seq])?;
    insert_records(conn, &doc)?;
    Ok(Some((entities, events, agreements)))
}
