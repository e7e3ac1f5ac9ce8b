//! Training and scoring of the gap classifier (module `gaps`), used by
//! `examples/train_segmenter.rs`; not part of the product's API.
//!
//! Training is logistic regression (or an averaged perceptron) over the
//! gaps of gold-segmented sentences, in a fixed order shuffled by a
//! fixed-seed generator: the same data gives the same model file, bit for
//! bit.
//!
//! The lexicon's treebank entries and counts come from UD-VTB train and
//! dev, so on
//! that data the lexicon features would look better than they are on
//! unseen text. [`fold_lexicon`] removes one fold's own contribution, and
//! the examples of each fold are computed with the lexicon of the others
//! (a jackknife), so the classifier learns how far to trust the lexicon on
//! text it has not seen.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::data::data_lines;
use crate::gaps::{self, slot, GapModel, GapScratch};
use crate::lexical;
use crate::words::WordModel;
use crate::{run_edges, run_end, Segmenter, Work, LEXICON};

/// Feature sets the classifier is trained with by default
/// (`gaps::FEATURE_SETS` flags): none, the base features only (the sound
/// features, unknown words and syntactic classes moved dev and
/// cross-validated F1 by at most 0.0004, and classes left UD-VTB test
/// where it was; see docs/segmenter.md).
pub const SHIPPED_SETS: u32 = 0;

/// A gold sentence: its words, each its syllables separated by single spaces.
pub type GoldSentence = Vec<String>;

/// The embedded lexicon text.
pub fn lexicon() -> &'static str {
    LEXICON
}

/// Gap examples: feature slots of each gap and whether its syllables join.
pub struct Examples {
    pub bits: u32,
    /// Whether the lexicon programme's decisions are features (see
    /// `gaps::STACKED`).
    pub stacked: bool,
    /// Feature sets beyond the base ones (`gaps::FEATURE_SETS` flags).
    pub sets: u32,
    slots: Vec<u32>,
    ends: Vec<u32>,
    joins: Vec<bool>,
    /// Each example's gap: which sentence of the corpus added (counted
    /// over all [`Examples::add`] calls) and which gap of it.
    gaps: Vec<(u32, u32)>,
    sentences_added: u32,
}

