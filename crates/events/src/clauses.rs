//! Clause-level cues around a trigger: aspect, conditions, retold or judged nouns, new predicates, coordinators.

use super::*;

/// Where the words before syllable `first` end once aspect, effort and manner
/// words are passed ("sẽ (tiếp tục) nỗ lực ⟨hỗ trợ⟩"), within its clause.
pub(crate) fn before_aspect(st: &SyllableText, first: usize) -> usize {
    let mut end = first;
    while end > 0 && !st.punct_before(end) {
        if ASPECT.contains(&st.key_of(end - 1, end)) {
            end -= 1;
        } else if end > 1
            && !st.punct_before(end - 1)
            && (EFFORT.contains(&st.key_of(end - 2, end))
                || MANNER.contains(&st.key_of(end - 2, end)))
        {
            end -= 2;
        } else {
            break;
        }
    }
    end
}

/// Is the act at `first` told as a noun ("các cuộc", "vụ") right after a
/// verb of judging (manner words between: "lên án mạnh mẽ các cuộc …")?
pub(crate) fn condemned_noun(st: &SyllableText, first: usize) -> bool {
    let mut k = first;
    if k >= 1
        && matches!(
            st.key_of(k - 1, k),
            EVENT_NOUN_KEY | INCIDENT_NOUN_KEY | ROUND_NOUN_KEY
        )
    {
        k -= 1;
    } else {
        return false;
    }
    if k >= 1 && matches!(st.key_of(k - 1, k), PLURAL_KEY | PLURAL_SOME_KEY) {
        k -= 1;
    }
    if st.punct_before(k) {
        return false;
    }
    let k = before_aspect(st, k);
    k >= 2 && !st.punct_before(k) && CONDEMNING.contains(&st.key_of(k - 2, k))
}

/// How far before the aid's phrase its blocker may stand ("chặn đoàn xe
/// chở hàng cứu trợ").
pub(crate) const BLOCKER_REACH: usize = 5;

/// Is the aid phrase at syllable `first` the object of a verb stopping it?
pub(crate) fn aid_blocked(st: &SyllableText, first: usize) -> bool {
    let clause_start = (1..=first).rev().find(|&i| st.punct_before(i)).unwrap_or(0);
    let from = first.saturating_sub(BLOCKER_REACH).max(clause_start);
    (from..first).any(|k| {
        AID_BLOCKERS.iter().any(|b| {
            let len = b.split_whitespace().count();
            // "đánh chặn" is to intercept (a missile), and aid "với" joins
            // to the verb helped it ("bị đánh chặn với sự hỗ trợ của Mỹ"):
            // neither stops the aid.
            let intercept = k > 0 && st.key_of(k - 1, k) == HIT_KEY;
            let helped = (k + len..first).any(|j| st.key_of(j, j + 1) == WITH_KEY);
            k + len <= first && st.key_of(k, k + len) == *b && !intercept && !helped
        })
    })
}

/// "sau 50 thiết lập quan hệ ngoại giao" (the "năm" dropped), "30 năm
/// thiết lập …": a count of years right before the phrase tells an
/// anniversary, not relations set up now.
pub(crate) fn counted_years_before(st: &SyllableText, first: usize) -> bool {
    (first.saturating_sub(2)..first).any(|k| {
        let word = st.key_of(k, k + 1).trim_end_matches("| ").trim_end();
        !word.is_empty() && word.chars().all(|c| c.is_ascii_digit())
    })
}

/// Is "từng" (once, ever) among the aspect words right before the phrase at
/// syllable `first`?
pub(crate) fn once_done(st: &SyllableText, first: usize) -> bool {
    let start = before_aspect(st, first);
    (start..first).any(|k| st.key_of(k, k + 1) == ONCE_KEY)
}

/// Roots of material acts (cooperation, aid, force): said on a condition,
/// they are not done.
pub(crate) const MATERIAL: [&str; 8] = ["06", "07", "15", "17", "18", "19", "20", "16"];

/// How far after its verb a condition may stand in the clause.
pub(crate) const CONDITION_REACH: usize = 8;

/// Where a condition starts after the phrase ending at syllable `end`, in
/// its clause and within reach.
pub(crate) fn condition_after(st: &SyllableText, end: usize) -> Option<usize> {
    let n = st.syllables.len();
    (end..n.min(end + CONDITION_REACH))
        .take_while(|&k| k == end || !st.punct_before(k))
        .find(|&k| {
            CONDITIONS.iter().any(|c| {
                let len = c.split_whitespace().count();
                k + len <= n && st.key_of(k, k + len) == *c
            })
        })
}

/// Is the meeting noun at syllable `first` ("cuộc" before it) the object
/// of a verb retelling it ("tóm tắt lại cuộc điện đàm")?
pub(crate) fn retold_noun(st: &SyllableText, first: usize) -> bool {
    noun_after_verb(st, first, &RETELLING)
}

/// Is the meeting noun at syllable `first` (after "cuộc", or a visit told
/// as "chuyến thăm") the object of a verb judging it?
pub(crate) fn judged_noun(st: &SyllableText, first: usize) -> bool {
    noun_after_verb(st, first, &JUDGING)
}

