//! The gazetteer: countries, places (with other countries' states and
//! provinces, whose names shared with a Vietnamese place or person count only
//! with their country after them), organisations (with the dates and
//! successors of merged bodies), people, title cues, organisation heads, stop
//! phrases, surnames and name particles, parsed from the TSV files under
//! `data/gazetteer/` that are embedded at build time.
//!
//! Every file has a `#` comment header (source, licence, columns) and one
//! record per line; forms are NFC and both tone placements are looked up.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::LazyLock;

use crate::text;

/// What a gazetteer entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Country,
    Place,
    Organisation,
    Person,
}

/// One country, place, organisation or person of the gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Stable id: ISO3 for countries, `vnm.hanoi`, `vn.mofa`, `kp.kim_jong_un` …
    pub id: String,
    pub kind: EntryKind,
    /// Canonical Vietnamese name.
    pub name: String,
    /// Other written forms (not including `name`).
    pub variants: Vec<String>,
    /// ISO3 of the country it is or belongs to; `None` for international bodies.
    pub country: Option<String>,
    /// CAMEO role (organisations, people by office).
    pub role: Option<String>,
    /// Finer kind: a place's (capital, province …) or an organisation's (igo, ministry …).
    pub subkind: String,
    pub english: String,
    /// People: best-known office. Countries: capital.
    pub office: String,
    /// People: dated roles, `office@from..to`.
    pub roles: Vec<String>,
    /// Where the record comes from ("CLDR v47", "NQ 202/2025/QH15", "hand (press usage)").
    pub source: String,
    /// Vietnam's provinces absorbed in the 2025 merger: the id of the unit they went into.
    pub successor: Option<String>,
    /// Vietnam's provinces after the 2025 merger: the ids of the units they absorbed.
    /// Bodies: the ids of the bodies merged into it (organisation_history.tsv).
    pub merged_from: Vec<String>,
    /// ISO 3166-2 code of a first-level subdivision ("CN-GD", "US-CA").
    pub code: Option<String>,
    /// Forms that name it only when its country follows ("Hà Nam, Trung Quốc"):
    /// alone they belong to a Vietnamese place, a country or a person.
    pub cued: Vec<String>,
    /// First day it existed, when the gazetteer knows (`YYYY[-MM[-DD]]`).
    pub from: Option<String>,
    /// Last day it existed, for bodies dissolved or merged into another.
    pub to: Option<String>,
}

impl Entry {
    /// More written forms of this record, each kept once and never its name.
    fn add_variants(&mut self, forms: Vec<String>) {
        for v in forms {
            if v != self.name && !self.variants.contains(&v) {
                self.variants.push(v);
            }
        }
    }

    /// A record with its id, kind and name, and nothing else known yet: each
    /// file's reader fills in the columns it has.
    fn record(id: &str, kind: EntryKind, name: &str) -> Entry {
        Entry {
            id: id.to_string(),
            kind,
            name: name.to_string(),
            variants: Vec::new(),
            country: None,
            role: None,
            subkind: String::new(),
            english: String::new(),
            office: String::new(),
            roles: Vec::new(),
            source: String::new(),
            successor: None,
            merged_from: Vec::new(),
            code: None,
            cued: Vec::new(),
            from: None,
            to: None,
        }
    }

    /// The canonical name followed by every variant.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.variants.iter().map(String::as_str))
    }

    /// Whether `form` names it only with its country right after.
    pub fn is_cued(&self, form: &str) -> bool {
        self.cued.iter().any(|c| c == form)
    }

    /// Whether it existed on `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), by
    /// the dates the gazetteer has (none: always), compared as [`Tenure::held_on`] does.
    pub fn existed_on(&self, date: &str) -> bool {
        Tenure {
            office: "",
            from: self.from.as_deref().unwrap_or("0000"),
            to: self.to.as_deref().unwrap_or(""),
        }
        .held_on(date)
    }
}

