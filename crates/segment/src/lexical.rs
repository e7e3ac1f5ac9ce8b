//! Lexical pieces of a sentence: syllables, numbers, punctuation, symbols.
//!
//! A piece never crosses whitespace. Dots, commas, slashes, colons and
//! hyphens stay inside a piece when they sit between its characters
//! ("TP.HCM", "3,5", "10/10", "11-10-2025", "59-NQ/TW", "COVID-19"), and an
//! abbreviation or an initial keeps its final dot ("TP.", "PGS.TS.", "V.").

use crate::data::{AbbreviationKind, LISTS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PieceKind {
    /// Letters only: can be joined with its neighbours into a word.
    Syllable,
    /// Starts with a letter but holds digits or inner punctuation ("TP.HCM", "A5").
    Compound,
    Number,
    Punct,
    Symbol,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    pub start: usize,
    pub end: usize,
    pub kind: PieceKind,
}

pub(crate) fn is_word_char(c: char) -> bool {
    is_letter(c) || is_digit(c) || matches!(c, '\u{0300}'..='\u{036F}')
}

/// `char::is_alphabetic` with a fast path for ASCII and the Latin blocks
/// Vietnamese letters live in (the general lookup is slow and hot here).
pub(crate) fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_numeric` with a fast path for ASCII and Latin letters.
pub(crate) fn is_digit(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_digit(),
        0xC0..=0x24F | 0x1E00..=0x1EFF => false,
        _ => c.is_numeric(),
    }
}

/// Punctuation (its own token) as opposed to other symbols.
pub(crate) fn is_punct(c: char) -> bool {
    matches!(
        c,
        '!' | '"' | '#' | '%' | '&' | '\'' | '(' | ')' | '*' | ',' | '-' | '.' | '/' | ':' | ';'
            | '?' | '@' | '[' | '\\' | ']' | '_' | '{' | '}'
            | '¡' | '§' | '«' | '¶' | '·' | '»' | '¿'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205E}'
            | '\u{3001}'..='\u{3003}'
            | '\u{3008}'..='\u{3011}'
            | '\u{FF01}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF1F}'
    )
}

/// Scans `text[start..end]` (one sentence) into pieces.
pub(crate) fn scan(text: &str, start: usize, end: usize, out: &mut Vec<Piece>) {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let c = char_at(text, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if let Some(url_end) = url_end(text, i, end) {
            out.push(Piece {
                start: i,
                end: url_end,
                kind: PieceKind::Compound,
            });
            i = url_end;
        } else if is_word_char(c) {
            let piece_end = word_piece_end(text, i, end);
            let piece = &text[i..piece_end];
            let kind = if is_digit(c) {
                PieceKind::Number
            } else if piece.chars().all(|c| is_letter(c) || is_mark(c)) {
                PieceKind::Syllable
            } else {
                PieceKind::Compound
            };
            out.push(Piece {
                start: i,
                end: piece_end,
                kind,
            });
            i = piece_end;
        } else if c == '.' {
            // "..." is one mark.
            let run = text[i..end].bytes().take_while(|&b| b == b'.').count();
            out.push(Piece {
                start: i,
                end: i + run,
                kind: PieceKind::Punct,
            });
            i += run;
        } else {
            let kind = if is_punct(c) {
                PieceKind::Punct
            } else {
                PieceKind::Symbol
            };
            out.push(Piece {
                start: i,
                end: i + c.len_utf8(),
                kind,
            });
            i += c.len_utf8();
        }
    }
}

/// End of a web address starting at `i` ("https://…", "www.…"): up to the
/// next space, less trailing punctuation.
fn url_end(text: &str, i: usize, limit: usize) -> Option<usize> {
    let rest = &text[i..limit];
    let bytes = rest.as_bytes();
    let starts = |prefix: &str| {
        bytes.len() > prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    if !(starts("http://") || starts("https://") || starts("www.")) {
        return None;
    }
    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let url =
        rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '”', '\'', '’']);
    Some(i + url.len())
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// End of the word or number piece starting at `i` (a word character).
fn word_piece_end(text: &str, start: usize, limit: usize) -> usize {
    let mut has_digit = false;
    let mut i = start;
    let mut prev = ' ';
    loop {
        // A run of word characters.
        while i < limit {
            let c = char_at(text, i);
            if !is_word_char(c) {
                break;
            }
            has_digit |= is_digit(c);
            prev = c;
            i += c.len_utf8();
        }
        if i >= limit {
            return limit;
        }
        let sep = char_at(text, i);
        let after = i + sep.len_utf8();
        let next = if after < limit {
            char_at(text, after)
        } else {
            ' '
        };
        let joins = is_word_char(next)
            && match sep {
                '.' => true,
                ',' | ':' => is_digit(prev) && is_digit(next),
                '/' => has_digit || is_digit(next),
                // "COVID-19", "59-NQ", "e-mail", and acronyms of paired
                // offices ("GD-ĐT", "NĐ-CP"); but "Việt Nam-Triều Tiên",
                // "ASEAN-Trung Quốc" and "Quốc tế-Ban" are two names around
                // a dash.
                '-' => {
                    has_digit
                        || is_digit(next)
                        || (prev.is_lowercase() && next.is_lowercase())
                        || (prev.is_uppercase()
                            && next.is_uppercase()
                            && !char_at(text, after + next.len_utf8()).is_lowercase())
                }
                '\'' | '’' => is_letter(prev) && is_letter(next) && !has_digit,
                '&' => prev.is_uppercase() && next.is_uppercase(),
                '@' => true,
                _ => false,
            };
        if joins {
            i = after;
            continue;
        }
        if sep == '%' && has_digit {
            return after;
        }
        // Ethnic-minority names cut by an apostrophe ("Tr’hy", written
        // "Tr’ hy" too): after letters that hold no vowel it is no quote.
        if matches!(sep, '\'' | '’') && !has_digit && !is_word_char(next) {
            let word = &text[start..i];
            if word.len() <= 4 && !word.chars().any(is_vowel_letter) && word.chars().all(is_letter)
            {
                return after;
            }
        }
        if sep == '.' && !text[after..limit].starts_with('.') && keeps_final_dot(text, start, i) {
            return after;
        }
        return i;
    }
}

/// Whether the dot at `dot` after the piece `text[start..dot]` belongs to it:
/// an abbreviation ("TP.", "PGS.TS.", "v.v.") or an initial ("Nguyễn V. A").
pub(crate) fn keeps_final_dot(text: &str, start: usize, dot: usize) -> bool {
    let word = &text[start..dot];
    LISTS.abbreviation(word).is_some() || is_initial(text, start, dot)
}

/// Whether a letter is a vowel, with or without its diacritics.
fn is_vowel_letter(c: char) -> bool {
    let mut buf = [0u8; 4];
    let folded = thoisu_normalise::fold_for_search(c.encode_utf8(&mut buf));
    folded
        .chars()
        .any(|f| matches!(f, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

/// Vietnamese onsets of more than one letter, which an initial may keep
/// whole ("Th.", "Ng.", "Tr.").
const ONSET_INITIALS: [&str; 11] = [
    "Ch", "Gh", "Gi", "Kh", "Ng", "Ngh", "Nh", "Ph", "Qu", "Th", "Tr",
];

/// The piece is an initial (one capital letter, or a capital and the rest
/// of a Vietnamese onset: "Th.", "Ng.") standing after a capitalised word,
/// a word for a person ("ông Th.") or at the start of a line ("Nguyễn V.
/// A", "George W. Bush", "J. Mitchell"), or before a lower-case word, a
/// comma, a bracket or a number ("bà G. kéo", "anh N. (SN 1990)", "N. 13
/// tuổi").
pub(crate) fn is_initial(text: &str, start: usize, dot: usize) -> bool {
    let word = &text[start..dot];
    let mut chars = word.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    // "J.D. Vance", "G.W. Bush": single capitals joined by dots.
    let chained = word.contains('.')
        && word.split('.').all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
        });
    if !c.is_uppercase()
        || !(chars.as_str().is_empty() || chained || ONSET_INITIALS.contains(&word))
    {
        return false;
    }
    // Mid-sentence ("bà G. kéo", "hãng F. phát động") whatever stands before.
    let next = text[dot + 1..]
        .trim_start_matches([' ', '\t'])
        .chars()
        .next();
    if next.is_some_and(|n| n.is_lowercase() || n == ',' || n == '(' || n.is_ascii_digit()) {
        return true;
    }
    // Before a foreign name ("ông G. Iliescu", "Thủ tướng J. Smith", "năm
    // 2020. G. Bush"): a capitalised word no Vietnamese syllable is spelt
    // like follows the capital. A Vietnamese word after it ("vitamin C.
    // Sau đó") leaves the dot to the rules below.
    // (ASCII letters only: "châu Á. Barca" and "nước Ý. Ronaldo" end.)
    if c.is_ascii_uppercase()
        && (word.len() == 1 || chained)
        && next.is_some_and(char::is_uppercase)
        && !starts_vietnamese_syllable(&text[dot + 1..])
    {
        return true;
    }
    let before = text[..start].trim_end_matches([' ', '\t']);
    if before.len() == start && start > 0 {
        // Glued to something else ("A.B." chains are handled as one piece).
        return before.ends_with('\n');
    }
    if before.is_empty() || before.ends_with('\n') {
        return true;
    }
    let prev_word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    prev_word.chars().next().is_some_and(char::is_uppercase) || is_person_word(prev_word)
}

/// Whether the first word of `rest` (after spaces) is spelt like a
/// Vietnamese syllable. Only a bounded prefix is read, so a long run of
/// letters costs no more than a short one.
fn starts_vietnamese_syllable(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    let end = rest
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(rest.len(), |(k, _)| k);
    let word = &rest[..end];
    // No Vietnamese syllable is longer than seven letters ("nghiêng").
    if word.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    if word.chars().count() > 8 {
        return false;
    }
    crate::phonology::traits(&word.to_lowercase()).well_formed()
}

/// Whether a word is a word for a person ("ông", "chị"; data/segment/person_words.txt).
fn is_person_word(word: &str) -> bool {
    if word.is_empty() || word.len() > 12 {
        return false;
    }
    let lower = word.to_lowercase();
    LISTS.person_words.contains(lower.as_str())
}

/// Whether an abbreviation is of the never-ending kind.
pub(crate) fn is_title_abbreviation(word: &str) -> bool {
    LISTS.abbreviation(word) == Some(AbbreviationKind::Title)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<(&str, PieceKind)> {
        let mut out = Vec::new();
        scan(text, 0, text.len(), &mut out);
        out.iter()
            .map(|p| (&text[p.start..p.end], p.kind))
            .collect()
    }

    fn texts(text: &str) -> Vec<&str> {
        pieces(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn fast_letter_and_digit_tests_agree_with_std() {
        for c in ('\0'..='\u{2FFF}').chain(['😀', '一', '٣']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_digit(c), c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn keeps_numbers_whole() {
        assert_eq!(
            texts("Ngày 10/10, lúc 15:30, giá tăng 3,5% lên 1.000.000 đồng (11-10-2025)."),
            [
                "Ngày",
                "10/10",
                ",",
                "lúc",
                "15:30",
                ",",
                "giá",
                "tăng",
                "3,5%",
                "lên",
                "1.000.000",
                "đồng",
                "(",
                "11-10-2025",
                ")",
                "."
            ]
        );
        assert_eq!(
            texts("Nghị quyết 59-NQ/TW, gọi 0903.343.439"),
            ["Nghị", "quyết", "59-NQ/TW", ",", "gọi", "0903.343.439"]
        );
        assert_eq!(pieces("10/10")[0].1, PieceKind::Number);
    }

    #[test]
    fn keeps_abbreviation_dots() {
        assert_eq!(texts("TP. Hồ Chí Minh"), ["TP.", "Hồ", "Chí", "Minh"]);
        assert_eq!(texts("PGS.TS. Lê Văn A."), ["PGS.TS.", "Lê", "Văn", "A."]);
        assert_eq!(
            texts("ở TP.HCM, v.v. và"),
            ["ở", "TP.HCM", ",", "v.v.", "và"]
        );
        assert_eq!(texts("sang Mỹ."), ["sang", "Mỹ", "."]);
        assert_eq!(texts("hạng a."), ["hạng", "a", "."]);
    }

    #[test]
    fn splits_punctuation_and_symbols() {
        assert_eq!(
            texts("“Hoà bình”... (Hà Nội) – 5$ 😀"),
            [
                "“", "Hoà", "bình", "”", "...", "(", "Hà", "Nội", ")", "–", "5", "$", "😀"
            ]
        );
        assert_eq!(pieces("😀")[0].1, PieceKind::Symbol);
        assert_eq!(texts("Hà Nội,Việt Nam"), ["Hà", "Nội", ",", "Việt", "Nam"]);
    }

    #[test]
    fn keeps_initials_of_shortened_names() {
        assert_eq!(
            texts("ông Th. \" của mình, anh Ng. (SN 1990), N. 13 tuổi"),
            [
                "ông", "Th.", "\"", "của", "mình", ",", "anh", "Ng.", "(", "SN", "1990", ")", ",",
                "N.", "13", "tuổi"
            ]
        );
        // Not an onset: a word ending a sentence.
        assert_eq!(texts("gặp ông Li. Hết"), ["gặp", "ông", "Li", ".", "Hết"]);
        assert_eq!(texts("sang Mỹ. Sau"), ["sang", "Mỹ", ".", "Sau"]);
    }

    #[test]
    fn keeps_the_apostrophe_of_ethnic_names() {
        assert_eq!(texts("xã Tr’ hy"), ["xã", "Tr’", "hy"]);
        assert_eq!(texts("xã Tr’hy"), ["xã", "Tr’hy"]);
        // After a vowel it closes a quotation.
        assert_eq!(texts("‘Hoà bình’ và"), ["‘", "Hoà", "bình", "’", "và"]);
    }

    #[test]
    fn keeps_web_and_mail_addresses_whole() {
        assert_eq!(
            texts("Xem https://vnexpress.net/a-b.html, hoặc www.nld.com.vn."),
            [
                "Xem",
                "https://vnexpress.net/a-b.html",
                ",",
                "hoặc",
                "www.nld.com.vn",
                "."
            ]
        );
        assert_eq!(
            texts("gửi về toasoan@tuoitre.vn."),
            ["gửi", "về", "toasoan@tuoitre.vn", "."]
        );
    }

    #[test]
    fn joins_hyphenated_and_alphanumeric_forms() {
        assert_eq!(
            texts("COVID-19 và U23, e-mail"),
            ["COVID-19", "và", "U23", ",", "e-mail"]
        );
        assert_eq!(
            texts("Việt Nam-Triều Tiên"),
            ["Việt", "Nam", "-", "Triều", "Tiên"]
        );
        assert_eq!(pieces("U23")[0].1, PieceKind::Compound);
        // Paired offices' acronyms are one piece; a name after an acronym is not.
        assert_eq!(
            texts("Bộ GD-ĐT, Bộ LĐ-TB&XH, USB-C và ASEAN-Trung Quốc"),
            [
                "Bộ",
                "GD-ĐT",
                ",",
                "Bộ",
                "LĐ-TB&XH",
                ",",
                "USB-C",
                "và",
                "ASEAN",
                "-",
                "Trung",
                "Quốc"
            ]
        );
        assert_eq!(texts("đối tác - bạn"), ["đối", "tác", "-", "bạn"]);
    }
}
