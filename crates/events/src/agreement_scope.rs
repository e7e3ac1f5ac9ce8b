//! Whether a signed document is the news's own signing, and where its
//! record ends (`data/events/agreement_scope.tsv`; session 22, issue 4).
//!
//! On real news most documents read as signed were not signed in the news:
//! past contracts cited in court, crime and discipline stories ("Bản thỏa
//! thuận … mà X và Y ký, LS Hùng cho rằng …", "trong quá trình Công ty A ký
//! hợp đồng …"), signings told with a past year or time ("Năm 2013, A và B
//! cũng đã ký …", "Tháng 4 năm ngoái, …"), anniversaries ("40 năm Ngày ký
//! Hiệp ước …"). [`mark_background`] leaves them out the way a document
//! remembered is left out (`Found::history`: no record, and its title codes
//! no happening). [`tidy`] then drops from the records the persons who only
//! watched or attended a signing ("chứng kiến lễ ký", "tham dự lễ ký kết") or
//! told it ("Ông Kha cho hay, bệnh viện ký …"), and ends a title that runs
//! on into a clause ("… và cho đây là cơ sở pháp lý …").

use crate::agreements::words::*;
use crate::agreements::{Found, Signing};
use std::collections::HashSet;
use std::sync::LazyLock;
use thoisu_core::{
    Agreement, AgreementKind, DateMention, Entity, EntityKind, Party, Sentence, Span,
};

const SCOPE: &str = include_str!("../../../data/events/agreement_scope.tsv");

/// The rows of `agreement_scope.tsv`: word phrases as " w1 w2 " (lower
/// case, normalised), title ends as written.
struct Scope {
    past: Vec<String>,
    day: Vec<String>,
    day_number: Vec<String>,
    embed: Vec<String>,
    anniversary: Vec<String>,
    court: Vec<String>,
    court_words: usize,
    witness: Vec<String>,
    witness_after: Vec<String>,
    speaker: Vec<String>,
    title_end: Vec<String>,
    retold: HashSet<String>,
    partners: Vec<String>,
}

static ROWS: LazyLock<Scope> = LazyLock::new(|| parse(SCOPE));

fn parse(file: &str) -> Scope {
    let mut scope = Scope {
        past: Vec::new(),
        day: Vec::new(),
        day_number: Vec::new(),
        embed: Vec::new(),
        anniversary: Vec::new(),
        court: Vec::new(),
        court_words: usize::MAX,
        witness: Vec::new(),
        witness_after: Vec::new(),
        speaker: Vec::new(),
        title_end: Vec::new(),
        retold: HashSet::new(),
        partners: Vec::new(),
    };
    for line in file.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (cue, phrase) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("agreement_scope.tsv: bad row {line:?}"));
        let words = words(phrase);
        match cue {
            "past" => scope.past.push(words),
            "day" => scope.day.push(words),
            "day_number" => scope.day_number.push(words),
            "embed" => scope.embed.push(words),
            "anniversary" => scope.anniversary.push(words),
            "court" => scope.court.push(words),
            "court_words" => {
                scope.court_words = phrase
                    .trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("agreement_scope.tsv: bad count {line:?}"))
            }
            "witness" => scope.witness.push(words),
            "witness_after" => scope.witness_after.push(words),
            "speaker" => scope.speaker.push(words),
            "title_end" => scope
                .title_end
                .push(thoisu_normalise::normalise(phrase).to_string()),
            "retold" => {
                scope.retold.insert(words.trim().to_string());
            }
            "partners" => scope.partners.push(words),
            _ => panic!("agreement_scope.tsv: bad cue {line:?}"),
        }
    }
    scope
}