impl Examples {
    pub fn new(bits: u32, stacked: bool) -> Self {
        Examples {
            bits,
            stacked,
            sets: SHIPPED_SETS,
            slots: Vec::new(),
            ends: Vec::new(),
            joins: Vec::new(),
            gaps: Vec::new(),
            sentences_added: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.joins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.joins.is_empty()
    }

    fn slots_of(&self, k: usize) -> &[u32] {
        let from = if k == 0 { 0 } else { self.ends[k - 1] as usize };
        &self.slots[from..self.ends[k] as usize]
    }

    /// Adds the gaps of `sentences` as `segmenter`'s lexicon sees them.
    pub fn add(&mut self, segmenter: &Segmenter, sentences: &[GoldSentence]) {
        let mut work = Work::default();
        let mut scratch = GapScratch::default();
        let mut pieces = Vec::new();
        for gold in sentences {
            let (text, inside) = gold_text(gold);
            for sentence in crate::sentences(&text) {
                pieces.clear();
                lexical::scan(&text, sentence.span.start, sentence.span.end, &mut pieces);
                let mut i = 0;
                while i < pieces.len() {
                    if !crate::joinable(pieces[i].kind) {
                        i += 1;
                        continue;
                    }
                    let j = run_end(&text, &pieces, i);
                    if j - i > 1 {
                        // The examples' syllables carry their traits whenever the
                        // feature sets read them, as the trained model's will.
                        let traits = self.sets & gaps::SOUND_SETS != 0;
                        segmenter.fill_syllables(&text, &pieces, i, j, traits, &mut work);
                        let stacked = self.stacked;
                        gaps::with_view(
                            &segmenter.model,
                            &work.syllables,
                            run_edges(&text, &pieces, i, j),
                            stacked,
                            self.sets,
                            &mut scratch,
                            |view| {
                                for g in 0..j - i - 1 {
                                    if !stacked && !gaps::guides_gap(view.run, g, view.sets) {
                                        continue;
                                    }
                                    view.features(g, |h| {
                                        self.slots.push(slot(h, self.bits) as u32)
                                    });
                                    self.ends.push(self.slots.len() as u32);
                                    self.joins.push(inside[pieces[i + g].end]);
                                    let at = pieces[i + g].end;
                                    let gap = text.as_bytes()[..at]
                                        .iter()
                                        .filter(|&&b| b == b' ')
                                        .count();
                                    self.gaps.push((self.sentences_added, gap as u32));
                                }
                            },
                        );
                    }
                    i = j;
                }
            }
            self.sentences_added += 1;
        }
    }
}

/// The sentence's syllables, each normalised, joined by single spaces, and
/// for each byte whether it is a space inside a gold word.
fn gold_text(gold: &GoldSentence) -> (String, Vec<bool>) {
    let mut text = String::new();
    let mut inside = Vec::new();
    for word in gold {
        for (k, syllable) in word.split(' ').filter(|s| !s.is_empty()).enumerate() {
            if !text.is_empty() {
                text.push(' ');
                inside.push(k > 0);
            }
            let syllable = thoisu_normalise::normalise(syllable);
            text.push_str(&syllable);
            inside.resize(text.len(), false);
        }
    }
    inside.push(false);
    (text, inside)
}

/// Lower-cased normalised syllables of a word.
fn syllables_of(word: &str) -> Vec<String> {
    thoisu_normalise::normalise(word)
        .to_lowercase()
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// The lexicon text less what `held_out` contributed to it: its
/// multi-syllable words' counts and split counts, and entries known only
/// from it (as scripts/build_lexicon.py counts them from UD-VTB train).
pub fn fold_lexicon(lexicon: &str, held_out: &[GoldSentence]) -> String {
    let known: FxHashSet<&str> = data_lines(lexicon)
        .filter_map(|l| l.split('\t').next())
        .collect();
    let mut joined: FxHashMap<String, u32> = FxHashMap::default();
    let mut split: FxHashMap<String, u32> = FxHashMap::default();
    for gold in held_out {
        let mut syllables: Vec<String> = Vec::new();
        let mut bounds = vec![true];
        for word in gold {
            let syls = syllables_of(word);
            if syls.len() > 1 {
                *joined.entry(syls.join(" ")).or_default() += 1;
            }
            bounds.extend(std::iter::repeat_n(false, syls.len().saturating_sub(1)));
            if !syls.is_empty() {
                bounds.push(true);
            }
            syllables.extend(syls);
        }
        for i in 0..syllables.len() {
            if !bounds[i] {
                continue;
            }
            for n in 2..=6 {
                let j = i + n;
                if j > syllables.len() {
                    break;
                }
                if bounds[j] && bounds[i + 1..j].iter().any(|&b| b) {
                    let key = syllables[i..j].join(" ");
                    if known.contains(key.as_str()) {
                        *split.entry(key).or_default() += 1;
                    }
                }
            }
        }
    }
    let mut out = String::with_capacity(lexicon.len());
    for line in data_lines(lexicon) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let count = cols[1].parse::<u32>().unwrap_or(0);
        let splits = cols[2].parse::<u32>().unwrap_or(0);
        let held = joined.get(cols[0]).copied().unwrap_or(0);
        let count = count.saturating_sub(held);
        let splits = splits.saturating_sub(split.get(cols[0]).copied().unwrap_or(0));
        // Known from the treebank only through the held-out sentences: the
        // entry loses its treebank source, and with it the right to match
        // in lower case (see `words`).
        let sources: String = if count == 0 && held > 0 {
            cols[3].chars().filter(|&c| c != 'u').collect()
        } else {
            cols[3].to_owned()
        };
        if count == 0 && sources.chars().all(|c| c == 'u' || c == 'n') {
            continue;
        }
        out.push_str(&format!("{}\t{count}\t{splits}\t{sources}\n", cols[0]));
    }
    out
}

/// A segmenter of the lexicon programme alone, from lexicon text.
pub fn lexicon_segmenter(lexicon: &str) -> Segmenter {
    Segmenter {
        model: WordModel::from_lexicon(lexicon),
        gaps: None,
    }
}

/// Sets the syntactic classes of the segmenter's syllables (feature set
/// `gaps::CLASSES`), from `(word, part of speech)` sentences: each
/// lower-case syllable's most frequent part of speech as a word alone
/// (ties by name), plus 32 when it is more often inside a longer word.
pub fn set_classes(segmenter: &mut Segmenter, sentences: &[Vec<(String, String)>]) {
    segmenter.model.set_classes(&classes_of(sentences));
}

/// The syntactic class of each lower-case syllable of `(word, part of
/// speech)` sentences (see [`set_classes`]).
pub fn classes_of(sentences: &[Vec<(String, String)>]) -> FxHashMap<String, u8> {
    const TAGS: [&str; 17] = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X",
    ];
    let mut alone: FxHashMap<String, [u32; 17]> = FxHashMap::default();
    let mut inside: FxHashMap<String, u32> = FxHashMap::default();
    for sentence in sentences {
        for (word, tag) in sentence {
            let syls = syllables_of(word);
            if syls.len() == 1 {
                let t = TAGS.iter().position(|x| x == tag).unwrap_or(16);
                alone.entry(syls[0].clone()).or_insert([0; 17])[t] += 1;
            } else {
                for s in syls {
                    *inside.entry(s).or_default() += 1;
                }
            }
        }
    }
    let keys: FxHashSet<&String> = alone.keys().chain(inside.keys()).collect();
    keys.into_iter()
        .map(|key| {
            let counts = alone.get(key).copied().unwrap_or([0; 17]);
            let total: u32 = counts.iter().sum();
            // The first of the most frequent tags (ties by the order above).
            let mut best = 0;
            for (t, &c) in counts.iter().enumerate() {
                if c > counts[best] {
                    best = t;
                }
            }
            let tag = if total == 0 { 0 } else { best as u8 + 1 };
            let bound = if inside.get(key).copied().unwrap_or(0) > total {
                32
            } else {
                0
            };
            (key.clone(), tag | bound)
        })
        .collect()
}

