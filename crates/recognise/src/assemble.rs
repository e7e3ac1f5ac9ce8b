//! From mentions to entities: one entity per referent.
//!
//! Mentions merge when they name the same gazetteer entry, or fold to the
//! same name ("Kim Jong-un" = "Kim Jong Un"). Short forms merge into a fuller
//! name of the same article: a bare head ("Đại sứ quán") into the nearest
//! body with that head, a partial name ("Đại sứ quán tại Triều Tiên") into
//! the name it is a subsequence of, a lone given name ("ông Vinh") into the
//! person it ends. A bare ministry ("Bộ Ngoại giao") takes its country from
//! its sentence only when that names exactly one country.

use std::collections::HashMap;

use thoisu_core::{Entity, EntityKind, Mention, Span};

use crate::gazetteer::{EntryKind, Gazetteer};
use crate::text;

/// How a mention relates to fuller names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Short {
    /// A full name.
    No,
    /// An organisation head alone: "Đại sứ quán".
    BareHead,
    /// A name that may be part of a fuller one: "Đại sứ quán tại Triều Tiên".
    Partial,
    /// A gazetteer ministry without a country: "Bộ Ngoại giao".
    BareMinistry,
    /// One syllable of a person's name: "ông Vinh".
    Given,
    /// Capitalised words that are a name only if the article names that
    /// person elsewhere ("Knapper khẳng định ...").
    Unresolved,
    /// A title with no name ("Tổng Bí thư", "Tổng thống Nga"): the holder of
    /// its office the article names, else the gazetteer's on the article's date.
    Title,
}

/// One mention as the scan found it.
#[derive(Clone, Debug)]
pub(crate) struct Raw {
    pub kind: EntityKind,
    pub entry: Option<usize>,
    pub name: String,
    pub country: Option<String>,
    pub role: Option<String>,
    pub roles: Vec<String>,
    pub span: Span,
    pub sentence: u32,
    pub short: Short,
    /// The offices its title chain names (canonical, see offices.tsv), for coreference.
    pub offices: Vec<String>,
}

struct Builder {
    entity: Entity,
    /// Folded syllables of the fullest name, for subsequence tests.
    words: Vec<String>,
    fixed_name: bool,
    /// Offices its title chains named, with the country each chain gave.
    offices: Vec<(String, Option<String>)>,
}

/// "Daniel J. Kritenbrink" and "Daniel Kritenbrink", "Romeo Brawner Jr." and
/// "Brawner": whether `full`, its initials and generational suffixes
/// (cue_words.tsv, name_suffix) left out, ends with `short` so cleaned.
fn ends_without_initials(full: &[String], short: &[String]) -> bool {
    let core = |ws: &[String]| -> Vec<String> {
        ws.iter()
            .filter(|w| w.chars().count() > 1 && !crate::recognise::cue_word("name_suffix", w))
            .cloned()
            .collect()
    };
    // (the short one has none: "A Sâm" is no "Ngô Vũ Sâm")
    let (full, bare) = (core(full), core(short));
    !bare.is_empty() && bare.len() == short.len() && full.ends_with(&bare)
}

fn words(name: &str) -> Vec<String> {
    text::key(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| l == w))
}

/// Whether `short` is `long` with its first names as initials: "V.I
/// Matvienko" (words "v i matvienko") for "Valentina Ivanovna Matvienko".
fn initials_of(short: &[String], long: &[String]) -> bool {
    let Some((last, firsts)) = short.split_last() else {
        return false;
    };
    !firsts.is_empty()
        && short.len() == long.len()
        && long.last() == Some(last)
        && firsts.iter().zip(long).all(|(i, w)| {
            i.chars().count() == 1 && w.chars().count() > 1 && w.starts_with(i.as_str())
        })
}

/// Whether a partial name `short` is a body of its own beside the fuller
/// `long` that has its head and its end (not a country): "Trường đại học Hà Nội" beside
/// "Trường đại học Bách khoa Hà Nội" (what `long` adds between them names no
/// country or place, and does not just spell out the head: "Trường Waikato"
/// is "Trường đại học Waikato", "Đại sứ quán tại Lào" is "Đại sứ quán Việt Nam
/// tại Lào", "Công an Hà Tĩnh" is "Công an tỉnh Hà Tĩnh").
fn names_another_body(g: &Gazetteer, short: &[String], long: &[String]) -> bool {
    // "LG Innotek" beside "LG Innotek Việt Nam Hải Phòng": a company's unit in
    // a country, named by the province of its plant, is another body
    if long.starts_with(short) && long.len() > short.len() + 1 {
        let rest = &long[short.len()..];
        let unit_abroad = (1..rest.len()).any(|n| {
            g.lookup(&rest[..n].join(" "))
                .is_some_and(|e| e.kind == EntryKind::Country)
                && g.lookup(&rest[n..].join(" "))
                    .is_some_and(|e| e.kind == EntryKind::Place)
        });
        if unit_abroad {
            return true;
        }
    }
    let p = short.iter().zip(long).take_while(|(a, b)| a == b).count();
    let tail = short.len() - p;
    if p == 0 || tail == 0 || !long.ends_with(&short[p..]) {
        return false;
    }
    // only a body named after a place ("... Hà Nội"), not after a country (a
    // country has one such body: "Chính phủ Campuchia" is "Chính phủ Hoàng gia
    // Campuchia") or after anything else ("Bệnh viện An Việt" is "Bệnh viện Đa
    // khoa An Việt")
    let is_place = |words: &[String]| {
        g.lookup(&words.join(" "))
            .is_some_and(|e| matches!(e.kind, EntryKind::Country | EntryKind::Place))
    };
    let named_after_place = g
        .lookup(&short[p..].join(" "))
        .is_some_and(|e| e.kind == EntryKind::Place);
    if !named_after_place {
        return false;
    }
    let end = long.len() - tail;
    let head = long[..end].join(" ");
    // the words it adds name a place, spell out its head, or are a unit:
    // "Công an Hà Tĩnh" is "Công an tỉnh Hà Tĩnh", "Cục thuế Hà Nội" "Cục thuế
    // TP Hà Nội", "Phòng CSGT Quảng Nam" "Phòng CSGT Công an tỉnh Quảng Nam"
    let place = is_place(&long[p..end]);
    let spelt_head = g.is_head_key(&head);
    let unit =
        (p..end).any(|j| is_place(&long[j..]) || g.is_place_head_key(&long[j..end].join(" ")));
    !place && !spelt_head && !unit
}

