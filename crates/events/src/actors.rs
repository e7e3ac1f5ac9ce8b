//! The actors a sentence offers: entity mentions with countries, quoted speakers, attribution and photo credits, pronouns.

use super::*;

/// A company's local arm named after its foreign parent ("Công ty TNHH LG
/// Display Việt Nam Hải Phòng" beside "LG Display" of Korea, "Amkor
/// Technology Việt Nam" beside "Tập đoàn Amkor Technology" of the US)
/// acts for the parent's country: what a province does with it, it does
/// with that country. A firm is such an arm when its name is another
/// company's name, written as the article writes it, and more words; the
/// parent is the longest such name. `None` when no firm is one.
pub(crate) fn parents_countries(entities: &[Entity]) -> Option<Vec<Entity>> {
    let firm =
        |e: &Entity| e.kind == EntityKind::Organisation && e.actor_role.as_deref() == Some("BUS");
    let parent_of = |arm: &Entity| {
        entities
            .iter()
            .filter(|p| firm(p) && p.country.is_some() && p.country != arm.country)
            .flat_map(|p| {
                std::iter::once(p.name.as_str())
                    .chain(p.mentions.iter().map(|m| m.text.as_str()))
                    .map(move |form| (form, p))
            })
            .filter(|(form, _)| {
                arm.name
                    .strip_prefix(form)
                    .is_some_and(|rest| rest.starts_with(' ') && !rest.trim().is_empty())
            })
            .max_by_key(|(form, _)| form.len())
            .and_then(|(_, p)| p.country.clone())
    };
    let arms: Vec<(usize, String)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| firm(e) && e.country.is_some())
        .filter_map(|(i, e)| parent_of(e).map(|c| (i, c)))
        .collect();
    if arms.is_empty() {
        return None;
    }
    let mut out = entities.to_vec();
    for (i, country) in arms {
        out[i].country = Some(country);
    }
    Some(out)
}

/// Which mentions of international bodies are actors.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyActors {
    /// None: a body's head counts for the country of his passport.
    Passports,
    /// The heads of bodies, for their body (Guterres is the UN, not
    /// Portugal); he stood in the sentence as a person before bodies were
    /// actors, and still takes the same place in it.
    Heads,
    /// The heads and the bodies themselves ("EU áp lệnh trừng phạt Nga").
    All,
}

