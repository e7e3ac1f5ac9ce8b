//! Plain-text articles: paragraphs, the page head, lead, captions, related news.
//!
//! Text copied or crawled from a Vietnamese news page keeps the page's shape:
//!
//! ```text
//!  date 2025-10-11 HOTLINE: 0903.343.439 - ... - ĐẶT MUA BÁO   ← crawl date + site chrome
//! Thời sự Chính trị                                           ← section
//! Tổng Bí thư Tô Lâm kết thúc tốt đẹp chuyến thăm Triều Tiên  ← headline
//! Dương Ngọc                                                  ← byline
//! (NLĐO)- Chuyến thăm ... song phương.                        ← lead, outlet marker
//! ...                                                         ← body, photo captions
//! Tin liên quan                                               ← related news from here on
//! ```
//!
//! The *head* is the run of short, unpunctuated lines before the first real
//! paragraph: its last line of three or more words that is not a byline is
//! the headline, the short label nearest above it the section (menus come
//! earlier), name-shaped lines below it the byline; date stamps give
//! `published`, a masthead or furniture naming a site gives `outlet`. [`assemble_body`] then
//! walks the paragraphs once, peeling off the lead marker, captions (a credit
//! suffix like `(Ảnh: TTXVN)`; a credit glued inside a paragraph splits it, so
//! the sentence after it stands alone), page furniture (share and follow
//! buttons), the related-news block (after a heading, from a second lead
//! marker — another story's teaser —, after a signature such as "Nguyễn Hằng
//! (TTXVN)" that headlines follow, or from a headline above a share bar),
//! bracketed related links ("[... trong tuần tới]") and the comment box,
//! which ends the story. Captions are also told without a photo word: a
//! credit glued to a line's end ("... Morelli TTXViệt Nam", "... LÂM VIÊN"),
//! a short line above a lone credit ("TTXVN"), and a short scene line between
//! two long paragraphs ("Các bị cáo tại toà."). A signature glued after the
//! last sentence goes to the authors. The HTML reader uses the same walk on
//! the extracted paragraphs. Nothing here invents a date: `published` comes
//! only from a date the head states.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::LEXICON;

/// How many leading paragraphs may form the head (section, title, byline, dates).
const MAX_HEAD_PARAGRAPHS: usize = 40;
/// A headline or related title longer than this (in words) is a paragraph.
const MAX_TITLE_WORDS: usize = 40;
/// A first line alone above the text is a headline only up to this many words.
const LONE_TITLE_WORDS: usize = 25;

static HEADER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^date\s*:?\s*(\d{4})-(\d{1,2})-(\d{1,2})\b").expect("valid regex")
});
/// The crawler's stamp when it knows only the month: `date 2025-04`.
static MONTH_STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^date\s*:?\s*\d{4}-\d{1,2}$").expect("valid regex"));
/// Whether a line opens with the crawler's "date" in any case, which
/// [`HEADER_DATE`] and [`MONTH_STAMP`] need: most lines then skip compiling and
/// running them. Under Unicode case folding d, a, t and e have no other forms
/// (unlike k and s), so the ASCII test misses nothing the regexes take.
fn opens_with_date(p: &str) -> bool {
    p.as_bytes()
        .get(..4)
        .is_some_and(|b| b.eq_ignore_ascii_case(b"date"))
}
static DATE_IN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2})|(\d{4})\.(\d{1,2})\.(\d{1,2}))\b")
        .expect("valid regex")
});
/// A date written out in words, alone on its line under a press release's
/// headline: "Ngày 6 tháng 8 năm 2020".
static WORDED_DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s+)?(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,?\s+năm\s+|,\s*)(\d{4})\s*(?:[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*)?\.?$")
        .expect("valid regex")
});
/// "Hoàng Bách 08/05/2024 16:22", "Văn Khương 16/04/2019 08:57 GMT+7": a
/// writer's name, then the date and time, on a line of its own.
static BYLINE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s*[-–|,•·]?\s+(\d{1,2})/(\d{1,2})/(\d{4})\s*[-–|,•·]?\s*\d{1,2}:\d{2}\b(.*)$",
    )
    .expect("valid regex")
});
/// The same with the clock time first: "Bảo Minh 17:30 | 02/10/2025".
static BYLINE_CLOCK_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s*[-–|,•·]?\s+\d{1,2}:\d{2}\s*[-–|,•·]?\s*(\d{1,2})/(\d{1,2})/(\d{4})\b(.*)$",
    )
    .expect("valid regex")
});
/// "December 01, 2020", "Dec. 1, 2020", "Tuesday, 1 December 2020": a date
/// written with an English month name (English editions of Vietnamese sites).
/// ASCII rules only (`-u`): it is tried on ASCII lines, and compiles small.
static ENGLISH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    Regex::new(&format!(
        r"(?i-u)\b(?:{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})|(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH},?\s+(\d{{4}}))\b"
    ))
    .expect("valid regex")
});
/// A clock time in a stamp: "13:41", "06:47".
/// A picture's own line under it: "<caption> - <site>, <width>,
/// DD.MM.YYYY" (Sputnik's pages): the date is the article's.
static PICTURE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\S.{2,}? [-–] [^,]{2,40}, \d{3,4}, (\d{1,2})\.(\d{1,2})\.(\d{4})$")
        .expect("valid regex")
});
static CLOCK_IN_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u)\b\d{1,2}:\d{2}\b").expect("valid regex"));
static CLOCK_LIKE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}:\d{2}(?::\d{2})?$").expect("valid regex"));
static TRAILING_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(\d{1,2})/(\d{1,2})/(\d{4}),?\s+\d{1,2}:\d{2}$").expect("valid regex")
});
static CLOCK_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}(?:[hg]\d{0,2})?$").expect("valid regex"));
static LEAD_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(\s*([^()]{1,40}?)\s*\)\s*([-–—:]+)?\s*").expect("valid regex")
});
static LEAD_BARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([^()\-–—:/,]{1,32}?)\s*[-–—]+\s*").expect("valid regex"));
static PHOTO_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s*[-–—]?\s*ảnh\s*\d{1,3}\s*\.?\s*$").expect("valid regex"));

/// What the plain-text rules found in one article.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct TextParts {
    pub title: Option<String>,
    pub published: Option<String>,
    /// The line `published` was read from, as written.
    pub dateline: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub section: Option<String>,
    pub body: Body,
}

/// The article text proper, once captions, furniture and related news are out.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Body {
    pub lead: Option<String>,
    /// The outlet the lead marker names ("NLĐO" → Người Lao Động).
    pub outlet: Option<String>,
    pub paragraphs: Vec<String>,
    pub captions: Vec<String>,
    pub related: Vec<String>,
    /// A signature line at the end ("Nhóm PV", "Theo TTXVN").
    pub authors: Vec<String>,
    /// The date of a stand-alone date-stamp line among the paragraphs.
    pub stamp: Option<String>,
    /// That line, as written.
    pub stamp_line: Option<String>,
    /// A line that is only the article's web address.
    pub url: Option<String>,
    /// Page furniture dropped from the text (a copyright line may name the site).
    pub furniture: Vec<String>,
    /// The outlet the closing signature says its writer writes for
    /// ("Thu Hằng/VOV-Tokyo", "Đức Duy (TTXVN/Vietnam+)").
    pub signed_for: Option<String>,
}

impl Body {
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// Reads a plain-text article.
pub(crate) fn parse_text(text: &str) -> TextParts {
    let paras = paragraphs(text);
    let mut parts = TextParts::default();
    let mut head: Vec<&str> = Vec::new();
    let mut start = 0;
    // Furniture lines dropped from the head: they may still name the site.
    let mut furniture: Vec<&str> = Vec::new();
    // Whether a date line follows a head line: what is above it is a headline.
    let mut dated_head = false;
    // The section label a stamp line opens with.
    let mut stamp_section: Option<String> = None;
    // Lines naming only sections ("Thời sự | Chính trị"), with where they stand.
    let mut section_lines: Vec<(usize, String)> = Vec::new();
    while start < paras.len() && start < MAX_HEAD_PARAGRAPHS {
        let p = paras[start].as_str();
        // The same line with its glued parts apart, read when the line as
        // it is reads as no stamp.
        let spaced = unglued_stamp(p);
        let spaced = spaced.as_deref();
        // A stamp under an outlet's marker or after a place, read once: a
        // known outlet's goes before the writer's stamp, a place's after
        // the section's.
        let mut marked = marked_stamp(p);
        if opens_with_date(p.trim()) && MONTH_STAMP.is_match(p.trim()) {
            // "date 2025-04": no day to publish, but the month dates the
            // article; kept as its date line.
            parts.dateline.get_or_insert_with(|| p.trim().to_string());
            furniture.push(p);
        } else if let Some(date) = picture_stamp(p) {
            // The date names the article's day, but the line is the
            // picture's, not a date line the article prints.
            parts.published.get_or_insert(date);
            furniture.push(p);
        } else if let Some(date) = header_date(p).or_else(|| spaced.and_then(header_date)) {
            if parts.published.is_none() {
                parts.published = Some(date);
                parts.dateline = Some(dateline_text(spaced.unwrap_or(p)));
            }
            dated_head |= !head.is_empty();
            furniture.push(p);
        } else if let Some((outlet, date, stamp)) = marked.take_if(|(o, ..)| o.is_some()) {
            // "Tiền Phong - 19/08/2024 | 09:30": a known outlet's name before
            // the stamp is the outlet, never a writer or a section.
            take_marked_stamp(&mut parts, outlet, date, stamp);
            dated_head |= !head.is_empty();
            furniture.push(p);
        } else if let Some((date, name)) = byline_stamp(p) {
            dated_head |= !head.is_empty();
            if parts.published.is_none() {
                parts.published = Some(date);
                parts.dateline = Some(p.trim().to_string());
            }
            if !parts.authors.contains(&name) {
                parts.authors.push(name);
            }
        } else if let Some((section, date, stamp)) = section_stamp(p)
            .filter(|(label, ..)| !ends_in_glued_date_word(label))
            .or_else(|| spaced.and_then(section_stamp))
        {
            if parts.published.is_none() {
                parts.published = Some(date);
                parts.dateline = Some(stamp.trim().to_string());
            }
            // "Minh Anh - 19:17, 19/07/2021": a writer's name, not a section;
            // so is a pen name ("Ngọc Hiền - Thứ tư, 27/2/2019 15:10") under a
            // section line already read, when it is no section or place.
            let pen_name = !section_lines.is_empty() && names_no_section_or_place(&section);
            match byline_names(&section).filter(|_| is_top_byline(&section) || pen_name) {
                Some(names) => {
                    for name in names {
                        push_unique(&mut parts.authors, &name);
                    }
                }
                None => {
                    stamp_section.get_or_insert(section);
                }
            }
            dated_head |= !head.is_empty();
            furniture.push(p);
        } else if let Some((outlet, date, stamp)) = marked.take() {
            // "Hà Nội, 19/08/2024 10:30": the stamp after the place it was
            // filed from, not the lead.
            take_marked_stamp(&mut parts, outlet, date, stamp);
            dated_head |= !head.is_empty();
            furniture.push(p);
        } else if !p.chars().any(char::is_alphanumeric) {
            // ".", "***": a separator left by the page, never a headline.
        } else if is_chrome(p) {
            furniture.push(p);
        } else if let Some(section) = section_line(p) {
            // "Thời sự", "Thế giới › Phân tích": the site's section, above
            // or under the headline, never the headline itself.
            section_lines.push((start, section));
        } else if let Some(outlet) = masthead(p) {
            parts.outlet.get_or_insert(outlet);
        } else if (lead_marker(p).is_some() && !headline_first(p, start, paras.len()))
            || marker_only(p).is_some()
            || split_caption(p).is_some()
            || is_related_heading(p)
            || !(is_headline_like(p)
                || trailing_headline(p, head.is_empty(), paras.get(start + 1).map(String::as_str)))
        {
            break;
        } else {
            head.push(p);
        }
        start += 1;
    }
    let mut body_paras: Vec<&str> = Vec::new();
    if start >= paras.len() {
        // Nothing after the head: the short lines are the text itself.
        body_paras.append(&mut head);
    } else {
        body_paras.extend(classify_head(&head, dated_head, &mut parts));
    }
    // Several in a row are the site's menu ("Thời sự / Thế giới / Kinh tế").
    let alone = |entry: &&(usize, String)| {
        let at = entry.0;
        !section_lines
            .iter()
            .any(|&(other, _)| other + 1 == at || at + 1 == other)
    };
    if let Some((_, section)) = section_lines.iter().find(alone) {
        parts.section = Some(section.clone());
    } else if let [(a, upper), (b, lower)] = section_lines.as_slice() {
        // Two and no more, one under the other ("Thời sự" / "Chính trị"): a
        // breadcrumb printed a crumb a line; a menu has more entries.
        let crumb = |s: &str| !LEXICON.home_crumb.contains(s.to_lowercase().as_str());
        let single = |s: &str| !SECTION_SEPARATOR.is_match(s);
        if a + 1 == *b && crumb(upper) && crumb(lower) && single(upper) && single(lower) {
            parts.section = Some(format!("{upper} > {lower}"));
        }
    }
    if parts.section.is_none() {
        parts.section = stamp_section;
    }
    body_paras.extend(paras[start..].iter().map(String::as_str));
    parts.body = assemble_body(body_paras, parts.title.as_deref(), true);
    for author in std::mem::take(&mut parts.body.authors) {
        if !parts.authors.contains(&author) {
            parts.authors.push(author);
        }
    }
    drop_cited_wires(&mut parts.authors);
    if parts.published.is_none() && parts.body.stamp.is_some() {
        parts.published = parts.body.stamp.clone();
        parts.dateline = parts.body.stamp_line.clone();
    }
    if parts.body.outlet.is_some() {
        parts.outlet = parts.body.outlet.clone();
    }
    // "Ngày Nay" over the headline and "(Ngày Nay) - ..." opening the lead: an
    // outlet the table does not know names itself in its own lead marker
    if parts.outlet.is_none() {
        // a name: a few words, each capitalised (a headline repeated before
        // its lead, "Những điều cha mẹ cần biết - ...", is none)
        let lead_names = |line: &Option<String>| {
            line.as_deref().is_some_and(|s| {
                word_count(s) <= 5
                    && s.split_whitespace()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                    && paras[start..].iter().take(2).any(|p| marker_names(p, s))
            })
        };
        if lead_names(&parts.section) {
            parts.outlet = parts.section.take();
        } else if lead_names(&parts.title) {
            parts.outlet = parts.title.take();
        }
    }
    if parts.outlet.is_none() {
        // The export's own head line names the site that published it; a
        // link in the text or furniture may name a source it took the story
        // from ("Theo VOV" and the link to it).
        // A headline alone at the top that opens with a body's name
        // ("Bộ Ngoại giao lên tiếng ...") is no outlet line.
        let title = parts.title.as_deref();
        parts.outlet = header_outlet_line(text)
            .filter(|line| Some(line.as_str()) != title || !names_site_owner(line))
            .or_else(|| {
                parts
                    .body
                    .url
                    .as_deref()
                    .and_then(|u| LEXICON.outlet_for_host(u))
                    .map(str::to_string)
            })
            .or_else(|| {
                furniture
                    .iter()
                    .copied()
                    .chain(parts.body.furniture.iter().map(String::as_str))
                    // A slogan names the party or army, never the site.
                    .filter(|l| !is_footer_slogan(l))
                    .find_map(|l| {
                        outlet_line(l)
                            .or_else(|| footer_line(l))
                            .or_else(|| LEXICON.outlet_in_furniture(l).map(str::to_string))
                    })
            })
            .or_else(|| footer_outlet(text))
            .or_else(|| parts.body.signed_for.clone());
    }
    if parts.outlet.is_some() && parts.section == parts.outlet {
        parts.section = None;
    }
    parts
}

/// The outlet the page's footer names with what it is ("Znews - Tri thức
/// trực tuyến", "Báo Đầu tư - Cơ quan của Bộ Kế hoạch và Đầu tư"): a known
/// outlet's name, a dash and a description, among the last lines.
fn footer_outlet(text: &str) -> Option<String> {
    let lex = &*LEXICON;
    text.lines()
        .rev()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(6)
        .find_map(|line| {
            if let Some(outlet) = footer_line(line) {
                return Some(outlet);
            }
            // "© Copyright 1997 VnExpress.net, All rights reserved.": the
            // site's own notice at the foot of the page.
            let notice = line.starts_with('©')
                || line
                    .get(..9)
                    .is_some_and(|w| w.eq_ignore_ascii_case("copyright"));
            if notice {
                return lex.outlet_in_furniture(line).map(str::to_string);
            }
            let (name, what) = line.split_once(" - ")?;
            // "Znews - Tri thức trực tuyến. Giấy phép báo điện tử số ...":
            // the licence the footer goes on with is no sentence of text.
            let what = match what.split_once(". ") {
                Some((first, rest)) if describes_a_site(rest) => first,
                _ => what,
            };
            if ends_sentence(what) || word_count(what) > 12 {
                return None;
            }
            lex.outlet_for_marker(name)
                .or_else(|| lex.outlet_for_marker(name.strip_prefix("Báo ")?))
                .map(str::to_string)
        })
}

/// "VOV.VN - Thứ Bảy, 05/04/2025 | 07:20": the stamp under the outlet's
/// marker dates the article (when nothing did) and names the outlet.
fn take_marked_stamp(parts: &mut TextParts, outlet: Option<String>, date: String, stamp: &str) {
    if parts.published.is_none() {
        parts.published = Some(date);
        parts.dateline = Some(dateline_text(stamp));
    }
    if let Some(outlet) = outlet {
        parts.outlet.get_or_insert(outlet);
    }
}

/// The date of a stamp line under the outlet's lead marker ("VOV.VN -
/// Thứ Bảy, 05/04/2025 | 07:20"): the outlet, the date and the stamp.
/// A stamp after the place it was filed from ("Hà Nội, 19/08/2024 10:30")
/// is read the same way, with no outlet.
fn marked_stamp(p: &str) -> Option<(Option<String>, String, &str)> {
    if p.len() > 120 {
        return None;
    }
    if let Some((place, rest)) = p.split_once([',', '-']) {
        if LEXICON
            .province
            .contains(place.trim().to_lowercase().as_str())
        {
            let rest = rest.trim_start();
            return header_date(rest).map(|date| (None, date, rest));
        }
    }
    // "Lao Động | 08/01/2024 - 16:50": a known outlet's name, a bar, the stamp.
    let barred = p.split_once(" | ").and_then(|(name, rest)| {
        let outlet = LEXICON.outlet_for_marker(name)?;
        Some((Some(outlet.to_string()), rest.trim_start()))
    });
    let (outlet, rest) = barred.or_else(|| lead_marker(p))?;
    let date = header_date(rest)?;
    Some((outlet, date, rest))
}

/// Whether the first paragraph of the text, short and with no sentence's
/// end, is the headline although it opens like a lead marker ("Doanh nghiệp
/// Việt Nam - Hàn Quốc trao 111 biên bản ghi nhớ": a name, a dash, the
/// rest of the headline); a lead ends its sentence.
fn headline_first(p: &str, at: usize, paragraphs: usize) -> bool {
    at == 0 && paragraphs > 1 && !ends_sentence(p) && word_count(p) <= LONE_TITLE_WORDS
}

/// Whether paragraph `p` opens with `name` as its lead marker: "(Ngày Nay) -"
/// or "Ngày Nay -", the name compared without regard to case.
fn marker_names(p: &str, name: &str) -> bool {
    let (p, paren) = match p.strip_prefix('(') {
        Some(rest) => (rest, true),
        None => (p, false),
    };
    let Some(head) = p.get(..name.len()) else {
        return false;
    };
    if name.is_empty() || head.to_lowercase() != name.to_lowercase() {
        return false;
    }
    let rest = &p[name.len()..];
    let rest = if paren {
        match rest.trim_start().strip_prefix(')') {
            Some(r) => r,
            None => return false,
        }
    } else {
        rest
    };
    rest.trim_start().starts_with(['-', '–', '—'])
}

/// The outlet line of an exported page head, as written, when nothing else
/// named the outlet: the first line (after the crawler's `date` stamp), set
/// off by a blank line, short and shaped like a proper name of two or more
/// capitalised words ("Mõ Quốc Tế", "Kiến thức Bất động sản"). A section
/// label there is one capitalised word ("Thời sự", "Thế giới") and is left alone.
fn header_outlet_line(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim).skip_while(|l| l.is_empty());
    let mut line = lines.next()?;
    if opens_with_date(line) && (HEADER_DATE.is_match(line) || MONTH_STAMP.is_match(line)) {
        line = lines.next()?;
    }
    // "Nhân Dân điện tử" over the section line: a known masthead, word for
    // word, needs no blank line under it. A line that is also a section
    // label ("Xã hội" is a site's name too) is the section.
    if let Some(known) = outlet_line(line).filter(|_| section_line(line).is_none()) {
        return Some(known);
    }
    if !lines.next().is_some_and(str::is_empty) {
        return None;
    }
    let line = collapse_whitespace(line);
    // "QUỐC TẾ", "Thời sự": a section label, even in capitals, is no outlet.
    if section_line(&line).is_some() {
        return None;
    }
    // "다문화방송신문 (WDM News)", "TTXVN (Vietnam News Agency)": a
    // name with its gloss in brackets.
    let glossed = line
        .strip_suffix(')')
        .and_then(|l| l.split_once(" ("))
        .filter(|(name, gloss)| {
            !name.contains(['(', ')'])
                && name.split(' ').count() <= 3
                && (1..=4).contains(&gloss.split(' ').count())
                && gloss.split(' ').all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
                })
        })
        .is_some();
    if glossed {
        return Some(line);
    }
    let words: Vec<&str> = line.split(' ').collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let name_shaped = (2..=5).contains(&words.len())
        && line.chars().count() <= 40
        && capital(&words[0])
        && words.iter().filter(|w| capital(w)).count() >= 2
        && line
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '&')
        && header_date(&line).is_none();
    // "GOV.UK", "Baoquocte.vn": a site's name written as its web address.
    let address_shaped = words.len() == 1
        && line.len() <= 30
        && line.split_once('.').is_some_and(|(name, tld)| {
            name.chars().count() >= 2
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
                && (2..=4).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_alphabetic())
        });
    // "VnMedia", "VTV8": one word in Latin letters and digits with a capital
    // or digit inside, the way brand names are written (a section label
    // is a Vietnamese word or two).
    let brand_shaped = words.len() == 1
        && (3..=15).contains(&line.len())
        && line.chars().all(|c| c.is_ascii_alphanumeric())
        && line.starts_with(|c: char| c.is_ascii_uppercase())
        && line
            .chars()
            .skip(1)
            .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && line
            .chars()
            .any(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    // "DPM", "HTV", "SGGP": an acronym alone, the way a site shows its
    // brand (a company's own site included).
    let acronym = words.len() == 1
        && (2..=6).contains(&line.len())
        && line
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && line.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && !is_chrome(&line);
    // "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Tổng công ty Phân
    // bón Miền Nam": a body publishing on its own site, named in full.
    let site_owner = (3..=12).contains(&words.len())
        && line.chars().count() <= 80
        && line
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && names_site_owner(&line);
    (name_shaped || address_shaped || brand_shaped || acronym || site_owner).then_some(line)
}

