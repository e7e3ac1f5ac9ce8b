//! The word model: which neighbouring syllables make one word.
//!
//! This first model is lexicon-driven: a dynamic programme over a run of
//! syllables picks the segmentation with the fewest words, lexicon words
//! (data/segment/lexicon.txt) winning ties by their treebank frequency, plus
//! runs of capitalised syllables joined into proper names as VLSP does
//! (Tô_Lâm, Hồ_Chí_Minh). It sits behind [`WordModel::segment`] so a
//! trained model can replace it without touching the tokeniser.
//!
//! Rules on top of the lexicon, each from an error class on UD-VTB dev or
//! the VLSP sample:
//! - entries the treebank splits more often than it joins are dropped;
//! - entries only known as names or idioms (Wiktionary, place lists) match
//!   only where every syllable is capitalised;
//! - a lower-case syllable never joins a capitalised one after it ("anh Hai");
//! - a name does not begin with a common word opening a sentence ("Ông",
//!   "Theo"), an acronym ("UBND"), or swallow a leading country ("Mỹ Donald
//!   Trump", "Trung Quốc Vương Nghị") or a following person ("Bộ Công
//!   Thương Nguyễn Hồng Diên").

use rustc_hash::{FxHashMap, FxHashSet};

use crate::data::{data_lines, LISTS};
use crate::phonology::{traits, Traits, NUMBER_TRAITS};

/// Id of a syllable the lexicon does not know.
pub(crate) const UNKNOWN: u32 = u32::MAX;
/// Longest lexicon word, in syllables.
const MAX_WORD: usize = 6;
/// Longest proper name, in syllables ("Cộng Hoà Dân Chủ Nhân Dân Triều Tiên").
const MAX_NAME: usize = 10;

/// What the model needs to know about one syllable of a run.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Syllable {
    /// Lexicon id of the lower-cased syllable, or [`UNKNOWN`].
    pub id: u32,
    /// First letter upper case.
    pub capitalised: bool,
    /// Every letter upper case ("LÂM", but also "A").
    pub all_caps: bool,
    /// An acronym ("UBND", "TP", "ASEAN"), not a syllable in capitals ("LÂM").
    pub acronym: bool,
    /// First word of the sentence (or of a quotation).
    pub sentence_initial: bool,
    /// A number ("10", "3,5"), which stands in a run like a syllable.
    pub number: bool,
    /// Hash of the lower-cased syllable (known to the lexicon or not), for
    /// the trained model's n-gram features; one hash for every number, so
    /// "1 triệu" and "10 triệu" share their features.
    pub hash: u64,
    /// Phonology and lexicon priors, for the trained model's features that
    /// generalise to pairs it never saw (module `phonology`).
    pub traits: Traits,
}

impl Syllable {
    /// A number in a run: unknown to the lexicon, never part of a name.
    pub(crate) fn number(sentence_initial: bool) -> Syllable {
        Syllable {
            id: UNKNOWN,
            capitalised: false,
            // No lower-case letter: an all-caps headline stays all caps.
            all_caps: true,
            acronym: false,
            sentence_initial,
            number: true,
            hash: NUMBER_HASH,
            traits: NUMBER_TRAITS,
        }
    }
}

/// The n-gram hash of every number.
const NUMBER_HASH: u64 = 0x1f83_d9ab_fb41_bd6b;

#[derive(Clone, Copy, Debug)]
struct WordEntry {
    /// Occurrences in the UD-VTB training data.
    count: u32,
    /// Times its syllables stand there as separate words.
    split: u32,
    /// From RDRsegmenter's VnVocab (general vocabulary rather than names).
    vocabulary: bool,
    /// Only from name lists and Wiktionary headwords (which hold idioms and
    /// place names): matched only where every syllable is capitalised.
    needs_capitals: bool,
    /// Written as a proper name in a source ("Trung Quốc", "Hà Nội").
    proper: bool,
}

