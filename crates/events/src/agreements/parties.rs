//! The parties of a document: local sides, party names and styles, lists of parties and go-betweens.

use super::*;

/// For a document of "hai bên" in an article that calls the sides "hai địa
/// phương": for each country, the place below it the article names most
/// (a province or city), as first written.
pub(crate) fn local_sides(text: &str, entities: &[Entity]) -> Vec<(String, String)> {
    let lower = text.to_lowercase();
    if !WORDS.locals.iter().any(|cue| lower.contains(cue.as_str())) {
        return Vec::new();
    }
    let mut best: Vec<(String, String, usize)> = Vec::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Location) {
        let Some(country) = e.country.as_deref() else {
            continue;
        };
        let Some(first) = e.mentions.first() else {
            continue;
        };
        if e.gazetteer_id.as_deref() == Some(country) || e.gazetteer_id.is_none() {
            continue;
        }
        let n = e.mentions.len();
        match best.iter_mut().find(|(_, c, _)| c == country) {
            Some(b) if b.2 < n => *b = (one_line(&first.text), country.to_string(), n),
            Some(_) => {}
            None => best.push((one_line(&first.text), country.to_string(), n)),
        }
    }
    best.into_iter().map(|(name, c, _)| (name, c)).collect()
}

pub(crate) fn push_party(parties: &mut Vec<Party>, name: &str, country: Option<String>) {
    // A title quoted whole ("… "thỏa thuận hòa bình giữa A và B"") closes
    // its quote after the last party: the mark is no part of the name.
    let name = one_line(name.trim_matches(QUOTES).trim());
    if name.is_empty() {
        return;
    }
    if !parties.iter().any(|p| p.name == name) {
        parties.push(Party { name, country });
    }
}

/// The country a party's name gives: the last mention inside it that has one
/// ("Bộ Y tế Việt Nam", "Bộ Công Thương Hàn Quốc").
pub(crate) fn country_within(part: Span, entities: &[Entity]) -> Option<String> {
    last_with_country(part, entities.iter()).and_then(|e| e.country.clone())
}

/// The entity with a country whose mention ends last inside `part` (of two
/// ending together, the longer).
pub(crate) fn last_with_country<'e>(
    part: Span,
    entities: impl Iterator<Item = &'e Entity>,
) -> Option<&'e Entity> {
    entities
        .filter(|e| e.country.is_some())
        .flat_map(|e| e.mentions.iter().map(move |m| (m.span, e)))
        .filter(|(m, _)| m.start >= part.start && m.end <= part.end)
        .max_by_key(|(m, _)| (m.end, std::cmp::Reverse(m.start)))
        .map(|(_, e)| e)
}

/// How a party's name gave its state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// No state's style: the name as written.
    None,
    /// "Bộ Y tế nước Cộng hòa … Việt Nam": the body named with its state.
    Plain,
    /// "Bộ Y tế, nước Cộng hòa Cuba": the body, a comma, its state.
    Comma,
    /// "nước Cộng hòa Cuba": the state itself.
    State,
}

/// A party's name without what only qualifies it: a bracketed other name
/// ("Trường Đảng Trung ương (Học viện Hành chính Quốc gia)") and the
/// state's full style after "nước" ("Bộ Y tế nước Cộng hòa xã hội chủ nghĩa
/// Việt Nam" is "Bộ Y tế"; the country is kept apart).
pub(crate) fn party_name(name: &str) -> (&str, Style) {
    let capital_after = |i: usize| name[i..].chars().next().is_some_and(char::is_uppercase);
    if name.starts_with(COUNTRY_KEY) && capital_after(COUNTRY_KEY.len()) {
        return (name, Style::State);
    }
    let mut end = name.len();
    let mut style = Style::None;
    if let Some(i) = name.find(" (") {
        end = end.min(i);
    }
    // "Trung tâm Tata Memorial của Ấn Độ", "Viện Dầu khí Ấn Độ thuộc Hội
    // đồng …": whom the party belongs to (`owner` cues) is no part of it.
    for owner in &WORDS.owner {
        for (i, w) in name.match_indices(owner.as_str()) {
            if i > 0 && i < end && capital_after(i + w.len()) {
                end = i;
            }
        }
    }
    for (i, _) in name.match_indices(COUNTRY_SP) {
        // "Nhà nước" is part of a name ("Ngân hàng Nhà nước Việt Nam").
        let state = name[..i].ends_with(HOUSE_CAP_SP) || name[..i].ends_with(HOUSE_LOWER_SP);
        if i > 0 && i < end && !state && capital_after(i + COUNTRY_SP.len()) {
            end = i;
            style = if name[..i].ends_with(',') {
                Style::Comma
            } else {
                Style::Plain
            };
            break;
        }
    }
    (
        name[..end].trim_end().trim_end_matches(',').trim_end(),
        style,
    )
}

