//! The date grammar: finds date expressions in the token stream and reads
//! them into calendar parts, before any anchor is known.
//!
//! What counts as a date (the precision rule, checked on shared/bench):
//! - a day/month/year (`24/1/2025`, `24-1-2025`, `24.1.2025`, ISO
//!   `2025-10-11`, `ngày 24 tháng 1 năm 2025`) always does, unless a
//!   blocker word ("số", "đường", ...) stands right before it;
//! - a day/month without a year does when a cue stands before it (a time of
//!   day, "ngày", "hôm", "từ", "đến", "cuối", a weekday, a relative day; see
//!   `cues.tsv`) or when it continues a list or range of dates ("29/4, 20/5
//!   và 27/5");
//! - without a cue, only the slash form can be a date. `18/6` (day > month,
//!   so not a proper fraction) is one; `1/3` is marked weak, and the resolver
//!   keeps it only when it lands within a month of a full anchor date and
//!   its day is not 1; `2-1` and `1.5` (scores, decimals) never are;
//! - a dash or dot pair followed by a unit ("từ 3-6 tháng", "7-12 tuổi") is a
//!   quantity range; a date followed by "âm lịch" is lunar: neither is read;
//! - a number glued to letters or other numbers (`59-NQ/TW`, `0903.343.439`,
//!   `15/2018/NĐ-CP`, `10h30`) never is;
//! - a month counts with its year ("tháng 10/2025", "tháng 10 năm nay"),
//!   or without it after a cue ("trong tháng 10", "cuối tháng 10"), before
//!   "tới" / "vừa qua", or in a list whose last member names the year; a
//!   month written as a word needs its capital ("tháng Mười"); a year alone
//!   ("năm 2025") never counts, a third or half of it does ("đầu năm 2025",
//!   "nửa cuối năm nay"), as do quarters ("quý I/2025", "quý 3") and "6
//!   tháng đầu năm";
//! - a day alone needs "ngày" and a preposition or time of day before it,
//!   "tới" / "này" after it, or a sentence opening before a comma ("Ngày
//!   10, ..."); it falls in the anchor's month;
//! - a range may join periods and days ("từ cuối tháng 9 đến đầu tháng
//!   10", "từ thứ Hai đến thứ Tư", "từ tháng 7/2016 đến nay", "từ nay đến
//!   cuối năm"): one value from the first day of its start to the last day
//!   of its end; an end that is a date of its own (a day with its month,
//!   whole months with their year) is recorded too; followed by "hằng
//!   năm" it recurs and is no date;
//! - a part of a week ("đầu tuần", "giữa tuần tới", "cuối tuần vừa qua")
//!   counts from the anchor's week (see `relative.tsv`); a bare "cuối
//!   tuần" needs the sentence's tense, and none counts as a habit ("mỗi
//!   cuối tuần", "thường ... vào cuối tuần");
//! - "cùng ngày", "hôm sau" count from the last single day named before;
//! - a lunar holiday counts only with its year, in digits or as a stem and
//!   branch ("Tết Nguyên đán 2025", "Tết Ất Tỵ").

use crate::lexicon::{
    ConnectorKind, ContextRole, CueRole, Holiday, Lexicon, Part, Phrase, PhraseList, Relative,
    Unit, NO_SYLLABLE,
};
use crate::scan::{Kind, Tok};

/// Calendar parts as written; the resolver fills in what is missing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Partial {
    pub day: Option<u8>,
    pub month: Option<u8>,
    pub year: Option<i16>,
    /// "năm ngoái" (-1), "năm nay" (0): a year relative to the anchor's.
    pub year_offset: Option<i8>,
}

/// A year as written after a day or month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Year {
    Absolute(i16),
    /// Years from the anchor's ("năm ngoái" = -1).
    Relative(i8),
    /// Not written ("trong tháng 10", "quý 3"): the anchor's, moved a year
    /// when that puts the period closer to a full anchor (as for a day/month).
    Anchor,
    /// Not written, but the period lies at or after the anchor's month
    /// ("tháng 5 tới").
    Ahead,
    /// Not written, but the period lies at or before the anchor's month
    /// ("tháng 11 vừa qua").
    Behind,
}

impl Partial {
    fn set_year(&mut self, year: Year) {
        match year {
            Year::Absolute(y) => self.year = Some(y),
            Year::Relative(o) => self.year_offset = Some(o),
            Year::Anchor | Year::Ahead | Year::Behind => {}
        }
    }
}

impl Partial {
    fn dmy(day: u32, month: u32, year: Option<u32>) -> Partial {
        Partial {
            day: Some(day as u8),
            month: Some(month as u8),
            year: year.map(|y| y as i16),
            year_offset: None,
        }
    }
}

/// Which way a bare weekday points from the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    /// The nearest such day on or before the anchor.
    Past,
    /// The nearest such day after the anchor.
    Future,
    /// That day of the Monday-based week this many weeks from the anchor's.
    Week(i32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Value {
    /// One day. `weak`: a cue-less `d/m` that may be a fraction.
    Day {
        date: Partial,
        weak: bool,
    },
    /// An inclusive range; `from` takes missing parts from `to`.
    Range {
        from: Partial,
        to: Partial,
        weak: bool,
    },
    /// The first day of such a range, as a date of its own.
    RangeStart {
        from: Partial,
        to: Partial,
        weak: bool,
    },
    /// Whole months, `first` to `last` (`first` > `last`: it starts the
    /// year before), in `year`.
    Months {
        first: u8,
        last: u8,
        year: Year,
        /// A third of the month ("cuối tháng 10"); `Whole` for a span of months.
        part: Part,
    },
    Relative {
        rel: Relative,
        /// A third of a relative month ("cuối tháng này").
        part: Part,
    },
    /// A holiday in a given year ("Tết Nguyên đán 2025", "Tết Ất Tỵ").
    Holiday {
        holiday: Holiday,
        year: Year,
        /// Days after the holiday ("mùng 3 Tết" = 2).
        after: u8,
    },
    /// A day alone ("vào ngày 10"): in the anchor's month, or (`ahead`,
    /// "ngày 10 tới") the next such day after the anchor.
    DayOfMonth {
        day: u8,
        ahead: bool,
    },
    Weekday {
        iso: u8,
        direction: Direction,
    },
    /// Lunar month 1 or 12 of a lunar year ("tháng Giêng năm Bính Ngọ"), or
    /// a day of it ("ngày 23 tháng Chạp âm lịch").
    Lunar {
        month: u8,
        day: Option<u8>,
        year: Year,
    },
    /// A part of a week named without the week ("đầu tuần", "cuối tuần"):
    /// the nearest one the sentence's tense allows.
    WeekPart {
        part: Part,
        tense: Tense,
        /// "phiên đầu tuần": a trading session, one working day.
        trading: bool,
    },
    /// From the first day of one period to the last day of another ("từ
    /// cuối tháng 9 đến đầu tháng 10", "từ thứ Hai đến thứ Tư", "từ nay đến
    /// cuối năm"); `from` takes what it leaves out from `to`.
    Between {
        from: Bound,
        to: Bound,
    },
    /// The first day of such a range, as a date of its own ("từ ngày 7/7
    /// đến nay": 7/7 of the range's year).
    BetweenStart {
        from: Bound,
        to: Bound,
    },
}

/// What the words of a sentence say of its time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    /// "đã", "vừa": it has happened.
    Past,
    /// "sẽ", "sắp": it is to come.
    Future,
    /// Neither.
    Unmarked,
    /// A named week, this many weeks from the anchor's ("tuần qua" = -1).
    Week(i32),
}

/// One end of a [`Value::Between`]: the simple values a range may join.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bound {
    /// A day with its month ("ngày 5/10").
    Day(Partial),
    Months {
        first: u8,
        last: u8,
        year: Year,
        part: Part,
    },
    /// A weekday by its ISO number.
    Weekday(u8, Direction),
    /// A part of a relative period ("cuối tháng này", "nay" = the anchor day).
    Relative(Relative, Part),
    /// A holiday in a year ("Tết Nguyên đán 2026").
    Holiday(Holiday, Year),
    /// A day alone ("ngày 21"), the next one after the anchor when `true`.
    DayOfMonth(u8, bool),
}

impl Bound {
    /// The bound as a value of its own.
    pub(crate) fn value(self) -> Value {
        match self {
            Bound::Day(date) => Value::Day { date, weak: false },
            Bound::Months {
                first,
                last,
                year,
                part,
            } => Value::Months {
                first,
                last,
                year,
                part,
            },
            Bound::Weekday(iso, direction) => Value::Weekday { iso, direction },
            Bound::Relative(rel, part) => Value::Relative { rel, part },
            Bound::DayOfMonth(day, ahead) => Value::DayOfMonth { day, ahead },
            Bound::Holiday(holiday, year) => Value::Holiday {
                holiday,
                year,
                after: 0,
            },
        }
    }
}

/// The far end of a range as read: the bound, the first token of its own
/// text when it has one, and the token after it.
#[derive(Clone, Copy, Debug)]
struct Far {
    bound: Bound,
    own: Option<usize>,
    end: usize,
}

impl Far {
    fn new(bound: Bound, end: usize) -> Far {
        Far {
            bound,
            own: None,
            end,
        }
    }
}

/// Whether a range's end is a date of its own, recorded beside the range
/// (as both ends of "28/12 - 3/1/2025" are): a day with its month, or whole
/// months with their year ("từ tháng 10/2016 đến tháng 9/2017"); not a part
/// of a period ("từ đầu năm 2017 đến nay" starts on 1 January, it says
/// nothing of January to April).
fn self_standing(bound: Bound) -> bool {
    matches!(
        bound,
        Bound::Day(_)
            | Bound::Months {
                year: Year::Absolute(_) | Year::Relative(_),
                part: Part::Whole,
                ..
            }
    )
}

/// "nay" (now) as a range bound: the anchor day.
const NOW: Bound = Bound::Relative(
    Relative {
        unit: Unit::Day,
        offset: 0,
    },
    Part::Whole,
);

/// One expression found: its byte span in the text and what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub value: Value,
    /// Said of how long something lasts ("kéo dài đến ngày 9/3"): the end of
    /// a span that began on a day named before; where that phrase starts.
    /// Such a day is found twice: as the day, and as the span's end.
    pub lasting: Option<usize>,
    /// A day stated after a step back ("Ba ngày trước đó, hôm 21-2"): an
    /// aside, like the step back itself, that "cùng ngày" does not count from.
    pub aside: bool,
}

/// How a numeric date core was written, for the precision rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// `d/m`, `d-m`, `d.m` with this separator, or with a year.
    Numeric(char),
    /// `ngày 24 tháng 1`.
    Words,
}

/// A date element: a core with month, a day alone, or a no-gap range chain.
#[derive(Clone, Copy, Debug)]
enum Element {
    Core {
        date: Partial,
        form: Form,
    },
    DayOnly(u8),
    /// `dash` is the token of the joining dash.
    Chain {
        from: Partial,
        to: Partial,
        sep: char,
        dash: usize,
    },
    Months {
        first: u8,
        last: u8,
        year: Year,
        part: Part,
    },
    Holiday {
        holiday: Holiday,
        year: Year,
        /// Days after the holiday ("mùng 3 Tết" = 2).
        after: u8,
    },
    Lunar {
        month: u8,
        day: Option<u8>,
        year: Year,
    },
}

#[derive(Clone, Copy, Debug)]
struct Parsed {
    element: Element,
    /// Token range `[first, end)`.
    first: usize,
    end: usize,
    /// First token of the text when a position word before `first` belongs
    /// to it ("cuối tháng 10", "đầu năm 2025").
    lead: usize,
}

impl Parsed {
    /// Whole months `first` to `last` of `year`, read from tokens `[j,
    /// end)`, with its text from `lead` (a position word before, or `j`).
    fn months(first: u8, last: u8, year: Year, j: usize, end: usize, lead: usize) -> Parsed {
        Parsed {
            element: Element::Months {
                first,
                last,
                year,
                part: Part::Whole,
            },
            first: j,
            end,
            lead,
        }
    }
}

/// Token ranges of a range's parts: the whole text from `text_from` to
/// `end`, and each end's own `[first, end)`.
#[derive(Clone, Copy, Debug)]
struct Ends {
    text_from: usize,
    from: (usize, usize),
    to: (usize, usize),
    end: usize,
    /// "từ" opened it: a period ("từ ngày 29/7 đến ngày 2/8"), whose ends
    /// are not dates of their own.
    period: bool,
}

/// What the words before a date said.
#[derive(Clone, Copy, Debug, Default)]
struct Prefix {
    /// Token after the prefix.
    next: usize,
    /// First token kept in the mention's text (a time of day, "ngày", a
    /// weekday), if any.
    text_from: Option<usize>,
    /// "từ": where a range's text starts.
    range_from: Option<usize>,
    cued: bool,
    /// A time of day, "hôm" or a preposition: enough to read "thứ 2" as a
    /// weekday (a bare "ngày thứ 4" is as often "the fourth day").
    strong: bool,
    /// A time of day or "hôm": enough to read "thứ hai" as a weekday.
    timely: bool,
    /// "hôm": the day lies in the past.
    past: bool,
    /// "ngày" or "mùng" among the cues.
    day_word: bool,
    /// The first of the text cues right before `next` ("tối" in "tối hôm
    /// qua"), with no preposition between.
    adjacent_text: Option<usize>,
}

const DATE_SEPARATORS: [char; 3] = ['/', '-', '.'];
const RANGE_DASHES: [char; 3] = ['-', '–', '—'];

/// Finds every date expression in `toks` (tokens of `text`).
pub(crate) fn parse(toks: &[Tok], lex: &Lexicon) -> Vec<Found> {
    let mut p = Parser {
        toks,
        lex,
        out: Vec::new(),
        last_end: usize::MAX,
    };
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let interesting = t.kind == Kind::Number || t.syllable != NO_SYLLABLE;
        match interesting.then(|| p.try_at(i)).flatten() {
            Some(next) => {
                p.last_end = next;
                i = next;
            }
            None => i += 1,
        }
    }
    p.out
}

