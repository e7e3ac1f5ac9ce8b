//! Text helpers the recogniser needs: a length-preserving fold for matching,
//! both tone-placement spellings of a name, and syllable tokens with their shape.
//!
//! Matching runs on a folded copy of the text that has exactly the same byte
//! offsets as the original (lower case where that keeps the UTF-8 length,
//! hyphens and line breaks as spaces), so a match's offsets are the text's.

use std::borrow::Cow;

use thoisu_core::{Sentence, Span};
use thoisu_normalise::chars;
use unicode_normalization::char::{compose, decompose_canonical};
use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// A letter or digit: the fast ranges first (ASCII, Latin-1, the Latin
/// blocks Vietnamese uses, combining marks), Unicode's tables for the rest.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x300..=0x36F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphanumeric(),
    }
}

/// One character folded for matching, keeping its UTF-8 length.
#[inline]
pub fn fold_char(c: char) -> char {
    let u = c as u32;
    match c {
        '-' | '\n' | '\r' | '\t' => ' ',
        _ if c.is_ascii() => c.to_ascii_lowercase(),
        // Vietnamese capitals: Latin-1, Ă Đ Ĩ Ũ Ơ Ư, and the Latin Extended Additional pairs
        _ if (0xC0..=0xDE).contains(&u) && u != 0xD7 => char::from_u32(u + 0x20).unwrap_or(c),
        'Ă' | 'Đ' | 'Ĩ' | 'Ũ' | 'Ơ' | 'Ư' => char::from_u32(u + 1).unwrap_or(c),
        _ if (0x1EA0..=0x1EF9).contains(&u) => char::from_u32(u | 1).unwrap_or(c),
        _ => match chars::single_lowercase(c) {
            Some(l) if l.len_utf8() == c.len_utf8() => l,
            _ => c,
        },
    }
}

/// The folded copy of `text`: same byte length, same char boundaries.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().map(fold_char));
    out
}

/// Folds a name for comparing entities: NFC, lower case, punctuation and
/// hyphens as single spaces, tone placement settled ("hoà" = "hòa").
pub fn key(name: &str) -> String {
    // Most names arrive already composed: skip the NFC pass (and its copy).
    let nfc: std::borrow::Cow<'_, str> =
        if unicode_normalization::is_nfc_quick(name.chars()) == IsNormalized::Yes {
            name.into()
        } else {
            name.nfc().collect::<String>().into()
        };
    let settled = move_tones(&nfc, true);
    let mut out = String::with_capacity(settled.len());
    let mut space = true;
    for c in settled.chars() {
        if chars::is_alphanumeric(c) {
            chars::push_lowercase(&mut out, c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Folds a name written in an old hyphenated transliteration and its
/// modern spelling alike: no diacritics, no case, hyphens dropped so the
/// pieces join ("Pu-tin" = "Putin", "Vi-vi-an" = "Vivian").
pub fn joined_key(name: &str) -> String {
    let plain = thoisu_normalise::fold_for_search(name);
    let mut out = String::with_capacity(plain.len());
    for word in plain.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let joined = word.replace('-', "");
        if joined.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&joined);
    }
    out
}

const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// Splits a precomposed vowel into base and tone mark (if it has exactly one).
fn split_tone(c: char) -> (char, Option<char>) {
    if c.is_ascii() {
        return (c, None);
    }
    let mut parts = ['\0'; 4];
    let mut n = 0;
    decompose_canonical(c, |d| {
        if n < 4 {
            parts[n] = d;
        }
        n += 1;
    });
    if n == 2 && TONES.contains(&parts[1]) {
        (parts[0], Some(parts[1]))
    } else {
        (c, None)
    }
}

/// `s` without its tone marks, the other diacritics kept ("Vịnh" → "Vinh",
/// "Nguyễn" → "Nguyên").
pub fn toneless(s: &str) -> String {
    s.nfd().filter(|c| !TONES.contains(c)).nfc().collect()
}

/// Moves tone marks in open "oa", "oe", "uy" syllables onto the first vowel
/// (`old == true`, "hòa", "thủy") or the second ("hoà", "thuỷ").
fn move_tones(s: &str, old: bool) -> Cow<'_, str> {
    // Copied only when a tone moves: most names have no such pair. Pairs
    // never overlap (the second vowel of one is no first vowel of another).
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut before: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c1)) = chars.next() {
        let last = before.replace(c1);
        let Some(&(j, c2)) = chars.peek() else {
            break;
        };
        // The cheap tests first: the second vowel, then the first.
        let (b2, t2) = split_tone(c2);
        if !matches!(b2.to_ascii_lowercase(), 'a' | 'e' | 'y') {
            continue;
        }
        let (b1, t1) = split_tone(c1);
        let pair = (b1.to_ascii_lowercase(), b2.to_ascii_lowercase());
        if !matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y')) {
            continue;
        }
        let after = j + c2.len_utf8();
        let open = s[after..]
            .chars()
            .next()
            .is_none_or(|c| !chars::is_alphabetic(c));
        let after_q = matches!(last, Some('q' | 'Q'));
        if !open || after_q {
            continue;
        }
        let moved = match (old, t1, t2) {
            (true, None, Some(t)) => compose(b1, t).map(|c| (c, b2)),
            (false, Some(t), None) => compose(b2, t).map(|c| (b1, c)),
            _ => None,
        };
        if let Some((n1, n2)) = moved {
            let o = out.get_or_insert_with(|| String::with_capacity(s.len() + 4));
            o.push_str(&s[copied..i]);
            o.push(n1);
            o.push(n2);
            copied = after;
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&s[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(s),
    }
}

