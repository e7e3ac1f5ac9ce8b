//! Stored agreements: which signed documents a query asks for.
//!
//! Each row of `agreements` carries, besides the document's JSON, its `day`
//! (the document's date, or the article's published day when the text
//! gives none) and folded copies of its title and parties, so a query for
//! "bo cong thuong" or "ban ghi nho" finds "Bộ Công Thương" and "Bản ghi
//! nhớ" the way `events --actor` finds actors.
//!
//! Invariant: every row has `parties_folded` and `title_folded` once the
//! store is open; rows written before schema 3 get them in
//! [`backfill`], the first time such a store is opened.

use rusqlite::types::Value;
use rusqlite::Connection;
use thoisu_core::{DocAgreement, Party};
use thoisu_normalise::fold_for_search;

use crate::{check_folded, nonblank, push_day_range, push_folded_field, StoreError};

/// Which agreements [`crate::Store::agreements`] returns; every field set
/// narrows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgreementFilter {
    /// Substring of any party's name, diacritic- and case-insensitive
    /// ("bo cong thuong", "Samsung").
    pub party: Option<String>,
    /// ISO 3166-1 alpha-3 countries: each must be a party's country.
    pub countries: Vec<String>,
    /// Document kind as the contract names it: `mou`, `agreement`,
    /// `treaty`, `joint_statement`, `letter_of_intent`, `contract`, `plan`,
    /// `other`.
    pub kind: Option<String>,
    /// Substring of the title, diacritic- and case-insensitive.
    pub title: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive, on the document's date,
    /// or the article's published day when the document has none.
    pub since: Option<String>,
    pub until: Option<String>,
    /// The documents of one story, named by its id or any of its articles'.
    pub story: Option<String>,
    pub limit: Option<usize>,
    /// Skip this many first (paging).
    pub offset: usize,
    /// One row per document: the same title on the same day told by several
    /// articles of one story is listed once, with how many told it.
    pub distinct: bool,
}

/// A signed document with the article it was read from. Ordered newest
/// day first.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredAgreement {
    pub told: crate::Told,
    pub agreement: DocAgreement,
}

/// The contract's document kinds, as stored in `agreements.kind`.
const KINDS: &[&str] = &[
    "agreement",
    "mou",
    "letter_of_intent",
    "treaty",
    "joint_statement",
    "contract",
    "plan",
    "other",
];

/// Parties' names, folded, one field each, so a match never spans two
/// parties.
pub(crate) fn parties_folded(parties: &[Party]) -> String {
    let mut out = String::new();
    for p in parties {
        push_folded_field(&mut out, &p.name);
    }
    out
}

/// The SQL and parameters of an agreement query.
pub(crate) fn query(filter: &AgreementFilter) -> Result<(String, Vec<Value>), StoreError> {
    let mut sql = String::from(
        "SELECT g.article_id, a.title, a.outlet, a.published, a.url, g.json, a.story
         FROM agreements g JOIN articles a ON a.id = g.article_id WHERE 1",
    );
    let mut values: Vec<Value> = Vec::new();
    if let Some(party) = nonblank(&filter.party) {
        sql.push_str(" AND instr(g.parties_folded, ?) > 0");
        values.push(Value::Text(check_folded(party)));
    }
    for country in filter.countries.iter().map(|c| c.trim()) {
        if country.is_empty() {
            continue;
        }
        sql.push_str(
            " AND EXISTS (SELECT 1 FROM json_each(g.parties) p
                          WHERE p.value ->> 'country' = ?)",
        );
        values.push(Value::Text(country.to_ascii_uppercase()));
    }
    if let Some(kind) = nonblank(&filter.kind) {
        let kind = kind.to_ascii_lowercase().replace('-', "_");
        if !KINDS.contains(&kind.as_str()) {
            return Err(StoreError::InvalidFilter(format!(
                "document kind must be one of {}, got {kind:?}",
                KINDS.join(", ")
            )));
        }
        sql.push_str(" AND g.kind = ?");
        values.push(Value::Text(kind));
    }
    if let Some(title) = nonblank(&filter.title) {
        sql.push_str(" AND instr(g.title_folded, ?) > 0");
        values.push(Value::Text(check_folded(title)));
    }
    push_day_range(&mut sql, &mut values, "g.day", &filter.since, &filter.until)?;
    if let Some(story) = nonblank(&filter.story) {
        sql.push_str(" AND a.story = (SELECT story FROM articles WHERE id = ?)");
        values.push(Value::Text(story.to_owned()));
    }
    sql.push_str(" ORDER BY g.day DESC, a.seq, g.idx");
    if !filter.distinct {
        crate::push_page(&mut sql, &mut values, filter.limit, filter.offset);
    }
    Ok((sql, values))
}

/// Fills the folded columns of agreements stored before schema 3. Runs
/// once, when such a store is opened; `false` when there was nothing to do.
pub(crate) fn backfill(conn: &mut Connection) -> Result<bool, rusqlite::Error> {
    crate::schema::fill_old_rows(
        conn,
        "SELECT 1 FROM agreements WHERE parties_folded IS NULL LIMIT 1",
        "SELECT rowid, title, parties FROM agreements WHERE parties_folded IS NULL",
        "UPDATE agreements SET parties_folded = ?1, title_folded = ?2 WHERE rowid = ?3",
        |r| {
            // Parties this build cannot read are stored as none: the row
            // still answers every other filter.
            let parties: Vec<Party> =
                serde_json::from_str(&r.get::<_, String>(2)?).unwrap_or_default();
            Ok(vec![
                Value::Text(parties_folded(&parties)),
                Value::Text(fold_for_search(&r.get::<_, String>(1)?)),
            ])
        },
    )
}
