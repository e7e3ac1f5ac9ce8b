//! `thoisu serve [--addr 127.0.0.1:8080]`: the store over HTTP.
//!
//! - `GET /api/articles/{id}`: the stored article document (CONTRACT.md).
//! - `GET /api/events?actor=&country=&code=&since=&until=&story=&limit=&offset=&distinct=`:
//!   events as `events --format json` prints them, as one JSON array
//!   (limit 100 by default, at most 10,000; `offset` pages past it);
//!   `country=VNM,PRK` gives the events between two countries.
//! - `GET /api/events/counts?by=month&…`: the matching events (same
//!   filters, no limit) counted by day, month, year, code, root, quad,
//!   source, target or pair, as `events --count BY --format json` (one
//!   JSON array).
//! - `GET /api/agreements?party=&country=&kind=&title=&since=&until=&story=&limit=&offset=&distinct=`
//!   (`actor=` for `party=`, as the events endpoint names it):
//!   signed documents as `agreements --format json` prints them, as one
//!   JSON array (same limits).
//! - `GET /api/entities?name=&type=&country=&since=&until=&story=&limit=&offset=`:
//!   entities summed over articles, as `entities --format json` prints
//!   them, as one JSON array (same limits).
//! - `GET /api/search?q=&limit=`: full-text hits, as `search --json`.
//! - `GET /api/stories?since=&until=&min_articles=&limit=`: stories (two
//!   articles or more by default), each with its articles.
//! - `GET /api/stories/{id}`: one story (by its id or any member's) with its
//!   articles, events and signed documents.
//! - `GET /api/stats`: how many articles, stories, entities, events,
//!   agreements; the first and last published day, undated articles, the
//!   biggest outlets and the schema version (as `thoisu stats --json`).
//! - `GET /`: the web UI (`web/index.html`, embedded at build), which uses
//!   only the endpoints above.
//!
//! Errors are JSON `{"error": "..."}` with 400 (bad filter), 404 (no such
//! article) or 500. An SQLite connection is not shared across threads, so
//! the server opens one per core (at most [`MAX_CONNECTIONS`]), each behind
//! a mutex; a query takes a free one (WAL lets readers run side by side,
//! and beside a running ingest) on tokio's blocking pool.

use crate::counts::{count, CountBy};
use crate::output::Outcome;
use crate::query::{
    json_agreement, json_entity, json_event, json_hit, json_story, json_story_article, open,
};
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use thoisu_store::{AgreementFilter, EntityFilter, EventFilter, Store, StoreError, StoryFilter};

/// The most events one request returns.
const MAX_EVENTS: usize = 10_000;

/// Read connections the server keeps open at most.
const MAX_CONNECTIONS: usize = 8;

/// The server's connections to the store.
struct Pool {
    stores: Vec<Mutex<Store>>,
    /// Where the next query waits when every connection is busy.
    next: AtomicUsize,
}

impl Pool {
    fn open(first: Store, db: &Path) -> anyhow::Result<Pool> {
        let wanted = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, MAX_CONNECTIONS);
        let mut stores = vec![Mutex::new(first)];
        for _ in 1..wanted {
            stores.push(Mutex::new(open(db)?));
        }
        Ok(Pool {
            stores,
            next: AtomicUsize::new(0),
        })
    }

    /// A free connection, else the next one in turn (waiting for it).
    fn take(&self) -> MutexGuard<'_, Store> {
        for store in &self.stores {
            if let Ok(guard) = store.try_lock() {
                return guard;
            }
        }
        let at = self.next.fetch_add(1, Ordering::Relaxed) % self.stores.len();
        self.stores[at]
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

type Shared = Arc<Pool>;

pub fn run(db: &Path, addr: &str) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
        // Printed once bound, with the real port (`--addr 127.0.0.1:0`).
        eprintln!(
            "thoisu: serving {} on http://{}/ (Ctrl-C stops)",
            db.display(),
            listener.local_addr()?
        );
        axum::serve(listener, app(Pool::open(store, db)?))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(Outcome::Done)
    })
}

