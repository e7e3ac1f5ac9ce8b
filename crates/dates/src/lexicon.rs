//! The date vocabulary: the TSV files under `data/dates/`, embedded at build
//! time and compiled once into syllable ids, so matching a phrase is comparing
//! small integers rather than strings.

use jiff::civil::Date;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;
use thoisu_normalise::chars;

/// FNV-1a: syllables are short, so a simple byte hash beats SipHash on the
/// one lookup the lexer makes per word; the keys are our own data.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// Longest lower-cased word looked up; longer ones are no syllable.
const MAX_KEY: usize = 32;

/// Chars below this have a bit in [`SyllableTable::heads`].
const HEAD_CHARS: usize = 0x2000;

/// The lexicon's words as an open-addressing table keyed by their FNV hash,
/// with their bytes in one arena: the lexer hashes a word while lower-casing
/// it, so a lookup is one probe and one short byte compare, with no UTF-8
/// check and no rehash. A bitset of first letters and the longest word's
/// length turn away most words before any hashing.
#[derive(Default)]
struct SyllableTable {
    /// (hash, start in `bytes`, length, id); id `NO_SYLLABLE` marks empty.
    slots: Vec<(u64, u32, u8, SyllableId)>,
    mask: usize,
    bytes: Vec<u8>,
    /// A bit per lower-case char below [`HEAD_CHARS`] some word starts with.
    heads: Vec<u64>,
    /// Some word starts with a char at or above [`HEAD_CHARS`].
    high_heads: bool,
    max_len: usize,
}

impl SyllableTable {
    fn build(words: &FnvMap<String, SyllableId>) -> SyllableTable {
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mut t = SyllableTable {
            slots: vec![(0, 0, 0, NO_SYLLABLE); size],
            mask: size - 1,
            bytes: Vec::new(),
            heads: vec![0; HEAD_CHARS / 64],
            high_heads: false,
            max_len: 0,
        };
        // Words longer than MAX_KEY never matched; leave them out.
        for (word, &id) in words.iter().filter(|(w, _)| w.len() <= MAX_KEY) {
            let hash = word.bytes().fold(FNV_OFFSET, fnv_step);
            let mut slot = hash as usize & t.mask;
            while t.slots[slot].3 != NO_SYLLABLE {
                slot = (slot + 1) & t.mask;
            }
            t.slots[slot] = (hash, t.bytes.len() as u32, word.len() as u8, id);
            t.bytes.extend_from_slice(word.as_bytes());
            t.max_len = t.max_len.max(word.len());
            match word.chars().next() {
                Some(c) if (c as usize) < HEAD_CHARS => {
                    t.heads[c as usize / 64] |= 1 << (c as usize % 64);
                }
                Some(_) => t.high_heads = true,
                None => {}
            }
        }
        t
    }

    /// Whether some word starts with lower-case char `c`.
    fn may_head(&self, c: char) -> bool {
        let i = c as usize;
        if i < HEAD_CHARS {
            self.heads[i / 64] & (1 << (i % 64)) != 0
        } else {
            self.high_heads
        }
    }

    fn get(&self, hash: u64, key: &[u8]) -> SyllableId {
        if self.slots.is_empty() {
            return NO_SYLLABLE;
        }
        let mut slot = hash as usize & self.mask;
        loop {
            let (h, start, len, id) = self.slots[slot];
            if id == NO_SYLLABLE {
                return NO_SYLLABLE;
            }
            if h == hash
                && usize::from(len) == key.len()
                && self.bytes.get(start as usize..start as usize + key.len()) == Some(key)
            {
                return id;
            }
            slot = (slot + 1) & self.mask;
        }
    }
}

/// Id of a syllable the lexicon knows; [`NO_SYLLABLE`] for any other word.
pub(crate) type SyllableId = u16;
pub(crate) const NO_SYLLABLE: SyllableId = u16::MAX;

