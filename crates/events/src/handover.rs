//! Handing-over words (`data/events/handover.tsv`): a gift, donation or
//! delivery told before an aid phrase makes the aid given, even when the
//! aid is put as the handover's purpose ("trao 500 tấn gạo để hỗ trợ X").

use crate::rules::PhraseSet;
use crate::syllables::SyllableText;
use std::sync::LazyLock;

const HANDOVER: &str = include_str!("../../../data/events/handover.tsv");

/// How many syllables before the aid phrase its handover may start.
const REACH: usize = 30;

/// Phrase → whether it is a handover (`false`: a blocking longer word).
static WORDS: LazyLock<PhraseSet<bool>> = LazyLock::new(|| parse(HANDOVER, &["give", "block"]));

/// Honours handed over ("huân chương"): no aid.
static HONOURS: LazyLock<PhraseSet<bool>> = LazyLock::new(|| parse(HANDOVER, &["honour"]));

fn parse(file: &str, kinds: &[&str]) -> PhraseSet<bool> {
    PhraseSet::build(
        file.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (kind, phrase) = l.split_once('\t').unwrap_or(("", l));
                assert!(
                    matches!(kind, "give" | "block" | "honour"),
                    "handover.tsv: bad row {l:?}"
                );
                kinds
                    .contains(&kind)
                    .then(|| (phrase.trim().to_string(), kind != "block"))
            })
            .collect(),
    )
}

/// Is an honour named between syllables `from` and `to`?
pub(crate) fn honour_within(st: &SyllableText, from: usize, to: usize) -> bool {
    st.find(&HONOURS)
        .into_iter()
        .any(|m| m.first >= from && m.end <= to)
}

/// Where the last handing-over word ending by syllable `end` (and starting
/// at most [`REACH`] syllables before it) starts: before an aid phrase, or
/// opening it ("trao số tiền").
pub(crate) fn last_before(st: &SyllableText, end: usize) -> Option<usize> {
    let from = end.saturating_sub(REACH);
    st.find(&WORDS)
        .into_iter()
        .filter(|m| m.first >= from && m.end <= end && WORDS.values[m.pattern])
        .map(|m| m.first)
        .next_back()
}

#[cfg(test)]
mod tests {
    use super::*;
    use thoisu_core::Span;

    fn at(text: &str, aid: &str) -> Option<String> {
        let st = SyllableText::new(text, Span::new(0, text.len()));
        let first = st.syllable_from(text.find(aid)?);
        last_before(&st, first + aid.split_whitespace().count())
            .map(|i| st.key_of(i, i + 1).to_string())
    }

    #[test]
    fn the_nearest_handover_before_the_aid_is_found() {
        assert_eq!(
            at("Nhật Bản trao 200 tấn gạo để hỗ trợ Myanmar.", "hỗ trợ"),
            Some("trao ".into())
        );
        assert_eq!(
            at(
                "Món quà của Hàn Quốc tặng Indonesia để hỗ trợ người dân.",
                "hỗ trợ"
            ),
            Some("tặng ".into())
        );
        // A handover opening the aid phrase itself.
        assert_eq!(
            at(
                "Đoàn Lào đến Hà Nội để trao số tiền cho Việt Nam.",
                "trao số tiền"
            ),
            Some("trao ".into())
        );
    }

    #[test]
    fn an_exchange_or_a_later_word_is_no_handover() {
        assert_eq!(
            at(
                "Hai bên trao đổi về các biện pháp để hỗ trợ doanh nghiệp.",
                "hỗ trợ"
            ),
            None
        );
        assert_eq!(
            at("Thái Lan sẽ hỗ trợ Campuchia rồi trao quà.", "hỗ trợ"),
            None
        );
    }
}