/// Entity mentions with a country, per sentence, outermost only, in order;
/// which of them stand for an international body depends on the mode. The
/// text around each mention is read once for all three modes.
pub(crate) fn sentence_actors(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    bodies: &Bodies,
) -> [Vec<Vec<SentenceActor>>; 3] {
    // (sentence, mention's actor with its passport country, the body it
    // stands for, named inside another name such as "Hội nghị APEC").
    let mut found: Vec<(usize, SentenceActor, Option<&str>, bool)> = Vec::new();
    // Where the mentions of bodies without a country end: "Chủ tịch Hội
    // đồng châu Âu Antonio Costa" — a person the gazetteer knows as a
    // body's head, named right after a body in his title chain, acts for
    // it, whatever office his bare title was read as. ("Đại sứ Mỹ tại Liên
    // Hợp Quốc Nikki Haley" heads nothing: she is no body's head.)
    let body_ends: Vec<usize> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation && e.country.is_none())
        .flat_map(|e| e.mentions.iter().map(|m| m.span.end))
        .collect();
    for (ei, e) in entities.iter().enumerate() {
        let body = bodies.code_of(e);
        if body.is_none()
            && (e.country.is_none()
                || actor_scope::guessed_home(e)
                || actor_scope::given_name(ei, entities))
        {
            continue;
        }
        // A place below a country (a city, a town) may be named in a title.
        let sub_place = e.kind == EntityKind::Location
            && e.gazetteer_id.is_some()
            && e.gazetteer_id != e.country;
        for m in &e.mentions {
            let body = match body {
                None if e.kind == EntityKind::Person => bodies.head_code(e).filter(|_| {
                    body_ends.iter().any(|&end| {
                        end <= m.span.start
                            && text
                                .get(end..m.span.start)
                                .is_some_and(|gap| gap.trim().is_empty())
                    })
                }),
                found => found,
            };
            let Some(sentence) = sentences.get(m.sentence as usize) else {
                continue;
            };
            let raw = text.get(sentence.span.start..m.span.start).unwrap_or("");
            // Only the end of the text before a mention is read (its clause,
            // an open bracket, the last words): lower-case just that.
            let clause = raw.rsplit([',', ';', ':']).next().unwrap_or("");
            let credit = match (raw.rfind('('), raw.rfind(')')) {
                (Some(open), close) if close.is_none_or(|c| c < open) => &raw[open..],
                _ => "",
            };
            // The clause's opening words and its last ones are all the
            // cues read: a long clause is not lower-cased whole.
            let (clause_head, clause_tail) = (head_lower(clause), tail_lower(clause));
            if is_attribution(&clause_head) || in_photo_credit(&lower(credit)) {
                continue; // "Theo (đặc phái viên) TTXVN," names the news source
            }
            // "Reuters dẫn tuyên bố của X …", "AFP đưa tin …": a news outlet
            // reporting names the source of the news, not a doer.
            if e.actor_role.as_deref() == Some("MED") && reports_after(text, m.span.end) {
                continue;
            }
            // "các nước Nam Mỹ", "Khối Thị trường chung Nam Mỹ": a part of
            // the Americas, not the United States.
            if americas_part(raw, text.get(m.span.start..m.span.end).unwrap_or("")) {
                continue;
            }
            // "bị cáo X (quốc tịch Australia)", "Việt kiều Mỹ": a person's
            // nationality, not a state acting; but for the one arrested or
            // expelled ("bắt quả tang 3 đối tượng quốc tịch Trung Quốc"):
            // the act is done to that country.
            if is_nationality(&clause_tail)
                && !seized(&clause_tail)
                && !seized_in_bracket(raw, credit, &clause_tail)
            {
                continue;
            }
            let mut cut = raw.len().saturating_sub(64);
            while !raw.is_char_boundary(cut) {
                cut -= 1;
            }
            let tail = lower(&raw[cut..]);
            // "Hội nghị APEC": a meeting's name, not the body acting.
            let other_name =
                body.is_some() && e.kind == EntityKind::Organisation && bodies.in_other_name(&tail);
            let before = tail.trim_end_matches(|c: char| !c.is_alphanumeric());
            let last_words = |w: &str| {
                before.ends_with(w)
                    && before[..before.len() - w.len()]
                        .chars()
                        .last()
                        .is_none_or(|c| !c.is_alphanumeric())
            };
            let actor = SentenceActor {
                entity: ei,
                span: m.span,
                country: e.country.clone().unwrap_or_default(),
                igo: false,
                is_place: e.kind == EntityKind::Location,
                is_person: e.kind == EntityKind::Person,
                paired: false,
                locative: LOCATIVE.iter().any(|w| last_words(w))
                    || locative_through_place_class(before)
                    // "trên đảo Sentosa", "trên vùng biển X": where; a bare
                    // "trên" is not ("bay trên Nhật Bản" passes over it).
                    || through_place_class(before, &[ON])
                    || (last_words(ON)
                        && e.kind == EntityKind::Location
                        && text.get(m.span.start..m.span.end).is_some_and(|name| {
                            let name = lower(name);
                            PLACE_CLASS.iter().any(|w| {
                                name.strip_prefix(w).is_some_and(|r| r.starts_with(' '))
                            })
                        }))
                    || CAPITAL_WORDS.iter().any(|w| {
                        last_words(w)
                            && AT_ANY_CASE.iter().any(|w| raw.contains(w))
                    })
                    || actor_scope::place_named(&raw[cut..], m.span.of(text), sub_place),
                possessive: last_words(OF) || after_possessive_title(&raw[cut..]),
                destination: DESTINATION.iter().any(|w| last_words(w)),
                origin: last_words(FROM) || through_place_class(before, &[FROM]),
                // "Lãnh đạo tỉnh Xiêng Khoảng cảm ơn …": a province named
                // after its own head word is that province's authorities,
                // acting for its country, not a region of a country.
                region: REGION.iter().any(|w| last_words(w))
                    && !(PROVINCE_HEADS.iter().any(|w| last_words(w))
                        && e.gazetteer_id.as_deref().is_some_and(|id| id.contains('.'))),
                in_other_name: false,
                national: is_nationality(&clause_tail),
            };
            found.push((m.sentence as usize, actor, body, other_name));
        }
    }
    this_country_of_last_named(text, entities, &mut found);
    let lists = |mode: BodyActors| {
        let mut per: Vec<Vec<SentenceActor>> = vec![Vec::new(); sentences.len()];
        for (sentence, actor, body, other_name) in &found {
            let e = &entities[actor.entity];
            let body = match mode {
                BodyActors::Passports => None,
                _ => *body,
            };
            // The head of a body acts for it, never for the country of his
            // passport (Guterres is not Portugal).
            let (country, igo) = match (body, &e.country) {
                (Some(code), _) if mode == BodyActors::All || e.kind == EntityKind::Person => {
                    (code, true)
                }
                (Some(_), _) => continue,
                // The mention's own country: "Chính phủ nước này" may
                // have taken the last named country's.
                (None, Some(_)) => (actor.country.as_str(), false),
                (None, None) => continue,
            };
            if let Some(list) = per.get_mut(*sentence) {
                list.push(SentenceActor {
                    country: country.to_string(),
                    igo,
                    in_other_name: igo && *other_name,
                    ..actor.clone()
                });
            }
        }
        for (si, list) in per.iter_mut().enumerate() {
            list.sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
            let mut kept: Vec<SentenceActor> = Vec::with_capacity(list.len());
            for a in list.drain(..) {
                if kept.last().is_some_and(|k| k.span.contains(a.span)) {
                    continue;
                }
                kept.push(a);
            }
            // Dropped only now, so that "Liên hợp quốc" inside "Hội nghị
            // ... Hội đồng Bảo an Liên hợp quốc" goes with it.
            kept.retain(|a| !a.in_other_name);
            for i in 1..kept.len() {
                let between = text
                    .get(kept[i - 1].span.end..kept[i].span.start)
                    .unwrap_or("")
                    .trim();
                if matches!(between, "-" | "–" | "—") {
                    kept[i - 1].paired = true;
                    kept[i].paired = true;
                }
                // "tại khách sạn … trên đảo Sentosa, Singapore": the country
                // after a place where something happened is its address.
                if between == ","
                    && kept[i - 1].locative
                    && kept[i - 1].is_place
                    && kept[i].is_place
                    && kept[i - 1].country == kept[i].country
                {
                    kept[i].locative = true;
                }
            }
            actor_scope::spread_places(text, sentences[si].span.start, &mut kept);
            *list = kept;
        }
        per
    };
    [
        lists(BodyActors::Passports),
        lists(BodyActors::Heads),
        lists(BodyActors::All),
    ]
}