/// Whether `line` opens with a body's kind ("Ủy ban", "Tổng công ty") and
/// then its capitalised name.
fn names_site_owner(line: &str) -> bool {
    LEXICON.site_owner.iter().any(|p| {
        prefix_ci(line, p).is_some_and(|n| {
            line[n..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
    })
}

/// A head line that only names the outlet: a known one ("Dân trí", "VnExpress",
/// "Báo Người Lao Động") by its table name, otherwise a line shaped like an
/// outlet's name ("Báo Lạng Sơn", "Quốc hội TV") as written.
fn masthead(line: &str) -> Option<String> {
    if line.chars().count() < 3 || word_count(line) > 10 {
        return None;
    }
    let lex = &*LEXICON;
    let name = line.strip_prefix("Báo ").unwrap_or(line);
    // Known names are matched whole, so a longer one ("Đại sứ quán Hoa Kỳ tại
    // Việt Nam") is as safe as a short one.
    let known = lex
        .outlet_for_marker(line)
        .or_else(|| lex.outlet_for_marker(name))
        .or_else(|| {
            // "Xã hội (xahoi.com.vn)": a name with its web address after it;
            // "Vietnam+ (VietnamPlus)": with its other name.
            let (outer, inner) = line.strip_suffix(')')?.rsplit_once('(')?;
            lex.outlet_for_host(inner.trim()).or_else(|| {
                lex.outlet_for_marker(inner)
                    .filter(|_| !outer.trim().is_empty())
            })
        });
    known
        .or_else(|| lex.outlet_by_shape(line))
        .map(str::to_string)
}

/// Splits the head into section, title and byline; returns lines that are body after all.
/// Most words of a topic line set under a headline.
const TOPIC_WORDS: usize = 5;
/// Fewest words of a summary line set under a headline.
const SUMMARY_WORDS: usize = 15;

fn classify_head<'a>(head: &[&'a str], dated: bool, parts: &mut TextParts) -> Vec<&'a str> {
    let mut back_to_body = Vec::new();
    if head.is_empty() {
        return back_to_body;
    }
    if head.len() == 1 && is_top_byline(head[0]) {
        parts.authors = byline_names(head[0]).unwrap_or_default();
        return back_to_body;
    }
    if head.len() == 1 && word_count(head[0]) > LONE_TITLE_WORDS && !dated {
        // A long first line with nothing around it (no date line under it) is
        // an unpunctuated paragraph.
        back_to_body.push(head[0]);
        return back_to_body;
    }
    // The headline sits right above the byline: the last head line of three or
    // more words that is not itself a byline. Menus and banners come before it.
    // A line with every word capitalised ("Ngoại Giao Mexico - Ecuador") is a
    // tag or section line; headlines are written in sentence case.
    let title_case = |l: &str| {
        l.split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    // A Vietnamese headline has Latin letters ("이 기사를 공유합니다", a
    // Korean site's share button, is none).
    let latin = |l: &str| l.chars().any(|c| c.is_alphabetic() && (c as u32) < 0x2000);
    let candidate = |l: &str| word_count(l) >= 3 && byline_names(l).is_none() && latin(l);
    // A headline directly above the byline, with a summary line under the
    // byline ("Headline / An An / summary"): the byline marks it.
    let above_byline = head
        .iter()
        .rposition(|l| byline_names(l).is_some())
        .filter(|&b| b >= 1 && head[b + 1..].iter().any(|l| word_count(l) >= 10))
        .map(|b| b - 1)
        .filter(|&t| candidate(head[t]));
    let title_at = above_byline
        .or_else(|| head.iter().rposition(|l| candidate(l) && !title_case(l)))
        .or_else(|| head.iter().rposition(|l| candidate(l)))
        .or_else(|| head.iter().rposition(|l| word_count(l) >= 3));
    // A short topic line under the headline ("Headline / Động đất Thổ Nhĩ
    // Kỳ / 16:54 - 10/02/2023"): the long line above is the headline.
    let topic_at = title_at.filter(|&t| {
        above_byline.is_none() && t >= 1 && word_count(head[t]) <= TOPIC_WORDS && {
            let above = word_count(head[t - 1]);
            candidate(head[t - 1])
                && !title_case(head[t - 1])
                && above >= 8
                && above >= 2 * word_count(head[t])
        }
    });
    // A headline over its summary as the last head lines ("Tín hiệu vui đầu
    // năm / Ổn định việc làm, thu nhập là yếu tố quan trọng thu hút người
    // lao động trở lại làm việc sau Tết / Theo khảo sát ..."): a summary
    // that ends in no period stays in the head, and is no headline for
    // being last; the shorter line above it is. Only in a head with no date
    // line (an aggregator's export: headline, summary, text); a page's head
    // sets its section label and date line around the headline instead.
    let summary_at = title_at.filter(|&t| {
        !dated && above_byline.is_none() && topic_at.is_none() && t >= 1 && t + 1 == head.len() && {
            let (up, low) = (head[t - 1], head[t]);
            candidate(up)
                && !title_case(up)
                && !ends_with_period(up)
                && section_line(up).is_none()
                && !SECTION_SEPARATOR.is_match(up)
                && word_count(low) >= SUMMARY_WORDS
                && word_count(low) > word_count(up)
        }
    });
    let title_at = match (topic_at, summary_at) {
        (Some(t), _) | (None, Some(t)) => Some(t - 1),
        _ => title_at,
    };
    let Some(title_at) = title_at else {
        // Only short labels: a section line, no headline.
        parts.section = nearest_label(head);
        return back_to_body;
    };
    // "… giữa Việt Nam và Brazil 31/03/2025 06:23": a stamp (date and time)
    // glued to the headline
    let title = head[title_at];
    match TRAILING_STAMP.captures(title) {
        Some(c) if word_count(title) >= 5 => {
            if let Some(date) = ymd(&c[3], &c[2], &c[1]) {
                if parts.published.is_none() {
                    parts.published = Some(date);
                    parts.dateline = c.get(0).map(|m| m.as_str().trim().to_string());
                }
            }
            parts.title = Some(title[..c.get(0).map_or(title.len(), |m| m.start())].to_string());
        }
        _ => parts.title = Some(title.to_string()),
    }
    let mut labels = Vec::new();
    for line in &head[..title_at] {
        // "Theo TTXVN" / "Nhóm PV" above the headline; a bare name there may be a section.
        let introduced = LEXICON
            .byline_prefix
            .iter()
            .chain(&LEXICON.byline_group)
            .any(|p| prefix_ci(line, p).is_some());
        match byline_names(line).filter(|_| introduced) {
            Some(names) => parts.authors.extend(names),
            None => labels.push(*line),
        }
    }
    parts.section = nearest_label(&labels);
    let mut after_title = &head[title_at + 1..];
    if let (Some(_), [topic, rest @ ..]) = (topic_at, after_title) {
        parts.section = Some(topic.to_string());
        after_title = rest;
    }
    for line in after_title {
        match byline_names(line) {
            Some(names) => parts.authors.extend(names),
            None => back_to_body.push(*line),
        }
    }
    back_to_body
}

/// Separators between the parts of a section line ("Thế giới › Phân tích").
static SECTION_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[|>›»/–-]\s+").expect("valid regex"));

/// A line naming only the site's sections ("Thời sự", "Đầu tư | Quốc tế",
/// "Trang chủ | Thời sự | Chính trị"), as written from its first section on
/// (the home page's crumb is no section).
pub(crate) fn section_line(p: &str) -> Option<String> {
    let p = p.trim();
    if p.is_empty() || p.len() > 120 {
        return None;
    }
    let lex = &*LEXICON;
    let mut first_section = None;
    let mut start = 0;
    let mut parts = 0;
    let mut ends = SECTION_SEPARATOR
        .find_iter(p)
        .map(|m| (m.start(), m.end()))
        .collect::<Vec<_>>();
    ends.push((p.len(), p.len()));
    // The separator before the part read, when it is a breadcrumb's arrow.
    let mut after_arrow = false;
    for (end, next) in ends {
        let part = p[start..end].trim().to_lowercase();
        parts += 1;
        // "Quân đội nhân dân > Thời sự > Chính trị": the site's own name
        // first is its home page's crumb.
        let site = parts == 1
            && next < p.len()
            && lex.outlet_for_marker(&part).is_some()
            && !lex.section_word.contains(&part);
        if site {
            start = next;
            continue;
        }
        if lex.section_word.contains(&part) {
            if first_section.is_none() && !lex.home_crumb.contains(&part) {
                first_section = Some(start);
            }
        } else if parts == 1 && first_section.is_none() && !lex.home_crumb.contains(&part) {
            // "Dân trí Thế giới": the site's name glued before its section.
            let raw = &p[start..end];
            let whole = raw.trim();
            let offset = start + (raw.len() - raw.trim_start().len());
            let at = whole.match_indices(' ').find_map(|(at, _)| {
                (lex.outlet_for_marker(&whole[..at]).is_some()
                    && lex.section_word.contains(&whole[at + 1..].to_lowercase()))
                .then_some(at + 1)
            })?;
            first_section = Some(offset + at);
        } else if first_section.is_some() && after_arrow && is_topic_crumb(&p[start..]) {
            // "Thế giới > Xung đột Nga - Ukraine": a section, then the topic
            // the story is filed under, the crumb's last part.
            break;
        } else if !lex.home_crumb.contains(&part) {
            return None;
        }
        after_arrow = p[end..next].trim().starts_with(['>', '›', '»']);
        start = next;
    }
    if parts > 4 {
        return None;
    }
    // Only home crumbs that are sections too ("Tin tức"): the line as it is.
    Some(p[first_section.unwrap_or(0)..].to_string())
}

/// The last part of a breadcrumb after a section: a topic's name of a few
/// words, capitalised, with no sentence or clause in it ("Xung đột Nga -
/// Ukraine", "Biển Đông").
fn is_topic_crumb(s: &str) -> bool {
    let s = s.trim();
    (1..=6).contains(&word_count(s))
        && s.starts_with(char::is_uppercase)
        && !s.contains([',', '.', ':', ';', '!', '?', '"', '>', '›', '»', '|'])
}

/// The section: the short label nearest above the headline (menus come earlier).
fn nearest_label(lines: &[&str]) -> Option<String> {
    lines
        .iter()
        .rev()
        .find(|l| word_count(l) <= 6)
        .map(|l| l.to_string())
}

/// Walks the paragraphs after the head: lead, captions, furniture, related news.
pub(crate) fn assemble_body<'a, I>(paras: I, title: Option<&str>, find_lead: bool) -> Body
where
    I: IntoIterator<Item = &'a str>,
{
    let mut body = Body::default();
    let mut in_related = false;
    let mut pending_prose: Option<&str> = None;
    // A lead marker alone on its line ("(VTC News) -"): the next paragraph is the lead.
    let mut lead_next = false;
    // Whether the last piece went to the paragraphs (a credit line right after it may claim it).
    let mut last_was_paragraph = false;
    // A photo credit glued inside a paragraph ends a piece of its own: the
    // sentence after it must not start with the credit. Collected, so a
    // signature can look at what follows it.
    let pieces: Vec<(&str, Piece)> = paras
        .into_iter()
        .flat_map(|p| CreditSplit {
            rest: Some(p.trim()),
            split: false,
        })
        .filter(|(p, _)| !p.is_empty())
        .collect();
    for (at, &(p, piece)) in pieces.iter().enumerate() {
        let follows_paragraph = std::mem::take(&mut last_was_paragraph);
        if body.paragraphs.len() + body.captions.len() > 0 && is_end_heading(p) {
            // Tags, comments: the article is over and nothing after it is related news.
            break;
        }
        if in_related {
            // The page's footer under a related box ("© Copyright 1997-
            // VnExpress.net", "Báo Nhân Dân - Cơ quan ..."): furniture, no title.
            if is_chrome(p) || is_site_footer(p) {
                if body.furniture.len() < 8 {
                    body.furniture.push(p.to_string());
                }
                continue;
            }
            // Titles alternate with teasers in a related box; two long, plain
            // paragraphs in a row mean the article itself has resumed.
            if is_prose(p) {
                match pending_prose.take() {
                    Some(previous) => {
                        in_related = false;
                        body.paragraphs.push(previous.to_string());
                        body.paragraphs.push(p.to_string());
                    }
                    None => pending_prose = Some(p),
                }
                continue;
            }
            pending_prose = None;
            if let Some(t) = related_title(p) {
                push_unique(&mut body.related, t);
            }
            continue;
        }
        if is_related_heading(p) {
            in_related = true;
            pending_prose = None;
            continue;
        }
        if let Some(t) = related_inline(p).or_else(|| bracketed_link(p)) {
            push_unique(&mut body.related, t);
            continue;
        }
        if let Some(titles) = glued_titles(p) {
            for t in titles {
                push_unique(&mut body.related, t);
            }
            continue;
        }
        if !p.chars().any(char::is_alphanumeric) {
            // "...", "***", "---": a separator, never text.
            continue;
        }
        // A picture's alt text printed before its caption, or a link's
        // title before its image's: the same words twice in a row.
        let twice = doubled(p);
        let again = body.paragraphs.last().is_some_and(|q| q == p);
        if again && body.paragraphs.len() == 1 {
            // The opening paragraph repeated under the top picture is its
            // caption: the text keeps it once.
            continue;
        }
        if twice.is_some() || again {
            let once = twice.unwrap_or(p);
            if word_count(once) <= MAX_REPEATED_CAPTION_WORDS {
                if again {
                    body.paragraphs.pop();
                }
                // A credit line under it makes it a caption.
                let credited = pieces.get(at + 1).is_some_and(|q| is_credit_line(q.0));
                if ends_with_period(once) || credited {
                    push_unique(&mut body.captions, once.trim_end_matches('.'));
                } else {
                    push_unique(&mut body.related, once);
                }
                continue;
            }
            if again {
                // A long paragraph copied twice: once is the text.
                continue;
            }
        }
        let p = twice.unwrap_or(p);
        if p.bytes().all(|b| b.is_ascii_digit() || b == b' ') {
            // "1072406170 7": a picture's or a counter's number left by the
            // page; running text always has words.
            continue;
        }
        if body.paragraphs.len() >= 2 && ends_story(p, pieces.get(at + 1).map(|x| x.0)) {
            // "Nguyễn Hằng (TTXVN)" and then headlines: the story is signed
            // off and a related box without a heading follows.
            if let Some(names) = byline_names(p) {
                for name in names {
                    push_unique(&mut body.authors, &name);
                }
            }
            in_related = true;
            pending_prose = None;
            continue;
        }
        if let Some(outlet) = marker_only(p) {
            if find_lead && body.lead.is_none() && body.paragraphs.len() < 2 {
                lead_next = true;
                if outlet.is_some() {
                    body.outlet = outlet;
                }
            }
            continue;
        }
        let marker = if may_open_with_marker(p) {
            lead_marker(p)
        } else {
            None
        };
        if piece != Piece::Whole && marker.is_none() {
            // "Chủ tịch nước tiếp Đại sứ (Ảnh: TTXVN) Chiều 12/5, ...": a short
            // sentence before a credit is its caption; longer text stays, credit or not.
            let caption = match piece {
                Piece::BeforeCredit => Some(p.to_string()),
                _ => split_caption(p),
            };
            if let Some(caption) = caption {
                if is_lone_caption(&caption) {
                    if !caption.is_empty() && title != Some(caption.as_str()) {
                        push_unique(&mut body.captions, &caption);
                    }
                } else {
                    body.paragraphs.push(caption);
                    last_was_paragraph = true;
                }
                continue;
            }
        }
        if let Some((outlet, rest)) = marker {
            if find_lead && body.lead.is_none() && body.paragraphs.len() < 2 {
                if !rest.is_empty() {
                    body.lead = Some(rest.to_string());
                    body.outlet = outlet;
                    body.paragraphs.push(rest.to_string());
                    last_was_paragraph = true;
                    lead_next = false;
                    continue;
                }
            } else if !body.paragraphs.is_empty()
                && (body.lead.is_some() || outlet.is_some())
                && is_teaser(rest, body.lead.as_deref())
            {
                // A second "(Thanh tra) - ..." is another story's teaser: the
                // article is over and a related box without a heading has begun.
                in_related = true;
                pending_prose = None;
                continue;
            }
        }
        if word_count(p) <= 3 {
            if let Some(url) = p
                .split(' ')
                .find(|w| w.starts_with("http://") || w.starts_with("https://"))
            {
                // "https://nld.com.vn/..." or "Nguồn: https://...": where the text was copied from.
                body.url
                    .get_or_insert_with(|| url.trim_end_matches(['.', ')', ',']).to_string());
                continue;
            }
        }
        if !body.paragraphs.is_empty() && is_bare_credit(p) {
            // "Ảnh Reuters", "Nguồn VTV" on a line of its own: no text, no author.
            continue;
        }
        if body.paragraphs.len() <= 2 && word_count(p) <= 6 && !ends_with_period(p) {
            // A byline just under the lead ("(NLĐO)- ..." then "Dương Ngọc").
            if let Some(names) = byline_names(p) {
                for name in names {
                    push_unique(&mut body.authors, &name);
                }
                continue;
            }
        }
        let caption = split_caption(p)
            .or_else(|| credit_tail_caption(p))
            .or_else(|| bar_caption(p))
            .or_else(|| (!body.paragraphs.is_empty() && is_credit_line(p)).then(String::new));
        if let Some(caption) = caption {
            if caption.is_empty() && follows_paragraph {
                // A credit on its own line under a short, caption-shaped line: that
                // line was its caption (printed twice when the picture's alt text was kept).
                while let Some(previous) = body.paragraphs.last().filter(|q| is_short_caption(q)) {
                    let previous = previous.clone();
                    body.paragraphs.pop();
                    if title != Some(previous.as_str()) {
                        push_unique(&mut body.captions, &previous);
                    }
                    if body.paragraphs.last() != Some(&previous) {
                        break;
                    }
                }
            }
            if opens_running_text(&caption) {
                // "Trước đó, ngày 13/7, ... Ảnh: X": text with its picture's credit.
                body.paragraphs.push(caption);
                last_was_paragraph = true;
                continue;
            }
            if !caption.is_empty() && title != Some(caption.as_str()) {
                push_unique(&mut body.captions, &caption);
            }
            continue;
        }
        if is_chrome(p) {
            if follows_paragraph && body.paragraphs.len() >= 3 && is_closing_line(p) {
                // "Động đất mạnh ngoài khơi ..." then "Chia sẻ:": a related link
                // above the share bar; the page's furniture and teasers follow.
                if let Some(previous) = body.paragraphs.last().filter(|q| is_link_title(q)) {
                    let previous = previous.clone();
                    body.paragraphs.pop();
                    push_unique(&mut body.related, &previous);
                    in_related = true;
                    pending_prose = None;
                }
            }
            if body.furniture.len() < 8 {
                body.furniture.push(p.to_string());
            }
            continue;
        }
        if title == Some(p) {
            continue;
        }
        if p.len() <= 90 {
            if let Some(date) = header_date(p) {
                // A lone date stamp ("Cập nhật: 11/10/2025 08:30") is never article text.
                if body.stamp.is_none() {
                    body.stamp = Some(date);
                    body.stamp_line = Some(dateline_text(p));
                }
                continue;
            }
            if body.paragraphs.len() <= 3 {
                // "Nguyễn Hoài - Thứ hai, 19/8/2024 18:30 (GMT+7)" under the
                // lead: the writer and the stamp, no article text.
                if let Some((date, names, stamp)) = writer_stamp(p) {
                    if body.stamp.is_none() {
                        body.stamp = Some(date);
                        body.stamp_line = Some(stamp);
                    }
                    for name in names {
                        push_unique(&mut body.authors, &name);
                    }
                    continue;
                }
            }
        }
        let p = without_trailing_credit(p);
        if std::mem::take(&mut lead_next) {
            body.lead = Some(p.to_string());
        }
        body.paragraphs.push(p.to_string());
        last_was_paragraph = true;
    }
    drop_lone_captions(&mut body);
    // The site's name in capitals under the story ("BÁO ĐIỆN TỬ CHÍNH PHỦ
    // NƯỚC CỘNG HOÀ ...") is furniture, and the signature is above it.
    while body.paragraphs.len() > 1 && body.paragraphs.last().is_some_and(|p| is_site_footer(p)) {
        if let Some(p) = body.paragraphs.pop() {
            body.furniture.push(p);
        }
    }
    // Two or more headlines at the very end, right after the story's last
    // sentence: related links the page printed without a heading.
    let trailing = body
        .paragraphs
        .iter()
        .rev()
        .take_while(|p| word_count(p) >= 5 && is_link_title(p) && related_title(p).is_some())
        .count();
    let story_ends = body.paragraphs.len() > trailing
        && is_prose(&body.paragraphs[body.paragraphs.len() - trailing - 1]);
    if trailing >= 2 && story_ends {
        let titles = body.paragraphs.split_off(body.paragraphs.len() - trailing);
        for title in titles {
            push_unique(&mut body.related, &title);
        }
    }
    // "Minh Hoàng" and then one headline at the very end: the story is
    // signed off and a related link without a heading follows.
    if let [.., _, _, name, last] = body.paragraphs.as_slice() {
        let signed =
            word_count(name) <= 4 && !ends_with_period(name) && byline_names(name).is_some();
        if signed && word_count(last) >= 5 && is_link_title(last) && !is_prose(last) {
            if let Some(title) = body.paragraphs.pop() {
                push_unique(&mut body.related, &title);
            }
        }
    }
    // Closing signatures: "Nhóm PV", "Theo TTXVN", a bare name (at most two lines).
    let mut closing: Vec<String> = Vec::new();
    while body.paragraphs.len() > 1 && closing.len() < 2 {
        let Some(last) = body.paragraphs.last() else {
            break;
        };
        if word_count(last) > 8 || ends_with_period(last) {
            break;
        }
        if is_bare_credit(last) {
            // "Nguồn VTV" under the text: where it came from, no author.
            body.paragraphs.pop();
            continue;
        }
        let Some(names) = byline_names(last) else {
            // "(TTXVN/Vietnam+)": the agency signs for the site that runs
            // the story, and names no writer.
            let note = last.trim().starts_with('(') && last.trim().ends_with(')');
            if let Some(outlet) = note.then(|| signed_for(last)).flatten() {
                body.signed_for.get_or_insert(outlet);
                body.paragraphs.pop();
                continue;
            }
            break;
        };
        if body.signed_for.is_none() {
            body.signed_for = signed_for(last);
        }
        body.paragraphs.pop();
        // Read bottom-up; keep the page's order.
        for (i, n) in names.into_iter().enumerate() {
            closing.insert(i, n);
        }
    }
    if closing.is_empty() && body.paragraphs.len() > 1 {
        // "... theo quy định. Chu Quốc Hùng (TTXVN)": a signature glued after the last sentence.
        if let Some(last) = body.paragraphs.last_mut() {
            if let Some((cut, names)) = glued_signature(last) {
                if body.signed_for.is_none() {
                    body.signed_for = signed_for(&last[cut..]);
                }
                last.truncate(cut);
                closing = names;
            }
        }
    }
    for name in closing {
        push_unique(&mut body.authors, &name);
    }
    body
}

/// A line in capitals naming a news site by its kind ("BÁO ĐIỆN TỬ CHÍNH
/// PHỦ NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TẠP CHÍ ..."): the
/// page's masthead repeated in its footer.
fn is_footer_masthead(p: &str) -> bool {
    (4..=20).contains(&word_count(p))
        && p.chars().any(char::is_alphabetic)
        && p.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        && LEXICON
            .outlet_prefix
            .iter()
            .any(|o| prefix_ci(p, o).is_some_and(|n| p[n..].starts_with(' ')))
}

/// The outlet a footer line names when it says what the site is after its
/// name and a dash ("Báo Nhân Dân - Cơ quan Trung ương của Đảng Cộng sản
/// Việt Nam, ...", "Hà Nội Mới - Cơ quan của Đảng bộ ...", "Znews.vn - Giấy
/// phép hoạt động báo điện tử: ..."): the `footer_description` cues of
/// `cues.tsv`. The line is furniture, never text or a signature.
pub(crate) fn footer_line(p: &str) -> Option<String> {
    let lex = &*LEXICON;
    let p = p.trim();
    if p.len() > 300 {
        return None;
    }
    let (name, what) = dash_halves(p)?;
    let name = name.trim();
    if name.is_empty() || word_count(name) > 8 || !describes_a_site(what) {
        return None;
    }
    lex.outlet_in_masthead(name)
        .map(str::to_string)
        .or_else(|| lex.outlet_by_shape(name).map(str::to_string))
}

/// A footer line of two descriptions and no name ("Cơ quan của Quân ủy
/// Trung ương và Bộ Quốc phòng - Tiếng nói của lực lượng vũ trang ..."):
/// the site's slogan, furniture.
fn is_footer_slogan(p: &str) -> bool {
    p.len() <= 300
        && dash_halves(p).is_some_and(|(a, b)| describes_a_site(a) && describes_a_site(b))
}

/// `p` cut at its first spaced hyphen, else at its first spaced en dash.
fn dash_halves(p: &str) -> Option<(&str, &str)> {
    p.split_once(" - ").or_else(|| p.split_once(" – "))
}

/// Whether `s` opens with a `footer_description` cue: what a site's footer
/// says the site is ("Cơ quan Trung ương của …", "Giấy phép …").
fn describes_a_site(s: &str) -> bool {
    let s = s.trim();
    LEXICON
        .footer_description
        .iter()
        .any(|d| prefix_ci(s, d).is_some_and(|n| s[n..].starts_with(' ')))
}

/// A line that is only a known outlet's name as its masthead writes it
/// ("Cổng Thông tin điện tử Chính phủ", "Nhân Dân điện tử", "VietNamNet",
/// "Báo Công an Nhân dân điện tử"): the site's name under the story,
/// furniture and no signature.
pub(crate) fn outlet_line(p: &str) -> Option<String> {
    let p = p.trim();
    if p.is_empty()
        || word_count(p) > 8
        || p.contains([',', ':', '.', '(', '"']) && !p.contains(".vn")
    {
        return None;
    }
    LEXICON.outlet_named(p).map(str::to_string)
}

/// Any line of the site's footer: its name in capitals, alone, or with
/// what it is.
fn is_site_footer(p: &str) -> bool {
    is_footer_masthead(p)
        || footer_line(p).is_some()
        || is_footer_slogan(p)
        || outlet_line(p).is_some()
}

/// Whether `p` opens with a linking phrase and a comma ("Trước đó, ...",
/// "Trong khi đó, ..."): running text, which no caption starts with.
fn opens_running_text(p: &str) -> bool {
    LEXICON
        .text_opener
        .iter()
        .any(|o| prefix_ci(p, o).is_some_and(|n| p[n..].starts_with(',')) && word_count(p) >= 8)
}

/// A paragraph repeated twice as long as a picture's caption or a link's
/// title may be: more is text copied twice.
const MAX_REPEATED_CAPTION_WORDS: usize = 30;

/// The first half of a paragraph that is the same words twice, "Quang cảnh
/// hội nghị. Quang cảnh hội nghị." (four words or more each time).
fn doubled(p: &str) -> Option<&str> {
    let half = p.len().checked_sub(1)? / 2;
    if p.len().is_multiple_of(2) || p.as_bytes()[half] != b' ' || !p.is_char_boundary(half) {
        return None;
    }
    let (first, second) = (&p[..half], &p[half + 1..]);
    (first == second && word_count(first) >= 4).then_some(first)
}

/// "Ảnh Reuters", "(Nguồn Sina)", "Nguồn VTV": a credit word without its colon
/// and a capitalised source, two to five words in all.
fn is_bare_credit(s: &str) -> bool {
    let inner = s.trim_start_matches('(').trim_end_matches(')');
    let first = inner.split(' ').next().unwrap_or("").to_lowercase();
    (2..=5).contains(&word_count(inner))
        && LEXICON.caption_credit.contains(&first)
        && capitalised(inner)
}

/// A signature after the last sentence of a paragraph: where the sentence
/// ends and the names. Only a signed form counts ("Chu Quốc Hùng (TTXVN)",
/// "Theo TTXVN", "Nhóm PV"), or a bare name of two to four syllables.
fn glued_signature(p: &str) -> Option<(usize, Vec<String>)> {
    let heading = p.ends_with(':');
    if (ends_with_period(p) && !heading) || p.ends_with(['!', '?']) {
        return None;
    }
    let tail_from = floor_char_boundary(p, p.len().saturating_sub(120));
    let end = p[tail_from..]
        .rmatch_indices(['.', '!', '?', '…', '"', '”'])
        .map(|(i, m)| tail_from + i + m.len())
        .find(|&e| p[e..].starts_with(' '))?;
    let tail = p[end..].trim();
    if word_count(tail) > 8 || word_count(p[..end].trim()) < 8 {
        return None;
    }
    let lex = &*LEXICON;
    // "... tấn công. Ảnh Reuters", "(Nguồn Sina)": a credit, cut but naming no author;
    // so is a paper's name alone ("... bình luận. Dân trí") and a related
    // heading with nothing under it ("... ./. Xem thêm:").
    let bare = tail.trim_start_matches('(').trim_end_matches(')');
    if is_related_heading(tail) {
        return Some((end, Vec::new()));
    }
    if heading {
        return None;
    }
    if is_bare_credit(tail) || lex.outlet_named(bare).is_some() {
        return Some((end, Vec::new()));
    }
    let names = byline_names(tail)?;
    let signed = tail.contains('(')
        || lex
            .byline_prefix
            .iter()
            .chain(&lex.byline_group)
            .any(|b| prefix_ci(tail, b).is_some())
        || (2..=4).contains(&word_count(tail));
    signed.then_some((end, names))
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    if !item.is_empty() && !list.iter().any(|x| x == item) {
        list.push(item.to_string());
    }
}

/// The text split into paragraphs, each trimmed with inner whitespace collapsed.
///
/// Every non-blank line is a paragraph (news text is one paragraph a line),
/// except that a line not ending a sentence and followed by one starting in
/// lower case is re-joined: that is a hard-wrapped paragraph. Some exports wrap
/// every paragraph at a fixed width, even inside names ("… Ủy ban nhân dân
/// Thành" / "phố Hồ Chí Minh"): once two such lower-case wraps show the width,
/// a later unpunctuated line of that width also joins a next line that starts
/// in upper case or with a digit ("… giữa Công ty" / "Trách nhiệm hữu hạn …").
pub(crate) fn paragraphs(text: &str) -> Vec<String> {
    let decoded;
    let text = if text.contains('&') {
        decoded = decode_entities(text);
        decoded.as_str()
    } else {
        text
    };
    let separator = if text.contains('\n') { '\n' } else { '\r' };
    let lines: Vec<String> = text.split(separator).map(collapse_whitespace).collect();
    let wrap = wrap_width(&lines);
    let mut paras: Vec<String> = Vec::new();
    let mut joinable = false;
    // Whether the last line of `paras.last()` may join the next line by width.
    let mut width_joinable = false;
    for (i, line) in lines.into_iter().enumerate() {
        if line.is_empty() {
            joinable = false;
            width_joinable = false;
            continue;
        }
        let starts_lower = line.chars().next().is_some_and(char::is_lowercase);
        let at_width = wrap
            .is_some_and(|(from, lo, hi)| i >= from && (lo..=hi).contains(&line.chars().count()));
        match paras.last_mut() {
            Some(prev) if joinable && !ends_sentence(prev) && (starts_lower || width_joinable) => {
                prev.push(' ');
                prev.push_str(&line);
            }
            _ => paras.push(line),
        }
        joinable = true;
        width_joinable = at_width;
    }
    paras
}

/// The width a hard-wrapped text is wrapped at, from its sure wraps (an
/// unpunctuated line followed by a lower-case one): the line where the first
/// sure wrap is and the range of wrapped line lengths in characters. `None`
/// unless at least two sure wraps agree, so one-paragraph-a-line text is untouched.
fn wrap_width(lines: &[String]) -> Option<(usize, usize, usize)> {
    const MIN_WRAPS: usize = 2;
    const SLACK: usize = 12;
    let mut first = None;
    let mut lengths: Vec<usize> = Vec::new();
    for (i, pair) in lines.windows(2).enumerate() {
        let (line, next) = (&pair[0], &pair[1]);
        if !line.is_empty()
            && next.chars().next().is_some_and(char::is_lowercase)
            && !ends_sentence(line)
        {
            first.get_or_insert(i);
            lengths.push(line.chars().count());
        }
    }
    if lengths.len() < MIN_WRAPS {
        return None;
    }
    let lo = *lengths.iter().min()?;
    let hi = *lengths.iter().max()?;
    // Wrapped lines are of one width: lines of very different lengths are paragraphs.
    if lo < 30 || hi > 2 * lo {
        return None;
    }
    Some((first?, lo.saturating_sub(SLACK), hi + SLACK))
}

static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(nbsp|amp|quot|apos|lt|gt|ndash|mdash|hellip|lsquo|rsquo|ldquo|rdquo|laquo|raquo));")
        .expect("valid regex")
});

/// HTML character references left in text copied out of a page (`&quot;`, `&#7843;`).
fn decode_entities(text: &str) -> String {
    ENTITY
        .replace_all(text, |c: &regex::Captures<'_>| {
            let code = match (c.get(1), c.get(2), c.get(3)) {
                (Some(d), _, _) => d.as_str().parse().ok(),
                (_, Some(h), _) => u32::from_str_radix(h.as_str(), 16).ok(),
                (_, _, Some(name)) => Some(match name.as_str() {
                    "nbsp" => 0xA0,
                    "amp" => 0x26,
                    "quot" => 0x22,
                    "apos" => 0x27,
                    "lt" => 0x3C,
                    "gt" => 0x3E,
                    "ndash" => 0x2013,
                    "mdash" => 0x2014,
                    "hellip" => 0x2026,
                    "lsquo" => 0x2018,
                    "rsquo" => 0x2019,
                    "ldquo" => 0x201C,
                    "rdquo" => 0x201D,
                    "laquo" => 0xAB,
                    _ => 0xBB,
                }),
                _ => None,
            };
            code.and_then(char::from_u32)
                .filter(|ch| *ch != '\0')
                .map_or_else(|| c[0].to_string(), String::from)
        })
        .into_owned()
}

/// Trims, turns every run of whitespace into one space, drops invisible and control characters.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    // One pass over the bytes, copying runs of kept text whole. Only ASCII
    // spaces and controls and the lead bytes of the exotic spaces and
    // invisible characters (C2, E1 for U+1680, E2, E3, EF) need a closer
    // look; the rest (Vietnamese letters included) is copied as it is.
    const PLAIN: u8 = 0;
    const SPACE: u8 = 1;
    const CONTROL: u8 = 2;
    const LOOK: u8 = 3;
    static CLASS: [u8; 256] = {
        let mut t = [PLAIN; 256];
        let mut b = 0;
        while b < 0x20 {
            t[b] = CONTROL;
            b += 1;
        }
        t[0x7F] = CONTROL;
        t[b'\t' as usize] = SPACE;
        t[b'\n' as usize] = SPACE;
        t[0x0B] = SPACE;
        t[0x0C] = SPACE;
        t[b'\r' as usize] = SPACE;
        t[b' ' as usize] = SPACE;
        t[0xC2] = LOOK;
        t[0xE1] = LOOK;
        t[0xE2] = LOOK;
        t[0xE3] = LOOK;
        t[0xEF] = LOOK;
        t
    };
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (len, is_space) = match CLASS[bytes[i] as usize] {
            PLAIN => {
                i += 1;
                continue;
            }
            // A single ASCII space inside a run of kept text stays in the
            // run: Vietnamese has one every few bytes.
            SPACE
                if bytes[i] == b' '
                    && i > run
                    && bytes.get(i + 1).is_some_and(|&b| {
                        CLASS[b as usize] == PLAIN
                            || (b == 0xE1 && bytes.get(i + 2..i + 4) != Some(&[0x9A, 0x80]))
                    }) =>
            {
                i += 1;
                continue;
            }
            SPACE => (1, true),
            CONTROL => (1, false),
            // U+1E00–U+1EFF, most Vietnamese letters: only U+1680 is a space.
            _ if bytes[i] == 0xE1 => {
                if bytes.get(i + 1..i + 3) == Some(&[0x9A, 0x80]) {
                    (3, true)
                } else {
                    i += 3;
                    continue;
                }
            }
            _ => {
                let c = s[i..].chars().next().unwrap_or('a');
                if c.is_whitespace() {
                    (c.len_utf8(), true)
                } else if c.is_control()
                    || matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}' | '\u{00AD}')
                {
                    (c.len_utf8(), false)
                } else {
                    i += c.len_utf8();
                    continue;
                }
            }
        };
        if run < i {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(&s[run..i]);
        }
        // A space between two kept runs; an invisible character joins them.
        if is_space && !out.is_empty() {
            pending_space = true;
        }
        i += len;
        run = i;
    }
    if run < bytes.len() {
        if pending_space {
            out.push(' ');
        }
        out.push_str(&s[run..]);
    }
    out
}

/// Words in whitespace-collapsed text (one ASCII space between words).
fn word_count(collapsed: &str) -> usize {
    if collapsed.is_empty() {
        0
    } else {
        collapsed.bytes().filter(|&b| b == b' ').count() + 1
    }
}

/// The last character that is not a closing quote or bracket.
fn last_significant(s: &str) -> Option<char> {
    s.chars()
        .rev()
        .find(|c| !matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | ' ' | '*'))
}

fn ends_sentence(s: &str) -> bool {
    matches!(last_significant(s), Some('.' | '!' | '?' | '…' | ';' | ':')) && !ends_in_name(s)
}

fn ends_with_period(s: &str) -> bool {
    matches!(last_significant(s), Some('.' | '…' | ';' | ':')) && !ends_in_name(s)
}

