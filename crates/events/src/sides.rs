//! Who did it to whom: the frames that read source and target around a trigger (subject and object, partners, owners, lists, arrivals, hosts).

use super::*;

/// Picks source and target for one trigger (see the crate doc, step 3).
pub(crate) fn resolve_sides(
    frame: Frame,
    code: &str,
    trigger: Span,
    actors: &[SentenceActor],
    cues: Cues,
    st: &SyllableText,
    focal: &Option<(String, String)>,
) -> Option<(Side, Side)> {
    if frame != Frame::Partner {
        return resolve_sides_as(frame, code, trigger, actors, cues, st, focal);
    }
    // "Đại sứ quán đã phối hợp với cảnh sát Seoul …": read as a joint act,
    // but only with the partner named in the clause right after the phrase
    // ("phối hợp với Bộ Công an …" names a body at home: no partner abroad,
    // whatever country the sentence names elsewhere).
    let after = st.syllable_from(trigger.end);
    let partner = actors.iter().find(|a| {
        let at = st.syllable_from(a.span.start);
        a.span.start >= trigger.end
            && !a.locative
            && at - after <= WITH_PARTNER_REACH
            && !(after + 1..=at).any(|k| st.punct_before(k))
    })?;
    let (source, target) = resolve_sides_as(Frame::Mutual, code, trigger, actors, cues, st, focal)?;
    (source.country != target.country
        && [&source, &target]
            .iter()
            .any(|s| s.country == partner.country))
    .then_some((source, target))
}

/// How far after a partner phrase ("phối hợp với") the partner's name may
/// start ("phối hợp với các cơ quan chức năng Anh").
pub(crate) const WITH_PARTNER_REACH: usize = 8;

