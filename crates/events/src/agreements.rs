//! Signed documents: from listings ("Các văn kiện hợp tác gồm: A; B; …") and
//! from signing sentences ("A và B đã ký Bản ghi nhớ về …").
//!
//! A document counts only where the text says it was signed: a listing needs
//! a signing phrase (057, not negated, not future) in its own sentence or
//! one of the two before it; a sentence-form document needs one before it in
//! the same sentence. Documents merely planned or mentioned are left out.

use crate::syllables::{PhraseMatch, SyllableText};
use crate::{location, recent_date, sentence_date, Coder, SentenceActor, Side};
use thoisu_core::{
    Agreement, AgreementKind, DateMention, Entity, EntityKind, Party, Sentence, Span,
};

/// A signing phrase the coder found (057, not negated, not planned).
pub(crate) struct Signing {
    pub sentence: usize,
    /// Where its words end: a sentence-form document is named after it.
    pub trigger_end: usize,
}

/// How far back (in sentences) a listing looks for its signing phrase.
const CONTEXT: usize = 2;

pub(crate) fn find(
    coder: &Coder,
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    actors: &[Vec<SentenceActor>],
    dates: &[DateMention],
    signing: &[Signing],
) -> Vec<Agreement> {
    let mut out = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let Some(signed) = signing
            .iter()
            .rev()
            .find(|s| s.sentence <= si && si - s.sentence <= CONTEXT)
        else {
            continue;
        };
        let context = signed.sentence;
        let body = sentence.span.of(text);
        let date = sentence_date(dates, si)
            .or_else(|| sentence_date(dates, context))
            .or_else(|| recent_date(dates, context));
        let place =
            location(&actors[si], entities).or_else(|| location(&actors[context], entities));
        // A listed document names its parties itself: no sentence actors.
        let items = listing_items(body, sentence.span.start);
        let mut listed: Vec<Agreement> = items
            .iter()
            .filter_map(|&item| document(coder, text, item, si, entities, &[], true))
            .collect();
        if items.is_empty() && body.trim_end().ends_with(':') {
            // "Các văn kiện gồm:" with one document a paragraph after it.
            // A numbered or bulleted paragraph that names something else
            // ("3. Giấy chứng nhận …") is skipped; a plain one ends the list.
            for (j, s) in sentences.iter().enumerate().skip(si + 1) {
                let (item, bulleted) = paragraph_item(text, s.span);
                let found = (item.end > item.start)
                    .then(|| document(coder, text, item, j, entities, &[], true))
                    .flatten();
                match found {
                    Some(a) => listed.push(a),
                    None if !bulleted => break,
                    None => {}
                }
            }
        }
        let found_in_listing = !items.is_empty() || !listed.is_empty();
        for a in listed {
            out.push(Agreement {
                date: date.clone(),
                location: place.as_ref().map(|p| p.name.clone()),
                ..a
            });
        }
        if found_in_listing || context != si {
            continue;
        }
        // Sentence form: every document named after the signing phrase.
        // The first signing phrase of this sentence (the coder found them in order).
        let trigger_end = signing
            .iter()
            .find(|s| s.sentence == si)
            .map_or(signed.trigger_end, |s| s.trigger_end);
        let st = SyllableText::new(text, sentence.span);
        for m in st.find(&coder.rules.kinds) {
            let span = st.span(m.first, m.end);
            if span.start < trigger_end || kind_in_name(coder, text, &st, &m, entities) {
                continue;
            }
            let end = clause_end(text, span.start, sentence.span.end);
            if let Some(a) = document(
                coder,
                text,
                Span::new(span.start, end),
                si,
                entities,
                &actors[si],
                false,
            ) {
                out.push(Agreement {
                    date: date.clone(),
                    location: place.as_ref().map(|p| p.name.clone()),
                    ..a
                });
            }
        }
    }
    merge_retold(coder, out, entities)
}

