//! Who signed: each signer with each partner, signings apart, parties named in a list, both sides' signers, bodies named.

use super::*;

/// Does a list of parties set one side against several, "A với B và C"
/// ("với" after the first, "và" or a comma after the others)? Each of the
/// several signs its own document with the first; "A, B và C" is one
/// document of them all.
pub(crate) fn one_with_each(text: &str, list: Span, entities: &[Entity]) -> bool {
    let parts = split_parties(text, list, entities);
    let joiner = |i: usize| text[parts[i].end..parts[i + 1].start].trim();
    parts.len() >= 3
        && joiner(0) == WITH
        && (1..parts.len() - 1).all(|i| matches!(joiner(i), AND | "," | AND_AFTER_COMMA))
}

/// "A và B đã ký các biên bản ghi nhớ với C": two bodies or more, named
/// one after another right before the signing of documents counted, each
/// signed its own with the partner after "với" (the body there, else its
/// words as written). Empty where the sentence says otherwise.
pub(crate) fn each_signer(
    text: &str,
    (sentence, title): (Span, Span),
    kind: AgreementKind,
    si: usize,
    entities: &[Entity],
) -> Vec<Found> {
    let Some(with) = text[title.start..title.end].find(WITH_SP) else {
        return Vec::new();
    };
    let from = title.start + with + WITH_SP.len();
    let partner = entities
        .iter()
        .filter(|e| e.kind != EntityKind::Person)
        .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
        .filter(|(m, _)| m.span.start == from && m.span.end <= title.end)
        .max_by_key(|(m, _)| m.span.end)
        .map(|(_, e)| Party {
            name: e.name.clone(),
            country: e.country.clone(),
        })
        .or_else(|| {
            let rest = &text[from..title.end];
            let words = one_line(&rest[..party_list_end(rest)]);
            (!words.is_empty()).then_some(Party {
                name: words,
                country: None,
            })
        });
    let Some(partner) = partner else {
        return Vec::new();
    };
    // Bodies named in the sentence before the documents (companies of no
    // known country too: no actors of their own).
    let mut bodies: Vec<(Span, &Entity)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation)
        .flat_map(|e| e.mentions.iter().map(move |m| (m.span, e)))
        .filter(|(m, _)| m.start >= sentence.start && m.end <= title.start)
        .collect();
    bodies.sort_by_key(|(m, _)| (m.start, std::cmp::Reverse(m.end)));
    bodies.dedup_by_key(|(m, _)| m.start);
    // The chain of bodies joined by "và" or a comma, the last right before
    // the signing ("… đã ký các …", no stop between).
    let Some(last) = bodies.last() else {
        return Vec::new();
    };
    let gap = &text[last.0.end..title.start];
    if gap.contains([',', ';', ':']) || gap.split_whitespace().count() > SIGNER_GAP_WORDS {
        return Vec::new();
    }
    let mut chain = vec![*last];
    for pair in bodies.windows(2).rev() {
        let joined = text
            .get(pair[0].0.end..pair[1].0.start)
            .is_some_and(|g| matches!(g.trim(), AND | ","));
        if !joined || chain.last().is_some_and(|c| c.0 != pair[1].0) {
            break;
        }
        chain.push(pair[0]);
    }
    if chain.len() < 2 {
        return Vec::new();
    }
    chain.reverse();
    let name = one_line(title.of(text));
    // "GE Vernova đã ký": a name the recogniser cut short goes on with
    // the capitalised words after its mention; named as written then.
    let signer = |(m, e): &(Span, &Entity)| {
        let more: Vec<&str> = text[m.end..]
            .strip_prefix(' ')
            .map(|rest| {
                rest.split(' ')
                    .take_while(|w| {
                        w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphanumeric)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let name = if more.is_empty() {
            e.name.clone()
        } else {
            one_line(&format!("{} {}", m.of(text), more.join(" ")))
        };
        Party {
            name,
            country: e.country.clone(),
        }
    };
    chain
        .iter()
        .map(|body| {
            let parties = vec![signer(body), partner.clone()];
            Found::signed(kind, name.clone(), parties, title, si)
        })
        .collect()
}

/// "Nga và Ukraine đã lần lượt ký với Thổ Nhĩ Kỳ và Liên hợp quốc (LHQ)
/// các văn kiện nhằm …": signers joined by "và" or a comma, an `apart`
/// word before the signing verb, "với" and the partners right after it,
/// then documents counted by a `papers` word: one document a signer, with
/// every partner. Empty where the sentence says otherwise.
pub(crate) fn signed_apart(
    text: &str,
    st: &SyllableText,
    sentence: Span,
    trigger_end: usize,
    si: usize,
    entities: &[Entity],
) -> Vec<Found> {
    let n = st.syllables.len();
    let mut after = st.syllable_from(trigger_end);
    // The signing verb's first syllable: "ký" (or "ký kết") ends the phrase.
    let Some(verb) = (after.saturating_sub(3)..after).find(|&i| st.key_of(i, i + 1) == SIGN_KEY)
    else {
        return Vec::new();
    };
    // "ký riêng rẽ với …": the `apart` word may follow the verb.
    let mut apart = false;
    if let Some(k) =
        (1..=2usize).find(|&k| after + k <= n && WORDS.apart.contains(st.key_of(after, after + k)))
    {
        after += k;
        apart = true;
    }
    // "ký các văn kiện riêng rẽ với …": the documents counted, then the
    // `apart` word, before the partners.
    let mut docs_first: Option<usize> = None;
    if !apart && after < n && WORDS.group.contains(st.key_of(after, after + 1)) {
        let papers = (1..=2usize).rev().find(|&k| {
            after + 1 + k <= n && WORDS.papers.contains(st.key_of(after + 1, after + 1 + k))
        });
        if let Some(p) = papers {
            let from = after + 1 + p;
            if let Some(k) = (1..=2usize)
                .find(|&k| from + k <= n && WORDS.apart.contains(st.key_of(from, from + k)))
            {
                docs_first = Some(after);
                after = from + k;
                apart = true;
            }
        }
    }
    if after >= n || st.key_of(after, after + 1) != WITH_KEY {
        return Vec::new();
    }
    // Aspect and `apart` words before the verb, one `apart` word at least;
    // a date between the signers and the verb ("Nga và Ukraine chiều 22/7
    // ký …").
    let digits = |i: usize| {
        st.syllables[i]
            .span
            .of(text)
            .chars()
            .any(|c| c.is_ascii_digit())
    };
    let mut at = verb;
    let mut dated_from: Option<usize> = None;
    'back: while at > 0 {
        if digits(at - 1)
            || (at < verb && digits(at) && LISTS.daypart.contains(st.key_of(at - 1, at)))
        {
            at -= 1;
            dated_from = Some(at);
            continue 'back;
        }
        for k in (1..=2usize).rev().filter(|&k| k <= at) {
            let w = st.key_of(at - k, at);
            if WORDS.apart.contains(w) || WORDS.aspect.contains(w) {
                apart |= WORDS.apart.contains(w);
                at -= k;
                continue 'back;
            }
        }
        break;
    }
    let in_date = |i: usize| dated_from.is_some_and(|d| d <= i) && digits(i);
    if !apart
        || at == 0
        || (at..verb)
            .any(|i| st.punct_before(i + 1) && i + 1 < verb && !in_date(i) && !in_date(i + 1))
    {
        return Vec::new();
    }
    let side = |e: &Entity| match e.kind {
        // A country, no place in it ("Istanbul").
        EntityKind::Location => {
            e.country.is_some() && (e.gazetteer_id.is_none() || e.gazetteer_id == e.country)
        }
        EntityKind::Organisation => true,
        _ => false,
    };
    let mentions: Vec<(Span, &Entity)> = entities
        .iter()
        .filter(|e| side(e))
        .flat_map(|e| e.mentions.iter().map(move |m| (m.span, e)))
        .filter(|(m, _)| m.start >= sentence.start && m.end <= sentence.end)
        .collect();
    // The signers: a chain of sides ending right before those words.
    let signers_end = st.syllables[at - 1].span.end;
    let mut signers: Vec<&Entity> = Vec::new();
    let mut end = signers_end;
    while let Some((m, e)) = mentions
        .iter()
        .filter(|(m, _)| m.end == end)
        .max_by_key(|(m, _)| m.len())
    {
        let before = text[sentence.start..m.start].trim_end();
        // "tại Istanbul, Nga và Ukraine …": a place is no signer.
        let place = before
            .rsplit(' ')
            .next()
            .is_some_and(|w| LISTS.locative.contains(&w.to_lowercase()));
        if place {
            break;
        }
        signers.push(e);
        let joined = [AND, ","]
            .iter()
            .find_map(|j| before.strip_suffix(j))
            .map(|b| sentence.start + b.trim_end().len());
        match joined {
            Some(prev) => end = prev,
            None => break,
        }
    }
    if signers.len() < 2 {
        return Vec::new();
    }
    signers.reverse();
    // The documents counted: a group word, then a `papers` word.
    let Some(docs) = docs_first.or_else(|| {
        (after + 1..n).find(|&i| {
            WORDS.group.contains(st.key_of(i, i + 1))
                && (1..=2usize)
                    .filter(|&k| i + 1 + k <= n)
                    .any(|k| WORDS.papers.contains(st.key_of(i + 1, i + 1 + k)))
        })
    }) else {
        return Vec::new();
    };
    let with_start = st.syllables[after].span.end;
    let with = match docs_first {
        Some(_) => Span::new(with_start, clause_end(text, with_start, sentence.end)),
        None => Span::new(with_start, st.syllables[docs].span.start),
    };
    if with.of(text).contains([';', ':']) {
        return Vec::new();
    }
    let mut partners: Vec<Party> = Vec::new();
    for (_, e) in mentions.iter().filter(|(m, _)| with.contains(*m)) {
        if signers.iter().any(|s| std::ptr::eq(*s, *e)) {
            return Vec::new();
        }
        if !partners.iter().any(|p| p.name == e.name) {
            partners.push(Party {
                name: e.name.clone(),
                country: e.country.clone(),
            });
        }
    }
    if partners.is_empty() {
        return Vec::new();
    }
    let start = st.syllables[docs].span.start;
    // "các văn kiện riêng rẽ" before "với": the partners are no title's.
    let title = match docs_first {
        Some(_) => Span::new(start, st.syllables[after - 1].span.end),
        None => Span::new(start, clause_end(text, start, sentence.end)),
    };
    let name = one_line(title.of(text));
    signers
        .iter()
        .map(|s| {
            let mut parties = vec![Party {
                name: s.name.clone(),
                country: s.country.clone(),
            }];
            parties.extend(partners.iter().cloned());
            Found::signed(AgreementKind::Agreement, name.clone(), parties, title, si)
        })
        .collect()
}

/// How many words may stand between the last signer and the documents
/// ("đã ký kết các").
pub(crate) const SIGNER_GAP_WORDS: usize = 5;

/// A title without the day it ends with ("bản ghi nhớ ngày 27/11/2025"):
/// the day tells when it was signed, not which document it is.
pub(crate) fn undated(title: &str) -> &str {
    let day = title
        .match_indices(DAY_SP)
        .map(|(i, w)| (i, &title[i + w.len()..]))
        .find(|(_, rest)| rest.starts_with(|c: char| c.is_ascii_digit()))
        .map(|(i, _)| i);
    let end = day.into_iter().chain(first_dated_word(title)).min();
    end.map_or(title, |end| title[..end].trim_end())
}

/// How many syllables after its kind word a title may name its two
/// countries ("thỏa thuận ngừng bắn Thái Lan - Campuchia").
pub(crate) const TITLE_PAIR_REACH: usize = 8;

/// The parties of a list ("A và B", "A với B"), each named as written
/// without what only qualifies it, and the body a party names for both
/// sides at once ("hai Bộ Quốc phòng" → "Bộ Quốc phòng", "hai bên" → "").
pub(crate) fn named_parties(
    text: &str,
    list: Span,
    entities: &[Entity],
) -> (Vec<Party>, Option<String>) {
    let mut parties = Vec::new();
    let mut both = None;
    let parts = split_parties(text, list, entities);
    let names: Vec<(&str, Style)> = parts.iter().map(|p| party_name(p.of(text))).collect();
    for (part, &(name, style)) in parts.iter().zip(&names) {
        if let Some(body) = both_sides(name) {
            both = Some(body.to_string());
            continue;
        }
        let country = country_within(*part, entities);
        let land = country_name_within(*part, entities);
        // "Chính phủ nước … Việt Nam và Chính phủ nước … Belarus": two
        // bodies of one name are told apart by their countries; a body
        // named alike in every country, written with its state's style
        // ("Bộ Y tế nước Cộng hòa … Việt Nam"), is named with its country;
        // one with a name of its own ("Học viện … Hồ Chí Minh nước …") is not.
        let shared = names.iter().filter(|(n, _)| *n == name).count() > 1;
        let own = Span::new(part.start, part.start + name.len());
        let bare = country_within(own, entities).is_none();
        match land {
            Some(land) if style == Style::State => push_party(&mut parties, land, country),
            Some(land) if shared || (style == Style::Plain && bare && generic(name)) => {
                push_party(&mut parties, &format!("{name} {land}"), country)
            }
            _ => push_party(&mut parties, name, country),
        }
    }
    (parties, both)
}

/// Does a body's name open with a head word every country's body of its
/// kind shares ("Bộ", "Chính phủ", "Ủy ban")?
pub(crate) fn generic(name: &str) -> bool {
    let key = syllable_key(name);
    key.match_indices(' ')
        .take(3)
        .any(|(i, _)| WORDS.generic.contains(&key[..=i]))
}

/// A title or name on one line: a page's hard wraps and doubled spaces
/// collapsed.
pub(crate) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The two countries a title names as a pair ("… Việt Nam – Cuba",
/// "Singapore-Việt Nam"): its parties when it names no body. Countries
/// named apart ("với Việt Nam … do Nga sản xuất") are no pair.
pub(crate) fn countries_in<'e>(
    text: &str,
    span: Span,
    entities: &'e [Entity],
) -> Vec<(&'e str, Option<&'e str>)> {
    // An international body is a side as a country is ("Hiệp định Thương
    // mại tự do Việt Nam - EU").
    let igo = |e: &Entity| {
        e.kind == EntityKind::Organisation
            && e.country.is_none()
            && e.gazetteer_id
                .as_deref()
                .is_some_and(|id| id.starts_with("igo."))
    };
    let mut found: Vec<(Span, &str, Option<&str>)> = entities
        .iter()
        .filter_map(|e| match e.country.as_deref() {
            Some(c) if e.kind == EntityKind::Location => Some((e, Some(c))),
            None if igo(e) => Some((e, None)),
            _ => None,
        })
        .flat_map(|(e, c)| {
            e.mentions
                .iter()
                .filter(|m| m.span.start >= span.start && m.span.end <= span.end)
                .map(move |m| (m.span, e.name.as_str(), c))
        })
        .collect();
    found.sort_unstable_by_key(|(m, ..)| (m.start, m.end));
    let gap = |a: &(Span, &str, Option<&str>), b: &(Span, &str, Option<&str>)| {
        text.get(a.0.end..b.0.start).map(str::trim)
    };
    let Some(first) = found.windows(2).position(|w| {
        w[0].2 != w[1].2 && matches!(gap(&w[0], &w[1]), Some("-" | "–" | "—" | AND | "/"))
    }) else {
        return Vec::new();
    };
    // "Hiệp định Mỹ-Mexico-Canada": a pair joined on by dashes names
    // every country of the chain.
    let mut last = first + 1;
    while last + 1 < found.len()
        && matches!(gap(&found[last], &found[last + 1]), Some("-" | "–" | "—"))
        && found[..=last].iter().all(|f| f.2 != found[last + 1].2)
    {
        last += 1;
    }
    found[first..=last].iter().map(|f| (f.1, f.2)).collect()
}

/// The body a party names for both sides: "hai Bộ Quốc phòng" → "Bộ Quốc
/// phòng", "chính phủ hai nước" → "chính phủ", "hai bên" → "".
pub(crate) fn both_sides(name: &str) -> Option<&str> {
    let lower = name.to_lowercase();
    if lower.len() != name.len() {
        return None; // case changed the bytes: no safe cut
    }
    if lower.starts_with("hai ") {
        let body = name.get("hai ".len()..).unwrap_or("");
        // "hai Ban Tổ chức Trung ương của hai Đảng": the body, then whose.
        let body = body.find(OF_TWO_SP).map_or(body, |at| &body[..at]);
        if body.chars().next().is_some_and(char::is_uppercase) {
            return Some(body);
        }
        // "giữa hai chính phủ": a body every country has (a `generic`
        // row), written lower case, of two words or more ("hai bộ" may be
        // any two).
        let key = syllable_key(body);
        if body.contains(' ') && key.trim_end() == body && WORDS.generic.contains(&key) {
            return Some(body);
        }
    }
    WORDS.both.iter().find_map(|cue| {
        // "hai nước thời hậu Thế chiến 2": both sides, then a qualifier.
        let qualified = lower
            .strip_prefix(cue.as_str())
            .is_some_and(|rest| rest.starts_with(' '));
        if lower == *cue || qualified {
            Some("")
        } else {
            let cut = name.len().checked_sub(cue.len() + 1)?;
            if lower.ends_with(&format!(" {cue}")) {
                name.get(..cut).map(str::trim_end)
            } else {
                None
            }
        }
    })
}

/// How many words after a body's name its country may stand ("Văn phòng
/// Phủ Thủ tướng Lào").
pub(crate) const SIGNER_REACH: usize = 6;

/// For a party written "hai Bộ Quốc phòng": the bodies of that name the
/// sentence names before the document, each with its country ("Bộ trưởng
/// Bộ Quốc phòng Việt Nam A và Bộ trưởng Bộ Quốc phòng Lào B ký …").
pub(crate) fn signers_for_both(f: &mut Found, text: &str, sentence: Span, entities: &[Entity]) {
    let Some(body) = f.both.as_deref().filter(|b| !b.is_empty()) else {
        return;
    };
    let before = Span::new(sentence.start, f.agreement.span.start);
    let found = bodies_named(text, before, body, entities, SIGNER_REACH);
    if found.len() >= 2 {
        for (name, country) in found {
            push_party(&mut f.agreement.parties, &name, Some(country));
        }
        f.both = None;
    }
}

/// Each body named `body` in `within` that runs on to a country within
/// `reach` words ("Văn phòng Phủ Thủ tướng Lào"), never past "và" or a
/// stop: the first such name of each country.
pub(crate) fn bodies_named(
    text: &str,
    within: Span,
    body: &str,
    entities: &[Entity],
    reach: usize,
) -> Vec<(String, String)> {
    let key = syllable_key(body);
    let n = key.split(' ').filter(|s| !s.is_empty()).count();
    let mut found: Vec<(String, String)> = Vec::new();
    if n == 0 || within.end <= within.start {
        return found;
    }
    let st = SyllableText::new(text, within);
    for i in 0..st.syllables.len().saturating_sub(n - 1) {
        if st.key_of(i, i + n) != key || (i + 1..i + n).any(|k| st.punct_before(k)) {
            continue;
        }
        // "Bộ trưởng" is no "Bộ": the name goes on capitalised.
        let goes_on_lower = st.syllables.get(i + n).is_some_and(|s| {
            s.span
                .of(text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        });
        if goes_on_lower {
            continue;
        }
        let mut end = i + n;
        while end < st.syllables.len()
            && end < i + n + reach
            && !st.punct_before(end)
            && st.key_of(end, end + 1) != AND_KEY
        {
            end += 1;
        }
        // A country, or a body's name that runs on past the words and
        // carries one ("Văn phòng Chính phủ Việt Nam").
        let body_end = st.span(i, i + n).end;
        let window = st.span(i, end);
        // A place's country before a body's ("Văn phòng Trung ương Đảng
        // Nhân dân cách mạng Lào" holds a body the recogniser gave to Việt
        // Nam); no name runs past a person ("Bộ Ngoại giao Bùi Thanh Sơn …").
        let land = |kind: EntityKind| {
            entities
                .iter()
                .filter(move |e| e.kind == kind)
                .filter_map(|e| Some((e, e.country.as_deref()?)))
                .flat_map(|(e, c)| e.mentions.iter().map(move |m| (m.span, c)))
                .filter(|(m, _)| m.start >= window.start && m.end <= window.end && m.end > body_end)
                .min_by_key(|(m, _)| (m.end, std::cmp::Reverse(m.start)))
                .map(|(m, c)| (m.end, c.to_string()))
        };
        let Some((land_end, country)) =
            land(EntityKind::Location).or_else(|| land(EntityKind::Organisation))
        else {
            continue;
        };
        let person_between = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .flat_map(|e| &e.mentions)
            .any(|m| m.span.start >= body_end && m.span.start < land_end);
        if person_between {
            continue;
        }
        let start = st.syllables[i].span.start;
        if !found.iter().any(|(_, c)| *c == country) {
            found.push((one_line(&text[start..land_end]), country));
        }
    }
    found
}