/// The text of data/segment/syllable_classes.txt for `classes`: one
/// syllable a line, sorted, with its class.
pub fn classes_text(classes: &FxHashMap<String, u8>) -> String {
    let mut rows: Vec<(&String, &u8)> = classes.iter().collect();
    rows.sort();
    let mut out = String::from(
        "# Syntactic class of each syllable of UD Vietnamese-VTB train and dev (CC BY-SA 4.0),\n\
         # generated by `cargo run --release -p thoisu-segment --example train_segmenter --\n\
         # --with-dev --features 138 --out MODEL --classes-out\n\
         # data/segment/syllable_classes.txt`; do not edit. Column 2: 1 + the index of the\n\
         # universal part of speech the syllable has most often as a word alone (ADJ ADP ADV\n\
         # AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X; 0 never alone),\n\
         # plus 32 when it is more often inside a longer word than alone.\n",
    );
    for (syllable, class) in rows {
        out.push_str(&format!("{syllable}\t{class}\n"));
    }
    out
}

/// Replaces the segmenter's trained model (for scoring while training).
pub fn set_model(segmenter: &mut Segmenter, model: &[u8]) -> Result<(), String> {
    segmenter.gaps = Some(GapModel::from_bytes(model)?);
    Ok(())
}

/// Sets the extra cost of unknown lower-case words (see
/// `words::Guide::unknown_margin`) of a segmenter's trained model.
pub fn set_unknown_margin(segmenter: &mut Segmenter, margin: f32) {
    if let Some(gaps) = segmenter.gaps.as_mut() {
        gaps.unknown_margin = margin;
    }
}

/// Model file bytes marked as trained with feature sets `sets`
/// (`gaps::FEATURE_SETS` flags; [`Examples::sets`] must match).
pub fn with_sets(model: &[u8], sets: u32) -> Vec<u8> {
    let mut out = model.to_vec();
    if out.len() >= 20 {
        let flags = u32::from_le_bytes([out[16], out[17], out[18], out[19]]);
        let flags = flags & !gaps::FEATURE_SETS | sets & gaps::FEATURE_SETS;
        out[16..20].copy_from_slice(&flags.to_le_bytes());
    }
    out
}