#[allow(clippy::too_many_arguments)]
pub(crate) fn resolve_sides_as(
    frame: Frame,
    code: &str,
    trigger: Span,
    actors: &[SentenceActor],
    (pair_phrases, home, stricken, met_home): Cues,
    st: &SyllableText,
    focal: &Option<(String, String)>,
) -> Option<(Side, Side)> {
    // A `nationals` rule is read as `directed` with only the persons named
    // by nationality as its objects.
    let nationals = frame == Frame::Nationals;
    let frame = if nationals { Frame::Directed } else { frame };
    let participants: Vec<&SentenceActor> = actors.iter().filter(|a| !a.locative).collect();
    // "cử lực lượng cứu hộ … sang Myanmar hỗ trợ": where aid is sent to
    // is no giver of it.
    let aid = code.starts_with("07");
    // "Gặp Tổng thống A, Chủ tịch nước B đề nghị …": whom the opening
    // phrase meets does nothing the main clause tells.
    let met = opening_frame(st, actors).filter(|f| f.end <= trigger.start);
    let left: Vec<&SentenceActor> = participants
        .iter()
        .copied()
        .filter(|a| a.span.end <= trigger.start && !a.region && !(aid && a.destination))
        .filter(|a| !met.is_some_and(|f| f.start <= a.span.start && a.span.end <= f.end))
        .collect();
    // Objects end where a new predicate starts ("đề nghị nói chuyện với bà
    // và đã tóm tắt lại cuộc điện đàm với ông Tập": Tập is no one asked).
    let after = st.syllable_from(trigger.end);
    // Nor past a clause of what comes later ("…, trước khi sang Trung Quốc
    // dự …"): where the doer goes next is not whom the act is done to.
    let predicate_end = [new_predicate_after(st, after), later_clause(st, after)]
        .into_iter()
        .flatten()
        .min()
        .map(|k| st.syllables[k].span.start)
        .unwrap_or(usize::MAX);
    let right: Vec<&SentenceActor> = participants
        .iter()
        .copied()
        .filter(|a| a.span.start >= trigger.end && a.span.start < predicate_end)
        .filter(|a| !nationals || a.national)
        .collect();
    if nationals && right.is_empty() {
        return None;
    }
    let focal_sides = || {
        focal.as_ref().map(|(a, b)| {
            (
                Side {
                    entity: None,
                    country: a.clone(),
                    igo: false,
                },
                Side {
                    entity: None,
                    country: b.clone(),
                    igo: false,
                },
            )
        })
    };
    // "Hai bên nhất trí ...": the pair phrase is the subject when no actor
    // stands between it and the trigger.
    let pair_before = pair_phrases
        .iter()
        .rev()
        .find(|p| st.span(p.first, p.end).end <= trigger.start);
    if let Some(p) = pair_before {
        let pstart = st.span(p.first, p.end).start;
        // Not "… điện đàm với lãnh đạo hai nước, kêu gọi …": a pair after
        // "với" is the object of the verb before, no subject.
        let object = p.first > 0 && st.key_of(p.first - 1, p.first) == WITH_KEY;
        // Nor "dự cuộc gặp gỡ thế hệ trẻ hai nước, trước khi rời Hà Nội
        // sang thăm Malaysia": a pair told in an earlier clause is no
        // visitor unless it opens that clause.
        let first = st.syllable_from(trigger.start);
        let owned = matches!(code, "042" | "043" | "036")
            && p.first > 0
            && !st.punct_before(p.first)
            && (p.end..=first).any(|k| st.punct_before(k));
        if !left.iter().any(|a| a.span.start > pstart) && !object && !owned {
            return focal_sides();
        }
    }
    let other_focal = |country: &str| -> Option<Side> {
        // Only "đề nghị hai bên ...": the pair phrase is the object, right
        // after the phrase; elsewhere in the sentence it says nothing of who.
        let after = st.syllable_from(trigger.end);
        let object = pair_phrases
            .iter()
            .any(|p| p.first >= after && p.first <= after + 1);
        if !object {
            return None;
        }
        // "Gặp Thủ tướng Lý Cường, Thủ tướng X đề nghị hai bên …": the
        // other side is the one the sentence names.
        if let Some(named) = participants
            .iter()
            .find(|a| a.country != country && !a.igo && !a.paired)
        {
            return Some(side(named));
        }
        let (a, b) = focal.as_ref()?;
        // A third country's act aimed at the pair ("Mỹ kêu gọi hai bên
        // kiềm chế"): at the first of them here, at the second as a partner
        // (see `pair_object_after`).
        let c = if b == country { a } else { b };
        let c = if a == country { b } else { c };
        // Not an intent: "đề nghị hai bên tăng cường hợp tác" is said by
        // one of the two (a third country read there is a misread doer).
        let third = a != country && b != country;
        if third && code.starts_with("03") {
            return None;
        }
        let c = if third { a } else { c };
        Some(Side {
            entity: None,
            country: c.clone(),
            igo: false,
        })
    };
    if frame == Frame::Owned {
        return owned_sides(code, trigger, actors, &right, st);
    }
    if frame == Frame::Host {
        if let Some(sides) = passive_host(trigger, &left, st) {
            return Some(sides);
        }
    }
    if frame == Frame::Mutual {
        if let Some(sides) = between_sides(trigger, &right, st) {
            return Some(sides);
        }
        if let Some(sides) = co_doers(code, trigger, &left, st) {
            return Some(sides);
        }
        if let Some(sides) = met_partner(met, &participants, &left, &right) {
            return Some(sides);
        }
    }
    if frame == Frame::Declared {
        return declared_sides(trigger, actors);
    }
    if frame == Frame::Arrival {
        return arrival_sides(trigger, &left, &right, st);
    }
    if frame == Frame::Reached {
        return reached_sides(trigger, &left, &right, st);
    }
    if frame == Frame::Led {
        return led_sides(trigger, &left, &right, st);
    }
    if frame == Frame::Agent {
        return agent_of_do(code, trigger, (&left, &right), st);
    }
    // "các biện pháp trừng phạt mà Mỹ đưa ra": the doer is named after "mà".
    if frame == Frame::Directed {
        if let Some(sides) = relative_doer(trigger, actors, &right, st) {
            return Some(sides);
        }
    }
    if frame == Frame::Placed {
        // "A bổ sung B vào danh sách trừng phạt": both named before the
        // phrase in its clause, the doer first.
        let first = st.syllable_from(trigger.start);
        let clause: Vec<&SentenceActor> = left
            .iter()
            .copied()
            .filter(|a| {
                !a.possessive && !(st.syllable_from(a.span.end)..=first).any(|k| st.punct_before(k))
            })
            .collect();
        let src = clause.first()?;
        let tgt = clause.iter().rev().find(|a| a.country != src.country)?;
        return Some((side(src), side(tgt)));
    }
    // An invitation ("mời") is no visit: with no inviter named before it
    // ("Nhóm BRICS quyết định mời Argentina, Ai Cập …"), the names after
    // it are all invited, none of them the inviter.
    let trigger_first = st.syllable_from(trigger.start);
    let invitation = st.key_of(trigger_first, trigger_first + 1) == INVITE_KEY
        && st.syllable_from(trigger.end) <= trigger_first + 1;
    let visit = matches!(code, "042" | "043" | "036") && !invitation;
    // Only names of where other things came from stand before it.
    if code.starts_with("07") && left.iter().all(|a| a.origin) {
        if let Some(sides) = aid_from_to(trigger, actors, st) {
            return Some(sides);
        }
    }
    if left.is_empty() {
        // The phrase opens its sentence or clause.
        if visit {
            // "chuyến thăm (của A) tới B": B is where the visit goes; "Trong
            // thời gian làm việc tại Việt Nam, đoàn New Zealand …": where
            // it took place, named in its clause.
            let first = st.syllable_from(trigger.start);
            let stay = actors.iter().find(|a| {
                a.locative
                    && a.is_place
                    && a.span.start >= trigger.end
                    && !(first + 1..=st.syllable_from(a.span.start)).any(|k| st.punct_before(k))
            });
            // "Nhân chuyến thăm của Tổng thống Mỹ Donald Trump, Mỹ và Ả-rập
            // Xê-út …": the possessor right after the phrase is the visitor,
            // the host the first other country named after it.
            if code == "042" && !right.iter().any(|a| a.destination) && stay.is_none() {
                if let Some(visitor) = right.first().filter(|a| visitor_after(trigger, a, st)) {
                    let host = right.iter().find(|a| {
                        !a.possessive
                            && a.country != visitor.country
                            && a.span.start > visitor.span.end
                    })?;
                    return Some((side(visitor), side(host)));
                }
            }
            let tgt = right
                .iter()
                .find(|a| a.destination)
                .copied()
                .or(stay)
                .or_else(|| right.first().copied())?;
            let src = right
                .iter()
                .find(|a| a.possessive && a.country != tgt.country)
                .or_else(|| right.iter().find(|a| a.country != tgt.country))?;
            return Some((side(src), side(tgt)));
        }
        if let Some(sides) = talks_opening(code, trigger, &right, st, focal) {
            return Some(sides);
        }
        // A scene's meeting whose sides the opening does not give ("Trong
        // cuộc gặp tại Istanbul, Thổ Nhĩ Kỳ, hai bên …") is not read from
        // the names after it either.
        if code.starts_with("04") && scene_phrase(st, st.syllable_from(trigger.start)) {
            return None;
        }
        // "Đánh giá cao đề xuất của A, B khẳng định ...": the object comes
        // first, the subject after the next clause break.
        let first = st.syllable_from(trigger.start);
        let opens = first <= 1 || (first.saturating_sub(2)..=first).any(|i| st.punct_before(i));
        // "Ông kêu gọi Trung Quốc …": the doer is the man just named, in
        // the sentence before (see `pronoun_subject`), not a name after.
        // "Trước đó, họ đã ký với A, B và C": a pronoun is the doer, not
        // one of the names after the verb (nor a pair of them).
        let pronoun = (first == 1 && matches!(st.key_of(0, 1), MR_KEY | MRS_KEY))
            || pronoun_before(st, first);
        if !opens || pronoun {
            return None;
        }
        // "Lễ ký diễn ra tại khách sạn … trên đảo Sentosa, …": where it
        // took place is no side of it.
        let sides: Vec<&SentenceActor> = right
            .iter()
            .copied()
            .filter(|a| !(a.locative && a.is_place))
            .collect();
        let tgt = person_named_after(sides.first()?, &sides, st);
        let src = sides.iter().find(|a| {
            a.country != tgt.country && {
                let i = st.syllable_from(tgt.span.end);
                let j = st.syllable_from(a.span.start);
                (i..=j).any(|k| st.punct_before(k))
            }
        })?;
        return Some((side(src), side(tgt)));
    }
    // The subject: the first person or body of the trigger's clause, else of
    // the sentence, else the nearest place named before the trigger.
    let first_syllable = st.syllable_from(trigger.start);
    let clause_start = (1..=first_syllable)
        .rev()
        .find(|&i| {
            st.punct_before(i)
                && !actors.iter().any(|a| {
                    a.span.start < st.syllables[i].span.start
                        && st.syllables[i].span.start < a.span.end
                })
        })
        .map(|i| st.syllables[i].span.start)
        .unwrap_or(0);
    let in_clause = |a: &&&SentenceActor| a.span.start >= clause_start && !a.possessive;
    let subject = |a: &&&SentenceActor| !a.possessive;
    // A name right before the phrase ("X đã ký", "Y đang thăm") is its
    // subject; else the first person of the clause, then of the sentence.
    // Not the end of an earlier object: "đánh giá cao vai trò của Nhật Bản
    // và mong muốn …" — a possessor, or a name "và" joins to the verb.
    let right_before = |a: &SentenceActor| {
        let (i, j) = (
            st.syllable_from(a.span.end),
            st.syllable_from(trigger.start),
        );
        j - i <= 2
            && !(i..=j).any(|k| st.punct_before(k))
            && !(i..j).any(|k| st.key_of(k, k + 1) == AND_KEY)
    };
    // "tàu hải cảnh số hiệu 4301 của Trung Quốc đã đâm chìm tàu cá …": a
    // ship, unit or force of a country, right before an act of force, is
    // that country acting (its owner the doer).
    let forceful = matches!(code.get(..2), Some("17" | "18" | "19" | "20"));
    let adjacent = left
        .last()
        .filter(|a| right_before(a) && (!a.possessive || forceful && !a.locative));
    let src = adjacent
        .or_else(|| caused_doer(&left, trigger, st))
        .or_else(|| left.iter().filter(in_clause).find(|a| a.is_person))
        .or_else(|| left.iter().filter(in_clause).find(|a| !a.is_place))
        // "…; khẳng định Trung Quốc sẽ tiếp tục … và hỗ trợ …": a country
        // right after a verb of saying in the phrase's clause is the doer
        // of what is said, not a person named in an earlier clause.
        .or_else(|| {
            left.iter().filter(in_clause).find(|a| {
                let at = st.syllable_from(a.span.start);
                !a.locative
                    && (1..=2).any(|n| at >= n && SAYING.contains(&st.key_of(at - n, at)))
                    && same_clause(st, a.span.end, trigger.start)
            })
        })
        .or_else(|| left.iter().filter(subject).find(|a| a.is_person))
        .or_else(|| left.iter().filter(subject).find(|a| !a.is_place))
        .or_else(|| left.iter().find(in_clause))
        // "Ấn Độ triển khai chiến dịch …, điều máy bay chở hàng cứu trợ tới
        // Yangon": a country opening the sentence gives the aid told in a
        // later clause.
        .or_else(|| left.first().filter(|a| aid && opens_sentence(a, st)))
        // A directed act needs a doer: a place named in an earlier clause,
        // or one side of "Việt Nam - Triều Tiên", is not one.
        .or_else(|| left.iter().find(|a| frame != Frame::Directed && !a.paired))
        .or_else(|| left.first().filter(|_| frame != Frame::Directed))
        .copied()?;
    // "A bị B tấn công": B is the doer, A the one it is done to. A release
    // is told in the passive with "được" ("sinh viên Mỹ được Triều Tiên
    // phóng thích"): B released A. (Only a release: "dự án được Nhật Bản
    // tài trợ cho Việt Nam" names its beneficiary after the verb.)
    let release = code.starts_with(RELEASE_ROOT);
    let src_first = st.syllable_from(src.span.start);
    let passive = (src_first.saturating_sub(4)..src_first).any(|k| {
        let key = st.key_of(k, k + 1);
        (key == ADVERSE_KEY || release && key == PASSIVE_KEY)
            && !(k + 1..=src_first).any(|j| st.punct_before(j))
    });
    if passive {
        let sufferer = left
            .iter()
            .rev()
            .find(|a| a.span.end <= src.span.start && a.country != src.country);
        // "Các mục tiêu ở Syria bị Israel không kích": force on targets in
        // a country is suffered by it.
        let struck_in = || {
            actors.iter().rev().find(|a| {
                a.locative
                    && a.is_place
                    && a.span.end <= src.span.start
                    && a.country != src.country
                    && matches!(code.get(..2), Some("18" | "19" | "20"))
            })
        };
        return sufferer
            .copied()
            .or_else(struck_in)
            .map(|t| (side(src), side(t)));
    }
    // "A và B hội đàm": a partner joined to the subject by "và"/"cùng".
    let partner = left.iter().find(|a| {
        a.country != src.country && may_partner(a, src, actors, st) && {
            let (x, y) = if a.span.start < src.span.start {
                (a.span.end, src.span.start)
            } else {
                (src.span.end, a.span.start)
            };
            // Close enough for one title chain between: "và" far back
            // joins other things ("thiệt hại về người và tài sản, …").
            let words = st.syllable_from(y).saturating_sub(st.syllable_from(x));
            let between = text_between(st, x, y);
            // "Sau khi Hiệp định Geneva … được kí kết, Việt Nam và Lào …":
            // a name in a clause of time, closed before the subject, is no
            // partner of it.
            let (i, j) = (st.syllable_from(x), st.syllable_from(y));
            let closed_time_clause = a.span.start < src.span.start
                && subordinate_clause(st, st.syllable_from(a.span.start))
                && (i..=j).any(|k| k > i && st.punct_before(k));
            // "đánh giá Việt Nam là đối tác … và cho biết Washington sẽ
            // …": a "và" that joins a verb of saying joins two predicates
            // of one speaker, not a partner to the subject.
            let joined = [AND_KEY, ALONG_KEY].iter().any(|w| {
                between.match_indices(&format!(" {w}")).any(|(at, m)| {
                    let after = &between[at + m.len()..];
                    !SAYING.iter().any(|v| after.starts_with(v))
                })
            });
            words <= MAX_PARTNER_GAP && joined && !closed_time_clause
        }
    });
    // "A và B cắt quan hệ ngoại giao với C": a directed act with its own
    // object after the verb has both as doers (see `listed_sources`).
    // Not "A và B đã gặp nhau": each other is the object. The object
    // stands in the verb's clause, close after it.
    const OBJECT_REACH: usize = 8;
    let verb_end = st.syllable_from(trigger.end);
    let reciprocal = verb_end < st.syllables.len() && st.key_of(verb_end, verb_end + 1) == "nhau ";
    let own_object = frame == Frame::Directed
        && !reciprocal
        && right.iter().any(|a| {
            let at = st.syllable_from(a.span.start);
            !a.origin
                && partner.is_some_and(|p| a.country != p.country)
                && a.country != src.country
                && at - verb_end <= OBJECT_REACH
                && !(verb_end + 1..=at).any(|k| st.punct_before(k))
        });
    // "Nga và Ukraine đã lần lượt ký với Thổ Nhĩ Kỳ và Liên hợp quốc": a
    // joint act with a partner named after "với" close after the verb is
    // done by each of "A và B" with that partner, not by A with B.
    const WITH_REACH: usize = 2;
    let with_at = (verb_end..(verb_end + WITH_REACH + 1).min(st.syllables.len()))
        .find(|&k| st.key_of(k, k + 1) == WITH_KEY)
        .filter(|&k| !(verb_end + 1..=k).any(|j| st.punct_before(j)));
    let own_object = own_object
        || (frame == Frame::Mutual
            && !reciprocal
            && with_at.is_some_and(|w| {
                right
                    .iter()
                    .find(|a| st.syllable_from(a.span.start) > w)
                    .is_some_and(|a| {
                        let at = st.syllable_from(a.span.start);
                        !a.possessive
                            && !a.locative
                            && partner.is_some_and(|p| a.country != p.country)
                            && a.country != src.country
                            && at - w <= OBJECT_REACH
                            && !(w + 1..=at).any(|k| st.punct_before(k))
                    })
            }));
    // "Argentina, Mexico, Chile và Uruguay đồng loạt gửi lời chúc mừng":
    // the last two of a longer list are fellow doers of a directed act,
    // not one acting on the other.
    let listed = partner.is_some_and(|p| {
        let head = if p.span.start < src.span.start {
            p
        } else {
            src
        };
        frame == Frame::Directed
            && left.iter().any(|q| {
                q.span.end <= head.span.start
                    && q.country != src.country
                    && q.country != p.country
                    && st.syllable_from(q.span.end) == st.syllable_from(head.span.start)
                    && st.punct_before(st.syllable_from(head.span.start))
            })
    });
    // "Malaysia, Singapore và Hàn Quốc cũng đã gửi … hàng viện trợ": those
    // "và" joins to the giver give with it (see `listed_sources`).
    // Not a partner a verb stands between ("Lào đánh giá cao và cảm ơn
    // Nhật Bản đã viện trợ …").
    let fellow_givers = |p: &&&SentenceActor| {
        let (x, y) = if p.span.start < src.span.start {
            (p.span.end, src.span.start)
        } else {
            (src.span.end, p.span.start)
        };
        // Only names, commas and "và" between: "Qatar, Ai Cập và Mỹ".
        let (i, j) = (st.syllable_from(x), st.syllable_from(y));
        let list_only = (i..j).all(|k| {
            let at = st.syllables[k].span;
            matches!(st.key_of(k, k + 1), AND_KEY | ALONG_KEY)
                || actors
                    .iter()
                    .any(|a| a.span.start <= at.start && at.end <= a.span.end)
        });
        (aid || code == MEDIATE) && frame == Frame::Directed && list_only
    };
    // "quân đội Mỹ và Anh đã tiến hành các cuộc không kích nhằm vào …":
    // those "và" joins strike together, never one the other.
    let fellow_strikers =
        frame == Frame::Directed && matches!(code.get(..2), Some("18" | "19" | "20"));
    if let Some(p) =
        partner.filter(|p| !own_object && !listed && !fellow_givers(p) && !fellow_strikers)
    {
        // The first named of "A và B" leads.
        return Some(if p.span.start < src.span.start {
            (side(p), side(src))
        } else {
            (side(src), side(p))
        });
    }
    // Nothing is done to where something came from ("bắt giữ hai đối
    // tượng vận chuyển ma túy từ Lào"); but an appeal or a demand is made
    // of whom "từ" names ("kêu gọi viện trợ từ Nhật Bản").
    // Nor a tariff: it is laid on "hàng hóa từ Ấn Độ", goods from there.
    let asks = code.starts_with("02") || code.starts_with("10") || code == "163";
    let objects: Vec<&SentenceActor> = right
        .iter()
        .copied()
        .filter(|a| asks || !a.origin)
        .collect();
    let objects = signed_with(code, trigger, objects, st);
    // "… do Qatar, Ai Cập và Mỹ làm trung gian, được Thủ tướng Qatar …
    // công bố": the sides mediated between follow in the verb's clause.
    let verb_end = st.syllable_from(trigger.end);
    let objects: Vec<&SentenceActor> = objects
        .into_iter()
        .filter(|a| {
            code != MEDIATE
                || !(verb_end..=st.syllable_from(a.span.start)).any(|k| st.punct_before(k))
        })
        .collect();
    // A place named after the phrase, of another country than the doer's.
    let place_after = || {
        actors.iter().find(|a| {
            a.locative && a.is_place && a.span.start >= trigger.end && a.country != src.country
        })
    };
    // "thăm và làm việc tại Lào": where a visit takes place is whom it
    // visits, when no one else is named.
    let visited_place = || place_after().filter(|_| matches!(code, "042" | "036"));
    // "công bố khoản viện trợ … triển khai tại Việt Nam": aid given in a
    // country is aid to it, when no one else is named.
    let aided_place = || place_after().filter(|_| code.starts_with("07"));
    // "ném bom các mục tiêu ở Liban", "không kích các vị trí tại Syria":
    // force used on targets in a country is used against it, when no one
    // else is named.
    let struck_place = || place_after().filter(|_| strikes_targets(code, trigger, st));
    // "Nga mở chiến dịch quân sự tại Ukraine, Tổng thống Mỹ …": force used
    // in the country named right after it ("tại"/"ở" and place words only
    // between) is used against that country, before any later name.
    // Not an attack named as a noun ("cuộc điều tra về loạt vụ tấn công
    // khủng bố ở Paris"), unless a verb carries it out ("đã tiến hành 456
    // cuộc không kích ở Afghanistan").
    let struck_there = place_after().filter(|a| {
        let (end, at) = (
            st.syllable_from(trigger.end),
            st.syllable_from(a.span.start),
        );
        let between = text_between(st, trigger.end, a.span.start);
        let mut words = between.split_whitespace();
        let placed = words.next().is_some_and(|w| LOCATIVE.contains(&w))
            && words.all(|w| PLACE_CLASS.iter().any(|c| c.split(' ').any(|p| p == w)));
        matches!(code.get(..2), Some("18" | "19" | "20"))
            && at > end
            && at - end <= FORCE_PLACE_GAP
            && placed
            && !(end..=at).any(|k| st.punct_before(k))
            && (!nominal_force(st, trigger) || carried_out(st, trigger))
    });
    let tgt = struck_there
        .map(side)
        .or_else(|| {
            objects
                .iter()
                .find(|a| visit && a.destination && a.country != src.country)
                .or_else(|| objects.iter().find(|a| a.country != src.country))
                .map(|a| side(person_named_after(a, &right, st)))
        })
        .or_else(|| visited_place().map(side))
        .or_else(|| aided_place().map(side))
        .or_else(|| struck_place().map(side))
        .or_else(|| other_focal(&src.country))
        // "Thỏa thuận do Qatar, Ai Cập và Mỹ làm trung gian": mediation that
        // names no side mediates between the article's two main countries
        // (the second is added as a partner by the caller).
        .or_else(|| {
            focal
                .as_ref()
                .filter(|(a, b)| {
                    // Neither side is a mediator named before the verb.
                    code == MEDIATE && !left.iter().any(|l| l.country == *a || l.country == *b)
                })
                .map(|(a, _)| Side {
                    entity: None,
                    country: a.clone(),
                    igo: false,
                })
        })
        .or_else(|| home_target(trigger, st, home, &src.country))
        .or_else(|| severed_partner(code, trigger, &left, src, st).map(side))
        // "Nga … đã điều hơn 300 quân nhân đang đóng tại Syria tham gia dỡ
        // bỏ đổ nát, đồng thời đưa các đội cứu hộ … sang": in an article
        // on a disaster, relief told where it is given, before the phrase,
        // goes there. (Elsewhere a place before the phrase is more often
        // where a speaker spoke or an envoy serves: "Đại sứ Philippines
        // tại Nga cho biết …".)
        .or_else(|| {
            actors
                .iter()
                .find(|a| {
                    aid && stricken.is_some()
                        && a.locative
                        && a.is_place
                        && a.country != src.country
                })
                .map(side)
        })
        // Aid that names no recipient goes where the article's disaster
        // struck (`Coder::stricken_country`).
        .or_else(|| {
            stricken
                .filter(|c| aid && *c != src.country.as_str() && !src.igo)
                .map(|c| Side {
                    entity: None,
                    country: c.to_string(),
                    igo: false,
                })
        });
    // "Ông cho biết Hungary sẵn sàng tăng thêm suất học bổng …", "Phía
    // Trung Quốc nhất trí, đồng thời mong muốn tiếp tục duy trì cơ chế …":
    // an intent to cooperate that names no one it is aimed at, said by the
    // foreign one of the article's two main countries when Vietnam is the
    // other, is aimed at Vietnam (the host or guest of the meeting told).
    let tgt = tgt.or_else(|| unnamed_partner(code, src, &objects, focal, met_home));
    let tgt = match tgt {
        Some(t) => t,
        // A domestic happening: both sides from one country.
        // Only an object after the phrase: a name before it is more often a
        // photo credit or a title chain than a participant.
        None => side(objects.iter().find(|a| a.entity != src.entity)?),
    };
    Some((side(src), tgt))
}

