//! The store's schema and its migrations.
//!
//! A store is recognised by `PRAGMA application_id` (so a stray SQLite file is
//! never mistaken for one, nor modified), and its schema version is
//! `PRAGMA user_version` = the number of [`MIGRATIONS`] applied. Migrations
//! only ever get appended: an old store is brought forward on open, a store
//! written by a newer thoisu is refused rather than misread.

use rusqlite::types::Value;
use rusqlite::{Connection, TransactionBehavior};

/// "THSU" in ASCII: marks an SQLite file as a thoisu store.
pub(crate) const APPLICATION_ID: i64 = 0x5448_5355;

/// Schema steps, in order; step `n` takes the store from version `n` to `n + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: articles, their analysis, and the folded full-text index.
    r#"
    CREATE TABLE articles (
        -- An explicit integer key: the full-text index points at it, and
        -- unlike an implicit rowid it survives VACUUM.
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
        title TEXT,
        published TEXT,
        outlet TEXT,
        section TEXT,
        url TEXT,
        authors TEXT NOT NULL,      -- JSON array
        lead TEXT,
        body TEXT NOT NULL,
        captions TEXT NOT NULL,     -- JSON array
        related TEXT NOT NULL,      -- JSON array
        origin TEXT,
        ingested_at TEXT NOT NULL,
        doc TEXT NOT NULL           -- the Document as JSON, minus the body
    );
    CREATE INDEX articles_published ON articles(published);

    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        gazetteer_id TEXT,
        actor TEXT,
        roles TEXT NOT NULL,        -- JSON array
        mentions TEXT NOT NULL,     -- JSON array of surface forms
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX entities_name ON entities(name);

    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        code TEXT NOT NULL,
        root TEXT NOT NULL,         -- CAMEO root: the first two digits
        source_name TEXT,
        source_country TEXT,
        source_actor TEXT,
        target_name TEXT,
        target_country TEXT,
        target_actor TEXT,
        -- Both sides' names and actor codes, folded, for the actor filter.
        actors_folded TEXT NOT NULL,
        date TEXT,                  -- the event's own date
        day TEXT,                   -- date, else the article's published day
        location TEXT,
        location_country TEXT,
        goldstein REAL,
        quad_class INTEGER,
        sentence TEXT,
        "start" INTEGER,
        "end" INTEGER,
        rule TEXT,
        json TEXT NOT NULL,         -- the DocEvent as JSON
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX events_code ON events(code);
    CREATE INDEX events_source_country ON events(source_country);
    CREATE INDEX events_target_country ON events(target_country);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_day ON events(day);

    CREATE TABLE agreements (
        article_id TEXT NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        parties TEXT NOT NULL,      -- JSON array of {name, country}
        date TEXT,
        location TEXT,
        sentence TEXT,
        "start" INTEGER,
        "end" INTEGER,
        json TEXT NOT NULL,         -- the DocAgreement as JSON
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX agreements_date ON agreements(date);

    -- Contentless: the folded text is only needed to build the index;
    -- snippets are cut from articles.body.
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body,
        content = '',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    "#,
    // 2: stories. `story` is the id of the story's first stored article;
    // stores written before this step get theirs on first open
    // (`stories::backfill`).
    r#"
    ALTER TABLE articles ADD COLUMN story TEXT;
    CREATE INDEX articles_story ON articles(story);

    -- What thoisu-cluster compares: one JSON fingerprint per article.
    CREATE TABLE fingerprints (
        seq INTEGER PRIMARY KEY REFERENCES articles(seq),
        fingerprint TEXT NOT NULL
    );

    -- The keys each article is filed under (happenings, names by day).
    CREATE TABLE story_keys (
        key TEXT NOT NULL,
        seq INTEGER NOT NULL REFERENCES articles(seq),
        PRIMARY KEY (key, seq)
    ) WITHOUT ROWID;
    "#,
    // 3: agreements queried by day, party and title. `day` is the
    // document's date or the article's published day, as `events.day`;
    // the folded columns of older rows are filled on first open
    // (`agreements::backfill`).
    r#"
    ALTER TABLE agreements ADD COLUMN day TEXT;
    ALTER TABLE agreements ADD COLUMN parties_folded TEXT;
    ALTER TABLE agreements ADD COLUMN title_folded TEXT;
    UPDATE agreements SET day = coalesce(date, (
        SELECT substr(a.published, 1, 10) FROM articles a
        WHERE a.id = agreements.article_id
          AND a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'));
    CREATE INDEX agreements_day ON agreements(day);
    "#,
    // 4: the bands of each article's wording signature (thoisu-cluster's
    // `text`), the stories' lookup for near copies. Articles stored before
    // have none: they are found by their other keys only.
    r#"
    CREATE TABLE text_keys (
        band INTEGER NOT NULL,
        seq INTEGER NOT NULL REFERENCES articles(seq),
        PRIMARY KEY (band, seq)
    ) WITHOUT ROWID;
    "#,
    // 5: entities found by any written form; older rows are filled on
    // first open (`entities::backfill`).
    r#"
    ALTER TABLE entities ADD COLUMN names_folded TEXT;
    "#,
    // 6: the rows a backfill still has to fold, so that opening a store
    // (every `serve` connection does) finds them without scanning every
    // entity and agreement; both stay empty once filled.
    r#"
    CREATE INDEX entities_unfolded ON entities(article_id) WHERE names_folded IS NULL;
    CREATE INDEX agreements_unfolded ON agreements(article_id) WHERE parties_folded IS NULL;
    "#,
    // 7: what `refresh` needs to analyse an article again as it was first
    // analysed: the page's date line and the options (JSON) it was analysed
    // with; NULL for articles stored before. `store_state` holds flags that
    // must survive a crash, such as stories waiting to be filed again.
    r#"
    ALTER TABLE articles ADD COLUMN dateline TEXT;
    ALTER TABLE articles ADD COLUMN analysis TEXT;
    CREATE TABLE store_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    "#,
];

/// The schema version this build writes and reads.
pub(crate) const VERSION: i64 = MIGRATIONS.len() as i64;

/// What an existing file turned out to be.
pub(crate) enum Identity {
    /// Ours (or empty, about to become ours).
    Store,
    /// An SQLite database that belongs to something else.
    Foreign { application_id: i64, tables: i64 },
}

/// Looks at the file before anything writes to it.
pub(crate) fn identify(conn: &Connection) -> rusqlite::Result<Identity> {
    let application_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    if application_id == APPLICATION_ID || (application_id == 0 && tables == 0) {
        Ok(Identity::Store)
    } else {
        Ok(Identity::Foreign {
            application_id,
            tables,
        })
    }
}

/// Outcome of [`migrate`] when the store cannot be used.
pub(crate) enum MigrateError {
    TooNew(i64),
    Sql(rusqlite::Error),
}

impl From<rusqlite::Error> for MigrateError {
    fn from(e: rusqlite::Error) -> Self {
        MigrateError::Sql(e)
    }
}

/// Applies the missing migrations in one write transaction; the version is
/// read again inside it so two processes opening a new store at once apply
/// each step exactly once.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), MigrateError> {
    // Fast path without the write lock: a reader opening an up-to-date
    // store must not wait for a running ingest.
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > VERSION {
        return Err(MigrateError::TooNew(found));
    }
    if found == VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > VERSION {
        return Err(MigrateError::TooNew(found));
    }
    if found == VERSION {
        return Ok(());
    }
    for step in &MIGRATIONS[found.max(0) as usize..] {
        tx.execute_batch(step)?;
    }
    tx.execute_batch(&format!(
        "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {VERSION};"
    ))?;
    tx.commit()?;
    Ok(())
}

/// Fills, once, what a schema step added to rows stored before it. When
/// `pending` finds such a row, every row `select` reads gets the values
/// `fill` makes of it, written by `update` (whose last parameter is the
/// row's rowid, `select`'s first column), all in one write transaction.
/// `false` when there was nothing to do.
pub(crate) fn fill_old_rows(
    conn: &mut Connection,
    pending: &str,
    select: &str,
    update: &str,
    fill: impl Fn(&rusqlite::Row) -> rusqlite::Result<Vec<Value>>,
) -> rusqlite::Result<bool> {
    if !conn.prepare(pending)?.exists([])? {
        return Ok(false);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    {
        let mut read = tx.prepare(select)?;
        let rows: Vec<Vec<Value>> = read
            .query_map([], |r| {
                let mut values = fill(r)?;
                values.push(Value::Integer(r.get(0)?));
                Ok(values)
            })?
            .collect::<Result<_, _>>()?;
        let mut write = tx.prepare(update)?;
        for values in rows {
            write.execute(rusqlite::params_from_iter(values))?;
        }
    }
    tx.commit()?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_build_a_fresh_store() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert!(matches!(identify(&conn).unwrap(), Identity::Store));
        assert!(migrate(&mut conn).is_ok());
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, VERSION);
        // A second run is a no-op.
        assert!(migrate(&mut conn).is_ok());
        assert!(matches!(identify(&conn).unwrap(), Identity::Store));
    }

    #[test]
    fn foreign_database_is_recognised() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE khach_hang (ten TEXT)")
            .unwrap();
        assert!(matches!(
            identify(&conn).unwrap(),
            Identity::Foreign { tables: 1, .. }
        ));
    }
}