/// "Bộ Ngoại giao Hàn Quốc thông báo, Chính phủ nước này sẽ …": a body
/// named with "nước này" belongs to the country named last before it (in
/// its sentence or the one before), whatever country its bare name was
/// read as. Names that hold their country ("Chính phủ Nhật Bản") are left.
pub(crate) fn this_country_of_last_named(
    text: &str,
    entities: &[Entity],
    found: &mut [(usize, SentenceActor, Option<&str>, bool)],
) {
    let follows = |end: usize| {
        let Some(after) = text.get(end..) else {
            return false;
        };
        let mut cut = after.len().min(16);
        while !after.is_char_boundary(cut) {
            cut -= 1;
        }
        let after = lower(&after[..cut]);
        THIS_COUNTRY.iter().any(|w| {
            after.starts_with(w)
                && !after[w.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric())
        })
    };
    if !THIS_COUNTRY.iter().any(|w| text.contains(w)) {
        return;
    }
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| found[i].1.span.start);
    for (n, &i) in order.iter().enumerate() {
        let (sentence, actor, body, _) = &found[i];
        let e = &entities[actor.entity];
        if body.is_some() || e.kind != EntityKind::Organisation || !follows(actor.span.end) {
            continue;
        }
        let sentence = *sentence;
        let last = order[..n]
            .iter()
            .rev()
            .map(|&j| &found[j])
            .find(|(s, a, b, _)| {
                b.is_none()
                    && !a.country.is_empty()
                    && *s + 1 >= sentence
                    && !follows(a.span.end)
                    && !a.locative
            });
        if let Some(country) = last.map(|(_, a, ..)| a.country.clone()) {
            found[i].1.country = country;
        }
    }
}

