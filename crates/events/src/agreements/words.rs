//! The words agreements.rs and party_names.rs read: the word lists of
//! `agreement_signing.tsv`, `agreement_time.tsv`, `agreement_witness.tsv`
//! and `agreement_places.tsv` (a linguist adds a word there), the few
//! phrases of the signing rules, and (re-exported) the crate's one
//! vocabulary of grammatical particles, [`crate::particles`].

use crate::phrase_list::{self, Split};
use crate::rules::syllable_key;
use std::collections::HashSet;
use std::sync::LazyLock;
use thoisu_normalise::normalise;

pub(crate) use crate::particles::*;

/// "hai bên": both sides, written for the two parties at once.
pub(crate) const BOTH_SIDES: &str = "hai bên";
/// "hai bên " as a syllable key.
pub(crate) const BOTH_SIDES_KEY: &str = "hai bên ";
/// "các bên ": all the sides, as a syllable key.
pub(crate) const ALL_SIDES_KEY: &str = "các bên ";
/// "trong đó": among them (a list's lead-in).
pub(crate) const AMONG_THEM: &str = "trong đó";
/// " của hai ": "of the two" inside a body's name.
pub(crate) const OF_TWO_SP: &str = " của hai ";
/// "Nhà" and "nhà" as written before "nước" in "Nhà nước", a space before.
pub(crate) const HOUSE_CAP_SP: &str = " Nhà";
/// See `HOUSE_CAP_SP`.
pub(crate) const HOUSE_LOWER_SP: &str = " nhà";
/// "Và " opening a sentence, as a word and a space.
pub(crate) const AND_CAP_KEY: &str = "Và ";
/// ", và": "and" after a comma, between two parties.
pub(crate) const AND_AFTER_COMMA: &str = ", và";
/// ") và ": two bracketed signers joined.
pub(crate) const CLOSE_AND: &str = ") và ";
/// ", nước ": a country named in a list of parties.
pub(crate) const COMMA_COUNTRY: &str = ", nước ";
/// "ký ": the verb's common spelling, where a rule reads only it (the
/// signer's "ký … với" after a relative clause).
pub(crate) const SIGN_KEY: &str = "ký ";
/// "thay mặt": the `behalf` cue the paragraph of signers is searched with,
/// right before a party's name.
pub(crate) const BEHALF: &str = "thay mặt";

const SIGNING: &str = include_str!("../../../../data/events/agreement_signing.tsv");
const TIME: &str = include_str!("../../../../data/events/agreement_time.tsv");
const WITNESS_FILE: &str = include_str!("../../../../data/events/agreement_witness.tsv");
const PLACES: &str = include_str!("../../../../data/events/agreement_places.tsv");

/// The word lists, as syllable keys ("ký ") unless said otherwise.
pub(crate) struct Words {
    /// "ký", "kí": the signing verb.
    pub sign: HashSet<String>,
    /// The signing verb as written before a space, in lower and upper
    /// case ("ký ", "Ký ").
    pub sign_written: Vec<String>,
    /// "kết": the verb's second word in "ký kết".
    pub sealed: HashSet<String>,
    /// "lễ ": a ceremony before the verb.
    pub ceremony: HashSet<String>,
    /// "ra ": a one-word verb issuing a joint statement.
    pub issue: HashSet<String>,
    /// "(ký ", "(được ký ": a bracket saying its document was signed, as
    /// written.
    pub bracket: Vec<String>,
    /// "đã ", "vừa ": an act done.
    pub done: HashSet<String>,
    /// "sẽ ", "dự kiến ": still to come, each as its syllable keys.
    pub future: Vec<Vec<String>>,
    /// "vào ", "từ ": before "năm <year>" after a document's kind.
    pub year_lead: HashSet<String>,
    /// "vào ", "từ ": between the verb and "năm <year>".
    pub verb_year: HashSet<String>,
    /// "hồi ": the past before the news.
    pub long_ago: HashSet<String>,
    /// "cách đây": counted back, each as its syllable keys.
    pub ago: Vec<Vec<String>>,
    /// "ngày ", "hôm ": a day word after a joint statement's name.
    pub day: HashSet<String>,
    /// "chiều ", "sáng ": a part of a day before its date ("chiều 22/7").
    pub daypart: HashSet<String>,
    /// " dưới sự chứng kiến": presided or witnessed, a space before.
    pub witness: Vec<String>,
    /// " và chứng kiến": a witnessing joined to the signing.
    pub joined: Vec<String>,
    /// "tại", "ở": a place word before a name, as one lower-case word.
    pub locative: HashSet<String>,
    /// " về ": a title naming its own topic or sides, a space each side.
    pub self_named: Vec<String>,
}

