//! Helpers shared by the coder's rule tests (src/tests.rs and
//! tests/patterns.rs): sentences split at ". " and entities written out by
//! hand, as a recogniser would give them, so the tests pin the coder alone.

use thoisu_core::{Entity, EntityKind, Mention, Sentence, Span};
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
/// search in the normalised text.
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
            Entity {
                kind: *kind,
                name: name.to_string(),
                country: Some(country.to_string()),
                gazetteer_id: None,
                roles: vec![],
                actor_role: (*kind == EntityKind::Person).then(|| "GOV".into()),
                mentions,
            }
        })
        .collect()
}