/// A phrase as syllable ids, plus what it means.
#[derive(Clone, Debug)]
pub(crate) struct Phrase<T> {
    pub syllables: Vec<SyllableId>,
    pub meaning: T,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueRole {
    TimeOfDay,
    Day,
    PastDay,
    Qualifier,
    From,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ConnectorKind {
    Range,
    List,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
    /// A quarter of the year ("quý này").
    Quarter,
    /// From the first of the anchor's year (offset 0), month (offset 1) or
    /// week (offset 2) to the anchor ("từ đầu năm đến nay").
    ToDate,
    /// Days from the last single day the text named before ("cùng ngày",
    /// "hôm sau"), not from the anchor.
    Previous,
    /// Days back from the last single day named, for what a clause after
    /// it tells happened before ("một ngày sau khi ..."): a date of its
    /// own, but not of the sentence's happening, and no day to count from.
    Earlier,
}

/// A holiday dated by its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// Tết Nguyên đán: day 1 of lunar month 1.
    Tet,
    /// Rằm tháng Giêng: day 15 of lunar month 1.
    FirstFullMoon,
    /// Tết Đoan ngọ: day 5 of lunar month 5.
    DoanNgo,
    /// Tết Trung thu: day 15 of lunar month 8.
    TrungThu,
    /// Tết Dương lịch: 1 January.
    NewYear,
}

/// Gregorian (month, day) of the lunar holidays of one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LunarYear {
    pub year: i16,
    pub tet: (i8, i8),
    pub doan_ngo: (i8, i8),
    pub trung_thu: (i8, i8),
    /// The last day of lunar month 1 (tháng Giêng).
    pub gieng_end: Date,
    /// The first and last day of lunar month 12 (tháng Chạp).
    pub chap: (Date, Date),
}

/// Which part of a month or year a position word picks ("cuối tháng 10").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Part {
    #[default]
    Whole,
    Early,
    Middle,
    Late,
    FirstHalf,
    SecondHalf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Relative {
    pub unit: Unit,
    pub offset: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ContextRole {
    Blocker,
    Next,
    Future,
    Target,
    Quantity,
    Clock,
    Unit,
    Lunar,
    Anaphor,
    Habitual,
    Ordinal,
    Follower,
    Month,
    Year,
    Fiscal,
    Every,
    Routine,
    Past,
    WeekWord,
    Session,
    Solar,
    Span,
    Lasting,
    Birth,
    Decade,
    Compound,
    DayCount,
    Season,
}

/// A relative phrase with a count of days in it ("hai ngày sau đó",
/// "trước đó một ngày", "cách đây 3 ngày"): the words before and after the
/// count, and the day it names per unit of the count.
#[derive(Clone, Debug)]
pub(crate) struct Counted {
    pub before: Vec<SyllableId>,
    pub after: Vec<SyllableId>,
    /// `offset` is per day counted.
    pub rel: Relative,
    /// A pause (a comma, a full stop, a bracket, the end of the line) must
    /// follow: "hai ngày sau, ..." is a day, "hai ngày sau khi ..." is not.
    pub pause: bool,
    /// The phrase must not open its sentence: "Hội nghị diễn ra một ngày
    /// sau khi hai bên hội đàm" counts back from the day named, "Hai ngày
    /// sau khi động đất xảy ra, ..." leaves unsaid which day was named.
    pub inside: bool,
}

/// Phrase lists with a head index ([`Lexicon::may_open`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PhraseList {
    Cue,
    Relative,
}

