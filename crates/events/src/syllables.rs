//! A sentence seen as lower-case syllables, for whole-syllable phrase matching.
//!
//! Rules are matched against a *key text*: every syllable lower-cased and
//! followed by one space, with `| ` standing for any punctuation between two
//! syllables, so a phrase never runs across a comma. Each syllable remembers
//! its span in the article text, so a match maps straight back to offsets.

use crate::rules::PhraseSet;
use thoisu_core::Span;
use thoisu_normalise::chars;

#[derive(Clone, Copy, Debug)]
pub struct Syllable {
    /// Where it starts in the key text.
    key_start: usize,
    /// Where it is in the article text.
    pub span: Span,
}

pub struct SyllableText {
    pub key: String,
    pub syllables: Vec<Syllable>,
}

/// A phrase found in the key text, as a range of syllables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    pub first: usize,
    /// Exclusive.
    pub end: usize,
    pub pattern: usize,
}

impl SyllableText {
    pub fn new(text: &str, span: Span) -> SyllableText {
        let sentence = span.of(text);
        let mut key = String::with_capacity(sentence.len() + 8);
        let mut syllables: Vec<Syllable> = Vec::new();
        // The open syllable: where it starts in the sentence and the key.
        let mut start: Option<(usize, usize)> = None;
        let mut punct_pending = false;
        // "ngày 7/8", "20-12", "47,6 USD": one mark between two digits
        // joins a number, no clause break.
        let mut after_digit = false;
        let mut last_digit = false;
        let mut gap_len = 0usize;
        let mut gap_joiner = false;
        // One pass: each syllable is lower-cased into the key as it is read.
        for (i, c) in sentence.char_indices() {
            if chars::is_alphanumeric(c) {
                if start.is_none() {
                    if punct_pending
                        && after_digit
                        && gap_len == 1
                        && gap_joiner
                        && c.is_ascii_digit()
                    {
                        punct_pending = false;
                    }
                    if punct_pending && !syllables.is_empty() {
                        key.push_str("| ");
                    }
                    start = Some((i, key.len()));
                }
                chars::push_lowercase(&mut key, c);
                last_digit = c.is_ascii_digit();
                continue;
            }
            if let Some((s, key_start)) = start.take() {
                key.push(' ');
                syllables.push(Syllable {
                    key_start,
                    span: Span::new(span.start + s, span.start + i),
                });
                punct_pending = false;
                after_digit = last_digit;
                gap_len = 0;
            }
            gap_len += 1;
            gap_joiner = matches!(c, '/' | '-' | '.' | ',' | ':');
            if !c.is_whitespace() {
                punct_pending = true;
            }
        }
        if let Some((s, key_start)) = start {
            key.push(' ');
            syllables.push(Syllable {
                key_start,
                span: Span::new(span.start + s, span.start + sentence.len()),
            });
        }
        SyllableText { key, syllables }
    }

    fn syllable_at(&self, key_offset: usize) -> usize {
        self.syllables
            .partition_point(|s| s.key_start <= key_offset)
            .saturating_sub(1)
    }

    /// Non-overlapping, leftmost-longest matches that start on a syllable.
    pub fn find<T>(&self, set: &PhraseSet<T>) -> Vec<PhraseMatch> {
        let mut out = Vec::new();
        let mut from = 0;
        while from < self.key.len() {
            let input = aho_corasick::Input::new(&self.key).span(from..self.key.len());
            let Some(m) = set.automaton.find(input) else {
                break;
            };
            let at_start = m.start() == 0 || self.key.as_bytes()[m.start() - 1] == b' ';
            if !at_start {
                // A match inside a glued syllable ("cũngđã tới thăm") must
                // not hide the phrases starting on the next syllables: the
                // search goes on from the next syllable's start.
                from = match self.key[m.start()..].find(' ') {
                    Some(space) => m.start() + space + 1,
                    None => break,
                };
                continue;
            }
            from = m.end();
            let first = self.syllable_at(m.start());
            let end = self.syllable_at(m.end() - 1) + 1;
            out.push(PhraseMatch {
                first,
                end,
                pattern: m.pattern().as_usize(),
            });
        }
        out
    }

    /// The span in the article text covered by syllables `first..end`.
    pub fn span(&self, first: usize, end: usize) -> Span {
        Span::new(
            self.syllables[first].span.start,
            self.syllables[end - 1].span.end,
        )
    }

    /// Index of the first syllable starting at or after `offset` (article text).
    pub fn syllable_from(&self, offset: usize) -> usize {
        self.syllables.partition_point(|s| s.span.start < offset)
    }

    /// Is there punctuation between syllable `i - 1` and syllable `i`?
    pub fn punct_before(&self, i: usize) -> bool {
        i > 0 && i < self.syllables.len() && self.key[..self.syllables[i].key_start].ends_with("| ")
    }

    /// Does a phrase of `list` (keys, as `key_of` writes them: "theo lời
    /// mời ") start at syllable `k` and end by syllable `limit`?
    pub fn phrase_at(&self, k: usize, limit: usize, list: &[&str]) -> bool {
        list.iter().any(|w| {
            let n = w.split_whitespace().count();
            k + n <= limit && self.key_of(k, k + n) == *w
        })
    }

    /// The lower-case key of syllables `first..end`, e.g. "theo lời mời ".
    pub fn key_of(&self, first: usize, end: usize) -> &str {
        let s = self.syllables[first].key_start;
        let e = if end < self.syllables.len() {
            self.syllables[end].key_start
        } else {
            self.key.len()
        };
        // A clause mark before the first syllable is not part of its key.
        let key = &self.key[s..e];
        key.strip_prefix("| ").unwrap_or(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::syllable_key;

    #[test]
    fn key_text_marks_punctuation_and_keeps_offsets() {
        let text = "Theo TTXVN, sáng 11-10, hai bên đã Ký kết.";
        let st = SyllableText::new(text, Span::new(0, text.len()));
        // "11-10" is one date, no clause break; the comma after it is one.
        assert_eq!(st.key, "theo ttxvn | sáng 11 10 | hai bên đã ký kết ");
        let last = st.syllables.last().unwrap();
        assert_eq!(last.span.of(text), "kết");
        assert!(st.punct_before(2));
        assert!(!st.punct_before(1));
        assert_eq!(syllable_key("ký kết"), "ký kết ");
    }

    #[test]
    fn a_mark_inside_a_number_is_no_punctuation() {
        let text = "Mỹ ngày 7/8 hạ giá trần xuống 47,6 USD. 3 - 2, Ukraine-Nga";
        let st = SyllableText::new(text, Span::new(0, text.len()));
        assert_eq!(
            st.key,
            "mỹ ngày 7 8 hạ giá trần xuống 47 6 usd | 3 | 2 | ukraine | nga "
        );
    }

    #[test]
    fn empty_and_punctuation_only_sentences_are_fine() {
        let st = SyllableText::new("…!", Span::new(0, "…!".len()));
        assert!(st.syllables.is_empty());
        assert_eq!(st.key, "");
    }
}