/// "Bà Phạm Thu Hằng nhấn mạnh: “… Chúng tôi đã trao đổi với phía
/// Australia …”": inside a quotation, "chúng tôi" is its speaker (the last
/// person named before the opening mark), added as an actor where it
/// stands.
pub(crate) fn add_quoted_speakers(
    text: &str,
    sentences: &[Sentence],
    actors: &mut [Vec<SentenceActor>],
) {
    if !text.contains(WE_TAIL) {
        return;
    }
    let mut speaker: Option<SentenceActor> = None;
    // Inside a quotation, and how deep in quotations within it.
    let (mut open, mut depth) = (false, 0usize);
    for (si, sentence) in sentences.iter().enumerate() {
        let Some(list) = actors.get_mut(si) else {
            break;
        };
        let body = sentence.span.of(text);
        // Stretches of this sentence inside the quotation, with its speaker.
        let mut inside: Vec<(usize, usize, SentenceActor)> = Vec::new();
        let mut from = open.then_some(sentence.span.start);
        for (i, c) in body.char_indices() {
            let at = sentence.span.start + i;
            match c {
                // A quotation inside the quotation ("cờ vàng").
                '“' if open => depth += 1,
                '”' if depth > 0 => depth -= 1,
                '“' | '"' if !open => {
                    open = true;
                    speaker = list
                        .iter()
                        .rfind(|a| a.is_person && a.span.end <= at)
                        .cloned();
                    from = Some(at);
                }
                '”' | '"' if open => {
                    if let (Some(start), Some(who)) = (from, &speaker) {
                        inside.push((start, at, who.clone()));
                    }
                    open = false;
                    speaker = None;
                    from = None;
                }
                _ => {}
            }
        }
        if let (Some(start), Some(who)) = (from, &speaker) {
            inside.push((start, sentence.span.end, who.clone()));
        }
        for (start, end, who) in inside {
            let Some(stretch) = text.get(start..end) else {
                continue;
            };
            for (i, _) in stretch.match_indices(WE_TAIL) {
                // "Chúng tôi" or "chúng tôi", a word of its own.
                let Some(first) = stretch[..i].chars().next_back() else {
                    continue;
                };
                if !matches!(first, 'C' | 'c') {
                    continue;
                }
                let at = start + i - first.len_utf8();
                let span = Span::new(at, start + i + WE_TAIL.len());
                if list
                    .iter()
                    .any(|a| a.span.start < span.end && span.start < a.span.end)
                {
                    continue;
                }
                list.push(SentenceActor {
                    span,
                    possessive: false,
                    locative: false,
                    destination: false,
                    origin: false,
                    region: false,
                    paired: false,
                    in_other_name: false,
                    national: false,
                    ..who.clone()
                });
            }
        }
        list.sort_by_key(|a| a.span.start);
    }
}

/// How much of a clause's start or end its cues are read in.
pub(crate) const CUE_WINDOW: usize = 64;

/// The lower case of the first [`CUE_WINDOW`] bytes of `s` (whole chars).
pub(crate) fn head_lower(s: &str) -> String {
    let mut end = s.len().min(CUE_WINDOW);
    while !s.is_char_boundary(end) {
        end += 1;
    }
    lower(&s[..end])
}

/// The lower case of the last [`CUE_WINDOW`] bytes of `s` (whole chars).
pub(crate) fn tail_lower(s: &str) -> String {
    let mut start = s.len().saturating_sub(CUE_WINDOW);
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    lower(&s[start..])
}

/// The lower case of `s`, char by char through the fast Latin table (the
/// cues read are Vietnamese words: no Greek final sigma to mind).
pub(crate) fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        thoisu_normalise::chars::push_lowercase(&mut out, c);
    }
    out
}

/// Does the text before a mention end in "của" and a capitalised title
/// ("lời mời của Tổng thống Cộng hòa Belarus ⟨Lukashenko⟩"): the one whose
/// invitation or proposal it is, no doer of the sentence's act?
/// "chuyến thăm (cấp nhà nước) của A": A, named right after the visit and
/// its "của" (a few qualifiers between, no break), is the visitor.
pub(crate) fn visitor_after(trigger: Span, a: &SentenceActor, st: &SyllableText) -> bool {
    let (i, j) = (
        st.syllable_from(trigger.end),
        st.syllable_from(a.span.start),
    );
    if !a.possessive || j <= i || j - i > 7 || (i..=j).any(|k| st.punct_before(k)) {
        return false;
    }
    // Only the visit's kind stands before "của"; a title may follow it.
    let key = st.key_of(i, j);
    key.split_once(OF_KEY)
        .is_some_and(|(kind, _)| kind.is_empty() || VISIT_KINDS.contains(&kind))
}

