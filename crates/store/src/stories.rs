//! Filing each article into a story as it is stored.
//!
//! `thoisu-cluster` decides whether two articles tell the same story; this
//! module keeps its index in SQL: `fingerprints` holds each article's
//! fingerprint, `story_keys` the keys it is filed under, and
//! `articles.story` the id of the story's first stored article. A story's
//! id therefore never changes when later articles join it, and stories are
//! never merged — until `refresh` changes documents: then every article
//! is filed again, oldest first (`refile_all`), as a fresh ingest would.
//!
//! Invariants: every article has a story (itself when alone); the work
//! happens inside the insert's transaction, so a crash leaves no article
//! without one.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};
use thoisu_cluster::{same_story, Fingerprint};
use thoisu_core::Document;
use thoisu_normalise::fold_for_search;

/// At most this many earlier articles are compared per lookup key: a name
/// on a busy day can be in hundreds, and the newest are the likeliest kin.
const CANDIDATES_PER_KEY: i64 = 200;

/// Whether a stored fingerprint (JSON) tells the same story. One this build
/// cannot read counts as unrelated, never as an error: it only costs a
/// missed link.
fn matches(fingerprint: &Fingerprint, stored: &str) -> bool {
    serde_json::from_str::<Fingerprint>(stored).is_ok_and(|other| same_story(fingerprint, &other))
}

/// Adds the newest articles before `seq` filed under `key` (by `lookup`,
/// one of the key indexes' queries) to `candidates`.
fn push_filed(
    lookup: &mut rusqlite::CachedStatement<'_>,
    key: &dyn rusqlite::ToSql,
    seq: i64,
    candidates: &mut Vec<i64>,
) -> Result<(), rusqlite::Error> {
    for row in lookup.query_map(params![key, seq, CANDIDATES_PER_KEY], |r| r.get(0))? {
        candidates.push(row?);
    }
    Ok(())
}

/// Files the stored article `seq` (id `id`, body folded by
/// `fold_for_search`) into a story and indexes it.
pub(crate) fn assign(
    conn: &Connection,
    seq: i64,
    id: &str,
    doc: &Document,
    folded_body: &str,
) -> Result<(), rusqlite::Error> {
    let fingerprint = Fingerprint::with_folded_body(doc, folded_body);
    let text_keys = fingerprint.text_keys();
    let mut candidates: Vec<i64> = Vec::new();
    let mut by_key = conn.prepare_cached(
        "SELECT seq FROM story_keys WHERE key = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3",
    )?;
    for key in fingerprint.lookup_keys() {
        push_filed(&mut by_key, &key, seq, &mut candidates)?;
    }
    let mut by_band = conn.prepare_cached(
        "SELECT seq FROM text_keys WHERE band = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT ?3",
    )?;
    for band in &text_keys {
        push_filed(&mut by_band, band, seq, &mut candidates)?;
    }
    candidates.sort_unstable();
    candidates.dedup();

    // The candidates' stories, keyed by their first article's seq, each
    // with its members among the candidates.
    let mut stories: BTreeMap<i64, (String, Vec<i64>)> = BTreeMap::new();
    {
        let mut story_of = conn.prepare_cached(
            "SELECT a.story, s.seq FROM articles a JOIN articles s ON s.id = a.story
             WHERE a.seq = ?1",
        )?;
        for candidate in candidates {
            let row: Option<(String, i64)> = story_of
                .query_row([candidate], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((story, first)) = row {
                stories
                    .entry(first)
                    .or_insert_with(|| (story, Vec::new()))
                    .1
                    .push(candidate);
            }
        }
    }
    // The oldest story whose first article matches. Judging by the first
    // report keeps a story from drifting along a chain of articles each like
    // the one before (letting two matching members vote instead made one
    // story of seven undated Korea pieces on the bench); stories are never
    // merged, so a story's id and members only ever grow. A story whose
    // first article shared no key with this one is judged by it too once
    // one of its other members matches. Fingerprints are read lazily, oldest
    // story first, and the search stops at the first story that takes the
    // article.
    let mut stored = conn.prepare_cached("SELECT fingerprint FROM fingerprints WHERE seq = ?1")?;
    let mut matches_seq = |seq: i64| -> Result<bool, rusqlite::Error> {
        let json: Option<String> = stored.query_row([seq], |r| r.get(0)).optional()?;
        Ok(json.is_some_and(|j| matches(&fingerprint, &j)))
    };
    let mut story = id.to_owned();
    for (first, (story_id, members)) in stories {
        let takes = if members.contains(&first) {
            matches_seq(first)?
        } else {
            let mut member_matches = false;
            for m in members {
                if matches_seq(m)? {
                    member_matches = true;
                    break;
                }
            }
            member_matches && matches_seq(first)?
        };
        if takes {
            story = story_id;
            break;
        }
    }
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
    let mut file =
        conn.prepare_cached("INSERT OR IGNORE INTO text_keys (band, seq) VALUES (?1, ?2)")?;
    for band in text_keys {
        file.execute(params![band, seq])?;
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
    file_unfiled(&tx)?;
    tx.commit()?;
    Ok(true)
}

/// Files every article that has no story yet, oldest first.
fn file_unfiled(conn: &Connection) -> Result<(), rusqlite::Error> {
    let mut stmt =
        conn.prepare("SELECT seq, id, body, doc FROM articles WHERE story IS NULL ORDER BY seq")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (seq, id, body, json) = row?;
        // A document JSON this build cannot read still gets a story
        // of its own.
        let doc: Document = crate::document_from_row(&body, &json).unwrap_or_default();
        assign(conn, seq, &id, &doc, &fold_for_search(&doc.body))?;
    }
    Ok(())
}

/// Files every article again, oldest first, as a fresh ingest in the same
/// order would: after `refresh` changed documents, their keys and
/// fingerprints are stale, and so may be any later article's story. Story
/// ids may change (a story keeps the id of its first article). Runs inside
/// the caller's transaction.
pub(crate) fn refile_all(conn: &Connection) -> Result<(), rusqlite::Error> {
    conn.execute_batch(
        "DELETE FROM story_keys; DELETE FROM text_keys; DELETE FROM fingerprints;
         UPDATE articles SET story = NULL;",
    )?;
    file_unfiled(conn)
}
