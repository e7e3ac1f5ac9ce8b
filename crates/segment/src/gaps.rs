//! The trained word model: a pointwise classifier over each gap between two
//! syllables of a run (join or split), in the manner of Vaporetto.
//!
//! A gap's score is the sum of the weights of about twenty hashed
//! features: syllable unigrams and bigrams in a window of two
//! syllables each side, syllable shapes (case, acronym, known to the
//! lexicon, sentence-initial), the lexicon words that span, end or start at
//! the gap, and the lexicon programme's own decision (stacking: the
//! classifier learns when to overrule it). Positive means join. Models
//! may also carry (by their file's flags) features of the syllables'
//! sounds and lexicon priors (module `phonology`), which generalise to
//! unseen pairs; the crate doc says why the shipped one does not.
//!
//! Features are hashed straight from precomputed syllable hashes into a
//! table of 2^bits `i16` weights, so prediction allocates nothing per
//! syllable. The table is data/segment/model.bin, written by
//! `examples/train_segmenter.rs` (see the crate doc for the command).

use crate::phonology::Traits;
use crate::words::{Guide, Scratch, Syllable, WordModel, UNKNOWN};

/// File header: magic, then format version, table bits, flags (u32 LE
/// each), weight scale and guide weight (f32 LE each), then 2^bits weights
/// (i16 LE): a feature's weight is the stored value over the scale.
pub(crate) const MAGIC: &[u8; 8] = b"THOISUWS";
pub(crate) const VERSION: u32 = 2;
const HEADER: usize = 28;
/// Flag: the model decides every gap itself, the lexicon programme's
/// decision being one of its features. Without it, the model's gap scores
/// guide the lexicon programme instead ([`WordModel::segment_guided`]).
pub(crate) const STACKED: u32 = 1;
/// Flag: phonology features (onset, rhyme and tone pairs, reduplication;
/// module `phonology`).
pub(crate) const PHONOLOGY: u32 = 2;
/// Flag: lexicon prior features (bins of the lexicon words each side's
/// syllable starts, ends, sits inside).
pub(crate) const PRIORS: u32 = 4;
/// Flag: half-lexical features (one side's syllable, the other side's
/// phonology).
pub(crate) const HALF_LEXICAL: u32 = 8;
/// Flag: lexicon entries the programme matches in capitals only (names,
/// Wiktionary headwords) are matched in lower case too, as features, and
/// the classifier may join lower-case words the programme does not know
/// ([`UNKNOWN_MARGIN`]).
pub(crate) const UNKNOWN_WORDS: u32 = 16;
/// Flag: the classifier also judges the gap after a capitalised syllable
/// that opens a sentence or quotation ("Mới | đây", "Trước | đây") when a
/// lower-case one follows: the capital there is the sentence's, not a
/// name's, so the treebank's lower-case behaviour carries over.
pub(crate) const OPENING_CAPITALS: u32 = 32;
/// Flag: word-level features: each lexicon word that spans, ends or starts
/// at the gap by its own identity, and a spanning word with the syllable
/// just outside it on either side, so a candidate word ("như vậy") is
/// judged as one unit in its context rather than by its source code alone.
pub(crate) const WORD_IDENTITY: u32 = 64;
/// Flag: syntactic classes of the syllables (the treebank part of speech
/// each has alone, and whether it is mostly bound), in pairs, a window of
/// four, and beside the other side's syllable.
pub(crate) const CLASSES: u32 = 128;
/// Flags of the feature sets.
pub(crate) const FEATURE_SETS: u32 =
    PHONOLOGY | PRIORS | HALF_LEXICAL | UNKNOWN_WORDS | OPENING_CAPITALS | WORD_IDENTITY | CLASSES;
