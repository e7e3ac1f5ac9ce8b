//! The article model every stage shares: plain data in and out, no I/O.
//!
//! Offsets: inner stages work on the *normalised* text (`thoisu-normalise`)
//! and speak in byte offsets into it ([`Span`]). Only `thoisu-extract`, when it
//! assembles the [`Document`], maps them back to byte offsets into
//! [`Article::body`], which is what every record in the output carries.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into some text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text this span covers (empty if it does not fall on char boundaries).
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// One article as a source gave it, after reading and boilerplate removal
/// (output of `thoisu-read`, input of the analysis stages).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Where it came from: a file path, `path:line` for JSON Lines, a WARC record URI.
    pub origin: String,
    /// The input object's own `id` (a JSON or JSON Lines field), echoed
    /// into the document's `input_id` so batch users can join on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// `YYYY-MM-DD` or RFC 3339, only when the source states it.
    pub published: Option<String>,
    /// The page's own date line as written ("Thứ Sáu, 23-10-2020",
    /// "31/03/2025 06:23"), when `published` was read from the text rather
    /// than from metadata: the article states that date, outside its body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub section: Option<String>,
    pub lead: Option<String>,
    /// Clean text: paragraphs separated by one blank line. The lead, when the
    /// source has one, is the first paragraph.
    pub body: String,
    pub captions: Vec<String>,
    pub related: Vec<String>,
    /// What the reader noticed but could work around (a truncated HTML page,
    /// an undeclared encoding): the CLI prints each, naming `origin`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// A sentence of the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
}

/// What a token is, as the segmenter saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
}

/// A word (one or more syllables), number or punctuation mark of the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Index of the sentence holding it.
    pub sentence: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    #[serde(rename = "PER")]
    Person,
    #[serde(rename = "ORG")]
    Organisation,
    #[serde(rename = "LOC")]
    Location,
}

/// One place an entity is named.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The surface form as written.
    pub text: String,
    pub span: Span,
    /// Index of the sentence holding it.
    pub sentence: u32,
}

/// One referent of an article, with every mention of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub kind: EntityKind,
    /// Canonical name (the gazetteer's when known, else the fullest form written).
    pub name: String,
    /// ISO 3166-1 alpha-3 of the country it belongs to or is, when known.
    pub country: Option<String>,
    /// Stable gazetteer id, when the entity is in the gazetteer.
    pub gazetteer_id: Option<String>,
    /// Titles held (PER), as written: "Tổng Bí thư", "Chủ tịch Quốc vụ".
    pub roles: Vec<String>,
    /// CAMEO role code: GOV, PTY, MIL, LEG, JUD, MED, BUS, IGO, ... (actor
    /// code = country + role).
    pub actor_role: Option<String>,
    pub mentions: Vec<Mention>,
}

impl Entity {
    /// CAMEO actor code: country plus role (`VNMGOV`), or the country alone,
    /// or the role alone for bodies with no country (`IGO`).
    pub fn actor_code(&self) -> Option<String> {
        match (&self.country, &self.actor_role) {
            (Some(c), Some(r)) => Some(format!("{c}{r}")),
            (Some(c), None) => Some(c.clone()),
            (None, Some(r)) => Some(r.clone()),
            (None, None) => None,
        }
    }
}

/// A calendar value: one day, or an inclusive range of days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    /// `YYYY-MM-DD`
    pub start: String,
    /// `YYYY-MM-DD`, equal to `start` for a single day.
    pub end: String,
}

impl DateValue {
    pub fn day(d: impl Into<String>) -> Self {
        let d = d.into();
        DateValue {
            start: d.clone(),
            end: d,
        }
    }
    /// `YYYY-MM-DD` for a day, `START/END` for a range (the contract's form).
    pub fn render(&self) -> String {
        if self.start == self.end {
            self.start.clone()
        } else {
            format!("{}/{}", self.start, self.end)
        }
    }
}

/// A date the text states or implies, resolved to the calendar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub text: String,
    pub value: DateValue,
    pub span: Span,
    pub sentence: u32,
}

/// One side of an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub name: String,
    pub country: Option<String>,
    /// CAMEO actor code, e.g. `VNMGOV`.
    pub code: Option<String>,
    /// Index into the document's entities, when resolved to one.
    pub entity: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub country: Option<String>,
}