pub(crate) fn after_possessive_title(before: &str) -> bool {
    const MAX_TITLE_WORDS: usize = 7;
    let Some(at) = before.rfind(OF_KEY) else {
        return false;
    };
    let title = &before[at + OF_KEY.len()..];
    let words: Vec<&str> = title.split_whitespace().collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // A title opens capitalised and runs on in compounds ("Tổng thống
    // Cộng hòa Belarus"): one lower-case syllable after a capitalised one.
    let in_title = |i: usize| {
        let w = words[i];
        w.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            && (capital(w) || (i > 0 && capital(words[i - 1]) && !CLAUSE_WORDS.contains(&w)))
    };
    !words.is_empty()
        && words.len() <= MAX_TITLE_WORDS
        && capital(words[0])
        && (0..words.len()).all(in_title)
}

/// Does the mention stand in an opening "Theo X," (the news source)? True
/// when the text of its clause before it starts with "theo".
pub(crate) fn is_attribution(before_lower: &str) -> bool {
    // "(Nguồn: Wikipedia) Theo AFP, …": a bracket closed before opens the clause too.
    let clause = before_lower
        .rsplit([',', ';', ':', ')'])
        .next()
        .unwrap_or("");
    let clause = clause.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "Theo lời (của) X, …" and "Dẫn lời X, …" report X's words; "Theo lời
    // mời của X" names the host of a visit.
    ATTRIBUTION_OPENERS.iter().any(|w| clause.starts_with(w))
        && !ATTRIBUTION_NOT.iter().any(|w| clause.starts_with(w))
}

/// Does a reporting verb follow the mention ending at `end` ("Reuters dẫn
/// tuyên bố …")?
pub(crate) fn reports_after(text: &str, end: usize) -> bool {
    let Some(after) = text.get(end..) else {
        return false;
    };
    let mut cut = after.len().min(24);
    while !after.is_char_boundary(cut) {
        cut -= 1;
    }
    let after = lower(&after[..cut]);
    REPORTING_VERBS.iter().any(|v| after.starts_with(v))
}