struct Parser<'a> {
    toks: &'a [Tok],
    lex: &'a Lexicon,
    out: Vec<Found>,
    /// Token just after the last date found, to let a list continue its cue.
    last_end: usize,
}

impl Parser<'_> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// The phrase of `phrases` starting at token `i` (longest first), and
    /// the token after it. Words of a phrase are whitespace-separated, on
    /// one line.
    fn phrase_at<'p, T>(&self, i: usize, phrases: &'p [Phrase<T>]) -> Option<(&'p T, usize)> {
        let first = self.tok(i)?;
        if first.syllable == NO_SYLLABLE {
            return None;
        }
        'phrases: for p in phrases {
            for (k, &s) in p.syllables.iter().enumerate() {
                match self.tok(i + k) {
                    Some(t) if t.syllable == s && (k == 0 || (t.gap && !t.line)) => {}
                    _ => continue 'phrases,
                }
            }
            return Some((&p.meaning, i + p.syllables.len()));
        }
        None
    }

    /// [`Parser::phrase_at`] on the cues, turning away at once a word no
    /// cue starts with (most words).
    fn cue_at(&self, i: usize) -> Option<(&CueRole, usize)> {
        let first = self.tok(i)?;
        if !self.lex.may_open(first.syllable, PhraseList::Cue) {
            return None;
        }
        self.phrase_at(i, &self.lex.cues)
    }

    /// [`Parser::phrase_at`] on the relative phrases, likewise.
    fn relative_phrase_at(&self, i: usize) -> Option<(&Relative, usize)> {
        let first = self.tok(i)?;
        if !self.lex.may_open(first.syllable, PhraseList::Relative) {
            return None;
        }
        self.phrase_at(i, &self.lex.relatives)
    }

    fn context_at(&self, i: usize, role: ContextRole) -> Option<usize> {
        context_phrase_at(self.toks, self.lex, i, role)
    }

    /// Whether a context phrase of `role` ends right before token `i`.
    fn context_before(&self, i: usize, role: ContextRole) -> bool {
        (1..=2).any(|len| i >= len && self.context_at(i - len, role) == Some(i))
    }

    fn push(&mut self, start_tok: usize, end_tok: usize, value: Value) {
        let start = self.toks[start_tok].start;
        let end = self.toks[end_tok - 1].end;
        // "kéo dài đến ngày 9/3", "kéo dài tới 9/3" ("đến" is no part of a
        // day's text, but here it is of the span's).
        let lasting = matches!(value, Value::Day { weak: false, .. })
            .then(|| {
                (1..=4).find(|&len| {
                    start_tok >= len
                        && self.context_at(start_tok - len, ContextRole::Lasting) == Some(start_tok)
                })
            })
            .flatten();
        // The day stays a date of its own; the span, when it reads, is one more.
        if let Some(len) = lasting {
            self.out.push(Found {
                start,
                end,
                value,
                lasting: Some(self.toks[start_tok - len].start),
                aside: false,
            });
        }
        self.out.push(Found {
            start,
            end,
            value,
            lasting: None,
            aside: false,
        });
    }

    /// Tries every expression that can start at token `i`; returns the token
    /// after what it consumed.
    fn try_at(&mut self, i: usize) -> Option<usize> {
        if let Some(next) = self.counted_at(i) {
            return Some(next);
        }
        if let Some(next) = self.relative_at(i) {
            return Some(next);
        }
        let prefix = self.prefix_at(i);
        let j = prefix.next;
        if prefix.cued {
            if let Some(next) = self.relative_part_at(j) {
                return Some(next);
            }
            if let Some(next) = self.week_part_at(i, j, prefix.range_from) {
                return Some(next);
            }
            if let Some(next) = self.relative_at(j) {
                // "tối hôm qua": the time of day belongs to the text.
                if let (Some(from), Some(last)) = (prefix.adjacent_text, self.out.last_mut()) {
                    last.start = self.toks[from].start;
                }
                return Some(next);
            }
        }
        if let Some(next) = self.weekday_at(i, j, prefix) {
            return Some(next);
        }
        // "từ nay đến cuối năm".
        if let (Some(from), Some((_, next))) =
            (prefix.range_from, self.phrase_at(j, &self.lex.now_words))
        {
            if let Some(end) = self.between(from, None, next, NOW, true) {
                return Some(end);
            }
        }
        self.date_at(i, prefix)
    }

    /// Cue words before a date: "từ ngày", "rạng sáng", "vào chiều".
    fn prefix_at(&self, i: usize) -> Prefix {
        let mut prefix = Prefix {
            next: i,
            ..Prefix::default()
        };
        for _ in 0..3 {
            let Some((&role, next)) = self.cue_at(prefix.next) else {
                break;
            };
            if prefix.next > i
                && (self.toks[prefix.next].line || self.relative_phrase_at(prefix.next).is_some())
            {
                break;
            }
            match role {
                CueRole::From if prefix.range_from.is_none() => {
                    prefix.range_from = Some(prefix.next)
                }
                CueRole::TimeOfDay | CueRole::Day | CueRole::PastDay
                    if prefix.text_from.is_none() =>
                {
                    prefix.text_from = Some(prefix.next)
                }
                _ => {}
            }
            prefix.timely |= matches!(role, CueRole::TimeOfDay | CueRole::PastDay);
            prefix.past |= role == CueRole::PastDay;
            prefix.day_word |= role == CueRole::Day;
            prefix.adjacent_text = match role {
                CueRole::TimeOfDay | CueRole::Day | CueRole::PastDay => {
                    prefix.adjacent_text.or(Some(prefix.next))
                }
                _ => None,
            };
            prefix.strong |= matches!(
                role,
                CueRole::TimeOfDay | CueRole::PastDay | CueRole::Qualifier
            );
            prefix.cued = true;
            prefix.next = next;
        }
        // A cue ends its line ("... trong đêm" / "Sáng 21.5"): not this date's.
        if prefix.next > i && self.tok(prefix.next).is_some_and(|t| t.line) {
            return Prefix {
                next: i,
                ..Prefix::default()
            };
        }
        prefix
    }

    fn relative_at(&mut self, i: usize) -> Option<usize> {
        let (&rel, next) = self.relative_phrase_at(i)?;
        if rel.unit == Unit::Year {
            // A whole year is too coarse to be a date.
            return None;
        }
        // "hai tuần trước" is a distance, "Ligue 1 cuối tuần qua" is not.
        if rel.unit != Unit::Day && rel.unit != Unit::Weekend {
            // "hai tuần trước" is a distance; "3 tháng sau" too.
            let after_number = i > 0 && self.toks[i - 1].kind == Kind::Number;
            // "những ngày tháng này" = "these days".
            let after_day = i > 0
                && self
                    .cue_at(i - 1)
                    .is_some_and(|(r, next)| *r == CueRole::Day && next == i);
            if after_number || after_day || self.context_before(i, ContextRole::Quantity) {
                return None;
            }
        }
        // "tháng trước đó": the month before some other time.
        if self.context_at(next, ContextRole::Anaphor).is_some() {
            return None;
        }
        // "ánh sáng qua khe cửa": light through, no morning; a compound
        // word of context.tsv takes the phrase's first word.
        let compound = (1..=2).any(|len| {
            i >= len
                && self
                    .context_at(i - len, ContextRole::Compound)
                    .is_some_and(|end| end > i && end < next)
        });
        if rel.unit == Unit::Day && compound {
            return None;
        }
        if rel.unit == Unit::Day {
            if let Some(end) = self.explicit_after(next, i, None) {
                return Some(end);
            }
        }
        if matches!(rel.unit, Unit::Previous | Unit::Earlier)
            && self.context_before(i, ContextRole::Quantity)
        {
            return None;
        }
        // "quý" is also "precious" ("kim loại quý này", "khách quý tới"):
        // a relative quarter needs a cue before it or a sentence start.
        if rel.unit == Unit::Quarter && !self.opens_sentence(i) && !self.cue_before(i) {
            return None;
        }
        // "phiên cuối tuần qua": last week's Friday session.
        let value = if rel.unit == Unit::Weekend && self.session_before(i) {
            Value::WeekPart {
                part: Part::Late,
                tense: Tense::Week(rel.offset),
                trading: true,
            }
        } else {
            Value::Relative {
                rel,
                part: Part::Whole,
            }
        };
        self.push(i, next, value);
        Some(next)
    }

    /// A counted relative day ("hai ngày sau đó", "trước đó một ngày",
    /// "cách đây 3 ngày", "Một ngày sau, ..."): see `relative.tsv`. Read at
    /// the count; words before it ("cách đây") are looked back for, so only
    /// counts are tried here.
    fn counted_at(&mut self, i: usize) -> Option<usize> {
        // Most tokens are turned away here: no "ngày" / "hôm" after them.
        let next = self.tok(i + 1)?;
        if !next.gap || next.line || !self.lex.follows_count(next.syllable) {
            return None;
        }
        let n = self.count_at(i)?;
        let lex = self.lex;
        let apart = |k: usize| self.toks[k].gap && !self.toks[k].line;
        for c in &lex.counted {
            // The words after the count.
            let after_ok = c.after.iter().enumerate().all(|(k, &s)| {
                self.tok(i + 1 + k)
                    .is_some_and(|w| w.syllable == s && apart(i + 1 + k))
            });
            if !after_ok {
                continue;
            }
            let end = i + 1 + c.after.len();
            // The words before it, right before it on its line.
            let Some(start) = i.checked_sub(c.before.len()) else {
                continue;
            };
            // Not inside a date already read.
            let free = self.last_end == usize::MAX || start >= self.last_end;
            let before_ok =
                free && c.before.iter().enumerate().all(|(k, &s)| {
                    self.toks[start + k].syllable == s && (k == 0 || apart(start + k))
                }) && (c.before.is_empty() || apart(i));
            if !before_ok || (c.pause && !self.pause_at(end)) || (c.inside && !self.inside(start)) {
                continue;
            }
            // "trong hai ngày sau đó" is a span of days.
            if self.context_before(start, ContextRole::Span) {
                return None;
            }
            let rel = Relative {
                unit: c.rel.unit,
                offset: c.rel.offset * i32::from(n),
            };
            // "hai ngày trước (8/5)": the date stated is what is recorded.
            let before = self.out.len();
            if let Some(next) = self.explicit_after(end, start, None) {
                // stated after a step back, the day is an aside too
                if rel.unit == Unit::Previous && rel.offset < 0 {
                    for f in &mut self.out[before..] {
                        f.aside = true;
                    }
                }
                return Some(next);
            }
            self.push(
                start,
                end,
                Value::Relative {
                    rel,
                    part: Part::Whole,
                },
            );
            return Some(end);
        }
        None
    }

    /// A count of days at token `k`: 1-31 in digits or a count word.
    fn count_at(&self, k: usize) -> Option<u8> {
        let t = self.tok(k)?;
        // Glued to what follows ("3-4 ngày", "2,5 ngày"): no count of its own;
        // nor the end of a range ("10-15 ngày").
        if self.tok(k + 1).is_some_and(|n| !n.gap)
            || (k >= 2
                && !self.toks[k].gap
                && matches!(self.toks[k - 1].ch, '-' | '–' | ',' | '.')
                && self.toks[k - 1].kind == Kind::Punct
                && !self.toks[k - 1].gap
                && self.toks[k - 2].kind == Kind::Number)
        {
            return None;
        }
        match t.kind {
            Kind::Number if t.digits <= 2 && (1..=31).contains(&t.value) => Some(t.value as u8),
            Kind::Word => self.lex.count(t.syllable),
            _ => None,
        }
    }

    /// Whether a pause follows at token `k`: a comma, full stop, semicolon,
    /// bracket or colon, or the end of the line or text.
    fn pause_at(&self, k: usize) -> bool {
        self.tok(k).is_none_or(|t| {
            t.line || (t.kind == Kind::Punct && matches!(t.ch, ',' | '.' | ';' | '(' | ')' | ':'))
        })
    }

    /// Whether "phiên" / "phiên giao dịch" (a trading session) ends right
    /// before token `i`.
    fn session_before(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i)
            .any(|k| context_phrase_ends(self.toks, self.lex, k, i, ContextRole::Session))
    }

    /// A position word and a relative month, week or year: "cuối tháng
    /// này", "đầu tuần tới", "đầu năm nay", "giữa năm ngoái".
    fn relative_part_at(&mut self, j: usize) -> Option<usize> {
        let (part, lead) = self.part_before(j)?;
        let (&rel, next) = self.relative_phrase_at(j)?;
        if !self.toks[j].gap || self.context_at(next, ContextRole::Anaphor).is_some() {
            return None;
        }
        let value = match rel.unit {
            // "phiên đầu tuần này": this week's Monday session.
            Unit::Week if self.session_before(lead) => Value::WeekPart {
                part,
                tense: Tense::Week(rel.offset),
                trading: true,
            },
            Unit::Month | Unit::Week => Value::Relative { rel, part },
            Unit::Year => {
                let (first, last) = year_part(part);
                Value::Months {
                    first,
                    last,
                    year: Year::Relative(rel.offset as i8),
                    part: Part::Whole,
                }
            }
            _ => return None,
        };
        self.push(lead, next, value);
        Some(next)
    }

    /// A part of a week without the week: "đầu tuần" (Monday-Tuesday),
    /// "giữa tuần", "cuối tuần" (the weekend), the nearest one the tense
    /// of the sentence allows; after "phiên" (a trading session) the
    /// week's first, middle or last working day. Not a habit ("mỗi cuối
    /// tuần", "các buổi tối cuối tuần", "thường ... vào cuối tuần"), a name
    /// ("báo Cuối tuần") or another word ("bắt đầu tuần tra"); a bare
    /// weekend, often generic ("cuối tuần cả nhà đi chơi"), needs the
    /// sentence's tense or "vừa qua" after it.
    fn week_part_at(&mut self, i: usize, j: usize, range_from: Option<usize>) -> Option<usize> {
        if self.tok(j)?.syllable != self.lex.week_word {
            return None;
        }
        let (part, lead) = self.part_before(j)?;
        if lead < i || matches!(part, Part::FirstHalf | Part::SecondHalf) {
            return None;
        }
        let named = (self.toks[lead].is_capitalised() && !self.opens_sentence(lead))
            || self.toks[j].is_capitalised();
        let habitual = (lead.saturating_sub(3)..lead).any(|k| {
            self.context_at(k, ContextRole::Habitual).is_some()
                || self.toks[k].syllable == self.lex.day_word
        });
        let other_word = self.context_at(j + 1, ContextRole::WeekWord).is_some()
            || self.context_before(lead, ContextRole::WeekWord);
        let glued = self
            .tok(j + 1)
            .is_some_and(|t| !t.gap && t.kind != Kind::Punct);
        if named
            || habitual
            || other_word
            || glued
            || self.context_at(j + 1, ContextRole::Every).is_some()
            || self.sentence_has(j, ContextRole::Routine)
        {
            return None;
        }
        let mut end = j + 1;
        // "từ đầu tuần đến sáng nay": this week's start to the far end.
        if let Some(from) = range_from {
            let rel = Relative {
                unit: Unit::Week,
                offset: 0,
            };
            if let Some(next) = self.between(from, None, end, Bound::Relative(rel, part), false) {
                return Some(next);
            }
        }
        let tense = if let Some((_, next)) = self.phrase_at(end, &self.lex.past_markers) {
            end = next;
            Tense::Past
        } else if self.past_before(lead) {
            // "sẽ chi ... sau vụ tấn công xảy ra hồi đầu tuần": "hồi" right
            // before the part dates it, whatever else the sentence plans.
            Tense::Past
        } else if self.sentence_has(j, ContextRole::Future) {
            Tense::Future
        } else if self.sentence_has(j, ContextRole::Past) {
            Tense::Past
        } else {
            Tense::Unmarked
        };
        let trading = self.session_before(lead);
        if part == Part::Late && tense == Tense::Unmarked && !trading {
            return None;
        }
        self.push(
            lead,
            end,
            Value::WeekPart {
                part,
                tense,
                trading,
            },
        );
        Some(end)
    }

    /// An explicit date right after a weekday or relative day ("thứ Hai
    /// (10/10)", "hôm nay, 12/6", "sáng nay 23/6"): the words before are its
    /// cue and part of its text, and the date is what is recorded, so a
    /// wrong or shifted anchor cannot contradict what the text states.
    fn explicit_after(
        &mut self,
        after: usize,
        text_from: usize,
        range_from: Option<usize>,
    ) -> Option<usize> {
        let mut k = after;
        let mut opened = false;
        if self.tok(k).is_some_and(|t| t.is_punct('(')) {
            opened = true;
            k += 1;
        } else if self.tok(k).is_some_and(|t| t.is_punct(',')) {
            k += 1;
        }
        let inner = self.prefix_at(k);
        let parsed = self.element_at(inner.next, true)?;
        if let Element::Months {
            year: Year::Anchor | Year::Ahead | Year::Behind,
            ..
        } = parsed.element
        {
            // "Hôm nay, tháng 10 ..." is no month of its own.
            return None;
        }
        let mut end = parsed.end;
        if opened && self.tok(end).is_some_and(|t| t.is_punct(')')) {
            end += 1;
        }
        let cue = Prefix {
            next: inner.next,
            text_from: Some(text_from),
            range_from,
            cued: true,
            strong: true,
            timely: true,
            past: false,
            day_word: false,
            adjacent_text: None,
        };
        // The closing mark belongs to the date, so a range may follow it
        // ("thứ Hai (13/10) đến thứ Tư (15/10)").
        let parsed = Parsed { end, ..parsed };
        let next = self.finish(text_from, parsed, cue)?;
        if let Some(last) = self.out.last_mut() {
            last.end = last.end.max(self.toks[end - 1].end);
        }
        Some(next.max(end))
    }

    /// A weekday: either the cue of the explicit date after it ("thứ Hai
    /// (10/10)"), or a date of its own resolved from the anchor, or the
    /// start of a range ("từ thứ Hai đến thứ Tư").
    fn weekday_at(&mut self, i: usize, j: usize, prefix: Prefix) -> Option<usize> {
        let (_, after) = self.phrase_at(j, &self.lex.weekdays)?;
        if self.ordinal_weekday(j, after, prefix) {
            return None;
        }
        let text_from = prefix.text_from.unwrap_or(j);
        // An explicit date right after: the weekday is its cue.
        if let Some(next) = self.explicit_after(after, text_from, prefix.range_from) {
            return Some(next);
        }
        let (iso, direction, end) = self.bare_weekday(i, j, prefix)?;
        let from = Bound::Weekday(iso, direction);
        if let Some(range_from) = prefix.range_from {
            // "mở cửa từ thứ Hai đến thứ Sáu" is a timetable: a range of
            // weekdays is dated only by a week or the sentence's tense.
            if let Some(far) = self.bound_after(end, false) {
                let dated = matches!(far.bound, Bound::Weekday(_, Direction::Week(_)))
                    || matches!(direction, Direction::Week(_))
                    || self.sentence_has(j, ContextRole::Future)
                    || self.sentence_has(j, ContextRole::Past);
                if !dated || self.sentence_has(j, ContextRole::Routine) {
                    return Some(far.end);
                }
            }
            if let Some(next) = self.between(range_from.min(text_from), None, end, from, false) {
                return Some(next);
            }
        }
        self.push(text_from, end, from.value());
        Some(end)
    }

    /// Whether the weekday name at `j` (ending before `after`) reads as an
    /// ordinal: "thứ hai" is also "second", "thứ 4" also "fourth"; after a
    /// noun or before "của" it is one ("lần thứ 4", "kỳ họp thứ ba", "ngày
    /// thứ 4 của phiên xử"), as when glued to what follows ("thứ 6/8").
    fn ordinal_weekday(&self, j: usize, after: usize, prefix: Prefix) -> bool {
        let ordinal_like = after - j == 2 && self.toks[j].syllable == self.lex.weekday_head;
        let glued = self
            .tok(after)
            .is_some_and(|t| !t.gap && (t.kind != Kind::Punct || t.ch == '/'));
        let after_noun = !prefix.cued && j > 0 && self.toks[j - 1].kind == Kind::Word;
        let of_something = self.context_at(after, ContextRole::Ordinal).is_some();
        ordinal_like && (glued || after_noun || of_something)
    }

    /// The token after a list of weekdays continuing at `after` ("thứ 3,
    /// thứ 6", "thứ 7 và chủ nhật"), or `after` itself: a word there that
    /// makes the last a habit makes them all one ("vào thứ 3 và thứ 6 hàng
    /// tuần", "hai ngày thứ 7 và chủ nhật hàng tuần").
    fn weekday_list_end(&self, after: usize) -> usize {
        let mut end = after;
        while let Some(next) = self
            .list_connector(end)
            .and_then(|k| self.phrase_at(k, &self.lex.weekdays))
            .map(|(_, next)| next)
        {
            end = next;
        }
        end
    }

    /// "thứ 7, chủ nhật, ngày lễ", "Chiều thứ 7 và chủ nhật, đò đông
    /// khách": a weekday listed after one that read as no date (a habit, a
    /// generic day) is none either. Bench corpus (news2017): 8 of the 10
    /// listed second weekdays were generic; the others come with a week
    /// ("thứ Bảy và Chủ nhật tuần này") or a date, and are read with it.
    fn after_undated_weekday(&self, i: usize) -> bool {
        let Some(k) = i.checked_sub(1) else {
            return false;
        };
        let connector = (k.saturating_sub(1)..=k).find(|&c| self.list_connector(c) == Some(i));
        let Some(c) = connector else {
            return false;
        };
        let weekday_end = (c.saturating_sub(3)..c).find(|&w| {
            self.phrase_at(w, &self.lex.weekdays)
                .is_some_and(|(_, e)| e == c)
        });
        let Some(w) = weekday_end else {
            return false;
        };
        let end_byte = self.toks[c - 1].end;
        let start_byte = self.toks[w].start;
        !self
            .out
            .iter()
            .any(|f| f.end >= end_byte && f.start <= start_byte)
    }

    /// "ngày thứ 2", "đêm thứ 2", "hôm thứ 3": after a word that counts
    /// days, a weekday in digits (at `j`, ending before `after`) is an
    /// ordinal ("bước vào ngày thứ 2" = the second day of the exams, "mở
    /// đầu cho đêm thứ 2 Lễ hội pháo hoa") unless a word of the calendar
    /// week follows ("hôm thứ 7 vừa qua", "đêm thứ 6 tuần trước", "ngày thứ
    /// 2 tới"). Bench corpus (news2017): the 15 it drops were all wrong (9
    /// ordinals, 4 a show named "Hà Nội đêm thứ 7", 2 generic nights).
    fn counted_day(&self, j: usize, after: usize) -> bool {
        if !self.context_before(j, ContextRole::DayCount) {
            return false;
        }
        let week_word = self
            .relative_phrase_at(after)
            .is_some_and(|(r, _)| r.unit == Unit::Week)
            || self.context_at(after, ContextRole::Next).is_some()
            || self.phrase_at(after, &self.lex.past_markers).is_some();
        !week_word
    }

    /// A bare weekday at `j` (after `prefix`, which starts at `i`): its ISO
    /// number, which way it points from the anchor, and the token after.
    fn bare_weekday(&self, i: usize, j: usize, prefix: Prefix) -> Option<(u8, Direction, usize)> {
        let (&iso, after) = self.phrase_at(j, &self.lex.weekdays)?;
        if self.ordinal_weekday(j, after, prefix) {
            return None;
        }
        let ordinal_like = after - j == 2 && self.toks[j].syllable == self.lex.weekday_head;
        // A capitalised "thứ Hai" after a cue or not after another word
        // ("Kỳ họp thứ Ba" is the third session), or "thứ 2" after a time
        // of day, "hôm" or a preposition; never a repeated day.
        if ordinal_like {
            let number = &self.toks[j + 1];
            let ok = match number.kind {
                Kind::Word => {
                    prefix.timely
                        || number.is_capitalised()
                            && (prefix.cued || j == 0 || self.toks[j - 1].kind != Kind::Word)
                }
                _ => prefix.strong && !self.counted_day(j, after),
            };
            if !ok {
                return None;
            }
        }
        let before_number = i > 0 && self.toks[i - 1].kind == Kind::Number;
        if self.after_undated_weekday(i) {
            return None;
        }
        let habitual = (i.saturating_sub(2)..j)
            .any(|k| self.context_at(k, ContextRole::Habitual).is_some())
            || self
                .context_at(self.weekday_list_end(after), ContextRole::Habitual)
                .is_some();
        if before_number || habitual {
            return None;
        }
        let mut end = after;
        let direction = if let Some((rel, next)) = self
            .relative_phrase_at(after)
            .filter(|(r, _)| r.unit == Unit::Week)
        {
            end = next;
            Direction::Week(rel.offset)
        } else if let Some(next) = self
            .context_at(after, ContextRole::Next)
            .filter(|_| !self.range_follows(after))
        {
            end = next;
            Direction::Future
        } else if !prefix.past && self.sentence_has(j, ContextRole::Future) {
            // "hôm thứ Hai" is past whatever the sentence says.
            Direction::Future
        } else {
            Direction::Past
        };
        Some((iso, direction, end))
    }

    /// A range from `from` (read up to token `k`, its own text from `own`)
    /// to a bound after a range connector at `k`; records it with its text
    /// from `text_from`, and each end that is a date of its own (see
    /// [`self_standing`]). `from_now`: the range starts at "nay", so a bare
    /// "cuối năm" / "cuối tháng" / "cuối tuần" is the anchor's and a
    /// yearless month lies ahead.
    fn between(
        &mut self,
        text_from: usize,
        own: Option<usize>,
        k: usize,
        from: Bound,
        from_now: bool,
    ) -> Option<usize> {
        let Far {
            bound: to,
            own: to_own,
            end,
        } = self.bound_after(k, from_now)?;
        // "từ cuối tháng 5 đến đầu tháng 6 hằng năm" recurs: no date.
        if let Some(next) = self.context_at(end, ContextRole::Every) {
            return Some(next);
        }
        let end = self.clock_note(end);
        if let Some(own) = own.filter(|_| self_standing(from)) {
            // A day takes its year from the range; months have their own.
            let value = match from {
                Bound::Day(_) => Value::BetweenStart { from, to },
                _ => from.value(),
            };
            self.push(own, k, value);
        }
        if let Some(to_own) = to_own.filter(|_| self_standing(to)) {
            self.push(to_own, end, to.value());
        }
        self.push(text_from, end, Value::Between { from, to });
        Some(end)
    }

    /// A relative period after a position word or "hết" at token `j`, as a
    /// range's far end: "cuối tháng này", "giữa năm sau", and, after "từ
    /// nay" (`from_now`), the anchor's own "cuối năm" / "cuối tháng" /
    /// "cuối tuần".
    fn period_bound(&self, j: usize, part: Part, from_now: bool) -> Option<Far> {
        if let Some((&rel, next)) = self.relative_phrase_at(j) {
            let bound = match rel.unit {
                Unit::Month | Unit::Week => Bound::Relative(rel, part),
                Unit::Year => {
                    let (first, last) = year_part(part);
                    Bound::Months {
                        first,
                        last,
                        year: Year::Relative(rel.offset as i8),
                        part: Part::Whole,
                    }
                }
                _ => return None,
            };
            return self
                .context_at(next, ContextRole::Anaphor)
                .is_none()
                .then_some(Far::new(bound, next));
        }
        let word = self.tok(j)?.syllable;
        // "đến hết năm 2025", "đến cuối năm 2025" (not "đến trước năm 2017").
        let through = part != Part::Whole || self.toks[j - 1].syllable == self.lex.through_word;
        if let Some((year, end)) = self
            .year_after(j)
            .filter(|_| word == self.lex.year_word && through)
        {
            let (first, last) = year_part(part);
            let bound = Bound::Months {
                first,
                last,
                year,
                part: Part::Whole,
            };
            return Some(Far::new(bound, end));
        }
        let bare = from_now
            && self
                .tok(j + 1)
                .is_none_or(|t| t.line || t.kind == Kind::Punct || (t.gap && t.kind == Kind::Word))
            && self.month_number(j + 1).is_none();
        if !bare {
            return None;
        }
        let bound = if word == self.lex.year_word {
            let (first, last) = year_part(part);
            Bound::Months {
                first,
                last,
                year: Year::Relative(0),
                part: Part::Whole,
            }
        } else if word == self.lex.month_word || word == self.lex.week_word {
            let unit = if word == self.lex.month_word {
                Unit::Month
            } else {
                Unit::Week
            };
            Bound::Relative(Relative { unit, offset: 0 }, part)
        } else {
            return None;
        };
        Some(Far::new(bound, j + 1))
    }

    /// Whether a range connector at token `k` ("tới", "đến") leads to a
    /// range's far end ("tháng 9 tới nay", "thứ Hai tới thứ Tư") rather
    /// than meaning "coming" ("tháng 9 tới"). Looks one word ahead only.
    fn range_follows(&self, k: usize) -> bool {
        let Some(after) = self.range_connector(k) else {
            return false;
        };
        let Some(t) = self.tok(after) else {
            return false;
        };
        t.kind == Kind::Number
            || [
                self.lex.month_word,
                self.lex.day_word,
                self.lex.through_word,
                self.lex.quarter_word,
            ]
            .contains(&t.syllable)
            || self.lex.part(t.syllable).is_some()
            || self.phrase_at(after, &self.lex.now_words).is_some()
            || self.phrase_at(after, &self.lex.weekdays).is_some()
    }

    /// A range connector at token `k` and the far end of a range after it:
    /// the bound, the token after it and, for a day with its month, the
    /// first token of its own text ("từ cuối tháng 9 đến ngày 5/10").
    fn bound_after(&self, k: usize, from_now: bool) -> Option<Far> {
        let after = self.range_connector(k)?;
        let not_anaphor = |next: usize| self.context_at(next, ContextRole::Anaphor).is_none();
        // "đến cuối tuần này", "đến tháng sau".
        if let Some((&rel, next)) = self.relative_phrase_at(after) {
            return match rel.unit {
                Unit::Day | Unit::Week | Unit::Weekend | Unit::Month | Unit::Quarter
                    if not_anaphor(next) =>
                {
                    let part = Part::Whole;
                    Some(Far::new(Bound::Relative(rel, part), next))
                }
                _ => None,
            };
        }
        // "đến nay", "đến hiện nay".
        if let Some((_, next)) = self.phrase_at(after, &self.lex.now_words) {
            return Some(Far::new(NOW, next));
        }
        let inner = self.prefix_at(after);
        let j = inner.next;
        if j > after || (j > 0 && self.toks[j - 1].syllable == self.lex.through_word) {
            // "đến cuối tháng này", "đến hết năm nay", "từ nay đến cuối năm".
            let part = self.part_before(j).map_or(Part::Whole, |(p, _)| p);
            if let Some(found) = self.period_bound(j, part, from_now) {
                return Some(found);
            }
        }
        // The connector is a cue of its own, like "đến" before a date.
        let cued = Prefix {
            cued: true,
            strong: true,
            ..inner
        };
        if let Some((iso, direction, end)) = self.bare_weekday(after, j, cued) {
            let direction = match direction {
                Direction::Past if from_now => Direction::Future,
                d => d,
            };
            return Some(Far::new(Bound::Weekday(iso, direction), end));
        }
        let parsed = self.element_at(j, true)?;
        let bound = match parsed.element {
            Element::Core { date, .. } => Bound::Day(date),
            Element::Months {
                first,
                last,
                year,
                part,
            } => Bound::Months {
                first,
                last,
                // "từ nay đến tháng 3": the coming March.
                year: match year {
                    Year::Anchor if from_now => Year::Ahead,
                    y => y,
                },
                part,
            },
            Element::Holiday {
                holiday,
                year,
                after: 0,
            } => Bound::Holiday(holiday, year),
            // "từ nay tới ngày 21": the coming 21st.
            Element::DayOnly(day)
                if inner.day_word && j > 0 && self.toks[j - 1].syllable == self.lex.day_word =>
            {
                Bound::DayOfMonth(day, from_now)
            }
            _ => return None,
        };
        Some(Far {
            bound,
            own: (parsed.lead == parsed.first).then(|| inner.text_from.unwrap_or(parsed.first)),
            end: parsed.end,
        })
    }

    /// Whether the sentence around token `i` holds a phrase of `role`.
    fn sentence_has(&self, i: usize, role: ContextRole) -> bool {
        // Bounded, so a huge unpunctuated text stays linear.
        const REACH: usize = 80;
        let ends = |t: &Tok| t.kind == Kind::Punct && matches!(t.ch, '.' | '!' | '?');
        let mut a = i;
        while a > 0 && i - a < REACH && !ends(&self.toks[a - 1]) && !self.toks[a].line {
            a -= 1;
        }
        let mut k = a;
        while k < self.toks.len()
            && k < i + REACH
            && !(k > a && (self.toks[k].line || ends(&self.toks[k - 1])))
        {
            if self.context_at(k, role).is_some() {
                return true;
            }
            k += 1;
        }
        false
    }

    /// A date expression at `i` (after `prefix`): one date, a range or a list.
    fn date_at(&mut self, i: usize, prefix: Prefix) -> Option<usize> {
        let j = prefix.next;
        let first = self.element_at(j, prefix.cued)?;
        let text_from = prefix.text_from.unwrap_or(j);
        if !prefix.cued && (self.blocked(i) || self.ratio_after_percent(i)) {
            return None;
        }
        // "với tỷ số tới 6-1", "chiếm đến 12/5": "tới" / "đến" after a
        // blocker is a degree word ("as much as"), no cue of a date.
        if prefix.cued && self.blocked(i) && self.range_connector(i) == Some(j) {
            return None;
        }
        self.finish(text_from, first, prefix)
    }

    /// "Giao bóng 2 ăn điểm 46% (12/26) 67% (4/6)": a proper fraction in
    /// brackets right after a percentage is the count behind it, not a day
    /// and month ("tăng 5% (20/6)" stays a date).
    fn ratio_after_percent(&self, i: usize) -> bool {
        let proper = match (self.tok(i), self.tok(i + 1), self.tok(i + 2)) {
            (Some(a), Some(sep), Some(b)) => {
                a.kind == Kind::Number
                    && sep.is_punct('/')
                    && b.kind == Kind::Number
                    && a.value <= b.value
            }
            _ => false,
        };
        proper && i >= 2 && self.toks[i - 1].is_punct('(') && self.toks[i - 2].is_punct('%')
    }

    /// Having read a first element, reads a range or list continuing it and
    /// records what was found. `text_from` is the first token of the text.
    fn finish(&mut self, text_from: usize, first: Parsed, prefix: Prefix) -> Option<usize> {
        let cued = prefix.cued || self.continues_list(first.first);
        let text_cued = prefix.text_from.is_some();
        let range_text_from = prefix.range_from.map_or(text_from, |f| f.min(text_from));
        match first.element {
            Element::Months {
                first: from,
                last,
                year,
                part,
            } => {
                // "vào tháng 10 hằng năm" recurs: no date.
                if let Some(next) = self.context_at(first.end, ContextRole::Every) {
                    return Some(next);
                }
                let text_from = range_text_from.min(text_from).min(first.lead);
                let bound = Bound::Months {
                    first: from,
                    last,
                    year,
                    part,
                };
                // A position word before makes it a part ("đầu năm 2017").
                let own = (first.lead == first.first).then_some(first.first);
                if let Some(next) = self.between(text_from, own, first.end, bound, false) {
                    return Some(next);
                }
                let end = self.clock_note(first.end);
                self.push(
                    text_from,
                    end,
                    Value::Months {
                        first: from,
                        last,
                        year,
                        part,
                    },
                );
                Some(end)
            }
            Element::Holiday {
                holiday,
                year,
                after,
            } => {
                let text_from = range_text_from.min(text_from);
                self.push(
                    text_from,
                    first.end,
                    Value::Holiday {
                        holiday,
                        year,
                        after,
                    },
                );
                Some(first.end)
            }
            Element::Lunar { month, day, year } => {
                let text_from = range_text_from.min(text_from).min(first.lead);
                self.push(text_from, first.end, Value::Lunar { month, day, year });
                Some(first.end)
            }
            Element::Chain {
                from,
                to,
                sep,
                dash,
            } => {
                // "2-1-3" style chains without a cue are scores, not dates.
                if !cued && sep != '/' && to.year.is_none() {
                    return None;
                }
                if !self.loose_ok(text_cued, &to, sep, first.end) {
                    return None;
                }
                let weak = weak_day_month(&to, cued);
                let end = self.clock_note(first.end);
                let ends = Ends {
                    text_from: range_text_from,
                    from: (text_from, dash),
                    to: (dash + 1, first.end),
                    end,
                    period: prefix.range_from.is_some(),
                };
                self.range(ends, from, to, weak);
                Some(end)
            }
            Element::Core { date, form } => {
                // "hoạt động 24/7": a cue-less idiom, not a day.
                let idiom = !cued
                    && date.year.is_none()
                    && date
                        .day
                        .zip(date.month)
                        .is_some_and(|pair| self.lex.idioms.contains(&pair));
                if idiom {
                    return None;
                }
                let bare_ok = cued || date.year.is_some() || form == Form::Numeric('/');
                if let Some((second, to_from, to_end, to_sep)) =
                    self.range_end(self.clock_note(first.end))
                {
                    if !bare_ok || !self.loose_ok(text_cued, &second, to_sep, to_end) {
                        return None;
                    }
                    let weak = weak_day_month(&second, cued || date.year.is_some());
                    let end = self.clock_note(to_end);
                    let ends = Ends {
                        text_from: range_text_from,
                        from: (text_from, first.end),
                        to: (to_from, to_end),
                        end,
                        period: prefix.range_from.is_some(),
                    };
                    self.range(ends, date, second, weak);
                    return Some(end);
                }
                // "từ 1/7 đến nay", "từ ngày 5/10 đến cuối tháng 10".
                if cued || date.year.is_some() {
                    let from = Bound::Day(date);
                    let own = Some(text_from);
                    if let Some(next) = self.between(range_text_from, own, first.end, from, false) {
                        return Some(next);
                    }
                }
                let sep = match form {
                    Form::Numeric(c) => c,
                    Form::Words => '/',
                };
                if !bare_ok || !self.loose_ok(text_cued, &date, sep, first.end) {
                    return None;
                }
                let weak = date.year.is_none() && weak_day_month(&date, cued);
                let end = self.clock_note(first.end);
                self.push(text_from, end, Value::Day { date, weak });
                Some(end)
            }
            Element::DayOnly(day) => {
                if let Some((second, _, end, to_sep)) = self.range_end(first.end) {
                    let weak = weak_day_month(&second, cued);
                    if !cued && weak || !self.loose_ok(text_cued, &second, to_sep, end) {
                        return None;
                    }
                    let end_tok = self.clock_note(end);
                    let from = Partial {
                        day: Some(day),
                        ..Partial::default()
                    };
                    self.push(
                        range_text_from,
                        end_tok,
                        Value::Range {
                            from,
                            to: second,
                            weak,
                        },
                    );
                    return Some(end_tok);
                }
                if cued {
                    if let Some(next) = self.list(text_from, first.end, day) {
                        return Some(next);
                    }
                }
                // "từ ngày 10 đến ngày 12", "từ ngày 20 đến cuối tháng 6":
                // "ngày" before the day ("từ 3 đến 5 người" is a count).
                let day_word =
                    first.first > 0 && self.toks[first.first - 1].syllable == self.lex.day_word;
                if prefix.range_from.is_some() && day_word {
                    let from = Bound::DayOfMonth(day, false);
                    if let Some(next) = self.between(range_text_from, None, first.end, from, false)
                    {
                        return Some(next);
                    }
                }
                self.day_of_month(text_from, first.end, day, prefix)
            }
        }
    }

    /// Whether a date cue ("trong", "vào", "từ") ends right before token `i`.
    fn cue_before(&self, i: usize) -> bool {
        (1..=2).any(|len| i >= len && self.cue_at(i - len).is_some_and(|(_, next)| next == i))
    }

    /// Whether token `k` starts a sentence, a line or a bracket.
    /// Whether token `k` stands inside its sentence: it does not open the
    /// sentence, nor a clause after a comma unless the sentence named a
    /// day before it ("hôm 14-7, một ngày sau khi ...": the day named is
    /// the sentence's own; "Tuy nhiên, hai ngày sau khi ..." is not told).
    fn inside(&self, k: usize) -> bool {
        if self.opens_sentence(k) {
            return false;
        }
        let before = &self.toks[k - 1];
        if !(before.kind == Kind::Punct && before.ch == ',') {
            return true;
        }
        let mut first = k - 1;
        while !self.opens_sentence(first) {
            first -= 1;
        }
        let sentence_start = self.toks[first].start;
        self.out.last().is_some_and(|f| f.start >= sentence_start)
    }

    fn opens_sentence(&self, k: usize) -> bool {
        k == 0 || {
            let before = &self.toks[k - 1];
            self.toks[k].line
                || matches!(before.ch, '.' | '(' | '!' | '?' | ':' | '"' | '“')
                    && before.kind == Kind::Punct
        }
    }

    /// "vào ngày 10", "ngày 10 tới", "Ngày 10, ...": a day alone after
    /// "ngày", with a preposition or time of day before it, "tới"/"này"
    /// after it, or opening a sentence before a comma.
    fn day_of_month(
        &mut self,
        text_from: usize,
        end: usize,
        day: u8,
        prefix: Prefix,
    ) -> Option<usize> {
        let number = end - 1;
        if !prefix.day_word || number == 0 {
            return None;
        }
        // "ngày 4", or "ngày mùng 4": "mùng" after "ngày" names the same
        // day of the month (alone, "mùng 4" is mostly a lunar day).
        let after_day_word = |k: usize| self.toks[k].syllable == self.lex.day_word;
        let day_word = after_day_word(number - 1)
            || (number >= 2
                && after_day_word(number - 2)
                && self
                    .cue_at(number - 1)
                    .is_some_and(|(role, next)| *role == CueRole::Day && next == number));
        if !day_word {
            return None;
        }
        let after = self.tok(end);
        // "ngày 18 - 5", "ngày 18 . 5": a spaced-out day/month, not a day alone.
        let spaced_date = after.is_some_and(|t| {
            t.kind == Kind::Punct
                && (RANGE_DASHES.contains(&t.ch) || DATE_SEPARATORS.contains(&t.ch))
                && self.tok(end + 1).is_some_and(|n| n.kind == Kind::Number)
        });
        if spaced_date {
            return None;
        }
        let followed_by_period_word = after
            .is_some_and(|t| t.syllable == self.lex.month_word || t.syllable == self.lex.year_word)
            || self.context_at(end, ContextRole::Unit).is_some()
            || self.context_at(end, ContextRole::Habitual).is_some()
            || self.lunar_after(end)
            // "ngày mùng 6 Tết": a day of the lunar new year
            || after.is_some_and(|t| self.lex.holidays.iter().any(|h| h.syllables[0] == t.syllable));
        if followed_by_period_word {
            return None;
        }
        if let Some(next) = self.context_at(end, ContextRole::Next) {
            self.push(text_from, next, Value::DayOfMonth { day, ahead: true });
            return Some(next);
        }
        let opens_sentence = self.opens_sentence(text_from);
        let ok = prefix.strong
            || self.context_at(end, ContextRole::Follower).is_some()
            || (opens_sentence && after.is_some_and(|t| t.is_punct(',')));
        if !ok {
            return None;
        }
        self.push(text_from, end, Value::DayOfMonth { day, ahead: false });
        Some(end)
    }

    /// Without a text cue (a time of day, "ngày", a weekday), a yearless
    /// ascending pair that could be a quantity ("từ 2-3 phòng", "từ 1/8 đến
    /// 1/4 lượng kem") must not run on into a lower-case word outside the
    /// date vocabulary.
    fn loose_ok(&self, text_cued: bool, date: &Partial, sep: char, end: usize) -> bool {
        // A descending pair is no quantity range; "3-1" may still be a score.
        let descending = date.day > date.month && (sep == '/' || date.day >= Some(10));
        if text_cued || date.year.is_some() || descending {
            return true;
        }
        match self.tok(end) {
            None => true,
            Some(t) if t.line => true,
            Some(t) => match t.kind {
                Kind::Punct => true,
                Kind::Number => false,
                // A capital starts a name or an unpunctuated new sentence.
                Kind::Word => t.is_capitalised() || self.date_word_at(end),
            },
        }
    }

    /// Whether token `k` starts a word of the date vocabulary that may follow
    /// a date ("và", "đến", "sáng", "tới", "sẽ"), as opposed to a noun.
    fn date_word_at(&self, k: usize) -> bool {
        self.cue_at(k).is_some()
            || self.phrase_at(k, &self.lex.connectors).is_some()
            || self.relative_phrase_at(k).is_some()
            || self.phrase_at(k, &self.lex.weekdays).is_some()
            || self.context_at(k, ContextRole::Next).is_some()
            || self.context_at(k, ContextRole::Future).is_some()
            || self.context_at(k, ContextRole::Follower).is_some()
    }

    /// Records a range; when its start is a full date of its own
    /// ("31/1/1950-31/1/2025", "9/10 - 11/10"), both ends are dates too,
    /// unless "từ" makes it one period ("từ ngày 28/12 đến ngày 3/1/2025").
    fn range(&mut self, ends: Ends, from: Partial, to: Partial, weak: bool) {
        if from.month.is_some() && !ends.period {
            self.push(
                ends.from.0,
                ends.from.1,
                Value::RangeStart { from, to, weak },
            );
            self.push(ends.to.0, ends.to.1, Value::Day { date: to, weak });
        }
        self.push(ends.text_from, ends.end, Value::Range { from, to, weak });
    }

    /// "ngày 9 và 10/10", "ngày 8, 9 và 10/6": days sharing the last one's month.
    fn list(&mut self, text_from: usize, first_end: usize, first_day: u8) -> Option<usize> {
        let mut days: [(usize, usize, u8); 8] = [(0, 0, 0); 8];
        days[0] = (text_from, first_end, first_day);
        let mut n = 1;
        let mut k = first_end;
        while n < days.len() {
            k = self.list_connector(k)?;
            let inner = self.prefix_at(k);
            let parsed = self.element_at(inner.next, true)?;
            match parsed.element {
                Element::DayOnly(d) => {
                    days[n] = (parsed.first, parsed.end, d);
                    n += 1;
                    k = parsed.end;
                }
                Element::Core { date, .. } => {
                    // Days in a row are one span: "ngày 23 và 24-1", "trong
                    // hai ngày 5 và 6-10", "các ngày 8, 9 và 10/6".
                    let in_a_row = days[..n]
                        .windows(2)
                        .all(|w| w[1].2 == w[0].2.saturating_add(1))
                        && date.day == Some(days[n - 1].2.saturating_add(1));
                    if in_a_row {
                        let from = Partial {
                            day: Some(days[0].2),
                            ..date
                        };
                        let end = self.clock_note(parsed.end);
                        self.push(
                            text_from,
                            end,
                            Value::Range {
                                from,
                                to: date,
                                weak: false,
                            },
                        );
                        return Some(end);
                    }
                    for &(s, e, d) in &days[..n] {
                        let member = Partial {
                            day: Some(d),
                            ..date
                        };
                        self.push(
                            s,
                            e,
                            Value::Day {
                                date: member,
                                weak: false,
                            },
                        );
                    }
                    let end = self.clock_note(parsed.end);
                    self.push(parsed.first, end, Value::Day { date, weak: false });
                    return Some(end);
                }
                _ => return None,
            }
        }
        None
    }

    fn list_connector(&self, k: usize) -> Option<usize> {
        let t = self.tok(k)?;
        if t.line {
            return None;
        }
        if t.kind == Kind::Punct {
            return self
                .lex
                .punct_connectors
                .iter()
                .any(|&(c, kind)| c == t.ch && kind == ConnectorKind::List)
                .then_some(k + 1);
        }
        self.phrase_at(k, &self.lex.connectors)
            .filter(|(kind, _)| **kind == ConnectorKind::List)
            .map(|(_, next)| next)
    }

    /// A range connector and a date with a month after token `k`: the date's
    /// parts, the first token of its text, the token after it and its
    /// separator (`/` for the word form).
    fn range_end(&self, k: usize) -> Option<(Partial, usize, usize, char)> {
        let after = self.range_connector(k)?;
        let inner = self.prefix_at(after);
        let parsed = self
            .element_at(inner.next, true)
            .or_else(|| self.dated_weekday(inner.next))?;
        match parsed.element {
            Element::Core { date, form } => {
                let sep = match form {
                    Form::Numeric(c) => c,
                    Form::Words => '/',
                };
                Some((
                    date,
                    inner.text_from.unwrap_or(parsed.lead),
                    parsed.end,
                    sep,
                ))
            }
            _ => None,
        }
    }

    /// A weekday and the date it names: "thứ Tư (15/10)", "thứ Tư, 15/10";
    /// the date, with its text from the weekday.
    fn dated_weekday(&self, j: usize) -> Option<Parsed> {
        let (_, mut k) = self.phrase_at(j, &self.lex.weekdays)?;
        let opened = self.tok(k).is_some_and(|t| t.is_punct('('));
        if opened || self.tok(k).is_some_and(|t| t.is_punct(',')) {
            k += 1;
        }
        let inner = self.prefix_at(k);
        let parsed = self.element_at(inner.next, true)?;
        let Element::Core { .. } = parsed.element else {
            return None;
        };
        let mut end = parsed.end;
        if opened {
            end += usize::from(self.tok(end).is_some_and(|t| t.is_punct(')')));
        }
        Some(Parsed {
            end,
            lead: j,
            ..parsed
        })
    }

    /// Whether the date at token `first` continues the last one found
    /// through list or range punctuation ("29/4, 20/5 và 27/5").
    fn continues_list(&self, first: usize) -> bool {
        if self.last_end > first || first - self.last_end > 3 {
            return false;
        }
        let mut k = self.last_end;
        while k < first {
            let t = &self.toks[k];
            let punct = t.kind == Kind::Punct
                && (matches!(t.ch, ',' | '&' | ')' | '(' | ';') || RANGE_DASHES.contains(&t.ch));
            if let Some(next) = self.list_connector(k).filter(|_| !punct) {
                k = next;
                continue;
            }
            if !punct {
                return false;
            }
            k += 1;
        }
        true
    }

    /// "từ 1-1,3 kg", "từ 2-2,5 năm": a dash or dot pair whose second
    /// number runs on into a decimal comma is a quantity range ("1 to 1.3"),
    /// not a day and month. The pair starts at token `j` and ends before
    /// `end`; a list of dates written without spaces ("18-5,19-5") goes on
    /// with another separator, and a slash pair is left alone.
    fn decimal_tail(&self, j: usize, end: usize) -> bool {
        let dash_or_dot = self
            .tok(j + 1)
            .is_some_and(|t| t.kind == Kind::Punct && t.ch != '/');
        let comma = self.tok(end).is_some_and(|t| t.is_punct(','));
        let decimals = self
            .tok(end + 1)
            .filter(|t| !t.gap && t.kind == Kind::Number && t.digits <= 2);
        let next_pair = self.tok(end + 2).is_some_and(|t| {
            !t.gap
                && t.kind == Kind::Punct
                && (DATE_SEPARATORS.contains(&t.ch) || RANGE_DASHES.contains(&t.ch))
        });
        end == j + 3 && dash_or_dot && comma && decimals.is_some() && !next_pair
    }

    /// A blocker word right before token `i` ("số 24/2025", "chiếm 1/3").
    fn blocked(&self, i: usize) -> bool {
        self.context_before(i, ContextRole::Blocker)
    }

    /// "(giờ địa phương)" or "(thứ Tư)" after a date belongs to its text.
    fn clock_note(&self, end: usize) -> usize {
        if !self.tok(end).is_some_and(|t| t.is_punct('(')) {
            return end;
        }
        // "ngày 15/10 (thứ Tư)": the weekday names the same day.
        if let Some((_, after)) = self.phrase_at(end + 1, &self.lex.weekdays) {
            return match self.tok(after) {
                Some(t) if t.is_punct(')') => after + 1,
                _ => end,
            };
        }
        if self.context_at(end + 1, ContextRole::Clock).is_none() {
            return end;
        }
        (end + 2..(end + 10).min(self.toks.len()))
            .find(|&k| self.toks[k].is_punct(')'))
            .map_or(end, |k| k + 1)
    }

    /// A date element at token `j`: a numeric core or chain, "ngày 24 tháng
    /// 1 năm 2025", "tháng 10/2025", or (when `cued`) a day alone.
    fn element_at(&self, j: usize, cued: bool) -> Option<Parsed> {
        let t = self.tok(j)?;
        if t.kind == Kind::Word && t.syllable == self.lex.month_word {
            // "tháng 6 và tháng 9": the second continues the list.
            return self
                .month_at(j, cued || self.continues_list(j))
                .or_else(|| self.lunar_month_at(j));
        }
        if t.kind == Kind::Word && t.syllable == self.lex.quarter_word {
            return self.quarter_at(j);
        }
        if t.kind == Kind::Word && t.syllable == self.lex.year_word {
            return self.year_part_at(j);
        }
        if let Some(p) = self.listed_quarter_at(j) {
            return Some(p);
        }
        if let Some(p) = self.holiday_at(j) {
            return Some(p);
        }
        if t.kind == Kind::Word {
            return self
                .months_of_year_at(j)
                .or_else(|| self.english_date_at(j));
        }
        if t.kind != Kind::Number {
            return None;
        }
        if let Some(p) = self.day_english_month_at(j) {
            return Some(p);
        }
        // Glued to what is before: part of a code or a bigger number.
        if !t.gap && j > 0 {
            let prev = &self.toks[j - 1];
            if prev.kind != Kind::Punct || matches!(prev.ch, '/' | '-' | '.' | ',' | ':' | '+') {
                return None;
            }
        }
        if let Some(p) = self.words_at(j) {
            return (!self.lunar_after(p.end)).then_some(p);
        }
        if let Some(p) = self.months_of_year_at(j) {
            return Some(p);
        }
        if let Some(p) = self.day_of_tet_at(j) {
            return Some(p);
        }
        let (parts, seps, n, mut end) = self.chain_at(j);
        // What follows must not glue on either: "10/10/QĐ", "2/3km", "10%".
        if let Some(next) = self.tok(end) {
            if !next.gap {
                let glued = match next.kind {
                    Kind::Word | Kind::Number => true,
                    Kind::Punct => {
                        matches!(next.ch, '%' | '/')
                            || (DATE_SEPARATORS.contains(&next.ch)
                                && self
                                    .tok(end + 1)
                                    .is_some_and(|a| !a.gap && a.kind != Kind::Punct))
                            || self.decimal_tail(j, end)
                    }
                };
                if glued {
                    return None;
                }
            }
        }
        // "ngày 19-20 tháng 6": two days joined by a dash, the month in words.
        if n == 2 && RANGE_DASHES.contains(&seps[0]) && cued {
            if let Some(p) = self.day_range_in_words(j, parts[0], end) {
                return Some(p);
            }
        }
        let element = if n == 1 {
            let d = parts[0];
            // A day alone needs a cue, or a dash to a date after it ("17 - 18/6").
            let dash_after = self
                .tok(end)
                .is_some_and(|t| t.kind == Kind::Punct && RANGE_DASHES.contains(&t.ch));
            if !((cued || dash_after) && d.1 <= 2 && (1..=31).contains(&d.0)) {
                return None;
            }
            Element::DayOnly(d.0 as u8)
        } else {
            match interpret_chain(&parts[..n], &seps[..n - 1])? {
                Element::Chain {
                    from,
                    to,
                    sep,
                    dash,
                } => Element::Chain {
                    from,
                    to,
                    sep,
                    // From the separator's index to its token.
                    dash: j + 2 * dash + 1,
                },
                other => other,
            }
        };
        let element = match element {
            // "ngày 10/10 năm 2025".
            Element::Core { mut date, form } if date.year.is_none() => {
                let year = self
                    .year_after(end)
                    .filter(|_| self.toks[end].kind == Kind::Word);
                // "trong 3-5 năm tới", "17-18 năm nay": with no day's cue
                // before it (a time of day, "ngày", "hôm"), a dashed pair
                // before a year the text counts from is a range of years (or
                // a quantity), not a day and a month
                let day_cue = (j.saturating_sub(3)..j).any(|k| {
                    self.cue_at(k).is_some_and(|(role, next)| {
                        next == j
                            && matches!(role, CueRole::TimeOfDay | CueRole::Day | CueRole::PastDay)
                    })
                });
                if !day_cue
                    && form != Form::Numeric('/')
                    && matches!(year, Some((Year::Relative(_), _)))
                {
                    return None;
                }
                if let Some((y, e)) = year {
                    date.set_year(y);
                    end = e;
                } else if form != Form::Numeric('/')
                    && self.context_at(end, ContextRole::Unit).is_some()
                {
                    // "từ 3-6 tháng", "7-12 tuổi": a quantity range.
                    return None;
                }
                Element::Core { date, form }
            }
            Element::Chain { to, sep, .. }
                if to.year.is_none()
                    && sep != '/'
                    && self.context_at(end, ContextRole::Unit).is_some() =>
            {
                return None;
            }
            other => other,
        };
        if self.lunar_after(end) {
            return None;
        }
        Some(Parsed {
            element,
            first: j,
            end,
            lead: j,
        })
    }

    /// "tháng Giêng" / "tháng Chạp" at token `j`, read only with a cue:
    /// lunar with a stem-and-branch year or "âm lịch" ("tháng Giêng năm Bính
    /// Ngọ", "ngày 23 tháng Chạp âm lịch"), Gregorian with "dương lịch" or a
    /// slash year ("tháng Giêng/2025"); see `periods.tsv`.
    fn lunar_month_at(&self, j: usize) -> Option<Parsed> {
        let name = self.tok(j + 1).filter(|t| t.gap && !t.line)?;
        let month = self
            .lex
            .lunar_months
            .iter()
            .find(|(s, _)| *s == name.syllable)
            .map(|&(_, m)| m)?;
        // A day of it: "ngày 23 tháng Chạp", "mùng 10 tháng Giêng".
        let day = (j > 0 && self.toks[j].gap)
            .then(|| &self.toks[j - 1])
            .filter(|t| t.kind == Kind::Number && t.digits <= 2 && (1..=30).contains(&t.value))
            .map(|t| t.value as u8);
        let mut lead = j - usize::from(day.is_some());
        if day.is_some() && lead > 0 {
            if let Some((CueRole::Day, next)) = self.cue_at(lead - 1).map(|(r, n)| (*r, n)) {
                if next == lead {
                    lead -= 1;
                }
            }
        }
        let k = j + 2;
        if let Some(next) = self.context_at(k, ContextRole::Solar) {
            let (year, end) = self.year_after(next).unwrap_or((Year::Anchor, next));
            return Some(self.gregorian_month(month, day, year, j, end, lead));
        }
        let (mut year, mut end, mut lunar) = match self.lunar_year_name(k) {
            Some((y, e)) => (Some(Year::Absolute(y)), e, true),
            None => match self.year_after(k) {
                // "tháng Giêng/2025" is January.
                Some((y, e)) if self.toks[k].kind == Kind::Punct => {
                    return Some(self.gregorian_month(month, day, y, j, e, lead));
                }
                Some((y, e)) => (Some(y), e, false),
                None => (None, k, false),
            },
        };
        if let Some(after_cue) = self.lunar_cue_end(end) {
            lunar = true;
            end = after_cue;
            if year.is_none() {
                if let Some((y, e)) = self
                    .lunar_year_name(end)
                    .map(|(y, e)| (Year::Absolute(y), e))
                    .or_else(|| self.year_after(end))
                {
                    (year, end) = (Some(y), e);
                }
            }
        }
        // "mùng 10 tháng Giêng âm lịch hằng năm" recurs.
        if self.context_at(end, ContextRole::Every).is_some() {
            return None;
        }
        lunar.then_some(Parsed {
            element: Element::Lunar {
                month,
                day,
                year: year.unwrap_or(Year::Anchor),
            },
            first: j,
            end,
            lead,
        })
    }

    /// "tháng Giêng dương lịch" as the Gregorian month (or a day of it).
    fn gregorian_month(
        &self,
        month: u8,
        day: Option<u8>,
        year: Year,
        j: usize,
        end: usize,
        lead: usize,
    ) -> Parsed {
        let element = match day {
            Some(d) => {
                let mut date = Partial::dmy(u32::from(d), u32::from(month), None);
                date.set_year(year);
                Element::Core {
                    date,
                    form: Form::Words,
                }
            }
            None => Element::Months {
                first: month,
                last: month,
                year,
                part: Part::Whole,
            },
        };
        Parsed {
            element,
            first: j,
            end,
            lead,
        }
    }

    /// A lunar year by its stem and branch, with or without "năm" before:
    /// the year and the token after.
    fn lunar_year_name(&self, k: usize) -> Option<(i16, usize)> {
        let named = if self
            .tok(k)
            .is_some_and(|t| t.syllable == self.lex.year_word)
        {
            k + 1
        } else {
            k
        };
        self.stem_branch_year(named).map(|y| (y, named + 2))
    }

    /// The token after "âm lịch" or "(âm lịch)" at token `k`.
    fn lunar_cue_end(&self, k: usize) -> Option<usize> {
        if self.tok(k).is_some_and(|t| t.is_punct('(')) {
            let next = self.context_at(k + 1, ContextRole::Lunar)?;
            return self
                .tok(next)
                .is_some_and(|t| t.is_punct(')'))
                .then_some(next + 1);
        }
        self.context_at(k, ContextRole::Lunar)
    }

    /// "âm lịch", "(âm lịch)" or a year by its stem and branch ("mùng 10
    /// tháng 3 năm Giáp Thìn") right after token `end`: the day and month
    /// before are the lunar calendar's.
    fn lunar_after(&self, end: usize) -> bool {
        let k = if self.tok(end).is_some_and(|t| t.is_punct('(')) {
            end + 1
        } else {
            end
        };
        self.context_at(k, ContextRole::Lunar).is_some() || self.lunar_year_name(k).is_some()
    }

    /// Numbers joined by date separators with no space: values with digit
    /// counts, separators, count, and the token after.
    #[allow(clippy::type_complexity)]
    fn chain_at(&self, j: usize) -> ([(u32, u8); 7], [char; 6], usize, usize) {
        let mut parts = [(0u32, 0u8); 7];
        let mut seps = [' '; 6];
        parts[0] = (self.toks[j].value, self.toks[j].digits);
        let mut n = 1;
        let mut k = j + 1;
        while n < parts.len() {
            let (Some(sep), Some(num)) = (self.tok(k), self.tok(k + 1)) else {
                break;
            };
            let joins = sep.kind == Kind::Punct
                && !sep.gap
                && (DATE_SEPARATORS.contains(&sep.ch) || RANGE_DASHES.contains(&sep.ch))
                && num.kind == Kind::Number
                && !num.gap;
            if !joins {
                break;
            }
            seps[n - 1] = sep.ch;
            parts[n] = (num.value, num.digits);
            n += 1;
            k += 2;
        }
        if n == parts.len() {
            // Too long to be a date: a phone number or a code. Return a
            // single part so nothing is read from it.
            return (parts, seps, 7, k);
        }
        (parts, seps, n, k)
    }

    /// "24 tháng 1", "24 tháng 1 năm 2025", "24 tháng 1/2025", "24 tháng
    /// Mười Một" (the month as a capitalised word).
    fn words_at(&self, j: usize) -> Option<Parsed> {
        let d = self.tok(j)?;
        if d.digits > 2 || !(1..=31).contains(&d.value) {
            return None;
        }
        let month_word = self.tok(j + 1)?;
        if month_word.kind != Kind::Word || month_word.syllable != self.lex.month_word {
            return None;
        }
        let (month, after) = self.month_number(j + 2)?;
        let mut date = Partial::dmy(d.value, u32::from(month), None);
        let end = match self.year_after(after) {
            Some((y, e)) => {
                date.set_year(y);
                e
            }
            None => after,
        };
        Some(Parsed {
            element: Element::Core {
                date,
                form: Form::Words,
            },
            first: j,
            end,
            lead: j,
        })
    }

    /// "19-20 tháng 6 (năm 2024)" at token `j`, its first day `first` and
    /// the second day's token `end - 1`: a range of days in one month.
    fn day_range_in_words(&self, j: usize, first: (u32, u8), end: usize) -> Option<Parsed> {
        let second = self.words_at(end - 1)?;
        let Element::Core { date: to, .. } = second.element else {
            return None;
        };
        let (d, digits) = first;
        let ascending = to.day.is_some_and(|t| u32::from(t) > d);
        if digits > 2 || !(1..=31).contains(&d) || !ascending || self.lunar_after(second.end) {
            return None;
        }
        let from = Partial {
            day: Some(d as u8),
            ..Partial::default()
        };
        Some(Parsed {
            element: Element::Chain {
                from,
                to,
                sep: '/',
                dash: j + 1,
            },
            first: j,
            end: second.end,
            lead: j,
        })
    }

    /// A capitalised English month name at token `k`, with the dot of its
    /// abbreviation ("Sept."): the month and the token after.
    fn english_month_at(&self, k: usize) -> Option<(u8, usize)> {
        let t = self.tok(k)?;
        if !t.is_capitalised() {
            return None;
        }
        let m = self.lex.english_month(t.syllable)?;
        let dot = self.tok(k + 1).is_some_and(|d| !d.gap && d.is_punct('.'));
        Some((m, k + 1 + usize::from(dot)))
    }

    /// A four-digit year at token `k` after a space, not glued to what
    /// follows: the year and the token after.
    fn english_year_at(&self, k: usize) -> Option<(u32, usize)> {
        let y = self.tok(k).filter(|y| {
            y.kind == Kind::Number && y.gap && y.digits == 4 && plausible_year(y.value)
        })?;
        let glued = self
            .tok(k + 1)
            .is_some_and(|a| !a.gap && (a.kind != Kind::Punct || matches!(a.ch, '/' | '-' | '%')));
        (!glued).then_some((y.value, k + 1))
    }

    /// "March 5, 2025", "Sept. 5 2025": an English date, read only with its year.
    fn english_date_at(&self, j: usize) -> Option<Parsed> {
        let (m, k) = self.english_month_at(j)?;
        let d = self
            .tok(k)
            .filter(|d| d.kind == Kind::Number && d.gap && d.digits <= 2)?;
        if !(1..=31).contains(&d.value) {
            return None;
        }
        let k = k + 1 + usize::from(self.tok(k + 1).is_some_and(|c| c.is_punct(',')));
        let (y, end) = self.english_year_at(k)?;
        Some(english_day(j, end, d.value, m, y))
    }

    /// "5 March 2025", "5 Sept. 2025": an English date with the day first.
    fn day_english_month_at(&self, j: usize) -> Option<Parsed> {
        let d = self.tok(j)?;
        if d.digits > 2 || !(1..=31).contains(&d.value) || !self.tok(j + 1)?.gap {
            return None;
        }
        let (m, k) = self.english_month_at(j + 1)?;
        let k = k + usize::from(self.tok(k).is_some_and(|c| c.is_punct(',')));
        let (y, end) = self.english_year_at(k)?;
        Some(english_day(j, end, d.value, m, y))
    }

    /// "năm 2025", "/2025" or "năm ngoái" right after a month: the year and
    /// the token after.
    fn year_after(&self, k: usize) -> Option<(Year, usize)> {
        let t = self.tok(k)?;
        if let Some((rel, end)) = self.relative_phrase_at(k) {
            if rel.unit == Unit::Year && self.context_at(end, ContextRole::Anaphor).is_none() {
                return Some((Year::Relative(rel.offset as i8), end));
            }
        }
        let (y, end) = if t.kind == Kind::Word && t.syllable == self.lex.year_word {
            (self.tok(k + 1)?, k + 2)
        } else if t.kind == Kind::Punct && !t.gap && DATE_SEPARATORS.contains(&t.ch) {
            let y = self.tok(k + 1)?;
            if y.gap {
                return None;
            }
            (y, k + 2)
        } else {
            return None;
        };
        let glued_after = self.tok(end).is_some_and(|a| {
            !a.gap
                && (a.kind != Kind::Punct || matches!(a.ch, '/' | '-' | '.' | '%'))
                && !(a.kind == Kind::Punct
                    && a.ch == '.'
                    && self.tok(end + 1).is_none_or(|b| b.gap))
        });
        (y.kind == Kind::Number && y.digits == 4 && plausible_year(y.value) && !glued_after)
            .then_some((Year::Absolute(y.value as i16), end))
    }

    /// The position word right before token `j` ("cuối tháng 10"), if any.
    /// "nửa đầu" / "nửa cuối" make it a half; the text then starts at "nửa".
    /// Whether a past word ("hồi") ends right before token `j`.
    fn past_before(&self, j: usize) -> bool {
        self.tok(j).is_some_and(|t| t.gap && !t.line)
            && self.lex.past_before.iter().any(|p| {
                j.checked_sub(p.syllables.len()).is_some_and(|from| {
                    self.phrase_at(from, std::slice::from_ref(p))
                        .is_some_and(|(_, next)| next == j)
                })
            })
    }

    fn part_before(&self, j: usize) -> Option<(Part, usize)> {
        let lead = j.checked_sub(1)?;
        let t = self.tok(j)?;
        if !t.gap || t.line {
            return None;
        }
        for p in &self.lex.ten_days {
            let n = p.syllables.len();
            let Some(from) = j.checked_sub(n) else {
                continue;
            };
            let matches = p.syllables.iter().enumerate().all(|(k, &s)| {
                let w = &self.toks[from + k];
                w.syllable == s && (k == 0 || (w.gap && !w.line))
            });
            if matches {
                return Some((p.meaning, from));
            }
        }
        let part = self.lex.part(self.toks[lead].syllable)?;
        let half = lead > 0
            && self.toks[lead].gap
            && !self.toks[lead].line
            && self.toks[lead - 1].syllable == self.lex.half_word;
        Some(match (half, part) {
            (true, Part::Early) => (Part::FirstHalf, lead - 1),
            (true, Part::Late) => (Part::SecondHalf, lead - 1),
            _ => (part, lead),
        })
    }

    /// A month after "tháng" at token `k`: a number or a capitalised word
    /// ("tháng Mười"); the month and the token after.
    fn month_number(&self, k: usize) -> Option<(u8, usize)> {
        let t = self.tok(k)?;
        if !t.gap || t.line {
            return None;
        }
        match t.kind {
            Kind::Number if t.digits <= 2 && (1..=12).contains(&t.value) => {
                Some((t.value as u8, k + 1))
            }
            Kind::Word if t.is_capitalised() => self
                .phrase_at(k, &self.lex.month_names)
                .map(|(&m, next)| (m, next)),
            _ => None,
        }
    }

    /// Whether token `k` closes a yearless month or quarter cleanly: the end
    /// of the text, a space, or a closing mark (not "3-4", "10%", "10/QĐ").
    fn ends_cleanly(&self, k: usize) -> bool {
        self.tok(k).is_none_or(|t| {
            t.gap
                || (t.kind == Kind::Punct
                    && matches!(t.ch, ',' | '.' | ')' | ';' | ':' | '!' | '?'))
        })
    }

    /// "tháng 10/2025", "tháng 10 năm 2025", month ranges ("tháng 1-3/2025",
    /// "tháng 1 đến tháng 3 năm 2025"), and, after a cue or before "tới" /
    /// "này", a month without its year ("trong tháng 10", "tháng Mười tới").
    fn month_at(&self, j: usize, cued: bool) -> Option<Parsed> {
        let month = |t: Option<&Tok>| {
            t.filter(|m| m.kind == Kind::Number && m.digits <= 2 && (1..=12).contains(&m.value))
                .map(|m| m.value as u8)
        };
        let (first, after) = self.month_number(j + 1)?;
        let (part, lead) = self.part_before(j).unwrap_or((Part::Whole, j));
        let (last, year, end) = if let Some((year, end)) = self.year_after(after) {
            (first, year, end)
        } else if let Some(last) = self
            .tok(after)
            .filter(|d| !d.gap && d.kind == Kind::Punct && RANGE_DASHES.contains(&d.ch))
            .and_then(|_| month(self.tok(after + 1).filter(|m| !m.gap)))
        {
            let (year, end) = self.year_after(after + 2)?;
            (last, year, end)
        } else if let Some(second) = self
            .range_connector(after)
            .filter(|&k| {
                self.tok(k)
                    .is_some_and(|t| t.syllable == self.lex.month_word)
            })
            .and_then(|k| self.month_at(k, cued))
        {
            match second.element {
                Element::Months {
                    first: l,
                    last,
                    year,
                    ..
                } if l == last => (last, year, second.end),
                _ => return None,
            }
        } else {
            // No year: only after a cue or before "tới"/"này", and never
            // before a year that did not read ("tháng 3 năm sau đó").
            let next = self
                .context_at(after, ContextRole::Next)
                .filter(|_| !self.range_follows(after));
            let follows = next.is_some() || self.context_at(after, ContextRole::Follower).is_some();
            // "tháng 1 đến tháng 3 âm lịch": the range did not read.
            let failed_range = self.range_connector(after).is_some_and(|k| {
                self.tok(k)
                    .is_some_and(|t| t.syllable == self.lex.month_word)
            });
            let year_word = failed_range
                || self
                    .tok(after)
                    .is_some_and(|t| t.syllable == self.lex.year_word);
            if !(cued || part != Part::Whole || follows) || year_word || !self.ends_cleanly(after) {
                return None;
            }
            // "hồi tháng 7 và tháng 9/2014": the list's year first.
            let year = if next.is_some() {
                Year::Ahead
            } else if self.phrase_at(after, &self.lex.past_markers).is_some() {
                Year::Behind
            } else if let Some(year) = self.listed_year(after) {
                year
            } else if self.past_before(lead) {
                Year::Behind
            } else {
                Year::Anchor
            };
            (first, year, next.unwrap_or(after))
        };
        if self.lunar_after(end) {
            return None;
        }
        let part = if first == last { part } else { Part::Whole };
        Some(Parsed {
            element: Element::Months {
                first,
                last,
                year,
                part,
            },
            first: j,
            end,
            lead: if part == Part::Whole { j } else { lead },
        })
    }

    /// The year of the next member of a list of months or quarters ("quý 3
    /// và quý 4/2016", "tháng 6 và tháng 9 năm 2025"), when it names one.
    fn listed_year(&self, k: usize) -> Option<Year> {
        let mut next = self.list_connector(k)?;
        // "đầu quý 3 và cuối quý IV/2024".
        if self
            .tok(next)
            .is_some_and(|t| self.lex.part(t.syllable).is_some())
        {
            next += 1;
        }
        let t = self.tok(next)?;
        let parsed = if t.syllable == self.lex.month_word {
            self.month_at(next, true)?
        } else if t.syllable == self.lex.quarter_word {
            self.quarter_at(next)?
        } else if t.kind == Kind::Word {
            self.listed_quarter_at(next)?
        } else {
            return None;
        };
        match parsed.element {
            Element::Months {
                year: year @ (Year::Absolute(_) | Year::Relative(_)),
                ..
            } => Some(year),
            _ => None,
        }
    }

    /// A holiday and its year: "Tết Nguyên đán 2025", "Trung thu năm
    /// 2024", "Tết Ất Tỵ", "Tết Nguyên đán Ất Tỵ 2025", "Tết năm nay".
    fn holiday_at(&self, j: usize) -> Option<Parsed> {
        self.holiday_with_year(j, false)
    }

    /// A holiday with its year; with `yearless`, also one that names a day
    /// with no year ("Rằm tháng Giêng", the "Tết" of "mùng 4 Tết"), which
    /// the resolver puts in the lunar year around the anchor, if near it.
    fn holiday_with_year(&self, j: usize, yearless: bool) -> Option<Parsed> {
        let (&holiday, after) = self.phrase_at(j, &self.lex.holidays)?;
        let four_digits = |k: usize| {
            self.tok(k)
                .filter(|t| {
                    t.kind == Kind::Number
                        && t.gap
                        && !t.line
                        && t.digits == 4
                        && plausible_year(t.value)
                })
                // "Tết 2000 suất quà" is a count: the number must end the
                // phrase (a mark, a capital, a date word).
                .filter(|_| {
                    self.tok(k + 1).is_none_or(|n| {
                        n.line
                            || (n.kind == Kind::Punct && self.ends_cleanly(k + 1))
                            || n.is_capitalised()
                            || self.date_word_at(k + 1)
                    })
                })
                .map(|t| t.value as i16)
        };
        let (year, end) = if let Some(found) = self.year_after(after) {
            found
        } else if let Some(y) = four_digits(after) {
            (Year::Absolute(y), after + 1)
        } else {
            if holiday == Holiday::NewYear {
                return None;
            }
            let named = if self
                .tok(after)
                .is_some_and(|t| t.syllable == self.lex.year_word)
            {
                after + 1
            } else {
                after
            };
            let Some(y) = self.stem_branch_year(named) else {
                let names_a_day = yearless || holiday == Holiday::FirstFullMoon;
                return names_a_day.then_some(Parsed {
                    element: Element::Holiday {
                        holiday,
                        year: Year::Anchor,
                        after: 0,
                    },
                    first: j,
                    end: after,
                    lead: j,
                });
            };
            let mut end = named + 2;
            // "Ất Tỵ 2025", "Ất Tỵ (2025)": the number repeats the year.
            if four_digits(end) == Some(y) {
                end += 1;
            } else if let Some((Year::Absolute(n), e)) = self.year_after(end) {
                if n == y {
                    end = e;
                }
            }
            (Year::Absolute(y), end)
        };
        Some(Parsed {
            element: Element::Holiday {
                holiday,
                year,
                after: 0,
            },
            first: j,
            end,
            lead: j,
        })
    }

    /// "mùng 3 Tết Ất Tỵ", "ngày mùng 2 Tết Nguyên đán 2025": a day of the
    /// first lunar month; with no year ("sáng mùng 4 Tết") one of the lunar
    /// year around the anchor.
    fn day_of_tet_at(&self, j: usize) -> Option<Parsed> {
        let n = self.tok(j)?;
        if n.digits > 2 || !(1..=10).contains(&n.value) {
            return None;
        }
        let holiday = self.holiday_with_year(j + 1, true)?;
        match holiday.element {
            Element::Holiday {
                holiday: Holiday::Tet,
                year,
                ..
            } if self.toks[j + 1].gap => Some(Parsed {
                element: Element::Holiday {
                    holiday: Holiday::Tet,
                    year,
                    after: n.value as u8 - 1,
                },
                first: j,
                end: holiday.end,
                lead: j,
            }),
            _ => None,
        }
    }

    /// A lunar year named by its stem and branch ("Ất Tỵ"), both
    /// capitalised: the one year of the lunar table with that name.
    fn stem_branch_year(&self, k: usize) -> Option<i16> {
        let (stem_tok, branch_tok) = (self.tok(k)?, self.tok(k + 1)?);
        if !stem_tok.gap || !branch_tok.gap || branch_tok.line {
            return None;
        }
        if !stem_tok.is_capitalised() || !branch_tok.is_capitalised() {
            return None;
        }
        let find = |table: &[(crate::lexicon::SyllableId, u8)], s| {
            table
                .iter()
                .find(|(id, _)| *id == s)
                .map(|&(_, n)| i16::from(n))
        };
        let stem = find(&self.lex.stems, stem_tok.syllable)?;
        let branch = find(&self.lex.branches, branch_tok.syllable)?;
        self.lex
            .lunar_years
            .iter()
            .map(|l| l.year)
            .find(|&y| (y - 4).rem_euclid(10) == stem && (y - 4).rem_euclid(12) == branch)
    }

    /// "quý I/2025", "quý 3 năm 2024", "quý IV" (the anchor's year).
    fn quarter_at(&self, j: usize) -> Option<Parsed> {
        let t = self.tok(j + 1)?;
        if !t.gap || t.line {
            return None;
        }
        let q = self.quarter_number(t)?;
        let (mut last_q, mut k, digits_listed) = self.more_quarters(j + 2, q);
        // A list of digits needs its year: "quý 2, 3 doanh nghiệp" is the
        // second quarter and a count.
        if digits_listed && self.year_after(k).is_none() {
            (last_q, k) = (q, j + 2);
        }
        let (year, end) = match self.year_after(k) {
            Some(found) => found,
            // Without a year: not "quý 3 năm" (some other year), not a
            // count ("quý 3 lần"), and not the given name Quý inside a
            // sentence ("ông Quý 3 ...").
            None if self.ends_cleanly(k)
                && self.tok(k).is_none_or(|t| t.syllable != self.lex.year_word)
                && self.context_at(k, ContextRole::Unit).is_none()
                && (!self.toks[j].is_capitalised() || self.opens_sentence(j)) =>
            {
                (self.listed_year(k).unwrap_or(Year::Anchor), k)
            }
            None => return None,
        };
        if last_q != q {
            return Some(Parsed::months(3 * q - 2, 3 * last_q, year, j, end, j));
        }
        // "đầu quý 3" is its first month, "cuối quý IV" its last.
        let (first, last, lead) = match self.part_before(j) {
            Some((Part::Early, lead)) => (3 * q - 2, 3 * q - 2, lead),
            Some((Part::Middle, lead)) => (3 * q - 1, 3 * q - 1, lead),
            Some((Part::Late, lead)) => (3 * q, 3 * q, lead),
            _ => (3 * q - 2, 3 * q, j),
        };
        Some(Parsed::months(first, last, year, j, end, lead))
    }

    /// A Roman numeral that goes on a list of quarters not in a row ("quý I
    /// và III năm 2025": the third quarter of 2025).
    fn listed_quarter_at(&self, j: usize) -> Option<Parsed> {
        let t = self.tok(j).filter(|t| t.kind == Kind::Word)?;
        let q = self.quarter_number(t)?;
        // Back over "II và", "I," to "quý".
        let mut b = j;
        let listed = (0..4).any(|_| {
            if b < 3
                || self.list_connector(b - 1) != Some(b)
                || self.quarter_number(&self.toks[b - 2]).is_none()
            {
                b = 0;
                return false;
            }
            b -= 2;
            self.toks[b - 1].syllable == self.lex.quarter_word
        });
        // Not the name Quý inside a sentence ("ông Quý I").
        if !listed || (self.toks[b - 1].is_capitalised() && !self.opens_sentence(b - 1)) {
            return None;
        }
        let (year, end) = match self.year_after(j + 1) {
            Some(found) => found,
            None if self.ends_cleanly(j + 1)
                && self.context_at(j + 1, ContextRole::Unit).is_none() =>
            {
                (self.listed_year(j + 1).unwrap_or(Year::Anchor), j + 1)
            }
            None => return None,
        };
        Some(Parsed::months(3 * q - 2, 3 * q, year, j, end, j))
    }

    /// A quarter's number: one digit 1-4 or a capitalised Roman numeral.
    fn quarter_number(&self, t: &Tok) -> Option<u8> {
        match t.kind {
            Kind::Number if t.digits == 1 && (1..=4).contains(&t.value) => Some(t.value as u8),
            Kind::Word if t.is_capitalised() => self
                .lex
                .quarter_numbers
                .iter()
                .find(|(s, _)| *s == t.syllable)
                .map(|&(_, q)| q),
            _ => None,
        }
    }

    /// More quarters after quarter `q` (ending before token `k`): a dash to
    /// a later one ("quý 1-2", "quý III - IV") or a list of the ones right
    /// after it ("quý I và II", "quý I, II và III"). The last quarter and
    /// the token after it, and whether a list went on with a digit.
    fn more_quarters(&self, mut k: usize, q: u8) -> (u8, usize, bool) {
        let mut last = q;
        let mut digits = false;
        while let Some(t) = self.tok(k).filter(|t| !t.line) {
            let dash = t.kind == Kind::Punct && RANGE_DASHES.contains(&t.ch);
            let Some(n) = (if dash {
                Some(k + 1)
            } else {
                self.list_connector(k)
            }) else {
                break;
            };
            let Some(next) = self
                .tok(n)
                .filter(|t| !t.line)
                .and_then(|t| self.quarter_number(t))
            else {
                break;
            };
            if dash && next > last {
                return (next, n + 1, digits);
            }
            if dash || next != last + 1 {
                break;
            }
            digits |= self.toks[n].kind == Kind::Number;
            last = next;
            k = n + 1;
        }
        (last, k, digits)
    }

    /// "đầu năm 2025", "cuối năm 2024": a third of a named year.
    fn year_part_at(&self, j: usize) -> Option<Parsed> {
        let (part, lead) = self.part_before(j)?;
        let (year, end) = self.year_after(j)?;
        let (first, last) = year_part(part);
        Some(Parsed::months(first, last, year, j, end, lead))
    }

    /// "6 tháng đầu năm" (January to June), "3 tháng cuối năm 2024"
    /// (October to December), "9 tháng năm 2025" (January to September),
    /// "2 quý đầu năm" (January to June).
    /// The count may be a word ("hai tháng đầu năm 2023"), then only in a
    /// named year.
    fn months_of_year_at(&self, j: usize) -> Option<Parsed> {
        let n = self.tok(j)?;
        let (count, in_words) = match n.kind {
            Kind::Number if n.digits <= 2 && (1..=12).contains(&n.value) => (n.value as u8, false),
            Kind::Word => (
                self.lex
                    .count(n.syllable)
                    .filter(|c| (2..=12).contains(c))?,
                true,
            ),
            _ => return None,
        };
        // "2 quý đầu năm" counts its months by three.
        let unit = self.tok(j + 1).filter(|u| u.gap)?;
        let n = match count {
            n if unit.syllable == self.lex.month_word => n,
            n @ 1..=4 if unit.syllable == self.lex.quarter_word => 3 * n,
            _ => return None,
        };
        let (part, k) = match self.tok(j + 2).and_then(|t| self.lex.part(t.syllable)) {
            Some(p) => (p, j + 3),
            None => (Part::Whole, j + 2),
        };
        let year_tok = self.tok(k)?;
        if year_tok.syllable != self.lex.year_word || !year_tok.gap {
            return None;
        }
        let (year, end) = match self.year_after(k) {
            Some(found) => found,
            // A bare "năm" only after "đầu"/"cuối", and not "năm học".
            None if part != Part::Whole
                && !in_words
                && self.tok(k + 1).is_none_or(|t| t.kind != Kind::Number)
                && self.context_at(k + 1, ContextRole::Fiscal).is_none() =>
            {
                (Year::Anchor, k + 1)
            }
            None => return None,
        };
        if self.context_at(end, ContextRole::Fiscal).is_some() {
            return None;
        }
        let (first, last) = match part {
            Part::Whole | Part::Early => (1, n),
            Part::Late => (13 - n, 12),
            Part::Middle | Part::FirstHalf | Part::SecondHalf => return None,
        };
        Some(Parsed::months(first, last, year, j, end, j))
    }

    /// A range connector at token `k` ("đến", "tới", "-"): the token after.
    fn range_connector(&self, k: usize) -> Option<usize> {
        let t = self.tok(k)?;
        if t.line {
            return None;
        }
        if t.kind == Kind::Punct {
            let is_range = self
                .lex
                .punct_connectors
                .iter()
                .any(|&(c, kind)| c == t.ch && kind == ConnectorKind::Range);
            return is_range.then_some(k + 1);
        }
        self.phrase_at(k, &self.lex.connectors)
            .filter(|(kind, _)| **kind == ConnectorKind::Range)
            .map(|(_, next)| next)
    }
}