/// Whether two names of two words or more differ in one word only, by one
/// letter added, dropped or changed, in a word of four letters or more.
fn one_slip(a: &[String], b: &[String]) -> bool {
    if a.len() != b.len() || a.len() < 2 {
        return false;
    }
    let mut differ = a.iter().zip(b).filter(|(x, y)| x != y);
    let (Some((x, y)), None) = (differ.next(), differ.next()) else {
        return false;
    };
    let (x, y): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
    if x.len().min(y.len()) < 4 || x.len().abs_diff(y.len()) > 1 {
        return false;
    }
    let head = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
    let tail = |n: usize| x.len() >= n && y.len() >= n;
    let (sx, sy) = (x.len() - head, y.len() - head);
    // after the common start, one letter differs and the rest agree
    match (sx, sy) {
        _ if x.len() == y.len() => tail(head + 1) && x[head + 1..] == y[head + 1..],
        _ if sx > sy => x[head + 1..] == y[head..],
        _ => y[head + 1..] == x[head..],
    }
}

struct Entities<'a> {
    g: &'a Gazetteer,
    text: &'a str,
    list: Vec<Builder>,
    by_key: HashMap<(EntityKind, String), usize>,
}

impl Entities<'_> {
    fn key(&self, raw: &Raw) -> String {
        match raw.entry {
            Some(e) => format!("id:{}", self.g.entries[e].id),
            None => match self.g.expand_head(&raw.name) {
                // "ĐH Quốc gia Hà Nội" written out is a gazetteer body's name
                std::borrow::Cow::Owned(full) => match self.g.lookup(&full) {
                    Some(e) if e.kind == EntryKind::Organisation => format!("id:{}", e.id),
                    _ => text::key(&full),
                },
                std::borrow::Cow::Borrowed(name) => text::key(name),
            },
        }
    }

    fn upsert(&mut self, raw: &Raw, key: String) {
        match self.by_key.get(&(raw.kind, key.clone())) {
            Some(&i) => self.add(i, raw),
            None => {
                let i = self.list.len();
                self.list.push(Builder {
                    entity: Entity {
                        kind: raw.kind,
                        name: raw.name.clone(),
                        country: None,
                        gazetteer_id: raw.entry.map(|e| self.g.entries[e].id.clone()),
                        roles: Vec::new(),
                        actor_role: None,
                        mentions: Vec::new(),
                    },
                    words: words(&raw.name),
                    fixed_name: raw.entry.is_some(),
                    offices: Vec::new(),
                });
                self.by_key.insert((raw.kind, key), i);
                self.add(i, raw);
            }
        }
    }

    fn add(&mut self, i: usize, raw: &Raw) {
        let b = &mut self.list[i];
        let written = raw.span.of(self.text);
        if !b.fixed_name
            && raw.short == Short::No
            && written.chars().count() > b.entity.name.chars().count()
            && raw.entry.is_none()
        {
            b.entity.name = raw.name.clone();
            b.words = words(&raw.name);
        }
        if b.entity.country.is_none() {
            b.entity.country = raw.country.clone();
        }
        if b.entity.actor_role.is_none() {
            b.entity.actor_role = raw.role.clone();
        }
        for r in &raw.roles {
            if !b.entity.roles.iter().any(|x| text::key(x) == text::key(r)) {
                b.entity.roles.push(r.clone());
            }
        }
        for o in &raw.offices {
            b.offices.push((text::key(o), raw.country.clone()));
        }
        b.entity.mentions.push(Mention {
            text: written.to_string(),
            span: raw.span,
            sentence: raw.sentence,
        });
    }

    /// "HLV Kim" beside "Kim Sang-sik" whose country is not known: the one
    /// person of the article, not a Vietnamese, whose name starts with `w`
    /// (a Korean or Chinese surname); none when two names do.
    fn only_foreign_first(&self, w: &[String]) -> Option<usize> {
        let mut found = (0..self.list.len()).filter(|&i| {
            let b = &self.list[i];
            b.entity.kind == EntityKind::Person
                && !w.is_empty()
                && b.words.len() > w.len()
                && b.words.starts_with(w)
                && b.entity.country.as_deref() != Some("VNM")
        });
        match (found.next(), found.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    }

    /// The entity among `matches` mentioned last before `at`, else first after.
    fn nearest(&self, matches: impl Iterator<Item = usize>, at: usize) -> Option<usize> {
        let mut before: Option<(usize, usize)> = None;
        let mut after: Option<(usize, usize)> = None;
        for i in matches {
            for m in &self.list[i].entity.mentions {
                if m.span.start < at {
                    if before.is_none_or(|(p, _)| m.span.start > p) {
                        before = Some((m.span.start, i));
                    }
                } else if after.is_none_or(|(p, _)| m.span.start < p) {
                    after = Some((m.span.start, i));
                }
            }
        }
        before.or(after).map(|(_, i)| i)
    }
}

