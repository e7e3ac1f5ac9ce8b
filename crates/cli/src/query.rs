//! `thoisu events`, `agreements`, `entities`, `stories` and `search`:
//! read-only queries over the store.

use crate::counts::CountBy;
use crate::output::{self, Outcome};
use crate::{Format, TableFormat};
use anyhow::Context;
use std::io::Write;
use std::path::Path;
use thoisu_store::{
    AgreementFilter, EntityFilter, EntitySummary, EventFilter, Store, StoredAgreement, StoredEvent,
    Told,
};

pub(crate) fn open(db: &Path) -> anyhow::Result<Store> {
    if !db.exists() {
        anyhow::bail!(
            "no store at {} (run `thoisu ingest PATH` first, or pass --db)",
            db.display()
        );
    }
    Store::open(db).with_context(|| format!("opening the store {}", db.display()))
}

fn side(a: &Option<thoisu_core::DocActor>) -> (String, String) {
    match a {
        Some(a) => (
            a.name.clone(),
            a.actor
                .clone()
                .or_else(|| a.country.clone())
                .unwrap_or_default(),
        ),
        None => (String::new(), String::new()),
    }
}

/// Cuts a string to at most `n` characters for a table cell.
fn cell(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut c: String = s.chars().take(n.saturating_sub(1)).collect();
        c.push('…');
        c
    }
}

pub fn events(db: &Path, filter: &EventFilter, format: Format) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let events = store.events(filter)?;
    let mut out = output::stdout();
    match format {
        Format::Json => {
            for e in &events {
                output::write_json(&mut out, &json_event(e), false)?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record([
                "article_id",
                "story",
                "date",
                "code",
                "label",
                "goldstein",
                "source",
                "source_actor",
                "target",
                "target_actor",
                "location",
                "location_country",
                "outlet",
                "published",
                "title",
                "url",
                "sentence",
                "articles",
                "outlets",
            ])?;
            for e in &events {
                let ev = &e.event;
                let (s, sa) = side(&ev.source);
                let (t, ta) = side(&ev.target);
                let loc = ev.location.as_ref();
                w.write_record([
                    e.told.article_id.as_str(),
                    e.told.story.as_str(),
                    ev.date.as_deref().unwrap_or(""),
                    &ev.code,
                    &ev.label,
                    &ev.goldstein.to_string(),
                    &s,
                    &sa,
                    &t,
                    &ta,
                    loc.map(|l| l.name.as_str()).unwrap_or(""),
                    loc.and_then(|l| l.country.as_deref()).unwrap_or(""),
                    e.told.outlet.as_deref().unwrap_or(""),
                    e.told.published.as_deref().unwrap_or(""),
                    e.told.article_title.as_deref().unwrap_or(""),
                    e.told.url.as_deref().unwrap_or(""),
                    &ev.sentence,
                    &e.told.articles.to_string(),
                    &e.told.outlets.to_string(),
                ])?;
            }
            w.flush()?;
        }
        Format::Gdelt => {
            for e in &events {
                let row = gdelt::row(e);
                writeln!(out, "{}", row.join("\t"))?;
            }
        }
        Format::Table => {
            writeln!(
                out,
                "{:<10}  {:<4}  {:<28}  {:<32}  {:<32}  {:<16}  title",
                "date", "code", "label", "source", "target", "outlet"
            )?;
            for e in &events {
                let ev = &e.event;
                let (s, sa) = side(&ev.source);
                let (t, ta) = side(&ev.target);
                writeln!(
                    out,
                    "{:<10}  {:<4}  {:<28}  {:<32}  {:<32}  {:<16}  {}",
                    ev.date
                        .as_deref()
                        .or(e
                            .told
                            .published
                            .as_deref()
                            .map(|p| p.get(..10).unwrap_or(p)))
                        .unwrap_or("-"),
                    ev.code,
                    cell(&ev.label, 28),
                    cell(&format!("{s} ({sa})"), 32),
                    cell(&format!("{t} ({ta})"), 32),
                    cell(e.told.outlet.as_deref().unwrap_or("-"), 16),
                    cell(e.told.article_title.as_deref().unwrap_or("-"), 60),
                )?;
            }
            if filter.distinct {
                let told: usize = events.iter().map(|e| e.told.articles).sum();
                writeln!(out, "{} events, told {told} times", events.len())?;
            } else {
                writeln!(out, "{} events", events.len())?;
            }
        }
    }
    out.flush()?;
    Ok(Outcome::Done)
}

