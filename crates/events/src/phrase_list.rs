//! One loader for the cue files that list phrases by kind, one
//! `kind<TAB>phrase` row a line (`actor_scope.tsv`, `world_cues.tsv`,
//! `world_deeds.tsv`): blank lines and `#` comments are skipped, a row of an
//! unknown kind or without a tab stops the build's tests with the file's
//! name, and each phrase is normalised like the text and lower-cased before
//! it is split into words.

use std::collections::HashMap;
use thoisu_normalise::normalise;

/// How a file's phrases are cut into words.
#[derive(Clone, Copy)]
pub(crate) enum Split {
    /// At white space: the words keep any marks inside them.
    Whitespace,
    /// At every character that is no letter or digit.
    Words,
}

/// The rows of one file: phrase lists (each phrase as its lower-case
/// words) and raw rows (the text after the kind, trimmed), by kind, in the
/// file's order.
pub(crate) struct PhraseFile {
    name: &'static str,
    lists: HashMap<&'static str, Vec<Vec<String>>>,
    raw: HashMap<&'static str, Vec<&'static str>>,
}

/// Reads `file` (named `name` in panics): rows of the `phrases` kinds are
/// cut into words by `split`, rows of the `raw` kinds are kept as written.
pub(crate) fn load(
    name: &'static str,
    file: &'static str,
    phrases: &[&'static str],
    raw: &[&'static str],
    split: Split,
) -> PhraseFile {
    let mut out = PhraseFile {
        name,
        lists: phrases.iter().map(|k| (*k, Vec::new())).collect(),
        raw: raw.iter().map(|k| (*k, Vec::new())).collect(),
    };
    for line in file.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (kind, rest) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("{name}: bad row {line:?}"));
        let rest = rest.trim();
        if let Some(list) = out.lists.get_mut(kind) {
            let lower = normalise(rest).to_lowercase();
            list.push(match split {
                Split::Whitespace => lower.split_whitespace().map(str::to_string).collect(),
                Split::Words => crate::actor_scope::words(&lower),
            });
        } else if let Some(list) = out.raw.get_mut(kind) {
            list.push(rest);
        } else {
            panic!("{name}: bad row {line:?}");
        }
    }
    out
}

impl PhraseFile {
    /// The phrases of `kind`, in the file's order.
    pub(crate) fn take(&mut self, kind: &str) -> Vec<Vec<String>> {
        self.lists
            .remove(kind)
            .unwrap_or_else(|| panic!("{}: kind {kind} not loaded", self.name))
    }

    /// The phrases of `kind`, longest first (file order among equals).
    pub(crate) fn longest_first(&mut self, kind: &str) -> Vec<Vec<String>> {
        let mut list = self.take(kind);
        list.sort_by_key(|p| std::cmp::Reverse(p.len()));
        list
    }

    /// The raw rows of `kind`, in the file's order.
    pub(crate) fn raw(&mut self, kind: &str) -> Vec<&'static str> {
        self.raw
            .remove(kind)
            .unwrap_or_else(|| panic!("{}: kind {kind} not loaded", self.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_by_kind() {
        let mut f = load(
            "test.tsv",
            "# comment\n\nplace\ttại\nplace\tthị trấn\ncode\t13 \n",
            &["place"],
            &["code"],
            Split::Words,
        );
        assert_eq!(f.raw("code"), ["13"]);
        assert_eq!(f.longest_first("place")[0], ["thị", "trấn"]);
    }

    #[test]
    #[should_panic(expected = "test.tsv: bad row")]
    fn unknown_kind() {
        load("test.tsv", "odd\tx\n", &["place"], &[], Split::Words);
    }
}