/// The token after a context phrase of `role` starting at token `i`.
pub(crate) fn context_phrase_at(
    toks: &[Tok],
    lex: &Lexicon,
    i: usize,
    role: ContextRole,
) -> Option<usize> {
    if !lex.may_start(toks.get(i)?.syllable, role) {
        return None;
    }
    'phrases: for p in lex.context.iter().filter(|p| p.meaning == role) {
        for (k, &s) in p.syllables.iter().enumerate() {
            match toks.get(i + k) {
                Some(t) if t.syllable == s && (k == 0 || t.gap) => {}
                _ => continue 'phrases,
            }
        }
        return Some(i + p.syllables.len());
    }
    None
}

/// Whether a context phrase of `role` spans tokens `[start, end)`.
pub(crate) fn context_phrase_ends(
    toks: &[Tok],
    lex: &Lexicon,
    start: usize,
    end: usize,
    role: ContextRole,
) -> bool {
    context_phrase_at(toks, lex, start, role) == Some(end)
}

/// The months a third of a year covers: January-April, May-August,
/// September-December (see `periods.tsv`).
fn year_part(part: Part) -> (u8, u8) {
    match part {
        Part::Whole => (1, 12),
        Part::Early => (1, 4),
        Part::Middle => (5, 8),
        Part::Late => (9, 12),
        Part::FirstHalf => (1, 6),
        Part::SecondHalf => (7, 12),
    }
}

