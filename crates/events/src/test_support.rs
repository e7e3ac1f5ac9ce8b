//! Helpers shared by the coder's rule tests (src/tests.rs and
//! tests/patterns.rs): sentences split at ". " and entities written out by
//! hand, as a recogniser would give them, so the tests pin the coder alone.

use thoisu_core::{Agreement, Entity, EntityKind, Event, Mention, Sentence, Span};
use thoisu_normalise::normalise;

pub type Spec<'a> = [(EntityKind, &'a str, &'a str, &'a [&'a str])];

/// Sentences split at ". " — enough for hand-written test text.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        out.push(Sentence {
            span: Span::new(start, i + 1),
        });
        start = i + 2;
    }
    if start < text.len() {
        out.push(Sentence {
            span: Span::new(start, text.len()),
        });
    }
    out
}

/// Entities from (kind, name, country, surface forms), mentions found by
/// search in the normalised text. The country column may instead name an
/// international body by its gazetteer id ("igo.un": no country, role IGO)
/// or a person heading one ("PRT@un.guterres": passport country, gazetteer
/// id, role IGO), as the recogniser gives them; "VNM#BUS" is a company
/// (role BUS), "GBR#MED" a news outlet (role MED).
pub fn entities(text: &str, sents: &[Sentence], spec: &Spec) -> Vec<Entity> {
    spec.iter()
        .map(|(kind, name, country, forms)| {
            let mut mentions = Vec::new();
            for form in forms.iter() {
                let form = normalise(form);
                for (at, _) in text.match_indices(&form) {
                    let span = Span::new(at, at + form.len());
                    let sentence = sents
                        .iter()
                        .position(|s| s.span.contains(span))
                        .unwrap_or(0) as u32;
                    mentions.push(Mention {
                        text: form.to_string(),
                        span,
                        sentence,
                    });
                }
            }
            let (country, role) = match country.split_once('#') {
                Some((c, role)) => (c, Some(role)),
                None => (*country, None),
            };
            let (country, gazetteer_id, actor_role) = match country.split_once('@') {
                _ if role.is_some() => (Some(country), None, role),
                _ if country.starts_with("igo.") => (None, Some(country), Some("IGO")),
                Some((passport, id)) => (Some(passport), Some(id), Some("IGO")),
                None => (
                    Some(country),
                    None,
                    (*kind == EntityKind::Person).then_some("GOV"),
                ),
            };
            Entity {
                kind: *kind,
                name: name.to_string(),
                country: country.map(str::to_string),
                gazetteer_id: gazetteer_id.map(str::to_string),
                roles: vec![],
                actor_role: actor_role.map(str::to_string),
                mentions,
            }
        })
        .collect()
}

/// The normalised text, its sentences and the spec's entities: what a coder
/// test hands the coder.
#[allow(dead_code)] // not every test crate that includes this file uses it
pub fn input(text: &str, spec: &Spec) -> (String, Vec<Sentence>, Vec<Entity>) {
    let text = normalise(text);
    let sents = sentences(&text);
    let ents = entities(&text, &sents, spec);
    (text, sents, ents)
}

/// One sentence a line, split further at ". ", as the splitter gives
/// paragraphs: the document listings' tests need one item a line.
#[allow(dead_code)] // not every test crate that includes this file uses it
pub fn line_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        let mut from = 0;
        for (i, _) in body.match_indices(". ") {
            out.push(Sentence {
                span: Span::new(start + from, start + i + 1),
            });
            from = i + 2;
        }
        if from < body.len() {
            out.push(Sentence {
                span: Span::new(start + from, start + body.len()),
            });
        }
        start += line.len();
    }
    out
}

/// `input`, with sentences a line each (`line_sentences`).
#[allow(dead_code)] // not every test crate that includes this file uses it
pub fn input_lines(text: &str, spec: &Spec) -> (String, Vec<Sentence>, Vec<Entity>) {
    let text = normalise(text);
    let sents = line_sentences(&text);
    let ents = entities(&text, &sents, spec);
    (text, sents, ents)
}

/// A document's parties as (name, country).
#[allow(dead_code)] // not every test crate that includes this file uses it
pub fn parties(a: &Agreement) -> Vec<(String, Option<String>)> {
    a.parties
        .iter()
        .map(|p| (p.name.clone(), p.country.clone()))
        .collect()
}

/// (code, source country, target country) of each event; a side without a
/// country is "".
#[allow(dead_code)] // not every test crate that includes this file uses it
pub fn by_country(events: &[Event]) -> Vec<(String, String, String)> {
    let country = |a: &Option<thoisu_core::Actor>| {
        a.as_ref()
            .and_then(|a| a.country.clone())
            .unwrap_or_default()
    };
    events
        .iter()
        .map(|e| (e.code.clone(), country(&e.source), country(&e.target)))
        .collect()
}
