//! After coding: redating, invitations, and merging one happening told twice into one event.

use super::*;

/// A sentence that names a happening again by its noun with a day of its
/// own ("Cuộc điện đàm diễn ra ngày 25-10") re-dates the event of that kind
/// told in the three sentences before, when that one had only the day of
/// a report ("Ngày 26-10, theo Đài NHK, …") and this day is earlier.
pub(crate) fn redate_recent(
    events: &mut [Event],
    code: &str,
    trigger: Span,
    (sentence, st, anywhere): (usize, &SyllableText, bool),
    dates: &[DateMention],
    texts: &[SyllableText],
) {
    // A retold document's day may stand past a comma ("Bản ghi nhớ được ký
    // kết trong Phiên họp …, ngày 20/11").
    let in_sentence = || {
        dates
            .iter()
            .find(|d| d.sentence as usize == sentence && d.value.start == d.value.end)
            .map(|d| d.value.start.clone())
    };
    let day = own_clause_day(dates, sentence, trigger, st)
        .or_else(|| anywhere.then(in_sentence).flatten());
    let Some(day) = day else {
        return;
    };
    let kind = code.get(..2).unwrap_or(code);
    let Some(recent) = events.iter_mut().rev().find(|e| {
        (e.sentence as usize) < sentence
            && sentence - (e.sentence as usize) <= 3
            && e.code.starts_with(kind)
    }) else {
        return;
    };
    let reported = texts.get(recent.sentence as usize).is_some_and(|st| {
        let key = format!(" {}", st.key);
        REPORTING.iter().any(|cue| key.contains(cue))
    });
    if recent.date.is_none() || reported && recent.date.as_ref().is_some_and(|told| day < *told) {
        recent.date = Some(day);
    }
}

/// Which events count as the same happening within one article.
/// "A mời B sớm thăm lại A. B vui vẻ nhận lời.": an invitation accepted
/// right after it (in its sentence or the next one) by "nhận lời" with no
/// invitation named after it is the guest's intent to visit (036 from B to
/// A), unless such an intent of B's is coded there already ("… nhận lời và
/// cho biết sẽ thăm A"). Either way the invitation and its acceptance are
/// one intent, the guest's: the invitation is dropped.
pub(crate) fn accept_invitations(events: &mut Vec<Event>, texts: &[SyllableText]) {
    let sides = |e: &Event| {
        (
            affiliation(&e.source).map(str::to_string),
            affiliation(&e.target).map(str::to_string),
        )
    };
    let inviting = |e: &Event| {
        is_invitation(e, texts)
            && texts.get(e.sentence as usize).is_some_and(|st| {
                let k = st.syllable_from(e.span.start);
                k < st.syllables.len() && st.key_of(k, k + 1) == INVITE_KEY
            })
    };
    let mut added: Vec<Event> = Vec::new();
    // The invitations accepted: (sentence, host, guest).
    let mut accepted: Vec<(u32, Option<String>, Option<String>)> = Vec::new();
    for inv in events.iter().filter(|e| inviting(e)) {
        let (host, guest) = sides(inv);
        if host.is_none() || guest.is_none() || host == guest {
            continue;
        }
        let from = inv.sentence as usize;
        let found = (from..=from + ACCEPT_REACH).find_map(|si| {
            let st = texts.get(si)?;
            let n = st.syllables.len();
            (0..n.saturating_sub(1))
                .filter(|&k| si != from || st.syllables[k].span.start >= inv.span.end)
                .find(|&k| {
                    st.key_of(k, k + 2) == ACCEPT
                        && (k + 2 >= n || st.key_of(k + 2, k + 3) != INVITE_KEY)
                })
                .map(|k| (si, st.span(k, k + 2)))
        });
        let Some((si, span)) = found else {
            continue;
        };
        accepted.push((inv.sentence, host.clone(), guest.clone()));
        let told = events.iter().chain(added.iter()).any(|e| {
            e.code == "036"
                && !is_invitation(e, texts)
                && (e.sentence as usize) >= from
                && (e.sentence as usize) <= si
                && sides(e) == (guest.clone(), host.clone())
        });
        if told {
            continue;
        }
        let mut e = inv.clone();
        std::mem::swap(&mut e.source, &mut e.target);
        e.span = span;
        e.sentence = si as u32;
        e.rule = format!("{}a", inv.rule);
        e.retold = Vec::new();
        e.location = None;
        added.push(e);
    }
    events.retain(|e| {
        !(is_invitation(e, texts)
            && accepted.iter().any(|(si, host, guest)| {
                let pair = sides(e);
                e.sentence == *si
                    && (pair == (host.clone(), guest.clone())
                        || pair == (guest.clone(), host.clone()))
            }))
    });
    events.extend(added);
}

