//! Full-text search helpers: turning user input into a safe FTS5 query, and
//! cutting a snippet from the original body around the first hit.
//!
//! The index holds text folded by `thoisu_normalise::fold_for_search` (lower
//! case, no diacritics, đ→d), so queries are folded the same way. User input
//! never reaches FTS5 syntax: it is split into words (runs of letters and
//! digits) and every word is quoted.

use thoisu_normalise::fold_for_search;

/// How much context a snippet keeps before and after the hit, in chars.
const SNIPPET_BEFORE: usize = 60;
const SNIPPET_AFTER: usize = 160;

/// The folded words of a query, in order; empty when it has none (only
/// punctuation, operators, emoji...).
pub(crate) fn query_words(query: &str) -> Vec<String> {
    fold_for_search(query)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The words as one quoted phrase: `"trieu tien"`. Words hold only letters
/// and digits, so no quote can end up inside.
pub(crate) fn phrase_query(words: &[String]) -> String {
    format!("\"{}\"", words.join(" "))
}

/// Every word quoted on its own, which FTS5 reads as AND: `"to" "lam"`.
pub(crate) fn all_words_query(words: &[String]) -> String {
    let mut out = String::new();
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push('"');
        out.push_str(w);
        out.push('"');
    }
    out
}

/// A word of the folded text, with where it came from in the original.
struct FoldedWord {
    folded: (usize, usize),
    original: usize,
}

/// Folds `text` char by char (the same folding the index saw) and splits it
/// into words, keeping each word's byte offset in the original text.
fn folded_words(text: &str) -> (String, Vec<FoldedWord>) {
    let mut folded = String::with_capacity(text.len());
    let mut words = Vec::new();
    let mut current: Option<(usize, usize)> = None; // (folded start, original start)
    let mut buf = [0u8; 4];
    for (at, c) in text.char_indices() {
        let piece_start = folded.len();
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else {
            folded.push_str(&fold_for_search(c.encode_utf8(&mut buf)));
        }
        for (offset, fc) in folded[piece_start..].char_indices() {
            let here = piece_start + offset;
            if fc.is_alphanumeric() {
                current.get_or_insert((here, at));
            } else if let Some((start, original)) = current.take() {
                words.push(FoldedWord {
                    folded: (start, here),
                    original,
                });
            }
        }
    }
    if let Some((start, original)) = current {
        words.push(FoldedWord {
            folded: (start, folded.len()),
            original,
        });
    }
    (folded, words)
}

/// Byte offset in `text` of the first hit: the whole phrase if it occurs,
/// else the first query word that does.
fn first_hit(text: &str, words: &[String]) -> Option<usize> {
    if words.is_empty() {
        return None;
    }
    let (folded, found) = folded_words(text);
    let n = words.len();
    let phrase = found.windows(n).find(|window| {
        window
            .iter()
            .zip(words)
            .all(|(f, w)| &folded[f.folded.0..f.folded.1] == w)
    });
    if let Some(window) = phrase {
        return Some(window[0].original);
    }
    found
        .iter()
        .find(|f| words.iter().any(|w| &folded[f.folded.0..f.folded.1] == w))
        .map(|f| f.original)
}

/// A one-line excerpt of `body` around the first hit of `words` (the start
/// of the body when the hit is only in the title), cut at spaces, with "…"
/// where text was left out.
pub(crate) fn snippet(body: &str, words: &[String]) -> String {
    let hit = first_hit(body, words).unwrap_or(0);
    // Back up SNIPPET_BEFORE chars, then forward to a word start.
    let mut start = body[..hit]
        .char_indices()
        .rev()
        .nth(SNIPPET_BEFORE.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if start > 0 {
        if let Some(space) = body[start..hit].find(char::is_whitespace) {
            start += space;
        } else {
            start = hit;
        }
    }
    let mut end = body[hit..]
        .char_indices()
        .nth(SNIPPET_AFTER)
        .map_or(body.len(), |(i, _)| hit + i);
    if end < body.len() {
        if let Some(space) = body[hit..end].rfind(char::is_whitespace) {
            if space > 0 {
                end = hit + space;
            }
        }
    }
    let mut out = String::with_capacity(end - start + 8);
    if start > 0 {
        out.push('…');
    }
    // One line: runs of whitespace (paragraph breaks included) become a space.
    for (i, part) in body[start..end].split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    if end < body.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_is_folded_and_split_into_words() {
        assert_eq!(query_words("Đảng Lao động"), ["dang", "lao", "dong"]);
        assert_eq!(query_words("  trieu   tien "), ["trieu", "tien"]);
        assert!(query_words("AND OR \" * ( 🇻🇳").iter().all(|w| w != "\""));
        assert!(query_words("\" * ( ) : ^ -").is_empty());
        assert_eq!(query_words(""), Vec::<String>::new());
    }

    #[test]
    fn queries_quote_every_word() {
        let words = query_words("Triều Tiên OR NEAR(x)");
        assert_eq!(phrase_query(&words), "\"trieu tien or near x\"");
        assert_eq!(
            all_words_query(&words),
            "\"trieu\" \"tien\" \"or\" \"near\" \"x\""
        );
    }

    #[test]
    fn snippet_finds_the_phrase_in_the_original_text() {
        let body = "Hà Nội hôm nay nắng. Đoàn đại biểu Đảng Lao động Triều Tiên đã tới Hà Nội.";
        let s = snippet(body, &query_words("dang lao dong"));
        assert!(s.contains("Đảng Lao động Triều Tiên"), "{s}");
    }

    #[test]
    fn snippet_is_cut_at_spaces_with_ellipses() {
        let filler = "và các bộ ngành liên quan ".repeat(20);
        let body = format!("{filler}Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản. {filler}");
        let s = snippet(&body, &query_words("nhat ban"));
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("Đại sứ Nhật Bản"), "{s}");
        assert!(s.chars().count() < SNIPPET_BEFORE + SNIPPET_AFTER + 4);
    }

    #[test]
    fn snippet_of_odd_text_does_not_panic() {
        for body in ["", "🇻🇳🇻🇳🇻🇳", "\n\n\n", "İstanbul ǅ ﬁ Ω", "a"] {
            let _ = snippet(body, &query_words("i"));
            let _ = snippet(body, &[]);
        }
        assert_eq!(snippet("Hà Nội", &query_words("xyz")), "Hà Nội");
    }
}