/// Tuning knobs of the cost function (lower total cost wins).
#[derive(Clone, Copy, Debug)]
struct Costs {
    single: f32,
    word: f32,
    word_per_log_count: f32,
    per_square_length: f32,
    capitalised_head: f32,
    name: f32,
    /// Extra cost of a name that runs one syllable past a country or a
    /// known proper name ("Mỹ Tâm"): it ties with the country then a
    /// two-syllable name ("Mỹ | Donald Trump"), and a tie must not be left
    /// to the rounding of the classifier's scores.
    past_proper: f32,
}

const COSTS: Costs = Costs {
    single: 1.0,
    word: 0.98,
    word_per_log_count: 0.01,
    per_square_length: 0.001,
    capitalised_head: 0.05,
    name: 1.05,
    past_proper: 0.01,
};

pub(crate) struct WordModel {
    syllables: FxHashMap<Box<str>, u32>,
    words: FxHashMap<u64, WordEntry>,
    common: FxHashSet<u32>,
    surnames: FxHashSet<u32>,
    frequent_surnames: FxHashSet<u32>,
    middle_names: FxHashSet<u32>,
    name_heads: FxHashSet<u32>,
    breakers: FxHashSet<u32>,
    /// Traits of each syllable id (see [`WordModel::traits`]).
    traits: Vec<Traits>,
    costs: Costs,
}

/// Longest word with a number the classifier may propose, in pieces.
const MAX_UNKNOWN: usize = 3;
/// Longest word of lower-case syllables unknown to the programme the
/// classifier may propose.
const MAX_UNKNOWN_WORD: usize = 3;

/// A trained classifier's view of a run, for [`WordModel::segment_guided`].
pub(crate) struct Guide<'a> {
    /// `sums[k]`: the sum of the join scores of the gaps before syllable
    /// `k`, already in cost units.
    pub sums: &'a [f64],
    /// `judged[g]`: the classifier scored the gap after syllable `g`.
    pub judged: &'a [bool],
    /// Extra cost of a word with a number, over its pieces as single
    /// words.
    pub margin: f32,
    /// Extra cost of a word of lower-case syllables the lexicon lacks, over
    /// its syllables as single words (infinite: no such words).
    pub unknown_margin: f32,
}

/// Reusable buffers for [`WordModel::segment`].
#[derive(Default)]
pub(crate) struct Scratch {
    cost: Vec<f32>,
    back: Vec<u8>,
}

