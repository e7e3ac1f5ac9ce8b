//! The embedded store: articles, their entities, events and agreements in one
//! SQLite file, with a diacritic-insensitive full-text index.
//!
//! Only this crate knows SQL. Ingestion is batched (one transaction per
//! batch, so a crash leaves the store as it was before the batch) and
//! idempotent (an article whose [`Document::id`] is already stored is skipped).
//! A second process opening the store while one writes waits for it (busy
//! timeout 10 s) instead of failing.
//!
//! Every article is filed into a story as it is stored (`stories.rs`, with
//! `thoisu-cluster` deciding which articles tell the same happening).

mod agreements;
mod entities;
mod json;
mod refresh;
mod schema;
mod search;
mod stories;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::types::Value;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, TransactionBehavior};
use thoisu_core::{DocEvent, Document};
use thoisu_normalise::fold_for_search;

pub use agreements::{AgreementFilter, StoredAgreement};
pub use entities::{EntityFilter, EntitySummary};
pub use refresh::{Reanalysis, RefreshReport, StoredArticle};

use schema::{Identity, MigrateError};

/// How long a call waits for another connection's write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// What went wrong, always naming the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open store {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{path} is not a thoisu store: {reason}")]
    NotAStore { path: PathBuf, reason: String },
    #[error("store {path} has schema version {found}, newer than this thoisu supports ({supported}); upgrade thoisu")]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("store {path}: {source}")]
    Sql {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("store {path}: cannot store article {article:?}: {source}")]
    Insert {
        path: PathBuf,
        article: String,
        source: rusqlite::Error,
    },
    #[error("store {path}: JSON: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("bad filter: {0}")]
    InvalidFilter(String),
}

/// What one [`Store::insert`] batch did. Counts of entities, events and
/// agreements are for the newly inserted articles only.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InsertReport {
    pub inserted: usize,
    pub duplicates: usize,
    pub events: usize,
    pub entities: usize,
    pub agreements: usize,
}

/// Where a document came from, beside the document itself: what a later
/// `refresh` needs to analyse the article again as it was analysed.
#[derive(Clone, Copy, Debug, Default)]
pub struct Source<'a> {
    /// Where it was read from (file, `path:line`, WARC record).
    pub origin: Option<&'a str>,
    /// The page's own date line, which the document keeps only as a date.
    pub dateline: Option<&'a str>,
    /// How it was analysed (the caller's options, as JSON).
    pub analysis: Option<&'a str>,
}

/// What a store holds, at a glance (`thoisu stats`, `/api/stats`).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Overview {
    #[serde(flatten)]
    pub counts: Counts,
    /// Earliest and latest published day of the stored articles.
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    /// Articles that give no published day.
    pub undated: u64,
    /// The outlets with the most articles, most first (at most 15).
    pub outlets: Vec<(String, u64)>,
    /// The store's schema version.
    pub schema: i64,
}

/// Row counts of the store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub articles: u64,
    pub stories: u64,
    pub entities: u64,
    pub events: u64,
    pub agreements: u64,
}

/// Which events [`Store::events`] returns; every field set narrows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Substring of either side's name or actor code, diacritic- and
    /// case-insensitive ("trieu tien", "VNMGOV", "tô lâm").
    pub actor: Option<String>,
    /// ISO 3166-1 alpha-3: one country on either side, or two, one on each
    /// side in either direction (the events between them).
    pub countries: Vec<String>,
    /// CAMEO code prefix ("04", "042").
    pub code: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive, on the event's date, or
    /// the article's published day when the event has none.
    pub since: Option<String>,
    /// Same forms as `since`, inclusive (`2024-06` takes all of June).
    pub until: Option<String>,
    /// The events of one story, named by its id or by the id of any of
    /// its articles.
    pub story: Option<String>,
    /// At most this many events (all when `None`).
    pub limit: Option<usize>,
    /// Skip this many first (paging through more than a limit).
    pub offset: usize,
    /// One event per happening: events of one story with the same CAMEO
    /// code, the same sides' countries and the same day are one, listed
    /// once (from the earliest stored article) with how many articles and
    /// outlets told it.
    pub distinct: bool,
}

/// Where a stored event or signed document was read (its article and
/// story), and how many articles and distinct outlets told it: 1 and 1
/// unless the query asked for distinct ones.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Told {
    pub article_id: String,
    /// The story the article belongs to (the id of its first article).
    pub story: String,
    pub article_title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub articles: usize,
    pub outlets: usize,
    /// How many times it is told in all: an event an article tells in two
    /// sentences counts twice (GDELT's NumMentions).
    pub tellings: usize,
}

/// An event with the article it was read from. Ordered newest day first.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredEvent {
    pub told: Told,
    pub event: DocEvent,
}

