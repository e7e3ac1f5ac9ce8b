//! A document's title: where it starts and ends, and the administrative or company words inside it.

use super::*;

/// The document whose title runs over `span`, without the spaces, commas
/// and semicolons that end the clause; its parties from its own words.
pub(crate) fn titled_document(
    coder: &Coder,
    text: &str,
    span: Span,
    sentence: usize,
    entities: &[Entity],
) -> Option<Found> {
    let title = span
        .of(text)
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';'));
    let span = Span::new(span.start, span.start + title.len());
    document(coder, text, span, sentence, entities, &[], false)
}

/// One document, if `span` opens with a document kind.
pub(crate) fn document(
    coder: &Coder,
    text: &str,
    span: Span,
    sentence: usize,
    entities: &[Entity],
    actors: &[SentenceActor],
    must_open: bool,
) -> Option<Found> {
    // "…; và Bản ghi nhớ …": the last item's "và" is no part of its title.
    let span = [AND_KEY, AND_CAP_KEY]
        .iter()
        .find_map(|w| span.of(text).strip_prefix(w))
        .map_or(span, |rest| Span::new(span.end - rest.len(), span.end));
    let st = SyllableText::new(text, span);
    let kind_match = st
        .find(&coder.rules.kinds)
        .into_iter()
        .find(|m| !kind_in_name(coder, text, &st, m, entities))
        .or_else(|| {
            named_documents(coder, text, &st)
                .into_iter()
                .find(|m| m.first == 0)
        })?;
    if must_open && kind_match.first > 1 {
        return None;
    }
    let kind = coder.rules.kinds.values[kind_match.pattern];
    // Parties: the bodies named after "giữa" in the title, else the
    // sentence's actors, else the two countries the title names.
    let giua = st
        .syllables
        .iter()
        .position(|s| s.span.of(text).to_lowercase() == BETWEEN);
    let between = giua.map(|i| st.syllables[i].span.end);
    // "ký biên bản ghi nhớ giữa hai bên trước sự chứng kiến …": the two
    // sides are the signers named before, not a party called "hai bên".
    let list_end = |from: usize| {
        let s = &text[from..span.end];
        from + party_list_end(&s[..party_names::list_end(s)])
    };
    let signed_by_pair = between.is_some_and(|from| {
        let end = list_end(from);
        let list = SyllableText::new(text, Span::new(from, end));
        let n = list.syllables.len();
        // "giữa hai Chính phủ" names the body of each side: no signers.
        let body_of_each = both_sides(text[from..end].trim()).is_some_and(|b| !b.is_empty());
        n > 0
            && !body_of_each
            && (list.key_of(0, n) == ALL_SIDES_KEY
                || list
                    .find(&coder.rules.pairs)
                    .iter()
                    .any(|m| m.first == 0 && m.end == n))
    });
    // The title ends before who looked on, and before "giữa hai bên".
    let mut title_end = span.end;
    // "ra Tuyên bố chung về … và chứng kiến lễ ký Bản ghi nhớ …": the
    // leaders went on to look on, the title ended.
    for stop in WITNESS.iter().chain(LISTS.joined.iter()) {
        if let Some(at) = text[span.start..span.end].find(stop) {
            title_end = title_end.min(span.start + at);
        }
    }
    // "Ký thỏa thuận về phía Việt Nam là Bộ trưởng …": who signed for each
    // side, no topic.
    for stop in &WORDS.aside {
        if let Some(at) = text[span.start..span.end].find(stop.as_str()) {
            title_end = title_end.min(span.start + at);
        }
    }
    if signed_by_pair {
        if let Some(i) = giua {
            title_end = title_end.min(st.syllables[i].span.start);
        }
    }
    // "ký thỏa thuận tại trụ sở … ngày 27/6": where or when right after a
    // bare document word is no part of its title.
    // Who is named there ("tại trụ sở Bộ Ngoại giao Mỹ") hosted, not signed.
    let mut signers_end = span.end;
    if kind_match.end < st.syllables.len()
        && !st.punct_before(kind_match.end)
        && (1..=2).any(|n| {
            kind_match.end + n <= st.syllables.len()
                && WORDS
                    .bare
                    .contains(st.key_of(kind_match.end, kind_match.end + n))
        })
    {
        title_end = title_end.min(st.syllables[kind_match.end - 1].span.end);
        signers_end = title_end;
    }
    // A title opened by a quote ends with it ("ký “Hiệp ước …” vào ngày").
    let quoted = text[..span.start].trim_end().ends_with(['"', '“', '«']);
    if quoted {
        if let Some(close) = text[span.start..title_end].find(['"', '”', '»']) {
            title_end = span.start + close;
        }
    }
    let title_end = span.start + text[span.start..title_end].trim_end().len();
    let title = one_line(&text[span.start..title_end]);
    let between = between.filter(|_| !signed_by_pair);
    let mut parties = Vec::new();
    if signed_by_pair {
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
    let mut both = None;
    let mut with_each = Vec::new();
    if let Some(from) = between {
        let end = list_end(from);
        let (named, named_both) = named_parties(text, Span::new(from, end), entities);
        let named = party_names::with_countries(named, entities);
        if named_both.is_none() && one_with_each(text, Span::new(from, end), entities) {
            with_each = named.clone();
        }
        for p in named {
            push_party(&mut parties, &p.name, p.country);
        }
        both = named_both;
    } else if giua.is_none() && !signed_by_pair {
        // "tuyên bố chung của A và B": a document named as two sides' own
        // has them as its parties, when they are two countries' (whoever
        // announced it in the sentence did not sign it).
        let of = (kind_match.end..st.syllables.len().min(kind_match.end + 2))
            .find(|&i| st.key_of(i, i + 1) == OF_KEY && !st.punct_before(i));
        if let Some(from) = of.map(|i| st.syllables[i].span.end) {
            let (named, _) = named_parties(text, Span::new(from, list_end(from)), entities);
            let named = party_names::with_countries(named, entities);
            let countries: HashSet<&str> =
                named.iter().filter_map(|p| p.country.as_deref()).collect();
            if named.len() >= 2 && countries.len() >= 2 {
                for p in &named {
                    push_party(&mut parties, &p.name, p.country.clone());
                }
            }
        }
    }
    // "…; và Nghị định thư … giữa hai nước" in a listing: no signers named
    // before it, the two sides of the signing sign it.
    if signed_by_pair && parties.is_empty() {
        both = Some(String::new());
    }
    if parties.is_empty() && both.is_none() && !signed_by_pair {
        // "thỏa thuận ngừng bắn Thái Lan - Campuchia": a title naming two
        // countries right after its kind names its sides; whoever else the
        // sentence names (observers, hosts) did not sign.
        let n = st.syllables.len();
        let reach = st.syllables[(kind_match.end + TITLE_PAIR_REACH).min(n) - 1]
            .span
            .end;
        let after_kind = st.syllables[kind_match.end - 1].span.end;
        let reach = reach.min(title_end);
        if after_kind < reach {
            for (name, country) in countries_in(text, Span::new(after_kind, reach), entities) {
                push_party(&mut parties, name, country.map(str::to_string));
            }
        }
    }
    if parties.is_empty() && both.is_none() && !must_open {
        // A person signs for the body he heads: named right after it ("Bộ
        // trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng"), he is no party of
        // his own.
        let bodies: Vec<&SentenceActor> = actors
            .iter()
            .filter(|a| !a.locative && !a.is_place && !a.is_person)
            .collect();
        let heads_body = |p: &SentenceActor| {
            bodies.iter().any(|b| {
                b.country == p.country
                    && b.span.end <= p.span.start
                    && text[b.span.end..p.span.start].trim().is_empty()
            })
        };
        // Who is named after the document's clause did not sign it
        // ("… trong các lĩnh vực như: gìn giữ hòa bình Liên hợp quốc").
        // "tỉnh Gunma đã ký …": a province or city named as such signs.
        let local_side = |a: &SentenceActor| {
            a.is_place && a.span.end <= span.start && admin_before(text, a.span.start)
        };
        // "…; Trường A ký bản ghi nhớ với B; …": a clause of its own
        // after a semicolon names its signers itself.
        let other_clause = |a: &SentenceActor| {
            let (from, to) = if a.span.end <= span.start {
                (a.span.end, span.start)
            } else {
                (span.start, a.span.start.max(span.start))
            };
            text.get(from..to)
                .is_some_and(|between| between.contains(';'))
        };
        let eligible = |a: &&SentenceActor| {
            !a.locative
                && (!a.is_place || local_side(a))
                && a.span.start < signers_end
                && !other_clause(a)
        };
        for a in actors.iter().filter(eligible) {
            if a.is_person && heads_body(a) {
                continue;
            }
            push_party(
                &mut parties,
                &entities[a.entity].name,
                Some(a.country.clone()),
            );
        }
    }
    if parties.is_empty() && both.is_none() {
        for (name, country) in countries_in(text, span, entities) {
            push_party(&mut parties, name, country.map(str::to_string));
        }
    }
    let span = Span::new(span.start, title_end);
    Some(Found {
        both,
        with_each,
        ..Found::signed(kind, title, parties, span, sentence)
    })
}

/// The documents of `st` known by their own name: a `named` kind of
/// `agreements.tsv` ("Tuyên bố") written capitalised, a capitalised word
/// right after it, and the signing verb right before it, a quote allowed
/// between ("… đã ký “Tuyên bố Panmunjom vì hòa bình …”", "Israel và
/// Bahrain ký Tuyên bố Hòa bình, …"). Each match's pattern is the first
/// `kinds` row of its kind, so the readers of `kinds` take it as such.
/// Free where no such word is in the sentence: one search of its key.
pub(crate) fn named_documents(coder: &Coder, text: &str, st: &SyllableText) -> Vec<PhraseMatch> {
    let named = &coder.rules.named_kinds;
    let mut found = st.find(named);
    if found.is_empty() {
        return found;
    }
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let open = |c: char| c.is_whitespace() || QUOTES.contains(&c);
    let signs = |w: &str| LISTS.sign.contains(&syllable_key(w));
    found.retain_mut(|m| {
        let span = st.span(m.first, m.end);
        let before = text[..span.start].trim_end_matches(open);
        let mut words = before.rsplit(char::is_whitespace);
        let verb_before = match words.next() {
            Some(w) if signs(w) => true,
            Some(w) if LISTS.sealed.contains(&syllable_key(w)) => words.next().is_some_and(signs),
            _ => false,
        };
        let kind = named.values[m.pattern];
        let Some(row) = coder.rules.kinds.values.iter().position(|&k| k == kind) else {
            return false;
        };
        m.pattern = row;
        verb_before && capital(span.of(text)) && capital(text[span.end..].trim_start_matches(open))
    });
    found
}

/// The length of the word for a place below its country ("tỉnh ",
/// "thành phố ") opening `s`, any case.
pub(crate) fn admin_word(s: &str) -> Option<usize> {
    WORDS.admin.iter().find_map(|w| {
        let head = s.get(..w.len())?;
        (head.to_lowercase() == w.to_lowercase()).then_some(w.len())
    })
}

/// The length of a lower-case word for a firm opening `s` ("hãng ",
/// "tập đoàn ").
pub(crate) fn firm_word(s: &str) -> Option<usize> {
    WORDS
        .firm
        .iter()
        .find(|w| s.starts_with(w.as_str()))
        .map(|w| w.len())
}

/// Does such a word stand right before byte `at` ("… tỉnh |Gunma")?
pub(crate) fn admin_before(text: &str, at: usize) -> bool {
    WORDS.admin.iter().any(|w| {
        at >= w.len()
            && text.is_char_boundary(at - w.len())
            && text[at - w.len()..at].to_lowercase() == w.to_lowercase()
            && (at == w.len() || !text[..at - w.len()].ends_with(char::is_alphanumeric))
    })
}
