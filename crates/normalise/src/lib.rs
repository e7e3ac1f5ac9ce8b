//! Normalise: NFC, one tone-placement convention, offsets kept.

use unicode_normalization::char::decompose_canonical;

/// Folds text for diacritic-insensitive search: lower case, every combining
/// mark dropped, and đ→d (which Unicode does not decompose, and which FTS5's
/// `remove_diacritics` leaves alone). "Triều Tiên" → "trieu tien".
pub fn fold_for_search(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'đ' | 'Đ' => out.push('d'),
            _ => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            }),
        }
    }
    out
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese_for_search() {
        assert_eq!(fold_for_search("Triều Tiên"), "trieu tien");
        assert_eq!(fold_for_search("Đảng Lao động"), "dang lao dong");
        assert_eq!(fold_for_search("Thuỷ THỦY"), "thuy thuy");
    }
}
