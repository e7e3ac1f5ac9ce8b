//! Stories: which articles tell the same happening.
//!
//! An article's [`Fingerprint`] keeps what identifies its news: the published
//! day, the folded title, the people and bodies it names, and its
//! *happenings* — dated events between two countries and dated signed
//! documents — and a signature of its wording. The store files each
//! fingerprint under [`Fingerprint::keys`], looks up an incoming article's
//! [`Fingerprint::lookup_keys`], and asks [`same_story`] of every earlier
//! article found; a story is what those answers link together.
//!
//! Structure first, wording second: outlets rewrite agency copy, so two
//! reports of one meeting share its date, its two countries and its people
//! far more reliably than their sentences; but a domestic brief may name no
//! one, and its copies across outlets share their wording. So the
//! fingerprint also keeps a MinHash signature of the body ([`text`]), and
//! much the same wording links two articles by itself.
//!
//! Invariant: [`same_story`] is symmetric and never links articles published
//! more than [`MAX_DAYS_APART`] days apart, so a story cannot grow from one
//! shared name into a month of unrelated news.

use jiff::civil::Date;
use jiff::ToSpan;
use serde::{Deserialize, Serialize};
use thoisu_core::{Document, EntityKind};
use thoisu_normalise::fold_for_search;

pub mod text;

/// Articles published further apart than this are never one story.
pub const MAX_DAYS_APART: i32 = 2;

/// Title likeness (Sørensen–Dice over character bigrams of folded titles)
/// that, with a shared happening, is enough when no name is shared.
const TITLE_WITH_HAPPENING: f64 = 0.4;
/// With a shared happening but no published day on one side: title
/// likeness needed beside a shared person, and without one. Measured on the
/// undated bench articles (docs/stories.md): with the dated rule, 35 of 61
/// multi-article stories were right.
const TITLE_UNDATED_WITH_PERSON: f64 = 0.35;
const TITLE_UNDATED: f64 = 0.5;
/// Title likeness that, with shared names, links articles with no shared
/// happening: retold or lightly edited copies of one report.
const TITLE_ALONE: f64 = 0.6;
/// Share of names two articles without a shared happening must have in
/// common (Jaccard) besides a like title.
const NAMES_ALONE: f64 = 0.5;
/// Wording likeness (estimated Jaccard of 5-word shingles) that links two
/// articles by itself, with a like title, and with no published day on one
/// side. Measured on the bench (docs/stories.md): pairs at ≥ .5 were
/// copies or light edits of one report; from .3 most were the same news
/// retold, the rest templated daily items.
const TEXT_ALONE: f64 = 0.5;
const TEXT_WITH_TITLE: f64 = 0.3;
const TITLE_WITH_TEXT: f64 = 0.4;
const TEXT_UNDATED: f64 = 0.6;

/// What [`same_story`] compares; stored beside each article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    /// The published day, `YYYY-MM-DD`, when the article has one.
    pub day: Option<String>,
    /// The title, folded (lower case, no diacritics, đ→d).
    pub title: String,
    /// Folded canonical names of the people and bodies named, sorted, unique.
    pub names: Vec<String>,
    /// The people among them: a body ("Quốc hội", "Bộ Ngoại giao", a news
    /// agency) is named in too many unrelated stories to link two by itself.
    #[serde(default)]
    pub people: Vec<String>,
    /// `date|country-country` of each dated event between two countries,
    /// and `date|document title` of each dated signed document; sorted,
    /// unique.
    pub happenings: Vec<String>,
    /// The body's MinHash signature ([`text::signature`]); empty for short
    /// bodies and for fingerprints stored before it existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<u32>,
}

impl Fingerprint {
    pub fn of(doc: &Document) -> Fingerprint {
        Fingerprint::with_folded_body(doc, &fold_for_search(&doc.body))
    }

    /// [`Fingerprint::of`] with the body already folded by
    /// `fold_for_search` (the store folds it for its full-text index).
    pub fn with_folded_body(doc: &Document, folded_body: &str) -> Fingerprint {
        let day = doc
            .published
            .as_deref()
            .and_then(|p| p.get(..10))
            .filter(|d| d.parse::<Date>().is_ok())
            .map(str::to_owned);
        let title = doc
            .title
            .as_deref()
            .map(fold_for_search)
            .unwrap_or_default();
        let names = folded_names(doc, |k| {
            matches!(k, EntityKind::Person | EntityKind::Organisation)
        });
        let people = folded_names(doc, |k| k == EntityKind::Person);
        // With no published day, a day to resolve against came from outside
        // (`--date`): events the text does not date carry it, and would
        // all look like one day's happenings.
        let borrowed_day = if day.is_none() {
            doc.anchor_date.as_deref().filter(|d| d.len() == 10)
        } else {
            None
        };
        let mut happenings: Vec<String> = Vec::new();
        for e in &doc.events {
            let (Some(date), Some(source), Some(target)) = (
                e.date.as_deref(),
                e.source.as_ref().and_then(|a| a.country.as_deref()),
                e.target.as_ref().and_then(|a| a.country.as_deref()),
            ) else {
                continue;
            };
            if source == target || date.len() != 10 || Some(date) == borrowed_day {
                continue;
            }
            // Undirected: "A meets B" and "B receives A" are one happening.
            let (first, second) = if source < target {
                (source, target)
            } else {
                (target, source)
            };
            // No CAMEO code: one visit is told as talks by one outlet, as
            // a meeting or a signing by another; the names decide the rest.
            happenings.push(format!("{date}|{first}-{second}"));
        }
        for a in &doc.agreements {
            if let Some(date) = a.date.as_deref().filter(|d| d.len() == 10) {
                happenings.push(format!("{date}|{}", fold_for_search(&a.title)));
            }
        }
        happenings.sort_unstable();
        happenings.dedup();
        Fingerprint {
            day,
            title,
            names,
            people,
            happenings,
            text: text::signature_of_folded(folded_body),
        }
    }