/// Model file bytes with another guide weight (see `gaps::GapModel`).
pub fn with_guide(model: &[u8], guide: f32) -> Vec<u8> {
    let mut out = model.to_vec();
    if out.len() >= 28 {
        out[24..28].copy_from_slice(&guide.to_le_bytes());
    }
    out
}

/// Averaged perceptron over gap examples, integer arithmetic throughout.
#[derive(Clone)]
pub struct Perceptron {
    bits: u32,
    weights: Vec<i32>,
    /// Sum over updates of step × change, for the average.
    stamped: Vec<i64>,
    step: i64,
    rng: u64,
}

impl Perceptron {
    pub fn new(bits: u32) -> Self {
        Perceptron {
            bits,
            weights: vec![0; 1 << bits],
            stamped: vec![0; 1 << bits],
            step: 1,
            rng: 0x853c_49e6_748f_ea9b,
        }
    }

    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Starts from trusting the lexicon programme: its decision weighs
    /// `prior` from the outset, so the examples only teach where to
    /// overrule it (a prior that keeps the small training set from
    /// pulling the model away from a good baseline).
    pub fn trust_programme(&mut self, prior: i32) {
        let (split, join) = gaps::programme_slots(self.bits);
        self.weights[split] -= prior;
        self.weights[join] += prior;
    }

    /// One pass over the examples in a shuffled (fixed-seed) order;
    /// returns the number of mistakes.
    pub fn epoch(&mut self, examples: &Examples) -> usize {
        let order = shuffled(examples.len(), &mut self.rng);
        let mut mistakes = 0;
        for &k in &order {
            let k = k as usize;
            let slots = examples.slots_of(k);
            let score: i64 = slots
                .iter()
                .map(|&s| i64::from(self.weights[s as usize]))
                .sum();
            let y = if examples.joins[k] { 1 } else { -1 };
            if score * y <= 0 {
                mistakes += 1;
                for &s in slots {
                    self.weights[s as usize] += y as i32;
                    self.stamped[s as usize] += y * self.step;
                }
            }
            self.step += 1;
        }
        mistakes
    }

    /// The averaged weights, scaled into `i16`, as model file bytes.
    pub fn model_bytes(&self, stacked: bool, guide: f32) -> Vec<u8> {
        let step = self.step as f64;
        let average: Vec<f64> = self
            .weights
            .iter()
            .zip(&self.stamped)
            .map(|(&w, &u)| f64::from(w) - u as f64 / step)
            .collect();
        quantise(self.bits, stacked, guide, &average)
    }
}

/// Logistic regression over gap examples by AdaGrad with L2 on the
/// active features, in a fixed-seed shuffled order: deterministic.
#[derive(Clone)]
pub struct Logistic {
    bits: u32,
    weights: Vec<f32>,
    squares: Vec<f32>,
    rate: f32,
    l2: f32,
    rng: u64,
    /// A bootstrap resample of the examples (indices, with repeats), or
    /// `None` for all of them once each.
    sample: Option<Vec<u32>>,
    /// Sum of the weights after each batch of structured updates, and the
    /// number of batches: the model is then their average.
    structured_sum: Vec<f64>,
    batches: u64,
}

impl Logistic {
    pub fn new(bits: u32, rate: f32, l2: f32) -> Self {
        Logistic {
            bits,
            weights: vec![0.0; 1 << bits],
            squares: vec![1e-6; 1 << bits],
            rate,
            l2,
            rng: 0x853c_49e6_748f_ea9b,
            sample: None,
            structured_sum: Vec::new(),
            batches: 0,
        }
    }

    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Another fixed-seed order of the examples for member `member` of a
    /// bag (member 0 keeps the default order).
    pub fn reseed(&mut self, member: u64) {
        self.rng ^= member.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        if self.rng == 0 {
            self.rng = 1;
        }
    }

    /// Whether no bootstrap resample is drawn yet.
    pub fn is_fresh(&self) -> bool {
        self.sample.is_none()
    }

