//! What a syllable's spelling says about how it combines, for the gap
//! classifier: its onset, rhyme and tone (Vietnamese spelling is
//! phonemic, so these read straight off the letters), and how often the
//! lexicon's multi-syllable words start, end or hold it.
//!
//! Syllable identities tell the classifier nothing about a pair it never
//! saw; these traits do: reduplicatives repeat an onset ("lung linh",
//! "rực rỡ") or a rhyme ("lác đác") and pair their tones by register, and
//! a syllable that starts hundreds of dictionary words ("bất", "phi") is a
//! likely left half of an unseen compound.
//!
//! Traits are packed in one `u64` per syllable (see [`Traits`]), computed
//! once per lexicon syllable when the model is built and on the fly only
//! for syllables the lexicon lacks.

/// Onsets, longest first so "ngh" wins over "ng" and "n" (the consonant
/// letters and digraphs of the Vietnamese alphabet; "gi" and "qu" count
/// as onsets before a vowel).
const ONSETS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "tr", "th", "ph", "kh", "gh", "gi", "qu", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// The vowel letters, each in its six tones: level (ngang), falling
/// (huyền), rising (sắc), dipping (hỏi), broken (ngã), heavy (nặng).
const TONED: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// Codas a Vietnamese rhyme may end in (after its vowels).
const CODAS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// The vowel base and tone (0..6, see [`TONED`]) of a letter, if a vowel.
fn vowel(c: char) -> Option<(char, u8)> {
    if c.is_ascii() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
        return None;
    }
    TONED.iter().find_map(|forms| {
        forms
            .iter()
            .position(|&f| f == c)
            .map(|tone| (forms[0], tone as u8))
    })
}

/// A syllable's packed traits:
/// bits 0..5 onset (index in [`ONSETS`] + 1, 0 none, 31 not a letter),
/// 5..8 tone, 8 well-formed Vietnamese syllable, 9..12 bin of lexicon
/// words it starts, 12..15 it ends, 15..18 it sits inside (see
/// [`count_bin`]), 32..64 hash of the toneless rhyme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Traits(pub u64);

/// Traits shared by every number.
pub(crate) const NUMBER_TRAITS: Traits = Traits(31 | 0xdead_beef << 32);

impl Traits {
    #[inline(always)]
    pub fn onset(self) -> u64 {
        self.0 & 31
    }
    #[inline(always)]
    pub fn tone(self) -> u64 {
        (self.0 >> 5) & 7
    }
    #[inline(always)]
    pub fn well_formed(self) -> bool {
        self.0 & (1 << 8) != 0
    }
    /// Bins of the lexicon words it starts, ends, sits inside (9 bits).
    #[inline(always)]
    pub fn priors(self) -> u64 {
        (self.0 >> 9) & 0x1ff
    }
    #[inline(always)]
    pub fn rhyme(self) -> u64 {
        self.0 >> 32
    }
    /// Level (ngang, huyền) or oblique (sắc, hỏi, ngã, nặng) tone: the
    /// register reduplicatives pair.
    #[inline(always)]
    pub fn level(self) -> bool {
        self.tone() < 2
    }

    /// Syntactic class (6 bits, see [`Traits::with_class`]): 0 unknown.
    #[inline(always)]
    pub fn class(self) -> u64 {
        (self.0 >> 18) & 0x3f
    }

    /// With a syntactic class: the treebank part of speech the syllable
    /// mostly has as a word alone (1..=31), plus 32 when it is more often
    /// inside a longer word than alone.
    pub fn with_class(self, class: u8) -> Traits {
        Traits(self.0 & !(0x3f << 18) | u64::from(class & 0x3f) << 18)
    }

    /// With the lexicon counts of words the syllable starts, ends and sits
    /// inside.
    pub fn with_priors(self, starts: u32, ends: u32, inside: u32) -> Traits {
        let bins = count_bin(starts) | count_bin(ends) << 3 | count_bin(inside) << 6;
        Traits(self.0 & !(0x1ff << 9) | bins << 9)
    }
}

/// Logarithmic bin (0..8) of a count.
fn count_bin(n: u32) -> u64 {
    match n {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        4..=9 => 3,
        10..=29 => 4,
        30..=99 => 5,
        100..=299 => 6,
        _ => 7,
    }
}