/// Flags of the feature sets that read the syllables' traits.
pub(crate) const SOUND_SETS: u32 = PHONOLOGY | PRIORS | HALF_LEXICAL | CLASSES;
/// Extra cost of a word with a number over its pieces as single words
/// (see [`WordModel::segment_guided`]): none, so the classifier's score
/// alone decides. (2, 1, 0.5 and 0 tie in cross-validation over UD train
/// and dev; -1 is worse.)
const NUMBER_MARGIN: f32 = 0.0;
/// Extra cost of a word of lower-case syllables the lexicon lacks (see
/// [`Guide::unknown_margin`]).
const UNKNOWN_MARGIN: f32 = 0.5;
/// Longest word the classifier may build, in syllables: runs of joins
/// longer than this are cut (no Vietnamese word or name is this long).
const MAX_JOINED: u8 = 16;

/// Shape codes of the positions beyond a run's ends.
const SHAPE_START: u8 = 16;
const SHAPE_END: u8 = 17;
/// Shape code of a number (the case codes take 0..16).
const SHAPE_NUMBER: u8 = 18;
/// Hashes standing for what lies beyond a run's ends: nothing (sentence
/// edge), or a piece that is not a syllable (punctuation is hashed by its
/// text, see [`edge_hash`]).
pub(crate) const EDGE_NONE: u64 = 0x6a09_e667_f3bc_c908;
pub(crate) const EDGE_NUMBER: u64 = 0xbb67_ae85_84ca_a73b;
pub(crate) const EDGE_COMPOUND: u64 = 0x3c6e_f372_fe94_f82b;
pub(crate) const EDGE_SYMBOL: u64 = 0xa54f_f53a_5f1d_36f1;
pub(crate) const EDGE_SYLLABLE: u64 = 0x510e_527f_ade6_82d1;

/// Edge hash of a punctuation mark.
pub(crate) fn edge_hash(punct: &str) -> u64 {
    mix(syllable_hash(punct), 0x9b05_688c_2b3e_6c1f)
}

/// Feature templates (mixed into every feature hash so equal values under
/// different templates do not collide).
#[derive(Clone, Copy)]
#[repr(u64)]
enum Template {
    Bias = 1,
    Unigram,
    Bigram,
    Shapes,
    ShapePair,
    ShapeLeftWordRight,
    WordLeftShapeRight,
    Inside,
    Ends,
    Starts,
    Programme,
    ProgrammeShapes,
    ProgrammeWord,
    LongestInside,
    Onsets,
    Rhymes,
    Tones,
    Priors,
    PriorsWide,
    WordLeftSoundRight,
    SoundLeftWordRight,
    WordInside,
    WordInsideLeft,
    WordInsideRight,
    WordEnds,
    WordStarts,
    ClassPair,
    ClassWindow,
    WordLeftClassRight,
    ClassLeftWordRight,
}

#[inline(always)]
fn mix(key: u64, value: u64) -> u64 {
    (key.rotate_left(23) ^ value).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

#[inline(always)]
fn start(template: Template) -> u64 {
    (template as u64).wrapping_mul(0xd6e8_feb8_6659_fd93)
}

/// Hash of a lower-cased syllable (FNV-like over its bytes, then mixed).
pub(crate) fn syllable_hash(lower: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in lower.as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    mix(h, lower.len() as u64)
}

/// Shape code of a syllable: case class (lower, capitalised, capitals,
/// acronym), known to the lexicon, sentence-initial.
#[inline]
fn shape(s: &Syllable) -> u8 {
    if s.number {
        return SHAPE_NUMBER | (u8::from(s.sentence_initial) << 3);
    }
    let case = if s.acronym {
        3
    } else if s.all_caps && s.capitalised {
        2
    } else if s.capitalised {
        1
    } else {
        0
    };
    case | (u8::from(s.id != UNKNOWN) << 2) | (u8::from(s.sentence_initial) << 3)
}

/// Everything the features of one run need, computed once per run.
pub(crate) struct RunView<'a> {
    pub run: &'a [Syllable],
    /// The lexicon programme joins syllables `g` and `g + 1`.
    pub programme_joins: &'a [bool],
    /// Lexicon matches, as [`WordModel::matches`] gives them.
    pub matches: &'a [[u8; 8]],
    /// Whether the programme's decisions are features (else `programme_joins`
    /// is empty).
    pub stacked: bool,
    /// What stands before and after the run (`EDGE_*`, [`edge_hash`]).
    pub edges: [u64; 2],
    /// Feature sets beyond the base ones ([`FEATURE_SETS`] flags).
    pub sets: u32,
}