pub fn tone_old(s: &str) -> String {
    move_tones(s, true).into_owned()
}

/// "hòa" → "hoà", "thủy" → "thuỷ".
pub fn tone_new(s: &str) -> String {
    move_tones(s, false).into_owned()
}

/// A data-file form as the normaliser writes text (`thoisu_normalise::normalise`),
/// plus its NFC form in both tone placements, so that a form matches text
/// whichever convention wrote it (one to three strings).
pub fn spellings(form: &str) -> Vec<String> {
    let nfc: String = form.trim().nfc().collect();
    let normal = thoisu_normalise::normalise(&nfc);
    let old = tone_old(&nfc);
    let new = tone_new(&nfc);
    let mut out = vec![normal];
    for s in [nfc, old, new] {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Whether a word is spelt like one Vietnamese syllable: a Vietnamese onset,
/// vowels, and a Vietnamese final ("Thương" yes, "Scotland" no).
pub fn looks_vietnamese(word: &str) -> bool {
    let plain = thoisu_normalise::fold_for_search(word);
    if plain.is_empty() || !plain.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    const ONSETS: [&str; 27] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
        "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];
    let is_vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let syllable = |rest: &str| {
        let vowels = rest.bytes().take_while(|&b| is_vowel(b)).count();
        let (nucleus, coda) = rest.split_at(vowels);
        (1..=3).contains(&nucleus.len())
            && matches!(coda, "" | "c" | "ch" | "m" | "n" | "ng" | "nh" | "p" | "t")
    };
    let rest = ONSETS
        .iter()
        .find_map(|o| plain.strip_prefix(o))
        .unwrap_or(&plain);
    // ("gìn", "gịt": the "i" of "gi" is the vowel when no other follows)
    syllable(rest) || plain.starts_with("gi") && syllable(&plain[1..])
}

/// What separates a token from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Spaces only (or the start of the text).
    Space,
    /// A hyphen with no space around it: "Jong-un", "Quốc tế-Ban".
    Joined,
    /// A comma (with spaces).
    Comma,
    /// Anything else: other punctuation, a line break, a dash with spaces.
    Break,
}

/// A syllable (or number, or Latin word) of the text.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub span: Span,
    pub sentence: u32,
    pub gap: Gap,
    /// First character upper case.
    pub cap: bool,
    /// First character a lower-case letter.
    pub lower: bool,
    /// First in its sentence, or after a line break, colon, quote or bracket.
    pub initial: bool,
}