pub(crate) fn plausible_year(y: u32) -> bool {
    (1000..=2100).contains(&y)
}

/// A cue-less `d/m` with day ≤ month could be a fraction ("1/3", "2/3").
fn weak_day_month(date: &Partial, cued: bool) -> bool {
    !cued && date.year.is_none() && date.day.unwrap_or(0) <= date.month.unwrap_or(0)
}

/// Reads joined numbers: `d/m`, `d/m/yyyy`, `yyyy-mm-dd`, and ranges glued
/// by a dash (`9-11/10`, `31/1/1950-31/1/2025`).
fn interpret_chain(parts: &[(u32, u8)], seps: &[char]) -> Option<Element> {
    let same = seps.iter().all(|&s| s == seps[0]);
    if same && DATE_SEPARATORS.contains(&seps[0]) {
        return core(parts, seps[0]).map(|date| Element::Core {
            date,
            form: Form::Numeric(seps[0]),
        });
    }
    // Mixed: one range dash between two cores that share one other separator.
    let mut inner = None;
    let mut dash_at = None;
    for (k, &s) in seps.iter().enumerate() {
        if RANGE_DASHES.contains(&s) && s != '-'
            || (s == '-'
                && seps
                    .iter()
                    .any(|&o| o != '-' && DATE_SEPARATORS.contains(&o)))
        {
            if dash_at.replace(k).is_some() {
                return None;
            }
        } else if inner.replace(s).is_some_and(|prev| prev != s) {
            return None;
        }
    }
    let k = dash_at?;
    let sep = inner.unwrap_or('/');
    let (left, right) = parts.split_at(k + 1);
    let to = core(right, sep)?;
    let from = if left.len() == 1 {
        let (d, digits) = left[0];
        if digits > 2 || !(1..=31).contains(&d) {
            return None;
        }
        Partial {
            day: Some(d as u8),
            ..Partial::default()
        }
    } else {
        core(left, sep)?
    };
    Some(Element::Chain {
        from,
        to,
        sep,
        dash: k,
    })
}