/// What a title-file row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleKind {
    /// An office or rank: "Tổng Bí thư", "Đại sứ".
    Office,
    /// A form of address: "ông", "bà".
    Personal,
    /// A word that may join the parts of a title chain: "tại", "nước".
    Connector,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Title {
    pub cue: String,
    pub kind: TitleKind,
    pub role: Option<String>,
    /// Only when written in lower case ("anh", "chị" are also pronouns).
    pub lower_only: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrgHead {
    pub head: String,
    pub role: Option<String>,
    /// May go on with "tại <country>"; its country is the sending one.
    pub embassy: bool,
    /// An association named by its members' country, which may go on with
    /// "tại <host>" when the host lies outside that country ("Hội Sinh viên
    /// Việt Nam tại Australia", "Hiệp hội Doanh nghiệp Hàn Quốc tại TP HCM").
    pub abroad: bool,
    /// Lower-case words may follow the head before the name.
    pub lower: bool,
    /// The head plus a country alone is no name ("Công ty Nhật").
    pub named: bool,
    /// A military unit named by its number ("Sư đoàn 324", "Đoàn 871").
    pub numbered: bool,
    /// A body only when a code or a number names it right after the head
    /// ("Đội K70", "Đội 2"); before any other word it is none ("Đội
    /// CSGT", "Đội tuyển", a street "Đội Cấn").
    pub coded: bool,
    /// Before a known body or another head it is a delegation of that body,
    /// no word of its name ("Đoàn Bộ Quốc phòng Lào", "Đoàn cán bộ Ban ...").
    pub delegation: bool,
    /// The places in its name are words of it, not places the article names
    /// ("Trường đại học Hà Nội", "CLB Hồng Lĩnh Hà Tĩnh").
    pub place_in_name: bool,
    /// A club: a foreign one's name goes on with its sponsor's after its
    /// place ("CLB Shanghai SIPG", "câu lạc bộ Jeonbuk Hyundai Motors").
    pub sponsor: bool,
    /// Only classifies a foreign name after it, which is then the name alone:
    /// "Hãng tin Nour News" is Nour News, "Nhật báo Granma" Granma.
    pub outlet: bool,
    /// An age-group national team named by its country alone after the head
    /// ("U23 Việt Nam"): a team, no actor of its state.
    pub team: bool,
    /// A body only when a country follows the head right away ("quân đội
    /// Myanmar", "cảnh sát Malaysia"); before any other word none ("Cơ
    /// quan cảnh sát điều tra", "hải quân Peter Mims").
    pub country_only: bool,
    /// The words an abbreviated head stands for ("UBND" → "Ủy ban nhân dân").
    pub stands_for: Option<String>,
    /// A body only before a unit's head in lower case ("Chính quyền tỉnh
    /// Savannakhet"); before anything else no body ("Chính quyền Mỹ").
    pub unit: bool,
    /// A business group: a description between the head and a company the
    /// article also names alone is that company ("Tập đoàn Năng lượng
    /// nguyên tử quốc gia Nga Rosatom" is Rosatom).
    pub group: bool,
}

/// A word that puts a place name after it: "xã", "sông", "đường".
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceHead {
    pub head: String,
    /// admin, natural, site or street.
    pub kind: String,
    /// Whether the place is an entity (streets are only consumed).
    pub keep: bool,
    /// A border gate's head (keep column `pair`): the name is written without
    /// the head, and a dash after it names the gate facing it across the
    /// border ("cửa khẩu Lao Bảo - Densavanh": Lao Bảo and Densavanh).
    pub pair: bool,
    pub country: Option<String>,
    pub lower_only: bool,
    /// Only when capitalised: "Cung Hòa Bình" is a palace, "nguồn cung Nga" is supply.
    pub upper_only: bool,
    /// Only in lower case and as a word of its own (case `alone`): "cầu
    /// Nhật Tân" is a bridge, "yêu cầu Trung Quốc" a demand; the whole
    /// capitalised run after it is the site's name, though a town or a
    /// country opens it ("cầu Cao Lãnh", "cầu Mỹ Thuận").
    pub alone: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StopPhrase {
    pub phrase: String,
    /// Only when it opens a sentence.
    pub initial_only: bool,
}

/// One way to write an office ("Ngoại trưởng" is the office "Bộ trưởng Ngoại giao").
#[derive(Clone, Debug, PartialEq)]
pub struct Office {
    /// The form as written, before any country.
    pub form: String,
    /// Canonical office name, as people.tsv writes the role.
    pub office: String,
    /// The country the form itself implies ("người đứng đầu Điện Kremlin" → RUS).
    pub country: Option<String>,
    /// The office text may go on after the form ("Tổng Bí thư Ban Chấp hành ...").
    pub prefix: bool,
    /// Without a country the form names Vietnam's office.
    pub alone: bool,
    pub role: Option<String>,
}

/// One dated office of a person: `office@from..to`, dates `YYYY[-MM[-DD]]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tenure<'a> {
    pub office: &'a str,
    pub from: &'a str,
    /// Empty while still in office.
    pub to: &'a str,
}

impl<'a> Tenure<'a> {
    /// Reads `office@from..to`; `None` when the record is malformed.
    pub fn parse(record: &'a str) -> Option<Tenure<'a>> {
        let (office, range) = record.rsplit_once('@')?;
        let (from, to) = range.split_once("..")?;
        let ok = |d: &str| {
            d.is_empty()
                || matches!(d.len(), 4 | 7 | 10)
                    && d.bytes().enumerate().all(|(i, b)| match i {
                        4 | 7 => b == b'-',
                        _ => b.is_ascii_digit(),
                    })
        };
        (!office.trim().is_empty() && from.len() >= 4 && ok(from) && ok(to)).then_some(Tenure {
            office: office.trim(),
            from,
            to,
        })
    }

    /// Whether the office was held on `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`),
    /// compared at the coarser of the two precisions, so a month-dated start
    /// counts the whole month (a handover month has two holders).
    pub fn held_on(&self, date: &str) -> bool {
        if !date.is_ascii() || date.len() < 4 {
            return false;
        }
        let cut = |a: &'a str, b: &str| -> usize { a.len().min(b.len()) };
        let from_ok = {
            let n = cut(self.from, date);
            self.from[..n] <= date[..n]
        };
        let to_ok = self.to.is_empty() || {
            let n = cut(self.to, date);
            date[..n] <= self.to[..n]
        };
        from_ok && to_ok
    }
}

/// A malformed line in a gazetteer file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for GazetteerError {}

/// The text of every gazetteer file, by name.
#[derive(Clone, Copy, Debug)]
pub struct Sources<'a> {
    pub countries: &'a str,
    pub places: &'a str,
    /// Islands, regions, resorts and seas places.tsv lacks, in its columns.
    pub foreign_places: &'a str,
    pub organisations: &'a str,
    /// Major companies, in the columns of `organisations`.
    pub companies: &'a str,
    pub people: &'a str,
    pub titles: &'a str,
    pub org_heads: &'a str,
    pub place_heads: &'a str,
    pub stopwords: &'a str,
    pub surnames: &'a str,
    pub country_pairs: &'a str,
    pub name_particles: &'a str,
    pub provinces_2025: &'a str,
    pub offices: &'a str,
    pub subdivisions: &'a str,
    pub organisation_history: &'a str,
}

impl Sources<'static> {
    /// The files under `data/gazetteer/`, embedded at build time.
    pub const EMBEDDED: Sources<'static> = Sources {
        countries: include_str!("../../../data/gazetteer/countries.tsv"),
        places: include_str!("../../../data/gazetteer/places.tsv"),
        foreign_places: include_str!("../../../data/gazetteer/foreign_places.tsv"),
        organisations: include_str!("../../../data/gazetteer/organisations.tsv"),
        companies: include_str!("../../../data/gazetteer/companies.tsv"),
        people: include_str!("../../../data/gazetteer/people.tsv"),
        titles: include_str!("../../../data/gazetteer/titles.tsv"),
        org_heads: include_str!("../../../data/gazetteer/org_heads.tsv"),
        place_heads: include_str!("../../../data/gazetteer/place_heads.tsv"),
        stopwords: include_str!("../../../data/gazetteer/stopwords.tsv"),
        surnames: include_str!("../../../data/gazetteer/surnames.tsv"),
        country_pairs: include_str!("../../../data/gazetteer/country_pairs.tsv"),
        name_particles: include_str!("../../../data/gazetteer/name_particles.tsv"),
        provinces_2025: include_str!("../../../data/gazetteer/provinces_2025.tsv"),
        offices: include_str!("../../../data/gazetteer/offices.tsv"),
        subdivisions: include_str!("../../../data/gazetteer/subdivisions.tsv"),
        organisation_history: include_str!("../../../data/gazetteer/organisation_history.tsv"),
    };
}

/// Everything the recogniser looks names up in.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    pub titles: Vec<Title>,
    pub heads: Vec<OrgHead>,
    pub place_heads: Vec<PlaceHead>,
    pub stops: Vec<StopPhrase>,
    by_id: HashMap<String, usize>,
    by_form: HashMap<String, usize>,
    surnames: HashSet<String>,
    particles: HashSet<String>,
    function_words: HashSet<String>,
    credit_words: HashSet<String>,
    /// Words between a place and its country: "Hà Nam của Trung Quốc".
    belonging_words: HashSet<String>,
    /// Words that make the country after them a language or a currency:
    /// "tiếng Anh", "đô la Mỹ".
    tongue_words: HashSet<String>,
    /// Surnames that also name a group of people ("Đoàn": a delegation).
    group_words: HashSet<String>,
    /// Surnames that are also prepositions ("Từ": from).
    preposition_words: HashSet<String>,
    /// Folded phrases that name a body's leadership before its name
    /// ("Ban Chấp hành Trung ương Đảng Cộng sản Cuba"), longest first.
    leadership_prefixes: Vec<String>,
    /// Folded generic names of a body ("Chính phủ") that alone name nothing
    /// worth listing.
    generic_names: HashSet<String>,
    /// One-syllable forms that name a country in a dashed pair ("Việt - Trung").
    pair_forms: HashMap<String, usize>,
    pub offices: Vec<Office>,
    /// Folded office form → index into `offices`.
    office_forms: HashMap<String, usize>,
    /// Words that, right before / after a bare title, make it no single person.
    office_before: HashSet<String>,
    office_after: HashSet<String>,
    /// Heads of several words that stand for others ("Trường Đại học" →
    /// "Đại học"): folded first word, words, folded head, what it stands for.
    long_heads: Vec<(String, usize, String, String)>,
    /// Every organisation head, folded ([`text::key`]).
    head_keys: HashSet<String>,
    /// Every place head, folded ([`text::key`]).
    place_head_keys: HashSet<String>,
    /// Every office title's cue, folded ([`text::key`]).
    office_cue_keys: HashSet<String>,
}

static EMBEDDED: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::parse(&Sources::EMBEDDED).unwrap_or_else(|e| panic!("embedded gazetteer: {e}"))
});

/// Data rows of a TSV file: (1-based line number, fields).
pub(crate) fn rows<'a>(src: &'a str) -> impl Iterator<Item = (usize, Vec<&'a str>)> + 'a {
    src.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            None
        } else {
            Some((i + 1, line.split('\t').map(str::trim).collect()))
        }
    })
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn split_variants(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect()
}