impl RunView<'_> {
    #[inline(always)]
    fn hash_at(&self, i: isize) -> u64 {
        if i < 0 {
            mix(self.edges[0], i as u64)
        } else if i as usize >= self.run.len() {
            mix(self.edges[1], i as u64 - self.run.len() as u64)
        } else {
            self.run[i as usize].hash
        }
    }

    /// Hash of the word of `len` syllables from `a` (inside the run).
    #[inline(always)]
    fn word_hash(&self, a: usize, len: usize) -> u64 {
        self.run[a..a + len]
            .iter()
            .fold(len as u64, |h, s| mix(h, s.hash))
    }

    #[inline(always)]
    fn shape_at(&self, i: isize) -> u8 {
        if i < 0 {
            SHAPE_START
        } else if i as usize >= self.run.len() {
            SHAPE_END
        } else {
            shape(&self.run[i as usize])
        }
    }

    /// Calls `emit` with the raw 64-bit hash of every feature of the gap
    /// between syllables `g` and `g + 1`.
    #[inline(always)]
    pub(crate) fn features(&self, g: usize, mut emit: impl FnMut(u64)) {
        let gi = g as isize;
        let (l2, l1, r1, r2) = (
            self.hash_at(gi - 1),
            self.hash_at(gi),
            self.hash_at(gi + 1),
            self.hash_at(gi + 2),
        );
        let (sl2, sl1, sr1, sr2) = (
            self.shape_at(gi - 1),
            self.shape_at(gi),
            self.shape_at(gi + 1),
            self.shape_at(gi + 2),
        );
        emit(start(Template::Bias));
        let uni = start(Template::Unigram);
        emit(mix(mix(uni, 0), l2));
        emit(mix(mix(uni, 1), l1));
        emit(mix(mix(uni, 2), r1));
        emit(mix(mix(uni, 3), r2));
        let bi = start(Template::Bigram);
        let b_mid = mix(mix(mix(bi, 1), l1), r1);
        emit(mix(mix(mix(bi, 0), l2), l1));
        emit(b_mid);
        emit(mix(mix(mix(bi, 2), r1), r2));
        // (Syllable trigrams, unigrams three away, skip bigrams and a
        // six-wide shape window each gained nothing in cross-validation.)
        // (Syllable trigrams cost more than they gained in cross-validation.)
        let shapes = u64::from(sl2) | u64::from(sl1) << 8 | u64::from(sr1) << 16;
        let shapes4 = shapes | u64::from(sr2) << 24;
        emit(mix(start(Template::Shapes), shapes4));
        emit(mix(start(Template::ShapePair), shapes >> 8));
        emit(mix(
            mix(start(Template::ShapeLeftWordRight), u64::from(sl1)),
            r1,
        ));
        emit(mix(
            mix(start(Template::WordLeftShapeRight), u64::from(sr1)),
            l1,
        ));
        // Lexicon words around the gap.
        let mut longest_inside = 0u64;
        let first = g.saturating_sub(5);
        for a in first..=(g + 1).min(self.run.len() - 1) {
            let m = &self.matches[a];
            for (len, &code) in m.iter().enumerate().skip(2) {
                if code == 0 {
                    continue;
                }
                let last = a + len - 1;
                let code = u64::from(code) | (len as u64) << 8;
                let words = self.sets & WORD_IDENTITY != 0;
                if a <= g && last > g {
                    emit(mix(start(Template::Inside), code | ((g - a) as u64) << 16));
                    longest_inside = longest_inside.max(len as u64);
                    if words {
                        let word = mix(self.word_hash(a, len), (g - a) as u64);
                        emit(mix(start(Template::WordInside), word));
                        let outside_left = self.hash_at(a as isize - 1);
                        let outside_right = self.hash_at(last as isize + 1);
                        emit(mix(
                            mix(start(Template::WordInsideLeft), word),
                            outside_left,
                        ));
                        emit(mix(
                            mix(start(Template::WordInsideRight), word),
                            outside_right,
                        ));
                    }
                } else if last == g {
                    emit(mix(start(Template::Ends), code));
                    if words {
                        emit(mix(start(Template::WordEnds), self.word_hash(a, len)));
                    }
                } else if a == g + 1 {
                    emit(mix(start(Template::Starts), code));
                    if words {
                        emit(mix(start(Template::WordStarts), self.word_hash(a, len)));
                    }
                }
            }
        }
        emit(mix(
            start(Template::LongestInside),
            longest_inside | u64::from(sl1) << 8 | u64::from(sr1) << 16,
        ));
        if self.sets & SOUND_SETS != 0 {
            self.sound_features(g, &mut emit);
        }
        if !self.stacked {
            return;
        }
        let joins = u64::from(self.programme_joins[g]);
        emit(mix(start(Template::Programme), joins));
        emit(mix(start(Template::ProgrammeShapes), joins | shapes4 << 1));
        emit(mix(mix(start(Template::ProgrammeWord), joins), b_mid));
    }
}