fn mix(key: u64, id: u32) -> u64 {
    (key.rotate_left(5) ^ u64::from(id)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

const SEED: u64 = 0x2545_f491_4f6c_dd1d;

impl WordModel {
    /// Builds the model from the embedded lexicon.
    pub(crate) fn embedded() -> Self {
        Self::from_lexicon(crate::LEXICON)
    }

    /// Builds the model from lexicon text (`word TAB joined TAB split TAB sources`).
    pub(crate) fn from_lexicon(text: &str) -> Self {
        let mut model = WordModel {
            syllables: FxHashMap::default(),
            words: FxHashMap::default(),
            common: FxHashSet::default(),
            surnames: FxHashSet::default(),
            frequent_surnames: FxHashSet::default(),
            middle_names: FxHashSet::default(),
            name_heads: FxHashSet::default(),
            breakers: FxHashSet::default(),
            traits: Vec::new(),
            costs: COSTS,
        };
        let mut ids = Vec::with_capacity(MAX_WORD);
        // Lexicon words each syllable starts, ends and sits inside.
        let mut places: Vec<[u32; 3]> = Vec::new();
        for line in data_lines(text) {
            let mut cols = line.split('\t');
            let word = cols.next().unwrap_or("");
            let count: u32 = cols.next().and_then(|c| c.parse().ok()).unwrap_or(0);
            let split: u32 = cols.next().and_then(|c| c.parse().ok()).unwrap_or(0);
            let sources = cols.next().unwrap_or("v");
            // Annotators split these more often than they join them.
            if split > count {
                continue;
            }
            ids.clear();
            ids.extend(word.split(' ').map(|s| model.intern(s)));
            if ids.len() < 2 || ids.len() > MAX_WORD {
                continue;
            }
            let key = ids.iter().fold(SEED, |k, &id| mix(k, id));
            // Names aside: the priors serve the lower-case gaps.
            if sources.contains(['v', 'u', 'w']) {
                places.resize(model.syllables.len(), [0; 3]);
                places[ids[0] as usize][0] += 1;
                places[ids[ids.len() - 1] as usize][1] += 1;
                for &id in &ids[1..ids.len() - 1] {
                    places[id as usize][2] += 1;
                }
            }
            model.words.insert(
                key,
                WordEntry {
                    count,
                    split,
                    vocabulary: sources.contains('v'),
                    needs_capitals: !sources.contains(['v', 'u']),
                    proper: sources.contains('n'),
                },
            );
        }
        for w in &LISTS.common_words {
            let id = model.intern(w);
            model.common.insert(id);
        }
        for w in &LISTS.surnames {
            let id = model.intern(w);
            model.surnames.insert(id);
        }
        for w in &LISTS.frequent_surnames {
            let id = model.intern(w);
            model.frequent_surnames.insert(id);
        }
        for w in &LISTS.middle_names {
            let id = model.intern(w);
            model.middle_names.insert(id);
        }
        for w in &LISTS.name_heads {
            let id = model.intern(w);
            model.name_heads.insert(id);
        }
        for w in &LISTS.name_breakers {
            let id = model.intern(w);
            model.breakers.insert(id);
        }
        places.resize(model.syllables.len(), [0; 3]);
        model.traits = vec![Traits::default(); model.syllables.len()];
        for (syllable, &id) in &model.syllables {
            let [starts, ends, inside] = places[id as usize];
            let class = LISTS.syllable_classes.get(&**syllable).copied();
            model.traits[id as usize] = traits(syllable)
                .with_priors(starts, ends, inside)
                .with_class(class.unwrap_or(0));
        }
        model
    }

    /// Traits of a lower-case syllable of lexicon id `id` ([`UNKNOWN`]:
    /// read off its spelling, with no lexicon priors).
    pub(crate) fn traits(&self, id: u32, lower: &str) -> Traits {
        match self.traits.get(id as usize) {
            Some(&t) => t,
            None => traits(lower),
        }
    }

    /// Sets the syntactic class of each known syllable (see
    /// [`Traits::with_class`]); syllables not in `classes` get none.
    pub(crate) fn set_classes(&mut self, classes: &FxHashMap<String, u8>) {
        for (syllable, &id) in &self.syllables {
            let class = classes.get(syllable.as_ref() as &str).copied().unwrap_or(0);
            self.traits[id as usize] = self.traits[id as usize].with_class(class);
        }
    }

    fn intern(&mut self, syllable: &str) -> u32 {
        let next = self.syllables.len() as u32;
        *self.syllables.entry(syllable.into()).or_insert(next)
    }

    /// Id of a lower-case syllable.
    pub(crate) fn syllable_id(&self, lower: &str) -> u32 {
        self.syllables.get(lower).copied().unwrap_or(UNKNOWN)
    }

    fn lookup(&self, key: u64) -> Option<&WordEntry> {
        self.words.get(&key)
    }

    fn word_cost(&self, w: &WordEntry, len: usize) -> f32 {
        let c = &self.costs;
        c.word
            - c.word_per_log_count * (1.0 + w.count as f32).ln()
            - c.per_square_length * (len * len) as f32
    }

    /// Splits a run of syllables (separated by single spaces) into words:
    /// appends each word's length in syllables to `lengths`.
    pub(crate) fn segment(&self, run: &[Syllable], lengths: &mut Vec<u8>, scratch: &mut Scratch) {
        self.segment_guided(run, None, lengths, scratch);
    }

    /// Candidate words with a number ("10 triệu", "tháng 10"), which no
    /// lexicon holds: `len` pieces from `i` whose inner gaps the classifier
    /// all judges, at `len` singles plus the guide's margin, less the gaps'
    /// scores, so the classifier alone decides them. Words of lower-case
    /// syllables the programme does not know ("sàn đấu") get the same
    /// door at a higher margin (`unknown_margin`).
    fn relax_numbers(
        &self,
        run: &[Syllable],
        guide: &Guide,
        i: usize,
        here: f32,
        scratch: &mut Scratch,
    ) {
        let mut has_number = run[i].number;
        let mut len = 2;
        while len <= MAX_UNKNOWN && i + len <= run.len() && guide.judged[i + len - 2] {
            has_number |= run[i + len - 1].number;
            let margin = if has_number {
                guide.margin
            } else if len <= MAX_UNKNOWN_WORD {
                guide.unknown_margin
            } else {
                f32::INFINITY
            };
            if margin.is_finite() {
                let bonus = (guide.sums[i + len - 1] - guide.sums[i]) as f32;
                let value = here + self.costs.single * len as f32 + margin - bonus;
                relax(&mut scratch.cost, &mut scratch.back, i, len, value);
            }
            len += 1;
        }
    }

    /// [`Self::segment`], each multi-syllable word's cost lowered by the
    /// join scores of its inner gaps: `guide[k]` is the sum of the scores
    /// of gaps before syllable `k` (a trained classifier's, already scaled
    /// into cost units), so a word over `i..j` gains `guide[j-1] - guide[i]`.
    pub(crate) fn segment_guided(
        &self,
        run: &[Syllable],
        guide: Option<&Guide>,
        lengths: &mut Vec<u8>,
        scratch: &mut Scratch,
    ) {
        let bonus =
            |i: usize, len: usize| guide.map_or(0.0, |g| (g.sums[i + len - 1] - g.sums[i]) as f32);
        let n = run.len();
        if n == 1 {
            lengths.push(1);
            return;
        }
        scratch.cost.clear();
        scratch.cost.resize(n + 1, f32::INFINITY);
        scratch.back.clear();
        scratch.back.resize(n + 1, 1);
        scratch.cost[0] = 0.0;
        // All-caps headlines are not one long name.
        let names_allowed = !(n > 3 && run.iter().all(|s| s.all_caps));
        // Most runs hold no number: skip the number candidates at once.
        let number_guide =
            guide.filter(|g| g.unknown_margin.is_finite() || run.iter().any(|s| s.number));
        for i in 0..n {
            if let Some(guide) = number_guide {
                let here = scratch.cost[i];
                self.relax_numbers(run, guide, i, here, scratch);
            }
            let cost = &mut scratch.cost;
            let back = &mut scratch.back;
            let here = cost[i];
            relax(cost, back, i, 1, here + self.costs.single);
            // Lexicon words starting at i; remember where general-vocabulary
            // words end, since a name must not swallow one ("Quốc hội Vương Đình Huệ").
            let mut vocabulary_end = 0;
            // And where known proper names end: "Trung Quốc Vương Nghị" is
            // a country then a person, not one name.
            let mut proper_end = 0;
            let mut all_capitalised = true;
            let ends_proper = i > 0
                && run[i - 1].capitalised
                && run[i - 1].id != UNKNOWN
                && run[i].id != UNKNOWN
                && self
                    .lookup(mix(mix(SEED, run[i - 1].id), run[i].id))
                    .is_some_and(|w| w.proper);
            let mut key = SEED;
            for (k, syllable) in run.iter().enumerate().take(n.min(i + MAX_WORD)).skip(i) {
                let id = syllable.id;
                if id == UNKNOWN {
                    break;
                }
                // "anh Hai", "tỉnh Nam Định": a lower-case syllable does not
                // join a capitalised one that follows it.
                if k > i && syllable.capitalised && !run[i].capitalised {
                    break;
                }
                key = mix(key, id);
                all_capitalised &= syllable.capitalised;
                if k > i {
                    if let Some(w) = self
                        .lookup(key)
                        .filter(|w| !w.needs_capitals || all_capitalised)
                    {
                        let mut word = self.word_cost(w, k + 1 - i);
                        // "Quốc hội họp": a capital mid-sentence starts a word
                        // that takes the lower-case syllables after it; unless
                        // it ends a known proper name ("Việt Nam tính đến",
                        // "Cần Thơ từ", not "Việt | Nam tính").
                        if run[i].capitalised
                            && !run[i].sentence_initial
                            && !all_capitalised
                            && !ends_proper
                        {
                            word -= self.costs.capitalised_head;
                        }
                        relax(cost, back, i, k + 1 - i, here + word - bonus(i, k + 1 - i));
                        if w.vocabulary {
                            vocabulary_end = k + 1;
                        }
                        if w.proper {
                            proper_end = k + 1;
                        }
                    }
                }
            }
            if self.lower_case_name(run, i) {
                relax(cost, back, i, 3, here + self.costs.name - bonus(i, 3));
            }
            if names_allowed && self.may_start_name(&run[i]) {
                if self.breakers.contains(&run[i].id) {
                    proper_end = proper_end.max(i + 1);
                }
                let mut all_surnames = self.surnames.contains(&run[i].id);
                let mut k = i + 1;
                while k < n && k - i < MAX_NAME && run[k].capitalised {
                    let len = k + 1 - i;
                    if (proper_end > i && k + 1 >= proper_end + 2)
                        || (vocabulary_end > i && k + 1 > vocabulary_end)
                    {
                        break;
                    }
                    // Acronyms do not join names ("UBND TP", "Formosa VN").
                    // A frequent surname after a non-surname starts a new
                    // name: "Bộ Công Thương | Nguyễn Hồng Diên".
                    if run[k].acronym || (self.name_heads.contains(&run[k].id) && !all_surnames) {
                        break;
                    }
                    let past_proper = if proper_end > i && k + 1 > proper_end {
                        self.costs.past_proper
                    } else {
                        0.0
                    };
                    let name = self.costs.name + past_proper;
                    relax(cost, back, i, len, here + name - bonus(i, len));
                    all_surnames &= self.surnames.contains(&run[k].id);
                    k += 1;
                }
            }
        }
        // Walk back from the end, then append lengths in text order.
        let back = &scratch.back;
        let from = lengths.len();
        let mut j = n;
        while j > 0 {
            let len = back[j];
            lengths.push(len);
            j -= len as usize;
        }
        lengths[from..].reverse();
    }

    /// Whether syllables `i..i + 3` are a person's name written with its
    /// middle and given names in lower case ("nguyễn văn linh", "Nguyễn
    /// đình hùng", as the treebank writes some names and as careless text
    /// does): a frequent surname, a syllable that is far more often a middle
    /// name than a given one ("văn", "thị"), then a lower-case syllable; not when the surname ends a word with the syllable before
    /// it ("chủ trương", "sai phạm") or the pairs inside make a word
    /// ("đoàn thanh niên").
    fn lower_case_name(&self, run: &[Syllable], i: usize) -> bool {
        let Some([surname, middle, given]) = run.get(i..i + 3) else {
            return false;
        };
        let pair = |a: &Syllable, b: &Syllable| {
            a.id != UNKNOWN && b.id != UNKNOWN && self.lookup(mix(mix(SEED, a.id), b.id)).is_some()
        };
        self.frequent_surnames.contains(&surname.id)
            && !surname.all_caps
            && self.middle_names.contains(&middle.id)
            && !middle.capitalised
            && !given.capitalised
            && !given.number
            && !(i > 0 && pair(&run[i - 1], surname))
            && !pair(surname, middle)
            && !pair(middle, given)
    }

    /// Lexicon words in a run, under the same conditions the programme
    /// above matches them: `out[i][len]` is 0 when no word of `len`
    /// syllables starts at syllable `i`, otherwise 1 plus a code of the
    /// entry (general vocabulary, proper name, treebank frequency band,
    /// split band, an entry the programme matches in capitals only seen in
    /// lower case), or 128 for a lower-case name the programme may build
    /// ([`Self::lower_case_name`]).
    pub(crate) fn matches(
        &self,
        run: &[Syllable],
        lower_case_headwords: bool,
        out: &mut Vec<[u8; 8]>,
    ) {
        let n = run.len();
        out.clear();
        out.resize(n, [0; 8]);
        for i in 0..n {
            let mut all_capitalised = true;
            let mut key = SEED;
            for (k, syllable) in run.iter().enumerate().take(n.min(i + MAX_WORD)).skip(i) {
                let id = syllable.id;
                if id == UNKNOWN || (k > i && syllable.capitalised && !run[i].capitalised) {
                    break;
                }
                key = mix(key, id);
                all_capitalised &= syllable.capitalised;
                if k > i {
                    if let Some(w) = self.lookup(key) {
                        // Wiktionary headwords in lower case ("giấy khen"):
                        // the programme skips them, but the classifier may
                        // weigh them (code 64 up) and join them as unknown
                        // words. Not names: the treebank's lower-case names
                        // ("quảng ngãi", "trung quốc") are its own quirk
                        // (they made all of the gain on dev and in
                        // cross-validation), not news text.
                        let lower_only = w.needs_capitals && !all_capitalised;
                        if lower_only && (w.proper || !lower_case_headwords) {
                            continue;
                        }
                        let band = match w.count {
                            0 => 0,
                            1..=4 => 1,
                            5..=49 => 2,
                            _ => 3,
                        };
                        let split_band = match w.split {
                            0 => 0,
                            s if s * 4 <= w.count => 1,
                            _ => 2,
                        };
                        out[i][k + 1 - i] = 1
                            + u8::from(w.vocabulary)
                            + 2 * u8::from(w.proper)
                            + 4 * band
                            + 16 * split_band
                            + 64 * u8::from(lower_only);
                    }
                }
            }
            // A lower-case name the programme may build ("nguyễn văn
            // linh"), unless the lexicon has those syllables as a word.
            if out[i][3] == 0 && self.lower_case_name(run, i) {
                out[i][3] = 128;
            }
        }
    }

    /// A capitalised syllable may begin a name unless it is an acronym or
    /// a common word at the start of a sentence ("Theo", "Ông", "Các").
    /// (Blocking common words mid-sentence too, "Bộ", "Sở", costs more
    /// than it gains on the treebanks.)
    pub(crate) fn may_start_name(&self, s: &Syllable) -> bool {
        s.capitalised && !s.acronym && !(s.sentence_initial && self.common.contains(&s.id))
    }
}

fn relax(cost: &mut [f32], back: &mut [u8], i: usize, len: usize, value: f32) {
    let j = i + len;
    if value < cost[j] {
        cost[j] = value;
        back[j] = len as u8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(model: &WordModel, words: &str) -> Vec<Syllable> {
        words
            .split(' ')
            .enumerate()
            .map(|(k, s)| Syllable {
                id: model.syllable_id(&s.to_lowercase()),
                capitalised: s.chars().next().is_some_and(char::is_uppercase),
                all_caps: s.chars().all(char::is_uppercase),
                acronym: crate::is_acronym(s),
                sentence_initial: k == 0,
                number: false,
                hash: 0,
                traits: Traits::default(),
            })
            .collect()
    }

    fn lengths(model: &WordModel, words: &str) -> Vec<u8> {
        let mut out = Vec::new();
        model.segment(&run(model, words), &mut out, &mut Scratch::default());
        out
    }

    #[test]
    fn the_guide_alone_joins_a_number_and_its_unit() {
        let model = WordModel::from_lexicon("triệu phú\t0\t0\tv\n");
        let mut run = run(&model, "có 10 triệu");
        run[1] = Syllable::number(false);
        let segment = |score: f64| {
            // Scores of the gaps after "có" and after "10".
            let sums = [0.0, -2.0, -2.0 + score];
            let guide = Guide {
                sums: &sums,
                judged: &[true, true],
                margin: 0.0,
                unknown_margin: f32::INFINITY,
            };
            let mut out = Vec::new();
            model.segment_guided(&run, Some(&guide), &mut out, &mut Scratch::default());
            out
        };
        assert_eq!(segment(1.5), [1, 2]);
        assert_eq!(segment(-1.5), [1, 1, 1]);
        // Without a guide, numbers never join.
        assert_eq!(lengths(&model, "có 10 triệu"), [1, 1, 1]);
    }

    #[test]
    fn a_sure_guide_joins_an_unknown_pair_past_the_margin() {
        let model = WordModel::from_lexicon("võ sĩ\t0\t0\tv\n");
        let run = run(&model, "trên sàn đấu");
        let segment = |score: f64, unknown_margin: f32| {
            // Scores of the gaps after "trên" and after "sàn".
            let sums = [0.0, -2.0, -2.0 + score];
            let guide = Guide {
                sums: &sums,
                judged: &[true, true],
                margin: 0.0,
                unknown_margin,
            };
            let mut out = Vec::new();
            model.segment_guided(&run, Some(&guide), &mut out, &mut Scratch::default());
            out
        };
        assert_eq!(segment(1.0, 0.5), [1, 2]);
        assert_eq!(segment(0.4, 0.5), [1, 1, 1]);
        assert_eq!(segment(5.0, f32::INFINITY), [1, 1, 1]);
    }

    #[test]
    fn lower_case_headwords_are_matched_only_when_asked() {
        // A Wiktionary headword (w) is matched in capitals only by the
        // programme; the classifier may see it in lower case.
        let model = WordModel::from_lexicon(
            "giấy khen\t0\t0\tw\nhọc sinh\t0\t0\tv\nquảng ngãi\t0\t0\tanw\n",
        );
        let award = run(&model, "học sinh nhận giấy khen");
        let mut out = Vec::new();
        model.matches(&award, false, &mut out);
        assert_eq!(out[3][2], 0);
        assert!(out[0][2] > 0 && out[0][2] < 64);
        model.matches(&award, true, &mut out);
        assert!(out[3][2] >= 64);
        // A name written in lower case stays unmatched.
        let place = run(&model, "ở quảng ngãi");
        model.matches(&place, true, &mut out);
        assert_eq!(out[1][2], 0);
        assert_eq!(lengths(&model, "học sinh nhận giấy khen"), [2, 1, 1, 1]);
    }

    #[test]
    fn traits_carry_lexicon_priors() {
        let model = WordModel::from_lexicon(
            "bất ổn\t0\t0\tv\nbất tiện\t0\t0\tv\nbất động sản\t0\t0\tv\nhà nội\t0\t0\tan\n",
        );
        let bat = model.traits(model.syllable_id("bất"), "bất");
        let dong = model.traits(model.syllable_id("động"), "động");
        // "bất" starts three words, "động" sits inside one.
        assert_eq!(bat.priors() & 7, 2);
        assert_eq!(dong.priors() >> 6, 1);
        // Names do not count.
        assert_eq!(model.traits(model.syllable_id("hà"), "hà").priors(), 0);
        // Unknown syllables: phonology only.
        let xe = model.traits(UNKNOWN, "xe");
        assert_eq!(xe, crate::phonology::traits("xe"));
    }

    #[test]
    fn prefers_fewest_words() {
        let model =
            WordModel::from_lexicon("đại sứ\t0\t0\tv\nđại sứ quán\t0\t0\tv\nsứ quán\t0\t0\tv\n");
        assert_eq!(lengths(&model, "đại sứ quán mới"), [3, 1]);
    }

    #[test]
    fn joins_names_but_not_titles() {
        let model = WordModel::embedded();
        assert_eq!(
            lengths(&model, "Tổng Bí thư Tô Lâm đã đến thăm"),
            [3, 2, 1, 1, 1]
        );
        assert_eq!(lengths(&model, "Theo Bộ Ngoại giao"), [1, 1, 2]);
        assert_eq!(lengths(&model, "Tổng thống Mỹ Donald Trump"), [2, 1, 2]);
        assert_eq!(
            lengths(&model, "Ngoại trưởng Trung Quốc Vương Nghị"),
            [2, 2, 2]
        );
        assert_eq!(lengths(&model, "Chủ tịch Hồ Chí Minh"), [2, 3]);
        assert_eq!(lengths(&model, "Mỹ Tâm hát"), [2, 1]);
        // A country then a two-syllable name, not a name past the country.
        assert_eq!(lengths(&model, "Ngoại trưởng Mỹ Rex Tillerson"), [2, 1, 2]);
        assert_eq!(lengths(&model, "Thủ tướng Đức Angela Merkel"), [2, 1, 2]);
        assert_eq!(lengths(&model, "Tổng thống Nga Vladimir Putin"), [2, 1, 2]);
        assert_eq!(
            lengths(&model, "Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân"),
            [2, 3, 4]
        );
        assert_eq!(lengths(&model, "ông Trần Lê Quốc Toản"), [1, 4]);
        assert_eq!(lengths(&model, "TỔNG BÍ THƯ TÔ LÂM THĂM"), [3, 1, 1, 1]);
    }

    #[test]
    fn joins_names_written_in_lower_case_after_the_surname() {
        let model = WordModel::embedded();
        assert_eq!(
            lengths(&model, "số 88 nguyễn văn linh , quận 7"),
            [1, 1, 3, 1, 1, 1]
        );
        assert_eq!(lengths(&model, "Nguyễn đình hùng nói"), [3, 1]);
        assert_eq!(lengths(&model, "là bùi thị lan , 25 tuổi"), [1, 3, 1, 1, 1]);
        // Not where the surname ends a word, or the rest is a word.
        assert_eq!(lengths(&model, "sai phạm công trình"), [2, 2]);
        assert_eq!(lengths(&model, "chủ trương mạnh dạn hơn"), [2, 2, 1]);
        assert_eq!(lengths(&model, "đoàn thanh niên cộng sản"), [1, 2, 2]);
        assert_eq!(lengths(&model, "đoàn công tác xã"), [1, 2, 1]);
        // Nor with a middle syllable that often ends a name: there the
        // capital is a given name standing alone, and a verb follows.
        assert_eq!(
            lengths(&model, "Hoàng bảo đã tiêu xài hết"),
            [1, 1, 1, 2, 1]
        );
        assert_eq!(lengths(&model, "Lâm thành trẻ bụi đời"), [1, 1, 1, 2]);
        // Nor at a run's end.
        assert_eq!(lengths(&model, "ông nguyễn văn"), [1, 1, 1]);
    }

    #[test]
    fn a_name_keeps_its_second_syllable_from_a_lower_case_word() {
        let model = WordModel::embedded();
        assert_eq!(lengths(&model, "ở Việt Nam tính đến nay"), [1, 2, 1, 1, 1]);
        // A capital opening a word still takes lower-case syllables.
        assert_eq!(lengths(&model, "theo Quốc hội họp"), [1, 2, 1]);
        assert_eq!(lengths(&model, "của Bộ Chính trị và"), [1, 3, 1]);
        assert_eq!(lengths(&model, "tại Cần Thơ từ năm"), [1, 2, 1, 1]);
        assert_eq!(lengths(&model, "ông là Phó Tổng cục trưởng"), [1, 1, 1, 3]);
    }
}