/// What makes the events of one story one happening: their story, CAMEO
/// code, the sides' countries and the day (the event's date, else the
/// article's). Articles word the sides differently; these they share.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Happening {
    story: String,
    code: String,
    source_country: Option<String>,
    target_country: Option<String>,
    day: Option<String>,
}

impl StoredEvent {
    /// The happening this event tells ([`EventFilter::distinct`] lists
    /// each once).
    pub fn happening(&self) -> Happening {
        let country =
            |a: &Option<thoisu_core::DocActor>| a.as_ref().and_then(|a| a.country.clone());
        Happening {
            story: self.told.story.clone(),
            code: self.event.code.clone(),
            source_country: country(&self.event.source),
            target_country: country(&self.event.target),
            day: self
                .event
                .date
                .clone()
                .or_else(|| published_day(self.told.published.as_deref()).map(str::to_owned)),
        }
    }
}

/// Which stories [`Store::stories`] returns; every field set narrows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryFilter {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: stories with an article published
    /// on or after it.
    pub since: Option<String>,
    /// Same forms, inclusive: stories with an article published on or
    /// before it.
    pub until: Option<String>,
    /// Only stories told by at least this many articles (0 and 1 take all).
    pub min_articles: usize,
    /// At most this many stories (all when `None`).
    pub limit: Option<usize>,
}

/// One story: the articles that tell one happening. Ordered by their
/// latest published day, newest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorySummary {
    /// The id of the story's first stored article.
    pub id: String,
    /// The title of its first article that has one.
    pub title: Option<String>,
    pub articles: u64,
    /// Distinct outlets, sorted.
    pub outlets: Vec<String>,
    /// Earliest and latest published day among its articles.
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    /// Events read from its articles (before any merging across them).
    pub events: u64,
}

/// An article of a story, as [`Store::story_articles`] lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoryArticle {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
}

/// An article found by [`Store::search`].
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    pub article_id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    /// One line of the original body around the first hit.
    pub snippet: String,
    /// Relevance (negated BM25, title weighted double): higher is better.
    pub score: f64,
}