/// The name of the last country named inside a party ("Belarus").
pub(crate) fn country_name_within(part: Span, entities: &[Entity]) -> Option<&str> {
    let places = entities.iter().filter(|e| e.kind == EntityKind::Location);
    last_with_country(part, places).map(|e| e.name.as_str())
}

/// Is the signing phrase at syllable `at` told as planned, denied, only
/// asked for or as background ("sẽ ký", "chưa ký", "đề nghị ký")? Then
/// no document was signed.
/// Does the clause before syllable `at` say its act is still to come
/// ("Hai nhà lãnh đạo sẽ chứng kiến lễ trao đổi …"): "sẽ" or "dự kiến"
/// with no past aspect word after it?
pub(crate) fn to_come_before(st: &SyllableText, at: usize) -> bool {
    let mut k = at;
    while k > 0 && !st.punct_before(k) {
        k -= 1;
        let word = st.key_of(k, k + 1);
        if LISTS.done.contains(word) {
            return false;
        }
        if LISTS.future.iter().any(|p| reads(st, k, at, p)) {
            return true;
        }
    }
    false
}

pub(crate) fn not_signed_yet(coder: &Coder, st: &SyllableText, at: usize) -> bool {
    matches!(
        coder.modality_before(st, at),
        Some(Modality::Future | Modality::Negation | Modality::Demand | Modality::Background)
    )
}

/// The "ký" that follows the word at syllable `at` ("mà", "do"), one word
/// after it at the earliest and within `reach` syllables, before any stop.
pub(crate) fn signing_verb_after(
    text: &str,
    st: &SyllableText,
    at: usize,
    reach: usize,
) -> Option<usize> {
    (at + 2..st.syllables.len().min(at + reach))
        .take_while(|&k| !stop_before(text, st, k))
        .find(|&k| LISTS.sign.contains(st.key_of(k, k + 1)))
}

/// Where the words before a verb at syllable `first` end once the aspect
/// words right before it ("đã", "vừa được") are passed, within its clause.
pub(crate) fn past_aspect(st: &SyllableText, first: usize) -> usize {
    let mut open = first;
    while open > 0 && !st.punct_before(open) {
        let step = (1..=2usize)
            .rev()
            .filter(|&k| k <= open && !(open - k + 1..open).any(|j| st.punct_before(j)))
            .find(|&k| WORDS.aspect.contains(st.key_of(open - k, open)));
        match step {
            Some(k) => open -= k,
            None => break,
        }
    }
    open
}

/// The document word that opens the clause before `open` (the first one
/// after the last stop, not part of a body's name), with where the clause
/// starts: the document a passive signing or "có hiệu lực" tells of.
pub(crate) fn clause_document<'m>(
    coder: &Coder,
    text: &str,
    st: &SyllableText,
    kinds: &'m [PhraseMatch],
    open: usize,
    entities: &[Entity],
) -> Option<(usize, &'m PhraseMatch)> {
    // "Tuyên bố chung ba bên giữa Saudi Arabia, Iran và Trung Quốc được ký
    // bởi …": a comma between two names listed after "giữa" is no clause
    // break.
    let capital = |j: usize| {
        st.syllables[j]
            .span
            .of(text)
            .starts_with(char::is_uppercase)
    };
    let listed_after_between = |j: usize| {
        text[st.syllables[j - 1].span.end..st.syllables[j].span.start].trim() == ","
            && capital(j - 1)
            && capital(j)
            && (0..j - 1).any(|k| st.key_of(k, k + 1) == BETWEEN_KEY)
    };
    let clause_start = (1..open)
        .rev()
        .find(|&j| stop_before(text, st, j) && !listed_after_between(j))
        .unwrap_or(0);
    kinds
        .iter()
        .filter(|m| m.first >= clause_start && m.end <= open)
        .find(|m| !kind_in_name(coder, text, st, m, entities))
        .map(|m| (clause_start, m))
}