    /// Trains on a fixed bootstrap resample of `n` examples (drawn with
    /// repeats from the generator) instead of on each example once.
    pub fn bootstrap(&mut self, n: usize) {
        let sample = (0..n)
            .map(|_| (next(&mut self.rng) % n.max(1) as u64) as u32)
            .collect();
        self.sample = Some(sample);
    }

    /// See [`Perceptron::trust_programme`].
    pub fn trust_programme(&mut self, prior: f32) {
        let (split, join) = gaps::programme_slots(self.bits);
        self.weights[split] -= prior;
        self.weights[join] += prior;
    }

    /// One pass; returns the mean log loss.
    pub fn epoch(&mut self, examples: &Examples) -> f64 {
        let mut order = shuffled(examples.len(), &mut self.rng);
        if let Some(sample) = &self.sample {
            order = order.iter().map(|&k| sample[k as usize]).collect();
        }
        let mut loss = 0.0;
        for &k in &order {
            let k = k as usize;
            let slots = examples.slots_of(k);
            let score: f32 = slots.iter().map(|&s| self.weights[s as usize]).sum();
            let p = 1.0 / (1.0 + (-score).exp());
            let y = if examples.joins[k] { 1.0 } else { 0.0 };
            loss -= f64::from(if y > 0.5 { p } else { 1.0 - p }.max(1e-9).ln());
            let g = p - y;
            for &s in slots {
                let s = s as usize;
                let grad = g + self.l2 * self.weights[s];
                self.squares[s] += grad * grad;
                self.weights[s] -= self.rate * grad / self.squares[s].sqrt();
            }
        }
        loss / examples.len().max(1) as f64
    }

    /// One pass of structured perceptron updates through the lexicon
    /// programme (a semi-Markov model whose word scores are the sums of
    /// their inner gaps' scores beside the programme's fixed costs): each
    /// batch of `sentences` (those `examples` were added from, in order,
    /// each part with its own jackknifed `segmenters[part]`) is segmented
    /// by the current model, and every judged gap the programme then
    /// decides wrongly moves its features by `step` towards the gold
    /// decision. Returns the number of wrong gaps.
    pub fn structured_epoch(
        &mut self,
        examples: &Examples,
        parts: &mut [(Segmenter, &[GoldSentence])],
        sets: u32,
        guide: f32,
        step: f32,
    ) -> usize {
        const BATCH: usize = 32;
        let mut wrong = 0;
        let mut first_example = 0usize;
        let mut sentence_base = 0u32;
        let mut out = String::new();
        for (segmenter, sentences) in parts.iter_mut() {
            for (b, batch) in sentences.chunks(BATCH).enumerate() {
                let current: Vec<f64> = self.weights.iter().map(|&w| f64::from(w)).collect();
                let model = with_sets(&quantise(self.bits, false, guide, &current), sets);
                if set_model(segmenter, &model).is_err() {
                    return wrong;
                }
                let mut updates: Vec<(usize, f32)> = Vec::new();
                for (k, gold) in batch.iter().enumerate() {
                    let id = sentence_base + (b * BATCH + k) as u32;
                    out.clear();
                    segmenter.segment_line(&gold.join(" "), &mut out);
                    let predicted: Vec<bool> = out
                        .chars()
                        .filter_map(|c| match c {
                            '_' => Some(true),
                            ' ' => Some(false),
                            _ => None,
                        })
                        .collect();
                    // Output cut otherwise than the gold tokens: no gap to compare.
                    let gold_gaps = gold.iter().map(|w| w.split(' ').count()).sum::<usize>();
                    let aligned = predicted.len() + 1 == gold_gaps;
                    while first_example < examples.len() && examples.gaps[first_example].0 == id {
                        let (_, gap) = examples.gaps[first_example];
                        let gold_join = examples.joins[first_example];
                        if let Some(&joined) = predicted.get(gap as usize).filter(|_| aligned) {
                            if joined != gold_join {
                                wrong += 1;
                                let sign = if gold_join { step } else { -step };
                                for &s in examples.slots_of(first_example) {
                                    updates.push((s as usize, sign));
                                }
                            }
                        }
                        first_example += 1;
                    }
                }
                for (s, change) in updates {
                    self.weights[s] += change;
                }
                if self.structured_sum.is_empty() {
                    self.structured_sum = vec![0.0; self.weights.len()];
                }
                for (sum, &w) in self.structured_sum.iter_mut().zip(&self.weights) {
                    *sum += f64::from(w);
                }
                self.batches += 1;
            }
            sentence_base += sentences.len() as u32;
        }
        wrong
    }