fn app(pool: Pool) -> Router {
    Router::new()
        .route("/", get(|| async { Html(include_str!("web/index.html")) }))
        .route("/api/articles/{id}", get(article))
        .route("/api/events", get(events))
        .route("/api/events/counts", get(event_counts))
        .route("/api/agreements", get(agreements))
        .route("/api/entities", get(entities))
        .route("/api/search", get(search))
        .route("/api/stories", get(stories))
        .route("/api/stories/{id}", get(story))
        .route("/api/stats", get(stats))
        .with_state(Arc::new(pool))
}

/// Runs a store query on the blocking pool.
async fn with_store<T: Send + 'static>(
    store: Shared,
    f: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(move || f(&store.take()))
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
        .map_err(ApiError::from)
}

struct ApiError(StatusCode, String);

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        // The store rejects malformed filters (dates) with its own error;
        // those are the caller's fault.
        let status = match e {
            StoreError::InvalidFilter(_) => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError(status, e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

async fn article(
    State(store): State<Shared>,
    UrlPath(id): UrlPath<String>,
) -> Result<Json<Value>, ApiError> {
    let wanted = id.clone();
    match with_store(store, move |s| s.article(&wanted)).await? {
        Some(doc) => Ok(Json(serde_json::to_value(doc).unwrap_or_default())),
        None => Err(ApiError(
            StatusCode::NOT_FOUND,
            format!("no stored article with id {id}"),
        )),
    }
}

#[derive(Deserialize)]
struct EventQuery {
    actor: Option<String>,
    country: Option<String>,
    code: Option<String>,
    since: Option<String>,
    until: Option<String>,
    story: Option<String>,
    limit: Option<usize>,
    /// Skip this many first: `offset=100&limit=100` is the second page.
    #[serde(default)]
    offset: usize,
    /// `distinct=true`: one event per happening (see `events --distinct`).
    #[serde(default)]
    distinct: bool,
    /// `/api/events/counts` only: what to count by (see `events --count`).
    by: Option<CountBy>,
}

impl EventQuery {
    /// The store's filter; `limit` caps a listing (counts see every match).
    fn filter(self, limit: Option<usize>) -> EventFilter {
        let offset = if limit.is_some() { self.offset } else { 0 };
        EventFilter {
            offset,
            actor: self.actor,
            countries: countries(self.country.as_deref()),
            code: self.code,
            since: self.since,
            until: self.until,
            story: self.story,
            limit,
            distinct: self.distinct,
        }
    }
}

async fn events(
    State(store): State<Shared>,
    Query(q): Query<EventQuery>,
) -> Result<Json<Value>, ApiError> {
    let limit = Some(q.limit.unwrap_or(100).min(MAX_EVENTS));
    let filter = q.filter(limit);
    let events = with_store(store, move |s| s.events(&filter)).await?;
    Ok(Json(Value::Array(events.iter().map(json_event).collect())))
}

/// `GET /api/events/counts?by=month&country=VNM,PRK`: the matching events
/// counted by day, month, year, code, root, quad, source, target or pair.
async fn event_counts(
    State(store): State<Shared>,
    Query(q): Query<EventQuery>,
) -> Result<Json<Value>, ApiError> {
    let Some(by) = q.by else {
        return Err(ApiError(
            StatusCode::BAD_REQUEST,
            "by= is required: day, month, year, code, root, quad, source, target or pair".into(),
        ));
    };
    let filter = q.filter(None);
    let events = with_store(store, move |s| s.events(&filter)).await?;
    Ok(Json(
        serde_json::to_value(count(&events, by)).unwrap_or_default(),
    ))
}

/// `country=VNM,PRK` (or one country) as a filter's list.
fn countries(param: Option<&str>) -> Vec<String> {
    param
        .unwrap_or_default()
        .split([',', ' '])
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect()
}

#[derive(Deserialize)]
struct AgreementQuery {
    // `actor=` as the events endpoint calls it.
    #[serde(alias = "actor")]
    party: Option<String>,
    country: Option<String>,
    kind: Option<String>,
    title: Option<String>,
    since: Option<String>,
    until: Option<String>,
    story: Option<String>,
    limit: Option<usize>,
    #[serde(default)]
    offset: usize,
    #[serde(default)]
    distinct: bool,
}

async fn agreements(
    State(store): State<Shared>,
    Query(q): Query<AgreementQuery>,
) -> Result<Json<Value>, ApiError> {
    let filter = AgreementFilter {
        party: q.party,
        countries: countries(q.country.as_deref()),
        kind: q.kind,
        title: q.title,
        since: q.since,
        until: q.until,
        story: q.story,
        limit: Some(q.limit.unwrap_or(100).min(MAX_EVENTS)),
        offset: q.offset,
        distinct: q.distinct,
    };
    let found = with_store(store, move |s| s.agreements(&filter)).await?;
    Ok(Json(Value::Array(
        found.iter().map(json_agreement).collect(),
    )))
}

#[derive(Deserialize)]
struct EntityQuery {
    name: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    country: Option<String>,
    since: Option<String>,
    until: Option<String>,
    story: Option<String>,
    limit: Option<usize>,
    #[serde(default)]
    offset: usize,
}

async fn entities(
    State(store): State<Shared>,
    Query(q): Query<EntityQuery>,
) -> Result<Json<Value>, ApiError> {
    let filter = EntityFilter {
        name: q.name,
        kind: q.kind,
        country: q.country,
        since: q.since,
        until: q.until,
        story: q.story,
        limit: Some(q.limit.unwrap_or(100).min(MAX_EVENTS)),
        offset: q.offset,
    };
    let found = with_store(store, move |s| s.entities(&filter)).await?;
    Ok(Json(Value::Array(found.iter().map(json_entity).collect())))
}

#[derive(Deserialize)]
struct SearchQuery {
    q: String,
    limit: Option<usize>,
}

async fn search(
    State(store): State<Shared>,
    Query(q): Query<SearchQuery>,
) -> Result<Json<Value>, ApiError> {
    let limit = q.limit.unwrap_or(20).min(1000);
    let hits = with_store(store, move |s| s.search(&q.q, limit)).await?;
    Ok(Json(Value::Array(hits.iter().map(json_hit).collect())))
}

async fn stats(State(store): State<Shared>) -> Result<Json<Value>, ApiError> {
    let o = with_store(store, |s| s.overview()).await?;
    Ok(Json(serde_json::to_value(o).unwrap_or_default()))
}

#[derive(Deserialize)]
struct StoryQuery {
    since: Option<String>,
    until: Option<String>,
    min_articles: Option<usize>,
    limit: Option<usize>,
}

/// Stories, newest first; by default those told by two articles or more.
async fn stories(
    State(store): State<Shared>,
    Query(q): Query<StoryQuery>,
) -> Result<Json<Value>, ApiError> {
    let filter = StoryFilter {
        since: q.since,
        until: q.until,
        min_articles: q.min_articles.unwrap_or(2),
        limit: Some(q.limit.unwrap_or(100).min(MAX_EVENTS)),
    };
    let stories = with_store(store, move |s| {
        s.stories(&filter)?
            .iter()
            .map(|story| json_story(s, story))
            .collect()
    })
    .await?;
    Ok(Json(Value::Array(stories)))
}

/// One story, named by its id or any of its articles' ids: its articles,
/// all their events and all their signed documents.
async fn story(
    State(store): State<Shared>,
    UrlPath(id): UrlPath<String>,
) -> Result<Json<Value>, ApiError> {
    let wanted = id.clone();
    let found = with_store(store, move |s| {
        let Some((story, articles)) = s.story_articles(&wanted)? else {
            return Ok(None);
        };
        let events = s.events(&EventFilter {
            story: Some(story.clone()),
            limit: Some(MAX_EVENTS),
            ..Default::default()
        })?;
        let documents = s.agreements(&AgreementFilter {
            story: Some(story.clone()),
            limit: Some(MAX_EVENTS),
            ..Default::default()
        })?;
        Ok(Some((story, articles, events, documents)))
    })
    .await?;
    let Some((story, articles, events, documents)) = found else {
        return Err(ApiError(
            StatusCode::NOT_FOUND,
            format!("no stored article or story with id {id}"),
        ));
    };
    let members: Vec<Value> = articles.iter().map(json_story_article).collect();
    Ok(Json(json!({
        "id": story,
        "members": members,
        "events": events.iter().map(json_event).collect::<Vec<_>>(),
        "agreements": documents.iter().map(json_agreement).collect::<Vec<_>>(),
    })))
}
