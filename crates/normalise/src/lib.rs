//! Normalise: NFC, one tone-placement convention, clean spacing, offsets kept.
//!
//! Every later stage works on [`NormalText::text`]; [`NormalText::to_original`]
//! maps its byte spans back to the text as read. The map is a sparse list of
//! change points, so text that needs no change (the common case for news
//! text already in NFC) costs one scan and no map at all.

pub mod chars;

use std::sync::LazyLock;

use thoisu_core::Span;
use unicode_normalization::char::decompose_canonical;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Text after normalisation, with the way back to the original offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NormalText {
    pub text: String,
    /// Change points sorted by `norm`: from each point on, offsets advance
    /// in step (identity piece) or the piece was rewritten as a whole
    /// (changed piece, which maps only at its two ends). Empty = identity.
    map: Vec<ChangePoint>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ChangePoint {
    norm: usize,
    orig: usize,
    changed: bool,
}

impl NormalText {
    /// NFC, the new tone placement (hòa→hoà, thủy→thuỷ, khỏe→khoẻ) and
    /// spacing clean-up (odd spaces and zero-width characters → ' ',
    /// "\r\n" and "\r" → "\n", soft hyphens dropped).
    pub fn new(original: &str) -> Self {
        let mut builder = Builder {
            text: String::new(),
            map: Vec::new(),
            original,
        };
        builder.run();
        NormalText {
            text: builder.text,
            map: builder.map,
        }
    }

    /// Byte span in [`Self::text`] → byte span in the original. A span
    /// edge inside a rewritten piece widens to cover the whole piece.
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.map_start(span.start);
        let end = self.map_end(span.end).max(start);
        Span::new(start, end)
    }

    fn map_start(&self, pos: usize) -> usize {
        if self.map.is_empty() {
            return pos;
        }
        // Last point at or before `pos`.
        let idx = self.map.partition_point(|p| p.norm <= pos);
        let p = self.map[idx.saturating_sub(1)];
        if p.changed {
            p.orig
        } else {
            p.orig + (pos - p.norm)
        }
    }

    fn map_end(&self, pos: usize) -> usize {
        if self.map.is_empty() {
            return pos;
        }
        // A point exactly at `pos` gives the smallest original offset there
        // (so a span ending before a dropped character does not swallow it).
        let first_ge = self.map.partition_point(|p| p.norm < pos);
        if let Some(p) = self.map.get(first_ge) {
            if p.norm == pos {
                return p.orig;
            }
        }
        let p = self.map[first_ge.saturating_sub(1)];
        if p.changed {
            // Inside a rewritten piece: its end.
            self.map.get(first_ge).map_or(p.orig, |next| next.orig)
        } else {
            p.orig + (pos - p.norm)
        }
    }
}

/// The same transformation as [`NormalText::new`], for lexicon entries,
/// patterns and lookup keys.
pub fn normalise(s: &str) -> String {
    NormalText::new(s).text
}

struct Builder<'a> {
    text: String,
    map: Vec<ChangePoint>,
    original: &'a str,
}

