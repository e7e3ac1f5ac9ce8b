//! The reader's word lists, compiled once from `data/read/*.tsv`.
//!
//! Vietnamese cue words (related-news headings, photo credits, page
//! furniture, byline introducers) and the outlet table live in data files so
//! they can grow without touching code; this module turns them into lookup
//! structures the first time any of them is needed.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

const OUTLETS_TSV: &str = include_str!("../../../data/read/outlets.tsv");
const CUES_TSV: &str = include_str!("../../../data/read/cues.tsv");

/// Every cue list and the outlet table, built once.
pub(crate) struct Lexicon {
    outlet_names: Vec<String>,
    /// Lower-cased lead marker → index into `outlet_names`.
    markers: HashMap<String, usize>,
    /// Lower-cased domain → index into `outlet_names`.
    domains: HashMap<String, usize>,
    pub related_heading: HashSet<String>,
    pub related_inline: Vec<String>,
    pub end_heading: HashSet<String>,
    pub caption_credit: Vec<String>,
    pub caption_whole: HashSet<String>,
    /// First letters of every credit and whole-caption note, for a cheap pre-test.
    pub credit_initials: Vec<char>,
    pub chrome_line: HashSet<String>,
    pub chrome_prefix: Vec<String>,
    pub chrome_marker: Vec<String>,
    pub byline_prefix: Vec<String>,
    pub byline_group: Vec<String>,
    pub date_word: HashSet<String>,
    pub home_crumb: HashSet<String>,
    pub surname: HashSet<String>,
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// Lines of a TSV file, without comments and blank lines.
fn data_lines(tsv: &str) -> impl Iterator<Item = &str> {
    tsv.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon {
            outlet_names: Vec::new(),
            markers: HashMap::new(),
            domains: HashMap::new(),
            related_heading: HashSet::new(),
            related_inline: Vec::new(),
            end_heading: HashSet::new(),
            caption_credit: Vec::new(),
            caption_whole: HashSet::new(),
            credit_initials: Vec::new(),
            chrome_line: HashSet::new(),
            chrome_prefix: Vec::new(),
            chrome_marker: Vec::new(),
            byline_prefix: Vec::new(),
            byline_group: Vec::new(),
            date_word: HashSet::new(),
            home_crumb: HashSet::new(),
            surname: HashSet::new(),
        };
        for line in data_lines(OUTLETS_TSV) {
            let mut cols = line.split('\t');
            let Some(name) = cols.next().map(str::trim).filter(|n| !n.is_empty()) else {
                continue;
            };
            let index = lex.outlet_names.len();
            lex.outlet_names.push(name.to_string());
            lex.markers.entry(name.to_lowercase()).or_insert(index);
            for marker in cols.next().unwrap_or("").split('|') {
                let marker = marker.trim();
                if !marker.is_empty() {
                    lex.markers.entry(marker.to_lowercase()).or_insert(index);
                }
            }
            for domain in cols.next().unwrap_or("").split('|') {
                let domain = domain.trim();
                if !domain.is_empty() {
                    lex.domains.entry(domain.to_lowercase()).or_insert(index);
                }
            }
        }
        for line in data_lines(CUES_TSV) {
            let Some((kind, phrase)) = line.split_once('\t') else {
                continue;
            };
            // Keep a trailing space: ">> " is a cue of its own.
            let phrase = phrase.trim_start().to_lowercase();
            let trimmed = phrase.trim_end().to_string();
            match kind.trim() {
                "related_heading" => {
                    lex.related_heading.insert(trimmed);
                }
                "related_inline" => lex.related_inline.push(phrase),
                "end_heading" => {
                    lex.end_heading.insert(trimmed);
                }
                "caption_credit" => lex.caption_credit.push(trimmed),
                "caption_whole" => {
                    lex.caption_whole.insert(trimmed);
                }
                "chrome_line" => {
                    lex.chrome_line.insert(trimmed);
                }
                "chrome_prefix" => lex.chrome_prefix.push(trimmed),
                "chrome_marker" => lex.chrome_marker.push(trimmed),
                "byline_prefix" => lex.byline_prefix.push(trimmed),
                "byline_group" => lex.byline_group.push(trimmed),
                "date_word" => {
                    lex.date_word.insert(trimmed);
                }
                "home_crumb" => {
                    lex.home_crumb.insert(trimmed);
                }
                "surname" => {
                    lex.surname.insert(trimmed);
                }
                _ => {}
            }
        }
        lex.credit_initials = lex
            .caption_credit
            .iter()
            .chain(&lex.caption_whole)
            .filter_map(|c| c.chars().next())
            .collect();
        lex.credit_initials.sort_unstable();
        lex.credit_initials.dedup();
        // Longest first, so "Ảnh minh họa" wins over "Ảnh".
        for list in [
            &mut lex.related_inline,
            &mut lex.caption_credit,
            &mut lex.chrome_prefix,
            &mut lex.byline_prefix,
            &mut lex.byline_group,
        ] {
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        lex
    }

    /// The outlet a lead marker ("NLĐO", "TTO", "Dân trí", "Chinhphu.vn") stands for.
    pub fn outlet_for_marker(&self, marker: &str) -> Option<&str> {
        let key = marker.trim().to_lowercase();
        if let Some(&i) = self.markers.get(&key) {
            return Some(&self.outlet_names[i]);
        }
        // "Baoquocte.vn" style markers are domains.
        if key.contains('.') && !key.contains([' ', '/', ':']) {
            return self.outlet_for_host(&key);
        }
        None
    }

    /// The outlet publishing under a host name or URL (`https://nld.com.vn/...`).
    pub fn outlet_for_host(&self, url_or_host: &str) -> Option<&str> {
        let host = host_of(url_or_host)?.to_lowercase();
        let host = host.strip_prefix("www.").unwrap_or(&host);
        // Try the host, then each parent domain: "en.nld.com.vn" → "nld.com.vn".
        let mut rest = host;
        loop {
            if let Some(&i) = self.domains.get(rest) {
                return Some(&self.outlet_names[i]);
            }
            match rest.split_once('.') {
                Some((_, parent)) if parent.contains('.') => rest = parent,
                _ => return None,
            }
        }
    }

    /// The outlet a masthead or `og:site_name` names: "Báo điện tử Dân Trí",
    /// "Báo Người Lao Động", "Tuổi Trẻ Online".
    pub fn outlet_in_masthead(&self, site_name: &str) -> Option<&str> {
        let mut name = site_name.trim();
        if let Some(found) = self.outlet_for_marker(name) {
            return Some(found);
        }
        let lower = name.to_lowercase();
        for prefix in [
            "báo điện tử ",
            "trang thông tin điện tử ",
            "tạp chí điện tử ",
            "báo ",
            "tạp chí ",
        ] {
            if lower.starts_with(prefix) {
                // Lower-casing may change byte lengths in odd scripts: cut only on a boundary.
                name = name.get(prefix.len()..).unwrap_or(name);
                break;
            }
        }
        for suffix in [" online", " điện tử", " news"] {
            if name.to_lowercase().ends_with(suffix) {
                name = name
                    .get(..name.len().saturating_sub(suffix.len()))
                    .unwrap_or(name);
            }
        }
        self.outlet_for_marker(name).or_else(|| {
            // "Dân Trí - Tin tức mới nhất": a known outlet's name inside.
            let lower = site_name.to_lowercase();
            self.outlet_names
                .iter()
                .filter(|n| n.chars().count() >= 5 && lower.contains(&n.to_lowercase()))
                .max_by_key(|n| n.len())
                .map(String::as_str)
        })
    }

    /// The outlet a line of site furniture names ("Báo Thanh Niên - Thời sự - ...",
    /// "© nld.com.vn"): a known domain in it, else the longest outlet name
    /// standing as whole words (short names like "VOV" are too ambiguous here).
    pub fn outlet_in_furniture(&self, line: &str) -> Option<&str> {
        let lower = line.to_lowercase();
        let by_domain = lower
            .split(|c: char| c.is_whitespace() || matches!(c, '|' | ',' | '(' | ')' | '©'))
            .filter(|t| t.contains('.') && t.chars().any(char::is_alphabetic))
            .find_map(|t| self.outlet_for_host(t.trim_matches(['.', ':', '-'])));
        if by_domain.is_some() {
            return by_domain;
        }
        let whole_word_at = |at: usize, len: usize| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + len..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        };
        self.outlet_names
            .iter()
            .filter(|n| n.chars().count() >= 6)
            .filter(|n| {
                let n = n.to_lowercase();
                lower
                    .match_indices(&n)
                    .any(|(at, m)| whole_word_at(at, m.len()))
            })
            .max_by_key(|n| n.len())
            .map(String::as_str)
    }