impl RunView<'_> {
    #[inline(always)]
    fn traits_at(&self, i: isize) -> Traits {
        if i < 0 || i as usize >= self.run.len() {
            Traits(30)
        } else {
            self.run[i as usize].traits
        }
    }

    /// Features of the gap after syllable `g` that generalise beyond the
    /// syllable pairs seen in training: phonology, lexicon priors.
    #[inline(always)]
    fn sound_features(&self, g: usize, emit: &mut impl FnMut(u64)) {
        let gi = g as isize;
        let (l, r) = (self.traits_at(gi), self.traits_at(gi + 1));
        if self.sets & PHONOLOGY != 0 {
            let same_onset = l.onset() == r.onset() && l.onset() != 0;
            let same_rhyme = l.rhyme() == r.rhyme();
            let same = self.hash_at(gi) == self.hash_at(gi + 1);
            let formed = u64::from(l.well_formed()) | u64::from(r.well_formed()) << 1;
            emit(mix(
                start(Template::Onsets),
                l.onset() | r.onset() << 8 | formed << 16,
            ));
            emit(mix(mix(start(Template::Rhymes), l.rhyme()), r.rhyme()));
            let harmony = u64::from(same_onset)
                | u64::from(same_rhyme) << 1
                | u64::from(same) << 2
                | u64::from(l.level() == r.level()) << 3;
            emit(mix(
                start(Template::Tones),
                l.tone() | r.tone() << 4 | harmony << 8 | formed << 12,
            ));
        }
        if self.sets & PRIORS != 0 {
            emit(mix(start(Template::Priors), l.priors() | r.priors() << 9));
            let (l2, r2) = (self.traits_at(gi - 1), self.traits_at(gi + 2));
            emit(mix(
                start(Template::PriorsWide),
                (l2.priors() & 0x3f)
                    | (r2.priors() & 0x3f) << 6
                    | l.priors() << 12
                    | r.priors() << 21,
            ));
        }
        if self.sets & CLASSES != 0 {
            let (l2, r2) = (self.traits_at(gi - 1), self.traits_at(gi + 2));
            emit(mix(start(Template::ClassPair), l.class() | r.class() << 6));
            emit(mix(
                start(Template::ClassWindow),
                l2.class() | l.class() << 6 | r.class() << 12 | r2.class() << 18,
            ));
            emit(mix(
                mix(start(Template::WordLeftClassRight), self.hash_at(gi)),
                r.class(),
            ));
            emit(mix(
                mix(start(Template::ClassLeftWordRight), self.hash_at(gi + 1)),
                l.class(),
            ));
        }
        if self.sets & HALF_LEXICAL != 0 {
            let sound = |t: Traits| t.rhyme() << 8 | t.onset() << 3 | t.tone();
            emit(mix(
                mix(start(Template::WordLeftSoundRight), self.hash_at(gi)),
                sound(r),
            ));
            emit(mix(
                mix(start(Template::SoundLeftWordRight), self.hash_at(gi + 1)),
                sound(l),
            ));
        }
    }
}

