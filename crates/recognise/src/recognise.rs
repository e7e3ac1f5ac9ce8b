//! The recogniser: finds people, organisations and places in normalised text.
//!
//! One Aho–Corasick pass over a folded copy of the text finds every
//! gazetteer form, title cue, organisation head, place head and stop phrase
//! that starts and ends on syllable boundaries and agrees with the data's
//! capitalisation (a capital in the data must be a capital in the text).
//! A left-to-right scan over syllables then reads:
//! - title chains ("Thứ trưởng Bộ Ngoại giao Triều Tiên Im Chon In"): titles,
//!   organisations and countries, then the person's name, the final
//!   capitalised run; titles in apposition after a name ("Marc Knapper, Đại
//!   sứ Hoa Kỳ, ...") also go to that name;
//! - organisations: a head or gazetteer body plus its capitalised
//!   continuation (a capitalised syllable and the lower-case rest of its
//!   word), ending after a country, after "tại <host>" for embassies, or
//!   after a dashed pair of countries; an acronym in brackets after it is
//!   one more mention;
//! - countries and places, with place heads ("xã", "sông", "đường") turning
//!   the capitalised run after them into a place, never a person;
//! - people from the gazetteer, and Vietnamese full names (surname plus 1–3
//!   capitalised syllables) without a title, unless they are credits or bylines.
//!
//! `assemble` then merges mentions into one entity per referent.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use thoisu_core::{Entity, EntityKind, Sentence, Span};

use crate::assemble::{assemble, Raw, Short};
use crate::gazetteer::{self, EntryKind, Gazetteer, Office, TitleKind};
use crate::text::{self, Gap, Token};

/// Lower-case words that may go on inside an organisation's name
/// ("Cục Quản lý đê điều", "Ủy ban Tự do tôn giáo quốc tế"), from
/// `data/gazetteer/org_name_words.tsv`: folded word → whether it is an
/// activity (a verb too, so never the first lower-case word after a name).
struct NameWords {
    words: std::collections::HashMap<String, bool>,
    /// Folded pairs of fields a comma joins inside one name ("cứu hộ, cứu
    /// nạn", "phòng, chống"): the comma there ends no name.
    pairs: std::collections::HashSet<String>,
    /// Folded words that only complete a capitalised syllable of a name
    /// ("Thống | nhất" in "Chính phủ Thống nhất Dân tộc"), never a lower-case
    /// field of their own ("và thống nhất nội dung" is the verb).
    tails: std::collections::HashSet<String>,
    /// The last syllables of the words of two syllables or more, in every
    /// spelling ("thôn" of "nông thôn"): a cheap test before a lookup.
    last_syllables: std::collections::HashSet<String>,
}

impl NameWords {
    fn parse(src: &str) -> NameWords {
        let mut words = std::collections::HashMap::new();
        let mut last_syllables = std::collections::HashSet::new();
        let mut pairs = std::collections::HashSet::new();
        let mut tails = std::collections::HashSet::new();
        for line in src.lines() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t').map(str::trim);
            let (Some(word), Some(kind)) = (cols.next(), cols.next()) else {
                continue;
            };
            if kind == "pair" {
                pairs.insert(text::key(word));
            } else if kind == "tail" {
                tails.insert(text::key(word));
            } else if !word.is_empty() {
                words.insert(text::key(word), kind == "activity");
                if let Some((_, last)) = word.rsplit_once(' ') {
                    last_syllables.extend(text::spellings(last));
                }
            }
        }
        NameWords {
            words,
            pairs,
            tails,
            last_syllables,
        }
    }

    /// Whether the words are one lexicon word, and if so whether an activity.
    fn get(&self, words: &str) -> Option<bool> {
        self.words.get(&text::key(words)).copied()
    }
}

/// The segmenter's lexicon words of two syllables, keyed (`text::key`), from
/// `data/segment/lexicon.txt`: whether a name's last syllable and a lower-case
/// one after it make a word ("Thời | đại", not "Bái Đính | hiện"). The value
/// says whether the word is common: seen as one word in UD Vietnamese-VTB and
/// never written as a proper name ("đề nghị", "thực hiện").
static LEXICON_PAIRS: LazyLock<std::collections::HashMap<String, bool>> = LazyLock::new(|| {
    let mut pairs = std::collections::HashMap::new();
    for line in include_str!("../../../data/segment/lexicon.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let c: Vec<&str> = line.split('\t').collect();
        if c[0].matches(' ').count() != 1 {
            continue;
        }
        let common =
            c.len() >= 4 && c[1].parse::<u32>().is_ok_and(|n| n > 0) && !c[3].contains('n');
        *pairs.entry(text::key(c[0])).or_insert(false) |= common;
    }
    pairs
});

/// The first column of a data file's rows (comments and blank rows skipped).
fn first_column(src: &'static str) -> impl Iterator<Item = &'static str> {
    gazetteer::rows(src)
        .map(|(_, c)| c[0])
        .filter(|w| !w.is_empty())
}

/// The first two columns of a data file's rows that have both.
fn column_pairs(src: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    gazetteer::rows(src)
        .filter(|(_, c)| c.len() >= 2 && !c[0].is_empty())
        .map(|(_, c)| (c[0], c[1]))
}

/// Words that make a deputy or acting holder of any title ("Phó", "Quyền"),
/// from `data/gazetteer/title_prefixes.tsv`.
static TITLE_PREFIXES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    first_column(include_str!("../../../data/gazetteer/title_prefixes.tsv")).collect()
});

/// Words that tie a body to the office governing it ("trực thuộc", "của"),
/// folded, from `data/gazetteer/org_governors.tsv`.
static ORG_GOVERNORS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut ties: Vec<Vec<&'static str>> =
        first_column(include_str!("../../../data/gazetteer/org_governors.tsv"))
            .map(|w| w.split(' ').collect())
            .collect();
    // the longest first: "trực thuộc" before "thuộc"
    ties.sort_by_key(|t| std::cmp::Reverse(t.len()));
    ties
});

/// Common Vietnamese middle names, and pairs starting with one that are words
/// or places ("Công Thương"), from `data/gazetteer/middle_names.tsv`: any
/// other pair "middle + given" inside a sentence is a person ("Đình Bắc").
struct MiddleNames {
    middle: std::collections::HashSet<&'static str>,
    /// Folded pairs.
    words: std::collections::HashSet<String>,
    /// Lower-case words before a pair that make it a thing's name ("tàu cá").
    things: std::collections::HashSet<&'static str>,
}

static MIDDLE_NAMES: LazyLock<MiddleNames> = LazyLock::new(|| {
    let mut names = MiddleNames {
        middle: Default::default(),
        words: Default::default(),
        things: Default::default(),
    };
    for line in include_str!("../../../data/gazetteer/middle_names.tsv").lines() {
        let mut cols = line.split('\t').map(str::trim);
        match (cols.next(), cols.next()) {
            (Some(w), _) if w.is_empty() || w.starts_with('#') => {}
            (Some(w), Some("word")) => {
                names.words.insert(text::key(w));
            }
            (Some(w), Some("thing")) => {
                names.things.insert(w);
            }
            (Some(w), _) => {
                names.middle.insert(w);
            }
            _ => {}
        }
    }
    names
});

/// Korean family names in Latin letters, from `data/gazetteer/korean_surnames.tsv`.
static KOREAN_SURNAMES: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    first_column(include_str!("../../../data/gazetteer/korean_surnames.tsv")).collect()
});

/// Words that go on a company's name after its brand ("Masan Consumer"),
/// from `data/gazetteer/company_words.tsv`.
static COMPANY_WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    first_column(include_str!("../../../data/gazetteer/company_words.tsv")).collect()
});

/// The company words no person's name ends with: all but those marked as
/// family names too ("Power").
static COMPANY_ENDINGS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    gazetteer::rows(include_str!("../../../data/gazetteer/company_words.tsv"))
        .filter(|(_, c)| !c[0].is_empty() && c.get(2) != Some(&"surname"))
        .map(|(_, c)| c[0])
        .collect()
});

/// Words after a foreign full name that make it a person's, by where they
/// stand (`data/gazetteer/person_cues.tsv`): (cue, where).
static PERSON_CUES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    column_pairs(include_str!("../../../data/gazetteer/person_cues.tsv")).collect()
});

/// Bodies named after the building that seats them, and the words that make
/// them the building (`data/gazetteer/seats.tsv`): (key, kind).
static SEATS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| column_pairs(include_str!("../../../data/gazetteer/seats.tsv")).collect());

/// "tại Điện Élysée", "bên tường Điện Kremlin": a body of seats.tsv whose
/// every mention follows a word of place is the building, a location.
fn seats_as_places(text: &str, es: &mut [Entity]) {
    for e in es.iter_mut() {
        let seat = e.kind == EntityKind::Organisation
            && (e
                .gazetteer_id
                .as_deref()
                .is_some_and(|id| SEATS.iter().any(|&(k, at)| at == "seat" && k == id))
                || SEATS.iter().any(|&(k, at)| {
                    at == "head" && e.name.starts_with(k) && e.name[k.len()..].starts_with(' ')
                }));
        if !seat || e.mentions.is_empty() {
            continue;
        }
        let placed = e.mentions.iter().all(|m| {
            let before = text[..m.span.start].trim_end_matches(' ');
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            before.len() < text[..m.span.start].len()
                && SEATS.iter().any(|&(k, at)| at == "before" && k == word)
        });
        if placed {
            e.kind = EntityKind::Location;
        }
    }
}

/// Heads of numbered units and their highest number
/// (`data/gazetteer/numbered_units.tsv`).
static NUMBERED_UNITS: LazyLock<Vec<(&'static str, u32)>> = LazyLock::new(|| {
    column_pairs(include_str!("../../../data/gazetteer/numbered_units.tsv"))
        .filter_map(|(head, top)| Some((head, top.parse().ok()?)))
        .collect()
});

/// A body's unit left unnamed ("Công an tỉnh"): the unit words with the
/// subkinds of the places they name, and the words that make another word
/// with them ("tỉnh ủy"), from `data/gazetteer/unnamed_units.tsv`.
struct UnnamedUnits {
    units: Vec<(&'static str, Vec<&'static str>)>,
    after: std::collections::HashSet<&'static str>,
}

static UNNAMED_UNITS: LazyLock<UnnamedUnits> = LazyLock::new(|| {
    let mut units = Vec::new();
    let mut after = std::collections::HashSet::new();
    for (_, c) in gazetteer::rows(include_str!("../../../data/gazetteer/unnamed_units.tsv")) {
        match (c.first(), c.get(1)) {
            (Some(&w), Some(&"unit")) => {
                units.push((w, c.get(2).map_or(Vec::new(), |k| k.split('|').collect())))
            }
            (Some(&w), Some(&"after")) => {
                after.insert(w);
            }
            _ => {}
        }
    }
    UnnamedUnits { units, after }
});

/// Kinds of unit that a number after them names ("Đội Công binh số" 1), as
/// the keys of their words, from the `numbered_kind` rows of
/// `data/gazetteer/cue_words.tsv`.
/// Each with its last word as written, the cheap test before any key is made.
static NUMBERED_KINDS: LazyLock<Vec<(&'static str, Vec<String>)>> = LazyLock::new(|| {
    gazetteer::rows(include_str!("../../../data/gazetteer/cue_words.tsv"))
        .filter(|(_, c)| c.first() == Some(&"numbered_kind") && c.len() > 1)
        .filter_map(|(_, c)| {
            let last = c[1].rsplit(' ').next()?;
            Some((last, c[1].split(' ').map(text::key).collect()))
        })
        .collect()
});

/// The plural words before a list of places (`place_list_plural` rows of
/// `data/gazetteer/cue_words.tsv`), compared as written.
static LIST_PLURALS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    column_pairs(include_str!("../../../data/gazetteer/cue_words.tsv"))
        .filter(|&(kind, _)| kind == "place_list_plural")
        .map(|(_, w)| w)
        .collect()
});

/// Small closed lists of words the rules test against, by kind, from
/// `data/gazetteer/cue_words.tsv`.
static CUE_WORDS: LazyLock<std::collections::HashSet<(&'static str, &'static str)>> =
    LazyLock::new(|| column_pairs(include_str!("../../../data/gazetteer/cue_words.tsv")).collect());

/// Whether `word` is one of the cue words of `kind` (cue_words.tsv).
pub(crate) fn cue_word(kind: &str, word: &str) -> bool {
    CUE_WORDS.contains(&(kind, word))
}

static NAME_WORDS: LazyLock<NameWords> =
    LazyLock::new(|| NameWords::parse(include_str!("../../../data/gazetteer/org_name_words.tsv")));

/// A unit's code: a number ("2"), or capitals and then digits in one word
/// ("K70", "K52", "C07").
fn unit_code(word: &str) -> bool {
    let letters = word.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = &word[letters..];
    letters <= 3
        && !digits.is_empty()
        && digits.len() <= 4
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A word spelt in no Vietnamese way: plain letters ("Samar", not "Đắk") not
/// shaped like a Vietnamese syllable ("Catbalogan", not "Tam").
fn foreign_spelt(word: &str) -> bool {
    word.is_ascii() && !text::looks_vietnamese(word)
}

/// Whether gazetteer entry `e` is of the subkind `kind` ("party", "ministry").
fn entry_subkind_is(g: &Gazetteer, e: u32, kind: &str) -> bool {
    g.entries.get(e as usize).is_some_and(|x| x.subkind == kind)
}

/// The one value the items all are, if any.
fn only<'a>(mut items: impl Iterator<Item = &'a String>) -> Option<String> {
    let first = items.next()?;
    items.all(|c| c == first).then(|| first.clone())
}

/// What a matched form stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    Entry(u32),
    Title(u16),
    Head(u16),
    Locative(u16),
    Stop(u16),
}

/// One data form behind an automaton pattern, as the data writes it.
#[derive(Clone, Debug)]
struct Payload {
    target: Target,
    form: String,
    /// A form that names its entry only when the entry's country follows
    /// ("Hà Nam, Trung Quốc"); see [`Recogniser::cued`].
    cued: bool,
    /// An organisation's name of three words or more: only its first word's
    /// capitals must be written so, as the press often lowers the rest
    /// ("Đảng Dân chủ tự do", "Quân đội nhân dân Việt Nam").
    loose_case: bool,
}

/// A match on token boundaries: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
struct Cand {
    start: u32,
    end: u32,
    target: Target,
}

/// The CAMEO role of a body read from a gazetteer entry or a head.
fn role_of<'g>(
    g: &'g Gazetteer,
    entry: Option<usize>,
    head: Option<&'g gazetteer::OrgHead>,
) -> Option<&'g str> {
    match entry {
        Some(e) => g.entries[e].role.as_deref(),
        None => head.and_then(|h| h.role.as_deref()),
    }
}

/// The entity recogniser, built once from a gazetteer.
pub struct Recogniser {
    gazetteer: Gazetteer,
    automaton: AhoCorasick,
    payloads: Vec<Vec<Payload>>,
    /// The stop phrases, folded: a head and the word after it may spell one ("Bộ Luật").
    stop_keys: std::collections::HashSet<String>,
    /// People by [`text::joined_key`] of each form, for names written in an
    /// old hyphenated transliteration ("Vla-đi-mia Pu-tin").
    joined_people: std::collections::HashMap<String, usize>,
}

static EMBEDDED: LazyLock<Recogniser> =
    LazyLock::new(|| Recogniser::new(Gazetteer::embedded().clone()));

impl Recogniser {
    /// The recogniser over the embedded gazetteer, built once.
    pub fn embedded() -> &'static Recogniser {
        &EMBEDDED
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Compiles every form of the gazetteer (both tone placements) into one automaton.
    pub fn new(gazetteer: Gazetteer) -> Recogniser {
        let mut patterns: Vec<String> = Vec::new();
        let mut payloads: Vec<Vec<Payload>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut add = |form: &str, target: Target, cued: bool, loose_case: bool| {
            let ok_edges = form.chars().next().is_some_and(char::is_alphanumeric)
                && form.chars().next_back().is_some_and(char::is_alphanumeric);
            if !ok_edges {
                return;
            }
            for spelling in text::spellings(form) {
                let folded = text::fold(&spelling);
                let id = *index.entry(folded.clone()).or_insert_with(|| {
                    patterns.push(folded);
                    payloads.push(Vec::new());
                    payloads.len() - 1
                });
                payloads[id].push(Payload {
                    target,
                    form: spelling,
                    cued,
                    loose_case,
                });
            }
        };
        for (i, e) in gazetteer.entries.iter().enumerate() {
            // (a form written with a lower-case first word, "đảng Cộng hòa", is
            // the press's own spelling and is matched with its capitals)
            let loose = |form: &str| {
                e.kind == EntryKind::Organisation
                    && form.split(' ').count() >= 3
                    && form.starts_with(char::is_uppercase)
            };
            for form in e.forms().filter(|f| !e.is_cued(f)) {
                add(form, Target::Entry(i as u32), false, loose(form));
            }
            for form in &e.cued {
                add(form, Target::Entry(i as u32), true, loose(form));
            }
        }
        for (i, t) in gazetteer.titles.iter().enumerate() {
            add(&t.cue, Target::Title(i as u16), false, false);
        }
        for (i, h) in gazetteer.heads.iter().enumerate() {
            add(&h.head, Target::Head(i as u16), false, false);
        }
        for (i, h) in gazetteer.place_heads.iter().enumerate() {
            add(&h.head, Target::Locative(i as u16), false, false);
        }
        for (i, s) in gazetteer.stops.iter().enumerate() {
            add(&s.phrase, Target::Stop(i as u16), false, false);
        }
        // A contiguous NFA, not a DFA: at this gazetteer's size the DFA took
        // 80 ms and 27 MB to build at every start and searched no faster
        // (session 10: whole bench run 4.47 s with the DFA, 4.23 s without).
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("gazetteer patterns compile");
        let stop_keys = gazetteer
            .stops
            .iter()
            .map(|s| text::key(&s.phrase))
            .collect();
        let mut joined_people = std::collections::HashMap::new();
        for (i, e) in gazetteer.entries.iter().enumerate() {
            if e.kind == EntryKind::Person {
                for form in e.forms() {
                    joined_people.entry(text::joined_key(form)).or_insert(i);
                }
            }
        }
        Recogniser {
            gazetteer,
            automaton,
            payloads,
            stop_keys,
            joined_people,
        }
    }

    /// Finds the entities of `text` (the normalised article text; `sentences`
    /// are byte spans into it). Never panics; any input gives some answer.
    /// Bare titles resolve only to holders the article names; see [`Recogniser::recognise_on`].
    pub fn recognise(&self, text: &str, sentences: &[Sentence]) -> Vec<Entity> {
        self.recognise_on(text, sentences, None)
    }

    /// As [`Recogniser::recognise`], for an article of `date` (`YYYY-MM-DD`,
    /// `YYYY-MM` or `YYYY`; anything else counts as none): a bare title ("Chủ
    /// tịch nước", "Tổng thống Nga") that names no holder of the article is a
    /// mention of the gazetteer's holder of that office on that date, when
    /// there is exactly one.
    pub fn recognise_on(
        &self,
        text: &str,
        sentences: &[Sentence],
        date: Option<&str>,
    ) -> Vec<Entity> {
        let date = date.map(str::trim).filter(|d| {
            let b = d.as_bytes();
            matches!(b.len(), 4 | 7 | 10)
                && b.iter().enumerate().all(|(i, c)| match i {
                    4 | 7 => *c == b'-',
                    _ => c.is_ascii_digit(),
                })
        });
        let tokens = text::tokenise(text, sentences);
        if tokens.is_empty() {
            return Vec::new();
        }
        let cands = self.candidates(text, &tokens);
        let mut offsets = vec![0u32; tokens.len() + 1];
        for c in &cands {
            offsets[c.start as usize + 1] += 1;
        }
        for i in 0..tokens.len() {
            offsets[i + 1] += offsets[i];
        }
        let mut scan = Scan {
            g: &self.gazetteer,
            text,
            toks: &tokens,
            cands: &cands,
            offsets: &offsets,
            out: Vec::new(),
            appositive: false,
            appositive_name: false,
            chain_info: None,
            bare_chain: None,
            stop_keys: &self.stop_keys,
            joined_people: &self.joined_people,
            regional_places: Vec::new(),
        };
        scan.run();
        scan.numbered_kinds();
        scan.unit_lists();
        let mut raws = scan.out;
        self.foreign_places_take_country(&mut raws, &scan.regional_places);
        self.unnamed_units_take_place(text, &mut raws);
        self.bare_body_of_the_named(text, &mut raws);
        let mut es = assemble(&self.gazetteer, text, raws, date);
        seats_as_places(text, &mut es);
        es
    }

    /// "Chủ tịch UBND tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh
    /// và các sở": a body of a unit left unnamed (`unnamed_units.tsv`) is the
    /// body of the unit of that kind named last before it (in the body's own
    /// country when it has one), and is named in full: "Công an tỉnh An Giang".
    fn unnamed_units_take_place(&self, text: &str, raws: &mut [Raw]) {
        let g = &self.gazetteer;
        let units = &*UNNAMED_UNITS;
        // where each unit word's places were named: (start, name, country)
        let mut named: Vec<(usize, usize, String, Option<String>, u32)> = Vec::new();
        for r in raws.iter() {
            if r.kind != EntityKind::Location {
                continue;
            }
            let written = &text[r.span.start..r.span.end];
            for (u, (word, subkinds)) in units.units.iter().enumerate() {
                let by_kind = r.entry.is_some_and(|e| {
                    let entry = &g.entries[e];
                    entry.kind == EntryKind::Place && subkinds.contains(&entry.subkind.as_str())
                });
                let by_word = written
                    .strip_prefix(word)
                    .is_some_and(|rest| rest.starts_with(' '));
                if by_kind || by_word {
                    named.push((
                        u,
                        r.span.start,
                        r.name.clone(),
                        r.country.clone(),
                        r.sentence,
                    ));
                }
            }
        }
        if named.is_empty() {
            return;
        }
        // the bodies written in full: (as written, name, country)
        let full: Vec<(String, String, Option<String>)> = raws
            .iter()
            .filter(|r| r.kind == EntityKind::Organisation)
            .map(|r| {
                (
                    text[r.span.start..r.span.end].to_string(),
                    r.name.clone(),
                    r.country.clone(),
                )
            })
            .collect();
        // the units read for bare bodies so far: a body named again bare is
        // the one it was ("Chủ tịch UBND tỉnh" twice, another province between)
        let mut read: Vec<(String, String, Option<String>)> = Vec::new();
        for r in raws.iter_mut() {
            // (a known body is the nation's, unless it has a command in every
            // province: "Đoàn đại biểu Quốc hội tỉnh" is no provincial parliament)
            let national = r.entry.is_some_and(|e| {
                let own = &g.entries[e];
                !(own.subkind == "military" && own.country.as_deref() == Some("VNM"))
            });
            if r.kind != EntityKind::Organisation || national {
                continue;
            }
            let written = &text[r.span.start..r.span.end];
            for (u, (word, _)) in units.units.iter().enumerate() {
                // "UBND tỉnh" read with its unit, or "Bộ Chỉ huy … | tỉnh" after it
                let inside = written
                    .strip_suffix(word)
                    .is_some_and(|rest| rest.ends_with(' '));
                let after = !inside
                    && text[r.span.end..]
                        .strip_prefix(' ')
                        .and_then(|rest| rest.strip_prefix(word))
                        .is_some_and(|rest| {
                            let next = rest.chars().next();
                            match next {
                                None => true,
                                Some(' ') => {
                                    let w = rest[1..]
                                        .split(|c: char| !c.is_alphanumeric())
                                        .next()
                                        .unwrap_or("");
                                    w.chars().next().is_some_and(char::is_lowercase)
                                        && !units.after.contains(w)
                                }
                                Some(c) => !c.is_alphanumeric() && c != '-',
                            }
                        });
                if !inside && !after {
                    continue;
                }
                let bare_end = if after {
                    r.span.end + 1 + word.len()
                } else {
                    r.span.end
                };
                let bare = &text[r.span.start..bare_end];
                // "tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Tây Ninh": the same
                // body written in full elsewhere in the article names the unit
                let mut in_full = full.iter().filter(|(w, _, _)| {
                    w.strip_prefix(bare)
                        .is_some_and(|rest| rest.starts_with(' '))
                });
                let one_full = match (in_full.next(), in_full.next()) {
                    (Some(f), None) => Some((f.1.clone(), f.2.clone())),
                    (Some(f), Some(g)) if f.1 == g.1 && in_full.all(|h| h.1 == f.1) => {
                        Some((f.1.clone(), f.2.clone()))
                    }
                    _ => None,
                };
                // else the last unit of its kind named before it, in its sentence first
                let before = |same: bool| {
                    named
                        .iter()
                        .filter(|(v, start, _, country, sentence)| {
                            *v == u
                                && *start < r.span.start
                                && (!same || *sentence == r.sentence)
                                && (r.country.is_none() || *country == r.country)
                        })
                        .max_by_key(|(_, start, _, _, _)| *start)
                        .map(|(_, _, place, country, _)| {
                            (format!("{bare} {place}"), country.clone())
                        })
                };
                let again = read
                    .iter()
                    .find(|(b, _, _)| b == bare)
                    .map(|(_, name, country)| (name.clone(), country.clone()));
                let Some((name, country)) = one_full
                    .or(again)
                    .or_else(|| before(true))
                    .or_else(|| before(false))
                else {
                    continue;
                };
                read.push((bare.to_string(), name.clone(), country.clone()));
                r.span.end = bare_end;
                r.name = name;
                r.entry = None;
                r.country = country;
                r.short = Short::No;
                break;
            }
        }
    }

    /// "khai mạc Đại hội đồng AIPA-44 … Bên lề Đại hội đồng": an international
    /// body's short form ("Đại hội đồng", the UN's General Assembly) that
    /// opens the name of another international body the article writes in
    /// full, where the article never writes the short form's own body in
    /// full, is that other body.
    fn bare_body_of_the_named(&self, text: &str, raws: &mut [Raw]) {
        let g = &self.gazetteer;
        let igo = |r: &Raw| r.kind == EntityKind::Organisation && r.role.as_deref() == Some("IGO");
        let written = |r: &Raw| text::key(&text[r.span.start..r.span.end]);
        for i in 0..raws.len() {
            let r = &raws[i];
            let Some(e) = r.entry.filter(|_| igo(r)) else {
                continue;
            };
            let bare = written(r);
            // (the article names its own body in full somewhere: it stays)
            let own_in_full = raws
                .iter()
                .any(|q| q.entry == Some(e) && written(q) != bare);
            if own_in_full || g.entries[e].name.split(' ').count() <= bare.split(' ').count() {
                continue;
            }
            let mut others = raws.iter().filter(|q| {
                igo(q)
                    && q.entry != Some(e)
                    && written(q)
                        .strip_prefix(bare.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
            });
            let Some(first) = others.next() else {
                continue;
            };
            if !others.all(|q| q.entry == first.entry && q.name == first.name) {
                continue;
            }
            let (entry, name, country) = (first.entry, first.name.clone(), first.country.clone());
            let r = &mut raws[i];
            r.entry = entry;
            r.name = name;
            r.country = country;
        }
    }

    /// "tỉnh Samar", "thủ phủ Catbalogan": a place read after an administrative
    /// or natural head (starting at one of `regional`), with a foreign-spelt
    /// name and no country, is in the one foreign country its sentence names,
    /// else in the one foreign country the article names; not when a Vietnamese
    /// place is named beside it (Vietnam's own places may have names not spelt
    /// in Vietnamese: "xã Ia Grai"). Stadiums are left alone: sports news names
    /// the players' countries around them.
    fn foreign_places_take_country(&self, raws: &mut [Raw], regional: &[usize]) {
        let g = &self.gazetteer;
        let mut named: Vec<(u32, String)> = Vec::new();
        let mut vietnamese_at: Vec<u32> = Vec::new();
        let mut vietnam_named = false;
        for r in raws.iter() {
            let Some(e) = r.entry.map(|e| &g.entries[e]) else {
                continue;
            };
            match (e.kind, e.country.as_deref()) {
                (EntryKind::Place, Some("VNM")) => vietnamese_at.push(r.sentence),
                (EntryKind::Country, Some("VNM")) => vietnam_named = true,
                (EntryKind::Country, Some(c)) if c != "VNM" => {
                    named.push((r.sentence, c.to_string()));
                }
                _ => {}
            }
        }
        let Some((_, first)) = named.first() else {
            return;
        };
        let article = if vietnamese_at.is_empty() && named.iter().all(|(_, c)| c == first) {
            Some(first.clone())
        } else {
            None
        };
        for r in raws.iter_mut() {
            let foreign = r.kind == EntityKind::Location
                && r.entry.is_none()
                && r.name.split([' ', '-']).all(foreign_spelt)
                && !vietnamese_at.contains(&r.sentence)
                && regional.contains(&r.span.start);
            if !foreign {
                continue;
            }
            match r.country.as_deref() {
                None => {
                    let sentence = r.sentence;
                    r.country = only(named.iter().filter(|(s, _)| *s == sentence).map(|(_, c)| c))
                        .or_else(|| article.clone());
                }
                // "thị trấn Rohtak" in news of India: a Vietnamese unit's head
                // gives a foreign-spelt name Vietnam's country only where the
                // article names Vietnam or one of its places ("xã Ia Grai"); in
                // an article of one foreign country alone, the place is there
                Some("VNM") if !vietnam_named && article.is_some() => {
                    r.country = article.clone();
                }
                _ => {}
            }
        }
    }

    /// Every match that lies on token boundaries, inside one sentence, and
    /// agrees with the capitalisation the data asks for; sorted by start,
    /// longest first, then by rank.
    fn candidates(&self, text: &str, toks: &[Token]) -> Vec<Cand> {
        let folded = text::fold(text);
        let mut out = Vec::new();
        let mut cued = Vec::new();
        for m in self.automaton.find_overlapping_iter(&folded) {
            let Ok(ts) = toks.binary_search_by_key(&m.start(), |t| t.span.start) else {
                continue;
            };
            let Ok(te) = toks.binary_search_by_key(&m.end(), |t| t.span.end) else {
                continue;
            };
            if toks[ts].sentence != toks[te].sentence {
                continue;
            }
            let written = &text[m.start()..m.end()];
            for p in &self.payloads[m.pattern().as_usize()] {
                if !self.case_ok(written, p, &toks[ts]) || self.address_in_word(text, toks, p, te) {
                    continue;
                }
                if self.torn_title(text, toks, ts, written, p) {
                    continue;
                }
                if self.initial_head_named(toks, p, te) {
                    continue;
                }
                // "lực lượng hải quân và không quân": a head that needs its
                // country after it is none before a word in lower case
                if let Target::Head(h) = p.target {
                    if self.gazetteer.heads[h as usize].country_only
                        && !toks.get(te + 1).is_some_and(|n| {
                            n.sentence == toks[te].sentence && n.gap == Gap::Space && n.cap
                        })
                    {
                        continue;
                    }
                }
                let cand = Cand {
                    start: ts as u32,
                    end: te as u32 + 1,
                    target: p.target,
                };
                if p.cued {
                    cued.push(cand);
                } else {
                    out.push(cand);
                }
            }
        }
        if !cued.is_empty() {
            self.resolve_cued(text, toks, &cued, &mut out);
        }
        self.prefixed_titles(text, toks, &mut out);
        out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), self.rank(c.target)));
        out.dedup_by_key(|c| (c.start, c.end, c.target));
        out
    }

    /// "Đoàn đại biểu cấp cao Ủy ban Trung ương ...": a title whose first
    /// word is written in lower case right after another lower-case word
    /// ("cấp cao"), and whose next word is capitalised where the cue writes
    /// it in lower case ("Cao ủy"), is no title.
    fn torn_title(
        &self,
        text: &str,
        toks: &[Token],
        ts: usize,
        written: &str,
        p: &Payload,
    ) -> bool {
        let Target::Title(t) = p.target else {
            return false;
        };
        let cue = &self.gazetteer.titles[t as usize].cue;
        let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let torn = written.starts_with(char::is_lowercase)
            && written
                .split(' ')
                .zip(cue.split(' '))
                .skip(1)
                .any(|(w, c)| upper(w) && !upper(c));
        if !torn || ts == 0 || toks[ts - 1].sentence != toks[ts].sentence {
            return false;
        }
        let before = toks[ts - 1].span;
        toks[ts].gap == Gap::Space && text[before.start..before.end].starts_with(char::is_lowercase)
    }

    /// "Phó Chánh án", "Quyền Bộ trưởng": a deputy or acting holder of any
    /// office is a title too, so that the prefix is never read as a name.
    fn prefixed_titles(&self, text: &str, toks: &[Token], out: &mut Vec<Cand>) {
        let n = out.len();
        for k in 0..n {
            let c = out[k];
            let s = c.start as usize;
            let Target::Title(t) = c.target else { continue };
            if s == 0
                || toks[s].gap != Gap::Space
                || toks[s - 1].sentence != toks[s].sentence
                || self.gazetteer.titles[t as usize].kind != TitleKind::Office
            {
                continue;
            }
            let before = toks[s - 1].span;
            if TITLE_PREFIXES.contains(&&text[before.start..before.end])
                && !out[..n]
                    .iter()
                    .any(|d| d.start as usize == s - 1 && matches!(d.target, Target::Title(_)))
            {
                out.push(Cand {
                    start: c.start - 1,
                    ..c
                });
            }
        }
    }

    /// Whether the entry's country follows a cued form ("Hà Nam", "Georgia"):
    /// after a comma or in brackets ("Hà Nam, Trung Quốc", "Hà Nam (Trung
    /// Quốc)") or after a word of belonging ("Hà Nam của Trung Quốc").
    fn country_follows(&self, text: &str, toks: &[Token], c: Cand, out: &[Cand]) -> bool {
        let Target::Entry(e) = c.target else {
            return false;
        };
        let Some(country) = self.gazetteer.entries[e as usize].country.as_deref() else {
            return false;
        };
        let mut j = c.end as usize;
        let joined = |j: usize| {
            j < toks.len()
                && toks[j].sentence == toks[j - 1].sentence
                && text[toks[j - 1].span.end..toks[j].span.start]
                    .trim()
                    .is_empty()
        };
        if j >= toks.len() || toks[j].sentence != toks[j - 1].sentence {
            return false;
        }
        let gap = text[toks[j - 1].span.end..toks[j].span.start].trim();
        if gap.is_empty() && self.gazetteer.is_belonging_word(toks[j].span.of(text)) {
            j += 1;
            if !joined(j) {
                return false;
            }
        } else if !matches!(gap, "," | "(") {
            return false;
        }
        out.iter().any(|d| {
            d.start as usize == j
                && matches!(d.target, Target::Entry(f)
                    if self.gazetteer.entries[f as usize].kind == EntryKind::Country
                        && self.gazetteer.entries[f as usize].id == country)
        })
    }

    /// Cued forms: one whose entry's country follows it, somewhere in the
    /// article, names that entry there and everywhere else in the article
    /// (an article on Henan says "Hà Nam" again without "Trung Quốc"); it is
    /// then the only place read there, the other places and countries that
    /// end where it ends ("tỉnh Hà Nam" of Vietnam, the country Georgia)
    /// being dropped. Otherwise a cued form is nothing.
    fn resolve_cued(&self, text: &str, toks: &[Token], cued: &[Cand], out: &mut Vec<Cand>) {
        let confirmed: Vec<Target> = cued
            .iter()
            .filter(|c| self.country_follows(text, toks, **c, out))
            .map(|c| c.target)
            .collect();
        let g = &self.gazetteer;
        for c in cued.iter().filter(|c| confirmed.contains(&c.target)) {
            let Target::Entry(e) = c.target else { continue };
            out.retain(|d| {
                !matches!(d.target, Target::Entry(f)
                    if f != e
                        && d.end == c.end
                        && matches!(g.entries[f as usize].kind, EntryKind::Place | EntryKind::Country))
            });
            out.push(*c);
        }
    }

    /// "bóng bầu dục", "cụ thể", "anh hùng": a form of address that spells a
    /// word with the lower-case syllable after it, or is glued to the next by a
    /// hyphen, addresses no one.
    fn address_in_word(&self, text: &str, toks: &[Token], p: &Payload, last: usize) -> bool {
        let Target::Title(t) = p.target else {
            return false;
        };
        let t = &self.gazetteer.titles[t as usize];
        let Some(next) = toks.get(last + 1) else {
            return false;
        };
        if t.kind != TitleKind::Personal || !t.lower_only || next.sentence != toks[last].sentence {
            return false;
        }
        // ("A. Cô-bi-a-cốp": a syllable glued to the next by a hyphen is part
        // of a transliterated name)
        next.gap == Gap::Joined
            || next.lower
                && next.gap == Gap::Space
                && LEXICON_PAIRS.contains_key(&text::key(&format!(
                    "{} {}",
                    toks[last].span.of(text),
                    next.span.of(text)
                )))
    }

    /// "Đảng Pheu Thai giành 70 ghế": a stop word that only opens a sentence
    /// ("Đảng" = the Party) and is also an organisation's head is that head
    /// when a capitalised name follows it in the sentence; "Đảng ta", "Đảng
    /// lãnh đạo ..." stay generic.
    fn initial_head_named(&self, toks: &[Token], p: &Payload, te: usize) -> bool {
        let Target::Stop(s) = p.target else {
            return false;
        };
        let s = &self.gazetteer.stops[s as usize];
        s.initial_only
            && self.gazetteer.heads.iter().any(|h| h.head == s.phrase)
            && toks
                .get(te + 1)
                .is_some_and(|n| n.sentence == toks[te].sentence && n.gap == Gap::Space && n.cap)
    }

    fn case_ok(&self, written: &str, p: &Payload, first: &Token) -> bool {
        match p.target {
            Target::Title(t) => {
                let t = &self.gazetteer.titles[t as usize];
                // (an office written in lower case inside a name, "Hội đồng Thẩm
                // phán", is capitalised by the sentence's start: "Thẩm phán X nói")
                // ("Chị Nga cho biết": a form of address opening the sentence,
                // unless it is a country's name too: "Anh", the UK)
                !t.lower_only
                    || written.chars().next().is_some_and(char::is_lowercase)
                    || first.initial && t.kind == TitleKind::Office
                    || first.initial
                        && t.kind == TitleKind::Personal
                        && self.gazetteer.country_by_name(written).is_none()
            }
            Target::Locative(h) => {
                let h = &self.gazetteer.place_heads[h as usize];
                let initial = written.chars().next();
                // "Tỉnh Samar, ...": a capital the sentence's start gives is no
                // capital of a name, unless the head is a surname too ("Hồ Văn An")
                let lower_ok = !h.lower_only
                    || initial.is_some_and(char::is_lowercase)
                    || !h.alone
                        && first.initial
                        && !written
                            .split(' ')
                            .next()
                            .is_some_and(|w| self.gazetteer.is_surname(w));
                // ("đường Hoa Lan" is a street named Hoa Lan, not the flower street
                // "đường hoa": a lower-case head has no capital after its first letter)
                let inner_lower = !h.lower_only || !written.chars().skip(1).any(char::is_uppercase);
                lower_ok
                    && inner_lower
                    && (!h.upper_only || initial.is_some_and(char::is_uppercase))
            }
            Target::Stop(s) => {
                let s = &self.gazetteer.stops[s as usize];
                if s.initial_only && !first.initial {
                    return false;
                }
                // exact, except that a lower-case first letter may be raised
                let mut w = written.chars();
                let mut f = p.form.chars();
                match (w.next(), f.next()) {
                    (Some(a), Some(b)) if a == b || b.to_uppercase().eq(std::iter::once(a)) => {
                        w.eq(f)
                    }
                    _ => false,
                }
            }
            _ => {
                // "quần đảo Solomon": an island state's common noun is
                // written in lower case inside a sentence; so is a party's
                // ("đảng Lao động Triều Tiên")
                // (the whole word "Đảng ", so that its name's own first
                // capital is still checked)
                let skip = if p.form.starts_with("Quần đảo ") {
                    1
                } else if p.form.starts_with("Đảng ") {
                    5
                } else {
                    0
                };
                written
                    .chars()
                    .zip(p.form.chars())
                    .skip(skip)
                    .take_while(|(w, _)| !(p.loose_case && *w == ' '))
                    .all(|(w, f)| !f.is_uppercase() || w.is_uppercase())
            }
        }
    }

    fn rank(&self, t: Target) -> u8 {
        match t {
            Target::Stop(_) => 0,
            Target::Entry(e) => match self.gazetteer.entries[e as usize].kind {
                EntryKind::Person => 1,
                EntryKind::Organisation => 2,
                EntryKind::Country => 3,
                EntryKind::Place => 4,
            },
            Target::Title(t) => match self.gazetteer.titles[t as usize].kind {
                TitleKind::Connector => 7,
                _ => 5,
            },
            Target::Head(_) | Target::Locative(_) => 6,
        }
    }
}

/// What `parse_org` found.
struct Org {
    end: usize,
    country: Option<String>,
    role: Option<String>,
}

impl Org {
    /// An organisation inside a title chain ("Thứ trưởng Bộ Ngoại giao Triều
    /// Tiên X") lends the chain its country (unless it follows "tại": an
    /// embassy's host) and its role, if the chain has none yet. Returns
    /// where the chain goes on.
    fn absorb_into_chain(
        self,
        after_tai: &mut bool,
        country: &mut Option<String>,
        role: &mut Option<String>,
    ) -> usize {
        if !*after_tai && country.is_none() {
            *country = self.country;
        }
        if role.is_none() {
            *role = self.role;
        }
        *after_tai = false;
        self.end
    }
}

/// A title chain's titles, country and role.
type ChainInfo = (Vec<Span>, Option<String>, Option<String>);

/// One scan over one text.
struct Scan<'a> {
    g: &'a Gazetteer,
    text: &'a str,
    toks: &'a [Token],
    cands: &'a [Cand],
    offsets: &'a [u32],
    out: Vec<Raw>,
    /// Reading titles after a name ("Marc Knapper, Đại sứ Hoa Kỳ, ..."): stop before any name.
    appositive: bool,
    /// The appositive chain read last ended at a name: it was the next person's.
    appositive_name: bool,
    /// Titles, country and role of the chain read last.
    chain_info: Option<(Vec<Span>, Option<String>, Option<String>)>,
    /// Where the last chain that named nobody ended, with its titles, country
    /// and role: a name right after it, between commas, is its holder's.
    bare_chain: Option<(usize, ChainInfo)>,
    stop_keys: &'a std::collections::HashSet<String>,
    joined_people: &'a std::collections::HashMap<String, usize>,
    /// Where the places read after an administrative or natural head start
    /// ("tỉnh Samar", "đảo Catanduanes"): they may take the article's country.
    regional_places: Vec<usize>,
}

impl<'a> Scan<'a> {
    fn at(&self, i: usize) -> &'a [Cand] {
        if i >= self.toks.len() {
            return &[];
        }
        &self.cands[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    fn is_entry_or_head(&self, t: Target) -> bool {
        matches!(t, Target::Entry(_) | Target::Head(_))
    }

    /// The candidate to read at token `i`: the longest, unless a name that
    /// starts inside it runs past its end and a shorter one at `i` stops
    /// where that name starts ("Ban Chấp hành Trung ương | Đảng Lao động Triều Tiên").
    fn best(&self, i: usize) -> Option<Cand> {
        let here = self.at(i);
        let first = *here.first()?;
        if !matches!(first.target, Target::Entry(_)) {
            return Some(first);
        }
        for k in first.start + 1..first.end {
            let crossing = self
                .at(k as usize)
                .iter()
                .any(|d| d.end > first.end && self.is_entry_or_head(d.target));
            if crossing {
                if let Some(c) = here
                    .iter()
                    .find(|c| c.end <= k && self.is_entry_or_head(c.target))
                {
                    return Some(*c);
                }
            }
        }
        Some(first)
    }

    /// "Cao ủy Ấn Độ tại Colombo": a word that is both a title and a
    /// mission's head (org_heads.tsv, embassy), with a country or place and
    /// no capitalised name after it, heads the mission; with a name after
    /// it ("Cao ủy Malmström", "Cao ủy Canada Stewart Wheeler") it is the
    /// holder's title.
    fn mission_not_holder(&self, i: usize, c: Cand) -> bool {
        let mission = self.at(i).iter().any(|d| {
            d.end == c.end
                && matches!(d.target, Target::Head(h) if self.g.heads[h as usize].embassy)
        });
        if !mission {
            return false;
        }
        let k = c.end as usize;
        let Some(place) = self.at(k).iter().find(|d| {
            matches!(
                self.entry_kind(d.target),
                Some(EntryKind::Country | EntryKind::Place)
            )
        }) else {
            return false;
        };
        let after = place.end as usize;
        !(self.same_sentence(k, after) && self.toks[after].cap)
    }

    fn word(&self, i: usize) -> &'a str {
        self.toks[i].span.of(self.text)
    }

    /// Whether token `k` and the next one spell a two-syllable word of the
    /// segmenter's lexicon ("Thời đại", not "Bái Đính hiện").
    fn lexicon_pair(&self, k: usize) -> bool {
        LEXICON_PAIRS.contains_key(&self.pair_key(k))
    }

    /// Whether token `k` and the next one spell a common two-syllable word
    /// ("Đề nghị", not "Thiện Nhân").
    fn common_pair(&self, k: usize) -> bool {
        LEXICON_PAIRS.get(&self.pair_key(k)) == Some(&true)
    }

    fn pair_key(&self, k: usize) -> String {
        text::key(&format!("{} {}", self.word(k), self.word(k + 1)))
    }

    fn same_sentence(&self, i: usize, j: usize) -> bool {
        j < self.toks.len() && self.toks[i].sentence == self.toks[j].sentence
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.toks[start].span.start, self.toks[end - 1].span.end)
    }

    /// The text of tokens `start..end` as a name: as written, with a space
    /// put back where the page glued two words ("đại họcCông nghệ").
    fn name_text(&self, start: usize, end: usize) -> String {
        let written = self.span(start, end).of(self.text);
        let glued: Vec<usize> = (start + 1..end.min(self.toks.len()))
            .filter(|&m| self.toks[m].span.start == self.toks[m - 1].span.end)
            .filter(|&m| self.toks[m].gap == Gap::Space)
            .collect();
        if glued.is_empty() {
            return written.to_string();
        }
        let base = self.toks[start].span.start;
        let mut out = String::with_capacity(written.len() + glued.len());
        let mut from = 0;
        for m in glued {
            let at = self.toks[m].span.start - base;
            out.push_str(&written[from..at]);
            out.push(' ');
            from = at;
        }
        out.push_str(&written[from..]);
        out
    }

    /// A name known only as written (tokens `start..end`): no gazetteer
    /// entry, country or role.
    fn push_as_written(&mut self, kind: EntityKind, start: usize, end: usize, short: Short) {
        let span = self.span(start, end);
        self.out.push(Raw {
            kind,
            entry: None,
            name: self.name_text(start, end),
            country: None,
            role: None,
            roles: Vec::new(),
            span,
            sentence: self.toks[start].sentence,
            short,
            offices: Vec::new(),
        });
    }

    /// "Bệnh viện dã chiến cấp 2 số 1", "Nhóm tác chiến tàu sân bay số 1": a
    /// kind of unit (`numbered_kind` rows), its first word capitalised, then a
    /// number is a body named by that number ("bệnh nhân số 17" is no kind).
    /// Names found inside it give way to it; a name reaching out of it stops it.
    fn numbered_kinds(&mut self) {
        // (only where a body's head stands, as every kind opens with one: a
        // walk over the candidates, no walk over the tokens)
        let mut starts: Vec<usize> = Vec::new();
        for d in self.cands {
            let i = d.start as usize;
            if matches!(d.target, Target::Head(_)) && starts.last() != Some(&i) {
                starts.push(i);
            }
        }
        let bytes = self.text.as_bytes();
        for start in starts {
            if !self.toks[start].cap {
                continue;
            }
            for (last, kind) in NUMBERED_KINDS.iter() {
                let len = kind.len();
                let k = start + len;
                if len == 0 || k >= self.toks.len() || self.word(k - 1) != *last {
                    continue;
                }
                let sp = self.toks[k].span;
                let number = (1..=3).contains(&(sp.end - sp.start))
                    && bytes[sp.start..sp.end].iter().all(u8::is_ascii_digit);
                if !number
                    || !(start + 1..=k)
                        .all(|m| self.same_sentence(start, m) && self.toks[m].gap == Gap::Space)
                    || !(start..k - 1)
                        .zip(kind)
                        .all(|(m, w)| text::key(self.word(m)) == *w)
                {
                    continue;
                }
                let span = self.span(start, k + 1);
                let overlaps = |r: &Raw| r.span.start < span.end && span.start < r.span.end;
                if self
                    .out
                    .iter()
                    .any(|r| overlaps(r) && (r.span.start < span.start || r.span.end > span.end))
                {
                    break;
                }
                self.out.retain(|r| !overlaps(r));
                self.push_as_written(EntityKind::Organisation, start, k + 1, Short::No);
                break;
            }
        }
    }

    /// "các huyện Cam Lộ, Triệu Phong, Gio Linh", "các phường Tân Phong, Trung
    /// Dũng": after a plural word (`place_list_plural`) and an administrative
    /// head, every item of the list is a unit of that kind: the gazetteer's
    /// when "<head> <item>" is one of its forms, else a place as written, in
    /// the head's country. An item is one to four capitalised words no title,
    /// head or body claims; a person read inside one gives way to the place.
    fn unit_lists(&mut self) {
        // (only where an administrative head stands: a walk over the
        // candidates, no walk over the tokens)
        let mut heads: Vec<usize> = Vec::new();
        for d in self.cands {
            if let Target::Locative(h) = d.target {
                let i = d.start as usize;
                if i > 0
                    && self.g.place_heads[h as usize].kind == "admin"
                    && heads.last() != Some(&i)
                {
                    heads.push(i);
                }
            }
        }
        for i in heads {
            if !self.toks[i - 1].lower
                || !LIST_PLURALS.contains(&self.word(i - 1))
                || self.toks[i].gap != Gap::Space
                || !self.same_sentence(i - 1, i)
            {
                continue;
            }
            let Some(head) = self.at(i).iter().find_map(|d| match d.target {
                Target::Locative(h) if self.g.place_heads[h as usize].kind == "admin" => {
                    Some((h as usize, d.end as usize))
                }
                _ => None,
            }) else {
                continue;
            };
            let (h, mut k) = head;
            let head_text = self.span(i, k).of(self.text).to_string();
            let country = self.g.place_heads[h].country.clone();
            let mut first = true;
            loop {
                // an item: capitalised words with no title, head or body at them
                let mut e = k;
                while e < self.toks.len()
                    && e - k < 4
                    && self.same_sentence(k, e)
                    && self.toks[e].cap
                    && (e == k || self.toks[e].gap == Gap::Space)
                    && !self.at(e).iter().any(|d| match d.target {
                        Target::Entry(x) => {
                            self.g.entries[x as usize].kind == EntryKind::Organisation
                        }
                        _ => true,
                    })
                {
                    e += 1;
                }
                // (an item cut short by a claimed capitalised word is no
                // item: "Tây Nam | Bộ")
                let cut = e < self.toks.len()
                    && self.same_sentence(k, e)
                    && self.toks[e].cap
                    && self.toks[e].gap == Gap::Space;
                if e == k || cut || !(k..e).all(|m| text::looks_vietnamese(self.word(m))) {
                    break;
                }
                if !first {
                    let span = self.span(k, e);
                    let inside = |r: &Raw| r.span.start >= span.start && r.span.end <= span.end;
                    let crossing =
                        |r: &Raw| r.span.start < span.end && span.start < r.span.end && !inside(r);
                    if self.out.iter().any(|r| {
                        crossing(r)
                            || inside(r)
                                && !matches!(r.kind, EntityKind::Person | EntityKind::Location)
                    }) {
                        break;
                    }
                    let known = self
                        .out
                        .iter()
                        .any(|r| r.kind == EntityKind::Location && r.span == span);
                    if !known {
                        self.out.retain(|r| !inside(r));
                        let form = format!("{head_text} {}", span.of(self.text));
                        match self
                            .g
                            .lookup_index(&form)
                            .filter(|&x| self.g.entries[x].kind == EntryKind::Place)
                        {
                            Some(x) => self.location(Cand {
                                start: k as u32,
                                end: e as u32,
                                target: Target::Entry(x as u32),
                            }),
                            None => {
                                self.push_as_written(EntityKind::Location, k, e, Short::No);
                                if let Some(r) = self.out.last_mut() {
                                    r.country = country.clone();
                                }
                            }
                        }
                    }
                }
                first = false;
                // the next item after a comma or a joiner ("và")
                if e < self.toks.len()
                    && self.same_sentence(e - 1, e)
                    && self.toks[e].gap == Gap::Comma
                {
                    k = e;
                } else if e + 1 < self.toks.len()
                    && self.same_sentence(e - 1, e + 1)
                    && self.toks[e].gap == Gap::Space
                    && self.toks[e + 1].gap == Gap::Space
                    && cue_word("place_list_joiner", self.word(e))
                {
                    k = e + 1;
                } else {
                    break;
                }
            }
        }
    }

    fn entry_kind(&self, t: Target) -> Option<EntryKind> {
        match t {
            Target::Entry(e) => Some(self.g.entries[e as usize].kind),
            _ => None,
        }
    }

    fn title_kind(&self, t: Target) -> Option<TitleKind> {
        match t {
            Target::Title(i) => Some(self.g.titles[i as usize].kind),
            _ => None,
        }
    }

    fn run(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let Some(c) = self.best(i) else {
                if let Some(e) = self.pair_side(i) {
                    self.location(Cand {
                        start: i as u32,
                        end: i as u32 + 1,
                        target: Target::Entry(e as u32),
                    });
                    i += 1;
                    continue;
                }
                i = if self.toks[i].cap {
                    self.free_run(i)
                } else {
                    i + 1
                };
                continue;
            };
            i = match c.target {
                Target::Stop(_) => c.end as usize,
                Target::Title(_) if self.title_kind(c.target) == Some(TitleKind::Connector) => {
                    i + 1
                }
                Target::Title(_) if self.mission_not_holder(i, c) => self.org_with_acronym(i),
                Target::Title(_) => self.title_chain(i),
                Target::Head(_) if self.surname_head(i) => self.free_run(i),
                Target::Head(_) => self.org_with_acronym(i),
                Target::Locative(h) => self.locative(i, c, h as usize, false),
                Target::Entry(e) => match self.g.entries[e as usize].kind {
                    EntryKind::Organisation => self.org_with_acronym(i),
                    EntryKind::Person => {
                        let before = self.out.len();
                        self.person_from_entry(c, &[], None);
                        self.after_person(before, c.end as usize)
                    }
                    EntryKind::Country | EntryKind::Place => {
                        if let Some(end) = self.nationals(c) {
                            end
                        } else if self.given_country_pair(i) {
                            let before = self.out.len();
                            self.person(i, i + 2, &[], Some("VNM".to_string()), None);
                            self.after_person(before, i + 2)
                        } else if c.end - c.start == 1 && self.glued_to_unknown_name(i) {
                            self.free_run(i)
                        } else if self.tongue_before(i) {
                            c.end as usize
                        } else {
                            self.location(c);
                            c.end as usize
                        }
                    }
                },
            };
        }
    }

    /// Whether `i..=k` is a numbered unit ("quận 1"): the head `i..k` one of
    /// numbered_units.tsv and the number at `k`, a whole word, in its range.
    fn numbered_unit(&self, i: usize, k: usize) -> bool {
        if k != i + 1
            || !self.toks[i].lower
            || !self.same_sentence(i, k)
            || self.toks[k].gap != Gap::Space
        {
            return false;
        }
        let Ok(n) = self.word(k).parse::<u32>() else {
            return false;
        };
        // (not "quận 1.000": a number)
        let end = self.toks[k].span.end;
        let after = self.text[end..].chars().next();
        if matches!(after, Some('.' | ','))
            && self.text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            return false;
        }
        NUMBERED_UNITS
            .iter()
            .any(|&(head, top)| head == self.word(i) && (1..=top).contains(&n))
    }

    /// Whether the one or two lower-case words before token `i` make the
    /// name there a language or a currency: "tiếng Anh", "đô la Mỹ".
    fn tongue_before(&self, i: usize) -> bool {
        let lower_word = |k: usize| {
            self.same_sentence(k, i) && self.toks[k + 1].gap == Gap::Space && !self.toks[k].cap
        };
        if i == 0 || !lower_word(i - 1) {
            return false;
        }
        if self.g.is_tongue_word(self.word(i - 1)) {
            return true;
        }
        i >= 2 && lower_word(i - 2) && self.g.is_tongue_word(self.span(i - 2, i).of(self.text))
    }

    /// "Trung" in "quan hệ Việt - Trung": a one-syllable country name with a
    /// country on the other side of a dash. Returns the country's entry.
    fn pair_side(&self, i: usize) -> Option<usize> {
        let dash = |a: usize, b: usize| {
            self.same_sentence(a, b)
                && matches!(
                    self.text[self.toks[a].span.end..self.toks[b].span.start].trim(),
                    "-" | "–"
                )
        };
        let country_ending_at = |end: usize| {
            (end.saturating_sub(6)..end).any(|k| {
                self.at(k).iter().any(|c| {
                    c.end as usize == end && self.entry_kind(c.target) == Some(EntryKind::Country)
                })
            })
        };
        let country_at = |k: usize| {
            self.best(k)
                .is_some_and(|c| self.entry_kind(c.target) == Some(EntryKind::Country))
        };
        // The dash first: a word looked up only where one stands beside it.
        let dash_before = i > 0 && dash(i - 1, i);
        let dash_after = i + 1 < self.toks.len() && dash(i, i + 1);
        if !dash_before && !dash_after {
            return None;
        }
        let e = self.g.pair_form(self.word(i))?;
        let before =
            dash_before && (self.g.pair_form(self.word(i - 1)).is_some() || country_ending_at(i));
        let after =
            dash_after && (self.g.pair_form(self.word(i + 1)).is_some() || country_at(i + 1));
        (before || after).then_some(e)
    }

    /// A head that is also a surname, then capitalised syllables only:
    /// "Đoàn Văn Hậu" is a person, "Đoàn Thanh niên" a body.
    fn surname_head(&self, i: usize) -> bool {
        let end = self.name_run(i);
        let descriptor_after = self.same_sentence(i, end)
            && self.toks[end].lower
            && self.toks[end].gap == Gap::Space
            && !self.g.is_function_word(self.word(end));
        // "Đoàn Văn Hậu ghi bàn" has two name syllables after the head; "Đoàn Thanh niên" one
        (2..=4).contains(&(end - i))
            && self.vietnamese_name(i, end)
            && (end - i >= 3 || !descriptor_after)
    }

    /// "xã Tân Phú", "sông Hồng": the capitalised run after a place head is a
    /// place (kept) or a street (only consumed).
    fn locative(&mut self, i: usize, c: Cand, h: usize, in_chain: bool) -> usize {
        let k = c.end as usize;
        // "quận 1": a unit numbered, not named (numbered_units.tsv)
        if self.numbered_unit(i, k) {
            self.push_as_written(EntityKind::Location, i, k + 1, Short::No);
            return k + 1;
        }
        if !(self.same_sentence(i, k) && self.toks[k].gap == Gap::Space && self.toks[k].cap) {
            return k;
        }
        // "Chủ tịch thành phố Nguyễn Văn An": the unit is unnamed, the name the person's
        if in_chain && self.chain_name_at(k) {
            return k;
        }
        // "thôn" in "phát triển nông thôn Lê Minh Hoan": the end of a word, no place head
        if self.toks[i].lower
            && k == i + 1
            && NAME_WORDS.last_syllables.contains(self.word(i))
            && self.ends_known_word(i, k)
        {
            return k;
        }
        // "yêu cầu Trung Quốc", "nhu cầu Mỹ": a head that must stand alone
        // ends a word of the lexicon with the syllable before it, no head;
        // so it does after a capital ("Tạp chí Nhịp cầu Đầu tư": a name)
        if self.g.place_heads[h].alone
            && k == i + 1
            && i > 0
            && self.same_sentence(i - 1, i)
            && self.toks[i].gap == Gap::Space
            && (self.lexicon_pair(i - 1)
                || self.toks[i - 1].cap
                || cue_word("head_word", &self.word(i - 1).to_lowercase()))
        {
            return k;
        }
        // a known name, a title or a stop phrase is read as such; but a place
        // may bear a person's name ("đường Trường Chinh", "phường Quang Trung")
        // a company's name in a place's is a word of it ("sân Allianz Arena", "sông Amazon")
        let head_kind = self.g.place_heads[h].kind.as_str();
        // a hall named after a province is the hall's name ("Cung Thái Bình")
        let proper_head = self.g.place_heads[h].upper_only;
        // "xã Trường Xuân", "phường Hội An": a unit's name may open with a
        // one-syllable body head; so may a site's ("cửa khẩu Ban Na Phao")
        let unit_named_by_head = |d: &Cand| {
            matches!(head_kind, "admin" | "site")
                && matches!(d.target, Target::Head(_))
                && d.end as usize == k + 1
                && self.same_sentence(k, k + 1)
                && self.toks[k + 1].cap
                && self.toks[k + 1].gap == Gap::Space
                && (head_kind == "site" || text::looks_vietnamese(self.word(k + 1)))
        };
        let named_by_head = self.best(k).is_some_and(|d| unit_named_by_head(&d));
        // ... but a company alone after a site is its owner: "nhà máy lọc dầu
        // Rosneft tại Ryazan"
        let name_goes_on = |e: usize| {
            self.same_sentence(k, e) && self.toks[e].cap && self.toks[e].gap == Gap::Space
        };
        // "tàu Hải Dương 8", "giàn khoan Hải Dương 981": a ship or a rig named
        // after a place and numbered is no place the article names; nor is
        // one whose name goes on, opening with a capital, for a word or two
        // before its number ("tàu khảo sát Hải Dương Địa chất 8")
        let vessel_number = |e: usize| {
            (e..e + 3).find(|&m| {
                self.same_sentence(k, m)
                    && self.toks[m].gap == Gap::Space
                    && self.word(m).bytes().all(|b| b.is_ascii_digit())
                    && (m == e
                        || self.toks[e].cap
                            && (e..m).all(|c| {
                                self.toks[c].gap == Gap::Space
                                    && (self.toks[c].cap || self.toks[c].lower)
                            }))
            })
        };
        let numbered_vessel = || {
            (!self.g.place_heads[h].keep && head_kind == "site")
                .then(|| self.best(k))
                .flatten()
                .filter(|d| {
                    matches!(
                        self.entry_kind(d.target),
                        Some(EntryKind::Place | EntryKind::Country)
                    )
                })
                .and_then(|d| vessel_number(d.end as usize))
        };
        if let Some(number) = numbered_vessel() {
            return number + 1;
        }
        // "vịnh Manila", "sông Sài Gòn", "hồ Hoàn Kiếm": a bay, a river or a
        // lake named after a town or a unit is no town (an island is its
        // district: "đảo Phú Quốc")
        // (not "vùng núi Gia Lai", "rừng Phong Điền": the mountains, the
        // forests of the province)
        // (nor "giang hồ Hải Phòng": the head is the end of a word)
        let feature_head = self.span(i, k).of(self.text).to_lowercase();
        let ends_a_word = i > 0
            && self.same_sentence(i - 1, i)
            && self.toks[i].gap == Gap::Space
            && self.common_pair(i - 1);
        // (so is a heritage site or an old town: "phố cổ Hội An", "Thành cổ
        // Quảng Trị" name the site, no town)
        let town_feature = |d: &Cand| {
            matches!(head_kind, "natural" | "site")
                && !ends_a_word
                && cue_word("feature", &feature_head)
                && match d.target {
                    Target::Entry(e) => {
                        let entry = &self.g.entries[e as usize];
                        entry.kind == EntryKind::Place
                            && matches!(
                                entry.subkind.as_str(),
                                "city"
                                    | "capital"
                                    | "town"
                                    | "district"
                                    | "province"
                                    | "municipality"
                            )
                    }
                    _ => false,
                }
        };
        let feature = self.best(k).is_some_and(|d| town_feature(&d));
        let site_feature =
            head_kind == "site" && !ends_a_word && cue_word("feature", &feature_head);
        // (in the town's country)
        let feature_country = self
            .best(k)
            .filter(|d| feature && town_feature(d))
            .and_then(|d| match d.target {
                Target::Entry(e) => self.g.entries[e as usize].country.clone(),
                _ => None,
            });
        if !named_by_head
            && !feature
            && self.best(k).is_some_and(|d| {
                self.entry_kind(d.target) != Some(EntryKind::Person)
                    && !(head_kind != "body"
                        && self.is_company(d.target)
                        && (head_kind != "site" || name_goes_on(d.end as usize)))
                    && !(proper_head && self.entry_kind(d.target) == Some(EntryKind::Place))
                    // ("cầu Cao Lãnh", "cầu Mỹ Thuận": a head of its own names
                    // its site by the whole run, though a town or a country opens it)
                    && !(self.g.place_heads[h].alone
                        && matches!(
                            self.entry_kind(d.target),
                            Some(EntryKind::Place | EntryKind::Country)
                        ))
                    // (so does a heritage site's, when a country's name opens it:
                    // "Khu đền tháp Mỹ Sơn", "Khu tưởng niệm Mỹ Lai")
                    && !(site_feature && self.entry_kind(d.target) == Some(EntryKind::Country))
            })
        {
            // "cửa khẩu quốc tế Tịnh Biên - Phnom Den": a known place at a
            // border gate, and the gate facing it
            let pair = self.g.place_heads[h].pair;
            if let Some(d) = self
                .best(k)
                .filter(|d| pair && self.entry_kind(d.target) == Some(EntryKind::Place))
            {
                self.location(d);
                return self.gates_facing(d.end as usize);
            }
            return k;
        }
        let pair = self.g.place_heads[h].pair;
        let mut end = match self.best(k) {
            Some(d) => d.end as usize,
            None => k + 1,
        };
        let head_word = self.word(i).to_lowercase();
        // (a feature named after a town is named by the town's name alone)
        while !feature && end < self.toks.len() && self.same_sentence(k, end) && end - k < 5 {
            let t = &self.toks[end];
            // "Chùa Ba Vàng Chùa Ba Vàng chỉ cách Yên Tử", "Chùa Bái Đính Sau 3
            // tiếng": a page that lost a headline's line break runs the heading
            // into the next sentence; the head again, or a capitalised function
            // word, opens that sentence and ends the site's name
            if head_kind == "site" && t.cap && t.gap == Gap::Space {
                let w = self.word(end).to_lowercase();
                // ("đền Quan Lớn Tuần Tranh", "khách sạn Đệ Nhất,": the name
                // goes on, or ends there)
                let sentence_goes_on = self.same_sentence(end, end + 1)
                    && !self.toks[end + 1].cap
                    && self.toks[end + 1].gap == Gap::Space;
                if w == head_word || self.g.is_function_word(&w) && sentence_goes_on {
                    break;
                }
            }
            // "Sân bay Quốc tế Long Thành", "Cung Văn hóa Lao động": a word's
            // lower-case tail when the name goes on or visibly ends
            let tail = if t.lower && self.toks[end - 1].cap {
                self.word_tail(end)
            } else {
                0
            };
            let goes_on = self.same_sentence(k, end + tail) && self.toks[end + tail].cap;
            // "Chùa Bái Đính hiện là chùa…", "chùa Bái Đính cổ": a site's name
            // that visibly ends takes a lower-case syllable only when it makes
            // a word with the name's last ("Quảng trường Thời đại", "Cung Độc lập")
            // (nor does any place's name take one that makes no word with it,
            // though a capitalised word follows: "phố đi bộ Nguyễn Huệ dịp Tết")
            let tail = if tail == 1
                && !self.lexicon_pair(end - 1)
                && (head_kind == "site" && !goes_on
                    || text::looks_vietnamese(self.word(end - 1))
                        && goes_on
                        && self.toks[end - 1].cap
                        && self.toks[end - 2].cap)
            {
                0
            } else {
                tail
            };
            // "Quảng trường Thời đại": under a capitalised head the name may end
            // with the tail, when no lower-case word runs on after it
            let ends = self.toks[i].cap
                && !(self.same_sentence(k, end + tail)
                    && self.toks[end + tail].lower
                    && self.toks[end + tail].gap == Gap::Space
                    && !self.g.is_function_word(self.word(end + tail)));
            if tail > 0 && (goes_on || ends) && t.gap == Gap::Space {
                end += tail;
                continue;
            }
            // "sân bay Cologne/Bonn": a site shared by two foreign towns, written
            // with a slash between them (not a credit: "Nội Bài/TTXVN")
            let slashed = head_kind == "site"
                && t.cap
                && &self.text[self.toks[end - 1].span.end..t.span.start] == "/"
                && foreign_spelt(self.word(end - 1))
                && foreign_spelt(self.word(end))
                && !self.is_acronym(end)
                && !self.is_acronym(end - 1);
            // "cửa khẩu Lao Bảo-Densavanh": a hyphen between two gates' names
            // (not inside one: "cửa khẩu Al-Tanf")
            if pair && t.gap == Gap::Joined && t.cap && end - k >= 2 {
                break;
            }
            let joined = t.gap == Gap::Joined || t.gap == Gap::Space && t.cap || slashed;
            // "khách sạn Sofitel Legend Metropole Hà Nội": a site's foreign
            // name ends with the town it stands in
            let town_of_site = |d: &Cand| {
                head_kind == "site"
                    && (k..end).all(|m| foreign_spelt(self.word(m)))
                    && self.entry_kind(d.target) == Some(EntryKind::Place)
                    && !(self.same_sentence(end, d.end as usize)
                        && self.toks[d.end as usize].gap == Gap::Space
                        && self.toks[d.end as usize].cap)
            };
            if joined && t.gap == Gap::Space {
                if let Some(d) = self
                    .best(end)
                    .filter(|d| d.end - d.start > 1 && town_of_site(d))
                {
                    self.location(d);
                    end = d.end as usize;
                    break;
                }
            }
            if !joined
                || self
                    .best(end)
                    .is_some_and(|d| self.breaks_run(&d) && d.end - d.start > 1)
            {
                break;
            }
            // "Chủ tịch UBND xã Tân Phú Nguyễn Văn An": the person starts at the surname
            let person_next = in_chain
                && self.g.is_surname(self.word(end))
                && self.same_sentence(end, end + 1)
                && self.toks[end + 1].cap
                && self.toks[end + 1].gap == Gap::Space;
            if person_next {
                break;
            }
            end += 1;
        }
        // "Thị trưởng thành phố Kazanlak Nikolay Dimitrov": in a title chain,
        // three foreign words or more after a unit's head are its one-word name
        // and then the holder's
        if in_chain
            && self.g.place_heads[h].kind == "admin"
            && end - k >= 3
            && (k..end).all(|m| foreign_spelt(self.word(m)) && self.at(m).is_empty())
        {
            end = k + 1;
        }
        let head = &self.g.place_heads[h];
        // "khu vực Nam bộ": one Vietnamese syllable and a lower-case one after it
        // is a word cut in two, no name
        let cut_word = || {
            end == k + 1
                && self.same_sentence(k, end)
                && self.toks[end].lower
                && self.toks[end].gap == Gap::Space
                && text::looks_vietnamese(self.word(k))
                && !self.g.is_function_word(self.word(end))
        };
        // "bang Cộng hòa", "khu vực Tam Thái Tử": one Vietnamese syllable the
        // name cannot end with (a known word or name goes on right after it) is
        // a word cut in two or a name cut short, no place
        let cut_name = || {
            end == k + 1
                && self.same_sentence(k, end)
                && self.toks[end].cap
                && self.toks[end].gap == Gap::Space
                && text::looks_vietnamese(self.word(k))
        };
        if matches!(head.kind.as_str(), "venue" | "admin") && (cut_word() || cut_name()) {
            return end;
        }
        // "vùng I", "khu vực IV": a Roman numeral after a unit's head numbers a
        // zone of a scale (minimum wages, prices), no named place
        if matches!(head.kind.as_str(), "venue" | "admin")
            && end == k + 1
            && self.at(k).is_empty()
            && self.word(k).chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        {
            return end;
        }
        // "khu vực FDI", "khu vực ODA": an acronym nothing claims after an
        // area's head is a sector of the economy, no place
        if head.kind == "venue" && end == k + 1 && self.is_acronym(k) && self.at(k).is_empty() {
            return end;
        }
        if head.kind == "body" {
            // "tổ chức Indivisible", "tờ Siam Sports": a foreign name the classifier
            // calls a body, written without Vietnamese marks (a Vietnamese one may
            // be a person: "nhóm Nguyễn Văn An"), not a lone acronym ("lực lượng PCCC")
            let foreign = (k..end).all(|m| self.word(m).is_ascii())
                && (k..end).any(|m| !text::looks_vietnamese(self.word(m)))
                && (end != k + 1 || self.word(k).chars().any(char::is_lowercase));
            if foreign {
                self.push_as_written(EntityKind::Organisation, k, end, Short::No);
                return end;
            }
            return k;
        }
        if head.kind == "street" {
            return self.street_list(end);
        }
        if head.keep {
            // "xã Tân Phú" is Tân Phú; "sông Hồng" keeps its head
            // ... and "đảo Catanduanes" is Catanduanes: a foreign island, river
            // or mountain takes no Vietnamese head (squares keep theirs)
            let foreign =
                head.kind == "natural" && !feature && (k..end).all(|m| foreign_spelt(self.word(m)));
            let from = if matches!(head.kind.as_str(), "admin" | "venue") || foreign || head.pair {
                k
            } else {
                i
            };
            let name = self.span(from, end).of(self.text).to_string();
            if matches!(head.kind.as_str(), "admin" | "natural") {
                self.regional_places.push(self.toks[i].span.start);
            }
            self.out.push(Raw {
                kind: EntityKind::Location,
                entry: None,
                name,
                country: head.country.clone().or(feature_country),
                role: None,
                roles: Vec::new(),
                span: self.span(i, end),
                sentence: self.toks[i].sentence,
                short: Short::No,
                offices: Vec::new(),
            });
            if pair {
                return self.gates_facing(end);
            }
        }
        end
    }

    /// "cửa khẩu Lao Bảo - Densavanh", "cặp cửa khẩu Hữu Nghị - Hữu Nghị Quan
    /// và Tân Thanh - Pò Chài": after a border gate's name ending at `end`, a
    /// dash and a capitalised name is the gate facing it across the border,
    /// and "và" with another such pair names two more. Returns where they end.
    fn gates_facing(&mut self, end: usize) -> usize {
        let n = self.toks.len();
        let dash_at = |s: &Self, k: usize| {
            k < n
                && k > 0
                && s.same_sentence(k - 1, k)
                && s.toks[k].cap
                && matches!(
                    s.text[s.toks[k - 1].span.end..s.toks[k].span.start].trim(),
                    "-" | "–"
                )
        };
        // a capitalised run of up to four syllables, a known place when it is one
        let name_at = |s: &Self, k: usize| -> (usize, Option<Cand>) {
            let mut e = k + 1;
            while e < n
                && e - k < 4
                && s.same_sentence(k, e)
                && s.toks[e].cap
                && s.toks[e].gap == Gap::Space
            {
                e += 1;
            }
            let known = s.best(k).filter(|d| {
                d.end as usize == e && s.entry_kind(d.target) == Some(EntryKind::Place)
            });
            (e, known)
        };
        let mut end = end;
        let push = |s: &mut Self, k: usize| -> Option<usize> {
            // (not a person or a body: "Tân Thanh - Chủ tịch …")
            let other = s.best(k).is_some_and(|d| {
                !matches!(d.target, Target::Entry(_))
                    || matches!(
                        s.entry_kind(d.target),
                        Some(EntryKind::Person | EntryKind::Organisation)
                    )
            });
            if !(k < n && s.toks[k].cap) || other {
                return None;
            }
            let (e, known) = name_at(s, k);
            match known {
                Some(d) => s.location(d),
                None => s.push_as_written(EntityKind::Location, k, e, Short::No),
            }
            Some(e)
        };
        loop {
            if !dash_at(self, end) {
                return end;
            }
            let Some(e) = push(self, end) else {
                return end;
            };
            end = e;
            // "… và Tân Thanh - Pò Chài": a second pair, its dash seen first
            if !(end + 1 < n
                && self.same_sentence(end, end + 1)
                && self.word(end) == "và"
                && self.toks[end].gap == Gap::Space
                && self.toks[end + 1].cap
                && self.toks[end + 1].gap == Gap::Space)
            {
                return end;
            }
            let (e2, _) = name_at(self, end + 1);
            if !dash_at(self, e2) {
                return end;
            }
            let Some(e2) = push(self, end + 1) else {
                return end;
            };
            end = e2;
        }
    }

    /// "trên đường Phạm Văn Đồng, Dương Đình Nghệ, Phạm Hùng hay Lê Văn
    /// Lương": after a street named by a person, the Vietnamese names listed
    /// after it (a comma, "và", "hay", "hoặc") are streets too, no people.
    /// Returns where the list ends.
    fn street_list(&self, end: usize) -> usize {
        let n = self.toks.len();
        let mut e = end;
        loop {
            let start =
                if e < n && e > 0 && self.same_sentence(e - 1, e) && self.toks[e].gap == Gap::Comma
                {
                    e
                } else if e + 1 < n
                    && e > 0
                    && self.same_sentence(e - 1, e + 1)
                    && self.toks[e].gap == Gap::Space
                    && self.toks[e + 1].gap == Gap::Space
                    && cue_word("list_joiner", self.word(e))
                {
                    e + 1
                } else {
                    break;
                };
            if !self.toks[start].cap {
                break;
            }
            let run_end = self.name_run(start);
            let street = (2..=4).contains(&(run_end - start))
                && self.g.is_surname(self.word(start))
                && (start..run_end).all(|m| {
                    text::looks_vietnamese(self.word(m))
                        && self
                            .at(m)
                            .iter()
                            .all(|c| self.entry_kind(c.target) == Some(EntryKind::Person))
                });
            if !street {
                break;
            }
            e = run_end;
        }
        e
    }

    /// An organisation, and the acronym in brackets right after it, which is
    /// one more mention of it: "Cục Điều tra Liên bang Mỹ (FBI)".
    fn org_with_acronym(&mut self, i: usize) -> usize {
        let end = self.parse_org(i, false).end;
        let end = self.acronym_after(end);
        self.member_after_body(end)
    }

    /// "thủ lĩnh chính trị Hamas Ismail Haniyeh", "chỉ huy IRGC Abbas
    /// Nilforoushan": right after a body of the gazetteer (no company: "Apple
    /// Music"), two or three foreign words nothing claims and no body's or
    /// product's word ([`Scan::foreign_shaped`]) are a person of that body's
    /// country. Returns where reading goes on.
    fn member_after_body(&mut self, end: usize) -> usize {
        let Some(last) = self.out.last() else {
            return end;
        };
        let Some(e) = last.entry else {
            return end;
        };
        let body = &self.g.entries[e];
        let here = end > 0 && end < self.toks.len() && last.span.end == self.toks[end - 1].span.end;
        if !here || last.kind != EntityKind::Organisation || body.subkind == "business" {
            return end;
        }
        let Some(name_end) = self.foreign_full_name(end) else {
            return end;
        };
        // ("KBS Acting Awards 2004", "(APEC Action Agenda on …)": English
        // going on, a number or a bracket make it a title, no name)
        let english_goes_on = self.same_sentence(name_end - 1, name_end)
            && self.toks[name_end].gap == Gap::Space
            && (self.toks[name_end].lower && self.word(name_end).is_ascii()
                || self.word(name_end).bytes().all(|b| b.is_ascii_digit()));
        let bracketed = self.text[..last.span.start].trim_end().ends_with('(');
        if !self.foreign_shaped(end, name_end) || english_goes_on || bracketed {
            return end;
        }
        let country = last.country.clone().or_else(|| body.country.clone());
        let before = self.out.len();
        self.person(end, name_end, &[], country, None);
        self.after_person(before, name_end)
    }

    /// The acronym in brackets at `end`, right after the organisation pushed
    /// last: one more mention of it. Returns where reading goes on.
    fn acronym_after(&mut self, end: usize) -> usize {
        let Some(last) = self.out.last() else {
            return end;
        };
        let org_here = last.kind == EntityKind::Organisation
            && end > 0
            && end < self.toks.len()
            && last.span.end == self.toks[end - 1].span.end;
        // "Hiệp hội Rau quả Việt Nam (Vinafruit)": a foreign-spelt brand name
        // nothing else claims stands for the body as its acronym does
        // (after a full name: "tàu hộ vệ Yên Đài (Yantai)" names no body)
        let brand = || {
            let w = self.word(end);
            last.short != Short::BareHead
                && last.name.contains(' ')
                && self.toks[end].cap
                && w.chars().count() >= 4
                && foreign_spelt(w)
                && w.chars().skip(1).any(char::is_lowercase)
                && self.at(end).is_empty()
        };
        if !org_here || !self.same_sentence(end - 1, end) || !(self.is_acronym(end) || brand()) {
            return end;
        }
        let before = &self.text[self.toks[end - 1].span.end..self.toks[end].span.start];
        let after = &self.text[self.toks[end].span.end..];
        if before.trim() != "(" || !after.starts_with(')') {
            return end;
        }
        // "(AFP)" after a body is a source, not its acronym; but a company's
        // acronym in brackets after a body the gazetteer does not know is that
        // body's: "Ủy ban Bầu cử Quốc gia Hàn Quốc (NEC)"
        let other = self.best(end).is_some_and(|c| match c.target {
            Target::Entry(e) if last.entry != Some(e as usize) => {
                let entry = &self.g.entries[e as usize];
                !(last.entry.is_none()
                    && entry.kind == EntryKind::Organisation
                    && entry.subkind == "business")
            }
            _ => false,
        });
        if other {
            return end;
        }
        let acronym = self.toks[end];
        let mut raw = last.clone();
        raw.span = acronym.span;
        raw.short = Short::No;
        if raw.entry.is_none() {
            // same key as the full name, so both land in one entity
            raw.country = None;
        }
        self.out.push(raw);
        end + 1
    }

    /// Whether token `k` is "(UK)" after "Anh": an acronym in brackets that
    /// the gazetteer reads as the same country or place `target`.
    fn same_place_in_brackets(&self, k: usize, target: Target) -> bool {
        k > 0
            && k < self.toks.len()
            && self.same_sentence(k - 1, k)
            && self.is_acronym(k)
            && self.text[self.toks[k - 1].span.end..self.toks[k].span.start].trim() == "("
            && self.text[self.toks[k].span.end..].starts_with(')')
            && self
                .best(k)
                .is_some_and(|c| c.target == target && c.end as usize == k + 1)
    }

    /// Where a body starts inside the title cue `from..end` that ends with it,
    /// when the name goes on past the cue with a country, a place or an
    /// administrative unit ("Chủ tịch Thượng viện | Campuchia", "Chủ tịch
    /// UBND | thành phố", "Thủ tướng Quốc vụ viện | Trung Quốc").
    fn body_in_title(&self, from: usize, end: usize) -> Option<usize> {
        if !(self.same_sentence(from, end) && self.toks[end].gap == Gap::Space) {
            return None;
        }
        let named_after = self.at(end).iter().any(|c| match c.target {
            Target::Entry(_) => matches!(
                self.entry_kind(c.target),
                Some(EntryKind::Country | EntryKind::Place)
            ),
            Target::Locative(h) => {
                self.g.place_heads[h as usize].kind == "admin" && self.toks[end].lower
            }
            _ => false,
        });
        // "Chánh Văn phòng UBND tỉnh Gia Lai", "Chánh Văn phòng Nhà Trắng": a
        // capitalised head the title ends with, with the body it serves after it
        let name_goes_on = self.toks[end].cap
            && self.best(end).is_some_and(|c| {
                matches!(c.target, Target::Head(_))
                    || self.entry_kind(c.target) == Some(EntryKind::Organisation)
            });
        (from + 1..end).find(|&k| {
            self.at(k).iter().any(|c| match c.target {
                Target::Head(_) => {
                    c.end as usize == end
                        && (named_after || name_goes_on && self.toks[k].cap && k > from)
                }
                Target::Entry(_) => {
                    self.entry_kind(c.target) == Some(EntryKind::Organisation)
                        && (c.end as usize > end || c.end as usize == end && named_after)
                }
                _ => false,
            })
        })
    }

    /// "Tổng Thư ký Liên hợp quốc": a title of the gazetteer that ends with
    /// the name of an international body names that body too; one mention of
    /// it is pushed. (A state's, "Chủ tịch Quốc hội", names the office only,
    /// as the annotation reads it.)
    fn body_ending_title(&mut self, from: usize, end: usize) {
        let body = (from + 1..end).find_map(|k| {
            self.at(k).iter().copied().find(|d| {
                d.end as usize == end
                    && self.toks[k].cap
                    && self.entry_kind(d.target) == Some(EntryKind::Organisation)
                    && entry_subkind_is(
                        self.g,
                        match d.target {
                            Target::Entry(e) => e,
                            _ => u32::MAX,
                        },
                        "igo",
                    )
            })
        });
        let Some(Target::Entry(e)) = body.map(|d| d.target) else {
            return;
        };
        let d = body.unwrap_or(Cand {
            start: from as u32,
            end: end as u32,
            target: Target::Entry(e),
        });
        let entry = &self.g.entries[e as usize];
        self.out.push(Raw {
            kind: EntityKind::Organisation,
            entry: Some(e as usize),
            name: entry.name.clone(),
            country: entry.country.clone(),
            role: entry.role.clone(),
            roles: Vec::new(),
            span: self.span(d.start as usize, d.end as usize),
            sentence: self.toks[from].sentence,
            short: Short::No,
            offices: Vec::new(),
        });
    }

    /// Where the person's name starts in the run `j..end` that ends a title
    /// chain: after unknown foreign words ("Tỉnh trưởng Chungcheongnam | Kim
    /// Tae Heum"), a full name of two to four words from a surname; else `j`.
    fn name_after_unknown(&self, j: usize, end: usize) -> usize {
        if text::looks_vietnamese(self.word(j)) {
            return j;
        }
        let words =
            |a: usize, b: usize| (a..b).filter(|&m| self.toks[m].gap != Gap::Joined).count();
        (j + 1..end)
            .find(|&p| {
                self.toks[p].gap == Gap::Space
                    && self.g.is_surname(self.word(p))
                    && (2..=4).contains(&words(p, end))
                    && self.vietnamese_name(p, end)
            })
            .unwrap_or(j)
    }

    /// Whether a Vietnamese person's name starts at `k` and ends the title
    /// chain ("Chủ tịch UBND thành phố | Nguyễn Văn An phát biểu").
    fn chain_name_at(&self, k: usize) -> bool {
        if !(k < self.toks.len() && self.toks[k].cap && self.g.is_surname(self.word(k))) {
            return false;
        }
        if self.best(k).is_some_and(|c| {
            c.end as usize > k + 1 && self.entry_kind(c.target) != Some(EntryKind::Person)
        }) {
            return false;
        }
        let end = self.name_run(k);
        (3..=4).contains(&(end - k))
            && self.vietnamese_name(k, end)
            && !(self.same_sentence(k, end)
                && self.toks[end].cap
                && self.toks[end].gap == Gap::Space)
    }

    /// Inside a title chain, the acronym in brackets after the body that ends
    /// at `*j` ("Quỹ Tiền tệ Quốc tế (IMF)"): read as one more mention of it,
    /// `*j` moved past it; true when the chain goes on right after ") ".
    fn chain_acronym(&mut self, j: &mut usize) -> bool {
        let end = *j;
        let after = self.acronym_after(end);
        if after == end {
            return false;
        }
        *j = after;
        after < self.toks.len()
            && self.same_sentence(end, after)
            && self.text[self.toks[after - 1].span.end..self.toks[after].span.start].trim() == ")"
    }

    /// A one-syllable country or place directly followed by a capitalised
    /// syllable nothing else claims is part of a name ("Đức Phúc").
    fn glued_to_unknown_name(&self, i: usize) -> bool {
        let j = i + 1;
        self.same_sentence(i, j)
            && self.toks[j].gap == Gap::Space
            && self.toks[j].cap
            && self.at(j).is_empty()
    }

    /// "HLV người Pháp Philippe Troussier", "hai thợ lặn người Anh John
    /// Volanthen và Richard Stanton": after "người" (or another noun for the
    /// people of a country, person_cues.tsv) and a country, a run of
    /// two or more capitalised words spelt in no Vietnamese way is a person of
    /// that country, and so is each such run listed after it with a comma or
    /// "và". Returns where the last name ends, with the country and the people
    /// pushed; None (nothing pushed) when the words are no such names.
    fn nationals(&mut self, c: Cand) -> Option<usize> {
        let (start, after) = (c.start as usize, c.end as usize);
        let Target::Entry(e) = c.target else {
            return None;
        };
        if self.g.entries[e as usize].kind != EntryKind::Country
            || start == 0
            || !self.same_sentence(start - 1, start)
            || self.toks[start].gap != Gap::Space
        {
            return None;
        }
        // "người", "các phụ nữ Israel Romi Gonen, …": a noun for people of a
        // country (person_cues.tsv, where = national), one or two syllables
        let noun = |n: usize| {
            (start >= n && self.same_sentence(start - n, start))
                .then(|| self.span(start - n, start).of(self.text).to_lowercase())
        };
        let (one, two) = (noun(1), noun(2));
        let national = PERSON_CUES.iter().any(|&(cue, at)| {
            at == "national" && (one.as_deref() == Some(cue) || two.as_deref() == Some(cue))
        });
        if !national {
            return None;
        }
        let country = self.g.entries[e as usize].country.clone();
        if !self.glued_to_unknown_name(after - 1) {
            return None;
        }
        let mut end = self.foreign_name_at(after)?;
        self.location(c);
        self.person(after, end, &[], country.clone(), None);
        // the others of a list: ", Richard Stanton", "và Richard Stanton"
        end = self.foreign_list(end, country);
        Some(end)
    }

    /// Where a run of two or more capitalised words spelt in no Vietnamese
    /// way, the first unknown to the gazetteer, ends when it starts at token
    /// `j` ("Emily Damari", "Bethanie Mattek-Sands": hyphenated pieces are
    /// one word).
    fn foreign_name_at(&self, j: usize) -> Option<usize> {
        if j >= self.toks.len() || !(self.toks[j].cap && self.at(j).is_empty()) {
            return None;
        }
        let end = self.name_run(j);
        let words: Vec<usize> = (j..end)
            .filter(|&m| m == j || self.toks[m].gap != Gap::Joined)
            .collect();
        // (an initial is no such word: "George H.W. Bush" is read elsewhere)
        let ok = words.len() >= 2
            && words.iter().all(|&m| {
                self.toks[m].cap
                    && foreign_spelt(self.word(m))
                    && (m == j || !self.word(m).chars().all(|c| c.is_ascii_uppercase()))
            });
        ok.then_some(end)
    }

    /// "con tin Romi Gonen, Emily Damari và Doron Steinbrecher": after a
    /// foreign person's name ending at `end`, the foreign full names listed
    /// with a comma or "và" are people too, of `country` when it is given;
    /// one with a country of their own ("... và Bethanie Mattek-Sands của
    /// Mỹ") ends the list. Returns where the last name ends.
    fn foreign_list(&mut self, mut end: usize, country: Option<String>) -> usize {
        while end < self.toks.len() && self.same_sentence(end - 1, end) {
            let next = match self.toks[end].gap {
                Gap::Comma if self.toks[end].cap => end,
                Gap::Space if self.word(end) == "và" && self.same_sentence(end, end + 1) => {
                    end + 1
                }
                _ => break,
            };
            let Some(e2) = self.foreign_name_at(next) else {
                break;
            };
            let own_country = e2 < self.toks.len()
                && self.same_sentence(e2 - 1, e2)
                && self.toks[e2].gap == Gap::Space
                && cue_word("own_country_after", self.word(e2));
            if own_country {
                break;
            }
            self.person(next, e2, &[], country.clone(), None);
            end = e2;
        }
        end
    }

    /// "phụ trách quản lý khủng hoảng Janez Lenarcic": after a title and
    /// "phụ trách", up to twelve lower-case words from token `j`, then a
    /// foreign full name or a Vietnamese one of three syllables or more: the
    /// holder's name, whose span this returns.
    fn holder_after_remit(&self, j: usize) -> Option<(usize, usize)> {
        // (the chain reads "phụ trách" as a connector and stops after it)
        let remit_before = j >= 2
            && self.same_sentence(j - 2, j)
            && self.word(j - 2) == "phụ"
            && self.word(j - 1) == "trách";
        if !remit_before || !self.toks[j].lower || self.toks[j].gap != Gap::Space {
            return None;
        }
        // (a list of remits, with commas and "và": "phụ trách môi trường, các
        // vấn đề biển và nghề cá Karmenu Vella")
        let mut m = j;
        while m < self.toks.len()
            && m < j + 12
            && self.same_sentence(j, m)
            && matches!(self.toks[m].gap, Gap::Space | Gap::Comma)
            && self.toks[m].lower
        {
            m += 1;
        }
        if m >= self.toks.len() || !self.same_sentence(j, m) {
            return None;
        }
        if let Some(end) = self.foreign_full_name(m) {
            return Some((m, end));
        }
        let end = self.name_run(m);
        (end - m >= 3 && self.vietnamese_name(m, end)).then_some((m, end))
    }

    /// After a title, the holder named after a topic that "về" at `j` opens
    /// ("Đặc phái viên về Triều Tiên Stephen Biegun", "Đặc phái viên Mỹ về
    /// hòa giải Afghanistan Zalmay Khalilzad"): up to nine lower-case words,
    /// countries and places, then a foreign full name. Returns the name's
    /// start and end and the places the topic names.
    fn holder_after_topic(&self, j: usize) -> Option<(usize, usize, Vec<Cand>)> {
        let mut places = Vec::new();
        let mut m = j + 1;
        while m < self.toks.len()
            && m < j + 10
            && self.same_sentence(j, m)
            && self.toks[m].gap == Gap::Space
        {
            if self.toks[m].lower && !self.g.is_function_word(self.word(m)) {
                m += 1;
                continue;
            }
            let place = self.best(m).filter(|c| {
                c.start as usize == m
                    && matches!(
                        self.entry_kind(c.target),
                        Some(EntryKind::Country | EntryKind::Place)
                    )
            });
            let Some(c) = place else { break };
            places.push(c);
            m = c.end as usize;
        }
        if m == j + 1 {
            return None;
        }
        let end = self.foreign_full_name(m)?;
        Some((m, end, places))
    }

    /// Where a foreign person's full name starting at token `k` ends: two or
    /// more capitalised words, spelt in no Vietnamese way, none hyphenated and
    /// none the gazetteer knows ("Chris Minns", not "Rai-lan Phan-xờ", "New
    /// South Wales").
    fn foreign_full_name(&self, k: usize) -> Option<usize> {
        if k == 0
            || k >= self.toks.len()
            || !self.same_sentence(k - 1, k)
            || self.toks[k].gap != Gap::Space
        {
            return None;
        }
        let end = self.name_run(k);
        let ok = end - k >= 2
            && (k..end).all(|m| {
                self.toks[m].cap
                    && (m == k || self.toks[m].gap == Gap::Space)
                    && self.at(m).is_empty()
                    && foreign_spelt(self.word(m))
            })
            && !(self.same_sentence(end - 1, end) && self.toks[end].gap == Gap::Joined);
        ok.then_some(end)
    }

    fn location(&mut self, c: Cand) {
        let Target::Entry(e) = c.target else { return };
        let entry = &self.g.entries[e as usize];
        let span = self.span(c.start as usize, c.end as usize);
        // "huyện Cam Lộ" is Cam Lộ: a district is named without its head, as
        // the units a head names are ("xã Tân Phú" is Tân Phú)
        let name = (entry.subkind == "district")
            .then(|| {
                self.g.place_heads.iter().find_map(|h| {
                    let n = h.head.len();
                    (h.kind == "admin"
                        && entry.name.len() > n + 1
                        && entry.name.is_char_boundary(n)
                        && entry.name.as_bytes()[n] == b' '
                        && text::key(&entry.name[..n]) == text::key(&h.head))
                    .then(|| entry.name[n + 1..].to_string())
                })
            })
            .flatten()
            .unwrap_or_else(|| entry.name.clone());
        self.out.push(Raw {
            kind: EntityKind::Location,
            entry: Some(e as usize),
            name,
            country: entry.country.clone(),
            role: None,
            roles: Vec::new(),
            span,
            sentence: self.toks[c.start as usize].sentence,
            short: Short::No,
            offices: Vec::new(),
        });
    }

    fn person_from_entry(&mut self, c: Cand, titles: &[Span], role: Option<String>) {
        let Target::Entry(e) = c.target else { return };
        let entry = &self.g.entries[e as usize];
        self.out.push(Raw {
            kind: EntityKind::Person,
            entry: Some(e as usize),
            name: entry.name.clone(),
            country: entry.country.clone(),
            role,
            roles: titles.iter().map(|s| s.of(self.text).to_string()).collect(),
            span: self.span(c.start as usize, c.end as usize),
            sentence: self.toks[c.start as usize].sentence,
            short: Short::No,
            offices: Vec::new(),
        });
    }

    fn person(
        &mut self,
        start: usize,
        end: usize,
        titles: &[Span],
        country: Option<String>,
        role: Option<String>,
    ) {
        let span = self.span(start, end);
        if span.of(self.text).chars().count() < 2 {
            // "anh N.": a name the paper withholds
            return;
        }
        // "cô MC trẻ", "Văn phòng TW", "Ông TRẦN" of a name in capitals cut
        // short: one word in capitals alone names no person
        if end - start == 1 && self.is_acronym(start) {
            return;
        }
        // "thí sinh The Voice", "The Face Thailand": a run the English article
        // opens is a show's, a film's or a song's title, no person; nor is a
        // name ending with a company's word a person's ("Heidelberg Solar
        // GmbH", "Hyundai Motors")
        if end - start >= 2
            && (self.word(start) == "The" || COMPANY_ENDINGS.contains(self.word(end - 1)))
        {
            return;
        }
        if let Some(c) = self.known_person_after_initial(start, end) {
            self.person_from_entry(c, titles, role);
            return;
        }
        let name = span.of(self.text).to_string();
        // "Vi-vi-an Ba-la-cri-xnan": a gazetteer person in an old transliteration
        if (start + 1..end).any(|k| self.toks[k].gap == Gap::Joined) {
            if let Some(&e) = self.joined_people.get(&text::joined_key(&name)) {
                let c = Cand {
                    start: start as u32,
                    end: end as u32,
                    target: Target::Entry(e as u32),
                };
                self.person_from_entry(c, titles, role);
                return;
            }
        }
        let country =
            country.or_else(|| self.vietnamese_name(start, end).then(|| "VNM".to_string()));
        self.out.push(Raw {
            kind: EntityKind::Person,
            entry: None,
            name,
            country,
            role,
            roles: titles.iter().map(|s| s.of(self.text).to_string()).collect(),
            span,
            sentence: self.toks[start].sentence,
            short: if end - start == 1 {
                Short::Given
            } else {
                Short::No
            },
            offices: Vec::new(),
        });
    }

    /// A surname then syllables shaped like Vietnamese ones (capitalised, no f/j/w/z).
    fn vietnamese_name(&self, start: usize, end: usize) -> bool {
        end - start >= 2
            && self.g.is_surname(self.word(start))
            && (start..end).all(|k| {
                let w = self.word(k);
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase)
                    && cs.all(|c| c.is_lowercase())
                    && w.chars().count() <= 7
                    && !w
                        .chars()
                        .any(|c| matches!(c, 'f' | 'j' | 'w' | 'z' | 'F' | 'J' | 'W' | 'Z'))
                    // ("Vàng Maple", a colour of a phone: right after the surname,
                    // a word in plain letters not shaped like a Vietnamese syllable
                    // is no Vietnamese name's; initials are: "Phan Thị H")
                    && (k != start + 1
                        || !w.is_ascii()
                        || text::looks_vietnamese(w)
                        || !w.chars().any(|c| "aeiouyAEIOUY".contains(c)))
                    && (k == start || self.toks[k].gap == Gap::Space)
            })
    }

    /// "của Đình Bắc", "Quang Hải ghi bàn": a middle name and a given name,
    /// written inside a sentence (not raised by its start), both shaped like
    /// Vietnamese syllables, which nothing in the gazetteer claims.
    fn middle_and_given(&self, i: usize) -> bool {
        let k = i + 1;
        k < self.toks.len()
            && !self.toks[i].initial
            && i > 0
            && self.toks[i - 1].lower
            && self.toks[k].gap == Gap::Space
            && MIDDLE_NAMES.middle.contains(self.word(i))
            && !self.g.is_function_word(&self.word(k).to_lowercase())
            && self.at(i).is_empty()
            && self.at(k).is_empty()
            && [i, k].iter().all(|&m| {
                let w = self.word(m);
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase)
                    && cs.all(char::is_lowercase)
                    && text::looks_vietnamese(w)
            })
            // the lookups last: they build strings
            && !self.names_a_place_or_word(i, k + 1)
            && !self.thing_word_before(i)
    }

    /// "Văn Đức đánh đầu", "để Anh Đức tung cú": a middle name or a
    /// one-syllable country, then a one-syllable country, both shaped like
    /// Vietnamese syllables and with no capitalised word after them, are a
    /// person's middle and given name (no two countries are written side by
    /// side with nothing between them).
    fn given_country_pair(&self, i: usize) -> bool {
        let k = i + 1;
        let one_country = |m: usize| {
            let cs = self.at(m);
            !cs.is_empty()
                && cs.iter().all(|c| {
                    c.end as usize == m + 1 && self.entry_kind(c.target) == Some(EntryKind::Country)
                })
        };
        k < self.toks.len()
            && self.same_sentence(i, k)
            && self.toks[i].cap
            && self.toks[k].cap
            && self.toks[k].gap == Gap::Space
            && (i == 0 || self.toks[i].gap != Gap::Joined)
            && one_country(k)
            && (one_country(i) && self.full_name_ends_with(i)
                || self.at(i).is_empty() && MIDDLE_NAMES.middle.contains(self.word(i)))
            && text::looks_vietnamese(self.word(i))
            && text::looks_vietnamese(self.word(k))
            && !(self.same_sentence(k, k + 1)
                && self.toks[k + 1].cap
                && matches!(self.toks[k + 1].gap, Gap::Space | Gap::Joined))
            && !(k + 1 < self.toks.len()
                && self.same_sentence(k, k + 1)
                && self.toks[k + 1].gap == Gap::Joined)
            && !self.thing_word_before(i)
            && !self.tongue_before(i)
            && !self.names_a_place_or_word(i, k + 1)
    }

    /// Whether the article writes the two words at `i` after a Vietnamese
    /// surname somewhere ("tiền đạo Nguyễn Anh Đức" for "Anh Đức"): two
    /// countries side by side ("Mỹ Đức" of a district, "quan hệ Nga Mỹ")
    /// are a name only when the article gives it in full.
    fn full_name_ends_with(&self, i: usize) -> bool {
        let (a, b) = (self.word(i), self.word(i + 1));
        (1..self.toks.len().saturating_sub(1)).any(|m| {
            self.word(m) == a
                && self.word(m + 1) == b
                && self.toks[m].gap == Gap::Space
                && self.toks[m - 1].cap
                && self.same_sentence(m - 1, m)
                && self.g.is_surname(self.word(m - 1))
        })
    }

    /// three lower-case words before token `i` name a kind of thing or place
    /// (middle_names.tsv, kind thing).
    fn thing_word_before(&self, i: usize) -> bool {
        let mut phrase = String::new();
        for k in (i.saturating_sub(3)..i).rev() {
            // a sentence's first word counts as lower case ("Nhà sách Minh Thắng")
            if !(self.toks[k].lower || self.toks[k].initial) || !self.same_sentence(k, i) {
                break;
            }
            let w = self.word(k).to_lowercase();
            phrase = if phrase.is_empty() {
                w
            } else {
                format!("{w} {phrase}")
            };
            if MIDDLE_NAMES.things.contains(phrase.as_str()) {
                return true;
            }
        }
        false
    }

    /// "Park Hang Seo", "Lee Jae-myung": three Latin syllables, the first a
    /// Korean family name (korean_surnames.tsv), the others capitalised or
    /// hyphen-joined to the one before.
    fn korean_name(&self, start: usize, end: usize) -> bool {
        end - start == 3
            && (KOREAN_SURNAMES.contains(self.word(start))
                // "Kim Jang Il": a family name Vietnam shares, before a syllable
                // no Vietnamese name is spelt with
                || self.g.is_surname(self.word(start))
                    && (start + 1..end).any(|k| foreign_spelt(self.word(k))))
            && (start..end).all(|k| {
                let w = self.word(k);
                (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_alphabetic())
            })
            && self.toks[start + 1].cap
            && self.toks[start + 1].gap == Gap::Space
            && (self.toks[start + 2].cap && self.toks[start + 2].gap == Gap::Space
                || self.toks[start + 2].gap == Gap::Joined)
    }

    /// Whether tokens `start..end` are a word of bodies' names ("Công Thương",
    /// "Hữu Nghị") or a district's name ("Thanh Trì" of "huyện Thanh Trì").
    fn names_a_place_or_word(&self, start: usize, end: usize) -> bool {
        let name = self.span(start, end).of(self.text);
        NAME_WORDS.get(name).is_some()
            || MIDDLE_NAMES.words.contains(&text::key(name))
            || CUE_WORDS
                .iter()
                .filter(|(kind, _)| *kind == "district_unit")
                .any(|(_, unit)| {
                    self.g
                        .lookup(&format!("{unit} {name}"))
                        .is_some_and(|e| e.kind == EntryKind::Place)
                })
    }

    /// Two or more letters, all upper case: "FBI", "GD&ĐT".
    fn is_acronym(&self, k: usize) -> bool {
        let w = self.word(k);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    }

    /// "TRẦN ANH TUẤN, Phó Giám đốc …", "TS ĐINH THẾ HIỂN": the end of a
    /// Vietnamese name written in capitals that opens at `i` (a surname in
    /// capitals, then one to three more syllables in capitals), or None when
    /// `i` opens no such name or the capitals go on past four syllables (a
    /// headline in capitals: "HLV HOÀNG ANH TUẤN NÓI VỀ …").
    fn name_in_capitals(&self, i: usize) -> Option<usize> {
        let caps_syllable = |k: usize| {
            k < self.toks.len()
                && self.is_acronym(k)
                && text::looks_vietnamese(&self.word(k).to_lowercase())
        };
        let surname = {
            let w = self.word(i);
            let mut cs = w.chars();
            let title: String = cs
                .next()
                .into_iter()
                .chain(cs.flat_map(char::to_lowercase))
                .collect();
            self.g.is_surname(&title)
        };
        if !surname || !caps_syllable(i) {
            return None;
        }
        let mut k = i + 1;
        while k < self.toks.len()
            && self.same_sentence(i, k)
            && self.toks[k].gap == Gap::Space
            && caps_syllable(k)
        {
            k += 1;
        }
        (2..=4).contains(&(k - i)).then_some(k)
    }

    /// Does the candidate end a run of name syllables?
    fn breaks_run(&self, c: &Cand) -> bool {
        match c.target {
            Target::Entry(e) => match self.g.entries[e as usize].kind {
                EntryKind::Person | EntryKind::Organisation => true,
                EntryKind::Country | EntryKind::Place => c.end - c.start > 1,
            },
            Target::Title(_) => self.title_kind(c.target) != Some(TitleKind::Connector),
            Target::Head(_) | Target::Stop(_) | Target::Locative(_) => true,
        }
    }

    /// A company of the gazetteer (companies.tsv, or a business of organisations.tsv).
    fn is_company(&self, t: Target) -> bool {
        matches!(t, Target::Entry(e) if self.g.entries[e as usize].subkind == "business")
    }

    /// "Keisuke Honda", "Michael Dell": a one-word company name right after a
    /// capitalised foreign (not Vietnamese-spelt) word of a run is a person's
    /// family name; "Khi Apple ..." keeps its company.
    fn brand_in_foreign_name(&self, k: usize, c: &Cand) -> bool {
        let Target::Entry(e) = c.target else {
            return false;
        };
        c.end as usize == k + 1
            && self.g.entries[e as usize].subkind == "business"
            && k > 0
            && self.toks[k].gap == Gap::Space
            && self.toks[k - 1].cap
            && self.at(k - 1).is_empty()
            && !self.is_acronym(k - 1)
            && !text::looks_vietnamese(self.word(k - 1))
            && self.word(k).chars().skip(1).all(char::is_lowercase)
    }

    /// The capitalised syllables from `i` that can be one name: hyphen-joined
    /// pieces ("Jong-un") and particles ("bin") included; at most 6.
    fn name_run(&self, i: usize) -> usize {
        if let Some(end) = self.name_in_capitals(i) {
            return end;
        }
        let n = self.toks.len();
        let mut k = i + 1;
        // at most 6 words; the pieces of a hyphenated word ("Ba-la-cri-xnan") are one
        let mut words = 1;
        while k < n && self.same_sentence(i, k) && k - i < 16 {
            let t = &self.toks[k];
            if t.gap != Gap::Joined {
                if words == 6 {
                    break;
                }
                words += 1;
            }
            // "John F. Kennedy", "V.I Matvienko", "Meynardo LB. Montealegre": an
            // initial (or two) and its full stop
            let prev = self.toks[k - 1].span;
            let initial = (prev.len() == 1 || prev.len() == 2 && k - 1 > i)
                && matches!(self.text.get(prev.end..t.span.start), Some(". " | "."))
                && self.text[prev.start..prev.end]
                    .chars()
                    .all(char::is_uppercase);
            match t.gap {
                _ if initial && t.cap => {}
                Gap::Space => {}
                Gap::Joined if t.lower => {
                    k += 1;
                    continue;
                }
                Gap::Joined => {}
                _ => break,
            }
            if t.lower {
                // ("al-Baghdadi", "bin-Salman": or glued to it with a hyphen)
                let particle = self.g.is_particle(self.word(k))
                    && self.same_sentence(k, k + 1)
                    && self.toks[k + 1].cap
                    && matches!(self.toks[k + 1].gap, Gap::Space | Gap::Joined);
                if particle {
                    // "bin", "al" are no words of the six a name may have
                    words -= 1;
                    k += 1;
                    continue;
                }
                break;
            }
            // "Michael R. Pompeo": a known person's name after an initial ends the run;
            // so it does after foreign given names or an honorific ("Tayyip
            // Erdoğan", "Samdech Thipadei Hun Manet")
            if initial || self.foreign_given_names(i, k) {
                if let Some(c) = self.person_entry_at(k) {
                    k = c.end as usize;
                    break;
                }
            }
            // "Lương Nguyễn Minh Triết": a surname right before a known
            // Vietnamese person's name is a double family name, the whole
            // run another person
            if k == i + 1 {
                if let Some(end) = self.double_surname_end(i) {
                    k = end;
                    break;
                }
            }
            // "Nguyễn Anh Quốc": a country's Vietnamese-looking name right after
            // a surname is the given name ("Anh Quốc" alone is the UK)
            let country_as_name = k == i + 1 && self.g.is_surname(self.word(i));
            // "Nguyễn Trường Sơn": a one-syllable head after the surname, with a
            // Vietnamese syllable after it, is a middle name
            // (or, after a title or a form of address, after the surname and a
            // middle syllable, with the name ending right after the next: "ông
            // Nguyễn Vũ Trường Sơn")
            let titled = (i.saturating_sub(4)..i).any(|j| {
                self.at(j)
                    .iter()
                    .any(|c| matches!(c.target, Target::Title(_)) && c.end as usize == i)
            });
            let middle_head = (k == i + 1
                || k == i + 2
                    && titled
                    && self.at(i + 1).is_empty()
                    && text::looks_vietnamese(self.word(i + 1))
                    && !(self.same_sentence(k + 1, k + 2)
                        && self.toks[k + 2].cap
                        && self.toks[k + 2].gap == Gap::Space))
                && self.g.is_surname(self.word(i))
                && self.same_sentence(k, k + 1)
                && self.toks[k + 1].cap
                && self.toks[k + 1].gap == Gap::Space
                && text::looks_vietnamese(self.word(k + 1))
                && self.at(k + 1).is_empty();
            // "Nguyễn Xuân Trường cho biết": a one-syllable head or stop word after a
            // surname and a middle syllable, with no capitalised word after it, is
            // the given name
            let given_head = k == i + 2
                && self.g.is_surname(self.word(i))
                && self.at(i + 1).is_empty()
                && text::looks_vietnamese(self.word(i + 1))
                && !(self.same_sentence(k, k + 1)
                    && self.toks[k + 1].cap
                    && self.toks[k + 1].gap == Gap::Space)
                && text::looks_vietnamese(self.word(k));
            // (two initials inside a name, with their full stop, are no acronym)
            let two_initials = k > i
                && self.word(k).len() == 2
                && self
                    .text
                    .get(t.span.end..)
                    .is_some_and(|r| r.starts_with(". "))
                && self.same_sentence(k, k + 1)
                && self.toks[k + 1].cap;
            if !t.cap
                || self.is_acronym(k) && !two_initials
                || self.glued_credit(k)
                || self.at(k).iter().any(|c| {
                    self.breaks_run(c)
                        && !self.brand_in_foreign_name(k, c)
                        && !(middle_head
                            && matches!(c.target, Target::Head(_))
                            && c.end as usize == k + 1)
                        // "Hồ Văn Nhiều": so is a word that opens sentences, and
                        // a place head with no name after it ("Nguyễn Đình Cung,")
                        && !(given_head
                            && matches!(
                                c.target,
                                Target::Head(_) | Target::Stop(_) | Target::Locative(_)
                            )
                            && c.end as usize == k + 1)
                        && !(country_as_name
                            && matches!(
                                self.entry_kind(c.target),
                                Some(EntryKind::Country | EntryKind::Place)
                            )
                            && c.end as usize - k == 2
                            && self.place_as_given_name(c)
                            && (k..c.end as usize).all(|m| text::looks_vietnamese(self.word(m))))
                })
            {
                break;
            }
            k += 1;
        }
        k
    }

    /// "Trần Bình Minh", "Nguyễn Thái Bình": after a surname, a country's or a
    /// Vietnamese place's two-syllable name is the given name, since parents
    /// name children after towns as often as after anything else; foreign
    /// places are no Vietnamese given names, unless written in Sino-Vietnamese
    /// syllables ("Nguyễn Quý Dương" is no Guiyang).
    fn place_as_given_name(&self, c: &Cand) -> bool {
        let Target::Entry(e) = c.target else {
            return false;
        };
        let entry = &self.g.entries[e as usize];
        let surname = c.start as usize - 1;
        let sino_vietnamese = || {
            (c.start as usize..c.end as usize).all(|m| {
                self.toks[m].gap == Gap::Space
                    && !self.word(m).is_ascii()
                    && text::looks_vietnamese(self.word(m))
            })
        };
        entry.kind == EntryKind::Country
            || (entry.country.as_deref() == Some("VNM") || sino_vietnamese())
                // "Hồ Hoàn Kiếm" is the lake: a surname that also heads a place
                && !self.g.is_place_head_key(&text::key(self.word(surname)))
    }

    /// Whether tokens `i..k` are capitalised words spelt in no Vietnamese way,
    /// as given names or an honorific before a known foreign person are.
    fn foreign_given_names(&self, i: usize, k: usize) -> bool {
        self.person_entry_at(k).is_some_and(|c| match c.target {
            Target::Entry(e) => self.g.entries[e as usize].country.as_deref() != Some("VNM"),
            _ => false,
        }) && (i..k).all(|m| self.toks[m].cap && foreign_spelt(self.word(m)))
    }

    /// "Lương Nguyễn Minh Triết", "Tôn Nữ Thị Ninh": a capitalised surname
    /// at `i` that no name of the gazetteer claims, right before a known
    /// Vietnamese person's name that opens with a surname, is a double family
    /// name; the end of the whole name (another person than the known one).
    fn double_surname_end(&self, i: usize) -> Option<usize> {
        let k = i + 1;
        if k >= self.toks.len()
            || !self.same_sentence(i, k)
            || self.toks[k].gap != Gap::Space
            || !self.toks[i].cap
            || !self.g.is_surname(self.word(i))
            || !self.g.is_surname(self.word(k))
            || self
                .at(i)
                .iter()
                .any(|c| matches!(c.target, Target::Entry(_)))
        {
            return None;
        }
        let c = self.person_entry_at(k)?;
        let Target::Entry(e) = c.target else {
            return None;
        };
        let vietnamese = self.g.entries[e as usize].country.as_deref() == Some("VNM")
            && (k..c.end as usize).all(|m| text::looks_vietnamese(self.word(m)));
        (vietnamese && c.end as usize - k >= 2 && c.end as usize - i <= 5).then_some(c.end as usize)
    }

    /// The longest gazetteer person whose name starts at token `k`.
    fn person_entry_at(&self, k: usize) -> Option<Cand> {
        self.at(k)
            .iter()
            .filter(|c| self.entry_kind(c.target) == Some(EntryKind::Person))
            .max_by_key(|c| c.end)
            .copied()
    }

    /// "Michael R. Pompeo", "Antony J. Blinken": given names and an initial
    /// written before a known person's name are that person, the whole run
    /// one mention of them.
    fn known_person_after_initial(&self, start: usize, end: usize) -> Option<Cand> {
        (start + 1..end).find_map(|k| {
            let prev = self.toks[k - 1].span;
            let initial = prev.len() == 1
                && matches!(
                    self.text.get(prev.end..self.toks[k].span.start),
                    Some(". " | ".")
                );
            let c = self.person_entry_at(k).filter(|c| c.end as usize == end)?;
            (initial || self.foreign_given_names(start, k)).then_some(Cand {
                start: start as u32,
                end: end as u32,
                target: c.target,
            })
        })
    }

    /// A caption's agency credit glued to the next word ("TTXViệt Nam"): three
    /// capitals or more, then a lower-case letter, which no name is written as
    /// (two may be a slip: "MInh", or a brand: "TFBoys").
    fn glued_credit(&self, k: usize) -> bool {
        let word = self.word(k);
        let upper = word.chars().take_while(|c| c.is_uppercase()).count();
        upper >= 3 && word.chars().nth(upper).is_some_and(char::is_lowercase)
    }

    /// A photographer's or writer's credit ("Ảnh: Thống Nhất", "Nguồn: ...")
    /// or a name alone on its line (a byline): not an actor of the story.
    fn credit_or_byline(&self, start: usize, end: usize) -> bool {
        let line_start = start == 0 || {
            let gap = &self.text[self.toks[start - 1].span.end..self.toks[start].span.start];
            gap.contains('\n')
        };
        let line_end = end >= self.toks.len() || {
            let gap = &self.text[self.toks[end - 1].span.end..self.toks[end].span.start];
            gap.contains('\n')
        };
        if line_start && line_end {
            return true;
        }
        // "Vũ Dũng/VOV.VN", "Cao Nguyên Theo Đời sống Plus", "Hoàng Lê (Theo
        // Tân Hoa xã)": at the start of a sentence, a name with its outlet
        // after a slash, or "Theo" and the source it is taken from, is the
        // writer's byline
        let sentence_start = line_start
            || self.toks[start].sentence != self.toks[start - 1].sentence
            || self.text[..self.toks[start].span.start]
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', ')']);
        if sentence_start && end < self.toks.len() {
            let gap = &self.text[self.toks[end - 1].span.end..self.toks[end].span.start];
            let source_after =
                gap == "/" || matches!(gap, " " | " (" | ". " | ". (") && self.word(end) == "Theo";
            if source_after {
                return true;
            }
        }
        if start == 0 {
            return false;
        }
        let gap = &self.text[self.toks[start - 1].span.end..self.toks[start].span.start];
        if gap.contains(':') && self.g.is_credit_word(self.word(start - 1)) {
            return true;
        }
        // "Chuông cổ bị mất trộm. Ảnh Minh Anh. Qua hình ảnh camera": "Ảnh"
        // opening a sentence of the name alone, with no colon
        let opens = self.text[..self.toks[start - 1].span.start]
            .trim_end_matches(' ')
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n'));
        let closes = self.text[self.toks[end - 1].span.end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | '\n'));
        gap == " " && self.word(start - 1) == "Ảnh" && opens && closes
    }

    /// A capitalised run with no title before it: a person when it is a
    /// Vietnamese full name; otherwise only one-syllable countries inside it
    /// count ("Sang Mỹ" at the start of a sentence).
    fn free_run(&mut self, i: usize) -> usize {
        if self.glued_credit(i) {
            return i + 1;
        }
        if self.given_country_pair(i) {
            // "Ảnh: Hoàng Anh", "Tin-ảnh: Trọng Đức": a photographer's credit
            if self.credit_or_byline(i, i + 2) {
                return i + 2;
            }
            let before = self.out.len();
            self.person(i, i + 2, &[], Some("VNM".to_string()), None);
            return self.after_person(before, i + 2);
        }
        let end = self.name_run(i);
        if let Some((titles, country, role)) = self.holder_in_commas(i, end) {
            let before = self.out.len();
            self.person(i, end, &titles, country, role);
            return self.after_person(before, end);
        }
        // "Đoàn Việt Nam do Bộ trưởng X dẫn đầu": a group of a country or a
        // place; "Từ Đồng Đăng, đoàn xe ...": opening a sentence, a
        // preposition before one
        let opens_sentence = i == 0
            || !self.same_sentence(i - 1, i)
            || self.text[self.toks[i - 1].span.end..self.toks[i].span.start]
                .contains(['.', '!', '?', '\n']);
        if self.g.is_group_word(self.word(i))
            || opens_sentence && self.g.is_preposition_word(self.word(i))
        {
            let place = self.at(i + 1).iter().copied().find(|c| {
                c.end as usize == end
                    && matches!(
                        self.entry_kind(c.target),
                        Some(EntryKind::Country | EntryKind::Place)
                    )
            });
            if let Some(c) = place {
                self.location(c);
                return end;
            }
        }
        if let Some(country) = self
            .place_list_member(i, end)
            .or_else(|| self.place_before_its_country(i, end))
        {
            self.push_as_written(EntityKind::Location, i, end, Short::No);
            if let Some(r) = self.out.last_mut() {
                r.country = country;
            }
            return end;
        }
        if end - i == 2 && self.middle_and_given(i) {
            if self.credit_or_byline(i, end) {
                return end;
            }
            let before = self.out.len();
            self.person(i, end, &[], Some("VNM".to_string()), None);
            return self.after_person(before, end);
        }
        if end - i <= 4 && self.vietnamese_name(i, end) {
            if self.credit_or_byline(i, end) {
                return end;
            }
            let before = self.out.len();
            self.person(i, end, &[], None, None);
            return self.after_person(before, end);
        }
        if self.korean_name(i, end) {
            if self.credit_or_byline(i, end) {
                return end;
            }
            let before = self.out.len();
            self.person(i, end, &[], Some("KOR".to_string()), None);
            return self.after_person(before, end);
        }
        if self.company_run(i, end) {
            self.company(i, end);
            return end;
        }
        // a name the article may give in full elsewhere ("Knapper khẳng định ...")
        let lone_initial = end - i == 1 && self.toks[i].initial;
        if let Some(c) = self.known_person_after_initial(i, end) {
            let before = self.out.len();
            self.person_from_entry(c, &[], None);
            return self.after_person(before, end);
        }
        // "Vadim Krasikov, người đang thụ án", "Yahya Saree cho biết": foreign
        // given and family names with a person's apposition or a verb of
        // saying after them are a person's, though no title cues them
        if !lone_initial
            && (self.foreign_person_cue(i, end)
                || self.foreign_names_listed(i, end)
                || self.person_noun_before(i, end))
        {
            let before = self.out.len();
            self.person(i, end, &[], None, None);
            return self.after_person(before, end);
        }
        // (after a one-syllable country glued to it: "trả cho Nga Vadim Krasikov,
        // người ..."; or an acronym: "Cựu đặc nhiệm SEAL Saman Kunan, 38 tuổi")
        if self.is_acronym(i) && self.at(i).is_empty() && self.foreign_person_cue(i + 1, end) {
            let before = self.out.len();
            self.person(i + 1, end, &[], None, None);
            return self.after_person(before, end);
        }
        let country = self.at(i).iter().copied().find(|c| {
            c.end as usize == i + 1 && self.entry_kind(c.target) == Some(EntryKind::Country)
        });
        if let Some(c) = country.filter(|_| self.foreign_person_cue(i + 1, end)) {
            self.location(c);
            let of = match c.target {
                Target::Entry(e) => self.g.entries[e as usize].country.clone(),
                _ => None,
            };
            let before = self.out.len();
            self.person(i + 1, end, &[], of, None);
            return self.after_person(before, end);
        }
        // "The Voice", "The Face Thailand": a run the English article opens is
        // a show's, a film's or a song's title, no person (outlets are read
        // after their cue or from the gazetteer: "tờ The Times")
        let titled = self.word(i) == "The";
        if !lone_initial && !titled && self.toks[i..end].iter().all(|t| t.cap) {
            self.push_as_written(EntityKind::Person, i, end, Short::Unresolved);
        }
        // "Thúy Nga không trách …" after "nghệ sĩ Thúy Nga": a run the article
        // gives elsewhere after a title or a surname is that person's name,
        // its last word no country
        // (Asked only of a run with a country in it: the search reads the
        // whole article.)
        let mut named_elsewhere = None;
        for k in i + 1..end {
            if let Some(c) = self.at(k).iter().find(|c| {
                c.end as usize <= end && self.entry_kind(c.target) == Some(EntryKind::Country)
            }) {
                let named = *named_elsewhere.get_or_insert_with(|| self.titled_elsewhere(i, end));
                if !(named || self.same_sentence(k, k + 1) && k + 1 < end) {
                    self.location(*c);
                }
            }
        }
        end.max(i + 1)
    }

    /// Whether the capitalised run `i..end` of two or three Vietnamese words
    /// stands elsewhere in the article right after a title ("nghệ sĩ Thúy
    /// Nga", "Hoa hậu Phương Nga") or a capitalised surname ("Trương Hồ
    /// Phương Nga"): a person's name, though given alone here.
    fn titled_elsewhere(&self, i: usize, end: usize) -> bool {
        let len = end - i;
        if !(2..=3).contains(&len) || !(i..end).all(|m| text::looks_vietnamese(self.word(m))) {
            return false;
        }
        (1..self.toks.len().saturating_sub(len - 1)).any(|m| {
            m != i
                && (0..len).all(|d| {
                    self.word(m + d) == self.word(i + d)
                        && (d == 0 || self.toks[m + d].gap == Gap::Space)
                })
                && self.same_sentence(m - 1, m)
                && self.toks[m].gap == Gap::Space
                && (self.toks[m - 1].cap && self.g.is_surname(self.word(m - 1))
                    || (m.saturating_sub(4)..m).any(|j| {
                        self.at(j).iter().any(|c| {
                            c.end as usize == m
                                && matches!(
                                    self.title_kind(c.target),
                                    Some(TitleKind::Personal | TitleKind::Office)
                                )
                        })
                    }))
        })
    }

    /// Whether tokens `from..to` are capitalised words nothing claims that may
    /// name a place: no acronym alone, no Vietnamese middle and given name.
    fn unclaimed_place(&self, from: usize, to: usize) -> bool {
        (from..to).all(|m| self.at(m).is_empty() && self.toks[m].cap)
            && !(to - from == 1 && self.is_acronym(from))
            && !(to - from == 2 && self.middle_and_given(from))
    }

    /// "ở Myawaddy (Myanmar)", "nhà máy ở Gia Hưng, Trung Quốc", "ở Surrey,
    /// tỉnh British Columbia": whether the run `i..end` of one to three
    /// capitalised words nothing claims, after a preposition of place
    /// (cue_words.tsv, place_list_before), is followed by its country in
    /// brackets or after a comma, or by a comma and a place's head: a place,
    /// in that country (or the country of the place named after the head).
    fn place_before_its_country(&self, i: usize, end: usize) -> Option<Option<String>> {
        let words = (i..end)
            .filter(|&m| m == i || self.toks[m].gap != Gap::Joined)
            .count();
        let placed = i > 0
            && self.same_sentence(i - 1, i)
            && self.toks[i].gap == Gap::Space
            && cue_word("place_list_before", self.word(i - 1));
        if words > 3 || !placed || !self.unclaimed_place(i, end) || !self.same_sentence(i, end) {
            return None;
        }
        let between = self.text[self.toks[end - 1].span.end..self.toks[end].span.start].trim();
        let country_of = |c: Cand| match c.target {
            Target::Entry(e) => self.g.entries[e as usize].country.clone(),
            _ => None,
        };
        let best = self.best(end)?;
        match (between, self.entry_kind(best.target), best.target) {
            // "(Myanmar)": the country alone in its brackets
            ("(", Some(EntryKind::Country), _) => {
                let e = best.end as usize;
                let closes =
                    e <= self.toks.len() && self.text[self.toks[e - 1].span.end..].starts_with(')');
                closes.then(|| country_of(best))
            }
            // ", Trung Quốc": the country, then the clause goes on or ends
            (",", Some(EntryKind::Country), _) => Some(country_of(best)),
            // ", tỉnh British Columbia", ", thủ phủ bang Unity"
            (",", _, Target::Locative(_)) => {
                let after = best.end as usize;
                let place = self
                    .best(after)
                    .filter(|_| self.same_sentence(after - 1, after))
                    .and_then(|c| match self.entry_kind(c.target) {
                        Some(EntryKind::Place | EntryKind::Country) => country_of(c),
                        _ => None,
                    });
                Some(place)
            }
            _ => None,
        }
    }

    /// "các tỉnh Kandal, Takeo và Kampot", "tại Villers-Cotterêts và Paris":
    /// whether the run `i..end` of one to three capitalised words nothing
    /// claims is an item of a list of places, joined by commas and closed by
    /// a joiner (cue_words.tsv, place_list_joiner), whose other items are all
    /// places (read before it, or known after it) or such runs, at least one
    /// of them a place below a country (a list of countries may list people
    /// too). Each item nothing claims stands alone between its commas or
    /// joiners. One known
    /// item after it, one right before a joiner, two before it or a plural
    /// place head opening the list ("các đảo Kim Môn, Mã Tổ, …") make it a
    /// list, not a fronted place ("Ở Hà Nội, Minh và Lan …"); a list of two
    /// needs a word of place before it (cue_words.tsv, place_list_before) or
    /// a place's head opening it. No acronym,
    /// Vietnamese personal name or lone Vietnamese syllable counts ("Văn
    /// Toàn", "miền Trung"). Returns the country the listed places share.
    fn place_list_member(&self, i: usize, end: usize) -> Option<Option<String>> {
        let words = (i..end)
            .filter(|&m| m == i || self.toks[m].gap != Gap::Joined)
            .count();
        let unclaimed = |from: usize, to: usize| {
            self.unclaimed_place(from, to)
                && !(to - from == 1 && text::looks_vietnamese(self.word(from)))
                && !self.vietnamese_name(from, to)
        };
        if words > 3 || !unclaimed(i, end) {
            return None;
        }
        let joiner = |k: usize| {
            k < self.toks.len()
                && self.toks[k].gap == Gap::Space
                && cue_word("place_list_joiner", self.word(k))
        };
        // an item ends at a comma, a joiner or the end of its clause
        let item_ends = |e: usize| {
            e >= self.toks.len()
                || !self.same_sentence(e - 1, e)
                || !matches!(self.toks[e].gap, Gap::Space | Gap::Joined)
                || joiner(e)
        };
        if !item_ends(end) {
            return None;
        }
        let mut countries: Vec<String> = Vec::new();
        let (mut places, mut left_known, mut right_known) = (0, 0, 0);
        let (mut closed, mut joined_left, mut plural) = (false, false, false);
        // leftwards: places read already
        let mut s = i;
        while s > 0 && self.same_sentence(s - 1, s) {
            let (last, by_joiner) = if self.toks[s].gap == Gap::Comma {
                (s - 1, false)
            } else if s >= 2 && self.same_sentence(s - 2, s) && joiner(s - 1) {
                (s - 2, true)
            } else {
                break;
            };
            let at_end = self.toks[last].span.end;
            let r = self
                .out
                .iter()
                .rev()
                .find(|r| r.kind == EntityKind::Location && r.span.end == at_end)?;
            if by_joiner {
                // (a joiner before an earlier item closed the list before this one)
                if s != i {
                    return None;
                }
                closed = true;
                joined_left = true;
            }
            left_known += 1;
            let place = r
                .entry
                .is_none_or(|e| self.g.entries[e].kind == EntryKind::Place);
            if place {
                places += 1;
                countries.extend(r.country.clone());
            }
            let Ok(start) = self
                .toks
                .binary_search_by_key(&r.span.start, |t| t.span.start)
            else {
                break;
            };
            if self.regional_places.contains(&r.span.start)
                && start > 0
                && self.same_sentence(start - 1, start)
                && cue_word("place_list_plural", self.word(start - 1))
            {
                plural = true;
            }
            s = start;
        }
        let mut items = 1 + left_known;
        // rightwards: places known, or runs nothing claims
        let mut e = end;
        while !closed && e < self.toks.len() && self.same_sentence(e - 1, e) {
            let j = if self.toks[e].gap == Gap::Comma {
                e
            } else if joiner(e) && self.same_sentence(e, e + 1) {
                closed = true;
                e + 1
            } else {
                break;
            };
            let mut k = j;
            // ("thủ đô Tokyo", "tỉnh Kampot": a place's head first)
            if let Some(c) = self.best(j) {
                if matches!(c.target, Target::Locative(_)) {
                    k = c.end as usize;
                    if !self.same_sentence(j, k) {
                        return None;
                    }
                }
            }
            items += 1;
            match self.best(k) {
                Some(c) => match self.entry_kind(c.target) {
                    Some(kind @ (EntryKind::Place | EntryKind::Country)) => {
                        right_known += 1;
                        if kind == EntryKind::Place {
                            places += 1;
                            if let Target::Entry(x) = c.target {
                                countries.extend(self.g.entries[x as usize].country.clone());
                            }
                        }
                        e = c.end as usize;
                    }
                    _ => return None,
                },
                None => {
                    e = self.name_run(k);
                    if !unclaimed(k, e) || !item_ends(e) {
                        return None;
                    }
                }
            }
        }
        let listed = right_known > 0 || joined_left || left_known >= 2 || plural;
        // two items alone ("Vettel và Hamilton", "Tiger và Sài Gòn") only after
        // a word of place or a place's head: "tại Villers-Cotterêts và Paris"
        let placed = s > 0
            && self.same_sentence(s - 1, s)
            && cue_word("place_list_before", self.word(s - 1))
            || self
                .best(s)
                .is_some_and(|c| matches!(c.target, Target::Locative(_)));
        (closed && listed && places > 0 && (items > 2 || placed)).then(|| only(countries.iter()))
    }

    /// Whether `i..end` is two or three capitalised foreign words nothing in
    /// the gazetteer claims (the pieces of a hyphenated one are one word:
    /// "Kara-Murza"), none a word of bodies' names and with no word that
    /// classifies a body right before them (person_cues.tsv).
    fn foreign_shaped(&self, i: usize, end: usize) -> bool {
        let words = (i..end)
            .filter(|&m| m == i || self.toks[m].gap != Gap::Joined)
            .count();
        let shaped = (2..=3).contains(&words)
            && self.word(i) != "The"
            && (i..end).all(|m| {
                let w = self.word(m);
                self.at(m).is_empty()
                    && foreign_spelt(w)
                    && (m > i && self.toks[m].gap == Gap::Joined
                        // ("Hussein al-Ezzi": a particle before the family name)
                        || m > i && self.toks[m].lower && self.g.is_particle(w)
                        || w.len() >= 2
                            && self.toks[m].cap
                            && w.chars().skip(1).any(char::is_lowercase))
            });
        if !shaped {
            return false;
        }
        let body = (i..end).any(|m| {
            PERSON_CUES
                .iter()
                .any(|&(w, at)| at == "body" && self.word(m) == w)
        });
        let classified = |w: &str| {
            PERSON_CUES
                .iter()
                .any(|&(cue, at)| at == "body_before" && cue == w)
        };
        // (right before it, or a word of two syllables among the lower-case
        // words right before it: "ngân hàng đầu tư X")
        let lower_before = |k: usize| {
            self.toks[k].lower && self.same_sentence(k, i) && self.toks[k + 1].gap == Gap::Space
        };
        let from = (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&k| lower_before(k))
            .last()
            .unwrap_or(i);
        let body_before = from < i && classified(self.word(i - 1))
            || (from..i.saturating_sub(1)).any(|k| classified(self.span(k, k + 2).of(self.text)));
        !(body || body_before)
    }

    /// "trao 3 con tin nữ là Romi Gonen, Emily Damari và Doron Steinbrecher":
    /// whether `i..end` opens a list of three or more foreign full names
    /// ([`Scan::foreign_shaped`]) joined by commas and a last "và", which
    /// only people's names make.
    fn foreign_names_listed(&self, i: usize, end: usize) -> bool {
        if !self.foreign_shaped(i, end) {
            return false;
        }
        let (mut count, mut e) = (1, end);
        while e < self.toks.len() && self.same_sentence(e - 1, e) {
            let (next, last) = match self.toks[e].gap {
                Gap::Comma if self.toks[e].cap => (e, false),
                Gap::Space if self.word(e) == "và" && self.same_sentence(e, e + 1) => {
                    (e + 1, true)
                }
                _ => break,
            };
            let Some(e2) = self.foreign_name_at(next) else {
                break;
            };
            if !self.foreign_shaped(next, e2) {
                break;
            }
            count += 1;
            e = e2;
            if last {
                return count >= 3;
            }
        }
        false
    }

    /// "cựu điệp viên Sergei Skripal", "tỷ phú Elon Musk": whether `i..end`
    /// is a foreign full name ([`Scan::foreign_shaped`]) right after a
    /// lower-case noun for a person (person_cues.tsv, where = before).
    fn person_noun_before(&self, i: usize, end: usize) -> bool {
        if !self.foreign_shaped(i, end) || self.toks[i].gap != Gap::Space {
            return false;
        }
        let noun = |n: usize| {
            (i >= n && self.same_sentence(i - n, i) && self.toks[i - n].lower)
                .then(|| self.span(i - n, i).of(self.text))
        };
        let nouns = [noun(1), noun(2), noun(3)];
        PERSON_CUES
            .iter()
            .any(|&(cue, at)| at == "before" && nouns.contains(&Some(cue)))
    }

    /// Whether `i..end` is a foreign full name ([`Scan::foreign_shaped`]) with
    /// a cue of `person_cues.tsv` right after it.
    fn foreign_person_cue(&self, i: usize, end: usize) -> bool {
        let n = self.toks.len();
        if !self.foreign_shaped(i, end) || end >= n || !self.same_sentence(end - 1, end) {
            return false;
        }
        let gap = self.toks[end].gap;
        let two = (end + 1 < n
            && self.same_sentence(end, end + 1)
            && self.toks[end + 1].gap == Gap::Space)
            .then(|| self.span(end, end + 2).of(self.text));
        PERSON_CUES.iter().any(|&(cue, at)| match at {
            "after" => {
                gap == Gap::Space && (self.word(end) == cue || two.is_some_and(|t| t == cue))
            }
            "comma" => {
                gap == Gap::Comma && (self.word(end) == cue || two.is_some_and(|t| t == cue))
            }
            "age" => {
                gap == Gap::Comma
                    && self.word(end).chars().all(|c| c.is_ascii_digit())
                    && end + 1 < n
                    && self.same_sentence(end, end + 1)
                    && self.toks[end + 1].gap == Gap::Space
                    && self.word(end + 1) == cue
            }
            _ => false,
        })
    }

    /// "SOCAR Trading Singapore", "Adani Ports": a run of two to five
    /// capitalised words opened by a foreign word or an acronym nothing claims,
    /// with a company word after it, is a company.
    fn company_run(&self, i: usize, end: usize) -> bool {
        (2..=5).contains(&(end - i))
            && self.at(i).is_empty()
            && (self.is_acronym(i) || foreign_spelt(self.word(i)))
            && (i + 1..end).any(|m| {
                self.toks[m].gap == Gap::Space
                    && COMPANY_WORDS.contains(self.word(m))
                    && self.at(m).is_empty()
            })
    }

    /// Emits the company `i..end` of [`Scan::company_run`]: its country is the
    /// one its name ends with.
    fn company(&mut self, i: usize, end: usize) {
        let country = (i + 1..end).find_map(|m| {
            self.at(m).iter().find_map(|c| match c.target {
                Target::Entry(e)
                    if c.end as usize == end
                        && self.g.entries[e as usize].kind == EntryKind::Country =>
                {
                    self.g.entries[e as usize].country.clone()
                }
                _ => None,
            })
        });
        let span = self.span(i, end);
        self.out.push(Raw {
            kind: EntityKind::Organisation,
            entry: None,
            name: self.name_text(i, end),
            country,
            role: Some("BUS".to_string()),
            roles: Vec::new(),
            span,
            sentence: self.toks[i].sentence,
            short: Short::No,
            offices: Vec::new(),
        });
    }

    /// "Trợ lý Tùy viên quân sự của Đại sứ quán Nga, Alexei Grishaev, là ...":
    /// a name of two to four capitalised words nothing else claims, between
    /// the comma that ends a chain naming nobody and a comma (or the
    /// sentence's end), is the chain's holder. Returns the chain's titles,
    /// country and role.
    fn holder_in_commas(&mut self, i: usize, end: usize) -> Option<ChainInfo> {
        let (at, ..) = self.bare_chain.as_ref()?;
        // "Phó Chủ tịch ADB - Scott Morris, ...": a spaced dash sets the holder
        // off as a comma does
        let dash = || {
            i > 0
                && self.toks[i].gap == Gap::Break
                && self
                    .text
                    .get(self.toks[i - 1].span.end..self.toks[i].span.start)
                    .is_some_and(|g| g.starts_with(' ') && matches!(g.trim(), "-" | "–" | "—"))
        };
        if *at != i || !(self.toks[i].gap == Gap::Comma || dash()) || !(2..=4).contains(&(end - i))
        {
            return None;
        }
        let closed = end >= self.toks.len()
            || !self.same_sentence(i, end)
            || matches!(self.toks[end].gap, Gap::Comma | Gap::Break);
        let unclaimed = (i..end).all(|m| self.toks[m].cap && self.at(m).is_empty());
        if !closed || !unclaimed {
            return None;
        }
        self.bare_chain.take().map(|(_, info)| info)
    }

    /// "Dr. Noor Hisham", "Mr. Smith": the full stop of an abbreviated form of
    /// address (two or three Latin letters) right before `k` goes on the chain.
    fn abbreviated_title_before(&self, k: usize) -> bool {
        k > 0
            && self
                .text
                .get(self.toks[k - 1].span.end..self.toks[k].span.start)
                == Some(". ")
            && {
                let w = self.word(k - 1);
                (2..=3).contains(&w.len())
                    && w.is_ascii()
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
            }
            && self.at(k - 1).iter().any(|c| {
                c.end as usize == k && self.title_kind(c.target) == Some(TitleKind::Personal)
            })
    }

    /// Where the body starts after a title's portfolio opened by "về" at `j`:
    /// up to eight lower-case words, then "của" and a body, country or head.
    fn portfolio_end(&self, j: usize) -> Option<usize> {
        for m in j + 1..(j + 10).min(self.toks.len()) {
            if !self.same_sentence(j, m)
                || !self.toks[m].lower
                || !matches!(self.toks[m].gap, Gap::Space | Gap::Joined)
            {
                return None;
            }
            if self.word(m) == "của" {
                let body = m + 1;
                let ok = body < self.toks.len()
                    && self.same_sentence(m, body)
                    && self.toks[body].gap == Gap::Space
                    && self.best(body).is_some_and(|c| {
                        matches!(c.target, Target::Head(_))
                            || matches!(
                                self.entry_kind(c.target),
                                Some(EntryKind::Organisation | EntryKind::Country)
                            )
                    });
                return ok.then_some(body);
            }
        }
        None
    }

    /// Titles, then bodies and countries, then the person's name.
    fn title_chain(&mut self, i: usize) -> usize {
        let n = self.toks.len();
        let mut titles: Vec<Span> = Vec::new();
        let mut role: Option<String> = None;
        let mut org_role: Option<String> = None;
        let mut personal = false;
        // where the last form of address ended ("ông" in "ông Mỹ")
        let mut personal_end = None;
        let mut country: Option<String> = None;
        let mut after_tai = false;
        // where each office title starts, for the offices the chain names
        let mut starts: Vec<usize> = Vec::new();
        let mut j = i;
        // the chain goes on after an acronym in brackets: "Tổng Giám đốc Quỹ
        // Tiền tệ Quốc tế (IMF) Kristalina Georgieva"
        let mut bracket = false;
        while j < n && self.same_sentence(i, j) {
            let best = self.best(j);
            if j > i && !std::mem::take(&mut bracket) {
                match self.toks[j].gap {
                    Gap::Space | Gap::Joined => {}
                    Gap::Comma => {
                        if !best
                            .is_some_and(|c| self.title_kind(c.target) == Some(TitleKind::Office))
                        {
                            break;
                        }
                        // "câu hỏi của phóng viên, Người phát ngôn X": a title
                        // written in lower case before a comma is a common
                        // noun, not the first office of X's chain.
                        let lower_start = titles.first().is_some_and(|t| {
                            t.of(self.text).starts_with(|c: char| c.is_lowercase())
                        });
                        if lower_start {
                            titles.clear();
                            starts.clear();
                            role = None;
                        }
                    }
                    Gap::Break if self.abbreviated_title_before(j) => {}
                    Gap::Break => break,
                }
            }
            match best {
                Some(c) => match c.target {
                    Target::Title(t) => {
                        let title = &self.g.titles[t as usize];
                        match title.kind {
                            TitleKind::Connector => after_tai = title.cue == "tại",
                            TitleKind::Office => {
                                titles.push(self.span(j, c.end as usize));
                                starts.push(j);
                                if role.is_none() {
                                    role = title.role.clone();
                                }
                                after_tai = false;
                                // "Chủ tịch Thượng viện Campuchia": the body the title
                                // ends with is named, with its country or place
                                if let Some(k) = self.body_in_title(j, c.end as usize) {
                                    let org = self.parse_org(k, true);
                                    j = org.absorb_into_chain(
                                        &mut after_tai,
                                        &mut country,
                                        &mut org_role,
                                    );
                                    bracket = self.chain_acronym(&mut j);
                                    continue;
                                }
                                self.body_ending_title(j, c.end as usize);
                            }
                            TitleKind::Personal => {
                                personal = true;
                                // (not "đàn ông", "cụ bà": a man, an old woman; not
                                // "dụng cụ": a tool)
                                let plain_address = cue_word("address", self.word(j))
                                    && c.end as usize == j + 1
                                    && !(j > 0
                                        && self.same_sentence(j - 1, j)
                                        && cue_word("address_word", self.word(j - 1)));
                                personal_end = plain_address.then_some(c.end as usize);
                                after_tai = false;
                            }
                        }
                        j = c.end as usize;
                    }
                    Target::Entry(e) => {
                        let entry = &self.g.entries[e as usize];
                        match entry.kind {
                            EntryKind::Person => {
                                if self.appositive {
                                    self.appositive_name = true;
                                    break;
                                }
                                let role = role.or(org_role);
                                let before = self.out.len();
                                self.person_from_entry(c, &titles, role);
                                self.chain_offices(before, &starts, j);
                                return self.after_person(before, c.end as usize);
                            }
                            EntryKind::Country | EntryKind::Place => {
                                // "Tổng thống Paraguay Santiago Pena": after the chain's
                                // country, another country's city glued to an unknown
                                // foreign word is a given name
                                let given_name = !after_tai
                                    && !titles.is_empty()
                                    && entry.kind == EntryKind::Place
                                    && country.is_some()
                                    && entry.country.is_some()
                                    && entry.country != country
                                    && foreign_spelt(self.word(j + 1).trim_end_matches('.'))
                                    && !text::looks_vietnamese(self.word(j));
                                // "ông Mỹ, chủ quán", "bà Nga cho biết": a one-syllable
                                // country right after a form of address, with no name
                                // after it, is the name
                                let named_alone = personal
                                    && titles.is_empty()
                                    && personal_end == Some(j)
                                    && c.end - c.start == 1
                                    && !(self.same_sentence(j, j + 1)
                                        && self.toks[j + 1].cap
                                        && matches!(
                                            self.toks[j + 1].gap,
                                            Gap::Space | Gap::Joined
                                        ));
                                if named_alone {
                                    if self.appositive {
                                        break;
                                    }
                                    let before = self.out.len();
                                    self.person(j, j + 1, &titles, None, role.or(org_role));
                                    return self.after_person(before, j + 1);
                                }
                                // "ca sĩ Mỹ Linh", "nhạc sĩ Đức Huy": after a title of
                                // no office (an artist's, a profession's), a one-syllable
                                // country and one Vietnamese syllable ending the name are
                                // a Vietnamese person's middle and given name: a
                                // foreigner is not named by one Vietnamese syllable
                                let vietnamese_pair = !personal
                                    && !titles.is_empty()
                                    && role.is_none()
                                    && org_role.is_none()
                                    && country.is_none()
                                    && !after_tai
                                    && c.end - c.start == 1
                                    && text::looks_vietnamese(self.word(j))
                                    && self.same_sentence(j, j + 1)
                                    && text::looks_vietnamese(self.word(j + 1))
                                    && !(self.same_sentence(j + 1, j + 2)
                                        && (self.toks[j + 2].gap == Gap::Joined
                                            || self.toks[j + 2].cap
                                                && self.toks[j + 2].gap == Gap::Space));
                                if (personal || given_name || vietnamese_pair)
                                    && c.end - c.start == 1
                                    && self.glued_to_unknown_name(j)
                                {
                                    // "ông Anh Tuấn": a name, not the UK
                                    if self.appositive {
                                        break;
                                    }
                                    let end = self.name_run(j);
                                    let before = self.out.len();
                                    let country = country
                                        .or_else(|| vietnamese_pair.then(|| "VNM".to_string()));
                                    self.person(j, end, &titles, country, role.or(org_role));
                                    self.chain_offices(before, &starts, j);
                                    return self.after_person(before, end);
                                }
                                self.location(c);
                                if !after_tai && country.is_none() {
                                    country = entry.country.clone();
                                }
                                after_tai = false;
                                j = c.end as usize;
                                // "Ngoại trưởng Anh (UK) X": the country's own code in brackets
                                if self.same_place_in_brackets(j, c.target) {
                                    j += 1;
                                    bracket = true;
                                }
                            }
                            EntryKind::Organisation => {
                                let org = self.parse_org(j, true);
                                j = org.absorb_into_chain(
                                    &mut after_tai,
                                    &mut country,
                                    &mut org_role,
                                );
                                bracket = self.chain_acronym(&mut j);
                            }
                        }
                    }
                    // "Thiếu tướng Đoàn Hùng Minh": a head that is also a surname,
                    // with a Vietnamese name after it, is the person's name
                    Target::Head(_) if (!titles.is_empty() || personal) && self.surname_head(j) => {
                        if self.appositive {
                            self.appositive_name = true;
                            break;
                        }
                        let end = self.name_run(j);
                        let before = self.out.len();
                        self.person(j, end, &titles, country, role.or(org_role));
                        self.chain_offices(before, &starts, j);
                        return self.after_person(before, end);
                    }
                    Target::Head(_) => {
                        let org = self.parse_org(j, true);
                        j = org.absorb_into_chain(&mut after_tai, &mut country, &mut org_role);
                        bracket = self.chain_acronym(&mut j);
                    }
                    // "Thủ hiến bang Chris Minns": an administrative unit's head right
                    // after a title, with foreign given and family names after it, is
                    // the holder's state, left unnamed (not "thủ lĩnh nhóm Abu Sayyaf";
                    // a longer run opens with the place: "thành phố Plovdiv Kostadin
                    // Dimitrov Dimitrov")
                    Target::Locative(h)
                        if self.g.place_heads[h as usize].kind == "admin"
                            && j > 0
                            && titles
                                .last()
                                .is_some_and(|t| t.end == self.toks[j - 1].span.end)
                            && self
                                .foreign_full_name(c.end as usize)
                                .is_some_and(|e| e == c.end as usize + 2) =>
                    {
                        if self.appositive {
                            self.appositive_name = true;
                            break;
                        }
                        let start = c.end as usize;
                        let end = self.foreign_full_name(start).unwrap_or(start + 1);
                        let before = self.out.len();
                        self.person(start, end, &titles, country, role.or(org_role));
                        self.chain_offices(before, &starts, start);
                        return self.after_person(before, end);
                    }
                    Target::Locative(h) => {
                        j = self.locative(j, c, h as usize, true);
                        after_tai = false;
                    }
                    // "Bộ trưởng Kế hoạch và Tài chính Hàn Quốc": a field that is
                    // also a document's name, with "và" and another field after it
                    Target::Stop(_)
                        if !titles.is_empty() && self.field_then_va_field(j, c.end as usize) =>
                    {
                        j = c.end as usize + 1;
                    }
                    Target::Stop(_) => break,
                },
                None => {
                    let t = self.toks[j];
                    if self.word(j) == "và"
                        && self
                            .best(j + 1)
                            .is_some_and(|c| self.title_kind(c.target) == Some(TitleKind::Office))
                    {
                        j += 1;
                        continue;
                    }
                    // "Bộ trưởng Hành chính và an toàn Hàn Quốc Lee Sang-min": a field
                    // in lower case after "và" is still the title's
                    if self.word(j) == "và"
                        && !titles.is_empty()
                        && self.same_sentence(j, j + 1)
                        && self.toks[j + 1].gap == Gap::Space
                    {
                        if let Some(e) = self.lower_field(j + 1, true) {
                            j = e;
                            continue;
                        }
                    }
                    // "Đại diện cấp cao về chính sách an ninh và đối ngoại của Liên
                    // minh châu Âu (EU) Joseph Borrell": a portfolio in lower case
                    // after the title, up to the body it serves
                    if !titles.is_empty() && self.word(j) == "về" {
                        if let Some(body) = self.portfolio_end(j) {
                            j = body;
                            continue;
                        }
                    }
                    // "Đặc phái viên Mỹ về hòa giải Afghanistan Zalmay Khalilzad":
                    // a topic after "về", in lower-case words and the countries
                    // or places it names, then the holder's foreign full name
                    if !titles.is_empty() && !self.appositive && self.word(j) == "về" {
                        if let Some((start, end, places)) = self.holder_after_topic(j) {
                            for c in places {
                                self.location(c);
                            }
                            let before = self.out.len();
                            self.person(start, end, &titles, country, role.or(org_role));
                            self.chain_offices(before, &starts, start);
                            return self.after_person(before, end);
                        }
                    }
                    // "Ủy viên châu Âu phụ trách quản lý khủng hoảng Janez Lenarcic":
                    // a remit in lower case after the title, then the holder's full name
                    if !titles.is_empty() && !self.appositive {
                        if let Some((start, end)) = self.holder_after_remit(j) {
                            let before = self.out.len();
                            self.person(start, end, &titles, country, role.or(org_role));
                            self.chain_offices(before, &starts, start);
                            return self.after_person(before, end);
                        }
                    }
                    if !t.cap {
                        break;
                    }
                    // "thương cô Nhưng nói đi cũng phải nói lại": a headline run into
                    // its sentence; a capitalised function word after a form of
                    // address is the next sentence's first, no name
                    if personal
                        && titles.is_empty()
                        && self.g.is_function_word(&self.word(j).to_lowercase())
                    {
                        break;
                    }
                    // (a term's Roman number is none: "khóa XIV")
                    let roman = self.word(j).chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
                    if roman && self.is_acronym(j) {
                        j += 1;
                        continue;
                    }
                    // (a name in capitals, "TRẦN CÔNG THÀNH", is no acronym: its
                    // letters bear Vietnamese diacritics)
                    let vietnamese_capitals =
                        self.word(j).chars().any(|c| !c.is_ascii() && c != 'Đ')
                            || self.name_in_capitals(j).is_some();
                    if self.is_acronym(j)
                        && self.word(j).chars().count() >= 3
                        && !vietnamese_capitals
                    {
                        // "Giám đốc FBI James Comey": an unknown body's acronym
                        self.push_as_written(EntityKind::Organisation, j, j + 1, Short::No);
                        j += 1;
                        continue;
                    }
                    // "Ngoại giao" in "Bộ trưởng Ngoại giao Trung Quốc": a capitalised
                    // syllable plus one lower-case one, with more of the chain after it
                    // (a foreign word is no such syllable: "Nga Matvienko nhấn mạnh" ends
                    // the chain with a surname)
                    let next_lower = self.same_sentence(j, j + 1)
                        && self.toks[j + 1].lower
                        && self.toks[j + 1].gap == Gap::Space
                        && text::looks_vietnamese(self.word(j));
                    if next_lower {
                        let k = j + 2;
                        // (or "và" and another field: "Bộ trưởng Hành chính và an toàn")
                        let goes_on = self.same_sentence(j, k)
                            && matches!(self.toks[k].gap, Gap::Space | Gap::Joined)
                            && (self.toks[k].cap
                                || self.word(k) == "và"
                                    && self.same_sentence(k, k + 1)
                                    && self.toks[k + 1].gap == Gap::Space
                                    && self.lower_field(k + 1, true).is_some());
                        if goes_on {
                            j = k;
                            continue;
                        }
                        // (or lower-case words of the field, up to a capitalised word:
                        // "Bộ trưởng An ninh quốc gia Itamar Ben-Gvir")
                        if !titles.is_empty()
                            && self.same_sentence(j, k)
                            && self.toks[k].gap == Gap::Space
                        {
                            let field_end = self.lower_field(k, false).filter(|&e| {
                                self.same_sentence(j, e)
                                    && self.toks[e].cap
                                    && self.toks[e].gap == Gap::Space
                            });
                            if let Some(e) = field_end {
                                j = e;
                                continue;
                            }
                        }
                        // (or "và" and a capitalised field with more of the chain
                        // after it: "Bộ trưởng Kế hoạch và Tài chính Hàn Quốc")
                        let capitalised_field = |m: usize| {
                            self.same_sentence(j, m + 1)
                                && self.toks[m].cap
                                && self.toks[m].gap == Gap::Space
                                && text::looks_vietnamese(self.word(m))
                                && self.at(m).is_empty()
                                && self.toks[m + 1].lower
                                && self.toks[m + 1].gap == Gap::Space
                                && self.same_sentence(m + 1, m + 2)
                                && self.toks[m + 2].cap
                                && self.toks[m + 2].gap == Gap::Space
                        };
                        if !titles.is_empty()
                            && self.same_sentence(j, k + 1)
                            && self.toks[k].gap == Gap::Space
                            && self.word(k) == "và"
                            && capitalised_field(k + 1)
                        {
                            j = k + 1;
                            continue;
                        }
                        // "cô Dáng người cao ráo", "cô Dược sĩ": a capitalised
                        // syllable spelling a word with the lower-case one after it
                        // is that word, no given name
                        if personal && !self.appositive && !self.lexicon_pair(j) {
                            let before = self.out.len();
                            self.person(j, j + 1, &titles, country, role.or(org_role));
                            self.chain_offices(before, &starts, j);
                            return self.after_person(before, j + 1);
                        }
                        break;
                    }
                    // "Hội đàm Thủ tướng Hàn-Việt": a pair of countries is no name
                    // (and the title is both sides', no one holder's)
                    if self.pair_side(j).is_some() {
                        return j;
                    }
                    let mut end = self.name_run(j);
                    if titles.is_empty() && !personal {
                        break;
                    }
                    // "cô Linh Cộng thêm việc": after a form of address alone, a
                    // headline run into its sentence; the name's last syllable that
                    // spells a word with the lower-case one after it is that word's
                    // (a full name from its surname keeps three syllables, and
                    // cuts the fourth only at a common word: "ông Nguyễn Thiện Nhân
                    // cho", "bà Võ Thị Liên Chi dùng", but "Đinh La Thăng Đề nghị")
                    // (not a hyphenated piece: "ông Jeong Cheol-dong cho biết")
                    if titles.is_empty()
                        && end > j + 1
                        && self.toks[end - 1].gap != Gap::Joined
                        && self.same_sentence(j, end)
                        && self.toks[end].lower
                        && self.toks[end].gap == Gap::Space
                        && (!self.g.is_surname(self.word(j)) && self.lexicon_pair(end - 1)
                            || end - j >= 4 && self.common_pair(end - 1))
                    {
                        end -= 1;
                    }
                    // "Tổng giám đốc Thép Hòa Phát ...": words of the title, not the name
                    let more = self.same_sentence(j, end)
                        && self.toks[end].gap == Gap::Space
                        && self.best(end).is_some_and(|c| {
                            matches!(self.entry_kind(c.target), Some(EntryKind::Organisation))
                                || matches!(c.target, Target::Head(_))
                                || self.entry_kind(c.target) == Some(EntryKind::Country)
                                    && c.end - c.start > 1
                        });
                    if more {
                        j = end;
                        continue;
                    }
                    if self.appositive {
                        self.appositive_name = true;
                        break;
                    }
                    let before = self.out.len();
                    let start = self.name_after_unknown(j, end);
                    self.person(start, end, &titles, country, role.or(org_role));
                    self.chain_offices(before, &starts, j);
                    return self.after_person(before, end);
                }
            }
        }
        let role = role.or(org_role);
        if !self.appositive {
            self.bare_title(&starts, &titles, j, country.clone(), role.clone());
            self.bare_chain = Some((j, (titles.clone(), country.clone(), role.clone())));
        }
        self.chain_info = Some((titles, country, role));
        j.max(i + 1)
    }

    /// Whether the capitalised field `from..end` (a word plus its lower-case
    /// syllable) is followed by "và" and another such field, with more of a
    /// title chain after it: "Kế hoạch và Tài chính Hàn Quốc".
    fn field_then_va_field(&self, from: usize, end: usize) -> bool {
        let m = end + 1;
        end == from + 2
            && self.toks[from + 1].lower
            && self.same_sentence(from, m + 2)
            && self.toks[end].gap == Gap::Space
            && self.word(end) == "và"
            && self.toks[m].cap
            && self.toks[m].gap == Gap::Space
            && text::looks_vietnamese(self.word(m))
            && self.toks[m + 1].lower
            && self.toks[m + 1].gap == Gap::Space
            && self.toks[m + 2].cap
            && self.toks[m + 2].gap == Gap::Space
    }

    /// The office the chain's tokens `from..to` name, with the countries in
    /// them left out ("Bộ trưởng Ngoại giao Nga" → "Bộ trưởng Ngoại giao",
    /// RUS); an office that needs a country ("Tổng thống") has one.
    fn office_of(&self, from: usize, to: usize) -> Option<(&'a Office, Option<String>)> {
        let mut words = String::new();
        let mut country: Option<String> = None;
        // end of the title cue being read: its words are never left out
        let mut inside = from;
        let mut k = from;
        while k < to.min(self.toks.len()) {
            let here = self.at(k);
            if k >= inside {
                let nation = here.iter().find(|c| {
                    c.end as usize <= to && self.entry_kind(c.target) == Some(EntryKind::Country)
                });
                if let Some(c) = nation {
                    if let Target::Entry(e) = c.target {
                        country = country.or_else(|| self.g.entries[e as usize].country.clone());
                    }
                    k = c.end as usize;
                    continue;
                }
                let cue_end = here
                    .iter()
                    .filter(|c| self.title_kind(c.target) == Some(TitleKind::Office))
                    .map(|c| c.end as usize)
                    .max();
                match cue_end {
                    Some(e) => inside = e,
                    None if here
                        .iter()
                        .any(|c| self.title_kind(c.target) == Some(TitleKind::Connector)) =>
                    {
                        k += 1;
                        continue;
                    }
                    None => {}
                }
            }
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(self.word(k));
            k += 1;
        }
        let office = self.g.office(&words)?;
        let country = office.country.clone().or(country);
        (office.alone || country.is_some()).then_some((office, country))
    }

    /// Records on the person pushed at `pushed` the offices its chain names
    /// and the role the office implies when the titles gave none. The title
    /// next to the name is the person's; an earlier one ("Tổng Bí thư, Chủ
    /// tịch Quốc vụ Kim Jong Un") only when the gazetteer says they held it,
    /// for it may be someone else's ("thừa ủy quyền Thủ tướng Chính phủ, Phó
    /// Thủ tướng Vương Đình Huệ").
    fn chain_offices(&mut self, pushed: usize, starts: &[usize], name_start: usize) {
        let mut offices = Vec::new();
        let mut role = None;
        let mut others = Vec::new();
        let entry = self
            .out
            .get(pushed)
            .and_then(|r| r.entry)
            .map(|e| &self.g.entries[e]);
        for (n, &from) in starts.iter().enumerate().rev() {
            // "cựu Tổng thống Obama", "ứng viên Tổng thống X": not the holder now
            if self.office_blocked(from) {
                continue;
            }
            let to = starts.get(n + 1).copied().unwrap_or(name_start);
            let to = self.segment_end(from, to);
            if let Some((office, country)) = self.office_of(from, to) {
                let last = n + 1 == starts.len();
                if last || entry.is_some_and(|e| self.g.ever_held(e, &office.office)) {
                    offices.push(office.office.clone());
                    role = office.role.clone().or(role);
                } else {
                    others.push(self.title_raw(from, to, office, country, None, None));
                }
            }
        }
        self.out.extend(others);
        if let Some(raw) = self.out.get_mut(pushed) {
            if raw.kind == EntityKind::Person {
                raw.offices = offices;
                if raw.role.is_none() {
                    raw.role = role;
                }
            }
        }
    }

    /// A title chain with no name after it ("Tổng Bí thư đề nghị ...", "Tổng
    /// thống Nga cho biết"): a mention of whoever holds that office, resolved
    /// when the entities are assembled. Plural or former holders ("các Bộ
    /// trưởng", "cựu Tổng thống", "Thủ tướng hai nước") are nobody in particular.
    /// Each title of a list ("Chủ tịch nước, Thủ tướng Chính phủ") is its own
    /// mention: of one person or of two, as the holders say.
    fn bare_title(
        &mut self,
        starts: &[usize],
        titles: &[Span],
        end: usize,
        country: Option<String>,
        role: Option<String>,
    ) {
        let Some(&first) = starts.first() else { return };
        let blocked_before = first > 0
            && self.same_sentence(first - 1, first)
            && self.g.blocks_office_before(self.word(first - 1));
        let blocked_after =
            self.same_sentence(first, end) && self.g.blocks_office_after(self.word(end));
        if blocked_before || blocked_after || end <= first || self.governs_body(first) {
            return;
        }
        for (n, &from) in starts.iter().enumerate() {
            if n > 0 && self.office_blocked(from) {
                continue;
            }
            let to = self.segment_end(from, starts.get(n + 1).copied().unwrap_or(end));
            let Some((office, office_country)) = self.office_of(from, to) else {
                continue;
            };
            let raw = self.title_raw(
                from,
                to,
                office,
                office_country.or_else(|| country.clone()),
                role.clone(),
                titles.get(n),
            );
            self.out.push(raw);
        }
    }

    /// Whether the title at `from` names the office an organisation just
    /// before it is tied to ("Ủy ban ... trực thuộc Tổng thống Hàn Quốc"),
    /// not a mention of its holder.
    fn governs_body(&self, from: usize) -> bool {
        // compared word by word, with no allocation: bare titles are frequent
        let tie_start = ORG_GOVERNORS.iter().find_map(|tie| {
            let a = from.checked_sub(tie.len())?;
            let same = tie
                .iter()
                .enumerate()
                .all(|(n, w)| self.same_sentence(a + n, from) && self.word(a + n) == *w);
            same.then_some(a)
        });
        let Some(a) = tie_start.filter(|&a| a > 0) else {
            return false;
        };
        // the body's name may run on in lower-case words the scan did not take
        // ("Ủy ban Phát triển | cân bằng quốc gia trực thuộc ...")
        let body_end = self.toks[a - 1].span.end;
        self.out.iter().rev().take(4).any(|r| {
            r.kind == EntityKind::Organisation
                && r.span.end <= body_end
                && self.text.get(r.span.end..body_end).is_some_and(|gap| {
                    gap.split_whitespace().count() <= 4
                        && gap
                            .chars()
                            .all(|c| c == ' ' || c.is_alphabetic() && !c.is_uppercase())
                })
        })
    }

    /// Whether the word before the title at `from` makes it no holder's
    /// ("cựu", "các", "bầu cử").
    fn office_blocked(&self, from: usize) -> bool {
        from > 0
            && self.same_sentence(from - 1, from)
            && self.g.blocks_office_before(self.word(from - 1))
    }

    /// The mention of an office's holder by the title at tokens `from..to`.
    fn title_raw(
        &self,
        from: usize,
        to: usize,
        office: &Office,
        country: Option<String>,
        role: Option<String>,
        title: Option<&Span>,
    ) -> Raw {
        let span = self.span(from, to);
        Raw {
            kind: EntityKind::Person,
            entry: None,
            name: span.of(self.text).to_string(),
            country,
            role: office.role.clone().or(role),
            roles: title
                .map(|s| s.of(self.text).to_string())
                .into_iter()
                .collect(),
            span,
            sentence: self.toks[from].sentence,
            short: Short::Title,
            offices: vec![office.office.clone()],
        }
    }

    /// Where the title starting at `from` ends, before `to`: before "tại" or
    /// "của" ("Tổng thống tại Hàn Quốc" is no office of Korea's) and before a
    /// "và" joining the next title.
    fn segment_end(&self, from: usize, to: usize) -> usize {
        let mut inside = from;
        for k in from..to.min(self.toks.len()) {
            let here = self.at(k);
            if k >= inside {
                if let Some(e) = here
                    .iter()
                    .filter(|c| self.title_kind(c.target) == Some(TitleKind::Office))
                    .map(|c| c.end as usize)
                    .max()
                {
                    inside = e;
                } else if k > from && cue_word("title_end", self.word(k)) {
                    return k;
                }
            }
        }
        to.max(from + 1).min(self.toks.len())
    }

    /// After a person's name, titles in apposition belong to that person:
    /// "ông Marc Knapper, Đại sứ Hoa Kỳ tại Việt Nam, cho biết".
    fn after_person(&mut self, pushed_at: usize, end: usize) -> usize {
        let is_person = self
            .out
            .get(pushed_at)
            .is_some_and(|r| r.kind == EntityKind::Person);
        // "nữ con tin Romi Gonen, Emily Damari và Doron Steinbrecher": a list
        // of foreign names after a foreign name the article cued
        let foreign = self.out.get(pushed_at).filter(|r| {
            r.kind == EntityKind::Person
                && r.entry.is_none()
                && r.name.split(' ').count() >= 2
                && r.name.split([' ', '-']).all(foreign_spelt)
        });
        if let Some(country) = foreign.map(|r| r.country.clone()) {
            if !self.appositive {
                let listed = self.foreign_list(end, country);
                if listed > end {
                    return listed;
                }
            }
        }
        let apposition = is_person
            && !self.appositive
            && end < self.toks.len()
            && self.same_sentence(end - 1, end)
            && self.toks[end].gap == Gap::Comma
            && self
                .best(end)
                .is_some_and(|c| self.title_kind(c.target) == Some(TitleKind::Office));
        if !apposition {
            return end;
        }
        self.appositive = true;
        self.appositive_name = false;
        self.chain_info = None;
        let before = self.out.len();
        let after = self.title_chain(end);
        self.appositive = false;
        if self.appositive_name {
            // "Thủ tướng Thái Lan X, Phó Thủ tướng Nga Y": a list of people,
            // each with their own titles, not titles in apposition
            self.appositive_name = false;
            self.chain_info = None;
            self.out.truncate(before);
            return self.title_chain(end);
        }
        if let Some((titles, country, role)) = self.chain_info.take() {
            let text = self.text;
            let raw = &mut self.out[pushed_at];
            raw.roles
                .extend(titles.iter().map(|s| s.of(text).to_string()));
            if raw.country.is_none() {
                raw.country = country;
            }
            if raw.role.is_none() {
                raw.role = role;
            }
        }
        after
    }

    /// Whether the lower-case syllable at `k` makes a word of a name with the
    /// capitalised one before it (org_name_words, its tail rows too: "Tự do",
    /// "Thống nhất", "Trung ương").
    fn known_tail(&self, k: usize) -> bool {
        if k == 0 || k >= self.toks.len() || !self.same_sentence(k - 1, k) {
            return false;
        }
        let word = format!("{} {}", self.word(k - 1), self.word(k));
        self.toks[k].lower
            && self.toks[k].gap == Gap::Space
            && (NAME_WORDS.get(&word).is_some() || NAME_WORDS.tails.contains(&text::key(&word)))
    }

    /// How many lower-case syllables after the capitalised one at `k - 1`
    /// belong to the same word of a name: one ("Ngoại giao", "Thương mại"),
    /// two when the name goes on after them ("Khu công nghiệp Dung Quất"),
    /// none after an acronym or before a function word ("TP yêu cầu", "đã").
    fn word_tail(&self, k: usize) -> usize {
        // a foreign word ("Scotland") takes no Vietnamese syllable after it; a
        // one-letter word only a syllable it is a known word with ("Y tế")
        if k == 0 || self.is_acronym(k - 1) || !text::looks_vietnamese(self.word(k - 1)) {
            return 0;
        }
        if self.toks[k - 1].span.len() == 1 {
            let known = k < self.toks.len()
                && self.same_sentence(k - 1, k)
                && self.toks[k].gap == Gap::Space
                && NAME_WORDS
                    .get(&format!("{} {}", self.word(k - 1), self.word(k)))
                    .is_some();
            return usize::from(known);
        }
        // "Hội Trăng lưỡi liềm đỏ": a field word of three syllables
        // opening right after the capitalised one, which makes no word with it,
        // is read whole as a lower-case field, not cut after its first syllable
        let opens_field = k < self.toks.len()
            && self.same_sentence(k - 1, k)
            && self.toks[k].lower
            && self.toks[k].gap == Gap::Space
            && self
                .name_word(k)
                .is_some_and(|(end, activity)| !activity && end >= k + 3)
            && !LEXICON_PAIRS.contains_key(&text::key(&format!(
                "{} {}",
                self.word(k - 1),
                self.word(k)
            )));
        if opens_field {
            return 0;
        }
        let fits = |m: usize| {
            self.same_sentence(k - 1, m)
                && self.toks[m].lower
                && self.toks[m].gap == Gap::Space
                && !self.g.is_function_word(self.word(m))
                && !self.at(m).iter().any(|c| {
                    // "xã" in "Liên Sơn xã Xuân Lẹ" starts a place; "phố" in "Thành phố" does not
                    let introduces_place = matches!(c.target, Target::Locative(_))
                        && self.same_sentence(m, c.end as usize)
                        && self.toks[c.end as usize].cap
                        && self.toks[c.end as usize].gap == Gap::Space
                        && self.at(c.end as usize).is_empty();
                    introduces_place
                        || matches!(c.target, Target::Entry(_) | Target::Head(_))
                        || matches!(
                            self.title_kind(c.target),
                            Some(TitleKind::Office | TitleKind::Personal)
                        )
                })
        };
        // "Tự do" in "Ủy ban Tự do tôn giáo": a known word, though "do" alone is a function word
        if !fits(k) {
            return usize::from(self.known_tail(k));
        }
        let goes_on = |m: usize| {
            self.same_sentence(k, m) && self.toks[m].cap && self.toks[m].gap == Gap::Space
        };
        // "Khí tượng, Địa vật lý và Thiên văn": a list of fields goes on too
        let list_goes_on = |m: usize| {
            self.same_sentence(k, m)
                && (self.toks[m].gap == Gap::Comma && self.toks[m].cap
                    || self.toks[m].gap == Gap::Space && self.word(m) == "và" && goes_on(m + 1))
        };
        // "Cục Xuất nhập khẩu, ...": a field word of three syllables whose
        // first is the capitalised one is read whole wherever the name ends
        let whole_word = || {
            NAME_WORDS
                .get(&format!(
                    "{} {} {}",
                    self.word(k - 1),
                    self.word(k),
                    self.word(k + 1)
                ))
                .is_some_and(|activity| !activity)
        };
        if fits(k + 1) && (goes_on(k + 2) || list_goes_on(k + 2) || whole_word()) {
            2
        } else {
            1
        }
    }

    /// A country right after a dash at `k` ("Việt Nam - Nhật Bản", "Việt Nam-Lào").
    fn paired_country(&self, k: usize) -> Option<Cand> {
        if k == 0 || !self.same_sentence(k - 1, k) {
            return None;
        }
        let between = self
            .text
            .get(self.toks[k - 1].span.end..self.toks[k].span.start)?;
        if !matches!(between.trim(), "-" | "–") {
            return None;
        }
        self.best(k)
            .filter(|c| self.entry_kind(c.target) == Some(EntryKind::Country))
    }

    /// A bloc right after a dash at `k` that pairs a body's country with it
    /// ("Hội đồng Kinh doanh Hoa Kỳ - ASEAN"): returns the bloc's end. The bloc
    /// is part of the body's name there, no body of its own.
    fn paired_bloc(&self, k: usize) -> Option<usize> {
        if k >= self.toks.len() || !self.toks[k].cap || k == 0 || !self.same_sentence(k - 1, k) {
            return None;
        }
        let between = self
            .text
            .get(self.toks[k - 1].span.end..self.toks[k].span.start)?;
        if !matches!(between.trim(), "-" | "–") {
            return None;
        }
        let c = self.best(k)?;
        let Target::Entry(e) = c.target else {
            return None;
        };
        let entry = &self.g.entries[e as usize];
        (entry.kind == EntryKind::Organisation && entry.subkind == "igo").then_some(c.end as usize)
    }

    /// The host after an embassy's "tại": a country, a city, or a body
    /// ("Phái đoàn thường trực Việt Nam tại Liên hợp quốc"). Returns its end.
    fn host(&mut self, c: Cand, in_chain: bool) -> usize {
        if self.entry_kind(c.target) == Some(EntryKind::Organisation) {
            return self.parse_org(c.start as usize, in_chain).end;
        }
        // "Lục quân Mỹ tại Thái Bình Dương": an ocean or a region no country
        // owns, which a command covers, is a word of its name, not a place the
        // text is about ("Đại sứ quán tại Dải Gaza" keeps its place)
        let area = matches!(c.target, Target::Entry(e)
            if matches!(self.g.entries[e as usize].subkind.as_str(), "site" | "region")
                && self.g.entries[e as usize].country.is_none());
        if !area {
            self.location(c);
        }
        c.end as usize
    }

    /// The lexicon word of one to four lower-case syllables at `k` (see
    /// [`NameWords`]), longest first: its end and whether it is an activity.
    fn name_word(&self, k: usize) -> Option<(usize, bool)> {
        let mut joined = String::new();
        let mut best = None;
        for m in k..(k + 4).min(self.toks.len()) {
            let t = &self.toks[m];
            if !self.same_sentence(k, m) || !t.lower || (m > k && t.gap != Gap::Space) {
                break;
            }
            if m > k {
                joined.push(' ');
            }
            joined.push_str(self.word(m));
            if let Some(activity) = NAME_WORDS.get(&joined) {
                best = Some((m + 1, activity));
            }
        }
        best
    }

    /// The lower-case part of a name's field from `k` ("đê điều" in "Cục Quản
    /// lý đê điều và ..."): lexicon words only, the first no activity unless
    /// the field opens after "và" or runs up to a country's name ("Quỹ Hợp
    /// tác phát triển kinh tế Hàn Quốc": a predicate would not end there),
    /// and only when the name visibly goes on or ends after it. Returns its end.
    fn lower_field(&self, k: usize, after_va: bool) -> Option<usize> {
        let mut e = k;
        let mut opened_by_activity = false;
        let mut nouns_only = true;
        while e < self.toks.len() && e - k < 8 {
            // "Viện Quan hệ quốc tế về quốc phòng": a field goes on with "về"
            // and another field word
            if e > k
                && self.word(e) == "về"
                && self.same_sentence(e, e + 1)
                && self.toks[e + 1].gap == Gap::Space
            {
                if let Some((end, false)) = self.name_word(e + 1) {
                    e = end;
                    continue;
                }
            }
            // "ĐH Kinh tế quốc dân... cơ bản": a field ends at an ellipsis,
            // a stop or a bracket (a comma, a dash or "&" may join fields)
            if e > k
                && self.text[self.toks[e - 1].span.end..self.toks[e].span.start]
                    .contains(['.', '…', ';', ':', '(', ')'])
            {
                break;
            }
            let Some((end, activity)) = self.name_word(e) else {
                break;
            };
            if activity && e == k && !after_va && !self.ends_known_word(k, end) {
                opened_by_activity = true;
            }
            // "Thông tin | liên lạc ở ...": an activity that completes a
            // word with the syllables before it is a noun there
            nouns_only &= !activity || self.ends_known_word(e, end);
            e = end;
        }
        // (unless its acronym in brackets closes it: "Quỹ Hợp tác phát triển
        // kinh tế (EDCF)")
        let acronym_closes = || {
            e < self.toks.len()
                && self.same_sentence(e - 1, e)
                && self.is_acronym(e)
                && self.text[self.toks[e - 1].span.end..self.toks[e].span.start].trim() == "("
                && self.text[self.toks[e].span.end..].starts_with(')')
        };
        if opened_by_activity && !self.country_at(e) && !acronym_closes() {
            return None;
        }
        // "Ủy ban An ninh quốc gia vào lúc ...": a field of nouns only ends
        // the name before a function word too (a predicate would be a verb);
        // so it does before "và" with no field or name after it ("Sở Giao
        // thông vận tải và thăm cảng Cát Lái")
        let before_function_word = || {
            nouns_only
                && self.same_sentence(e - 1, e)
                && self.toks[e].gap == Gap::Space
                && self.toks[e].lower
                && if self.word(e) == "và" {
                    self.same_sentence(e, e + 1)
                        && self.toks[e + 1].gap == Gap::Space
                        && self.toks[e + 1].lower
                        && self.name_word(e + 1).is_none()
                } else {
                    self.g.is_function_word(self.word(e))
                }
        };
        (e > k && (self.name_closes(e) || before_function_word())).then_some(e)
    }

    /// Where a remit that "về" at `k` opens ends: lower-case field words
    /// (org_name_words; a fixed pair of them with its comma first: "phòng,
    /// chống thiên tai"), read as after "và", that close the name; None when
    /// there are none.
    fn remit_after(&self, k: usize) -> Option<usize> {
        if !(k + 1 < self.toks.len()
            && self.word(k) == "về"
            && self.toks[k].gap == Gap::Space
            && self.same_sentence(k, k + 1)
            && self.toks[k + 1].gap == Gap::Space)
        {
            return None;
        }
        let from = self.comma_pair_end(k + 2).unwrap_or(k + 1);
        self.lower_field(from, true)
    }

    /// After a comma at `k` inside a name, the end of a fixed pair of fields
    /// the comma joins ("Cứu hộ, cứu nạn", "Phòng, chống"): one or two
    /// syllables before it, one or two lower-case ones after it. A spaced
    /// dash joins them as well ("Cục Cứu hộ - cứu nạn").
    fn comma_pair_end(&self, k: usize) -> Option<usize> {
        let joined = |k: usize| match self.toks[k].gap {
            Gap::Comma => true,
            Gap::Break => matches!(
                self.text[self.toks[k - 1].span.end..self.toks[k].span.start].trim(),
                "-" | "–"
            ),
            _ => false,
        };
        if k == 0
            || k >= self.toks.len()
            || !joined(k)
            || !self.toks[k].lower
            || !self.same_sentence(k - 1, k)
            || NAME_WORDS.pairs.is_empty()
        {
            return None;
        }
        for before in 1..=2.min(k) {
            let a = k - before;
            if before == 2 && (self.toks[a + 1].gap != Gap::Space || !self.same_sentence(a, k)) {
                break;
            }
            for after in (1..=2).rev() {
                let b = k + after;
                if b > self.toks.len()
                    || !self.same_sentence(k, b - 1)
                    || (k + 1..b).any(|m| self.toks[m].gap != Gap::Space || !self.toks[m].lower)
                {
                    continue;
                }
                if NAME_WORDS
                    .pairs
                    .contains(&text::key(self.span(a, b).of(self.text)))
                {
                    return Some(b);
                }
            }
        }
        None
    }

    /// Whether the capitalised word at `k`, after a spaced dash inside a
    /// name, is a two-syllable head of a body that closes the field there
    /// ("Quân chủng Phòng không - Không quân và ...": "Không quân" is a
    /// head, but here the second field of the name). A head that goes on
    /// with a field word, a name or a place ("... - Hội đồng nhân dân", "...
    /// - Công an TP Hà Nội", "... - Công an quận X") opens a body of its own.
    fn closing_head_field(&self, k: usize) -> bool {
        let e = k + 2;
        let cands = self.at(k);
        !cands.is_empty()
            && cands
                .iter()
                .all(|c| matches!(c.target, Target::Head(_)) && c.end as usize == e)
            && (e >= self.toks.len()
                || !self.same_sentence(k + 1, e)
                || self.toks[e].gap != Gap::Space
                || self.toks[e].lower && self.name_word(e).is_none() && self.at(e).is_empty())
    }

    /// Whether a country's name starts at token `e`, right after a space.
    fn country_at(&self, e: usize) -> bool {
        e > 0
            && self.same_sentence(e - 1, e)
            && self.toks[e].gap == Gap::Space
            && self
                .best(e)
                .is_some_and(|c| self.entry_kind(c.target) == Some(EntryKind::Country))
    }

    /// Whether the lower-case word `k..end` completes a lexicon word with the
    /// one or two syllables before it ("Công nghệ | thông tin"), so that it is
    /// no verb there even if it can be one ("Báo X thông tin" = "X reports").
    fn ends_known_word(&self, k: usize, end: usize) -> bool {
        let tail = self.span(k, end).of(self.text);
        (k.saturating_sub(2)..k).any(|from| {
            (from..k)
                .all(|m| self.same_sentence(m, k) && (m == from || self.toks[m].gap == Gap::Space))
                && self.toks[k].gap == Gap::Space
                && NAME_WORDS
                    .get(&format!("{} {tail}", self.span(from, k).of(self.text)))
                    .is_some()
        })
    }

    /// Whether a name may end before token `e` or go on there: punctuation,
    /// the end of the sentence, a capitalised word, "và" and another field, a
    /// country or a place, or a word tying it to a country ("nước Trung Hoa").
    fn name_closes(&self, e: usize) -> bool {
        if e >= self.toks.len() || !self.same_sentence(e - 1, e) {
            return true;
        }
        let t = &self.toks[e];
        if !matches!(t.gap, Gap::Space | Gap::Joined) || t.cap {
            return true;
        }
        let place = |k: usize| {
            self.at(k).iter().any(|c| {
                matches!(
                    self.entry_kind(c.target),
                    Some(EntryKind::Country | EntryKind::Place)
                ) || matches!(c.target, Target::Locative(_))
            })
        };
        if place(e) || self.unit_number_ends(e) {
            return true;
        }
        // "Ủy ban Cải cách hành chính trực thuộc Thủ tướng": a word tying the
        // body to the office governing it
        let tie = ORG_GOVERNORS.iter().any(|tie| {
            tie.iter().enumerate().all(|(o, w)| {
                self.same_sentence(e, e + o)
                    && (o == 0 || self.toks[e + o].gap == Gap::Space)
                    && self.word(e + o) == *w
            })
        });
        if tie {
            return true;
        }
        let next_on = self.same_sentence(e, e + 1) && self.toks[e + 1].gap == Gap::Space;
        if !next_on {
            return false;
        }
        if self.word(e) == "và" {
            return self.toks[e + 1].cap || self.name_word(e + 1).is_some();
        }
        self.at(e + 1)
            .iter()
            .any(|c| self.entry_kind(c.target) == Some(EntryKind::Country))
    }

    /// "Việt - Lào" at `k`: two one-syllable country forms joined by a dash,
    /// with each one's country entry.
    fn pair_after_head(&self, k: usize) -> Option<[(usize, usize); 2]> {
        if k + 1 >= self.toks.len() || !self.same_sentence(k, k + 1) {
            return None;
        }
        let dash = self
            .text
            .get(self.toks[k].span.end..self.toks[k + 1].span.start)
            .is_some_and(|g| matches!(g.trim(), "-" | "–"));
        let a = self.g.pair_form(self.word(k))?;
        let b = self.g.pair_form(self.word(k + 1))?;
        dash.then_some([(k, a), (k + 1, b)])
    }

    /// Whether the known body is one of Vietnam's armed bodies, which have a
    /// command in each province ("Bộ đội Biên phòng tỉnh Cà Mau").
    fn provincial_commands(&self, entry: Option<usize>) -> bool {
        entry.is_some_and(|e| {
            let own = &self.g.entries[e];
            own.subkind == "military" && own.country.as_deref() == Some("VNM")
        })
    }

    /// The length in tokens of the country named at `k`, 0 when none is.
    fn country_len_at(&self, k: usize) -> usize {
        self.best(k)
            .filter(|c| self.entry_kind(c.target) == Some(EntryKind::Country))
            .map_or(0, |c| (c.end - c.start) as usize)
    }

    /// "Bộ Tư lệnh Vùng Cảnh sát biển 3,": a unit's number of one to three
    /// digits at `k`, after which the name visibly ends (punctuation, the
    /// sentence's end, a capitalised word), is the last word of the name.
    fn unit_number_ends(&self, k: usize) -> bool {
        let w = self.word(k);
        (1..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit())
            && self.toks[k].gap == Gap::Space
            && (k + 1 >= self.toks.len()
                || !self.same_sentence(k, k + 1)
                || self.toks[k + 1].gap != Gap::Space
                || self.toks[k + 1].cap
                // "Bệnh viện Quân y 103 và lực lượng công binh"
                || self.word(k + 1) == "và"
                // "Bộ Tư lệnh Vùng Cảnh sát biển 2 đã ...", "... 2 cử tham
                // gia": a tense marker or a verb (cue_words.tsv; a count is
                // followed by what it counts: "Vùng 4 có 20 tàu")
                || cue_word("after_unit_number", self.word(k + 1))
                // "Ban Chỉ đạo 515 tỉnh Tây Ninh": the province the unit is of
                || self.at(k + 1).iter().any(|c| {
                    matches!(c.target, Target::Locative(_))
                        && self.same_sentence(k + 1, c.end as usize)
                        && self.toks[c.end as usize].cap
                        && self.toks[c.end as usize].gap == Gap::Space
                }))
    }

    /// After a comma at `k` inside a name, whether a list of fields follows
    /// that "và" closes ("Bộ Công nghiệp, Thương mại và Năng lượng"): each
    /// field a capitalised Vietnamese word no gazetteer, head or title claims
    /// (so "Bộ Y tế, Bộ Ngoại giao và ..." is a list of bodies) and no surname.
    fn field_list(&self, k: usize) -> bool {
        // the field before the comma is a Vietnamese word too, not "TQ"
        if k == 0 || !text::looks_vietnamese(self.word(k - 1)) {
            return false;
        }
        let mut j = k;
        let mut field_start = true;
        let mut lower_field = false;
        while j < self.toks.len() && j - k < 12 && self.same_sentence(k, j) {
            let t = &self.toks[j];
            if j > k {
                match t.gap {
                    Gap::Space => {}
                    Gap::Comma if t.cap => field_start = true,
                    _ => return false,
                }
            }
            // "Báo và Phát thanh, truyền hình Nghệ An": the list ends with the
            // province the body belongs to
            let place = self.at(j).iter().any(|c| {
                matches!(
                    self.entry_kind(c.target),
                    Some(EntryKind::Place | EntryKind::Country)
                )
            });
            if place && lower_field && !field_start && t.gap == Gap::Space {
                return true;
            }
            let w = self.word(j);
            if t.cap {
                // "Phòng ngừa": a one-syllable head with a lower-case syllable
                // after it is a word of the field, not a second body
                let word_after = self.same_sentence(j, j + 1)
                    && self.toks[j + 1].lower
                    && self.toks[j + 1].gap == Gap::Space;
                let claimed = self.at(j).iter().any(|c| match c.target {
                    Target::Head(_) => !(c.end as usize == j + 1 && word_after),
                    Target::Title(_) => self.title_kind(c.target) != Some(TitleKind::Connector),
                    _ => true,
                });
                if claimed || !text::looks_vietnamese(w) || (field_start && self.g.is_surname(w)) {
                    return false;
                }
                field_start = false;
            } else if w == "và" {
                let next_ok =
                    j > k && self.same_sentence(j, j + 1) && self.toks[j + 1].gap == Gap::Space;
                // "Bộ Công nghiệp, thương mại và tài nguyên Hàn Quốc": a lower-case
                // last field, then the country the list must end with
                if next_ok && lower_field && self.toks[j + 1].lower {
                    if let Some((e, false)) = self.name_word(j + 1) {
                        j = e;
                        field_start = false;
                        continue;
                    }
                    return false;
                }
                // (its first syllable may be a one-syllable head before a
                // lower-case one: "Bộ Lao động, Y tế và Đoàn kết Pháp")
                let word_of_field = |m: usize| {
                    self.at(m).iter().all(|c| {
                        matches!(c.target, Target::Head(_))
                            && c.end as usize == m + 1
                            && self.same_sentence(m, m + 1)
                            && self.toks[m + 1].lower
                            && self.toks[m + 1].gap == Gap::Space
                    })
                };
                return next_ok && self.toks[j + 1].cap && word_of_field(j + 1);
            } else if let Some((e, false)) = self.name_word(j).filter(|_| field_start) {
                // a field written in lower case: "..., truyền hình Nghệ An"
                field_start = false;
                lower_field = true;
                j = e;
                continue;
            } else if !t.lower || self.g.is_function_word(w) || !self.at(j).is_empty() {
                return false;
            }
            j += 1;
        }
        false
    }

    /// Whether a country's name closes the list of fields from `k` before any
    /// punctuation: a foreign ministry's long name ("..., Thương mại và Phát
    /// triển Canada"), not a list of things after a ministry's name.
    fn country_closes_list(&self, k: usize) -> bool {
        (k..(k + 14).min(self.toks.len()))
            .take_while(|&j| self.same_sentence(k, j) && (j == k || self.toks[j].gap != Gap::Break))
            .any(|j| {
                self.best(j)
                    .is_some_and(|d| self.entry_kind(d.target) == Some(EntryKind::Country))
            })
    }

    /// Whether the stop phrase `d` (number `s`) at `k` is a word of the name
    /// the head at `i` opened: capitalised, no word of a sentence's start
    /// ("Theo", "Về"), and not spelling a stop phrase with the head ("Bộ Luật"
    /// is "Bộ luật", a code of law).
    fn stop_in_name(&self, i: usize, k: usize, d: Cand, s: u16) -> bool {
        let first = self.word(k).to_lowercase();
        self.toks[k].cap
            && !self.g.stops[s as usize].initial_only
            && !self.g.is_function_word(&first)
            && !self
                .stop_keys
                .contains(&text::key(self.span(i, d.end as usize).of(self.text)))
    }

    /// After "nước" at `k`, where the country's name starts when the words
    /// up to it are its formal style, capitalised where the style begins:
    /// "nước | Cộng hòa xã hội chủ nghĩa | Việt Nam", "nước | Cộng hòa | Belarus".
    fn formal_country_after(&self, k: usize) -> Option<usize> {
        let mut j = k + 1;
        while j < self.toks.len() && j - k <= 7 && self.same_sentence(k, j) {
            if self.toks[j].gap != Gap::Space || (j == k + 1 && !self.toks[j].cap) {
                return None;
            }
            if self
                .best(j)
                .is_some_and(|c| self.entry_kind(c.target) == Some(EntryKind::Country))
            {
                return Some(j);
            }
            j += 1;
        }
        None
    }

    /// A one-syllable head written as the first syllable of a word ("Phòng
    /// chống" in "... và Phòng chống thiên tai"), not opening a second body.
    fn head_as_word(&self, k: usize) -> bool {
        let here = self.at(k);
        !here.is_empty()
            && here
                .iter()
                .all(|c| matches!(c.target, Target::Head(_)) && c.end as usize == k + 1)
            && self.same_sentence(k, k + 1)
            && self.toks[k + 1].lower
            && self.toks[k + 1].gap == Gap::Space
            && !self.g.is_function_word(self.word(k + 1))
            && self.at(k + 1).is_empty()
    }

    /// "Công ty Royal Australia Mint": after a country at `country..k` in a
    /// name whose words from `from` are foreign, one more foreign capitalised
    /// word nothing else claims, with no capitalised word after it.
    fn foreign_word_after_country(&self, from: usize, country: usize, k: usize) -> bool {
        let foreign_before =
            (from..country).any(|m| self.toks[m].cap && !text::looks_vietnamese(self.word(m)));
        foreign_before
            && self.same_sentence(country, k)
            && self.toks[k].gap == Gap::Space
            && self.toks[k].cap
            && !self.is_acronym(k)
            && !text::looks_vietnamese(self.word(k))
            && self.at(k).is_empty()
            && !(self.same_sentence(k, k + 1)
                && self.toks[k + 1].cap
                && self.toks[k + 1].gap == Gap::Space)
    }

    /// An organisation from a head or gazetteer body at `i`, with its
    /// continuation. Emits it (and the bodies and countries inside it).
    /// "Ajinomoto Việt Nam", "Samsung Việt Nam": a company's one-word name and
    /// another country than its own name its branch in that country, one body;
    /// so does a company word after it ("Masan Consumer", "Toyota Motor").
    fn subsidiary_in(&self, i: usize, k: usize) -> bool {
        let Some(Target::Entry(e)) = self.best(i).map(|c| c.target) else {
            return false;
        };
        let company = &self.g.entries[e as usize];
        k == i + 1
            && company.subkind == "business"
            && self.same_sentence(i, k)
            && self.toks[k].gap == Gap::Space
            && (COMPANY_WORDS.contains(self.word(k)) && self.at(k).is_empty()
                || self.brand_tail(i, k)
                || self.best(k).is_some_and(|d| match d.target {
                    Target::Entry(c) => {
                        let c = &self.g.entries[c as usize];
                        c.kind == EntryKind::Country && c.country != company.country
                    }
                    _ => false,
                }))
    }

    /// "LG Innotek", "SK Hynix": after a company the gazetteer
    /// names by an acronym, a foreign-spelt word of mixed case nothing claims
    /// (no surname: "SK Chey Tae-won" is its chairman) names its unit.
    fn brand_tail(&self, i: usize, k: usize) -> bool {
        let w = self.word(k);
        self.is_acronym(i)
            && self.toks[k].cap
            && w.chars().count() >= 4
            && foreign_spelt(w)
            && w.chars().skip(1).all(char::is_lowercase)
            && self.at(k).is_empty()
            && !self.g.is_surname(w)
            && !KOREAN_SURNAMES.contains(w)
            // "Giám đốc khu vực Ngân hàng HSBC Dorren Steidle": a capitalised
            // word nothing claims after it makes the two a person's name (a
            // country goes on with the unit's: "LG Innotek Việt Nam")
            && !(self.same_sentence(k, k + 1)
                && self.toks[k + 1].gap == Gap::Space
                && self.toks[k + 1].cap
                && self.entry_kind_at(k + 1) != Some(EntryKind::Country))
    }

    /// The Vietnamese province or city right after a company's name has
    /// reached "Việt Nam" at `k`: the place of its plant.
    fn plant_place_after(&self, k: usize, country: Option<&str>) -> Option<Cand> {
        if !(country == Some("VNM")
            && k < self.toks.len()
            && self.same_sentence(k - 1, k)
            && self.toks[k].gap == Gap::Space
            && self.toks[k].cap)
        {
            return None;
        }
        self.best(k).filter(|p| match p.target {
            Target::Entry(e) => {
                let e = &self.g.entries[e as usize];
                e.kind == EntryKind::Place
                    && e.country.as_deref() == Some("VNM")
                    && matches!(e.subkind.as_str(), "province" | "municipality" | "city")
            }
            _ => false,
        })
    }

    /// The kind of the gazetteer entry that best matches at `k`, if any.
    fn entry_kind_at(&self, k: usize) -> Option<EntryKind> {
        self.best(k).and_then(|c| self.entry_kind(c.target))
    }

    /// Whether "và" at `k` goes on with a capitalised field nothing else claims.
    fn field_after_va(&self, k: usize) -> bool {
        k + 1 < self.toks.len()
            && self.same_sentence(k, k + 1)
            && self.word(k) == "và"
            && self.toks[k].gap == Gap::Space
            && self.toks[k + 1].gap == Gap::Space
            && self.toks[k + 1].cap
            && self.at(k + 1).is_empty()
    }

    /// Whether the words around a body's name at `i..end` make it several
    /// bodies ("hai Bộ Quốc phòng", "Bộ Ngoại giao các nước").
    fn plural_around(&self, i: usize, end: usize) -> bool {
        let before = i > 0
            && self.same_sentence(i - 1, i)
            && self.toks[i].gap == Gap::Space
            && self.g.blocks_office_before(self.word(i - 1));
        let after = end < self.toks.len()
            && self.same_sentence(i, end)
            && self.toks[end].gap == Gap::Space
            && self.g.blocks_office_after(self.word(end));
        before || after
    }

    /// The run of capitalised foreign words from `k` that nothing in the
    /// gazetteer claims ("Nour News", "Press TV", "Lashkar-e-Taiba"): where it ends.
    fn foreign_run(&self, k: usize) -> Option<usize> {
        let mut end = k;
        while end < self.toks.len() && end - k < 5 && self.same_sentence(k, end) {
            let t = &self.toks[end];
            let joined = if end == k {
                t.gap == Gap::Space && t.cap
            } else {
                t.gap == Gap::Joined || t.gap == Gap::Space && t.cap
            };
            if !joined || !foreign_spelt(self.word(end)) || !self.at(end).is_empty() {
                break;
            }
            end += 1;
        }
        (end > k).then_some(end)
    }

    /// "Hãng tin Nour News", "Hãng Tass và RT": after a head that only
    /// classifies, the foreign names it heads (one, or two joined by "và"),
    /// each an organisation named without the head. Returns where reading
    /// goes on, or None when no foreign name follows.
    fn outlet_names(&mut self, k: usize, role: Option<&str>, lower: bool) -> Option<usize> {
        // "Hãng thông tấn nhà nước Iran Press TV": lower-case words and the
        // outlet's country may come between
        let mut k = k;
        let start = k;
        while lower
            && k - start < 3
            && self.same_sentence(start, k)
            && self.toks[k].lower
            && self.toks[k].gap == Gap::Space
            && self.at(k).iter().all(|d| {
                matches!(d.target, Target::Stop(_))
                    || self.title_kind(d.target) == Some(TitleKind::Connector)
            })
            && !self.g.is_function_word(self.word(k))
        {
            k += 1;
        }
        let country = self
            .best(k)
            .filter(|d| {
                self.same_sentence(start, k)
                    && self.toks[k].gap == Gap::Space
                    && self.entry_kind(d.target) == Some(EntryKind::Country)
            })
            .filter(|d| self.foreign_run(d.end as usize).is_some());
        if let Some(d) = country {
            self.location(d);
            k = d.end as usize;
        }
        let first = self.foreign_run(k)?;
        let mut runs = [(k, first), (0, 0)];
        let j = first;
        if j + 1 < self.toks.len()
            && self.same_sentence(k, j + 1)
            && self.toks[j].gap == Gap::Space
            && self.word(j) == "và"
        {
            if let Some(e) = self.foreign_run(j + 1) {
                runs[1] = (j + 1, e);
            }
        }
        let mut end = first;
        for (s, e) in runs.into_iter().filter(|r| r.1 > r.0) {
            self.push_as_written(EntityKind::Organisation, s, e, Short::No);
            if let Some(last) = self.out.last_mut() {
                last.role = role.map(str::to_string);
            }
            end = e;
        }
        Some(end)
    }

    fn parse_org(&mut self, i: usize, in_chain: bool) -> Org {
        let n = self.toks.len();
        // (a title that is also a mission's head, read as the head: see
        // `mission_not_holder`)
        let best = self.best(i).map(|c| match c.target {
            Target::Title(_) => self
                .at(i)
                .iter()
                .copied()
                .find(|d| d.end == c.end && matches!(d.target, Target::Head(_)))
                .unwrap_or(c),
            _ => c,
        });
        let Some(c) = best else {
            return Org {
                end: i + 1,
                country: None,
                role: None,
            };
        };
        let (entry, head) = match c.target {
            Target::Entry(e) => (Some(e as usize), None),
            Target::Head(h) => (None, Some(&self.g.heads[h as usize])),
            _ => {
                return Org {
                    end: i + 1,
                    country: None,
                    role: None,
                }
            }
        };
        let embassy = head.is_some_and(|h| h.embassy);
        let abroad = head.is_some_and(|h| h.abroad);
        let business = head.is_some_and(|h| h.role.as_deref() == Some("BUS"))
            || entry.is_some_and(|e| self.g.entries[e].subkind == "business");
        let raws_before = self.out.len();
        let mut k = c.end as usize;
        // "U23 Việt Nam": a team's head goes on with its country; "U20 World
        // Cup", "U23 châu Á" name tournaments, no body
        let team = head.is_some_and(|h| h.team);
        if team
            && !(k < n
                && self.same_sentence(i, k)
                && self.toks[k].gap == Gap::Space
                && self.country_len_at(k) > 0)
        {
            return Org {
                end: k,
                country: None,
                role: None,
            };
        }
        // "quân đội Myanmar" is a body, "Cơ quan cảnh sát điều tra" no army's
        if head.is_some_and(|h| h.country_only)
            && !(k < n
                && self.same_sentence(i, k)
                && self.toks[k].gap == Gap::Space
                && self.country_len_at(k) > 0)
        {
            return Org {
                end: k,
                country: None,
                role: None,
            };
        }
        // "Chính quyền tỉnh Savannakhet" is a body, "Chính quyền Mỹ" an administration
        let unit_after = || {
            k < n
                && self.same_sentence(i, k)
                && self.toks[k].lower
                && self.toks[k].gap == Gap::Space
                && self.best(k).is_some_and(|d| match d.target {
                    Target::Locative(h) => self.g.place_heads[h as usize].kind == "admin",
                    _ => false,
                })
        };
        // "Đội K70", "Đội 2": a head named by a code or a number alone
        let code_after = || {
            k < n
                && self.same_sentence(i, k)
                && self.toks[k].gap == Gap::Space
                && unit_code(self.word(k))
        };
        if head.is_some_and(|h| h.coded) && !code_after() {
            return Org {
                end: k,
                country: None,
                role: None,
            };
        }
        if head.is_some_and(|h| h.unit) && !unit_after() {
            return Org {
                end: k,
                country: None,
                role: None,
            };
        }
        // "Phòng, chống tham nhũng": a head that opens a fixed pair of fields is
        // a word of an activity, no body
        if head.is_some() {
            if let Some(end) = self.comma_pair_end(k) {
                return Org {
                    end,
                    country: None,
                    role: None,
                };
            }
        }
        if let Some(h) = head.filter(|h| h.outlet) {
            if let Some(end) = self.outlet_names(k, h.role.as_deref(), h.lower) {
                return Org {
                    end,
                    country: None,
                    role: None,
                };
            }
        }
        // "phái đoàn Bộ Quốc phòng Lào": a head in lower case is a common noun
        // before another body, which is read on its own (so is a party's:
        // "Ban cán sự đảng UBND tỉnh Khánh Hòa")
        let party = head.is_some_and(|h| h.role.as_deref() == Some("PTY"));
        if (embassy || party)
            && self.toks[i].lower
            && self.same_sentence(i, k)
            && self.best(k).is_some_and(|d| {
                matches!(d.target, Target::Head(_))
                    || self.entry_kind(d.target) == Some(EntryKind::Organisation)
            })
        {
            return Org {
                end: k,
                country: None,
                role: None,
            };
        }
        // "Đoàn (cán bộ) Văn phòng Trung ương Đảng ...": a delegation of the
        // body after it, which is read on its own
        if head.is_some_and(|h| h.delegation) {
            let mut j = k;
            while j < k + 3 && self.same_sentence(i, j) && self.toks[j].gap == Gap::Space {
                match self.name_word(j) {
                    Some((end, _)) if self.toks[j].lower => j = end,
                    _ => break,
                }
            }
            let body_after = self.same_sentence(i, j)
                && self.toks[j].gap == Gap::Space
                && self.toks[j].cap
                && self.best(j).is_some_and(|d| match d.target {
                    // "Lực lượng Cảnh sát biển Trung Quốc" is the coast guard, but
                    // "Lực lượng Phòng vệ" a name: forces are those of an armed body
                    Target::Head(h2) => {
                        head.and_then(|h| h.role.as_deref()) != Some("MIL")
                            || matches!(
                                self.g.heads[h2 as usize].role.as_deref(),
                                Some("MIL" | "COP")
                            )
                    }
                    _ => self.entry_kind(d.target) == Some(EntryKind::Organisation),
                });
            if body_after {
                return Org {
                    end: j,
                    country: None,
                    role: None,
                };
            }
        }
        let mut country: Option<String> = None;
        let mut nested_role: Option<String> = None;
        let mut extended = false;
        let mut only_country = true;
        let mut own_party = false;
        let mut continued_cap = false;
        let mut formal = false;
        // whether the name went on with its seat ("... tại ASEAN")
        let mut hosted = false;
        let entry_is_some = entry.is_some();
        let own_entry = entry;
        if head.is_some_and(|h| h.lower) {
            let mut m = 0;
            while m < 3
                && self.same_sentence(i, k)
                && self.toks[k].lower
                && self.toks[k].gap == Gap::Space
                && self.at(k).is_empty()
                && !self.g.is_function_word(self.word(k))
            {
                k += 1;
                m += 1;
            }
        }
        // "Sư đoàn 324", "Đoàn 871": a unit's number is its name when the name
        // visibly ends there; a lower-case word after it may be counted by it
        // ("Đoàn 20 người")
        if head.is_some_and(|h| h.numbered)
            && self.same_sentence(i, k)
            && self.toks[k].gap == Gap::Space
            && self.word(k).bytes().all(|b| b.is_ascii_digit())
        {
            let counted = self.same_sentence(k, k + 1)
                && self.toks[k + 1].lower
                && self.toks[k + 1].gap == Gap::Space
                && self.word(k + 1) != "và"
                // "Hạm đội 7 của Mỹ": the unit belongs to its country
                && !self.g.is_belonging_word(self.word(k + 1));
            if !counted {
                k += 1;
                extended = true;
                only_country = false;
            }
        }
        let tai_target = |s: &Self, k: usize| -> Option<Cand> {
            // ("Tổng lãnh sự quán Mỹ ở Yekaterinburg": "ở" as "tại")
            if !(s.same_sentence(i, k)
                && s.toks[k].gap == Gap::Space
                && cue_word("host_before", s.word(k)))
            {
                return None;
            }
            let next = s.best(k + 1)?;
            let ok = s.same_sentence(i, k + 1)
                && matches!(
                    s.entry_kind(next.target),
                    Some(EntryKind::Country | EntryKind::Place | EntryKind::Organisation)
                );
            ok.then_some(next)
        };
        // an acronym ("TTXVN", "WHO") is a whole name
        // (and so is a one-word brand: "VnExpress", "Vingroup")
        let acronym = entry.is_some() && !self.subsidiary_in(i, k) && {
            let w = self.span(i, k).of(self.text);
            k == i + 1
                || w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
        };
        // "Hãng tin Reuters", "Tập đoàn Samsung": the head only classifies a known body
        if head.is_some()
            && k == c.end as usize
            && self.same_sentence(i, k)
            && self.toks[k].gap == Gap::Space
        {
            if let Some(d) = self
                .best(k)
                .filter(|d| self.entry_kind(d.target) == Some(EntryKind::Organisation))
            {
                let before = self.out.len();
                let inner = self.parse_org(d.start as usize, in_chain);
                if self.out.len() > before {
                    let last = self.out.len() - 1;
                    let span = Span::new(self.toks[i].span.start, self.out[last].span.end);
                    self.out[last].span = span;
                    // "Ban chấp hành Trung ương Đảng Cộng sản Cuba": a party body
                    // the gazetteer does not know is named with its head ("Lực
                    // lượng Chính phủ Iraq" stays the government's name)
                    let party = matches!(d.target, Target::Entry(e)
                        if self.g.entries[e as usize].subkind == "party");
                    if self.out[last].entry.is_none() && party {
                        self.out[last].name = span.of(self.text).to_string();
                    }
                }
                return inner;
            }
        }
        // "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam": a known body whose
        // name ends with its parent's full name (three syllables or more, not a
        // short form like "Quốc hội") names the parent too
        // (its own name, or one its own head opens: "Văn phòng Trung ương Đảng"
        // ends with "Trung ương Đảng", a short form of the Central Committee)
        let parent = entry.and_then(|_| {
            (i + 1..k).find_map(|m| {
                let headed = self
                    .at(m)
                    .iter()
                    .any(|d| matches!(d.target, Target::Head(_)));
                let own_name = |d: &Cand| match d.target {
                    Target::Entry(e) => {
                        text::key(self.span(m, d.end as usize).of(self.text))
                            == text::key(&self.g.entries[e as usize].name)
                    }
                    _ => false,
                };
                self.at(m)
                    .iter()
                    .find(|d| {
                        (headed || own_name(d))
                            && d.end as usize == k
                            && d.end - d.start >= 3
                            && d.target != c.target
                            && self.entry_kind(d.target) == Some(EntryKind::Organisation)
                    })
                    .copied()
            })
        });
        // "Bộ Quốc phòng của Việt Nam": a bare ministry tied to the country after
        // it is that country's; named without the tie, as usual
        let mut tied_name: Option<String> = None;
        if let Some(e) = entry.filter(|&e| self.g.entries[e].subkind == "ministry") {
            let tie = self.same_sentence(i, k + 1)
                && self.toks[k].gap == Gap::Space
                && self.g.is_belonging_word(self.word(k))
                && self.country_at(k + 1);
            if let Some(d) = self.best(k + 1).filter(|_| tie) {
                self.location(d);
                if let Target::Entry(ce) = d.target {
                    country = self.g.entries[ce as usize].country.clone();
                }
                tied_name = Some(format!(
                    "{} {}",
                    self.span(i, k).of(self.text),
                    self.span(d.start as usize, d.end as usize).of(self.text)
                ));
                k = d.end as usize;
                extended = true;
                formal = self.g.entries[e].country == country;
            }
        }
        // "Real Madrid và Ronaldo", "Man City và MU": a club's name is whole as
        // the gazetteer writes it, and goes on with nothing
        let whole = entry.is_some_and(|e| self.g.entries[e].subkind == "club");
        // "Chủ tịch Hạ viện François de Rugy": in a title chain, a house of
        // parliament goes on only with its country or place; a name nothing
        // claims after it is the holder's
        let holder_next = in_chain
            && head.is_some_and(|h| h.role.as_deref() == Some("LEG"))
            && k < n
            && self.same_sentence(i, k)
            && self.toks[k].cap
            && !self
                .at(k)
                .iter()
                .any(|d| matches!(d.target, Target::Entry(_)));
        while !whole
            && !acronym
            && !holder_next
            && tied_name.is_none()
            && k < n
            && self.same_sentence(i, k)
        {
            // "Cục Cứu hộ, cứu nạn", "Ban Phòng, chống thiên tai": a fixed pair
            // of fields joined by a comma is one field of the name
            if let Some(end) = self.comma_pair_end(k) {
                k = self.lower_field(end, true).unwrap_or(end);
                extended = true;
                only_country = false;
                continue;
            }
            // "Ban Chỉ đạo Quốc gia về phòng, chống thiên tai", "Ủy ban Quốc
            // gia về Biến đổi khí hậu": a body's remit after "về", in field
            // words that close the name
            if let Some(end) = self.remit_after(k).filter(|_| entry.is_none() && extended) {
                k = end;
                only_country = false;
                continue;
            }
            let gap_ok = match self.toks[k].gap {
                Gap::Space => true,
                // "Bộ Văn hóa, Thể thao và Du lịch": a list of fields inside one name,
                // also after a ministry the gazetteer knows by its first field
                // ("Bộ Ngoại giao, Thương mại và Phát triển Canada")
                Gap::Comma => {
                    let ministry = entry.is_some_and(|e| self.g.entries[e].subkind == "ministry");
                    (entry.is_none() && extended
                        || ministry && k == c.end as usize && self.country_closes_list(k))
                        && self.field_list(k)
                }
                // "Tập đoàn Công nghiệp-Năng lượng Quốc gia": two fields joined by
                // a hyphen, the second a capitalised word nothing else claims
                // ("Sở GD-ĐT", "Bộ NN-PTNT", "Sở LĐ-TB&XH": fields abbreviated,
                // each an acronym)
                Gap::Joined => {
                    entry.is_none()
                        && extended
                        && self.toks[k].cap
                        && (self.toks[k - 1].lower
                            && self.at(k).is_empty()
                            && self.pair_side(k).is_none()
                            || self.is_acronym(k - 1) && self.is_acronym(k))
                }
                // "Cục Cứu hộ - Cứu nạn", "Sở Giao thông - Vận tải": the same
                // with a spaced dash, the second field a Vietnamese word in
                // lower case after its capital ("Việt Nam - Lào" is a pair)
                Gap::Break => {
                    entry.is_none()
                        && extended
                        && self.toks[k].cap
                        && self.toks[k - 1].lower
                        && matches!(
                            self.text[self.toks[k - 1].span.end..self.toks[k].span.start].trim(),
                            "-" | "–"
                        )
                        && (self.at(k).is_empty() || self.closing_head_field(k))
                        && self.pair_side(k).is_none()
                        && text::looks_vietnamese(self.word(k))
                        && self.same_sentence(k, k + 1)
                        && self.toks[k + 1].gap == Gap::Space
                        && self.toks[k + 1].lower
                        && !self.g.is_function_word(self.word(k + 1))
                }
            };
            if !gap_ok {
                break;
            }
            if embassy {
                if let Some(place) = tai_target(self, k) {
                    // "Đại sứ quán tại Triều Tiên": the sending country is not named
                    k = self.host(place, in_chain);
                    hosted = true;
                    extended = true;
                    only_country = false;
                    break;
                }
            }
            // "TAND Cấp cao tại Đà Nẵng": the superior courts and procuracies
            // are named by their seat
            if head.is_some_and(|h| h.role.as_deref() == Some("JUD"))
                && k > i + 1
                && self.word(k - 1).to_lowercase() == "cao"
                && self.word(k - 2).to_lowercase() == "cấp"
            {
                if let Some(place) = tai_target(self, k).filter(|p| {
                    matches!(
                        self.entry_kind(p.target),
                        Some(EntryKind::Place | EntryKind::Country)
                    )
                }) {
                    self.location(place);
                    k = place.end as usize;
                    extended = true;
                    only_country = false;
                    break;
                }
            }
            // "Bộ Y tế nước Cộng hòa xã hội chủ nghĩa Việt Nam": the formal name
            // of its country goes with "nước"
            if self.word(k) == "nước" {
                if let Some(at) = self.formal_country_after(k) {
                    k = at;
                    formal = true;
                    continue;
                }
            }
            // "Hội Hữu nghị Việt - Lào tỉnh Nghệ An": a body's name may be a
            // dashed pair of one-syllable countries, both of them places
            if entry.is_none()
                && self.toks[k].cap
                && self.toks[k].gap == Gap::Space
                && (k == c.end as usize || extended)
            {
                if let Some(pair) = self.pair_after_head(k) {
                    for (at, e) in pair {
                        self.location(Cand {
                            start: at as u32,
                            end: at as u32 + 1,
                            target: Target::Entry(e as u32),
                        });
                    }
                    k += 2;
                    extended = true;
                    only_country = false;
                    continue;
                }
            }
            // "Ban Quản lý đường sắt đô thị", "Trung tâm Bảo trợ xã hội": a place
            // head that opens a longer lower-case word of a field is that word
            let head_in_word = |d: &Cand| {
                self.toks[k].lower && self.name_word(k).is_some_and(|(e, _)| e > d.end as usize)
            };
            match self.best(k).filter(|d| !head_in_word(d)) {
                Some(d) => match d.target {
                    Target::Entry(e) => {
                        let entry = &self.g.entries[e as usize];
                        match entry.kind {
                            EntryKind::Country => {
                                self.location(d);
                                country = entry.country.clone();
                                k = d.end as usize;
                                extended = true;
                                // "Hội Hữu nghị Việt Nam - Nhật Bản": a pair of countries
                                if let Some(other) = self.paired_country(k) {
                                    self.location(other);
                                    k = other.end as usize;
                                    only_country = false;
                                } else if let Some(end) = self.paired_bloc(k) {
                                    k = end;
                                    only_country = false;
                                }
                                if embassy {
                                    if let Some(place) = tai_target(self, k) {
                                        k = self.host(place, in_chain);
                                        hosted = true;
                                        only_country = false;
                                    }
                                }
                                // "Hội Sinh viên Việt Nam tại Australia": an association of
                                // one country's people in another is named by its host
                                // ("Hội Nông dân Việt Nam tại Hà Nội" is a meeting's place)
                                if abroad && !hosted {
                                    let home = country.as_deref();
                                    if let Some(place) = tai_target(self, k).filter(|p| {
                                        matches!(p.target, Target::Entry(e)
                                            if matches!(
                                                self.g.entries[e as usize].kind,
                                                EntryKind::Country | EntryKind::Place
                                            ) && self.g.entries[e as usize]
                                                .country
                                                .as_deref()
                                                .is_some_and(|x| Some(x) != home))
                                    }) {
                                        k = self.host(place, in_chain);
                                        hosted = true;
                                        only_country = false;
                                    }
                                }
                                // "Công ty Royal Australia Mint": a foreign name may go
                                // on past its country with one more foreign word
                                if !in_chain
                                    && self.foreign_word_after_country(
                                        c.end as usize,
                                        d.start as usize,
                                        k,
                                    )
                                {
                                    k += 1;
                                }
                                // "Công ty TNHH LG Innotek Việt Nam Hải Phòng": a
                                // company's Vietnamese unit is named by the province
                                // of its plant after the country
                                if let Some(p) = self
                                    .plant_place_after(k, country.as_deref())
                                    .filter(|_| business)
                                {
                                    self.location(p);
                                    k = p.end as usize;
                                }
                                break;
                            }
                            // "Hội đồng châu Âu", "Ủy ban châu Á - Thái Bình Dương": a
                            // continent written as such ends the name, and is no place of it
                            EntryKind::Place
                                if !entry_is_some
                                    && entry.subkind == "region"
                                    && self.toks[k].lower =>
                            {
                                k = d.end as usize;
                                extended = true;
                                only_country = false;
                                // "Bộ châu Âu và Ngoại giao Pháp": the name goes on
                                // with "và" and another field
                                if self.field_after_va(k) {
                                    continue;
                                }
                                break;
                            }
                            // "Bộ Chỉ huy Ấn Độ Dương - Thái Bình Dương": a command
                            // is named by the region or ocean it covers
                            EntryKind::Place
                                if !entry_is_some
                                    && head.is_some_and(|h| h.role.as_deref() == Some("MIL"))
                                    && matches!(entry.subkind.as_str(), "region" | "site")
                                    && self.toks[k].cap =>
                            {
                                k = d.end as usize;
                                extended = true;
                                only_country = false;
                                continue;
                            }
                            // "Cảnh sát biển Philippines": a sea named after a country
                            // ("biển Philippines") whose lower-case first word is a
                            // word of the body's field; the country ends the name
                            EntryKind::Place
                                if !entry_is_some
                                    && self.toks[k].lower
                                    && d.end as usize == k + 1 + self.country_len_at(k + 1)
                                    && NAME_WORDS.get(self.word(k)).is_some() =>
                            {
                                k += 1;
                                extended = true;
                                only_country = false;
                                continue;
                            }
                            // "Bộ đội Biên phòng Cà Mau": Vietnam's armed bodies have a
                            // command in every province, named by the province
                            EntryKind::Place
                                if self.provincial_commands(own_entry)
                                    && k == c.end as usize
                                    && entry.country.as_deref() == Some("VNM")
                                    && matches!(
                                        entry.subkind.as_str(),
                                        "province" | "capital" | "city"
                                    ) =>
                            {
                                self.location(d);
                                country = entry.country.clone();
                                k = d.end as usize;
                                extended = true;
                                only_country = false;
                                break;
                            }
                            // "Bộ Y tế Gaza": a known ministry of a territory abroad
                            // named right after it is that territory's; so is
                            // Vietnam's parliament's or government's name before
                            // one ("Quốc hội Scotland")
                            EntryKind::Place
                                if own_entry.is_some_and(|e| {
                                    let own = &self.g.entries[e];
                                    own.subkind == "ministry"
                                        || matches!(own.subkind.as_str(), "legislature" | "state")
                                            && own.country.as_deref() == Some("VNM")
                                }) && k == c.end as usize
                                    && matches!(
                                        entry.subkind.as_str(),
                                        "region" | "site" | "province"
                                    )
                                    && entry.country.as_deref().is_some_and(|x| x != "VNM")
                                    && self.toks[k].cap =>
                            {
                                self.location(d);
                                country = entry.country.clone();
                                k = d.end as usize;
                                extended = true;
                                only_country = false;
                                break;
                            }
                            // "Viện Công nghệ Kyushu", "Đại học Hokkaido": a school or an
                            // institute abroad is named by the region it stands in
                            EntryKind::Place
                                if !entry_is_some
                                    && head.is_some_and(|h| h.role.as_deref() == Some("EDU"))
                                    && entry.subkind == "region"
                                    && entry.country.as_deref().is_some_and(|x| x != "VNM")
                                    && self.toks[k].cap =>
                            {
                                self.location(d);
                                country = country.or_else(|| entry.country.clone());
                                k = d.end as usize;
                                extended = true;
                                only_country = false;
                                break;
                            }
                            EntryKind::Place => {
                                // "Sở Y tế Hà Nội", but not "Diễn đàn Kinh tế Thế giới Davos"
                                if entry_is_some
                                    || matches!(entry.subkind.as_str(), "site" | "region")
                                {
                                    break;
                                }
                                country = country.or_else(|| entry.country.clone());
                                k = d.end as usize;
                                extended = true;
                                only_country = false;
                                let as_unit = self.toks[d.start as usize].lower;
                                if as_unit || !head.is_some_and(|h| h.place_in_name) {
                                    self.location(d);
                                    // "Văn phòng Kinh tế và Văn hóa Đài Bắc tại Hà Nội":
                                    // a mission named by its city goes on to its host
                                    if embassy {
                                        if let Some(place) = tai_target(self, k) {
                                            k = self.host(place, in_chain);
                                            hosted = true;
                                        }
                                    }
                                    break;
                                }
                                // "CLB Hồng Lĩnh Hà Tĩnh": a town and its province
                                let province = self.best(k).filter(|p| {
                                    self.same_sentence(i, k)
                                        && self.toks[k].gap == Gap::Space
                                        && self.entry_kind(p.target) == Some(EntryKind::Place)
                                });
                                if let Some(p) = province {
                                    k = p.end as usize;
                                }
                                // "câu lạc bộ Jeonbuk Hyundai Motors": a foreign
                                // club's name goes on with its sponsor's, a word
                                // of the name and no company the article names
                                if head.is_some_and(|h| h.sponsor)
                                    && foreign_spelt(self.word(d.start as usize))
                                {
                                    while k < n
                                        && self.same_sentence(i, k)
                                        && self.toks[k].cap
                                        && self.toks[k].gap == Gap::Space
                                        && foreign_spelt(self.word(k))
                                    {
                                        k += 1;
                                    }
                                }
                                break;
                            }
                            EntryKind::Organisation => {
                                let inner = self.parse_org(k, in_chain);
                                // "Văn phòng Trung ương Đảng Cộng sản Việt Nam": a
                                // known body named with its own country's party is
                                // that body
                                own_party = own_entry.is_some_and(|own| {
                                    self.g.entries[own].country.is_some()
                                        && self.g.entries[own].country == inner.country
                                }) && entry_subkind_is(self.g, e, "party");
                                country = country.or(inner.country);
                                nested_role = inner.role;
                                k = inner.end;
                                extended = true;
                                only_country = false;
                                break;
                            }
                            // "Trường Đại học Tôn Đức Thắng": schools and hospitals
                            // bear people's names
                            EntryKind::Person
                                if head.is_some_and(|h| {
                                    matches!(h.role.as_deref(), Some("EDU" | "HLH"))
                                }) =>
                            {
                                k = d.end as usize;
                                extended = true;
                                only_country = false;
                                break;
                            }
                            EntryKind::Person => break,
                        }
                    }
                    // a known body takes no second head ("Dân trí Báo Gia đình")
                    Target::Head(_) if entry_is_some => break,
                    Target::Head(_) => {
                        let before = self.out.len();
                        let inner = self.parse_org(k, in_chain);
                        if inner.end == d.end as usize {
                            // a bare head inside a name is just a word of it ("Cơ quan Phòng vệ ...")
                            self.out.truncate(before);
                            k = d.end as usize;
                            extended = true;
                            only_country = false;
                            // a head of two syllables is a whole word already
                            let mut tail = self.word_tail(k);
                            let goes_on =
                                self.same_sentence(k, k + tail) && self.toks[k + tail].cap;
                            if d.end - d.start > 1 && !goes_on {
                                tail = 0;
                            }
                            k += tail;
                            continued_cap = tail == 0;
                            continue;
                        }
                        // "Văn phòng Ủy ban Công tác Đối ngoại Trung ương": an unknown
                        // body inside another is part of its name, not a second entity
                        let inner_start = self.toks[k].span.start;
                        let unknown_inner = self.out.last().is_some_and(|r| {
                            r.kind == EntityKind::Organisation
                                && r.entry.is_none()
                                && r.span.start == inner_start
                        });
                        if unknown_inner {
                            self.out.pop();
                        }
                        country = country.or(inner.country);
                        nested_role = inner.role;
                        k = inner.end;
                        extended = true;
                        only_country = false;
                        break;
                    }
                    // "Ủy ban Chứng khoán Nhà nước", "Ngân hàng Nhân dân Trung Quốc":
                    // capitalised common words are words of a name a head opened
                    // "UBND thành phố Huế", "TAND tỉnh Nghệ An": a body of an administrative unit
                    // "Tập đoàn cảng AD Ports": a company head, the kind of site
                    // it runs in lower case, then a foreign name: that company
                    Target::Locative(h)
                        if entry.is_none()
                            && !extended
                            && k == c.end as usize
                            && head.is_some_and(|h| h.role.as_deref() == Some("BUS"))
                            && self.toks[k].lower
                            && self.g.place_heads[h as usize].kind == "site"
                            && self.foreign_run(d.end as usize).is_some() =>
                    {
                        k = self.foreign_run(d.end as usize).unwrap_or(d.end as usize);
                        extended = true;
                        only_country = false;
                        break;
                    }
                    Target::Locative(h)
                        if (entry.is_none()
                            || k == c.end as usize && self.provincial_commands(entry))
                            && (self.toks[k].lower
                                && (self.g.place_heads[h as usize].kind == "admin"
                                    // "Đồn biên phòng cửa khẩu quốc tế Mộc Bài": a post
                                    // named by the site it keeps
                                    || self.g.place_heads[h as usize].kind == "site"
                                        && head.is_some_and(|h| h.place_in_name))
                                // ("Đồn biên phòng Cửa khẩu Quốc tế Lao Bảo": a gate
                                // capitalised)
                                || self.g.place_heads[h as usize].pair
                                    && head.is_some_and(|h| h.place_in_name)
                                // "Ban Quản lý Khu kinh tế Nghi Sơn": a board of the
                                // site named after its field
                                || self.toks[k].cap
                                    && extended
                                    && self.g.place_heads[h as usize].kind == "site"
                                    && self.same_sentence(k, d.end as usize)
                                    && self.toks[d.end as usize].cap
                                    && self.toks[d.end as usize].gap == Gap::Space) =>
                    {
                        let unit_end = d.end as usize;
                        // "Chủ tịch UBND thành phố Nguyễn Văn An": the unit is unnamed
                        let known_place = self.best(unit_end).filter(|p| {
                            self.same_sentence(k, unit_end)
                                && self.toks[unit_end].gap == Gap::Space
                                && self.entry_kind(p.target) == Some(EntryKind::Place)
                        });
                        // "TAND quận 6", "UBND phường 12": a unit named by its number
                        let numbered_unit = self.same_sentence(k, unit_end)
                            && self.toks[unit_end].gap == Gap::Space
                            && self.word(unit_end).bytes().all(|b| b.is_ascii_digit());
                        if in_chain
                            && self.same_sentence(k, unit_end)
                            && self.chain_name_at(unit_end)
                        {
                            k = unit_end;
                        } else if numbered_unit {
                            // ("Công an quận 1": the district is named too)
                            if self.numbered_unit(k, unit_end) {
                                self.push_as_written(
                                    EntityKind::Location,
                                    k,
                                    unit_end + 1,
                                    Short::No,
                                );
                            }
                            k = unit_end + 1;
                        } else if let Some(p) = known_place {
                            self.location(p);
                            if let Target::Entry(e) = p.target {
                                country =
                                    country.or_else(|| self.g.entries[e as usize].country.clone());
                            }
                            k = p.end as usize;
                        } else {
                            let places_before = self.out.len();
                            let place_end = self.locative(k, d, h as usize, in_chain);
                            if place_end == unit_end {
                                break;
                            }
                            if let Some(last) = self.out.last() {
                                if last.kind == EntityKind::Location {
                                    country = country.or_else(|| last.country.clone());
                                }
                            }
                            // "Đồn Biên phòng cửa khẩu quốc tế Khánh Bình": the site
                            // a post is named by is a word of its name
                            if self.g.place_heads[h as usize].kind == "site"
                                && head.is_some_and(|h| h.place_in_name)
                            {
                                self.out.truncate(places_before);
                            }
                            k = place_end;
                        }
                        extended = true;
                        only_country = false;
                        break;
                    }
                    // "Bộ Ngoại thương và Đầu tư nước ngoài Cuba": a connector that
                    // opens a lower-case word of the field ("nước ngoài") is that word
                    Target::Title(t)
                        if entry.is_none()
                            && extended
                            && self.toks[k].lower
                            && self.g.titles[t as usize].kind == TitleKind::Connector
                            && self
                                .lower_field(k, false)
                                .is_some_and(|e| e > d.end as usize) =>
                    {
                        k = self.lower_field(k, false).unwrap_or(d.end as usize);
                        continued_cap = false;
                    }
                    // "Hội Sinh viên Việt Nam", "Hội Doanh nhân Việt Nam tại Australia":
                    // an association is named by its members, and the office word
                    // right after its head is a word of its name ("Doanh nhân",
                    // "Sinh viên" in titles.tsv), not a person's title
                    Target::Title(t)
                        if abroad
                            && entry.is_none()
                            && k == c.end as usize
                            && self.toks[k].cap
                            && self.g.titles[t as usize].kind == TitleKind::Office
                            && self.same_sentence(k, d.end as usize)
                            && self.toks[d.end as usize].gap == Gap::Space
                            && self.country_len_at(d.end as usize) > 0 =>
                    {
                        k = d.end as usize;
                        extended = true;
                        only_country = false;
                    }
                    // "Cơ quan Thường trực Ban Chỉ đạo ...", "Ủy ban Thường trực": a
                    // qualifier of two syllables, capitalised inside a name that goes on
                    Target::Title(t)
                        if entry.is_none()
                            && self.g.titles[t as usize].kind == TitleKind::Connector
                            && d.end - d.start >= 2
                            && self.toks[k].cap
                            && !self.toks[k].initial
                            && self.same_sentence(k, d.end as usize)
                            && self.toks[d.end as usize].gap == Gap::Space
                            && self.toks[d.end as usize].cap =>
                    {
                        k = d.end as usize;
                        extended = true;
                        only_country = false;
                        continued_cap = true;
                    }
                    Target::Stop(s)
                        if (entry.is_none()
                            || entry.is_some_and(|e| self.g.entries[e].subkind == "ministry")
                                && self.word(k - 1) == "và"
                                && self.country_closes_list(k))
                            && self.stop_in_name(i, k, d, s) =>
                    {
                        k = d.end as usize;
                        extended = true;
                        only_country = false;
                        let tail = if d.end - d.start == 1 {
                            self.word_tail(k)
                        } else {
                            0
                        };
                        k += tail;
                        continued_cap = false;
                    }
                    _ => break,
                },
                None => {
                    let t = self.toks[k];
                    let w = self.word(k);
                    if t.lower {
                        // (a capitalised common word opens the field: "Bộ Ngoại
                        // giao và Kinh tế đối ngoại Hungary")
                        let common_word = |s: &Self| {
                            entry.is_some_and(|e| s.g.entries[e].subkind == "ministry")
                                && s.at(k + 1)
                                    .iter()
                                    .all(|d| matches!(d.target, Target::Stop(_)))
                                && s.country_closes_list(k + 1)
                        };
                        // ("Đài Truyền hình Việt Nam và Tổng đài …": after its
                        // country a name is whole, "và" joins another body)
                        let after_country = (k.saturating_sub(4)..k).any(|m| {
                            self.at(m).iter().any(|d| {
                                d.end as usize == k
                                    && self.entry_kind(d.target) == Some(EntryKind::Country)
                            })
                        });
                        let joins = w == "và"
                            && !after_country
                            && self.same_sentence(k, k + 1)
                            && self.toks[k + 1].cap
                            && self.toks[k + 1].gap == Gap::Space
                            && (self.at(k + 1).is_empty()
                                || entry.is_none() && self.head_as_word(k + 1)
                                || common_word(self));
                        // "... và Phòng, chống thiên tai": a head opening a fixed
                        // pair of fields is a word of them; so is a pair whose first
                        // field has two syllables ("Cục Cảnh sát phòng cháy, chữa
                        // cháy và cứu nạn, cứu hộ")
                        let pair = (w == "và" && entry.is_none())
                            .then(|| {
                                self.comma_pair_end(k + 2)
                                    .or_else(|| self.comma_pair_end(k + 3))
                            })
                            .flatten();
                        if let Some(end) = pair {
                            k = self.lower_field(end, true).unwrap_or(end);
                            continued_cap = false;
                            continue;
                        }
                        if joins {
                            k += 1;
                            continued_cap = false;
                            continue;
                        }
                        // "Cục Quản lý đê điều", "Bộ Nông nghiệp và phát triển nông thôn":
                        // lower-case words of a field, in a name a head opened
                        // (or a known ministry's name went on with "và" up to its
                        // country: "Bộ Ngoại giao và Hợp tác quốc tế Italy")
                        let ministry_goes_on = entry
                            .is_some_and(|e| self.g.entries[e].subkind == "ministry")
                            && k > c.end as usize
                            && self.country_closes_list(k);
                        if (entry.is_none() || ministry_goes_on) && extended {
                            let after_va = w == "và"
                                && self.same_sentence(k, k + 1)
                                && self.toks[k + 1].gap == Gap::Space;
                            let from = if after_va { k + 1 } else { k };
                            if let Some(e) = self.lower_field(from, after_va) {
                                k = e;
                                continued_cap = false;
                                // "Ủy ban An toàn giao thông quốc gia Khuất Việt Hùng":
                                // a full name after the field is a person's
                                if self.chain_name_at(k) {
                                    break;
                                }
                                continue;
                            }
                        }
                        // "Văn phòng thiết kế Luch", "Cục thuế Hà Nội": a field in
                        // lower case right after the head, when a name follows it
                        if entry.is_none() && !extended && k == c.end as usize {
                            // (or the unit it serves: "Hội Hữu nghị đối ngoại nhân
                            // dân tỉnh Vân Nam", "Cục thuế tỉnh Nghệ An")
                            let unit_after = |e: usize| {
                                self.same_sentence(k, e)
                                    && self.toks[e].gap == Gap::Space
                                    && self.toks[e].lower
                                    && self.best(e).is_some_and(|d| match d.target {
                                        Target::Locative(h) => {
                                            self.g.place_heads[h as usize].kind == "admin"
                                        }
                                        _ => self.entry_kind(d.target) == Some(EntryKind::Place),
                                    })
                            };
                            let named_after = |e: usize| {
                                unit_after(e)
                                    || self.same_sentence(k, e)
                                        && self.toks[e].gap == Gap::Space
                                        && self.toks[e].cap
                                        && !self.at(e).iter().any(|d| match d.target {
                                            // "Trường đại học Kinh tế Đà Nẵng": a capitalised
                                            // common word may be the name
                                            Target::Stop(s) => !self.stop_in_name(i, e, *d, s),
                                            Target::Title(_) => true,
                                            _ => false,
                                        })
                            };
                            if let Some(e) = self.lower_field(k, false).filter(|&e| named_after(e))
                            {
                                k = e;
                                continued_cap = false;
                                // "Tổng cục dự trữ nhà nước Việt Nam": a state body's
                                // field makes it a name even when only its country
                                // follows ("Công ty dầu khí Mỹ" stays a kind of company)
                                if head.is_some_and(|h| h.role.as_deref() == Some("GOV")) {
                                    only_country = false;
                                }
                                continue;
                            }
                        }
                        break;
                    }
                    // "... Chính phủ Việt-Nga": a dashed pair of countries is no word of the name
                    // "Bộ Tư lệnh Vùng 2 Hải quân": a number between capitalised
                    // words of a name is one of them
                    let inner_number = self.word(k).bytes().all(|b| b.is_ascii_digit())
                        && extended
                        && t.gap == Gap::Space
                        && self.same_sentence(k, k + 1)
                        && self.toks[k + 1].cap
                        && self.toks[k + 1].gap == Gap::Space;
                    if inner_number {
                        k += 1;
                        continued_cap = true;
                        continue;
                    }
                    if extended && self.unit_number_ends(k) {
                        k += 1;
                        break;
                    }
                    if !t.cap || self.pair_side(k).is_some() {
                        break;
                    }
                    // "Lãnh đạo Công đảng Corbyn", "Đảng Hợp nhất Dân chủ
                    // Foster": a party named in Vietnamese words is followed by
                    // its leader's foreign name, no word of its own
                    let party_named = role_of(self.g, entry, head) == Some("PTY")
                        && (entry.is_some() || extended)
                        && text::looks_vietnamese(self.word(k - 1))
                        && !text::looks_vietnamese(w)
                        && !self.is_acronym(k);
                    if party_named {
                        break;
                    }
                    let next_cap = self.same_sentence(k, k + 1)
                        && self.toks[k + 1].cap
                        && self.toks[k + 1].gap == Gap::Space;
                    // "Chủ tịch Siemens Energy Christian Bruch": a company word right
                    // after a one-word company is its name's, never the person's
                    if entry.is_some() && next_cap && self.subsidiary_in(i, k) {
                        k += 1;
                        extended = true;
                        only_country = false;
                        continue;
                    }
                    // a gazetteer body is not followed by a bare name ("Bộ Ngoại giao Mao Ninh")
                    if entry.is_some() && next_cap {
                        break;
                    }
                    // inside a title chain a Vietnamese name is the person, not the
                    // body, and so is a capitalised run that ends the chain, unless
                    // it is an acronym or Vietnamese words no surname opens ("Hiệu
                    // trưởng Trường THPT Việt Đức cho rằng")
                    if in_chain && next_cap && !self.is_acronym(k) {
                        let end = self.name_run(k);
                        let chain_ends = !(self.same_sentence(k, end)
                            && self.toks[end].cap
                            && self.toks[end].gap == Gap::Space);
                        // (not after a head that is also a surname: "Đoàn Văn Hậu")
                        let vietnamese_words = !self.g.is_surname(self.word(i))
                            && (k..end).all(|m| text::looks_vietnamese(self.word(m)));
                        // "Công ty Vận tải Hoàng Long Nguyễn Văn An": a run longer than
                        // one name ends with the person's; the words before it are the body's
                        let later_name = end - k > 4
                            && (k + 1..end).any(|p| {
                                self.g.is_surname(self.word(p))
                                    && (2..=4).contains(&(end - p))
                                    && self.vietnamese_name(p, end)
                            });
                        if self.g.is_surname(w) && !later_name || chain_ends && !vietnamese_words {
                            break;
                        }
                    }
                    k += 1;
                    extended = true;
                    only_country = false;
                    // ("Bệnh viện Nhi Trung ương": after a run of capitals, a
                    // lower-case syllable only when it makes a known word
                    // with the capital before it)
                    let tail = if continued_cap {
                        usize::from(self.known_tail(k))
                    } else {
                        self.word_tail(k)
                    };
                    k += tail;
                    continued_cap = tail == 0;
                    // "Ủy ban ATGT Quốc gia Khuất Việt Hùng": a full name
                    // after a word the name ends with is a person's (schools
                    // and hospitals bear people's names: "Trường ĐH Y khoa
                    // Phạm Ngọc Thạch")
                    let bears_names = matches!(role_of(self.g, entry, head), Some("EDU" | "HLH"));
                    if tail > 0 && !bears_names && self.chain_name_at(k) {
                        break;
                    }
                }
            }
        }
        // a name never ends with "và" ("Bộ Giáo dục và Đào tạo và ...")
        if k > i + 1 && self.word(k - 1) == "và" {
            k -= 1;
        }
        // "Tập đoàn Larsen & Toubro": after a business head, an ampersand joins
        // two foreign words of one company's name
        if head.is_some_and(|h| h.role.as_deref() == Some("BUS")) {
            while k > c.end as usize
                && k < n
                && self.same_sentence(k - 1, k)
                && matches!(
                    self.text
                        .get(self.toks[k - 1].span.end..self.toks[k].span.start),
                    Some(" & " | "&")
                )
                && self.toks[k].cap
                && foreign_spelt(self.word(k - 1))
                && foreign_spelt(self.word(k))
                && self.at(k).is_empty()
            {
                k += 1;
                extended = true;
                only_country = false;
                // (and the foreign words after it: "Marks & Spencer Group Plc")
                while k < n
                    && self.same_sentence(k - 1, k)
                    && self.toks[k].gap == Gap::Space
                    && self.toks[k].cap
                    && foreign_spelt(self.word(k))
                    && self.at(k).is_empty()
                {
                    k += 1;
                }
            }
        }
        // "phái đoàn Mỹ": a head written in lower case is a common noun ("a US
        // delegation") unless the body's seat names it ("phái đoàn Mỹ tại ASEAN")
        let common_noun = head.is_some_and(|h| h.embassy) && self.toks[i].lower && !hosted;
        // "hai Bộ Quốc phòng", "Bộ Công Thương hai nước": both ministries, no one body
        let plural = entry.is_some_and(|e| self.g.entries[e].subkind == "ministry")
            && !extended
            && self.plural_around(i, k);
        // "hai câu lạc bộ Premier League", "hội viên câu lạc bộ Câu lạc bộ chụp
        // ảnh", "câu lạc bộ sách": a head in lower case after a number, before
        // itself capitalised, or with no name after it names no one body
        let unnamed = head.is_some()
            && self.toks[i].lower
            && (self.plural_around(i, i)
                || k <= c.end as usize
                || (c.end as usize) < k
                    && self.word(c.end as usize).to_lowercase() == self.word(i).to_lowercase());
        if unnamed {
            return Org {
                end: k,
                country: None,
                role: None,
            };
        }
        if common_noun || plural {
            return Org {
                end: k,
                country,
                role: None,
            };
        }
        if head.is_some_and(|h| h.named) && extended && only_country {
            // "Công ty Nhật": a kind of body, not a name; the country stays a place
            return Org {
                end: k,
                country,
                role: None,
            };
        }
        let span = self.span(i, k);
        // "CLB Công an Hà Nội": the city is a word of the club's name (but
        // "Bệnh viện Đa khoa tỉnh Đắk Lắk" serves the province it names so)
        if head.is_some_and(|h| h.place_in_name) {
            let (g, text) = (self.g, self.text);
            let inner = self.out.split_off(raws_before.min(self.out.len()));
            self.out.extend(inner.into_iter().filter(|r| {
                let as_unit = r.span.of(text).starts_with(char::is_lowercase);
                !(r.kind == EntityKind::Location
                    && span.contains(r.span)
                    && !as_unit
                    && r.entry
                        .is_some_and(|e| g.entries[e].kind == EntryKind::Place))
            }));
        }
        let sentence = self.toks[i].sentence;
        let written = tied_name.unwrap_or_else(|| self.name_text(i, k));
        let role = match entry {
            Some(e) => self.g.entries[e].role.clone(),
            None => head.and_then(|h| h.role.clone()),
        }
        // (a club named after the police is no police: "CLB Công an Hà Nội")
        .or(nested_role.filter(|_| !head.is_some_and(|h| h.place_in_name)));
        let (raw_entry, name, short, out_country) = match entry {
            Some(e) => {
                let ge = &self.g.entries[e];
                if !extended {
                    // a ministry, or a body many countries name alike ("Vệ binh
                    // Quốc gia"), takes its country from context when bare
                    let bare = ge.subkind == "ministry"
                        || ge.subkind == "national" && text::key(&written) != text::key(&ge.name);
                    let short = if bare { Short::BareMinistry } else { Short::No };
                    let c = if bare { None } else { ge.country.clone() };
                    // "Vệ binh Quốc gia" may be another country's: named as written
                    let name = if bare && ge.subkind == "national" {
                        written.clone()
                    } else {
                        ge.name.clone()
                    };
                    (Some(e), name, short, c)
                } else if (only_country || own_party) && country == ge.country {
                    // in the formal style ("Quốc hội nước Cộng hòa ... Lào") the
                    // body keeps its usual name; the long form is its mention
                    let name = if formal {
                        ge.name.clone()
                    } else {
                        written.clone()
                    };
                    (Some(e), name, Short::No, country.clone())
                } else {
                    (
                        None,
                        written.clone(),
                        Short::Partial,
                        // "Quốc hội Scotland": only the country it names; "Masan
                        // Consumer": a company's own, when it names none
                        country.clone().or_else(|| {
                            (ge.subkind == "business")
                                .then(|| ge.country.clone())
                                .flatten()
                        }),
                    )
                }
            }
            None => {
                let short = if extended {
                    Short::Partial
                } else {
                    Short::BareHead
                };
                (None, written.clone(), short, country.clone())
            }
        };
        // "Đảng Nhân dân Cách mạng Lào": a known body's name that ends with its
        // country names that country too (read before it, so that the body
        // stays the last thing read)
        if entry.is_some() && !extended && !acronym {
            let nation = (i + 1..k).find_map(|m| {
                self.at(m)
                    .iter()
                    .find(|d| {
                        d.end as usize == k && self.entry_kind(d.target) == Some(EntryKind::Country)
                    })
                    .copied()
            });
            // (its own country: "Nam Mỹ" ending "Khối Thị trường chung Nam Mỹ"
            // names no country)
            let own_country = entry.and_then(|e| self.g.entries[e].country.as_deref());
            let nation = nation.filter(|d| match d.target {
                Target::Entry(c) => own_country
                    .is_some_and(|o| self.g.entries[c as usize].country.as_deref() == Some(o)),
                _ => false,
            });
            if let Some(d) = nation {
                self.location(d);
            }
        }
        // (a team plays for its country but acts for no state: it takes none,
        // so that a match is no event between countries)
        let out_country = out_country.filter(|_| !team);
        // "Chi cục Thuế H.Nhơn Trạch", "Chi cục THA DS Q.10": a body read from
        // its head whose name stops at an abbreviated unit ("H." huyện, "Q."
        // quận) glued to its name is cut short: it is listed in full or not at all
        let cut_at_abbreviation = entry.is_none() && k > i + 1 && {
            let mut after = self.text[self.toks[k - 1].span.end..].chars();
            let last = self.word(k - 1);
            // (not "Sở GDCK.Như vậy", a page that lost a space after a full stop)
            let abbreviated = last.chars().count() <= 3 || last.bytes().all(|b| b.is_ascii_digit());
            abbreviated
                && after.next() == Some('.')
                && after.next().is_some_and(char::is_alphanumeric)
        };
        // "Chi cục Quản lý chất lượng nông - lâm - thủy sản", "Chi cục Khai
        // thác và bảo vệ nguồn lợi thủy sản": a body read from its head whose
        // capitalised field stops where its lower-case fields go on (a field
        // word, no activity; or "và" and a field word) is cut short too ("Chi
        // cục Kiểm lâm kiểm tra", "Báo Hà Tĩnh" end where they end)
        let cut_before_field = entry.is_none()
            && k > i + 2
            && k + 1 < n
            && self.same_sentence(k - 1, k + 1)
            && self.toks[k].gap == Gap::Space
            && self.toks[k].lower
            && (self.toks[k - 1].cap || self.toks[k - 2].cap && self.toks[k - 1].gap == Gap::Space)
            // (the name ends with a word of the lexicon, a field's: not "Công
            // ty Guang Lian xây dựng nhà máy")
            && self.lexicon_pair(k - 2)
            && !(i..k).any(|m| {
                self.at(m).iter().any(|d| {
                    d.end as usize == k
                        && matches!(
                            self.entry_kind(d.target),
                            Some(EntryKind::Place | EntryKind::Country)
                        )
                })
            })
            && if self.word(k) == "và" {
                self.toks[k + 1].gap == Gap::Space && self.name_word(k + 1).is_some()
            } else {
                self.name_word(k).is_some_and(|(_, activity)| !activity)
            };
        if cut_at_abbreviation || cut_before_field {
            return Org {
                end: k.max(i + 1),
                country: out_country,
                role,
            };
        }
        self.out.push(Raw {
            kind: EntityKind::Organisation,
            entry: raw_entry,
            name,
            country: out_country.clone(),
            role: role.clone(),
            roles: Vec::new(),
            span,
            sentence,
            short,
            offices: Vec::new(),
        });
        if let Some(Target::Entry(e)) = parent.map(|d| d.target) {
            let pe = &self.g.entries[e as usize];
            let d = parent.unwrap_or(c);
            self.out.push(Raw {
                kind: EntityKind::Organisation,
                entry: Some(e as usize),
                name: pe.name.clone(),
                country: pe.country.clone(),
                role: pe.role.clone(),
                roles: Vec::new(),
                span: self.span(d.start as usize, d.end as usize),
                sentence,
                short: Short::No,
                offices: Vec::new(),
            });
        }
        Org {
            end: k.max(i + 1),
            country: out_country,
            role,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<Entity> {
        let entities = Recogniser::embedded().recognise(text, &[]);
        for e in &entities {
            for m in &e.mentions {
                assert_eq!(m.span.of(text), m.text, "mention offsets");
            }
        }
        entities
    }

    fn find<'e>(es: &'e [Entity], kind: EntityKind, name: &str) -> &'e Entity {
        es.iter()
            .find(|e| e.kind == kind && e.name == name)
            .unwrap_or_else(|| {
                panic!(
                    "no {kind:?} {name:?} in {:#?}",
                    es.iter().map(|e| (&e.kind, &e.name)).collect::<Vec<_>>()
                )
            })
    }

    fn names(es: &[Entity]) -> Vec<(EntityKind, &str)> {
        es.iter().map(|e| (e.kind, e.name.as_str())).collect()
    }

    #[test]
    fn cue_words_are_read_by_kind() {
        // every kind the rules ask for has rows, and a word is one kind's only
        for kind in [
            "feature",
            "district_unit",
            "address",
            "address_word",
            "list_joiner",
            "host_before",
            "title_end",
            "own_country_after",
            "after_unit_number",
            "counterpart",
            "place_list_joiner",
            "place_list_plural",
            "place_list_before",
            "head_word",
        ] {
            assert!(
                CUE_WORDS.iter().any(|(k, _)| *k == kind),
                "no rows of {kind}"
            );
        }
        assert!(cue_word("feature", "eo biển"));
        assert!(!cue_word("feature", "núi"));
        assert!(cue_word("address", "Bầu"));
        assert!(!cue_word("address_word", "Bầu"));
        // "vịnh Manila" is the bay; "đàn ông" no address
        let es = run("Tàu neo ở vịnh Manila; một người đàn ông Hà Nội đứng xem.");
        find(&es, EntityKind::Location, "vịnh Manila");
        assert!(!es.iter().any(|e| e.name == "Manila"), "{:?}", names(&es));
    }

    #[test]
    fn a_run_nothing_claims_in_a_list_of_places_is_a_place() {
        let es = run(
            "Tuyến kênh chạy qua các tỉnh Kandal, Takeo và Kampot. Pháo kích vào các \
             tỉnh Surin, Si Sa Ket và Ubon Ratchathani. Hội nghị diễn ra tại \
             Villers-Cotterêts và Paris.",
        );
        assert_eq!(
            find(&es, EntityKind::Location, "Takeo").country.as_deref(),
            Some("KHM")
        );
        assert_eq!(
            find(&es, EntityKind::Location, "Si Sa Ket")
                .country
                .as_deref(),
            Some("THA")
        );
        assert_eq!(
            find(&es, EntityKind::Location, "Villers-Cotterêts")
                .country
                .as_deref(),
            Some("FRA")
        );
        // a place fronted before the clause opens no list; nor does a list
        // with a body in it, a list of two with no word of place before it,
        // or a list the joiner closed before the name
        let es = run(
            "Ở Hà Nội, Minh và Lan đã gặp nhau. Bộ Ngoại giao, Kovalenko và Đà Nẵng đã \
             trao đổi. Khoảng cách giữa Vettel và Hamilton là 2 giây. Nhà khảo cổ ở \
             TP Mosul và tỉnh Nineveh, Nabeel Nouriddin, nói.",
        );
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Location
                && matches!(
                    e.name.as_str(),
                    "Minh" | "Lan" | "Kovalenko" | "Vettel" | "Nabeel Nouriddin"
                )),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_place_after_a_preposition_then_its_country_is_a_place() {
        let es = run(
            "Các công dân bị giữ ở Myawaddy (Myanmar) đã về nước. Đây là nhà máy thứ hai \
             sau nhà máy ở Gia Hưng, Trung Quốc. Ông bị bắn chết ở Surrey, tỉnh British \
             Columbia.",
        );
        assert_eq!(
            find(&es, EntityKind::Location, "Myawaddy")
                .country
                .as_deref(),
            Some("MMR")
        );
        assert_eq!(
            find(&es, EntityKind::Location, "Gia Hưng")
                .country
                .as_deref(),
            Some("CHN")
        );
        assert_eq!(
            find(&es, EntityKind::Location, "Surrey").country.as_deref(),
            Some("CAN")
        );
        // a player and his club after a verb's "qua" or "đến" is no place
        let es = run(
            "Murray dễ dàng vượt qua Andrey Kuznetsov (Nga) ở vòng 1. Wenger để ý đến \
             Kylian Mbappe (Monaco).",
        );
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Location
                && matches!(e.name.as_str(), "Andrey Kuznetsov" | "Kylian Mbappe")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn offices_and_chambers_abroad_are_named_with_their_seat() {
        let es = run(
            "Văn phòng Kinh tế và Văn hóa Đài Bắc tại Hà Nội đã làm việc với Văn phòng \
             Kinh tế và Văn hóa Việt Nam tại Đài Bắc. Phòng Thương mại Singapore tại \
             Việt Nam (SingCham) dẫn đầu đoàn.",
        );
        let taipei = find(
            &es,
            EntityKind::Organisation,
            "Văn phòng Kinh tế và Văn hóa Đài Bắc tại Hà Nội",
        );
        assert_eq!(taipei.country.as_deref(), Some("TWN"));
        find(&es, EntityKind::Location, "Hà Nội");
        let chamber = find(
            &es,
            EntityKind::Organisation,
            "Phòng Thương mại Singapore tại Việt Nam",
        );
        assert_eq!(chamber.country.as_deref(), Some("SGP"));
        // a chamber named by its country alone stays a name, and a bare office no mission
        let es =
            run("Chủ tịch Phòng Thương mại Mỹ Thomas Donohue cho biết. Văn phòng Chính phủ họp.");
        find(&es, EntityKind::Organisation, "Phòng Thương mại Mỹ");
        find(&es, EntityKind::Organisation, "Văn phòng Chính phủ");
    }

    #[test]
    fn a_bare_assembly_is_the_one_the_article_names_in_full() {
        let es = run(
            "Chủ tịch Quốc hội dự khai mạc Đại hội đồng AIPA-44 tại Jakarta. Bên lề Đại \
             hội đồng, ông gặp Chủ tịch Hạ viện Indonesia.",
        );
        let aipa = find(
            &es,
            EntityKind::Organisation,
            "Đại hội đồng Liên nghị viện ASEAN",
        );
        assert!(
            aipa.mentions.iter().any(|m| m.text == "Đại hội đồng"),
            "{aipa:?}"
        );
        assert!(
            !es.iter().any(|e| e.name == "Đại hội đồng Liên hợp quốc"),
            "{:?}",
            names(&es)
        );
        // with no other assembly named, it is the UN's
        let es = run("Tại phiên họp Đại hội đồng, Việt Nam trúng cử vào Hội đồng Bảo an.");
        find(&es, EntityKind::Organisation, "Đại hội đồng Liên hợp quốc");
    }

    #[test]
    fn a_high_tech_park_is_a_body_and_an_industrial_park_a_place() {
        let es = run(
            "Doanh nghiệp mở rộng đầu tư tại Khu công nghệ cao Hòa Lạc và tham quan Khu \
             công nghệ cao TPHCM. Nhà máy đặt tại Khu công nghiệp Tràng Duệ.",
        );
        find(&es, EntityKind::Organisation, "Khu công nghệ cao Hòa Lạc");
        find(&es, EntityKind::Organisation, "Khu công nghệ cao TPHCM");
        assert!(
            !es.iter()
                .any(|e| e.kind == EntityKind::Organisation && e.name.contains("Tràng Duệ")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_name_without_its_initial_or_suffix_is_the_same_person() {
        let es = run(
            "Bộ trưởng tiếp Đại sứ Hoa Kỳ tại Việt Nam Daniel J. Kritenbrink. Đại sứ Daniel \
             Kritenbrink cảm ơn. Tướng Romeo Brawner Jr. cho biết. Ông Brawner nói.",
        );
        let people: Vec<&str> = es
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(
            people,
            ["Daniel J. Kritenbrink", "Romeo Brawner Jr"],
            "{:?}",
            names(&es)
        );
        // another given name is another person
        let es = run("Ông John F. Kennedy và ông Robert Kennedy đã gặp nhau.");
        assert_eq!(
            es.iter().filter(|e| e.kind == EntityKind::Person).count(),
            2,
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn canals_relic_sites_streams_plateaus_shoals_and_coach_stations_are_places() {
        let es = run(
            "Campuchia khởi công kênh đào Phù Nam Techo. Đoàn đi thăm Khu di tích Kim Liên. \
             Du khách xuôi theo suối Yến. Yersin phát hiện cao nguyên Lang Biang. Người dân \
             đổ về Bến xe Miền Đông.",
        );
        for place in [
            "kênh đào Phù Nam Techo",
            "Khu di tích Kim Liên",
            "suối Yến",
            "cao nguyên Lang Biang",
            "Bến xe Miền Đông",
        ] {
            find(&es, EntityKind::Location, place);
        }
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person),
            "{:?}",
            names(&es)
        );
        // "kênh" alone is a channel, "suối" written in capitals a name
        let es = run("Kênh VTV1 phát sóng trực tiếp. Ông Suối Yến nói.");
        assert!(!es.iter().any(|e| e.name == "suối Yến"), "{:?}", names(&es));
    }

    #[test]
    fn a_standing_committee_is_its_party_committee() {
        let es = run(
            "Ban Thường vụ Tỉnh ủy Thanh Hóa đã làm việc với đoàn. Tỉnh ủy Thanh Hóa cho biết.",
        );
        let orgs: Vec<&Entity> = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .collect();
        assert_eq!(orgs.len(), 1, "{:?}", names(&es));
        assert_eq!(orgs[0].mentions.len(), 2, "{:?}", orgs[0]);
        // a leadership word before no body stays as it is
        let es = run("Ban Thường vụ đã họp.");
        assert!(
            !es.iter().any(|e| e.name.contains("ủy")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_terms_roman_number_is_no_body() {
        let es =
            run("Ông Nguyễn Văn Bình, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII, phát biểu.");
        assert!(
            !es.iter().any(|e| e.name.contains("XIII")),
            "{:?}",
            names(&es)
        );
        find(&es, EntityKind::Person, "Nguyễn Văn Bình");
    }

    #[test]
    fn a_one_syllable_head_inside_a_vietnamese_name() {
        let es = run("Đoàn công tác trao quà cho ông Lê Trường Giang, Phó Giám đốc Sở Y tế.");
        find(&es, EntityKind::Person, "Lê Trường Giang");
        assert!(
            !es.iter().any(|e| e.name == "Trường Giang"),
            "{:?}",
            names(&es)
        );
        let es = run("Vụ việc xảy ra tại xã Trường Thịnh, huyện Ứng Hòa.");
        find(&es, EntityKind::Location, "Trường Thịnh");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn an_abbreviated_university_is_the_gazetteer_body() {
        let es = run(
            "Giám đốc ĐH Quốc gia Hà Nội Nguyễn Văn Minh tiếp đoàn. ĐHQGHN là đối tác lâu năm.",
        );
        let u = find(&es, EntityKind::Organisation, "Đại học Quốc gia Hà Nội");
        assert_eq!(u.mentions.len(), 2, "{:?}", names(&es));
        find(&es, EntityKind::Person, "Nguyễn Văn Minh");
        assert!(!es.iter().any(|e| e.name == "ĐH Quốc"), "{:?}", names(&es));
    }

    #[test]
    fn world_regions_after_a_cue_are_places() {
        let es = run("Theo phóng viên TTXVN tại Bắc Mỹ, các nhà lãnh đạo Trung Á sẽ dự họp.");
        find(&es, EntityKind::Location, "Bắc Mỹ");
        find(&es, EntityKind::Location, "Trung Á");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn an_island_state_written_with_a_lower_case_noun() {
        let es = run("Ngoại trưởng quần đảo Marshall Kitlang Kabua gặp người đồng cấp.");
        let m = find(&es, EntityKind::Location, "Quần đảo Marshall");
        assert_eq!(m.country.as_deref(), Some("MHL"));
        let p = find(&es, EntityKind::Person, "Kitlang Kabua");
        assert_eq!(p.country.as_deref(), Some("MHL"));
    }

    #[test]
    fn anh_quoc_is_the_uk_unless_a_surname_opens_it() {
        let es = run(
            "Bộ trưởng Quốc phòng Anh Quốc thăm Hà Nội. Ông Lê Anh Quốc, Chủ tịch xã, tiếp đoàn.",
        );
        let uk = find(&es, EntityKind::Location, "Anh");
        assert_eq!(uk.country.as_deref(), Some("GBR"));
        find(&es, EntityKind::Person, "Lê Anh Quốc");
    }

    #[test]
    fn outlets_are_named_without_their_classifier() {
        let es = run("Hãng Interfax và Ukrinform đưa tin về cuộc tấn công.");
        find(&es, EntityKind::Organisation, "Interfax");
        find(&es, EntityKind::Organisation, "Ukrinform");
        // "Nhật báo" is a daily, no Japan
        let es = run("Theo nhật báo Pravda, cuộc họp kéo dài. Nhật báo Izvestia cũng đưa tin.");
        find(&es, EntityKind::Organisation, "Pravda");
        find(&es, EntityKind::Organisation, "Izvestia");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Location),
            "{:?}",
            names(&es)
        );
        // the outlet's country between the head and its name is read too
        let es = run("Hãng thông tấn nhà nước Syria SANA cho biết.");
        find(&es, EntityKind::Organisation, "SANA");
        find(&es, EntityKind::Location, "Syria");
    }

    #[test]
    fn languages_and_currencies_are_no_places() {
        let es = run("Bản tin phát bằng tiếng Pháp, gói hỗ trợ trị giá 5 triệu đô la Singapore.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Location),
            "{:?}",
            names(&es)
        );
        let es = run("Pháp viện trợ 2 triệu bảng Anh.");
        find(&es, EntityKind::Location, "Pháp");
        let gbr =
            |e: &Entity| e.kind == EntityKind::Location && e.country.as_deref() == Some("GBR");
        assert!(!es.iter().any(gbr), "{:?}", names(&es));
    }

    #[test]
    fn a_known_ministry_goes_on_with_va_and_a_lower_case_field() {
        let es = run("Bộ Ngoại giao và Hợp tác quốc tế Tây Ban Nha ra thông cáo.");
        let m = find(
            &es,
            EntityKind::Organisation,
            "Bộ Ngoại giao và Hợp tác quốc tế Tây Ban Nha",
        );
        assert_eq!(m.country.as_deref(), Some("ESP"));
        // a capitalised common word may open the field
        let es = run("Ông Kovacs làm việc tại Bộ Ngoại giao và Kinh tế đối ngoại Hungary.");
        find(
            &es,
            EntityKind::Organisation,
            "Bộ Ngoại giao và Kinh tế đối ngoại Hungary",
        );
        // two ministries stay two
        let es = run("Bộ Ngoại giao và Bộ Quốc phòng Việt Nam phối hợp.");
        assert!(
            !es.iter().any(|e| e.name.starts_with("Bộ Ngoại giao và")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn foreign_names_around_known_people_and_repeated_alone() {
        // a given name or honorific before a gazetteer person is that person's
        let es = run("Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan điện đàm với đồng cấp.");
        assert!(!es.iter().any(|e| e.name == "Tayyip"), "{:?}", names(&es));
        // a foreign name without a title, written again by its surname alone
        let es = run(
            "Trong buổi làm việc, Peter Szalay, chuyên gia kinh tế, nhận định tăng trưởng chậm lại. \
             Szalay cho rằng lạm phát đã giảm.",
        );
        find(&es, EntityKind::Person, "Peter Szalay");
        // not a storm's name or an acronym before a country
        let es =
            run("Bão Kajiki đổ bộ. Sau đó Kajiki suy yếu. Bộ NN-PTNT Rumani họp. Rumani ký kết.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person),
            "{:?}",
            names(&es)
        );
        // another country's capital after the chain's country is a given name
        let es = run("Ngoại trưởng Argentina Santiago Cafiero phát biểu tại hội nghị.");
        find(&es, EntityKind::Person, "Santiago Cafiero");
        assert!(!es.iter().any(|e| e.name == "Santiago"), "{:?}", names(&es));
    }

    #[test]
    fn a_regional_bloc_names_no_country_inside_its_name() {
        let es = run("EU và Khối Thị trường chung Nam Mỹ (Mercosur) đã ký hiệp định.");
        find(
            &es,
            EntityKind::Organisation,
            "Khối Thị trường chung Nam Mỹ",
        );
        let usa =
            |e: &Entity| e.kind == EntityKind::Location && e.country.as_deref() == Some("USA");
        assert!(!es.iter().any(usa), "{:?}", names(&es));
    }

    #[test]
    fn seas_and_foreign_towns_from_the_gazetteer() {
        let es = run(
            "Tàu chiến tập trận ở Vịnh Ba Tư rồi đến biển Aegean; ông Lee tiếp khách tại Gyeongju.",
        );
        find(&es, EntityKind::Location, "Vịnh Ba Tư");
        find(&es, EntityKind::Location, "biển Aegean");
        let g = find(&es, EntityKind::Location, "Gyeongju");
        assert_eq!(g.country.as_deref(), Some("KOR"));
    }

    #[test]
    fn kiem_ends_a_body_and_ordinals_stay_in_the_chain() {
        let es = run("Bộ trưởng Bộ Nhân lực kiêm Bộ trưởng thứ hai Bộ Ngoại giao Malaysia Ahmad Zahid ký văn kiện.");
        find(&es, EntityKind::Organisation, "Bộ Nhân lực");
        assert!(
            !es.iter().any(|e| e.name.ends_with("kiêm")),
            "{:?}",
            names(&es)
        );
        let p = find(&es, EntityKind::Person, "Ahmad Zahid");
        assert_eq!(p.country.as_deref(), Some("MYS"));
        // the weekday is no ordinal of a title
        let es = run("Thủ tướng Lào Sonexay Siphandone đến Hà Nội vào Thứ Hai.");
        find(&es, EntityKind::Person, "Sonexay Siphandone");
    }

    #[test]
    fn a_foreign_surname_alone_ends_a_title_chain() {
        let es = run("Chủ tịch Thượng viện Kazakhstan Ashimbayev nhấn mạnh quan hệ hai nước.");
        let p = find(&es, EntityKind::Person, "Ashimbayev");
        assert_eq!(p.country.as_deref(), Some("KAZ"));
        // a Vietnamese field syllable before a lower-case one is still the title's
        let es = run("Bộ trưởng Ngoại giao Trung Quốc Vương Nghị phát biểu.");
        find(&es, EntityKind::Person, "Vương Nghị");
    }

    #[test]
    fn ministry_names_with_a_region_and_va() {
        let es = run("Ông Paul Martin, Vụ trưởng, Bộ châu Âu và Ngoại giao Bỉ, tiếp Đại sứ.");
        let m = find(&es, EntityKind::Organisation, "Bộ châu Âu và Ngoại giao Bỉ");
        assert_eq!(m.country.as_deref(), Some("BEL"));
        // a continent alone still ends the name
        let es = run("Hội đồng châu Âu và Mỹ đã thảo luận.");
        assert!(!es.iter().any(|e| e.name.starts_with("Hội đồng châu Âu và")));
    }

    #[test]
    fn commands_and_missions_named_by_region_and_seat() {
        let es = run(
            "Đô đốc John Aquilino, Tư lệnh Bộ Chỉ huy Ấn Độ Dương - Thái Bình Dương, đến Manila.",
        );
        find(
            &es,
            EntityKind::Organisation,
            "Bộ Chỉ huy Ấn Độ Dương - Thái Bình Dương",
        );
        assert!(!es
            .iter()
            .any(|e| e.kind == EntityKind::Location && e.name.starts_with("Ấn Độ Dương")));
        let es =
            run("Theo phái đoàn Nhật Bản tại ASEAN, Lục quân Úc tại Thái Bình Dương sẽ diễn tập.");
        let mission = find(
            &es,
            EntityKind::Organisation,
            "phái đoàn Nhật Bản tại ASEAN",
        );
        assert_eq!(mission.country.as_deref(), Some("JPN"));
        find(
            &es,
            EntityKind::Organisation,
            "Lục quân Úc tại Thái Bình Dương",
        );
        assert!(
            !es.iter().any(|e| e.name == "Thái Bình Dương"),
            "{:?}",
            names(&es)
        );
        // without its seat a lower-case "phái đoàn" is just a delegation
        let es = run("Một phái đoàn Nhật Bản đã đến Đà Nẵng.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
        // and a body after it is named on its own
        let es = run("Ông An tiếp phái đoàn Bộ Quốc phòng Lào.");
        let body = find(&es, EntityKind::Organisation, "Bộ Quốc phòng Lào");
        assert_eq!(body.mentions[0].text, "Bộ Quốc phòng Lào");
    }

    #[test]
    fn both_ministries_are_no_one_body() {
        let es =
            run("Nghị định thư giữa hai Bộ Quốc phòng được ký, Bộ Tư pháp hai nước cũng nhất trí.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
        let es = run("Bộ Quốc phòng Lào và Bộ Tư pháp đã ký.");
        find(&es, EntityKind::Organisation, "Bộ Tư pháp");
    }

    #[test]
    fn offices_posts_companies_and_palaces() {
        let es = run("Chủ nhiệm Văn phòng Phủ Thủ tướng Campuchia, Văn phòng 702 và Công ty Trách nhiệm hữu hạn Tập đoàn đầu tư Sao Mai, Viện Kinh tế xanh và Đồn biên phòng Cửa khẩu Quốc tế Lao Bảo.");
        find(
            &es,
            EntityKind::Organisation,
            "Văn phòng Phủ Thủ tướng Campuchia",
        );
        find(&es, EntityKind::Organisation, "Văn phòng 702");
        find(
            &es,
            EntityKind::Organisation,
            "Công ty Trách nhiệm hữu hạn Tập đoàn đầu tư Sao Mai",
        );
        find(&es, EntityKind::Organisation, "Viện Kinh tế xanh");
        find(
            &es,
            EntityKind::Organisation,
            "Đồn biên phòng Cửa khẩu Quốc tế Lao Bảo",
        );
        let es = run("Quốc vương tiếp Thủ tướng tại Cung điện Dasman.");
        find(&es, EntityKind::Location, "Cung điện Dasman");
        // a palace or hall named after a province is no province
        let es = run("Lễ đón diễn ra tại Cung Thái Bình, nơi có Cung Văn hóa Lao động.");
        assert!(
            !es.iter().any(|e| e.name == "Thái Bình"),
            "{:?}",
            names(&es)
        );
        find(&es, EntityKind::Location, "Cung Văn hóa Lao động");
        // "cung" in lower case is supply
        let es = run("Nguồn cung Nga giảm mạnh.");
        find(&es, EntityKind::Location, "Nga");
        // "Văn phòng 20 người": a count, not a unit's number
        let es = run("Văn phòng 20 người làm việc.");
        assert!(!es.iter().any(|e| e.name == "Văn phòng 20"));
    }

    #[test]
    fn an_abbreviated_head_is_the_same_body() {
        let es = run("Ủy ban nhân dân tỉnh Quảng Nam đã ký với đối tác; đại diện UBND tỉnh Quảng Nam cho biết sẽ tiếp tục.");
        let bodies: Vec<_> = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .collect();
        assert_eq!(bodies.len(), 1, "{:?}", names(&es));
        assert_eq!(bodies[0].mentions.len(), 2);
        // another province's committee stays apart
        let es = run("UBND tỉnh Quảng Nam và Ủy ban nhân dân tỉnh Gia Lai đã ký.");
        let bodies = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .count();
        assert_eq!(bodies, 2, "{:?}", names(&es));
    }

    #[test]
    fn a_bare_ministry_joins_the_one_named_later() {
        let es = run("Bộ Công Thương cho biết sẽ mở rộng hợp tác. Bộ trưởng Bộ Công Thương Việt Nam Nguyễn Hồng Diên phát biểu.");
        let m = find(&es, EntityKind::Organisation, "Bộ Công Thương Việt Nam");
        assert_eq!(m.mentions.len(), 2);
        // two named later: the bare one is neither
        let es = run("Bộ Ngoại giao cho biết sẽ hợp tác. Bộ Ngoại giao Nga và Bộ Ngoại giao Việt Nam ký văn kiện.");
        assert_eq!(
            find(&es, EntityKind::Organisation, "Bộ Ngoại giao Nga")
                .mentions
                .len(),
            1
        );
        assert_eq!(
            find(&es, EntityKind::Organisation, "Bộ Ngoại giao Việt Nam")
                .mentions
                .len(),
            1
        );
    }

    #[test]
    fn initials_with_full_stops_are_one_person() {
        let es = run("Chủ tịch Hội đồng Liên bang Nga Valentina Ivanovna Matvienko đón đoàn; Chủ tịch V.I Matvienko nhấn mạnh quan hệ hai nước.");
        let p = find(&es, EntityKind::Person, "Valentina Ivanovna Matvienko");
        assert_eq!(p.mentions.len(), 2, "{:?}", names(&es));
        // initials first, the full name later in apposition
        let es = run("Chủ tịch V.I Matvienko phát biểu; người đứng đầu Thượng viện, Valentina Ivanovna Matvienko, cảm ơn.");
        let p = find(&es, EntityKind::Person, "Valentina Ivanovna Matvienko");
        assert_eq!(p.mentions.len(), 2, "{:?}", names(&es));
        // initials first, the full name later in apposition
        let es = run("Chủ tịch V.I Matvienko phát biểu; người đứng đầu Thượng viện, Valentina Ivanovna Matvienko, cảm ơn.");
        let p = find(&es, EntityKind::Person, "Valentina Ivanovna Matvienko");
        assert_eq!(p.mentions.len(), 2, "{:?}", names(&es));
        // initials that differ are someone else
        let es = run("Bà Valentina Ivanovna Matvienko và ông A.N Matvienko cùng dự.");
        assert_eq!(
            es.iter().filter(|e| e.kind == EntityKind::Person).count(),
            2,
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn given_names_and_an_initial_before_a_known_person() {
        let es =
            run("Hôm nay Ngoại trưởng Antony J. Blinken gặp Bộ trưởng Bùi Thanh Sơn tại Jakarta.");
        let p = find(&es, EntityKind::Person, "Antony Blinken");
        assert_eq!(p.mentions[0].text, "Antony J. Blinken");
        assert!(!es.iter().any(|e| e.name == "Antony J"), "{:?}", names(&es));
        // an unknown person keeps the name as written, initial and all
        let es = run("Tổng thống Mỹ John F. Kennedy đến thăm Paris.");
        find(&es, EntityKind::Person, "John F. Kennedy");
    }

    #[test]
    fn a_committee_with_lower_case_words_keeps_its_head() {
        let es = run("Bí thư thứ nhất Ban chấp hành Trung ương Đảng Cộng sản Cuba Miguel Díaz-Canel cảm ơn Việt Nam.");
        // the party's central committee is the party, written in full as a mention
        let party = find(&es, EntityKind::Organisation, "Đảng Cộng sản Cuba");
        assert!(party
            .mentions
            .iter()
            .any(|m| m.text == "Ban chấp hành Trung ương Đảng Cộng sản Cuba"));
        assert!(
            !es.iter().any(|e| e.name == "Trung ương Đảng Cộng sản Cuba"),
            "{:?}",
            names(&es)
        );
        // a bare committee is no name
        let es = run("Hội nghị ban chấp hành công đoàn cơ sở diễn ra sáng nay.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
        // a head before a body the gazetteer knows keeps the known name
        let es = run("Theo Tập đoàn Samsung, doanh thu quý III tăng.");
        find(&es, EntityKind::Organisation, "Samsung");
    }

    #[test]
    fn summit_cities_abroad_and_a_misspelt_capital() {
        let es = run("Hội nghị thượng đỉnh diễn ra tại Kazan, Liên bang Nga; đoàn sau đó tới Istanbul và thủ đô Vientian.");
        assert_eq!(
            find(&es, EntityKind::Location, "Kazan").country.as_deref(),
            Some("RUS")
        );
        find(&es, EntityKind::Location, "Istanbul");
        find(&es, EntityKind::Location, "Viêng Chăn");
        // the Indo-Pacific is one region, not two oceans nor India
        let es = run("Hai nước ủng hộ một khu vực Ấn Độ Dương – Thái Bình Dương tự do và rộng mở.");
        find(&es, EntityKind::Location, "Ấn Độ Dương - Thái Bình Dương");
        assert!(
            !es.iter()
                .any(|e| e.name == "Ấn Độ Dương" || e.name == "Thái Bình Dương"),
            "{:?}",
            names(&es)
        );
        let es = run("Tàu đi qua Ấn Độ Dương rồi tới Thái Bình Dương.");
        find(&es, EntityKind::Location, "Thái Bình Dương");
        // the name of a city is no place inside another word
        let es = run("Ông Kazanov phát biểu tại hội nghị.");
        assert!(!es.iter().any(|e| e.name == "Kazan"), "{:?}", names(&es));
    }

    #[test]
    fn abbreviated_procuracy_abroad_and_government_as_a_goal() {
        let es =
            run("Hiệp định dẫn độ giữa Bộ Công an Việt Nam và Viện KSND tối cao Lào được ký kết.");
        assert_eq!(
            find(&es, EntityKind::Organisation, "Viện KSND tối cao Lào")
                .country
                .as_deref(),
            Some("LAO")
        );
        // "Chính phủ số" is a goal, the government itself is still a body
        let es = run("Campuchia đẩy mạnh xây dựng Chính phủ số và Chính phủ điện tử.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
        let es = run("Chính phủ Campuchia đẩy mạnh chuyển đổi số.");
        find(&es, EntityKind::Organisation, "Chính phủ Campuchia");
    }

    #[test]
    fn korean_names_in_latin_letters_without_a_title() {
        let es = run("Đội tuyển lên ngôi cùng chiến lược gia tài ba Park Hang Seo; sau trận, Park Hang-seo cảm ơn người hâm mộ.");
        let p = find(&es, EntityKind::Person, "Park Hang Seo");
        assert_eq!(p.country.as_deref(), Some("KOR"));
        assert_eq!(p.mentions.len(), 2, "{:?}", names(&es));
        // two syllables, or a family name that is no Korean one, is no such name
        let es = run("Khách sạn mới mở ở khu Park Avenue và phố Min Aung Road.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_middle_and_given_pair_after_a_kind_of_thing_is_no_person() {
        for text in [
            "Đêm qua, tàu cá Minh Dũng gặp nạn ngoài khơi.",
            "Người đàn ông quê ở Minh Phú, Sóc Sơn, Hà Nội.",
            "Đoàn dừng trước cổng nhà nghỉ Trọng Bồi rồi quay về.",
            "Bà con thành lập chợ Tiến Bào từ năm ngoái.",
        ] {
            let es = run(text);
            assert!(
                !es.iter().any(|e| e.kind == EntityKind::Person),
                "{text}: {:?}",
                names(&es)
            );
        }
        // words that only end in such a word still come before people
        for (text, name) in [
            ("Ông yêu cầu Ngọc Hương im lặng.", "Ngọc Hương"),
            ("Sau đường chuyền của Quang Hải, đội ghi bàn.", "Quang Hải"),
            ("Cả gia đình Công Phượng có mặt.", "Công Phượng"),
        ] {
            find(&run(text), EntityKind::Person, name);
        }
    }

    #[test]
    fn a_portfolio_in_lower_case_between_title_and_body() {
        let es = run("Ông gặp Ngoại trưởng Anh David Lammy và Đại diện cấp cao về chính sách an ninh và đối ngoại của Liên minh châu Âu (EU) Kaja Kallas.");
        let p = find(&es, EntityKind::Person, "Kaja Kallas");
        assert_eq!(p.roles, vec!["Đại diện cấp cao".to_string()]);
        find(&es, EntityKind::Organisation, "Liên minh châu Âu");
        // a country's own code in brackets keeps the chain going
        let es = run("Ông Sơn gặp Ngoại trưởng Anh (UK) David Lammy tại London.");
        let p = find(&es, EntityKind::Person, "David Lammy");
        assert_eq!(p.country.as_deref(), Some("GBR"));
        // "về" with no body after its words is talk about a topic, no chain
        let es = run("Hai bên trao đổi với Bộ trưởng về hợp tác của hai nước trong năm tới.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_lower_case_last_field_before_the_country() {
        let es = run(
            "Bộ Công nghiệp, thương mại và tài nguyên Hàn Quốc ngày 19/12 cho biết kim ngạch tăng.",
        );
        let o = find(
            &es,
            EntityKind::Organisation,
            "Bộ Công nghiệp, thương mại và tài nguyên Hàn Quốc",
        );
        assert_eq!(o.country.as_deref(), Some("KOR"));
        // with no country to close it, the list is things the body deals in
        let es = run("Bộ Công nghiệp, thương mại và tài nguyên cho biết kim ngạch tăng.");
        find(&es, EntityKind::Organisation, "Bộ Công nghiệp");
    }

    #[test]
    fn an_activity_field_runs_up_to_the_country() {
        let es = run("Quỹ Hỗ trợ phát triển nông nghiệp Nhật Bản cấp vốn cho dự án.");
        let o = find(
            &es,
            EntityKind::Organisation,
            "Quỹ Hỗ trợ phát triển nông nghiệp Nhật Bản",
        );
        assert_eq!(o.country.as_deref(), Some("JPN"));
        // with no country after it, the activity is the predicate
        let es = run("Hội Nông dân phát triển kinh tế mạnh mẽ.");
        find(&es, EntityKind::Organisation, "Hội Nông dân");
    }

    #[test]
    fn lower_case_fields_a_connector_opens_and_hyphenated_fields() {
        let es = run("Bộ Thương mại và Đầu tư nước ngoài Venezuela cho biết.");
        let o = find(
            &es,
            EntityKind::Organisation,
            "Bộ Thương mại và Đầu tư nước ngoài Venezuela",
        );
        assert_eq!(o.country.as_deref(), Some("VEN"));
        let es = run("Ban Chỉ huy Phòng vệ dân sự Quốc gia họp sáng nay.");
        find(
            &es,
            EntityKind::Organisation,
            "Ban Chỉ huy Phòng vệ dân sự Quốc gia",
        );
        let es = run("Tập đoàn Hóa chất-Phân bón Quốc gia Lào ký hợp đồng.");
        let o = find(
            &es,
            EntityKind::Organisation,
            "Tập đoàn Hóa chất-Phân bón Quốc gia Lào",
        );
        assert_eq!(o.country.as_deref(), Some("LAO"));
        // a hyphen before another head joins two bodies, not two fields
        let es = run("Tổng cục Hải quan-Cục Thuế phối hợp.");
        find(&es, EntityKind::Organisation, "Tổng cục Hải quan");
        assert!(!es.iter().any(|e| e.name.starts_with("Tổng cục Hải quan-")));
    }

    #[test]
    fn a_capitalised_common_word_names_a_school() {
        let es = run("Trường đại học Kinh tế Đà Nẵng và Trường đại học Y khoa Huế ký kết.");
        find(
            &es,
            EntityKind::Organisation,
            "Trường đại học Kinh tế Đà Nẵng",
        );
        find(&es, EntityKind::Organisation, "Trường đại học Y khoa Huế");
    }

    #[test]
    fn a_ministry_tied_to_its_country() {
        let es = run("Bộ Tài chính của Nhật Bản cho biết sẽ hỗ trợ.");
        let o = find(&es, EntityKind::Organisation, "Bộ Tài chính Nhật Bản");
        assert_eq!(o.country.as_deref(), Some("JPN"));
        assert_eq!(o.mentions[0].text, "Bộ Tài chính của Nhật Bản");
        // Vietnam's own keeps its gazetteer name
        let es = run("Ông Hòa, Vụ trưởng Bộ Tài chính của Việt Nam, phát biểu.");
        let o = find(&es, EntityKind::Organisation, "Bộ Tài chính");
        assert_eq!(o.country.as_deref(), Some("VNM"));
        // no country after the tie, two others in the article: no country
        let es = run("Ý kiến của Bộ Tài chính của hai nước Lào và Campuchia được ghi nhận.");
        let o = find(&es, EntityKind::Organisation, "Bộ Tài chính");
        assert_eq!(o.country, None);
    }

    #[test]
    fn a_head_that_is_a_surname_after_a_rank_is_the_name() {
        let es = run("Đại tá Đoàn Văn Khải, Chính ủy Lữ đoàn, cho biết.");
        let p = find(&es, EntityKind::Person, "Đoàn Văn Khải");
        assert!(p.roles.iter().any(|r| r == "Đại tá"));
        let es = run("Bí thư Đoàn Thanh niên Trần Quốc Bảo phát biểu.");
        find(&es, EntityKind::Organisation, "Đoàn Thanh niên");
        find(&es, EntityKind::Person, "Trần Quốc Bảo");
    }

    #[test]
    fn new_bodies_and_outlets_in_the_gazetteer() {
        let es = run("Hội đồng châu Âu nhóm họp tại Brussels, báo Bangkok Post đưa tin.");
        let o = find(&es, EntityKind::Organisation, "Hội đồng châu Âu");
        assert_eq!(o.gazetteer_id.as_deref(), Some("igo.euco"));
        let o = find(&es, EntityKind::Organisation, "Bangkok Post");
        assert_eq!(o.country.as_deref(), Some("THA"));
        // the Lao party as the press often writes it, "cách mạng" in lower case
        let es = run("Đoàn đại biểu Đảng Nhân dân cách mạng Lào sang thăm.");
        let o = find(&es, EntityKind::Organisation, "Đảng Nhân dân Cách mạng Lào");
        assert_eq!(o.country.as_deref(), Some("LAO"));
    }

    #[test]
    fn a_party_body_named_with_its_party() {
        // a foreign party's office is that party's, and names the party
        let es = run("Đoàn Văn phòng Trung ương Đảng Nhân dân cách mạng Lào sang thăm.");
        let o = find(
            &es,
            EntityKind::Organisation,
            "Văn phòng Trung ương Đảng Nhân dân cách mạng Lào",
        );
        assert_eq!(o.country.as_deref(), Some("LAO"));
        find(&es, EntityKind::Organisation, "Đảng Nhân dân Cách mạng Lào");
        // the delegation is no body: "Đoàn" is no word of the name
        assert!(
            !es.iter().any(|e| e.name.starts_with("Đoàn")),
            "{:?}",
            names(&es)
        );
        let es = run("Đoàn đại biểu Bộ Quốc phòng Lào và Đoàn Thanh niên cùng dự.");
        find(&es, EntityKind::Organisation, "Bộ Quốc phòng Lào");
        find(&es, EntityKind::Organisation, "Đoàn Thanh niên");
        // Vietnam's own is the gazetteer body, with or without the party's name
        let es = run(
            "Văn phòng Trung ương Đảng Cộng sản Việt Nam chủ trì, Chánh Văn phòng Trung ương Đảng phát biểu.",
        );
        let offices: Vec<&Entity> = es
            .iter()
            .filter(|e| e.gazetteer_id.as_deref() == Some("vn.party_office"))
            .collect();
        assert_eq!(offices.len(), 1, "{:?}", names(&es));
        assert_eq!(offices[0].mentions.len(), 2);
        find(&es, EntityKind::Organisation, "Đảng Cộng sản Việt Nam");
    }

    #[test]
    fn seas_and_a_city_named_after_its_country() {
        let es = run("Tàu chở dầu từ vùng biển Caspi tới cảng Santiago de Cuba.");
        find(&es, EntityKind::Location, "biển Caspi");
        let c = find(&es, EntityKind::Location, "Santiago de Cuba");
        assert_eq!(c.country.as_deref(), Some("CUB"));
        // the Chilean capital stays Chilean
        let es = run("Tổng thống Chile về tới Santiago chiều qua.");
        let c = find(&es, EntityKind::Location, "Santiago");
        assert_eq!(c.country.as_deref(), Some("CHL"));
    }

    #[test]
    fn a_state_body_named_by_a_lower_case_field_and_its_country() {
        let es = run("Bà Lan, Phó Cục trưởng Cục hàng không dân dụng Lào, phát biểu.");
        let o = find(&es, EntityKind::Organisation, "Cục hàng không dân dụng Lào");
        assert_eq!(o.country.as_deref(), Some("LAO"));
        // a company so described is a kind of company, not a name
        let es = run("Công ty dầu khí Mỹ cho biết.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn bodies_of_numbered_urban_units() {
        let es = run("Xét xử phúc thẩm, TAND quận 10 bác đơn kháng cáo.");
        find(&es, EntityKind::Organisation, "TAND quận 10");
        let es = run("Chủ tịch UBND phường 7 Lê Thị Hoa cho biết.");
        find(&es, EntityKind::Organisation, "UBND phường 7");
        find(&es, EntityKind::Person, "Lê Thị Hoa");
    }

    #[test]
    fn places_in_the_names_of_schools_and_clubs() {
        let es = run("CLB Sông Lam Nghệ An gặp CLB Công an Hà Nội tối nay.");
        find(&es, EntityKind::Organisation, "CLB Sông Lam Nghệ An");
        let club = find(&es, EntityKind::Organisation, "CLB Công an Hà Nội");
        assert_eq!(club.actor_role, None);
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Location),
            "{:?}",
            names(&es)
        );
        // a city's department names its city, and a provincial hospital the
        // province written with its unit
        let es = run("Sở Y tế Hà Nội cho biết.");
        find(&es, EntityKind::Location, "Hà Nội");
        let es = run("Bệnh viện Đa khoa tỉnh Nghệ An tiếp nhận bệnh nhân.");
        find(&es, EntityKind::Location, "Nghệ An");
    }

    #[test]
    fn glued_words_are_read_and_named_apart() {
        let es = run("Ông An, Phó Giám đốcTrần Văn Lâm và Trường đại họcKỹ thuật Otago đã ký.");
        find(&es, EntityKind::Person, "Trần Văn Lâm");
        let o = find(
            &es,
            EntityKind::Organisation,
            "Trường đại học Kỹ thuật Otago",
        );
        // the mention stays as written
        assert_eq!(o.mentions[0].text, "Trường đại họcKỹ thuật Otago");
    }

    #[test]
    fn a_known_body_ending_with_its_country_names_the_country() {
        let es = run("Đoàn đại biểu Đảng Nhân dân Cách mạng Lào đến Hà Nội.");
        find(&es, EntityKind::Location, "Lào");
        // an acronym names none
        let es = run("Phóng viên TTXVN đưa tin.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Location),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn the_central_committee_only_where_it_is_named() {
        // the office's name ends with a short form of the committee: no committee
        let es = run("Lãnh đạo Văn phòng Trung ương Đảng họp tại Trụ sở Trung ương Đảng.");
        assert!(
            !es.iter()
                .any(|e| e.gazetteer_id.as_deref() == Some("vn.central_committee")),
            "{:?}",
            names(&es)
        );
        find(&es, EntityKind::Organisation, "Văn phòng Trung ương Đảng");
        // its full name names the party too
        let es = run("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam họp phiên bế mạc.");
        find(&es, EntityKind::Organisation, "Đảng Cộng sản Việt Nam");
    }

    #[test]
    fn a_name_between_commas_after_a_chain_is_its_holder() {
        let es = run("Thông báo nêu rõ Tùy viên quân sự của Đại sứ quán Pháp tại Oslo, Pierre Durand, phải rời đi.");
        let p = find(&es, EntityKind::Person, "Pierre Durand");
        assert_eq!(p.country.as_deref(), Some("FRA"));
        assert!(
            p.roles.iter().any(|r| r == "Tùy viên quân sự"),
            "{:?}",
            p.roles
        );
        // places between commas are no holders
        let es = run("Bộ trưởng Bộ Y tế, Hà Nội, và các tỉnh họp.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn junior_officer_ranks_and_attaches() {
        let es = run(
            "Đại úy Trần Minh Khoa và Thượng úy Phan Văn Tùng, Trợ lý Tùy viên quốc phòng, có mặt.",
        );
        let p = find(&es, EntityKind::Person, "Trần Minh Khoa");
        assert_eq!(p.actor_role.as_deref(), Some("MIL"));
        find(&es, EntityKind::Person, "Phan Văn Tùng");
    }

    #[test]
    fn an_unknown_brand_with_a_company_word_is_a_company() {
        let es = run("Hợp đồng giữa Lọc dầu Nghi Sơn và KNOC Trading Malaysia đã được ký.");
        let o = find(&es, EntityKind::Organisation, "KNOC Trading Malaysia");
        assert_eq!(o.country.as_deref(), Some("MYS"));
        // a foreign name with no company word is no company
        let es = run("Ông Peter Wallace Brown phát biểu.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn deputy_spokespeople_short_title() {
        let es = run("Phát biểu của Phó Phát ngôn Vedant Patel: hai bên đã điện đàm.");
        let p = find(&es, EntityKind::Person, "Vedant Patel");
        assert_eq!(p.roles, vec!["Phó Phát ngôn".to_string()]);
        // the verb "phát ngôn" is no title
        let es = run("Ông phát ngôn rằng Hà Nội sẽ tiếp đoàn.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_deputy_abbreviated_db_is_a_person_not_a_place() {
        // "Bình Nhưỡng" is also Pyongyang's Sino-Vietnamese name.
        let es =
            run("Tranh luận về vấn đề này, ĐB Lưu Bình Nhưỡng (Bến Tre) cho rằng cần nhất quán.");
        let p = find(&es, EntityKind::Person, "Lưu Bình Nhưỡng");
        assert_eq!(p.roles, vec!["ĐB".to_string()]);
        assert!(
            !es.iter().any(|e| e.name == "Bình Nhưỡng"),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn the_national_airline_described_is_the_airline() {
        let es = run("Chiều 11/6, Hãng hàng không quốc gia Việt Nam đã ký biên bản ghi nhớ với Tập đoàn Boeing.");
        let a = find(&es, EntityKind::Organisation, "Vietnam Airlines");
        assert_eq!(a.country.as_deref(), Some("VNM"));
    }

    #[test]
    fn a_capitalised_qualifier_inside_a_body_name() {
        let es = run("Ông Lê Văn Bình, Chánh Văn phòng Cơ quan Thường trực Ban Chỉ đạo quốc gia về tìm kiếm cứu nạn, cho biết.");
        // (with its remit after "về": see en22_economy.rs)
        find(
            &es,
            EntityKind::Organisation,
            "Văn phòng Cơ quan Thường trực Ban Chỉ đạo quốc gia về tìm kiếm cứu nạn",
        );
        assert!(
            !es.iter().any(|e| e.name == "Ban Chỉ đạo"),
            "{:?}",
            names(&es)
        );
        // in a title chain it stays the title's qualifier
        let es = run("Phó Chủ tịch Thường trực Quốc hội Trần Thanh Mẫn phát biểu.");
        find(&es, EntityKind::Person, "Trần Thanh Mẫn");
        find(&es, EntityKind::Organisation, "Quốc hội");
    }

    #[test]
    fn states_of_the_past_are_places_without_a_country_of_today() {
        // heldout40/004, 40/010: "Liên Xô" was read as a person.
        let es = run(
            "Năm 1950, Liên Xô là một trong những nước đầu tiên công nhận Việt Nam. \
            Nhiều cán bộ được đào tạo tại Leningrad và Laixích (Cộng hòa Dân chủ Đức).",
        );
        let ussr = find(&es, EntityKind::Location, "Liên Xô");
        assert_eq!(ussr.country, None);
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person),
            "{:?}",
            names(&es)
        );
        let gdr = find(&es, EntityKind::Location, "Cộng hòa Dân chủ Đức");
        assert_eq!(gdr.country, None);
        assert!(!es.iter().any(|e| e.name == "Đức"), "{:?}", names(&es));
        find(&es, EntityKind::Location, "Saint Petersburg");
        find(&es, EntityKind::Location, "Leipzig");
    }

    #[test]
    fn numbers_inside_and_after_unit_names() {
        let es =
            run("Tư lệnh Hạm đội 3 của Mỹ thăm Cam Ranh, Bộ Tư lệnh Vùng 4 Hải quân tiếp đón.");
        find(&es, EntityKind::Organisation, "Hạm đội 3");
        // the Navy's regions are gazetteer rows: the command names its region
        let region = find(&es, EntityKind::Organisation, "Vùng 4 Hải quân");
        assert_eq!(region.mentions[0].text, "Bộ Tư lệnh Vùng 4 Hải quân");
        assert_eq!(region.country.as_deref(), Some("VNM"));
        // heldout41/001-003: the military region, the Navy's region and the
        // US fleet named by their numbers
        let es = run(
            "Tham dự có đại diện Bộ Quốc phòng, Quân khu 5, Vùng 3 Hải quân và UBND TP Đà Nẵng. \
            Đây là tàu sân bay duy nhất của Hạm đội 7 triển khai thường trực ở nước ngoài.",
        );
        find(&es, EntityKind::Organisation, "Quân khu 5");
        find(&es, EntityKind::Organisation, "Vùng 3 Hải quân");
        let fleet = find(&es, EntityKind::Organisation, "Hạm đội 7");
        assert_eq!(fleet.country.as_deref(), Some("USA"));
        // "Quân khu" alone, or counted, names no unit
        let es = run("Các quân khu 5 năm qua đã huấn luyện tốt.");
        assert!(
            !es.iter().any(|e| e.name.contains("Quân khu")),
            "{:?}",
            names(&es)
        );
        // a count after a body is no number of its name
        let es = run("Bộ Tư lệnh Vùng 4 có 20 tàu.");
        assert!(
            !es.iter().any(|e| e.name.contains("20")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn given_names_that_are_places_heads_or_stop_words() {
        let es = run("Đại tá Lê Thái Bình, Chính ủy Lữ đoàn 170, gặp ông Phan Văn Trường và bà Đỗ Thị Nhiều tại hồ Ba Bể.");
        assert_eq!(
            find(&es, EntityKind::Person, "Lê Thái Bình")
                .country
                .as_deref(),
            Some("VNM")
        );
        find(&es, EntityKind::Person, "Phan Văn Trường");
        find(&es, EntityKind::Person, "Đỗ Thị Nhiều");
        assert!(
            !es.iter().any(|e| e.name == "Thái Bình"),
            "{:?}",
            names(&es)
        );
        // a surname that also heads a place keeps the place
        let es = run("Du khách dạo quanh Hồ Hoàn Kiếm buổi sáng.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person),
            "{:?}",
            names(&es)
        );
        // a head with its name after it is no given name
        let es = run("Ông Vũ Văn Trường Đại học Luật phát biểu.");
        assert!(
            !es.iter().any(|e| e.name == "Vũ Văn Trường"),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_leaders_office_is_a_body_of_its_country() {
        let es = run("Văn phòng Tổng thống Kenya và Phủ tổng thống Philippines ra thông cáo; Thủ tướng Anh Keir Starmer và ông Morgan McSweeney, Chánh Văn phòng, đã họp.");
        for (name, country) in [
            ("Văn phòng Tổng thống Kenya", "KEN"),
            ("Phủ tổng thống Philippines", "PHL"),
        ] {
            assert_eq!(
                find(&es, EntityKind::Organisation, name).country.as_deref(),
                Some(country)
            );
        }
        find(&es, EntityKind::Person, "Morgan McSweeney");
    }

    #[test]
    fn coast_guards_their_regions_and_their_forces() {
        let es = run("Tàu của Bộ Tư lệnh Vùng Cảnh sát biển 4, Lực lượng Cảnh sát biển Indonesia và Lực lượng Bảo vệ bờ biển Hàn Quốc gặp tàu Cảnh sát biển Malaysia số hiệu 12. Cảnh sát biển Indonesia cho biết.");
        find(
            &es,
            EntityKind::Organisation,
            "Bộ Tư lệnh Vùng Cảnh sát biển 4",
        );
        let idn = es
            .iter()
            .filter(|e| e.name.contains("Indonesia") && e.kind == EntityKind::Organisation)
            .count();
        assert_eq!(idn, 1, "{:?}", names(&es));
        for (name, country) in [
            ("Cảnh sát biển Indonesia", "IDN"),
            ("Lực lượng Bảo vệ bờ biển Hàn Quốc", "KOR"),
            ("Cảnh sát biển Malaysia", "MYS"),
        ] {
            assert_eq!(
                find(&es, EntityKind::Organisation, name).country.as_deref(),
                Some(country)
            );
        }
        // the sea itself, without a body before it, stays a place; forces of
        // a name that only opens with a head keep their name
        let es = run("Lực lượng Phòng vệ Nhật Bản tập trận trên biển Philippines.");
        find(&es, EntityKind::Organisation, "Lực lượng Phòng vệ Nhật Bản");
        find(&es, EntityKind::Location, "biển Philippines");
    }

    #[test]
    fn friendship_bodies_of_provinces_and_lower_case_fields() {
        let es = run("Hội Hữu nghị Việt - Lào tỉnh Hà Tĩnh, Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh và Hiệp hội Đối ngoại nhân dân hữu hảo tỉnh Vân Nam ký kết; Cục Quản lý nợ và tài chính đối ngoại, Bộ Tài chính có mặt.");
        for (name, country) in [
            ("Hội Hữu nghị Việt - Lào tỉnh Hà Tĩnh", "VNM"),
            ("Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh", "VNM"),
            ("Hiệp hội Đối ngoại nhân dân hữu hảo tỉnh Vân Nam", "CHN"),
        ] {
            assert_eq!(
                find(&es, EntityKind::Organisation, name).country.as_deref(),
                Some(country)
            );
        }
        find(&es, EntityKind::Location, "Lào");
        find(
            &es,
            EntityKind::Organisation,
            "Cục Quản lý nợ và tài chính đối ngoại",
        );
    }

    #[test]
    fn provincial_commands_and_bodies_serving_a_unit() {
        let es = run("Ban chỉ huy Bộ đội biên phòng An Giang, Bộ đội Biên phòng tỉnh Tây Ninh và Bộ đội Biên phòng Việt Nam cùng Cục thuế tỉnh Bắc Ninh dự họp.");
        for name in [
            "Bộ đội biên phòng An Giang",
            "Bộ đội Biên phòng tỉnh Tây Ninh",
            "Cục thuế tỉnh Bắc Ninh",
        ] {
            assert_eq!(
                find(&es, EntityKind::Organisation, name).country.as_deref(),
                Some("VNM")
            );
        }
        assert_eq!(
            find(&es, EntityKind::Organisation, "Bộ đội Biên phòng")
                .gazetteer_id
                .as_deref(),
            Some("vn.border_guard")
        );
        find(&es, EntityKind::Location, "An Giang");
    }

    #[test]
    fn two_initials_inside_a_name_and_an_aides_title_after_it() {
        let es = run("Ông Rodolfo DC. Santos, Đại sứ Philippines, gặp ông Sergei Prikhodko Trợ lý của Tổng thống Nga.");
        assert_eq!(
            find(&es, EntityKind::Person, "Rodolfo DC. Santos")
                .country
                .as_deref(),
            Some("PHL")
        );
        find(&es, EntityKind::Person, "Sergei Prikhodko");
        // an agency's acronym then a full stop stays the agency
        let es = run("Theo AP. Reuters cũng đưa tin.");
        find(&es, EntityKind::Organisation, "Reuters");
    }

    #[test]
    fn a_bare_government_is_listed_only_with_its_country_after_it() {
        let es = run(
            "Tổng thống Kenya yêu cầu Chính phủ nước này cứu trợ; hai Chính phủ sẽ ký hiệp định.",
        );
        assert!(
            !es.iter().any(|e| e.name == "Chính phủ"),
            "{:?}",
            names(&es)
        );
        let es =
            run("Đây là món quà của Đảng, Nhà nước, Chính phủ và nhân dân Việt Nam gửi tặng Cuba.");
        assert_eq!(
            find(&es, EntityKind::Organisation, "Chính phủ")
                .country
                .as_deref(),
            Some("VNM")
        );
    }

    #[test]
    fn a_shared_family_name_before_a_korean_syllable() {
        let es = run("Tham dự có các ủy viên Park Min Woo, Kim Dong Jin và Kim Thị Hoa.");
        assert_eq!(
            find(&es, EntityKind::Person, "Kim Dong Jin")
                .country
                .as_deref(),
            Some("KOR")
        );
        assert_eq!(
            find(&es, EntityKind::Person, "Kim Thị Hoa")
                .country
                .as_deref(),
            Some("VNM")
        );
    }

    #[test]
    fn a_party_written_with_a_lower_case_dang() {
        let es = run("Các thượng nghị sĩ đảng Cộng hòa tại Mỹ bỏ phiếu chống.");
        assert_eq!(
            find(&es, EntityKind::Organisation, "Đảng Cộng hòa")
                .country
                .as_deref(),
            Some("USA")
        );
        // its inner capital is part of that spelling
        let es = run("Ông nói đảng cộng hòa cần đổi mới.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn border_gates_and_the_posts_named_by_them() {
        let es = run("Tại cửa khẩu quốc tế Tịnh Biên, Đồn biên phòng cửa khẩu quốc tế Tịnh Biên đã tiếp nhận 20 công dân.");
        // (the gate, or the town the gazetteer knows by its name)
        assert!(
            es.iter()
                .any(|e| e.kind == EntityKind::Location && e.name.ends_with("Tịnh Biên")),
            "{:?}",
            names(&es)
        );
        find(
            &es,
            EntityKind::Organisation,
            "Đồn biên phòng cửa khẩu quốc tế Tịnh Biên",
        );
    }

    #[test]
    fn a_double_surname_before_a_known_name_is_another_person() {
        let es = run(
            "Chủ tịch UBND thành phố Lương Nguyễn Minh Triết đã tiếp Đại sứ Nhật Bản tại trụ sở.",
        );
        let p = find(&es, EntityKind::Person, "Lương Nguyễn Minh Triết");
        assert_eq!(p.gazetteer_id, None);
        assert!(
            !es.iter()
                .any(|e| e.name == "Lương" || e.name == "Nguyễn Minh Triết"),
            "{:?}",
            names(&es)
        );
        let es = run("Ông Lương Nguyễn Minh Triết cho biết thành phố sẵn sàng hợp tác.");
        find(&es, EntityKind::Person, "Lương Nguyễn Minh Triết");
        // (the known person alone, after a title, stays who he is)
        let es = run("Nguyên Chủ tịch nước Nguyễn Minh Triết dự lễ khai mạc tại Hà Nội.");
        let p = find(&es, EntityKind::Person, "Nguyễn Minh Triết");
        assert_eq!(p.gazetteer_id.as_deref(), Some("vn.nguyen_minh_triet"));
    }

    #[test]
    fn heritage_sites_parks_and_halls_are_places_named_with_their_head() {
        let es = run(
            "Đoàn đã tham quan Quần thể danh thắng Tràng An, Vườn quốc gia Cúc Phương và Công viên Yoyogi.",
        );
        find(&es, EntityKind::Location, "Quần thể danh thắng Tràng An");
        find(&es, EntityKind::Location, "Vườn quốc gia Cúc Phương");
        find(&es, EntityKind::Location, "Công viên Yoyogi");
        let es = run("Buổi gặp mặt diễn ra tối 5/2 tại Hội trường Thống Nhất, TP.HCM.");
        find(&es, EntityKind::Location, "Hội trường Thống Nhất");
        // (a lower-case word after the head names no site)
        let es = run("Thành phố sẽ xây thêm công viên cây xanh cho người dân.");
        assert!(
            !es.iter()
                .any(|e| e.name.to_lowercase().starts_with("công viên")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_known_district_is_named_without_its_head() {
        let es = run("Dự án hỗ trợ sinh kế cho người khuyết tật tại huyện Cam Lộ, tỉnh Quảng Trị.");
        let p = find(&es, EntityKind::Location, "Cam Lộ");
        assert_eq!(
            p.gazetteer_id.as_deref(),
            Some("vnm.cam_lo_district_quang_tri")
        );
        // (a city keeps its name)
        let es = run("Đoàn công tác đã làm việc với lãnh đạo thành phố Hà Nội.");
        find(&es, EntityKind::Location, "Hà Nội");
        assert!(!es.iter().any(|e| e.name == "Cam Lộ"), "{:?}", names(&es));
    }

    #[test]
    fn a_given_name_ending_in_a_country_named_with_a_title_elsewhere_is_no_country() {
        let es = run(
            "Nghệ sĩ Thúy Nga đã trải lòng về cuộc sống. Nói về cha bé, Thúy Nga không trách ai.",
        );
        find(&es, EntityKind::Person, "Thúy Nga");
        assert!(!es.iter().any(|e| e.name == "Nga"), "{:?}", names(&es));
        // (a country after an untitled run the article never titles stays)
        let es = run("Sang Nga, đoàn đã làm việc với các đối tác tại Moskva.");
        find(&es, EntityKind::Location, "Nga");
    }

    #[test]
    fn a_dashed_pair_is_no_word_of_a_body() {
        let es = run("Ủy ban liên Chính phủ Việt-Lào họp kỳ thứ 46.");
        assert!(
            !es.iter().any(|e| e.name.starts_with("Chính phủ Việt")),
            "{:?}",
            names(&es)
        );
        find(&es, EntityKind::Location, "Lào");
    }

    #[test]
    fn person_after_title_with_country_and_tai() {
        let es =
            run("Tại đây, Đại sứ Việt Nam tại Triều Tiên Lê Bá Vinh đã báo cáo với Tổng Bí thư.");
        let p = find(&es, EntityKind::Person, "Lê Bá Vinh");
        assert_eq!(p.country.as_deref(), Some("VNM"));
        assert_eq!(p.roles, ["Đại sứ"]);
        assert_eq!(p.actor_role.as_deref(), Some("GOV"));
        find(&es, EntityKind::Location, "Triều Tiên");
    }

    #[test]
    fn person_after_ministry_and_country() {
        let es = run("Về phía Triều Tiên có Thứ trưởng Bộ Ngoại giao Triều Tiên Im Chon In.");
        assert_eq!(
            find(&es, EntityKind::Person, "Im Chon In")
                .country
                .as_deref(),
            Some("PRK")
        );
        let org = find(&es, EntityKind::Organisation, "Bộ Ngoại giao Triều Tiên");
        assert_eq!(org.country.as_deref(), Some("PRK"));
        assert_eq!(org.gazetteer_id, None);
    }

    #[test]
    fn the_courteous_ngai_and_an_aides_title_cue_a_name() {
        let es = run("Bộ trưởng Công Thương tiếp ngài Hans Becker, Bộ trưởng Kinh tế Đức.");
        find(&es, EntityKind::Person, "Hans Becker");
        let es = run("Phụ tá Nhà Trắng Maria Kowalski nói với báo giới rằng hai bên sẽ gặp nhau.");
        find(&es, EntityKind::Person, "Maria Kowalski");
    }

    #[test]
    fn a_known_body_written_with_lower_case_inner_words() {
        let es = run("Chủ tịch Đảng Dân chủ tự do Nhật Bản phát biểu tại hội nghị.");
        // (its canonical name says the country: Britain's Liberal Democrats
        // are written alike)
        let ldp = find(&es, EntityKind::Organisation, "Đảng Dân chủ Tự do Nhật Bản");
        assert_eq!(ldp.country.as_deref(), Some("JPN"));
        // the first word keeps its capital: a common phrase is no body
        let es = run("Ông nói đảng dân chủ tự do cần đổi mới.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn lower_case_second_syllables_of_a_field_stay_in_the_name() {
        let es = run("Ngân hàng TMCP Ngoại thương Campuchia và Hội Chữ thập đỏ Lào ký thỏa thuận.");
        find(
            &es,
            EntityKind::Organisation,
            "Ngân hàng TMCP Ngoại thương Campuchia",
        );
        find(&es, EntityKind::Organisation, "Hội Chữ thập đỏ Lào");
    }

    #[test]
    fn a_company_word_in_a_title_chain_is_the_companys() {
        let es = run("Tổng Giám đốc Toyota Motor Koji Sato thăm nhà máy.");
        find(&es, EntityKind::Organisation, "Toyota Motor");
        find(&es, EntityKind::Person, "Koji Sato");
        assert!(
            !es.iter().any(|e| e.name.starts_with("Motor")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_government_named_only_inside_an_office_is_no_entity() {
        let es = run("Thủ tướng Chính phủ Phạm Minh Chính tiếp Đại sứ Ba Lan.");
        assert!(
            !es.iter().any(|e| e.name == "Chính phủ"),
            "{:?}",
            names(&es)
        );
        // named on its own, it is an actor
        let es = run("Chính phủ và nhân dân Việt Nam gửi tặng 500 tấn gạo.");
        find(&es, EntityKind::Organisation, "Chính phủ");
    }

    #[test]
    fn a_bodys_central_leadership_is_that_body() {
        let es = run("Trung ương Hội Liên hiệp Phụ nữ Việt Nam đã trao quà. Hội Liên hiệp Phụ nữ Việt Nam cảm ơn các nhà tài trợ.");
        let orgs: Vec<_> = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .collect();
        assert_eq!(orgs.len(), 1, "{:?}", names(&es));
        assert_eq!(orgs[0].name, "Hội Liên hiệp Phụ nữ Việt Nam");
        assert_eq!(orgs[0].mentions.len(), 2);
        // the Vietnamese committee itself, named alone, stays the committee
        let es = run("Hội nghị Trung ương Đảng lần thứ 10 đã bế mạc.");
        assert!(!es.iter().any(|e| e.name == "Đảng"), "{:?}", names(&es));
    }

    #[test]
    fn long_title_chain_ends_with_the_name() {
        let es = run("Tiễn đoàn có Ủy viên dự khuyết Bộ Chính trị, Ủy viên Quốc vụ, Trưởng ban Quốc tế-Ban Chấp hành Trung ương Đảng Lao động Triều Tiên Kim Song Nam; Thứ trưởng Im Chon In.");
        let p = find(&es, EntityKind::Person, "Kim Song Nam");
        assert_eq!(p.country.as_deref(), Some("PRK"));
        assert_eq!(p.roles.len(), 3, "{:?}", p.roles);
        let party = find(&es, EntityKind::Organisation, "Đảng Lao động Triều Tiên");
        assert!(party.mentions.iter().any(|m| m
            .text
            .ends_with("Ban Chấp hành Trung ương Đảng Lao động Triều Tiên")));
        assert!(!es
            .iter()
            .any(|e| e.kind == EntityKind::Person && e.name.contains("Quốc")));
    }

    #[test]
    fn one_person_two_roles_and_spellings_merge() {
        let es = run("Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch Quốc vụ Kim Jong Un hội đàm. Ông Kim Jong-un khẳng định Triều Tiên mong muốn hợp tác.");
        let kims: Vec<_> = es.iter().filter(|e| e.name.starts_with("Kim")).collect();
        assert_eq!(kims.len(), 1, "{:?}", names(&es));
        assert_eq!(kims[0].roles, ["Tổng Bí thư", "Chủ tịch Quốc vụ"]);
        assert_eq!(kims[0].mentions.len(), 2);
        assert_eq!(
            find(&es, EntityKind::Person, "Tô Lâm").roles,
            ["Tổng Bí thư"]
        );
    }

    #[test]
    fn embassy_with_tai_and_its_short_forms() {
        let es = run("Tổng Bí thư đến thăm Đại sứ quán Việt Nam tại Triều Tiên. Đại sứ quán sẽ tiếp tục phát huy tinh thần đoàn kết. Ông tặng sách cho Đại sứ quán tại Triều Tiên.");
        let orgs: Vec<_> = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .collect();
        assert_eq!(orgs.len(), 1, "{:?}", names(&es));
        assert_eq!(orgs[0].name, "Đại sứ quán Việt Nam tại Triều Tiên");
        assert_eq!(orgs[0].country.as_deref(), Some("VNM"));
        assert_eq!(orgs[0].mentions.len(), 3);
    }

    #[test]
    fn association_abroad_is_named_by_its_host() {
        let es = run("Chủ tịch Quốc hội gặp đại diện Hội Doanh nhân Việt Nam tại Australia, Hội Sinh viên Việt Nam tại Australia và Hiệp hội Doanh nghiệp Hàn Quốc tại TP HCM.");
        assert_eq!(
            find(
                &es,
                EntityKind::Organisation,
                "Hội Doanh nhân Việt Nam tại Australia"
            )
            .country
            .as_deref(),
            Some("VNM")
        );
        find(
            &es,
            EntityKind::Organisation,
            "Hội Sinh viên Việt Nam tại Australia",
        );
        assert_eq!(
            find(
                &es,
                EntityKind::Organisation,
                "Hiệp hội Doanh nghiệp Hàn Quốc tại TP HCM"
            )
            .country
            .as_deref(),
            Some("KOR")
        );
        find(&es, EntityKind::Location, "Australia");
    }

    #[test]
    fn association_at_home_ends_before_the_meeting_place() {
        let es = run("Hội Nông dân Việt Nam tại Hà Nội đã tổng kết công tác năm. Doanh nhân Trần Văn Bình phát biểu.");
        find(&es, EntityKind::Organisation, "Hội Nông dân Việt Nam");
        find(&es, EntityKind::Location, "Hà Nội");
        assert!(
            !names(&es).iter().any(|(_, n)| n.contains("tại")),
            "{:?}",
            names(&es)
        );
        find(&es, EntityKind::Person, "Trần Văn Bình");
    }

    #[test]
    fn va_inside_a_name_and_between_names() {
        let es = run("Bản ghi nhớ giữa Liên đoàn Thương mại và Công nghiệp Việt Nam và Phòng Thương mại Triều Tiên; Thỏa thuận giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Triều Tiên.");
        find(
            &es,
            EntityKind::Organisation,
            "Liên đoàn Thương mại và Công nghiệp Việt Nam",
        );
        assert_eq!(
            find(&es, EntityKind::Organisation, "Phòng Thương mại Triều Tiên")
                .country
                .as_deref(),
            Some("PRK")
        );
        assert_eq!(
            find(&es, EntityKind::Organisation, "Bộ Ngoại giao Việt Nam")
                .country
                .as_deref(),
            Some("VNM")
        );
        find(&es, EntityKind::Organisation, "Bộ Ngoại giao Triều Tiên");
    }

    #[test]
    fn organisation_ends_after_its_country() {
        let es = run(
            "Bản ghi nhớ về y tế giữa Bộ Y tế Việt Nam và Bộ Y tế Công cộng Triều Tiên đã được ký.",
        );
        assert_eq!(
            find(
                &es,
                EntityKind::Organisation,
                "Bộ Y tế Công cộng Triều Tiên"
            )
            .country
            .as_deref(),
            Some("PRK")
        );
        find(&es, EntityKind::Organisation, "Bộ Y tế Việt Nam");
    }

    #[test]
    fn transliterated_places() {
        let es = run(
            "Ông Putin trở về Mátxcơva, còn phái đoàn Ôxtrâylia bay tới Oasinhtơn rồi Cam-pu-chia.",
        );
        assert_eq!(
            find(&es, EntityKind::Location, "Moskva").country.as_deref(),
            Some("RUS")
        );
        find(&es, EntityKind::Location, "Australia");
        assert_eq!(
            find(&es, EntityKind::Location, "Washington")
                .country
                .as_deref(),
            Some("USA")
        );
        find(&es, EntityKind::Location, "Campuchia");
        assert_eq!(
            find(&es, EntityKind::Person, "Vladimir Putin")
                .gazetteer_id
                .as_deref(),
            Some("ru.putin")
        );
    }

    #[test]
    fn sino_vietnamese_names() {
        let es =
            run("Chủ tịch Trung Quốc Tập Cận Bình và Thủ tướng Quốc vụ viện Lý Cường tiếp đoàn.");
        let xi = find(&es, EntityKind::Person, "Tập Cận Bình");
        assert_eq!(xi.country.as_deref(), Some("CHN"));
        assert_eq!(xi.roles, ["Chủ tịch"]);
        find(&es, EntityKind::Person, "Lý Cường");
    }

    #[test]
    fn capital_and_country_prefixes_fold() {
        let es = run("Đoàn về đến Thủ đô Hà Nội sau chuyến thăm nước Cộng hòa Dân chủ Nhân dân Triều Tiên và thủ đô Bình Nhưỡng.");
        assert_eq!(
            find(&es, EntityKind::Location, "Hà Nội").country.as_deref(),
            Some("VNM")
        );
        find(&es, EntityKind::Location, "Triều Tiên");
        find(&es, EntityKind::Location, "Bình Nhưỡng");
    }

    #[test]
    fn capitalised_common_words_are_not_names() {
        let es = run("Ý kiến của các chuyên gia rất khác nhau. Anh cho biết sẽ trở lại. Phát huy truyền thống đoàn kết, bảo vệ Tổ quốc.");
        assert!(es.is_empty(), "{:?}", names(&es));
        let es = run("Ý định thư giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Triều Tiên.");
        assert!(!es.iter().any(|e| e.name == "Italy"), "{:?}", names(&es));
        let es = run("Hai nước Anh và Pháp ủng hộ. Đức Phúc hát tại Việt Nam.");
        assert!(
            names(&es).contains(&(EntityKind::Location, "Anh")),
            "{:?}",
            names(&es)
        );
        assert!(!es.iter().any(|e| e.name == "Đức"), "{:?}", names(&es));
    }

    #[test]
    fn documents_and_events_are_not_names() {
        let es = run("Dự Lễ kỷ niệm 80 năm Ngày thành lập Đảng Lao động Triều Tiên và triển khai Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị.");
        let got = names(&es);
        assert!(
            got.contains(&(EntityKind::Organisation, "Đảng Lao động Triều Tiên")),
            "{got:?}"
        );
        assert!(
            got.contains(&(EntityKind::Organisation, "Bộ Chính trị")),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(_, n)| n.contains("Lễ") || n.contains("Nghị quyết")),
            "{got:?}"
        );
    }

    #[test]
    fn vietnamese_full_name_without_title() {
        let es = run("Theo Nguyễn Thị Lan Hương, con số này còn thấp. Dương Ngọc");
        assert_eq!(
            find(&es, EntityKind::Person, "Nguyễn Thị Lan Hương")
                .country
                .as_deref(),
            Some("VNM")
        );
        find(&es, EntityKind::Person, "Dương Ngọc");
    }

    #[test]
    fn given_name_alone_joins_the_full_name() {
        let es =
            run("Bộ trưởng Đào Ngọc Dung cho biết như vậy. Theo ông Dung, thị trường còn rộng.");
        let p = find(&es, EntityKind::Person, "Đào Ngọc Dung");
        assert_eq!(p.mentions.len(), 2);
        assert_eq!(
            es.iter().filter(|e| e.kind == EntityKind::Person).count(),
            1
        );
    }

    #[test]
    fn bare_ministry_takes_an_unambiguous_country() {
        let es = run("Bộ Ngoại giao cho biết Nhật Bản sẽ phản đối.");
        assert_eq!(
            find(&es, EntityKind::Organisation, "Bộ Ngoại giao")
                .country
                .as_deref(),
            Some("JPN")
        );
        let es = run("Người phát ngôn Bộ Ngoại giao Nga cho biết. Bộ Ngoại giao sẽ công bố sau.");
        let orgs: Vec<_> = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .collect();
        assert_eq!(orgs.len(), 1, "a later bare form joins the one fuller name");
        assert_eq!(orgs[0].mentions.len(), 2);
        let es = run("Bộ Ngoại giao cho biết sẽ công bố sau khi Lào và Campuchia trao đổi.");
        let mofa = find(&es, EntityKind::Organisation, "Bộ Ngoại giao");
        assert_eq!(mofa.country, None);
        assert_eq!(mofa.gazetteer_id, None);
        // an article that names no other country: Vietnam's own (home news)
        let es = run("Bộ Ngoại giao cho biết sẽ công bố sau.");
        let mofa = find(&es, EntityKind::Organisation, "Bộ Ngoại giao");
        assert_eq!(mofa.country.as_deref(), Some("VNM"));
    }

    #[test]
    fn aliases_merge_into_one_gazetteer_entity() {
        let es = run("Theo đặc phái viên TTXVN, phóng viên Thông tấn xã Việt Nam cho biết; Liên hợp quốc (LHQ) và Diễn đàn khu vực của ASEAN.");
        let vna = find(&es, EntityKind::Organisation, "TTXVN");
        assert_eq!(vna.mentions.len(), 2);
        assert_eq!(vna.actor_role.as_deref(), Some("MED"));
        assert_eq!(
            find(&es, EntityKind::Organisation, "Liên hợp quốc")
                .mentions
                .len(),
            2
        );
        find(&es, EntityKind::Organisation, "Diễn đàn khu vực ASEAN");
    }

    #[test]
    fn new_tone_placement_matches() {
        let es = run("Uỷ viên Bộ Chính trị, Phó Thủ tướng Nguyễn Hoà Bình tiếp Đại sứ Thuỵ Điển.");
        assert_eq!(
            find(&es, EntityKind::Person, "Nguyễn Hòa Bình")
                .gazetteer_id
                .as_deref(),
            Some("vn.nguyen_hoa_binh")
        );
        find(&es, EntityKind::Location, "Thụy Điển");
    }

    #[test]
    fn place_heads_make_places_not_people() {
        let es = run("Chủ tịch UBND xã Phong Thạnh Nguyễn Văn An cho biết, lũ trên sông Hồng đã tràn qua đường Lê Lợi.");
        assert_eq!(
            find(&es, EntityKind::Location, "Phong Thạnh")
                .country
                .as_deref(),
            Some("VNM")
        );
        find(&es, EntityKind::Location, "sông Hồng");
        assert_eq!(
            find(&es, EntityKind::Person, "Nguyễn Văn An").roles,
            ["Chủ tịch UBND"]
        );
        assert!(
            !es.iter().any(|e| e.name.contains("Lê Lợi")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_ministry_is_no_short_form_of_one_joined_to_another_field() {
        let es = run("Hai bên ký Bản ghi nhớ giữa Bộ Y tế và Bộ Y tế và Phúc lợi gia đình Ấn Độ; Bản ghi nhớ giữa Bộ Nông nghiệp và Phát triển nông thôn Việt Nam và Bộ Nông nghiệp và Phúc lợi nông dân Ấn Độ.");
        let india = find(
            &es,
            EntityKind::Organisation,
            "Bộ Y tế và Phúc lợi gia đình Ấn Độ",
        );
        assert_eq!(india.mentions.len(), 1, "{:?}", india.mentions);
        find(
            &es,
            EntityKind::Organisation,
            "Bộ Nông nghiệp và Phúc lợi nông dân Ấn Độ",
        );
        // the same ministry named in full before is still its short form's
        let es = run("Bộ Y tế Ấn Độ cho biết ... Bộ Y tế đã cử chuyên gia.");
        assert_eq!(
            find(&es, EntityKind::Organisation, "Bộ Y tế Ấn Độ")
                .mentions
                .len(),
            2
        );
    }

    #[test]
    fn a_list_of_fields_may_end_with_a_head_word() {
        let es = run("Thỏa thuận hợp tác giữa Bộ Y tế Việt Nam và Bộ Lao động, Y tế và Đoàn kết Pháp đã được ký.");
        find(
            &es,
            EntityKind::Organisation,
            "Bộ Lao động, Y tế và Đoàn kết Pháp",
        );
        // two bodies listed stay two
        let es = run("Đại diện Bộ Y tế, Bộ Công an và Đoàn Thanh niên dự họp.");
        find(&es, EntityKind::Organisation, "Đoàn Thanh niên");
    }

    #[test]
    fn an_armed_body_in_lower_case_is_named_by_its_country() {
        let es = run("Tổng Tư lệnh quân đội Myanmar Min Aung Hlaing dự họp. Theo cảnh sát Malaysia, nghi phạm đã bị bắt.");
        find(&es, EntityKind::Organisation, "quân đội Myanmar");
        find(&es, EntityKind::Organisation, "cảnh sát Malaysia");
        find(&es, EntityKind::Person, "Min Aung Hlaing");
        let es = run("Các lực lượng cảnh sát và quân đội nhân dân đã triển khai, hải quân Peter Mims cho biết.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_team_named_by_its_code_is_a_body() {
        let es = run(
            "Đây là số hài cốt do Đội K70 (Bộ Chỉ huy Quân sự tỉnh Tây Ninh) tìm kiếm, quy tập.",
        );
        find(&es, EntityKind::Organisation, "Đội K70");
        let es = run("Đội CSGT Công an TP Hòa Bình kiểm tra xe trên phố Đội Cấn.");
        assert!(
            !es.iter().any(|e| e.name.starts_with("Đội")),
            "{:?}",
            names(&es)
        );
        assert!(unit_code("K52") && unit_code("2") && !unit_code("CSGT") && !unit_code("Cấn"));
    }

    #[test]
    fn a_bridge_is_a_place_but_a_demand_is_none() {
        let es = run("Đoàn đã thăm cầu Nhật Tân và cầu Cao Lãnh, công trình do Nhật Bản tài trợ.");
        find(&es, EntityKind::Location, "cầu Nhật Tân");
        find(&es, EntityKind::Location, "cầu Cao Lãnh");
        assert!(!es.iter().any(|e| e.name == "Cao Lãnh"), "{:?}", names(&es));
        let es = run("Việt Nam yêu cầu Trung Quốc rút tàu, đáp ứng nhu cầu Mỹ và toàn cầu.");
        find(&es, EntityKind::Location, "Trung Quốc");
        assert!(
            !es.iter().any(|e| e.name.contains("cầu")),
            "{:?}",
            names(&es)
        );
        let es = run("Thủ tướng chủ trì hội nghị từ điểm cầu Hà Nội.");
        find(&es, EntityKind::Location, "Hà Nội");
        let es = run("Tổng biên tập Tạp chí Nhịp cầu Đầu tư tặng hoa. Cầu Cầu là con trai của cô.");
        assert!(
            !es.iter()
                .any(|e| e.name.starts_with("cầu") || e.name.starts_with("Cầu")),
            "{:?}",
            names(&es)
        );
        assert!(
            !es.iter().any(|e| e.name.contains("cầu")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn surname_that_is_also_a_head() {
        let es = run("Trung vệ Đoàn Văn Hậu ghi bàn. Đoàn Văn Hậu cũng được Đoàn Thanh niên khen.");
        let p = find(&es, EntityKind::Person, "Đoàn Văn Hậu");
        assert_eq!(p.mentions.len(), 2);
        assert!(!es
            .iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name.contains("Hậu")));
    }

    #[test]
    fn acronym_in_a_title_chain_is_a_body() {
        let es = run("Giám đốc FBI James Comey điều trần trước Quốc hội Mỹ.");
        find(&es, EntityKind::Organisation, "FBI");
        find(&es, EntityKind::Person, "James Comey");
        find(&es, EntityKind::Organisation, "Quốc hội Mỹ");
    }

    #[test]
    fn later_short_name_joins_the_full_name() {
        let es =
            run("HLV Nguyễn Hữu Thắng công bố danh sách. Theo HLV Hữu Thắng, đội đã sẵn sàng.");
        assert_eq!(
            es.iter().filter(|e| e.kind == EntityKind::Person).count(),
            1,
            "{:?}",
            names(&es)
        );
        assert_eq!(
            find(&es, EntityKind::Person, "Nguyễn Hữu Thắng")
                .mentions
                .len(),
            2
        );
    }

    #[test]
    fn year_names_are_not_people() {
        let es = run("Năm Đinh Dậu 2017 và Tết Mậu Tuất sắp tới.");
        assert!(es.is_empty(), "{:?}", names(&es));
    }

    #[test]
    fn titles_in_apposition_belong_to_the_name() {
        let es = run(
            "Ông Marc Knapper, Đại sứ Hoa Kỳ tại Việt Nam, cho biết như vậy. Theo Knapper, hai bên sẽ gặp lại.",
        );
        let p = find(&es, EntityKind::Person, "Marc Knapper");
        assert_eq!(p.country.as_deref(), Some("USA"));
        assert_eq!(p.roles, ["Đại sứ"]);
        assert_eq!(p.mentions.len(), 2, "a later bare surname joins");
    }

    #[test]
    fn mission_to_an_international_body() {
        let es = run("Phái đoàn thường trực Việt Nam tại Liên hợp quốc đã gửi công hàm.");
        let org = find(
            &es,
            EntityKind::Organisation,
            "Phái đoàn thường trực Việt Nam tại Liên hợp quốc",
        );
        assert_eq!(org.country.as_deref(), Some("VNM"));
        find(&es, EntityKind::Organisation, "Liên hợp quốc");
    }

    #[test]
    fn random_mixtures_never_panic() {
        let vocab = [
            "Tổng Bí thư",
            "Tô Lâm",
            ",",
            ".",
            "-",
            "–",
            "và",
            "tại",
            "Bộ",
            "Ngoại giao",
            "Triều Tiên",
            "Đại sứ quán",
            "Kim",
            "Jong-un",
            "ông",
            "Nguyễn",
            "Văn",
            "A.",
            "xã",
            "sông",
            "TP.HCM",
            "Ủy ban",
            "Uỷ",
            "🙂",
            "\n",
            "(",
            ")",
            "\"",
            "GD&ĐT",
            "&",
            "'",
            "Ý",
            "Anh",
            "Đức",
            "Phúc",
            "bin",
            "Salman",
            "Chính phủ",
            "Hà Nội",
            "thủ đô",
            "Ban",
            "Lễ",
            "Nghị quyết",
            "số",
            "59",
            "Đảng",
            "Lao động",
            "Công ty",
            "Nhật",
            "x\u{301}",
            "İ",
            "ǅ",
            "\u{a0}",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..(seed % 40) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(vocab[(seed % vocab.len() as u64) as usize]);
                if !seed.is_multiple_of(3) {
                    text.push(' ');
                }
            }
            let sentences = [Sentence {
                span: Span::new(0, text.len() / 2),
            }];
            let cut = (0..=text.len() / 2)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            let sentences = if cut == text.len() / 2 {
                &sentences[..]
            } else {
                &[]
            };
            run(&text);
            for e in Recogniser::embedded().recognise(&text, sentences) {
                for m in e.mentions {
                    assert!(
                        text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end)
                    );
                }
            }
        }
    }

    #[test]
    fn bodies_named_after_a_pair_of_countries() {
        let es = run("Hội Hữu nghị Việt Nam - Nhật Bản và Ủy ban Liên Chính phủ Việt Nam-Lào họp với Cảnh sát Quốc gia Indonesia.");
        find(
            &es,
            EntityKind::Organisation,
            "Hội Hữu nghị Việt Nam - Nhật Bản",
        );
        find(
            &es,
            EntityKind::Organisation,
            "Ủy ban Liên Chính phủ Việt Nam-Lào",
        );
        assert_eq!(
            find(&es, EntityKind::Organisation, "Cảnh sát Quốc gia Indonesia")
                .country
                .as_deref(),
            Some("IDN")
        );
        find(&es, EntityKind::Location, "Nhật Bản");
    }

    #[test]
    fn acronym_in_brackets_is_the_same_body() {
        let es = run("Cục Điều tra Liên bang Mỹ (FBI) cho biết. Bộ Quốc phòng Nga (AFP) đưa tin.");
        let fbi = find(&es, EntityKind::Organisation, "Cục Điều tra Liên bang Mỹ");
        assert_eq!(
            fbi.mentions
                .iter()
                .map(|m| m.text.as_str())
                .collect::<Vec<_>>(),
            ["Cục Điều tra Liên bang Mỹ", "FBI"]
        );
        find(&es, EntityKind::Organisation, "AFP");
    }

    #[test]
    fn credits_and_bylines_are_not_actors() {
        let es = run("Dương Ngọc\nTổng Bí thư Tô Lâm dâng hương (Ảnh: Thống Nhất - TTXVN). Ảnh: Nguyễn Khang/TTXVN");
        let people: Vec<_> = es
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(people, ["Tô Lâm"]);
    }

    #[test]
    fn sino_korean_leaders_by_surname() {
        let es = run("Chủ tịch Tập Cận Bình tiếp Chủ tịch Quốc vụ Kim Jong Un. Ông Tập nói với ông Kim rằng hai nước là láng giềng.");
        assert_eq!(
            find(&es, EntityKind::Person, "Tập Cận Bình").mentions.len(),
            2
        );
        assert_eq!(
            find(&es, EntityKind::Person, "Kim Jong Un").mentions.len(),
            2
        );
        assert_eq!(
            es.iter().filter(|e| e.kind == EntityKind::Person).count(),
            2
        );
    }

    #[test]
    fn one_syllable_countries_in_dashed_pairs() {
        let es = run(
            "Quan hệ Việt - Trung và hợp tác Việt-Lào, Việt Nam - Hàn phát triển; ông Trung nói.",
        );
        find(&es, EntityKind::Location, "Việt Nam");
        let china = find(&es, EntityKind::Location, "Trung Quốc");
        assert_eq!(china.mentions.len(), 1);
        find(&es, EntityKind::Location, "Lào");
        find(&es, EntityKind::Location, "Hàn Quốc");
    }

    #[test]
    fn middle_names_file() {
        let src = include_str!("../../../data/gazetteer/middle_names.tsv");
        for line in src.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{line}");
            assert!(matches!(cols[1], "middle" | "word" | "thing"), "{line}");
            if cols[1] == "thing" {
                assert_eq!(cols[0], cols[0].to_lowercase(), "{line}");
            }
        }
        assert!(MIDDLE_NAMES.things.contains("tàu cá"));
        assert!(MIDDLE_NAMES.middle.contains("Đình"));
        assert!(!MIDDLE_NAMES.middle.contains("Thị"));
        assert!(MIDDLE_NAMES.words.contains(&text::key("Công Thương")));
    }

    #[test]
    fn odd_text_never_panics() {
        let huge = "Tổng Bí thư Tô Lâm 🙂 ".repeat(5000);
        for text in [
            "",
            " ",
            "🙂",
            "Ủy",
            "Bộ",
            "Đại sứ quán",
            "Tổng Bí thư,",
            "ông",
            "A. B. C.",
            "'\u{301}",
            huge.as_str(),
        ] {
            let es = run(text);
            for e in es {
                assert!(!e.mentions.is_empty());
            }
        }
    }
    #[test]
    fn fixed_pairs_of_fields_joined_by_a_comma_stay_in_the_name() {
        let es = run("Đại diện Cục Tìm kiếm, cứu nạn tỉnh và Trung tâm Dự báo và Phòng, chống thiên tai đã có mặt.");
        find(&es, EntityKind::Organisation, "Cục Tìm kiếm, cứu nạn");
        find(
            &es,
            EntityKind::Organisation,
            "Trung tâm Dự báo và Phòng, chống thiên tai",
        );
        // a head opening the pair is a word of an activity, no body
        let es = run("Công tác Phòng, chống tham nhũng được đẩy mạnh.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_second_pair_of_two_syllable_fields_after_va_stays_in_the_name() {
        let es = run("Hơn 80 cán bộ, chiến sĩ thuộc Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ đã tới Nay Pyi Taw.");
        find(
            &es,
            EntityKind::Organisation,
            "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        );
        // "và" before words that make no pair ends the name
        let es = run(
            "Hơn 80 chiến sĩ thuộc Cục Cảnh sát phòng cháy, chữa cháy và các đơn vị cứu hộ, cứu nạn của tỉnh đã có mặt.");
        assert!(
            !names(&es)
                .iter()
                .any(|(_, n)| n.contains("cứu hộ") || n.contains("đơn vị")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_field_of_nouns_ends_the_name_before_a_function_word() {
        let es = run("Tổng thống triệu tập Hội đồng Quốc phòng quốc gia vào sáng nay.");
        find(
            &es,
            EntityKind::Organisation,
            "Hội đồng Quốc phòng quốc gia",
        );
        let es =
            run("Báo chí đưa tin Lực lượng vũ trang Brazil đã được đặt trong tình trạng báo động.");
        let forces = find(&es, EntityKind::Organisation, "Lực lượng vũ trang Brazil");
        assert_eq!(forces.country.as_deref(), Some("BRA"));
    }

    #[test]
    fn gates_stations_and_refineries_are_places() {
        let es = run("Hàng hóa qua cửa khẩu biên giới Ban Huai Kon rồi lên ga Thạch Lâm Bắc, gần nhà máy lọc dầu Novokuibyshevsk.");
        // (a border gate is named without its head, as the annotation names it)
        for name in [
            "Ban Huai Kon",
            "ga Thạch Lâm Bắc",
            "nhà máy lọc dầu Novokuibyshevsk",
        ] {
            find(&es, EntityKind::Location, name);
        }
        assert!(
            !es.iter().any(|e| e.kind != EntityKind::Location),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn drones_are_no_body_and_a_palace_is_its_presidency() {
        let es = run("Kho dầu bị UAV Nga tập kích, Điện Elysee cho biết trong thông cáo.");
        assert!(
            !es.iter()
                .any(|e| e.kind == EntityKind::Organisation && e.name.contains("UAV")),
            "{:?}",
            names(&es)
        );
        let palace = find(&es, EntityKind::Organisation, "Điện Élysée");
        assert_eq!(palace.country.as_deref(), Some("FRA"));
    }

    #[test]
    fn a_country_word_right_after_a_form_of_address_is_a_name() {
        let es = run("Chủ quán là ông Pháp, còn bà Lào bán hàng; ông Pháp kể lại chuyện.");
        find(&es, EntityKind::Person, "Pháp");
        find(&es, EntityKind::Person, "Lào");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Location),
            "{:?}",
            names(&es)
        );
        // with a title or a name after it, the country stays a country
        let es = run("Ông Trump nói Mỹ sẽ thắng, còn Đại sứ Pháp Jean Dupont im lặng.");
        find(&es, EntityKind::Location, "Mỹ");
        find(&es, EntityKind::Location, "Pháp");
    }

    #[test]
    fn a_ministrys_two_capitalised_syllables_after_a_title_are_no_name() {
        let es = run("Thứ trưởng Công Thương Đỗ Văn Khải phát biểu tại hội nghị.");
        find(&es, EntityKind::Person, "Đỗ Văn Khải");
        assert!(
            !es.iter().any(|e| e.name.starts_with("Công Thương")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_holder_set_off_by_a_dash_after_a_bare_title() {
        let es = run("Buổi lễ có Phó Chủ tịch IFC - Jonathan Kerr, cùng nhiều đại biểu.");
        let p = find(&es, EntityKind::Person, "Jonathan Kerr");
        assert!(
            p.roles.iter().any(|r| r.contains("Phó Chủ tịch")),
            "{:?}",
            p.roles
        );
        let es = run("Ông gặp Giám đốc quốc gia UNDP - Ramla Khalidi.");
        find(&es, EntityKind::Person, "Ramla Khalidi");
        // a dashed pair of countries stays two places
        let es = run("Hội nghị Bộ trưởng ASEAN - Nhật Bản khai mạc.");
        find(&es, EntityKind::Location, "Nhật Bản");
    }

    #[test]
    fn a_man_of_a_country_and_a_scooters_throttle_name_no_one() {
        let es = run("Một người đàn ông Pháp bị bắt khi lái xe tay ga Vario qua phố.");
        find(&es, EntityKind::Location, "Pháp");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person),
            "{:?}",
            names(&es)
        );
        assert!(
            !es.iter()
                .any(|e| e.name.contains("Vario") && e.kind == EntityKind::Location),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_portfolio_of_two_capitalised_fields_joined_by_va() {
        let es = run("Tiếp đón có Bộ trưởng Kế hoạch và Ngân sách Philippines Amenah Pangandaman.");
        let p = find(&es, EntityKind::Person, "Amenah Pangandaman");
        assert_eq!(p.country.as_deref(), Some("PHL"));
    }

    #[test]
    fn companies_and_port_authorities_named_in_full() {
        let es = run("Cảng vụ Hàng hải Quảng Ninh làm việc với GE Vernova về dự án.");
        find(&es, EntityKind::Organisation, "Cảng vụ Hàng hải Quảng Ninh");
        find(&es, EntityKind::Organisation, "GE Vernova");
        assert!(
            !es.iter().any(|e| e.name == "General Electric"),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn any_known_party_written_with_a_lower_case_dang() {
        let es = run("Ông là ủy viên cấp cao của đảng Cộng sản Trung Quốc từ lâu.");
        let party = find(&es, EntityKind::Organisation, "Đảng Cộng sản Trung Quốc");
        assert_eq!(party.country.as_deref(), Some("CHN"));
        // a company after a site is its owner, not the site's name
        let es = run("Khói bốc lên từ nhà máy lọc dầu Gazprom Neft sau vụ tấn công.");
        assert!(
            !es.iter()
                .any(|e| e.kind == EntityKind::Location && e.name.contains("Gazprom")),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_foreign_town_in_a_title_chain_then_its_holders_name() {
        let es = run("Đoàn làm việc với Thị trưởng thành phố Plovdiv Kostadin Dimitrov Dimitrov.");
        find(&es, EntityKind::Location, "Plovdiv");
        find(&es, EntityKind::Person, "Kostadin Dimitrov Dimitrov");
    }

    #[test]
    fn an_intergovernmental_committee_named_by_its_two_countries() {
        let es = run("Khóa họp Ủy ban liên Chính phủ Việt Nam - Campuchia lần thứ 20 khai mạc.");
        find(
            &es,
            EntityKind::Organisation,
            "Ủy ban liên Chính phủ Việt Nam - Campuchia",
        );
        assert!(
            !es.iter().any(|e| e.name == "Chính phủ"),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn a_body_paired_with_a_bloc_keeps_the_bloc_in_its_name() {
        let es = run("Hội đồng Kinh doanh Hoa Kỳ - ASEAN (US-ABC) tổ chức hội thảo tại Hà Nội.");
        let body = find(
            &es,
            EntityKind::Organisation,
            "Hội đồng Kinh doanh Hoa Kỳ - ASEAN",
        );
        assert_eq!(body.country.as_deref(), Some("USA"));
        assert!(!names(&es).contains(&(EntityKind::Organisation, "ASEAN")));
        // a country and a bloc named outside a body stay two names
        let es = run("Thương mại Việt Nam - ASEAN tăng mạnh trong năm qua.");
        let got = names(&es);
        assert!(
            got.contains(&(EntityKind::Organisation, "ASEAN")),
            "{got:?}"
        );
        assert!(!got.iter().any(|(_, n)| n.contains(" - ")), "{got:?}");
    }

    #[test]
    fn famous_regions_lines_and_palaces_abroad_are_places() {
        let es = run("Đặc phái viên Mỹ về vùng Sừng châu Phi cho biết các nước châu Phi lo ngại.");
        let got = names(&es);
        assert!(
            got.contains(&(EntityKind::Location, "Sừng châu Phi")),
            "{got:?}"
        );
        assert!(got.contains(&(EntityKind::Location, "châu Phi")), "{got:?}");
        let es = run("Binh sĩ hai nước đụng độ dọc Đường kiểm soát thực tế (LAC) ở Ladakh.");
        let got = names(&es);
        assert!(
            got.contains(&(EntityKind::Location, "Đường kiểm soát thực tế")),
            "{got:?}"
        );
        assert!(
            !got.contains(&(EntityKind::Location, "Đường kiểm soát")),
            "{got:?}"
        );
        let es = run("Lễ đón diễn ra tại Hoàng cung Istana Negara, sau đó hai bên hội đàm ở Trại David và St Petersburg.");
        let got = names(&es);
        assert!(
            got.contains(&(EntityKind::Location, "Istana Negara")),
            "{got:?}"
        );
        assert!(
            got.contains(&(EntityKind::Location, "Trại David")),
            "{got:?}"
        );
        assert!(
            got.contains(&(EntityKind::Location, "Saint Petersburg")),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(k, _)| *k == EntityKind::Person),
            "{got:?}"
        );
    }

    #[test]
    fn lower_case_fields_of_four_syllables_stay_in_the_name() {
        let es =
            run("Ủy ban Năng lượng nguyên tử và năng lượng thay thế Pháp (CEA) ký thỏa thuận.");
        let got = names(&es);
        assert!(
            got.iter().any(|(k, n)| *k == EntityKind::Organisation
                && n.ends_with("Năng lượng nguyên tử và năng lượng thay thế Pháp")),
            "{got:?}"
        );
        // the words alone, outside a name, name nothing
        let es = run("Pháp chuyển sang năng lượng thay thế và năng lượng tái tạo.");
        assert!(
            !names(&es)
                .iter()
                .any(|(k, _)| *k == EntityKind::Organisation),
            "{:?}",
            names(&es)
        );
    }

    #[test]
    fn every_item_of_a_list_of_units_after_a_plural_head_is_a_place() {
        let es = run("Dự án hỗ trợ người khuyết tật tại các huyện Cam Lộ, Triệu Phong, Gio Linh và Vĩnh Linh. Người dân các phường Tân Phong, Trung Dũng (TP.Biên Hòa) mong chờ dự án.");
        let got = names(&es);
        for name in [
            "Cam Lộ",
            "Triệu Phong",
            "Gio Linh",
            "Vĩnh Linh",
            "Tân Phong",
            "Trung Dũng",
        ] {
            assert!(
                got.contains(&(EntityKind::Location, name)),
                "{name}: {got:?}"
            );
        }
        assert!(
            !got.iter().any(|(k, _)| *k == EntityKind::Person),
            "{got:?}"
        );
        assert_eq!(
            find(&es, EntityKind::Location, "Trung Dũng")
                .country
                .as_deref(),
            Some("VNM")
        );
        // a title, or a name cut short by a claimed word, ends the list
        let es = run("Đoàn làm việc với các tỉnh Bắc Ninh, Bắc Giang và Thủ tướng Phạm Minh Chính. Anh đi khắp các vùng Tây Nguyên, Tây Nam Bộ.");
        let got = names(&es);
        assert!(
            got.contains(&(EntityKind::Person, "Phạm Minh Chính")),
            "{got:?}"
        );
        assert!(!got.contains(&(EntityKind::Location, "Tây Nam")), "{got:?}");
    }

    #[test]
    fn a_heritage_site_named_after_its_town_is_the_site() {
        let es = run("Đoàn tham quan Phố cổ Hội An, Khu đền tháp Mỹ Sơn và Thành cổ Quảng Trị.");
        let got = names(&es);
        for name in ["Phố cổ Hội An", "Khu đền tháp Mỹ Sơn", "Thành cổ Quảng Trị"]
        {
            assert!(
                got.contains(&(EntityKind::Location, name)),
                "{name}: {got:?}"
            );
        }
        assert!(!got.contains(&(EntityKind::Location, "Hội An")), "{got:?}");
        // the town named alone, or a station named after it, stays the town
        let es = run("Đoàn đến thành phố Hội An rồi ra ga Đồng Đăng.");
        let got = names(&es);
        assert!(got.contains(&(EntityKind::Location, "Hội An")), "{got:?}");
        assert!(
            got.contains(&(EntityKind::Location, "Đồng Đăng")),
            "{got:?}"
        );
    }

    #[test]
    fn a_kind_of_unit_and_its_number_name_a_body() {
        let es = run("Bệnh viện dã chiến cấp 2 số 1 của Việt Nam lên đường sang Nam Sudan. Tàu sân bay USS Carl Vinson thuộc Nhóm tác chiến tàu sân bay số 1 cập cảng. Đội Công binh số 2 hoàn thành nhiệm vụ.");
        let got = names(&es);
        for name in [
            "Bệnh viện dã chiến cấp 2 số 1",
            "Nhóm tác chiến tàu sân bay số 1",
            "Đội Công binh số 2",
        ] {
            assert!(
                got.contains(&(EntityKind::Organisation, name)),
                "{name}: {got:?}"
            );
        }
        // a patient, or a kind in lower case, is no body
        let es =
            run("Bệnh viện tiếp nhận bệnh nhân số 17. Các đội công binh số 1 và số 2 đã về nước.");
        let got = names(&es);
        assert!(!got.iter().any(|(_, n)| n.contains("số")), "{got:?}");
    }

    #[test]
    fn an_ocean_in_a_treatys_name_is_no_place() {
        let es = run("Hai bên bàn về Hiệp định Đối tác xuyên Thái Bình Dương (TPP) và Hiệp ước Bắc Đại Tây Dương. Tàu đi qua Thái Bình Dương.");
        let got = names(&es);
        assert_eq!(
            got.iter()
                .filter(|(k, n)| *k == EntityKind::Location && n.contains("Dương"))
                .count(),
            1,
            "{got:?}"
        );
        assert!(
            got.contains(&(EntityKind::Location, "Thái Bình Dương")),
            "{got:?}"
        );
        // a journey across a country names the country
        let es = run("Đoàn tàu đến ga Đồng Đăng sau hành trình xuyên Trung Quốc.");
        assert!(names(&es).contains(&(EntityKind::Location, "Trung Quốc")));
    }
}

#[cfg(test)]
mod chain_tests {
    use super::*;

    #[test]
    fn a_lower_case_noun_before_a_comma_does_not_start_the_title_chain() {
        let text = "Trả lời câu hỏi của phóng viên, Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng nêu rõ lập trường.";
        let sentences = [Sentence {
            span: Span::new(0, text.len()),
        }];
        let entities = Recogniser::embedded().recognise(text, &sentences);
        let p = entities
            .iter()
            .find(|e| e.name == "Phạm Thu Hằng")
            .expect("the spokesperson");
        assert_eq!(p.roles, ["Người phát ngôn"]);
        assert_eq!(p.actor_role.as_deref(), Some("GOV"));
    }
}

/// The issue's hard cases: transliterations, readings, coreference of bare
/// titles, one person with two roles, old and new province names.
#[cfg(test)]
mod coreference_tests {
    use super::*;
    use thoisu_core::Mention;

    fn sentences(text: &str) -> Vec<Sentence> {
        // one sentence per full stop, as the normaliser would give
        let mut out = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if c == '.' {
                out.push(Sentence {
                    span: Span::new(start, i + 1),
                });
                start = i + 1;
                while text[start..].starts_with(' ') {
                    start += 1;
                }
            }
        }
        if start < text.len() {
            out.push(Sentence {
                span: Span::new(start, text.len()),
            });
        }
        out
    }

    fn on(text: &str, date: Option<&str>) -> Vec<Entity> {
        Recogniser::embedded().recognise_on(text, &sentences(text), date)
    }

    fn person<'e>(es: &'e [Entity], name: &str) -> &'e Entity {
        es.iter()
            .find(|e| e.kind == EntityKind::Person && e.name == name)
            .unwrap_or_else(|| panic!("{name} not in {es:#?}"))
    }

    fn texts(ms: &[Mention]) -> Vec<&str> {
        ms.iter().map(|m| m.text.as_str()).collect()
    }

    #[test]
    fn a_bare_ministry_joins_the_one_of_its_sentences_country_named_later() {
        let es = on(
            "Đối tượng bị Bộ Công an bắt giữ tại Trung Quốc. Sau đó, Bộ Công an Việt Nam và Bộ Công an Trung Quốc đã phối hợp trao trả.",
            None,
        );
        let body = |name: &str| {
            es.iter()
                .find(|e| e.kind == EntityKind::Organisation && e.name == name)
                .unwrap_or_else(|| panic!("{name}"))
        };
        let china = body("Bộ Công an Trung Quốc");
        assert_eq!(china.mentions.len(), 2, "{:?}", china.mentions);
        let home = body("Bộ Công an Việt Nam");
        assert_eq!(home.mentions.len(), 1, "{:?}", home.mentions);
    }

    #[test]
    fn a_country_met_as_the_other_side_does_not_own_a_bare_ministry() {
        // "với phía Trung Quốc": China is the side dealt with; the bare
        // ministry of a Vietnamese paper stays Vietnam's.
        let es = on(
            "Bộ Ngoại giao cho biết đã nhiều lần tiếp xúc với phía Trung Quốc, trao công hàm phản đối. \
             Người phát ngôn Bộ Ngoại giao Trung Quốc Cảnh Sảng tuyên bố Trung Quốc hoạt động hợp pháp.",
            None,
        );
        let china = es
            .iter()
            .find(|e| e.kind == EntityKind::Organisation && e.name == "Bộ Ngoại giao Trung Quốc")
            .expect("China's ministry");
        assert_eq!(china.mentions.len(), 1, "{:?}", china.mentions);
    }

    #[test]
    fn bare_title_is_the_holder_the_article_named() {
        let text = "Tổng thống Nga Vladimir Putin tiếp Bộ trưởng Quốc phòng Việt Nam. \
                    Tổng thống Nga nhấn mạnh quan hệ đối tác chiến lược. \
                    Người đứng đầu Điện Kremlin cũng cho biết ông Putin sẽ thăm Hà Nội.";
        let es = on(text, None);
        let putin = person(&es, "Vladimir Putin");
        assert_eq!(
            texts(&putin.mentions),
            [
                "Vladimir Putin",
                "Tổng thống Nga",
                "Người đứng đầu Điện Kremlin",
                "Putin"
            ]
        );
        assert_eq!(putin.actor_role.as_deref(), Some("GOV"));
        // offsets are the text's
        for m in &putin.mentions {
            assert_eq!(&text[m.span.start..m.span.end], m.text);
        }
        assert_eq!(
            es.iter().filter(|e| e.kind == EntityKind::Person).count(),
            1,
            "{es:#?}"
        );
    }

    #[test]
    fn bare_title_is_the_office_holder_on_the_article_date() {
        let text = "Tổng Bí thư đề nghị hai bên thúc đẩy hợp tác. Chủ tịch nước dự lễ đón.";
        let es = on(text, Some("2025-03-12"));
        assert_eq!(texts(&person(&es, "Tô Lâm").mentions), ["Tổng Bí thư"]);
        assert_eq!(person(&es, "Tô Lâm").actor_role.as_deref(), Some("PTY"));
        assert_eq!(
            texts(&person(&es, "Lương Cường").mentions),
            ["Chủ tịch nước"]
        );
        // the same words in 2019 name other people
        let es = on(text, Some("2019-06-01"));
        assert_eq!(
            texts(&person(&es, "Nguyễn Phú Trọng").mentions),
            ["Tổng Bí thư", "Chủ tịch nước"]
        );
        // no date, no named holder: nobody
        let es = on(text, None);
        assert!(es.iter().all(|e| e.kind != EntityKind::Person), "{es:#?}");
    }

    #[test]
    fn foreign_office_on_the_date_and_synonyms() {
        let es = on(
            "Ngoại trưởng Mỹ điện đàm với người đồng cấp. Nhà Trắng chưa bình luận.",
            Some("2023-05-02"),
        );
        assert_eq!(
            texts(&person(&es, "Antony Blinken").mentions),
            ["Ngoại trưởng Mỹ"]
        );
        let es = on(
            "Ngoại trưởng Mỹ điện đàm với người đồng cấp.",
            Some("2025-08-02"),
        );
        assert_eq!(
            texts(&person(&es, "Marco Rubio").mentions),
            ["Ngoại trưởng Mỹ"]
        );
    }

    #[test]
    fn bare_titles_resolve_by_country_and_plural_ones_stay_unresolved() {
        // two prime ministers named: a bare "Thủ tướng" (no country) is
        // Vietnam's, as the press writes a foreign one with its country
        let text = "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Ishiba Shigeru. \
                    Thủ tướng khẳng định hai nước là đối tác tin cậy.";
        let es = on(text, Some("2025-04-28"));
        assert_eq!(person(&es, "Phạm Minh Chính").mentions.len(), 2);
        assert_eq!(person(&es, "Ishiba Shigeru").mentions.len(), 1);
        // a bare title naming its country goes to that country's holder
        let text2 = "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Ishiba Shigeru. \
                     Thủ tướng Nhật Bản khẳng định hai nước là đối tác tin cậy.";
        let es = on(text2, Some("2025-04-28"));
        assert_eq!(person(&es, "Ishiba Shigeru").mentions.len(), 2);
        // plural and former holders are nobody in particular
        let es = on(
            "Các Bộ trưởng Ngoại giao ASEAN họp tại Kuala Lumpur. Cựu Tổng thống Mỹ phát biểu.",
            Some("2025-07-10"),
        );
        assert!(es.iter().all(|e| e.kind != EntityKind::Person), "{es:#?}");
    }

    #[test]
    fn one_person_two_roles_and_both_offices() {
        let text = "Tổng Bí thư, Chủ tịch Quốc vụ Kim Jong Un tiếp đoàn. \
                    Chủ tịch Quốc vụ Triều Tiên đánh giá cao chuyến thăm.";
        let es = on(text, None);
        let kim = person(&es, "Kim Jong Un");
        assert_eq!(kim.roles, ["Tổng Bí thư", "Chủ tịch Quốc vụ"]);
        assert_eq!(kim.mentions.len(), 2, "{kim:#?}");
        assert_eq!(kim.country.as_deref(), Some("PRK"));
    }

    #[test]
    fn foreign_names_in_every_written_form() {
        let es = on(
            "Chủ tịch Trung Quốc Tập Cận Bình và Thủ tướng Lý Cường tiếp Kim Jong-un tại Bắc Kinh. \
             Ông Kim Jong Un từng thăm Mátxcơva, Oasinhtơn chưa. Ôxtrâylia hoan nghênh.",
            None,
        );
        let xi = person(&es, "Tập Cận Bình");
        assert_eq!(xi.country.as_deref(), Some("CHN"));
        // the role comes from the office even when the title gives none
        assert_eq!(xi.actor_role.as_deref(), Some("GOV"));
        assert_eq!(person(&es, "Lý Cường").country.as_deref(), Some("CHN"));
        assert_eq!(person(&es, "Kim Jong Un").mentions.len(), 2);
        let place = |n: &str| {
            es.iter()
                .find(|e| e.kind == EntityKind::Location && e.name == n)
                .unwrap_or_else(|| panic!("{n}: {es:#?}"))
        };
        assert_eq!(place("Moskva").country.as_deref(), Some("RUS"));
        assert_eq!(place("Washington").country.as_deref(), Some("USA"));
        assert_eq!(place("Australia").gazetteer_id.as_deref(), Some("AUS"));
        let es = on("Kim Nhật Thành sinh năm 1912.", None);
        assert_eq!(
            person(&es, "Kim Nhật Thành").gazetteer_id.as_deref(),
            Some("kp.kim_il_sung")
        );
    }

    #[test]
    fn old_and_new_province_names() {
        let es = on(
            "Tỉnh Hà Giang (cũ) nay thuộc tỉnh Tuyên Quang. Bà Rịa - Vũng Tàu sáp nhập vào TP Hồ Chí Minh.",
            None,
        );
        let id = |n: &str| {
            es.iter()
                .find(|e| {
                    e.kind == EntityKind::Location && e.mentions.iter().any(|m| m.text.contains(n))
                })
                .and_then(|e| e.gazetteer_id.clone())
                .unwrap_or_else(|| panic!("{n}: {es:#?}"))
        };
        let g = Recogniser::embedded().gazetteer();
        let ha_giang = id("Hà Giang");
        assert_eq!(
            g.entry(&ha_giang).unwrap().successor.as_deref(),
            Some("vnm.tuyen_quang")
        );
        assert_eq!(id("Tuyên Quang"), "vnm.tuyen_quang");
        let brvt = id("Vũng Tàu");
        assert_eq!(
            g.entry(&brvt).unwrap().successor.as_deref(),
            Some("vnm.ho_chi_minh")
        );
        assert!(g
            .entry(&id("Hồ Chí Minh"))
            .unwrap()
            .merged_from
            .contains(&brvt));
    }

    #[test]
    fn national_bodies_and_ministries_take_the_right_country() {
        let es = on(
            "Tại Nhật Bản, Quốc hội đã thông qua dự luật. Chính phủ sẽ hỗ trợ doanh nghiệp Nhật Bản. \
             Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng trả lời. Hoàng hậu Hà Lan Máxima Zorreguieta Cerruti đến Huế.",
            None,
        );
        let org = |n: &str| {
            es.iter()
                .find(|e| e.kind == EntityKind::Organisation && e.name == n)
                .unwrap_or_else(|| panic!("{n}: {es:#?}"))
        };
        // a bare body after the one foreign country of its sentence is that country's
        assert_eq!(org("Quốc hội").country.as_deref(), Some("JPN"));
        // but not when the country comes after it; and a bare "Chính phủ",
        // whose country its name cannot tell, is not listed at all
        assert!(!es.iter().any(|e| e.name == "Chính phủ"), "{es:#?}");
        // the ministry of a Vietnamese spokesperson is Vietnam's
        assert_eq!(org("Bộ Ngoại giao").country.as_deref(), Some("VNM"));
        let queen = person(&es, "Máxima Zorreguieta Cerruti");
        assert_eq!(queen.country.as_deref(), Some("NLD"));
        assert_ne!(queen.actor_role.as_deref(), Some("IGO"));
    }

    #[test]
    fn a_list_of_titles_is_a_list_of_holders() {
        let es = on(
            "Chủ tịch nước, Thủ tướng Chính phủ gửi thư chúc mừng.",
            Some("2017-06-15"),
        );
        assert_eq!(
            texts(&person(&es, "Trần Đại Quang").mentions),
            ["Chủ tịch nước"]
        );
        assert_eq!(
            texts(&person(&es, "Nguyễn Xuân Phúc").mentions),
            ["Thủ tướng Chính phủ"]
        );
        // an office named before someone else's title is not theirs
        let es = on(
            "Thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng Vương Đình Huệ đã ký công văn. \
             Bộ Tài chính báo cáo Thủ tướng Chính phủ trong tháng 2.",
            Some("2017-02-10"),
        );
        assert_eq!(person(&es, "Vương Đình Huệ").mentions.len(), 1, "{es:#?}");
        assert_eq!(person(&es, "Nguyễn Xuân Phúc").mentions.len(), 2, "{es:#?}");
    }

    #[test]
    fn elections_and_posts_are_not_holders() {
        let es = on(
            "Trong cuộc bầu cử Tổng thống tại Hàn Quốc, ông Moon Jae-in dẫn đầu. \
             Ông Moon Jae-in là ứng viên Tổng thống Hàn Quốc.",
            Some("2017-05-01"),
        );
        let moon = person(&es, "Moon Jae In");
        assert_eq!(texts(&moon.mentions), ["Moon Jae-in", "Moon Jae-in"]);
    }

    #[test]
    fn schools_named_with_and_without_their_head() {
        let es = on(
            "Trường đại học Otago ký với Đại học Otago. Nay Trường Otago mở khoa mới.",
            None,
        );
        let schools: Vec<&Entity> = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .collect();
        assert_eq!(schools.len(), 1, "{es:#?}");
        assert_eq!(schools[0].mentions.len(), 3);
        // a school of a city is not the city's polytechnic
        let es = on(
            "Trường đại học Kinh tế Đà Nẵng ký kết. Trường đại học Đà Nẵng cũng ký.",
            None,
        );
        let schools = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .count();
        assert_eq!(schools, 2, "{es:#?}");
        // a hospital named after no place keeps its short form
        let es = on(
            "Bệnh viện Đa khoa Hồng Phúc tiếp nhận. Bệnh viện Hồng Phúc cho biết.",
            None,
        );
        let hospitals = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .count();
        assert_eq!(hospitals, 1, "{es:#?}");
        // but a country has one army, royal or not
        let es = on(
            "Quân đội Hoàng gia Thái Lan cho biết. Quân đội Thái Lan sẵn sàng.",
            None,
        );
        let armies = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .count();
        assert_eq!(armies, 1, "{es:#?}");
    }

    #[test]
    fn a_name_written_once_without_a_tone_mark_is_the_same_person() {
        let es = on(
            "Trung tướng Phạm Đức Thịnh tiếp đoàn. Sau buổi tiếp, Trung tướng Phạm Đức Thinh dự lễ.",
            None,
        );
        let people: Vec<&Entity> = es.iter().filter(|e| e.kind == EntityKind::Person).collect();
        assert_eq!(people.len(), 1, "{es:#?}");
        assert_eq!(people[0].name, "Phạm Đức Thịnh");
        // a vowel mark is no tone mark: two people
        let es = on("Ông Lê Văn An và ông Lê Văn Ân cùng dự.", None);
        let people = es.iter().filter(|e| e.kind == EntityKind::Person).count();
        assert_eq!(people, 2, "{es:#?}");
    }

    #[test]
    fn european_presidents_by_title_and_their_bodies() {
        let es = on(
            "Chủ tịch Hội đồng châu Âu và Chủ tịch Ủy ban châu Âu cùng phát biểu.",
            Some("2025-03-01"),
        );
        let ids: Vec<&str> = es
            .iter()
            .filter_map(|e| e.gazetteer_id.as_deref())
            .collect();
        for id in ["eu.costa", "eu.von_der_leyen", "igo.euco", "igo.ec"] {
            assert!(ids.contains(&id), "{id} not in {ids:?}");
        }
        // before the current council president took office: his predecessor
        let es = on("Chủ tịch Hội đồng châu Âu phát biểu.", Some("2021-05-01"));
        assert!(es
            .iter()
            .any(|e| e.gazetteer_id.as_deref() == Some("eu.michel")));
    }

    #[test]
    fn a_body_named_with_and_without_its_unit_is_one() {
        let es = on(
            "Công an tỉnh Quảng Bình vào cuộc. Công an Quảng Bình cho biết thêm.",
            None,
        );
        let bodies = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .count();
        assert_eq!(bodies, 1, "{es:#?}");
        // the Security Council names the UN
        let es = on(
            "Nghị quyết của Hội đồng Bảo an Liên Hợp Quốc đã được thông qua.",
            None,
        );
        assert!(es
            .iter()
            .any(|e| e.gazetteer_id.as_deref() == Some("igo.un")));
    }

    #[test]
    fn a_ministry_abbreviated_joins_its_full_name() {
        let es = on(
            "Theo tin từ Bộ GD-ĐT, ở Wellington (New Zealand) hôm qua, Bộ GD-ĐT Việt Nam và đối tác đã ký.",
            None,
        );
        let bodies: Vec<&Entity> = es
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .collect();
        assert_eq!(bodies.len(), 1, "{es:#?}");
        assert_eq!(bodies[0].gazetteer_id.as_deref(), Some("vn.moet"));
        assert_eq!(bodies[0].mentions.len(), 2);
    }

    #[test]
    fn odd_dates_are_no_dates() {
        let text = "Tổng Bí thư đề nghị hai bên thúc đẩy hợp tác.";
        for d in ["", "ø", "2025-1", "hôm qua", "20250312"] {
            let es = on(text, Some(d));
            assert!(
                es.iter().all(|e| e.kind != EntityKind::Person),
                "{d}: {es:#?}"
            );
        }
        assert_eq!(on(text, Some("2025")).len(), 1);
    }
}

#[cfg(test)]
mod subdivision_tests {
    use super::*;

    /// The gazetteer id and country of the location whose mention is `written`.
    fn place(text: &str, written: &str) -> (Option<String>, Option<String>) {
        let es = Recogniser::embedded().recognise(text, &[]);
        let e = es
            .iter()
            .find(|e| {
                e.kind == EntityKind::Location && e.mentions.iter().any(|m| m.text == written)
            })
            .unwrap_or_else(|| panic!("no location {written:?} in {es:#?}"));
        (e.gazetteer_id.clone(), e.country.clone())
    }

    fn id_country(id: &str, country: &str) -> (Option<String>, Option<String>) {
        (Some(id.to_string()), Some(country.to_string()))
    }

    #[test]
    fn foreign_states_and_provinces_take_their_country() {
        let cases = [
            (
                "Bang California ban bố tình trạng khẩn cấp.",
                "California",
                "usa.california",
                "USA",
            ),
            (
                "Cháy rừng lan rộng ở bang California, Mỹ.",
                "California",
                "usa.california",
                "USA",
            ),
            (
                "Mưa lớn gây ngập tại tỉnh Quảng Đông.",
                "Quảng Đông",
                "chn.guangdong",
                "CHN",
            ),
            (
                "Đoàn doanh nghiệp Vân Nam sang thăm Lào Cai.",
                "Vân Nam",
                "chn.yunnan",
                "CHN",
            ),
            (
                "Khu tự trị dân tộc Choang Quảng Tây giáp Việt Nam.",
                "Khu tự trị dân tộc Choang Quảng Tây",
                "chn.guangxi",
                "CHN",
            ),
            (
                "Cơn bão đổ bộ vào bang Texas hôm qua.",
                "Texas",
                "usa.texas",
                "USA",
            ),
            (
                "Ông đã tới Tân Cương và Tây Tạng.",
                "Tây Tạng",
                "chn.tibet",
                "CHN",
            ),
            (
                "Động đất mạnh ở Hokkaido.",
                "Hokkaido",
                "jpn.hokkaido",
                "JPN",
            ),
            (
                "Nhà máy đặt tại tỉnh Gyeonggi.",
                "Gyeonggi",
                "kor.gyeonggi",
                "KOR",
            ),
            (
                "Lũ quét ở tỉnh Hủa Phăn của Lào.",
                "Hủa Phăn",
                "lao.houaphanh",
                "LAO",
            ),
            (
                "Cháy chợ ở tỉnh Svay Rieng.",
                "Svay Rieng",
                "khm.svay_rieng",
                "KHM",
            ),
            ("Nga tấn công Kharkiv.", "Kharkiv", "ukr.kharkiv", "UKR"),
            (
                "Cháy rừng ở British Columbia.",
                "British Columbia",
                "can.british_columbia",
                "CAN",
            ),
            (
                "Bang New South Wales ban bố tình trạng khẩn cấp.",
                "New South Wales",
                "aus.new_south_wales",
                "AUS",
            ),
        ];
        for (text, written, id, country) in cases {
            assert_eq!(place(text, written), id_country(id, country), "{text}");
        }
    }

    #[test]
    fn a_name_shared_with_a_vietnamese_place_stays_vietnamese_without_a_cue() {
        // Hà Nam is a Vietnamese province and China's Henan
        assert_eq!(
            place(
                "Mưa lớn gây ngập nhiều tuyến đường ở tỉnh Hà Nam.",
                "tỉnh Hà Nam"
            ),
            id_country("vnm.ha_nam", "VNM")
        );
        assert_eq!(
            place("Nông dân Hà Nam thu hoạch lúa.", "Hà Nam"),
            id_country("vnm.ha_nam", "VNM")
        );
        // Sơn Tây is a town of Hà Nội and China's Shanxi ("Thành cổ Sơn Tây"
        // is its citadel, a site of its own since session 21)
        assert_eq!(
            place("Du khách về Sơn Tây thăm thành cổ.", "Sơn Tây"),
            id_country("vnm.son_tay_town_ha_noi", "VNM")
        );
    }

    #[test]
    fn a_shared_name_is_foreign_when_its_country_follows() {
        for text in [
            "Lũ lụt ở tỉnh Hà Nam, Trung Quốc khiến 300 người thiệt mạng.",
            "Lũ lụt ở tỉnh Hà Nam (Trung Quốc) khiến 300 người thiệt mạng.",
            "Lũ lụt ở tỉnh Hà Nam của Trung Quốc khiến 300 người thiệt mạng.",
        ] {
            assert_eq!(
                place(text, "Hà Nam"),
                id_country("chn.henan", "CHN"),
                "{text}"
            );
            let es = Recogniser::embedded().recognise(text, &[]);
            assert!(
                es.iter().any(|e| e.gazetteer_id.as_deref() == Some("CHN")),
                "the country stays a mention: {text}"
            );
            assert!(!es
                .iter()
                .any(|e| e.gazetteer_id.as_deref() == Some("vnm.ha_nam")));
        }
        assert_eq!(
            place("Mỏ than ở Sơn Tây, Trung Quốc bị sập.", "Sơn Tây"),
            id_country("chn.shanxi", "CHN")
        );
        // Georgia is a country unless the United States follows, or "bang" comes before
        assert_eq!(
            place("Tổng thống Georgia thăm Việt Nam.", "Georgia"),
            id_country("GEO", "GEO")
        );
        assert_eq!(
            place("Cử tri ở Georgia, Mỹ đi bỏ phiếu.", "Georgia"),
            id_country("usa.georgia", "USA")
        );
        assert_eq!(
            place("Cử tri ở bang Georgia đi bỏ phiếu.", "bang Georgia"),
            id_country("usa.georgia", "USA")
        );
    }

    #[test]
    fn a_name_shared_with_people_needs_a_head_or_its_country() {
        // "Thanh Hải" is a common given name as well as China's Qinghai
        let es = Recogniser::embedded().recognise("Anh Nguyễn Thanh Hải ghi bàn thắng.", &[]);
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Location),
            "{es:#?}"
        );
        assert_eq!(
            place(
                "Động đất ở tỉnh Thanh Hải, tây bắc Trung Quốc.",
                "tỉnh Thanh Hải"
            ),
            id_country("chn.qinghai", "CHN")
        );
        assert_eq!(
            place("Động đất ở Thanh Hải (Trung Quốc).", "Thanh Hải"),
            id_country("chn.qinghai", "CHN")
        );
        // a Japanese prefecture that is also a surname
        assert_eq!(
            place("Núi lửa phun trào ở tỉnh Miyazaki.", "tỉnh Miyazaki"),
            id_country("jpn.miyazaki", "JPN")
        );
        let es = Recogniser::embedded().recognise("Đạo diễn Hayao Miyazaki ra phim mới.", &[]);
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Location),
            "{es:#?}"
        );
        // a Cambodian province that is also a Japanese given name
        let es = Recogniser::embedded().recognise(
            "Thứ trưởng Ngoại giao Nhật Takeo Akiba nhấn mạnh điều này.",
            &[],
        );
        assert!(
            es.iter()
                .any(|e| e.kind == EntityKind::Person && e.name == "Takeo Akiba"),
            "{es:#?}"
        );
        assert_eq!(
            place("Lũ lụt ở tỉnh Takeo, Campuchia.", "tỉnh Takeo"),
            id_country("khm.takeo", "KHM")
        );
    }

    #[test]
    fn merged_ministries_resolve_to_the_historical_body() {
        // a bare ministry needs its country in the sentence (see `assemble`)
        let text = "Năm 2024, Bộ Kế hoạch và Đầu tư Việt Nam trình Chính phủ đề án. \
                    Tại Việt Nam, Bộ Tài chính và Bộ Nông nghiệp và Môi trường phối hợp thực hiện.";
        let es = Recogniser::embedded().recognise(text, &[]);
        let g = Recogniser::embedded().gazetteer();
        let id = |name: &str| {
            es.iter()
                .find(|e| e.kind == EntityKind::Organisation && e.name == name)
                .and_then(|e| e.gazetteer_id.clone())
                .unwrap_or_else(|| panic!("{name}: {es:#?}"))
        };
        let mpi = g.entry(&id("Bộ Kế hoạch và Đầu tư Việt Nam")).unwrap();
        assert_eq!(mpi.successor.as_deref(), Some("vn.mof"));
        assert_eq!(mpi.to.as_deref(), Some("2025-02-28"));
        assert!(g
            .entry(&id("Bộ Tài chính"))
            .unwrap()
            .merged_from
            .contains(&mpi.id));
        let mae = g.entry(&id("Bộ Nông nghiệp và Môi trường")).unwrap();
        assert_eq!(mae.from.as_deref(), Some("2025-03-01"));
        assert_eq!(mae.merged_from, ["vn.mard", "vn.monre"]);
    }

    #[test]
    fn a_confirmed_cued_name_holds_for_the_whole_article() {
        let text = "Mưa lớn kéo dài ở tỉnh Hà Nam, Trung Quốc. \
                    Chính quyền Hà Nam đã sơ tán hơn 100.000 người.";
        let es = Recogniser::embedded().recognise(text, &[]);
        let henan = es
            .iter()
            .find(|e| e.gazetteer_id.as_deref() == Some("chn.henan"))
            .unwrap_or_else(|| panic!("{es:#?}"));
        assert_eq!(henan.mentions.len(), 2, "{henan:#?}");
        assert!(!es
            .iter()
            .any(|e| e.gazetteer_id.as_deref() == Some("vnm.ha_nam")));
        // without the cue, the same article reads Vietnam's province
        let es = Recogniser::embedded()
            .recognise("Chính quyền Hà Nam đã sơ tán hơn 100.000 người.", &[]);
        assert!(es
            .iter()
            .any(|e| e.gazetteer_id.as_deref() == Some("vnm.ha_nam")));
    }

    #[test]
    fn a_cue_that_names_another_country_is_no_cue() {
        let es =
            Recogniser::embedded().recognise("Đoàn công tác tỉnh Hà Nam, Việt Nam thăm Lào.", &[]);
        let e = es
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text.contains("Hà Nam")))
            .unwrap();
        assert_eq!(e.gazetteer_id.as_deref(), Some("vnm.ha_nam"));
    }
}
