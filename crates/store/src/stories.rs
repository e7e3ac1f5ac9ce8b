//! Filing each article into a story as it is stored.
//!
//! `thoisu-cluster` decides whether two articles tell the same story; this
//! module keeps its index in SQL: `fingerprints` holds each article's
//! fingerprint, `story_keys` the keys it is filed under, and
//! `articles.story` the id of the story's first stored article. A story's
//! id therefore never changes when later articles join it, and stories are
//! never merged.
//!
//! Invariants: every article has a story (itself when alone); the work
//! happens inside the insert's transaction, so a crash leaves no article
//! without one.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};
use thoisu_cluster::{same_story, Fingerprint};
use thoisu_core::Document;

/// At most this many earlier articles are compared per lookup key: a name
/// on a busy day can be in hundreds, and the newest are the likeliest kin.
const CANDIDATES_PER_KEY: i64 = 200;

/// What the candidates of one story said about an incoming article.
struct StoryVotes {
    id: String,
    /// Whether the story's first article matches (`None`: not compared).
    first_matches: Option<bool>,
    /// Whether any of its other articles matches.
    others_match: bool,
}

/// Whether a stored fingerprint (JSON) tells the same story. One this build
/// cannot read counts as unrelated, never as an error: it only costs a
/// missed link.
fn matches(fingerprint: &Fingerprint, stored: &str) -> bool {
    serde_json::from_str::<Fingerprint>(stored).is_ok_and(|other| same_story(fingerprint, &other))
}

/// Files the stored article `seq` (id `id`) into a story and indexes it.
pub(crate) fn assign(
    conn: &Connection,
    seq: i64,
    id: &str,
    doc: &Document,
) -> Result<(), rusqlite::Error> {
    let fingerprint = Fingerprint::of(doc);
    let mut candidates: Vec<i64> = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT seq FROM story_keys WHERE key = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3",
        )?;
        for key in fingerprint.lookup_keys() {
            let rows = stmt.query_map(params![key, seq, CANDIDATES_PER_KEY], |r| r.get(0))?;
            for row in rows {
                candidates.push(row?);
            }
        }
    }
    candidates.sort_unstable();
    candidates.dedup();

    // The candidates' stories, keyed by their first article's seq.
    let mut stories: BTreeMap<i64, StoryVotes> = BTreeMap::new();
    {
        let mut load = conn.prepare_cached(
            "SELECT f.fingerprint, a.story, s.seq FROM fingerprints f
             JOIN articles a ON a.seq = f.seq JOIN articles s ON s.id = a.story
             WHERE f.seq = ?1",
        )?;
        for candidate in candidates {
            let row: Option<(String, String, i64)> = load
                .query_row([candidate], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?;
            let Some((json, story, first)) = row else {
                continue;
            };
            let votes = stories.entry(first).or_insert_with(|| StoryVotes {
                id: story,
                first_matches: None,
                others_match: false,
            });
            let matched = matches(&fingerprint, &json);
            if candidate == first {
                votes.first_matches = Some(matched);
            } else if matched {
                votes.others_match = true;
            }
        }
        // A story some article matched is judged by its first article too,
        // even when that one shared no key with this article.
        let mut first_fp =
            conn.prepare_cached("SELECT fingerprint FROM fingerprints WHERE seq = ?1")?;
        for (first, votes) in stories.iter_mut() {
            if votes.first_matches.is_none() && votes.others_match {
                let json: Option<String> = first_fp.query_row([first], |r| r.get(0)).optional()?;
                votes.first_matches = Some(json.is_some_and(|j| matches(&fingerprint, &j)));
            }
        }
    }
    // The oldest story whose first article matches. Judging by the first
    // report keeps a story from drifting along a chain of articles each like
    // the one before (letting two matching members vote instead made one
    // story of seven undated Korea pieces on the bench); stories are never
    // merged, so a story's id and members only ever grow.
    let story = stories
        .into_values()
        .find(|v| v.first_matches == Some(true))
        .map_or_else(|| id.to_owned(), |v| v.id);
    conn.prepare_cached("UPDATE articles SET story = ?1 WHERE seq = ?2")?
        .execute(params![story, seq])?;
    let json =
        serde_json::to_string(&fingerprint).expect("a fingerprint is strings and lists of strings");
    conn.prepare_cached("INSERT INTO fingerprints (seq, fingerprint) VALUES (?1, ?2)")?
        .execute(params![seq, json])?;
    let mut file =
        conn.prepare_cached("INSERT OR IGNORE INTO story_keys (key, seq) VALUES (?1, ?2)")?;
    for key in fingerprint.keys() {
        file.execute(params![key, seq])?;
    }
    Ok(())
}

/// Files the articles of a store written before stories existed, oldest
/// first, as if they had been ingested with them. Runs once, when such a
/// store is opened; `false` when there was nothing to do.
pub(crate) fn backfill(conn: &mut Connection) -> Result<bool, rusqlite::Error> {
    let pending = conn
        .prepare("SELECT 1 FROM articles WHERE story IS NULL LIMIT 1")?
        .exists([])?;
    if !pending {
        return Ok(false);
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    {
        let mut stmt =
            tx.prepare("SELECT seq, id, doc FROM articles WHERE story IS NULL ORDER BY seq")?;
        let rows: Vec<(i64, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        for (seq, id, json) in rows {
            // The fingerprint needs no body; a document JSON this build
            // cannot read still gets a story of its own.
            let doc: Document = crate::document_from_row(String::new(), &json).unwrap_or_default();
            assign(&tx, seq, &id, &doc)?;
        }
    }
    tx.commit()?;
    Ok(true)
}