/// Merges mentions into entities, in order of first mention; `date` is the
/// article's, for bare titles no named person holds.
pub(crate) fn assemble(
    g: &Gazetteer,
    text: &str,
    mut raws: Vec<Raw>,
    date: Option<&str>,
) -> Vec<Entity> {
    raws.sort_by_key(|r| (r.span.start, std::cmp::Reverse(r.span.end)));
    raws.dedup_by(|a, b| a.kind == b.kind && a.span == b.span);
    // a party's central committee is the party: one entity, under its name
    for raw in raws.iter_mut() {
        if raw.kind != EntityKind::Organisation {
            continue;
        }
        if let Some(body) = g.leadership_of(&raw.name) {
            raw.entry = g.lookup_index(body);
            raw.name = body.to_string();
            raw.short = Short::No;
        }
    }
    company_in_full(g, text, &mut raws);
    let mut es = Entities {
        g,
        text,
        list: Vec::new(),
        by_key: HashMap::new(),
    };

    for raw in raws.iter().filter(|r| r.short == Short::No) {
        match foreign_national_body(g, &raws, raw) {
            Some(country) => {
                let foreign = Raw {
                    entry: None,
                    country: Some(country.clone()),
                    ..raw.clone()
                };
                es.upsert(&foreign, format!("bare:{}:{country}", text::key(&raw.name)));
            }
            None => {
                let key = es.key(raw);
                es.upsert(raw, key);
            }
        }
    }

    // Partial names, longest first, so that shorter ones find the fuller.
    let mut partials: Vec<&Raw> = raws.iter().filter(|r| r.short == Short::Partial).collect();
    partials.sort_by_cached_key(|r| std::cmp::Reverse(words(&r.name).len()));
    for raw in partials {
        let w = words(&raw.name);
        let matches: Vec<usize> = (0..es.list.len())
            .filter(|&i| {
                let b = &es.list[i];
                b.entity.kind == raw.kind
                    && b.words.len() > w.len()
                    && b.words.first() == w.first()
                    && is_subsequence(&w, &b.words)
                    && !names_another_body(g, &w, &b.words)
            })
            .collect();
        match es.nearest(matches.into_iter(), raw.span.start) {
            Some(i) => es.add(i, raw),
            None => {
                let key = es.key(raw);
                es.upsert(raw, key);
            }
        }
    }

    // Bare ministries: the one country their sentence names; when the
    // article's mentions of one ministry agree on a single country, all take it.
    // "tiếp xúc với phía Trung Quốc": a country named as the side dealt with
    let dealt_with = |r: &Raw| {
        let before = text.get(..r.span.start).unwrap_or("").trim_end();
        let word = before.rsplit(' ').next().unwrap_or("");
        crate::recognise::cue_word("counterpart", &word.to_lowercase())
    };
    // the countries a bare body's sentence names as the side dealt with: a
    // ministry named only later in full with one of them is not this one
    let counterparts = |raw: &Raw| -> Vec<String> {
        raws.iter()
            .filter(|r| r.sentence == raw.sentence && r.kind == EntityKind::Location)
            .filter(|r| dealt_with(r))
            .filter_map(|r| r.entry.filter(|&e| g.entries[e].kind == EntryKind::Country))
            .map(|e| g.entries[e].id.clone())
            .collect()
    };
    let sentence_country = |raw: &Raw| -> Option<String> {
        let mut countries: Vec<&str> = raws
            .iter()
            .filter(|r| r.sentence == raw.sentence && r.kind == EntityKind::Location)
            .filter(|r| !dealt_with(r))
            .filter_map(|r| r.entry.filter(|&e| g.entries[e].kind == EntryKind::Country))
            .map(|e| g.entries[e].id.as_str())
            .collect();
        countries.sort_unstable();
        countries.dedup();
        (countries.len() == 1).then(|| countries[0].to_string())
    };
    // "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng": the ministry is that of
    // the person its chain names, whatever other country the sentence names
    // ("... bị lực lượng Trung Quốc tấn công, Người phát ngôn Bộ Ngoại giao
    // Phạm Thu Hằng cho biết")
    let person_after = |raw: &Raw| -> Option<String> {
        raws.iter()
            .filter(|r| r.kind == EntityKind::Person && r.sentence == raw.sentence)
            .find(|r| {
                r.span.start >= raw.span.end
                    && text
                        .get(raw.span.end..r.span.start)
                        .is_some_and(|gap| gap.trim().is_empty())
            })
            .and_then(|r| r.country.clone())
    };
    // every country the article's names belong to, once for all bare ministries
    let mut named_countries: Vec<&str> = raws
        .iter()
        .filter_map(|r| {
            r.country
                .as_deref()
                .or_else(|| r.entry.and_then(|e| g.entries[e].country.as_deref()))
        })
        .collect();
    named_countries.sort_unstable();
    named_countries.dedup();
    let bare: Vec<(&Raw, Option<String>)> = raws
        .iter()
        .filter(|r| r.short == Short::BareMinistry)
        .map(|r| (r, person_after(r).or_else(|| sentence_country(r))))
        .collect();
    for (raw, own) in &bare {
        // a later "Bộ Ngoại giao" after one "Bộ Ngoại giao Nga" is that ministry;
        // after "Bộ Ngoại giao Việt Nam" and "... Triều Tiên", the one of its
        // sentence's country, if any
        let w = words(&raw.name);
        // (or the same gazetteer body written otherwise: "Bộ GD-ĐT" and "Bộ
        // Giáo dục và Đào tạo Việt Nam")
        let id = raw.entry.map(|e| g.entries[e].id.as_str());
        // (not one whose name goes on with "và" and another field: "Bộ Y
        // tế" is no short form of "Bộ Y tế và Phúc lợi gia đình Ấn Độ")
        let joined_field = |b: &[String]| b.get(w.len()).is_some_and(|x| *x == text::key("và"));
        let named = |i: usize| {
            let b = &es.list[i];
            b.entity.kind == raw.kind
                && (b.words.len() > w.len() && b.words.starts_with(&w) && !joined_field(&b.words)
                    || id.is_some() && b.entity.gazetteer_id.as_deref() == id)
        };
        let fuller: Vec<usize> = (0..es.list.len())
            .filter(|&i| {
                named(i)
                    && es.list[i]
                        .entity
                        .mentions
                        .first()
                        .is_some_and(|m| m.span.start < raw.span.start)
            })
            .collect();
        // named only later ("Bộ Công Thương cho biết ... Bộ Công Thương Việt
        // Nam"): that one, when it is the only one the article names
        let later: Vec<usize> = (0..es.list.len()).filter(|&i| named(i)).collect();
        // ("Bộ Ngoại giao Hàn Quốc thông báo ...; Người phát ngôn Bộ Ngoại
        // giao Phạm Thu Hằng cho biết": the one named in full before is not
        // the ministry of the person its chain names)
        let by_person = person_after(raw);
        let pick = match (&fuller[..], &later[..]) {
            ([only], _) if by_person.is_none() || es.list[*only].entity.country == by_person => {
                Some(*only)
            }
            ([], [only])
                if own.is_none()
                    && !es.list[*only]
                        .entity
                        .country
                        .as_ref()
                        .is_some_and(|c| counterparts(raw).contains(c))
                    || es.list[*only].entity.country == *own =>
            {
                Some(*only)
            }
            _ => fuller
                .iter()
                .copied()
                .find(|&i| own.is_some() && es.list[i].entity.country == *own),
        };
        if let Some(i) = pick {
            es.add(i, raw);
            continue;
        }
        let mut all: Vec<&str> = bare
            .iter()
            .filter(|(r, _)| r.entry == raw.entry)
            .filter_map(|(_, c)| c.as_deref())
            .collect();
        all.sort_unstable();
        all.dedup();
        // an article that names no country but the gazetteer's own for the
        // ministry ("Bộ Y tế công bố …" in home news) means that one
        let home = raw
            .entry
            .and_then(|e| g.entries[e].country.clone())
            .filter(|c| named_countries.iter().all(|n| n == c));
        let country = if all.len() == 1 {
            Some(all[0].to_string())
        } else {
            own.clone().or(home)
        };
        // "Bộ Quốc phòng" in an article naming India's and Vietnam's: one of
        // the ministries it names in full, the article does not say which; it
        // is no third body
        if country.is_none() && !later.is_empty() {
            continue;
        }
        // "Bộ Công an" of a sentence about China, with "Bộ Công an Trung Quốc"
        // named later: that ministry
        let same: Vec<usize> = later
            .iter()
            .copied()
            .filter(|&i| country.is_some() && es.list[i].entity.country == country)
            .collect();
        if let [only] = same[..] {
            es.add(only, raw);
            continue;
        }
        let entry = raw.entry.filter(|&e| g.entries[e].country == country);
        let resolved = Raw {
            entry,
            country: country.clone(),
            short: Short::No,
            ..(*raw).clone()
        };
        let key = match entry {
            Some(_) => es.key(&resolved),
            None => format!(
                "bare:{}:{}",
                text::key(&raw.name),
                country.as_deref().unwrap_or("")
            ),
        };
        es.upsert(&resolved, key);
    }

    // A bare head of two syllables or more is a short form ("Đại sứ quán",
    // "Tập đoàn"); a one-syllable one ("Bộ", "Đảng") is too vague to resolve.
    for raw in raws.iter().filter(|r| r.short == Short::BareHead) {
        let head = words(&raw.name);
        if head.len() < 2 {
            continue;
        }
        let matches: Vec<usize> = (0..es.list.len())
            .filter(|&i| {
                let b = &es.list[i];
                b.entity.kind == raw.kind
                    && b.words.len() > head.len()
                    && b.words.starts_with(&head)
            })
            .collect();
        // "Đại sứ Việt Nam tại Malaysia Lê Quý Quỳnh cho biết Đại sứ quán sẽ
        // ...": a bare embassy beside the one ambassador its sentence names
        // is that ambassador's country's, whatever other embassy the article
        // named in full
        let envoys: Vec<&str> = if head == words("Đại sứ quán") {
            let mut c: Vec<&str> = raws
                .iter()
                .filter(|r| {
                    r.kind == EntityKind::Person
                        && r.sentence == raw.sentence
                        && r.roles.iter().any(|t| words(t) == words("Đại sứ"))
                })
                .filter_map(|r| r.country.as_deref())
                .collect();
            c.sort_unstable();
            c.dedup();
            c
        } else {
            Vec::new()
        };
        if let [envoy] = envoys[..] {
            let own = matches
                .iter()
                .copied()
                .filter(|&i| es.list[i].entity.country.as_deref() == Some(envoy));
            if let Some(i) = es.nearest(own, raw.span.start) {
                es.add(i, raw);
            } else {
                let resolved = Raw {
                    country: Some(envoy.to_string()),
                    short: Short::No,
                    ..raw.clone()
                };
                let key = format!("bare:{}:{envoy}", text::key(&raw.name));
                es.upsert(&resolved, key);
            }
        } else if let Some(i) = es.nearest(matches.into_iter(), raw.span.start) {
            es.add(i, raw);
        } else if raw.role.as_deref() == Some("LEG") {
            // "Chủ tịch Thượng viện Gérard Larcher": a house of parliament named
            // by its head alone is that of the one foreign country its sentence,
            // else the article, names (Vietnam's Assembly has no houses)
            let foreign: Vec<&str> = named_countries
                .iter()
                .copied()
                .filter(|c| *c != "VNM")
                .collect();
            let country = sentence_country(raw)
                .filter(|c| c != "VNM")
                .or_else(|| (foreign.len() == 1).then(|| foreign[0].to_string()));
            if let Some(c) = country {
                let house = Raw {
                    country: Some(c.clone()),
                    short: Short::No,
                    ..raw.clone()
                };
                es.upsert(&house, format!("bare:{}:{c}", text::key(&raw.name)));
            }
        }
    }

    // "Jake Sullivan" with no title cue, then "Sullivan" alone: foreign
    // capitalised words whose last word the article writes again alone are a
    // person's full name (a brand or an outlet is not cut so).
    for raw in raws
        .iter()
        .filter(|r| r.short == Short::Unresolved && r.kind == EntityKind::Person)
    {
        let w: Vec<&str> = raw.name.split(' ').collect();
        if !(2..=3).contains(&w.len()) {
            continue;
        }
        // every word a foreign given name or surname: no Vietnamese syllable
        // ("Bão Bualoi"), acronym ("PTNT Rumani") or initial
        let foreign = w.iter().all(|x| {
            x.len() >= 2
                && x.chars().skip(1).any(char::is_lowercase)
                && x.chars()
                    .all(|c| c.is_ascii_alphabetic() || !c.is_ascii() && c.is_alphabetic())
                && !text::looks_vietnamese(x)
        });
        let last = w.last().copied().unwrap_or("");
        if foreign
            && last.chars().count() >= 3
            && written_alone(text, &raw.name, last)
            && g.lookup_index(last).is_none()
        {
            let full = Raw {
                short: Short::No,
                ..raw.clone()
            };
            let key = es.key(&full);
            es.upsert(&full, key);
        }
    }

    // One syllable: a Vietnamese is called by the given name ("ông Vinh"), a
    // Chinese or Korean leader by the surname ("ông Tập", "ông Kim").
    for raw in raws.iter().filter(|r| r.short == Short::Given) {
        let w = words(&raw.name);
        let matches: Vec<usize> = (0..es.list.len())
            .filter(|&i| {
                let b = &es.list[i];
                let foreign = b.entity.country.as_deref().is_some_and(|c| c != "VNM");
                b.entity.kind == EntityKind::Person
                    && b.words.len() > w.len()
                    && (b.words.ends_with(&w) || foreign && b.words.starts_with(&w))
            })
            .collect();
        match es
            .nearest(matches.into_iter(), raw.span.start)
            .or_else(|| es.only_foreign_first(&w))
        {
            Some(i) => es.add(i, raw),
            None => {
                let key = es.key(raw);
                es.upsert(raw, key);
            }
        }
    }

    for raw in raws.iter().filter(|r| r.short == Short::Unresolved) {
        let w = words(&raw.name);
        let matches: Vec<usize> = (0..es.list.len())
            .filter(|&i| {
                let b = &es.list[i];
                b.entity.kind == EntityKind::Person
                    && !w.is_empty()
                    && (b.words.ends_with(&w) || initials_of(&b.words, &w))
            })
            .collect();
        if let Some(i) = es
            .nearest(matches.into_iter(), raw.span.start)
            .or_else(|| es.only_foreign_first(&w))
        {
            es.add(i, raw);
        }
    }

    // "HLV Hữu Thắng" after "Nguyễn Hữu Thắng": a person named by the end of a
    // fuller name of the article is that person, when only one name ends so.
    let mut merged_into: Vec<Option<usize>> = vec![None; es.list.len()];
    for i in 0..es.list.len() {
        let b = &es.list[i];
        if b.entity.kind != EntityKind::Person || b.entity.gazetteer_id.is_some() {
            continue;
        }
        let fuller: Vec<usize> = (0..es.list.len())
            .filter(|&j| {
                let o = &es.list[j];
                j != i
                    && merged_into[j].is_none()
                    && o.entity.kind == EntityKind::Person
                    && (o.words.len() > b.words.len() && o.words.ends_with(&b.words)
                        || initials_of(&b.words, &o.words)
                        || o.words.len() > b.words.len()
                            && ends_without_initials(&o.words, &b.words))
            })
            .collect();
        if let [j] = fuller[..] {
            merged_into[i] = Some(j);
            continue;
        }
        // "Donald Trum" beside "Donald Trump": a slip of one letter in the
        // name of a gazetteer person the article names
        let near: Vec<usize> = (0..es.list.len())
            .filter(|&j| {
                let o = &es.list[j];
                j != i
                    && o.entity.kind == EntityKind::Person
                    && o.entity.gazetteer_id.is_some()
                    && one_slip(&b.words, &o.words)
            })
            .collect();
        if let [j] = near[..] {
            merged_into[i] = Some(j);
            continue;
        }
        // "Nguyễn Chí Vinh" after "Nguyễn Chí Vịnh": a full name that differs
        // from one named before it only by a tone mark on one word
        if b.words.len() >= 3 {
            let slip: Vec<usize> = (0..i)
                .filter(|&j| {
                    let o = &es.list[j];
                    if o.entity.kind != EntityKind::Person
                        || merged_into[j].is_some()
                        || o.words.len() != b.words.len()
                    {
                        return false;
                    }
                    let mut differ = o.words.iter().zip(&b.words).filter(|(x, y)| x != y);
                    match (differ.next(), differ.next()) {
                        (Some((x, y)), None) => text::toneless(x) == text::toneless(y),
                        _ => false,
                    }
                })
                .collect();
            if let [j] = slip[..] {
                merged_into[i] = Some(j);
            }
        }
    }
    for i in 0..es.list.len() {
        if let Some(mut j) = merged_into[i] {
            while let Some(next) = merged_into[j] {
                j = next;
            }
            let moved = std::mem::take(&mut es.list[i].entity.mentions);
            let roles = std::mem::take(&mut es.list[i].entity.roles);
            let country = es.list[i].entity.country.take();
            let role = es.list[i].entity.actor_role.take();
            let offices = std::mem::take(&mut es.list[i].offices);
            es.list[j].offices.extend(offices);
            let target = &mut es.list[j].entity;
            target.mentions.extend(moved);
            for r in roles {
                if !target.roles.iter().any(|x| text::key(x) == text::key(&r)) {
                    target.roles.push(r);
                }
            }
            target.country = target.country.take().or(country);
            target.actor_role = target.actor_role.take().or(role);
        }
    }
    // "Hiệp hội Lương thực Việt Nam (VFA) … Phó Chủ tịch VFA": a name
    // standing alone that the article wrote in brackets after a body (one
    // word, not the body's own name) is that body, whatever the scan made of it
    let bracketed: Vec<(String, usize)> = es
        .list
        .iter()
        .enumerate()
        .filter(|(_, b)| b.entity.kind == EntityKind::Organisation)
        .flat_map(|(i, b)| {
            let own = text::key(&b.entity.name);
            b.entity
                .mentions
                .iter()
                .filter(move |m| !m.text.contains(' ') && text::key(&m.text) != own)
                .map(move |m| (text::key(&m.text), i))
        })
        .collect();
    for i in 0..es.list.len() {
        let b = &es.list[i];
        if b.entity.gazetteer_id.is_some()
            || b.entity.kind == EntityKind::Location
            || b.entity.mentions.is_empty()
        {
            continue;
        }
        let mut owners = b.entity.mentions.iter().map(|m| {
            let k = text::key(&m.text);
            let mut js = bracketed
                .iter()
                .filter(|(a, j)| *a == k && *j != i)
                .map(|p| p.1);
            match (js.next(), js.next()) {
                (Some(j), None) => Some(j),
                _ => None,
            }
        });
        let first = owners.next().flatten();
        if let Some(j) = first.filter(|&j| owners.all(|o| o == Some(j))) {
            let moved = std::mem::take(&mut es.list[i].entity.mentions);
            es.list[j].entity.mentions.extend(moved);
        }
    }
    // "V.I Matvienko" spelled out elsewhere: the full name is the entity's
    for b in &mut es.list {
        let has_initial = b.words.iter().any(|w| w.chars().count() == 1);
        if b.entity.kind != EntityKind::Person || b.fixed_name || !has_initial {
            continue;
        }
        let full = b.entity.mentions.iter().find_map(|m| {
            let w = words(&m.text);
            initials_of(&b.words, &w).then(|| (m.text.clone(), w))
        });
        if let Some((name, w)) = full {
            b.entity.name = name;
            b.words = w;
        }
    }
    resolve_titles(&mut es, &raws, date);
    home_body_abroad(&mut es);
    // a gazetteer person named without a title acts in their best-known office
    for b in &mut es.list {
        if b.entity.kind == EntityKind::Person && b.entity.actor_role.is_none() {
            if let Some(e) = b.entity.gazetteer_id.as_deref().and_then(|id| g.entry(id)) {
                b.entity.actor_role = g.office(&e.office).and_then(|o| o.role.clone());
            }
        }
    }
    let mut out: Vec<Entity> = es
        .list
        .into_iter()
        .map(|b| b.entity)
        .filter(|e| !e.mentions.is_empty())
        // "Thủ tướng Chính phủ", "hai Chính phủ", "Chính phủ nước này": a
        // generic name only ever written bare lists nothing, since the name
        // alone cannot tell whose body it is; unless its own country is named
        // right after it ("quà của Chính phủ và nhân dân Việt Nam")
        .filter(|e| {
            !e.mentions
                .iter()
                .all(|m| g.is_generic_name(&m.text) && !own_country_follows(g, text, e, m.span.end))
        })
        .collect();
    for e in &mut out {
        e.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        e.mentions.dedup_by_key(|m| m.span);
    }
    out.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.span.start));
    out
}