/// The word lists, read once.
pub(crate) static LISTS: LazyLock<Words> = LazyLock::new(|| {
    let keys =
        |rows: Vec<&str>| -> HashSet<String> { rows.into_iter().map(syllable_key).collect() };
    let split = |rows: Vec<&str>| -> Vec<Vec<String>> {
        rows.into_iter()
            .map(|r| {
                syllable_key(r)
                    .split_inclusive(' ')
                    .map(str::to_string)
                    .collect()
            })
            .collect()
    };
    let text = |r: &str| normalise(r).to_string();
    let mut s = phrase_list::load(
        "agreement_signing.tsv",
        SIGNING,
        &[],
        &["sign", "sealed", "ceremony", "issue", "bracket"],
        Split::Whitespace,
    );
    let sign_rows = s.raw("sign");
    let mut sign_written = Vec::new();
    for w in &sign_rows {
        let w = normalise(w).to_lowercase();
        let mut cs = w.chars();
        let upper: String = cs
            .next()
            .map(|c| c.to_uppercase().chain(cs).collect())
            .unwrap_or_default();
        sign_written.push(format!("{w} "));
        sign_written.push(format!("{upper} "));
    }
    let mut t = phrase_list::load(
        "agreement_time.tsv",
        TIME,
        &[],
        &[
            "done",
            "future",
            "year_lead",
            "verb_year",
            "long_ago",
            "ago",
            "day",
            "daypart",
        ],
        Split::Whitespace,
    );
    let mut w = phrase_list::load(
        "agreement_witness.tsv",
        WITNESS_FILE,
        &[],
        &["witness", "joined"],
        Split::Whitespace,
    );
    let mut p = phrase_list::load(
        "agreement_places.tsv",
        PLACES,
        &[],
        &["locative", "self"],
        Split::Whitespace,
    );
    Words {
        sign: keys(sign_rows),
        sign_written,
        sealed: keys(s.raw("sealed")),
        ceremony: keys(s.raw("ceremony")),
        issue: keys(s.raw("issue")),
        bracket: s
            .raw("bracket")
            .into_iter()
            .map(|r| format!("{} ", text(r)))
            .collect(),
        done: keys(t.raw("done")),
        future: split(t.raw("future")),
        year_lead: keys(t.raw("year_lead")),
        verb_year: keys(t.raw("verb_year")),
        long_ago: keys(t.raw("long_ago")),
        ago: split(t.raw("ago")),
        day: keys(t.raw("day")),
        daypart: keys(t.raw("daypart")),
        witness: w
            .raw("witness")
            .into_iter()
            .map(|r| format!(" {}", text(r)))
            .collect(),
        joined: w
            .raw("joined")
            .into_iter()
            .map(|r| format!(" {}", text(r)))
            .collect(),
        locative: p
            .raw("locative")
            .into_iter()
            .map(|r| normalise(r).to_lowercase())
            .collect(),
        self_named: p
            .raw("self")
            .into_iter()
            .map(|r| format!(" {} ", text(r)))
            .collect(),
    }
});

/// Is `key` the signing verb or its "kết" ("ký ", "kí ", "kết ")?
pub(crate) fn sign_word(key: &str) -> bool {
    LISTS.sign.contains(key) || LISTS.sealed.contains(key)
}

/// Do the syllables from `at` on (before `end`) read `phrase`, one key a
/// syllable, whatever marks stand between them?
pub(crate) fn reads(
    st: &crate::syllables::SyllableText,
    at: usize,
    end: usize,
    phrase: &[String],
) -> bool {
    at + phrase.len() <= end
        && phrase
            .iter()
            .enumerate()
            .all(|(k, w)| st.key_of(at + k, at + k + 1) == w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_as_keys_and_written_forms() {
        assert!(LISTS.sign.contains("ký ") && LISTS.sign.contains("kí "));
        assert!(LISTS.sign_written.iter().any(|w| w == "Ký "));
        assert!(LISTS.future.iter().any(|p| p == &["dự ", "kiến "]));
        assert!(LISTS.witness.iter().any(|w| w == " dưới sự chứng kiến"));
        assert!(LISTS.self_named.iter().any(|w| w == " trong lĩnh vực "));
        assert!(LISTS.bracket.iter().any(|w| w == "(được ký "));
        assert!(LISTS.locative.contains("ở") && !LISTS.locative.contains("với"));
        assert_eq!(AND_KEY, "và ");
        assert_eq!(BETWEEN_SP, " giữa ");
    }
}