pub(crate) fn merge_key(
    e: &Event,
    texts: &[SyllableText],
    pledges: &[String],
) -> (String, String, String) {
    let src = affiliation(&e.source).unwrap_or_default().to_string();
    let tgt = affiliation(&e.target).unwrap_or_default().to_string();
    let group = match e.code.as_str() {
        "042" | "043" => "visit".to_string(),
        // "A mời B sớm thăm A; B vui vẻ nhận lời và cho biết sẽ thăm A":
        // the invitation is A's, the visit promised B's: two intents, one
        // each way, not one told twice.
        "036" if is_invitation(e, texts) => "036 invited".to_string(),
        "036" => "036".to_string(),
        // "Hai bên nhất trí tăng cường hợp tác …" and "Nhật Bản sẽ tiếp
        // tục hỗ trợ Việt Nam …": the two sides' intent together and one
        // side's pledge to the other are two intents.
        c if c.starts_with("03") && pledges.contains(&e.rule) => "03 pledged".to_string(),
        c if c.starts_with("03") => "03".to_string(),
        c if c.starts_with("04") => "consult".to_string(),
        "057" => "057".to_string(),
        // "Bắc Kinh cũng tuyên bố viện trợ khẩn cấp …" after "Đội cứu hộ …
        // từ tỉnh Vân Nam đã tới Yangon": one country's relief to another,
        // told in general and in kind, is one aid.
        c if c.starts_with("07") => "aid".to_string(),
        c => c.to_string(),
    };
    let unordered = matches!(
        group.as_str(),
        "visit" | "036" | "036 invited" | "03" | "consult" | "057"
    );
    let (a, b) = if unordered && src > tgt {
        (tgt, src)
    } else {
        (src, tgt)
    };
    // A past happening told by its noun and day is not the one reported;
    // nor is a signing on another day ("45 năm ký Hiệp ước …" beside "chứng
    // kiến lễ ký kết các văn kiện hợp tác" today).
    let group = if e.rule.ends_with("@past") || group == "057" {
        format!("{group}@{}", e.date.as_deref().unwrap_or(""))
    } else {
        group
    };
    (group, a, b)
}

/// The person or body on each side of a meeting (entity indices, in
/// order), when both sides name one: a country's bare code ("VNM") names
/// no one in particular.
pub(crate) fn people(e: &Event) -> Option<[usize; 2]> {
    let own = |a: &Option<Actor>| {
        let a = a.as_ref()?;
        a.code.as_ref().filter(|c| c.len() > 3)?;
        a.entity
    };
    let mut pair = [own(&e.source)?, own(&e.target)?];
    pair.sort_unstable();
    Some(pair)
}

/// "chủ trì lễ đón chính thức và hội đàm với Tổng thống X": the welcome
/// is the talks' ceremony, and the talks (046) the happening the sentence
/// tells, not a meeting (040) before them. A meeting coded in a sentence
/// that goes on to talks between the same two people gives way to them
/// (not "A hội kiến B, C và hội đàm với D": three meetings).
pub(crate) fn talks_over_welcome(events: &mut Vec<Event>) {
    /// A talks event: sentence, start, its two countries, its two people.
    type Talks = (u32, usize, [Option<String>; 2], Option<[usize; 2]>);
    let talks: Vec<Talks> = events
        .iter()
        .filter(|e| e.code == TALKS)
        .map(|e| {
            let countries = unordered_sides(e).map(|c| c.map(str::to_string));
            (e.sentence, e.span.start, countries, people(e))
        })
        .collect();
    events.retain(|e| {
        e.code != MEET
            || !talks.iter().any(|(s, start, countries, met)| {
                *s == e.sentence
                    && e.span.end <= *start
                    && *countries == unordered_sides(e).map(|c| c.map(str::to_string))
                    && *met == people(e)
            })
    });
}