/// An open store. One per thread: it is `Send` but not `Sync`.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the store at `path`, creating it (or bringing its schema up to
    /// date) when needed. A file that is not a thoisu store is refused
    /// untouched.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let open_err = |source| StoreError::Open {
            path: path.to_owned(),
            source,
        };
        let conn = Connection::open(path).map_err(open_err)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_err)?;
        let identity = schema::identify(&conn).map_err(|source| {
            if source.sqlite_error_code() == Some(ErrorCode::NotADatabase) {
                StoreError::NotAStore {
                    path: path.to_owned(),
                    reason: "not an SQLite database".into(),
                }
            } else {
                open_err(source)
            }
        })?;
        if let Identity::Foreign {
            application_id,
            tables,
        } = identity
        {
            return Err(StoreError::NotAStore {
                path: path.to_owned(),
                reason: format!(
                    "an SQLite database of something else (application_id {application_id:#x}, {tables} schema objects)"
                ),
            });
        }
        // WAL: readers never block the writer; NORMAL is durable enough
        // with WAL (a power cut may lose the last batch, never corrupt).
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))
            .map_err(open_err)?;
        Self::configure(conn, path.to_owned())
    }

    /// A private store that lives as long as the value (tests, one-off runs).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        Self::configure(conn, path)
    }

    fn configure(mut conn: Connection, path: PathBuf) -> Result<Store, StoreError> {
        let open_err = |source| StoreError::Open {
            path: path.clone(),
            source,
        };
        // A 64 MiB page cache (SQLite's default is 2 MiB): entities and
        // events are keyed by content hash, so a batch's index inserts land
        // all over their B-trees, and with a small cache every one of them
        // rereads pages from the OS, making ingest slower as the store grows.
        // Checkpoints every 10,000 pages (40 MiB of WAL) rather than 1,000:
        // during a bulk ingest each checkpoint copies and syncs pages that
        // the next batches rewrite anyway (~15% of storing time at the
        // default). The WAL file is cut back to 64 MiB after each one.
        conn.execute_batch(
            "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;
             PRAGMA wal_autocheckpoint = 10000; PRAGMA journal_size_limit = 67108864;",
        )
        .map_err(open_err)?;
        conn.set_prepared_statement_cache_capacity(64);
        schema::migrate(&mut conn).map_err(|e| match e {
            MigrateError::TooNew(found) => StoreError::TooNew {
                path: path.clone(),
                found,
                supported: schema::VERSION,
            },
            MigrateError::Sql(source) => open_err(source),
        })?;
        stories::backfill(&mut conn).map_err(open_err)?;
        agreements::backfill(&mut conn).map_err(open_err)?;
        entities::backfill(&mut conn).map_err(open_err)?;
        Ok(Store { conn, path })
    }

    /// Where the store lives (`:memory:` for an in-memory one).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of this build (`PRAGMA user_version` of its stores).
    pub fn schema_version() -> i64 {
        schema::VERSION
    }

    fn sql_err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        |source| StoreError::Sql {
            path: self.path.clone(),
            source,
        }
    }

    fn json_err(&self) -> impl Fn(serde_json::Error) -> StoreError + '_ {
        |source| StoreError::Json {
            path: self.path.clone(),
            source,
        }
    }

    /// Stores a batch in one transaction: either every new article of the
    /// batch is stored or, on error, none is. Articles already stored (same
    /// id, also within the batch) are skipped and counted as duplicates.
    /// `origin[i]`, when given, records where `docs[i]` was read from.
    pub fn insert(
        &mut self,
        docs: &[Document],
        origin: &[&str],
    ) -> Result<InsertReport, StoreError> {
        let sources: Vec<Source<'_>> = origin
            .iter()
            .map(|&o| Source {
                origin: Some(o),
                ..Source::default()
            })
            .collect();
        self.insert_from(docs, &sources)
    }

    /// [`Store::insert`], with each document's [`Source`] (`sources[i]`
    /// for `docs[i]`; missing ones are unknown).
    pub fn insert_from(
        &mut self,
        docs: &[Document],
        sources: &[Source<'_>],
    ) -> Result<InsertReport, StoreError> {
        let path = self.path.clone();
        let sql_err = |source| StoreError::Sql {
            path: path.clone(),
            source,
        };
        let json_err = |source| StoreError::Json {
            path: path.clone(),
            source,
        };
        let mut report = InsertReport::default();
        // IMMEDIATE: take the write lock up front, so a concurrent writer
        // makes us wait (busy timeout) rather than fail mid-batch.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql_err)?;
        for (i, doc) in docs.iter().enumerate() {
            let stored = insert_document(&tx, doc, sources.get(i).copied().unwrap_or_default())
                .map_err(|e| match e {
                    InsertError::Sql(source) => StoreError::Insert {
                        path: path.clone(),
                        article: doc.id.clone(),
                        source,
                    },
                    InsertError::Json(source) => json_err(source),
                })?;
            if stored {
                report.inserted += 1;
                report.entities += doc.entities.len();
                report.events += doc.events.len();
                report.agreements += doc.agreements.len();
            } else {
                report.duplicates += 1;
            }
        }
        tx.commit().map_err(sql_err)?;
        Ok(report)
    }

    /// Stored events matching `filter`, newest day first (events with no
    /// day at all last), then in ingestion and text order.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>, StoreError> {
        let (sql, values) = event_query(filter)?;
        let mut out = self.told(&sql, &values, |mut told, event: DocEvent| {
            told.tellings = event.mentions.len().max(1);
            StoredEvent { told, event }
        })?;
        if filter.distinct {
            out = page(distinct_events(out), filter.limit, filter.offset);
        }
        Ok(out)
    }

    /// Stored signed documents matching `filter`, newest day first
    /// (documents with no day at all last), then in ingestion and text order.
    pub fn agreements(&self, filter: &AgreementFilter) -> Result<Vec<StoredAgreement>, StoreError> {
        let (sql, values) = agreements::query(filter)?;
        let mut out = self.told(&sql, &values, |told, agreement| StoredAgreement {
            told,
            agreement,
        })?;
        if filter.distinct {
            // One document: the same folded title on the same day in one
            // story. Outlets retitle a document less than they reword a
            // meeting, and two documents of one ceremony differ in title.
            let key = |g: &StoredAgreement| {
                let day = g
                    .agreement
                    .date
                    .clone()
                    .or_else(|| published_day(g.told.published.as_deref()).map(str::to_owned));
                (
                    g.told.story.clone(),
                    fold_for_search(&g.agreement.title),
                    day,
                )
            };
            out = page(
                fold_told(out, key, |g| &mut g.told),
                filter.limit,
                filter.offset,
            );
        }
        Ok(out)
    }

    /// Runs an events or agreements query, whose columns are the article's
    /// id, title, outlet, published stamp and url, the item's JSON and the
    /// article's story, and builds each row with `make`.
    fn told<T, I: serde::de::DeserializeOwned>(
        &self,
        sql: &str,
        values: &[Value],
        make: impl Fn(Told, I) -> T,
    ) -> Result<Vec<T>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(self.sql_err())?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(values.iter()), |r| {
                let article_id: String = r.get(0)?;
                let json: String = r.get(5)?;
                let teller = Told {
                    story: r
                        .get::<_, Option<String>>(6)?
                        .unwrap_or_else(|| article_id.clone()),
                    article_title: r.get(1)?,
                    outlet: r.get(2)?,
                    published: r.get(3)?,
                    url: r.get(4)?,
                    article_id,
                    articles: 1,
                    outlets: 1,
                    tellings: 1,
                };
                Ok((teller, json))
            })
            .map_err(self.sql_err())?;
        let mut out = Vec::new();
        for row in rows {
            let (teller, json) = row.map_err(self.sql_err())?;
            let item = serde_json::from_str(&json).map_err(self.json_err())?;
            out.push(make(teller, item));
        }
        Ok(out)
    }

    /// Entities matching `filter`, one per referent (type, canonical name
    /// and country), most-named first.
    pub fn entities(&self, filter: &EntityFilter) -> Result<Vec<EntitySummary>, StoreError> {
        let (sql, values) = entities::query(filter)?;
        let mut stmt = self.conn.prepare_cached(&sql).map_err(self.sql_err())?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(values.iter()), |r| {
                Ok(EntitySummary {
                    kind: r.get(0)?,
                    name: r.get(1)?,
                    country: r.get(2)?,
                    actor: r.get(3)?,
                    gazetteer_id: r.get(4)?,
                    articles: r.get::<_, i64>(5)? as u64,
                    stories: r.get::<_, i64>(6)? as u64,
                    first_day: r.get(7)?,
                    last_day: r.get(8)?,
                    roles: entities::union_of_lists(r.get(9)?),
                    mentions: entities::union_of_lists(r.get(10)?),
                })
            })
            .map_err(self.sql_err())?;
        rows.collect::<Result<_, _>>().map_err(self.sql_err())
    }

    /// Full-text search over titles and bodies, with or without diacritics
    /// ("trieu tien" and "Triều Tiên" both find "Triều Tiên"). Articles
    /// holding the words as a phrase come first, then those holding them all
    /// apart. Any input is safe: it is never read as FTS5 syntax.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let words = search::query_words(query);
        if words.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let mut hits: Vec<SearchHit> = Vec::new();
        let mut passes = vec![search::phrase_query(&words)];
        if words.len() > 1 {
            passes.push(search::all_words_query(&words));
        }
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.title, a.published, a.outlet, a.body,
                        -bm25(articles_fts, 2.0, 1.0) AS score
                 FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
                 WHERE articles_fts MATCH ?1
                 ORDER BY rank
                 LIMIT ?2",
            )
            .map_err(self.sql_err())?;
        for fts_query in passes {
            // The all-words pass finds the phrase hits again: asking for
            // `limit` rows still leaves room for every missing one.
            let rows = stmt
                .query_map(params![fts_query, limit as i64], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, f64>(5)?,
                    ))
                })
                .map_err(self.sql_err())?;
            for row in rows {
                let (article_id, title, published, outlet, body, score) =
                    row.map_err(self.sql_err())?;
                if hits.len() >= limit {
                    break;
                }
                if hits.iter().any(|h| h.article_id == article_id) {
                    continue;
                }
                hits.push(SearchHit {
                    snippet: search::snippet(&body, &words),
                    article_id,
                    title,
                    published,
                    outlet,
                    score,
                });
            }
            if hits.len() >= limit {
                break;
            }
        }
        Ok(hits)
    }

    /// Stories matching `filter`, the latest published first.
    pub fn stories(&self, filter: &StoryFilter) -> Result<Vec<StorySummary>, StoreError> {
        let mut sql = String::from(
            "SELECT a.story, count(*), min(substr(a.published, 1, 10)),
                    max(substr(a.published, 1, 10)),
                    json_group_array(DISTINCT a.outlet) FILTER (WHERE a.outlet IS NOT NULL),
                    (SELECT title FROM articles WHERE story = a.story AND title IS NOT NULL
                     ORDER BY seq LIMIT 1),
                    (SELECT count(*) FROM events e JOIN articles m ON m.id = e.article_id
                     WHERE m.story = a.story)
             FROM articles a WHERE a.story IN (SELECT story FROM articles WHERE 1",
        );
        let mut values: Vec<Value> = Vec::new();
        push_day_range(
            &mut sql,
            &mut values,
            "substr(published, 1, 10)",
            &filter.since,
            &filter.until,
        )?;
        sql.push_str(") GROUP BY a.story HAVING count(*) >= ? ORDER BY 4 DESC, min(a.seq)");
        values.push(Value::Integer(filter.min_articles as i64));
        if let Some(limit) = filter.limit {
            sql.push_str(" LIMIT ?");
            values.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
        }
        let mut stmt = self.conn.prepare_cached(&sql).map_err(self.sql_err())?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(values.iter()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, i64>(6)?,
                ))
            })
            .map_err(self.sql_err())?;
        let mut out = Vec::new();
        for row in rows {
            let (id, articles, first_day, last_day, outlets, title, events) =
                row.map_err(self.sql_err())?;
            let mut outlets: Vec<String> =
                serde_json::from_str(&outlets).map_err(self.json_err())?;
            outlets.sort();
            out.push(StorySummary {
                id,
                title,
                articles: articles as u64,
                outlets,
                first_day,
                last_day,
                events: events as u64,
            });
        }
        Ok(out)
    }

    /// The story that the article or story `id` belongs to, with its
    /// articles in the order they were stored; `None` when no article has
    /// that id.
    pub fn story_articles(
        &self,
        id: &str,
    ) -> Result<Option<(String, Vec<StoryArticle>)>, StoreError> {
        let story: Option<String> = self
            .conn
            .prepare_cached("SELECT story FROM articles WHERE id = ?1")
            .and_then(|mut s| s.query_row([id], |r| r.get(0)).optional())
            .map_err(self.sql_err())?;
        let Some(story) = story else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, title, published, outlet, url FROM articles
                 WHERE story = ?1 ORDER BY seq",
            )
            .map_err(self.sql_err())?;
        let articles = stmt
            .query_map([&story], |r| {
                Ok(StoryArticle {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    published: r.get(2)?,
                    outlet: r.get(3)?,
                    url: r.get(4)?,
                })
            })
            .map_err(self.sql_err())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(self.sql_err())?;
        Ok(Some((story, articles)))
    }

    /// Which of these article ids are already stored.
    pub fn known_ids<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<std::collections::HashSet<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")
            .map_err(self.sql_err())?;
        let mut known = std::collections::HashSet::new();
        for id in ids {
            if stmt.exists([id]).map_err(self.sql_err())? {
                known.insert(id.to_string());
            }
        }
        Ok(known)
    }

    /// The stored document with this id, as it was inserted.
    pub fn article(&self, id: &str) -> Result<Option<Document>, StoreError> {
        let row: Option<(String, String)> = self
            .conn
            .prepare_cached("SELECT body, doc FROM articles WHERE id = ?1")
            .and_then(|mut s| s.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional())
            .map_err(self.sql_err())?;
        row.map(|(body, doc)| document_from_row(&body, &doc).map_err(self.json_err()))
            .transpose()
    }

    /// Calls `f` with every stored document, in ingestion order (export),
    /// and stops at the first error, `f`'s own (a closed pipe) or the
    /// store's. Returns how many there were.
    pub fn for_each_document<E: From<StoreError>>(
        &self,
        mut f: impl FnMut(Document) -> Result<(), E>,
    ) -> Result<usize, E> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT body, doc FROM articles ORDER BY seq")
            .map_err(self.sql_err())?;
        let mut rows = stmt.query([]).map_err(self.sql_err())?;
        let mut n = 0;
        while let Some(row) = rows.next().map_err(self.sql_err())? {
            let body: String = row.get(0).map_err(self.sql_err())?;
            let doc: String = row.get(1).map_err(self.sql_err())?;
            f(document_from_row(&body, &doc).map_err(self.json_err())?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Tidies the store after a large ingest: merges the full-text index
    /// into one segment (faster searches) and refreshes the query planner's
    /// statistics. Safe to skip; slow on a big store, so call it once at the
    /// end, not per batch.
    pub fn optimize(&self) -> Result<(), StoreError> {
        self.conn
            .execute_batch(
                "INSERT INTO articles_fts (articles_fts) VALUES ('optimize'); PRAGMA optimize;",
            )
            .map_err(self.sql_err())
    }

    /// Counts, the span of published days and the biggest outlets.
    pub fn overview(&self) -> Result<Overview, StoreError> {
        let counts = self.counts()?;
        let (first_day, last_day, undated) = self
            .conn
            .query_row(
                "SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)),
                        sum(published IS NULL OR published NOT GLOB '[0-9][0-9][0-9][0-9]-*')
                 FROM articles",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, Option<i64>>(2)?)),
            )
            .map_err(self.sql_err())?;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL
                 GROUP BY outlet ORDER BY n DESC, outlet LIMIT 15",
            )
            .map_err(self.sql_err())?;
        let outlets = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))
            .map_err(self.sql_err())?
            .collect::<Result<_, _>>()
            .map_err(self.sql_err())?;
        Ok(Overview {
            counts,
            first_day,
            last_day,
            undated: undated.unwrap_or(0) as u64,
            outlets,
            schema: schema::VERSION,
        })
    }

    /// How many articles, entities, events and agreements are stored.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
                        (SELECT count(*) FROM events), (SELECT count(*) FROM agreements),
                        (SELECT count(DISTINCT story) FROM articles)",
                [],
                |r| {
                    Ok(Counts {
                        articles: r.get::<_, i64>(0)? as u64,
                        entities: r.get::<_, i64>(1)? as u64,
                        events: r.get::<_, i64>(2)? as u64,
                        agreements: r.get::<_, i64>(3)? as u64,
                        stories: r.get::<_, i64>(4)? as u64,
                    })
                },
            )
            .map_err(self.sql_err())
    }
}