/// "… đã ký biên bản ghi nhớ giữa hai bên. Việc ký kết biên bản ghi nhớ
/// nhằm … giữa VCCI và NCCIM …": a document first told by its kind alone
/// and told again within a sentence or two, with a party it already has,
/// is the same document.
fn merge_retold(coder: &Coder, agreements: Vec<Agreement>, entities: &[Entity]) -> Vec<Agreement> {
    let bare = |a: &Agreement| {
        let st = SyllableText::new(&a.title, Span::new(0, a.title.len()));
        let n = st.syllables.len();
        st.find(&coder.rules.kinds)
            .iter()
            .any(|m| m.first == 0 && m.end == n)
    };
    let entity_of = |name: &str| {
        entities
            .iter()
            .position(|e| e.name == name || e.mentions.iter().any(|m| m.text == name))
    };
    let same_party = |a: &Party, b: &Party| {
        a.name == b.name || entity_of(&a.name).is_some_and(|e| entity_of(&b.name) == Some(e))
    };
    let mut out: Vec<Agreement> = Vec::with_capacity(agreements.len());
    for a in agreements {
        let earlier = out.iter_mut().find(|k| {
            k.kind == a.kind
                && k.sentence <= a.sentence
                && a.sentence - k.sentence <= CONTEXT as u32
                && k.sentence != a.sentence
                && bare(k)
                && a.parties
                    .iter()
                    .any(|p| k.parties.iter().any(|q| same_party(p, q)))
        });
        match earlier {
            Some(k) => {
                for p in a.parties {
                    if !k.parties.iter().any(|q| same_party(&p, q)) {
                        k.parties.push(p);
                    }
                }
                if k.date.is_none() {
                    k.date = a.date;
                }
            }
            None => out.push(a),
        }
    }
    out
}

/// The items of "...: A; B; C." — spans into the article text; empty when the
/// sentence is not a listing.
fn listing_items(sentence: &str, offset: usize) -> Vec<Span> {
    let Some(colon) = sentence.find(':') else {
        return Vec::new();
    };
    let rest = &sentence[colon + 1..];
    let mut items = Vec::new();
    let mut start = colon + 1;
    for piece in rest.split([';', '\n']) {
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim().trim_end_matches(['.', '…', ',']);
        if !trimmed.is_empty() {
            items.push(Span::new(
                offset + start + lead,
                offset + start + lead + trimmed.len(),
            ));
        }
        start += piece.len() + 1;
    }
    items
}

/// A listed paragraph without its bullet ("-", "+", "•", "1.", "a)") and
/// final stop.
fn paragraph_item(text: &str, span: Span) -> (Span, bool) {
    let s = span.of(text);
    let body = s.trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, '-' | '+' | '•' | '*' | '–' | '.' | ')')
            || c.is_ascii_digit()
    });
    let bulleted = s.trim_start().len() > body.len();
    let start = span.start + (s.len() - body.len());
    let body = body.trim_end().trim_end_matches(['.', ';', ',', '…']);
    (Span::new(start, start + body.len()), bulleted)
}

/// Where the clause starting at `from` ends: the next ';', ',' or '.' that is
/// not inside a number.
fn clause_end(text: &str, from: usize, limit: usize) -> usize {
    let s = &text[from..limit];
    let bytes = s.as_bytes();
    for (i, c) in s.char_indices() {
        if matches!(c, ';' | ',' | '.' | '(' | ':') {
            let digit_after = bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit());
            if !(c == '.' && digit_after) {
                return from + s[..i].trim_end().len();
            }
        }
    }
    from + s.trim_end().trim_end_matches(['.', '…']).len()
}