impl Builder<'_> {
    fn run(&mut self) {
        let src = self.original;
        if !src.bytes().any(|b| b >= 0x80 || b == b'\r') {
            // Plain ASCII without carriage returns is already normal.
            self.text.push_str(src);
            return;
        }
        self.text.reserve(src.len());
        let mut copied_to = 0; // original bytes before this are in `text`
        let mut i = 0;
        let bytes = src.as_bytes();
        // The letter run being read (letters, combining marks and soft
        // hyphens), learnt in the same pass: where it started, whether it
        // holds a soft hyphen or a char that is not plainly NFC, and where
        // its last toned o/u ends (tone placement needs one just before a
        // final a, e or y).
        let mut run = LetterRun::NONE;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphabetic() {
                    if run.start == NO_RUN {
                        run = LetterRun::at(i);
                    }
                    i += 1;
                    continue;
                }
                if run.start != NO_RUN {
                    copied_to = self.end_run(copied_to, run, i);
                    run = LetterRun::NONE;
                }
                if b == b'\r' {
                    let piece = if bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    self.flush(copied_to, i);
                    self.replace(i, i + piece, "\n");
                    i += piece;
                    copied_to = i;
                } else {
                    i += 1;
                }
                continue;
            }
            let (c, len) = decode_at(src, i);
            if is_in_letter_run(c) {
                if run.start == NO_RUN {
                    run = LetterRun::at(i);
                }
                run.ascii = false;
                if c == SOFT_HYPHEN {
                    run.soft_hyphen = true;
                } else if !is_plain_latin(c) {
                    run.plain = false;
                } else if is_toned_o_or_u(c) {
                    run.tone_end = i + len;
                }
                i += len;
                continue;
            }
            if run.start != NO_RUN {
                copied_to = self.end_run(copied_to, run, i);
                run = LetterRun::NONE;
            }
            if is_odd_space(c) {
                self.flush(copied_to, i);
                self.replace(i, i + len, " ");
                i += len;
                copied_to = i;
            } else if is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes {
                let fixed: String = std::iter::once(c).nfc().collect();
                self.flush(copied_to, i);
                self.replace(i, i + len, &fixed);
                i += len;
                copied_to = i;
            } else {
                i += len;
            }
        }
        if run.start != NO_RUN {
            copied_to = self.end_run(copied_to, run, bytes.len());
        }
        self.flush(copied_to, src.len());
    }

    /// Normalises the letter run `run` ending at `end` when it needs it;
    /// returns the new `copied_to`.
    #[inline]
    fn end_run(&mut self, copied_to: usize, run: LetterRun, end: usize) -> usize {
        let kind = if run.ascii {
            return copied_to;
        } else if run.soft_hyphen {
            RunKind::SoftHyphen
        } else if !run.plain {
            RunKind::Other
        } else if run.tone_end + 1 == end {
            // A plainly NFC run changes only when a tone moves, and only a
            // toned o/u just before the final letter can move.
            RunKind::PlainlyNfc
        } else {
            return copied_to;
        };
        let text = &self.original[run.start..end];
        match normalise_letters(text, kind) {
            Some(fixed) => {
                self.flush(copied_to, run.start);
                self.replace_trimmed(run.start, text, &fixed);
                end
            }
            None => copied_to,
        }
    }

    fn flush(&mut self, from: usize, to: usize) {
        if from < to {
            self.text.push_str(&self.original[from..to]);
        }
    }

    /// Records that original `[start, end)` became `with` at the current end.
    fn replace(&mut self, start: usize, end: usize, with: &str) {
        if self.map.is_empty() {
            self.map.push(ChangePoint {
                norm: 0,
                orig: 0,
                changed: false,
            });
        }
        let norm = self.text.len();
        self.map.push(ChangePoint {
            norm,
            orig: start,
            changed: true,
        });
        self.text.push_str(with);
        self.map.push(ChangePoint {
            norm: self.text.len(),
            orig: end,
            changed: false,
        });
    }

    /// Like [`Self::replace`] for a letter run, keeping the common prefix and
    /// suffix as identity so the changed piece is as small as possible.
    fn replace_trimmed(&mut self, start: usize, run: &str, fixed: &str) {
        let prefix: usize = run
            .chars()
            .zip(fixed.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        let suffix: usize = run[prefix..]
            .chars()
            .rev()
            .zip(fixed[prefix..].chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        self.text.push_str(&run[..prefix]);
        let orig_end = start + run.len() - suffix;
        self.replace(
            start + prefix,
            orig_end,
            &fixed[prefix..fixed.len() - suffix],
        );
        self.text.push_str(&run[run.len() - suffix..]);
    }
}

/// What one pass over a letter run learnt about it, so that
/// [`normalise_letters`] need not scan it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RunKind {
    /// Only precomposed Latin letters ([`is_plain_latin`]), no soft hyphen.
    PlainlyNfc,
    /// Holds a soft hyphen.
    SoftHyphen,
    /// Anything else: needs the full NFC quick-check.
    Other,
}

