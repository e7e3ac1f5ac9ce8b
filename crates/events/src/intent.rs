//! Intent to cooperate told in two parts (CAMEO 03x), from
//! `data/events/intent.tsv`: an intent head ("nhất trí", "mong muốn") and,
//! later in its clause, a cooperative verb ("tăng cường", "củng cố"), with
//! words between that no fixed phrase of `verbs.tsv` can list ("thống nhất
//! các phương hướng trọng tâm nhằm làm sâu sắc hơn nữa hợp tác").

use crate::rules::PhraseSet;
use crate::syllables::{PhraseMatch, SyllableText};

const INTENT: &str = include_str!("../../../data/events/intent.tsv");

/// How many syllables may stand between the head and its verb.
const MAX_GAP: usize = 6;
/// How far after the verb a field may make the code finer.
const OBJECT_REACH: usize = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    /// An intent head; `pair` when it needs a pair phrase right after it,
    /// `wish` when a name right after it is whom the wish is aimed at.
    Head {
        pair: bool,
        wish: bool,
    },
    NotHead,
}

/// The two word sets of the rule, compiled once.
pub struct IntentRules {
    heads: PhraseSet<Word>,
    /// Verbs, nouns, objects and stops in one automaton: they never overlap.
    words: PhraseSet<Inner>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Inner {
    Verb(String),
    Noun,
    Object(String),
    Stop,
    Filler,
}

/// One two-part intent found in a sentence: syllables `first..end` run from
/// the head to the end of the verb.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntentMatch {
    pub first: usize,
    pub head_end: usize,
    pub end: usize,
    pub code: String,
    /// The head is only an intent with its pair phrase ("đề nghị hai bên"):
    /// the same head read alone (an appeal) gives way.
    pub replaces_head: bool,
    /// A country named right after the head is whom the wish is aimed at
    /// ("mong muốn Qatar tiếp tục phối hợp …"): the head is the trigger, so
    /// that the name is read as its object.
    pub addressed: bool,
}

impl IntentRules {
    pub fn embedded() -> IntentRules {
        IntentRules::parse(INTENT)
    }