/// One document, if `span` opens with a document kind.
fn document(
    coder: &Coder,
    text: &str,
    span: Span,
    sentence: usize,
    entities: &[Entity],
    actors: &[SentenceActor],
    must_open: bool,
) -> Option<Agreement> {
    let st = SyllableText::new(text, span);
    let kind_match = st
        .find(&coder.rules.kinds)
        .into_iter()
        .find(|m| !kind_in_name(coder, text, &st, m, entities))?;
    if must_open && kind_match.first > 1 {
        return None;
    }
    let kind = coder.rules.kinds.values[kind_match.pattern];
    // Parties: the bodies named after "giữa" in the title, else the
    // sentence's actors.
    let giua = st
        .syllables
        .iter()
        .position(|s| s.span.of(text).to_lowercase() == "giữa");
    let between = giua.map(|i| st.syllables[i].span.end);
    // "ký biên bản ghi nhớ giữa hai bên trước sự chứng kiến …": the two
    // sides are the signers named before, not a party called "hai bên".
    let both_sides = between.is_some_and(|from| {
        let end = from + party_list_end(&text[from..span.end]);
        let list = SyllableText::new(text, Span::new(from, end));
        let n = list.syllables.len();
        n > 0
            && (list.key_of(0, n) == "các bên "
                || list
                    .find(&coder.rules.pairs)
                    .iter()
                    .any(|m| m.first == 0 && m.end == n))
    });
    // The title ends before who looked on, and before "giữa hai bên".
    let mut title_end = span.end;
    for stop in WITNESS {
        if let Some(at) = text[span.start..span.end].find(stop) {
            title_end = title_end.min(span.start + at);
        }
    }
    if both_sides {
        if let Some(i) = giua {
            title_end = title_end.min(st.syllables[i].span.start);
        }
    }
    let title = text[span.start..title_end].trim_end().to_string();
    let between = between.filter(|_| !both_sides);
    let mut parties = Vec::new();
    if both_sides {
        // The signers: the bodies of the signing clause before the document,
        // else its people ("Chủ tịch VCCI … và Chủ tịch NCCIM … đã ký").
        let signers: Vec<&SentenceActor> = actors
            .iter()
            .filter(|a| a.span.end <= span.start && !a.locative && !a.is_place)
            .filter(|a| !text[a.span.end..span.start].contains([',', ';', ':']))
            .collect();
        let bodies: Vec<&&SentenceActor> = signers
            .iter()
            .filter(|a| entities[a.entity].kind == EntityKind::Organisation)
            .collect();
        let chosen: Vec<&SentenceActor> = if bodies.len() >= 2 {
            bodies.into_iter().copied().collect()
        } else {
            signers
        };
        for a in chosen {
            push_party(
                &mut parties,
                &entities[a.entity].name,
                Some(a.country.clone()),
            );
        }
    }
    if let Some(from) = between {
        let end = from + party_list_end(&text[from..span.end]);
        let parts = split_parties(text, Span::new(from, end), entities);
        let names: Vec<&str> = parts.iter().map(|p| party_name(p.of(text))).collect();
        for (part, name) in parts.iter().zip(&names) {
            let country = country_within(*part, entities);
            // "Chính phủ nước … Việt Nam và Chính phủ nước … Belarus": two
            // bodies of one name are told apart by their countries.
            let shared = names.iter().filter(|n| *n == name).count() > 1;
            match country_name_within(*part, entities) {
                Some(land) if shared => {
                    push_party(&mut parties, &format!("{name} {land}"), country)
                }
                _ => push_party(&mut parties, name, country),
            }
        }
    }
    if parties.is_empty() && !must_open {
        for a in actors.iter().filter(|a| !a.locative && !a.is_place) {
            push_party(
                &mut parties,
                &entities[a.entity].name,
                Some(a.country.clone()),
            );
        }
    }
    let span = Span::new(span.start, span.start + title.len());
    Some(Agreement {
        kind,
        title,
        parties,
        date: None,
        location: None,
        span,
        sentence: sentence as u32,
    })
}

fn push_party(parties: &mut Vec<Party>, name: &str, country: Option<String>) {
    if !parties.iter().any(|p| p.name == name) {
        parties.push(Party {
            name: name.to_string(),
            country,
        });
    }
}

/// The country a party's name gives: the last mention inside it that has one
/// ("Bộ Y tế Việt Nam", "Bộ Công Thương Hàn Quốc").
fn country_within(part: Span, entities: &[Entity]) -> Option<String> {
    last_with_country(part, entities.iter()).and_then(|e| e.country.clone())
}

/// The entity with a country whose mention ends last inside `part` (of two
/// ending together, the longer).
fn last_with_country<'e>(
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

/// A party's name without what only qualifies it: a bracketed other name
/// ("Trường Đảng Trung ương (Học viện Hành chính Quốc gia)") and the
/// state's full style after "nước" ("Bộ Y tế nước Cộng hòa xã hội chủ nghĩa
/// Việt Nam" is "Bộ Y tế"; the country is kept apart).
fn party_name(name: &str) -> &str {
    let mut end = name.len();
    if let Some(i) = name.find(" (") {
        end = end.min(i);
    }
    for (i, _) in name.match_indices(" nước ") {
        let next = name[i + " nước ".len()..].chars().next();
        // "Nhà nước" is part of a name ("Ngân hàng Nhà nước Việt Nam").
        let state = name[..i].ends_with(" Nhà") || name[..i].ends_with(" nhà");
        if i > 0 && !state && next.is_some_and(char::is_uppercase) {
            end = end.min(i);
            break;
        }
    }
    name[..end].trim_end()
}