/// The sides of an exercise held "cùng" others ("Tàu Nhật Bản đã cùng tàu
/// Hàn Quốc và nhóm tàu Mỹ diễn tập"): the name just before "cùng", with no
/// break between, and every name from "cùng" to the verb; one per country.
/// Empty unless two countries take part.
pub(crate) fn drilled_with<'a>(
    trigger: Span,
    actors: &'a [SentenceActor],
    st: &SyllableText,
) -> Vec<&'a SentenceActor> {
    const WITH_REACH: usize = 16;
    const SUBJECT_GAP: usize = 3;
    let first = st.syllable_from(trigger.start);
    // "cùng ngày", "cùng lúc": the same day, no one joined.
    let Some(with) = (first.saturating_sub(WITH_REACH)..first).rev().find(|&k| {
        st.key_of(k, k + 1) == ALONG_KEY
            && !SAME_TIME.iter().any(|w| {
                let len = w.split_whitespace().count();
                st.key_of(k + 1, (k + 1 + len).min(first)) == *w
            })
    }) else {
        return Vec::new();
    };
    let usable = |a: &&SentenceActor| !a.locative && !a.possessive && !a.igo && !a.origin;
    let subject = actors.iter().filter(usable).rfind(|a| {
        let end = st.syllable_from(a.span.end);
        a.span.end <= st.syllables[with].span.start
            && with - end <= SUBJECT_GAP
            && !(end..=with).any(|k| st.punct_before(k))
    });
    let Some(subject) = subject else {
        return Vec::new();
    };
    let mut out = vec![subject];
    // The names joined by "cùng" follow it in its clause (commas of their
    // list aside): "cùng ngày, Tổng thống Moon …" joins no one.
    let joined: Vec<&SentenceActor> = actors
        .iter()
        .filter(usable)
        .filter(|a| a.span.start >= st.syllables[with].span.end && a.span.end <= trigger.start)
        .collect();
    if joined
        .first()
        .is_some_and(|a| (with + 1..=st.syllable_from(a.span.start)).any(|k| st.punct_before(k)))
    {
        return Vec::new();
    }
    for a in joined {
        if !out.iter().any(|b| b.country == a.country) {
            out.push(a);
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// Is the actor the first words of its sentence, a country named by its
/// name ("Ấn Độ triển khai …"), not a place in it?
pub(crate) fn opens_sentence(a: &SentenceActor, st: &SyllableText) -> bool {
    st.syllable_from(a.span.start) == 0 && a.is_place && !a.possessive && !a.origin && !a.paired
}

/// How many title words may stand between "do" and the doer it names
/// ("do lực lượng chức năng Campuchia trao trả").
pub(crate) const AGENT_TITLE: usize = 5;

/// "tiếp nhận 57 công dân do lực lượng chức năng A trao trả": the name
/// after "do", right before the verb, is its doer; the act is done to the
/// first other country named before "do" in the clause.
pub(crate) fn agent_of_do(
    code: &str,
    trigger: Span,
    (left, right): (&[&SentenceActor], &[&SentenceActor]),
    st: &SyllableText,
) -> Option<(Side, Side)> {
    let first = st.syllable_from(trigger.start);
    let doer = left
        .last()
        .filter(|a| st.syllable_from(a.span.end) == first && !a.possessive && !a.locative)?;
    let at = st.syllable_from(doer.span.start);
    let by = (at.saturating_sub(AGENT_TITLE)..at)
        .rev()
        .find(|&k| st.key_of(k, k + 1) == "do ")?;
    // "với lý do A hỗ trợ …": a reason, no agent.
    if by > 0 && st.key_of(by - 1, by) == HANDLE_TAIL {
        return None;
    }
    if (by + 1..=first).any(|k| st.punct_before(k)) {
        return None;
    }
    let clause_start = (1..=by).rev().find(|&k| st.punct_before(k)).unwrap_or(0);
    // "Huân chương Hữu nghị do Chủ tịch Tập Cận Bình trao tặng": an honour
    // handed over is no aid.
    if code.starts_with("07") && handover::honour_within(st, clause_start, by) {
        return None;
    }
    // Aid goes to one named as receiving it ("Việt Nam tiếp nhận … do A
    // trao tặng"), not to a name in what was given ("lô vaccine AstraZeneca
    // … do A trao tặng").
    let aid = code.starts_with("07");
    let done_to = left.iter().find(|a| {
        let i = st.syllable_from(a.span.start);
        i >= clause_start
            && i < by
            && a.country != doer.country
            && !a.locative
            && (!aid
                || (st.syllable_from(a.span.end)..by).any(|k| st.key_of(k, k + 1) == RECEIVE_KEY))
    });
    // "tiếp nhận lô vaccine do Chính phủ Nhật Bản trao tặng Việt Nam": with
    // no other country before the agent, aid goes to the one named right
    // after the verb.
    let end = st.syllable_from(trigger.end);
    let done_to = done_to.or_else(|| {
        right.iter().find(|a| {
            let i = st.syllable_from(a.span.start);
            aid && a.country != doer.country
                && !a.locative
                && i >= end
                && i <= end + 1
                && !(end..=i).any(|k| k > end && st.punct_before(k))
        })
    })?;
    Some((side(doer), side(done_to)))
}

/// How far before its verb a name after a causative may end ("khiến Mexico
/// ngay lập tức đình chỉ …").
pub(crate) const CAUSEE_REACH: usize = 4;

/// "A bắt giữ …, khiến B đình chỉ quan hệ": the name right after a
/// causative, close before the verb in its clause, is the verb's doer.
pub(crate) fn caused_doer<'b, 'a>(
    left: &'b [&'a SentenceActor],
    trigger: Span,
    st: &SyllableText,
) -> Option<&'b &'a SentenceActor> {
    let last = left.last().filter(|a| !a.locative && !a.possessive)?;
    let (at, end, verb) = (
        st.syllable_from(last.span.start),
        st.syllable_from(last.span.end),
        st.syllable_from(trigger.start),
    );
    if verb - end > CAUSEE_REACH || (end..=verb).any(|k| st.punct_before(k)) {
        return None;
    }
    CAUSATIVES
        .iter()
        .any(|c| {
            let n = c.split_whitespace().count();
            at >= n && st.key_of(at - n, at) == *c
        })
        .then_some(last)
}

/// How far after "với" the partner of a signing is named, title chain
/// included ("ký với Bộ trưởng Quốc phòng X").
pub(crate) const PARTNER_REACH: usize = 10;

/// "A đã ký một hiệp ước với B, … gây lo ngại cho C, D": the partner of a
/// signing is the one named right after its "với"; third countries named
/// later in the sentence are not. Other acts keep all their objects.
pub(crate) fn signed_with<'a>(
    code: &str,
    trigger: Span,
    objects: Vec<&'a SentenceActor>,
    st: &SyllableText,
) -> Vec<&'a SentenceActor> {
    if code != "057" {
        return objects;
    }
    let after = st.syllable_from(trigger.end);
    let n = st.syllables.len();
    let Some(with) = (after..n)
        .take_while(|&k| k == after || !st.punct_before(k))
        .find(|&k| st.key_of(k, k + 1) == WITH_KEY)
    else {
        return objects;
    };
    // The first name after "với", and the names listed on from it.
    let Some(start) = objects.iter().position(|a| {
        let at = st.syllable_from(a.span.start);
        at > with && at - with <= PARTNER_REACH && !(with + 1..=at).any(|k| st.punct_before(k))
    }) else {
        return Vec::new();
    };
    let mut kept = vec![objects[start]];
    for next in &objects[start + 1..] {
        // Joined by commas or "và", a title at most between.
        let prev = kept[kept.len() - 1];
        let gap = text_between(st, prev.span.end, next.span.start);
        let words = gap.split_whitespace().filter(|w| !matches!(*w, "|" | AND));
        let joined = gap.contains(" | ") || gap.contains(AND_SP);
        if words.count() > MAX_TITLE || (next.country != prev.country && !joined) {
            break;
        }
        kept.push(next);
    }
    kept
}