/// "Quốc hội mới được bầu" in news of Georgia that names "Quốc hội Gruzia":
/// a state body of the gazetteer's home country named only by its bare name
/// (Vietnam's "Quốc hội"), in an article that names nothing else of that
/// country, is the one body the article names in full with another
/// country after that name.
fn home_body_abroad(es: &mut Entities<'_>) {
    let g = es.g;
    for i in 0..es.list.len() {
        let b = &es.list[i];
        if b.entity.kind != EntityKind::Organisation || b.entity.mentions.is_empty() {
            continue;
        }
        let bare_name = b.words.clone();
        if !b
            .entity
            .mentions
            .iter()
            .all(|m| words(&m.text) == bare_name)
        {
            continue;
        }
        // (a state body every country has one of: not a company, whose
        // bare brand beside "Toyota Việt Nam" is the parent)
        let Some(home) = b
            .entity
            .gazetteer_id
            .as_deref()
            .and_then(|id| g.entry(id))
            .filter(|e| matches!(e.subkind.as_str(), "legislature" | "state"))
            .and_then(|e| e.country.clone())
            .filter(|c| b.entity.country.as_ref() == Some(c))
        else {
            continue;
        };
        let fuller: Vec<usize> = (0..es.list.len())
            .filter(|&j| {
                let o = &es.list[j];
                j != i
                    && o.entity.kind == b.entity.kind
                    && !o.entity.mentions.is_empty()
                    && o.entity.country.is_some()
                    && o.words.len() > bare_name.len()
                    && o.words.starts_with(&bare_name)
            })
            .collect();
        let [j] = fuller[..] else {
            continue;
        };
        let abroad = es.list[j].entity.country.as_ref() != Some(&home)
            && !es.list.iter().enumerate().any(|(k, o)| {
                k != i && !o.entity.mentions.is_empty() && o.entity.country.as_ref() == Some(&home)
            });
        if abroad {
            let moved = std::mem::take(&mut es.list[i].entity.mentions);
            es.list[j].entity.mentions.extend(moved);
        }
    }
}

