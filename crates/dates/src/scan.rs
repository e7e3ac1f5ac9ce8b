//! A small lexer for the date grammar: numbers, words and single punctuation
//! marks with their byte spans, whether whitespace came before them, and the
//! lexicon's id for each word. One pass, one allocation per text.

use crate::lexicon::{Lexicon, SyllableId, NO_SYLLABLE};
use thoisu_normalise::chars;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of ASCII digits.
    Number,
    /// A run of letters (one syllable, or a foreign word).
    Word,
    /// Any other single non-space character.
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace separates it from the token before.
    pub gap: bool,
    /// A line break (or a paragraph break) separates it from the token before.
    pub line: bool,
    /// The lexicon's id (words and one- or two-digit numbers), else NO_SYLLABLE.
    pub syllable: SyllableId,
    /// A number's value (saturating), 0 otherwise.
    pub value: u32,
    /// A number's count of digits.
    pub digits: u8,
    /// A punctuation mark's character; a word's first character.
    pub ch: char,
}

impl Tok {
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.ch == c
    }
    pub fn is_capitalised(&self) -> bool {
        self.kind == Kind::Word && self.ch.is_uppercase()
    }
}

fn is_letter(c: char) -> bool {
    // Combining marks keep a decomposed syllable in one word.
    chars::is_alphabetic(c) || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Splits `text` into tokens.
pub(crate) fn tokens(text: &str, lex: &Lexicon) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut gap = true;
    let mut newlines = 0u32;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            let start = i;
            let mut value: u32 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            let digits = (i - start).min(255) as u8;
            let syllable = if digits <= 2 {
                lex.syllable(&text[start..i])
            } else {
                NO_SYLLABLE
            };
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Number,
                gap,
                line: newlines >= 1,
                syllable,
                value,
                digits,
                ch: b as char,
            });
            gap = false;
            newlines = 0;
            continue;
        }
        if b.is_ascii_whitespace() {
            gap = true;
            newlines += u32::from(b == b'\n');
            i += 1;
            continue;
        }
        // `i` is always on a char boundary here: digits and ASCII spaces are
        // one byte, and every other branch advances by whole chars.
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            gap = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if is_letter(c) {
            i += c.len_utf8();
            while i < bytes.len() {
                // ASCII letters and marks decide without decoding a char.
                let n = if bytes[i] < 0x80 {
                    char::from(bytes[i])
                } else {
                    text[i..].chars().next().unwrap_or(' ')
                };
                if !is_letter(n) {
                    break;
                }
                i += n.len_utf8();
            }
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Word,
                gap,
                line: newlines >= 1,
                syllable: lex.syllable(&text[start..i]),
                value: 0,
                digits: 0,
                ch: c,
            });
        } else {
            i += c.len_utf8();
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Punct,
                gap,
                line: newlines >= 1,
                syllable: NO_SYLLABLE,
                value: 0,
                digits: 0,
                ch: c,
            });
        }
        gap = false;
        newlines = 0;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LEXICON;

    fn kinds(text: &str) -> Vec<(Kind, &str, bool)> {
        tokens(text, &LEXICON)
            .into_iter()
            .map(|t| (t.kind, &text[t.start..t.end], t.gap))
            .collect()
    }

    #[test]
    fn splits_numbers_words_and_marks() {
        use Kind::*;
        assert_eq!(
            kinds("sáng 10/10 (giờ"),
            vec![
                (Word, "sáng", true),
                (Number, "10", true),
                (Punct, "/", false),
                (Number, "10", false),
                (Punct, "(", true),
                (Word, "giờ", false),
            ]
        );
        assert_eq!(
            kinds("59-NQ/TW"),
            vec![
                (Number, "59", true),
                (Punct, "-", false),
                (Word, "NQ", false),
                (Punct, "/", false),
                (Word, "TW", false),
            ]
        );
    }

    #[test]
    fn odd_text_is_safe() {
        assert!(tokens("", &LEXICON).is_empty());
        let t = tokens("😀 ngày\u{00A0}9 99999999999999999999", &LEXICON);
        assert_eq!(t.len(), 4);
        assert_eq!(t[3].value, u32::MAX);
        assert!(t[2].gap);
        let text = "Tiếng Việt";
        let nfd: String = "Vie\u{0302}\u{0323}t".into();
        assert_eq!(tokens(text, &LEXICON).len(), 2);
        assert_eq!(tokens(&nfd, &LEXICON).len(), 1);
    }

    #[test]
    fn line_breaks_are_marked() {
        let t = tokens("ngày 9\n\nđến 11/10", &LEXICON);
        assert!(t[2].gap && t[2].line);
        assert!(tokens("Tối\n10.2", &LEXICON)[1].line);
        assert!(!t[1].line && !t[3].line);
    }
}