/// "…, khiến Mexico đình chỉ quan hệ song phương": cut relations whose
/// object is not named are cut with the other country named before the
/// doer in the sentence (not a place where something happened).
pub(crate) fn severed_partner<'a>(
    code: &str,
    trigger: Span,
    left: &[&'a SentenceActor],
    src: &SentenceActor,
    st: &SyllableText,
) -> Option<&'a SentenceActor> {
    let first = st.syllable_from(trigger.start);
    let end = st.syllable_from(trigger.end);
    if !code.starts_with("16") || !st.key_of(first, end).contains(RELATIONS) {
        return None;
    }
    left.iter()
        .rev()
        .find(|a| {
            a.span.end <= src.span.start
                && a.country != src.country
                && !a.locative
                && !a.igo
                && !a.region
        })
        .copied()
}

pub(crate) const BARE_TITLES_FILE: &str = include_str!("../../../data/events/bare_titles.tsv");

/// Titles that stand alone as a meeting's subject (`bare_titles.tsv`), as
/// syllable keys ("bộ trưởng ").
pub(crate) static BARE_TITLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    BARE_TITLES_FILE
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(rules::syllable_key)
        .collect()
});

/// How many sentences back the doer of a bare title's meeting may have
/// acted last.
pub(crate) const TITLED_REACH: usize = 8;

/// How far after the meeting verb the one met may be named.
pub(crate) const MET_REACH: usize = 12;

/// Congratulations that end their clause with no receiver after them: the
/// receiver is the one named in a clause opened by "nhân dịp" before them
/// ("Nhân dịp ông Lula đắc cử …, Chủ tịch nước Nguyễn Xuân Phúc đã gửi điện
/// chúc mừng."), else the receiver of the last praise told before
/// ("Miguel Díaz-Canel Bermúdez cũng gửi điện chúc mừng."); one from each
/// country named before the phrase ("Lãnh đạo nhiều nước, trong đó có
/// Tổng thống Mỹ Joe Biden, Tổng thống Pháp Emmanuel Macron và Chủ tịch
/// Trung Quốc Tập Cận Bình, đã gửi lời chúc mừng."), never from one to
/// another of them.
pub(crate) fn congratulated_sides(
    code: &str,
    (first, end): (usize, usize),
    st: &SyllableText,
    actors: &[SentenceActor],
    events: &[Event],
) -> Vec<(Side, Side)> {
    let key = st.key_of(first, end);
    if !code.starts_with("05") || !CONGRATULATIONS.iter().any(|w| key.contains(w)) {
        return Vec::new();
    }
    // The phrase ends its clause: "chúc mừng." or "chúc mừng, …".
    let n = st.syllables.len();
    if end < n && !st.punct_before(end) {
        return Vec::new();
    }
    let actor_at = |a: &SentenceActor| st.syllable_from(a.span.start);
    let usable = |a: &&SentenceActor| !a.locative && !a.possessive && !a.paired && !a.igo;
    // Anyone named after it may be the receiver: read as usual.
    if actors.iter().filter(usable).any(|a| actor_at(a) >= end) {
        return Vec::new();
    }
    let before: Vec<&SentenceActor> = actors
        .iter()
        .filter(usable)
        .filter(|a| actor_at(a) < first)
        .collect();
    let clause_opens = |a: &SentenceActor, words: &str| {
        let at = actor_at(a);
        let start = (1..=at).rev().find(|&k| st.punct_before(k)).unwrap_or(0);
        st.key_of(start, at).starts_with(words)
    };
    let occasion = before.iter().find(|a| clause_opens(a, ON_OCCASION));
    let receiver = match occasion {
        Some(a) => Some(side(a)),
        None => events.iter().rev().find_map(|e| {
            let t = e.target.as_ref()?;
            let country = t.country.clone()?;
            (e.code.starts_with("05") && !before.iter().any(|a| a.country == country)).then_some(
                Side {
                    entity: t.entity,
                    country,
                    igo: false,
                },
            )
        }),
    };
    let Some(receiver) = receiver else {
        return Vec::new();
    };
    let mut senders: Vec<Side> = Vec::new();
    for a in &before {
        if a.country != receiver.country && !senders.iter().any(|s| s.country == a.country) {
            senders.push(side(a));
        }
    }
    senders.into_iter().map(|s| (s, receiver.clone())).collect()
}

/// "Cùng ngày, Tổng Bí thư hội kiến Tổng thống Tharman Shanmugaratnam":
/// a meeting verb whose clause names no one before it but a bare title is
/// held by the one who did the last act told within
/// [`TITLED_REACH`] sentences, with the first one named after the verb in
/// its clause, of another country.
pub(crate) fn titled_subject_sides(
    (first, end): (usize, usize),
    st: &SyllableText,
    actors: &[SentenceActor],
    events: &[Event],
    si: usize,
) -> Option<(Side, Side)> {
    let clause_start = (1..=first).rev().find(|&k| st.punct_before(k)).unwrap_or(0);
    let mut subject = st.key_of(clause_start, first).to_string();
    if clause_start == first {
        subject.clear();
    }
    while let Some(rest) = TITLE_ASPECTS
        .iter()
        .find_map(|w| subject.strip_suffix(w).map(str::to_string))
    {
        subject = rest;
    }
    if !BARE_TITLES.contains(&subject) {
        return None;
    }
    let n = st.syllables.len();
    let clause_end = (end + 1..n).find(|&k| st.punct_before(k)).unwrap_or(n);
    let met = actors.iter().find(|a| {
        let at = st.syllable_from(a.span.start);
        at >= end && at < clause_end && at - end <= MET_REACH && !a.locative && !a.igo
    })?;
    let doer = events.iter().rev().find_map(|e| {
        let source = e.source.as_ref()?;
        let country = source.country.clone()?;
        let recent = si >= e.sentence as usize && si - (e.sentence as usize) <= TITLED_REACH;
        let done_by_other = recent && source.entity.is_some() && country != met.country;
        done_by_other.then_some(Side {
            entity: source.entity,
            country,
            igo: false,
        })
    })?;
    Some((doer, side(met)))
}

/// "triệu hồi đại sứ nước này tại Mỹ", "triệu hồi các đại sứ tại A và B":
/// the country an envoy is posted to ("tại X") is whom a recall or
/// expulsion is aimed at, not where it happens. The sentence's actors with
/// those posts read as participants, when the trigger is such an act.
pub(crate) fn envoy_posts(
    code: &str,
    trigger: Span,
    actors: &[SentenceActor],
    st: &SyllableText,
) -> Option<Vec<SentenceActor>> {
    const ENVOY_REACH: usize = 8;
    if !code.starts_with("16") {
        return None;
    }
    let first = st.syllable_from(trigger.start);
    let posts: Vec<usize> = actors
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            let at = st.syllable_from(a.span.start);
            a.locative
                && a.span.start >= trigger.end
                && at > first + 1
                && at - first <= ENVOY_REACH
                && !(first + 1..=at).any(|k| st.punct_before(k))
                && matches!(st.key_of(at - 1, at), AT_KEY | LOCATED_KEY)
                && ENVOYS.iter().any(|w| st.key_of(first, at).contains(w))
        })
        .map(|(i, _)| i)
        .collect();
    if posts.is_empty() {
        return None;
    }
    let mut out = actors.to_vec();
    for i in posts {
        out[i].locative = false;
    }
    Some(out)
}

