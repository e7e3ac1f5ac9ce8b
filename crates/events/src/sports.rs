//! Sports reporting: results, scores and contests, whose sentences are play, not events.

use super::*;

/// What one sentence says of sports.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct SportsCues {
    /// A word only sports reporting uses ("ghi bàn"): the sentence is play.
    pub(crate) sentence: bool,
    /// A word sports reporting mostly uses ("chung kết", "U23").
    pub(crate) article: bool,
    /// A result with its score ("thắng Thái Lan 2-1").
    pub(crate) scoreline: bool,
}

impl Coder {
    /// Gives `e` another CAMEO code, with that code's label, Goldstein
    /// value, quad class and PLOVER fields.
    pub(crate) fn recode(&self, e: &mut Event, code: &str) {
        let cameo = self.rules.cameo(code);
        let plover = plover::plover(code);
        e.label = cameo.label;
        e.goldstein = cameo.goldstein;
        e.quad_class = cameo.quad_class;
        e.plover_type = plover.map(|p| p.event_type.to_string()).unwrap_or_default();
        e.plover_mode = plover.and_then(|p| p.mode.map(str::to_string));
        e.code = code.to_string();
    }

    pub(crate) fn sports_cues(&self, text: &str, st: &SyllableText) -> SportsCues {
        let mut cues = SportsCues::default();
        let mut result = false;
        for m in st.find(&self.rules.sports) {
            match self.rules.sports.values[m.pattern] {
                SportsCue::Sentence => cues.sentence = true,
                SportsCue::Article => cues.article = true,
                SportsCue::Result => result = true,
            }
        }
        cues.scoreline = result && has_score(text, st);
        cues
    }
}

/// Is there a score ("2-1", "3 - 0") among the syllables: two numbers of at
/// most two digits joined by a dash, not a day-month ("ngày 2-1") nor part
/// of a longer date ("2-1-2025")?
pub(crate) fn has_score(text: &str, st: &SyllableText) -> bool {
    let word = |i: usize| st.syllables[i].span.of(text);
    let small_number = |i: usize| {
        let w = word(i);
        !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
    };
    let dash_between = |i: usize| {
        let (a, b) = (st.syllables[i - 1].span, st.syllables[i].span);
        matches!(text.get(a.end..b.start).map(str::trim), Some("-" | "–"))
    };
    (1..st.syllables.len()).any(|i| {
        small_number(i - 1)
            && small_number(i)
            && dash_between(i)
            && !(i >= 2
                && SCORE_DATE_WORDS
                    .iter()
                    .any(|d| word(i - 2).to_lowercase() == *d))
            && !(i + 1 < st.syllables.len() && dash_between(i + 1) && small_number(i + 1))
    })
}

/// Does the article report sport? Two sentences with sports words or a
/// result, or a result in its first two, and a third of its sentences:
/// one line on a match in a long political piece does not make it one.
pub(crate) fn is_sports_article(sports: &[SportsCues]) -> bool {
    let hits = sports
        .iter()
        .filter(|c| c.sentence || c.article || c.scoreline)
        .count();
    let lead_result = sports.iter().take(2).any(|c| c.scoreline);
    (hits >= 2 || lead_result) && hits * 3 >= sports.len()
}

/// Codes that in a sports article are play, not politics: meetings (04:
/// "Ý gặp Zambia" is a fixture), threats (13), shows of force (15), coercion
/// (17), assault (18), fighting (19), mass violence (20).
pub(crate) fn is_contest_code(code: &str) -> bool {
    matches!(
        code.get(..2),
        Some("04" | "13" | "15" | "17" | "18" | "19" | "20")
    )
}