/// An English date read from syllable `first` to `end` ("March 5, 2025",
/// "5 March 2025"): a whole day, written in words.
fn english_day(first: usize, end: usize, day: u32, month: u8, year: u32) -> Parsed {
    Parsed {
        element: Element::Core {
            date: Partial::dmy(day, u32::from(month), Some(year)),
            form: Form::Words,
        },
        first,
        end,
        lead: first,
    }
}

/// `d/m` or `d/m/yyyy` or `yyyy/mm/dd` with one separator.
fn core(parts: &[(u32, u8)], sep: char) -> Option<Partial> {
    let day_ok = |(v, d): (u32, u8)| d <= 2 && (1..=31).contains(&v);
    let month_ok = |(v, d): (u32, u8)| d <= 2 && (1..=12).contains(&v);
    let year_ok = |(v, d): (u32, u8)| d == 4 && plausible_year(v);
    match *parts {
        [d, m] if day_ok(d) && month_ok(m) => Some(Partial::dmy(d.0, m.0, None)),
        [d, m, y] if day_ok(d) && month_ok(m) && year_ok(y) => {
            Some(Partial::dmy(d.0, m.0, Some(y.0)))
        }
        [y, m, d]
            if sep == '-' && year_ok(y) && month_ok(m) && day_ok(d) && m.1 == 2 && d.1 == 2 =>
        {
            Some(Partial::dmy(d.0, m.0, Some(y.0)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LEXICON;
    use crate::scan::tokens;

    /// The texts of what `parse` finds.
    fn found(text: &str) -> Vec<String> {
        let toks = tokens(text, &LEXICON);
        parse(&toks, &LEXICON)
            .iter()
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn codes_and_numbers_are_not_dates() {
        for text in [
            "Nghị quyết số 59-NQ/TW của Bộ Chính trị",
            "Nghị quyết số 24/2025 về hội nhập",
            "HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127",
            "đội tuyển thắng 2-1 trên sân nhà",
            "kỷ niệm 80 năm thành lập, 75 năm quan hệ",
            "Tổng Bí thư - Ảnh 1.",
            "lúc 10:30 và 10h30",
            "chiếm 1/3 dân số thế giới",
            "Nghị định 15/2018/NĐ-CP",
            "tăng 1.5 lần, đạt 2.500.000 đồng",
            "đường 2/9, vòng 1/8",
        ] {
            assert_eq!(found(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn glued_forms() {
        assert_eq!(
            found("(31/1/1950-31/1/2025)"),
            ["31/1/1950", "31/1/2025", "31/1/1950-31/1/2025"]
        );
        assert_eq!(found("từ 9-11/10 tại Hà Nội"), ["từ 9-11/10"]);
    }

    /// Bench corpus (news2017): a pair running on into a decimal comma is a
    /// quantity range, a unit after a pair makes it a quantity, and places
    /// named after a day are names; the same pairs standing alone, or a
    /// day named before such a word, are still dates.
    #[test]
    fn quantities_and_names_that_look_like_dates() {
        for text in [
            "cá lóc trọng lượng từ 1-1,3 kg. Nhiều người tranh thủ",
            "bậc cao đẳng sẽ đào tạo từ 2-2,5 năm chứ không kéo dài 3 năm",
            "các trường top giữa sẽ tăng khoảng từ 1-1,5 điểm",
            "với tốc độ tối đa 1 đến 1.5 GB/giây",
            "được mọi người đưa đến Bệnh viện 19/8 Bộ Công an để điều trị",
            "lượt trận thứ 2 trên sân vận động 19/8 Nha Trang, Khánh Hòa",
            "Nguyễn Đức Anh (SN 1998, ở khu 19/5 thị trấn Thanh Sơn)",
        ] {
            assert_eq!(found(text), Vec::<String>::new(), "{text}");
        }
        assert_eq!(
            found("Bệnh nhi này nhập viện từ 30-5, đã ra viện từ khá lâu."),
            ["30-5"]
        );
        assert_eq!(
            found("Các bệnh viện được thanh toán từ 1.6, 3 tuần sau mới có tiền."),
            ["1.6"]
        );
        assert_eq!(
            found("nộp hồ sơ nhập học ngày 16/6 và tựu trường 21/8."),
            ["ngày 16/6", "21/8"]
        );
        assert_eq!(found("Bệnh viện ngày 19/8 đã tiếp nhận."), ["ngày 19/8"]);
    }

    /// Bench corpus: a tennis box score's counts after percentages, and a
    /// score after "tỷ số tới"; a date after a percentage or after "tới"
    /// with no blocker stays one.
    #[test]
    fn counts_and_scores_after_degree_words() {
        for text in [
            "Giao bóng 2 ăn điểm 46% (12/26) 67% (4/6) Cứu Break 40% (2/5)",
            "Điểm Break 33% (2/6) 11 Số game trả giao bóng",
            "Barca đã hạ gục PSG trên sân Nou Camp với tỷ số tới 6-1 trong trận lượt về",
        ] {
            assert_eq!(found(text), Vec::<String>::new(), "{text}");
        }
        assert_eq!(found("Giá xăng tăng 5% (20/6)."), ["20/6"]);
        assert_eq!(found("Hội chợ mở cửa tới 6-1, rồi nghỉ Tết."), ["6-1"]);
    }
}