/// Are two meetings of the same two countries, told in two sentences, two
/// meetings of different people ("Chiều 12/12, A hội đàm với B. Chiều cùng
/// ngày, B hội kiến C")? Each has a person or a body on both sides, and
/// the two pairs of them differ. The talks and a call on another leader the
/// same day are two happenings (sets 54, 57, 58: the talks 046, the call
/// 040/043); a meeting retold by the same two people is one.
///
/// One side may be told by its country alone ("sau hội đàm giữa Tổng Bí
/// thư A và Tổng Bí thư, Chủ tịch nước Trung Quốc B, …" codes China for B):
/// when both tellings name a person on the same country's side and they
/// are two people, the meetings differ too ("Chiều cùng ngày, B hội kiến
/// Chủ tịch nước C"). Not a person against a body: "Tỉnh ủy Quảng Ninh"
/// and its secretary, a party and its leader tell one meeting.
pub(crate) fn other_people_met(kept: &Event, e: &Event, entities: &[Entity]) -> bool {
    if kept.sentence == e.sentence {
        return false;
    }
    if people(kept).zip(people(e)).is_some_and(|(a, b)| a != b) {
        return true;
    }
    let own_on = |ev: &Event, country: &str| {
        [&ev.source, &ev.target].into_iter().find_map(|a| {
            let a = a.as_ref()?;
            (a.country.as_deref() == Some(country)).then_some(())?;
            a.code.as_ref().filter(|c| c.len() > 3)?;
            a.entity.filter(|&i| {
                entities
                    .get(i)
                    .is_some_and(|x| x.kind == EntityKind::Person)
            })
        })
    };
    unordered_sides(kept).into_iter().flatten().any(|country| {
        own_on(kept, country)
            .zip(own_on(e, country))
            .is_some_and(|(a, b)| a != b)
    })
}

/// Is the event an invitation ("mời B thăm …": 036 told by the verb
/// "mời", or by the visit it asks for, with "mời" before it in its clause)?
pub(crate) fn is_invitation(e: &Event, texts: &[SyllableText]) -> bool {
    e.code == "036"
        && texts.get(e.sentence as usize).is_some_and(|st| {
            let k = st.syllable_from(e.span.start);
            if k >= st.syllables.len() {
                return false;
            }
            let clause_start = (1..=k).rev().find(|&i| st.punct_before(i)).unwrap_or(0);
            (clause_start..=k).any(|j| st.key_of(j, j + 1) == INVITE_KEY)
        })
}