/// How many syllables after a mutual phrase its "giữa" may stand ("vòng đàm
/// phán trực tiếp mới giữa …").
pub(crate) const BETWEEN_REACH: usize = 4;

/// "cuộc tập trận chung giữa Nga, Iran và Trung Quốc": a joint act with
/// "giữa" right after it is between the first two countries listed there
/// (the rest of the list is read by `listed_together`).
pub(crate) fn between_sides(
    trigger: Span,
    right: &[&SentenceActor],
    st: &SyllableText,
) -> Option<(Side, Side)> {
    let end = st.syllable_from(trigger.end);
    // "Vòng đàm phán trực tiếp mới giữa phái đoàn Nga và Ukraine": a few
    // words describing the talks may stand before "giữa", no name among them.
    let after = (end..st.syllables.len().min(end + BETWEEN_REACH))
        .take_while(|&k| k == end || !st.punct_before(k))
        .find(|&k| st.key_of(k, k + 1) == BETWEEN_KEY)?;
    if right.iter().any(|a| st.syllable_from(a.span.start) < after) {
        return None;
    }
    let first = right
        .first()
        .filter(|a| st.syllable_from(a.span.start) <= after + 3)?;
    let second = right.iter().find(|a| {
        a.country != first.country && {
            let gap = text_between(st, first.span.end, a.span.start);
            gap.split_whitespace().filter(|w| *w != "|").count() <= 8
        }
    })?;
    Some((side(first), side(second)))
}

/// How many words may stand between the two doers of "A và B" before a
/// mutual phrase ("Phó Thủ tướng A, với tư cách nước điều phối quan hệ ASEAN
/// - Trung Quốc, và Bộ trưởng Ngoại giao Trung Quốc B đồng chủ trì").
pub(crate) const CO_DOER_GAP: usize = 16;

/// "Hội nghị … do Thủ tướng Lào A và Thủ tướng Trung Quốc B đồng chủ trì,
/// với sự tham dự của lãnh đạo Campuchia, Myanmar …": two doers of
/// different countries joined by "và" right before a mutual phrase act
/// together; those named after it (guests, places) are no side.
pub(crate) fn co_doers(
    code: &str,
    trigger: Span,
    left: &[&SentenceActor],
    st: &SyllableText,
) -> Option<(Side, Side)> {
    // Meetings only: "Nga và Ukraine đã ký riêng rẽ với Thổ Nhĩ Kỳ …" signed
    // with others, not with each other.
    if !code.starts_with("04") {
        return None;
    }
    let first = st.syllable_from(trigger.start);
    let bare = before_aspect(st, first);
    let last = left.last().filter(|a| {
        !a.possessive && st.syllable_from(a.span.end) == bare && !st.punct_before(bare)
    })?;
    if last.igo {
        return None;
    }
    let prev = left.iter().rev().find(|a| {
        a.country != last.country && a.span.end <= last.span.start && !a.possessive && !a.igo
    })?;
    let from = st.syllable_from(prev.span.end);
    let to = st.syllable_from(last.span.start);
    if from > to {
        return None;
    }
    let gap = st.key_of(from, to);
    let words = gap.split_whitespace().filter(|w| *w != "|").count();
    // "và" opens the last stretch of the gap, past any aside between commas.
    let joined = gap
        .rsplit('|')
        .next()
        .is_some_and(|tail| tail.trim_start().starts_with(AND_KEY));
    // "A, B và C đã tiếp xúc với ban lãnh đạo hãng": a list meets the
    // partner named after "với", not one another.
    let after = st.syllable_from(trigger.end);
    let partner_after = after < st.syllables.len()
        && !st.punct_before(after)
        && matches!(st.key_of(after, after + 1), WITH_KEY | ALONG_KEY);
    let listed = left.iter().any(|a| {
        a.span.end <= prev.span.start && {
            let (from, to) = (
                st.syllable_from(a.span.end),
                st.syllable_from(prev.span.start),
            );
            from <= to && {
                let gap = st.key_of(from, to);
                gap.contains('|') && gap.trim_matches([' ', '|']).is_empty()
            }
        }
    });
    (words <= CO_DOER_GAP && joined && !partner_after && !listed).then(|| (side(prev), side(last)))
}

/// Is the arriving side an official (a person or body the recogniser
/// gives a government role) or a state whose clause names no troops?
pub(crate) fn official_arrival(
    source: &Side,
    entities: &[Entity],
    st: &SyllableText,
    first: usize,
) -> bool {
    let Some(e) = source.entity.and_then(|i| entities.get(i)) else {
        return false;
    };
    match e.kind {
        EntityKind::Location => {
            let start = (1..=first).rev().find(|&k| st.punct_before(k)).unwrap_or(0);
            let clause = st.key_of(start, first);
            !MILITARY.iter().any(|w| clause.contains(w))
        }
        _ => e.actor_role.as_deref() == Some("GOV"),
    }
}

/// How many words ("thủ đô", "thành phố") may stand between an arrival
/// verb and the place reached.
pub(crate) const ARRIVAL_GAP: usize = 2;

/// "Bộ trưởng A đã tới thủ đô B": the visitor is the last name before the
/// verb in its clause, the visited the place named right after it.
pub(crate) fn arrival_sides(
    trigger: Span,
    left: &[&SentenceActor],
    right: &[&SentenceActor],
    st: &SyllableText,
) -> Option<(Side, Side)> {
    let after = st.syllable_from(trigger.end);
    // Only a kind of place may stand between ("đã tới thủ đô X"): "đã đến
    // lúc Mỹ …" is no arrival.
    let dest = right.first().filter(|a| {
        let at = st.syllable_from(a.span.start);
        let gap = st.key_of(after, at.max(after)).trim_end();
        at - after <= ARRIVAL_GAP
            && (gap.is_empty() || PLACE_CLASS.contains(&gap))
            && !(after..=at).any(|k| k > after && st.punct_before(k))
    })?;
    let first = st.syllable_from(trigger.start);
    let src = left.iter().rev().find(|a| {
        let end = st.syllable_from(a.span.end);
        a.country != dest.country
            && !a.locative
            && !a.possessive
            && !(end..=first).any(|k| k > end && st.punct_before(k))
    })?;
    Some((side(src), side(dest)))
}

/// Does a bare verb of going stand between a person and a place ("ông Tập
/// đến Moskva")? Elsewhere ("các nước …, Ấn Độ và Đức đến trình Quốc thư")
/// it is no trigger at all, not even one ending a list.
pub(crate) fn reached_shape(st: &SyllableText, t: &Trigger, actors: &[SentenceActor]) -> bool {
    let bare = before_aspect(st, t.first);
    // Going told as to come ("sẽ sang Việt Nam"): the place right after
    // it; "sẽ tới thăm Bình Nhưỡng" is the visit verb's own intent, and
    // "sẽ tới bang New South Wales" a leg of a visit told already.
    let reach = if t.code == "036" { 0 } else { ARRIVAL_GAP };
    actors
        .iter()
        .any(|a| a.is_person && !a.possessive && st.syllable_from(a.span.end) == bare)
        && actors.iter().any(|a| {
            let at = st.syllable_from(a.span.start);
            a.is_place && at >= t.end && at - t.end <= reach
        })
}

/// "Ông Tập đến Moskva bắt đầu chuyến thăm cấp nhà nước": the visitor is a
/// person named right before the verb (aspect words aside), the visited the
/// place named right after it (as `arrival_sides`). A person named further
/// back ("Thủ tướng đề nghị … đưa hàng đến Mỹ") or a place before the verb
/// ("từ Việt Nam đến Mỹ") goes nowhere.
pub(crate) fn reached_sides(
    trigger: Span,
    left: &[&SentenceActor],
    right: &[&SentenceActor],
    st: &SyllableText,
) -> Option<(Side, Side)> {
    let first = st.syllable_from(trigger.start);
    let bare = before_aspect(st, first);
    let src = left.last().filter(|a| {
        a.is_person
            && !a.possessive
            && st.syllable_from(a.span.end) == bare
            && !st.punct_before(bare)
    })?;
    let (src_side, dest) = arrival_sides(trigger, &[*src], right, st)?;
    let reached = right
        .first()
        .filter(|a| a.is_place && a.country == dest.country)?;
    Some((src_side, side(reached)))
}

/// Does a word of going ("sang", "tới", "đến") follow syllable `end` in its
/// clause ("dẫn đầu đoàn … sang Việt Nam")? Without one, "dẫn đầu đoàn đại
/// biểu hai nước tiến hành hội đàm" is no trigger at all.
pub(crate) fn goes_to(st: &SyllableText, end: usize) -> bool {
    (end..st.syllables.len())
        .take_while(|&k| k == end || !st.punct_before(k))
        .any(|k| {
            matches!(
                st.key_of(k, k + 1).trim_end_matches([' ', '|']),
                w if DESTINATION.contains(&w)
            )
        })
}

/// "Đại tướng A dẫn đầu đoàn đại biểu … Bộ Quốc phòng Lào sang Việt Nam":
/// the leader is the last name before the phrase in its clause, the visited
/// the first other country after it that the delegation goes to ("sang",
/// "tới", "đến" before it), in the same clause.
pub(crate) fn led_sides(
    trigger: Span,
    left: &[&SentenceActor],
    right: &[&SentenceActor],
    st: &SyllableText,
) -> Option<(Side, Side)> {
    let first = st.syllable_from(trigger.start);
    let after = st.syllable_from(trigger.end);
    let src = left.iter().rev().find(|a| {
        let end = st.syllable_from(a.span.end);
        !a.locative && !a.possessive && !(end..=first).any(|k| k > end && st.punct_before(k))
    })?;
    let dest = right.iter().find(|a| {
        let at = st.syllable_from(a.span.start);
        a.destination
            && a.country != src.country
            && !(after..=at).any(|k| k > after && st.punct_before(k))
    })?;
    Some((side(src), side(dest)))
}

/// How far into its sentence the opening phrase's meeting may stand.
pub(crate) const OPENING_REACH: usize = 4;

/// Is the meeting at `span` told with a frame word before it ("sau cuộc
/// hội đàm", "trong các cuộc gặp")?
pub(crate) fn framed_meeting(st: &SyllableText, span: Span) -> bool {
    let first = st.syllable_from(span.start);
    (1..=3).any(|n| {
        first >= n && {
            let before = st.key_of(first - n, first);
            MEETING_FRAMES.contains(&before) || MEETING_FRAMES_PLURAL.contains(&before)
        }
    })
}