/// Whether `last`, the last word of `name`, stands somewhere in `text` as a
/// whole word that is not the end of `name`.
fn written_alone(text: &str, name: &str, last: &str) -> bool {
    let rest = name[..name.len() - last.len()].trim_end();
    let letter = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        }
    };
    text.match_indices(last).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + last.len()..].chars().next();
        !before.is_some_and(letter)
            && !after.is_some_and(letter)
            && !text[..at].trim_end().ends_with(rest)
    })
}

/// Whether the entity's country is named within the few words after byte
/// `at`, before the sentence or clause ends ("Chính phủ và nhân dân Việt Nam").
fn own_country_follows(g: &Gazetteer, text: &str, e: &Entity, at: usize) -> bool {
    let Some(country) = e.country.as_deref().and_then(|c| g.entry(c)) else {
        return false;
    };
    let after = text.get(at..).unwrap_or("");
    let clause_end = after
        .find(['.', ',', ';', ':', '\n', '"', '“', '”'])
        .unwrap_or(after.len());
    // at most six words on
    let window_end = after[..clause_end]
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .nth(6)
        .map_or(clause_end, |(i, _)| i);
    let window = &after[..window_end];
    std::iter::once(&country.name)
        .chain(&country.variants)
        .any(|name| window.contains(name.as_str()))
}