    /// The weights scaled into `i16`, as model file bytes.
    pub fn model_bytes(&self, stacked: bool, guide: f32) -> Vec<u8> {
        let weights = self.final_weights();
        quantise(self.bits, stacked, guide, &weights)
    }

    /// The weights: after structured passes, their average over batches.
    fn final_weights(&self) -> Vec<f64> {
        if self.batches > 0 {
            let n = self.batches as f64;
            self.structured_sum.iter().map(|&w| w / n).collect()
        } else {
            self.weights.iter().map(|&w| f64::from(w)).collect()
        }
    }

    /// The mean of several models' weights (a bag: the classifier is
    /// linear, so this is the mean of their scores), as model file bytes.
    pub fn averaged_model_bytes(bag: &[Logistic], stacked: bool, guide: f32) -> Vec<u8> {
        let Some(first) = bag.first() else {
            return Vec::new();
        };
        let mut weights = vec![0f64; first.weights.len()];
        for member in bag {
            for (sum, w) in weights.iter_mut().zip(member.final_weights()) {
                *sum += w;
            }
        }
        let n = bag.len() as f64;
        weights.iter_mut().for_each(|w| *w /= n);
        quantise(first.bits, stacked, guide, &weights)
    }
}

/// The next value of a xorshift generator.
fn next(rng: &mut u64) -> u64 {
    *rng ^= *rng << 13;
    *rng ^= *rng >> 7;
    *rng ^= *rng << 17;
    *rng
}

fn shuffled(n: usize, rng: &mut u64) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    for k in (1..order.len()).rev() {
        order.swap(k, (next(rng) % (k as u64 + 1)) as usize);
    }
    order
}

