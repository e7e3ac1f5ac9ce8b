//! What the integration tests share on top of `src/test_support.rs`: code a
//! hand-written text and read its events as (code, source country, target
//! country), build an expected event, and place a resolved date on the text.
//! A test crate that uses it also declares `mod test_support` (the `#[path]`
//! to `src/test_support.rs`), which these helpers build on.

#![allow(dead_code)] // not every test crate uses every helper

use thoisu_core::{DateMention, DateValue, EntityKind, Sentence, Span};
use thoisu_events::{Coded, Coder};

use super::test_support::{by_country, input, input_lines, Spec};

/// The events the coder keeps (`Coder::code`), sentences split at ". ".
pub fn coded(text: &str, spec: &Spec) -> Vec<(String, String, String)> {
    let (text, sents, ents) = input(text, spec);
    by_country(&Coder::embedded().code(&text, &sents, &ents, &[]).events)
}

/// Every event the coder finds (`Coder::code_all`), before any scope.
pub fn coded_all(text: &str, spec: &Spec) -> Vec<(String, String, String)> {
    let (text, sents, ents) = input(text, spec);
    by_country(&Coder::embedded().code_all(&text, &sents, &ents, &[]).events)
}

/// Expected parties of a document, (name, country) each, in the form
/// `test_support::parties` reads them.
pub fn want(parties: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    parties
        .iter()
        .map(|(n, c)| (thoisu_normalise::normalise(n), Some(c.to_string())))
        .collect()
}

/// Events and agreements of a text whose lines are its sentences.
pub fn code_lines(text: &str, spec: &Spec) -> Coded {
    let (text, sents, ents) = input_lines(text, spec);
    Coder::embedded().code(&text, &sents, &ents, &[])
}

/// An expected event: (code, source country, target country).
pub fn ev(code: &str, source: &str, target: &str) -> (String, String, String) {
    (code.into(), source.into(), target.into())
}

/// A resolved date mention from `start` to `end` over the first occurrence
/// of `form` in `text`.
pub fn date_range(
    text: &str,
    sents: &[Sentence],
    form: &str,
    start: &str,
    end: &str,
) -> DateMention {
    let at = text.find(form).expect("date form in text");
    let span = Span::new(at, at + form.len());
    DateMention {
        text: form.into(),
        span,
        sentence: sents
            .iter()
            .position(|s| s.span.contains(span))
            .unwrap_or(0) as u32,
        value: DateValue {
            start: start.into(),
            end: end.into(),
        },
    }
}

/// A resolved single-day date mention over the first occurrence of `form`.
pub fn date(text: &str, sents: &[Sentence], form: &str, value: &str) -> DateMention {
    date_range(text, sents, form, value, value)
}

/// The parties of each agreement coded, by name.
pub fn party_names(coded: &Coded) -> Vec<Vec<String>> {
    coded
        .agreements
        .iter()
        .map(|a| a.parties.iter().map(|p| p.name.clone()).collect())
        .collect()
}

/// Each agreement coded as "kind title parties", one a line, for assertion
/// messages.
pub fn show(coded: &Coded) -> String {
    coded
        .agreements
        .iter()
        .map(|a| format!("{:?} {:?} {:?}\n", a.kind, a.title, a.parties))
        .collect()
}

/// An entity a test text names: (kind, canonical name, country, mentions).
pub type Row = (
    EntityKind,
    &'static str,
    &'static str,
    &'static [&'static str],
);

/// The countries most tests name, each written as in the text.
pub mod countries {
    use super::Row;
    use thoisu_core::EntityKind::Location as LOC;

    pub const VNM: Row = (LOC, "Việt Nam", "VNM", &["Việt Nam"]);
    pub const USA: Row = (LOC, "Mỹ", "USA", &["Mỹ"]);
    pub const JPN: Row = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]);
    pub const KOR: Row = (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]);
    pub const RUS: Row = (LOC, "Nga", "RUS", &["Nga"]);
    pub const CHN: Row = (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]);
}
