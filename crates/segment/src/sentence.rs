//! Sentence splitting over the normalised text.
//!
//! A line break always ends a sentence. Inside a line, '.', '!', '?' and
//! '…' end one only when the next word looks like a sentence start (capital
//! letter, digit, opening quote or bracket), so abbreviations ("TP. Hồ Chí
//! Minh"), numbers ("1.000", "10.10"), initials ("Nguyễn V. A") and
//! mid-sentence ellipses stay inside. Nothing splits inside quotes; a
//! sentence ending in ." or .” ends after the quote.

use thoisu_core::{Sentence, Span};

use crate::lexical::{is_initial, is_title_abbreviation, is_word_char};

/// Sentences of `text`, as trimmed byte spans in text order.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        split_line(text, line_start, line_start + line.len(), &mut out);
        line_start += line.len() + 1;
    }
    out
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let bytes = line.as_bytes();
    let mut sentence_start = start;
    let mut curly_depth = 0u32;
    let mut in_straight = false;
    // Unbalanced quotes (a typo, or a quotation running on to the next
    // paragraph) would swallow the rest of the line: ignore them then.
    // (Counted at the line's first quote: most lines have none.)
    let mut curly_balanced: Option<bool> = None;
    let mut straight_balanced: Option<bool> = None;
    let mut k = 0;
    // Only quotes and terminal marks matter: look at their bytes alone
    // ('“', '”' and '…' all open with 0xE2, which opens no ASCII char).
    while k < bytes.len() {
        if !MATTERS[bytes[k] as usize] {
            k += 1;
            continue;
        }
        let c = match bytes[k] {
            b @ (b'"' | b'.' | b'!' | b'?') => b as char,
            0xE2 => match (bytes.get(k + 1), bytes.get(k + 2)) {
                (Some(0x80), Some(0x9C)) => '“',
                (Some(0x80), Some(0x9D)) => '”',
                (Some(0x80), Some(0xA6)) => '…',
                _ => {
                    k += 1;
                    continue;
                }
            },
            _ => {
                k += 1;
                continue;
            }
        };
        let i = start + k;
        k += c.len_utf8();
        match c {
            '“' => {
                let balanced = *curly_balanced
                    .get_or_insert_with(|| line.matches('“').count() == line.matches('”').count());
                if balanced {
                    curly_depth += 1;
                }
            }
            '”' => curly_depth = curly_depth.saturating_sub(1),
            '"' => {
                let balanced = *straight_balanced
                    .get_or_insert_with(|| bytes.iter().filter(|&&b| b == b'"').count() & 1 == 0);
                if balanced {
                    in_straight = !in_straight;
                }
            }
            _ => {
                // The whole run of terminal marks, then closing quotes/brackets.
                let mut stop = i + c.len_utf8();
                let mut single_dot = c == '.';
                while let Some(n) = line[k..].chars().next() {
                    if matches!(n, '.' | '!' | '?' | '…') {
                        single_dot = false;
                        stop += n.len_utf8();
                        k += n.len_utf8();
                    } else {
                        break;
                    }
                }
                while let Some(n) = line[k..].chars().next() {
                    let closes = match n {
                        '”' if curly_depth > 0 => {
                            curly_depth -= 1;
                            true
                        }
                        '"' if in_straight => {
                            in_straight = false;
                            true
                        }
                        ')' | ']' | '’' | '»' | '\'' => true,
                        _ => false,
                    };
                    if !closes {
                        break;
                    }
                    stop += n.len_utf8();
                    k += n.len_utf8();
                }
                if curly_depth > 0 || in_straight {
                    continue;
                }
                // (The cheap test first: keeps_dot looks back over the word.)
                if starts_sentence(&text[stop..end])
                    && !(single_dot && stop == i + 1 && keeps_dot(text, sentence_start, i))
                {
                    push(text, sentence_start, stop, out);
                    sentence_start = stop;
                }
            }
        }
    }
    push(text, sentence_start, end, out);
}

/// The bytes [`split_line`] looks at: '"', '.', '!', '?', and 0xE2, the
/// first byte of '“', '”' and '…'.
static MATTERS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE2] = true;
    t
};