/// Splits text into tokens: runs of letters and digits (an apostrophe or
/// ampersand between letters stays inside, "M'Đrắk", "GD&ĐT"), each with its
/// sentence and leading gap.
pub fn tokenise(text: &str, sentences: &[Sentence]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut sentence = 0usize;
    let mut prev_end = 0usize;
    // a single quote ('…' or ‘…’) opened in this sentence and not yet closed
    let mut quote_open = false;
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        // "trưởngNguyễn": a page that lost a space glues a capitalised word to a
        // Vietnamese one (a letter with a diacritic before the glue, so that
        // brands in plain letters, "VinFast", stay whole)
        while let Some(&(i, d)) = iter.peek() {
            if is_word_char(d) {
                // (the rare capital inside a word is where the test is paid
                // for; a Vietnamese name starts with a Latin capital or "Đ")
                if (d.is_ascii_uppercase() || d == 'Đ') && glued_at(text, start, end) {
                    break;
                }
                end = i + d.len_utf8();
                iter.next();
            } else if matches!(d, '\'' | '’' | '&') {
                // "M'Đrắk", "GD&ĐT": the mark joins the letters around it
                let after = text[i + d.len_utf8()..].chars().next();
                if after.is_some_and(char::is_alphabetic) && end == i {
                    end = i + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        while sentence + 1 < sentences.len() && sentences[sentence].span.end <= start {
            sentence += 1;
        }
        let between = &text[prev_end.min(start)..start];
        let first_token = tokens.is_empty();
        if tokens
            .last()
            .is_some_and(|t: &Token| t.sentence as usize != sentence)
        {
            quote_open = false;
        }
        // "Dato’ Soh Thian Lai": an apostrophe glued to a word that closes no
        // quote is the word's own mark, and the next word follows as after a space
        let own_mark = !first_token && !quote_open && {
            let mut cs = between.chars();
            matches!(cs.next(), Some('\'' | '’')) && {
                let rest = cs.as_str();
                !rest.is_empty() && rest.bytes().all(|b| b == b' ')
            }
        };
        quote_open = quotes_open_after(between, quote_open);
        let gap = if first_token || own_mark || between.bytes().all(|b| b == b' ') {
            Gap::Space
        } else if between == "-" {
            Gap::Joined
        } else if between.trim() == "," {
            Gap::Comma
        } else {
            Gap::Break
        };
        let new_sentence = tokens
            .last()
            .is_none_or(|t: &Token| t.sentence as usize != sentence);
        let initial = new_sentence
            || !own_mark
                && between.contains(['\n', ':', '"', '“', '(', '\'', '‘', '[', '.', '!', '?']);
        tokens.push(Token {
            span: Span::new(start, end),
            sentence: sentence as u32,
            gap,
            cap: c.is_uppercase(),
            lower: c.is_lowercase(),
            initial,
        });
        prev_end = end;
    }
    tokens
}

/// Whether a capital right after `text[start..end]` starts a word the page
/// glued to a Vietnamese one: a lower-case letter before it, and a letter
/// with a diacritic in the word so far.
#[cold]
fn glued_at(text: &str, start: usize, end: usize) -> bool {
    text[..end]
        .chars()
        .next_back()
        .is_some_and(char::is_lowercase)
        && !text[start..end].is_ascii()
}

/// Whether a single quote is open after the gap `between` (the characters
/// between two words), given whether one was open before it: "‘" opens, "’"
/// closes; "'" after a word closes, elsewhere opens.
fn quotes_open_after(between: &str, mut open: bool) -> bool {
    if !between.contains(['\'', '‘', '’']) {
        return open;
    }
    let mut after_word = true;
    for c in between.chars() {
        match c {
            '‘' => open = true,
            '’' => open = false,
            '\'' => open = !after_word,
            _ => {}
        }
        after_word = false;
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_fold_agrees_with_unicode() {
        for u in (0xC0..0x250).chain(0x1E00..0x1F00) {
            let Some(c) = char::from_u32(u) else { continue };
            let mut lower = c.to_lowercase();
            let expect = match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            assert_eq!(fold_char(c), expect, "U+{u:04X}");
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || (0x300..0x370).contains(&u),
                "U+{u:04X}"
            );
        }
    }

    #[test]
    fn fold_keeps_offsets() {
        let s = "Tổng Bí thư Tô Lâm, ĐẶT MUA-BÁO";
        let f = fold(s);
        assert_eq!(f.len(), s.len());
        assert_eq!(f, "tổng bí thư tô lâm, đặt mua báo");
    }

    #[test]
    fn tone_placement_both_ways() {
        assert_eq!(tone_old("Uỷ ban Hoà Bình"), "Ủy ban Hòa Bình");
        assert_eq!(tone_new("Ủy ban Hòa Bình"), "Uỷ ban Hoà Bình");
        // a closed syllable and "qu" keep their mark
        assert_eq!(tone_new("Hoàng Quý"), "Hoàng Quý");
        assert!(spellings("Thỏa thuận").contains(&"Thoả thuận".to_string()));
    }

    #[test]
    fn keys_fold_case_hyphens_and_tones() {
        assert_eq!(key("Kim Jong-un"), key("Kim Jong Un"));
        assert_eq!(key("Uỷ ban Quốc vụ"), key("Ủy ban Quốc vụ"));
    }

    #[test]
    fn hyphenated_transliterations_join() {
        assert_eq!(joined_key("Pu-tin"), joined_key("Putin"));
        assert_eq!(joined_key("Vi-vi-an Ba-la-cri-xnan"), "vivian balacrixnan");
        assert_eq!(joined_key("Ô-ba-ma"), "obama");
        assert_ne!(joined_key("Kim Jong-un"), joined_key("Kim Jong Un"));
        assert_eq!(joined_key(" - "), "");
    }

    #[test]
    fn tokens_carry_gaps_and_shape() {
        let text = "Ông Kim Jong-un, Quốc tế-Ban.";
        let t = tokenise(text, &[]);
        let words: Vec<&str> = t.iter().map(|t| t.span.of(text)).collect();
        assert_eq!(words, ["Ông", "Kim", "Jong", "un", "Quốc", "tế", "Ban"]);
        assert_eq!(t[3].gap, Gap::Joined);
        assert_eq!(t[4].gap, Gap::Comma);
        assert!(t[0].initial && t[0].cap && t[3].lower);
    }

    #[test]
    fn a_capital_glued_to_a_vietnamese_word_starts_a_token() {
        let text = "Phó Giám đốcTrần Văn Lâm và VinFast, McDonald, O’Brien.";
        let t = tokenise(text, &[]);
        let words: Vec<&str> = t.iter().map(|t| t.span.of(text)).collect();
        assert_eq!(
            words,
            [
                "Phó",
                "Giám",
                "đốc",
                "Trần",
                "Văn",
                "Lâm",
                "và",
                "VinFast",
                "McDonald",
                "O’Brien"
            ]
        );
        assert_eq!(t[3].gap, Gap::Space);
        assert!(t[3].cap && !t[3].initial);
    }

    #[test]
    fn tone_marks_go_and_vowel_marks_stay() {
        assert_eq!(toneless("Nguyễn Chí Vịnh"), "Nguyên Chi Vinh");
        assert_eq!(toneless("Lương Cường"), "Lương Cương");
        assert_eq!(toneless(""), "");
    }

    #[test]
    fn an_apostrophe_closing_no_quote_is_the_word_s_own() {
        let text = "Tan Sri Dato’ Soh Thian Lai và ông O’Brien.";
        let t = tokenise(text, &[]);
        let words: Vec<&str> = t.iter().map(|t| t.span.of(text)).collect();
        assert_eq!(words[3], "Soh");
        assert_eq!(t[3].gap, Gap::Space);
        assert!(!t[3].initial);
        assert_eq!(words[8], "O’Brien");
        // a closing quote still breaks the run
        let text = "gọi là ‘Hà Nội’ Trần Văn An và 'Hải Phòng' Lê Văn Bình";
        let t = tokenise(text, &[]);
        let words: Vec<&str> = t.iter().map(|t| t.span.of(text)).collect();
        let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
        assert_eq!(t[at("Trần")].gap, Gap::Break);
        assert_eq!(t[at("Lê")].gap, Gap::Break);
    }

    #[test]
    fn vietnamese_syllable_shape() {
        for w in [
            "Thương", "nghiệp", "Nguyễn", "Quốc", "Y", "Uỷ", "Đặng", "khuya",
            // ("gi" before a coda: its "i" is the vowel)
            "Gìn", "gịt", "Gia",
        ] {
            assert!(looks_vietnamese(w), "{w}");
        }
        for w in [
            "Scotland",
            "Jong",
            "Trump",
            "Washington",
            "Blackstone",
            "TP",
            "Ginz",
            "",
        ] {
            assert!(!looks_vietnamese(w), "{w}");
        }
    }

    #[test]
    fn odd_text_does_not_panic() {
        for s in ["", "🙂🙂", "a'", "'", "x\u{301}\u{301}", "İstanbul K"] {
            let _ = tokenise(s, &[]);
            assert_eq!(fold(s).len(), s.len());
        }
    }
}