/// One happening told several times becomes one event: the first telling is
/// kept, with the first date any telling gives it.
///
/// One exception: a happening first told with the day of a report ("Ngày
/// 26-10, theo Đài NHK, … có cuộc điện đàm") and told again in a sentence of
/// its own with an earlier day ("Cuộc điện đàm diễn ra ngày 25-10") took
/// place on that day.
pub(crate) fn merge(
    events: Vec<Event>,
    dates: &[DateMention],
    texts: &[SyllableText],
    pledges: &[String],
    entities: &[Entity],
) -> Vec<Event> {
    let mut per_sentence: HashMap<u32, usize> = HashMap::new();
    for e in &events {
        *per_sentence.entry(e.sentence).or_default() += 1;
    }
    let reported = |sentence: u32| {
        texts.get(sentence as usize).is_some_and(|st| {
            let key = format!(" {}", st.key);
            REPORTING.iter().any(|cue| key.contains(cue))
        })
    };
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut index: HashMap<(String, String, String), usize> = HashMap::new();
    for e in events {
        let key = merge_key(&e, texts, pledges);
        // Meetings of the same two sides on two days the text names day by
        // day ("tối 20-3 … hội đàm không chính thức", "ngày 21-3 … hội đàm
        // chính thức") are two meetings; one with no day of its own in its
        // sentence, or only a month's, is the one told before.
        // A meeting named as the scene of what follows ("Tại hội đàm, Thủ
        // tướng chia buồn … về vụ lở đất … hôm 30.7") has no day of its
        // own: a day told after it is the other clause's. (Not one told
        // before it: "chiều 21/3, sau cuộc hội đàm …, A và B ký …".)
        let day_of = |e: &Event| {
            let scene = texts
                .get(e.sentence as usize)
                .is_some_and(|st| scene_phrase(st, st.syllable_from(e.span.start)))
                && !dates
                    .iter()
                    .any(|d| d.sentence == e.sentence && d.span.end <= e.span.start);
            e.date.clone().filter(|_| !scene).filter(|d| {
                dates
                    .iter()
                    .any(|m| m.sentence == e.sentence && m.value.start == *d && m.value.end == *d)
            })
        };
        let found = if key.0 == "consult" {
            let same_pair: Vec<usize> = out
                .iter()
                .enumerate()
                .filter(|(_, k)| merge_key(k, texts, pledges) == key)
                .filter(|(_, k)| !other_people_met(k, &e, entities))
                .map(|(i, _)| i)
                .collect();
            match day_of(&e) {
                Some(day) => same_pair
                    .iter()
                    .copied()
                    .find(|&i| day_of(&out[i]).as_ref() == Some(&day))
                    .or_else(|| {
                        same_pair
                            .iter()
                            .all(|&i| day_of(&out[i]).is_none())
                            .then(|| same_pair.first().copied())
                            .flatten()
                    }),
                None => same_pair.first().copied(),
            }
        } else {
            index.get(&key).copied()
        };
        match found {
            Some(i) => {
                let kept = &mut out[i];
                let redated = texts
                    .get(e.sentence as usize)
                    .filter(|_| per_sentence.get(&e.sentence) == Some(&1))
                    .and_then(|st| own_clause_day(dates, e.sentence as usize, e.span, st));
                if let (Some(day), Some(told)) = (redated, kept.date.as_ref()) {
                    if day < *told && kept.sentence != e.sentence && reported(kept.sentence) {
                        kept.date = Some(day);
                    }
                }
                // "… cuộc điện đàm Mỹ - Trung mới đây. … vừa điện đàm với
                // Tập Cận Bình vào hôm qua": a telling dated in its own
                // clause beats one that only took the lead's day (the day of
                // the report: a day after it is a plan told, not the act).
                let undated = |sentence: u32| !dates.iter().any(|d| d.sentence == sentence);
                if kept.sentence != e.sentence && undated(kept.sentence) {
                    let own = texts
                        .get(e.sentence as usize)
                        .and_then(|st| own_clause_day(dates, e.sentence as usize, e.span, st));
                    if let Some(day) = own {
                        if kept.date.as_ref().is_none_or(|told| day < *told) {
                            kept.date = Some(day);
                        }
                    }
                }
                if (kept.span, kept.sentence) != (e.span, e.sentence) {
                    kept.retold.push(thoisu_core::EventMention {
                        span: e.span,
                        sentence: e.sentence,
                    });
                }
                if kept.date.is_none() {
                    kept.date = e.date;
                }
                if kept.location.is_none() {
                    kept.location = e.location;
                }
            }
            None => {
                index.insert(key, out.len());
                out.push(e);
            }
        }
    }
    // "A điện đàm B và trước đó là C" told undated, and "cuộc điện đàm
    // giữa A và C vào tối 24-11" by its noun and day: one happening, the
    // dated one.
    let past: Vec<(String, String, String)> = out
        .iter()
        .filter(|e| e.rule.ends_with("@past"))
        .map(|e| {
            let (group, a, b) = merge_key(e, texts, pledges);
            (group.split('@').next().unwrap_or("").to_string(), a, b)
        })
        .collect();
    out.retain(|e| {
        e.rule.ends_with("@past")
            || e.date.is_some()
            || !past.contains(&merge_key(e, texts, pledges))
    });
    one_act_per_root_and_sentence(fold_undated_signings(out, dates))
}