/// Is the meeting noun at syllable `first` (after "cuộc", or a visit told
/// as "chuyến thăm") halted by a verb up to sixteen syllables earlier in its
/// clause ("Nhật Bản đã tạm ngừng mọi hoạt động trao đổi … cùng các chuyến
/// thăm cấp cao tới Trung Quốc")? Halted visits are none held.
pub(crate) fn halted_noun(st: &SyllableText, first: usize) -> bool {
    let noun = if first >= 1 && st.key_of(first - 1, first) == EVENT_NOUN_KEY {
        first - 1
    } else {
        first
    };
    (noun.saturating_sub(16)..noun).any(|k| {
        !(k + 1..=noun).any(|j| st.punct_before(j))
            && HALTING.iter().any(|h| st.key_of(k, noun).starts_with(h))
    })
}

/// Is the meeting noun at syllable `first` ("cuộc" before it, or a visit
/// told as "chuyến thăm") the object of one of `verbs`?
pub(crate) fn noun_after_verb(st: &SyllableText, first: usize, verbs: &[&str]) -> bool {
    let noun =
        if first >= 1 && st.key_of(first - 1, first) == EVENT_NOUN_KEY && !st.punct_before(first) {
            first - 1
        } else if st.key_of(first, first + 1) == TRIP_NOUN_KEY {
            first
        } else {
            return false;
        };
    if noun < 1 || st.punct_before(noun) {
        return false;
    }
    (noun.saturating_sub(3)..noun)
        .any(|k| !(k + 1..=noun).any(|j| st.punct_before(j)) && verbs.contains(&st.key_of(k, noun)))
}

/// Is "và" + an aspect word at syllable `k` (a new predicate starting)?
pub(crate) fn new_predicate_at(st: &SyllableText, k: usize) -> bool {
    k + 2 <= st.syllables.len()
        && st.key_of(k, k + 1) == AND_KEY
        && !st.punct_before(k + 1)
        && NEW_PREDICATE.contains(&st.key_of(k + 1, k + 2))
}

/// Where the last new predicate ("và đã …") between syllables `from` and
/// `to` starts its verb, if any.
pub(crate) fn new_predicate_before(st: &SyllableText, from: usize, to: usize) -> Option<usize> {
    (from..to.saturating_sub(1))
        .rev()
        .find(|&k| new_predicate_at(st, k))
        .map(|k| k + 2)
}

/// Where the first new predicate ("và đã …") at or after syllable `from`
/// starts, within its clause.
pub(crate) fn new_predicate_after(st: &SyllableText, from: usize) -> Option<usize> {
    (from..st.syllables.len())
        .take_while(|&k| k == from || !st.punct_before(k))
        .find(|&k| new_predicate_at(st, k))
}

/// How far after a verb its object's head noun may stand ("trục xuất 5
/// nhà ngoại giao").
pub(crate) const OBJECT_NOUN_REACH: usize = 4;

/// Do diplomats ("nhà ngoại giao", "đại sứ", "lãnh sự") head the object
/// right after syllable `end`, in its clause?
pub(crate) fn diplomats_after(st: &SyllableText, end: usize) -> bool {
    let n = st.syllables.len();
    let stop = (end + OBJECT_NOUN_REACH).min(n);
    let stop = (end + 1..stop)
        .find(|&k| st.punct_before(k))
        .unwrap_or(stop);
    end < stop && ENVOYS.iter().any(|w| st.key_of(end, stop).contains(w))
}

/// How far before its "sẽ" an announcing verb may stand ("thông báo nước
/// này sẽ …").
pub(crate) const ANNOUNCER_REACH: usize = 5;

/// Is the verb at syllable `first` announced as decided: "sẽ" right before
/// it (past aspect words), an announcing verb shortly before that, in one
/// clause ("Thổ Nhĩ Kỳ thông báo sẽ triệu hồi …")?
pub(crate) fn announced_decision(st: &SyllableText, first: usize) -> bool {
    let end = before_aspect(st, first);
    if end == 0 || st.key_of(end - 1, end) != WILL_KEY {
        return false;
    }
    // "tuyên bố sẽ áp thuế … nếu Ottawa …": a measure put on a condition
    // is a threat (13), told apart and coded on its own, not a measure
    // taken.
    if st.key.starts_with(IF_KEY) || st.key.contains(IF_SP) {
        return false;
    }
    let will = end - 1;
    (will.saturating_sub(ANNOUNCER_REACH)..will)
        .rev()
        .take_while(|&k| !st.punct_before(k + 1))
        .any(|k| {
            ANNOUNCERS
                .iter()
                .any(|a| k + 2 <= will && st.key_of(k, k + 2) == *a)
        })
}

/// Does the verb at syllable `first` go on from an earlier one without a
/// subject of its own: right after a clause break or a coordinator ("…;
/// nỗ lực khuyến khích", "cũng như hỗ trợ", "đồng thời cáo buộc")?
pub(crate) fn continues_verb(st: &SyllableText, first: usize) -> bool {
    let end = before_aspect(st, first);
    end > 0 && (st.punct_before(end) || after_coordinator(st, end))
}

/// Does a coordinator ("và", "đồng thời") end right before syllable `end`?
pub(crate) fn after_coordinator(st: &SyllableText, end: usize) -> bool {
    COORDINATORS.iter().any(|c| {
        let n = c.split_whitespace().count();
        end >= n && !(end + 1 - n..end).any(|k| st.punct_before(k)) && st.key_of(end - n, end) == *c
    })
}
