//! Who the news names: stored entities summed over articles.
//!
//! One row of `entities` is one entity of one article; a query folds the
//! rows of one referent (same type, canonical name and country) into an
//! [`EntitySummary`]: in how many articles and stories it is named, on
//! which days, with which roles and written forms. `names_folded` keeps the
//! canonical name and every written form, folded, so "tap can binh" finds
//! Xi Jinping as the articles wrote him.
//!
//! Invariant: every row has `names_folded` once the store is open; rows
//! written before schema 5 get it in [`backfill`], the first time such a
//! store is opened.

use std::collections::BTreeSet;

use rusqlite::types::Value;
use rusqlite::Connection;

use crate::{check_folded, nonblank, push_day_range, push_folded_field, StoreError};

/// Which entities [`crate::Store::entities`] returns; every field set
/// narrows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityFilter {
    /// Substring of the canonical name or of any written form, diacritic-
    /// and case-insensitive ("tap can binh", "kim jong").
    pub name: Option<String>,
    /// `PER`, `ORG` or `LOC`.
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-3 of the entity.
    pub country: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive, on the article's
    /// published day (articles without one are left out when set).
    pub since: Option<String>,
    pub until: Option<String>,
    /// Only entities named in this story (its id or any member's).
    pub story: Option<String>,
    pub limit: Option<usize>,
    /// Skip this many first (paging).
    pub offset: usize,
}

/// One referent across the stored articles. Ordered by how many articles
/// name it, most first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntitySummary {
    /// `PER`, `ORG` or `LOC`.
    pub kind: String,
    pub name: String,
    pub country: Option<String>,
    /// CAMEO actor code and gazetteer id, when some article gave them.
    pub actor: Option<String>,
    pub gazetteer_id: Option<String>,
    pub articles: u64,
    pub stories: u64,
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    /// Roles and written forms seen, sorted, unique.
    pub roles: Vec<String>,
    pub mentions: Vec<String>,
}

/// The canonical name and every written form, folded, one field each.
pub(crate) fn names_folded(name: &str, mentions: &[String]) -> String {
    let mut out = String::new();
    for field in std::iter::once(name).chain(mentions.iter().map(String::as_str)) {
        push_folded_field(&mut out, field);
    }
    out
}

/// The SQL and parameters of an entity query.
pub(crate) fn query(filter: &EntityFilter) -> Result<(String, Vec<Value>), StoreError> {
    let mut sql = String::from(
        "SELECT e.type, e.name, e.country, max(e.actor), max(e.gazetteer_id),
                count(DISTINCT e.article_id), count(DISTINCT a.story),
                min(a.day), max(a.day),
                group_concat(e.roles, char(31)), group_concat(e.mentions, char(31))
         FROM entities e
         JOIN (SELECT id, story, CASE WHEN published GLOB
                   '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                   THEN substr(published, 1, 10) END AS day
               FROM articles) a ON a.id = e.article_id
         WHERE 1",
    );
    let mut values: Vec<Value> = Vec::new();
    if let Some(name) = nonblank(&filter.name) {
        sql.push_str(" AND instr(e.names_folded, ?) > 0");
        values.push(Value::Text(check_folded(name)));
    }
    if let Some(kind) = nonblank(&filter.kind) {
        let kind = kind.to_ascii_uppercase();
        if !["PER", "ORG", "LOC"].contains(&kind.as_str()) {
            return Err(StoreError::InvalidFilter(format!(
                "entity type must be PER, ORG or LOC, got {kind:?}"
            )));
        }
        sql.push_str(" AND e.type = ?");
        values.push(Value::Text(kind));
    }
    if let Some(country) = nonblank(&filter.country) {
        sql.push_str(" AND e.country = ?");
        values.push(Value::Text(country.to_ascii_uppercase()));
    }
    push_day_range(&mut sql, &mut values, "a.day", &filter.since, &filter.until)?;
    if let Some(story) = nonblank(&filter.story) {
        sql.push_str(" AND a.story = (SELECT story FROM articles WHERE id = ?)");
        values.push(Value::Text(story.to_owned()));
    }
    sql.push_str(
        " GROUP BY e.type, e.name, e.country
          ORDER BY count(DISTINCT e.article_id) DESC, e.name, e.type",
    );
    crate::push_page(&mut sql, &mut values, filter.limit, filter.offset);
    Ok((sql, values))
}

/// The union of JSON string arrays joined by `\u{1f}` (as `group_concat`
/// gives them), sorted, one of each up to case ("Tổng Bí thư" and "Tổng
/// bí thư" are one role); arrays this build cannot read add nothing.
pub(crate) fn union_of_lists(joined: Option<String>) -> Vec<String> {
    let mut all = BTreeSet::new();
    for list in joined.as_deref().unwrap_or_default().split('\u{1f}') {
        if let Ok(items) = serde_json::from_str::<Vec<String>>(list) {
            all.extend(items);
        }
    }
    let mut seen = std::collections::HashSet::new();
    all.into_iter()
        .filter(|item| seen.insert(item.to_lowercase()))
        .collect()
}

/// Fills `names_folded` of entities stored before schema 5. Runs once, when
/// such a store is opened; `false` when there was nothing to do.
pub(crate) fn backfill(conn: &mut Connection) -> Result<bool, rusqlite::Error> {
    crate::schema::fill_old_rows(
        conn,
        "SELECT 1 FROM entities WHERE names_folded IS NULL LIMIT 1",
        "SELECT rowid, name, mentions FROM entities WHERE names_folded IS NULL",
        "UPDATE entities SET names_folded = ?1 WHERE rowid = ?2",
        |r| {
            // Written forms this build cannot read are left out: the
            // canonical name is still found.
            let mentions: Vec<String> =
                serde_json::from_str(&r.get::<_, String>(2)?).unwrap_or_default();
            Ok(vec![Value::Text(names_folded(
                &r.get::<_, String>(1)?,
                &mentions,
            ))])
        },
    )
}