    pub fn parse(file: &str) -> IntentRules {
        let mut heads = Vec::new();
        let mut words = Vec::new();
        for line in file.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let r: Vec<&str> = line.split('\t').map(str::trim).collect();
            assert!(r.len() >= 3, "intent.tsv: bad row {r:?}");
            let phrase = r[1].to_string();
            match r[0] {
                "head" => heads.push((
                    phrase,
                    Word::Head {
                        pair: r[2] == "pair",
                        wish: r[2] == "wish",
                    },
                )),
                "nothead" => heads.push((phrase, Word::NotHead)),
                "verb" => words.push((phrase, Inner::Verb(r[2].to_string()))),
                "noun" => words.push((phrase, Inner::Noun)),
                "object" => words.push((phrase, Inner::Object(r[2].to_string()))),
                "stop" => words.push((phrase, Inner::Stop)),
                "filler" => words.push((phrase, Inner::Filler)),
                other => panic!("intent.tsv: unknown kind {other:?} in {r:?}"),
            }
        }
        IntentRules {
            heads: PhraseSet::build(heads),
            words: PhraseSet::build(words),
        }
    }

    /// Every head-and-verb intent of the sentence. `pair_phrases` are the
    /// sentence's "hai bên" matches; `actor_at(i)` tells whether an actor
    /// mention starts at syllable `i` (a new subject ends the head's reach).
    /// Does the sentence hold an intent head at all (the cheap test before
    /// [`IntentRules::find`])?
    pub fn has_head(&self, st: &SyllableText) -> bool {
        self.heads.automaton.find(st.key.as_str()).is_some()
    }

    pub fn find(
        &self,
        st: &SyllableText,
        pair_phrases: &[PhraseMatch],
        actor_at: impl Fn(usize) -> bool,
    ) -> Vec<IntentMatch> {
        let heads = st.find(&self.heads);
        if heads.is_empty() {
            return Vec::new();
        }
        let words = st.find(&self.words);
        let mut out = Vec::new();
        for h in heads {
            let Word::Head {
                pair: needs_pair,
                wish,
            } = self.heads.values[h.pattern]
            else {
                continue;
            };
            let pair = pair_phrases.iter().find(|p| p.first == h.end);
            if needs_pair && pair.is_none() {
                continue;
            }
            // The pair phrase after "đề nghị" is the verb's subject, not a
            // new one.
            let from = pair.map_or(h.end, |p| p.end);
            // "sẵn sàng cùng Tổng thống Hàn Quốc tiếp tục thúc đẩy …": the
            // partner named after "cùng" is whom the intent is toward; its
            // name and titles do not end the head's reach.
            let partner = pair.is_none() && partner_after(st, from, &actor_at);
            let addressed = (wish && pair.is_none() && actor_at(from)) || partner;
            let reach = if partner {
                MAX_GAP + PARTNER_REACH
            } else {
                MAX_GAP
            };
            let mut found = None;
            let mut filler = 0;
            for w in words.iter().filter(|w| w.first >= from) {
                if w.first - from > reach + filler
                    || (h.end..=w.first).any(|k| st.punct_before(k))
                    || (!partner && (from + usize::from(addressed)..w.first).any(&actor_at))
                {
                    break;
                }
                match &self.words.values[w.pattern] {
                    Inner::Stop => break,
                    Inner::Filler => filler += w.end - w.first,
                    Inner::Verb(code) => {
                        let noun = words.iter().any(|n| {
                            n.end == w.first && self.words.values[n.pattern] == Inner::Noun
                        });
                        if !noun {
                            found = Some((w, code.clone()));
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let Some((verb, mut code)) = found else {
                continue;
            };
            // "tăng cường hợp tác quốc phòng": the field names the kind.
            let finer = words
                .iter()
                .find_map(|o| match &self.words.values[o.pattern] {
                    Inner::Object(c)
                        if o.first >= verb.end
                            && o.first - verb.end < OBJECT_REACH
                            && !(verb.end..=o.first).any(|k| st.punct_before(k)) =>
                    {
                        Some(c.clone())
                    }
                    _ => None,
                });
            if let Some(c) = finer {
                code = c;
            }
            out.push(IntentMatch {
                first: h.first,
                head_end: h.end,
                end: verb.end,
                code,
                replaces_head: needs_pair,
                addressed,
            });
        }
        out
    }
}

/// How many more syllables a partner's name and titles may take ("cùng
/// Tổng thống và đất nước Hàn Quốc").
const PARTNER_REACH: usize = 8;

/// Words that name a partner to act together with.
const TOGETHER: [&str; 2] = ["cùng với ", "cùng "];

/// Does "cùng" (or "cùng với") stand at syllable `from`, with an actor
/// named within a title's length after it?
fn partner_after(st: &SyllableText, from: usize, actor_at: &impl Fn(usize) -> bool) -> bool {
    let n = st.syllables.len();
    let Some(width) = TOGETHER.iter().find_map(|w| {
        let width = w.split_whitespace().count();
        (from + width <= n && st.key_of(from, from + width) == *w).then_some(width)
    }) else {
        return false;
    };
    let start = from + width;
    (start..(start + PARTNER_REACH).min(n))
        .take_while(|&k| k == start || !st.punct_before(k))
        .any(actor_at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::syllable_key as key;
    use thoisu_core::Span;

    fn codes(sentence: &str) -> Vec<(String, String)> {
        let st = SyllableText::new(sentence, Span::new(0, sentence.len()));
        let rules = crate::rules::Rules::embedded();
        let pairs = st.find(&rules.pairs);
        IntentRules::embedded()
            .find(&st, &pairs, |_| false)
            .into_iter()
            .map(|m| (st.key_of(m.first, m.end).to_string(), m.code))
            .collect()
    }

    #[test]
    fn head_and_verb_with_words_between() {
        assert_eq!(
            codes("Hai bên thống nhất tăng cường trao đổi đoàn các cấp."),
            vec![(key("thống nhất tăng cường"), "030".to_string())]
        );
        assert_eq!(
            codes("Hai bên nhất trí việc củng cố liên minh."),
            vec![(key("nhất trí việc củng cố"), "030".to_string())]
        );
        assert_eq!(
            codes(
                "Hai bên thống nhất các phương hướng trọng tâm nhằm làm sâu sắc hơn nữa hợp tác."
            ),
            vec![(
                key("thống nhất các phương hướng trọng tâm nhằm làm sâu sắc hơn"),
                "030".to_string()
            )]
        );
        // "đề nghị 2 bên …" is an appeal (02), read by verbs.tsv, not an
        // intent head (session 19: the gold of nine sets codes it 02).
        assert_eq!(codes("Ông đề nghị 2 bên duy trì trao đổi cấp cao."), vec![]);
        assert_eq!(
            codes(
                "Thành phố mong muốn trong thời gian tới sẽ tích cực xúc tiến hoạt động hợp tác."
            ),
            vec![(
                key("mong muốn trong thời gian tới sẽ tích cực xúc tiến"),
                "030".to_string()
            )]
        );
        assert_eq!(
            codes("Hai nước mong muốn sẽ đẩy mạnh hợp tác quốc phòng."),
            vec![(key("mong muốn sẽ đẩy mạnh"), "0312".to_string())]
        );
    }

    #[test]
    fn no_intent_without_its_verb_in_the_clause() {
        // A comma, a reported clause, a noun, a reunification, a far verb.
        assert!(codes("Hai bên nhất trí, sau đó tăng cường tuần tra.").is_empty());
        assert!(codes("Ông khẳng định rằng Hà Nội sẽ tăng cường phòng thủ.").is_empty());
        assert!(codes("Ông khẳng định quan hệ hợp tác tốt đẹp.").is_empty());
        assert!(codes("Kỷ niệm 50 năm thống nhất đất nước và xây dựng đất nước.").is_empty());
        assert!(codes("Bộ đề nghị doanh nghiệp tăng cường kiểm tra.").is_empty());
        // The verb of a document's title is no intent of its own.
        assert!(codes("Hai bên nhất trí ký kết Thỏa thuận hợp tác hữu nghị.").is_empty());
        assert!(
            codes("Hai bên nhất trí về nhiều vấn đề quan trọng trong khu vực và phát triển.")
                .is_empty()
        );
    }
}