/// Table slots of the programme's decision feature: (split, join).
pub(crate) fn programme_slots(bits: u32) -> (usize, usize) {
    (
        slot(mix(start(Template::Programme), 0), bits),
        slot(mix(start(Template::Programme), 1), bits),
    )
}

/// Table index of a feature hash.
#[inline(always)]
pub(crate) fn slot(hash: u64, bits: u32) -> usize {
    (hash.wrapping_mul(0x2545_f491_4f6c_dd1d) >> (64 - bits)) as usize
}

/// The trained gap classifier.
pub(crate) struct GapModel {
    bits: u32,
    stacked: bool,
    /// Feature sets ([`FEATURE_SETS`] flags) the model was trained with.
    sets: u32,
    /// Stored weight units per unit of score.
    scale: f32,
    /// Cost units per unit of score, when guiding the programme.
    pub(crate) guide: f32,
    /// See [`Guide::unknown_margin`].
    pub(crate) unknown_margin: f32,
    weights: Vec<i16>,
}

/// Reusable buffers of [`GapModel::segment`].
#[derive(Default)]
pub(crate) struct GapScratch {
    programme: Scratch,
    lengths: Vec<u8>,
    joins: Vec<bool>,
    matches: Vec<[u8; 8]>,
    guide: Vec<f64>,
    judged: Vec<bool>,
}

impl GapModel {
    /// Reads a model file (see [`MAGIC`]).
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return Err("not a thoisu segmenter model".into());
        }
        let word = |i: usize| [bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]];
        let version = u32::from_le_bytes(word(8));
        let bits = u32::from_le_bytes(word(12));
        let flags = u32::from_le_bytes(word(16));
        let scale = f32::from_le_bytes(word(20));
        let guide = f32::from_le_bytes(word(24));
        if version != VERSION {
            return Err(format!("model version {version}, expected {VERSION}"));
        }
        if !(8..=26).contains(&bits) || bytes.len() != HEADER + (2usize << bits) {
            return Err(format!("bad model size for {bits} bits"));
        }
        if !(scale.is_finite() && scale > 0.0 && guide.is_finite()) {
            return Err("bad model scale".into());
        }
        let weights = bytes[HEADER..]
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        Ok(GapModel {
            bits,
            stacked: flags & STACKED != 0,
            sets: flags & FEATURE_SETS,
            scale,
            guide,
            unknown_margin: if flags & UNKNOWN_WORDS != 0 {
                UNKNOWN_MARGIN
            } else {
                f32::INFINITY
            },
            weights,
        })
    }

    /// Model file bytes.
    pub(crate) fn to_bytes(
        bits: u32,
        flags: u32,
        scale: f32,
        guide: f32,
        weights: &[i16],
    ) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + 2 * weights.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&bits.to_le_bytes());
        out.extend_from_slice(&flags.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&guide.to_le_bytes());
        for w in weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// Whether the features read the syllables' traits.
    pub(crate) fn reads_traits(&self) -> bool {
        self.sets & SOUND_SETS != 0
    }

    /// Splits a run of syllables into words like [`WordModel::segment`].
    pub(crate) fn segment(
        &self,
        lexicon: &WordModel,
        run: &[Syllable],
        edges: [u64; 2],
        lengths: &mut Vec<u8>,
        scratch: &mut GapScratch,
    ) {
        let n = run.len();
        if n < 2 {
            lengths.extend(std::iter::repeat_n(1, n));
            return;
        }
        prepare(lexicon, run, scratch, self.stacked, self.sets);
        let view = RunView {
            run,
            programme_joins: &scratch.joins,
            matches: &scratch.matches,
            stacked: self.stacked,
            edges,
            sets: self.sets,
        };
        let weights = &self.weights[..];
        let bits = self.bits;
        if !self.stacked {
            // Prefix sums of the gap scores, in cost units.
            // (f64: long runs would lose the differences in f32 sums.)
            let unit = f64::from(self.guide) / f64::from(self.scale);
            scratch.guide.clear();
            scratch.guide.push(0.0);
            scratch.judged.clear();
            let mut total = 0.0;
            for g in 0..n - 1 {
                let judged = guides_gap(run, g, self.sets);
                if judged {
                    let mut score = 0i32;
                    view.features(g, |h| score += i32::from(weights[slot(h, bits)]));
                    total += f64::from(score) * unit;
                }
                scratch.guide.push(total);
                scratch.judged.push(judged);
            }
            let guide = Guide {
                sums: &scratch.guide,
                judged: &scratch.judged,
                margin: NUMBER_MARGIN,
                unknown_margin: self.unknown_margin,
            };
            lexicon.segment_guided(run, Some(&guide), lengths, &mut scratch.programme);
            return;
        }
        let mut current = 1u8;
        for g in 0..n - 1 {
            let mut score = 0i32;
            view.features(g, |h| score += i32::from(weights[slot(h, bits)]));
            if score > 0 && current < MAX_JOINED {
                current += 1;
            } else {
                lengths.push(current);
                current = 1;
            }
        }
        lengths.push(current);
    }
}