/// Either failure of storing one document.
enum InsertError {
    Sql(rusqlite::Error),
    Json(serde_json::Error),
}

impl From<rusqlite::Error> for InsertError {
    fn from(e: rusqlite::Error) -> Self {
        InsertError::Sql(e)
    }
}

impl From<serde_json::Error> for InsertError {
    fn from(e: serde_json::Error) -> Self {
        InsertError::Json(e)
    }
}

/// Stores one document and its analysis; `false` when its id was already there.
fn insert_document(
    conn: &Connection,
    doc: &Document,
    source: Source<'_>,
) -> Result<bool, InsertError> {
    // Checked first, so re-ingesting stored articles costs one index lookup.
    let exists = conn
        .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?
        .exists([&doc.id])?;
    if exists {
        return Ok(false);
    }
    let doc = &*finite_scores(doc);
    conn.prepare_cached(
        "INSERT INTO articles (id, title, published, outlet, section, url, authors, lead,
             body, captions, related, origin, ingested_at, doc, dateline, analysis)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
             strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?13, ?14, ?15)",
    )?
    .execute(params![
        doc.id,
        doc.title,
        doc.published,
        doc.outlet,
        doc.section,
        doc.url,
        serde_json::to_string(&doc.authors)?,
        doc.lead,
        doc.body,
        serde_json::to_string(&doc.captions)?,
        serde_json::to_string(&doc.related)?,
        source.origin,
        doc_json(doc)?,
        source.dateline,
        source.analysis,
    ])?;
    let seq = conn.last_insert_rowid();
    let folded_body = fold_for_search(&doc.body);
    stories::assign(conn, seq, &doc.id, doc, &folded_body)?;
    conn.prepare_cached("INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)")?
        .execute(params![
            seq,
            doc.title.as_deref().map(fold_for_search),
            folded_body,
        ])?;
    insert_records(conn, doc)?;
    Ok(true)
}