/// "… Tổng thống Ferdinand Marcos Jr.": the period is the name's.
fn ends_in_name(s: &str) -> bool {
    let s = s.trim_end();
    LEXICON.name_suffix.iter().any(|suffix| {
        s.len() >= suffix.len()
            && s.get(s.len() - suffix.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
    })
}

/// A headline that trails off ("Buổi đầu hẹn gặp, bạn gái rủ làm trò này
/// khiến tôi sợ xanh mắt…"), first in the text: short, ending in an
/// ellipsis, over a longer paragraph.
fn trailing_headline(p: &str, first: bool, next: Option<&str>) -> bool {
    let p = p.trim_end();
    first
        && (p.ends_with('…') || p.ends_with("..."))
        && !p.ends_with("....")
        && p.len() <= 300
        && (3..=LONE_TITLE_WORDS).contains(&word_count(p))
        && next.is_some_and(|n| word_count(n) > word_count(p))
}

/// Short and without a closing period: a headline, section label or byline.
fn is_headline_like(p: &str) -> bool {
    !ends_with_period(p) && p.len() <= 400 && word_count(p) <= MAX_TITLE_WORDS
}

/// `date 2025-10-11 ...` (the crawler's stamp) or a line that is only a date
/// stamp (`Thứ bảy, 11/10/2025 08:30 (GMT+7)`): the publication date.
pub(crate) fn header_date(p: &str) -> Option<String> {
    if let Some(c) = opens_with_date(p)
        .then(|| HEADER_DATE.captures(p))
        .flatten()
    {
        return ymd(&c[1], &c[2], &c[3]);
    }
    if p.len() > 90 {
        return None;
    }
    // "Thứ bảy, 17:04 29/03/2025 | Tiêu điểm": the stamp, then the section.
    if let Some((stamp, _section)) = p.split_once(" | ") {
        if let Some(date) = header_date(stamp) {
            return Some(date);
        }
    }
    // The cheap tests first: most lines have no "tháng", and no digit with
    // a date's separator, and so skip compiling and running the regexes.
    if p.to_lowercase().contains("tháng") {
        if let Some(c) = WORDED_DATE_LINE.captures(p.trim()) {
            return ymd(&c[3], &c[2], &c[1]);
        }
    }
    let p = without_icon_label(p);
    if !p.contains(['/', '.', '-']) || !p.chars().any(char::is_numeric) {
        return english_date_line(p);
    }
    let mut matches = DATE_IN_LINE.captures_iter(p);
    let Some(c) = matches.next() else {
        return english_date_line(p);
    };
    if matches.next().is_some() {
        return None;
    }
    let whole = c.get(0)?;
    if !only_stamp_words(&p[..whole.start()], &p[whole.end()..]) {
        return None;
    }
    match (c.get(1), c.get(4), c.get(7)) {
        (Some(d), _, _) => ymd(&c[3], &c[2], d.as_str()),
        (None, Some(y), _) => ymd(y.as_str(), &c[5], &c[6]),
        // "2019.10.16": year first with dots (Korean and Chinese sites).
        (None, None, Some(y)) => ymd(y.as_str(), &c[8], &c[9]),
        _ => None,
    }
}

/// The date of a picture's stamp line ("Lá cờ Romania - Sputnik Việt Nam,
/// 1920, 11.05.2021"), as `YYYY-MM-DD`.
fn picture_stamp(p: &str) -> Option<String> {
    // Cheap tests first: most lines are turned away before the regex.
    if p.len() > 300
        || !p.ends_with(|c: char| c.is_ascii_digit())
        || !p.contains(", ")
        || !(p.contains(" - ") || p.contains(" – "))
    {
        return None;
    }
    let c = PICTURE_STAMP.captures(p.trim())?;
    ymd(&c[3], &c[2], &c[1])
}

/// Whether the text around a stamp's date holds only stamp words
/// (weekdays, "Cập nhật", clock times, "GMT").
fn only_stamp_words(before: &str, after: &str) -> bool {
    let lex = &*LEXICON;
    let stamp_word = |t: &str| {
        let t = t.to_lowercase();
        lex.date_word.contains(t.as_str())
            || CLOCK_TOKEN.is_match(&t)
            || t.bytes().all(|b| b.is_ascii_digit())
    };
    [before, after].iter().all(|part| {
        part.split(|ch: char| !ch.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .all(stamp_word)
    })
}

/// A stamp line with an English month name ("December 01, 2020 | 17:44
/// GMT+7", "Tuesday, 1 December 2020"): weekday names may stand around it.
fn english_date_line(p: &str) -> Option<String> {
    const WEEKDAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    if !p.is_ascii() || !p.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let c = ENGLISH_DATE.captures(p)?;
    let whole = c.get(0)?;
    let rest = format!("{} {}", &p[..whole.start()], &p[whole.end()..]).to_lowercase();
    let stamp_only = rest
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .all(|t| {
            WEEKDAYS.contains(&t)
                || LEXICON.date_word.contains(t)
                || t.bytes().all(|b| b.is_ascii_digit())
        });
    if !stamp_only {
        return None;
    }
    let (month, day, year) = match (c.get(1), c.get(4)) {
        (Some(m), _) => (m.as_str(), &c[2], &c[3]),
        (None, Some(d)) => (c.get(5)?.as_str(), d.as_str(), &c[6]),
        _ => return None,
    };
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let month = month.get(..3)?.to_ascii_lowercase();
    let number = MONTHS.iter().position(|m| *m == month)? + 1;
    ymd(year, &number.to_string(), day)
}

/// "Chính trị Thứ Hai 27/10/2025, 13:41", "Đối ngoại - Ngày đăng : 06:47,
/// 25/03/2019": a section label of a few capitalised words, then a stamp
/// with its clock time. The label, the date and the stamp as written.
fn section_stamp(p: &str) -> Option<(String, String, &str)> {
    const SEPARATORS: [char; 6] = [' ', '-', '–', '—', '|', ':'];
    if p.len() > 90 || !p.starts_with(char::is_uppercase) || !CLOCK_IN_LINE.is_match(p) {
        return None;
    }
    let lex = &*LEXICON;
    for (words, (cut, _)) in p.match_indices(' ').enumerate() {
        if words >= 4 {
            break;
        }
        let label = p[..cut].trim_end_matches(SEPARATORS);
        let stamp = p[cut..].trim_start_matches(SEPARATORS);
        let separated = !p[label.len()..p.len() - stamp.len()].trim().is_empty();
        if label.is_empty()
            || !label.chars().all(|c| c.is_alphabetic() || c == ' ')
            || label
                .split(' ')
                .all(|w| lex.date_word.contains(w.to_lowercase().as_str()))
        {
            continue;
        }
        // The stamp opens with a capitalised date word ("Thứ Hai", "Ngày
        // đăng") or stands after a separator.
        let first = stamp.split([' ', ',', ':']).next().unwrap_or("");
        let date_word_first = first.starts_with(char::is_uppercase)
            && lex.date_word.contains(first.to_lowercase().as_str());
        // "Thế giới 31/03/2025 08:30": the date itself opens the stamp.
        let date_first = first.starts_with(|c: char| c.is_ascii_digit())
            && DATE_IN_LINE.find(stamp).is_some_and(|m| m.start() == 0);
        if !(separated || date_word_first || date_first) || !CLOCK_IN_LINE.is_match(stamp) {
            continue;
        }
        if let Some(date) = header_date(stamp) {
            return Some((label.to_string(), date, stamp));
        }
    }
    None
}

/// A writer's name and the stamp on one line ("Nguyễn Hoài - Thứ hai,
/// 19/8/2024 18:30 (GMT+7)", "Minh Anh 19:17 19/07/2021"): the date, the
/// names and the line.
fn writer_stamp(p: &str) -> Option<(String, Vec<String>, String)> {
    if let Some((date, name)) = byline_stamp(p) {
        return Some((date, vec![name], p.trim().to_string()));
    }
    let (label, date, _) = section_stamp(p)?;
    // Under the lead a stamp's label is the writer's, surname or pen name
    // ("Minh Khôi - Thứ sáu, 23/6/2023 13:45"), unless it names a section
    // ("Thế Giới - Thứ sáu, ...") or a place ("Hà Nội - ...").
    let names = byline_names(&label)
        .filter(|_| is_top_byline(&label) || names_no_section_or_place(&label))?;
    Some((date, names, p.trim().to_string()))
}

/// Whether a stamp's label names neither a section ("Thế Giới") nor a
/// place ("Hà Nội"): then it is the writer's name.
fn names_no_section_or_place(label: &str) -> bool {
    section_line(label).is_none()
        && !LEXICON
            .province
            .contains(label.trim().to_lowercase().as_str())
}

/// A stamp line whose parts the copy glued together, with spaces put back
/// where a word or a clock runs into a capital, and without the follow or
/// share button after it: "Thế giớiChủ Nhật, 24/02/2019 07:08 +07:00Google
/// News" → "Thế giới Chủ Nhật, 24/02/2019 07:08 +07:00", "31/03/2025 08:30
/// Chia sẻ" → "31/03/2025 08:30". `None` when nothing changed (or the line
/// is too long to be a stamp).
fn unglued_stamp(p: &str) -> Option<String> {
    // Cheap tests first: a stamp is short and has a clock.
    if p.len() > 120 || !p.contains(':') {
        return None;
    }
    let mut out = String::with_capacity(p.len() + 8);
    let mut prev: Option<char> = None;
    let mut glued = false;
    for c in p.chars() {
        let glue = match prev {
            // "giớiChủ", "07:08Google", "giới24/02".
            Some(q) => {
                (c.is_uppercase() && (q.is_lowercase() || q.is_ascii_digit()))
                    || (c.is_ascii_digit() && q.is_lowercase())
            }
            None => false,
        };
        if glue {
            out.push(' ');
            glued = true;
        }
        out.push(c);
        prev = Some(c);
    }
    let lex = &*LEXICON;
    let before = out.len();
    // "... 08:30 (GMT+7) Theo dõi trên Google News": a follow button after the stamp.
    let lower = out.to_lowercase();
    if let Some(at) = lex
        .follow_prefix
        .iter()
        .filter_map(|f| lower.find(&format!(" {f}")))
        .min()
        .filter(|&at| at > 0 && out.is_char_boundary(at) && CLOCK_IN_LINE.is_match(&out[..at]))
    {
        out.truncate(at);
    }
    // "... +07:00Google News", "... 08:30 Chia sẻ": a platform or a share button last.
    // The longest such label wins, whatever order the sets keep.
    let end = out.trim_end().len();
    let cut = lex
        .platform
        .iter()
        .chain(lex.chrome_line.iter())
        .filter_map(|name| {
            let cut = end.checked_sub(name.len())?;
            (cut > 0
                && out.is_char_boundary(cut)
                && out[..cut].ends_with(' ')
                && out[cut..end].to_lowercase() == *name)
                .then_some(cut)
        })
        .min();
    if let Some(cut) = cut {
        out.truncate(cut);
    }
    (glued || out.len() < before).then(|| out.trim_end().to_string())
}

/// Whether a label's last word runs into a stamp's date word ("Đời
/// sốngThứ"): the label was glued to the stamp. A brand written so
/// ("VnExpress") is no such label.
fn ends_in_glued_date_word(label: &str) -> bool {
    let last = label.rsplit(' ').next().unwrap_or(label);
    let mut prev: Option<char> = None;
    for (at, c) in last.char_indices() {
        if c.is_uppercase() && prev.is_some_and(char::is_lowercase) {
            return LEXICON
                .date_word
                .contains(last[at..].to_lowercase().as_str());
        }
        prev = Some(c);
    }
    false
}

/// A stamp line that opens with the writer's name: the date and the name.
fn byline_stamp(p: &str) -> Option<(String, String)> {
    if p.len() > 90 {
        return None;
    }
    let p = p.trim();
    // "Tác giả: Minh Anh | 31/03/2025 08:30": the introducer is no name.
    let p = LEXICON
        .byline_prefix
        .iter()
        .find_map(|b| {
            let n = prefix_ci(p, b)?;
            let rest = &p[n..];
            (b.ends_with(':') || rest.starts_with(' ')).then(|| rest.trim_start_matches([' ', ':']))
        })
        .unwrap_or(p);
    // Cheap test first: both shapes need a clock and a slash date, so most
    // lines skip compiling and running the regexes.
    if !p.contains(':') || !p.contains('/') {
        return None;
    }
    // "THANH HÀ (từ New Delhi) | 01/08/2024 17:45": a short note after the
    // name says where the writer files from; the stamp follows it.
    let unnoted = p.split_once(" (").and_then(|(name, rest)| {
        let (note, after) = rest.split_once(')')?;
        ((1..=4).contains(&note.split_whitespace().count()) && !note.contains(['(', '/', ':']))
            .then(|| format!("{name}{after}"))
    });
    let p = unnoted.as_deref().unwrap_or(p);
    // With the clock first, only a person's name opens it ("Thời Sự 17:30
    // | 02/10/2025" is a section's stamp).
    let c = BYLINE_STAMP.captures(p).or_else(|| {
        BYLINE_CLOCK_FIRST
            .captures(p)
            .filter(|c| is_person_name(c[1].trim()))
    })?;
    let lex = &*LEXICON;
    let rest_is_stamp = c[5]
        .to_lowercase()
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .all(|t| lex.date_word.contains(t) || t.bytes().all(|b| b.is_ascii_digit()));
    let name = c[1].trim();
    // A date word is no name ("Thứ Bảy 07/02/2026 07:08" is a plain stamp).
    // Nor is a place ("Hà Nội, 19/08/2024 10:30").
    let named = !name
        .split_whitespace()
        .any(|w| lex.date_word.contains(w.to_lowercase().as_str()))
        && !lex.province.contains(name.to_lowercase().as_str());
    (rest_is_stamp && named)
        .then(|| ymd(&c[4], &c[3], &c[2]).map(|d| (d, name.to_string())))
        .flatten()
}

/// The date part of a line `header_date` read: the crawler's "date
/// 2025-10-11" without what follows it, otherwise the stamp line itself.
fn dateline_text(p: &str) -> String {
    match opens_with_date(p).then(|| HEADER_DATE.find(p)).flatten() {
        Some(m) => m.as_str().trim().to_string(),
        None => p.trim().to_string(),
    }
}

/// A line of related-news headlines copied without their separators:
/// "… quan hệ Việt Nam-LàoHọc sinh vùng cao đón TếtTăng cường hợp tác …".
/// Two or more places where a word's small letter runs straight into a capital,
/// each piece a headline of four or more words, and no sentence end.
fn glued_titles(p: &str) -> Option<Vec<&str>> {
    const MIN_TITLE_WORDS: usize = 4;
    if ends_sentence(p) {
        return None;
    }
    let mut cuts = vec![0];
    let mut prev: Option<char> = None;
    // Words since the last cut: a run longer than any title means no list
    // of titles, so a long unpunctuated paragraph is given up early.
    let mut words = 1;
    for (i, c) in p.char_indices() {
        if c == ' ' {
            words += 1;
            if words > MAX_TITLE_WORDS {
                return None;
            }
        } else if prev.is_some_and(char::is_lowercase) && c.is_uppercase() {
            cuts.push(i);
            words = 1;
        }
        prev = Some(c);
    }
    if cuts.len() < 3 {
        return None;
    }
    cuts.push(p.len());
    let titles: Vec<&str> = cuts.windows(2).map(|w| p[w[0]..w[1]].trim()).collect();
    titles
        .iter()
        .all(|t| word_count(t) >= MIN_TITLE_WORDS && word_count(t) <= MAX_TITLE_WORDS)
        .then_some(titles)
}

/// A line without the text of an icon glued before it: pages put an icon's
/// English name right against the stamp ("ClockThứ Bảy, 07/02/2026",
/// "CalendarNgày 5/3/2025"), so a run of ASCII letters glued to a capital
/// letter is dropped. Anything else is returned whole.
fn without_icon_label(p: &str) -> &str {
    let bytes = p.as_bytes();
    let run = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    // Where a lower-case letter meets a capital inside the first word: "Clock|Thứ".
    let glue = (3..=run.min(12)).find(|&k| {
        bytes[k - 1].is_ascii_lowercase() && bytes.get(k).is_some_and(|b| !b.is_ascii_lowercase())
    });
    match glue {
        Some(k) if p[k..].chars().next().is_some_and(char::is_uppercase) => &p[k..],
        _ => p,
    }
}

/// `YYYY-MM-DD` when the parts make a plausible calendar day.
pub(crate) fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    ((1900..=2200).contains(&y) && (1..=days).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

static ISO_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?",
    )
    .expect("valid regex")
});
static DMY_STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b").expect("valid regex"));

/// A publication date as a source states it, as RFC 3339 (when it has a time
/// and zone) or `YYYY-MM-DD`; `None` when it is not a date.
pub(crate) fn normalise_published(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(c) = ISO_STAMP.captures(s) {
        let day = ymd(&c[1], &c[2], &c[3])?;
        return match (c.get(4), c.get(5), c.get(7)) {
            (Some(h), Some(m), Some(zone)) => {
                let (h, m): (u32, u32) = (h.as_str().parse().ok()?, m.as_str().parse().ok()?);
                let sec: u32 = c.get(6).map_or(Some(0), |x| x.as_str().parse().ok())?;
                if h > 23 || m > 59 || sec > 60 {
                    return Some(day);
                }
                let zone = match zone.as_str() {
                    "Z" => "Z".to_string(),
                    z if z.len() == 5 => format!("{}:{}", &z[..3], &z[3..]),
                    z => z.to_string(),
                };
                Some(format!("{day}T{h:02}:{m:02}:{sec:02}{zone}"))
            }
            _ => Some(day),
        };
    }
    let c = DMY_STAMP.captures(s)?;
    ymd(&c[3], &c[2], &c[1])
}

/// Case-insensitive prefix test; returns the byte length of the matched prefix of `hay`.
fn prefix_ci(hay: &str, needle_lower: &str) -> Option<usize> {
    let mut needle = needle_lower.chars().peekable();
    for (i, c) in hay.char_indices() {
        if needle.peek().is_none() {
            return Some(i);
        }
        if c.is_ascii() {
            if needle.next() != Some(c.to_ascii_lowercase()) {
                return None;
            }
            continue;
        }
        // A non-ASCII letter never lower-cases to ASCII in news text (the
        // Kelvin sign aside), so skip the case table when the needle is ASCII here.
        if needle.peek().is_some_and(char::is_ascii) {
            return None;
        }
        for lc in c.to_lowercase() {
            if needle.next() != Some(lc) {
                return None;
            }
        }
    }
    needle.peek().is_none().then_some(hay.len())
}

/// A page-furniture line: share bars, tag lists, hotlines.
pub(crate) fn is_chrome(p: &str) -> bool {
    let lex = &*LEXICON;
    // "* Mời quý độc giả ...": a bullet before the furniture's words.
    let unbulleted = p.trim_start_matches(['*', '•', '·', '►', '▶', ' ']);
    if lex
        .chrome_prefix
        .iter()
        .any(|c| prefix_ci(unbulleted, c).is_some())
    {
        return true;
    }
    // Whole-line furniture and hotline banners are short; long paragraphs skip the lower-casing.
    if p.len() > 400 || word_count(p) > 30 {
        return false;
    }
    let lower = p.to_lowercase();
    let bare = ui_label(&lower);
    lex.chrome_line.contains(bare)
        || lex.chrome_marker.iter().any(|m| lower.contains(m.as_str()))
        || is_follow_button(&lower)
        || is_image_file_name(&lower)
        || is_image_slug(p)
        || is_player_clock(p)
        || is_code_token(p)
}

/// A page's code left in the copy ("news_is_not_ads=", "data_id=3"): one
/// ASCII word joined by underscores. Words are never written so.
fn is_code_token(p: &str) -> bool {
    let p = p.trim();
    p.contains('_')
        && p.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'=' | b'-' | b':'))
}

/// A picture's name as its web address writes it, the Vietnamese without
/// its marks ("hai ong erdogan va putin thao luan hinh 1"): five or more
/// words of plain lower-case ASCII. Vietnamese prose always has marks.
fn is_image_slug(p: &str) -> bool {
    word_count(p) >= 5
        && p.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' ' || b == b'-')
}

/// A media player's clock ("0:00 / 0:00", "0:00").
fn is_player_clock(p: &str) -> bool {
    p.split_whitespace()
        .all(|t| t == "/" || (CLOCK_LIKE.is_match(t)))
}

/// Image file names ("img-9622.jpg", "anh_1.webp") left where pictures
/// stood: every word ends in an image extension (several pictures' names
/// may run together on one line).
fn is_image_file_name(lower: &str) -> bool {
    const IMAGE_EXTENSIONS: [&str; 7] = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".avif"];
    let mut names = lower.split_whitespace().peekable();
    names.peek().is_some()
        && names.all(|name| {
            IMAGE_EXTENSIONS
                .iter()
                .any(|ext| name.len() > ext.len() && name.ends_with(ext))
        })
}

/// A button's label without its decoration or counter: "Bình luận (0)",
/// "0 bình luận", "Chia sẻ:" → "bình luận", "chia sẻ".
fn ui_label(lower: &str) -> &str {
    let mut bare = lower
        .trim_start_matches(['•', '·', ' '])
        .trim_end_matches([':', ' ', '.', '»', '>']);
    if let Some(open) = bare.strip_suffix(')').and_then(|b| b.rfind('(')) {
        if bare[open + 1..bare.len() - 1]
            .chars()
            .all(|c| c.is_ascii_digit())
        {
            bare = bare[..open].trim_end();
        }
    }
    // "1.204 lượt xem": a count with its thousands mark
    bare.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '.' || c == ',')
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ')
}

/// "Theo dõi Baoquocte.vn trên", "Theo dõi Báo X trên Google News": a short
/// follow-us line, told by its dangling preposition or the platform it ends with.
fn is_follow_button(lower: &str) -> bool {
    let lex = &*LEXICON;
    if word_count(lower) > 10
        || !lex
            .follow_prefix
            .iter()
            .any(|f| lower.starts_with(f.as_str()))
    {
        return false;
    }
    let end = lower.trim_end_matches([' ', '.', ':', '!', '»', '>']);
    ["trên", "tại", "qua"].iter().any(|w| {
        end.strip_suffix(w)
            .is_some_and(|before| before.is_empty() || before.ends_with(' '))
    }) || lex.platform.iter().any(|name| end.ends_with(name.as_str()))
}

/// A heading that opens the related-news block ("Tin liên quan", "XEM THÊM:").
pub(crate) fn is_related_heading(p: &str) -> bool {
    if p.len() > 80 {
        return false;
    }
    let lower = p.to_lowercase();
    let bare = lower
        .trim_start_matches(['>', '»', '•', '-', ' ', '*', '#'])
        .trim_end_matches([':', ' ', '.', '»', '>', '…']);
    LEXICON.related_heading.contains(bare)
}

/// A heading after which only tags or comments follow ("Từ khóa", "Ý kiến bạn đọc").
fn is_end_heading(p: &str) -> bool {
    let lex = &*LEXICON;
    // "Hiện chưa có bình luận nào, hãy ...": the comment box, a line longer than a heading.
    if p.len() <= 300 && lex.end_prefix.iter().any(|c| prefix_ci(p, c).is_some()) {
        return true;
    }
    if p.len() > 60 {
        return false;
    }
    lex.end_heading.contains(ui_label(&p.to_lowercase()))
}

/// `Xem thêm: <title>`: one related link in the running text.
fn related_inline(p: &str) -> Option<&str> {
    let lex = &*LEXICON;
    for cue in &lex.related_inline {
        if let Some(n) = prefix_ci(p, cue) {
            let title = p[n..].trim_matches([' ', ':', '>', '»']);
            if !title.is_empty() && title.split_whitespace().count() <= MAX_TITLE_WORDS {
                return Some(title);
            }
        }
    }
    None
}

/// Splits a paragraph at photo credits that have more text after them,
/// yielding each piece and whether a credit followed it.
struct CreditSplit<'a> {
    rest: Option<&'a str>,
    /// Whether a credit was already split off this paragraph.
    split: bool,
}

/// Where a piece of a paragraph came from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// The paragraph as it was: no credit inside.
    Whole,
    /// Text that a credit followed.
    BeforeCredit,
    /// What followed the last credit.
    Tail,
}

impl<'a> Iterator for CreditSplit<'a> {
    type Item = (&'a str, Piece);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.rest?;
        match inline_credit(rest) {
            Some((start, end)) => {
                self.rest = Some(rest[end..].trim_start());
                self.split = true;
                let before = rest[..start].trim_end_matches([' ', '-', '–', '—', '|']);
                Some((before, Piece::BeforeCredit))
            }
            None => {
                self.rest = None;
                Some((
                    rest,
                    if self.split {
                        Piece::Tail
                    } else {
                        Piece::Whole
                    },
                ))
            }
        }
    }
}

/// The byte range of the first photo credit inside `p` that more text
/// follows: `(Ảnh: Nhan Sáng/TTXVN)`, `(Ảnh minh họa)`, `Ảnh: EPA/TTXVN`,
/// `ẢNH: NGỌC THẮNG`. A credit ending the paragraph is [`split_caption`]'s.
fn inline_credit(p: &str) -> Option<(usize, usize)> {
    // Cheap test first: almost every paragraph has no credit at all.
    if !(p.contains("Ảnh") || p.contains("ẢNH") || p.contains("ảnh:") || p.contains("(ả")) {
        return None;
    }
    let starts_sentence = |after: &str| {
        let after = after.trim_start();
        after.chars().next().is_some_and(char::is_uppercase) && word_count(after) >= 3
    };
    let paren = p.match_indices('(').find_map(|(open, _)| {
        // Every credit starts with one of a few letters: most brackets end here.
        let initial = p[open + 1..]
            .trim_start()
            .chars()
            .next()?
            .to_lowercase()
            .next()?;
        if !LEXICON.credit_initials.contains(&initial) {
            return None;
        }
        let inner_len = p[open + 1..].find([')', '('])?;
        let close = open + 1 + inner_len;
        if !p[close..].starts_with(')') || inner_len > 80 {
            return None;
        }
        let kind = credit_kind(&p[open + 1..close])?;
        (kind != "source" && starts_sentence(&p[close + 1..])).then_some((open, close + 1))
    });
    // The first credit of each spelling; the earlier of the two wins.
    let bare = ["Ảnh", "ẢNH"]
        .iter()
        .filter_map(|cue| {
            p.match_indices(cue).find_map(|(at, cue)| {
                let before = p[..at].trim_end();
                // "Trong ảnh: ..." opens a caption; a credit stands after a space or a dash.
                let after_word = at == 0 || p[..at].ends_with(' ');
                let last_word = before.rsplit(' ').next().unwrap_or("");
                if !after_word || last_word.eq_ignore_ascii_case("trong") {
                    return None;
                }
                // "Ảnh:", "Ảnh minh họa: AFP" (a name follows) or "Ảnh minh họa." (complete).
                let note_at = at + cue.len();
                let (note, complete) = LEXICON.photo_note.iter().find_map(|(note, complete)| {
                    Some((prefix_ci(&p[note_at..], note)?, *complete))
                })?;
                let mut end = note_at + note;
                if !complete {
                    end += bare_credit_len(&p[end..])?;
                }
                starts_sentence(&p[end..]).then_some((at, end))
            })
        })
        .min();
    match (paren, bare) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The length of the credit after `Ảnh:` when its end is clear: an agency
/// after a slash (`Nhan Sáng/TTXVN`, `AFP/TTXVN`, `Hoàng Hải/Vietnam+`), a
/// name after an agency's slash (`VGP/Quang Hiếu` before a sentence), or
/// words in capitals (`NGỌC THẮNG`, `TTXVN`).
fn bare_credit_len(s: &str) -> Option<usize> {
    let all_caps = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic());
        letters.clone().count() >= 2 && letters.into_iter().all(char::is_uppercase)
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0usize, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .take(8)
        .collect();
    let end_of = |i: usize| words[i].0 + words[i].1.len();
    let next_capital = |i: usize| words.get(i + 1).is_some_and(|(_, w)| capital(w));
    // "Ảnh: Tư liệu. Một lính ...": a full stop closes a short credit.
    if let Some(i) = words.iter().take(4).position(|(_, w)| w.ends_with('.')) {
        let plain = words[..=i]
            .iter()
            .all(|(_, w)| !w.contains([',', ';', ':']));
        if plain && next_capital(i) {
            return Some(end_of(i));
        }
    }
    // "Ảnh: Reuters Nhóm tìm kiếm ...": a known source by itself.
    let mut source = String::new();
    for (i, (_, w)) in words.iter().enumerate().take(3) {
        if i > 0 {
            source.push(' ');
        }
        source.push_str(&w.to_lowercase());
        if LEXICON.credit_source.contains(&source) && next_capital(i) {
            return Some(end_of(i));
        }
    }
    let slash = words.iter().take(5).position(|(_, w)| w.contains('/'));
    if let Some(i) = slash.filter(|&i| words[..=i].iter().all(|(_, w)| capital(w))) {
        let agency = words[i].1.rsplit('/').next().unwrap_or("");
        if all_caps(agency) || agency.ends_with('+') {
            return Some(end_of(i));
        }
        // "VGP/Quang Hiếu Trao đổi ...": the name runs to the capital that opens the sentence.
        let run = words[i + 1..]
            .iter()
            .take_while(|(_, x)| capital(x))
            .count();
        let next = words.get(i + 1 + run)?;
        if run > 3 || !next.1.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        return Some(end_of(i + run.saturating_sub(1)));
    }
    // Words in capitals end where ordinary capitalisation resumes.
    let caps = words.iter().take_while(|(_, w)| all_caps(w)).count();
    (caps > 0 && caps <= 5 && caps < words.len()).then(|| end_of(caps - 1))
}

/// The text after a second lead marker is another story's teaser when it is
/// short and does not repeat this story's lead (aggregators print the lead
/// twice, the second time glued to the body).
fn is_teaser(rest: &str, lead: Option<&str>) -> bool {
    let repeats = |l: &str| {
        let opening = l.char_indices().nth(40).map_or(l, |(i, _)| &l[..i]);
        rest.starts_with(opening.trim_end())
    };
    word_count(rest) <= 80 && !lead.is_some_and(repeats)
}

/// A short single sentence: what a caption glued before its credit looks like.
fn is_lone_caption(p: &str) -> bool {
    word_count(p) <= 30 && !p.trim_end_matches(['.', ' ']).contains(". ")
}

/// A long paragraph of running text that no teaser marker opens.
fn is_prose(p: &str) -> bool {
    word_count(p) >= 25 && ends_with_period(p) && lead_marker(p).is_none()
}

/// A related-news title (not a teaser sentence, not another heading).
fn related_title(p: &str) -> Option<&str> {
    if lead_marker(p).is_some()
        || is_related_heading(p)
        || ends_with_period(p)
        || is_chrome(p)
        || word_count(p) > MAX_TITLE_WORDS
    {
        return None;
    }
    let t = p.trim_start_matches(['>', '»', '•', '-', ' ', '*']).trim();
    // A menu scrap ("doanh nghiệp - Sản phẩm - ...") or a credit is no headline.
    let headline = t.chars().next().is_some_and(|c| !c.is_lowercase())
        && byline_names(t).is_none()
        && credit_kind(t).is_none();
    headline.then_some(t)
}

/// `[Hội nghị ... diễn ra trong tuần tới]`: a bracketed headline on its own
/// line is a link to a related story.
fn bracketed_link(p: &str) -> Option<&str> {
    let inner = p.strip_prefix('[')?.strip_suffix(']')?.trim();
    let words = word_count(inner);
    let headline = !inner.contains(['[', ']'])
        && (3..=MAX_TITLE_WORDS).contains(&words)
        && !ends_with_period(inner);
    headline.then_some(inner)
}

