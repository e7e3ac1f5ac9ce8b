//! Helpers shared by the recogniser's sentence tests.

use thoisu_core::{Entity, EntityKind};
use thoisu_recognise::Recogniser;

/// Entities of `text` from the embedded gazetteer; every mention's offsets
/// are checked against the text on the way.
pub fn run(text: &str) -> Vec<Entity> {
    let es = Recogniser::embedded().recognise(text, &[]);
    for e in &es {
        for m in &e.mentions {
            assert_eq!(m.span.of(text), m.text, "mention offsets");
        }
    }
    es
}

/// (kind, canonical name) of each entity, for assertion messages.
pub fn names(es: &[Entity]) -> Vec<(EntityKind, &str)> {
    es.iter().map(|e| (e.kind, e.name.as_str())).collect()
}

/// Is there an entity of this kind with this canonical name?
#[allow(dead_code)] // not every test crate asks
pub fn has(es: &[Entity], kind: EntityKind, name: &str) -> bool {
    es.iter().any(|e| e.kind == kind && e.name == name)
}
