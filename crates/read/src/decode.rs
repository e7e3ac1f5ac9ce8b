//! Bytes → text: BOMs, UTF-16, legacy Vietnamese code pages, binary refusal.
//!
//! Vietnamese text still turns up in Windows-1258 (tone marks as combining
//! characters) and occasionally in other legacy encodings; `chardetng`
//! guesses those with the `.vn` hint and `encoding_rs` decodes them. The
//! result is always NFC so decomposed Windows-1258 output reads like the
//! precomposed UTF-8 everyone else sends.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// How much of the input the binary test looks at.
const SNIFF_BYTES: usize = 8 * 1024;

/// Why bytes could not become text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DecodeError {
    Binary,
    Empty,
}

impl DecodeError {
    pub fn reason(self) -> &'static str {
        match self {
            DecodeError::Binary => "binary file, not text",
            DecodeError::Empty => "empty file",
        }
    }
}

/// Text decoded from bytes, and what the decoder had to guess.
#[derive(Debug, PartialEq)]
pub(crate) struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

/// Decodes one file's bytes to NFC text, refusing binary and empty input.
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let mut warning = None;
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        UTF_16LE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        UTF_16BE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(enc) = bomless_utf16(bytes) {
        warning = Some(format!("no byte-order mark; decoded as {}", enc.name()));
        enc.decode_without_bom_handling(bytes).0.into_owned()
    } else {
        if looks_binary(bytes) {
            return Err(DecodeError::Binary);
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_owned(),
            // Cut inside the last character (a truncated download): still UTF-8.
            Err(e) if e.error_len().is_none() => {
                warning = Some("UTF-8 cut inside a character at the end".to_string());
                String::from_utf8_lossy(bytes).into_owned()
            }
            Err(_) => {
                let mut detector = chardetng::EncodingDetector::new();
                detector.feed(bytes, true);
                let encoding: &'static Encoding = detector.guess(Some(b"vn"), true);
                warning = Some(format!(
                    "not UTF-8 and no encoding declared; decoded as {}",
                    encoding.name()
                ));
                encoding.decode_without_bom_handling(bytes).0.into_owned()
            }
        }
    };
    let text = to_nfc(text);
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded { text, warning })
}

/// Like [`decode`], but bytes that are not UTF-8 are read in the encoding the
/// page declares (`<meta charset="windows-1258">`) before any guessing.
pub(crate) fn decode_declared(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    let has_bom = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    match declared {
        Some(enc) if !has_bom && std::str::from_utf8(bytes).is_err() && !looks_binary(bytes) => {
            let text = to_nfc(enc.decode_with_bom_removal(bytes).0.into_owned());
            if text.trim().is_empty() {
                return Err(DecodeError::Empty);
            }
            Ok(Decoded {
                text,
                warning: None,
            })
        }
        _ => decode(bytes),
    }
}

/// The charset an HTML page declares in its first 4 KB (`<meta charset=...>`,
/// `content="text/html; charset=..."`), when encoding_rs knows the label.
pub(crate) fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = lower[at..]
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .collect();
    Encoding::for_label(&label)
}

/// Composes decomposed marks (Windows-1258, macOS file names) into NFC, and
/// writes the Vietnamese Đ/đ where the Icelandic eth stands in for it.
pub(crate) fn to_nfc(text: String) -> String {
    let text = if surely_nfc(text.as_bytes()) || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        text.nfc().collect()
    };
    eth_to_d(text)
}

/// Whether the text is made only of characters that are starters NFC keeps
/// as they are: everything below U+0300, the precomposed letters of U+1E00–
/// U+1EFF (most Vietnamese vowels with tones) and U+2002–U+203F (dashes,
/// quotes, ellipsis). Almost every Vietnamese page is, and a byte scan says
/// so without the normalisation tables; `false` only means "look closer".
fn surely_nfc(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        i += match bytes[i] {
            0..0x80 => 1,
            // two-byte characters up to U+02FF
            0xC2..0xCC => 2,
            0xE1 if matches!(bytes.get(i + 1), Some(0xB8..=0xBB)) => 3,
            0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) >= Some(&0x82) => 3,
            _ => return false,
        };
    }
    true
}

/// "Ðiện và Thư thăm hỏi": older fonts and sites type Đ (U+0110) as the
/// look-alike eth Ð (U+00D0), which no Vietnamese word or name contains.
/// Both are two bytes in UTF-8, so offsets stay put.
fn eth_to_d(text: String) -> String {
    // Two single-character searches are memchr-fast; a character-set search is not.
    if !(text.contains('Ð') || text.contains('ð')) {
        return text;
    }
    text.chars()
        .map(|c| match c {
            'Ð' => 'Đ',
            'ð' => 'đ',
            c => c,
        })
        .collect()
}

/// NUL bytes, or more than one control character in ten, in the first 8 KB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    controls * 10 > head.len()
}