/// The char at byte `i` of `s` (a char boundary past ASCII) and its length:
/// two- and three-byte sequences, where Vietnamese letters live, decoded
/// inline.
#[inline]
fn decode_at(s: &str, i: usize) -> (char, usize) {
    let bytes = s.as_bytes();
    let b0 = bytes[i] as u32;
    let cont = |k: usize| (bytes.get(i + k).copied().unwrap_or(0) & 0x3F) as u32;
    let decoded = match b0 {
        0xC0..=0xDF => char::from_u32(((b0 & 0x1F) << 6) | cont(1)).map(|c| (c, 2)),
        0xE0..=0xEF => {
            char::from_u32(((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2)).map(|c| (c, 3))
        }
        _ => None,
    };
    decoded.unwrap_or_else(|| {
        let c = s[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    })
}

/// [`LetterRun::start`] when no run is being read.
const NO_RUN: usize = usize::MAX;

/// What [`Builder::run`] learns about a letter run while reading it.
#[derive(Clone, Copy)]
struct LetterRun {
    start: usize,
    ascii: bool,
    plain: bool,
    soft_hyphen: bool,
    /// End of the run's last toned plain o/u (0 when none).
    tone_end: usize,
}

impl LetterRun {
    const NONE: LetterRun = LetterRun::at(NO_RUN);

    const fn at(start: usize) -> LetterRun {
        LetterRun {
            start,
            ascii: true,
            plain: true,
            soft_hyphen: false,
            tone_end: 0,
        }
    }
}

/// One of [`TONED_O`] or [`TONED_U`]: the first vowel [`place_tone`] moves from.
#[inline]
fn is_toned_o_or_u(c: char) -> bool {
    matches!(
        c,
        'ò' | 'ó'
            | 'ỏ'
            | 'õ'
            | 'ọ'
            | 'Ò'
            | 'Ó'
            | 'Ỏ'
            | 'Õ'
            | 'Ọ'
            | 'ù'
            | 'ú'
            | 'ủ'
            | 'ũ'
            | 'ụ'
            | 'Ù'
            | 'Ú'
            | 'Ủ'
            | 'Ũ'
            | 'Ụ'
    )
}

/// Letters, combining marks, and soft hyphens (dropped inside the run, so
/// marks on either side of one still compose).
fn is_in_letter_run(c: char) -> bool {
    // Fast path: the Latin blocks Vietnamese letters live in.
    let alphabetic = match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    };
    alphabetic || is_combining(c) || c == SOFT_HYPHEN
}

const SOFT_HYPHEN: char = '\u{00AD}';

/// NFC, tone placement and soft-hyphen removal for one run of letters
/// of the given kind; `None` when unchanged.
fn normalise_letters(run: &str, kind: RunKind) -> Option<String> {
    let composed: Option<String> = match kind {
        RunKind::SoftHyphen => Some(run.chars().filter(|&c| c != SOFT_HYPHEN).nfc().collect()),
        RunKind::PlainlyNfc => None,
        RunKind::Other if is_nfc_quick(run.chars()) == IsNormalized::Yes => None,
        RunKind::Other => Some(run.nfc().collect()),
    };
    let nfc = composed.as_deref().unwrap_or(run);
    match place_tone(nfc) {
        Some(moved) => Some(moved),
        None => composed.filter(|c| c != run),
    }
}

/// Precomposed Latin letters (Latin-1 to Latin Extended-B, and Latin
/// Extended Additional, where Vietnamese toned letters live) are in NFC:
/// a cheap check that spares the full quick-check for nearly all text.
#[inline]
fn is_plain_latin(c: char) -> bool {
    (c as u32) < 0x300 || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Old-style tone placement on an open "oa", "oe" or "uy" (not "qu"+y)
/// moves the tone to the second vowel: hòa→hoà, khỏe→khoẻ, thủy→thuỷ.
/// Syllables with a final consonant or a longer vowel cluster (hoàng,
/// thuyền, huỳnh, ngoèo, quý) are left alone. `None` when nothing moves.
fn place_tone(run: &str) -> Option<String> {
    // Cheap rejection: the run must end in a plain a, e or y.
    if !matches!(
        run.as_bytes().last(),
        Some(b'a' | b'e' | b'y' | b'A' | b'E' | b'Y')
    ) {
        return None;
    }
    let mut tail = run.char_indices().rev();
    let (i2, c2) = tail.next()?;
    let (i1, c1) = tail.next()?;
    let before = tail.next().map(|(_, c)| c);
    let (base1, tone) = toned_first_vowel(c1)?;
    let base2 = match (base1, c2.to_ascii_lowercase()) {
        ('o', 'a') => 'a',
        ('o', 'e') => 'e',
        ('u', 'y') => 'y',
        _ => return None,
    };
    if let Some(b) = before {
        if is_vowel(b) || (base1 == 'u' && matches!(b, 'q' | 'Q')) {
            return None;
        }
    }
    let upper1 = c1.is_uppercase();
    let upper2 = c2.is_uppercase();
    let new1 = if upper1 {
        base1.to_ascii_uppercase()
    } else {
        base1
    };
    let new2 = with_tone(base2, tone, upper2)?;
    let mut out = String::with_capacity(run.len() + 2);
    out.push_str(&run[..i1]);
    out.push(new1);
    out.push(new2);
    debug_assert_eq!(i2 + c2.len_utf8(), run.len());
    Some(out)
}

const TONED_O: [char; 10] = ['ò', 'ó', 'ỏ', 'õ', 'ọ', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'];
const TONED_U: [char; 10] = ['ù', 'ú', 'ủ', 'ũ', 'ụ', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'];
const TONED_A: [char; 10] = ['à', 'á', 'ả', 'ã', 'ạ', 'À', 'Á', 'Ả', 'Ã', 'Ạ'];
const TONED_E: [char; 10] = ['è', 'é', 'ẻ', 'ẽ', 'ẹ', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'];
const TONED_Y: [char; 10] = ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'];

/// A toned plain 'o' or 'u' → (base letter, tone index 0..5).
fn toned_first_vowel(c: char) -> Option<(char, usize)> {
    if let Some(k) = TONED_O.iter().position(|&t| t == c) {
        return Some(('o', k % 5));
    }
    TONED_U.iter().position(|&t| t == c).map(|k| ('u', k % 5))
}

fn with_tone(base: char, tone: usize, upper: bool) -> Option<char> {
    let table = match base {
        'a' => &TONED_A,
        'e' => &TONED_E,
        'y' => &TONED_Y,
        _ => return None,
    };
    Some(table[tone + if upper { 5 } else { 0 }])
}

fn is_vowel(c: char) -> bool {
    let mut base = c;
    decompose_canonical(c, |d| {
        if !is_combining(d) {
            base = d;
        }
    });
    matches!(base.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Spaces other than ' ', '\t' and '\n' (NBSP, en/em spaces, ideographic
/// space, zero-width characters, BOM, line/paragraph separators).
fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200D}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{2060}'
                | '\u{3000}'
                | '\u{FEFF}'
                | '\u{000B}'
                | '\u{000C}'
                | '\u{0085}'
    )
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Folds text for diacritic-insensitive search: lower case, every combining
/// mark dropped, and đ→d (which Unicode does not decompose, and which FTS5's
/// `remove_diacritics` leaves alone). "Triều Tiên" → "trieu tien".
pub fn fold_for_search(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        // Latin text is folded from a table (the store folds every body it indexes).
        match FOLDED.get(c as usize).copied() {
            Some(FOLD_DROPPED) => {}
            Some(FOLD_SEVERAL) | None => fold_char(c, &mut out),
            Some(f) => out.push(char::from_u32(f).unwrap_or(c)),
        }
    }
    out
}

/// What [`fold_for_search`] makes of one char.
fn fold_char(c: char, out: &mut String) {
    match c {
        'đ' | 'Đ' => out.push('d'),
        _ => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

/// [`FOLDED`]: the char folds to nothing (a combining mark).
const FOLD_DROPPED: u32 = u32::MAX;
/// [`FOLDED`]: the char folds to several chars; fold it the slow way.
const FOLD_SEVERAL: u32 = u32::MAX - 1;

/// [`fold_char`] of every code point below U+2000 (Latin, combining marks,
/// Latin Extended Additional), built once.
static FOLDED: LazyLock<Box<[u32]>> = LazyLock::new(|| {
    let mut buf = String::new();
    (0..0x2000u32)
        .map(|cp| {
            let Some(c) = char::from_u32(cp) else {
                return FOLD_SEVERAL;
            };
            buf.clear();
            fold_char(c, &mut buf);
            let mut folded = buf.chars();
            match (folded.next(), folded.next()) {
                (None, _) => FOLD_DROPPED,
                (Some(f), None) => f as u32,
                _ => FOLD_SEVERAL,
            }
        })
        .collect()
});

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_folding_from_the_table_matches_the_slow_way_on_every_code_point() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut slow = String::new();
            fold_char(c, &mut slow);
            assert_eq!(fold_for_search(c.encode_utf8(&mut [0; 4])), slow, "{c:?}");
        }
        assert_eq!(
            fold_for_search("Đảng Lao động TRIỀU TIÊN"),
            "dang lao dong trieu tien"
        );
    }

    #[test]
    fn folds_vietnamese_for_search() {
        assert_eq!(fold_for_search("Triều Tiên"), "trieu tien");
        assert_eq!(fold_for_search("Đảng Lao động"), "dang lao dong");
        assert_eq!(fold_for_search("Thuỷ THỦY"), "thuy thuy");
    }

    #[test]
    fn decodes_every_char_as_the_standard_library_does() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(decode_at(&s, 1), (c, c.len_utf8()), "{c:?}");
        }
    }

    #[test]
    fn toned_o_or_u_is_the_first_vowel_table() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_toned_o_or_u(c), toned_first_vowel(c).is_some(), "{c:?}");
        }
    }

    /// The letter runs of a text normalised one by one, as
    /// [`Builder::run`] did before it learnt each run in one pass.
    fn run_by_run(text: &str) -> String {
        let mut out = String::new();
        let mut run = String::new();
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        for c in text.chars().chain(['\n']) {
            if is_in_letter_run(c) {
                run.push(c);
                continue;
            }
            let composed: String = run.chars().filter(|&c| c != SOFT_HYPHEN).nfc().collect();
            out.push_str(&place_tone(&composed).unwrap_or(composed));
            run.clear();
            out.push(if is_odd_space(c) { ' ' } else { c });
        }
        out.pop();
        out
    }

    #[test]
    fn tones_move_in_runs_ending_anywhere() {
        // A run's end found by a space, punctuation, a digit, the text's
        // end, or a char outside the letter runs.
        for text in [
            "tích lũy",
            "tích lũy.",
            "lũy",
            "Lũy, Hòa1 khỏe“ thủy",
            "THỦY\u{00A0}xõa",
            "hoàng quý lõe",
        ] {
            assert_eq!(normalise(text), run_by_run(text), "{text:?}");
        }
        assert_eq!(normalise("tích lũy, Hòa"), "tích luỹ, Hoà");
        assert_eq!(normalise("quỹ lũng"), "quỹ lũng");
    }

    #[test]
    fn moves_tones_in_open_oa_oe_uy() {
        let pairs = [
            ("hòa", "hoà"),
            ("Hòa", "Hoà"),
            ("HÒA", "HOÀ"),
            ("thủy", "thuỷ"),
            ("THỦY", "THUỶ"),
            ("Thủy", "Thuỷ"),
            ("khỏe", "khoẻ"),
            ("KHỎE", "KHOẺ"),
            ("tòa", "toà"),
            ("Tòa", "Toà"),
            ("lõe", "loẽ"),
            ("xõa", "xoã"),
            ("họa", "hoạ"),
            ("lụy", "luỵ"),
            ("ủy ban", "uỷ ban"),
            ("Ủy ban", "Uỷ ban"),
            ("hóa", "hoá"),
            ("úy", "uý"),
        ];
        for (input, want) in pairs {
            assert_eq!(normalise(input), want, "{input}");
        }
    }

    #[test]
    fn leaves_other_syllables_alone() {
        for word in [
            "hoàng", "quý", "Quý", "quỳ", "thuyền", "huỳnh", "ngoèo", "khuya", "hoài", "hoà",
            "thuỷ", "Nguyễn", "Đoàn", "toàn", "buy", "Goa", "Lào", "oà",
        ] {
            assert_eq!(normalise(word), word, "{word}");
        }
    }

    #[test]
    fn composes_decomposed_input() {
        let nfd: String = "Triều Tiên hòa bình".nfd().collect();
        assert_ne!(nfd, "Triều Tiên hòa bình");
        assert_eq!(normalise(&nfd), "Triều Tiên hoà bình");
    }

    #[test]
    fn cleans_spacing() {
        assert_eq!(
            normalise("Hà\u{00A0}Nội\r\nViệt\u{200B}Nam\rx"),
            "Hà Nội\nViệt Nam\nx"
        );
        assert_eq!(normalise("Việt\u{00AD}Nam"), "ViệtNam");
    }

    #[test]
    fn ascii_and_normal_text_need_no_map() {
        let t = NormalText::new("Tổng Bí thư Tô Lâm thăm Hà Nội.");
        assert!(t.map.is_empty());
        assert_eq!(t.text, "Tổng Bí thư Tô Lâm thăm Hà Nội.");
        assert_eq!(t.to_original(Span::new(3, 9)), Span::new(3, 9));
    }

    #[test]
    fn maps_spans_back_when_lengths_change() {
        // õe (2+1 bytes) → oẽ (1+3 bytes); NFD shrinks under NFC.
        let original: String = "lõe sáng, nhà ở Khánh Hòa".nfd().collect();
        let t = NormalText::new(&original);
        assert_eq!(t.text, "loẽ sáng, nhà ở Khánh Hoà");
        for word in ["loẽ", "sáng", "nhà", "ở", "Khánh", "Hoà"] {
            let start = t.text.find(word).unwrap();
            let span = Span::new(start, start + word.len());
            let back = t.to_original(span);
            let orig_word = back.of(&original);
            assert_eq!(normalise(orig_word), word);
        }
    }

    #[test]
    fn maps_every_char_boundary_onto_a_char_boundary() {
        let original = "Khỏe\u{00A0}thủy\r\nHÒA\u{00AD}bình 😀 e\u{0301}";
        let t = NormalText::new(original);
        let bounds: Vec<usize> = t
            .text
            .char_indices()
            .map(|(i, _)| i)
            .chain([t.text.len()])
            .collect();
        for &a in &bounds {
            for &b in bounds.iter().filter(|&&b| b >= a) {
                let s = t.to_original(Span::new(a, b));
                assert!(original.is_char_boundary(s.start) && original.is_char_boundary(s.end));
                assert!(s.start <= s.end && s.end <= original.len());
            }
        }
        assert_eq!(
            t.to_original(Span::new(0, t.text.len())),
            Span::new(0, original.len())
        );
    }

    #[test]
    fn long_inputs_stay_linear() {
        let nfd: String = "hòa bình".nfd().collect();
        let long = format!("{}{}", "thủy".repeat(100_000), nfd.repeat(20_000));
        let t = NormalText::new(&long);
        assert!(t.text.starts_with("thủythủy") && t.text.ends_with("hoà bình"));
        assert_eq!(
            t.to_original(Span::new(0, t.text.len())),
            Span::new(0, long.len())
        );
    }

    const ROUND_TRIP_PIECES: [&str; 22] = [
        "lũy",
        "Ọe",
        "hòa",
        "Thủy",
        "khỏe",
        "quý",
        "hoàng",
        "Nguyễn",
        "e\u{0301}",
        "o\u{0300}a",
        "\u{00A0}",
        " ",
        "\r\n",
        "\u{200B}",
        ".",
        "😀",
        "a",
        "Đ",
        "\u{0301}",
        "\r",
        "\u{00AD}",
        "ĐÀ",
    ];

    proptest::proptest! {
        #[test]
        fn word_spans_round_trip_on_random_text(
            picks in proptest::collection::vec(0..ROUND_TRIP_PIECES.len(), 0..12)
        ) {
            let original: String = picks.iter().map(|&i| ROUND_TRIP_PIECES[i]).collect();
            let t = NormalText::new(&original);
            assert_eq!(t.text, normalise(&t.text), "idempotent on {original:?}");
            assert_eq!(t.text, run_by_run(&original), "{original:?}");
            let full = t.to_original(Span::new(0, t.text.len()));
            // Only dropped soft hyphens may fall outside the whole text's span.
            let dropped = |s: &str| s.chars().all(|c| c == '\u{00AD}');
            assert!(dropped(&original[..full.start]), "{original:?}");
            assert!(dropped(&original[full.end..]), "{original:?}");
            // Each whitespace-separated word maps to original text that
            // normalises back to it.
            let mut pos = 0;
            for word in t.text.split([' ', '\n']) {
                if !word.is_empty() {
                    let back = t.to_original(Span::new(pos, pos + word.len()));
                    let orig = back.of(&original);
                    assert_eq!(normalise(orig).trim(), word, "{original:?}");
                }
                pos += word.len() + 1;
            }
        }
    }
}
