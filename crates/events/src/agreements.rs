//! Signed documents: from listings ("Các văn kiện hợp tác gồm: A; B; …") and
//! from signing sentences ("A và B đã ký Bản ghi nhớ về …").
//!
//! A document counts only where the text says it was signed: a listing needs
//! a signing phrase (057, not negated, not future) in its own sentence or
//! one of the two before it; a sentence-form document needs one before it in
//! the same sentence. Documents merely planned or mentioned are left out.

use crate::syllables::SyllableText;
use crate::{location, recent_date, sentence_date, Coder, SentenceActor, Side};
use thoisu_core::{Agreement, DateMention, Entity, Party, Sentence, Span};

/// A signing phrase the coder found (057, not negated, not planned).
pub(crate) struct Signing {
    pub sentence: usize,
    /// Where its words end: a sentence-form document is named after it.
    pub trigger_end: usize,
}

/// How far back (in sentences) a listing looks for its signing phrase.
const CONTEXT: usize = 2;

pub(crate) fn find(
    coder: &Coder,
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    actors: &[Vec<SentenceActor>],
    dates: &[DateMention],
    signing: &[Signing],
) -> Vec<Agreement> {
    let mut out = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let Some(signed) = signing
            .iter()
            .rev()
            .find(|s| s.sentence <= si && si - s.sentence <= CONTEXT)
        else {
            continue;
        };
        let context = signed.sentence;
        let body = sentence.span.of(text);
        let date = sentence_date(dates, si)
            .or_else(|| sentence_date(dates, context))
            .or_else(|| recent_date(dates, context));
        let place =
            location(&actors[si], entities).or_else(|| location(&actors[context], entities));
        let items = listing_items(body, sentence.span.start);
        let found_in_listing = !items.is_empty();
        for item in items {
            if let Some(a) = document(coder, text, item, si, entities, &actors[si], true) {
                out.push(Agreement {
                    date: date.clone(),
                    location: place.as_ref().map(|p| p.name.clone()),
                    ..a
                });
            }
        }
        if found_in_listing || context != si {
            continue;
        }
        // Sentence form: every document named after the signing phrase.
        // The first signing phrase of this sentence (the coder found them in order).
        let trigger_end = signing
            .iter()
            .find(|s| s.sentence == si)
            .map_or(signed.trigger_end, |s| s.trigger_end);
        let st = SyllableText::new(text, sentence.span);
        for m in st.find(&coder.rules.kinds) {
            let span = st.span(m.first, m.end);
            if span.start < trigger_end {
                continue;
            }
            let end = clause_end(text, span.start, sentence.span.end);
            if let Some(a) = document(
                coder,
                text,
                Span::new(span.start, end),
                si,
                entities,
                &actors[si],
                false,
            ) {
                out.push(Agreement {
                    date: date.clone(),
                    location: place.as_ref().map(|p| p.name.clone()),
                    ..a
                });
            }
        }
    }
    out
}

/// The items of "...: A; B; C." — spans into the article text; empty when the
/// sentence is not a listing.
fn listing_items(sentence: &str, offset: usize) -> Vec<Span> {
    let Some(colon) = sentence.find(':') else {
        return Vec::new();
    };
    let rest = &sentence[colon + 1..];
    let mut items = Vec::new();
    let mut start = colon + 1;
    for piece in rest.split([';', '\n']) {
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim().trim_end_matches(['.', '…', ',']);
        if !trimmed.is_empty() {
            items.push(Span::new(
                offset + start + lead,
                offset + start + lead + trimmed.len(),
            ));
        }
        start += piece.len() + 1;
    }
    items
}

/// Where the clause starting at `from` ends: the next ';', ',' or '.' that is
/// not inside a number.
fn clause_end(text: &str, from: usize, limit: usize) -> usize {
    let s = &text[from..limit];
    let bytes = s.as_bytes();
    for (i, c) in s.char_indices() {
        if matches!(c, ';' | ',' | '.' | '(' | ':') {
            let digit_after = bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit());
            if !(c == '.' && digit_after) {
                return from + s[..i].trim_end().len();
            }
        }
    }
    from + s.trim_end().trim_end_matches(['.', '…']).len()
}

/// One document, if `span` opens with a document kind.
fn document(
    coder: &Coder,
    text: &str,
    span: Span,
    sentence: usize,
    entities: &[Entity],
    actors: &[SentenceActor],
    must_open: bool,
) -> Option<Agreement> {
    let st = SyllableText::new(text, span);
    let kind_match = st.find(&coder.rules.kinds).into_iter().next()?;
    if must_open && kind_match.first > 1 {
        return None;
    }
    let kind = coder.rules.kinds.values[kind_match.pattern];
    let title = span.of(text).to_string();
    // Parties: what follows "giữa" in the title, else the sentence's actors.
    let between = st
        .syllables
        .iter()
        .position(|s| s.span.of(text).to_lowercase() == "giữa")
        .map(|i| st.syllables[i].span.end);
    let mut parties = Vec::new();
    if let Some(from) = between {
        for a in actors
            .iter()
            .filter(|a| a.span.start >= from && a.span.end <= span.end)
        {
            push_party(&mut parties, a.span.of(text), Some(a.country.clone()));
        }
        if parties.is_empty() {
            for name in span.of(text)[from - span.start..].split(" và ") {
                let name = name.split(" về ").next().unwrap_or("").trim();
                if !name.is_empty() {
                    push_party(&mut parties, name, country_in(name, entities));
                }
            }
        }
    }
    if parties.is_empty() && !must_open {
        for a in actors.iter().filter(|a| !a.locative && !a.is_place) {
            push_party(
                &mut parties,
                &entities[a.entity].name,
                Some(a.country.clone()),
            );
        }
    }
    Some(Agreement {
        kind,
        title,
        parties,
        date: None,
        location: None,
        span,
        sentence: sentence as u32,
    })
}

fn push_party(parties: &mut Vec<Party>, name: &str, country: Option<String>) {
    if !parties.iter().any(|p| p.name == name) {
        parties.push(Party {
            name: name.to_string(),
            country,
        });
    }
}

/// The country of the entity whose mention ends `name`, if any.
fn country_in(name: &str, entities: &[Entity]) -> Option<String> {
    entities
        .iter()
        .filter(|e| e.country.is_some())
        .find(|e| e.mentions.iter().any(|m| name.ends_with(m.text.as_str())))
        .and_then(|e| e.country.clone())
}

/// The two sides of the 057 event a signed document implies: its first two
/// parties from different countries.
pub(crate) fn party_sides(a: &Agreement, entities: &[Entity]) -> Option<(Side, Side)> {
    let first = a.parties.iter().find(|p| p.country.is_some())?;
    let second = a
        .parties
        .iter()
        .find(|p| p.country.is_some() && p.country != first.country)?;
    let side = |p: &Party| Side {
        entity: entities
            .iter()
            .position(|e| e.name == p.name || e.mentions.iter().any(|m| m.text == p.name)),
        country: p.country.clone().unwrap_or_default(),
    };
    Some((side(first), side(second)))
}