/// Bare titles: the one person of the article who holds the office (named
/// with it, or a gazetteer person holding it on the date), else the one
/// gazetteer holder on the article's date. Two candidates: nobody.
fn resolve_titles(es: &mut Entities<'_>, raws: &[Raw], date: Option<&str>) {
    let g = es.g;
    for raw in raws.iter().filter(|r| r.short == Short::Title) {
        let Some(office) = raw.offices.first() else {
            continue;
        };
        let want = text::key(office);
        let fits =
            |c: Option<&str>| raw.country.is_none() || c.is_none() || c == raw.country.as_deref();
        let mut named: Vec<usize> = (0..es.list.len())
            .filter(|&i| {
                let b = &es.list[i];
                let held = |id: &str| g.entry(id).is_some_and(|e| g.held(e, office, date));
                b.entity.kind == EntityKind::Person
                    && !b.entity.mentions.is_empty()
                    && fits(b.entity.country.as_deref())
                    && (b
                        .offices
                        .iter()
                        .any(|(o, c)| *o == want && fits(c.as_deref()))
                        || b.entity.gazetteer_id.as_deref().is_some_and(held))
            })
            .collect();
        // Without a country the title is Vietnam's (as for the holders on
        // the date below): a foreign holder named too does not compete.
        if raw.country.is_none() && named.len() > 1 {
            let vietnamese: Vec<usize> = named
                .iter()
                .copied()
                .filter(|&i| es.list[i].entity.country.as_deref() == Some("VNM"))
                .collect();
            if vietnamese.len() == 1 {
                named = vietnamese;
            }
        }
        match named[..] {
            [i] => es.add(i, raw),
            [] => {
                let Some(date) = date else { continue };
                // without a country the title is Vietnam's ("Chủ tịch nước"),
                // unless Vietnam has no such office ("Tổng Thư ký Liên hợp quốc")
                let mut holders =
                    g.holders(office, Some(raw.country.as_deref().unwrap_or("VNM")), date);
                if holders.is_empty() && raw.country.is_none() {
                    holders = g.holders(office, None, date);
                }
                if let [e] = holders[..] {
                    let entry = &g.entries[e];
                    let resolved = Raw {
                        entry: Some(e),
                        name: entry.name.clone(),
                        country: entry.country.clone(),
                        short: Short::No,
                        ..raw.clone()
                    };
                    let key = es.key(&resolved);
                    es.upsert(&resolved, key);
                }
            }
            _ => {}
        }
    }
}

