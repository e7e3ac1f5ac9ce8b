//! One document told twice: short names, the same sides restated, lead and later tellings merged.

use super::*;

/// Least letters of a short name in capitals that names one document.
pub(crate) const SHORT_NAME_LETTERS: usize = 3;

/// Two tellings of one kind in two sentences whose titles share a short
/// name in capitals that names no side or place of the article ("bản ghi
/// nhớ về khung vốn vay ưu đãi EDCF …" in the lead, "Bản ghi nhớ về khung
/// hợp tác vay ưu đãi từ Quỹ … (EDCF) … giữa Bộ A và Bộ B" in the body),
/// their countries one within the other's, are one document. A unit after
/// an amount ("thỏa thuận … trị giá 350 tỷ USD") is no short name.
pub(crate) fn short_name_retold(a: &Agreement, b: &Agreement, entities: &[Entity]) -> bool {
    if a.kind != b.kind || a.sentence == b.sentence {
        return false;
    }
    // A party's or a place's short name ("ASEAN", "UAE") names sides, not
    // the document; a fund's ("Quỹ … (EDCF)") may name what it is about.
    let party = |name: &str| a.parties.iter().chain(&b.parties).any(|p| p.name == name);
    let side_or_place = |w: &str| {
        party(w)
            || entities.iter().any(|e| {
                (e.kind == EntityKind::Location || party(&e.name))
                    && (e.name == w || e.mentions.iter().any(|m| m.text == w))
            })
    };
    // A unit after an amount ("trị giá 4 tỉ USD", "100 MW") names no
    // document: no word within two before it holds a digit.
    let short = |t: &str| -> HashSet<String> {
        let words: Vec<&str> = t.split_whitespace().collect();
        words
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                !words[i.saturating_sub(2)..*i]
                    .iter()
                    .any(|w| w.chars().any(|c| c.is_ascii_digit()))
            })
            .flat_map(|(_, w)| w.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| {
                w.len() >= SHORT_NAME_LETTERS
                    && w.chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && w.chars().any(|c| c.is_ascii_uppercase())
            })
            .filter(|w| !side_or_place(w))
            .map(str::to_string)
            .collect()
    };
    let countries = |x: &Agreement| -> HashSet<String> {
        x.parties.iter().filter_map(|p| p.country.clone()).collect()
    };
    let (ca, cb) = (countries(a), countries(b));
    !short(&a.title).is_disjoint(&short(&b.title)) && (ca.is_subset(&cb) || cb.is_subset(&ca))
}