/// Is a document word part of a name ("Bộ Kế hoạch và Đầu tư")? Inside a
/// body's mention, or a plan word written capitalised after a capitalised
/// word: a plan's title opens lower case after its verb ("ký kế hoạch").
pub(crate) fn kind_in_name(
    coder: &Coder,
    text: &str,
    st: &SyllableText,
    m: &PhraseMatch,
    entities: &[Entity],
) -> bool {
    let span = st.span(m.first, m.end);
    let in_body = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation)
        .flat_map(|e| &e.mentions)
        .any(|mention| mention.span.start < span.start && span.end <= mention.span.end);
    let capital = |i: usize| {
        st.syllables[i]
            .span
            .of(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let plan = coder.rules.kinds.values[m.pattern] == AgreementKind::Plan;
    // "…; Kế hoạch hợp tác năm 2017": a list item opens capitalised.
    let name_goes_on = m.first > 0 && !st.punct_before(m.first) && capital(m.first - 1);
    in_body || (plan && capital(m.first) && name_goes_on)
}

/// Who presided or looked on: no party, nor part of a document's title.
/// The `witness` rows of `agreement_witness.tsv`, a space before each.
pub(crate) static WITNESS: LazyLock<&'static [String]> = LazyLock::new(|| &LISTS.witness);

/// Where the list of parties after "giữa" ends: at the topic ("về", "nhằm",
/// "trong lĩnh vực", … : the `end` cues), a verb ("sẽ góp phần"), who
/// looked on, a semicolon, a page's stamp or the end, without the final stop.
pub(crate) fn party_list_end(s: &str) -> usize {
    let at_stop = |(stop, word): &(String, bool)| {
        s.match_indices(stop.as_str())
            .map(|(i, _)| i)
            .find(|&i| !word || s[i + stop.len()..].chars().next().is_none_or(|c| c == ' '))
    };
    let end = WORDS
        .ends
        .iter()
        .filter_map(at_stop)
        .chain(WITNESS.iter().filter_map(|stop| s.find(stop)))
        .chain(s.find(';'))
        .chain(first_dated_word(s))
        .chain(go_between(s))
        .min()
        .unwrap_or(s.len());
    s[..end]
        .trim_end()
        .trim_end_matches(['.', '…', ',', ')'])
        .len()
}

/// "giữa Israel và phong trào Hamas do Qatar làm trung gian": where the
/// go-between's "do" stands, a few words before a `mediator` phrase.
pub(crate) fn go_between(s: &str) -> Option<usize> {
    let j = WORDS
        .mediator
        .iter()
        .filter_map(|m| s.find(m.as_str()))
        .min()?;
    let i = WORDS
        .mediated_by
        .iter()
        .filter_map(|b| s[..j].rfind(b.as_str()))
        .max()?;
    (s[i..j].split(' ').count() <= GO_BETWEEN_WORDS).then_some(i)
}

/// How many words may stand from the go-between's "do" to its
/// "làm trung gian" ("do Liên minh châu Phi (AU) làm trung gian").
pub(crate) const GO_BETWEEN_WORDS: usize = 8;

/// Where the first word written as a date or time stands ("… Brazil
/// 31/03/2025 06:23"): a page's stamp after a title, never part of a name.
pub(crate) fn first_dated_word(s: &str) -> Option<usize> {
    let mut at = 0;
    for word in s.split(' ') {
        let dated = word.starts_with(|c: char| c.is_ascii_digit())
            && word.contains(['/', ':'])
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '/' | ':' | '-' | '.'));
        if dated && at > 0 {
            return Some(at - 1);
        }
        at += word.len() + 1;
    }
    None
}