/// Whether the classifier guides the programme at the gap after syllable
/// `g`: only between two lower-case syllables. The treebank writes titles
/// and institutions in lower case ("bộ quốc phòng"), so what the model
/// learns about capitals comes from names alone, and it would join "Bộ
/// Quốc | phòng" or "Mỹ Donald | Trump" in today's news; the programme's
/// name rules decide around capitals instead. With [`OPENING_CAPITALS`]
/// in `sets`, also after a capitalised syllable opening a sentence.
#[inline]
pub(crate) fn guides_gap(run: &[Syllable], g: usize, sets: u32) -> bool {
    let (left, right) = (&run[g], &run[g + 1]);
    !right.capitalised
        && (!left.capitalised
            || (sets & OPENING_CAPITALS != 0
                && left.sentence_initial
                && !left.acronym
                && !left.all_caps))
}

/// Runs the lexicon programme and the lexicon matcher over a run, leaving
/// the programme's joins and the matches in `scratch`.
pub(crate) fn prepare(
    lexicon: &WordModel,
    run: &[Syllable],
    scratch: &mut GapScratch,
    stacked: bool,
    sets: u32,
) {
    scratch.joins.clear();
    if stacked {
        scratch.lengths.clear();
        lexicon.segment(run, &mut scratch.lengths, &mut scratch.programme);
        for &len in &scratch.lengths {
            for k in 0..len {
                scratch.joins.push(k + 1 < len);
            }
        }
    }
    lexicon.matches(run, sets & UNKNOWN_WORDS != 0, &mut scratch.matches);
}