    /// The keys this article is filed under: each happening, and each person
    /// or body on the published day.
    pub fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.happenings.iter().map(|h| format!("h|{h}")).collect();
        if let Some(day) = &self.day {
            keys.extend(self.names.iter().map(|n| format!("n|{day}|{n}")));
        }
        keys
    }

    /// The bands of the text signature, filed and looked up alike (as
    /// integers: there are about twenty an article, and an integer key
    /// files and looks up faster than a string).
    pub fn text_keys(&self) -> Vec<i64> {
        text::bands(&self.text)
    }

    /// The keys under which an earlier article of the same story would be
    /// filed: each happening, and each name on every day within reach.
    pub fn lookup_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.happenings.iter().map(|h| format!("h|{h}")).collect();
        if let Some(day) = self.day.as_deref().and_then(|d| d.parse::<Date>().ok()) {
            for offset in -MAX_DAYS_APART..=MAX_DAYS_APART {
                let Ok(d) = day.checked_add(offset.days()) else {
                    continue;
                };
                keys.extend(self.names.iter().map(|n| format!("n|{d}|{n}")));
            }
        }
        keys
    }
}

/// Whether two articles tell the same story: published within
/// [`MAX_DAYS_APART`] days, and either sharing a happening and a person (or
/// a like title), or sharing most of their names and a like title.
pub fn same_story(a: &Fingerprint, b: &Fingerprint) -> bool {
    if let (Some(x), Some(y)) = (&a.day, &b.day) {
        match (x.parse::<Date>(), y.parse::<Date>()) {
            (Ok(x), Ok(y)) if days_apart(x, y) <= MAX_DAYS_APART => {}
            _ => return false,
        }
    }
    let shared_names = count_shared(&a.names, &b.names);
    let both_titled = !a.title.is_empty() && !b.title.is_empty();
    let title = if both_titled {
        strsim::sorensen_dice(&a.title, &b.title)
    } else {
        0.0
    };
    // Much the same wording: a copy or a light edit of one report, which
    // needs no shared name (domestic briefs often name no one).
    let wording = text::likeness(&a.text, &b.text);
    if wording >= TEXT_ALONE || (wording >= TEXT_WITH_TITLE && title >= TITLE_WITH_TEXT) {
        // Undated, templated daily items (weather, exchange rates) share
        // their frame: without days only a near copy links.
        let dated = a.day.is_some() && b.day.is_some();
        if dated || wording >= TEXT_UNDATED {
            return true;
        }
    }
    if count_shared(&a.happenings, &b.happenings) > 0 {
        let shared_people = count_shared(&a.people, &b.people);
        if (a.day.is_none() || b.day.is_none()) && both_titled {
            // No time window: the happening's own date is all that bounds
            // it, and a world leader is in every other undated piece. (An
            // untitled article, such as an agency wire, cannot show a like
            // title, so it is judged as if dated.)
            return (shared_people > 0 && title >= TITLE_UNDATED_WITH_PERSON)
                || title >= TITLE_UNDATED;
        }
        return shared_people > 0 || title >= TITLE_WITH_HAPPENING;
    }
    // Without a shared happening, only dated articles link: otherwise two
    // undated pieces on one politician would join across years.
    if a.day.is_none() || b.day.is_none() || shared_names == 0 {
        return false;
    }
    let union = a.names.len() + b.names.len() - shared_names;
    let jaccard = shared_names as f64 / union as f64;
    title >= TITLE_ALONE && jaccard >= NAMES_ALONE
}

fn days_apart(x: Date, y: Date) -> i32 {
    let (early, late) = if x <= y { (x, y) } else { (y, x) };
    early
        .until(late)
        .map(|span| span.get_days())
        .unwrap_or(i32::MAX)
}

/// Folded canonical names of the entities of the kinds `keep` takes,
/// sorted, unique.
fn folded_names(doc: &Document, keep: impl Fn(EntityKind) -> bool) -> Vec<String> {
    let mut names: Vec<String> = doc
        .entities
        .iter()
        .filter(|e| keep(e.kind))
        .map(|e| fold_for_search(&e.name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// How many items two sorted, unique lists share.
fn count_shared(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests;
