//! The members of a multilateral signing, listed by name after a word for a
//! group of states (`agreement_members.tsv`): "6 nước ký kết gồm Campuchia,
//! Lào, Myanmar, Thái Lan, Trung Quốc và Việt Nam". The document of that signing
//! is signed by every listed country, and the news tells Vietnam's part of
//! it: one signing with each member, not one between each two others.

use std::collections::HashSet;
use std::sync::LazyLock;
use thoisu_core::{Agreement, AgreementKind, Entity, EntityKind, Event, Sentence, Span};
use thoisu_normalise::normalise;

const MEMBERS: &str = include_str!("../../../../data/events/agreement_members.tsv");

/// The country the news is written from: its signing with each member is
/// the relation told.
const HOME: &str = "VNM";

/// Sentences before and after a document's own within which a list of
/// members names its signers ("Hiệp định … được các nước trong khối ký kết
/// …" and, five sentences on, "các thành viên khối gồm …"; the list of a
/// lead, and a leader's words on the signing five sentences on).
const BEFORE: u32 = 6;
const AFTER: u32 = 8;

/// At least this many countries make a list of members.
const LEAST: usize = 3;

struct Cues {
    /// Group words, as lower-case word sequences.
    group: Vec<Vec<String>>,
    /// List heads, as lower-case word sequences.
    head: Vec<Vec<String>>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut cues = Cues {
        group: Vec::new(),
        head: Vec::new(),
    };
    for line in MEMBERS.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (cue, phrase) = line.split_once('\t').unwrap_or((line, ""));
        let words: Vec<String> = normalise(phrase)
            .to_lowercase()
            .split_whitespace()
            .map(str::to_string)
            .collect();
        match cue {
            "group" => cues.group.push(words),
            "head" => cues.head.push(words),
            _ => {}
        }
    }
    cues
});

/// A list of members: its sentence and the countries it names, in order.
pub(crate) struct Members {
    pub sentence: u32,
    pub countries: Vec<String>,
}