/// `thoisu stats`: what the store holds.
pub fn stats(db: &Path, json: bool) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let o = store.overview()?;
    let mut out = output::stdout();
    if json {
        output::write_json(&mut out, &o, false)?;
    } else {
        let c = &o.counts;
        writeln!(out, "store       {} (schema {})", db.display(), o.schema)?;
        writeln!(
            out,
            "articles    {} in {} stories, published {} to {}{}",
            c.articles,
            c.stories,
            o.first_day.as_deref().unwrap_or("-"),
            o.last_day.as_deref().unwrap_or("-"),
            if o.undated > 0 {
                format!(" ({} undated)", o.undated)
            } else {
                String::new()
            }
        )?;
        writeln!(
            out,
            "records     {} events, {} signed documents, {} entities",
            c.events, c.agreements, c.entities
        )?;
        for (i, (outlet, n)) in o.outlets.iter().enumerate() {
            let head = if i == 0 { "outlets" } else { "" };
            writeln!(out, "{head:<11} {n:>6}  {outlet}")?;
        }
    }
    out.flush()?;
    Ok(Outcome::Done)
}

/// `events --count BY`: the matching events counted by `by`.
pub fn event_counts(
    db: &Path,
    filter: &EventFilter,
    by: CountBy,
    format: Format,
) -> anyhow::Result<Outcome> {
    if matches!(format, Format::Gdelt) {
        anyhow::bail!("--count has no GDELT form: use --format table, csv or json");
    }
    let store = open(db)?;
    let counts = crate::counts::count(&store.events(filter)?, by);
    let mut out = output::stdout();
    match format {
        Format::Json => {
            for c in &counts {
                output::write_json(&mut out, c, false)?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(["key", "label", "events", "articles", "goldstein"])?;
            for c in &counts {
                w.write_record([
                    c.key.as_str(),
                    c.label.as_deref().unwrap_or(""),
                    &c.events.to_string(),
                    &c.articles.to_string(),
                    &c.goldstein.to_string(),
                ])?;
            }
            w.flush()?;
        }
        Format::Table | Format::Gdelt => {
            let widest = counts.iter().map(|c| c.events).max().unwrap_or(0).max(1);
            writeln!(
                out,
                "{:<16}  {:>7}  {:>8}  {:>9}  {:<30}  label",
                "key", "events", "articles", "goldstein", "bar"
            )?;
            for c in &counts {
                // A bar of up to 30 marks: the series reads at a glance.
                let bar = "█".repeat((c.events * 30).div_ceil(widest));
                let row = format!(
                    "{:<16}  {:>7}  {:>8}  {:>9.2}  {:<30}  {}",
                    c.key,
                    c.events,
                    c.articles,
                    c.goldstein,
                    bar,
                    c.label.as_deref().unwrap_or("")
                );
                writeln!(out, "{}", row.trim_end())?;
            }
            let total: usize = counts.iter().map(|c| c.events).sum();
            writeln!(out, "{total} events in {} groups", counts.len())?;
        }
    }
    out.flush()?;
    Ok(Outcome::Done)
}

pub(crate) mod gdelt {
    //! `thoisu events --format gdelt`: one line per stored event in GDELT 2.0's
    //! 61-column event layout (`data/events/gdelt_event_columns.txt`),
    //! tab-separated, no header, codes as strings (leading zeros kept).
    //! Columns thoisu fills, and from what (docs/gdelt.md says the same):
    //!
    //! - 1 GLOBALEVENTID: the first 15 hex digits of an FNV-1a hash of the
    //!   article id, CAMEO code, trigger offsets and both sides' codes, in
    //!   decimal (stable across runs).
    //! - 2-5 SQLDATE, MonthYear, Year, FractionDate: the event's date, else the
    //!   article's published day; FractionDate = year + day-of-year / 365.
    //! - 6-8, 13 and 16-18, 23 Actor{1,2}Code / Name / CountryCode / Type1Code:
    //!   source and target: CAMEO actor code (`VNMGOV`), the name upper-cased,
    //!   the ISO 3166-1 alpha-3 country (= CAMEO country code), the role
    //!   (`GOV`, `PTY`, `MIL` ...: the actor code after its country).
    //! - 26 IsRootEvent = 1; 27-29 EventCode, EventBaseCode (3 digits),
    //!   EventRootCode (2 digits); 30 QuadClass; 31 GoldsteinScale.
    //! - 32-34 NumMentions, NumSources, NumArticles: the tellings in the
    //!   article (1 unless it tells the event twice), 1, 1; with `--distinct`,
    //!   the tellings, outlets and articles of the event's story that told it
    //!   (as many as `export --format gdelt-mentions` writes rows for it).
    //! - 52-54 ActionGeo_Type / FullName / CountryCode: 1 when the place is a
    //!   country, else 4 (a city or other place); the place's name as
    //!   written; its country in FIPS 10-4 (`data/events/fips.tsv`: PRK → KN).
    //! - 60 DATEADDED: the published timestamp as YYYYMMDDHHMMSS (local time as
    //!   the article gives it; 000000 when it has only a day).
    //! - 61 SOURCEURL: the article's URL, else its outlet, else its id.
    //!
    //! - 9, 19 Actor{1,2}KnownGroupCode: an international body's own code
    //!   (`UNO` for `IGOUNO`).
    //!
    //! Empty: ethnic, religion and Type2/3 codes, AvgTone, the
    //! actors' geo fields, ADM1/ADM2 codes, latitude, longitude, feature ids.

    use std::collections::{HashMap, HashSet};
    use std::sync::LazyLock;
    use thoisu_store::StoredEvent;

    /// GDELT 2.0 event records have this many columns.
    pub const COLUMNS: usize = 61;

    static FIPS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        include_str!("../../../data/events/fips.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.trim_end().split_once('\t'))
            .collect()
    });

    /// Names of countries (canonical and variants, lower case) so a place
    /// that is a whole country gets GDELT geo type 1, not 4.
    static COUNTRY_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
        let mut names = HashSet::new();
        for line in include_str!("../../../data/gazetteer/countries.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            for name in cols.iter().skip(2).take(3).flat_map(|c| c.split('|')) {
                if !name.trim().is_empty() {
                    names.insert(name.trim().to_lowercase());
                }
            }
        }
        names
    });

    /// FIPS 10-4 country code of an ISO 3166-1 alpha-3 code (`VNM` → `VM`).
    pub fn fips(iso3: &str) -> Option<&'static str> {
        FIPS.get(iso3).copied()
    }

    /// 64-bit FNV-1a: tiny, stable across versions and platforms.
    fn fnv1a(parts: &[&[u8]]) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for part in parts {
            for &b in *part {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            // A separator, so ("ab", "c") and ("a", "bc") differ.
            h ^= 0xff;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    /// `YYYY-MM-DD...` → (year, month, day), checked.
    fn ymd(s: &str) -> Option<(i32, u32, u32)> {
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: i32 = s.get(..4)?.parse().ok()?;
        let month: u32 = s.get(5..7)?.parse().ok()?;
        let day: u32 = s.get(8..10)?.parse().ok()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
    }

    fn day_of_year(year: i32, month: u32, day: u32) -> u32 {
        const BEFORE: [u32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        BEFORE[(month - 1) as usize] + day + u32::from(leap && month > 2)
    }

    /// `HH:MM:SS` after the day of an ISO timestamp, as `HHMMSS`.
    fn hms(s: &str) -> String {
        let time = s.get(11..19).unwrap_or("");
        let digits: String = time.chars().filter(char::is_ascii_digit).collect();
        if digits.len() == 6 {
            digits
        } else {
            "000000".into()
        }
    }

    /// A cell never holds a tab or a line break.
    fn clean(s: &str) -> String {
        s.replace(['\t', '\n', '\r'], " ")
    }

    fn is_iso3(s: &str) -> bool {
        s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// Actor code, name, country, known group (the body's own code after
    /// `IGO`: `IGOUNO` → `UNO`, `IGOEUREEC` → `EEC`), role (GDELT's Type1Code).
    fn actor(a: &Option<thoisu_core::DocActor>) -> [String; 5] {
        let Some(a) = a else {
            return Default::default();
        };
        let country = a.country.as_deref().filter(|c| is_iso3(c)).unwrap_or("");
        let code = a.actor.as_deref().unwrap_or(country);
        let role = match code.strip_prefix(country) {
            Some(rest) if !country.is_empty() => rest.get(..3).unwrap_or(rest),
            _ if country.is_empty() => code.get(..3).unwrap_or(""),
            _ => "",
        };
        let known_group = match code.strip_prefix("IGO") {
            Some(rest) if rest.len() >= 3 && country.is_empty() => &rest[rest.len() - 3..],
            _ => "",
        };
        [
            clean(code),
            clean(&a.name.to_uppercase()),
            country.to_string(),
            clean(known_group),
            clean(role),
        ]
    }

    /// GLOBALEVENTID: stable across runs and builds that store the same
    /// event. The sides are part of it: one trigger can tell one act
    /// towards two countries ("hội đàm với Hàn Quốc và Australia").
    pub fn event_id(e: &StoredEvent) -> u64 {
        let ev = &e.event;
        fn side(a: &Option<thoisu_core::DocActor>) -> &[u8] {
            a.as_ref()
                .and_then(|a| a.actor.as_deref().or(a.country.as_deref()))
                .unwrap_or("")
                .as_bytes()
        }
        fnv1a(&[
            e.told.article_id.as_bytes(),
            ev.code.as_bytes(),
            &ev.provenance.start.to_le_bytes(),
            &ev.provenance.sentence_start.to_le_bytes(),
            side(&ev.source),
            side(&ev.target),
        ]) >> 4
    }

    /// The article's published timestamp as YYYYMMDDHHMMSS (DATEADDED),
    /// else `day`'s with 000000.
    fn stamp(e: &StoredEvent, day: Option<(i32, u32, u32)>) -> String {
        e.told
            .published
            .as_deref()
            .and_then(|p| ymd(p).map(|d| (d, hms(p))))
            .or_else(|| day.map(|d| (d, "000000".to_string())))
            .map(|((y, m, d), time)| format!("{y:04}{m:02}{d:02}{time}"))
            .unwrap_or_default()
    }

    /// The event's day: its date, else the article's published day.
    fn event_day(e: &StoredEvent) -> Option<(i32, u32, u32)> {
        e.event
            .date
            .as_deref()
            .and_then(ymd)
            .or_else(|| e.told.published.as_deref().and_then(ymd))
    }

    /// Where the article was read: its URL, else its outlet, else its id.
    fn source_url(e: &StoredEvent) -> String {
        clean(
            e.told
                .url
                .as_deref()
                .or(e.told.outlet.as_deref())
                .unwrap_or(&e.told.article_id),
        )
    }

    /// The 61 cells of one event.
    pub fn row(e: &StoredEvent) -> Vec<String> {
        let ev = &e.event;
        let mut cells = vec![String::new(); COLUMNS];
        cells[0] = event_id(e).to_string();
        let day = event_day(e);
        if let Some((y, m, d)) = day {
            cells[1] = format!("{y:04}{m:02}{d:02}");
            cells[2] = format!("{y:04}{m:02}");
            cells[3] = format!("{y:04}");
            cells[4] = format!(
                "{:.4}",
                f64::from(y) + f64::from(day_of_year(y, m, d)) / 365.0
            );
        }
        let [code, name, country, group, role] = actor(&ev.source);
        (cells[5], cells[6], cells[7], cells[8], cells[12]) = (code, name, country, group, role);
        let [code, name, country, group, role] = actor(&ev.target);
        (cells[15], cells[16], cells[17], cells[18], cells[22]) =
            (code, name, country, group, role);
        cells[25] = "1".into();
        cells[26] = clean(&ev.code);
        cells[27] = clean(ev.code.get(..3).unwrap_or(&ev.code));
        cells[28] = clean(ev.code.get(..2).unwrap_or(&ev.code));
        cells[29] = ev.quad_class.to_string();
        cells[30] = ev.goldstein.to_string();
        // NumMentions counts every telling in every article that told it.
        cells[31] = e.told.tellings.to_string();
        cells[32] = e.told.outlets.to_string();
        cells[33] = e.told.articles.to_string();
        if let Some(place) = &ev.location {
            let is_country = COUNTRY_NAMES.contains(&place.name.to_lowercase());
            cells[51] = if is_country { "1" } else { "4" }.into();
            cells[52] = clean(&place.name);
            cells[53] = place.country.as_deref().and_then(fips).unwrap_or("").into();
        }
        cells[59] = stamp(e, day);
        cells[60] = source_url(e);
        cells
    }

    /// GDELT 2.0 mention records have this many columns.
    pub const MENTION_COLUMNS: usize = 16;

    /// GDELT 2.0's Mentions table for `events` (in store order): one row
    /// per telling of each event in each article, keyed to the GLOBALEVENTID
    /// of its happening's first event — the row `events --distinct` and
    /// `export --format gdelt-events` write for it. `body` gives an
    /// article's stored body (by id), for sentence numbers and character
    /// offsets; articles are read one at a time.
    pub fn mention_rows(
        events: &[StoredEvent],
        mut body: impl FnMut(&str) -> anyhow::Result<Option<String>>,
    ) -> anyhow::Result<Vec<Vec<String>>> {
        let mut first: HashMap<thoisu_store::Happening, usize> = HashMap::new();
        let happening: Vec<usize> = events
            .iter()
            .enumerate()
            .map(|(i, e)| *first.entry(e.happening()).or_insert(i))
            .collect();
        // Article by article, so one body is in memory at a time; rows go
        // back to store order at the end.
        let mut order: Vec<usize> = (0..events.len()).collect();
        order.sort_by(|&a, &b| events[a].told.article_id.cmp(&events[b].told.article_id));
        let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
        let mut text: Option<(String, String, Vec<usize>)> = None;
        for i in order {
            let e = &events[i];
            if text.as_ref().map(|t| &t.0) != Some(&e.told.article_id) {
                let b = body(&e.told.article_id)?.unwrap_or_default();
                let starts = thoisu_extract::sentence_starts(&b);
                text = Some((e.told.article_id.clone(), b, starts));
            }
            let (_, b, starts) = text.as_ref().expect("just set");
            let first = &events[happening[i]];
            let event_time = stamp(first, event_day(first));
            let chars = |at: usize| b.get(..at).map_or(0, |s| s.chars().count());
            let tellings = if e.event.mentions.is_empty() {
                std::slice::from_ref(&e.event.provenance)
            } else {
                e.event.mentions.as_slice()
            };
            for m in tellings {
                let mut cells = vec![String::new(); MENTION_COLUMNS];
                cells[0] = event_id(first).to_string();
                cells[1] = event_time.clone();
                cells[2] = stamp(e, event_day(e));
                cells[3] = "1".into(); // web
                cells[4] = clean(
                    e.told
                        .outlet
                        .as_deref()
                        .or(e.told.url.as_deref())
                        .unwrap_or(""),
                );
                cells[5] = source_url(e);
                cells[6] = starts
                    .partition_point(|&s| s <= m.sentence_start)
                    .max(1)
                    .to_string();
                // Actors' own offsets are not recorded: -1, GDELT's "not found".
                cells[7] = "-1".into();
                cells[8] = "-1".into();
                cells[9] = chars(m.start).to_string();
                cells[10] = "1".into();
                cells[12] = b.chars().count().to_string();
                cells[14] = "srclc:vie".into();
                rows.push((i, cells));
            }
        }
        rows.sort_by_key(|(i, _)| *i);
        Ok(rows.into_iter().map(|(_, r)| r).collect())
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use thoisu_core::{DocActor, DocEvent, Place, Provenance};

        #[test]
        fn fips_table_is_iso3_to_fips_without_duplicates() {
            let text = include_str!("../../../data/events/fips.tsv");
            let mut keys = Vec::new();
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                let (iso3, code) = line.split_once('\t').expect("two columns");
                assert!(is_iso3(iso3), "{line:?}");
                assert!(
                    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
                    "{line:?}"
                );
                keys.push(iso3);
            }
            let n = keys.len();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(n, keys.len(), "duplicate key in fips.tsv");
            assert!(n >= 249, "only {n} countries");
            assert_eq!(fips("VNM"), Some("VM"));
            assert_eq!(fips("PRK"), Some("KN"));
            assert_eq!(fips("KOR"), Some("KS"));
            assert_eq!(fips("DEU"), Some("GM"));
            assert_eq!(fips("XYZ"), None);
        }

        fn stored(date: Option<&str>, place: &str, country: &str) -> StoredEvent {
            StoredEvent {
                told: thoisu_store::Told {
                    article_id: "ed4e38236c78ea28".into(),
                    story: "ed4e38236c78ea28".into(),
                    articles: 1,
                    outlets: 1,
                    tellings: 1,
                    article_title: Some(
                        "Tổng Bí thư hội đàm với Tổng Bí thư Đảng Lao động Triều Tiên".into(),
                    ),
                    outlet: Some("Báo Nhân Dân".into()),
                    published: Some("2025-10-10T08:15:00+07:00".into()),
                    url: None,
                },
                event: DocEvent {
                    code: "057".into(),
                    label: "Sign formal agreement".into(),
                    source: Some(DocActor {
                        name: "Tô Lâm".into(),
                        country: Some("VNM".into()),
                        actor: Some("VNMPTY".into()),
                    }),
                    target: Some(DocActor {
                        name: "Triều Tiên".into(),
                        country: Some("PRK".into()),
                        actor: Some("PRK".into()),
                    }),
                    date: date.map(Into::into),
                    location: Some(Place {
                        name: place.into(),
                        country: Some(country.into()),
                    }),
                    goldstein: 8.0,
                    quad_class: 1,
                    sentence: "Hai bên đã ký kết các văn kiện hợp tác.".into(),
                    rule: "sign.ky_ket".into(),
                    provenance: Provenance::default(),
                    plover_type: "SUPPORT".into(),
                    plover_mode: None,
                    mentions: Vec::new(),
                },
            }
        }

        #[test]
        fn a_signing_in_pyongyang_fills_the_gdelt_columns() {
            let row = row(&stored(Some("2025-10-10"), "Bình Nhưỡng", "PRK"));
            assert_eq!(row.len(), COLUMNS);
            assert!(row[0].parse::<u64>().unwrap() < 1 << 60);
            assert_eq!(&row[1..5], ["20251010", "202510", "2025", "2025.7753"]);
            assert_eq!(&row[5..8], ["VNMPTY", "TÔ LÂM", "VNM"]);
            assert_eq!(row[12], "PTY");
            assert_eq!(&row[15..18], ["PRK", "TRIỀU TIÊN", "PRK"]);
            assert_eq!(row[22], "");
            assert_eq!(&row[25..31], ["1", "057", "057", "05", "1", "8"]);
            assert_eq!(&row[51..54], ["4", "Bình Nhưỡng", "KN"]);
            assert_eq!(row[59], "20251010081500");
            assert_eq!(row[60], "Báo Nhân Dân");
            assert!(row.iter().all(|c| !c.contains('\t') && !c.contains('\n')));
        }

        #[test]
        fn a_country_place_is_type_1_and_the_published_day_stands_in() {
            let row = row(&stored(None, "Việt Nam", "VNM"));
            assert_eq!(row[1], "20251010");
            assert_eq!(&row[51..54], ["1", "Việt Nam", "VM"]);
        }

        #[test]
        fn events_stored_before_plover_still_read() {
            let old = r#"{"code":"042","label":"Make a visit","source":null,"target":null,
                "date":"2025-10-09","location":{"name":"Bình Nhưỡng","country":"PRK"},
                "goldstein":1.9,"quad_class":1,"sentence":"Tổng Bí thư thăm Triều Tiên.",
                "rule":"V0424","start":0,"end":4,"sentence_start":0,"sentence_end":30}"#;
            let event: DocEvent = serde_json::from_str(old).unwrap();
            assert_eq!(event.plover_type, "");
            assert_eq!(event.plover_mode, None);
        }

        #[test]
        fn ids_are_stable_and_differ_between_events() {
            let a = stored(None, "Hà Nội", "VNM");
            let mut b = a.clone();
            b.event.provenance.start = 120;
            assert_eq!(row(&a)[0], row(&a.clone())[0]);
            assert_ne!(row(&a)[0], row(&b)[0]);
        }

        #[test]
        fn odd_dates_and_missing_actors_still_give_61_cells() {
            let mut e = stored(Some("mùng 2 Tết"), "", "");
            e.told.published = None;
            e.event.source = None;
            e.event.code = "0".into();
            let row = row(&e);
            assert_eq!(row.len(), COLUMNS);
            assert_eq!(row[1], "");
            assert_eq!(row[26], "0");
            assert_eq!(day_of_year(2024, 12, 31), 366);
            assert_eq!(day_of_year(2025, 3, 1), 60);
        }
    }
}

/// A stored event or signed document as `--format json` and the API give
/// it: the contract's object plus where it was read and how many told it.
pub(crate) fn json_told(record: &impl serde::Serialize, told: &Told) -> serde_json::Value {
    let mut v = serde_json::to_value(record).unwrap_or_default();
    if let (Some(o), Ok(serde_json::Value::Object(t))) =
        (v.as_object_mut(), serde_json::to_value(told))
    {
        o.extend(t);
    }
    v
}

pub(crate) fn json_event(e: &StoredEvent) -> serde_json::Value {
    json_told(&e.event, &e.told)
}

pub(crate) fn json_agreement(g: &StoredAgreement) -> serde_json::Value {
    json_told(&g.agreement, &g.told)
}

/// Parties as one cell: "Bộ Công Thương (VNM); Samsung (KOR)".
fn parties_cell(parties: &[thoisu_core::Party]) -> String {
    parties
        .iter()
        .map(|p| match &p.country {
            Some(c) => format!("{} ({c})", p.name),
            None => p.name.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn agreements(
    db: &Path,
    filter: &AgreementFilter,
    format: TableFormat,
) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let found = store.agreements(filter)?;
    let mut out = output::stdout();
    let day = |g: &StoredAgreement| -> String {
        g.agreement
            .date
            .as_deref()
            .or(g
                .told
                .published
                .as_deref()
                .map(|p| p.get(..10).unwrap_or(p)))
            .unwrap_or("-")
            .to_owned()
    };
    let kind = |g: &StoredAgreement| -> String {
        serde_json::to_value(g.agreement.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    };
    match format {
        TableFormat::Json => {
            for g in &found {
                output::write_json(&mut out, &json_agreement(g), false)?;
            }
        }
        TableFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record([
                "article_id",
                "story",
                "date",
                "kind",
                "title",
                "parties",
                "location",
                "outlet",
                "published",
                "article_title",
                "url",
                "sentence",
                "articles",
                "outlets",
            ])?;
            for g in &found {
                let a = &g.agreement;
                w.write_record([
                    g.told.article_id.as_str(),
                    g.told.story.as_str(),
                    a.date.as_deref().unwrap_or(""),
                    &kind(g),
                    &a.title,
                    &parties_cell(&a.parties),
                    a.location.as_deref().unwrap_or(""),
                    g.told.outlet.as_deref().unwrap_or(""),
                    g.told.published.as_deref().unwrap_or(""),
                    g.told.article_title.as_deref().unwrap_or(""),
                    g.told.url.as_deref().unwrap_or(""),
                    &a.sentence,
                    &g.told.articles.to_string(),
                    &g.told.outlets.to_string(),
                ])?;
            }
            w.flush()?;
        }
        TableFormat::Table => {
            writeln!(
                out,
                "{:<10}  {:<16}  {:<48}  {:<48}  outlet",
                "date", "kind", "title", "parties"
            )?;
            for g in &found {
                let told = if g.told.articles > 1 {
                    format!(" ({} articles)", g.told.articles)
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "{:<10}  {:<16}  {:<48}  {:<48}  {}{told}",
                    day(g),
                    kind(g),
                    cell(&g.agreement.title, 48),
                    cell(&parties_cell(&g.agreement.parties), 48),
                    g.told.outlet.as_deref().unwrap_or(""),
                )?;
            }
            writeln!(out, "{} documents", found.len())?;
        }
    }
    out.flush()?;
    Ok(Outcome::Done)
}

/// An entity summary as `entities --format json` and the API give it.
pub(crate) fn json_entity(e: &EntitySummary) -> serde_json::Value {
    serde_json::json!({
        "type": e.kind, "name": e.name, "country": e.country, "actor": e.actor,
        "id": e.gazetteer_id, "articles": e.articles, "stories": e.stories,
        "first_day": e.first_day, "last_day": e.last_day, "roles": e.roles,
        "mentions": e.mentions,
    })
}

pub fn entities(db: &Path, filter: &EntityFilter, format: TableFormat) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let found = store.entities(filter)?;
    let mut out = output::stdout();
    match format {
        TableFormat::Json => {
            for e in &found {
                output::write_json(&mut out, &json_entity(e), false)?;
            }
        }
        TableFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record([
                "type",
                "name",
                "country",
                "actor",
                "id",
                "articles",
                "stories",
                "first_day",
                "last_day",
                "roles",
                "mentions",
            ])?;
            for e in &found {
                w.write_record([
                    e.kind.as_str(),
                    &e.name,
                    e.country.as_deref().unwrap_or(""),
                    e.actor.as_deref().unwrap_or(""),
                    e.gazetteer_id.as_deref().unwrap_or(""),
                    &e.articles.to_string(),
                    &e.stories.to_string(),
                    e.first_day.as_deref().unwrap_or(""),
                    e.last_day.as_deref().unwrap_or(""),
                    &e.roles.join("; "),
                    &e.mentions.join("; "),
                ])?;
            }
            w.flush()?;
        }
        TableFormat::Table => {
            writeln!(
                out,
                "{:<4}  {:<32}  {:<7}  {:<9}  {:>8}  {:<10}  {:<10}  roles",
                "type", "name", "country", "actor", "articles", "first", "last"
            )?;
            for e in &found {
                writeln!(
                    out,
                    "{:<4}  {:<32}  {:<7}  {:<9}  {:>8}  {:<10}  {:<10}  {}",
                    e.kind,
                    cell(&e.name, 32),
                    e.country.as_deref().unwrap_or("-"),
                    e.actor.as_deref().unwrap_or("-"),
                    e.articles,
                    e.first_day.as_deref().unwrap_or("-"),
                    e.last_day.as_deref().unwrap_or("-"),
                    cell(&e.roles.join("; "), 60),
                )?;
            }
            writeln!(out, "{} entities", found.len())?;
        }
    }
    out.flush()?;
    Ok(Outcome::Done)
}

/// One article of a story, as `stories --json` and the API list it.
pub(crate) fn json_story_article(a: &thoisu_store::StoryArticle) -> serde_json::Value {
    serde_json::json!({
        "id": a.id, "title": a.title, "published": a.published,
        "outlet": a.outlet, "url": a.url,
    })
}

/// A story with its articles (read from the store), as `stories --json`
/// and the API give it.
pub(crate) fn json_story(
    store: &Store,
    s: &thoisu_store::StorySummary,
) -> Result<serde_json::Value, thoisu_store::StoreError> {
    let articles = store
        .story_articles(&s.id)?
        .map(|(_, a)| a)
        .unwrap_or_default();
    let articles: Vec<serde_json::Value> = articles.iter().map(json_story_article).collect();
    Ok(serde_json::json!({
        "id": s.id, "title": s.title, "articles": s.articles, "outlets": s.outlets,
        "first_day": s.first_day, "last_day": s.last_day, "events": s.events,
        "members": articles,
    }))
}

pub fn stories(
    db: &Path,
    filter: &thoisu_store::StoryFilter,
    json: bool,
) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let stories = store.stories(filter)?;
    let mut out = output::stdout();
    if !json {
        writeln!(
            out,
            "{:<32}  {:<10}  {:<10}  {:>8}  {:>6}  {:<30}  title",
            "story", "first", "last", "articles", "events", "outlets"
        )?;
    }
    for s in &stories {
        if json {
            output::write_json(&mut out, &json_story(&store, s)?, false)?;
        } else {
            writeln!(
                out,
                "{:<32}  {:<10}  {:<10}  {:>8}  {:>6}  {:<30}  {}",
                s.id,
                s.first_day.as_deref().unwrap_or("-"),
                s.last_day.as_deref().unwrap_or("-"),
                s.articles,
                s.events,
                cell(&s.outlets.join(", "), 30),
                cell(s.title.as_deref().unwrap_or("(untitled)"), 70),
            )?;
        }
    }
    if !json {
        writeln!(out, "{} stories", stories.len())?;
    }
    out.flush()?;
    Ok(Outcome::Done)
}

pub(crate) fn json_hit(h: &thoisu_store::SearchHit) -> serde_json::Value {
    serde_json::json!({
        "id": h.article_id, "title": h.title, "published": h.published,
        "outlet": h.outlet, "snippet": h.snippet, "score": h.score,
    })
}

pub fn search(db: &Path, query: &str, limit: usize, json: bool) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let hits = store.search(query, limit)?;
    let mut out = output::stdout();
    for h in &hits {
        if json {
            output::write_json(&mut out, &json_hit(h), false)?;
        } else {
            writeln!(
                out,
                "{}  {:<10}  {:<16}  {}\n    {}",
                &h.article_id[..h.article_id.len().min(12)],
                h.published
                    .as_deref()
                    .map(|p| p.get(..10).unwrap_or(p))
                    .unwrap_or("-"),
                cell(h.outlet.as_deref().unwrap_or("-"), 16),
                h.title.as_deref().unwrap_or("(untitled)"),
                h.snippet.replace('\n', " "),
            )?;
        }
    }
    if !json {
        writeln!(out, "{} articles", hits.len())?;
    }
    out.flush()?;
    Ok(Outcome::Done)
}
