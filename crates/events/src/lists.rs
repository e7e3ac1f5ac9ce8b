//! Lists of names ("A, B và C") read as runs of doers or partners.

use super::*;

/// The names joined to `head`'s mention by commas and "và" with at most a
/// title between them, in order, and the last mention of the run (the head
/// itself when nothing is joined). A title chain ("Tổng thống Hàn Quốc Lee
/// Jae Myung") goes on within one country; other punctuation or a longer
/// gap ends the run, and so does an item followed by a verb of its own.
pub(crate) fn list_run<'a>(
    head: &Side,
    mentions: &[&'a SentenceActor],
    st: &SyllableText,
    text: &str,
    verb_starts: &[usize],
) -> (Vec<&'a SentenceActor>, Option<&'a SentenceActor>) {
    let Some(entity) = head.entity else {
        return (Vec::new(), None);
    };
    let Some(start) = mentions.iter().position(|a| a.entity == entity) else {
        return (Vec::new(), None);
    };
    let mut out = Vec::new();
    let mut prev = mentions[start];
    for &next in &mentions[start + 1..] {
        let Some(joined) = list_link(prev, next, text) else {
            break;
        };
        if !joined && next.country != prev.country {
            break;
        }
        if joined && !ends_item(next, mentions, st, verb_starts) {
            break; // "Venezuela gặp Mỹ, Bồ Đào Nha gặp Uruguay": a new clause
        }
        prev = next;
        if joined {
            out.push(next);
        }
    }
    (out, Some(prev))
}

/// How many words a title between two listed names may have ("Cộng hòa
/// Hồi giáo", "Cộng hòa Dân chủ Nhân dân").
pub(crate) const MAX_TITLE: usize = 6;

/// How the text between two mentions links them in a list: `Some(true)`
/// joined by a comma or "và", `Some(false)` one title chain going on, `None`
/// no list (other punctuation, a longer gap). One item the recogniser did
/// not know may stand between ("…, Cộng hòa Thống nhất Tanazania, …"): each
/// comma-separated piece is title-long at most.
pub(crate) fn list_link(prev: &SentenceActor, next: &SentenceActor, text: &str) -> Option<bool> {
    const MAX_PIECES: usize = 3;
    const MAX_FULL_NAME: usize = 12;
    let gap = text.get(prev.span.end..next.span.start)?;
    // "…, Các Tiểu vương quốc Arab thống nhất (UAE), Bahrain và Ai Cập": the
    // bracket that closes a short name goes with it, the list goes on. Not
    // a list of things each with its country in brackets ("Marsh (Mỹ),
    // OPTrust (Canada)"): those countries are no list of names.
    let bracketed = |m: &SentenceActor| {
        text.get(..m.span.start)
            .is_some_and(|b| b.trim_end().ends_with('('))
    };
    let gap = match gap.strip_prefix(')') {
        Some(rest) if bracketed(prev) && !bracketed(next) => rest,
        _ => gap,
    };
    // "Các Tiểu Vương quốc Arập Thống nhất (UAE), Bahrain, Ai Cập": a name
    // the recogniser knows and its short name in brackets are one item.
    if gap.trim() == "(" && prev.entity == next.entity {
        return Some(false);
    }
    // "Qatar và Tổng thống Các Tiểu vương quốc Ả-rập thống nhất (UAE)": the
    // next item's full name, unknown to the recogniser, stands before its
    // short name in brackets; the link is what comes before that name.
    if let Some(open) = gap.trim_end().strip_suffix('(') {
        let cut = open
            .rfind(',')
            .into_iter()
            .chain(open.rfind(AND_SP))
            .max()?;
        let name = open[cut..]
            .trim_start_matches(',')
            .trim_start()
            .trim_start_matches(AND_KEY);
        let link = &open[..cut];
        let named = name.split_whitespace().count() <= MAX_FULL_NAME
            && name.chars().next().is_some_and(char::is_uppercase)
            && !name.contains([',', ';', '.', '(', ')']);
        if named && link.trim().is_empty() {
            return Some(true);
        }
        return None;
    }
    let plain = gap
        .chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || c == ',');
    let pieces: Vec<&str> = gap.split(',').collect();
    // the "và" that links the next item and the "(của) các nước" that opens
    // a list of countries are no words of a title ("…, Chile và Đại sứ kiêm
    // nhiệm của các nước Latvia, …")
    let short = pieces.iter().all(|p| {
        let p = p.trim();
        let p = p.strip_prefix(AND_KEY).unwrap_or(p);
        let p = COUNTRIES_LIST
            .iter()
            .find_map(|w| p.strip_suffix(w))
            .unwrap_or(p);
        p.split_whitespace().count() <= MAX_TITLE
    });
    // A piece between two commas is an unknown name, capitalised: not
    // "…, đồng thời, …".
    let inner_named = pieces.len() < 3
        || pieces[1..pieces.len() - 1].iter().all(|p| {
            p.trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        });
    // "Tổng thống Nga Putin tại Budapest, Hungary": a place the act was
    // at ends the list; the country after it is that place's, no partner.
    let padded = format!(" {} ", gap.trim().to_lowercase());
    let locative = LOCATIVE_PADDED.iter().any(|w| padded.contains(w));
    if !plain || !short || !inner_named || locative || pieces.len() > MAX_PIECES {
        return None;
    }
    // "Mỹ cùng Anh và Pháp đã không kích …": a bare "cùng" joins doers too.
    let joined =
        gap.contains(',') || format!(" {} ", gap.trim()).contains(AND_SP) || gap.trim() == ALONG;
    // "… tới Saudi Arabia kể từ khi Riyadh cùng UAE …": a word that opens a
    // clause ("khi", "đã") is no part of a title chain.
    if !joined && gap.split_whitespace().any(|w| CLAUSE_WORDS.contains(&w)) {
        return None;
    }
    Some(joined)
}