/// The suffix of a counted phrase's rule id ("V0574@counted", see
/// `Coder::counted_documents`).
pub(crate) const COUNTED: &str = "@counted";

/// How many phrases naming no one ("Tiếp đó,", "Chiều 16/4,") may stand
/// before a sentence's opening meeting phrase.
pub(crate) const FRAME_PREAMBLE: usize = 2;

/// "Gặp Tổng thống A, Chủ tịch nước B đề nghị …", "Tiếp đó, tại cuộc gặp
/// Thủ tướng A, Chủ tịch nước cảm ơn …": the sentence's first phrase naming
/// anyone (a place after "tại" aside), when it opens with a meeting frame
/// (`OPENING_FRAMES`) and someone is named after its comma, the main
/// clause's subject. Its bytes, up to the comma.
pub(crate) fn opening_frame(st: &SyllableText, actors: &[SentenceActor]) -> Option<Span> {
    let n = st.syllables.len();
    let mut start = 0;
    for _ in 0..=FRAME_PREAMBLE {
        // (Not a hyphen inside a name: "Yoon Suk-yeol".)
        let end = (start + 1..n).find(|&k| {
            let at = st.syllables[k].span.start;
            st.punct_before(k) && !actors.iter().any(|a| a.span.start < at && at < a.span.end)
        })?;
        let (from, to) = (st.syllables[start].span.start, st.syllables[end].span.start);
        let inside = |a: &SentenceActor| a.span.start >= from && a.span.start < to;
        if actors.iter().any(|a| inside(a) && !a.locative) {
            let framed = st.phrase_at(start, end - 1, &OPENING_FRAMES);
            let subject = actors
                .iter()
                .any(|a| a.span.start >= to && !a.locative && !a.possessive);
            return (framed && subject).then_some(Span {
                start: from,
                end: to,
            });
        }
        start = end;
    }
    None
}

/// "Tại cuộc tiếp Đại sứ Cuba …, Phó Thủ tướng … nhất trí phối hợp tổ
/// chức …", "Với Thủ tướng Malaysia Anwar Ibrahim, Thủ tướng Phạm Minh
/// Chính nhất trí phối hợp chặt chẽ …": what the subject agrees to do
/// together, with no partner named after it, it agrees with the one its
/// opening phrase meets (a person: "Với vai trò lãnh đạo nước Mỹ, …" meets
/// no one). The subject is the last person or body of another country
/// before the phrase; not when the clause names a partner of its own.
pub(crate) fn met_partner(
    met: Option<Span>,
    participants: &[&SentenceActor],
    left: &[&SentenceActor],
    right: &[&SentenceActor],
) -> Option<(Side, Side)> {
    let f = met?;
    let guest = participants
        .iter()
        .find(|a| f.start <= a.span.start && a.span.end <= f.end && a.is_person && !a.possessive)?;
    let host = left
        .iter()
        .rev()
        .find(|a| a.country != guest.country && !a.possessive && !a.is_place)?;
    if right.iter().any(|a| a.country != host.country) {
        return None;
    }
    Some((side(host), side(guest)))
}

/// How far after its opening word a scene-setting phrase's meeting may
/// stand ("ngay sau khi tiến hành hội đàm").
pub(crate) const SCENE_REACH: usize = 5;

/// Does the trigger at syllable `first` stand in a phrase that opens with a
/// meeting frame ("Trưa 13/10, tại trụ sở Chính phủ, ngay sau khi tiến
/// hành hội đàm, …") and ends at a comma?
pub(crate) fn scene_phrase(st: &SyllableText, first: usize) -> bool {
    let start = (1..=first).rev().find(|&k| st.punct_before(k)).unwrap_or(0);
    first - start <= SCENE_REACH
        && SCENE_FRAMES.contains(&st.key_of(start, start + 1))
        && (start..first).all(|k| SCENE_FILLERS.contains(&st.key_of(k, k + 1)))
        && (first + 1..st.syllables.len()).any(|k| st.punct_before(k))
}

/// "Phát biểu sau hội đàm và lễ ký kết, Tổng thống A … người đồng cấp B":
/// talks named in the sentence's opening phrase, before its first comma,
/// were held by its subject (the first name after the comma) and the other
/// country the sentence names next, else the other side of the pair told
/// just before.
pub(crate) fn talks_opening(
    code: &str,
    trigger: Span,
    right: &[&SentenceActor],
    st: &SyllableText,
    pair: &Option<(String, String)>,
) -> Option<(Side, Side)> {
    let first = st.syllable_from(trigger.start);
    let framed = MEETING_FRAMES.iter().any(|w| {
        let n = w.split_whitespace().count();
        first >= n && st.key_of(first - n, first) == *w
    });
    let opening = first <= OPENING_REACH && framed && !(1..=first).any(|k| st.punct_before(k));
    if !code.starts_with("04") || !(opening || scene_phrase(st, first)) {
        return None;
    }
    let mut comma = (first + 1..st.syllables.len()).find(|&k| st.punct_before(k))?;
    // "Trong cuộc gặp tại Kuala Lumpur, Malaysia, ngày 26/10, A …": a
    // country after the place of the meeting is its address, no subject.
    let placed = (first..comma).any(|k| LOCATIVE.iter().any(|w| st.key_of(k, k + 1).trim() == *w));
    let address = right
        .iter()
        .find(|a| placed && a.is_place && st.syllable_from(a.span.start) == comma)
        .map(|a| a.span);
    if let Some(at) = address {
        let end = st.syllable_from(at.end);
        comma = (end..st.syllables.len()).find(|&k| st.punct_before(k))?;
    }
    let after: Vec<&&SentenceActor> = right
        .iter()
        .filter(|a| st.syllable_from(a.span.start) >= comma && !a.possessive)
        .collect();
    let subject = after.first()?;
    if st.syllable_from(subject.span.start) - comma > MAX_TITLE {
        return None;
    }
    // "Trong cuộc hội đàm với Thủ tướng A, B …": the partner named in the
    // opening phrase; else the other side of the pair just told; else the
    // next other country named.
    let opening = right.iter().find(|a| {
        st.syllable_from(a.span.start) < comma
            && a.country != subject.country
            && !a.igo
            && Some(a.span) != address
    });
    // "Trong buổi làm việc với Phó Thủ tướng A, ông B …": a partner of the
    // subject's own country named in the opening makes the meeting
    // domestic; no pair told before stands in for him.
    let compatriot = right.iter().any(|a| {
        st.syllable_from(a.span.start) < comma
            && a.country == subject.country
            && !a.is_place
            && Some(a.span) != address
    });
    let told = || {
        let (a, b) = pair.as_ref().filter(|_| !compatriot)?;
        let c = if *a == subject.country {
            b
        } else if *b == subject.country {
            a
        } else {
            return None;
        };
        Some(Side {
            entity: None,
            country: c.clone(),
            igo: false,
        })
    };
    let other = opening.map(|a| side(a)).or_else(told).or_else(|| {
        right
            .iter()
            .find(|a| a.span.start > subject.span.end && a.country != subject.country && !a.igo)
            .map(|a| side(a))
    })?;
    Some((side(subject), other))
}

/// How far after a noun's "của" its owner may start ("lệnh trừng phạt của
/// chính quyền Tổng thống Mỹ").
pub(crate) const OWNER_REACH: usize = 4;

/// "lệnh trừng phạt của Mỹ nhằm vào Nga", "Khoản viện trợ của Hàn Quốc …
/// tại miền Bắc Việt Nam": the owner named right after the noun's "của" is
/// the doer; the target is the next other country named after it, else the
/// nearest other one before the noun ("Việt Nam tiếp nhận viện trợ của
/// Nhật Bản").
pub(crate) fn owned_sides(
    code: &str,
    trigger: Span,
    actors: &[SentenceActor],
    right: &[&SentenceActor],
    st: &SyllableText,
) -> Option<(Side, Side)> {
    let after = st.syllable_from(trigger.end);
    // Only title words stand between "của" and the owner ("của chính quyền
    // Tổng thống Mỹ"): "của phương Tây và … Nga" has none.
    let owner = right.first().filter(|a| {
        let at = st.syllable_from(a.span.start);
        // "các lệnh trừng phạt của phương Tây đối với Moscow": a name after
        // "đối với" is whom the noun is aimed at, never its owner.
        let aimed = AIMED_AT
            .iter()
            .any(|w| st.key_of(after, at.max(after + 1)).contains(w));
        at - after <= OWNER_REACH
            && !aimed
            && !(after..=at).any(|k| k > after && st.punct_before(k))
            && (after..at).all(|k| OWNER_TITLES.contains(&st.key_of(k, k + 1).trim_end()))
    })?;
    // Not a name listed on with the owner ("sự phản đối của Trung Quốc,
    // Nga và Triều Tiên" names three owners).
    let force = code.starts_with("19") || code.starts_with("18");
    let mut prev_end = owner.span.end;
    let mut listed = true;
    let after_list = right.iter().copied().find(|a| {
        if a.span.start < owner.span.end {
            return false;
        }
        let gap = text_between(st, prev_end, a.span.start);
        listed = listed && gap.split_whitespace().all(|w| matches!(w, "|" | AND));
        let aimed_at = INTO.iter().any(|w| gap.contains(w));
        prev_end = a.span.end;
        // Force done by its owner ("cuộc tấn công của A vào B") has its
        // target after "vào": a later name is another clause's.
        !listed && a.country != owner.country && (!force || (aimed_at && !gap.contains('|')))
    });
    // Force named before its noun is done to a country told by name
    // ("Iran đáp trả cuộc tấn công của Mỹ"), not to a person speaking of it.
    let before = || {
        actors
            .iter()
            .rfind(|a| a.span.end <= trigger.start && !a.locative && a.country != owner.country)
            .filter(|a| !force || (a.is_place && !a.possessive))
    };
    // "Hành động của Mỹ vấp phải sự chỉ trích của X": criticism is of what
    // the sentence named before it; what follows is its reason.
    let tgt = if code.starts_with("11") {
        before().or(after_list)
    } else {
        after_list.or_else(before)
    }?;
    Some((side(owner), side(tgt)))
}

/// "hai tàu viện trợ từ Mexico tới Cuba": aid told by its noun, with no
/// giver before it, comes from the country after "từ" and goes to the one
/// named right after it with "tới"/"đến"/"sang".
pub(crate) fn aid_from_to(
    trigger: Span,
    actors: &[SentenceActor],
    st: &SyllableText,
) -> Option<(Side, Side)> {
    const ORIGIN_REACH: usize = 12;
    const TO_GAP: usize = 2;
    let after = st.syllable_from(trigger.end);
    let origin = actors
        .iter()
        .find(|a| a.span.start >= trigger.end && a.origin)?;
    let at = st.syllable_from(origin.span.start);
    if at - after > ORIGIN_REACH || (after + 1..=at).any(|k| st.punct_before(k)) {
        return None;
    }
    let end = st.syllable_from(origin.span.end);
    let dest = actors.iter().find(|a| a.span.start >= origin.span.end)?;
    let to = st.syllable_from(dest.span.start);
    let close = to - end <= TO_GAP && !(end..=to).any(|k| st.punct_before(k));
    (dest.destination && close && dest.country != origin.country)
        .then(|| (side(origin), side(dest)))
}