impl Gazetteer {
    /// The gazetteer compiled from the embedded data files, built once.
    pub fn embedded() -> &'static Gazetteer {
        &EMBEDDED
    }

    /// Parses the files; every line must have its file's column count.
    pub fn parse(src: &Sources<'_>) -> Result<Gazetteer, GazetteerError> {
        let mut entries = Vec::new();
        let bad = |file: &'static str, line: usize, message: String| GazetteerError {
            file,
            line,
            message,
        };
        let need = |file: &'static str, line: usize, cols: &[&str], n: usize| {
            if cols.len() == n {
                Ok(())
            } else {
                Err(bad(file, line, format!("{} columns, want {n}", cols.len())))
            }
        };
        for (line, c) in rows(src.countries) {
            need("countries.tsv", line, &c, 7)?;
            let mut variants = split_variants(c[3]);
            // "Marshall Islands", "Solomon Islands": the press writes some
            // countries by their English name; a name of two words or more
            // (one word, "Japan", "China", is mostly a brand's: "Air China")
            let english = c[4];
            if english.split(' ').count() >= 2
                && english
                    .split(' ')
                    .all(|w| w.starts_with(|ch: char| ch.is_ascii_uppercase()))
                && english != c[2]
                && !variants.iter().any(|v| v == english)
            {
                variants.push(english.to_string());
            }
            entries.push(Entry {
                variants,
                country: Some(c[0].to_string()),
                subkind: "country".into(),
                english: c[4].to_string(),
                office: c[5].to_string(),
                source: c[6].to_string(),
                ..Entry::record(c[0], EntryKind::Country, c[2])
            });
        }
        for (line, c) in rows(src.places) {
            need("places.tsv", line, &c, 7)?;
            entries.push(Entry {
                variants: split_variants(c[4]),
                country: opt(c[3]),
                subkind: c[2].to_string(),
                english: c[5].to_string(),
                source: c[6].to_string(),
                ..Entry::record(c[0], EntryKind::Place, c[1])
            });
        }
        // subdivisions: a new place, or more about a country or place already read
        let mut known: HashMap<String, usize> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        for (line, c) in rows(src.subdivisions) {
            need("subdivisions.tsv", line, &c, 9)?;
            let code = opt(c[4]);
            let cued = split_variants(c[6]);
            if let Some(&i) = known.get(c[0]) {
                let e = &mut entries[i];
                if e.name != c[1] {
                    return Err(bad(
                        "subdivisions.tsv",
                        line,
                        format!("{} is {:?} already, not {:?}", c[0], e.name, c[1]),
                    ));
                }
                e.add_variants(split_variants(c[5]));
                e.code = code;
                e.cued = cued;
                continue;
            }
            known.insert(c[0].to_string(), entries.len());
            entries.push(Entry {
                variants: split_variants(c[5]),
                country: opt(c[3]),
                subkind: c[2].to_string(),
                english: c[7].to_string(),
                source: c[8].to_string(),
                code,
                cued,
                ..Entry::record(c[0], EntryKind::Place, c[1])
            });
        }
        // hand-added places: a new record, or more forms of one already read
        for (line, c) in rows(src.foreign_places) {
            need("foreign_places.tsv", line, &c, 7)?;
            if let Some(&i) = known.get(c[0]) {
                entries[i].add_variants(split_variants(c[4]));
                continue;
            }
            known.insert(c[0].to_string(), entries.len());
            entries.push(Entry {
                variants: split_variants(c[4]),
                country: opt(c[3]),
                subkind: c[2].to_string(),
                english: c[5].to_string(),
                source: c[6].to_string(),
                ..Entry::record(c[0], EntryKind::Place, c[1])
            });
        }
        let bodies = rows(src.organisations)
            .map(|r| ("organisations.tsv", r))
            .chain(rows(src.companies).map(|r| ("companies.tsv", r)));
        for (file, (line, c)) in bodies {
            need(file, line, &c, 8)?;
            entries.push(Entry {
                variants: split_variants(c[5]),
                country: opt(c[3]),
                role: opt(c[4]),
                subkind: c[2].to_string(),
                english: c[6].to_string(),
                source: c[7].to_string(),
                ..Entry::record(c[0], EntryKind::Organisation, c[1])
            });
        }
        for (line, c) in rows(src.people) {
            need("people.tsv", line, &c, 8)?;
            entries.push(Entry {
                variants: split_variants(c[5]),
                country: opt(c[2]),
                subkind: "person".into(),
                english: c[6].to_string(),
                office: c[3].to_string(),
                roles: c[4]
                    .split(';')
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .map(String::from)
                    .collect(),
                source: c[7].to_string(),
                ..Entry::record(c[0], EntryKind::Person, c[1])
            });
        }
        let mut titles = Vec::new();
        for (line, c) in rows(src.titles) {
            if c.len() < 4 {
                return Err(bad(
                    "titles.tsv",
                    line,
                    format!("{} columns, want 5", c.len()),
                ));
            }
            let kind = match c[1] {
                "title" => TitleKind::Office,
                "personal" => TitleKind::Personal,
                "connector" => TitleKind::Connector,
                k => return Err(bad("titles.tsv", line, format!("unknown kind {k:?}"))),
            };
            titles.push(Title {
                cue: c[0].to_string(),
                kind,
                role: opt(c[2]),
                lower_only: c[3] == "lower",
            });
        }
        let mut heads = Vec::new();
        for (line, c) in rows(src.org_heads) {
            if c.len() < 2 {
                return Err(bad(
                    "org_heads.tsv",
                    line,
                    format!("{} columns, want 4", c.len()),
                ));
            }
            let flags = c.get(2).copied().unwrap_or("");
            heads.push(OrgHead {
                head: c[0].to_string(),
                role: opt(c[1]),
                embassy: flags.split(',').any(|f| f.trim() == "embassy"),
                abroad: flags.split(',').any(|f| f.trim() == "abroad"),
                lower: flags.split(',').any(|f| f.trim() == "lower"),
                named: flags.split(',').any(|f| f.trim() == "named"),
                numbered: flags.split(',').any(|f| f.trim() == "numbered"),
                coded: flags.split(',').any(|f| f.trim() == "coded"),
                delegation: flags.split(',').any(|f| f.trim() == "delegation"),
                place_in_name: flags.split(',').any(|f| f.trim() == "place_in_name"),
                sponsor: flags.split(',').any(|f| f.trim() == "sponsor"),
                outlet: flags.split(',').any(|f| f.trim() == "outlet"),
                unit: flags.split(',').any(|f| f.trim() == "unit"),
                team: flags.split(',').any(|f| f.trim() == "team"),
                country_only: flags.split(',').any(|f| f.trim() == "country_only"),
                group: flags.split(',').any(|f| f.trim() == "group"),
                stands_for: flags
                    .split(',')
                    .find_map(|f| f.trim().strip_prefix("for:"))
                    .map(str::to_string),
            });
        }
        let mut place_heads = Vec::new();
        for (line, c) in rows(src.place_heads) {
            if c.len() != 7 {
                return Err(bad(
                    "place_heads.tsv",
                    line,
                    format!("{} columns, want 7", c.len()),
                ));
            }
            place_heads.push(PlaceHead {
                head: c[0].to_string(),
                kind: c[1].to_string(),
                keep: matches!(c[2], "yes" | "pair"),
                pair: c[2] == "pair",
                country: opt(c[3]),
                lower_only: matches!(c[4], "lower" | "alone"),
                upper_only: c[4] == "upper",
                alone: c[4] == "alone",
            });
        }
        let mut stops = Vec::new();
        let mut function_words = HashSet::new();
        let mut credit_words = HashSet::new();
        let mut belonging_words = HashSet::new();
        let mut tongue_words = HashSet::new();
        let mut group_words = HashSet::new();
        let mut preposition_words = HashSet::new();
        let mut leadership_prefixes: Vec<String> = Vec::new();
        let mut generic_names = HashSet::new();
        for (line, c) in rows(src.stopwords) {
            if c.len() < 2 {
                return Err(bad(
                    "stopwords.tsv",
                    line,
                    format!("{} columns, want 3", c.len()),
                ));
            }
            let initial_only = match c[1] {
                "phrase" => false,
                "initial" => true,
                "function" => {
                    function_words.insert(c[0].to_string());
                    continue;
                }
                "credit" => {
                    credit_words.insert(text::key(c[0]));
                    continue;
                }
                "belonging" => {
                    belonging_words.insert(text::key(c[0]));
                    continue;
                }
                "tongue" => {
                    // as written, so that the text's words are looked up without folding
                    tongue_words.insert(c[0].to_string());
                    continue;
                }
                "group" => {
                    group_words.insert(text::key(c[0]));
                    continue;
                }
                "preposition" => {
                    preposition_words.insert(text::key(c[0]));
                    continue;
                }
                "leadership" => {
                    leadership_prefixes.push(text::key(c[0]));
                    continue;
                }
                "generic" => {
                    generic_names.insert(text::key(c[0]));
                    continue;
                }
                k => return Err(bad("stopwords.tsv", line, format!("unknown type {k:?}"))),
            };
            stops.push(StopPhrase {
                phrase: c[0].to_string(),
                initial_only,
            });
        }
        // every spelling, so that a syllable of the text is looked up as written
        let surnames = rows(src.surnames)
            .flat_map(|(_, c)| {
                let upper = text::spellings(c[0]);
                let lower: Vec<String> = upper.iter().map(|s| s.to_lowercase()).collect();
                upper.into_iter().chain(lower)
            })
            .collect();
        let particles = rows(src.name_particles)
            .map(|(_, c)| c[0].to_lowercase())
            .collect();

        let mut by_id = HashMap::new();
        let mut by_form = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if by_id.insert(e.id.clone(), i).is_some() {
                return Err(bad("gazetteer", 0, format!("duplicate id {}", e.id)));
            }
            for form in e.forms().chain(e.cued.iter().map(String::as_str)) {
                by_form.entry(text::key(form)).or_insert(i);
            }
        }
        // the 2025 merger: new units keep an old unit's id; absorbed ones point to it
        for (line, c) in rows(src.provinces_2025) {
            need("provinces_2025.tsv", line, &c, 6)?;
            let Some(&new) = by_id.get(c[0]) else {
                return Err(bad(
                    "provinces_2025.tsv",
                    line,
                    format!("unknown place {}", c[0]),
                ));
            };
            let merged = split_variants(c[3]);
            for old in &merged {
                let Some(&o) = by_id.get(old.as_str()) else {
                    return Err(bad(
                        "provinces_2025.tsv",
                        line,
                        format!("unknown place {old}"),
                    ));
                };
                entries[o].successor = Some(c[0].to_string());
            }
            entries[new].merged_from = merged;
        }
        // bodies merged, renamed or created: their dates and successors
        for (line, c) in rows(src.organisation_history) {
            need("organisation_history.tsv", line, &c, 6)?;
            let date_ok = |d: &str| d.is_empty() || Tenure::parse(&format!("x@{d}..")).is_some();
            if !date_ok(c[1]) || !date_ok(c[2]) {
                return Err(bad(
                    "organisation_history.tsv",
                    line,
                    format!("bad date {:?} or {:?}", c[1], c[2]),
                ));
            }
            let find = |id: &str| {
                by_id
                    .get(id)
                    .copied()
                    .filter(|&i| entries[i].kind == EntryKind::Organisation)
                    .ok_or_else(|| {
                        bad(
                            "organisation_history.tsv",
                            line,
                            format!("unknown organisation {id}"),
                        )
                    })
            };
            let i = find(c[0])?;
            let successor = if c[3].is_empty() {
                None
            } else {
                Some(find(c[3])?)
            };
            entries[i].from = opt(c[1]);
            entries[i].to = opt(c[2]);
            if let Some(s) = successor {
                entries[i].successor = Some(c[3].to_string());
                entries[s].merged_from.push(c[0].to_string());
            }
        }
        let mut offices = Vec::new();
        let mut office_forms = HashMap::new();
        let mut office_before = HashSet::new();
        let mut office_after = HashSet::new();
        for (line, c) in rows(src.offices) {
            need("offices.tsv", line, &c, 8)?;
            match c[1] {
                "office" => {
                    office_forms.insert(text::key(c[0]), offices.len());
                    offices.push(Office {
                        form: c[0].to_string(),
                        office: c[2].to_string(),
                        country: opt(c[3]),
                        prefix: c[4] == "prefix",
                        alone: c[5] == "yes",
                        role: opt(c[6]),
                    });
                }
                "before" => {
                    office_before.insert(c[0].to_lowercase());
                }
                "after" => {
                    office_after.insert(c[0].to_lowercase());
                }
                k => return Err(bad("offices.tsv", line, format!("unknown kind {k:?}"))),
            }
        }
        let mut pair_forms = HashMap::new();
        for (line, c) in rows(src.country_pairs) {
            let Some(&i) = c.get(1).and_then(|iso3| by_id.get(*iso3)) else {
                return Err(bad(
                    "country_pairs.tsv",
                    line,
                    format!("unknown country {:?}", c.get(1)),
                ));
            };
            for spelling in text::spellings(c[0]) {
                pair_forms.insert(spelling, i);
            }
        }
        let long_heads = heads
            .iter()
            .filter(|h| h.head.contains(' '))
            .filter_map(|h| {
                let full = h.stands_for.clone()?;
                let first = text::fold(h.head.split(' ').next().unwrap_or(""));
                Some((first, h.head.split(' ').count(), text::key(&h.head), full))
            })
            .collect();
        let head_keys = heads.iter().map(|h| text::key(&h.head)).collect();
        let place_head_keys = place_heads.iter().map(|h| text::key(&h.head)).collect();
        let office_cue_keys = titles
            .iter()
            .filter(|t| t.kind == TitleKind::Office)
            .map(|t| text::key(&t.cue))
            .collect();
        Ok(Gazetteer {
            long_heads,
            head_keys,
            place_head_keys,
            office_cue_keys,
            entries,
            titles,
            heads,
            place_heads,
            stops,
            by_id,
            by_form,
            surnames,
            particles,
            function_words,
            credit_words,
            belonging_words,
            tongue_words,
            group_words,
            preposition_words,
            generic_names,
            leadership_prefixes: {
                let mut p = leadership_prefixes;
                p.sort_by_key(|k| std::cmp::Reverse(k.len()));
                p
            },
            pair_forms,
            offices,
            office_forms,
            office_before,
            office_after,
        })
    }

    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// The country with this ISO 3166-1 alpha-3 code.
    pub fn country(&self, iso3: &str) -> Option<&Entry> {
        self.entry(iso3).filter(|e| e.kind == EntryKind::Country)
    }

    /// The entry any of whose forms is `name` (case, hyphens and tone placement folded).
    pub fn lookup(&self, name: &str) -> Option<&Entry> {
        self.by_form
            .get(&text::key(name))
            .map(|&i| &self.entries[i])
    }

    /// The index in `entries` of the entry any of whose forms is `name`.
    pub fn lookup_index(&self, name: &str) -> Option<usize> {
        self.by_form.get(&text::key(name)).copied()
    }

    /// The country named `name` in any written form.
    pub fn country_by_name(&self, name: &str) -> Option<&Entry> {
        self.lookup(name).filter(|e| e.kind == EntryKind::Country)
    }

    /// A name with an abbreviated head written out ("UBND tỉnh Bắc Ninh" →
    /// "Ủy ban nhân dân tỉnh Bắc Ninh"), so both spellings are one body.
    /// A head of several words stands for a shorter one the same way ("Trường
    /// đại học X" is "Đại học X"), whatever its capitalisation.
    pub fn expand_head<'s>(&self, name: &'s str) -> std::borrow::Cow<'s, str> {
        let (first, rest) = name.split_once(' ').unwrap_or((name, ""));
        let one_word = self
            .heads
            .iter()
            .find(|h| h.head == first)
            .and_then(|h| h.stands_for.as_deref());
        match one_word {
            Some(full) if rest.is_empty() => full.to_string().into(),
            Some(full) => format!("{full} {rest}").into(),
            None => {
                for (head_first, n, head, full) in &self.long_heads {
                    // a cheap test of the first word before any folding
                    let same_first = first.len() == head_first.len()
                        && first.chars().map(text::fold_char).eq(head_first.chars());
                    if !same_first {
                        continue;
                    }
                    let mut cut = name.match_indices(' ').map(|(i, _)| i);
                    let Some(end) = cut.nth(n - 1) else {
                        continue;
                    };
                    if text::key(&name[..end]) == *head {
                        return format!("{full}{}", &name[end..]).into();
                    }
                }
                name.into()
            }
        }
    }

    /// Whether the folded words ([`text::key`]) are an organisation head.
    pub fn is_head_key(&self, key: &str) -> bool {
        self.head_keys.contains(key)
    }

    /// Whether this folded phrase is the cue of an office title ("thủ tướng").
    pub fn is_office_cue_key(&self, key: &str) -> bool {
        self.office_cue_keys.contains(key)
    }

    /// Whether the folded words ([`text::key`]) are a place head ("tỉnh", "TP").
    pub fn is_place_head_key(&self, key: &str) -> bool {
        self.place_head_keys.contains(key)
    }

    /// Whether `syllable` is a Vietnamese surname.
    pub fn is_surname(&self, syllable: &str) -> bool {
        self.surnames.contains(syllable)
    }

    /// Whether `word` is a lower-case particle inside foreign names ("bin", "von").
    pub fn is_particle(&self, word: &str) -> bool {
        self.particles.contains(word)
    }

    /// The country a one-syllable pair form names ("Trung" → China), as an entry index.
    pub fn pair_form(&self, word: &str) -> Option<usize> {
        self.pair_forms.get(word).copied()
    }

    /// Whether `word` introduces a credit ("Ảnh: ...", "Nguồn: ...").
    pub fn is_credit_word(&self, word: &str) -> bool {
        self.credit_words.contains(&text::key(word))
    }

    /// Whether `word` ties a place to the country after it ("của", "thuộc").
    pub fn is_belonging_word(&self, word: &str) -> bool {
        self.belonging_words.contains(&text::key(word))
    }

    /// Whether `words` (one or two words) make the country after them a
    /// language or a currency ("tiếng", "đô la", "bảng").
    pub fn is_tongue_word(&self, words: &str) -> bool {
        self.tongue_words.contains(words)
    }

    /// Whether `word` is a surname that also names a group of people ("Đoàn":
    /// a delegation or a team), which before a country or a place is that
    /// place's group, no person: "Đoàn Việt Nam do Bộ trưởng X dẫn đầu".
    pub fn is_group_word(&self, word: &str) -> bool {
        self.group_words.contains(&text::key(word))
    }

    /// Whether `word` is a surname that is also a preposition ("Từ": from),
    /// which opening a sentence before a country or a place is the
    /// preposition, no person: "Từ Đà Nẵng, đoàn xe chạy về Hà Nội".
    pub fn is_preposition_word(&self, word: &str) -> bool {
        self.preposition_words.contains(&text::key(word))
    }

    /// Whether `name` is a generic name of a body ("Chính phủ") that alone is
    /// not worth listing as an entity.
    pub fn is_generic_name(&self, name: &str) -> bool {
        self.generic_names.contains(&text::key(name))
    }

    /// The body a name of its leadership stands for: "Ban Chấp hành Trung
    /// ương Đảng Cộng sản Cuba" → "Đảng Cộng sản Cuba" (the press and readers
    /// take a party's central committee for the party). Only when two words or
    /// more follow and they start with an organisation head, so "Trung ương
    /// Đảng" (the Vietnamese committee itself) stays as it is.
    pub fn leadership_of<'s>(&self, name: &'s str) -> Option<&'s str> {
        let key = text::key(name);
        self.leadership_prefixes.iter().find_map(|p| {
            let rest = key.strip_prefix(p.as_str())?.strip_prefix(' ')?;
            let words = p.split(' ').count();
            let (_, tail) = name.split(' ').enumerate().find(|(i, _)| *i == words)?;
            let at = tail.as_ptr() as usize - name.as_ptr() as usize;
            let body = &name[at..];
            let first = rest.split(' ').next()?;
            // (a head of two words too: "Ban Thường vụ | Tỉnh ủy Thanh Hóa")
            let two = rest.split(' ').take(2).collect::<Vec<_>>().join(" ");
            let same = text::key(&name[..at]) == *p;
            let headed = self.is_head_key(first) || self.is_head_key(&two);
            (same && rest.contains(' ') && headed).then_some(body)
        })
    }

    /// The office a title chain's text (countries left out) names: the form it
    /// is, else the longest prefix form it starts with.
    pub fn office(&self, chain: &str) -> Option<&Office> {
        let key = text::key(chain);
        if let Some(&i) = self.office_forms.get(&key) {
            return Some(&self.offices[i]);
        }
        let mut ends: Vec<usize> = key.match_indices(' ').map(|(i, _)| i).collect();
        ends.reverse();
        ends.into_iter().find_map(|end| {
            self.office_forms
                .get(&key[..end])
                .map(|&i| &self.offices[i])
                .filter(|o| o.prefix)
        })
    }

    /// The canonical office of a people.tsv role ("Bộ trưởng Bộ Ngoại giao" →
    /// "Bộ trưởng Ngoại giao"), or the role itself.
    pub fn canonical_office<'s>(&'s self, role: &'s str) -> &'s str {
        self.office(role).map_or(role, |o| o.office.as_str())
    }

    /// The people of `country` (any, for `None`) who held `office` (canonical) on `date`.
    pub fn holders(&self, office: &str, country: Option<&str>, date: &str) -> Vec<usize> {
        let want = text::key(office);
        (0..self.entries.len())
            .filter(|&i| {
                let e = &self.entries[i];
                e.kind == EntryKind::Person
                    && country.is_none_or(|c| e.country.as_deref() == Some(c))
                    && e.roles.iter().filter_map(|r| Tenure::parse(r)).any(|t| {
                        text::key(self.canonical_office(t.office)) == want && t.held_on(date)
                    })
            })
            .collect()
    }

    /// Whether `person` held `office` (canonical) on `date`; without a date,
    /// whether the gazetteer has them in it still.
    pub fn held(&self, person: &Entry, office: &str, date: Option<&str>) -> bool {
        let want = text::key(office);
        person
            .roles
            .iter()
            .filter_map(|r| Tenure::parse(r))
            .any(|t| {
                text::key(self.canonical_office(t.office)) == want
                    && date.map_or(t.to.is_empty(), |d| t.held_on(d))
            })
    }

    /// Whether `person` ever held `office` (canonical), by the gazetteer.
    pub fn ever_held(&self, person: &Entry, office: &str) -> bool {
        let want = text::key(office);
        person
            .roles
            .iter()
            .filter_map(|r| Tenure::parse(r))
            .any(|t| text::key(self.canonical_office(t.office)) == want)
    }

    /// Whether `word` right before a bare title makes it no single person ("các", "cựu").
    pub fn blocks_office_before(&self, word: &str) -> bool {
        self.office_before.contains(&word.to_lowercase())
    }

    /// Whether `word` right after a bare title makes it no single person ("các nước").
    pub fn blocks_office_after(&self, word: &str) -> bool {
        self.office_after.contains(&word.to_lowercase())
    }

    /// Whether `word` is a lower-case function word that never continues a name.
    pub fn is_function_word(&self, word: &str) -> bool {
        self.function_words.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn g() -> &'static Gazetteer {
        Gazetteer::embedded()
    }

    fn is_nfc(s: &str) -> bool {
        s.nfc().collect::<String>() == s
    }

    /// Every data row of a file has `n` tab-separated columns, all NFC, and
    /// names its source in the last one.
    fn columns(src: &str, n: usize) {
        for (line, c) in rows(src) {
            assert_eq!(c.len(), n, "line {line}: {c:?}");
            for f in &c {
                assert!(is_nfc(f), "line {line}: not NFC: {f}");
            }
            assert!(!c[n - 1].is_empty(), "line {line}: no source: {c:?}");
        }
    }

    #[test]
    fn countries_file() {
        columns(Sources::EMBEDDED.countries, 7);
        let n = g()
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Country)
            .count();
        assert!(n > 240, "{n} countries");
        for e in g().entries.iter().filter(|e| e.kind == EntryKind::Country) {
            assert!(
                e.id.len() == 3 && e.id.chars().all(|c| c.is_ascii_uppercase()),
                "{}",
                e.id
            );
            assert!(e.forms().all(|f| !f.is_empty() && is_nfc(f)));
        }
        assert_eq!(g().country_by_name("CHDCND Triều Tiên").unwrap().id, "PRK");
        assert_eq!(g().country_by_name("Hoa Kỳ").unwrap().id, "USA");
        assert_eq!(g().country_by_name("Ôxtrâylia").unwrap().id, "AUS");
        assert_eq!(g().country_by_name("Cam-pu-chia").unwrap().id, "KHM");
        assert_eq!(g().country("VNM").unwrap().name, "Việt Nam");
    }

    #[test]
    fn places_file() {
        columns(Sources::EMBEDDED.places, 7);
        for e in g().entries.iter().filter(|e| e.kind == EntryKind::Place) {
            if let Some(c) = &e.country {
                assert!(g().country(c).is_some(), "{}: {c}", e.id);
            }
        }
        let provinces = g()
            .entries
            .iter()
            .filter(|e| {
                e.country.as_deref() == Some("VNM")
                    && matches!(e.subkind.as_str(), "province" | "municipality")
            })
            .count();
        // 63 units, Hà Nội filed as the capital
        assert_eq!(provinces, 62);
        assert_eq!(g().lookup("Mátxcơva").unwrap().id, "rus.moscow");
        assert_eq!(
            g().lookup("TP.HCM").unwrap().country.as_deref(),
            Some("VNM")
        );
        assert_eq!(g().lookup("thủ đô Hà Nội").unwrap().id, "vnm.hanoi");
    }

    #[test]
    fn organisations_file() {
        columns(Sources::EMBEDDED.organisations, 8);
        for e in g()
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Organisation)
        {
            if let Some(c) = &e.country {
                assert!(g().country(c).is_some(), "{}: {c}", e.id);
            }
            assert!(e.role.is_some(), "{} has no role", e.id);
        }
        assert_eq!(g().lookup("Thông tấn xã Việt Nam").unwrap().id, "vn.vna");
        assert_eq!(g().lookup("KCNA").unwrap().country.as_deref(), Some("PRK"));
        assert_eq!(g().lookup("Liên Hiệp Quốc").unwrap().id, "igo.un");
    }

    #[test]
    fn foreign_places_file() {
        columns(Sources::EMBEDDED.foreign_places, 7);
        for (_, c) in rows(Sources::EMBEDDED.foreign_places) {
            let e = g().entry(c[0]).unwrap();
            // (a country's row only adds forms: "Anh Quốc")
            let country_row = g().country(c[0]).is_some();
            assert!(e.kind == EntryKind::Place || country_row, "{}", c[0]);
            if let Some(country) = &e.country {
                assert!(g().country(country).is_some(), "{}", c[0]);
            }
            for f in split_variants(c[4]).iter().chain([&c[1].to_string()]) {
                assert_eq!(g().lookup(f).map(|x| &x.id), Some(&e.id), "{f}");
            }
        }
        // a known record gains forms and keeps its own
        assert_eq!(g().lookup("Ba-li").unwrap().id, "idn.bali");
        assert_eq!(g().lookup("Bali").unwrap().id, "idn.bali");
        assert_eq!(g().lookup("Xibia").unwrap().country.as_deref(), Some("RUS"));
    }

    #[test]
    fn companies_file() {
        columns(Sources::EMBEDDED.companies, 8);
        let companies: Vec<&Entry> = g()
            .entries
            .iter()
            .filter(|e| rows(Sources::EMBEDDED.companies).any(|(_, c)| c[0] == e.id))
            .collect();
        assert!(companies.len() > 300, "{} companies", companies.len());
        for e in &companies {
            assert_eq!(e.subkind, "business", "{}", e.id);
            assert!(g().country(e.country.as_deref().unwrap_or("")).is_some());
            // a form that already names another entry would be shadowed by it
            for f in e.forms() {
                assert_eq!(g().lookup(f).map(|x| &x.id), Some(&e.id), "{f}");
            }
        }
        assert_eq!(
            g().lookup("Rosneft").unwrap().country.as_deref(),
            Some("RUS")
        );
        assert_eq!(g().lookup("Hằng Đại").unwrap().id, "cn.evergrande");
        assert!(g().lookup("Ford").is_none(), "a surname too");
    }

    #[test]
    fn people_file() {
        columns(Sources::EMBEDDED.people, 8);
        for e in g().entries.iter().filter(|e| e.kind == EntryKind::Person) {
            assert!(
                g().country(e.country.as_deref().unwrap_or("")).is_some(),
                "{}",
                e.id
            );
            for r in &e.roles {
                let t = Tenure::parse(r);
                assert!(t.is_some(), "{}: {r}", e.id);
                let t = t.unwrap();
                assert!(t.to.is_empty() || t.from <= t.to, "{}: {r}", e.id);
            }
            assert!(!e.source.is_empty(), "{}", e.id);
        }
        assert_eq!(g().lookup("Kim Jong-un").unwrap().id, "kp.kim_jong_un");
        assert_eq!(g().lookup("Xi Jinping").unwrap().name, "Tập Cận Bình");
    }

    #[test]
    fn cue_files() {
        columns(Sources::EMBEDDED.titles, 6);
        columns(Sources::EMBEDDED.org_heads, 5);
        columns(Sources::EMBEDDED.stopwords, 4);
        columns(Sources::EMBEDDED.place_heads, 7);
        for h in &g().place_heads {
            assert!(
                h.country
                    .as_deref()
                    .is_none_or(|c| g().country(c).is_some()),
                "{}",
                h.head
            );
        }
        columns(Sources::EMBEDDED.surnames, 3);
        columns(Sources::EMBEDDED.name_particles, 2);
        columns(Sources::EMBEDDED.country_pairs, 3);
        assert_eq!(g().entries[g().pair_form("Trung").unwrap()].id, "CHN");
        assert!(g()
            .titles
            .iter()
            .any(|t| t.cue == "Tổng Bí thư" && t.role.as_deref() == Some("PTY")));
        assert!(g()
            .heads
            .iter()
            .any(|h| h.head == "Đại sứ quán" && h.embassy));
        assert!(g().is_surname("Nguyễn") && !g().is_surname("Phát"));
        assert!(g().is_particle("bin"));
    }

    #[test]
    fn provinces_2025_file() {
        columns(Sources::EMBEDDED.provinces_2025, 6);
        let new: Vec<&Entry> = g()
            .entries
            .iter()
            .filter(|e| rows(Sources::EMBEDDED.provinces_2025).any(|(_, c)| c[0] == e.id))
            .collect();
        assert_eq!(new.len(), 34);
        let cities = rows(Sources::EMBEDDED.provinces_2025)
            .filter(|(_, c)| c[2] == "municipality")
            .count();
        assert_eq!(cities, 6);
        // every one of the 63 old units is either kept (with its id) or absorbed
        let old: Vec<&Entry> = g()
            .entries
            .iter()
            .filter(|e| {
                e.country.as_deref() == Some("VNM")
                    && matches!(e.subkind.as_str(), "province" | "municipality" | "capital")
            })
            .collect();
        assert_eq!(old.len(), 63);
        let absorbed = old.iter().filter(|e| e.successor.is_some()).count();
        assert_eq!(absorbed, 29);
        for e in &old {
            let kept = new.iter().any(|n| n.id == e.id);
            assert!(kept != e.successor.is_some(), "{}", e.id);
            if let Some(s) = &e.successor {
                assert!(
                    g().entry(s).unwrap().merged_from.contains(&e.id),
                    "{}",
                    e.id
                );
            }
        }
        // old and new names both resolve
        let ha_giang = g().lookup("tỉnh Hà Giang").unwrap();
        assert_eq!(ha_giang.successor.as_deref(), Some("vnm.tuyen_quang"));
        assert_eq!(
            g().entry("vnm.tuyen_quang").unwrap().merged_from,
            vec!["vnm.ha_giang".to_string()]
        );
        let brvt = g().lookup("Bà Rịa - Vũng Tàu").unwrap();
        assert_eq!(brvt.successor.as_deref(), Some("vnm.ho_chi_minh"));
        assert_eq!(g().lookup("TP.HCM").unwrap().merged_from.len(), 2);
        assert!(g().lookup("Hà Nội").unwrap().successor.is_none());
    }

    #[test]
    fn subdivisions_file() {
        columns(Sources::EMBEDDED.subdivisions, 9);
        let mut per_country: HashMap<String, usize> = HashMap::new();
        for (line, c) in rows(Sources::EMBEDDED.subdivisions) {
            let e = g()
                .entry(c[0])
                .unwrap_or_else(|| panic!("line {line}: {}", c[0]));
            assert!(g().country(c[3]).is_some(), "line {line}: {}", c[3]);
            // a new record belongs to its country; an old one (Hong Kong) keeps its own
            if e.kind == EntryKind::Place && e.id.contains('.') {
                assert_eq!(e.country.as_deref(), Some(c[3]), "line {line}");
            }
            let iso2 = &g().country(c[3]).unwrap().english;
            assert!(
                c[4].is_empty() || c[4].len() > 3 && c[4].as_bytes()[2] == b'-',
                "line {line}: code {} ({iso2})",
                c[4]
            );
            assert_eq!(e.code.as_deref(), (!c[4].is_empty()).then_some(c[4]));
            // every written form finds this very record, unless it needs its country after it
            for form in e.forms().filter(|f| !e.is_cued(f)) {
                assert_eq!(
                    g().lookup(form).map(|f| f.id.as_str()),
                    Some(e.id.as_str()),
                    "line {line}: {form}"
                );
            }
            assert!(g().lookup(&e.name).is_some(), "line {line}");
            *per_country.entry(c[3].to_string()).or_default() += 1;
        }
        // China's 34 units, the 50 US states and DC, Japan's 47, Cambodia's 25, Laos' 18,
        // Malaysia's 16, Myanmar's 15
        for (country, n) in [
            ("CHN", 34),
            ("USA", 51),
            ("JPN", 47),
            ("KHM", 25),
            ("LAO", 18),
        ] {
            assert_eq!(per_country.get(country), Some(&n), "{country}");
        }
        let guangdong = g().lookup("Quảng Đông").unwrap();
        assert_eq!(
            (guangdong.code.as_deref(), guangdong.country.as_deref()),
            (Some("CN-GD"), Some("CHN"))
        );
        assert_eq!(
            g().lookup("Caliphoócnia").unwrap().code.as_deref(),
            Some("US-CA")
        );
        // Beijing stays the capital, and gains its code
        let beijing = g().lookup("Bắc Kinh").unwrap();
        assert_eq!(
            (beijing.id.as_str(), beijing.subkind.as_str()),
            ("chn.beijing", "capital")
        );
        assert_eq!(beijing.code.as_deref(), Some("CN-BJ"));
        // Hong Kong stays its own territory
        assert_eq!(g().lookup("Hồng Kông").unwrap().id, "HKG");
        // a name shared with a Vietnamese province resolves to the province
        assert_eq!(g().lookup("Hà Nam").unwrap().id, "vnm.ha_nam");
        assert!(g().entry("chn.henan").unwrap().is_cued("Hà Nam"));
        assert_eq!(
            g().lookup("Sơn Tây").unwrap().country.as_deref(),
            Some("VNM")
        );
        assert_eq!(g().lookup("Henan").unwrap().id, "chn.henan");
        assert_eq!(g().lookup("Georgia").unwrap().id, "GEO");
    }

    #[test]
    fn organisation_history_file() {
        columns(Sources::EMBEDDED.organisation_history, 6);
        for (line, c) in rows(Sources::EMBEDDED.organisation_history) {
            let e = g().entry(c[0]).unwrap();
            assert_eq!(e.kind, EntryKind::Organisation, "line {line}");
            assert_eq!(g().lookup(&e.name).unwrap().id, e.id, "line {line}");
            if let Some(s) = &e.successor {
                let s = g().entry(s).unwrap();
                assert!(s.merged_from.contains(&e.id), "line {line}");
                assert!(s.to.is_none(), "line {line}: successor {} ended", s.id);
            }
        }
        // an old name is the historical body, which knows its successor
        let mpi = g().lookup("Bộ Kế hoạch và Đầu tư").unwrap();
        assert_eq!(mpi.id, "vn.mpi");
        assert_eq!(mpi.successor.as_deref(), Some("vn.mof"));
        assert!(mpi.existed_on("2024-12-31") && !mpi.existed_on("2025-03-01"));
        assert!(mpi.existed_on("2025-02"));
        let mae = g().lookup("Bộ Nông nghiệp và Môi trường").unwrap();
        assert_eq!(mae.id, "vn.mae");
        assert_eq!(mae.merged_from, ["vn.mard", "vn.monre"]);
        assert!(mae.existed_on("2025-03-01") && !mae.existed_on("2024-06"));
        assert_eq!(
            g().lookup("Bộ GTVT").unwrap().successor.as_deref(),
            Some("vn.moc")
        );
        assert_eq!(
            g().lookup("Ủy ban Dân tộc").unwrap().successor.as_deref(),
            Some("vn.moer")
        );
        assert!(g().lookup("Bộ Ngoại giao").unwrap().existed_on("1990"));
    }

    #[test]
    fn offices_file() {
        columns(Sources::EMBEDDED.offices, 8);
        for o in &g().offices {
            assert!(!o.office.is_empty(), "{}", o.form);
            assert!(
                o.country
                    .as_deref()
                    .is_none_or(|c| g().country(c).is_some()),
                "{}",
                o.form
            );
        }
        assert_eq!(
            g().office("Ngoại trưởng").unwrap().office,
            "Bộ trưởng Ngoại giao"
        );
        assert_eq!(
            g().office("Bộ trưởng Bộ Ngoại giao").unwrap().office,
            "Bộ trưởng Ngoại giao"
        );
        let gs = g()
            .office("Tổng Bí thư Ban Chấp hành Trung ương Đảng")
            .unwrap();
        assert_eq!(gs.office, "Tổng Bí thư");
        // "Chủ tịch" is the head of state only when written whole, with a country
        assert!(g().office("Chủ tịch Ủy ban nhân dân").is_none());
        assert!(!g().office("Chủ tịch").unwrap().alone);
        let kremlin = g().office("người đứng đầu Điện Kremlin").unwrap();
        assert_eq!(
            (kremlin.office.as_str(), kremlin.country.as_deref()),
            ("Tổng thống", Some("RUS"))
        );
        assert!(g().blocks_office_before("cựu") && g().blocks_office_after("các"));
    }

    #[test]
    fn office_holders_by_date() {
        let names = |office: &str, country: &str, date: &str| -> Vec<&str> {
            g().holders(office, Some(country), date)
                .into_iter()
                .map(|i| g().entries[i].name.as_str())
                .collect()
        };
        assert_eq!(names("Tổng Bí thư", "VNM", "2025-03-01"), ["Tô Lâm"]);
        assert_eq!(
            names("Tổng Bí thư", "VNM", "2020-06-15"),
            ["Nguyễn Phú Trọng"]
        );
        assert_eq!(names("Chủ tịch nước", "VNM", "2025-11-20"), ["Lương Cường"]);
        assert_eq!(names("Tổng thống", "USA", "2023-02-01"), ["Joe Biden"]);
        assert_eq!(names("Tổng thống", "RUS", "2024"), ["Vladimir Putin"]);
        // "Ngoại trưởng@..." and "Bộ trưởng Bộ Ngoại giao@..." are one office
        assert_eq!(
            names("Bộ trưởng Ngoại giao", "RUS", "2019-05-01"),
            ["Sergey Lavrov"]
        );
        assert_eq!(
            names("Bộ trưởng Ngoại giao", "VNM", "2022-05-01"),
            ["Bùi Thanh Sơn"]
        );
        assert!(names("Tổng thống", "USA", "garbage-ø").is_empty());
        // the 2025 merger of ministries, the 2025-2026 changes of the Government
        assert_eq!(names("Thủ tướng", "VNM", "2025-06-01"), ["Phạm Minh Chính"]);
        assert_eq!(names("Thủ tướng", "VNM", "2026-06-01"), ["Lê Minh Hưng"]);
        // April 2026: Tô Lâm, Party head, also elected State President
        assert_eq!(names("Chủ tịch nước", "VNM", "2026-06-01"), ["Tô Lâm"]);
        assert_eq!(names("Tổng Bí thư", "VNM", "2026-06-01"), ["Tô Lâm"]);
        assert_eq!(names("Tổng Bí thư", "VNM", "2026-03-01"), ["Tô Lâm"]);
        assert_eq!(
            names("Bộ trưởng Ngoại giao", "VNM", "2025-05-01"),
            ["Bùi Thanh Sơn"]
        );
        assert_eq!(
            names("Bộ trưởng Ngoại giao", "VNM", "2025-11-01"),
            ["Lê Hoài Trung"]
        );
        let office = |o: &str| g().canonical_office(o).to_string();
        let mae = office("Bộ trưởng Bộ Nông nghiệp và Môi trường");
        assert_eq!(names(&mae, "VNM", "2025-04-01"), ["Đỗ Đức Duy"]);
        assert_eq!(names(&mae, "VNM", "2025-12-01"), ["Trần Đức Thắng"]);
        assert!(names(&mae, "VNM", "2024-12-01").is_empty());
        let mpi = office("Bộ trưởng Bộ Kế hoạch và Đầu tư");
        assert_eq!(names(&mpi, "VNM", "2024-12-01"), ["Nguyễn Chí Dũng"]);
        assert!(names(&mpi, "VNM", "2025-04-01").is_empty());
        assert_eq!(
            names(
                &office("Bộ trưởng Bộ Dân tộc và Tôn giáo"),
                "VNM",
                "2025-05"
            ),
            ["Đào Ngọc Dung"]
        );
        assert_eq!(names("Thủ tướng", "FRA", "2025-01-15"), ["François Bayrou"]);
        assert_eq!(
            names("Thủ tướng", "FRA", "2025-11-15"),
            ["Sébastien Lecornu"]
        );
        let t = Tenure::parse("Tổng thống@2017-01..2021-01").unwrap();
        assert!(t.held_on("2017-01-20") && t.held_on("2021-01") && !t.held_on("2021-02-01"));
        assert!(Tenure::parse("Tổng thống@20..").is_none());
    }

    #[test]
    fn ids_unique_and_forms_non_empty() {
        let mut seen = HashSet::new();
        for e in &g().entries {
            assert!(seen.insert(e.id.as_str()), "duplicate {}", e.id);
            assert!(e.forms().all(|f| !f.trim().is_empty()), "{}", e.id);
        }
    }

    #[test]
    fn broken_file_is_rejected() {
        let mut src = Sources::EMBEDDED;
        src.people = "# header\nvn.x\tX\tVNM\n";
        let err = Gazetteer::parse(&src).unwrap_err();
        assert_eq!((err.file, err.line), ("people.tsv", 2));
        let mut src = Sources::EMBEDDED;
        src.provinces_2025 = "vnm.nowhere\tX\tprovince\t\tX\tNQ\n";
        let err = Gazetteer::parse(&src).unwrap_err();
        assert_eq!((err.file, err.line), ("provinces_2025.tsv", 1));
        let mut src = Sources::EMBEDDED;
        src.people = "# header\nvn.x\tX\tVNM\n";
        let err = Gazetteer::parse(&src).unwrap_err();
        assert_eq!((err.file, err.line), ("people.tsv", 2));
        let mut src = Sources::EMBEDDED;
        src.subdivisions = "chn.beijing\tPeking\tmunicipality\tCHN\tCN-BJ\t\t\tBeijing\thand\n";
        let err = Gazetteer::parse(&src).unwrap_err();
        assert_eq!((err.file, err.line), ("subdivisions.tsv", 1));
        let mut src = Sources::EMBEDDED;
        src.organisation_history = "vn.mpi\t\t2025-02-30x\tvn.mof\t\tNQ\n";
        let err = Gazetteer::parse(&src).unwrap_err();
        assert_eq!((err.file, err.line), ("organisation_history.tsv", 1));
        let mut src = Sources::EMBEDDED;
        src.organisation_history = "vn.mpi\t\t2025-02-28\tvnm.hanoi\t\tNQ\n";
        let err = Gazetteer::parse(&src).unwrap_err();
        assert_eq!((err.file, err.line), ("organisation_history.tsv", 1));
    }
}

#[cfg(test)]
mod resolve_tests {
    use super::*;

    /// Every record resolves: its canonical name finds an entry, and a
    /// person's or province's finds that very record.
    #[test]
    fn every_record_resolves() {
        let g = Gazetteer::embedded();
        let mut clashes = Vec::new();
        for e in &g.entries {
            let found = g.lookup(&e.name);
            assert!(found.is_some(), "{} does not resolve", e.id);
            let own = matches!(e.kind, EntryKind::Person | EntryKind::Country)
                || e.country.as_deref() == Some("VNM")
                    && matches!(e.subkind.as_str(), "province" | "municipality" | "capital");
            if own && found.unwrap().id != e.id {
                clashes.push(format!("{} -> {}", e.id, found.unwrap().id));
            }
        }
        assert!(clashes.is_empty(), "{clashes:?}");
        for o in &g.offices {
            assert_eq!(g.office(&o.form).map(|f| &f.office), Some(&o.office));
        }
    }
}
