//! Fast character classes and lower-casing for hot loops.
//!
//! `char::is_alphabetic` and `char::to_lowercase` binary-search Unicode
//! tables for every non-ASCII character, and nearly every Vietnamese
//! syllable has one. These give exactly the same answers as the standard
//! library (tested on every code point), but answer ASCII inline and the
//! first 8,192 code points (Latin-1, Latin Extended A/B, combining marks,
//! and Latin Extended Additional, where the toned letters live) from a
//! table built once; anything beyond falls back to the standard library.

use std::sync::LazyLock;

/// Code points below this are answered from [`TABLE`].
const TABLE_END: u32 = 0x2000;

/// No single lower-case char (Unicode maps it to several, e.g. 'İ').
const SEVERAL: u32 = u32::MAX;

struct Table {
    /// Lower case of each code point, or [`SEVERAL`]; surrogates map to themselves.
    lower: Box<[u32]>,
    /// Bit `c` set when `c` is alphabetic.
    alphabetic: Box<[u64]>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut lower = vec![0u32; TABLE_END as usize].into_boxed_slice();
    let mut alphabetic = vec![0u64; TABLE_END as usize / 64].into_boxed_slice();
    for cp in 0..TABLE_END {
        let Some(c) = char::from_u32(cp) else {
            lower[cp as usize] = cp;
            continue;
        };
        let mut l = c.to_lowercase();
        lower[cp as usize] = match (l.next(), l.next()) {
            (Some(one), None) => one as u32,
            _ => SEVERAL,
        };
        if c.is_alphabetic() {
            alphabetic[cp as usize / 64] |= 1 << (cp % 64);
        }
    }
    Table { lower, alphabetic }
});

/// Same as [`char::is_alphabetic`], faster on Latin text.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        c.is_ascii_alphabetic()
    } else if cp < TABLE_END {
        TABLE.alphabetic[cp as usize / 64] & (1 << (cp % 64)) != 0
    } else {
        c.is_alphabetic()
    }
}

/// Same as [`char::is_alphanumeric`], faster on Latin text.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alphabetic(c) || c.is_numeric()
    }
}

/// Appends the lower case of `c` to `out`: the same as
/// `out.extend(c.to_lowercase())`, faster on Latin text.
#[inline]
pub fn push_lowercase(out: &mut String, c: char) {
    // ASCII (most letters of Vietnamese text) inline, the rest out of line.
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_lowercase_beyond_ascii(out, c);
    }
}

#[inline(never)]
fn push_lowercase_beyond_ascii(out: &mut String, c: char) {
    match single_lowercase(c) {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// The lower case of `c` when it is one char (always so for Vietnamese
/// letters); `None` when Unicode lower-cases it to several.
#[inline]
pub fn single_lowercase(c: char) -> Option<char> {
    let cp = c as u32;
    if cp < 0x80 {
        return Some(c.to_ascii_lowercase());
    }
    if cp < TABLE_END {
        let l = TABLE.lower[cp as usize];
        return if l == SEVERAL {
            None
        } else {
            char::from_u32(l)
        };
    }
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_answers_as_the_standard_library_on_every_code_point() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            let mut ours = String::new();
            push_lowercase(&mut ours, c);
            assert_eq!(ours, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn vietnamese_letters() {
        let mut s = String::new();
        for c in "ĐẶNG THỊ NGỌC THỊNH, Ưu Đãi 2017!".chars() {
            push_lowercase(&mut s, c);
        }
        assert_eq!(s, "đặng thị ngọc thịnh, ưu đãi 2017!");
        assert!("ỹƯđẶ".chars().all(is_alphabetic));
        assert!(!"×÷–“ 1".chars().any(is_alphabetic));
        assert!(is_alphanumeric('٣') && is_alphanumeric('7') && !is_alphanumeric('-'));
        assert_eq!(single_lowercase('İ'), None);
        assert_eq!(single_lowercase('Ỹ'), Some('ỹ'));
    }
}