/// "A được B tiếp đón trọng thể": told in the passive, the host is the
/// name right before the verb, after "được"; the visitor is the subject.
pub(crate) fn passive_host(
    trigger: Span,
    left: &[&SentenceActor],
    st: &SyllableText,
) -> Option<(Side, Side)> {
    const HOST_GAP: usize = 1;
    let host = left.last()?;
    if st.syllable_from(trigger.start) - st.syllable_from(host.span.end) > HOST_GAP {
        return None;
    }
    let visitor = left
        .iter()
        .rev()
        .find(|a| a.country != host.country && !a.possessive)?;
    let between = text_between(st, visitor.span.end, host.span.start);
    // Only the host's titles stand between "được" and the host.
    let (_, titles) = between.rsplit_once(PASSIVE_SP)?;
    (titles.split_whitespace().count() <= MAX_TITLE && !between.contains('|'))
        .then(|| (side(host), side(visitor)))
}

/// "cuộc tấn công của Mỹ và Israel vào Iran": the names listed right on
/// from the owner ("và", commas only between) own the act too.
pub(crate) fn co_owners(
    (source, target): (&Side, &Side),
    trigger: Span,
    actors: &[SentenceActor],
    st: &SyllableText,
) -> Vec<Side> {
    let mut right = actors.iter().filter(|a| a.span.start >= trigger.end);
    let Some(owner) = right.next().filter(|a| Some(a.entity) == source.entity) else {
        return Vec::new();
    };
    let mut prev_end = owner.span.end;
    let mut out: Vec<Side> = Vec::new();
    for a in right {
        let gap = text_between(st, prev_end, a.span.start);
        if !gap.split_whitespace().all(|w| matches!(w, "|" | AND)) || a.locative {
            break;
        }
        prev_end = a.span.end;
        let seen = a.country == source.country
            || a.country == target.country
            || out.iter().any(|o| o.country == a.country);
        if !seen {
            out.push(side(a));
        }
    }
    out
}

/// "A tuyên bố Trợ lý Tùy viên … của Đại sứ quán B là persona non grata":
/// the target is the last name before the phrase (an embassy after "tại"
/// counts: the diplomat's post; a city does not), the source the nearest
/// other country named before it as a doer.
pub(crate) fn declared_sides(trigger: Span, actors: &[SentenceActor]) -> Option<(Side, Side)> {
    let before: Vec<&SentenceActor> = actors
        .iter()
        .filter(|a| a.span.end <= trigger.start)
        .collect();
    let at = before.iter().rposition(|a| !(a.locative && a.is_place))?;
    let tgt = before[at];
    let src = before[..at]
        .iter()
        .rev()
        .find(|a| a.country != tgt.country && !a.possessive && !a.locative)?;
    Some((side(src), side(tgt)))
}

/// How many syllables may stand between a noun and the "mà" naming its
/// doer ("trừng phạt mới mà …").
pub(crate) const RELATIVE_REACH: usize = 1;

/// "các biện pháp trừng phạt mà Mỹ đưa ra": a name right after "mà"
/// following the phrase is its doer; the act is done to the nearest other
/// country named before the phrase (the one who speaks of it).
pub(crate) fn relative_doer(
    trigger: Span,
    actors: &[SentenceActor],
    right: &[&SentenceActor],
    st: &SyllableText,
) -> Option<(Side, Side)> {
    // "các biện pháp trừng phạt mới mà Oa-sinh-tơn áp đặt": a word or
    // two may qualify the noun before "mà".
    let end = st.syllable_from(trigger.end);
    let after = (end..(end + RELATIVE_REACH + 1).min(st.syllables.len()))
        .take_while(|&k| k == end || !st.punct_before(k))
        .find(|&k| st.key_of(k, k + 1) == WHICH_KEY)?;
    let doer = right
        .first()
        .filter(|a| st.syllable_from(a.span.start) == after + 1)?;
    let tgt = actors.iter().rfind(|a| {
        a.span.end <= trigger.start && !a.locative && !a.igo && a.country != doer.country
    })?;
    Some((side(doer), side(tgt)))
}

/// "… đã có điện, thư chúc mừng gửi lãnh đạo Đảng, Nhà nước": an act
/// that names no other side is done to the home country when a phrase
/// naming its leadership or people (`home.tsv`) stands just after it in its
/// clause (`home`: where such phrases start, as syllables).
/// Vietnam, for an intent to cooperate (030, 031) that names no one after
/// its phrase, said by the other of the article's two main countries (see
/// `resolve_sides_as`).
pub(crate) fn unnamed_partner(
    code: &str,
    src: &SentenceActor,
    objects: &[&SentenceActor],
    focal: &Option<(String, String)>,
    met_home: &[String],
) -> Option<Side> {
    // Only an intent to cooperate (030) or to cooperate economically
    // (031). Not to give aid (033): "Tỉnh Quảng Ngãi cho biết sẽ hỗ trợ
    // ngư dân …", "sẽ tiếp tục hỗ trợ gia đình các nạn nhân" help the
    // doer's own people; nor 032, which thanks and greetings of anyone
    // give ("cảm ơn", "chúc mừng"); nor to release (035) or to meet (036):
    // those name whom.
    let cooperative = ["030", "031"].iter().any(|c| code.starts_with(c));
    if !cooperative || src.igo || !objects.is_empty() {
        return None;
    }
    // Only a foreign doer in Vietnam's own news, Vietnam the other main
    // country: a Vietnamese doer's unnamed partners are as often firms,
    // provinces or "các nước" at large ("Việt Nam sẵn sàng hợp tác với các
    // nước …").
    let (a, b) = focal.as_ref()?;
    // And only once the article has told the two meeting (a visit, talks,
    // a reception, a signing): "Thủ tướng May … cam kết sẽ giám sát việc
    // khôi phục cuộc sống của họ" in a digest is no word to Vietnam.
    let foreign = src.country != HOME_COUNTRY
        && met_home.contains(&src.country)
        && ((a == HOME_COUNTRY && *b == src.country) || (b == HOME_COUNTRY && *a == src.country));
    foreign.then(|| Side {
        entity: None,
        country: HOME_COUNTRY.to_string(),
        igo: false,
    })
}

pub(crate) fn home_target(
    trigger: Span,
    st: &SyllableText,
    home: &[usize],
    doer: &str,
) -> Option<Side> {
    let after = st.syllable_from(trigger.end);
    let near = home.iter().any(|&h| {
        h >= after && h - after <= HOME_REACH && !(after + 1..=h).any(|k| st.punct_before(k))
    });
    (near && doer != HOME_COUNTRY).then(|| Side {
        entity: None,
        country: HOME_COUNTRY.to_string(),
        igo: false,
    })
}

/// "Việt Nam luôn đánh giá cao quan hệ Việt Nam – Hàn Quốc và mong muốn
/// đẩy mạnh mối quan hệ hợp tác này": an intent to cooperate (03) whose
/// object is a relation is between its subject and the other side of the
/// relation the sentence names ("A – B"), else, for "quan hệ" right after
/// it, the other side of the pair just told (or the article's two main
/// countries).
pub(crate) fn relation_intent(
    code: &str,
    trigger: Span,
    st: &SyllableText,
    actors: &[SentenceActor],
    pair: &Option<(String, String)>,
) -> Option<(Side, Side)> {
    const RELATION_REACH: usize = 4;
    if !code.starts_with("03") {
        return None;
    }
    let subject = actors.iter().rfind(|a| {
        a.span.end <= trigger.start && !a.locative && !a.possessive && !a.paired && !a.igo
    })?;
    if let Some(other) = actors
        .iter()
        .find(|a| a.paired && a.country != subject.country && !a.igo)
    {
        return Some((side(subject), side(other)));
    }
    let after = st.syllable_from(trigger.end);
    let n = st.syllables.len();
    let relation = (after..(after + RELATION_REACH).min(n.saturating_sub(1)))
        .any(|k| st.key_of(k, k + 2) == RELATIONS);
    if !relation {
        return None;
    }
    let (a, b) = pair.as_ref()?;
    let other = if *a == subject.country {
        b
    } else if *b == subject.country {
        a
    } else {
        return None;
    };
    Some((
        side(subject),
        Side {
            entity: None,
            country: other.clone(),
            igo: false,
        },
    ))
}

/// "Chúng tôi đã trao đổi với phía Australia về việc này, đề nghị có hình
/// thức dừng …": an appeal or demand (02, 10) that goes on right after the
/// comma of its subject's first clause and names no one after it is made
/// of the other country that clause named.
pub(crate) fn appeal_going_on(
    code: &str,
    trigger: Span,
    st: &SyllableText,
    actors: &[SentenceActor],
) -> Option<(Side, Side)> {
    if !(code.starts_with("02") || code.starts_with("10")) {
        return None;
    }
    let first = st.syllable_from(trigger.start);
    let bare = before_aspect(st, first);
    // Right after the first clause break of the sentence.
    let breaks = (1..=bare).filter(|&k| st.punct_before(k)).count();
    if bare == 0 || !st.punct_before(bare) || breaks != 1 {
        return None;
    }
    if actors
        .iter()
        .any(|a| a.span.start >= trigger.end && !a.locative)
    {
        return None;
    }
    let subject = actors
        .iter()
        .find(|a| !a.locative && !a.possessive && !a.igo && a.span.end <= trigger.start)?;
    if !subject.is_person {
        return None;
    }
    let addressee = actors.iter().find(|a| {
        a.span.start > subject.span.end
            && a.span.end <= trigger.start
            && a.country != subject.country
            && !a.locative
            && !a.paired
            && !a.igo
            && !a.region
    })?;
    Some((side(subject), side(addressee)))
}