/// `s` as its words, lower case, normalised, one space between and around
/// them (" năm 2013 hai bên "): punctuation splits words, but "/" and
/// digits stay ("10/2016"), so a phrase is found as whole words.
fn words(s: &str) -> String {
    let lower = thoisu_normalise::normalise(s).to_lowercase();
    let mut out = String::from(" ");
    for c in lower.chars() {
        if c.is_alphanumeric() || c == '/' {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

fn holds(words: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| words.contains(p.as_str()))
}

/// The years told in `lead` (as words): after "năm" ("Năm 2013", "năm
/// 2013-2014", "Trong 2 năm 2012-2013") or as a month's ("tháng 10/2016"),
/// each with whether it is told as a span that may hold the news ("trong
/// năm 2025", "tháng 10/2016") rather than a time of its own ("Năm 2013,").
fn years_told(lead: &str) -> Vec<(i64, bool)> {
    let year = |w: &str| {
        (w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse::<i64>().ok())
        .flatten()
    };
    let ws: Vec<&str> = lead.split_whitespace().collect();
    ws.iter()
        .enumerate()
        .filter(|&(i, _)| i > 0)
        .filter_map(|(i, w)| match ws[i - 1] {
            YEAR => year(w).map(|y| (y, i > 1 && ws[i - 2] == IN)),
            MONTH => w
                .split_once('/')
                .filter(|(m, _)| !m.is_empty() && m.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|(_, y)| year(y))
                .map(|y| (y, true)),
            _ => None,
        })
        .collect()
}

/// The latest year the article's dates fall in: the news's year, where it
/// has dates.
fn news_year(dates: &[DateMention]) -> Option<i64> {
    dates
        .iter()
        .filter_map(|d| d.value.end.get(..4)?.parse::<i64>().ok())
        .max()
}

/// Is a day told in `lead` (as words): a `day_number` word followed by a
/// number ("Ngày 6/2", "chiều 10/9")?
fn day_told(lead: &str) -> bool {
    ROWS.day_number.iter().any(|w| {
        lead.match_indices(w.as_str()).any(|(at, _)| {
            lead[at + w.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
    })
}

/// The lead of a document at `doc` in sentence `sentence`: from the
/// sentence's start, or its last ";" or ":" before the verb, to the end of
/// the first signing verb before the document, else of the first after it,
/// else to the document.
fn lead<'t>(text: &'t str, sentence: Span, signing: &[Signing], si: usize, doc: usize) -> &'t str {
    // A document told before its verb ("Bản thỏa thuận … mà X và Y ký"):
    // to the end of the verb after it.
    let verbs = || signing.iter().filter(|s| s.sentence == si);
    let end = verbs()
        .filter(|s| s.trigger_end <= doc)
        .map(|s| s.trigger_end)
        .min()
        .or_else(|| verbs().map(|s| s.trigger_end).filter(|&e| e > doc).min())
        .unwrap_or(doc)
        .clamp(sentence.start, sentence.end);
    let Some(before) = text.get(sentence.start..end) else {
        return "";
    };
    let from = before.rfind([';', ':']).map_or(0, |i| i + 1);
    &before[from..]
}

/// Kinds of document a court or crime story cites as evidence.
fn evidence_kind(kind: AgreementKind) -> bool {
    matches!(
        kind,
        AgreementKind::Contract | AgreementKind::Agreement | AgreementKind::Other
    )
}

/// Does the article read as a court, crime or discipline story (at least
/// `court_words` different `court` words)?
fn court_story(text: &str) -> bool {
    let all = words(text);
    ROWS.court
        .iter()
        .filter(|w| all.contains(w.as_str()))
        .count()
        >= ROWS.court_words
}

/// Why the document of `found` was not signed in the news, if so.
fn background(
    text: &str,
    sentence: Span,
    signing: &[Signing],
    news: Option<i64>,
    found: &Found,
) -> Option<&'static str> {
    let a = &found.agreement;
    let lead = words(lead(
        text,
        sentence,
        signing,
        a.sentence as usize,
        a.span.start,
    ));
    // "… 40 năm Ngày ký Hiệp ước …": right before the document, whatever
    // verb the sentence opened with.
    let before = text
        .get(sentence.start..a.span.start.clamp(sentence.start, sentence.end))
        .map(words)
        .unwrap_or_default();
    if ROWS
        .anniversary
        .iter()
        .any(|p| before.ends_with(p.as_str()))
    {
        return Some("anniversary");
    }
    let title = words(&a.title);
    let second = title.split_whitespace().nth(1).unwrap_or("");
    let third = title.split_whitespace().nth(2).unwrap_or("");
    if !title.contains(BETWEEN_SP) && (ROWS.retold.contains(second) || ROWS.retold.contains(third))
    {
        return Some("retold");
    }
    if holds(&title, &ROWS.partners) {
        return Some("partners");
    }
    if holds(&lead, &ROWS.day) || day_told(&lead) {
        return None;
    }
    // A year of its own ("Năm 2013, …"), or a span before the news's year
    // ("Trong năm 2025" in news of 2025 is no past; where the article has
    // no dates, any year is).
    let past_year = years_told(&lead)
        .into_iter()
        .any(|(y, span)| !span || news.is_none_or(|news| y < news));
    if holds(&lead, &ROWS.past) || past_year {
        return Some("past");
    }
    if holds(&lead, &ROWS.embed) {
        return Some("embed");
    }
    None
}

/// Marks as remembered (no record) each document of `found` not signed in
/// the news: told in the past, inside a noun phrase, as an anniversary, told
/// again, or cited as evidence in a court or crime story.
pub(crate) fn mark_background(
    text: &str,
    sentences: &[Sentence],
    signing: &[Signing],
    dates: &[DateMention],
    found: &mut [Found],
) {
    let news = news_year(dates);
    let mut court: Option<bool> = None;
    for f in found.iter_mut().filter(|f| !f.history) {
        let Some(sentence) = sentences.get(f.agreement.sentence as usize) else {
            continue;
        };
        let why = background(text, sentence.span, signing, news, f).or_else(|| {
            (evidence_kind(f.agreement.kind) && *court.get_or_insert_with(|| court_story(text)))
                .then_some("court")
        });
        if why.is_some() {
            f.history = true;
        }
    }
}

/// The persons of `entities` with a mention in `part` of the text.
fn persons_in(part: Span, entities: &[Entity]) -> Vec<&Entity> {
    entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .filter(|e| e.mentions.iter().any(|m| part.contains(m.span)))
        .collect()
}

/// Is `name` written in `sentence` after `from`?
fn said_after(text: &str, sentence: Span, from: usize, name: &str) -> bool {
    text.get(from..sentence.end)
        .is_some_and(|rest| rest.contains(name))
}

/// Is `party` named `e` (by its name or a mention as written)?
fn names(party: &str, e: &Entity) -> bool {
    party == e.name || e.mentions.iter().any(|m| m.text == party)
}

/// Where in `sentence` each of `phrases` (as words) ends: byte offsets
/// into the text, in order.
fn cue_ends(text: &str, sentence: Span, phrases: &[String]) -> Vec<usize> {
    let Some(within) = text.get(sentence.start..sentence.end) else {
        return Vec::new();
    };
    // Each word's end: is a phrase ending there?
    let mut ends = Vec::new();
    for (i, c) in within.char_indices() {
        let end = i + c.len_utf8();
        let next_is_letter = within[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if c.is_alphanumeric() && !next_is_letter {
            let so_far = words(&within[..end]);
            if phrases.iter().any(|p| so_far.ends_with(p.as_str())) {
                ends.push(sentence.start + end);
            }
        }
    }
    ends
}

/// Where in `sentence`, before `doc`, the last of `phrases` ends.
fn last_cue(text: &str, sentence: Span, doc: usize, phrases: &[String]) -> Option<usize> {
    cue_ends(text, sentence, phrases)
        .into_iter()
        .rfind(|&end| end <= doc)
}

/// The clause after `from` in `sentence`: to the next comma, semicolon or
/// the sentence's end.
fn clause_after(text: &str, sentence: Span, from: usize) -> Span {
    let rest = text.get(from..sentence.end).unwrap_or("");
    Span::new(from, from + rest.find([',', ';']).unwrap_or(rest.len()))
}

/// Drops from each record the persons who watched, attended or told its
/// signing, and ends a title that runs on into a clause of its own.
pub(crate) fn tidy(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    agreements: &mut Vec<Agreement>,
) {
    for a in agreements.iter_mut() {
        let Some(sentence) = sentences.get(a.sentence as usize).map(|s| s.span) else {
            continue;
        };
        // "A và B chứng kiến lễ ký …": the persons before the witness word
        // are no parties, where two parties remain.
        if let Some(cue) = last_cue(text, sentence, a.span.start, &ROWS.witness) {
            let watched = persons_in(Span::new(sentence.start, cue), entities);
            let kept: Vec<_> = a
                .parties
                .iter()
                .filter(|p| !watched.iter().any(|e| names(&p.name, e)))
                .cloned()
                .collect();
            if kept.len() >= 2 {
                a.parties = kept;
            }
        }
        // "… dưới sự chủ trì của Thủ tướng A": the persons of that clause
        // watched, wherever it stands.
        for cue in cue_ends(text, sentence, &ROWS.witness_after) {
            let watched = persons_in(clause_after(text, sentence, cue), entities);
            a.parties
                .retain(|p| !watched.iter().any(|e| names(&p.name, e)));
        }
        // "Ông Kha cho hay, bệnh viện ký …": the speaker signs nothing, nor
        // does the country given the record for him alone (not named in
        // the sentence).
        if let Some(cue) = last_cue(text, sentence, a.span.start, &ROWS.speaker) {
            let told = persons_in(Span::new(sentence.start, cue), entities);
            let said = text.get(sentence.start..sentence.end).unwrap_or("");
            let for_speaker = |p: &Party| {
                !said.contains(p.name.as_str())
                    && told
                        .iter()
                        .any(|e| e.country.is_some() && e.country == p.country)
            };
            a.parties
                .retain(|p| !told.iter().any(|e| names(&p.name, e)) && !for_speaker(p));
            // "Bộ Ngoại giao A và Bộ Ngoại giao B ra tuyên bố chung cho
            // biết đại diện C và D đã ký …": bodies that tell of a signing
            // whose two signers are named after the telling sign nothing.
            let tellers: Vec<&Entity> = entities
                .iter()
                .filter(|e| {
                    e.mentions
                        .iter()
                        .any(|m| Span::new(sentence.start, cue).contains(m.span))
                })
                .collect();
            let kept: Vec<Party> = a
                .parties
                .iter()
                .filter(|p| !tellers.iter().any(|e| names(&p.name, e)))
                .cloned()
                .collect();
            let signers_after = kept
                .iter()
                .filter(|p| said_after(text, sentence, cue, &p.name))
                .count();
            if kept.len() < a.parties.len() && signers_after >= 2 {
                a.parties = kept;
            }
        }
        cut_title(text, a);
    }
    agreements.retain(|a| a.parties.len() >= 2);
}

/// Ends `a`'s title (and span) before the first `title_end` phrase in it.
fn cut_title(text: &str, a: &mut Agreement) {
    let Some(written) = text.get(a.span.start..a.span.end) else {
        return;
    };
    let first = |s: &str| {
        ROWS.title_end
            .iter()
            .filter_map(|p| s.find(p.as_str()))
            .min()
    };
    let (Some(in_title), Some(in_text)) = (first(&a.title), first(written)) else {
        return;
    };
    let title = a.title[..in_title].trim_end();
    let kept = written[..in_text].trim_end();
    if title.is_empty() || kept.is_empty() {
        return;
    }
    a.title = title.to_string();
    a.span.end = a.span.start + kept.len();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_numbers_and_months() {
        assert_eq!(words("Vào tháng 10/2016, A"), " vào tháng 10/2016 a ");
        assert_eq!(
            years_told(&words("Trong 2 năm 2012-2013, ông P còn ký")),
            [(2012, false)]
        );
        assert_eq!(
            years_told(&words("Vào tháng 10/2016, tại hội nghị")),
            [(2016, true)]
        );
        assert_eq!(
            years_told(&words("Trong năm 2016, M đã kí")),
            [(2016, true)]
        );
        assert!(years_told(&words("Năm doanh nghiệp viễn thông di động")).is_empty());
        assert!(years_told(&words("giai đoạn 2024 - 2030")).is_empty());
        assert!(day_told(&words("Trước đó, chiều 10/9, hai bên đã ra")));
        assert!(!day_told(&words("nằm viện lâu ngày, từ nhiều năm nay")));
    }

    #[test]
    fn every_row_is_read() {
        assert!(!ROWS.past.is_empty() && !ROWS.court.is_empty());
        assert!(ROWS.court_words >= 2 && ROWS.court_words < 10);
        assert!(ROWS.title_end.iter().all(|t| t.starts_with(' ')));
    }
}