/// A bare "Chính phủ" or "Quốc hội" (a Vietnamese state body of one or two
/// syllables, written as its canonical name) after the one country its
/// sentence names, when that country is not Vietnam: that country's body
/// ("Tại Nhật Bản, Quốc hội đã thông qua ..."). Returns the country.
fn foreign_national_body(g: &Gazetteer, raws: &[Raw], raw: &Raw) -> Option<String> {
    let e = &g.entries[raw.entry?];
    let national = raw.kind == EntityKind::Organisation
        && e.country.as_deref() == Some("VNM")
        && matches!(e.subkind.as_str(), "state" | "legislature")
        && e.name.split(' ').count() <= 2
        && text::key(&raw.name) == text::key(&e.name);
    if !national {
        return None;
    }
    let mut countries = raws
        .iter()
        .filter(|r| r.sentence == raw.sentence && r.kind == EntityKind::Location)
        .filter_map(|r| r.entry.map(|i| (r.span.start, &g.entries[i])))
        .filter(|(_, c)| c.kind == EntryKind::Country);
    let (at, first) = countries.next()?;
    let one = countries.all(|(_, c)| c.id == first.id);
    (one && at < raw.span.start && first.id != "VNM").then(|| first.id.clone())
}

/// "Công ty cổ phần Hàng không Vietjet", "Tập đoàn FLC": a company written
/// with its business head (and the field words of its legal name) before a
/// company the article also names alone ("Vietjet", "FLC") is that company,
/// under the name the gazetteer or the article gives it. The one company is
/// a gazetteer business or a one-word name; a name that ends with another's
/// longer one ("Tập đoàn Samsung" and "Samsung Electronics") stays apart.
fn company_in_full(g: &Gazetteer, text: &str, raws: &mut [Raw]) {
    let alone: Vec<(Vec<String>, Option<usize>, String)> = raws
        .iter()
        .filter(|r| r.kind == EntityKind::Organisation && r.short == Short::No)
        .filter_map(|r| {
            let written = words(r.span.of(text));
            let business = r.entry.is_some_and(|e| g.entries[e].subkind == "business");
            let one_word = r.entry.is_none() && written.len() == 1;
            (business || one_word).then(|| (written, r.entry, r.name.clone()))
        })
        .collect();
    for raw in raws.iter_mut() {
        if raw.kind != EntityKind::Organisation
            || raw.entry.is_some()
            || raw.role.as_deref() != Some("BUS")
        {
            continue;
        }
        let w = words(&raw.name);
        // (or with a description of the same country's company: "Tập đoàn
        // Năng lượng nguyên tử quốc gia Nga Rosatom" is Rosatom)
        let described = |e: &Option<usize>, prefix: &[String]| {
            e.is_some_and(|e| {
                raw.country.is_some()
                    && g.entries[e].country == raw.country
                    && business_head_first(g, prefix)
            })
        };
        let mut found = alone.iter().filter(|(a, e, _)| {
            !a.is_empty()
                && a.len() < w.len()
                && w.ends_with(a)
                && (legal_form_only(g, &w[..w.len() - a.len()])
                    || described(e, &w[..w.len() - a.len()]))
        });
        let Some(first) = found.next() else {
            continue;
        };
        if found.any(|(_, e, n)| *e != first.1 || *n != first.2) {
            continue;
        }
        raw.entry = first.1;
        raw.name = first.2.clone();
        raw.short = Short::No;
        if let Some(e) = first.1 {
            raw.country = raw.country.take().or_else(|| g.entries[e].country.clone());
        }
    }
}

