//! The embedded word lists other than the lexicon: abbreviations, words
//! that do not begin names, surnames, and country names that break name runs.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// How an abbreviation with a final dot behaves at a sentence boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbreviationKind {
    /// Stands before a name or number: never ends a sentence ("TP.", "TS.").
    Title,
    /// May end a sentence ("v.v.", "Inc.").
    Final,
}

pub(crate) struct Lists {
    /// Lower-cased abbreviation (no final dot) → kind.
    abbreviations: rustc_hash::FxHashMap<String, AbbreviationKind>,
    pub(crate) common_words: FxHashSet<String>,
    pub(crate) name_breakers: FxHashSet<String>,
    pub(crate) surnames: FxHashSet<String>,
    /// Surnames that open a name whose other syllables are in lower case.
    pub(crate) frequent_surnames: FxHashSet<String>,
    /// Syllables that stand second in such a name ("văn", "thị").
    pub(crate) middle_names: FxHashSet<String>,
    pub(crate) name_heads: FxHashSet<String>,
    /// Words for a person an initial may follow ("ông Th.").
    pub(crate) person_words: FxHashSet<String>,
    /// Syntactic class of each treebank syllable (`syllable_classes.txt`,
    /// see `Traits::with_class`).
    pub(crate) syllable_classes: rustc_hash::FxHashMap<String, u8>,
}

pub(crate) static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut abbreviations = rustc_hash::FxHashMap::default();
    for line in data_lines(include_str!("../../../data/segment/abbreviations.txt")) {
        let mut cols = line.split('\t');
        let (Some(abbr), Some(kind)) = (cols.next(), cols.next()) else {
            continue;
        };
        let kind = match kind.trim() {
            "final" => AbbreviationKind::Final,
            _ => AbbreviationKind::Title,
        };
        abbreviations.insert(abbr.trim().to_lowercase(), kind);
    }
    let first_column = |text: &'static str| -> FxHashSet<String> {
        data_lines(text)
            .filter_map(|l| l.split('\t').next())
            .map(|w| thoisu_normalise::normalise(w.trim()).to_lowercase())
            .collect()
    };
    Lists {
        abbreviations,
        common_words: first_column(include_str!("../../../data/segment/common_words.txt")),
        name_breakers: first_column(include_str!("../../../data/segment/name_breakers.txt")),
        surnames: first_column(include_str!("../../../data/segment/surnames.txt")),
        frequent_surnames: first_column(include_str!(
            "../../../data/segment/frequent_surnames.txt"
        )),
        middle_names: first_column(include_str!("../../../data/segment/middle_names.txt")),
        name_heads: first_column(include_str!("../../../data/segment/name_heads.txt")),
        person_words: first_column(include_str!("../../../data/segment/person_words.txt")),
        syllable_classes: data_lines(include_str!("../../../data/segment/syllable_classes.txt"))
            .filter_map(|l| {
                let (syllable, class) = l.split_once('\t')?;
                Some((syllable.to_owned(), class.trim().parse().ok()?))
            })
            .collect(),
    }
});

/// Non-empty, non-comment lines of an embedded data file.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lists {
    /// The kind of `word` (text before a dot, e.g. "PGS.TS", "v.v") when it is
    /// a known abbreviation, whole or by its last dotted piece.
    pub(crate) fn abbreviation(&self, word: &str) -> Option<AbbreviationKind> {
        if word.is_empty() || word.len() > 24 {
            return None;
        }
        // Nearly every word before a dot is ASCII: lower it on the stack.
        let mut buf = [0u8; 24];
        let owned: String;
        let key: &str = if word.is_ascii() {
            let buf = &mut buf[..word.len()];
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            std::str::from_utf8(buf).unwrap_or(word)
        } else {
            let mut lower = String::with_capacity(word.len());
            for c in word.chars() {
                thoisu_normalise::chars::push_lowercase(&mut lower, c);
            }
            owned = lower;
            &owned
        };
        if let Some(&kind) = self.abbreviations.get(key) {
            return Some(kind);
        }
        let last = key.rsplit('.').next().unwrap_or("");
        if last.len() < key.len() {
            return self.abbreviations.get(last).copied();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_abbreviations_whole_and_by_last_piece() {
        assert_eq!(LISTS.abbreviation("TP"), Some(AbbreviationKind::Title));
        assert_eq!(LISTS.abbreviation("Tp"), Some(AbbreviationKind::Title));
        assert_eq!(LISTS.abbreviation("PGS.TS"), Some(AbbreviationKind::Title));
        assert_eq!(LISTS.abbreviation("v.v"), Some(AbbreviationKind::Final));
        assert_eq!(LISTS.abbreviation("Mỹ"), None);
        assert_eq!(LISTS.abbreviation("Đông.TS"), Some(AbbreviationKind::Title));
        assert_eq!(LISTS.abbreviation("Hà.Nội"), None);
        assert_eq!(LISTS.abbreviation(""), None);
    }

    #[test]
    fn loads_word_lists() {
        assert!(LISTS.common_words.contains("theo"));
        assert!(LISTS.name_breakers.contains("mỹ"));
        assert!(LISTS.surnames.contains("nguyễn") && LISTS.surnames.contains("tập"));
        assert!(LISTS.person_words.contains("chị") && LISTS.person_words.contains("cháu"));
    }
}