/// Every table, compiled.
pub(crate) struct Lexicon {
    syllables: FnvMap<String, SyllableId>,
    /// The same words as `syllables`, laid out for the per-word lookup.
    table: SyllableTable,
    pub cues: Vec<Phrase<CueRole>>,
    /// Word connectors ("đến", "và"); punctuation ones are in `punct_connectors`.
    pub connectors: Vec<Phrase<ConnectorKind>>,
    pub punct_connectors: Vec<(char, ConnectorKind)>,
    pub relatives: Vec<Phrase<Relative>>,
    /// Relative phrases with a count of days (`N` in `relative.tsv`).
    pub counted: Vec<Counted>,
    /// Number words counting days ("một" .. "mười"), by syllable.
    pub counts: Vec<(SyllableId, u8)>,
    /// Words right after the count of a counted phrase ("ngày", "hôm").
    count_followers: Vec<bool>,
    pub weekdays: Vec<Phrase<u8>>,
    pub context: Vec<Phrase<ContextRole>>,
    /// Per syllable id, a bit per context role that has a phrase starting
    /// with it: a quick "no" for the many words that start none.
    context_heads: Vec<u32>,
    /// Per syllable id, a bit per [`PhraseList`] with a phrase starting with it.
    list_heads: Vec<u8>,
    pub month_word: SyllableId,
    pub year_word: SyllableId,
    pub weekday_head: SyllableId,
    /// Position words ("đầu", "giữa", "cuối"), by syllable.
    pub parts: Vec<(SyllableId, Part)>,
    /// "vừa qua": after a yearless month, it lies in the past.
    pub past_markers: Vec<Phrase<()>>,
    /// "hồi": before a yearless month, it lies in the past.
    pub past_before: Vec<Phrase<()>>,
    /// "thượng tuần", "trung tuần", "hạ tuần": thirds of a month.
    pub ten_days: Vec<Phrase<Part>>,
    pub quarter_word: SyllableId,
    /// "tuần": the word for week ("cuối tuần").
    pub week_word: SyllableId,
    /// "hết": through the end of ("đến hết năm 2025").
    pub through_word: SyllableId,
    /// "nay", "hiện nay": now, as a range's end ("từ tháng 9 đến nay").
    pub now_words: Vec<Phrase<()>>,
    /// "nửa": a half, before "đầu" or "cuối".
    pub half_word: SyllableId,
    /// "ngày": before a day number alone, a day of the anchor's month.
    pub day_word: SyllableId,
    /// Roman numerals after "quý", by syllable.
    pub quarter_numbers: Vec<(SyllableId, u8)>,
    /// Months written as words, longest first.
    pub month_names: Vec<Phrase<u8>>,
    /// English month names and their abbreviations ("March", "Mar"), by syllable.
    pub english_months: Vec<(SyllableId, u8)>,
    /// Day/month pairs that, with no cue, are idioms ("24/7" = all the time).
    pub idioms: Vec<(u8, u8)>,
    /// "Giêng", "Chạp": lunar months 1 and 12, by syllable.
    pub lunar_months: Vec<(SyllableId, u8)>,
    /// Holiday names, longest first.
    pub holidays: Vec<Phrase<Holiday>>,
    /// Heavenly stems and earthly branches naming a lunar year, by syllable.
    pub stems: Vec<(SyllableId, u8)>,
    pub branches: Vec<(SyllableId, u8)>,
    /// `lunar_holidays.tsv`, by year.
    pub lunar_years: Vec<LunarYear>,
}