/// The parties in "A và B", "A, B và C": split at "và" (or a comma) where a
/// named body or place starts, never inside a name that holds "và" itself
/// ("Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Bộ …"). With no name found
/// after any "và", every "và" splits.
pub(crate) fn split_parties(text: &str, list: Span, entities: &[Entity]) -> Vec<Span> {
    let s = list.of(text);
    let mentions: Vec<Span> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.span))
        .filter(|m| m.start < list.end && m.end > list.start)
        .collect();
    // Where a body's name opens with its head word ("Viện", "Tập đoàn"),
    // capitalised: a name the recogniser may not know.
    let st = SyllableText::new(text, list);
    let heads: Vec<usize> = st
        .find(&WORDS.head)
        .into_iter()
        .map(|m| st.syllables[m.first].span.start)
        .filter(|&at| text[at..].chars().next().is_some_and(char::is_uppercase))
        .collect();
    // "Đài Truyền hình Việt Nam và Tổng đài … Trung Quốc" read as one
    // name: a country's name ends the first body and a head word opens the
    // next, so "và" joins two bodies.
    let country_ends = |at: usize| {
        entities
            .iter()
            .filter(|e| is_country(e))
            .any(|e| text[..at].ends_with(&format!(" {}", e.name)))
    };
    let inside_name = |at: usize, len: usize| {
        mentions.iter().any(|m| m.start < at && m.end > at + len)
            && !(text[at..at + len] == *AND_SP && country_ends(at) && heads.contains(&(at + len)))
    };
    let name_starts = |at: usize| mentions.iter().any(|m| m.start == at) || heads.contains(&at);
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut all_and: Vec<(usize, usize)> = Vec::new();
    for (sep, named_only) in [(AND_SP, false), (WITH_SP, false), (", ", true)] {
        for (i, _) in s.match_indices(sep) {
            let at = list.start + i;
            if inside_name(at, sep.len()) {
                continue;
            }
            if name_starts(at + sep.len()) {
                cuts.push((at, sep.len()));
            } else if !named_only {
                all_and.push((at, sep.len()));
            }
        }
    }
    // "TP.HCMvà Đại học …": a page lost the space after an acronym.
    for sep in [AND_KEY, WITH_KEY] {
        for (i, _) in s.match_indices(sep) {
            let glued = s[..i].chars().next_back().is_some_and(char::is_uppercase);
            let at = list.start + i;
            if glued && !inside_name(at, sep.len()) && name_starts(at + sep.len()) {
                cuts.push((at, sep.len()));
            }
        }
    }
    // "giữa Bộ Khoa học và Công nghệ hai nước": one body's name, with its
    // "và", named for both sides at once; no "và" cuts it.
    let one_body_for_both = both_sides(s.trim()).is_some_and(|b| !b.is_empty());
    if cuts.is_empty() && !one_body_for_both {
        cuts = all_and;
    }
    // "A, B cùng tổ hợp các nhà đầu tư …": "cùng" joins whoever follows,
    // named or not.
    for (i, _) in s.match_indices(ALONG_SP) {
        let at = list.start + i;
        if !inside_name(at, ALONG_SP.len()) {
            cuts.push((at, ALONG_SP.len()));
        }
    }
    cuts.sort_unstable();
    // Each part with whether a comma set it off from the one before.
    let mut parts: Vec<(Span, bool)> = Vec::new();
    let mut start = list.start;
    let mut comma = false;
    for (at, len) in cuts {
        if at > start {
            parts.push((Span::new(start, at), comma));
        }
        start = at + len;
        comma = text[at..at + len].starts_with(',');
    }
    if list.end > start {
        parts.push((Span::new(start, list.end), comma));
    }
    // "Cục Lưu trữ, Bộ Nội vụ, nước Cộng hòa …": the state's style after a
    // comma names the country of the bodies before it, which are one party
    // (a department and its ministry).
    let mut merged: Vec<(Span, bool)> = Vec::new();
    for (part, comma) in parts {
        let body = part.of(text).trim_start();
        let capital_at = |i: usize| body[i..].chars().next().is_some_and(char::is_uppercase);
        // The part is the style itself, or a body with its style after a
        // comma ("Bộ Nội vụ, nước Cộng hòa …").
        let style_alone = body.starts_with(COUNTRY_KEY) && capital_at(COUNTRY_KEY.len());
        let style_after = body
            .match_indices(COMMA_COUNTRY)
            .any(|(i, m)| capital_at(i + m.len()));
        if comma && (style_alone || style_after) {
            if let Some((mut chain, mut joined)) = merged.pop() {
                while joined {
                    let Some((before, c)) = merged.pop() else {
                        break;
                    };
                    chain.start = before.start;
                    joined = c;
                }
                merged.push((Span::new(chain.start, part.end), joined));
                continue;
            }
        }
        merged.push((part, comma));
    }
    merged
        .into_iter()
        .map(|(p, _)| {
            let part = p.of(text);
            let lead = part.len() - part.trim_start().len();
            Span::new(p.start + lead, p.start + part.trim_end().len())
        })
        .filter(|p| p.end > p.start)
        .collect()
}

/// The two sides of the 057 event a signed document implies: its first two
/// parties from different countries.
pub(crate) fn party_sides(a: &Agreement, entities: &[Entity]) -> Option<(Side, Side)> {
    let first = a.parties.iter().find(|p| p.country.is_some())?;
    let second = a
        .parties
        .iter()
        .find(|p| p.country.is_some() && p.country != first.country)?;
    let side = |p: &Party| Side {
        entity: entities
            .iter()
            .position(|e| e.name == p.name || e.mentions.iter().any(|m| m.text == p.name)),
        country: p.country.clone().unwrap_or_default(),
        igo: false,
    };
    Some((side(first), side(second)))
}