fn quantise(bits: u32, stacked: bool, guide: f32, weights: &[f64]) -> Vec<u8> {
    let max = weights.iter().fold(0f64, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { 32_000.0 / max } else { 1.0 };
    let quantised: Vec<i16> = weights.iter().map(|w| (w * scale).round() as i16).collect();
    let flags = if stacked { gaps::STACKED } else { 0 } | SHIPPED_SETS;
    GapModel::to_bytes(bits, flags, scale as f32, guide, &quantised)
}

/// Word precision, recall and F1 of a segmenter on gold sentences, as
/// shared/eval/ws_score.py computes them (a sentence whose syllables come
/// out changed counts as all wrong).
#[derive(Clone, Copy, Debug, Default)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub fn score(segmenter: &Segmenter, sentences: &[GoldSentence]) -> Scores {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut out = String::new();
    for gold in sentences {
        let line = gold.join(" ");
        out.clear();
        segmenter.segment_line(&line, &mut out);
        let gold_lengths: Vec<usize> = gold.iter().map(|w| w.split(' ').count()).collect();
        let pred_lengths: Vec<usize> = out.split(' ').map(|t| t.split('_').count()).collect();
        if gold_lengths.iter().sum::<usize>() != pred_lengths.iter().sum::<usize>() {
            fn_ += gold_lengths.len();
            fp += pred_lengths.len();
            continue;
        }
        let spans = |lengths: &[usize]| -> FxHashSet<(usize, usize)> {
            let mut at = 0;
            lengths
                .iter()
                .map(|&n| {
                    at += n;
                    (at - n, at)
                })
                .collect()
        };
        let (g, p) = (spans(&gold_lengths), spans(&pred_lengths));
        let hit = g.intersection(&p).count();
        tp += hit;
        fp += p.len() - hit;
        fn_ += g.len() - hit;
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Scores {
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(words: &[&str]) -> GoldSentence {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn corpus() -> Vec<GoldSentence> {
        vec![
            sentence(&["Chính phủ", "sẽ", "hỗ trợ", "người", "dân", "."]),
            sentence(&["Bộ", "Ngoại giao", "cho", "biết", "như vậy", "."]),
            sentence(&["Thủ tướng", "Phạm Minh Chính", "thăm", "Hà Nội", "."]),
        ]
    }

    /// Sound features learnt from blank traits never fire on real text:
    /// the examples' syllables must carry what the trained model reads.
    #[test]
    fn examples_carry_the_traits_their_feature_sets_read() {
        let segmenter = lexicon_segmenter(lexicon());
        let gold = [sentence(&[
            "chúng tôi",
            "phải",
            "đi",
            "bộ",
            "gần",
            "hết",
            "con",
            "đường",
            "này",
        ])];
        let distinct = |sets: u32| {
            let mut examples = Examples::new(20, true);
            examples.sets = sets;
            examples.add(&segmenter, &gold);
            examples.slots.iter().collect::<FxHashSet<_>>().len()
        };
        // Nine gaps: with real traits each has its own onset and rhyme
        // pairs; with blank ones they would share two slots.
        assert!(distinct(gaps::PHONOLOGY) >= distinct(0) + 2 * 9);
        // The base features read no traits.
        assert!(distinct(0) > 0);
    }

    #[test]
    fn classes_are_the_part_of_speech_a_syllable_has_alone() {
        let tagged = |words: &[(&str, &str)]| -> Vec<(String, String)> {
            words
                .iter()
                .map(|(w, t)| (w.to_string(), t.to_string()))
                .collect()
        };
        let sentences = [
            tagged(&[("Họ", "PRON"), ("nói chuyện", "VERB"), ("ấy", "PRON")]),
            tagged(&[
                ("Chuyện", "NOUN"),
                ("ấy", "DET"),
                ("ai", "PRON"),
                ("nói", "VERB"),
            ]),
            tagged(&[
                ("Hai", "NUM"),
                ("bên", "NOUN"),
                ("hợp tác", "VERB"),
                ("chuyện", "NOUN"),
            ]),
        ];
        let classes = classes_of(&sentences);
        assert_eq!(classes["họ"], 11); // PRON
        assert_eq!(classes["nói"], 16); // VERB, as often alone as inside
        assert_eq!(classes["chuyện"], 8); // NOUN
        assert_eq!(classes["ấy"], 6); // DET and PRON tie: the first
        assert_eq!(classes["hợp"], 32); // never alone
        assert_eq!(classes.get("xe"), None);
        let text = classes_text(&classes);
        assert!(text.contains("\nhọ\t11\n"));
        let mut segmenter = lexicon_segmenter(lexicon());
        set_classes(&mut segmenter, &sentences);
        let model = &segmenter.model;
        assert_eq!(model.traits(model.syllable_id("họ"), "họ").class(), 11);
        assert_eq!(model.traits(model.syllable_id("xe"), "xe").class(), 0);
    }

    #[test]
    fn training_is_reproducible() {
        let segmenter = lexicon_segmenter(lexicon());
        let train = |stacked: bool| {
            let mut examples = Examples::new(12, stacked);
            examples.add(&segmenter, &corpus());
            assert!(!examples.is_empty());
            let mut logistic = Logistic::new(12, 0.05, 0.001);
            let mut perceptron = Perceptron::new(12);
            for _ in 0..3 {
                logistic.epoch(&examples);
                perceptron.epoch(&examples);
            }
            (
                logistic.model_bytes(stacked, 0.5),
                perceptron.model_bytes(stacked, 0.0),
            )
        };
        assert_eq!(train(false), train(false));
        assert_eq!(train(true), train(true));
        let (model, _) = train(false);
        let mut trained = lexicon_segmenter(lexicon());
        set_model(&mut trained, &model).unwrap();
        assert!(score(&trained, &corpus()).f1 > 0.9);
    }

    #[test]
    fn a_bag_averages_its_members_reproducibly() {
        let segmenter = lexicon_segmenter(lexicon());
        let mut examples = Examples::new(12, false);
        examples.add(&segmenter, &corpus());
        let member = |seed: u64, bootstrap: bool| {
            let mut logistic = Logistic::new(12, 0.05, 0.001);
            logistic.reseed(seed);
            if bootstrap {
                logistic.bootstrap(examples.len());
            }
            logistic.epoch(&examples);
            logistic
        };
        // A bag of one is the plain model.
        let single = member(0, false);
        assert_eq!(
            Logistic::averaged_model_bytes(std::slice::from_ref(&single), false, 0.5),
            single.model_bytes(false, 0.5)
        );
        // Members see other orders or resamples, and the bag is reproducible.
        let bag = |bootstrap| [member(0, bootstrap), member(1, bootstrap)];
        let model = Logistic::averaged_model_bytes(&bag(true), false, 0.5);
        assert_eq!(
            model,
            Logistic::averaged_model_bytes(&bag(true), false, 0.5)
        );
        assert_ne!(model, single.model_bytes(false, 0.5));
        assert_ne!(member(1, false).weights, single.weights);
    }

    #[test]
    fn structured_passes_learn_through_the_programme_reproducibly() {
        // "nói chuyện" (to talk) is a lexicon word the programme joins; in
        // "nói chuyện ấy" (to speak of that matter) the gold splits it,
        // and the structured passes learn to overrule the programme.
        let gold = vec![
            sentence(&["Họ", "nói", "chuyện", "ấy", "."]),
            sentence(&["Ai", "cũng", "nói", "chuyện", "đó", "."]),
            sentence(&["Bà", "nói", "chuyện", "này", "."]),
        ];
        let train = || {
            let mut examples = Examples::new(12, false);
            examples.add(&lexicon_segmenter(lexicon()), &gold);
            let mut logistic = Logistic::new(12, 0.05, 0.001);
            let mut parts = [(lexicon_segmenter(lexicon()), &gold[..])];
            let wrong: Vec<usize> = (0..4)
                .map(|_| logistic.structured_epoch(&examples, &mut parts, 0, 0.5, 0.5))
                .collect();
            (wrong, logistic.model_bytes(false, 0.5))
        };
        let (wrong, model) = train();
        assert_eq!((wrong.clone(), model.clone()), train());
        assert_eq!(wrong[0], 3);
        assert_eq!(*wrong.last().unwrap(), 0);
        let mut trained = lexicon_segmenter(lexicon());
        set_model(&mut trained, &model).unwrap();
        assert!((score(&trained, &gold).f1 - 1.0).abs() < 1e-9);
        let mut out = String::new();
        trained.segment_line("Họ nói chuyện ấy .", &mut out);
        assert_eq!(out, "Họ nói chuyện ấy .");
    }

    #[test]
    fn labels_follow_gold_words() {
        let (text, inside) = gold_text(&sentence(&["Hà Nội", "đẹp"]));
        assert_eq!(text, "Hà Nội đẹp");
        let spaces: Vec<bool> = text.match_indices(' ').map(|(at, _)| inside[at]).collect();
        assert_eq!(spaces, [true, false]);
    }

    #[test]
    fn fold_lexicon_removes_only_the_fold() {
        let lexicon =
            "hà nội\t3\t0\tnu\nxin chào\t1\t0\tu\nngoại giao\t1\t0\tuv\nchính phủ\t2\t1\tu\n";
        let held_out = vec![sentence(&["xin chào", "Hà Nội"]), sentence(&["ngoại giao"])];
        let folded = fold_lexicon(lexicon, &held_out);
        assert!(folded.contains("hà nội\t2\t0\tnu"));
        assert!(!folded.contains("xin chào"));
        // Known from the treebank only through the fold: no longer "u".
        assert!(folded.contains("ngoại giao\t0\t0\tv\n"));
        assert!(folded.contains("chính phủ\t2\t1\tu"));
    }

    #[test]
    fn scores_like_the_shared_scorer() {
        let segmenter = lexicon_segmenter(lexicon());
        let perfect = score(&segmenter, &[sentence(&["Hà Nội", "đẹp"])]);
        assert!((perfect.f1 - 1.0).abs() < 1e-9);
        let wrong = score(&segmenter, &[sentence(&["Hà", "Nội", "đẹp"])]);
        assert!(wrong.precision < 1.0 && wrong.recall < 1.0);
    }
}