/// The first name of the list `item` ends ("Liên bang Nga, …, Cộng hòa
/// Serbia"): walked back through comma- or "và"-joined names of one kind
/// (places with places, people with people: "tại Jakarta, Indonesia, Bộ
/// trưởng X" is a place, then a person). The walk stops at a name that
/// is the object of a verb just before it ("Bồ Đào Nha gặp Uruguay, Ý gặp
/// …"); a list of where people came from ("từ Pháp, Đức, Ý") is no list
/// of doers: the item alone, but for an arrival (`arrival`: "các phái
/// đoàn từ Mỹ, Qatar và Israel đã tới Cairo": each delegation arrives).
pub(crate) fn list_head(
    item: &Side,
    mentions: &[&SentenceActor],
    st: &SyllableText,
    text: &str,
    verb_ends: &[usize],
    arrival: bool,
) -> Side {
    const OBJECT_REACH: usize = 3;
    let Some(mut at) = mentions.iter().position(|a| Some(a.entity) == item.entity) else {
        return item.clone();
    };
    let mut head = item.clone();
    let kind = mentions[at].is_person;
    // Names joined (to the item's) and whether "và" joined any: two
    // bodies or places with a comma alone between ("Theo AFP, Thượng viện
    // Mỹ …") are no list.
    let (mut joined, mut and) = (0usize, false);
    let object = |a: &SentenceActor| {
        let first = st.syllable_from(a.span.start);
        verb_ends.iter().any(|&end| {
            end <= first
                && first - end <= OBJECT_REACH
                && !(end..=first).any(|k| k > end && st.punct_before(k))
        })
    };
    while at > 0 {
        let (prev, next) = (mentions[at - 1], mentions[at]);
        if next.origin && !arrival {
            return item.clone();
        }
        match list_link(prev, next, text) {
            Some(true) if prev.is_person == kind && object(prev) => break,
            Some(true) if prev.is_person == kind => {
                head = side(prev);
                joined += 1;
                and |= text
                    .get(prev.span.end..next.span.start)
                    .is_some_and(|gap| format!(" {} ", gap.trim()).contains(AND_SP));
            }
            Some(false) if prev.country == next.country => {}
            _ => break,
        }
        at -= 1;
    }
    // "Malaysia, Singapore và Hàn Quốc": the "và" that closes the list may
    // come after the item.
    let closed = || {
        mentions
            .iter()
            .position(|a| Some(a.entity) == item.entity)
            .and_then(|i| Some((mentions[i], *mentions.get(i + 1)?)))
            .is_some_and(|(this, next)| {
                list_link(this, next, text) == Some(true)
                    && text
                        .get(this.span.end..next.span.start)
                        .is_some_and(|gap| gap.trim() == AND)
            })
    };
    if (mentions[at].origin && !arrival) || (joined == 1 && !and && !kind && !closed()) {
        return item.clone();
    }
    head
}

/// Does a list item end after this mention (and the name its title chain
/// leads to), not at a verb of its own ("Bồ Đào Nha gặp Uruguay": the
/// subject of a new clause)? `verb_starts`: where the sentence's triggers
/// begin.
pub(crate) fn ends_item(
    item: &SentenceActor,
    mentions: &[&SentenceActor],
    st: &SyllableText,
    verb_starts: &[usize],
) -> bool {
    let mut end = item.span.end;
    // "Thủ tướng Úc Anthony Albanese": the item runs on to the person.
    let after: Vec<&&SentenceActor> = mentions
        .iter()
        .filter(|m| m.span.start >= item.span.end)
        .collect();
    for m in after {
        if m.country == item.country && st.syllable_from(m.span.start) == st.syllable_from(end) {
            end = m.span.end;
        } else {
            break;
        }
    }
    // A verb after a comma opens a clause of the sentence's own subject
    // ("… tại A và B, tuyên bố …"), not the item's.
    let i = st.syllable_from(end);
    !verb_starts.contains(&i) || st.punct_before(i)
}