/// UTF-16 without a byte-order mark: text whose every other byte is zero.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.len() < 8 || !head.len().is_multiple_of(2) {
        return None;
    }
    let pairs = head.len() / 2;
    let even_zero = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    // ASCII-heavy text in UTF-16 has a zero in most high bytes and none in the low ones.
    if odd_zero * 10 >= pairs * 6 && even_zero * 20 < pairs {
        Some(UTF_16LE)
    } else if even_zero * 10 >= pairs * 6 && odd_zero * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Windows-1258 as Vietnamese legacy software writes it: base letters with
/// their vowel marks precomposed, the tone as a combining character.
#[cfg(test)]
pub(crate) fn encode_windows_1258(text: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    let mut legacy = String::new();
    for c in text.chars() {
        let decomposed: String = c.nfd().collect();
        let tone: Option<char> = decomposed
            .chars()
            .find(|m| matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'));
        let base: String = decomposed
            .chars()
            .filter(|m| Some(*m) != tone)
            .collect::<String>()
            .nfc()
            .collect();
        legacy.push_str(&base);
        legacy.extend(tone);
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&legacy);
    assert!(!unmappable, "not encodable: {text}");
    bytes.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surely_nfc_ranges_are_nfc_starters() {
        use unicode_normalization::char::canonical_combining_class;
        let ranges = [
            '\u{0}'..='\u{2FF}',
            '\u{1E00}'..='\u{1EFF}',
            '\u{2002}'..='\u{203F}',
        ];
        for c in ranges.into_iter().flatten() {
            let mut buf = [0; 4];
            assert!(surely_nfc(c.encode_utf8(&mut buf).as_bytes()), "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
        for c in ['\u{300}', '\u{2000}', '\u{2001}', '\u{2126}', '\u{1D400}'] {
            let mut buf = [0; 4];
            assert!(!surely_nfc(c.encode_utf8(&mut buf).as_bytes()), "{c:?}");
        }
        // decomposed "ệ" is composed, precomposed text passes untouched
        assert_eq!(to_nfc("Vie\u{323}\u{302}t".to_string()), "Việt");
        assert_eq!(
            to_nfc("Việt “Nam” – 2025…".to_string()),
            "Việt “Nam” – 2025…"
        );
    }

    #[test]
    fn eth_stands_for_d() {
        let text = "Ðiện và Thư thăm hỏi. Ðược tin bão lũ, ông gửi điện ðến Hà Nội.";
        let got = decode(text.as_bytes()).unwrap().text;
        assert_eq!(
            got,
            "Điện và Thư thăm hỏi. Được tin bão lũ, ông gửi điện đến Hà Nội."
        );
        assert_eq!(got.len(), text.len());
        assert_eq!(to_nfc("Đà Nẵng".to_string()), "Đà Nẵng");
    }

    #[test]
    fn utf8_with_bom_is_stripped() {
        let bytes = "\u{FEFF}Hà Nội".as_bytes();
        assert_eq!(decode(bytes).unwrap().text, "Hà Nội");
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let text = "Tổng Bí thư Tô Lâm thăm Triều Tiên";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, text);
        assert_eq!(decode(&be).unwrap().text, text);
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let text = "Bình Nhưỡng, ngày 10 tháng 10";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le).unwrap().text, text);
    }

    #[test]
    fn windows_1258_decodes_to_composed_text() {
        let text = "Thủ tướng Chính phủ Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội. \
                    Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư.";
        let bytes = encode_windows_1258(text);
        assert!(std::str::from_utf8(&bytes).is_err());
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, text);
        assert_eq!(
            decoded.warning.as_deref(),
            Some("not UTF-8 and no encoding declared; decoded as windows-1258")
        );
    }

    #[test]
    fn declared_charset_wins_over_guessing() {
        let text = "Hội nghị Trung ương lần thứ mười ba khai mạc tại Hà Nội";
        let mut page = b"<html><head><meta charset=\"windows-1258\"></head><body><p>".to_vec();
        page.extend(encode_windows_1258(text));
        page.extend_from_slice(b"</p></body></html>");
        let declared = declared_charset(&page);
        assert_eq!(declared, Some(encoding_rs::WINDOWS_1258));
        let decoded = decode_declared(&page, declared).unwrap();
        assert!(decoded.text.contains(text));
        assert_eq!(decoded.warning, None);
        let meta = b"<meta http-equiv='Content-Type' content='text/html; charset=UTF-8'>";
        assert_eq!(declared_charset(meta), Some(encoding_rs::UTF_8));
    }

    #[test]
    fn truncated_utf8_keeps_what_it_has() {
        let text = "Đà Nẵng";
        let bytes = &text.as_bytes()[..text.len() - 1];
        assert!(decode(bytes).unwrap().text.starts_with("Đà N"));
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(DecodeError::Binary)
        );
        let controls: Vec<u8> = (0..200u8)
            .map(|i| if i % 3 == 0 { 1 } else { b'a' })
            .collect();
        assert_eq!(decode(&controls), Err(DecodeError::Binary));
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t\r\n "), Err(DecodeError::Empty));
        assert_eq!(decode("\u{FEFF}".as_bytes()), Err(DecodeError::Empty));
    }
}