/// "Nhà lãnh đạo Triều Tiên Kim Jong-un và Tổng thống Hàn Quốc Moon Jae-in
/// đã ký tuyên bố chung" in the lead, undated, and "Chiều 27/4, Tổng thống
/// Hàn Quốc Moon Jae-in và nhà lãnh đạo Triều Tiên Kim Jong-un đã ký …"
/// further on: one signing told twice. A signing with no day of its own is
/// the one of the same two sides dated by a day its own sentence names
/// (signings on two named days stay two, see `merge_key`). Not one dated
/// only by an earlier sentence's day: "Mỹ cũng ký một hiệp định thương mại
/// với Campuchia" after "Ngày 28/7, …" may be today's.
pub(crate) fn fold_undated_signings(mut events: Vec<Event>, dates: &[DateMention]) -> Vec<Event> {
    let signing = |e: &Event| e.code == "057" && !e.rule.ends_with("@past");
    let mut drop = vec![false; events.len()];
    for i in 0..events.len() {
        if !signing(&events[i]) || events[i].date.is_some() {
            continue;
        }
        let dated = (0..events.len()).find(|&j| {
            j != i
                && !drop[j]
                && signing(&events[j])
                && events[j].date.as_ref().is_some_and(|d| {
                    dates.iter().any(|m| {
                        m.sentence == events[j].sentence && m.value.start == *d && m.value.end == *d
                    })
                })
                && unordered_sides(&events[j]) == unordered_sides(&events[i])
        });
        if let Some(j) = dated {
            drop[i] = true;
            let told = thoisu_core::EventMention {
                span: events[i].span,
                sentence: events[i].sentence,
            };
            let mut more = std::mem::take(&mut events[i].retold);
            let place = events[i].location.take();
            let kept = &mut events[j];
            kept.retold.push(told);
            kept.retold.append(&mut more);
            if kept.location.is_none() {
                kept.location = place;
            }
        }
    }
    let mut drop = drop.into_iter();
    events.retain(|_| !drop.next().unwrap_or(false));
    events
}

/// Roots of words said against another side: one sentence of them is one
/// statement, however many verbs tell it.
/// The code of returning or releasing persons (0841) and its kin (084):
/// the acts a passive with "được" tells with their doer after it.
pub(crate) const RELEASE_ROOT: &str = "084";

pub(crate) const STATEMENT_ROOTS: [&str; 2] = ["11", "12"];

/// "… đã lên án vụ phóng, cáo buộc hành động này vi phạm …": two verbs of
/// disapproval (or of rejection) in one sentence, between the same two
/// sides in the same order, tell one statement: the first is kept. (Acts of
/// other roots told together are distinct: a visit and the meeting held
/// during it, two strikes.)
pub(crate) fn one_act_per_root_and_sentence(events: Vec<Event>) -> Vec<Event> {
    let mut seen: Vec<(u32, &str, String, String)> = Vec::with_capacity(events.len());
    let mut keep = vec![true; events.len()];
    for (i, e) in events.iter().enumerate() {
        let root = e.code.get(..2).unwrap_or("");
        if !STATEMENT_ROOTS.contains(&root) {
            continue;
        }
        let key = (
            e.sentence,
            root,
            affiliation(&e.source).unwrap_or_default().to_string(),
            affiliation(&e.target).unwrap_or_default().to_string(),
        );
        if seen.contains(&key) {
            keep[i] = false;
        } else {
            seen.push(key);
        }
    }
    let mut keep = keep.into_iter();
    let mut out = events;
    out.retain(|_| keep.next().unwrap_or(true));
    out
}