/// A lead marker with nothing after it ("(VTC News) -", "TTO -"): the outlet
/// it names, if known. The lead itself is the next paragraph.
fn marker_only(p: &str) -> Option<Option<String>> {
    if p.len() > 48 || !p.trim_end().ends_with(['-', '–', '—', ':', ')']) {
        return None;
    }
    let lex = &*LEXICON;
    let marker = p.trim_end_matches(['-', '–', '—', ':', ' ']);
    if let Some(inner) = marker.strip_prefix('(').and_then(|m| m.strip_suffix(')')) {
        let inner = inner.trim();
        let known = lex.outlet_for_marker(inner);
        let has_dash = marker.len() < p.trim_end().len();
        let abbreviation = has_dash
            && inner.chars().count() <= 25
            && inner.split_whitespace().count() <= 4
            && inner.chars().any(char::is_uppercase)
            && !inner.chars().all(|ch| ch.is_ascii_digit())
            && !is_credit_note(inner);
        return (known.is_some() || abbreviation).then(|| known.map(str::to_string));
    }
    // "TTO -": bare markers count only when known.
    (marker.len() < p.trim_end().len())
        .then(|| lex.outlet_for_marker(marker))
        .flatten()
        .map(|o| Some(o.to_string()))
}

/// A signature that closes the story while more follows: "Nguyễn Hằng (TTXVN)",
/// "Theo TTXVN", "Nhóm PV" with a headline-shaped line after it. A bare name
/// is left to the closing pass (it may be a subheading).
fn ends_story(p: &str, next: Option<&str>) -> bool {
    if word_count(p) > 8 || ends_with_period(p) {
        return false;
    }
    let Some(next) = next else {
        return false;
    };
    let next_is_headline = !ends_with_period(next)
        && (3..=MAX_TITLE_WORDS).contains(&word_count(next))
        && !is_prose(next);
    if !next_is_headline {
        return false;
    }
    let lex = &*LEXICON;
    let explicit = p.contains('(')
        || lex
            .byline_prefix
            .iter()
            .chain(&lex.byline_group)
            .any(|b| prefix_ci(p, b).is_some());
    explicit && byline_names(p).is_some()
}

/// "... Đại sứ Peru Augusto Morelli TTXViệt Nam", "... nguy cơ sụp đổ LÂM VIÊN":
/// an agency or a photographer's name in capitals glued to the end of a
/// short unpunctuated line makes it a caption (returned without the credit).
fn credit_tail_caption(p: &str) -> Option<String> {
    if word_count(p) > 40 || ends_sentence(p) {
        return None;
    }
    if !p.contains("TTX") {
        return capitals_credit_caption(p);
    }
    let lex = &*LEXICON;
    for tail in &lex.credit_tail {
        let Some(cut) = p.len().checked_sub(tail.len()) else {
            continue;
        };
        if !p.is_char_boundary(cut) || p[cut..].to_lowercase() != *tail {
            continue;
        }
        let before = &p[..cut];
        let before = if before.ends_with('/') {
            // "Nhan Sáng/TTXVN": the photographer's name goes with the credit.
            before[..before.rfind(' ')?].trim_end()
        } else if before.ends_with(' ') {
            before.trim_end()
        } else {
            return None;
        };
        let before = before.trim_end_matches([' ', '-', '–', '—', '|', ',']);
        let last = before.rsplit(' ').next().unwrap_or("").to_lowercase();
        // "... phóng viên TTXVN", "Theo TTXVN": the agency is part of the sentence or a byline.
        let in_sentence = lex.function_word.contains(&last)
            || matches!(
                last.as_str(),
                "theo" | "viên" | "báo" | "đài" | "của" | "và"
            );
        if word_count(before) < 3 || in_sentence || byline_names(p).is_some() {
            return None;
        }
        return Some(before.to_string());
    }
    capitals_credit_caption(p)
}

/// "Thủ tướng gặp song phương với Thủ tướng Thái Lan |": a line closed by a
/// table bar is a picture's caption cell.
fn bar_caption(p: &str) -> Option<String> {
    let text = p.trim_end().strip_suffix('|')?.trim_end();
    (word_count(text) <= 40).then(|| text.trim_end_matches(['|', ' ']).to_string())
}

/// A line that only names a photo's source ("TTXVN", "Reuters", "Getty Images").
fn is_credit_line(p: &str) -> bool {
    if p.len() > 40 {
        return false;
    }
    let lex = &*LEXICON;
    let lower = p.trim_end_matches(['.', ' ']).to_lowercase();
    lex.credit_source.contains(&lower) || lex.credit_tail.contains(&lower)
}

/// "Tình trạng sạt lở khiến nhà dân có nguy cơ sụp đổ LÂM VIÊN": two to four
/// words in capitals that read as a Vietnamese name (a vowel in each, a
/// diacritic in one; "HĐND", "TP", "ASEAN" do not) after ordinary text.
fn capitals_credit_caption(p: &str) -> Option<String> {
    const VOWELS: &str = "AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ";
    let is_name_syllable = |w: &str| {
        (2..=7).contains(&w.chars().count())
            && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
            && w.chars().any(|c| VOWELS.contains(c))
    };
    let words: Vec<&str> = p.split(' ').collect();
    let caps = words
        .iter()
        .rev()
        .take_while(|w| is_name_syllable(w))
        .count();
    if !(2..=4).contains(&caps) || words.len() < caps + 4 {
        return None;
    }
    let name = &words[words.len() - caps..];
    let before = &words[..words.len() - caps];
    let last_before = before.last()?;
    // The text before ends in ordinary lettering, not in capitals or a function word.
    let ordinary = last_before.chars().any(char::is_lowercase)
        && !LEXICON.function_word.contains(&last_before.to_lowercase());
    let diacritic = name.iter().any(|w| !w.is_ascii());
    (ordinary && diacritic).then(|| before.join(" "))
}

/// Whether `p` has a word that running sentences use and captions do not
/// ("đã", "không", "cho biết", "là"): one or two syllables, case-insensitive.
fn has_statement_word(p: &str) -> bool {
    has_word(p, &LEXICON.statement_word)
}

/// Whether one or two syllables of `p` in a row, lower-cased, are in `words`.
fn has_word(p: &str, words: &std::collections::HashSet<String>) -> bool {
    let lower = p.to_lowercase();
    let syllables: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    syllables.iter().any(|w| words.contains(*w))
        || syllables.windows(2).any(|pair| {
            let two = format!("{} {}", pair[0], pair[1]);
            words.contains(&two)
        })
}

/// A short single sentence shaped like a caption: no tense, negation or
/// discourse word, no quotation, not a question or a lead-in.
fn is_short_caption(p: &str) -> bool {
    (2..=25).contains(&word_count(p))
        && is_lone_caption(p)
        && !p.ends_with([':', '?', '!'])
        && !p.contains(['"', '“', '”'])
        && !has_statement_word(p)
}

/// The line a related link or headline is: a few words, no full stop, not a byline.
fn is_link_title(p: &str) -> bool {
    (3..=MAX_TITLE_WORDS).contains(&word_count(p))
        && !ends_sentence(p)
        && byline_names(p).is_none()
        && p.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// A share bar or section label that follows the story ("Chia sẻ:", "Thông cáo báo chí").
fn is_closing_line(p: &str) -> bool {
    p.len() <= 60 && LEXICON.closing_line.contains(ui_label(&p.to_lowercase()))
}

/// Paragraphs a picture left behind: a stand-alone line of a few words
/// between two long paragraphs, one sentence with no comma, figure or
/// statement word, naming a place or a scene ("Các bị cáo tại toà.",
/// "Toàn cảnh hội nghị."), goes to captions.
fn drop_lone_captions(body: &mut Body) {
    let long = |q: &str| word_count(q) >= 15;
    let mut i = 1;
    while i + 1 < body.paragraphs.len() {
        let p = &body.paragraphs[i];
        // A scene line under its photo, with or without a period.
        let lone = word_count(p) <= 20
            && (p.ends_with('.')
                || (word_count(p) >= 5
                    && !ends_sentence(p)
                    && ends_sentence(&body.paragraphs[i - 1])))
            && !p.ends_with("..")
            && !p.contains([',', ';', ':', '(', ')'])
            && !p.chars().any(|c| c.is_ascii_digit())
            && p.chars().next().is_some_and(char::is_uppercase)
            && is_short_caption(p)
            && has_word(p, &LEXICON.caption_cue)
            && long(&body.paragraphs[i - 1])
            && long(&body.paragraphs[i + 1])
            && body.lead.as_deref() != Some(p.as_str());
        if lone {
            let caption = body.paragraphs.remove(i);
            let caption = caption.trim_end_matches('.').to_string();
            push_unique(&mut body.captions, &caption);
        } else {
            i += 1;
        }
    }
}

/// Whether `p` could open with a lead marker: a bracket, or a dash after a
/// short run of plain words ([`LEAD_BARE`]'s shape). Most paragraphs skip the regexes.
fn may_open_with_marker(p: &str) -> bool {
    if p.starts_with('(') {
        return true;
    }
    // "TGVN. Trong khuôn khổ ...": a dotted marker needs no dash.
    if p.split_once(". ").is_some_and(|(m, _)| {
        (2..=8).contains(&m.chars().count()) && m.chars().all(|c| c.is_uppercase() || c == '&')
    }) {
        return true;
    }
    let head = &p[..floor_char_boundary(p, p.len().min(112))];
    head.find(['-', '–', '—']).is_some_and(|dash| {
        let before = &head[..dash];
        before.chars().count() <= 33 && !before.contains(['(', ')', ':', '/', ','])
    })
}

/// The lead's outlet marker: `(NLĐO)- `, `TTO - `, `(Dân trí) - `, `VOV.VN - `.
/// Returns the outlet it names (when known) and the lead text after it.
pub(crate) fn lead_marker(p: &str) -> Option<(Option<String>, &str)> {
    let lex = &*LEXICON;
    // LEAD_PAREN opens with a bracket: other leads skip compiling it.
    if let Some(c) = p.starts_with('(').then(|| LEAD_PAREN.captures(p)).flatten() {
        let marker = c.get(1)?.as_str().trim();
        let rest = &p[c.get(0)?.end()..];
        let known = lex.outlet_for_marker(marker);
        let has_dash = c.get(2).is_some();
        if known.is_some() && !rest.is_empty() {
            return Some((known.map(str::to_string), rest));
        }
        // An unknown marker counts when it looks like an abbreviation and a dash follows.
        let looks_like_marker = marker.chars().count() <= 25
            && marker.split_whitespace().count() <= 4
            && marker.chars().any(char::is_uppercase)
            && !marker.chars().all(|ch| ch.is_ascii_digit())
            && !is_credit_note(marker);
        if has_dash && looks_like_marker && !rest.is_empty() {
            return Some((None, rest));
        }
        return None;
    }
    let Some(c) = LEAD_BARE.captures(p) else {
        return dotted_marker(p);
    };
    let marker = c.get(1)?.as_str().trim();
    let rest = &p[c.get(0)?.end()..];
    let Some(outlet) = lex.outlet_for_marker(marker) else {
        return dotted_marker(p);
    };
    (!rest.is_empty()).then(|| (Some(outlet.to_string()), rest))
}

/// "TGVN. Ngày 10/3, ...": a known outlet's abbreviation in capitals closed
/// by a full stop, a capital opening the lead after it.
fn dotted_marker(p: &str) -> Option<(Option<String>, &str)> {
    let (marker, rest) = p.split_once(". ")?;
    if !(2..=8).contains(&marker.chars().count())
        || !marker.chars().all(|c| c.is_uppercase() || c == '&')
        || !rest.starts_with(char::is_uppercase)
    {
        return None;
    }
    let outlet = LEXICON.outlet_for_marker(marker)?;
    Some((Some(outlet.to_string()), rest))
}

/// A parenthesised note that is a photo credit: "Ảnh: TTXVN", "Ảnh minh họa", "Nguồn: Reuters".
fn is_credit_note(inner: &str) -> bool {
    credit_kind(inner).is_some()
}

/// Which credit word opens `s` (`Some("ảnh")`), when `s` is a credit.
fn credit_kind(s: &str) -> Option<&'static str> {
    let lex = &*LEXICON;
    let s = s.trim();
    // Every credit and note starts with a letter; most positions are ruled out here.
    let first = s.chars().next()?.to_lowercase().next()?;
    if !lex.credit_initials.contains(&first) {
        return None;
    }
    if s.len() <= 48 {
        let lower = s.to_lowercase();
        if lex
            .caption_whole
            .contains(lower.trim_end_matches(['.', ' ']))
        {
            return Some("whole");
        }
    }
    for credit in &lex.caption_credit {
        if !credit.starts_with(first) {
            continue;
        }
        if let Some(n) = prefix_ci(s, credit) {
            if s[n..].trim_start().starts_with([':', '-', '–', '/']) {
                return Some(if credit == "nguồn" || credit == "nguồn tin" {
                    "source"
                } else {
                    "photo"
                });
            }
        }
    }
    None
}

/// When `p` is a photo caption, its text without the credit (empty when `p`
/// is only a credit line).
pub(crate) fn split_caption(p: &str) -> Option<String> {
    let words = word_count(p);
    // "... (Ảnh: Phạm Kiên/TTXVN) |": a separator left after the credit.
    let trimmed = p.trim_end_matches(['.', ' ', '|']);
    let clean = |s: &str| {
        s.trim()
            .trim_end_matches([' ', '-', '–', '—', ',', '|', '/', '('])
            .trim()
            .to_string()
    };
    // "(Ảnh: Thống Nhất - TTXVN)." / "(Ảnh minh họa)"
    if trimmed.ends_with(')') {
        if let Some(open) = matching_open_paren(trimmed) {
            let inner = &trimmed[open + 1..trimmed.len() - 1];
            match credit_kind(inner) {
                // A cited source closes many body paragraphs: only a short one is a caption.
                Some("source") if words > 25 => {}
                Some(_) if words <= 100 => return Some(clean(&trimmed[..open])),
                _ => {}
            }
        }
    }
    // "... - Ảnh 1." : the picture's alt text, numbered.
    if words <= 60 && trimmed.ends_with(|c: char| c.is_ascii_digit()) {
        if let Some(m) = PHOTO_NUMBER.find(trimmed) {
            if m.start() > 0 || trimmed.len() < 12 {
                return Some(clean(&trimmed[..m.start()]));
            }
        }
    }
    // "... hữu nghị Việt Nam-Triều Tiên". Ảnh: TTXVN" / "ẢNH: NGỌC THẮNG"
    let tail_start = floor_char_boundary(p, p.len().saturating_sub(160));
    let tail = &p[tail_start..];
    // A credit starts a word: look only after a space or an opening bracket.
    for (i, b) in tail.bytes().enumerate().rev() {
        if !matches!(b, b' ' | b'(') {
            continue;
        }
        let at = tail_start + i + 1;
        let initial = p[at..].chars().next().and_then(|c| c.to_lowercase().next());
        if !initial.is_some_and(|c| LEXICON.credit_initials.contains(&c)) {
            continue;
        }
        // "Trong ảnh: ..." introduces what the photo shows; it is no credit.
        let word_before = p[..at].trim_end().rsplit([' ', '(']).next().unwrap_or("");
        if word_before.eq_ignore_ascii_case("trong") {
            continue;
        }
        let Some(kind) = credit_kind(&p[at..]) else {
            continue;
        };
        let credit = &p[at..];
        let credit_words = credit.split_whitespace().count();
        let credit_has_sentence = credit.trim_end_matches('.').contains(". ");
        let limit = if kind == "source" { 25 } else { 100 };
        if credit_words <= 10 && !credit_has_sentence && words <= limit {
            return Some(clean(&p[..at]));
        }
        break;
    }
    // "... tỉnh Lai Châu. Ảnh Nguyễn Chương": a credit without its colon after the last full stop.
    if words <= 40 {
        if let Some(cut) = colonless_credit(p) {
            return Some(clean(&p[..cut]));
        }
    }
    // "... lễ đón Tổng thống Pháp - Ảnh TTXVN.": a known photo source after
    // a dash, without the colon.
    if words <= 40 {
        if let Some(at) = trimmed.rfind(" - Ảnh ") {
            let source = trimmed[at + " - Ảnh ".len()..].trim().to_lowercase();
            if LEXICON.credit_source.contains(&source) {
                return Some(clean(&p[..at]));
            }
        }
    }
    // "Tổng thống A (trái) và Thủ tướng B ...", "(thứ 2, từ trái qua)": where
    // people stand in the picture is said only in captions.
    if words <= 60 && has_position_note(p) {
        return Some(clean(strip_source_note(trimmed)));
    }
    // "(Ảnh minh họa)" said alone.
    if credit_kind(p).is_some() && words <= 10 {
        return Some(String::new());
    }
    // "Ảnh: Hành khách làm thủ tục nhập cảnh tại Sân bay quốc tế Nội Bài.":
    // the credit word opening the picture's description.
    if credit_kind(p) == Some("photo") && words <= 40 && ends_with_period(p) {
        let rest = p[p.find([':', '-', '–', '/'])? + 1..].trim();
        if word_count(rest) >= 6 && rest.starts_with(char::is_uppercase) {
            return Some(clean(rest));
        }
    }
    None
}

/// Where the text before a colon-less photo credit after the last full
/// stop ends: "... tỉnh Lai Châu. Ảnh Nguyễn Chương", "... ga Lào Cai. Ảnh
/// VGP/Nhật Bắc." (a person, or an agency and a person split by a slash).
fn colonless_credit(p: &str) -> Option<usize> {
    const CUE: &str = ". Ảnh ";
    let at = p.rfind(CUE)?;
    let name = p[at + CUE.len()..].trim_end_matches(['.', ' ']);
    let credited = is_person_name(name)
        || name.split_once('/').is_some_and(|(a, b)| {
            let (a, b) = (a.trim(), b.trim());
            word_count(name) <= 6
                && !a.is_empty()
                && !b.is_empty()
                && capitalised(a)
                && capitalised(b)
                && !name.contains([',', ';', ':', '.'])
        });
    credited.then_some(at + 1)
}

/// A long paragraph without the colon-less credit of the picture above it
/// after its last full stop ("... ga Lào Cai. Ảnh VGP/Nhật Bắc."): the text
/// stays, the credit goes (a short one is a caption, see [`split_caption`]).
fn without_trailing_credit(p: &str) -> &str {
    match colonless_credit(p) {
        Some(cut) => &p[..cut],
        None => p,
    }
}

/// Whether `p` has a bracketed note of where someone stands in a picture:
/// "(trái)", "(bên phải)", "(giữa)", "(thứ 2, từ trái qua)". Every word of the
/// note is a position word (data/read/cues.tsv `position_word`), and one of
/// them is left, right or middle.
fn has_position_note(p: &str) -> bool {
    let lex = &*LEXICON;
    let mut rest = p;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else {
            return false;
        };
        let inner = after[..close].to_lowercase();
        let words: Vec<&str> = inner
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if !words.is_empty()
            && words.len() <= 6
            && words
                .iter()
                .all(|w| lex.position_word.contains(*w) || w.bytes().all(|b| b.is_ascii_digit()))
            && words.iter().any(|w| matches!(*w, "trái" | "phải" | "giữa"))
        {
            return true;
        }
        rest = &after[close..];
    }
    false
}