/// "…, Việt Nam kiên quyết phản đối.": a protest or a rejection (11, 12)
/// whose subject stands right before it and which names nothing after it
/// is aimed at the nearest other country of the sentences just before (whose
/// act it answers).
pub(crate) fn objectless_protest<'a>(
    code: &str,
    trigger: Span,
    st: &SyllableText,
    actors: &'a [Vec<SentenceActor>],
    si: usize,
) -> Option<(&'a SentenceActor, &'a SentenceActor)> {
    const BACK: usize = 3;
    if !(code.starts_with("11") || code.starts_with("12")) {
        return None;
    }
    let here = &actors[si];
    // Nothing after the verb in its clause: "… kiên quyết phản đối."
    let after = st.syllable_from(trigger.end);
    let ends_clause = after >= st.syllables.len() || st.punct_before(after);
    if !ends_clause || here.iter().any(|a| a.span.start >= trigger.end) {
        return None;
    }
    let first = st.syllable_from(trigger.start);
    let subject = here
        .iter()
        .rfind(|a| a.span.end <= trigger.start && !a.locative && !a.possessive && !a.igo)
        .filter(|a| {
            let i = st.syllable_from(a.span.end);
            let j = st.syllable_from(a.span.start);
            // "bị Phương Nga từ chối": the one named is the doer of a passive.
            let passive = j > 0 && st.key_of(j - 1, j) == ADVERSE_KEY;
            i + 2 >= first && !(i..=first).any(|k| st.punct_before(k)) && !passive
        })?;
    let target = (si.saturating_sub(BACK)..=si).rev().find_map(|j| {
        actors[j].iter().find(|a| {
            a.country != subject.country
                && !a.locative
                && !a.igo
                && !a.paired
                && a.span.start < trigger.start
        })
    })?;
    Some((subject, target))
}

/// The partners listed after an act's target ("gặp A, B và C", "tiếp đại
/// sứ các nước Trung Quốc, Sri Lanka, Áo"), each of a country not yet a
/// side: the list runs on through commas and "và" with at most a title
/// between names, and ends at any other punctuation or a longer gap.
pub(crate) fn listed_partners(
    (target, source): (&Side, &Side),
    trigger: Span,
    actors: &[SentenceActor],
    st: &SyllableText,
    text: &str,
    verb_starts: &[usize],
) -> Vec<Side> {
    // "Sau khi Trung Quốc cáo buộc Philippines, Mỹ đã lên án …": the comma
    // after a clause of time closes it; the name after it is the main
    // clause's subject, no partner listed on.
    let first = st.syllable_from(trigger.start);
    let clause_end = subordinate_clause(st, first)
        .then(|| {
            (first + 1..st.syllables.len())
                .find(|&k| st.punct_before(k))
                .map(|k| st.syllables[k].span.start)
        })
        .flatten()
        .unwrap_or(usize::MAX);
    let later = later_clause(st, st.syllable_from(trigger.end))
        .map(|k| st.syllables[k].span.start)
        .unwrap_or(usize::MAX);
    let right: Vec<&SentenceActor> = actors
        .iter()
        .filter(|a| a.span.start >= trigger.end && !a.locative && !a.origin)
        .filter(|a| a.span.start < clause_end.min(later))
        .collect();
    let (members, _) = list_run(target, &right, st, text, verb_starts);
    one_side_per_new_country(&members, (source, target), &right, st)
}

/// CAMEO's mediation code.
pub(crate) const MEDIATE: &str = "045";

/// Does the clause of the phrase at syllable `first` open with a word of
/// time ("sau khi"), between its start and the phrase?
pub(crate) fn subordinate_clause(st: &SyllableText, first: usize) -> bool {
    let start = (1..=first).rev().find(|&i| st.punct_before(i)).unwrap_or(0);
    (start..first).any(|k| st.phrase_at(k, first, &TIME_CLAUSES))
}

/// Is the target named right after "giữa" ("sẵn sàng làm trung gian giữa
/// Nga và Ukraine")? Then the two are the pair a promise stands between,
/// not a list of its targets.
pub(crate) fn target_after_between(
    target: &Side,
    actors: &[SentenceActor],
    st: &SyllableText,
) -> bool {
    actors
        .iter()
        .find(|a| Some(a.entity) == target.entity)
        .is_some_and(|a| {
            let k = st.syllable_from(a.span.start);
            k > 0 && st.key_of(k - 1, k) == BETWEEN_KEY
        })
}

/// The other doers listed with an act's source right before its verb
/// ("Bộ trưởng Ngoại giao Trung Quốc Vương Nghị, Bộ trưởng Ngoại giao
/// Singapore Balakrishnan đã gửi điện thăm hỏi tới …"): each of a country
/// not yet a side, when the list ends close before the verb.
pub(crate) fn listed_sources(
    (source, target): (&Side, &Side),
    arrival: bool,
    trigger: Span,
    actors: &[SentenceActor],
    st: &SyllableText,
    text: &str,
    (verb_starts, verb_ends): (&[usize], &[usize]),
) -> Vec<Side> {
    const MAX_TO_VERB: usize = 4;
    let left: Vec<&SentenceActor> = actors
        .iter()
        .filter(|a| a.span.end <= trigger.start && !a.locative && !a.possessive)
        .collect();
    // The doers' list ends at its own verb.
    let own = [st.syllable_from(trigger.start)];
    // "A, B và C tuyên bố cắt đứt quan hệ với D": a verb that leads straight
    // into the act (at most `MAX_LEAD` syllables, no punctuation) is the
    // act's own clause, no new one after the last item.
    const MAX_LEAD: usize = 3;
    let leads_in = |v: usize| {
        v < own[0] && own[0] - v <= MAX_LEAD && !(v + 1..=own[0]).any(|k| st.punct_before(k))
    };
    let others: Vec<usize> = verb_starts
        .iter()
        .copied()
        .filter(|&v| !own.contains(&v) && !leads_in(v))
        .collect();
    // "các nước A, B, …, Z đã có điện, thư chúc mừng": the doer read is
    // the name next to the verb, the list's last; the run is read from its
    // first.
    let head = list_head(source, &left, st, text, verb_ends, arrival);
    let (mut members, last) = list_run(&head, &left, st, text, &others);
    let Some(last) = last else {
        return Vec::new();
    };
    if head.entity != source.entity {
        members.extend(left.iter().find(|a| Some(a.entity) == head.entity));
    }
    // "Saudi Arabia, Bahrain, UAE và Ai Cập cắt quan hệ với Qatar": a
    // target read inside the list is a misreading, not to be repeated.
    // (Delegations "từ Mỹ, Ai Cập và Israel đã tới Cairo": for an arrival
    // the host's own is simply no visitor.)
    if members.iter().any(|m| m.country == target.country) && !arrival {
        return Vec::new();
    }
    // "Mỹ cùng Anh và Pháp đã tiến hành các cuộc không kích": a force noun
    // is reached from the verb that carries it out.
    let verb = carrier(st, trigger)
        .filter(|_| nominal_force(st, trigger))
        .unwrap_or(st.syllable_from(trigger.start));
    if verb.saturating_sub(st.syllable_from(last.span.end)) > MAX_TO_VERB {
        return Vec::new();
    }
    one_side_per_new_country(&members, (source, target), &left, st)
}

/// "Hải quân Nga, Iran và Trung Quốc tiến hành cuộc tập trận chung",
/// "tập trận chung giữa Nga, Iran và Trung Quốc": when the two sides of a
/// joint act stand in one list of three or more countries, every other
/// pair of the list acts together too.
pub(crate) fn listed_together(
    (source, target): (&Side, &Side),
    trigger: Span,
    actors: &[SentenceActor],
    text: &str,
    st: &SyllableText,
) -> Vec<(Side, Side)> {
    // The list stands on one side of the verb: "A và B tập trận chung, C
    // theo dõi" lists no C.
    let Some(at) = actors.iter().find(|a| Some(a.entity) == source.entity) else {
        return Vec::new();
    };
    let before = at.span.end <= trigger.start;
    // "A, B và C đã tiếp xúc với X": each acts with X, not with the others.
    let after = st.syllable_from(trigger.end);
    let with_other = (after..(after + 2).min(st.syllables.len()))
        .any(|k| matches!(st.key_of(k, k + 1), WITH_KEY | ALONG_KEY));
    if before && with_other {
        return Vec::new();
    }
    let usable: Vec<&SentenceActor> = actors
        .iter()
        .filter(|a| !a.locative && !a.possessive && !a.igo)
        .filter(|a| (a.span.end <= trigger.start) == before)
        .collect();
    let own = [st.syllable_from(trigger.start)];
    // Every member joined to the doer ("Nhật Bản, Hàn Quốc và Ấn Độ"): a
    // joint drill names all its sides, so no member is an object.
    let mut head = source.clone();
    if let Some(mut k) = usable.iter().position(|a| Some(a.entity) == source.entity) {
        while k > 0 && list_link(usable[k - 1], usable[k], text) == Some(true) {
            k -= 1;
            head = side(usable[k]);
        }
    }
    let (members, _) = list_run(&head, &usable, st, text, &own);
    let first = usable.iter().find(|a| Some(a.entity) == head.entity);
    let mut countries: Vec<&SentenceActor> = Vec::new();
    for a in first.into_iter().chain(members.iter()) {
        if !countries.iter().any(|c| c.country == a.country) {
            countries.push(a);
        }
    }
    let has = |c: &str| countries.iter().any(|a| a.country == c);
    if countries.len() < 3 || !has(&source.country) || !has(&target.country) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, a) in countries.iter().enumerate() {
        for b in &countries[i + 1..] {
            let known = [&a.country, &b.country]
                .iter()
                .all(|c| **c == source.country || **c == target.country);
            if !known {
                out.push((side(a), side(b)));
            }
        }
    }
    out
}

/// How far before its verb a pair of doers ("Mỹ-Israel") may end.
pub(crate) const PAIRED_DOER_REACH: usize = 4;

/// "Mỹ-Israel mở các cuộc không kích nhằm vào Iran": the source named as
/// one side of "A-B" right before the verb acts with the other side.
pub(crate) fn paired_doer(
    (source, target): (&Side, &Side),
    trigger: Span,
    actors: &[SentenceActor],
    st: &SyllableText,
) -> Option<Side> {
    let at = actors
        .iter()
        .rposition(|a| Some(a.entity) == source.entity && a.span.end <= trigger.start)?;
    let doer = &actors[at];
    let gap = st.syllable_from(trigger.start) - st.syllable_from(doer.span.end);
    if !doer.paired || gap > PAIRED_DOER_REACH {
        return None;
    }
    // The other side of the pair: the paired mention next to it.
    let partner = [at.checked_sub(1), Some(at + 1)]
        .into_iter()
        .flatten()
        .filter_map(|i| actors.get(i))
        .find(|a| a.paired && a.span.end <= trigger.start)?;
    (partner.country != source.country && partner.country != target.country && !partner.igo)
        .then(|| side(partner))
}

/// A side for each listed member of a country that is neither side yet nor
/// met earlier in the list (international bodies are not listed partners).
pub(crate) fn one_side_per_new_country(
    members: &[&SentenceActor],
    (source, target): (&Side, &Side),
    mentions: &[&SentenceActor],
    st: &SyllableText,
) -> Vec<Side> {
    let mut seen = vec![source.country.as_str(), target.country.as_str()];
    let mut out = Vec::new();
    for next in members {
        if next.igo || seen.contains(&next.country.as_str()) {
            continue;
        }
        seen.push(next.country.as_str());
        out.push(side(person_named_after(next, mentions, st)));
    }
    out
}