/// A coded happening: who did what to whom, when and where.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// CAMEO code, 2-4 digits, leading zeros kept.
    pub code: String,
    pub label: String,
    pub source: Option<Actor>,
    pub target: Option<Actor>,
    /// `YYYY-MM-DD`
    pub date: Option<String>,
    pub location: Option<Place>,
    pub goldstein: f32,
    pub quad_class: u8,
    /// Id of the verb pattern that fired (data file rule id).
    pub rule: String,
    /// The trigger words.
    pub span: Span,
    pub sentence: u32,
    /// PLOVER event type beside the CAMEO code (`SUPPORT` for 057).
    pub plover_type: String,
    /// PLOVER mode, where PLOVER defines one (`visit` for 042).
    pub plover_mode: Option<String>,
    /// Every other telling of the same happening in the article, after the
    /// first (`span`/`sentence`): one event, several mentions.
    pub retold: Vec<EventMention>,
}

/// Where a happening is told again: its trigger words and sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventMention {
    pub span: Span,
    pub sentence: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementKind {
    Agreement,
    Mou,
    LetterOfIntent,
    Treaty,
    JointStatement,
    Contract,
    Plan,
    Other,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Party {
    pub name: String,
    pub country: Option<String>,
}

/// A signed document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    pub kind: AgreementKind,
    pub title: String,
    pub parties: Vec<Party>,
    pub date: Option<String>,
    pub location: Option<String>,
    pub span: Span,
    pub sentence: u32,
}

/// A warning from an inner stage: stages never fail on odd text, they
/// return a value plus what they noticed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    pub stage: &'static str,
    pub message: String,
}

// ---------------------------------------------------------------------------
// The article document: the contract's JSON (shared/CONTRACT.md), as
// `thoisu extract` prints it and the store keeps it. Offsets here are byte
// offsets into `body`.
// ---------------------------------------------------------------------------

/// Where a record was read from: its bytes in `body`, and its sentence's.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    pub start: usize,
    pub end: usize,
    pub sentence_start: usize,
    pub sentence_end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocEntity {
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub name: String,
    /// Distinct surface forms as written.
    pub mentions: Vec<String>,
    pub country: Option<String>,
    pub id: Option<String>,
    pub roles: Vec<String>,
    /// CAMEO actor code (`VNMGOV`), when known.
    pub actor: Option<String>,
    /// Every mention, in text order.
    pub spans: Vec<Provenance>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocDate {
    pub text: String,
    pub value: String,
    /// Offsets into the body; `None` for a date stated outside it (`from`).
    #[serde(flatten)]
    pub provenance: Option<Provenance>,
    /// Where a date outside the body was read: `dateline` (the page's date line).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocActor {
    pub name: String,
    pub country: Option<String>,
    pub actor: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocEvent {
    pub code: String,
    pub label: String,
    pub source: Option<DocActor>,
    pub target: Option<DocActor>,
    pub date: Option<String>,
    pub location: Option<Place>,
    pub goldstein: f32,
    pub quad_class: u8,
    pub sentence: String,
    pub rule: String,
    #[serde(flatten)]
    pub provenance: Provenance,
    /// PLOVER event type beside the CAMEO code; empty in JSON stored before it existed.
    #[serde(default)]
    pub plover_type: String,
    #[serde(default)]
    pub plover_mode: Option<String>,
    /// Every telling of this happening in the article, the first included.
    #[serde(default)]
    pub mentions: Vec<Provenance>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocAgreement {
    pub kind: AgreementKind,
    pub title: String,
    pub parties: Vec<Party>,
    pub date: Option<String>,
    pub location: Option<String>,
    pub sentence: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// The article document of the contract.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable content hash of the normalised body.
    pub id: String,
    /// The input object's own `id` when it had one (JSON, JSON Lines):
    /// never the content hash, only a key to join the output to the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_id: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub section: Option<String>,
    pub lead: Option<String>,
    pub body: String,
    pub captions: Vec<String>,
    pub related: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The date relative dates were resolved against, and where it came from
    /// (`published`, `--date`, `text-year`), when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor_date: Option<String>,
    pub entities: Vec<DocEntity>,
    pub dates: Vec<DocDate>,
    pub events: Vec<DocEvent>,
    pub agreements: Vec<DocAgreement>,
}