    /// Whether a name is a known outlet's (so "Báo Người Lao Động" is not an author).
    pub fn is_outlet_name(&self, text: &str) -> bool {
        self.markers.contains_key(&text.trim().to_lowercase())
    }
}

/// The host part of a URL, or the text itself when it is already a host.
fn host_of(url_or_host: &str) -> Option<&str> {
    let s = url_or_host.trim();
    let s = s.split_once("://").map_or(s, |(_, rest)| rest);
    let s = s.split(['/', '?', '#']).next()?;
    let s = s.rsplit('@').next()?;
    let s = s.split(':').next()?;
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_domains_name_outlets() {
        let lex = &*LEXICON;
        assert_eq!(lex.outlet_for_marker("NLĐO"), Some("Người Lao Động"));
        assert_eq!(lex.outlet_for_marker("tto"), Some("Tuổi Trẻ"));
        assert_eq!(lex.outlet_for_marker("Dân trí"), Some("Dân trí"));
        assert_eq!(lex.outlet_for_marker("Chinhphu.vn"), Some("Chính phủ"));
        assert_eq!(lex.outlet_for_marker("PLO"), Some("Pháp Luật TP.HCM"));
        assert_eq!(
            lex.outlet_for_host("https://www.vietnamplus.vn/tin-abc.vnp"),
            Some("VietnamPlus")
        );
        assert_eq!(lex.outlet_for_host("e.vnexpress.net"), Some("VnExpress"));
        assert_eq!(lex.outlet_for_host("example.com"), None);
        assert_eq!(
            lex.outlet_in_masthead("Báo điện tử Dân Trí"),
            Some("Dân trí")
        );
        assert_eq!(lex.outlet_in_masthead("Tuổi Trẻ Online"), Some("Tuổi Trẻ"));
        assert_eq!(
            lex.outlet_in_masthead("Báo Người Lao Động"),
            Some("Người Lao Động")
        );
        assert_eq!(lex.outlet_in_masthead("Tin tức 24h"), None);
        assert!(lex.outlet_names.len() >= 40);
    }

    #[test]
    fn cue_lists_are_loaded_lower_case() {
        let lex = &*LEXICON;
        assert!(lex.related_heading.contains("tin liên quan"));
        assert!(lex.caption_credit.iter().any(|c| c == "ảnh"));
        assert!(lex.surname.contains("nguyễn"));
        assert!(lex.date_word.contains("thứ"));
    }
}