/// JSON has no NaN: a non-finite score would be written as null and then
/// never read back, so it is stored as 0. Rare, so the copy costs nothing
/// in practice.
fn finite_scores(doc: &Document) -> std::borrow::Cow<'_, Document> {
    if doc.events.iter().all(|e| e.goldstein.is_finite()) {
        return std::borrow::Cow::Borrowed(doc);
    }
    let mut copy = doc.clone();
    for e in &mut copy.events {
        if !e.goldstein.is_finite() {
            e.goldstein = 0.0;
        }
    }
    std::borrow::Cow::Owned(copy)
}

/// The document as the `doc` column keeps it: JSON without the body,
/// which has its own column.
fn doc_json(doc: &Document) -> Result<String, serde_json::Error> {
    let mut json = serde_json::to_string(doc)?;
    json::remove_top_level_member(&mut json, "body");
    Ok(json)
}

/// Stores a document's entities, events and agreements (its article row
/// is already there).
fn insert_records(conn: &Connection, doc: &Document) -> Result<(), InsertError> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO entities (article_id, idx, type, name, country, gazetteer_id, actor,
             roles, mentions, names_folded)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (idx, e) in doc.entities.iter().enumerate() {
        stmt.execute(params![
            doc.id,
            idx as i64,
            serde_json::to_value(e.kind)?.as_str().unwrap_or_default(),
            e.name,
            e.country,
            e.id,
            e.actor,
            serde_json::to_string(&e.roles)?,
            serde_json::to_string(&e.mentions)?,
            entities::names_folded(&e.name, &e.mentions),
        ])?;
    }

    let day = published_day(doc.published.as_deref());
    let mut stmt = conn.prepare_cached(
        "INSERT INTO events (article_id, idx, code, root, source_name, source_country,
             source_actor, target_name, target_country, target_actor, actors_folded, date, day,
             location, location_country, goldstein, quad_class, sentence, \"start\", \"end\",
             rule, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18, ?19, ?20, ?21, ?22)",
    )?;
    for (idx, e) in doc.events.iter().enumerate() {
        let root: String = e.code.chars().take(2).collect();
        stmt.execute(params![
            doc.id,
            idx as i64,
            e.code,
            root,
            e.source.as_ref().map(|a| &a.name),
            e.source.as_ref().and_then(|a| a.country.as_ref()),
            e.source.as_ref().and_then(|a| a.actor.as_ref()),
            e.target.as_ref().map(|a| &a.name),
            e.target.as_ref().and_then(|a| a.country.as_ref()),
            e.target.as_ref().and_then(|a| a.actor.as_ref()),
            actors_folded(e),
            e.date,
            e.date.as_deref().or(day),
            e.location.as_ref().map(|p| &p.name),
            e.location.as_ref().and_then(|p| p.country.as_ref()),
            f64::from(e.goldstein),
            e.quad_class,
            e.sentence,
            e.provenance.start as i64,
            e.provenance.end as i64,
            e.rule,
            serde_json::to_string(e)?,
        ])?;
    }

    let mut stmt = conn.prepare_cached(
        "INSERT INTO agreements (article_id, idx, kind, title, parties, date, location,
             sentence, \"start\", \"end\", json, day, parties_folded, title_folded)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    for (idx, a) in doc.agreements.iter().enumerate() {
        stmt.execute(params![
            doc.id,
            idx as i64,
            serde_json::to_value(a.kind)?.as_str().unwrap_or_default(),
            a.title,
            serde_json::to_string(&a.parties)?,
            a.date,
            a.location,
            a.sentence,
            a.provenance.start as i64,
            a.provenance.end as i64,
            serde_json::to_string(a)?,
            a.date.as_deref().or(day),
            agreements::parties_folded(&a.parties),
            fold_for_search(&a.title),
        ])?;
    }
    Ok(())
}