/// "… đã ký biên bản ghi nhớ giữa hai bên. Việc ký kết biên bản ghi nhớ
/// nhằm … giữa VCCI và NCCIM …": a document first told by its kind alone
/// and told again within a sentence or two, with a party it already has,
/// is the same document.
pub(crate) fn merge_retold(
    coder: &Coder,
    agreements: Vec<Agreement>,
    entities: &[Entity],
) -> Vec<Agreement> {
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
    // The subject after the kind word ("Hiệp định chuyển giao trang thiết
    // bị …" → "chuyển giao trang thiết bị …"), when it is long enough to
    // name one document.
    let subject = |a: &Agreement| -> Option<String> {
        let st = SyllableText::new(&a.title, Span::new(0, a.title.len()));
        let n = st.syllables.len();
        let m = st
            .find(&coder.rules.kinds)
            .into_iter()
            .find(|m| m.first == 0)?;
        let about = m.end < n && st.key_of(m.end, m.end + 1) == ABOUT_KEY;
        let from = m.end + usize::from(about);
        (n >= from + SUBJECT_WORDS).then(|| a.title[st.syllables[from].span.start..].to_lowercase())
    };
    // "… ký Hiệp định chuyển giao trang thiết bị …", then "… ký Hiệp định
    // giữa Chính phủ … và Chính phủ … về chuyển giao trang thiết bị …":
    // the later, full title ends with the earlier one's subject, however
    // far on in the article, unless the two are dated apart.
    let same_subject = |k: &Agreement, a: &Agreement| {
        subject(k).is_some_and(|s| a.title.to_lowercase().ends_with(&s))
    };
    let mut out: Vec<Agreement> = Vec::with_capacity(agreements.len());
    for a in agreements {
        let earlier = out.iter_mut().find(|k| {
            k.kind == a.kind
                && k.sentence < a.sentence
                && ((((a.sentence - k.sentence <= CONTEXT as u32 && bare(k))
                    || (same_subject(k, &a)
                        && (k.date.is_none() || a.date.is_none() || k.date == a.date)))
                    && a.parties
                        .iter()
                        .any(|p| k.parties.iter().any(|q| same_party(p, q))))
                    // (Joint statements only: the comparison is dear, and
                    // 600 plans in one text took 80 s pairwise.)
                    || (k.kind == AgreementKind::JointStatement
                        && subject(k).is_some()
                        && subject(&a).is_some()
                        && same_sides_restated(k, &a, entities)))
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

/// "Tuyên bố chung về việc nâng cấp quan hệ hai nước lên Đối tác chiến
/// lược toàn diện" in the lead, then "… ra Tuyên bố chung về việc nâng cấp
/// quan hệ Việt Nam - Indonesia lên Đối tác chiến lược toàn diện": two
/// titles of one kind between the same countries (two or more), alike once
/// their sides' names and the words a retelling adds or leaves out
/// (`restated` cues: "hai nước", "về việc") are set aside, are one document.
pub(crate) fn same_sides_restated(k: &Agreement, a: &Agreement, entities: &[Entity]) -> bool {
    let countries = |x: &Agreement| -> HashSet<String> {
        x.parties.iter().filter_map(|p| p.country.clone()).collect()
    };
    let (ck, ca) = (countries(k), countries(a));
    // A later telling whose sides are read later ("hai nhà lãnh đạo đã ra
    // Tuyên bố chung …") names none yet.
    if ck.len() < 2 || (ck != ca && !a.parties.is_empty()) {
        return false;
    }
    let core = |x: &Agreement| -> String {
        let mut names: Vec<String> = Vec::new();
        for p in k.parties.iter().chain(&a.parties) {
            names.push(p.name.to_lowercase());
            for e in entities
                .iter()
                .filter(|e| e.name == p.name || e.mentions.iter().any(|m| m.text == p.name))
            {
                names.push(e.name.to_lowercase());
                names.extend(e.mentions.iter().map(|m| m.text.to_lowercase()));
            }
        }
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let mut t = format!(" {} ", x.title.to_lowercase());
        for n in names.iter().filter(|n| !n.is_empty()) {
            t = t.replace(&format!(" {n} "), " ");
        }
        for w in &WORDS.restated {
            t = t.replace(&format!("{w} "), " ");
        }
        t.split(|c: char| c.is_whitespace() || c == '-' || c == '–')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    core(k) == core(a)
}

/// How many parties have a country.
pub(crate) fn known(a: &Agreement) -> usize {
    a.parties.iter().filter(|p| p.country.is_some()).count()
}

/// How many words a title needs before a longer one starting with it is
/// the same document.
pub(crate) const SAME_TITLE_WORDS: usize = 6;

/// One document told twice: one kind, one title the start of the other's,
/// no party country one names that the other lacks (when both name some),
/// and no side of no country one names beside the other's two countries.
pub(crate) fn same_document(
    (a, told_a): (&Agreement, &Told),
    (b, told_b): (&Agreement, &Told),
    entities: &[Entity],
) -> bool {
    // One sentence names a document once: two alike there ("…; Bộ A và Bộ
    // B trao đổi Bản ghi nhớ về hợp tác giữa hai bộ; Bộ C và Bộ D trao đổi
    // Bản ghi nhớ về hợp tác giữa hai bộ") are two. (Cheap tests first: a
    // long listing compares every pair.)
    let overlap = a.span.start < b.span.end && b.span.start < a.span.end;
    let apart = a.sentence == b.sentence && !overlap;
    if a.kind != b.kind || apart {
        return false;
    }
    let countries = |x: &Agreement| -> HashSet<String> {
        x.parties.iter().filter_map(|p| p.country.clone()).collect()
    };
    // Told again, a title may drop its short name in brackets or add
    // where it was signed ("Hiệp định … Việt Nam - Israel (VIFTA)", "Hiệp
    // định … Việt Nam - Israel tại trụ sở Bộ Công Thương").
    let (ta, tb) = (&plain_title(&told_a.lower), &plain_title(&told_b.lower));
    // A short title ("thỏa thuận", "bản ghi nhớ hợp tác") starts many
    // documents: only a title that says what it is about is told twice
    // (the cheap test first).
    let (shorter, longer) = if ta.len() <= tb.len() {
        (ta, tb)
    } else {
        (tb, ta)
    };
    // Whole words: "… khóa 1" does not start "… khóa 13".
    let starts = longer.starts_with(shorter.as_str())
        && longer[shorter.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
    if !(starts && shorter.split_whitespace().count() >= SAME_TITLE_WORDS
        || same_deal(a, b, ta, tb))
    {
        return false;
    }
    let (ca, cb) = (countries(a), countries(b));
    // A side of no country one names that the other, naming two countries
    // already, lacks is a third ("Hiệp định thương mại tự do" of A and B,
    // then of B and the EU): another document of that name.
    let third = |x: &Agreement, y: &Agreement| {
        countries(y).len() >= 2
            && x.parties.iter().any(|p| {
                p.country.is_none()
                    && !y
                        .parties
                        .iter()
                        .any(|q| party_names::same_body(p, q, entities))
            })
    };
    (ca.is_empty() || cb.is_empty() || ca.is_subset(&cb) || cb.is_subset(&ca))
        && !third(a, b)
        && !third(b, a)
}

/// "Vietjet và Boeing đã ký hợp đồng mua 100 tàu bay 737 MAX …", then "…
/// Tổng giám đốc Vietjet … và Chủ tịch … Boeing … ký hợp đồng mua 100 tàu
/// bay Boeing 737 MAX": titles opening with the same words up to a count
/// and the goods counted, between two sides of two countries each names
/// by the same name, tell one deal. Another count ("mua 10 máy bay") or
/// another firm is another deal.
pub(crate) fn same_deal(a: &Agreement, b: &Agreement, ta: &str, tb: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        ta.split_whitespace().collect(),
        tb.split_whitespace().collect(),
    );
    let common = wa.iter().zip(&wb).take_while(|(x, y)| x == y).count();
    // The count, with a word for the goods after it, in the common words.
    let counted = wa[..common.saturating_sub(1)]
        .iter()
        .any(|w| w.bytes().all(|c| c.is_ascii_digit()));
    if !counted {
        return false;
    }
    let shared: HashSet<&str> = a
        .parties
        .iter()
        .filter(|p| b.parties.iter().any(|q| q.name == p.name))
        .filter_map(|p| p.country.as_deref())
        .collect();
    shared.len() >= 2
}

/// A lower-case title without its bracketed parts and cut before " tại "
/// (where it was signed), spaces made single, for telling two tellings of
/// one document.
pub(crate) fn plain_title(lower: &str) -> String {
    let out = crate::outside_brackets(lower);
    let out = out.split(AT_SP).next().unwrap_or("").to_string();
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Vietnam Airlines và Boeing ký biên bản ghi nhớ về việc mua 50 máy bay
/// thân hẹp 737 MAX" in the lead, then "… đã ký Biên bản ghi nhớ (MOU) về
/// việc mua 50 máy bay Boeing 737-8": the lead (the body's first sentence)
/// tells the news first, a document of one kind, the same parties and a
/// title alike in its first words (brackets aside) and in what it counts
/// told again is the same.
pub(crate) fn lead_retold(
    (lead, told_lead): (&Agreement, &Told),
    (later, told_later): (&Agreement, &Told),
    entities: &[Entity],
) -> bool {
    let same_parties = |x: &Agreement, y: &Agreement| {
        x.parties.iter().all(|p| {
            y.parties
                .iter()
                .any(|q| p.name == q.name || party_names::same_body(p, q, entities))
        })
    };
    let words = |s: &str| -> Vec<String> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        let mut word = String::new();
        for c in s.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth > 0 => {}
                c if c.is_alphanumeric() => word.push(c),
                _ => {
                    if !word.is_empty() {
                        out.push(std::mem::take(&mut word));
                    }
                }
            }
        }
        if !word.is_empty() {
            out.push(word);
        }
        out
    };
    if lead.sentence != 0 || later.sentence == 0 || lead.kind != later.kind {
        return false;
    }
    if lead.parties.len() < 2 || !same_parties(lead, later) || !same_parties(later, lead) {
        return false;
    }
    let (a, b) = (words(&told_lead.lower), words(&told_later.lower));
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    // Alike beyond the words every such title opens with ("bản ghi nhớ về
    // hợp tác đào tạo" is not "… y tế"): one title is the start of the
    // other, or a number they share says what was signed ("mua 50 máy
    // bay", "737").
    let numbered = |w: &String| w.chars().any(|c| c.is_ascii_digit());
    let one_starts_other = common == a.len().min(b.len());
    let shared_number = a[..common].iter().any(numbered)
        || a[common..]
            .iter()
            .filter(|w| numbered(w))
            .any(|w| b[common..].contains(w));
    common >= SAME_TITLE_WORDS && (one_starts_other || shared_number)
}

/// "Hai bên đã ký Bản ghi nhớ về hợp tác phòng, chống tội phạm sử dụng
/// công nghệ cao …" in the lead, then "… ký Bản ghi nhớ giữa Bộ A và Bộ B
/// về hợp tác phòng, chống tội phạm sử dụng công nghệ cao": the lead names
/// the document without its parties, the body with them between its kind
/// and its topic; what the body's title says without its parties opens the
/// lead's title (six words or more) and the two countries are the same.
pub(crate) fn lead_titled_retold(
    (lead, told_lead): (&Agreement, &Told),
    (later, told_later): (&Agreement, &Told),
) -> bool {
    fn countries(x: &Agreement) -> HashSet<&str> {
        x.parties
            .iter()
            .filter_map(|p| p.country.as_deref())
            .collect()
    }
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    if lead.sentence != 0
        || later.sentence == 0
        || lead.kind != later.kind
        || told_later.about.is_empty()
        || told_lead.lower.contains(BETWEEN_SP)
        || !told_later.lower.contains(BETWEEN_SP)
    {
        return false;
    }
    let lead_words = words(&told_lead.lower);
    let mut later_words = words(&told_later.before);
    later_words.extend(words(&told_later.about));
    later_words.len() >= SAME_TITLE_WORDS
        && lead_words.starts_with(&later_words)
        && countries(lead).len() >= 2
        && countries(lead) == countries(later)
}

/// "Tổng thống Nga … và nhà lãnh đạo Triều Tiên … đã ký hiệp ước mới",
/// then "… đã ký Hiệp ước về quan hệ đối tác chiến lược toàn diện giữa
/// Liên bang Nga và …": the lead (the body's first sentence) tells the news
/// by the document's kind in lower case, the body names it by its title; of
/// one kind and the same two countries or more, it is one document, unless
/// each says what it is about ("… về X", "… về Y").
pub(crate) fn lead_named(lead: &Agreement, later: &Agreement) -> bool {
    fn countries(x: &Agreement) -> HashSet<&str> {
        x.parties
            .iter()
            .filter_map(|p| p.country.as_deref())
            .collect()
    }
    let about = |t: &str| t.to_lowercase().contains(ABOUT_SP);
    let lower_case = |t: &str| t.starts_with(|c: char| c.is_lowercase());
    let upper_case = |t: &str| t.starts_with(|c: char| c.is_uppercase());
    // "… hiệp định mới về biên giới", then "Hiệp định về quy chế quản lý
    // biên giới giữa …": what the lead says it is about, the title says too.
    let words = |t: &str| -> Vec<String> {
        thoisu_normalise::fold_for_search(t)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let same_topic = || {
        let lead_title = lead.title.to_lowercase();
        let topic = lead_title.split_once(ABOUT_SP).map_or("", |(_, t)| t);
        // "… về xây dựng Trung tâm … tại Việt Nam": where it will be is
        // no part of what the title says it is about.
        let topic = topic.split_once(AT_SP).map_or(topic, |(t, _)| t);
        let later_words = words(&later.title);
        let topic_words = words(topic);
        !topic_words.is_empty() && topic_words.iter().all(|w| later_words.contains(w))
    };
    // "thỏa thuận mua 20 máy bay Airbus A330neo của Vietjet": a number
    // the lead counts by (or a model's name) that the title lacks says it is
    // another document.
    let numbers_kept = || {
        let later_words = words(&later.title);
        words(&lead.title)
            .iter()
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            .all(|w| later_words.contains(w))
    };
    lead.sentence == 0
        && later.sentence > 0
        && lead.kind == later.kind
        && lower_case(&lead.title)
        && numbers_kept()
        && upper_case(&later.title)
        && (!(about(&lead.title) && about(&later.title)) || same_topic())
        && countries(lead).len() >= 2
        && countries(lead) == countries(later)
}

/// What a title says, read once for comparing documents pairwise: its
/// lower case, its words before "giữa" (also without a date), what it is
/// about after its parties ("… giữa A và B về X": "về X"; "… giữa A và B
/// sẽ …": none), and whether it names nothing but its kind ("Thỏa thuận
/// khung", "Hiệp định này").
pub(crate) struct Told {
    pub(crate) lower: String,
    pub(crate) before: String,
    pub(crate) topic: String,
    pub(crate) about: String,
    pub(crate) bare: bool,
}

impl Told {
    pub(crate) fn of(coder: &Coder, title: &str) -> Told {
        let lower = title.to_lowercase();
        let between = lower.find(BETWEEN_SP);
        // "thỏa thuận về kế hoạch hợp tác song phương giữa …" retells
        // "Thỏa thuận về kế hoạch hợp tác giữa …".
        let mut before = lower[..between.unwrap_or(lower.len())].to_string();
        for filler in &WORDS.filler {
            before = before.replace(filler.as_str(), "");
        }
        let before = before.trim().to_string();
        let about = between.map_or_else(String::new, |at| {
            let rest = &lower[at + BETWEEN_SP.len()..];
            let tail = rest[party_list_end(rest)..].trim_start_matches([' ', ',']);
            let key = syllable_key(tail);
            let opens_topic = key
                .match_indices(' ')
                .take(2)
                .any(|(i, _)| WORDS.topic.contains(&key[..=i]));
            if opens_topic {
                key
            } else {
                String::new()
            }
        });
        let topic = undated(&before).to_string();
        let st = SyllableText::new(&topic, Span::new(0, topic.len()));
        let n = st.syllables.len();
        let bare = about.is_empty()
            && st.find(&coder.rules.kinds).first().is_some_and(|m| {
                m.first == 0
                    && (m.end == n
                        || (1..=2usize)
                            .any(|k| m.end + k == n && WORDS.retold.contains(st.key_of(m.end, n)))
                        // "ký thỏa thuận với đại diện Tập đoàn Nvidia":
                        // the kind, then whom it was signed with.
                        // Not one that then says what it is about ("…
                        // với NIC về thành lập trung tâm …").
                        || (m.end < n
                            && WORDS.by.contains(st.key_of(m.end, m.end + 1))
                            && !(m.end..n).any(|k| WORDS.topic.contains(st.key_of(k, k + 1)))))
            });
        Told {
            lower,
            before,
            topic,
            about,
            bare,
        }
    }
}

/// How many sentences apart a bare document word may retell a document
/// with one side read yet ("… ký một hiệp ước an ninh với A. Thỏa thuận
/// khung …").
pub(crate) const OTHER_KIND_WITHIN: u32 = 2;

/// How many sentences apart a bare document word with the people who
/// signed it ("Biên bản ghi nhớ được ký giữa Chủ tịch … và ông …") may
/// retell a document of its kind told before (a caption and the summit's
/// frame may stand between).
pub(crate) const SIGNERS_RETOLD_WITHIN: u32 = 6;

/// One document told again by its kind and its sides: the later telling
/// names nothing but its kind ("Hiệp định giữa A và B sẽ …", "Thỏa thuận
/// khung được ký bởi X và Y"), or the two titles say the same before
/// "giữa" and name the same bodies ("Bản ghi nhớ hợp tác giữa Bộ Y tế
/// nước … A và …" and "… giữa Bộ Y tế A và …"), neither about something
/// else ("… về X", "… về Y"). Every side of the later telling is a side of
/// the earlier one, by name or by country. A bare "Thỏa thuận" (the word
/// for any deal) retells a document of another kind too ("Theo thỏa thuận
/// do A và B ký kết" after "hiệp ước … giữa A và B").
pub(crate) fn same_sides_retold(
    (earlier, told_earlier): (&Agreement, &Told),
    (later, told_later): (&Agreement, &Told),
    entities: &[Entity],
) -> bool {
    let bare = told_later.bare;
    let other_kind = later.kind != earlier.kind;
    // A bare telling right after may name one side only ("Ký thỏa thuận về
    // phía Việt Nam là Bộ trưởng Bộ A …"): see `signed_by_people`.
    let one_named = bare && !other_kind && earlier.parties.len() >= 2;
    if later.sentence <= earlier.sentence
        || earlier.parties.is_empty()
        || later.parties.is_empty()
        || (later.parties.len() < 2 && !one_named)
    {
        return false;
    }
    if other_kind && (later.kind != AgreementKind::Agreement || !bare) {
        return false;
    }
    let named_alike = |x: &Told| x.lower.contains(BETWEEN_SP);
    let same_title = named_alike(told_earlier)
        && named_alike(told_later)
        && told_earlier.before == told_later.topic
        && {
            // Told again, a title may leave out what it is about.
            let (a, b) = (&told_earlier.about, &told_later.about);
            a.is_empty() || b.is_empty() || a == b
        };
    // "Biên bản thỏa thuận hợp tác giữa tỉnh A và tỉnh B năm 2024", then
    // "Hai tỉnh ký kết biên bản thỏa thuận hợp tác hằng năm": a later
    // telling naming no parties in its title, by the words the earlier one
    // has before its parties (fillers such as "hằng năm" left out).
    let same_words = named_alike(told_earlier)
        && !named_alike(told_later)
        && !told_later.topic.is_empty()
        && told_later.topic == told_earlier.before;
    if !bare && !same_title && !same_words {
        return false;
    }
    let words = |name: &str| -> HashSet<String> {
        thoisu_normalise::fold_for_search(name)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    // One body written shorter ("Bộ Y tế Belarus", "Bộ Y tế Cộng hòa
    // Belarus"), or a signer standing for his side's country.
    // A person or a country stands for his side; two bodies of one
    // country are one side only by their names ("Ngân hàng A" is not "Bộ B").
    // "bà Nguyễn Thị Phương Thảo": a person named with an honorific.
    let unhonoured = |name: &str| -> String {
        WORDS
            .honorific
            .iter()
            .find_map(|h| name.strip_prefix(h.as_str()))
            .unwrap_or(name)
            .to_string()
    };
    let stands_for_country = |p: &Party| {
        let name = unhonoured(&p.name);
        entities.iter().any(|e| {
            matches!(e.kind, EntityKind::Person | EntityKind::Location)
                && (e.name == name || e.mentions.iter().any(|m| m.text == name))
        })
    };
    let side_of = |p: &Party, q: &Party| {
        party_names::same_body(p, q, entities)
            || (p.country.is_some()
                && p.country == q.country
                && ((bare && (stands_for_country(p) || stands_for_country(q))) || {
                    let (wp, wq) = (words(&p.name), words(&q.name));
                    wp.is_subset(&wq) || wq.is_subset(&wp)
                }))
    };
    let countries = |x: &Agreement| -> HashSet<String> {
        x.parties.iter().filter_map(|p| p.country.clone()).collect()
    };
    let matched = later
        .parties
        .iter()
        .filter(|p| earlier.parties.iter().any(|q| side_of(p, q)))
        .count();
    // An earlier telling with one side read yet (the other is added from
    // its signing) is retold only in the next sentences, by a bare name.
    let one_side = earlier.parties.len() == 1
        && bare
        && later.sentence - earlier.sentence <= OTHER_KIND_WITHIN
        && matched >= 1;
    // "Biên bản ghi nhớ được ký giữa Chủ tịch … Vietnam Airlines Đặng Ngọc
    // Hòa và ông Stan Deal, …": a bare telling right after, by one side
    // named again and people signing for the other, is the same.
    let honoured = |p: &Party| {
        WORDS.honorific.iter().any(|h| {
            p.name
                .strip_prefix(h.as_str())
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
    };
    let person = |p: &Party| {
        honoured(p)
            || entities.iter().any(|e| {
                e.kind == EntityKind::Person
                    && e.mentions
                        .iter()
                        .any(|m| p.name == m.text || p.name.ends_with(&format!(" {}", m.text)))
            })
    };
    let signed_by_people = bare
        && !other_kind
        && later.sentence - earlier.sentence <= SIGNERS_RETOLD_WITHIN
        && earlier.parties.len() >= 2
        && matched >= 1
        && later
            .parties
            .iter()
            .all(|p| person(p) || earlier.parties.iter().any(|q| side_of(p, q)));
    // "Chính phủ Việt Nam và Tập đoàn Nvidia (Mỹ) đã ký thỏa thuận …",
    // then "Đại diện Chính phủ, Bộ trưởng Bộ A … ký thỏa thuận với phía
    // tập đoàn": a bare telling right after, by bodies of one side only
    // (one of them named before), the other side left unnamed.
    let one_side_named = bare
        && !other_kind
        && later.sentence - earlier.sentence <= SIGNERS_RETOLD_WITHIN
        && matched >= 1
        && countries(later).len() == 1
        && countries(earlier).len() >= 2
        && countries(later).is_subset(&countries(earlier));
    // A side of no country (a bloc) the earlier telling lacks is a third.
    let third = later
        .parties
        .iter()
        .any(|p| p.country.is_none() && !earlier.parties.iter().any(|q| side_of(p, q)));
    signed_by_people
        || one_side_named
        || (!third
            && (one_side || (matched >= 2 && countries(later).is_subset(&countries(earlier)))))
}

/// "… chứng kiến lễ ký Hiệp định … Việt Nam - UAE (CEPA). … Hiệp định
/// được ký bởi Bộ trưởng …": a bare document word naming no party yet,
/// told within a few sentences after a document of its kind with two
/// parties or more, is that document told again.
pub(crate) fn unnamed_retold(
    (earlier, _): (&Agreement, &Told),
    (later, told_later): (&Agreement, &Told),
) -> bool {
    told_later.bare
        && later.parties.is_empty()
        && later.kind == earlier.kind
        && earlier.parties.len() >= 2
        && earlier.sentence < later.sentence
        && later.sentence - earlier.sentence <= SIGNERS_RETOLD_WITHIN
}

/// "Phòng A (PA) và Hiệp hội B (HB) mới đây đã ký kết Bản ghi nhớ …": two
/// names, each with its short name in brackets, joined by "và" right before
/// the signing verb (only aspect words between) are the signers, also when
/// both are of one country. The brackets tell where each name ends, which a
/// "và" inside a name ("Phòng Thương mại và Công nghiệp") would not.
pub(crate) fn bracketed_signers(
    text: &str,
    sentence: Span,
    document: Span,
    entities: &[Entity],
) -> Option<Vec<Party>> {
    if document.start <= sentence.start || document.start > sentence.end {
        return None;
    }
    let before = &text[sentence.start..document.start];
    // The signing verb: the last "ký"/"kí" written as a word before the document.
    let verb = LISTS
        .sign_written
        .iter()
        .flat_map(|w| before.match_indices(w).map(|(i, _)| i))
        .filter(|&i| i == 0 || before[..i].ends_with(' '))
        .max()?;
    let head = &before[..verb];
    // The clause: after the last comma, semicolon or colon outside brackets.
    let mut depth = 0i32;
    let mut clause_start = 0;
    for (i, c) in head.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' | ';' | ':' if depth <= 0 => clause_start = i + c.len_utf8(),
            _ => {}
        }
    }
    let raw = &head[clause_start..];
    let clause = raw.trim();
    let base = sentence.start + clause_start + (raw.len() - raw.trim_start().len());
    let close = clause.rfind(')')?;
    if !aspect_words_only(&clause[close + 1..]) {
        return None;
    }
    let (first, second) = clause[..close].split_once(CLOSE_AND)?;
    let (n1, a1) = first.split_once(" (")?;
    let (n2, a2) = second.split_once(" (")?;
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let plain = |s: &str| !s.contains(['(', ')', ',', ';']);
    if ![n1, a1, n2, a2].iter().all(|s| capital(s) && plain(s)) {
        return None;
    }
    let s1 = Span::new(base, base + n1.len());
    let at2 = base + first.len() + CLOSE_AND.len();
    let s2 = Span::new(at2, at2 + n2.len());
    // Each a body's name: opened by its head word ("Hiệp hội", "Khối") or a
    // name the recogniser knows; "Chủ tịch Hội A (HA)" is its head, who signs
    // for it, read elsewhere.
    let known = |part: Span| {
        entities
            .iter()
            .filter(|e| e.kind != EntityKind::Person)
            .flat_map(|e| &e.mentions)
            .any(|m| m.span.start == part.start)
    };
    if ![s1, s2]
        .iter()
        .all(|&part| known(part) || opens_with_head(part.of(text)))
    {
        return None;
    }
    // A person named with a bracket ("Tổng thống A (Nga) và …") signs for his
    // country, read elsewhere.
    let person = |part: Span| last_person(part, entities).is_some();
    if person(s1) || person(s2) {
        return None;
    }
    let mut parties = Vec::new();
    for part in [s1, s2] {
        push_party(&mut parties, part.of(text), country_within(part, entities));
    }
    (parties.len() == 2).then_some(parties)
}

/// "A đã ký các thỏa thuận riêng với từng nước": documents counted, one
/// signed by A with each other side of the last document told before whose
/// parties hold A's country (the joint statement A signed with both); each
/// side named by its country.
pub(crate) fn with_each(
    coder: &Coder,
    text: &str,
    title: Span,
    sentence: Span,
    si: usize,
    told: &[Found],
    entities: &[Entity],
) -> Vec<Found> {
    let lower = title.of(text).to_lowercase();
    if !WORDS.each.iter().any(|cue| lower.contains(cue.as_str())) {
        return Vec::new();
    }
    let Some(signer) = last_with_country(Span::new(sentence.start, title.start), entities.iter())
    else {
        return Vec::new();
    };
    let Some(country) = signer.country.as_deref() else {
        return Vec::new();
    };
    let Some(before) = told.iter().rev().find(|f| {
        (f.agreement.sentence as usize) < si
            && f.agreement
                .parties
                .iter()
                .any(|p| p.country.as_deref() == Some(country))
    }) else {
        return Vec::new();
    };
    let mut others: Vec<&Party> = Vec::new();
    for p in &before.agreement.parties {
        let other = p.country.as_deref().is_some_and(|c| c != country);
        if other && !others.iter().any(|o| o.country == p.country) {
            others.push(p);
        }
    }
    if others.len() < 2 {
        return Vec::new();
    }
    let kind = {
        let st = SyllableText::new(text, title);
        let kinds = &coder.rules.kinds;
        match st.find(kinds).first() {
            Some(m) => kinds.values[m.pattern],
            None => return Vec::new(),
        }
    };
    others
        .into_iter()
        .map(|p| {
            // Each side by its country's name: who signs for it may differ
            // from who signed the document before.
            let parties = [country, p.country.as_deref().unwrap_or_default()]
                .iter()
                .map(|&iso| Party {
                    name: country_as_written(iso, si as u32, entities),
                    country: Some(iso.to_string()),
                })
                .collect();
            Found::signed(kind, one_line(title.of(text)), parties, title, si)
        })
        .collect()
}

/// Are the words all aspect words ("mới đây đã", "đã chính thức", "cùng")?
pub(crate) fn aspect_words_only(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut i = 0;
    while i < words.len() {
        let step = (1..=2usize)
            .rev()
            .filter(|&k| i + k <= words.len())
            .find(|&k| {
                WORDS
                    .aspect
                    .contains(&syllable_key(&words[i..i + k].join(" ")))
            });
        match step {
            Some(k) => i += k,
            None => return false,
        }
    }
    true
}