/// Onset, rhyme and tone of a lower-case syllable (no lexicon priors).
/// Any text is accepted: what is not a Vietnamese syllable gets its first
/// letters as onset, the rest as rhyme, and is not well-formed.
pub(crate) fn traits(lower: &str) -> Traits {
    let mut onset_len = 0;
    let mut onset = 0u64;
    for (k, o) in ONSETS.iter().enumerate() {
        if let Some(rest) = lower.strip_prefix(o) {
            // "gi" and "qu" are onsets only before another vowel ("gì" is
            // g + ì, "giá" is gi + á).
            if (*o == "gi" || *o == "qu") && rest.chars().next().is_none_or(|c| vowel(c).is_none())
            {
                continue;
            }
            onset_len = o.len();
            onset = k as u64 + 1;
            break;
        }
    }
    if onset == 0 && lower.chars().next().is_some_and(|c| vowel(c).is_none()) {
        onset = 31;
    }
    let mut tone = 0u8;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut vowels = 0usize;
    let mut coda = String::new();
    let mut well_formed = onset != 31;
    for c in lower[onset_len..].chars() {
        let base = match vowel(c) {
            Some((base, t)) => {
                if t != 0 {
                    well_formed &= tone == 0;
                    tone = t;
                }
                well_formed &= coda.is_empty();
                vowels += 1;
                base
            }
            None => {
                coda.push(c);
                c
            }
        };
        hash = (hash ^ u64::from(u32::from(base))).wrapping_mul(0x0100_0000_01b3);
    }
    well_formed &= vowels > 0 && vowels <= 3 && CODAS.contains(&coda.as_str());
    let rhyme = (hash ^ hash >> 29).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32;
    Traits(onset | u64::from(tone) << 5 | u64::from(well_formed) << 8 | rhyme << 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_leave_the_other_traits_alone() {
        let t = traits("nghiêng").with_priors(5, 0, 300);
        let c = t.with_class(32 | 16);
        assert_eq!(c.class(), 48);
        assert_eq!(
            (c.onset(), c.tone(), c.rhyme()),
            (t.onset(), t.tone(), t.rhyme())
        );
        assert_eq!(c.priors(), t.priors());
        assert_eq!(c.with_class(0), t);
        assert_eq!(t.class(), 0);
    }

    #[test]
    fn onsets_rhymes_and_tones() {
        let nghieng = traits("nghiêng");
        assert_eq!(ONSETS[nghieng.onset() as usize - 1], "ngh");
        assert_eq!(nghieng.tone(), 0);
        assert!(nghieng.well_formed());
        let ro = traits("rỡ");
        assert_eq!(ONSETS[ro.onset() as usize - 1], "r");
        assert_eq!(ro.tone(), 4);
        assert!(!ro.level());
        // "lác đác": one rhyme, one tone.
        assert_eq!(traits("lác").rhyme(), traits("đác").rhyme());
        assert_eq!(traits("lác").tone(), traits("đác").tone());
        assert_ne!(traits("lác").onset(), traits("đác").onset());
        // "lung linh": one onset, two rhymes.
        assert_eq!(traits("lung").onset(), traits("linh").onset());
        assert_ne!(traits("lung").rhyme(), traits("linh").rhyme());
        // Tone aside, "hà" and "há" share everything.
        assert_eq!(traits("hà").rhyme(), traits("há").rhyme());
        assert_ne!(traits("hà").tone(), traits("há").tone());
    }

    #[test]
    fn gi_and_qu_before_vowels_only() {
        assert_eq!(ONSETS[traits("giá").onset() as usize - 1], "gi");
        assert_eq!(ONSETS[traits("gì").onset() as usize - 1], "g");
        assert_eq!(ONSETS[traits("quốc").onset() as usize - 1], "qu");
        assert_eq!(traits("gì").tone(), 1);
    }

    #[test]
    fn foreign_and_odd_text_is_not_well_formed() {
        for s in ["trump", "str", "", "😀", "x", "ánhs", "ááá"] {
            assert!(!traits(s).well_formed(), "{s}");
        }
        for s in ["ăn", "uống", "khuya", "nghiêng", "quyết"] {
            assert!(traits(s).well_formed(), "{s}");
        }
    }

    #[test]
    fn priors_keep_the_phonology() {
        let t = traits("bất");
        let p = t.with_priors(500, 3, 0);
        assert_eq!(
            (p.onset(), p.tone(), p.rhyme()),
            (t.onset(), t.tone(), t.rhyme())
        );
        assert_eq!(p.priors(), 7 | 2 << 3);
    }
}