/// The `YYYY-MM-DD` day of a published stamp (`2024-06-19` or RFC 3339,
/// whose date part is the outlet's local day).
fn published_day(published: Option<&str>) -> Option<&str> {
    let day = published?.get(..10)?;
    is_date_prefix(day).then_some(day)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, digits where digits belong.
fn is_date_prefix(s: &str) -> bool {
    let b = s.as_bytes();
    matches!(b.len(), 4 | 7 | 10)
        && b.iter().enumerate().all(|(i, &c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Closes each field of a folded column: a control character no folded
/// query contains ([`check_folded`] drops them), so a match never spans two
/// fields.
const FIELD_END: char = '\u{1f}';

/// Appends `text` folded as one field of a folded column.
fn push_folded_field(out: &mut String, text: &str) {
    out.push_str(&fold_for_search(text));
    out.push(FIELD_END);
}

/// Both sides' names and actor codes, folded, one field each.
fn actors_folded(e: &DocEvent) -> String {
    let mut out = String::new();
    for side in [&e.source, &e.target].into_iter().flatten() {
        push_folded_field(&mut out, &side.name);
        push_folded_field(&mut out, side.actor.as_deref().unwrap_or_default());
    }
    out
}

/// ` LIMIT ? OFFSET ?` for a page of `limit` rows (all when `None`) after
/// the first `offset`.
fn push_page(sql: &mut String, values: &mut Vec<Value>, limit: Option<usize>, offset: usize) {
    if limit.is_none() && offset == 0 {
        return;
    }
    // SQLite reads a negative limit as none.
    let limit = limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    sql.push_str(" LIMIT ? OFFSET ?");
    values.push(Value::Integer(limit));
    values.push(Value::Integer(i64::try_from(offset).unwrap_or(i64::MAX)));
}

/// The page of rows folded in Rust (distinct ones): `limit` after `offset`.
fn page<T>(mut rows: Vec<T>, limit: Option<usize>, offset: usize) -> Vec<T> {
    rows.drain(..offset.min(rows.len()));
    rows.truncate(limit.unwrap_or(usize::MAX));
    rows
}

/// Rebuilds a stored document from its JSON and its body column.
fn document_from_row(body: &str, doc: &str) -> Result<Document, serde_json::Error> {
    // The body goes back in as the object's first member, in the text: one
    // parse, without building a `Value` tree first (export and refresh read
    // every stored document).
    let rest = doc.trim_start().strip_prefix('{').unwrap_or(doc);
    let mut json = String::with_capacity(body.len() + doc.len() + 16);
    json.push_str("{\"body\":");
    json.push_str(&serde_json::to_string(&body)?);
    if !rest.trim_start().starts_with('}') {
        json.push(',');
    }
    json.push_str(rest);
    serde_json::from_str(&json)
}

/// The SQL and parameters of an event query.
fn event_query(filter: &EventFilter) -> Result<(String, Vec<Value>), StoreError> {
    let mut sql = String::from(
        "SELECT e.article_id, a.title, a.outlet, a.published, a.url, e.json, a.story
         FROM events e JOIN articles a ON a.id = e.article_id WHERE 1",
    );
    let mut values: Vec<Value> = Vec::new();

    if let Some(actor) = nonblank(&filter.actor) {
        sql.push_str(" AND instr(e.actors_folded, ?) > 0");
        values.push(Value::Text(check_folded(actor)));
    }
    let countries: Vec<String> = filter
        .countries
        .iter()
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty())
        .collect();
    match countries.as_slice() {
        [] => {}
        [one] => {
            sql.push_str(" AND (e.source_country = ? OR e.target_country = ?)");
            values.extend([Value::Text(one.clone()), Value::Text(one.clone())]);
        }
        [a, b] => {
            sql.push_str(
                " AND ((e.source_country = ? AND e.target_country = ?)
                    OR (e.source_country = ? AND e.target_country = ?))",
            );
            values.extend([a, b, b, a].into_iter().map(|c| Value::Text(c.clone())));
        }
        _ => {
            return Err(StoreError::InvalidFilter(format!(
                "an event has two sides: give one or two countries, got {}",
                countries.join(", ")
            )))
        }
    }
    if let Some(code) = nonblank(&filter.code) {
        if code.len() > 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(StoreError::InvalidFilter(format!(
                "CAMEO code prefix must be 1-4 digits, got {code:?}"
            )));
        }
        // A range, so the index on code serves it; ':' sorts right after '9'.
        sql.push_str(" AND e.code >= ? AND e.code < ?");
        values.push(Value::Text(code.to_owned()));
        values.push(Value::Text(format!("{code}:")));
    }
    push_day_range(&mut sql, &mut values, "e.day", &filter.since, &filter.until)?;
    if let Some(story) = nonblank(&filter.story) {
        sql.push_str(" AND a.story = (SELECT story FROM articles WHERE id = ?)");
        values.push(Value::Text(story.to_owned()));
    }
    sql.push_str(" ORDER BY e.day DESC, a.seq, e.idx");
    // Distinct events are counted over every match; the limit is applied
    // after folding.
    if !filter.distinct {
        push_page(&mut sql, &mut values, filter.limit, filter.offset);
    }
    Ok((sql, values))
}

/// Narrows a query to `day` (an SQL expression giving `YYYY-MM-DD`) from
/// `since` to `until`, both inclusive and of the forms `check_date` takes.
fn push_day_range(
    sql: &mut String,
    values: &mut Vec<Value>,
    day: &str,
    since: &Option<String>,
    until: &Option<String>,
) -> Result<(), StoreError> {
    if let Some(since) = nonblank(since) {
        check_date(since, "since")?;
        sql.push_str(&format!(" AND {day} >= ?"));
        values.push(Value::Text(since.to_owned()));
    }
    if let Some(until) = nonblank(until) {
        check_date(until, "until")?;
        // Compare on the prefix, so "2024-06" takes every day of June.
        sql.push_str(&format!(" AND substr({day}, 1, ?) <= ?"));
        values.push(Value::Integer(until.len() as i64));
        values.push(Value::Text(until.to_owned()));
    }
    Ok(())
}

/// Folds events told by several articles of one story into one (the first
/// in query order, which is the earliest stored among a day's), counting
/// the articles and outlets.
fn distinct_events(events: Vec<StoredEvent>) -> Vec<StoredEvent> {
    fold_told(events, StoredEvent::happening, |e| &mut e.told)
}

/// Folds rows with the same `key` into the first of them and counts in its
/// [`Told`] (`told` gives a row's) how many distinct articles and outlets
/// told it (an article without an outlet counts as an outlet of its own)
/// and how many tellings they hold. Order is kept.
fn fold_told<T, K: std::hash::Hash + Eq>(
    rows: Vec<T>,
    key: impl Fn(&T) -> K,
    told: impl Fn(&mut T) -> &mut Told,
) -> Vec<T> {
    use std::collections::hash_map::{Entry, HashMap};
    use std::collections::HashSet;
    let mut out: Vec<T> = Vec::new();
    let mut tellers: Vec<(HashSet<String>, HashSet<String>)> = Vec::new();
    let mut seen: HashMap<K, usize> = HashMap::new();
    for mut row in rows {
        let teller = told(&mut row);
        let article = teller.article_id.clone();
        let outlet = teller.outlet.clone().unwrap_or_else(|| article.clone());
        let tellings = teller.tellings;
        let at = match seen.entry(key(&row)) {
            Entry::Occupied(at) => {
                told(&mut out[*at.get()]).tellings += tellings;
                *at.get()
            }
            Entry::Vacant(slot) => {
                out.push(row);
                tellers.push(Default::default());
                *slot.insert(out.len() - 1)
            }
        };
        let (articles, outlets) = &mut tellers[at];
        articles.insert(article);
        outlets.insert(outlet);
    }
    for (row, (articles, outlets)) in out.iter_mut().zip(tellers) {
        let teller = told(row);
        (teller.articles, teller.outlets) = (articles.len(), outlets.len());
    }
    out
}

/// A filter's text as the folded columns hold it; control characters,
/// which separate fields there, are dropped so a match stays in one field.
fn check_folded(text: &str) -> String {
    fold_for_search(text)
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

/// The trimmed value of a filter field, `None` when unset or blank.
fn nonblank(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn check_date(value: &str, name: &str) -> Result<(), StoreError> {
    if is_date_prefix(value) {
        Ok(())
    } else {
        Err(StoreError::InvalidFilter(format!(
            "--{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value:?}"
        )))
    }
}

#[cfg(test)]
mod tests;