/// Run views for training: the gap features of a run as computed at
/// prediction time.
pub(crate) fn with_view<R>(
    lexicon: &WordModel,
    run: &[Syllable],
    edges: [u64; 2],
    stacked: bool,
    sets: u32,
    scratch: &mut GapScratch,
    f: impl FnOnce(&RunView) -> R,
) -> R {
    prepare(lexicon, run, scratch, stacked, sets);
    f(&RunView {
        run,
        programme_joins: &scratch.joins,
        matches: &scratch.matches,
        stacked,
        edges,
        sets,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_files_round_trip_and_bad_ones_are_refused() {
        let weights: Vec<i16> = (0..256).map(|k| k as i16 - 128).collect();
        let bytes = GapModel::to_bytes(8, STACKED, 100.0, 0.5, &weights);
        let model = GapModel::from_bytes(&bytes).unwrap();
        assert!(model.stacked);
        assert_eq!(model.weights, weights);
        assert_eq!(model.guide, 0.5);
        assert!(GapModel::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        let mut old = bytes.clone();
        old[8] = 1;
        assert!(GapModel::from_bytes(&old).is_err());
        let mut bad_scale = bytes;
        bad_scale[20..24].copy_from_slice(&f32::NAN.to_le_bytes());
        assert!(GapModel::from_bytes(&bad_scale).is_err());
    }

    /// Feature hashes of the gap after the first syllable of `text`.
    fn gap_features(text: &str, sets: u32) -> Vec<u64> {
        let model = WordModel::from_lexicon("lung linh\t0\t0\tv\n");
        model_gap_features(&model, text, sets)
    }

    /// The same with a model of the test's own lexicon.
    fn model_gap_features(model: &WordModel, text: &str, sets: u32) -> Vec<u64> {
        let run: Vec<Syllable> = text
            .split(' ')
            .map(|s| {
                let id = model.syllable_id(s);
                Syllable {
                    id,
                    capitalised: false,
                    all_caps: false,
                    acronym: false,
                    sentence_initial: false,
                    number: false,
                    hash: syllable_hash(s),
                    traits: model.traits(id, s),
                }
            })
            .collect();
        let mut scratch = GapScratch::default();
        with_view(
            model,
            &run,
            [EDGE_NONE; 2],
            false,
            sets,
            &mut scratch,
            |view| {
                let mut out = Vec::new();
                view.features(0, |h| out.push(h));
                out
            },
        )
    }

    #[test]
    fn sound_features_come_with_their_flags_and_generalise() {
        let base = gap_features("lấp lánh", 0);
        let all = gap_features("lấp lánh", FEATURE_SETS);
        assert_eq!(all.len(), base.len() + 11);
        assert_eq!(gap_features("lấp lánh", PHONOLOGY).len(), base.len() + 3);
        // Two unseen alliterative pairs with the same tones share their
        // onset-agreement and tone feature, though no syllable is shared.
        let tones = |text| gap_features(text, PHONOLOGY)[base.len() + 2];
        assert_eq!(tones("lấp lánh"), tones("mấp máy"));
        assert_ne!(tones("lấp lánh"), tones("lấp đầy"));
    }

    #[test]
    fn class_features_pair_the_syllables_parts_of_speech() {
        // From data/segment/syllable_classes.txt: "tôi" and "họ" are
        // pronouns, "nói" and "ăn" verbs, "nhà" a noun.
        let lexicon = "chúng tôi\t0\t0\tv\nhọ hàng\t0\t0\tv\nnói chuyện\t0\t0\tv\n\
                       ăn uống\t0\t0\tv\nnhà cửa\t0\t0\tv\n";
        let model = WordModel::from_lexicon(lexicon);
        let features = |text: &str| model_gap_features(&model, text, CLASSES);
        let base = gap_features("lấp lánh", 0).len();
        // The class pair is the first class feature: "tôi nói" and "họ ăn"
        // share it, "tôi nhà" does not.
        let pair = |text| features(text)[base];
        assert_eq!(features("tôi nói").len(), base + 4);
        assert_eq!(pair("tôi nói"), pair("họ ăn"));
        assert_ne!(pair("tôi nói"), pair("tôi nhà"));
    }

    #[test]
    fn word_identity_features_name_the_spanning_word_and_its_context() {
        // "lung linh" is in the test lexicon: three more features (the
        // word, the word with the syllable before it, with the one after).
        let base = gap_features("lung linh", 0);
        let words = gap_features("lung linh", WORD_IDENTITY);
        assert_eq!(words.len(), base.len() + 3);
        // An unknown pair spans no lexicon word: nothing is added.
        assert_eq!(
            gap_features("lấp lánh", WORD_IDENTITY).len(),
            gap_features("lấp lánh", 0).len()
        );
    }

    #[test]
    fn syllable_hashes_tell_syllables_apart() {
        assert_eq!(syllable_hash("hà"), syllable_hash("hà"));
        assert_ne!(syllable_hash("hà"), syllable_hash("há"));
        assert_ne!(syllable_hash(""), syllable_hash("a"));
    }
}