const CUES: &str = include_str!("../../../data/dates/cues.tsv");
const CONNECTORS: &str = include_str!("../../../data/dates/connectors.tsv");
const RELATIVE: &str = include_str!("../../../data/dates/relative.tsv");
const WEEKDAYS: &str = include_str!("../../../data/dates/weekdays.tsv");
const CONTEXT: &str = include_str!("../../../data/dates/context.tsv");
const PERIODS: &str = include_str!("../../../data/dates/periods.tsv");
const LUNAR: &str = include_str!("../../../data/dates/lunar_holidays.tsv");
const COUNTS: &str = include_str!("../../../data/dates/counts.tsv");

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// The data rows of a TSV file: comment and blank lines skipped, fields split.
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon {
            syllables: FnvMap::default(),
            table: SyllableTable::default(),
            cues: Vec::new(),
            connectors: Vec::new(),
            punct_connectors: Vec::new(),
            relatives: Vec::new(),
            counted: Vec::new(),
            counts: Vec::new(),
            count_followers: Vec::new(),
            weekdays: Vec::new(),
            context: Vec::new(),
            context_heads: Vec::new(),
            list_heads: Vec::new(),
            month_word: NO_SYLLABLE,
            year_word: NO_SYLLABLE,
            weekday_head: NO_SYLLABLE,
            parts: Vec::new(),
            ten_days: Vec::new(),
            past_markers: Vec::new(),
            past_before: Vec::new(),
            quarter_word: NO_SYLLABLE,
            week_word: NO_SYLLABLE,
            through_word: NO_SYLLABLE,
            now_words: Vec::new(),
            half_word: NO_SYLLABLE,
            day_word: NO_SYLLABLE,
            quarter_numbers: Vec::new(),
            month_names: Vec::new(),
            english_months: Vec::new(),
            lunar_months: Vec::new(),
            idioms: Vec::new(),
            holidays: Vec::new(),
            stems: Vec::new(),
            branches: Vec::new(),
            lunar_years: Vec::new(),
        };
        for r in rows(CUES) {
            let role = match r.get(1).copied() {
                Some("time_of_day") => CueRole::TimeOfDay,
                Some("day") => CueRole::Day,
                Some("past_day") => CueRole::PastDay,
                Some("from") => CueRole::From,
                Some("qualifier") => CueRole::Qualifier,
                other => panic!("cues.tsv: bad role {other:?} in {r:?}"),
            };
            let p = lex.phrase(r[0], role);
            lex.cues.push(p);
        }
        for r in rows(CONNECTORS) {
            let kind = match r.get(1).copied() {
                Some("range") => ConnectorKind::Range,
                Some("list") => ConnectorKind::List,
                other => panic!("connectors.tsv: bad kind {other:?} in {r:?}"),
            };
            let mut chars = r[0].chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_alphanumeric() => lex.punct_connectors.push((c, kind)),
                _ => {
                    let p = lex.phrase(r[0], kind);
                    lex.connectors.push(p);
                }
            }
        }
        for r in rows(RELATIVE) {
            let unit = match r.get(1).copied() {
                Some("day") => Unit::Day,
                Some("week") => Unit::Week,
                Some("weekend") => Unit::Weekend,
                Some("month") => Unit::Month,
                Some("year") => Unit::Year,
                Some("quarter") => Unit::Quarter,
                Some("year_to_date") => Unit::ToDate,
                Some("previous") => Unit::Previous,
                Some("earlier") => Unit::Earlier,
                other => panic!("relative.tsv: bad unit {other:?} in {r:?}"),
            };
            let offset = r
                .get(2)
                .and_then(|o| o.parse().ok())
                .unwrap_or_else(|| panic!("relative.tsv: bad offset in {r:?}"));
            let rel = Relative { unit, offset };
            // "N ngày sau đó": N stands for a count of days.
            if let Some((before, after)) = r[0].split_once('N') {
                let before = lex.phrase(before, ()).syllables;
                let after = lex.phrase(after, ()).syllables;
                let (pause, inside) = match r.get(3).copied() {
                    None | Some("") => (false, false),
                    Some("pause") => (true, false),
                    Some("inside") => (false, true),
                    other => panic!("relative.tsv: bad flag {other:?} in {r:?}"),
                };
                lex.counted.push(Counted {
                    before,
                    after,
                    rel,
                    pause,
                    inside,
                });
                continue;
            }
            let p = lex.phrase(r[0], rel);
            lex.relatives.push(p);
        }
        for r in rows(COUNTS) {
            let n: u8 = r
                .get(1)
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("counts.tsv: bad number in {r:?}"));
            let p = lex.phrase(r[0], ());
            if p.syllables.len() != 1 {
                panic!("counts.tsv: one word a row, not {r:?}");
            }
            lex.counts.push((p.syllables[0], n));
        }
        for r in rows(WEEKDAYS) {
            let day: u8 = r
                .get(1)
                .and_then(|d| d.parse().ok())
                .filter(|d| (1..=7).contains(d))
                .unwrap_or_else(|| panic!("weekdays.tsv: bad weekday in {r:?}"));
            let p = lex.phrase(r[0], day);
            lex.weekdays.push(p);
        }
        for r in rows(CONTEXT) {
            let role = match r.get(1).copied() {
                Some("blocker") => ContextRole::Blocker,
                Some("next") => ContextRole::Next,
                Some("future") => ContextRole::Future,
                Some("target") => ContextRole::Target,
                Some("quantity") => ContextRole::Quantity,
                Some("clock") => ContextRole::Clock,
                Some("unit") => ContextRole::Unit,
                Some("lunar") => ContextRole::Lunar,
                Some("anaphor") => ContextRole::Anaphor,
                Some("habitual") => ContextRole::Habitual,
                Some("follower") => ContextRole::Follower,
                Some("ordinal") => ContextRole::Ordinal,
                Some("month") => ContextRole::Month,
                Some("year") => ContextRole::Year,
                Some("fiscal") => ContextRole::Fiscal,
                Some("every") => ContextRole::Every,
                Some("routine") => ContextRole::Routine,
                Some("past") => ContextRole::Past,
                Some("week_word") => ContextRole::WeekWord,
                Some("session") => ContextRole::Session,
                Some("solar") => ContextRole::Solar,
                Some("span") => ContextRole::Span,
                Some("lasting") => ContextRole::Lasting,
                Some("birth") => ContextRole::Birth,
                Some("decade") => ContextRole::Decade,
                Some("compound") => ContextRole::Compound,
                Some("day_count") => ContextRole::DayCount,
                Some("season") => ContextRole::Season,
                other => panic!("context.tsv: bad role {other:?} in {r:?}"),
            };
            let p = lex.phrase(r[0], role);
            match role {
                ContextRole::Month => lex.month_word = p.syllables[0],
                ContextRole::Year => lex.year_word = p.syllables[0],
                _ => {}
            }
            lex.context.push(p);
        }
        for r in rows(PERIODS) {
            let value = r.get(2).copied().unwrap_or("");
            let number = || -> u8 {
                value
                    .parse()
                    .unwrap_or_else(|_| panic!("periods.tsv: bad value in {r:?}"))
            };
            match r.get(1).copied() {
                Some(kind @ ("part" | "ten_days")) => {
                    let part = match value {
                        "early" => Part::Early,
                        "middle" => Part::Middle,
                        "late" => Part::Late,
                        other => panic!("periods.tsv: bad part {other:?}"),
                    };
                    let p = lex.phrase(r[0], part);
                    if kind == "part" {
                        lex.parts.push((p.syllables[0], part));
                    } else {
                        lex.ten_days.push(p);
                    }
                }
                Some("past") => {
                    let p = lex.phrase(r[0], ());
                    lex.past_markers.push(p);
                }
                Some("past_before") => {
                    let p = lex.phrase(r[0], ());
                    lex.past_before.push(p);
                }
                Some("half") => lex.half_word = lex.phrase(r[0], ()).syllables[0],
                Some("day_word") => lex.day_word = lex.phrase(r[0], ()).syllables[0],
                Some("quarter") => lex.quarter_word = lex.phrase(r[0], ()).syllables[0],
                Some("week") => lex.week_word = lex.phrase(r[0], ()).syllables[0],
                Some("through") => lex.through_word = lex.phrase(r[0], ()).syllables[0],
                Some("now") => {
                    let p = lex.phrase(r[0], ());
                    lex.now_words.push(p);
                }
                Some("quarter_number") => {
                    let q = number();
                    let p = lex.phrase(r[0], q);
                    lex.quarter_numbers.push((p.syllables[0], q));
                }
                Some("idiom") => {
                    let pair = r[0]
                        .split_once('/')
                        .and_then(|(d, m)| d.parse().ok().zip(m.parse().ok()))
                        .unwrap_or_else(|| panic!("periods.tsv: bad idiom in {r:?}"));
                    lex.idioms.push(pair);
                }
                Some("lunar_month") => {
                    let m = number();
                    let p = lex.phrase(r[0], m);
                    lex.lunar_months.push((p.syllables[0], m));
                }
                Some("month_name") => {
                    let m = number();
                    let p = lex.phrase(r[0], m);
                    lex.month_names.push(p);
                }
                Some("english_month") => {
                    let m = number();
                    let p = lex.phrase(r[0], m);
                    lex.english_months.push((p.syllables[0], m));
                }
                Some("holiday") => {
                    let holiday = match value {
                        "tet" => Holiday::Tet,
                        "first_full_moon" => Holiday::FirstFullMoon,
                        "doan_ngo" => Holiday::DoanNgo,
                        "trung_thu" => Holiday::TrungThu,
                        "new_year" => Holiday::NewYear,
                        other => panic!("periods.tsv: bad holiday {other:?}"),
                    };
                    let p = lex.phrase(r[0], holiday);
                    lex.holidays.push(p);
                }
                Some("stem") => {
                    let n = number();
                    let p = lex.phrase(r[0], n);
                    lex.stems.push((p.syllables[0], n));
                }
                Some("branch") => {
                    let n = number();
                    let p = lex.phrase(r[0], n);
                    lex.branches.push((p.syllables[0], n));
                }
                other => panic!("periods.tsv: bad kind {other:?} in {r:?}"),
            }
        }
        lex.month_names
            .sort_by_key(|p| std::cmp::Reverse(p.syllables.len()));
        lex.holidays
            .sort_by_key(|p| std::cmp::Reverse(p.syllables.len()));
        lex.now_words
            .sort_by_key(|p| std::cmp::Reverse(p.syllables.len()));
        for r in rows(LUNAR) {
            let day = |k: usize| -> (i8, i8) {
                let d = r.get(k).copied().unwrap_or("");
                let parsed = d
                    .get(5..7)
                    .and_then(|m| m.parse().ok())
                    .zip(d.get(8..10).and_then(|x| x.parse().ok()));
                parsed.unwrap_or_else(|| panic!("lunar_holidays.tsv: bad date in {r:?}"))
            };
            let year = r[0]
                .parse()
                .unwrap_or_else(|_| panic!("lunar_holidays.tsv: bad year in {r:?}"));
            let date = |k: usize| -> Date {
                r.get(k)
                    .and_then(|d| d.parse().ok())
                    .unwrap_or_else(|| panic!("lunar_holidays.tsv: bad date in {r:?}"))
            };
            lex.lunar_years.push(LunarYear {
                year,
                tet: day(1),
                doan_ngo: day(2),
                trung_thu: day(3),
                gieng_end: date(4),
                chap: (date(5), date(6)),
            });
        }
        lex.context_heads = vec![0; lex.syllables.len()];
        for p in &lex.context {
            lex.context_heads[usize::from(p.syllables[0])] |= 1 << (p.meaning as u32);
        }
        lex.table = SyllableTable::build(&lex.syllables);
        lex.list_heads = vec![0; lex.syllables.len()];
        for p in &lex.cues {
            lex.list_heads[usize::from(p.syllables[0])] |= 1 << (PhraseList::Cue as u8);
        }
        for p in &lex.relatives {
            lex.list_heads[usize::from(p.syllables[0])] |= 1 << (PhraseList::Relative as u8);
        }
        lex.count_followers = vec![false; lex.syllables.len()];
        for c in &lex.counted {
            let first = c.after.first().copied();
            let first = first.unwrap_or_else(|| panic!("relative.tsv: words must follow N"));
            lex.count_followers[usize::from(first)] = true;
        }
        lex.weekday_head = lex.weekdays.first().map_or(NO_SYLLABLE, |p| p.syllables[0]);
        // Longest first, so "rạng sáng" is tried before "sáng".
        lex.cues
            .sort_by_key(|p| std::cmp::Reverse(p.syllables.len()));
        lex.connectors
            .sort_by_key(|p| std::cmp::Reverse(p.syllables.len()));
        lex.relatives
            .sort_by_key(|p| std::cmp::Reverse(p.syllables.len()));
        lex.context
            .sort_by_key(|p| std::cmp::Reverse(p.syllables.len()));
        lex
    }

    fn phrase<T>(&mut self, text: &str, meaning: T) -> Phrase<T> {
        let syllables = text
            .split_whitespace()
            .map(|s| {
                let s = s.to_lowercase();
                let next = self.syllables.len() as SyllableId;
                *self.syllables.entry(s).or_insert(next)
            })
            .collect();
        Phrase { syllables, meaning }
    }

    /// The holidays of lunar year `year`, when the table holds it.
    pub(crate) fn lunar_year(&self, year: i16) -> Option<&LunarYear> {
        self.lunar_years.iter().find(|l| l.year == year)
    }

    /// The part a position word names.
    pub(crate) fn part(&self, s: SyllableId) -> Option<Part> {
        self.parts
            .iter()
            .find(|(p, _)| *p == s)
            .map(|&(_, part)| part)
    }

    /// Whether some phrase of `list` starts with syllable `s`.
    pub(crate) fn may_open(&self, s: SyllableId, list: PhraseList) -> bool {
        self.list_heads
            .get(usize::from(s))
            .is_some_and(|bits| bits & (1 << (list as u8)) != 0)
    }

    /// Whether syllable `s` may follow the count of a counted phrase.
    pub(crate) fn follows_count(&self, s: SyllableId) -> bool {
        self.count_followers
            .get(usize::from(s))
            .copied()
            .unwrap_or(false)
    }

    /// The month an English month name or abbreviation names ("March" = 3).
    pub(crate) fn english_month(&self, s: SyllableId) -> Option<u8> {
        if s == NO_SYLLABLE {
            return None;
        }
        self.english_months
            .iter()
            .find(|&&(w, _)| w == s)
            .map(|&(_, m)| m)
    }

    /// The number a count word names ("hai" = 2).
    pub(crate) fn count(&self, s: SyllableId) -> Option<u8> {
        self.counts.iter().find(|&&(w, _)| w == s).map(|&(_, n)| n)
    }

    /// Whether some phrase of `role` starts with syllable `s`.
    pub(crate) fn may_start(&self, s: SyllableId, role: ContextRole) -> bool {
        self.context_heads
            .get(usize::from(s))
            .is_some_and(|bits| bits & (1 << (role as u32)) != 0)
    }

    /// The id of a word as written (any case), without allocating. Most
    /// words are rejected on their first letter or length; the rest are
    /// lower-cased and hashed in one pass and looked up in [`SyllableTable`].
    pub(crate) fn syllable(&self, word: &str) -> SyllableId {
        let table = &self.table;
        let mut buf = [0u8; MAX_KEY];
        let mut len = 0;
        let mut hash = FNV_OFFSET;
        for c in word.chars() {
            // ASCII inline, else a table lookup nearly always; the odd letter
            // that lower-cases to several chars ('İ') takes the slow path.
            let l = if c.is_ascii() {
                c.to_ascii_lowercase()
            } else {
                match chars::single_lowercase(c) {
                    Some(l) => l,
                    None => return self.syllable_slow(word),
                }
            };
            if len == 0 && !table.may_head(l) {
                return NO_SYLLABLE;
            }
            let n = l.len_utf8();
            if len + n > table.max_len {
                return NO_SYLLABLE;
            }
            l.encode_utf8(&mut buf[len..]);
            for &b in &buf[len..len + n] {
                hash = fnv_step(hash, b);
            }
            len += n;
        }
        table.get(hash, &buf[..len])
    }

    /// [`Lexicon::syllable`] for words with a letter whose lower case is
    /// several chars: lower-case through `char::to_lowercase`, then look up.
    fn syllable_slow(&self, word: &str) -> SyllableId {
        let mut buf = [0u8; MAX_KEY];
        let mut len = 0;
        let mut push = |l: char| {
            let n = l.len_utf8();
            if len + n > buf.len() {
                return false;
            }
            l.encode_utf8(&mut buf[len..]);
            len += n;
            true
        };
        for c in word.chars() {
            let fits = match chars::single_lowercase(c) {
                Some(l) => push(l),
                None => c.to_lowercase().all(&mut push),
            };
            if !fits {
                return NO_SYLLABLE;
            }
        }
        std::str::from_utf8(&buf[..len])
            .ok()
            .and_then(|s| self.syllables.get(s))
            .copied()
            .unwrap_or(NO_SYLLABLE)
    }

    /// The id of a lexicon word given in lower case (for tests and the code's
    /// own structural words).
    #[cfg(test)]
    pub(crate) fn id(&self, word: &str) -> SyllableId {
        self.syllables.get(word).copied().unwrap_or(NO_SYLLABLE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load_and_words_match_in_any_case() {
        let lex = &*LEXICON;
        assert!(lex.cues.len() > 20);
        assert_eq!(lex.syllable("Sáng"), lex.id("sáng"));
        assert_eq!(lex.syllable("ĐÊM"), lex.id("đêm"));
        assert_eq!(lex.syllable("Hà"), NO_SYLLABLE);
        assert_eq!(lex.syllable(&"x".repeat(100)), NO_SYLLABLE);
        assert_ne!(lex.month_word, NO_SYLLABLE);
        assert_ne!(lex.year_word, NO_SYLLABLE);
        assert_eq!(lex.weekday_head, lex.id("thứ"));
        assert!(lex.punct_connectors.contains(&('–', ConnectorKind::Range)));
    }

    #[test]
    fn fast_lookup_agrees_with_the_map() {
        let lex = &*LEXICON;
        for word in [
            "tháng",
            "THÁNG",
            "Năm",
            "ngày",
            "Ngày",
            "hôm",
            "qua",
            "Giêng",
            "Chạp",
            "Hà",
            "Nội",
            "İstanbul",
            "",
            "đ",
            "😀",
            "xyz",
            "Tết",
            "nguyên",
            "đán",
            "K",
        ] {
            assert_eq!(lex.syllable(word), lex.syllable_slow(word), "{word}");
        }
        for word in lex.syllables.keys() {
            assert_eq!(lex.syllable(word), lex.id(word), "{word}");
            assert_eq!(lex.syllable(&word.to_uppercase()), lex.id(word), "{word}");
        }
    }

    #[test]
    fn lunar_table_holds_known_new_years() {
        let lex = &*LEXICON;
        assert_eq!(lex.lunar_years.len(), 51);
        for (year, tet) in [
            (2024, (2, 10)),
            (2025, (1, 29)),
            (2026, (2, 17)),
            (2007, (2, 17)),
        ] {
            assert_eq!(lex.lunar_year(year).map(|l| l.tet), Some(tet), "{year}");
        }
        assert_eq!(lex.lunar_year(2025).map(|l| l.trung_thu), Some((10, 6)));
        let l2024 = lex.lunar_year(2024).expect("2024");
        assert_eq!(l2024.gieng_end.to_string(), "2024-03-09");
        assert_eq!(l2024.chap.0.to_string(), "2024-12-31");
        assert_eq!(l2024.chap.1.to_string(), "2025-01-28");
        assert!(lex.lunar_year(1850).is_none());
    }

    #[test]
    fn longer_phrases_come_first() {
        let lex = &*LEXICON;
        assert!(lex
            .cues
            .windows(2)
            .all(|w| w[0].syllables.len() >= w[1].syllables.len()));
        assert!(lex
            .relatives
            .windows(2)
            .all(|w| w[0].syllables.len() >= w[1].syllables.len()));
    }
}