/// Does the clause before a mention end on a nationality word ("(quốc
/// tịch Australia)", "người mang quốc tịch Hàn Quốc", "Việt kiều Mỹ")?
pub(crate) fn is_nationality(before_lower: &str) -> bool {
    let before = before_lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    NATIONALITY.iter().any(|w| {
        before.ends_with(w)
            && before[..before.len() - w.len()]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Does a verb of arrest or removal (`seizing.txt`) stand before the
/// nationality word (`seized_nationality.txt`) that ends the clause ("bắt quả tang 3 đối tượng quốc
/// tịch …")?
pub(crate) fn seized(before_lower: &str) -> bool {
    let before = before_lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    let Some(at) = SEIZED_NATIONALITY
        .iter()
        .filter(|w| before.ends_with(*w))
        .map(|w| before.len() - w.len())
        .next()
    else {
        return false;
    };
    let head = format!(" {} ", &before[..at]);
    SEIZING.iter().any(|w| head.contains(&format!(" {w} ")))
}

/// How many bytes of the clause before a bracket are read for the verb of
/// arrest or sentence the bracketed nationality belongs to.
pub(crate) const BRACKET_CLAUSE_WINDOW: usize = 192;

/// "TAND TP Hồ Chí Minh tuyên phạt bị cáo A (35 tuổi, quốc tịch Nigeria) và
/// bị cáo B (30 tuổi, quốc tịch Brazil)": a nationality inside the bracket
/// after a person's name belongs to the one the verb before the bracket
/// (`seizing.txt`) arrests or sentences. Earlier closed brackets are skipped,
/// so each person of a list is read; the clause ends at a comma outside them.
pub(crate) fn seized_in_bracket(raw: &str, credit: &str, clause_tail: &str) -> bool {
    if credit.is_empty() {
        return false;
    }
    let outer = outside_brackets(&raw[..raw.len() - credit.len()]);
    let clause = outer.rsplit([',', ';', ':']).next().unwrap_or("");
    let mut start = clause.len().saturating_sub(BRACKET_CLAUSE_WINDOW);
    while !clause.is_char_boundary(start) {
        start -= 1;
    }
    seized(&format!("{} {clause_tail}", lower(&clause[start..])))
}

/// `s` without its bracketed parts, brackets and all (nested ones too).
pub(crate) fn outside_brackets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Does the mention stand inside "(Ảnh: X/TTXVN)" — a photo credit left in
/// the running text by a feed that lost the caption's paragraph?
pub(crate) fn in_photo_credit(before_lower: &str) -> bool {
    match (before_lower.rfind('('), before_lower.rfind(')')) {
        (Some(open), close) if close.is_none_or(|c| c < open) => {
            let inside = before_lower[open + 1..].trim_start();
            PHOTO_CREDITS.iter().any(|w| inside.starts_with(w))
        }
        _ => false,
    }
}

/// The article's two most-mentioned countries: what "hai bên" refers to
/// (the head of an international body counts for none).
pub(crate) fn focal_pair(entities: &[Entity], bodies: &Bodies) -> Option<(String, String)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for e in entities.iter().filter(|e| bodies.code_of(e).is_none()) {
        if let Some(c) = &e.country {
            *counts.entry(c.as_str()).or_default() += e.mentions.len();
        }
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match ranked.as_slice() {
        [a, b, ..] => Some((a.0.to_string(), b.0.to_string())),
        _ => None,
    }
}

/// "Thủ tướng Nhật Bản Ishiba Shigeru": a country or body in a title chain
/// stands for the person it introduces.
pub(crate) fn person_named_after<'a>(
    a: &'a SentenceActor,
    others: &[&'a SentenceActor],
    st: &SyllableText,
) -> &'a SentenceActor {
    if a.is_person {
        return a;
    }
    let next = others.iter().find(|b| b.span.start >= a.span.end);
    match next {
        Some(b) if b.is_person && b.country == a.country => {
            let (i, j) = (st.syllable_from(a.span.end), st.syllable_from(b.span.start));
            if j - i <= 2 && !(i..=j).any(|k| st.punct_before(k)) {
                b
            } else {
                a
            }
        }
        _ => a,
    }
}

/// "Ông gửi lời cảm ơn Chính phủ Campuchia …": a sentence opening with
/// "Ông"/"Bà" and naming no one before its verb has the person the sentence
/// before named first as its doer; the act is done to the first other
/// country named after the verb. A short opening phrase closed by a comma
/// may come first ("Chiều 18/11, ông gặp Thủ tướng Anh …", "Ngay trong
/// ngày, ông gặp …"): it names no one either.
pub(crate) fn pronoun_subject<'a>(
    text: &str,
    trigger: Span,
    st: &SyllableText,
    actors: &'a [Vec<SentenceActor>],
    si: usize,
) -> Option<(&'a SentenceActor, &'a SentenceActor)> {
    /// The longest opening phrase before the pronoun, in syllables.
    const MAX_OPENING: usize = 6;
    if si == 0 || st.syllables.len() < 2 {
        return None;
    }
    let verb = st.syllable_from(trigger.start);
    let at = if matches!(st.key_of(0, 1), MR_KEY | MRS_KEY) {
        0
    } else {
        (1..=MAX_OPENING.min(verb)).find(|&k| st.punct_before(k))?
    };
    if at + 2 > st.syllables.len() || !matches!(st.key_of(at, at + 1), MR_KEY | MRS_KEY) {
        return None;
    }
    let first = st.syllables[at].span;
    // "Ông Nguyễn Văn A …" names its doer: the word opens a name there,
    // known or not ("Ông Gargash cảnh báo").
    let in_name = actors[si]
        .iter()
        .any(|a| a.span.start <= first.start && first.start < a.span.end)
        || st.syllables[at + 1]
            .span
            .of(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    if in_name || verb <= at || (at + 1..=verb).any(|k| st.punct_before(k)) {
        return None;
    }
    let named_before = actors[si]
        .iter()
        .any(|a| a.span.end <= trigger.start && !a.locative);
    if named_before {
        return None;
    }
    let source = actors[si - 1]
        .iter()
        .find(|a| a.is_person && !a.locative && !a.possessive)?;
    let target = actors[si].iter().find(|a| {
        a.span.start >= trigger.end && !a.locative && !a.paired && a.country != source.country
    })?;
    Some((source, target))
}

/// Does a pronoun stand right before the verb at syllable `first` (aspect
/// words aside: "họ đã ký", "ông cũng kêu gọi"), in its clause?
pub(crate) fn pronoun_before(st: &SyllableText, first: usize) -> bool {
    let end = before_aspect(st, first);
    // A clause mark inside or after the words keeps them out of the key
    // compared ("họ | " is no subject of the verb).
    (1..=2.min(end)).any(|n| PRONOUNS.contains(&st.key_of(end - n, end)))
}

pub(crate) fn side(a: &SentenceActor) -> Side {
    Side {
        entity: Some(a.entity),
        country: a.country.clone(),
        igo: a.igo,
    }
}