/// Whether the lone dot at `dot` is part of an abbreviation or initial
/// rather than a full stop.
fn keeps_dot(text: &str, floor: usize, dot: usize) -> bool {
    // Abbreviations are short: look back a bounded distance only.
    let line_floor = floor;
    let mut floor = floor.max(dot.saturating_sub(MAX_ABBREVIATION_BYTES));
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let before = &text[floor..dot];
    let word_start = before
        .rfind(|c: char| !(is_word_char(c) || c == '.'))
        .map_or(floor, |k| {
            floor + k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    if word_start == dot {
        return false;
    }
    let word = &text[word_start..dot];
    // "1. Tuổi Thìn ...": a number opening the line is a list marker.
    let list_marker = word.len() <= 3
        && word.bytes().all(|b| b.is_ascii_digit())
        && word_start - line_floor <= 8
        && text[line_floor..word_start].trim().is_empty();
    list_marker || is_title_abbreviation(word) || is_initial(text, word_start, dot)
}

/// Longest word before a dot that can be an abbreviation or initial.
const MAX_ABBREVIATION_BYTES: usize = 48;

/// Whether text after a terminal mark begins a new sentence: a space, then
/// a capital letter, digit, opening quote, bracket or dash (or nothing).
fn starts_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        // No space after the mark: "3.5", "TP.HCM", ".com".
        return trimmed.is_empty();
    }
    match trimmed.chars().next() {
        None => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_numeric()
                || matches!(
                    c,
                    '“' | '"' | '‘' | '\'' | '(' | '[' | '-' | '–' | '—' | '«' | '•'
                )
        }
    }
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let trimmed_start = start + (piece.len() - piece.trim_start().len());
    let trimmed_end = start + piece.trim_end().len();
    if trimmed_start < trimmed_end {
        out.push(Sentence {
            span: Span::new(trimmed_start, trimmed_end),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.span.of(text)).collect()
    }

    #[test]
    fn splits_on_full_stops_before_capitals() {
        assert_eq!(
            split("Tổng Bí thư Tô Lâm đến Bình Nhưỡng. Hai bên hội đàm! Còn gì nữa? Có."),
            [
                "Tổng Bí thư Tô Lâm đến Bình Nhưỡng.",
                "Hai bên hội đàm!",
                "Còn gì nữa?",
                "Có."
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_inside() {
        assert_eq!(
            split("Ông làm việc tại TP. Hồ Chí Minh. PGS.TS. Nguyễn Văn A và ThS. Lê B dự."),
            [
                "Ông làm việc tại TP. Hồ Chí Minh.",
                "PGS.TS. Nguyễn Văn A và ThS. Lê B dự."
            ]
        );
        assert_eq!(
            split("Tại Tp.HCM, GS. Trần và Mr. Smith gặp nhau. Th.S Lan nói."),
            [
                "Tại Tp.HCM, GS. Trần và Mr. Smith gặp nhau.",
                "Th.S Lan nói."
            ]
        );
        assert_eq!(
            split("Có gạo, muối v.v. Sau đó họ về."),
            ["Có gạo, muối v.v.", "Sau đó họ về."]
        );
    }

    #[test]
    fn keeps_numbers_and_initials_inside() {
        assert_eq!(
            split(
                "Gọi 0903.343.439 hoặc góp 1.000.000 đồng, lãi 3,5% từ 10.10. Anh Nguyễn V. A nói."
            ),
            [
                "Gọi 0903.343.439 hoặc góp 1.000.000 đồng, lãi 3,5% từ 10.10.",
                "Anh Nguyễn V. A nói."
            ]
        );
    }

    #[test]
    fn keeps_shortened_names_inside() {
        assert_eq!(
            split("Chị Nh. (SN 1990) và ông Th. \"Bé\" đến. Cháu N. 13 tuổi."),
            [
                "Chị Nh. (SN 1990) và ông Th. \"Bé\" đến.",
                "Cháu N. 13 tuổi."
            ]
        );
        assert_eq!(
            split("Đội lên hạng Nhất. Họ vui."),
            ["Đội lên hạng Nhất.", "Họ vui."]
        );
    }

    #[test]
    fn initials_of_foreign_names_end_no_sentence() {
        assert_eq!(
            split("Tổng thống Romania, ông G. Iliescu đến. Thủ tướng J. Smith và Tổng thống George W. Bush gặp nhau."),
            [
                "Tổng thống Romania, ông G. Iliescu đến.",
                "Thủ tướng J. Smith và Tổng thống George W. Bush gặp nhau."
            ]
        );
        assert_eq!(
            split("Họ gặp nhau năm 2020. G. Bush nói. Giám đốc M. Albright về."),
            [
                "Họ gặp nhau năm 2020.",
                "G. Bush nói.",
                "Giám đốc M. Albright về."
            ]
        );
    }

    #[test]
    fn chained_initials_end_no_sentence() {
        assert_eq!(
            split("Phó Tổng thống Mỹ J.D. Vance đến Munich. Ông G.W. Bush về."),
            [
                "Phó Tổng thống Mỹ J.D. Vance đến Munich.",
                "Ông G.W. Bush về."
            ]
        );
        // A country's abbreviation with dots still ends one before a Vietnamese word.
        assert_eq!(
            split("Hàng hóa xuất sang U.S. Sau đó giá tăng."),
            ["Hàng hóa xuất sang U.S.", "Sau đó giá tăng."]
        );
    }

    #[test]
    fn a_vietnamese_one_letter_word_before_a_foreign_name_ends_a_sentence() {
        assert_eq!(
            split("Họ thắng kèo châu Á. Barca thua. Anh sang nước Ý. Ronaldo ở lại."),
            [
                "Họ thắng kèo châu Á.",
                "Barca thua.",
                "Anh sang nước Ý.",
                "Ronaldo ở lại."
            ]
        );
    }

    #[test]
    fn a_letter_before_a_vietnamese_word_still_ends_a_sentence() {
        assert_eq!(
            split("Họ xếp hạng A. Sau đó về nước. Cần bổ sung vitamin C. Trong khi đó, năm 2020. G đến."),
            [
                "Họ xếp hạng A.",
                "Sau đó về nước.",
                "Cần bổ sung vitamin C.",
                "Trong khi đó, năm 2020.",
                "G đến."
            ]
        );
    }

    #[test]
    fn keeps_list_markers_with_their_item() {
        assert_eq!(
            split("1. Tuổi Thìn gặp may. Năm 2017 tốt.\n2. Tuổi Tý"),
            ["1. Tuổi Thìn gặp may.", "Năm 2017 tốt.", "2. Tuổi Tý"]
        );
        assert_eq!(split("Đội về thứ 2. Sau đó"), ["Đội về thứ 2.", "Sau đó"]);
    }

    #[test]
    fn keeps_quotes_and_ellipses_together() {
        assert_eq!(
            split("Ông nói: “Chúng tôi sẽ đến. Hẹn gặp lại.” Sau đó ông về."),
            [
                "Ông nói: “Chúng tôi sẽ đến. Hẹn gặp lại.”",
                "Sau đó ông về."
            ]
        );
        assert_eq!(
            split("Ông nói \"Tôi đi.\" Bà về."),
            ["Ông nói \"Tôi đi.\"", "Bà về."]
        );
        assert_eq!(
            split("Bà hỏi \"Đi đâu?\" rồi cười. Trời mưa... nhưng vẫn đi. Hết."),
            [
                "Bà hỏi \"Đi đâu?\" rồi cười.",
                "Trời mưa... nhưng vẫn đi.",
                "Hết."
            ]
        );
    }

    #[test]
    fn ignores_unbalanced_quotes() {
        assert_eq!(
            split("Ông nói: “Chúng tôi sẽ đến. Hẹn gặp lại. Sau đó ông về."),
            [
                "Ông nói: “Chúng tôi sẽ đến.",
                "Hẹn gặp lại.",
                "Sau đó ông về."
            ]
        );
        assert_eq!(
            split("Bà hỏi \"Đi đâu? Ông đáp. Hết."),
            ["Bà hỏi \"Đi đâu?", "Ông đáp.", "Hết."]
        );
    }

    #[test]
    fn other_marks_sharing_the_quotes_first_byte_split_nothing() {
        // '–', '’', '‘' and '•' open with 0xE2 like '“', '”' and '…'.
        assert_eq!(
            split("Ông nói – “Tôi đi… rồi về.” Bà hỏi ‘sao’ • Hết… Xong!"),
            [
                "Ông nói – “Tôi đi… rồi về.”",
                "Bà hỏi ‘sao’ • Hết…",
                "Xong!"
            ]
        );
        // An unbalanced '”' closes nothing: "…”" is not followed by a space.
        assert_eq!(
            split("Bà về…” Ông ở lại.’ Hết"),
            ["Bà về…” Ông ở lại.’", "Hết"]
        );
    }

    #[test]
    fn lines_always_end_sentences() {
        assert_eq!(
            split("  Tiêu đề không dấu chấm\n\nĐoạn một. Đoạn hai\r\nx  "),
            ["Tiêu đề không dấu chấm", "Đoạn một.", "Đoạn hai", "x"]
        );
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n ").is_empty());
    }
}
