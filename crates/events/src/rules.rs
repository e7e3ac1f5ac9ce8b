//! The rule files under `data/events/`, parsed and compiled once.
//!
//! Every phrase is normalised with the same function the article text goes
//! through, so a rule written "hòa giải" matches text printed "hoà giải".

use crate::particles::IS_KEY;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::HashMap;
use thoisu_core::AgreementKind;
use thoisu_normalise::normalise;

const VERBS: &str = include_str!("../../../data/events/verbs.tsv");
const MODALITY: &str = include_str!("../../../data/events/modality.tsv");
const AGREEMENTS: &str = include_str!("../../../data/events/agreements.tsv");
const PAIRS: &str = include_str!("../../../data/events/pairs.tsv");
const SPORTS: &str = include_str!("../../../data/events/sports.tsv");
const CAMEO: &str = include_str!("../../../data/events/cameo_codes.tsv");

/// How a rule reads its actors off the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// Subject acts on the object: source before, target after.
    Directed,
    /// Both sides act together; the pair is unordered.
    Mutual,
    /// The object stands between subject and phrase ("Mỹ đưa Nga vào
    /// danh sách trừng phạt"): source first in the clause, target last.
    Placed,
    /// CAMEO 043: the subject hosts the visitor.
    Host,
    /// Not an event: masks a longer word holding a trigger.
    Block,
    /// Only names what a demand or appeal asks for ("yêu cầu X từ chức"):
    /// never an event by itself.
    Asked,
    /// A noun with its owner after "của" ("lệnh trừng phạt của Mỹ nhằm vào
    /// Nga"): the owner is the doer.
    Owned,
    /// "A tuyên bố B là persona non grata": the target is named last before
    /// the phrase, the source before it.
    Declared,
    /// "A đã tới B": a visit only when the place reached is named right
    /// after the phrase ("đã đến lúc", "đã tới hiện trường" are none).
    Arrival,
    /// "Ông Tập đến Moskva", "Ông Zelensky tới Hiroshima chiều 20/5": a bare
    /// verb of going is a visit only with a person named right before it (an
    /// official, see `official_arrival`) and a place right after it.
    Reached,
    /// "A dẫn đầu đoàn … sang B": a visit only when the place the delegation
    /// goes to is named after "sang"/"tới"/"đến" in the clause; the leader
    /// is the last name before the phrase.
    Led,
    /// "tiếp nhận 57 công dân do lực lượng chức năng A trao trả": the doer
    /// is named after "do" right before the phrase, the target is the first
    /// other country named before "do".
    Agent,
    /// "Tàu Nhật Bản đã cùng tàu Hàn Quốc và nhóm tàu Mỹ diễn tập": an act
    /// coded only when held "cùng" others, between every two of them.
    Joint,
    /// "Australia, Canada … cũng công bố các biện pháp tương tự": the act
    /// told just before (its code and target), done again by the names
    /// listed before the phrase.
    Similar,
    /// "các cuộc đàm phán do Trung Quốc làm trung gian", "nhờ trung gian của
    /// Trung Quốc", "chủ trì cuộc gặp giữa A và B": a third country brought
    /// two sides together, an event from it to each of the two (CAMEO 045).
    /// Without a mediator and two other sides so named, the row is read as
    /// `directed` ("Qatar làm trung gian cho …").
    Mediated,
    /// "A phối hợp với B", "A liên hệ với B": a joint act (read as
    /// `mutual`) only when B, of another country, is named in the clause
    /// right after the phrase; a body at home after it names no partner.
    Partner,
    /// "TAND TP Hồ Chí Minh tuyên phạt bị cáo A (35 tuổi, quốc tịch
    /// Nigeria)": read as `directed`, but the target is only a country that
    /// names the person acted on by nationality (see `seizing.txt`); a
    /// Vietnamese defendant, or a country named after the charge, is none.
    Nationals,
}

#[derive(Clone, Debug)]
pub struct VerbRule {
    pub id: String,
    /// Empty for `Frame::Block`.
    pub code: String,
    pub frame: Frame,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modality {
    Negation,
    Future,
    /// Asked of someone else: the act itself did not happen.
    Demand,
    Attribution,
    /// Told as background, not as news ("trong quá khứ", "đã từng"): not coded.
    Background,
}

/// What a word of sports reporting says (`sports.tsv`, second column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SportsCue {
    /// Only sports ("ghi bàn", "thủ môn"): the sentence is not coded.
    Sentence,
    /// Mostly sports ("chung kết", "U23"): counts toward the article's signal.
    Article,
    /// A result ("thắng", "cầm hòa"): with a scoreline ("2-1") the sentence
    /// reports a match.
    Result,
}

/// One CAMEO code's reference values.
#[derive(Clone, Debug)]
pub struct CameoEntry {
    pub label: String,
    pub goldstein: f32,
    pub quad_class: u8,
}