/// The words of a span with their byte spans, trimmed of punctuation, in
/// lower case; and whether punctuation ended each.
fn words(text: &str, span: Span) -> Vec<(Span, String, bool)> {
    let s = span.of(text);
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(b)) => {
                let raw = &s[b..i];
                let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
                let ends = raw.ends_with(|c: char| !c.is_alphanumeric());
                if !word.is_empty() {
                    out.push((
                        Span::new(span.start + b, span.start + i),
                        word.to_lowercase(),
                        ends,
                    ));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn phrase_at(words: &[(Span, String, bool)], at: usize, phrase: &[String]) -> bool {
    !phrase.is_empty()
        && words.len() >= at + phrase.len()
        && words[at..at + phrase.len()]
            .iter()
            .zip(phrase)
            .all(|(w, p)| w.1 == *p)
}

/// Every list of members the text names.
pub(crate) fn lists(text: &str, sentences: &[Sentence], entities: &[Entity]) -> Vec<Members> {
    let mut out = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let ws = words(text, sentence.span);
        for at in 0..ws.len() {
            let Some(head) = CUES.head.iter().find(|h| phrase_at(&ws, at, h)) else {
                continue;
            };
            // The group word stands among the four words before the head,
            // in the head's own clause.
            let from = (at.saturating_sub(4)..at)
                .rev()
                .find(|&k| ws[k].2)
                .map_or(at.saturating_sub(4), |k| k + 1);
            let grouped = (from..at).any(|k| CUES.group.iter().any(|g| phrase_at(&ws, k, g)));
            if !grouped {
                continue;
            }
            let list_start = ws[at + head.len() - 1].0.end;
            let countries = listed(text, Span::new(list_start, sentence.span.end), entities);
            if countries.len() >= LEAST {
                out.push(Members {
                    sentence: si as u32,
                    countries,
                });
            }
        }
    }
    out
}

/// The countries named one after the other from the start of `span`,
/// joined by commas and "và" only.
fn listed(text: &str, span: Span, entities: &[Entity]) -> Vec<String> {
    let mut found: Vec<(Span, &str)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Location)
        .filter_map(|e| Some((e, e.country.as_deref()?)))
        .flat_map(|(e, c)| {
            e.mentions
                .iter()
                .filter(|m| span.start <= m.span.start && m.span.end <= span.end)
                .map(move |m| (m.span, c))
        })
        .collect();
    found.sort_unstable_by_key(|(m, _)| (m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<String> = Vec::new();
    let mut at = span.start;
    for (m, c) in found {
        if m.start < at {
            continue;
        }
        let gap = text[at..m.start].trim().trim_start_matches(':').trim();
        let joined = gap.is_empty() && out.is_empty()
            || !out.is_empty() && matches!(gap, "," | "và" | ", và");
        if !joined {
            break;
        }
        if out.iter().any(|o| o == c) {
            // One country twice is no list of states ("Hà Nội, Việt Nam").
            return Vec::new();
        }
        out.push(c.to_string());
        at = m.end;
    }
    out
}

/// The kinds a multilateral signing issues.
fn multilateral(kind: &AgreementKind) -> bool {
    matches!(
        kind,
        AgreementKind::Agreement
            | AgreementKind::Treaty
            | AgreementKind::JointStatement
            | AgreementKind::Other
    )
}

/// Gives a document whose parties name at most two countries, each a
/// listed member or the home country, every member of the nearest list
/// around it. A title naming its two sides ("… giữa A và B") is between
/// those two.
pub(crate) fn sign_all(
    (text, sentences): (&str, &[Sentence]),
    lists: &[Members],
    entities: &[Entity],
    agreements: &mut Vec<Agreement>,
) {
    // The list each document took its members from.
    let mut took: Vec<Option<usize>> = vec![None; agreements.len()];
    for (ai, a) in agreements.iter_mut().enumerate() {
        if !multilateral(&a.kind) || a.title.to_lowercase().contains("giữa") {
            continue;
        }
        // "Bộ trưởng … ký thay mặt Chính phủ Việt Nam": a signing sentence
        // naming the home country has it sign too.
        let home_named = sentences.get(a.sentence as usize).is_some_and(|s| {
            let home = super::country_as_written(HOME, a.sentence, entities);
            words(text, s.span)
                .windows(home.split_whitespace().count().max(1))
                .any(|w| {
                    w.iter().map(|x| x.1.as_str()).collect::<Vec<_>>().join(" ")
                        == home.to_lowercase()
                })
        });
        let own: Vec<String> = {
            let mut seen: Vec<String> = Vec::new();
            if home_named {
                seen.push(HOME.to_string());
            }
            for c in a.parties.iter().filter_map(|p| p.country.clone()) {
                if !seen.contains(&c) {
                    seen.push(c);
                }
            }
            seen
        };
        let near = lists
            .iter()
            .enumerate()
            .filter(|(_, l)| {
                a.sentence <= l.sentence + BEFORE
                    && l.sentence <= a.sentence + AFTER
                    && own.iter().all(|c| c == HOME || l.countries.contains(c))
            })
            .min_by_key(|(_, l)| l.sentence.abs_diff(a.sentence));
        let Some((li, list)) = near else {
            continue;
        };
        if own.iter().filter(|c| *c != HOME).count() > 2 || own.len() > 3 {
            continue;
        }
        took[ai] = Some(li);
        let named: HashSet<&str> = a.parties.iter().map(|p| p.name.as_str()).collect();
        let mut add: Vec<String> = Vec::new();
        for c in own.iter().chain(&list.countries) {
            if add.contains(c) {
                continue;
            }
            let written = super::country_as_written(c, a.sentence, entities);
            let country_named = a
                .parties
                .iter()
                .any(|p| p.country.as_deref() == Some(c) && p.name == written);
            if !country_named && !named.contains(written.as_str()) {
                add.push(c.clone());
            }
        }
        for c in add {
            let name = super::country_as_written(&c, a.sentence, entities);
            a.parties.push(thoisu_core::Party {
                name,
                country: Some(c),
            });
        }
    }
    // The tellings of one signing that took one list are one document:
    // the first telling stands (a lead names the document in full), with
    // every name the others give.
    let mut keeper: Vec<(usize, usize)> = Vec::new();
    let mut drop = vec![false; agreements.len()];
    let mut order: Vec<usize> = (0..agreements.len()).collect();
    order.sort_by_key(|&i| (agreements[i].sentence, agreements[i].span.start));
    for i in order {
        let Some(li) = took[i] else { continue };
        match keeper
            .iter()
            .find(|(l, k)| *l == li && agreements[*k].kind == agreements[i].kind)
        {
            Some(&(_, k)) => {
                let other = agreements[i].clone();
                let kept = &mut agreements[k];
                for p in other.parties {
                    if !kept.parties.iter().any(|q| q.name == p.name) {
                        kept.parties.push(p);
                    }
                }
                if kept.date.is_none() {
                    kept.date = other.date;
                }
                drop[i] = true;
            }
            None => keeper.push((li, i)),
        }
    }
    let mut drop = drop.into_iter();
    agreements.retain(|_| !drop.next().unwrap_or(false));
}

/// A signing between two members of a list that names the home country,
/// neither of them home, told in the list's own sentence.
pub(crate) fn between_others(lists: &[Members], e: &Event) -> bool {
    let side = |a: &Option<thoisu_core::Actor>| a.as_ref().and_then(|a| a.country.clone());
    let (Some(s), Some(t)) = (side(&e.source), side(&e.target)) else {
        return false;
    };
    e.code == "057"
        && s != HOME
        && t != HOME
        && lists.iter().any(|l| {
            l.sentence == e.sentence
                && l.countries.iter().any(|c| c == HOME)
                && l.countries.contains(&s)
                && l.countries.contains(&t)
        })
}

/// The sides of a document's signing events: the home country with each
/// other member where a list of members signed it along with the home
/// country, else the document's two sides (`party_sides`).
pub(crate) fn sides(
    lists: &[Members],
    a: &Agreement,
    entities: &[Entity],
) -> Vec<(crate::Side, crate::Side)> {
    let mut countries: Vec<&str> = Vec::new();
    for c in a.parties.iter().filter_map(|p| p.country.as_deref()) {
        if !countries.contains(&c) {
            countries.push(c);
        }
    }
    let listed = |c: &&str| lists.iter().any(|l| l.countries.iter().any(|x| x == c));
    let multilateral = countries.len() >= LEAST
        && countries.contains(&HOME)
        && countries.iter().filter(|c| **c != HOME).all(listed);
    if !multilateral {
        return super::party_sides(a, entities).into_iter().collect();
    }
    let side = |c: &str| {
        let p = a.parties.iter().find(|p| p.country.as_deref() == Some(c));
        crate::Side {
            entity: p.and_then(|p| {
                entities
                    .iter()
                    .position(|e| e.name == p.name || e.mentions.iter().any(|m| m.text == p.name))
            }),
            country: c.to_string(),
            igo: false,
        }
    };
    countries
        .iter()
        .filter(|c| **c != HOME)
        .map(|c| (side(HOME), side(c)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{by_country, input, Spec};
    use crate::Coder;
    use thoisu_core::EntityKind::Location as LOC;

    const SIX: &Spec = &[
        (LOC, "Campuchia", "KHM", &["Campuchia"]),
        (LOC, "Lào", "LAO", &["Lào"]),
        (LOC, "Myanmar", "MMR", &["Myanmar"]),
        (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Viêng Chăn", "LAO", &["Viêng Chăn"]),
    ];

    fn countries(a: &Agreement) -> Vec<&str> {
        a.parties
            .iter()
            .filter_map(|p| p.country.as_deref())
            .collect()
    }

    #[test]
    fn members_listed_by_name_sign_the_document() {
        let (text, sents, ents) = input(
            "Ngày 12/3, tại Viêng Chăn, bộ trưởng và đại diện 6 nước thành viên đã chính \
             thức ký kết Hiệp định khung về tạo thuận lợi vận tải qua biên giới. 6 nước ký \
             kết gồm Campuchia, Lào, Myanmar, Thái Lan, Trung Quốc và Việt Nam.",
            SIX,
        );
        let coded = Coder::embedded().code(&text, &sents, &ents, &[]);
        assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
        let signed = countries(&coded.agreements[0]);
        for c in ["KHM", "LAO", "MMR", "THA", "CHN", "VNM"] {
            assert!(signed.contains(&c), "{c} missing: {signed:?}");
        }
        // Vietnam's signing with each member; none between two others.
        let signings: Vec<_> = by_country(&coded.events)
            .into_iter()
            .filter(|(code, ..)| code == "057")
            .collect();
        assert!(
            signings.iter().all(|(_, s, t)| s == "VNM" || t == "VNM"),
            "{signings:?}"
        );
        assert!(signings.len() >= 5, "{signings:?}");
    }

    #[test]
    fn a_document_between_two_named_sides_keeps_them() {
        // A list of the meeting's members near a bilateral document named
        // "giữa A và B": that document stays between its two sides.
        let (text, sents, ents) = input(
            "Hội nghị có đại diện 6 nước thành viên gồm Campuchia, Lào, Myanmar, Thái \
             Lan, Trung Quốc và Việt Nam. Bên lề hội nghị, Việt Nam và Lào đã ký Hiệp \
             định giữa Việt Nam và Lào về vận tải đường bộ.",
            SIX,
        );
        let coded = Coder::embedded().code(&text, &sents, &ents, &[]);
        assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
        let mut signed = countries(&coded.agreements[0]);
        signed.sort_unstable();
        signed.dedup();
        assert_eq!(signed, ["LAO", "VNM"]);
    }

    #[test]
    fn a_list_is_of_states_joined_by_commas() {
        let (text, sents, ents) = input(
            "Đoàn đã đến 3 nước gồm Lào, Campuchia và Thái Lan trong tuần qua. Các \
             nước đối tác là những thị trường lớn như Trung Quốc với Lào, Myanmar.",
            SIX,
        );
        let found = lists(&text, &sents, &ents);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].countries, ["LAO", "KHM", "THA"]);
        // A city and its country are no list of states.
        let (text, sents, ents) = input(
            "Các nước thành viên là Viêng Chăn, Lào, Myanmar và Thái Lan.",
            SIX,
        );
        assert!(lists(&text, &sents, &ents).is_empty());
    }
}