/// Lower-case words of company_forms.tsv, each as its folded syllables.
static COMPANY_FORMS: std::sync::LazyLock<Vec<Vec<String>>> = std::sync::LazyLock::new(|| {
    include_str!("../../../data/gazetteer/company_forms.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next())
        .map(words)
        .filter(|w| !w.is_empty())
        .collect()
});

/// Whether `prefix` opens with a group's head of org_heads.tsv (flag
/// group) and goes on after it ("Tập đoàn Năng lượng nguyên tử quốc gia
/// Nga").
fn business_head_first(g: &Gazetteer, prefix: &[String]) -> bool {
    g.heads
        .iter()
        .filter(|h| h.group)
        .map(|h| words(&h.head))
        .any(|h| !h.is_empty() && prefix.len() > h.len() && prefix.starts_with(&h))
}

/// Whether `prefix` is a business head of org_heads.tsv ("Công ty", "Tập
/// đoàn", "Hãng") followed only by words of a legal form (company_forms.tsv).
fn legal_form_only(g: &Gazetteer, prefix: &[String]) -> bool {
    let forms_from = |mut k: usize| {
        while k < prefix.len() {
            match COMPANY_FORMS.iter().find(|f| prefix[k..].starts_with(f)) {
                Some(f) => k += f.len(),
                None => return false,
            }
        }
        true
    };
    g.heads
        .iter()
        .filter(|h| h.role.as_deref() == Some("BUS"))
        .map(|h| words(&h.head))
        .any(|h| !h.is_empty() && prefix.starts_with(&h) && forms_from(h.len()))
}