/// A phrase automaton over the syllable text (see `syllables.rs`): every
/// pattern is "syl syl " with one trailing space, so it can only end at a
/// syllable boundary.
pub struct PhraseSet<T> {
    pub automaton: AhoCorasick,
    pub values: Vec<T>,
}

impl<T> PhraseSet<T> {
    pub fn build(rows: Vec<(String, T)>) -> Self {
        let mut pats = Vec::with_capacity(rows.len());
        let mut values = Vec::with_capacity(rows.len());
        for (phrase, v) in rows {
            pats.push(syllable_key(&phrase));
            values.push(v);
        }
        // A full DFA: the lists are small (a few hundred phrases), and every
        // sentence is searched with several of them.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&pats)
            .expect("rule phrases compile");
        PhraseSet { automaton, values }
    }
}

/// A phrase as the syllable text spells it: normalised, lower case, one
/// space after every syllable.
pub fn syllable_key(phrase: &str) -> String {
    let mut key = String::new();
    for syl in normalise(phrase).to_lowercase().split_whitespace() {
        key.push_str(syl);
        key.push(' ');
    }
    key
}

pub struct Rules {
    pub verbs: PhraseSet<VerbRule>,
    /// Cue → (what it marks, whether it may stand anywhere earlier in the clause).
    pub modality: HashMap<String, (Modality, bool)>,
    /// Cues that count only opening the sentence, for all of it ("Theo
    /// chương trình, chiều nay, …": what follows is planned).
    pub openers: HashMap<String, Modality>,
    pub kinds: PhraseSet<AgreementKind>,
    /// Kinds of a document known by its own name (the `named` rows of
    /// `agreements.tsv`: "ký Tuyên bố Panmunjom"): a document only as the
    /// capitalised head of a title right after the signing verb, which
    /// `agreements::named_document` checks.
    pub named_kinds: PhraseSet<AgreementKind>,
    pub pairs: PhraseSet<()>,
    /// Words of sports reporting, and how much each says.
    pub sports: PhraseSet<SportsCue>,
    pub cameo: HashMap<String, CameoEntry>,
}