/// A caption without its closing source note: "... ngày 9/7. (Nguồn: AP)".
fn strip_source_note(p: &str) -> &str {
    if p.ends_with(')') {
        if let Some(open) = matching_open_paren(p) {
            if credit_kind(&p[open + 1..p.len() - 1]).is_some() {
                return p[..open].trim_end();
            }
        }
    }
    p
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte index of the `(` that the final `)` of `s` closes.
fn matching_open_paren(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// A lone name line at the top of the text is a byline when it starts with a
/// family name, a byline word, or is an abbreviated signature ("T.Thanh").
fn is_top_byline(line: &str) -> bool {
    let lex = &*LEXICON;
    let first = line.split_whitespace().next().unwrap_or("").to_lowercase();
    // "Hà Nội, 19/08/2024 10:30": a place opening the stamp is no writer.
    byline_names(line).is_some()
        && !lex.province.contains(line.trim().to_lowercase().as_str())
        && (lex.surname.contains(&first)
            || !line.contains(' ')
            || lex
                .byline_prefix
                .iter()
                .chain(&lex.byline_group)
                .any(|p| prefix_ci(line, p).is_some()))
}

/// The outlet a signature names after a slash, the house style of the
/// writer's own paper: "Thu Hằng/VOV-Tokyo", "Hà Trang/VOV.VN", "Đức Duy
/// (TTXVN/Vietnam+)" (the last outlet of the note: the agency's site).
/// "(Theo TTXVN)" cites a source and names none; nor does a bare "(TTXVN)".
fn signed_for(line: &str) -> Option<String> {
    let lex = &*LEXICON;
    let s = line.trim().trim_end_matches(['.', ' ']);
    let tail = match s.strip_suffix(')').and_then(|_| matching_open_paren(s)) {
        Some(open) => &s[open + 1..s.len() - 1],
        None => s,
    };
    // "Theo Hoài Thương/Tuổi Trẻ": a reprint names its source, not its page.
    let reprint = |t: &str| {
        lex.reprint_prefix
            .iter()
            .any(|p| prefix_ci(t.trim(), p).is_some_and(|n| t.trim()[n..].starts_with(' ')))
    };
    if reprint(s) || reprint(tail) {
        return None;
    }
    let (_, outlet) = tail.rsplit_once('/')?;
    let outlet = outlet.trim();
    lex.outlet_for_marker(outlet)
        // "TTXVN/Tin Tức": the paper by its name without "Báo".
        .or_else(|| lex.outlet_for_marker(&format!("Báo {outlet}")))
        .or_else(|| {
            let (o, place) = outlet.split_once('-')?;
            bureau_place(place)
                .then(|| lex.outlet_for_marker(o.trim()))
                .flatten()
        })
        .map(str::to_string)
}

/// The authors a byline names: "Dương Ngọc", "Hoàng Anh - Minh Hòa",
/// "Theo TTXVN", "Bài và ảnh: Nguyễn Văn A", "Nhóm phóng viên".
pub(crate) fn byline_names(line: &str) -> Option<Vec<String>> {
    let lex = &*LEXICON;
    let mut s = line.trim();
    if s.starts_with('(') && s.ends_with(')') {
        s = s[1..s.len() - 1].trim();
    }
    let mut s = s.trim_end_matches(['.', ' ']);
    // "Hồng Nhung (tổng hợp)", "Minh Hòa (t/h)": the note is not part of the name.
    // "Thu Trang (Theo Reuters, Al Jazeera)": nor is the source it cites.
    if let Some(open) = s.ends_with(')').then(|| matching_open_paren(s)).flatten() {
        let note = &s[open + 1..s.len() - 1];
        let cites = note.split_whitespace().count() <= 8
            && lex
                .byline_prefix
                .iter()
                .any(|p| prefix_ci(note, p).is_some_and(|n| note[n..].starts_with(' ')));
        if open > 0 && (s[open..].split_whitespace().count() <= 3 || cites) {
            s = s[..open].trim_end();
        }
    }
    // "Hồng Phúc/VOV.VN": the writer and the outlet she writes for.
    // "Thu Hằng/VOV-Tokyo": and the bureau she writes from.
    if let Some((name, outlet)) = s.rsplit_once('/') {
        let bureau = |o: &str| {
            o.split_once('-')
                .is_some_and(|(o, place)| lex.outlet_for_marker(o).is_some() && bureau_place(place))
        };
        if !name.trim().is_empty() && (lex.outlet_for_marker(outlet).is_some() || bureau(outlet)) {
            s = name.trim_end();
        } else if lex.outlet_for_marker(name).is_some()
            && (1..=3).contains(&outlet.split_whitespace().count())
            && capitalised(outlet)
            && !outlet.contains(['(', ')', ',', '.'])
        {
            // "TTXVN/Tin Tức": the agency and the paper that ran its story;
            // the agency signs, as in "Theo TTXVN".
            return Some(vec![name.trim().to_string()]);
        }
    }
    if s.is_empty() || s.split_whitespace().count() > 12 || lex.is_outlet_name(s) {
        return None;
    }
    for group in &lex.byline_group {
        if let Some(n) = prefix_ci(s, group) {
            let rest = &s[n..];
            if rest.is_empty() {
                return Some(vec![s.to_string()]);
            }
            let names = rest.trim_start_matches([' ', ':']);
            // "Nhóm PV Thể thao": the group and the section it writes for.
            if rest.starts_with(' ') && lex.section_word.contains(&names.to_lowercase()) {
                return Some(vec![s.to_string()]);
            }
            if rest.starts_with([' ', ':']) && capitalised(names) {
                // "Phóng viên Dương Ngọc": the names, when they are names.
                return Some(split_names(names).unwrap_or_else(|| vec![s.to_string()]));
            }
        }
    }
    for prefix in &lex.byline_prefix {
        let Some(n) = prefix_ci(s, prefix) else {
            continue;
        };
        let rest = &s[n..];
        if !(prefix.ends_with(':') || rest.starts_with([' ', ':'])) {
            continue;
        }
        let rest = rest.trim_start_matches([' ', ':']).trim();
        // "Theo Trí thức trẻ": a paper's name as it writes it.
        let named = capitalised(rest) || lex.outlet_named(rest).is_some();
        if rest.is_empty() || rest.split_whitespace().count() > 8 || !named {
            return None;
        }
        return Some(split_names(rest).unwrap_or_else(|| vec![rest.to_string()]));
    }
    split_names(s)
}

/// "Thành Đạt" and "Theo Reuters, AFP" under the story: the wire services
/// are what the writer compiled from, not authors (a page signed by them
/// alone keeps them).
fn drop_cited_wires(authors: &mut Vec<String>) {
    let lex = &*LEXICON;
    let wires_only = |a: &String| {
        a.split([',', '/', ';'])
            .flat_map(|x| x.split(" và "))
            .all(|x| lex.wire_service.contains(&x.trim().to_lowercase()))
    };
    if authors.iter().any(|a| !wires_only(a)) {
        authors.retain(|a| !wires_only(a));
    }
}

/// Where a paper's bureau sits, after its name and a dash in a signature
/// ("VOV-Tokyo", "VOV-Đông Bắc", "VOV-Trung tâm Tin"): a few words, the
/// first capitalised, no punctuation.
fn bureau_place(place: &str) -> bool {
    let place = place.trim();
    (1..=4).contains(&place.split_whitespace().count())
        && place.chars().next().is_some_and(char::is_uppercase)
        && !place.contains([',', ':', ';', '(', ')', '"'])
}

/// Every word starts with a capital or a digit ("TTXVN", "Reuters", "Hoàng Anh").
fn capitalised(s: &str) -> bool {
    !s.is_empty()
        && s.split_whitespace().all(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// One or more person names joined by " - ", ", ", " và ".
fn split_names(s: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for part in s.split([',', ';']) {
        for part in part
            .split(" - ")
            .flat_map(|x| x.split(" – "))
            .flat_map(|x| x.split(" và "))
            .flat_map(|x| x.split(" & "))
        {
            // "Tú Anh - Theo Daily Mail": the source named after the writer.
            let part = part.trim();
            let part = part.strip_prefix("Theo ").unwrap_or(part);
            if !is_person_name(part) {
                return None;
            }
            names.push(part.to_string());
        }
    }
    (!names.is_empty() && names.len() <= 5).then_some(names)
}

/// 2–5 capitalised syllables of letters: "Dương Ngọc", "NGUYỄN VĂN A", "H.Anh Tuấn";
/// or one abbreviated signature: "H.Anh", "Q.H".
fn is_person_name(s: &str) -> bool {
    let syllables: Vec<&str> = s.split_whitespace().collect();
    if let [one] = syllables.as_slice() {
        let mut chars = one.chars();
        return chars.next().is_some_and(char::is_uppercase)
            && chars.next() == Some('.')
            && one.chars().count() <= 12
            && one.chars().all(|c| c.is_alphabetic() || c == '.')
            && one.chars().nth(2).is_some_and(char::is_uppercase);
    }
    (2..=5).contains(&syllables.len())
        && !LEXICON.is_outlet_name(s)
        && syllables.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '\'')
                && {
                    // Either "Ngọc" or "NGỌC", not "nGọc".
                    let tail: Vec<char> = chars.filter(|c| c.is_alphabetic()).collect();
                    tail.iter().all(|c| c.is_lowercase()) || tail.iter().all(|c| c.is_uppercase())
                }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_002: &str = include_str!("../../../examples/002_332a4e5c575f5142.txt");
    const SEED_000: &str = include_str!("../../../examples/000_ed4e38236c78ea28.txt");

    #[test]
    fn seed_002_head_lead_and_related() {
        let parts = parse_text(SEED_002);
        assert_eq!(
            parts.title.as_deref(),
            Some("Tổng Bí thư Tô Lâm kết thúc tốt đẹp chuyến thăm Triều Tiên")
        );
        assert_eq!(parts.published.as_deref(), Some("2025-10-11"));
        assert_eq!(parts.outlet.as_deref(), Some("Người Lao Động"));
        assert_eq!(parts.section.as_deref(), Some("Thời sự Chính trị"));
        assert_eq!(parts.authors, vec!["Dương Ngọc"]);
        let lead = parts.body.lead.as_deref().unwrap();
        assert!(lead.starts_with("Chuyến thăm Tổng Bí thư Tô Lâm tới Triều Tiên"));
        let body = parts.body.text();
        assert!(body.starts_with(lead));
        assert!(body.contains("Theo TTXVN, sáng 11-10, Tổng Bí thư Tô Lâm"));
        assert!(body.contains("Ký kết nhiều văn kiện hợp tác"));
        assert!(body.ends_with("trong khu vực và trên thế giới."));
        for banned in [
            "HOTLINE",
            "ĐẶT MUA BÁO",
            "Ảnh 1",
            "Tin liên quan",
            "Lý Cường",
            "Dmitry Medvedev",
            "Kumsusan",
            "trao tặng Tổng Bí thư, Chủ tịch Quốc vụ CHDCND Triều Tiên Kim Jong Un cuốn sách ảnh",
            "(NLĐO)",
        ] {
            assert!(!body.contains(banned), "body contains {banned}");
        }
        assert!(parts.body.captions.iter().any(|c| c
            .starts_with("Tổng Bí thư Tô Lâm trao tặng Tổng Bí thư, Chủ tịch Quốc vụ CHDCND")
            && c.ends_with("Việt Nam-Triều Tiên\".")));
        assert_eq!(parts.body.related.len(), 3, "{:?}", parts.body.related);
        assert_eq!(
            parts.body.related[1],
            "Tổng Bí thư Tô Lâm gặp Thủ tướng Quốc vụ viện Trung Quốc Lý Cường"
        );
    }

    #[test]
    fn seed_000_has_no_head_and_three_captions() {
        let parts = parse_text(SEED_000);
        assert_eq!(parts.title, None);
        assert_eq!(parts.published, None);
        assert_eq!(parts.outlet, None);
        assert_eq!(parts.body.lead, None);
        assert_eq!(parts.body.captions.len(), 3);
        assert_eq!(
            parts.body.captions[0],
            "Tổng Bí thư Tô Lâm dâng hương tưởng nhớ Chủ tịch Hồ Chí Minh tại Đại sứ quán Việt Nam tại Triều Tiên"
        );
        let body = parts.body.text();
        assert!(body.starts_with("Theo đặc phái viên TTXVN, trong khuôn khổ chuyến thăm"));
        assert!(body.ends_with("cùng nhau ổn định cuộc sống."));
        assert!(!body.contains("(Ảnh"));
        assert!(!body.contains("Tổng Bí thư Tô Lâm tặng bức tượng"));
        assert_eq!(body.matches("\n\n").count(), 8, "nine paragraphs");
    }

    #[test]
    fn masthead_date_and_byline_lines_in_the_head() {
        let text = "Dân trí\nThế giới\nThứ bảy, 11/10/2025 - 08:30\n\
                    Mỹ và Trung Quốc nhất trí nối lại đàm phán thương mại\nMinh Phương\n\
                    Bộ trưởng Tài chính Mỹ cho biết hai bên sẽ gặp nhau tại Geneva.\nHai bên chưa công bố chi tiết.";
        let parts = parse_text(text);
        assert_eq!(parts.outlet.as_deref(), Some("Dân trí"));
        assert_eq!(parts.section.as_deref(), Some("Thế giới"));
        assert_eq!(parts.published.as_deref(), Some("2025-10-11"));
        assert_eq!(parts.authors, vec!["Minh Phương"]);
        assert_eq!(
            parts.title.as_deref(),
            Some("Mỹ và Trung Quốc nhất trí nối lại đàm phán thương mại")
        );
        assert_eq!(parts.body.paragraphs.len(), 2);
    }

    #[test]
    fn stamps_tags_and_entities() {
        let text = "Cần Thơ khánh thành cầu mới\n\nSáng nay, cầu &quot;Vàm Cống&quot; được khánh thành &amp; thông xe.\n\n\
                    Cập nhật: 12/10/2025 09:00\n\nNgười dân rất vui mừng.\n\nTừ khóa\n\nCần Thơ\n\nCầu Vàm Cống";
        let parts = parse_text(text);
        assert_eq!(parts.published.as_deref(), Some("2025-10-12"));
        assert_eq!(
            parts.body.paragraphs,
            vec![
                "Sáng nay, cầu \"Vàm Cống\" được khánh thành & thông xe.",
                "Người dân rất vui mừng."
            ]
        );
        assert!(parts.authors.is_empty());
        assert!(parts.body.related.is_empty());
        assert_eq!(
            decode_entities("&#7843; &#x1EA3; &bogus; &#0;"),
            "ả ả &bogus; &#0;"
        );
    }

    #[test]
    fn menus_and_banners_above_the_headline() {
        let text = "Trang chủ\nThời sự\nThế giới\nKinh tế\n\
                    Báo của Đảng Cộng sản Việt Nam, diễn đàn tin cậy của nhân dân\nHà Nội\n\
                    Hà Nội khởi công tuyến đường sắt đô thị số 5\nHoàng Anh - Minh Hòa\n\
                    NDO - Sáng 12-10, Hà Nội khởi công tuyến đường sắt đô thị số 5.\nDự án dài 38 km.";
        let parts = parse_text(text);
        assert_eq!(
            parts.title.as_deref(),
            Some("Hà Nội khởi công tuyến đường sắt đô thị số 5")
        );
        assert_eq!(parts.section.as_deref(), Some("Hà Nội"));
        assert_eq!(parts.authors, vec!["Hoàng Anh", "Minh Hòa"]);
        assert_eq!(parts.outlet.as_deref(), Some("Nhân Dân"));
        assert_eq!(parts.body.paragraphs.len(), 2);
    }

    #[test]
    fn bylines_under_the_lead_and_at_the_end() {
        let text =
            "Đà Nẵng đón tàu du lịch quốc tế\n\nTTO - Sáng 12-10, tàu du lịch cập cảng Tiên Sa.\n\
                    Trường Trung\n\nHơn 2.000 du khách đã lên bờ.\n\nHoàng Anh\n\nTheo TTXVN";
        let parts = parse_text(text);
        assert_eq!(parts.authors, vec!["Trường Trung", "Hoàng Anh", "TTXVN"]);
        assert_eq!(parts.body.paragraphs.len(), 2);
    }

    #[test]
    fn address_lines_name_the_outlet() {
        let parts = parse_text(
            "Giá vàng tăng mạnh\n\nSáng nay, giá vàng miếng tăng 1 triệu đồng.\n\nNguồn: https://tuoitre.vn/gia-vang-123.htm",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Tuổi Trẻ"));
        assert_eq!(
            parts.body.url.as_deref(),
            Some("https://tuoitre.vn/gia-vang-123.htm")
        );
        assert_eq!(
            parts.body.paragraphs,
            vec!["Sáng nay, giá vàng miếng tăng 1 triệu đồng."]
        );
    }

    #[test]
    fn article_resumes_after_a_related_box_in_the_middle() {
        let long = |n: &str| {
            format!(
                "Theo báo cáo {n}, tổng vốn đầu tư nước ngoài vào Việt Nam trong chín tháng đầu năm \
                 đạt hơn 28 tỉ USD, tăng mạnh so với cùng kỳ năm trước, tập trung vào công nghiệp chế biến."
            )
        };
        let text = format!(
            "Vốn FDI tăng mạnh\n\n{}\n\nTin liên quan\n\nSamsung mở rộng nhà máy\n\n\
             (TTO) - Samsung vừa công bố kế hoạch mở rộng nhà máy tại Bắc Ninh.\n\n{}\n\n{}\n\nTin liên quan\n\n\
             Giá vàng giảm\n\n(TTO) - Giá vàng giảm.",
            long("một"),
            long("hai"),
            long("ba")
        );
        let parts = parse_text(&text);
        assert_eq!(
            parts.body.paragraphs.len(),
            3,
            "{:?}",
            parts.body.paragraphs
        );
        assert!(parts.body.paragraphs[2].contains("báo cáo ba"));
        assert_eq!(
            parts.body.related,
            vec!["Samsung mở rộng nhà máy", "Giá vàng giảm"]
        );
    }

    #[test]
    fn site_furniture_may_name_the_outlet() {
        let text = " date 2025-10-12 Báo Thanh Niên - Thời sự - Thế giới - Kinh tế\n\
                    Chủ tịch nước tiếp Đại sứ Pháp\n\nChiều 12.10, Chủ tịch nước tiếp Đại sứ Pháp.";
        let parts = parse_text(text);
        assert_eq!(parts.outlet.as_deref(), Some("Thanh Niên"));
        assert_eq!(parts.published.as_deref(), Some("2025-10-12"));
        let by_domain = parse_text(
            " date 2025-10-12 vnexpress.net Đăng nhập\nTiêu đề bài viết dài\n\nNội dung bài.",
        );
        assert_eq!(by_domain.outlet.as_deref(), Some("VnExpress"));
        let none = parse_text(
            " date 2025-10-12 HOTLINE: 0903.343.439\nTiêu đề bài viết dài\n\nNội dung bài.",
        );
        assert_eq!(none.outlet, None);
    }

    #[test]
    fn headline_only_when_followed_by_text() {
        let parts = parse_text(
            "Bão số 10 đổ bộ vào Hà Tĩnh\n\nSáng nay, bão số 10 đã đổ bộ vào đất liền.\n\nHàng nghìn hộ dân được sơ tán.",
        );
        assert_eq!(parts.title.as_deref(), Some("Bão số 10 đổ bộ vào Hà Tĩnh"));
        assert_eq!(parts.published, None);
        assert_eq!(parts.body.paragraphs.len(), 2);

        let run_on = "Sáng nay theo ghi nhận của phóng viên tại nhiều tuyến phố trung tâm Hà Nội \
                      nước đã ngập sâu khiến hàng nghìn phương tiện chết máy và người dân phải dắt bộ";
        let parts = parse_text(&format!("{run_on}\n\nChính quyền đã cử lực lượng hỗ trợ."));
        assert_eq!(parts.title, None);
        assert_eq!(parts.body.paragraphs[0], run_on);

        let lone = parse_text("Bão số 10 đổ bộ vào Hà Tĩnh");
        assert_eq!(lone.title, None);
        assert_eq!(lone.body.text(), "Bão số 10 đổ bộ vào Hà Tĩnh");
    }

    #[test]
    fn lead_markers_of_many_outlets() {
        let cases = [
            ("TTO - Sáng 5-3, Bộ Ngoại giao tổ chức họp báo.", "Tuổi Trẻ"),
            ("(Dân trí) - Thủ tướng tiếp Đại sứ Nhật Bản.", "Dân trí"),
            ("VOV.VN - Chủ tịch nước hội kiến Tổng thống Pháp.", "VOV"),
            (
                "(Chinhphu.vn) - Phó Thủ tướng làm việc với tỉnh Lào Cai.",
                "Báo Chính phủ",
            ),
            ("(PLO)- Tòa án xét xử vụ án.", "Pháp Luật TP.HCM"),
            ("NDO - Quốc hội thông qua luật.", "Nhân Dân"),
        ];
        for (p, outlet) in cases {
            let (got, rest) = lead_marker(p).unwrap_or_else(|| panic!("no marker in {p}"));
            assert_eq!(got.as_deref(), Some(outlet), "{p}");
            assert!(!rest.starts_with(['-', ' ', ')']), "{rest}");
        }
        assert!(lead_marker("Hà Nội - Thủ đô ngàn năm văn hiến.").is_none());
        assert!(lead_marker("(Ảnh minh họa) - Một con đường.").is_none());
        assert!(lead_marker("Theo TTXVN, sáng 11-10, Tổng Bí thư về nước.").is_none());
    }

    #[test]
    fn captions_lose_their_credit() {
        let cases = [
            (
                "Quang cảnh hội nghị (Ảnh: Thống Nhất - TTXVN).",
                "Quang cảnh hội nghị",
            ),
            ("Quang cảnh hội nghị. Ảnh: TTXVN", "Quang cảnh hội nghị."),
            ("Đại biểu dự lễ. ẢNH: NGỌC THẮNG", "Đại biểu dự lễ."),
            (
                "Người dân đi bỏ phiếu (Ảnh minh họa)",
                "Người dân đi bỏ phiếu",
            ),
            ("Tổng Bí thư phát biểu - Ảnh 2.", "Tổng Bí thư phát biểu"),
            (
                "Biểu đồ tăng trưởng GDP. Nguồn: Tổng cục Thống kê",
                "Biểu đồ tăng trưởng GDP.",
            ),
            ("Ảnh: Nguyễn Văn A", ""),
            (
                "Ảnh: Hành khách làm thủ tục nhập cảnh tại Sân bay quốc tế Nội Bài.",
                "Hành khách làm thủ tục nhập cảnh tại Sân bay quốc tế Nội Bài.",
            ),
        ];
        for (p, want) in cases {
            assert_eq!(split_caption(p).as_deref(), Some(want), "{p}");
        }
        for p in [
            "Hai bên nhất trí tăng cường hợp tác (trong đó có y tế).",
            "Bão số 3 ảnh hưởng đến nhiều tỉnh phía Bắc.",
            "Ảnh hưởng của bão rất lớn.",
            "Ông cho biết: Ảnh hưởng là không nhỏ.",
            "Ảnh hưởng: giá xăng tăng mạnh khiến nhiều hộ kinh doanh gặp khó khăn.",
        ] {
            assert_eq!(split_caption(p), None, "{p}");
        }
    }

    #[test]
    fn bylines_and_dates() {
        assert_eq!(byline_names("Dương Ngọc"), Some(vec!["Dương Ngọc".into()]));
        assert_eq!(
            byline_names("Hoàng Anh - Minh Hòa"),
            Some(vec!["Hoàng Anh".into(), "Minh Hòa".into()])
        );
        assert_eq!(byline_names("Theo TTXVN"), Some(vec!["TTXVN".into()]));
        assert_eq!(
            byline_names("Bài và ảnh: Nguyễn Văn Nam"),
            Some(vec!["Nguyễn Văn Nam".into()])
        );
        assert_eq!(
            byline_names("Nhóm phóng viên"),
            Some(vec!["Nhóm phóng viên".into()])
        );
        assert_eq!(byline_names("Thời sự Chính trị"), None);
        assert_eq!(byline_names("H.Anh"), Some(vec!["H.Anh".into()]));
        assert_eq!(
            byline_names("Phóng viên Dương Ngọc"),
            Some(vec!["Dương Ngọc".into()])
        );
        assert_eq!(byline_names("Nhóm PV"), Some(vec!["Nhóm PV".into()]));
        assert_eq!(byline_names("Việt."), None);
        assert_eq!(byline_names("Theo kế hoạch, dự án sẽ hoàn thành"), None);
        assert_eq!(
            header_date("Thứ bảy, 11/10/2025 08:30 (GMT+7)").as_deref(),
            Some("2025-10-11")
        );
        assert_eq!(
            header_date("date 2024-06-17 Đăng nhập").as_deref(),
            Some("2024-06-17")
        );
        assert_eq!(header_date("Ngày 31/02/2025"), None);
        assert_eq!(
            header_date("Hội nghị diễn ra ngày 11/10/2025 tại Hà Nội"),
            None
        );
        // A writer's stamp with the clock time first.
        assert_eq!(
            byline_stamp("Thanh Hương 08:15 | 14/03/2024"),
            Some(("2024-03-14".into(), "Thanh Hương".into()))
        );
        assert_eq!(
            byline_stamp("Lê Văn An - 21:05, 01/12/2023"),
            Some(("2023-12-01".into(), "Lê Văn An".into()))
        );
        assert_eq!(byline_stamp("Thời sự 17:30 | 02/10/2025"), None);
        // A note on where the writer files from stands between name and stamp.
        assert_eq!(
            byline_stamp("THANH HÀ (từ New Delhi) | 01/08/2024 17:45"),
            Some(("2024-08-01".into(), "THANH HÀ".into()))
        );
        assert_eq!(byline_stamp("Hà Nội (TTXVN) | 01/08/2024 17:45"), None);
        assert_eq!(byline_stamp("Thứ Hai 09:00 | 13/10/2025"), None);
        let parts = parse_text(
            "Thế giới & Việt Nam\n\nLào và Campuchia ký hiệp định biên giới mới\n\n\
             Thanh Hương 08:15 | 14/03/2024\n\
             Ngày 13/3, Lào và Campuchia đã ký hiệp định về quản lý đường biên giới chung tại Viêng Chăn.",
        );
        assert_eq!(parts.published.as_deref(), Some("2024-03-14"));
        assert_eq!(parts.authors, vec!["Thanh Hương".to_string()]);
        assert_eq!(
            parts.title.as_deref(),
            Some("Lào và Campuchia ký hiệp định biên giới mới")
        );
    }

    #[test]
    fn published_stamps_are_normalised() {
        assert_eq!(
            normalise_published("2025-10-11T08:30:00+0700").as_deref(),
            Some("2025-10-11T08:30:00+07:00")
        );
        assert_eq!(
            normalise_published("2025-10-11T01:30:00.000Z").as_deref(),
            Some("2025-10-11T01:30:00Z")
        );
        assert_eq!(
            normalise_published("2025-10-11 08:30").as_deref(),
            Some("2025-10-11")
        );
        assert_eq!(
            normalise_published("11/10/2025 08:30").as_deref(),
            Some("2025-10-11")
        );
        assert_eq!(normalise_published("hôm qua"), None);
        assert_eq!(normalise_published("2025-13-40"), None);
    }

    #[test]
    fn hard_wrapped_lines_are_rejoined_and_whitespace_collapsed() {
        let paras = paragraphs(
            "Thủ tướng  Phạm\u{a0}Minh Chính\r\nđã tiếp Đại sứ.\r\nHai bên trao đổi.\r\n\r\n",
        );
        assert_eq!(
            paras,
            vec![
                "Thủ tướng Phạm Minh Chính đã tiếp Đại sứ.",
                "Hai bên trao đổi."
            ]
        );
        assert!(paragraphs("").is_empty());
        assert_eq!(paragraphs("😀\u{200B} ok"), vec!["😀 ok"]);
        assert_eq!(
            collapse_whitespace(" a\u{a0}\u{a0}b  c\u{2009}d\u{feff} "),
            "a b c d"
        );
        assert_eq!(collapse_whitespace("Đà Nẵng"), "Đà Nẵng");
    }

    /// The byte-scanning `collapse_whitespace` against the plain per-character
    /// rule it replaces, on every string of up to four pieces drawn from
    /// letters, spaces, exotic spaces, controls and invisible characters.
    #[test]
    fn collapse_whitespace_matches_the_per_character_rule() {
        fn reference(s: &str) -> String {
            let mut out = String::new();
            let mut pending_space = false;
            for c in s.chars() {
                if c.is_whitespace() {
                    pending_space = !out.is_empty();
                } else if c.is_control()
                    || matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}' | '\u{00AD}')
                {
                } else {
                    if pending_space {
                        out.push(' ');
                        pending_space = false;
                    }
                    out.push(c);
                }
            }
            out
        }
        let pieces = [
            "a", "ệ", "Đ", " ", "  ", "\t", "\r\n", "\u{a0}", "\u{1680}", "\u{2009}", "\u{3000}",
            "\u{200B}", "\u{feff}", "\u{ad}", "\u{1}", "\u{85}", "\u{7f}", "“", "ắ", "\u{1e9a}",
        ];
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| pieces.iter().map(move |p| format!("{s}{p}")))
                .collect();
            strings.extend(longer);
        }
        for s in &strings {
            assert_eq!(collapse_whitespace(s), reference(s), "{s:?}");
        }
    }

    #[test]
    fn glued_related_headlines_are_related() {
        let body = assemble_body(
            [
                "Sáng 3/4, Thủ tướng tiếp Đại sứ Ba Lan.",
                "Thúc đẩy hợp tác giáo dục Việt Nam-Ba LanHọc sinh vùng cao vui đón Tết sớmKhánh Hòa mở đường bay mới tới Seoul",
                "Hai bên nhất trí tăng cường hợp tác trên nền tảng TikTok và YouTube.",
            ],
            None,
            true,
        );
        assert_eq!(body.related.len(), 3, "{:?}", body.related);
        assert_eq!(body.related[1], "Học sinh vùng cao vui đón Tết sớm");
        assert_eq!(body.paragraphs.len(), 2);
        // Brand names glued in running text are no headlines.
        assert_eq!(
            glued_titles("Ứng dụng VnExpress và TikTok ra mắt tính năng mới"),
            None
        );
    }

    #[test]
    fn brand_and_glossed_outlet_lines_and_dotted_stamps() {
        let body = "\n\nCần Thơ khánh thành cầu mới\n\n\
             Sáng 2/6, thành phố Cần Thơ khánh thành cầu mới qua sông Hậu.";
        let parts = parse_text(&format!("VnNews24{body}"));
        assert_eq!(parts.outlet.as_deref(), Some("VnNews24"));
        let parts = parse_text(&format!("Báo Mới (Daily News){body}"));
        assert_eq!(parts.outlet.as_deref(), Some("Báo Mới (Daily News)"));
        // A lower-case word is no brand.
        let parts = parse_text(&format!("video{body}"));
        assert_eq!(parts.outlet, None);
        assert_eq!(
            header_date("• 승인 2019.10.16 15:48").as_deref(),
            Some("2019-10-16")
        );
        assert_eq!(header_date("2019.13.16 15:48"), None);
    }

    #[test]
    fn an_unknown_outlet_line_heads_the_export() {
        let parts = parse_text(
            " date 2025-06-02\nNhịp Sống Miền Tây\n\nCần Thơ khánh thành cầu mới\n\n\
             Sáng 2/6, thành phố Cần Thơ khánh thành cầu mới qua sông Hậu.",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Nhịp Sống Miền Tây"));
        assert_eq!(parts.title.as_deref(), Some("Cần Thơ khánh thành cầu mới"));
        // A one-word-capitalised section label is no outlet.
        let parts = parse_text(
            " date 2025-06-02\nThời sự\n\nCần Thơ khánh thành cầu mới\n\n\
             Sáng 2/6, thành phố Cần Thơ khánh thành cầu mới qua sông Hậu.",
        );
        assert_eq!(parts.outlet, None);
        // Not set off by a blank line: a headline, not a masthead.
        let parts =
            parse_text("Cần Thơ Khánh Thành Cầu\nSáng 2/6, thành phố Cần Thơ khánh thành cầu mới.");
        assert_eq!(parts.outlet, None);
    }

    #[test]
    fn long_known_outlet_lines_and_names_with_their_address() {
        // A known outlet of eight words over the headline.
        let parts = parse_text(
            " date 2021-03-02\nĐại sứ quán Hoa Kỳ tại Việt Nam\n\nThông cáo về chuyến thăm Hà Nội\n\n\
             Hôm nay, Đại sứ đã gặp lãnh đạo thành phố Hà Nội.",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Đại sứ quán Hoa Kỳ"));
        // A name with its known web address in brackets.
        let parts = parse_text(
            "Xã hội (xahoi.com.vn)\n\nĐội tuyển vô địch giải khu vực\n\n\
             Đội tuyển đã giành cúp vàng sau mười năm chờ đợi.",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Xã hội"));
        // An unknown address in brackets names nothing.
        let parts = parse_text(
            "Tin Nhanh (tinnhanh-khongco.example)\n\nĐội tuyển vô địch giải khu vực\n\n\
             Đội tuyển đã giành cúp vàng sau mười năm chờ đợi.",
        );
        assert_ne!(parts.outlet.as_deref(), Some("Xã hội"));
        // "(CAO)" opens the leads of Công an TP.HCM (Công an Online), not Công an nhân dân.
        let parts = parse_text(
            "Bão mạnh lên cấp 14\n\n(CAO) Theo dự báo, bão có thể mạnh lên cấp 14 trên Biển Đông.",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Công an TP.HCM"));
    }

    #[test]
    fn a_worded_date_line_under_a_release_headline_is_no_title() {
        let parts = parse_text(
            "Cuộc điện đàm của Ngoại trưởng với Bộ trưởng Ngoại giao Canada\n\n\
             Ngày 12 tháng 3 năm 2021\n\n\
             Hôm nay Ngoại trưởng đã điện đàm với Bộ trưởng Ngoại giao Canada.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Cuộc điện đàm của Ngoại trưởng với Bộ trưởng Ngoại giao Canada")
        );
        assert_eq!(parts.published.as_deref(), Some("2021-03-12"));
        // a sentence that starts with such a date is text, not a stamp
        assert_eq!(
            header_date("Ngày 12 tháng 3 năm 2021, hai bên đã ký kết thỏa thuận hợp tác."),
            None
        );
    }

    #[test]
    fn a_stamp_glued_to_the_headline() {
        let parts = parse_text(
            "Báo Quảng Ninh\n\nHạ Long đón đoàn khách quốc tế đầu tiên của năm 09/03/2026 10:15\n\n\
             Sáng 9/3, tàu du lịch cập cảng Hạ Long.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Hạ Long đón đoàn khách quốc tế đầu tiên của năm")
        );
        assert_eq!(parts.published.as_deref(), Some("2026-03-09"));
        // a date inside the headline's words is the headline's
        let parts = parse_text(
            "Báo Quảng Ninh\n\nKhai mạc hội chợ thương mại Việt - Trung 9/3/2026\n\nSáng 9/3, hội chợ khai mạc.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Khai mạc hội chợ thương mại Việt - Trung 9/3/2026")
        );
    }

    #[test]
    fn stamps_behind_an_icon_label() {
        assert_eq!(
            header_date("ClockThứ Hai, 09/03/2026 10:15").as_deref(),
            Some("2026-03-09")
        );
        assert_eq!(
            header_date("CalendarChủ nhật, 1/6/2025").as_deref(),
            Some("2025-06-01")
        );
        // A headline glued to nothing keeps its words: no stamp.
        assert_eq!(header_date("HanoiTimes đưa tin ngày 09/03/2026"), None);
        let parts = parse_text(
            "Báo Quảng Ninh\n\nHạ Long đón đoàn khách quốc tế đầu tiên\n\n\
             ClockThứ Hai, 09/03/2026 10:15\nSáng 9/3, tàu du lịch cập cảng Hạ Long.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Hạ Long đón đoàn khách quốc tế đầu tiên")
        );
        assert_eq!(parts.published.as_deref(), Some("2026-03-09"));
    }

    #[test]
    fn a_section_and_a_follow_button_glued_to_the_stamp() {
        let parts = parse_text(
            "Báo Điện Biên\n\nTỉnh tổ chức hội chợ nông sản đầu năm\n\n\
             Kinh tếThứ Tư, 11/03/2026 09:30:00 +07:00Google News\n\n\
             Sáng 11/3, hội chợ nông sản khai mạc tại quảng trường trung tâm thành phố.",
        );
        assert_eq!(parts.published.as_deref(), Some("2026-03-11"));
        assert_eq!(parts.section.as_deref(), Some("Kinh tế"));
        assert_eq!(
            parts.title.as_deref(),
            Some("Tỉnh tổ chức hội chợ nông sản đầu năm")
        );
        assert!(!parts.body.text().contains("Google News"));
        assert_eq!(
            unglued_stamp("Thể thaoThứ Sáu, 13/03/2026 18:00Zalo").as_deref(),
            Some("Thể thao Thứ Sáu, 13/03/2026 18:00")
        );
        assert_eq!(
            unglued_stamp("Thế giới13/03/2026 18:00").as_deref(),
            Some("Thế giới 13/03/2026 18:00")
        );
        assert!(ends_in_glued_date_word("Đời sốngThứ"));
        assert!(!ends_in_glued_date_word("VnExpress"));
        // A follow or share button after a stamp.
        for line in [
            "Thứ Tư, 11/03/2026 09:30 (GMT+7) Theo dõi trên Google News",
            "11/03/2026 - 09:30 Chia sẻ",
        ] {
            let text = format!("Tỉnh tổ chức hội chợ nông sản\n\n{line}\n\n{LONG_A}\n\n{LONG_B}");
            assert_eq!(
                parse_text(&text).published.as_deref(),
                Some("2026-03-11"),
                "{line}"
            );
        }
        // A section and the date right after it; a date in words with its clock.
        for (line, section) in [
            ("Kinh tế 11/03/2026 09:30", Some("Kinh tế")),
            ("T4, 11/03/2026 | 09:30", None),
            ("Ngày 11 tháng 03 năm 2026 09:30", None),
            ("11 tháng 3, 2026 | 09:30", None),
        ] {
            let text = format!("Tỉnh tổ chức hội chợ nông sản\n\n{line}\n\n{LONG_A}\n\n{LONG_B}");
            let parts = parse_text(&text);
            assert_eq!(parts.published.as_deref(), Some("2026-03-11"), "{line}");
            assert_eq!(parts.section.as_deref(), section, "{line}");
            assert_eq!(
                parts.title.as_deref(),
                Some("Tỉnh tổ chức hội chợ nông sản")
            );
        }
        // The writer's name before the stamp, introduced or set off by a dot.
        for line in [
            "Tác giả: Minh Anh | 11/03/2026 09:30",
            "Bởi Minh Anh - 11/03/2026 09:30",
            "Minh Anh • 11/03/2026 09:30",
        ] {
            let text = format!("Tỉnh tổ chức hội chợ nông sản\n\n{line}\n\n{LONG_A}\n\n{LONG_B}");
            let parts = parse_text(&text);
            assert_eq!(parts.published.as_deref(), Some("2026-03-11"), "{line}");
            assert_eq!(parts.authors, vec!["Minh Anh"], "{line}");
            assert_eq!(
                parts.title.as_deref(),
                Some("Tỉnh tổ chức hội chợ nông sản")
            );
        }
        // Nothing glued, no clock, or running text: no stamp is made up.
        assert_eq!(unglued_stamp("Thể thao Thứ Sáu, 13/03/2026 18:00"), None);
        assert_eq!(unglued_stamp("Ngày 13/3, đội tuyển lên đường"), None);
        let sentence = "Phóng viên VnExpress có mặt lúc 18:00 ngày 13/3/2026 tại sân vận động.";
        let parts = parse_text(&format!("Tin thể thao\n\n{sentence}\n\n{LONG_A}"));
        assert_eq!(parts.published, None);
    }

    #[test]
    fn a_colonless_credit_after_a_long_paragraph_goes() {
        let long = "Hai Bộ trưởng chứng kiến trao Biên bản ghi nhớ giữa Bộ Nông nghiệp \
                    Việt Nam và Bộ Nông nghiệp Campuchia về hợp tác phòng chống dịch \
                    bệnh trên đàn gia súc ở khu vực biên giới hai nước trong giai đoạn \
                    tới, bao gồm trao đổi thông tin và đào tạo cán bộ thú y.";
        let text = format!("{LONG_A}\n\n{long} Ảnh VGP/Hải Minh.\n\n{LONG_B}");
        let parts = parse_text(&text);
        assert_eq!(parts.body.paragraphs, vec![LONG_A, long, LONG_B]);
        // Short: a caption with its credit.
        let text =
            format!("{LONG_A}\n\nHai Bộ trưởng trao văn kiện. Ảnh TTXVN/Hải Minh\n\n{LONG_B}");
        let parts = parse_text(&text);
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        assert_eq!(parts.body.captions, vec!["Hai Bộ trưởng trao văn kiện."]);
        // A sentence about a photo is no credit.
        let told = format!("{long} Ảnh chụp lại khoảnh khắc này.");
        assert_eq!(without_trailing_credit(&told), told);
    }

    #[test]
    fn words_printed_twice_are_a_caption_or_a_link() {
        // A caption under its alt text, on one line or two.
        for twice in [
            "Toàn cảnh buổi hội đàm. Toàn cảnh buổi hội đàm.",
            "Toàn cảnh buổi hội đàm.\n\nToàn cảnh buổi hội đàm.",
        ] {
            let parts = parse_text(&format!("{LONG_A}\n\n{twice}\n\n{LONG_B}"));
            assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B], "{twice}");
            assert_eq!(parts.body.captions, vec!["Toàn cảnh buổi hội đàm"]);
        }
        // A link's title twice: a related link.
        let link = "Hai nước thúc đẩy hợp tác giáo dục đại học";
        let parts = parse_text(&format!("{LONG_A}\n\n{link} {link}\n\n{LONG_B}"));
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        assert_eq!(parts.body.related, vec![link]);
        // The opening paragraph repeated as the top picture's caption stays.
        let opening = "Hai nước ký kết ba văn kiện hợp tác.";
        let parts = parse_text(&format!(
            "{opening}\n\n{opening} (Ảnh minh họa) {LONG_A}\n\n{LONG_B}"
        ));
        assert_eq!(parts.body.paragraphs, vec![opening, LONG_A, LONG_B]);
        // A long paragraph copied twice is kept once.
        let parts = parse_text(&format!("{LONG_A}\n\n{LONG_B} {LONG_B}"));
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        let parts = parse_text(&format!("{LONG_A}\n\n{LONG_B}\n\n{LONG_B}"));
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        // Words said twice inside a sentence are no copy.
        assert_eq!(doubled("Hai bên nhất trí, nhất trí."), None);
        assert_eq!(doubled("Chúc mừng chúc mừng"), None);
    }

    #[test]
    fn code_left_by_the_page() {
        let parts = parse_text(&format!("{LONG_A}\n\nnews_is_not_ads=\n\n{LONG_B}"));
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        assert!(is_code_token("data_id=3"));
        // Pictures' file names run together on one line.
        let parts = parse_text(&format!(
            "{LONG_A}\n\nanh-1-2045.jpg anh-2-3311.jpg\n\n{LONG_B}"
        ));
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        assert!(!is_image_file_name("ảnh chụp tại hội nghị"));
        assert!(!is_image_file_name("xem ảnh.jpg tại đây"));
        assert!(!is_code_token("Hà Nội"));
        assert!(!is_code_token("COVID-19"));
    }

    #[test]
    fn text_that_links_on_keeps_its_place_despite_a_credit() {
        let linked = "Trước đó, ngày 2/5, Đại sứ Việt Nam tại Lào đã trao 20 tấn gạo cứu trợ cho tỉnh Bokeo.";
        let parts = parse_text(&format!("{LONG_A}\n\n{linked} Ảnh: TTXVN\n\n{LONG_B}"));
        assert_eq!(parts.body.paragraphs, vec![LONG_A, linked, LONG_B]);
        assert!(parts.body.captions.is_empty());
        // A caption stays a caption.
        let parts = parse_text(&format!(
            "{LONG_A}\n\nĐại sứ trao gạo cứu trợ cho tỉnh Bokeo. Ảnh: TTXVN\n\n{LONG_B}"
        ));
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        assert!(!opens_running_text("Trước đó ít phút"));
    }

    #[test]
    fn a_run_of_numbers_is_no_paragraph() {
        let text = format!("{LONG_A}\n\n2045193870 3\n\n{LONG_B}");
        let parts = parse_text(&text);
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        // Numbers inside a sentence, or with a date's marks, stay.
        let text = format!("{LONG_A}\n\n30/4\n\nCó 2045 người tham dự.");
        let parts = parse_text(&text);
        assert_eq!(parts.body.paragraphs.len(), 3);
    }

    #[test]
    fn fixed_width_wraps_join_inside_names() {
        let text = "Hội nghị Bộ trưởng ASEAN\n\
                    Hai bên đã trao các văn kiện hợp tác song phương ký kết trong\n\
                    dịp này, gồm Bản ghi nhớ giữa Ủy ban nhân dân tỉnh Khánh Hòa và\n\
                    thành phố Vientiane của nước Cộng hòa Dân chủ Nhân dân Lào về\n\
                    du lịch; Bản ghi nhớ giữa Tổng công ty Hàng hải Việt Nam và Công ty\n\
                    Cổ phần Cảng Quốc tế Lào Việt.\n\
                    Ngày mai đoàn thăm Luang Prabang.";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 3, "{paras:?}");
        assert_eq!(paras[0], "Hội nghị Bộ trưởng ASEAN");
        assert!(paras[1].contains("Tổng công ty Hàng hải Việt Nam và Công ty Cổ phần Cảng"));
        assert_eq!(paras[2], "Ngày mai đoàn thăm Luang Prabang.");
        // One paragraph a line: an unpunctuated headline keeps its own line.
        let plain = "Việt Nam và Lào ký kết hợp tác du lịch\nÔng Nguyễn Văn An phát biểu.\n\
                     Hai bên nhất trí\ntăng cường hợp tác.";
        assert_eq!(
            paragraphs(plain),
            vec![
                "Việt Nam và Lào ký kết hợp tác du lịch",
                "Ông Nguyễn Văn An phát biểu.",
                "Hai bên nhất trí tăng cường hợp tác."
            ]
        );
    }

    #[test]
    fn related_block_inline_links_and_chrome() {
        let text = "Hà Nội triển khai quy hoạch mới\n\nThành phố công bố quy hoạch.\n\n\
                    Xem thêm: Hà Nội mở rộng đường Vành đai 4\n\nTừ khóa: Hà Nội, quy hoạch\n\n\
                    Chia sẻ\n\nHọ nói rằng dự án sẽ xong.\n\nXEM THÊM\n\nĐường sắt đô thị khởi công\n\n\
                    (TTO) - Đoạn giới thiệu bài.\n\nĐường sắt đô thị khởi công";
        let parts = parse_text(text);
        assert_eq!(
            parts.title.as_deref(),
            Some("Hà Nội triển khai quy hoạch mới")
        );
        assert_eq!(
            parts.body.paragraphs,
            vec!["Thành phố công bố quy hoạch.", "Họ nói rằng dự án sẽ xong."]
        );
        assert_eq!(
            parts.body.related,
            vec![
                "Hà Nội mở rộng đường Vành đai 4",
                "Đường sắt đô thị khởi công"
            ]
        );
    }

    #[test]
    fn odd_text_never_panics() {
        for text in [
            "",
            "\n\n\n",
            "(",
            ")",
            "(Ảnh",
            "Ảnh:",
            "😀😀😀",
            "(NLĐO)-",
            "date 9999-99-99",
            "ẞ ǅ İ",
            "Ảnh:",
            "Ảnh: ",
            "(Ảnh:) A B C",
            "Ảnh: A/ B C D",
            "x Ảnh: / Ảnh: ẢNH:ẢNH: Ă Â Ê",
            "Báo ",
            "Đài Phát thanh",
            "ǅ TV",
            ".vn",
            "(Ảnh: 😀) 😀 😀 😀",
        ] {
            let _ = parse_text(text);
            let _ = split_caption(text);
            let _ = byline_names(text);
            let _ = inline_credit(text);
            let _ = LEXICON.outlet_by_shape(text);
            let _ = is_chrome(text);
            let _ = is_end_heading(text);
            let _ = marker_only(text);
            let _ = bracketed_link(text);
            let _ = credit_tail_caption(text);
            let _ = glued_signature(text);
            let _ = is_bare_credit(text);
            let _ = bar_caption(text);
        }
        // Every prefix of text full of the new cues, cut at any character.
        let tricky = "[Tin] (VTC News) - Ảnh. Ảnh Lê Hùng TTXViệt Nam ĐỨC HOÀNG |\n\nNguyễn Hằng (TTXVN)\n\nChia sẻ:\n\nTTXVN\n\n😀 Các bị cáo tại toà.";
        for (i, _) in tricky.char_indices() {
            let _ = parse_text(&tricky[..i]);
            let _ = credit_tail_caption(&tricky[..i]);
            let _ = glued_signature(&tricky[..i]);
        }
        assert_eq!(prefix_ci("İstanbul", "i"), None);
        assert_eq!(prefix_ci("ẢNH: X", "ảnh:"), Some("ẢNH:".len()));
    }

    #[test]
    fn comment_box_follow_buttons_and_teasers_end_the_story() {
        let text = "Hà Nội thông qua quy hoạch chung đến năm 2045\n\n\
                    Theo dõi Báo Hà Nội Mới trên\n\n\
                    (HNM) - Sáng 12-3, HĐND thành phố Hà Nội đã thông qua quy hoạch chung đến năm 2045.\n\n\
                    Theo dõi Hanoimoi.vn trên Google News\n\n\
                    Quy hoạch mở rộng không gian phát triển về phía bắc sông Hồng.\n\n\
                    Bình luận (0)\n\n\
                    Ý kiến bình luận:\n\n\
                    Hiện chưa có bình luận nào, hãy trở thành người đầu tiên bình luận cho bài viết này!\n\n\
                    (HNM) - Chiều 10-3, Sở Xây dựng Hà Nội công bố danh sách dự án nhà ở xã hội.";
        let parts = parse_text(text);
        assert_eq!(parts.outlet.as_deref(), Some("Hà Nội Mới"));
        assert_eq!(
            parts.body.paragraphs,
            vec![
                "Sáng 12-3, HĐND thành phố Hà Nội đã thông qua quy hoạch chung đến năm 2045.",
                "Quy hoạch mở rộng không gian phát triển về phía bắc sông Hồng."
            ]
        );
    }

    #[test]
    fn a_second_lead_marker_opens_teasers_unless_it_repeats_the_lead() {
        let text = "Bộ Ngoại giao lên tiếng về việc phát hành vật phẩm\n\n\
                    (Thanh tra) - Chiều 4/5, Người phát ngôn Bộ Ngoại giao trả lời câu hỏi của phóng viên.\n\n\
                    Việt Nam kiên quyết phản đối việc phát hành các vật phẩm này.\n\n\
                    (Thanh tra) - Đoàn thanh tra của Ủy ban châu Âu đánh giá cao nỗ lực chống khai thác IUU.\n\n\
                    Thanh Lương\n\n\
                    (Thanh tra) - Tại họp báo thường kỳ, Bộ Ngoại giao bác bỏ báo cáo về tự do tôn giáo.";
        let parts = parse_text(text);
        assert_eq!(
            parts.body.paragraphs.len(),
            2,
            "{:?}",
            parts.body.paragraphs
        );
        assert!(!parts.body.text().contains("Ủy ban châu Âu"));
        assert!(!parts.body.text().contains("tự do tôn giáo"));

        // An aggregator prints the lead, then the lead again glued to the body.
        let lead =
            "(TITC) - Năm Du lịch quốc gia 2024 diễn ra tại Điện Biên với chủ đề Sắc màu Tây Bắc.";
        let text = format!(
            "Năm Du lịch quốc gia 2024 khai mạc\n{lead}\n{lead} Xuyên suốt cả năm sẽ có hơn 200 sự kiện văn hóa, thể thao và du lịch."
        );
        let parts = parse_text(&text);
        assert!(
            parts.body.text().contains("hơn 200 sự kiện"),
            "{:?}",
            parts.body
        );
    }

    #[test]
    fn buttons_with_counts_and_follow_lines_are_chrome() {
        for line in [
            "Bình luận (0)",
            "0 bình luận",
            "Chia sẻ:",
            "In trang",
            "Theo dõi Baoquocte.vn trên",
            "Theo dõi Báo Đà Nẵng trên Google News",
            "Theo dõi chúng tôi trên Zalo",
            "img-9622.jpg",
            "DSC_0412.JPG",
            "* Mời quý độc giả xem lại các bản tin thời sự trên ứng dụng",
            "*Mời bạn đọc vào chuyên mục Kinh tế xem các tin liên quan.",
            "• Tải ứng dụng để đọc tin nhanh hơn",
            "© Reuters / Evelyn HocksteinTổng thống Mỹ tại Nhà Trắng",
        ] {
            assert!(is_chrome(line), "{line}");
        }
        for line in [
            "Theo dõi diễn biến trên thị trường, ông An cho biết giá vàng sẽ còn tăng.",
            "Theo dõi tài khoản Facebook giả mạo",
            "In ấn và xuất bản tăng trưởng mạnh trong quý I.",
            "Bình luận viên Quang Huy nhận định trận đấu.",
            ".jpg",
            "Tệp ảnh gửi kèm là img-9622.jpg",
            "* Ông An mời bạn đọc chia sẻ ý kiến về dự thảo luật.",
            "*** Hai bên mời bạn đọc góp ý",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
        assert!(is_end_heading("Ý kiến bình luận:"));
        assert!(is_end_heading("Ý kiến bạn đọc (3)"));
        assert!(is_end_heading(
            "Hiện chưa có bình luận nào, hãy trở thành người đầu tiên bình luận cho bài viết này!"
        ));
        assert!(!is_end_heading(
            "Ý kiến của chuyên gia cho thấy thị trường sẽ phục hồi."
        ));
    }

    #[test]
    fn credits_inside_a_paragraph_split_it() {
        let cases = [
            (
                "Hai bên hội đàm. (Ảnh: Nhan Sáng/TTXVN) Chủ tịch nước và Tổng thống Chile ký Tuyên bố chung.",
                "(Ảnh: Nhan Sáng/TTXVN)",
            ),
            (
                "Tổng thống phát biểu tại Paris. Ảnh: EPA/TTXVN Theo phóng viên TTXVN tại Pháp, ông sẽ nhậm chức.",
                "Ảnh: EPA/TTXVN",
            ),
            (
                "Đại biểu dự lễ. ẢNH: NGỌC THẮNG Đại hội đã bầu Ban Chấp hành mới.",
                "ẢNH: NGỌC THẮNG",
            ),
            (
                "Thủ tướng trao đổi với doanh nghiệp Ảnh: VGP/Quang Hiếu Trao đổi cùng lãnh đạo hiệp hội, Thủ tướng nêu rõ.",
                "Ảnh: VGP/Quang Hiếu",
            ),
            (
                "Binh sĩ di chuyển ở ngoại ô. Ảnh: Tư liệu. Một lính bị thương được đồng đội sơ cứu.",
                "Ảnh: Tư liệu.",
            ),
            (
                "Trực thăng đậu tại sân bay. Ảnh: Reuters Nhóm tìm kiếm đưa thi thể nạn nhân lên tàu.",
                "Ảnh: Reuters",
            ),
            (
                "Trong ảnh: bị cáo tại phiên tòa (Ảnh: Zing) Hội đồng xét xử gọi bị cáo lên đối chất.",
                "(Ảnh: Zing)",
            ),
            (
                "Giá vàng tăng mạnh trong tuần. Ảnh minh họa. Giá vàng SJC đã vượt mốc 70 triệu đồng.",
                "Ảnh minh họa.",
            ),
            (
                "Nhiều ngân hàng giảm lãi suất. Ảnh minh họa: TTXVN Cụ thể, theo số liệu mới nhất.",
                "Ảnh minh họa: TTXVN",
            ),
        ];
        for (p, credit) in cases {
            let (start, end) = inline_credit(p).unwrap_or_else(|| panic!("no credit in {p}"));
            assert_eq!(&p[start..end], credit, "{p}");
        }
        for p in [
            "Ảnh: Nguyễn Văn An Theo đó, dự án sẽ hoàn thành trong năm nay.",
            "Sản lượng tăng 5% (Nguồn: Tổng cục Thống kê) Trong khi đó, xuất khẩu giảm.",
            "Ảnh hưởng của bão: Giá rau tăng mạnh ở nhiều chợ.",
            "Quang cảnh hội nghị (Ảnh: TTXVN).",
            "Trong ảnh: Chủ tịch nước tiếp Đại sứ Nhật Bản tại Phủ Chủ tịch.",
            // "Tp." is no credit's full stop: the credit's end is unclear, so nothing is cut.
            "Phố đi bộ mở cửa. Ảnh minh họa: TTXVN phát Theo UBND Tp. Hồ Chí Minh, phố sẽ mở cửa.",
        ] {
            assert_eq!(inline_credit(p), None, "{p}");
        }
    }

    #[test]
    fn a_caption_glued_before_a_sentence_goes_to_captions() {
        let text = "Chile và Việt Nam ra Tuyên bố chung\n\n\
                    Sáng 9/11, Chủ tịch nước hội đàm với Tổng thống Chile. Hai bên chứng kiến lễ ký các văn kiện hợp tác. (Ảnh: Nhan Sáng/TTXVN) Chủ tịch nước và Tổng thống Chile ký Tuyên bố chung.\n\n\
                    Các đại biểu chụp ảnh lưu niệm (Ảnh: Thống Nhất/TTXVN) Chiều cùng ngày, Tổng Bí thư tiếp Tổng thống Chile. Hai bên nhất trí tăng cường hợp tác. (Ảnh: TTXVN)";
        let parts = parse_text(text);
        assert_eq!(
            parts.body.paragraphs,
            vec![
                "Sáng 9/11, Chủ tịch nước hội đàm với Tổng thống Chile. Hai bên chứng kiến lễ ký các văn kiện hợp tác.",
                "Chủ tịch nước và Tổng thống Chile ký Tuyên bố chung.",
                "Chiều cùng ngày, Tổng Bí thư tiếp Tổng thống Chile. Hai bên nhất trí tăng cường hợp tác."
            ]
        );
        assert_eq!(parts.body.captions, vec!["Các đại biểu chụp ảnh lưu niệm"]);
    }

    #[test]
    fn outlet_lines_in_the_head_are_outlets_not_authors_or_titles() {
        let parts = parse_text(
            " date 2024-03-02\nGiá cà phê xuất khẩu tăng mạnh trong quý I\n\nBáo Đắk Nông\n\n\
             Theo Sở Công Thương, giá cà phê xuất khẩu quý I tăng 40% so với cùng kỳ.",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Báo Đắk Nông"));
        assert!(parts.authors.is_empty(), "{:?}", parts.authors);
        assert_eq!(
            parts.title.as_deref(),
            Some("Giá cà phê xuất khẩu tăng mạnh trong quý I")
        );

        let parts = parse_text(
            " date 2023-06-01\nQuốc hội TV\n\nSáng 1/6, Quốc hội thảo luận về dự án Luật Đất đai (sửa đổi).",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Truyền hình Quốc hội"));
        assert_eq!(parts.title, None);

        let parts = parse_text(
            "Khánh thành cầu Rạch Miễu 2\n\nBáo Tân Lập\n\nSáng 5/5, tỉnh khánh thành cầu Rạch Miễu 2.",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Báo Tân Lập"));
        assert!(parts.authors.is_empty());
    }

    #[test]
    fn a_section_line_that_is_also_a_site_name_is_the_section() {
        // "Xã hội" names xahoi.com.vn too; over the headline it is Lao
        // Động's section (the lead marker names the outlet later on).
        let parts = parse_text(
            "Xã hội\n\nĐưa 219 công dân Việt Nam từ Guinea Xích Đạo về nước\n\n29/07/2020 09:12\n\n\
             LĐO | Sáng 29.7, chuyến bay đặc biệt chở 219 công dân Việt Nam đã hạ cánh xuống sân bay Nội Bài.",
        );
        assert_eq!(parts.section.as_deref(), Some("Xã hội"));
        assert_eq!(parts.outlet, None);
        // A masthead that is no section still names the outlet.
        let parts = parse_text(
            "Nhân Dân điện tử\nThời sự\n\nThủ tướng tiếp Đại sứ Nhật Bản\n\nChiều 18/6, Thủ tướng tiếp Đại sứ Nhật Bản.",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Nhân Dân"));
    }

    #[test]
    fn an_unknown_outlet_named_by_its_own_lead_marker() {
        // neither name is in the outlet table: the lead marker repeats the head line
        let parts = parse_text(
            " date 2025-03-04\nSông Lam Thời Báo\n\n(Sông Lam Thời Báo) - Sáng 4/3, tỉnh tổ chức lễ ra quân trồng rừng.",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Sông Lam Thời Báo"));
        assert_eq!(parts.section, None);
        let parts = parse_text(
            " date 2025-03-04\nBến Nghé\n\nBến Nghé - Chiều 4/3, thành phố khởi công tuyến metro số 2.",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Bến Nghé"));
        // a section that is not the marker stays a section
        let parts = parse_text(
            " date 2025-03-04\nThời sự\n\n(Sông Lam) - Sáng 4/3, tỉnh tổ chức lễ ra quân trồng rừng.",
        );
        assert_eq!(parts.outlet, None);
        assert_eq!(parts.section.as_deref(), Some("Thời sự"));
        // a section that shares a word with a paper's name stays a section
        let parts = parse_text(
            " date 2025-03-04\nĐầu tư\n\nGiá vàng tăng mạnh\n\nSáng 4/3, giá vàng trong nước tăng thêm 500.000 đồng mỗi lượng so với hôm qua.",
        );
        assert_eq!(parts.outlet, None);
        // a headline the lead repeats is no outlet
        let parts = parse_text(
            " date 2025-03-04\nNhững điều nên biết khi đi biển\n\nNhững điều nên biết khi đi biển - lời khuyên của các chuyên gia cứu hộ.",
        );
        assert_eq!(parts.outlet, None);
    }

    #[test]
    fn business_papers_and_news_channels_are_outlets() {
        for (line, outlet) in [
            ("VCCI News", "VCCI News"),
            ("Ngày Nay", "Ngày Nay"),
            ("Báo Diễn đàn Doanh nghiệp", "Diễn đàn Doanh nghiệp"),
            ("Báo Đầu tư", "Báo Đầu tư"),
            ("Báo Công Thương", "Báo Công Thương"),
            ("Báo Nông nghiệp và Môi trường", "Nông nghiệp và Môi trường"),
            // unknown, by shape
            ("Cửu Long News", "Cửu Long News"),
            ("Báo Tràm Chim", "Báo Tràm Chim"),
        ] {
            let text = format!(
                " date 2024-05-06\n{line}\n\nGiá lúa tăng mạnh\n\nSáng 6/5, giá lúa tại các tỉnh miền Tây tăng thêm 300 đồng mỗi ki-lô-gam so với tuần trước."
            );
            assert_eq!(parse_text(&text).outlet.as_deref(), Some(outlet), "{line}");
        }
    }

    #[test]
    fn a_section_label_before_the_stamp_is_the_section() {
        let text = "Báo Bình Minh\n\nKinh tế Thứ Ba 14/01/2025, 09:20\n\n\
                    Lào và Campuchia mở thêm cửa khẩu\n\n\
                    Ngày 14/1, hai nước Lào và Campuchia mở thêm một cửa khẩu mới.";
        let parts = parse_text(text);
        assert_eq!(parts.published.as_deref(), Some("2025-01-14"));
        assert_eq!(parts.section.as_deref(), Some("Kinh tế"));
        assert_eq!(
            parts.title.as_deref(),
            Some("Lào và Campuchia mở thêm cửa khẩu")
        );
        assert_eq!(parts.dateline.as_deref(), Some("Thứ Ba 14/01/2025, 09:20"));
        let text = "Báo Bình Minh\n\nLào và Campuchia mở thêm cửa khẩu\n\n\
                    Quốc tế - Ngày đăng : 10:05, 14/01/2025\n\n\
                    Ngày 14/1, hai nước Lào và Campuchia mở thêm một cửa khẩu mới.";
        let parts = parse_text(text);
        assert_eq!(parts.published.as_deref(), Some("2025-01-14"));
        assert_eq!(parts.section.as_deref(), Some("Quốc tế"));
        assert_eq!(
            parts.title.as_deref(),
            Some("Lào và Campuchia mở thêm cửa khẩu")
        );
        assert_eq!(
            section_stamp("Thời sự | Cập nhật 08:15, 02/03/2024").map(|s| s.1),
            Some("2024-03-02".to_string())
        );
        // A headline with a date in it, or a stamp without a clock, is no such line.
        for line in [
            "Hội nghị diễn ra ngày 27/10/2025 lúc 13:41",
            "Việt Nam - Lào ký kết ngày 27/10/2025, 13:41",
            "Kinh tế Thứ Ba 14/01/2025",
            "kinh tế Thứ Ba 14/01/2025, 09:20",
        ] {
            assert_eq!(section_stamp(line), None, "{line}");
        }
        // A writer's name before the stamp stays the byline.
        let parts = parse_text(
            "Báo Bình Minh\n\nLào mở thêm cửa khẩu\n\nTrần Minh | 14/01/2025, 09:20\n\n\
             Ngày 14/1, Lào mở thêm một cửa khẩu mới.",
        );
        assert_eq!(parts.authors, ["Trần Minh"]);
        assert_eq!(parts.section, None);
        let parts = parse_text(
            "Báo Bình Minh\n\nLào mở thêm cửa khẩu\n\nTrần Minh - 09:20, 14/01/2025\n\n\
             Ngày 14/1, Lào mở thêm một cửa khẩu mới.",
        );
        assert_eq!(parts.published.as_deref(), Some("2025-01-14"));
        assert_eq!(parts.authors, ["Trần Minh"]);
        assert_eq!(parts.section, None);
    }

    #[test]
    fn stamps_with_english_month_names() {
        for (line, day) in [
            ("March 05, 2024 | 08:30 GMT+7", "2024-03-05"),
            ("Tuesday, 5 March 2024", "2024-03-05"),
            ("Sept. 9, 2023 10:00", "2023-09-09"),
        ] {
            assert_eq!(header_date(line).as_deref(), Some(day), "{line}");
        }
        for line in [
            "March 05, 2024 Vietnam signs trade deal",
            "May 2024",
            "February 30, 2024",
        ] {
            assert_eq!(header_date(line), None, "{line}");
        }
    }

    #[test]
    fn counters_and_foreign_buttons_are_no_headlines() {
        let parts = parse_text(
            "Tin Kinh Tế\n\nNhật Bản và Việt Nam ký thỏa thuận về điện khí\n05/04/2021\n1.204 lượt xem\n\
             Ngày 5/4, hai bên đã ký thỏa thuận hợp tác về điện khí tại Hà Nội.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Nhật Bản và Việt Nam ký thỏa thuận về điện khí")
        );
        let parts = parse_text(
            "Đoàn tỉnh Bắc Ninh thăm Busan\n  • 승인 2022.05.03 10:12\n  • 댓글 0\n\
             기사를 공유합니다 지금\n\n\
             Ngày 2/5, đoàn đại biểu tỉnh Bắc Ninh đã thăm thành phố Busan.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Đoàn tỉnh Bắc Ninh thăm Busan")
        );
        assert!(!parts.body.text().contains("댓글"));
        // The line above the byline is the headline; the summary under it is text.
        let parts = parse_text(
            "Tạp Chí Mới\n\nMarch 05, 2024 | 08:30 GMT+7\n\nLào và Thái Lan ký hiệp định thương mại\n\n\
             Minh Anh\n\nHai nước cam kết đưa kim ngạch lên 10 tỷ USD vào năm 2030\n\n\
             Ngày 4/3, tại Viêng Chăn, hai nước đã ký hiệp định thương mại mới.",
        );
        assert_eq!(parts.published.as_deref(), Some("2024-03-05"));
        assert_eq!(
            parts.title.as_deref(),
            Some("Lào và Thái Lan ký hiệp định thương mại")
        );
        assert_eq!(parts.authors, ["Minh Anh"]);
        assert!(parts.body.text().starts_with("Hai nước cam kết"));
    }

    #[test]
    fn a_headline_over_its_summary_in_an_aggregators_export() {
        let text = "Tín hiệu vui đầu năm\n\
                    Ổn định việc làm, thu nhập là yếu tố quan trọng thu hút người lao động trở lại làm việc sau Tết\n\
                    Theo khảo sát nhanh của phóng viên, đến ngày 6-2, hầu hết doanh nghiệp trên địa bàn TP HCM đã mở cửa trở lại.";
        let parts = parse_text(text);
        assert_eq!(parts.title.as_deref(), Some("Tín hiệu vui đầu năm"));
        assert_eq!(parts.section, None);
        assert!(parts.body.paragraphs[0].starts_with("Ổn định việc làm"));
        // A headline asking a question, over a summary a little longer.
        let text = "Chặt đứt vây cánh, Real quyết cô lập Ronaldo?\n\
                    Hai cầu thủ đồng hương và cũng là bạn thân của Ronaldo, Fabio Coentrao và Pepe sẽ rời Bernabeu ngay trong mùa Hè này\n\
                    Theo Marca đưa tin, Fabio Coentrao sẽ hoàn tất thủ tục chuyển nhượng trong tuần tới.";
        assert_eq!(
            parse_text(text).title.as_deref(),
            Some("Chặt đứt vây cánh, Real quyết cô lập Ronaldo?")
        );
        // A page's head with its date line: the long line is the headline.
        let text = "Thời sự › Biển đảo\n07/08/2023 15:12\n\
                    Philippines phản đối Trung Quốc dùng vòi rồng tấn công tàu tiếp tế ở Bãi Cỏ Mây\n\n\
                    TGVN. Ngày 7/8, Bộ Ngoại giao Philippines triệu Đại sứ Trung Quốc tại Manila để phản đối.";
        let parts = parse_text(text);
        assert_eq!(
            parts.title.as_deref(),
            Some("Philippines phản đối Trung Quốc dùng vòi rồng tấn công tàu tiếp tế ở Bãi Cỏ Mây")
        );
        // A short line over a headline of about its length: the lower one.
        let text = "Phản ứng bất ngờ của Hoài Linh\n\
                    Nam danh hài bình tĩnh khuyên bảo khán giả trên sân khấu\n\
                    Trong đêm diễn tối qua, một khán giả đã ném đá lên sân khấu.";
        assert_eq!(
            parse_text(text).title.as_deref(),
            Some("Nam danh hài bình tĩnh khuyên bảo khán giả trên sân khấu")
        );
    }

    #[test]
    fn a_headline_trailing_off_in_an_ellipsis() {
        let text = "Buổi đầu hẹn gặp, bạn gái rủ làm trò này khiến tôi sợ xanh mắt…\n\
                    Từng đi chơi với nhau nhiều lần, nhưng đó là hôm đầu tiên chúng tôi hẹn hò riêng hai đứa. \
                    Có ai mà ngờ, cô gái ngoan hiền mọi khi lại rủ tôi làm điều đó.\n\
                    Gần 30 tuổi, tôi mới có người yêu.";
        let parts = parse_text(text);
        assert_eq!(
            parts.title.as_deref(),
            Some("Buổi đầu hẹn gặp, bạn gái rủ làm trò này khiến tôi sợ xanh mắt…")
        );
        assert!(parts.body.paragraphs[0].starts_with("Từng đi chơi"));
        // A paragraph that trails off over a shorter one is text.
        let text = "Tôi đứng đó rất lâu, nhìn theo bóng anh khuất dần sau dãy nhà cuối phố mà không nói được lời nào...\n\
                    Rồi tôi quay về.\n\nNăm ấy tôi mười tám tuổi.";
        assert_eq!(parse_text(text).title, None);
    }

    #[test]
    fn a_section_in_capitals_at_the_top_is_no_outlet() {
        let text = "QUỐC TẾ\n\nThỏa thuận ngừng bắn ở Dải Gaza chính thức có hiệu lực\n\n\
                    Thứ Hai, 20/01/2025, 08:35\n\n\
                    Thỏa thuận có hiệu lực từ 11 giờ 15 phút sáng 19/1 (giờ địa phương).\n\n\
                    HẢI VÂN (theo Reuters, Al Jazeera)\n\n\
                    Báo Quân đội nhân dân - Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng, \
                    tiếng nói của lực lượng vũ trang và nhân dân Việt Nam";
        let parts = parse_text(text);
        assert_eq!(parts.section.as_deref(), Some("QUỐC TẾ"));
        assert_eq!(parts.outlet.as_deref(), Some("Quân đội nhân dân"));
        // A name in capitals there is still an outlet line.
        let text = "PVX\n\nPVX ký hợp đồng cung cấp khí cho Nhật Bản\n\n\
                    Ngày 3/4, tổng công ty đã ký hợp đồng cung cấp khí cho đối tác Nhật Bản.";
        assert_eq!(parse_text(text).outlet.as_deref(), Some("PVX"));
    }

    #[test]
    fn wire_services_cited_under_a_signed_story_are_no_authors() {
        let story = "Thế giới\n\nNga trục xuất 60 nhà ngoại giao Mỹ\n\nThứ sáu, 30/03/2018 - 07:15\n\n\
                     Thành Đạt\n\n(Dân trí) - Ngoại trưởng Nga Sergei Lavrov hôm qua (29/3) tuyên bố \
                     Mátxcơva sẽ trục xuất 60 nhà ngoại giao Mỹ.\n\nHai cha con hiện vẫn được điều trị tại bệnh viện.";
        let parts = parse_text(&format!("{story}\n\nTheo Reuters, AFP"));
        assert_eq!(parts.authors, vec!["Thành Đạt"]);
        assert!(!parts.body.paragraphs.iter().any(|p| p.contains("Reuters")));
        // The national agency signs its own stories.
        let parts = parse_text(&format!("{story}\n\nTheo TTXVN"));
        assert_eq!(parts.authors, vec!["Thành Đạt", "TTXVN"]);
    }

    #[test]
    fn a_reporters_group_with_its_section() {
        let text = "Thể thao\n15-12-2018 - 22:05\n\nAnh Đức lập công, Việt Nam vô địch AFF Cup 2018\n\n\
                    (NLĐO) - Bàn thắng duy nhất của tiền đạo Nguyễn Anh Đức giúp tuyển Việt Nam đánh bại Malaysia 1-0.\n\n\
                    Ngay sau trận đấu, hàng trăm nghìn cổ động viên đã đổ ra đường ăn mừng.\n\nNhóm PV Thể thao";
        let parts = parse_text(text);
        assert_eq!(parts.authors, vec!["Nhóm PV Thể thao"]);
        // A group before a name that is no section is read as before.
        assert_eq!(
            byline_names("Phóng viên Dương Ngọc"),
            Some(vec!["Dương Ngọc".to_string()])
        );
    }

    #[test]
    fn an_acronym_alone_at_the_top_is_the_outlet() {
        let text = "PVX\n\nPVX ký hợp đồng cung cấp khí cho Nhật Bản\n\n\
                    Ngày 3/4, tổng công ty đã ký hợp đồng cung cấp khí cho đối tác Nhật Bản.";
        assert_eq!(parse_text(text).outlet.as_deref(), Some("PVX"));
        // A menu word or a lone capital is none.
        for top in ["A", "EMAIL"] {
            let text = format!(
                "{top}\n\nPVX ký hợp đồng cung cấp khí\n\n\
                 Ngày 3/4, tổng công ty đã ký hợp đồng cung cấp khí cho đối tác."
            );
            assert_ne!(parse_text(&text).outlet.as_deref(), Some(top), "{top}");
        }
    }

    #[test]
    fn a_body_named_alone_at_the_top_is_the_outlet() {
        let text = "Tổng công ty Điện lực Miền Trung\n\nLãnh đạo tổng công ty làm việc với đối tác Lào\n\n\
                    Ngày 3/4, lãnh đạo tổng công ty đã làm việc với đoàn công tác của Lào.";
        let parts = parse_text(text);
        assert_eq!(
            parts.outlet.as_deref(),
            Some("Tổng công ty Điện lực Miền Trung")
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Lãnh đạo tổng công ty làm việc với đối tác Lào")
        );
        // A headline alone at the top, or a lower-case phrase, is none.
        for top in [
            "Bộ Ngoại giao lên tiếng về tàu cá bị bắt giữ",
            "Hội nghị thượng đỉnh kết thúc",
        ] {
            let text = format!("{top}\n\nNgày 3/4, người phát ngôn đã trả lời báo chí về vụ việc.");
            assert_eq!(parse_text(&text).outlet, None, "{top}");
        }
        // The export's own head line wins over a source's link under "Theo ...".
        let text = "Tin Tức Thủ Đô\n\nLào và Thái Lan ký hiệp định thương mại\n\n\
                    Ngày 4/3, hai nước đã ký hiệp định thương mại mới tại Viêng Chăn.\n\n\
                    Theo VOV\nhttps://vov.vn/the-gioi/lao-thai-lan-ky-hiep-dinh.vov";
        assert_eq!(parse_text(text).outlet.as_deref(), Some("Tin Tức Thủ Đô"));
    }

    #[test]
    fn a_translation_notice_ends_the_story() {
        let parts = parse_text(
            "Lào và Thái Lan ký hiệp định\n\nNgày 4/3, hai nước đã ký hiệp định thương mại mới.\n\n\
             Attention\nThe original article is written and published on Tạp Chí Mới in Vietnamese only.\n\
             Google translate",
        );
        let body = parts.body.text();
        assert!(body.contains("hiệp định thương mại mới"));
        assert!(
            !body.contains("original article")
                && !body.contains("Google")
                && !body.contains("Attention")
        );
    }

    #[test]
    fn a_dateline_at_the_top_is_the_publication_date() {
        let text = "Điện mừng Quốc khánh\n\nNhân Dân\n\nThứ Hai, 02-09-2024, 07:15\n\n\
                    Nhân dịp Quốc khánh, ngày 1-9-2024, Chủ tịch nước Lào gửi điện mừng.";
        let parts = parse_text(text);
        assert_eq!(parts.published.as_deref(), Some("2024-09-02"));
        assert_eq!(parts.outlet.as_deref(), Some("Nhân Dân"));
        assert_eq!(parts.title.as_deref(), Some("Điện mừng Quốc khánh"));
        assert!(!parts.body.text().contains("07:15"));
        // The crawl stamp, when there is one, is what the source states first.
        let parts = parse_text(&format!(" date 2024-09-03\n{text}"));
        assert_eq!(parts.published.as_deref(), Some("2024-09-03"));
    }

    #[test]
    fn an_abbreviated_signature_above_the_lead_is_the_author() {
        let text = "Báo Biên phòng\n\nH.Phương\nThứ tư, 10/04/2024 - 08:00\n\
                    (BP) - Sáng 10/4, Bộ đội Biên phòng tỉnh Lạng Sơn tổ chức diễn tập phòng chống cháy rừng.";
        let parts = parse_text(text);
        assert_eq!(parts.authors, vec!["H.Phương"]);
        assert_eq!(parts.section, None);
        assert_eq!(parts.published.as_deref(), Some("2024-04-10"));
        assert_eq!(parts.outlet.as_deref(), Some("Báo Biên phòng"));
    }

    /// A long paragraph of running text for layout tests (over 20 words).
    const LONG_A: &str = "Chiều 12/3, Tòa án nhân dân tỉnh Bình Định mở phiên xét xử sơ thẩm vụ án lừa đảo chiếm đoạt tài sản xảy ra tại một công ty bất động sản trên địa bàn.";
    const LONG_B: &str = "Theo cáo trạng, trong năm 2022 các bị cáo đã đưa ra thông tin gian dối về dự án để nhận tiền đặt cọc của hơn 100 khách hàng với tổng số tiền hơn 50 tỷ đồng.";

    #[test]
    fn a_bracketed_headline_is_a_related_link() {
        let text = format!(
            "{LONG_A}\n\n[Khánh Hòa khởi công cao tốc Vân Phong - Nha Trang trong tháng tới]\n\n{LONG_B}\n\n[Video]"
        );
        let parts = parse_text(&text);
        assert_eq!(
            parts.body.related,
            vec!["Khánh Hòa khởi công cao tốc Vân Phong - Nha Trang trong tháng tới"]
        );
        assert!(!parts.body.text().contains("Vân Phong"));
        assert!(parts.body.text().contains("hơn 100 khách hàng"));
        assert_eq!(bracketed_link("[Hà Nội]"), None);
        assert_eq!(bracketed_link("[Infographic] Giá vàng hôm nay"), None);
    }

    #[test]
    fn a_signature_before_headlines_closes_the_story() {
        let text = format!(
            "Lũ quét tại Lào Cai, 5 người mất tích\n\n{LONG_A}\n\n{LONG_B}\n\n\
             Trần Minh (TTXVN)\n\nMưa lớn gây sạt lở tại Yên Bái\n\nMưa lớn gây sạt lở tại Yên Bái\n\n\
             Ngày 10/9, mưa lớn gây sạt lở nhiều tuyến đường tại Yên Bái.\n\nChia sẻ:\n\n\
             doanh nghiệp - Sản phẩm - Dịch vụ Thông cáo báo chí"
        );
        let parts = parse_text(&text);
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        assert_eq!(parts.authors, vec!["Trần Minh"]);
        assert_eq!(parts.body.related, vec!["Mưa lớn gây sạt lở tại Yên Bái"]);

        // A signature followed by running text signs off a part of the story, not the story.
        let text = format!("{LONG_A}\n\n{LONG_B}\n\nTrần Minh (TTXVN)\n\n{LONG_B} Phiên tòa sẽ tiếp tục vào ngày mai.\n\n{LONG_A}");
        let parts = parse_text(&text);
        assert_eq!(
            parts.body.paragraphs.len(),
            4,
            "{:?}",
            parts.body.paragraphs
        );
        assert_eq!(parts.authors, vec!["Trần Minh"]);
    }

    #[test]
    fn a_headline_above_a_share_bar_is_a_related_link() {
        let text = format!(
            "{LONG_A}\n\n{LONG_B}\n\n{LONG_A}\n\nBình Định triệt phá đường dây lừa đảo đất nền\n\nChia sẻ\n\n\
             Công an tỉnh vừa triệt phá đường dây lừa đảo.\n\nThông cáo báo chí"
        );
        let parts = parse_text(&text);
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B, LONG_A]);
        assert_eq!(
            parts.body.related,
            vec!["Bình Định triệt phá đường dây lừa đảo đất nền"]
        );
        // A share bar under the lead leaves the story alone.
        let text = format!("{LONG_A}\n\nChia sẻ\n\n{LONG_B}\n\nVụ án đang được điều tra mở rộng.");
        assert_eq!(parse_text(&text).body.paragraphs.len(), 3);
    }

    #[test]
    fn topic_boxes_are_related_links() {
        for heading in ["Bài viết cùng chủ đề", "Các tin, bài viết khác"] {
            let text = format!(
                "{LONG_A}\n\n{LONG_B}\n\nMinh Anh\n\n{heading}\n\
                 Việt Nam - Nhật Bản: Đối tác chiến lược sâu rộng vì hòa bình"
            );
            let parts = parse_text(&text);
            assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B], "{heading}");
            assert_eq!(parts.authors, vec!["Minh Anh"], "{heading}");
        }
    }

    #[test]
    fn headlines_after_the_last_sentence_are_related_links() {
        let text = format!(
            "{LONG_A}\n\n{LONG_B}\n\n\
             Đoàn tàu chở nhà lãnh đạo Triều Tiên đã vào ga sau hành trình dài\n\n\
             Hà Nội tăng cường an ninh quanh khách sạn diễn ra hội nghị thượng đỉnh"
        );
        let parts = parse_text(&text);
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        assert_eq!(parts.body.related.len(), 2);
        // One such line may be the story's own last words: it stays.
        let text = format!(
            "{LONG_A}\n\n{LONG_B}\n\nCuộc điều tra vẫn đang được mở rộng trong những ngày tới"
        );
        assert_eq!(parse_text(&text).body.paragraphs.len(), 3);
    }

    #[test]
    fn lone_caption_lines_between_long_paragraphs_are_captions() {
        for caption in [
            "Các bị cáo tại toà.",
            "Toàn cảnh hội nghị.",
            "Lực lượng cứu hộ tại hiện trường.",
            "Nhà cửa tan hoang sau trận lũ quét ở Mường Tè.",
            // Without a period, and a hand-over scene.
            "Bộ trưởng Ngoại giao Lào và Đại sứ Nhật Bản tại buổi tiếp",
            "Hai bộ trưởng trao văn kiện hợp tác.",
        ] {
            let text = format!("{LONG_A}\n\n{caption}\n\n{LONG_B}");
            let parts = parse_text(&text);
            assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B], "{caption}");
            assert_eq!(
                parts.body.captions,
                vec![caption.trim_end_matches('.')],
                "{caption}"
            );
        }
        // Short sentences of the story stay: a statement word, a figure, a comma, no place or scene.
        for sentence in [
            "Vụ việc đang được điều tra.",
            "Giá vàng tăng mạnh.",
            "Mọi người bàng hoàng.",
            "Sự việc xảy ra tại Hà Nội.",
            "Bị cáo nhận mức án 7 năm tù.",
            "Tuy nhiên, phiên tòa bị hoãn.",
            "Ông không trả lời.",
            "Các bên sẽ trao đổi thêm tại vòng sau.",
            // A subheading of the story, no place or scene word.
            "Mở rộng hợp tác kinh tế song phương",
        ] {
            let text = format!("{LONG_A}\n\n{sentence}\n\n{LONG_B}");
            let parts = parse_text(&text);
            assert_eq!(parts.body.paragraphs.len(), 3, "{sentence}");
            assert!(parts.body.captions.is_empty(), "{sentence}");
        }
        // At the end of the text there is no picture around it.
        let parts = parse_text(&format!("{LONG_A}\n\n{LONG_B}\n\nToàn cảnh phiên tòa."));
        assert_eq!(parts.body.paragraphs.len(), 3);
    }

    #[test]
    fn credits_without_a_photo_word_end_captions() {
        let text = format!(
            "{LONG_A}\n\nChủ tịch nước tiếp Đại sứ Chile Jorge Valdés TTXViệt Nam\n\n{LONG_B}\n\n\
             Thủ tướng tiếp Bộ trưởng Ngoại giao Singapore\n\nThủ tướng tiếp Bộ trưởng Ngoại giao Singapore\n\n\
             TTXVN\n\n{LONG_A}\n\nĐoàn công tác thăm nhà máy thủy điện |\n\n|\n\n{LONG_B}\n\n...\n\n{LONG_A}"
        );
        let parts = parse_text(&text);
        assert_eq!(
            parts.body.captions,
            vec![
                "Chủ tịch nước tiếp Đại sứ Chile Jorge Valdés",
                "Thủ tướng tiếp Bộ trưởng Ngoại giao Singapore",
                "Đoàn công tác thăm nhà máy thủy điện"
            ]
        );
        assert_eq!(
            parts.body.paragraphs.len(),
            5,
            "{:?}",
            parts.body.paragraphs
        );
        for line in [
            "Thông tin do phóng viên TTXVN",
            "Theo TTXVN",
            "Đại biểu dự hội nghị.",
        ] {
            assert_eq!(credit_tail_caption(line), None, "{line}");
        }
        assert_eq!(
            credit_tail_caption("Lễ ký kết hiệp định Nhan Sáng/TTXVN").as_deref(),
            Some("Lễ ký kết hiệp định Nhan")
        );
        // A photographer's name in capitals ends a caption; acronyms do not.
        assert_eq!(
            credit_tail_caption("Nước lũ tràn vào nhiều nhà dân ven sông ĐỨC HOÀNG").as_deref(),
            Some("Nước lũ tràn vào nhiều nhà dân ven sông")
        );
        for line in [
            "Lãnh đạo tỉnh làm việc với HĐND TP",
            "Hội nghị Bộ trưởng Kinh tế ASEAN",
            "Kết quả xổ số miền Nam hôm nay XSMN",
        ] {
            assert_eq!(credit_tail_caption(line), None, "{line}");
        }
        // "Ảnh" without its colon after the caption's full stop.
        assert_eq!(
            split_caption("Đường sạt lở tại xã Mù Cả, huyện Mường Tè. Ảnh Lê Hùng").as_deref(),
            Some("Đường sạt lở tại xã Mù Cả, huyện Mường Tè.")
        );
        assert_eq!(
            split_caption("Mưa lớn kéo dài nhiều ngày. Ảnh hưởng của bão còn lớn."),
            None
        );
    }

    #[test]
    fn a_marker_alone_on_its_line_is_no_title_and_opens_the_lead() {
        let text = format!(" date 2025-12-24\nVTC News\n\n(VTC News) -\n\n{LONG_A}\n\n{LONG_B}");
        let parts = parse_text(&text);
        assert_eq!(parts.title, None);
        assert_eq!(parts.outlet.as_deref(), Some("VTC News"));
        assert_eq!(parts.body.lead.as_deref(), Some(LONG_A));
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        assert_eq!(marker_only("(VTC News) -"), Some(Some("VTC News".into())));
        assert_eq!(marker_only("TTO -"), Some(Some("Tuổi Trẻ".into())));
        assert_eq!(marker_only("(Ảnh minh họa) -"), None);
        assert_eq!(marker_only("Hà Nội -"), None);
    }

    #[test]
    fn live_update_notices_and_source_lines_are_not_text() {
        let text = format!(
            " date 2025-12-18\n24h\n\nTiếp tục cập nhật...\n\n{LONG_A}\n\n{LONG_B}\n\nĐang cập nhật\n\n\
             Tác giả: Nguyễn Văn Nam\n\nNguồn tin: Báo Tuổi Trẻ"
        );
        let parts = parse_text(&text);
        assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B]);
        assert_eq!(parts.authors, vec!["Nguyễn Văn Nam"]);
        assert_eq!(parts.outlet.as_deref(), Some("24h"));
    }

    #[test]
    fn provincial_portals_and_foreign_services_name_the_outlet() {
        for (masthead_line, outlet) in [
            ("Hà Tĩnh 24h", "Hà Tĩnh 24h"),
            ("Nghệ An 24h", "Nghệ An 24h"),
            ("KBS World", "KBS World"),
            ("VOV1", "VOV"),
            ("VOV Giao thông", "VOV"),
            // The foreign service is its own outlet: VOV5 (VOV World).
            ("VOV5", "VOV5"),
            ("VOVWorld", "VOV5"),
            ("Đọc báo", "Đọc báo"),
            ("NHK World", "NHK World"),
        ] {
            let text = format!(" date 2024-07-15\n{masthead_line}\n\n{LONG_A}\n\n{LONG_B}");
            assert_eq!(
                parse_text(&text).outlet.as_deref(),
                Some(outlet),
                "{masthead_line}"
            );
        }
        let text = format!("Nhật Bản và Mỹ điện đàm\n\nVOV1 - {LONG_A}\n\n{LONG_B}");
        let parts = parse_text(&text);
        assert_eq!(parts.outlet.as_deref(), Some("VOV"));
        assert_eq!(parts.body.lead.as_deref(), Some(LONG_A));
        // "Tin tức 24h" is a section's name, not a place's portal.
        assert_eq!(LEXICON.outlet_by_shape("Tin tức 24h"), None);
        assert_eq!(LEXICON.outlet_by_shape("Bản tin 24h"), None);
    }

    #[test]
    fn a_signature_glued_after_the_last_sentence_is_the_author() {
        for (signature, authors) in [
            ("Chu Văn Hùng (TTXVN)", vec!["Chu Văn Hùng"]),
            ("Theo Minh Hoàng (Khám phá)", vec!["Minh Hoàng"]),
            (
                "Thu Hoài – Đinh Hằng (TTXVN)",
                vec!["Thu Hoài", "Đinh Hằng"],
            ),
            ("Bảo Ngọc", vec!["Bảo Ngọc"]),
            ("Ảnh Reuters", vec![]),
            ("(Nguồn Sina)", vec![]),
        ] {
            let on_its_line = format!("{LONG_A}\n\n{LONG_B}\n\n{signature}");
            assert_eq!(
                parse_text(&on_its_line).body.paragraphs,
                vec![LONG_A, LONG_B],
                "{signature}"
            );
            assert_eq!(parse_text(&on_its_line).authors, authors, "{signature}");
            let text = format!("{LONG_A}\n\n{LONG_B} {signature}");
            let parts = parse_text(&text);
            assert_eq!(parts.body.paragraphs, vec![LONG_A, LONG_B], "{signature}");
            assert_eq!(parts.authors, authors, "{signature}");
        }
        // A last sentence without its full stop keeps its words.
        for ending in [
            "Hai bên nhất trí tăng cường hợp tác với Hàn Quốc",
            "Đây là lần thứ hai Hà Nội",
            "Ông nói. Việt Nam luôn coi trọng quan hệ với Lào và Campuchia",
        ] {
            let text = format!("{LONG_A}\n\n{LONG_B} {ending}");
            assert!(parse_text(&text).body.text().ends_with(ending), "{ending}");
        }
    }

    #[test]
    fn a_picture_stamp_under_the_headline_dates_the_article() {
        let parts = parse_text(
            "Sputnik Việt Nam\n\nNga và Ấn Độ ký hiệp định hợp tác quốc phòng\n\n\
             © AP Photo / Manish SwarupThủ tướng Ấn Độ tại New Delhi\n\
             Thủ tướng Ấn Độ tại New Delhi - Sputnik Việt Nam, 1920, 05.12.2025\n\
             MOSKVA (Sputnik) — Ngày 4 tháng 12, Nga và Ấn Độ đã ký hiệp định hợp tác quốc phòng mới tại New Delhi.\n\n\
             Hai bên nhất trí tăng cường trao đổi đoàn và diễn tập chung trong năm tới.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Nga và Ấn Độ ký hiệp định hợp tác quốc phòng")
        );
        assert_eq!(parts.published.as_deref(), Some("2025-12-05"));
        // The picture's line is no date line the article prints.
        assert_eq!(parts.dateline, None);
        let body = parts.body.text();
        assert!(body.starts_with("MOSKVA (Sputnik)"), "{body}");
        assert!(!body.contains('©') && !body.contains("1920"), "{body}");
        // A headline with a year in it and a dash is no picture stamp.
        let parts = parse_text(
            "Hội nghị APEC - những điều cần biết, 2025, 10.11.2025 là hạn chót\n\n\
             Ngày 10/11, hội nghị khai mạc tại Gyeongju với sự tham dự của lãnh đạo 21 nền kinh tế.",
        );
        assert_eq!(parts.published, None);
    }

    #[test]
    fn a_short_topic_line_under_the_headline_is_no_headline() {
        let parts = parse_text(
            "Tạp chí Kinh tế\n\nNhiều nước gửi đội cứu hộ tới Maroc sau trận động đất mạnh nhất trong nhiều thập kỷ\n\n\
             Động đất Maroc\n16:20 - 11/09/2023\n\
             Tây Ban Nha, Anh và Qatar đã cử các đội tìm kiếm cứu nạn tới Maroc trong ngày 10/9 theo đề nghị của Rabat.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Nhiều nước gửi đội cứu hộ tới Maroc sau trận động đất mạnh nhất trong nhiều thập kỷ")
        );
        assert_eq!(parts.section.as_deref(), Some("Động đất Maroc"));
        assert!(!parts.body.text().contains("Động đất Maroc"));
        // A menu line (every word capitalised) above a short headline stays a label.
        let parts = parse_text(
            "Tin Nóng Trong Nước Và Quốc Tế Mới Nhất Hôm Nay\n\nHà Nội mưa lớn\n\n\
             16:20 - 11/09/2023\n\
             Mưa lớn kéo dài từ đêm qua đến sáng nay khiến nhiều tuyến phố ở Hà Nội ngập sâu, giao thông ùn tắc.",
        );
        assert_eq!(parts.title.as_deref(), Some("Hà Nội mưa lớn"));
    }

    #[test]
    fn section_lines_above_or_under_the_headline() {
        let parts = parse_text(
            "Việt Nam - Hoa Kỳ nâng cấp quan hệ lên Đối tác chiến lược toàn diện\n\n\
             11/09/2023 06:30 GMT+7\n\nThời sự\n\n\
             TTO - Chiều 10-9, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Hoa Kỳ Joe Biden.\n\n\
             Hai nhà lãnh đạo ra Tuyên bố chung.",
        );
        assert_eq!(parts.section.as_deref(), Some("Thời sự"));
        assert!(!parts.body.text().starts_with("Thời sự"));
        // A breadcrumb line is never the headline.
        let parts = parse_text(
            "Việt Nam - Australia nâng cấp quan hệ lên Đối tác Chiến lược toàn diện\n\n\
             Thời sự  >  Hoạt động của lãnh đạo Chính phủ\n\n07/03/2024 15:20\n\n\
             (Chinhphu.vn) - Trưa 7/3 (giờ địa phương), tại Nhà Quốc hội ở thủ đô Canberra, hai Thủ tướng đã hội đàm.\n\n\
             Thủ tướng Albanese chủ trì lễ đón chính thức.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Việt Nam - Australia nâng cấp quan hệ lên Đối tác Chiến lược toàn diện")
        );
        assert_eq!(
            parts.section.as_deref(),
            Some("Thời sự > Hoạt động của lãnh đạo Chính phủ")
        );
        // The government paper's section for the leaders' activities holds a
        // comma; a headline may end in a name's "Jr.".
        let parts = parse_text(
            "Báo Chính phủ\n\nThời sự > Hoạt động của lãnh đạo Đảng, Nhà nước\n\n\
             Thủ tướng hội kiến Tổng thống Philippines Ferdinand Marcos Jr.\n\n12/03/2024 16:15\n\n\
             (Chinhphu.vn) - Chiều 12/3, tại Trụ sở Chính phủ, Thủ tướng đã hội kiến Tổng thống Indonesia.\n\n\
             Hai bên nhất trí tăng cường hợp tác.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Thủ tướng hội kiến Tổng thống Philippines Ferdinand Marcos Jr.")
        );
        assert_eq!(
            parts.section.as_deref(),
            Some("Thời sự > Hoạt động của lãnh đạo Đảng, Nhà nước")
        );
        // A newspaper's section and its subsection, joined by dashes.
        assert_eq!(
            section_line("Quốc tế - Bình luận - Phê phán").as_deref(),
            Some("Quốc tế - Bình luận - Phê phán")
        );
        assert_eq!(section_line("Quốc tế - Tên lửa - Phê phán"), None);
        // The home page's crumb is no section.
        assert_eq!(
            section_line(" Trang chủ | Thời sự | Chính trị").as_deref(),
            Some("Thời sự | Chính trị")
        );
        assert_eq!(
            section_line("Thế giới › Phân tích").as_deref(),
            Some("Thế giới › Phân tích")
        );
        // A short headline or a place is no section.
        assert_eq!(section_line("Hà Nội mưa lớn"), None);
        assert_eq!(section_line("Thế giới & Việt Nam"), None);
        assert_eq!(section_line("Hà Nội"), None);
        // A section, then the topic the story is filed under.
        assert_eq!(
            section_line("Thế giới > Xung đột Nga - Ukraine").as_deref(),
            Some("Thế giới > Xung đột Nga - Ukraine")
        );
        // Only after the crumb's arrow, and only a name, not a sentence.
        assert_eq!(section_line("Thế giới - Xung đột Nga"), None);
        assert_eq!(
            section_line("Thế giới > Nga nói gì về đàm phán, sau 3 giờ?"),
            None
        );
        assert_eq!(section_line("Xung đột Nga - Ukraine > Thế giới"), None);
        // The site's name glued before its section.
        assert_eq!(
            section_line("Dân trí Thế giới").as_deref(),
            Some("Thế giới")
        );
        assert_eq!(section_line("Dân trí Hà Nội"), None);
        // A site named like a section ("Xã hội", xahoi.com.vn) is the section.
        assert_eq!(
            section_line("Xã hội > Giao thông").as_deref(),
            Some("Xã hội > Giao thông")
        );
        let parts = parse_text(
            "Thứ bảy, 08/06/2019 - 06:12\nDân trí Thế giới\n\n\
             Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an với số phiếu kỷ lục\n\n\
             (Dân trí) - Rạng sáng nay (giờ Việt Nam), Đại hội đồng Liên Hợp Quốc đã bầu Việt Nam làm Ủy viên không thường trực Hội đồng Bảo an.\n\n\
             Cuộc bỏ phiếu diễn ra tại New York.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an với số phiếu kỷ lục")
        );
        assert_eq!(parts.section.as_deref(), Some("Thế giới"));
        // International news sections of the foreign-affairs papers.
        assert_eq!(
            section_line("Thời sự | Tin tức quốc tế").as_deref(),
            Some("Thời sự | Tin tức quốc tế")
        );
    }

    #[test]
    fn the_footer_names_the_outlet_before_its_licence() {
        let parts = parse_text(
            "Kinh doanh\n\nVốn FDI giải ngân 9 tháng cao nhất 5 năm\n\n\
             Tính đến ngày 20/9/2024, tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam đạt 24,78 tỷ USD.\n\n\
             Xuất khẩu của khu vực FDI 9 tháng ước đạt hơn 211 tỷ USD.\n\nThanh Thủy\n\n\
             Znews - Tri thức trực tuyến. Giấy phép báo điện tử số 62/GP-BTTTT.",
        );
        assert_eq!(parts.outlet.as_deref(), Some("Znews"));
        // A sentence after a name and a dash is no footer.
        assert_eq!(
            footer_outlet(
                "Znews - Tri thức trực tuyến. Doanh nghiệp FDI đóng góp lớn vào xuất khẩu."
            ),
            None
        );
    }

    #[test]
    fn posted_in_lines_and_related_boxes_are_no_text() {
        let parts = parse_text(
            "Thời sự\n\nChủ tịch nước thăm Nhật Bản\n\n\
             Chiều 27/11, Chủ tịch nước Võ Văn Thưởng đến Tokyo, bắt đầu chuyến thăm chính thức Nhật Bản.\n\n\
             Ngày 28/11, Chủ tịch nước sẽ hội kiến Nhà vua Nhật Bản.\n\n\
             ĐĂNG TRONG MỤC: Chính trị | Tin tức | Đối ngoại\n\nNgọc Mai\n\n\
             Các tin liên quan\nÔng Zelensky: Ukraine sẵn sàng thảo luận về quy chế trung lập\n\
             Giá dầu giảm mạnh sau tin đàm phán tiến triển",
        );
        let body = parts.body.text();
        assert!(!body.contains("ĐĂNG TRONG MỤC"), "{body}");
        assert!(!body.contains("Các tin liên quan"), "{body}");
        assert!(!body.contains("Giá dầu giảm mạnh"), "{body}");
        assert_eq!(parts.authors, vec!["Ngọc Mai"]);
    }

    #[test]
    fn a_stamp_under_the_outlet_marker_is_no_lead() {
        let parts = parse_text(
            "Tổng Bí thư Tô Lâm điện đàm với Tổng thống Hoa Kỳ Donald Trump\n\nChính trị\n\n\
             VOV.VN - Thứ Bảy, 05/04/2025 | 07:20\n\n\
             VOV.VN - Tối qua (4/4), Tổng Bí thư Tô Lâm đã có cuộc điện đàm với Tổng thống Hoa Kỳ Donald Trump.\n\n\
             Cuộc điện đàm diễn ra hai ngày sau khi Chính quyền Tổng thống Trump công bố mức thuế đối ứng.",
        );
        assert_eq!(parts.published.as_deref(), Some("2025-04-05"));
        assert_eq!(parts.outlet.as_deref(), Some("VOV"));
        assert!(parts.body.text().starts_with("Tối qua (4/4)"));
        // A lead under the marker stays the lead.
        assert_eq!(
            marked_stamp("VOV.VN - Tối qua (4/4), Tổng Bí thư Tô Lâm đã điện đàm."),
            None
        );
    }

    #[test]
    fn a_headline_opening_with_a_name_and_a_dash_is_no_lead() {
        let parts = parse_text(
            "Doanh nghiệp Việt Nam - Hàn Quốc trao 111 biên bản ghi nhớ hợp tác\n\n\
             Đầu tư | Quốc tế\n\nBaodautu.vn\nThứ Sáu, 23/06/2023 - 18:35\n\n\
             (ĐTCK) Chiều nay, tại Hà Nội, Diễn đàn Doanh nghiệp Việt Nam - Hàn Quốc đã diễn ra.\n\n\
             Diễn đàn nằm trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam.",
        );
        assert_eq!(
            parts.title.as_deref(),
            Some("Doanh nghiệp Việt Nam - Hàn Quốc trao 111 biên bản ghi nhớ hợp tác")
        );
        assert_eq!(parts.section.as_deref(), Some("Đầu tư | Quốc tế"));
        assert!(parts.body.text().starts_with("Chiều nay, tại Hà Nội"));
        // A first paragraph that ends its sentence is the lead.
        let parts = parse_text(
            "TTO - Chiều 10-9, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Hoa Kỳ.\n\n\
             Hai nhà lãnh đạo ra Tuyên bố chung.",
        );
        assert_eq!(parts.title, None);
        assert_eq!(parts.outlet.as_deref(), Some("Tuổi Trẻ"));
    }

    #[test]
    fn writer_and_stamp_under_the_lead() {
        let parts = parse_text(
            "Tổng Bí thư, Chủ tịch nước Tô Lâm hội đàm với Chủ tịch Tập Cận Bình\n\nThời sự - Chính trị\n\n\
             Chiều 19/8, tại Đại lễ đường Nhân dân ở Bắc Kinh, Tổng Bí thư, Chủ tịch nước Tô Lâm hội đàm với Chủ tịch Tập Cận Bình.\n\n\
             Nguyễn Hoài - Thứ hai, 19/8/2024 18:30 (GMT+7)\n\n\
             Trước hội đàm, Tổng Bí thư Tập Cận Bình chủ trì lễ đón trọng thể.\n\n\
             Znews - Tri thức trực tuyến\nGiấy phép số 13/GP-BTTTT",
        );
        assert_eq!(parts.published.as_deref(), Some("2024-08-19"));
        assert_eq!(parts.authors, vec!["Nguyễn Hoài"]);
        assert_eq!(parts.outlet.as_deref(), Some("Znews"));
        assert!(!parts.body.text().contains("GMT+7"));
        // A pen name without a family name signs the stamp as well.
        let parts = parse_text(
            "Thời sự\n\nChủ tịch nước Võ Văn Thưởng hội đàm với Tổng thống Hàn Quốc\n\n\
             Hàn Quốc muốn nâng kim ngạch thương mại song phương với Việt Nam lên 150 tỷ USD vào năm 2030, Tổng thống Yoon Suk-yeol cho biết tại cuộc hội đàm.\n\n\
             Minh Khôi - Thứ sáu, 23/6/2023 13:45 (GMT+7)\n\n\
             Sáng 23/6, Chủ tịch nước Võ Văn Thưởng chủ trì lễ đón chính thức Tổng thống Hàn Quốc Yoon Suk Yeol.",
        );
        assert_eq!(parts.published.as_deref(), Some("2023-06-23"));
        assert_eq!(parts.authors, vec!["Minh Khôi"]);
        assert!(!parts.body.text().contains("GMT+7"));
        // Under the section line, above the lead, a pen name signs the stamp.
        let parts = parse_text(
            "Kinh doanh\n\nHãng bay ký hợp đồng mua 100 máy bay Boeing\n\n\
             Ngọc Hà - Thứ tư, 27/2/2019 15:10 (GMT+7)\n\n\
             Chiều 27/2, hãng hàng không Vietjet ký hợp đồng mua 100 máy bay Boeing 737 MAX trị giá 12,7 tỷ USD.",
        );
        assert_eq!(parts.published.as_deref(), Some("2019-02-27"));
        assert_eq!(parts.authors, vec!["Ngọc Hà"]);
        assert_eq!(parts.section.as_deref(), Some("Kinh doanh"));
        // A section or a place before the stamp signs nothing.
        for line in [
            "Thế Giới - Thứ sáu, 23/6/2023 13:45 (GMT+7)",
            "Hà Nội - Thứ sáu, 23/6/2023 13:45 (GMT+7)",
        ] {
            assert_eq!(writer_stamp(line).map(|w| w.1), None, "{line}");
        }
        // A sentence with a name, a dash and a date is article text.
        assert_eq!(
            writer_stamp("Hôm qua - ngày 19/8/2024 lúc 18:30, hai bên đã ký kết nhiều văn kiện."),
            None
        );
    }

    #[test]
    fn outlet_names_in_the_head_and_the_lead() {
        assert_eq!(
            masthead("Vietnam+ (VietnamPlus)").as_deref(),
            Some("VietnamPlus")
        );
        let (outlet, rest) =
            lead_marker("TGVN. Ngày 10/3, tại Dinh Tổng thống ở thủ đô Jakarta, hai bên hội đàm.")
                .unwrap();
        assert_eq!(outlet.as_deref(), Some("Thế giới & Việt Nam"));
        assert!(rest.starts_with("Ngày 10/3"));
        // A sentence that opens with an abbreviation and a stop is no marker.
        assert_eq!(
            lead_marker("WHO. Tổ chức này cho biết số ca mắc tăng."),
            None
        );
        assert_eq!(
            footer_outlet("Nội dung.\n\nBáo Đầu tư - Cơ quan của Bộ Kế hoạch và Đầu tư"),
            Some("Báo Đầu tư".to_string())
        );
        assert_eq!(
            footer_outlet("Nội dung.\n\nThanh Niên - những người trẻ đã đến với chúng tôi."),
            None
        );
    }

    #[test]
    fn a_month_only_crawl_stamp_is_kept_as_the_date_line() {
        let parts = parse_text(
            "date 2025-04\n\nViệt Nam và Lào ký kế hoạch hợp tác quốc phòng\n\n\
             Chiều 28/3, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Việt Nam Phan Văn Giang và Bộ trưởng Bộ Quốc phòng Lào ký kế hoạch hợp tác năm 2025.",
        );
        assert_eq!(parts.published, None);
        assert_eq!(parts.dateline.as_deref(), Some("date 2025-04"));
        assert_eq!(
            parts.title.as_deref(),
            Some("Việt Nam và Lào ký kế hoạch hợp tác quốc phòng")
        );
        // A full stamp is the date line.
        let parts = parse_text(
            "date 2025-04-14\n\nViệt Nam và Lào ký kế hoạch hợp tác quốc phòng\n\n\
             Chiều 13/4, tại Hà Nội, hai Bộ trưởng ký kế hoạch hợp tác năm 2025.",
        );
        assert_eq!(parts.published.as_deref(), Some("2025-04-14"));
        assert_eq!(parts.dateline.as_deref(), Some("date 2025-04-14"));
    }

    #[test]
    fn signatures_with_the_outlet_the_source_or_the_footer_under_them() {
        assert_eq!(
            byline_names("Hồng Phúc/VOV.VN"),
            Some(vec!["Hồng Phúc".to_string()])
        );
        assert_eq!(
            byline_names("Thu Trang (Theo Reuters, Al Jazeera)"),
            Some(vec!["Thu Trang".to_string()])
        );
        // A slash before no outlet is no signature of one.
        assert_ne!(
            byline_names("Hà Nội/Hải Phòng"),
            Some(vec!["Hà Nội".to_string()])
        );
        let parts = parse_text(
            "Việt Nam - Australia nâng cấp quan hệ lên Đối tác Chiến lược toàn diện\n\n07/03/2024 15:20\n\n\
             (Chinhphu.vn) - Trưa 7/3, Thủ tướng Phạm Minh Chính và Thủ tướng Australia Anthony Albanese đã hội đàm.\n\n\
             Việt Nam và Australia thiết lập quan hệ ngoại giao ngày 26/2/1973.\n\nĐức Tuân\n\n\
             BÁO ĐIỆN TỬ CHÍNH PHỦ NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan chủ quản: Văn phòng Chính phủ",
        );
        assert_eq!(parts.authors, vec!["Đức Tuân"]);
        assert!(!parts.body.text().contains("BÁO ĐIỆN TỬ"));
        assert!(is_footer_masthead(
            "BÁO ĐIỆN TỬ CHÍNH PHỦ NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        ));
        assert!(!is_footer_masthead(
            "Báo điện tử Chính phủ đưa tin về chuyến thăm."
        ));
        assert!(!is_footer_masthead("HÀ NỘI MƯA LỚN KÉO DÀI"));
    }

    #[test]
    fn stamps_after_a_place_or_a_weekday_in_words() {
        let text = |stamp: &str| {
            format!(
                "Việt Nam và Lào ký kế hoạch hợp tác quốc phòng năm 2025\n\n{stamp}\n\n\
                 Chiều 18/8, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Việt Nam và Bộ trưởng Bộ Quốc phòng Lào đã ký kế hoạch hợp tác.\n\n\
                 Hai bên nhất trí tăng cường hợp tác."
            )
        };
        for stamp in [
            "Hà Nội, 19/08/2024 10:30",
            "Thứ Hai, ngày 19 tháng 8 năm 2024",
            "Monday, 19/08/2024 10:30 (GMT+7)",
        ] {
            let parts = parse_text(&text(stamp));
            assert_eq!(parts.published.as_deref(), Some("2024-08-19"), "{stamp}");
            assert!(parts.authors.is_empty(), "{stamp}: {:?}", parts.authors);
        }
        // A writer's name before the stamp is still the writer.
        let parts = parse_text(&text("Hoàng Bách 19/08/2024 10:30"));
        assert_eq!(parts.authors, vec!["Hoàng Bách"]);
        // A known outlet's name before the stamp is the outlet, not a writer.
        for (stamp, outlet) in [
            ("Tiền Phong - 19/08/2024 | 09:30", "Tiền Phong"),
            ("Lao Động | 19/08/2024 - 16:50", "Lao Động"),
            ("VOV.VN - 19/08/2024 18:12", "VOV"),
        ] {
            let parts = parse_text(&text(stamp));
            assert_eq!(parts.published.as_deref(), Some("2024-08-19"), "{stamp}");
            assert!(parts.authors.is_empty(), "{stamp}: {:?}", parts.authors);
            assert_eq!(parts.outlet.as_deref(), Some(outlet), "{stamp}");
        }
        // A sentence naming a place and a day is article text.
        assert_eq!(
            marked_stamp("Hà Nội, ngày 19/8/2024 đã diễn ra hội nghị lớn."),
            None
        );
    }

    #[test]
    fn footer_lines_naming_the_site_are_furniture() {
        let story = "NDO - Chiều 16-6, gần 1 triệu liều vaccine AstraZeneca do Chính phủ Nhật Bản tặng Việt Nam đã về đến sân bay quốc tế Nội Bài.\n\n\
                     Lô vaccine được vận chuyển trên chuyến bay thẳng từ sân bay Narita, Bộ trưởng Ngoại giao Bùi Thanh Sơn dự lễ tiếp nhận.\n\n\
                     Bộ trưởng Nguyễn Thanh Long cho biết toàn bộ số vaccine sẽ được phân bổ ngay cho các địa phương.";
        let text = format!(
            "Thời sự\nThứ Tư, 16-06-2021, 20:15\nLô vaccine AstraZeneca đầu tiên do Nhật Bản tặng đã về đến Việt Nam\n\n\
             {story}\n\nTHÀNH ĐẠT\n\nBáo Nhân Dân - Cơ quan Trung ương của Đảng Cộng sản Việt Nam, Tiếng nói của Đảng, Nhà nước và nhân dân Việt Nam"
        );
        let parts = parse_text(&text);
        assert_eq!(parts.authors, vec!["THÀNH ĐẠT"]);
        assert!(!parts.body.text().contains("Cơ quan Trung ương"));
        assert_eq!(parts.outlet.as_deref(), Some("Nhân Dân"));
        // An unknown paper's footer names it too; the signature above it stays one.
        let text = format!(
            "Khoa học\nBa nhà khoa học nhận Giải thưởng Chính VinFuture\n\n{}\n\n\
             Hà Nội Mới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TP Hà Nội",
            story.trim_start_matches("NDO - ")
        );
        assert_eq!(parse_text(&text).outlet.as_deref(), Some("Hà Nội Mới"));
        assert_eq!(
            footer_line(
                "Znews.vn - Giấy phép hoạt động báo điện tử: Tạp chí điện tử Tri thức trực tuyến"
            )
            .as_deref(),
            Some("Znews")
        );
        // A sentence with a dash in the text is none.
        assert_eq!(
            footer_line(
                "Việt Nam - Cơ quan đại diện tại Lào đã đón đoàn công tác của Bộ Ngoại giao"
            ),
            None
        );
        assert_eq!(
            footer_line("Hà Nội - Hải Phòng: tuyến đường sắt khổ tiêu chuẩn"),
            None
        );
    }

    #[test]
    fn related_box_read_on_and_the_copyright_under_it() {
        let story = "Sáng 11/9, tại Hà Nội, Tổng công ty Hàng không Việt Nam và tập đoàn Boeing đã ký Biên bản ghi nhớ về việc mua 50 máy bay.\n\n\
                     Theo Vietnam Airlines, các máy bay mới sẽ được đưa vào khai thác trong giai đoạn 2027-2030, chủ yếu trên đường bay nội địa.\n\n\
                     Năm 2016, hãng hàng không Vietjet từng ký hợp đồng mua 100 máy bay Boeing 737 MAX.";
        let text = format!(
            "Kinh doanh - Tài chính\n11/9/2023 16:45\nVietnam Airlines ký thỏa thuận mua 50 máy bay Boeing 737 MAX\n\n{story}\n\n\
             Hoàng Anh\n\nVietnam Airlines dự kiến nhận những chiếc 737 MAX đầu tiên từ năm 2027. Ảnh: Boeing.\n\n\
             ĐỌC TIẾP\nTổng thống Biden tới Hà Nội\nViệt Nam - Mỹ nâng cấp quan hệ lên Đối tác chiến lược toàn diện\n\n\
             © Copyright 1997- VnExpress.net, All rights reserved"
        );
        let parts = parse_text(&text);
        assert_eq!(parts.authors, vec!["Hoàng Anh"]);
        assert!(!parts.body.text().contains("Biden tới Hà Nội"));
        assert!(parts
            .body
            .related
            .contains(&"Tổng thống Biden tới Hà Nội".to_string()));
        assert!(!parts.body.related.iter().any(|r| r.contains("Copyright")));
        assert_eq!(parts.outlet.as_deref(), Some("VnExpress"));
    }

    #[test]
    fn breadcrumbs_a_crumb_a_line_or_under_the_site_name() {
        let tail = "Chủ tịch Quốc hội Vương Đình Huệ hội đàm với Chủ tịch Nhân đại Trung Quốc\n\n\
                    Chiều 8/4, tại Đại lễ đường Nhân dân ở thủ đô Bắc Kinh, ông Triệu Lạc Tế chủ trì lễ đón và hội đàm với Chủ tịch Quốc hội Vương Đình Huệ.\n\n\
                    Hai bên nhất trí đưa hợp tác lập pháp đi vào chiều sâu.";
        let parts = parse_text(&format!(
            "Thời sự\nChính trị\nThứ hai, 8/4/2024, 18:40 (GMT+7)\n{tail}"
        ));
        assert_eq!(parts.section.as_deref(), Some("Thời sự > Chính trị"));
        // Three in a row are a menu.
        let parts = parse_text(&format!(
            "Thời sự\nThế giới\nKinh tế\nThứ hai, 8/4/2024, 18:40 (GMT+7)\n{tail}"
        ));
        assert_eq!(parts.section, None);
        assert_eq!(
            section_line("Quân đội nhân dân > Thời sự > Chính trị").as_deref(),
            Some("Thời sự > Chính trị")
        );
        // The site's name alone is no section line.
        assert_eq!(section_line("Quân đội nhân dân"), None);
    }

    #[test]
    fn signatures_with_the_bureau_they_write_from() {
        assert_eq!(
            byline_names("Thu Hằng/VOV-Tokyo"),
            Some(vec!["Thu Hằng".to_string()])
        );
        assert_eq!(
            byline_names("Hà Trang/VOV.VN"),
            Some(vec!["Hà Trang".to_string()])
        );
        // A slash between two names is no bureau.
        assert_ne!(
            byline_names("Thu Hằng/Minh Anh-Tokyo"),
            Some(vec!["Thu Hằng".to_string()])
        );
    }

    #[test]
    fn the_site_name_under_the_story_is_no_text() {
        let story = "Sáng 8/1, tại Hà Nội, hai Thủ tướng Việt Nam và Lào đã đồng chủ trì Kỳ họp lần thứ 44 Ủy ban liên Chính phủ.\n\n\
                     Hai Thủ tướng nhất trí các định hướng hợp tác năm 2022, tăng cường kết nối hai nền kinh tế.\n\n\
                     Trong chuyến thăm, Thủ tướng Phankham Viphavanh cũng đã chào Tổng Bí thư Nguyễn Phú Trọng.";
        let head =
            "Hai Thủ tướng Việt Nam - Lào đồng chủ trì Kỳ họp lần thứ 44\n\n10/01/2022 12:15\n\n";
        for (footer, outlet) in [
            ("Cổng Thông tin điện tử Chính phủ", "Báo Chính phủ"),
            ("VietNamNet\nTin liên quan:\nJensen Huang ăn phở, uống bia hơi ở phố cổ Hà Nội", "Vietnamnet"),
            ("Nhân Dân điện tử", "Nhân Dân"),
            (
                "Xem thêm:\nThủ tướng Ấn Độ Narendra Modi đến Hà Nội\n\nBáo tiếng Việt nhiều người xem nhất\n\
                 Thuộc Bộ Khoa học và Công nghệ",
                "VnExpress",
            ),
            (
                "Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng - Tiếng nói của lực lượng vũ trang và nhân dân Việt Nam",
                "",
            ),
        ] {
            let parts = parse_text(&format!("{head}{story}\n\nHà Văn\n\n{footer}"));
            assert_eq!(parts.authors, vec!["Hà Văn"], "{footer}");
            assert!(parts.body.text().ends_with("Nguyễn Phú Trọng."), "{footer}");
            assert_eq!(parts.outlet.as_deref().unwrap_or(""), outlet, "{footer}");
        }
        // A related link without a heading between the signature and the site's name.
        let parts = parse_text(&format!(
            "{head}{story}\n\nMinh Hoàng\n\nVụ 39 người Việt chết trong container: Khởi tố thêm 2 đối tượng\n\n\
             Báo Công an Nhân dân điện tử"
        ));
        assert_eq!(parts.authors, vec!["Minh Hoàng"]);
        assert_eq!(parts.outlet.as_deref(), Some("Công an nhân dân"));
        assert!(parts.body.text().ends_with("Nguyễn Phú Trọng."));
        // A sentence of the story naming an outlet stays.
        assert_eq!(outlet_line("Báo Nhân Dân đưa tin về sự kiện này."), None);
        assert_eq!(outlet_line("Nhân dân cả nước"), None);
        assert!(!is_footer_slogan(
            "Cơ quan chức năng đang điều tra - Công an tỉnh cho biết"
        ));
    }

    #[test]
    fn an_agency_note_signing_for_a_site_names_the_outlet() {
        // heldout43/003: VietnamPlus signs "(TTXVN/Vietnam+)" under the story.
        let text = "Kinh tế\n\nHiệp định EVFTA chính thức có hiệu lực từ hôm nay\n\n01/08/2020 07:15 GMT+7\n\n\
            Từ ngày 1/8, Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EVFTA) chính thức có hiệu lực, mở ra cơ hội lớn cho hàng hóa Việt Nam.\n\n\
            Năm 2019, thương mại hai chiều Việt Nam - EU đạt 56,45 tỷ USD, trong đó xuất khẩu của Việt Nam đạt 41,5 tỷ USD.\n\n\
            (TTXVN/Vietnam+)\n\nXem thêm:\nDoanh nghiệp dệt may kỳ vọng đơn hàng châu Âu";
        let parts = parse_text(text);
        assert_eq!(parts.outlet.as_deref(), Some("VietnamPlus"));
        assert!(parts.authors.is_empty());
        assert!(parts.body.text().ends_with("41,5 tỷ USD."));
        // A bracketed note that names no outlet after its slash stays as it was.
        let other = text.replace(
            "(TTXVN/Vietnam+)",
            "(Nguồn: Bộ Công Thương/Cục Xuất nhập khẩu)",
        );
        assert_eq!(parse_text(&other).outlet, None);
    }

    #[test]
    fn a_masthead_over_the_section_line_names_the_outlet() {
        // heldout34/006: "Nhân Dân điện tử", then the section, no blank line.
        let text = "Nhân Dân điện tử\nThế giới  |  Châu Âu\n\n\
            Nga và Ukraine ký văn kiện về xuất khẩu ngũ cốc qua Biển Đen\n\nThứ Bảy, 23-07-2022, 05:40\n\n\
            Chiều 22/7, tại Istanbul (Thổ Nhĩ Kỳ), Nga và Ukraine đã ký riêng rẽ các văn kiện với Thổ Nhĩ Kỳ và Liên hợp quốc.\n\n\
            Ngay sau lễ ký, Nhà Trắng hoan nghênh thỏa thuận.\n\nTHANH HÀ";
        let parts = parse_text(text);
        assert_eq!(parts.outlet.as_deref(), Some("Nhân Dân"));
        assert_eq!(
            parts.title.as_deref(),
            Some("Nga và Ukraine ký văn kiện về xuất khẩu ngũ cốc qua Biển Đen")
        );
        // A first line that is a name-shaped headline with more under it is no masthead.
        let other = text.replace("Nhân Dân điện tử\n", "Nhân dân Ukraine\n");
        assert_eq!(parse_text(&other).outlet, None);
    }

    #[test]
    fn a_copyright_notice_at_the_foot_names_the_site() {
        // heldout32/001: VnExpress's export ends with its notice.
        let text = "Thời sự › Chính trị\nThứ Hai, 23/5/2016, 14:20 (GMT+7)\n\
            Mỹ dỡ bỏ hoàn toàn lệnh cấm vận vũ khí sát thương với Việt Nam\n\
            Tổng thống Barack Obama tuyên bố Mỹ dỡ bỏ hoàn toàn lệnh cấm bán vũ khí sát thương cho Việt Nam, sau cuộc hội đàm sáng nay tại Hà Nội.\n\n\
            Hai nhà lãnh đạo cũng chứng kiến lễ ký nhiều văn kiện hợp tác giữa hai nước.\nViết Tuân\n\n\
            Xem thêm:\nObama ăn bún chả ở phố Lê Văn Hưu\nÝ kiến bạn đọc (128)\n\
            © Copyright 1997 VnExpress.net, All rights reserved. Báo tiếng Việt nhiều người xem nhất";
        assert_eq!(parse_text(text).outlet.as_deref(), Some("VnExpress"));
        // A notice naming no site the table knows names none.
        let other = text.replace("VnExpress.net", "Công ty ABC");
        assert_eq!(parse_text(&other).outlet, None);
    }

    #[test]
    fn a_dotted_marker_opens_a_lead_without_a_dash() {
        // heldout43/015: "TGVN. Trong khuôn khổ ..." with no dash in the lead's head.
        let text = "Kinh tế đối ngoại\n\nPV GAS ký bản ghi nhớ về dự án Alaska LNG tại Oasinhtơn\n\n26/03/2025 | 10:05\n\n\
            TGVN. Trong khuôn khổ chuyến công tác tại Hoa Kỳ của đoàn Bộ Công Thương, ngày 24/3 (giờ địa phương), Tổng công ty Khí Việt Nam (PV GAS) đã ký Bản ghi nhớ.\n\n\
            Lễ ký diễn ra tại Oasinhtơn dưới sự chứng kiến của Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên.";
        let parts = parse_text(text);
        assert_eq!(parts.outlet.as_deref(), Some("Thế giới & Việt Nam"));
        // Capitals before a full stop that no outlet owns are words of the text.
        let other = text.replace("TGVN. Trong", "WTO. Trong");
        assert_eq!(parse_text(&other).outlet, None);
        assert!(parse_text(&other).body.text().starts_with("WTO. Trong"));
    }

    #[test]
    fn the_paper_a_signature_writes_for() {
        assert_eq!(signed_for("Thu Hằng/VOV-Tokyo").as_deref(), Some("VOV"));
        assert_eq!(
            signed_for("Hồng Nhung/VOV-Trung tâm Tin").as_deref(),
            Some("VOV")
        );
        assert_eq!(
            byline_names("Hồng Nhung/VOV-Trung tâm Tin"),
            Some(vec!["Hồng Nhung".to_string()])
        );
        assert_eq!(signed_for("Vinh Quang/VOV-TP.HCM").as_deref(), Some("VOV"));
        assert_eq!(signed_for("Hồng Nhung/VOV-theo đó, ông nói"), None);
        assert_eq!(signed_for("Hà Trang/VOV.VN").as_deref(), Some("VOV"));
        assert_eq!(
            signed_for("Đức Duy (TTXVN/Vietnam+)").as_deref(),
            Some("VietnamPlus")
        );
        assert_eq!(signed_for("TTXVN/Tin Tức").as_deref(), Some("Báo Tin tức"));
        assert_eq!(
            byline_names("TTXVN/Tin Tức"),
            Some(vec!["TTXVN".to_string()])
        );
        // Glued after the last sentence, it signs and leaves the text.
        let parts = parse_text(
            "Hàn Quốc, Nhật Bản và Mỹ tập trận\n\n\
             Cuộc diễn tập dự kiến sẽ kết thúc vào ngày 15/3, theo thông báo của Bộ Quốc phòng Hàn Quốc.\n\n\
             Hàn Quốc, Nhật Bản và Mỹ đã tổ chức cuộc diễn tập này 3 lần trong năm 2016. TTXVN/Tin Tức",
        );
        assert_eq!(parts.authors, vec!["TTXVN"]);
        assert_eq!(parts.outlet.as_deref(), Some("Báo Tin tức"));
        assert!(parts.body.text().ends_with("trong năm 2016."));
        // A reprint names its source, not the page's paper.
        assert_eq!(signed_for("Theo Hoài Thương/Tuổi Trẻ"), None);
        assert_eq!(signed_for("Theo Kim Kim/VNE"), None);
        // Glued sources and headings at the end leave the text.
        let text = |tail: &str| {
            format!(
                "Tổng thống Trump bị chỉ trích\n\n\
                 Hiện đại diện của Tổng thống Trump chưa đưa ra bình luận về thông tin này, theo hãng tin Reuters.\n\n\
                 Một số chuyên gia cho rằng tranh cãi về sắc lệnh sẽ được chuyển lên Tòa án tối cao. {tail}"
            )
        };
        for (tail, authors) in [
            ("Dân trí", vec![]),
            ("(Theo Dân trí)", vec!["Dân trí"]),
            ("Theo Trí thức trẻ", vec!["Trí thức trẻ"]),
            ("Xem thêm:", vec![]),
        ] {
            let parts = parse_text(&text(tail));
            assert!(
                parts.body.text().ends_with("Tòa án tối cao."),
                "{tail}: {:?}",
                parts.body
            );
            assert_eq!(parts.authors, authors, "{tail}");
            assert_eq!(parts.outlet, None, "{tail}");
        }
        // A sentence ending in a paper's name keeps it.
        let parts = parse_text(&text("Thông tin này được đăng trên báo Dân trí"));
        assert!(parts.body.text().ends_with("báo Dân trí"));
        // A cited source or a bare agency names no paper of the writer's.
        assert_eq!(signed_for("Đức Duy (TTXVN)"), None);
        assert_eq!(signed_for("Thu Trang (Theo Reuters, Al Jazeera)"), None);
        assert_eq!(signed_for("Minh Anh"), None);
        let parts = parse_text(
            "Chính thức áp thuế chống bán phá giá tạm thời thép cán nóng Trung Quốc\n\nNgày 07/03/2025 10:25 GMT+7\n\n\
             Bộ Công Thương đã ban hành quyết định áp thuế chống bán phá giá tạm thời đối với thép cán nóng Trung Quốc.\n\n\
             Ông Chu Thắng Trung, Phó Cục trưởng Cục Phòng vệ thương mại, cho biết Bộ sẽ tiếp tục điều tra.\n\n\
             Năm 2024, Việt Nam nhập khẩu gần 15 triệu tấn thép các loại, trong đó riêng thép cán nóng khoảng 11 triệu tấn.\n\n\
             Đức Duy (TTXVN/Vietnam+)",
        );
        assert_eq!(parts.authors, vec!["Đức Duy"]);
        assert_eq!(parts.outlet.as_deref(), Some("VietnamPlus"));
    }

    /// The cheap tests in front of the date regexes miss nothing they take:
    /// under Unicode case folding the letters of "date" have no non-ASCII
    /// forms, nor those of "tháng" beyond Á.
    #[test]
    fn cheap_date_tests_are_exact_under_case_folding() {
        let date = Regex::new(r"(?i)^[date]$").unwrap();
        let thang = Regex::new(r"(?i)^[tháng]$").unwrap();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            if date.is_match(&s) {
                assert!(c.is_ascii(), "{c:?}");
            }
            if thang.is_match(&s) {
                assert!(c.is_ascii() || c == 'á' || c == 'Á', "{c:?}");
                assert!(
                    s.to_lowercase().chars().all(|l| "tháng".contains(l)),
                    "{c:?}"
                );
            }
        }
        assert!(opens_with_date("DATE: 2025-10-11"));
        assert!(!opens_with_date("Đà"));
        assert!(!opens_with_date("dat"));
        assert_eq!(
            header_date("DATE: 2025-10-11 Đăng nhập").as_deref(),
            Some("2025-10-11")
        );
        assert_eq!(
            header_date("NGÀY 6 THÁNG 8 NĂM 2020").as_deref(),
            Some("2020-08-06")
        );
        assert_eq!(
            header_date("Ngày 6 tháng 8 năm 2020").as_deref(),
            Some("2020-08-06")
        );
        assert_eq!(
            header_date("December 01, 2020").as_deref(),
            Some("2020-12-01")
        );
        assert_eq!(header_date("Cập nhật lúc 17:04"), None);
        assert_eq!(header_date("Tháng Tám trên cao nguyên"), None);
    }

    /// Both byline shapes need a clock and a slash date; a line without
    /// either skips the regexes.
    #[test]
    fn byline_stamp_needs_clock_and_slash() {
        assert_eq!(
            byline_stamp("Hoàng Bách 08/05/2024 16:22"),
            Some(("2024-05-08".to_string(), "Hoàng Bách".to_string()))
        );
        assert_eq!(
            byline_stamp("Bảo Minh 17:30 | 02/10/2025"),
            Some(("2025-10-02".to_string(), "Bảo Minh".to_string()))
        );
        assert_eq!(byline_stamp("Hoàng Bách 08-05-2024 16.22"), None);
        assert_eq!(byline_stamp("Hoàng Bách"), None);
    }

    /// A lead marker in brackets, or bare before a dash; a lead with neither
    /// keeps its text.
    #[test]
    fn lead_marker_bracket_and_bare() {
        assert_eq!(
            lead_marker("(Dân trí) - Sáng nay, Hà Nội mưa to.").map(|(_, rest)| rest),
            Some("Sáng nay, Hà Nội mưa to.")
        );
        assert_eq!(lead_marker("Sáng nay (18/5), Hà Nội mưa to."), None);
    }
}