/// The name of the last country named inside a party ("Belarus").
fn country_name_within(part: Span, entities: &[Entity]) -> Option<&str> {
    let places = entities
        .iter()
        .filter(|e| e.kind == thoisu_core::EntityKind::Location);
    last_with_country(part, places).map(|e| e.name.as_str())
}

/// Is a document word part of a name ("Bộ Kế hoạch và Đầu tư")? Inside a
/// body's mention, or a plan word written capitalised after a capitalised
/// word: a plan's title opens lower case after its verb ("ký kế hoạch").
fn kind_in_name(
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
pub(crate) const WITNESS: [&str; 6] = [
    " dưới sự chủ trì",
    " dưới sự chứng kiến",
    " với sự chứng kiến",
    " trước sự chứng kiến",
    " với sự tham dự",
    " có sự chứng kiến",
];

/// Where the list of parties after "giữa" ends: at the topic ("về", "nhằm",
/// "trong lĩnh vực", …), a semicolon or the end, without the final stop.
fn party_list_end(s: &str) -> usize {
    const STOPS: [&str; 14] = [
        " về ",
        " nhằm ",
        " trong lĩnh vực ",
        " trong việc ",
        " liên quan ",
        " để ",
        " giai đoạn ",
        " năm 1",
        " năm 2",
        " tại ",
        " ngày ",
        " có hiệu lực",
        " trị giá ",
        ";",
    ];
    let end = STOPS
        .iter()
        .chain(WITNESS.iter())
        .filter_map(|stop| s.find(stop))
        .min()
        .unwrap_or(s.len());
    s[..end]
        .trim_end()
        .trim_end_matches(['.', '…', ',', ')'])
        .len()
}

/// The parties in "A và B", "A, B và C": split at "và" (or a comma) where a
/// named body or place starts, never inside a name that holds "và" itself
/// ("Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Bộ …"). With no name found
/// after any "và", every "và" splits.
fn split_parties(text: &str, list: Span, entities: &[Entity]) -> Vec<Span> {
    let s = list.of(text);
    let mentions: Vec<Span> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.span))
        .filter(|m| m.start < list.end && m.end > list.start)
        .collect();
    let inside_name =
        |at: usize, len: usize| mentions.iter().any(|m| m.start < at && m.end > at + len);
    let name_starts = |at: usize| mentions.iter().any(|m| m.start == at);
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut all_and: Vec<(usize, usize)> = Vec::new();
    for (sep, named_only) in [(" và ", false), (", ", true)] {
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
    if cuts.is_empty() {
        cuts = all_and;
    }
    cuts.sort_unstable();
    let mut parts = Vec::new();
    let mut start = list.start;
    for (at, len) in cuts {
        if at > start {
            parts.push(Span::new(start, at));
        }
        start = at + len;
    }
    if list.end > start {
        parts.push(Span::new(start, list.end));
    }
    parts
        .into_iter()
        .map(|p| {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{entities, Spec};
    use thoisu_core::AgreementKind::{Agreement as Accord, Mou};
    use thoisu_core::EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

    /// One sentence a line, as the splitter gives paragraphs.
    fn lines(text: &str) -> Vec<Sentence> {
        let mut start = 0;
        text.split_inclusive('\n')
            .map(|line| {
                let span = Span::new(start, start + line.trim_end().len());
                start += line.len();
                Sentence { span }
            })
            .collect()
    }

    fn signed(text: &str, spec: &Spec) -> Vec<Agreement> {
        let text = &thoisu_normalise::normalise(text);
        let sents = lines(text);
        let ents = entities(text, &sents, spec);
        Coder::embedded().code(text, &sents, &ents, &[]).agreements
    }

    fn parties(a: &Agreement) -> Vec<(&str, Option<&str>)> {
        a.parties
            .iter()
            .map(|p| (p.name.as_str(), p.country.as_deref()))
            .collect()
    }

    const KOREA: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        (
            ORG,
            "Bộ Văn hóa, Thể thao và Du lịch",
            "VNM",
            &["Bộ Văn hóa, Thể thao và Du lịch Việt Nam"],
        ),
        (
            ORG,
            "Bộ Lao động và Việc làm",
            "KOR",
            &["Bộ Lao động và Việc làm"],
        ),
        (
            ORG,
            "Ngân hàng Nhà nước Việt Nam",
            "VNM",
            &["Ngân hàng Nhà nước Việt Nam"],
        ),
        (
            ORG,
            "Ngân hàng Trung ương",
            "KOR",
            &["Ngân hàng Trung ương"],
        ),
        (ORG, "Bộ Nội vụ", "VNM", &["Bộ Nội vụ"]),
    ];

    #[test]
    fn documents_listed_one_a_paragraph_after_the_ceremony_are_each_signed() {
        let text = "Sau hội đàm, hai nhà lãnh đạo chứng kiến Lễ trao các văn kiện hợp tác Việt Nam - Hàn Quốc.\n\
             Các văn kiện hợp tác gồm:\n\
             Bản ghi nhớ về văn hóa giữa Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Bộ Lao động và Việc làm Hàn Quốc.\n\
             2. Giấy chứng nhận bàn giao dự án giữa hai nước.\n\
             3. Bản ghi nhớ giữa Ngân hàng Nhà nước Việt Nam và Ngân hàng Trung ương Hàn Quốc về hợp tác và hỗ trợ kỹ thuật.\n\
             Hai bên cũng nhất trí tăng cường giao lưu nhân dân.\n\
             Bản ghi nhớ giữa Bộ Nội vụ Việt Nam và Bộ Lao động và Việc làm Hàn Quốc.";
        let found = signed(text, KOREA);
        let kinds: Vec<_> = found.iter().map(|a| a.kind).collect();
        // The certificate is skipped, the plain paragraph ends the list, and
        // the document after it was never said to be signed.
        assert_eq!(kinds, [Mou, Mou], "{found:?}");
        assert_eq!(
            parties(&found[0]),
            [
                ("Bộ Văn hoá, Thể thao và Du lịch Việt Nam", Some("VNM")),
                ("Bộ Lao động và Việc làm Hàn Quốc", Some("KOR")),
            ]
        );
        // "Nhà nước" is part of the bank's name, not the state's style.
        assert_eq!(
            parties(&found[1]),
            [
                ("Ngân hàng Nhà nước Việt Nam", Some("VNM")),
                ("Ngân hàng Trung ương Hàn Quốc", Some("KOR")),
            ]
        );
    }

    #[test]
    fn the_topic_of_a_listed_document_is_not_an_event() {
        let text = "Hai nhà lãnh đạo chứng kiến Lễ trao các văn kiện hợp tác.\n\
             Các văn kiện gồm:\n\
             Bản ghi nhớ giữa Ngân hàng Nhà nước Việt Nam và Ngân hàng Trung ương Hàn Quốc về hợp tác và hỗ trợ kỹ thuật.";
        let text = &thoisu_normalise::normalise(text);
        let sents = lines(text);
        let ents = entities(text, &sents, KOREA);
        let coded = Coder::embedded().code(text, &sents, &ents, &[]);
        assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
        let codes: Vec<&str> = coded.events.iter().map(|e| e.code.as_str()).collect();
        assert!(!codes.iter().any(|c| c.starts_with("07")), "{codes:?}");
    }

    #[test]
    fn a_state_named_in_full_style_is_dropped_from_the_party_but_keeps_its_country() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Belarus", "BLR", &["Belarus"]),
        ];
        let text = "Hai Thủ tướng đã ký Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Belarus về miễn thị thực.";
        let found = signed(text, spec);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, Accord);
        // Two "Chính phủ" are told apart by their countries.
        assert_eq!(
            parties(&found[0]),
            [
                ("Chính phủ Việt Nam", Some("VNM")),
                ("Chính phủ Belarus", Some("BLR")),
            ]
        );
    }

    #[test]
    fn party_names_lose_brackets_and_state_styles_only() {
        assert_eq!(
            party_name("Trường Đảng Trung ương (Học viện Hành chính Quốc gia) nước Cộng hòa Nhân dân Trung Hoa"),
            "Trường Đảng Trung ương"
        );
        assert_eq!(
            party_name("Bộ Y tế nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
            "Bộ Y tế"
        );
        assert_eq!(
            party_name("Ngân hàng Nhà nước Việt Nam"),
            "Ngân hàng Nhà nước Việt Nam"
        );
        assert_eq!(party_name("Bộ Tài nguyên nước"), "Bộ Tài nguyên nước");
    }

    #[test]
    fn a_plan_word_inside_a_name_is_no_document() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Lào", "LAO", &["Lào"]),
            (
                ORG,
                "Bộ Kế hoạch và Đầu tư",
                "VNM",
                &["Bộ Kế hoạch và Đầu tư"],
            ),
            (ORG, "Bộ Tài chính Lào", "LAO", &["Bộ Tài chính Lào"]),
        ];
        let got = signed(
            "Hai bên đã ký Bản ghi nhớ hợp tác giữa Bộ Kế hoạch và Đầu tư và Bộ Tài chính Lào.",
            spec,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].kind, AgreementKind::Mou);
        // Signed right after its verb, or listed, a plan is one.
        let got = signed("Việt Nam và Lào đã ký kế hoạch hợp tác năm 2026.", spec);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].kind, AgreementKind::Plan);
        let got = signed(
            "Hai bên đã ký các văn kiện gồm Bản ghi nhớ về du lịch giữa Việt Nam và Lào; Kế hoạch hợp tác năm 2026 giữa Việt Nam và Lào.",
            spec,
        );
        let kinds: Vec<AgreementKind> = got.iter().map(|a| a.kind).collect();
        assert_eq!(kinds, [AgreementKind::Mou, AgreementKind::Plan], "{got:?}");
    }

    #[test]
    fn who_presided_or_looked_on_is_no_party() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        ];
        let got = signed(
            "Hai bên đã ký Bản ghi nhớ hợp tác giữa Việt Nam và Hàn Quốc dưới sự chứng kiến của Thủ tướng Phạm Minh Chính.",
            spec,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            parties(&got[0]),
            vec![("Việt Nam", Some("VNM")), ("Hàn Quốc", Some("KOR"))]
        );
    }

    #[test]
    fn both_sides_of_a_document_are_its_signers_and_a_retelling_is_the_same_document() {
        let spec: &Spec = &[
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (PER, "Srettha Thavisin", "THA", &["Srettha Thavisin"]),
            (
                ORG,
                "Hội Doanh nghiệp trẻ Việt Nam",
                "VNM#BUS",
                &["Hội Doanh nghiệp trẻ Việt Nam", "VYEA"],
            ),
            (
                ORG,
                "Phòng Thương mại Thái Lan",
                "THA#BUS",
                &["Phòng Thương mại Thái Lan", "TCC"],
            ),
        ];
        let text = "Nhân chuyến thăm Việt Nam của Thủ tướng Thái Lan Srettha Thavisin, Chủ tịch Hội Doanh nghiệp trẻ Việt Nam (VYEA) và Chủ tịch Phòng Thương mại Thái Lan (TCC) đã ký kết biên bản ghi nhớ giữa hai bên trước sự chứng kiến của Thủ tướng hai nước.\nViệc ký kết biên bản ghi nhớ nhằm tăng cường hợp tác giữa VYEA và TCC.";
        let text = &thoisu_normalise::normalise(text);
        let sents = lines(text);
        let ents = entities(text, &sents, spec);
        let coded = Coder::embedded().code(text, &sents, &ents, &[]);
        let got = &coded.agreements;
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].title, "biên bản ghi nhớ");
        assert_eq!(
            parties(&got[0]),
            vec![
                ("Hội Doanh nghiệp trẻ Việt Nam", Some("VNM")),
                ("Phòng Thương mại Thái Lan", Some("THA"))
            ]
        );
        // The governments looked on: the signing is between the countries.
        assert!(
            coded.events.iter().any(|e| e.code == "057"),
            "{:?}",
            coded.events
        );
        // Without them, a deal between two business bodies is commerce.
        let text = "Chủ tịch Hội Doanh nghiệp trẻ Việt Nam (VYEA) và Chủ tịch Phòng Thương mại Thái Lan (TCC) đã ký kết biên bản ghi nhớ giữa hai bên.";
        let text = &thoisu_normalise::normalise(text);
        let sents = lines(text);
        let ents = entities(text, &sents, spec);
        let coded = Coder::embedded().code(text, &sents, &ents, &[]);
        assert_eq!(coded.agreements.len(), 1);
        assert!(
            coded.events.iter().all(|e| e.code != "057"),
            "{:?}",
            coded.events
        );
        // Two documents each with a title of its own stay two.
        let got = signed(
            "Hai bên đã ký Bản ghi nhớ về y tế giữa Việt Nam và Thái Lan.\nHai bên cũng ký Bản ghi nhớ về giáo dục giữa Việt Nam và Thái Lan.",
            spec,
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }
}