/// Data lines of a rule file: comments and blank lines skipped, tab-split.
fn rows(file: &str) -> impl Iterator<Item = Vec<&str>> {
    file.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn agreement_kind(name: &str) -> Option<AgreementKind> {
    Some(match name {
        "agreement" => AgreementKind::Agreement,
        "mou" => AgreementKind::Mou,
        "letter_of_intent" => AgreementKind::LetterOfIntent,
        "treaty" => AgreementKind::Treaty,
        "joint_statement" => AgreementKind::JointStatement,
        "contract" => AgreementKind::Contract,
        "plan" => AgreementKind::Plan,
        "other" => AgreementKind::Other,
        _ => return None,
    })
}

impl Rules {
    /// Parses the embedded files. Malformed rows are a build-time mistake in
    /// our own data, caught by the tests below, so they panic with the row.
    pub fn embedded() -> Rules {
        Rules::parse(VERBS, MODALITY, AGREEMENTS, PAIRS, SPORTS, CAMEO)
    }

    pub fn parse(
        verbs: &str,
        modality: &str,
        kinds: &str,
        pairs: &str,
        sports: &str,
        cameo: &str,
    ) -> Rules {
        let cameo: HashMap<String, CameoEntry> = rows(cameo)
            .map(|r| {
                assert!(r.len() >= 5, "cameo_codes.tsv: bad row {r:?}");
                let entry = CameoEntry {
                    label: r[4].to_string(),
                    goldstein: r[3]
                        .parse()
                        .unwrap_or_else(|_| panic!("goldstein in {r:?}")),
                    quad_class: r[2]
                        .parse()
                        .unwrap_or_else(|_| panic!("quad class in {r:?}")),
                };
                (r[0].to_string(), entry)
            })
            .collect();
        let verbs = rows(verbs)
            .flat_map(|r| {
                assert!(r.len() >= 4, "verbs.tsv: bad row {r:?}");
                let frame = match r[3] {
                    "directed" => Frame::Directed,
                    "mutual" => Frame::Mutual,
                    "placed" => Frame::Placed,
                    "host" => Frame::Host,
                    "block" => Frame::Block,
                    "asked" => Frame::Asked,
                    "owned" => Frame::Owned,
                    "declared" => Frame::Declared,
                    "arrival" => Frame::Arrival,
                    "reached" => Frame::Reached,
                    "led" => Frame::Led,
                    "agent" => Frame::Agent,
                    "joint" => Frame::Joint,
                    "similar" => Frame::Similar,
                    "mediated" => Frame::Mediated,
                    "partner" => Frame::Partner,
                    "nationals" => Frame::Nationals,
                    other => panic!("verbs.tsv: unknown frame {other:?} in {r:?}"),
                };
                let code = if frame == Frame::Block {
                    String::new()
                } else {
                    r[1].to_string()
                };
                assert!(
                    frame == Frame::Block || cameo.contains_key(&code),
                    "verbs.tsv: unknown CAMEO code in {r:?}"
                );
                let rule = VerbRule {
                    id: r[0].to_string(),
                    code,
                    frame,
                };
                // "đánh giá Việt Nam là \"một trong những nền kinh tế năng
                // động nhất\"": a quote or bracket may open what a declared
                // row calls its target, right after "là" (the row's id with
                // "q" after it).
                let quoted = (frame == Frame::Declared)
                    .then(|| r[2].strip_prefix(IS_KEY))
                    .flatten()
                    .filter(|rest| !rest.starts_with('|'))
                    .map(|rest| {
                        let mut quoted = rule.clone();
                        quoted.id.push('q');
                        (format!("{IS_KEY}| {rest}"), quoted)
                    });
                std::iter::once((r[2].to_string(), rule)).chain(quoted)
            })
            .collect();
        let (openers, modality): (Vec<_>, Vec<_>) =
            rows(modality).partition(|r| r.get(2).copied() == Some("opener"));
        let openers = openers
            .into_iter()
            .map(|r| {
                let m = match r[0] {
                    "future" => Modality::Future,
                    "background" => Modality::Background,
                    other => panic!("modality.tsv: unknown opener kind {other:?}"),
                };
                (syllable_key(r[1]), m)
            })
            .collect();
        let modality = modality
            .into_iter()
            .map(|r| {
                let m = match r[0] {
                    "negation" => Modality::Negation,
                    "future" => Modality::Future,
                    "demand" => Modality::Demand,
                    "attribution" => Modality::Attribution,
                    "background" => Modality::Background,
                    other => panic!("modality.tsv: unknown kind {other:?}"),
                };
                let clause = match r.get(2).copied().unwrap_or("adjacent") {
                    "clause" => true,
                    "adjacent" => false,
                    other => panic!("modality.tsv: unknown scope {other:?}"),
                };
                (syllable_key(r[1]), (m, clause))
            })
            .collect();
        let (named_kinds, kinds): (Vec<_>, Vec<_>) = rows(kinds)
            .map(|r| {
                let k = agreement_kind(r[0])
                    .unwrap_or_else(|| panic!("agreements.tsv: bad kind in {r:?}"));
                let named = match r.get(2).copied() {
                    None | Some("") => false,
                    Some("named") => true,
                    Some(other) => panic!("agreements.tsv: unknown flag {other:?} in {r:?}"),
                };
                (named, (r[1].to_string(), k))
            })
            .partition(|(named, _)| *named);
        let kinds = kinds.into_iter().map(|(_, row)| row).collect();
        let named_kinds = named_kinds.into_iter().map(|(_, row)| row).collect();
        let pairs = rows(pairs).map(|r| (r[0].to_string(), ())).collect();
        let sports = rows(sports)
            .map(|r| {
                let cue = match r.get(1).copied().unwrap_or("sentence") {
                    "sentence" => SportsCue::Sentence,
                    "article" => SportsCue::Article,
                    "result" => SportsCue::Result,
                    other => panic!("sports.tsv: unknown scope {other:?} in {r:?}"),
                };
                (r[0].to_string(), cue)
            })
            .collect();
        Rules {
            verbs: PhraseSet::build(verbs),
            modality,
            openers,
            kinds: PhraseSet::build(kinds),
            named_kinds: PhraseSet::build(named_kinds),
            pairs: PhraseSet::build(pairs),
            sports: PhraseSet::build(sports),
            cameo,
        }
    }

    /// The CAMEO entry of a code, falling back to its root.
    pub fn cameo(&self, code: &str) -> CameoEntry {
        self.cameo
            .get(code)
            .or_else(|| self.cameo.get(&code[..code.len().min(2)]))
            .cloned()
            .unwrap_or(CameoEntry {
                label: String::new(),
                goldstein: 0.0,
                quad_class: 0,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rule_files_parse_and_ids_are_unique() {
        let rules = Rules::embedded();
        assert!(rules.verbs.values.len() > 100);
        let mut ids: Vec<&str> = rules.verbs.values.iter().map(|v| v.id.as_str()).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(n, ids.len(), "duplicate rule id in verbs.tsv");
        assert_eq!(rules.cameo("057").label, "Sign formal agreement");
        assert_eq!(rules.cameo("046").goldstein, 7.0);
        assert!(rules.cameo.len() > 300);
    }

    #[test]
    fn phrases_are_keyed_by_normalised_syllables() {
        assert_eq!(syllable_key("Ký  kết"), "ký kết ");
        assert_eq!(syllable_key("hòa giải"), syllable_key("hoà giải"));
    }

    #[test]
    #[should_panic(expected = "unknown frame")]
    fn a_broken_verb_row_is_refused() {
        Rules::parse(
            "X1\t042\tthăm\tsideways\tnote\n",
            "",
            "",
            "",
            "",
            "042\t04\t1\t1.9\tMake a visit\n",
        );
    }
}
