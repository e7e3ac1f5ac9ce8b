//! Events and agreements: who did what to whom, and which documents were signed.
//!
//! Input is the normalised article text with its sentences, the recognised
//! entities and the resolved dates; output is CAMEO-coded [`Event`]s and
//! signed [`Agreement`]s, each pointing at the sentence it was read from.
//! No I/O, no failure: odd text gives fewer records, never an error.
//!
//! How an event is read (PETRARCH-like, but over syllables):
//! 1. Verb phrases from `data/events/verbs.tsv` are found as whole syllables,
//!    longest first; `block` rows mask words that merely contain a trigger
//!    ("tiếp tục", "đăng ký", "ký ức"). Sentences of sports reporting
//!    (`sports.tsv`: "ghi bàn", or a result with its score "thắng Thái Lan
//!    2-1") are skipped but for a signing between bodies or people (a
//!    coach's contract with a federation; a country named as a place is a
//!    team there), and in an article of sports reporting threats and
//!    force (13, 15, 17–20) are play, never coded.
//! 2. Modality cues (`modality.tsv`) right before the phrase, or anywhere
//!    earlier in its clause for clause cues ("nếu", "yêu cầu"): a negated act
//!    is dropped; a planned one becomes the intent to do it (036, 031, 033
//!    …; a planned signing is dropped); an act only asked for is dropped
//!    (the asking is coded), an invitation to visit is 036. Aid that a
//!    handover (`handover.tsv`: "trao", "tặng") was for is given, not
//!    pledged: "trao 500 tấn gạo để hỗ trợ X" is 07.
//! 3. Actors are the sentence's entity mentions that carry a country (the
//!    head of an international body stands for the body, never for his
//!    passport), and where those give no reading between two sides,
//!    international bodies (`igo_codes.tsv`: UN = `IGOUNO`, ASEAN =
//!    `IGOSEAASN`, country null) unless their name is part of a meeting's
//!    (`igo_contexts.tsv`: "Hội nghị APEC"). Then: the
//!    subject (a name right before the phrase, else the clause's first
//!    person), or, when the phrase opens the sentence, the subject after the
//!    next clause break; the target is the first object from another
//!    country (a visit's destination first; a country in a title chain
//!    stands for the person it names). "A và B" is a pair; "A bị B …" makes
//!    B the doer. "Hai bên" and its kin (`pairs.tsv`) are the last
//!    bilateral pair told, else the article's two main countries. "Theo X,",
//!    photo credits, "tại X" and the sides of "X - Y" are not doers; "từ X"
//!    (where something came from) is no target but of an appeal or demand.
//!    A deal between two companies is commerce: its contract is an
//!    agreement, not an event (unless the governments looked on). A verb
//!    going on after "đồng thời"/"và" or the comma of the last act's clause
//!    keeps that act's doer; inside a quotation "chúng tôi" is its speaker;
//!    a verb inside a person's or a body's name is no act.
//! 4. One happening told twice is one event with every telling: records are
//!    merged per code group and country pair (both orders of a visit are one
//!    visit). [`Coder::code_all`] returns every event; [`Coder::code`] and
//!    the default [`Scope`] keep those between two countries, the reading
//!    GDELT and the gold annotation count (domestic and body events are
//!    opt-in: `--domestic`, `--igo`).
//!
//! A statement (010) is coded as what its content does
//! (`statement_content.tsv`: "… là hoàn toàn phản tác dụng" criticises,
//! 111), or as the act it goes on to; a noun owned by a country ("lệnh
//! trừng phạt của Mỹ", "… mà Mỹ đưa ra") is that country's act; a list of
//! doers before one verb ("các nước A, B, …, Z đã có điện, thư chúc mừng")
//! gives one event per country, and "lãnh đạo Đảng, Nhà nước" (`home.tsv`)
//! is Vietnam. An event the text gives no day is dated on the article's
//! ([`date_undated`]).
//!
//! Agentless passives ("Đại sứ quán Mỹ bị tấn công": no doer named) are not
//! coded, as PETRARCH leaves them: an event needs a source.

mod actor_scope;
mod agreement_scope;
mod agreements;
mod bodies;
mod deeds;
mod handover;
mod intent;
mod particles;
mod party_names;
mod phrase_list;
mod plover;
mod rules;
mod syllables;
mod words;
mod world;

use bodies::Bodies;
use particles::*;
pub use plover::{plover, PloverClass, PLOVER_TYPES};
use rules::{Frame, Modality, Rules, SportsCue};
use std::collections::HashMap;
use std::sync::LazyLock;
use syllables::SyllableText;
use thoisu_core::{
    Actor, Agreement, DateMention, Entity, EntityKind, Event, Place, Sentence, Span,
};
use words::phrases::*;
use words::*;

/// The coder: rule files compiled once.
pub struct Coder {
    rules: Rules,
    bodies: Bodies,
    intents: intent::IntentRules,
    /// What a reporter asks for (`questions.tsv`): "đề nghị … cho biết".
    questions: rules::PhraseSet<()>,
    /// Natural and public hazards (`hazards.tsv`): a warning about a
    /// volcano or a storm is no threat.
    hazards: rules::PhraseSet<()>,
    /// Disasters that draw relief from abroad (`disasters.tsv`): the
    /// country the lead names with one receives aid told without a
    /// recipient.
    disasters: rules::PhraseSet<()>,
    /// How the press names Vietnam's own leadership (`home.tsv`): "gửi
    /// lãnh đạo Đảng, Nhà nước" is sent to Vietnam.
    home: rules::PhraseSet<()>,
    /// What a statement's content shows it does (`statement_content.tsv`):
    /// phrase → CAMEO code.
    statement_acts: rules::PhraseSet<String>,
    /// How the one aided speaks of aid (`aid_thanks.tsv`): "cảm ơn",
    /// "tiếp nhận".
    /// `true` for thanks or praise (the aid was given before), `false`
    /// for receipt or welcome (aid now).
    aid_thanks: rules::PhraseSet<bool>,
    /// The rows of `verbs.tsv` read one way (frame directed): an intent
    /// (03) coded from one is one side's pledge to the other.
    pledges: Vec<String>,
}

const QUESTIONS: &str = include_str!("../../../data/events/questions.tsv");
const HAZARDS: &str = include_str!("../../../data/events/hazards.tsv");
const DISASTERS: &str = include_str!("../../../data/events/disasters.tsv");
const HOME: &str = include_str!("../../../data/events/home.tsv");
const STATEMENT_CONTENT: &str = include_str!("../../../data/events/statement_content.tsv");
const AID_THANKS: &str = include_str!("../../../data/events/aid_thanks.tsv");
const CRIME_CUES: &str = include_str!("../../../data/events/crime_cues.tsv");

/// Acts done in the saying (thanks, praise): a plan told before them in
/// their clause is no plan of theirs.
const SAID_AS_TOLD: [&str; 1] = ["051"];

/// Roots of acts done by saying them (statements, appeals, praise,
/// disapproval, rejection): one told after a comma behind a plan or a wish
/// is made as it is told ("bày tỏ mong muốn thúc đẩy hợp tác …, đề nghị
/// các cơ quan chức năng …"), not planned with it.
const SPOKEN_ROOTS: [&str; 5] = ["01", "02", "05", "11", "12"];

/// Is an event of `code` one side's own act (thanks, praise, an appeal, a
/// statement), which gives "hai bên" / "hai nhà lãnh đạo" told after it no
/// pair (data/events/words/one_sided_codes.txt)?
fn one_sided(code: &str) -> bool {
    ONE_SIDED_CODES.iter().any(|p| code.starts_with(p))
}

/// Is an event of `code` an encounter of two sides (a meeting, talks, a
/// signing), whose "hai bên" / "hai nhà lãnh đạo" are the sides that meet?
fn encounter(code: &str) -> bool {
    code.starts_with("04") || code == "057"
}

/// Does a pair phrase ("hai bên", "lãnh đạo hai nước") stand as the object
/// right after the verb ending at syllable `end`, or after its "với"?
fn pair_object_after(st: &SyllableText, end: usize, pairs: &[syllables::PhraseMatch]) -> bool {
    let at = if end < st.syllables.len() && st.key_of(end, end + 1) == WITH_KEY {
        end + 1
    } else {
        end
    };
    pairs.iter().any(|p| p.first == at && !st.punct_before(at))
}

/// Where a clause of what comes later ("…, trước khi sang Trung Quốc")
/// starts after syllable `after`, if one does.
fn later_clause(st: &SyllableText, after: usize) -> Option<usize> {
    // With or without a comma before it: "bắt đầu chuyến thăm chính thức
    // Việt Nam trước khi sang Hàng Châu" visits no Hàng Châu.
    (after + 1..st.syllables.len().saturating_sub(1))
        .find(|&k| LATER.contains(&st.key_of(k, k + 2)))
}

/// How many sentences after an invitation its acceptance may be told.
const ACCEPT_REACH: usize = 1;

/// CAMEO's "Praise or endorse": thanks for aid given before.
const PRAISE: &str = "051";

/// CAMEO's "Express intent to cooperate economically".
const ECONOMIC_INTENT: &str = "031";

/// CAMEO's "Consult, not specified below": a meeting.
const MEET: &str = "040";

/// CAMEO's "Engage in negotiation": formal talks ("hội đàm").
const TALKS: &str = "046";

/// How far before an aid phrase the thanks for it may stand.
const THANKS_REACH: usize = 12;

/// CAMEO's "Threaten, not specified below".
const THREATEN: &str = "130";

/// How many sentences after a statement may go on telling its content
/// ("Tuyên bố nêu rõ: …").
const STATEMENT_REACH: usize = 3;

/// The country the press names as its own without naming it (`home.tsv`).
const HOME_COUNTRY: &str = "VNM";

/// How far after an act's phrase a phrase naming the home country may stand.
const HOME_REACH: usize = 4;

/// How many sentences back the act "tương tự" (similar) repeats may be told.
const SIMILAR_REACH: usize = 2;

/// How many sentences open an article: where a disaster and the country it
/// struck are told.
const STRICKEN_LEAD: usize = 2;

/// How far after a warning verb the hazard it is about may stand.
const HAZARD_REACH: usize = 10;

/// One phrase per line of a plain list file (comments start with '#').
fn phrase_list(text: &str) -> rules::PhraseSet<()> {
    rules::PhraseSet::build(
        text.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| (l.trim().to_string(), ()))
            .collect(),
    )
}

/// How far after an appeal verb a reporter's question word may stand.
const QUESTION_REACH: usize = 8;

/// One phrase to code in a sentence: a row of `verbs.tsv`, or a two-part
/// intent (`intent.tsv`), over syllables `first..end`.
struct Trigger {
    first: usize,
    end: usize,
    code: String,
    id: String,
    frame: Frame,
}

/// Which events a caller keeps beside those between two countries' actors.
/// The default keeps only those: what GDELT-style country dyads (and the
/// gold annotation) count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scope {
    /// Both sides of one country (or one body): "Thủ tướng thăm Bộ Quốc phòng".
    pub domestic: bool,
    /// A side that is an international body or its head ("EU áp lệnh trừng
    /// phạt Nga"): actor code `IGO…`, country null.
    pub igo: bool,
}

/// Dates the events the text gave no day on `day`, the article's own (as
/// GDELT dates an event by the day of its report): "Mỹ vừa phê duyệt …"
/// happened by the day it is reported. Run after coding, so that a later
/// telling's own day always wins over this.
///
/// A signing told with no day ("Tổng Bí thư A và Tổng thống B đã ra Tuyên
/// bố chung …" in the lead) that now falls on the day of a signing between
/// the same two sides ("Sau hội đàm, hai nhà lãnh đạo ra Tuyên bố chung",
/// dated by the sentence before it) is that signing told again, whichever
/// side each telling names first: one event, the dated telling kept. Not a
/// signing told undated that lands on no such day, nor one of two other
/// sides.
pub fn date_undated(events: &mut Vec<Event>, day: &str) {
    let undated: Vec<bool> = events.iter().map(|e| e.date.is_none()).collect();
    if !undated.iter().any(|&u| u) {
        return;
    }
    for e in events.iter_mut().filter(|e| e.date.is_none()) {
        e.date = Some(day.to_string());
    }
    let signing = |e: &Event| e.code == "057" && !e.rule.ends_with("@past");
    let mut told_again: Vec<(usize, usize)> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        if !undated[i] || !signing(e) {
            continue;
        }
        let kept = events.iter().enumerate().position(|(k, other)| {
            k != i
                && signing(other)
                && (!undated[k] || k < i)
                && !told_again.iter().any(|&(dropped, _)| dropped == k)
                && other.date == e.date
                && unordered_sides(other) == unordered_sides(e)
        });
        if let Some(k) = kept {
            told_again.push((i, k));
        }
    }
    for &(i, k) in &told_again {
        let mut mentions = vec![thoisu_core::EventMention {
            span: events[i].span,
            sentence: events[i].sentence,
        }];
        mentions.extend(events[i].retold.iter().copied());
        events[k].retold.extend(mentions);
    }
    let mut index = 0;
    events.retain(|_| {
        index += 1;
        !told_again.iter().any(|&(dropped, _)| dropped == index - 1)
    });
}

/// The side's grouping: its country, else (a body) its actor code.
fn affiliation(a: &Option<Actor>) -> Option<&str> {
    let a = a.as_ref()?;
    a.country.as_deref().or(a.code.as_deref())
}

/// The two sides' groupings (`affiliation`), in sorted order: the pair
/// whichever side acted.
fn unordered_sides(e: &Event) -> [Option<&str>; 2] {
    let mut pair = [affiliation(&e.source), affiliation(&e.target)];
    pair.sort();
    pair
}

/// Is either side an international body (no country, an `IGO…` code)?
pub fn has_igo_side(e: &Event) -> bool {
    [&e.source, &e.target]
        .iter()
        .any(|a| a.as_ref().is_some_and(|a| a.country.is_none()))
}

/// Are both sides of one country, or of one body?
pub fn is_domestic(e: &Event) -> bool {
    affiliation(&e.source) == affiliation(&e.target)
}

/// Does the event belong to what `scope` keeps?
pub fn in_scope(e: &Event, scope: Scope) -> bool {
    (scope.igo || !has_igo_side(e)) && (scope.domestic || !is_domestic(e))
}

/// What the coder read from one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Coded {
    pub events: Vec<Event>,
    pub agreements: Vec<Agreement>,
}

/// An entity mention usable as an actor in one sentence.
#[derive(Clone, Debug)]
pub(crate) struct SentenceActor {
    pub entity: usize,
    pub span: Span,
    /// ISO alpha-3, or for an international body its CAMEO code (`IGOUNO`):
    /// two mentions with one value are one side.
    pub country: String,
    /// An international body or its head: country null in the output.
    pub igo: bool,
    pub is_place: bool,
    pub is_person: bool,
    /// One side of "Việt Nam - Triều Tiên": names a relation, not a doer.
    pub paired: bool,
    /// Preceded by "tại"/"ở": a location, not a participant.
    pub locative: bool,
    /// Preceded by "của": a possessor.
    pub possessive: bool,
    /// Preceded by "tới"/"sang"/"đến": where a visit goes.
    pub destination: bool,
    /// Preceded by "từ": where something comes from ("ma túy từ Lào"), never
    /// what an act is done to.
    pub origin: bool,
    /// Preceded by a region word ("miền trung Việt Nam"): a place, never
    /// the doer (it may still be what an act is done to).
    pub region: bool,
    /// A body named inside another name ("Hội nghị APEC"): no actor.
    pub in_other_name: bool,
    /// The country of a person arrested or sentenced, named by nationality
    /// ("bắt giữ 3 đối tượng quốc tịch Trung Quốc"): what a `nationals`
    /// rule acts on.
    pub national: bool,
}

/// One side of an event before it becomes an [`Actor`].
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Side {
    pub entity: Option<usize>,
    /// As [`SentenceActor::country`].
    pub country: String,
    pub igo: bool,
}

static EMBEDDED: LazyLock<Coder> =
    LazyLock::new(|| Coder::new(Rules::embedded(), Bodies::embedded()));

/// What a planned or hypothetical act becomes (CAMEO codes only what
/// happened or was said): the intent to do it, where CAMEO has one.
fn intent_for(code: &str) -> Option<&str> {
    if let Some(intent) = parallel(code).map(|p| p.intent) {
        return Some(intent);
    }
    Some(match code.get(..2)? {
        "03" => code,
        "04" => "036",                  // a planned visit or meeting
        "05" if code != "057" => "032", // diplomatic cooperation
        "06" => "031",                  // material cooperation
        "07" => "033",                  // aid
        "08" => "035",                  // yielding
        _ => return None, // a planned signing is not a signing; threats stay threats only when said
    })
}

/// What intending, appealing for and demanding one act are coded: CAMEO
/// gives the cooperative acts of 06–08 a parallel code under 03, 02 and 10
/// ("trả tự do" 0841 → 0353, 0253, 1053). Demands follow the GDELT lookup
/// thoisu's code table comes from (106 withdrawal, 107 ceasefire).
struct Parallel {
    intent: &'static str,
    appeal: &'static str,
    demand: &'static str,
}

/// (act code or prefix, intent, appeal, demand); the first match wins.
const PARALLELS: [(&str, &str, &str, &str); 17] = [
    ("061", "0311", "0211", "1011"),  // economic cooperation
    ("062", "0312", "0212", "1012"),  // military cooperation
    ("063", "0313", "0213", "1013"),  // judicial cooperation
    ("064", "0314", "0214", "1014"),  // intelligence sharing
    ("071", "0331", "0231", "1031"),  // economic aid
    ("072", "0332", "0232", "1032"),  // military aid
    ("073", "0333", "0233", "1033"),  // humanitarian aid
    ("074", "0334", "0234", "1034"),  // military protection, peacekeeping
    ("0831", "0341", "0241", "1041"), // change of leadership
    ("0832", "0342", "0242", "1042"), // policy change
    ("0833", "0343", "0243", "1043"), // rights
    ("0834", "0344", "0244", "1044"), // institutions, regime
    ("081", "0351", "0251", "1051"),  // ease administrative sanctions
    ("082", "0352", "0252", "1052"),  // ease popular dissent
    ("084", "0353", "0253", "1053"),  // release persons or property
    ("085", "0354", "0254", "1054"),  // ease economic sanctions
    ("086", "0355", "0255", "1055"),  // allow international involvement
];

fn parallel(code: &str) -> Option<Parallel> {
    let found = PARALLELS
        .iter()
        .find(|(act, ..)| code.starts_with(act))
        .map(|&(_, intent, appeal, demand)| Parallel {
            intent,
            appeal,
            demand,
        });
    // De-escalation: a ceasefire and a withdrawal have their own demands.
    found.or_else(|| {
        code.starts_with("087").then_some(Parallel {
            intent: "0356",
            appeal: "0256",
            demand: match code {
                "0871" => "107",
                "0874" => "106",
                _ => "1056",
            },
        })
    })
}

/// The longest background cue read in a sentence's opener ("nội dung thỏa
/// thuận").
const OPENER_CUE_SYLLABLES: usize = 4;

/// How many syllables may stand between the two names of "A và B" (a
/// title chain such as "và Chủ tịch Thượng viện Campuchia").
const MAX_PARTNER_GAP: usize = 12;

/// Is the mention `name` "Mỹ" right after a capitalised compass word that
/// does not end a name of its own ("Việt Nam Mỹ" keeps both)?
fn americas_part(before: &str, name: &str) -> bool {
    if name != AMERICA {
        return false;
    }
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    AMERICAS_PARTS.iter().any(|w| {
        rest.strip_suffix(w).is_some_and(|head| {
            let prev = head.trim_end().rsplit(' ').next().unwrap_or("");
            (head.is_empty() || head.ends_with(' '))
                && !prev.chars().next().is_some_and(char::is_uppercase)
        })
    })
}

/// Is force used on targets ("tấn công các mục tiêu …")? A force code,
/// a verb (not "vụ tấn công khủng bố ở London", which names where an attack
/// by someone unnamed took place) and one of `STRUCK_OBJECTS` right after.
fn strikes_targets(code: &str, trigger: Span, st: &SyllableText) -> bool {
    if !matches!(code.get(..2), Some("18" | "19" | "20")) {
        return false;
    }
    let first = st.syllable_from(trigger.start);
    let nominal =
        (first.saturating_sub(2)..first).any(|i| STRIKE_NOUNS.contains(&st.key_of(i, first)));
    let mut after = st.syllable_from(trigger.end);
    let n = st.syllables.len();
    // "tập kích 9 địa điểm ở Pakistan": a count may stand before the objects.
    if after + 1 < n
        && !st.punct_before(after + 1)
        && st
            .key_of(after, after + 1)
            .trim_end()
            .chars()
            .all(|c| c.is_ascii_digit())
    {
        after += 1;
    }
    !nominal
        && after < n
        && STRUCK_OBJECTS
            .iter()
            .any(|o| st.key_of(after, n).starts_with(o))
}

/// May a name before the subject be its partner ("A và B")? Not a place
/// where it happens or that place's owner ("tại thủ đô Kuala Lumpur của
/// Malaysia, Thủ tướng Thái Lan … và Thủ tướng Campuchia … đã ký"), nor a
/// possessor outside the subject's own list, the subject no possessor
/// itself ("lời mời của Chủ tịch Thượng
/// viện … mời Chủ tịch Quốc hội thăm …"), nor who looked on ("Dưới sự
/// chứng kiến của Tổng thống Mỹ … và Thủ tướng Malaysia …, Thái Lan và
/// Campuchia đã ký"): a witness is no party.
fn may_partner(
    a: &SentenceActor,
    src: &SentenceActor,
    actors: &[SentenceActor],
    st: &SyllableText,
) -> bool {
    if a.locative && a.is_place {
        return false;
    }
    // Two owners told alike ("Lavrentiev của Nga và Ratney của Mỹ đã gặp
    // mặt") are partners.
    if a.possessive
        && (owns_a_place(a, actors, st) || !(src.possessive || listed_with(a, src, actors, st)))
    {
        return false;
    }
    !in_witness_phrase(st, a.span)
}

/// Do only names, commas and "và"/"cùng" stand between two mentions
/// ("của Nhật Bản, Hàn Quốc và Ấn Độ": one list)?
fn listed_with(
    a: &SentenceActor,
    b: &SentenceActor,
    actors: &[SentenceActor],
    st: &SyllableText,
) -> bool {
    let (x, y) = if a.span.start < b.span.start {
        (a.span.end, b.span.start)
    } else {
        (b.span.end, a.span.start)
    };
    let (i, j) = (st.syllable_from(x), st.syllable_from(y));
    (i..j).all(|k| {
        let at = st.syllables[k].span;
        matches!(st.key_of(k, k + 1), AND_KEY | ALONG_KEY)
            || actors
                .iter()
                .any(|a| a.span.start <= at.start && at.end <= a.span.end)
    })
}

/// Is the mention the owner of a place named right before it ("tại thủ đô
/// Kuala Lumpur của Malaysia"): the address of where it happens?
fn owns_a_place(a: &SentenceActor, actors: &[SentenceActor], st: &SyllableText) -> bool {
    a.possessive
        && actors.iter().any(|l| {
            l.locative
                && l.is_place
                && l.span.end <= a.span.start
                && text_between(st, l.span.end, a.span.start).trim() == OF
        })
}

/// Does the mention stand in a phrase naming who looked on or presided
/// ("dưới sự chứng kiến của A và B, …"): the cue in its clause before it?
fn in_witness_phrase(st: &SyllableText, span: Span) -> bool {
    let at = st.syllable_from(span.start);
    let clause_start = (1..=at).rev().find(|&i| st.punct_before(i)).unwrap_or(0);
    let before = format!(" {}", st.key_of(clause_start, at));
    agreements::WITNESS.iter().any(|w| before.contains(w))
}

/// Is the force phrase a noun ("vụ tấn công", "các cuộc không kích")?
fn nominal_force(st: &SyllableText, trigger: Span) -> bool {
    let first = st.syllable_from(trigger.start);
    (first.saturating_sub(2)..first).any(|i| STRIKE_NOUNS.contains(&st.key_of(i, first)))
}

/// How far before the force phrase its carrying verb may stand ("tiến hành
/// nhiều vụ không kích": the count and the noun between).
const CARRY_OUT_REACH: usize = 5;

/// Is the force noun at `trigger` the object of a verb carrying it out, in
/// its clause?
fn carried_out(st: &SyllableText, trigger: Span) -> bool {
    carrier(st, trigger).is_some()
}

/// Where the verb carrying out the force noun at `trigger` starts ("tiến
/// hành" in "đã tiến hành các cuộc không kích"), if one does in its clause.
fn carrier(st: &SyllableText, trigger: Span) -> Option<usize> {
    let first = st.syllable_from(trigger.start);
    let from = first.saturating_sub(CARRY_OUT_REACH);
    (from..first).find(|&k| {
        st.phrase_at(k, first, &CARRY_OUT) && !(k + 1..=first).any(|j| st.punct_before(j))
    })
}

/// How many syllables may stand between a force phrase and the place it
/// strikes ("tại thủ đô Kyiv": the locative and place-kind words).
const FORCE_PLACE_GAP: usize = 3;

/// Does the (lower-case) text before a mention end with a locative and
/// then only place-kind words ("tại khu vực quần đảo")?
fn locative_through_place_class(before: &str) -> bool {
    through_place_class(before, &LOCATIVE)
}

/// Does the (lower-case) text before a mention end with one of `heads` and
/// then only place-kind words ("từ tỉnh Vân Nam": `heads` = "từ")?
fn through_place_class(before: &str, heads: &[&str]) -> bool {
    let ends_word = |s: &str, w: &str| {
        s.ends_with(w)
            && s[..s.len() - w.len()]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric())
    };
    let mut rest = before.trim_end();
    let mut passed = false;
    loop {
        if passed && heads.iter().any(|w| ends_word(rest, w)) {
            return true;
        }
        match PLACE_CLASS.iter().find(|w| ends_word(rest, w)) {
            Some(w) => {
                rest = rest[..rest.len() - w.len()].trim_end();
                passed = true;
            }
            None => return false,
        }
    }
}

impl Coder {
    pub fn embedded() -> &'static Coder {
        &EMBEDDED
    }

    fn new(rules: Rules, bodies: Bodies) -> Coder {
        let pledges = rules
            .verbs
            .values
            .iter()
            .filter(|r| r.frame == Frame::Directed)
            .map(|r| r.id.clone())
            .collect();
        Coder {
            pledges,
            rules,
            bodies,
            intents: intent::IntentRules::embedded(),
            questions: phrase_list(QUESTIONS),
            hazards: phrase_list(HAZARDS),
            disasters: phrase_list(DISASTERS),
            home: phrase_list(HOME),
            aid_thanks: rules::PhraseSet::build(
                AID_THANKS
                    .lines()
                    .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                    .filter_map(|l| {
                        let (phrase, kind) = l.split_once('\t')?;
                        Some((phrase.trim().to_string(), kind.trim() == "thanks"))
                    })
                    .collect(),
            ),
            statement_acts: rules::PhraseSet::build(
                STATEMENT_CONTENT
                    .lines()
                    .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                    .filter_map(|l| {
                        let (code, phrase) = l.split_once('\t')?;
                        Some((phrase.trim().to_string(), code.trim().to_string()))
                    })
                    .collect(),
            ),
        }
    }

    /// "Thủ tướng đề nghị các tập đoàn Hàn Quốc tiếp tục mở rộng đầu tư",
    /// "đề nghị Samsung sớm sản xuất …": an appeal to a foreign firm (a
    /// firm's word right after the verb, `business_addressees.txt`, or a
    /// company as the side asked) is the leader's intent to cooperate
    /// economically (031), as the economy sets' gold codes it; an appeal to
    /// a state or its envoy stays an appeal.
    fn firms_asked(&self, events: &mut [Event], texts: &[SyllableText]) {
        for e in events.iter_mut() {
            if !matches!(e.code.as_str(), "020" | "021" | "0211") {
                continue;
            }
            let firm = e
                .target
                .as_ref()
                .and_then(|a| a.code.as_deref())
                .is_some_and(|c| c.ends_with("BUS"));
            let named = texts.get(e.sentence as usize).is_some_and(|st| {
                let mut k = st.syllable_from(e.span.end);
                if k < st.syllables.len() && st.key_of(k, k + 1) == PLURAL_KEY {
                    k += 1;
                }
                st.phrase_at(k, st.syllables.len(), &BUSINESS_ADDRESSEES)
            });
            if firm || named {
                self.recode(e, ECONOMIC_INTENT);
            }
        }
    }

    /// "Với Thủ tướng Albanese, hai bên nhất trí …", "Gặp Thủ tướng Mark
    /// Carney, hai bên …", "Tại cuộc gặp Bộ trưởng Vương Nghị ngay sau đó,
    /// hai bên …": a sentence whose opening clause meets one foreign side
    /// ("với" or a meeting's verb or noun, and one country named) makes
    /// that side one of "hai bên", the other the home country of the pair
    /// told before (not the last partner met before it).
    fn pair_framed_by_partner(
        &self,
        st: &SyllableText,
        actors: &[SentenceActor],
        (a, b): &(String, String),
    ) -> Option<(String, String)> {
        let n = st.syllables.len();
        let end = (1..n).find(|&k| st.punct_before(k))?;
        let clause_end = st.syllables[end].span.start;
        let named: Vec<&SentenceActor> = actors
            .iter()
            .filter(|x| x.span.end <= clause_end && !x.locative && !x.igo && !x.paired)
            .collect();
        let partner = named.first()?;
        if named.iter().any(|x| x.country != partner.country) {
            return None;
        }
        let opens_with = st.key_of(0, 1) == WITH_KEY || st.phrase_at(0, end - 1, &OPENING_FRAMES);
        let meets = opens_with
            || st.find(&self.rules.verbs).iter().any(|m| {
                let rule = &self.rules.verbs.values[m.pattern];
                rule.code.starts_with("04") && rule.frame != Frame::Block && m.end <= end
            });
        if !meets {
            return None;
        }
        // The pair told before already holds it: nothing to change.
        if partner.country == *a || partner.country == *b {
            return None;
        }
        if *a == HOME_COUNTRY {
            Some((a.clone(), partner.country.clone()))
        } else if *b == HOME_COUNTRY {
            Some((partner.country.clone(), b.clone()))
        } else {
            None
        }
    }

    /// Does the sentence open with a meeting named as the scene of what
    /// follows ("Tại hội đàm, …", "Trong cuộc gặp, …")?
    fn opens_at_meeting(&self, st: &SyllableText) -> bool {
        st.find(&self.rules.verbs).iter().any(|m| {
            let rule = &self.rules.verbs.values[m.pattern];
            rule.code.starts_with("04") && m.first <= SCENE_REACH && scene_phrase(st, m.first)
        })
    }

    /// "Tại hội đàm, Tổng Bí thư … đề nghị …" told after "Tuyên bố được
    /// công bố sáng 13-12": an act told at a meeting named as its sentence's
    /// scene, in a sentence naming no day, took place on the day of the
    /// last meeting (not a visit, which spans days) of the same two sides
    /// told before, not on the last day named.
    ///
    /// So does an act told in the sentence right after such a one, in the
    /// same paragraph, naming no day either ("Tại hội đàm, Tổng Bí thư …
    /// đề nghị … Ông Tập Cận Bình khẳng định Trung Quốc sẵn sàng …").
    fn date_by_scene(
        &self,
        events: &mut [Event],
        text: &str,
        texts: &[SyllableText],
        dates: &[DateMention],
    ) {
        let undated = |si: usize| !dates.iter().any(|d| d.sentence as usize == si);
        let at_meeting = |si: usize| texts.get(si).is_some_and(|st| self.opens_at_meeting(st));
        let same_paragraph = |si: usize| {
            let (Some(a), Some(b)) = (texts.get(si - 1), texts.get(si)) else {
                return false;
            };
            let (Some(end), Some(start)) = (a.syllables.last(), b.syllables.first()) else {
                return false;
            };
            text.get(end.span.end..start.span.start)
                .is_some_and(|gap| !gap.contains('\n'))
        };
        for i in 0..events.len() {
            let e = &events[i];
            let si = e.sentence as usize;
            let scene = at_meeting(si)
                || (si > 0 && undated(si - 1) && at_meeting(si - 1) && same_paragraph(si));
            if e.code.starts_with("04") || !undated(si) || !scene {
                continue;
            }
            let day = events[..i]
                .iter()
                .rev()
                .find(|m| {
                    m.sentence < e.sentence
                        && m.code.starts_with("04")
                        && !matches!(m.code.as_str(), "036" | "042" | "043")
                        && !m.rule.ends_with("@past")
                        && unordered_sides(m) == unordered_sides(e)
                        // Dated by a day its own sentence names: not a
                        // scene's meeting that took the last day told.
                        && m.date.as_ref().is_some_and(|day| {
                            dates.iter().any(|d| {
                                d.sentence == m.sentence
                                    && d.value.start == *day
                                    && d.value.end == *day
                            })
                        })
                })
                .and_then(|m| m.date.clone());
            if day.is_some() {
                events[i].date = day;
            }
        }
    }

    /// "chứng kiến lễ trao 45 văn kiện": a phrase of `COUNTED_DOCUMENTS`
    /// with a number for its "#", read as the row of `verbs.tsv` the phrase
    /// without the number is ("trao văn kiện").
    fn counted_documents(&self, st: &SyllableText) -> Vec<Trigger> {
        let n = st.syllables.len();
        let number = |k: usize| {
            // "1.000 tù binh": thousands dots count as part of the number.
            let w = st.key_of(k, k + 1).trim_end_matches([' ', '|']).trim_end();
            w.starts_with(|c: char| c.is_ascii_digit())
                && w.chars().all(|c| c.is_ascii_digit() || c == '.')
        };
        let mut out = Vec::new();
        // Most sentences count nothing: the patterns are tried only where
        // one's head is in the sentence, and only around a number (this
        // runs on every sentence).
        let heads = COUNTED_DOCUMENTS
            .iter()
            .filter_map(|p| p.split_once("# "))
            .any(|(head, _)| st.key.contains(head));
        if !heads {
            return Vec::new();
        }
        let numbers: Vec<usize> = (0..n).filter(|&k| number(k)).collect();
        if numbers.is_empty() {
            return out;
        }
        for pattern in COUNTED_DOCUMENTS.iter() {
            let Some((head, tail)) = pattern.split_once("# ") else {
                continue;
            };
            let (h, t) = (
                head.split_whitespace().count(),
                tail.split_whitespace().count(),
            );
            for k in numbers.iter().filter_map(|&at| at.checked_sub(h)) {
                let end = k + h + 1 + t;
                if end > n
                    || st.key_of(k, k + h) != head
                    || st.key_of(k + h + 1, end).trim_end_matches("| ") != tail
                    || (k + 1..end).any(|j| st.punct_before(j))
                {
                    continue;
                }
                let phrase = format!("{head}{tail}");
                let probe = SyllableText::new(&phrase, Span::new(0, phrase.len()));
                let whole = probe
                    .find(&self.rules.verbs)
                    .into_iter()
                    .find(|m| m.first == 0 && m.end == probe.syllables.len());
                if let Some(m) = whole {
                    let rule = &self.rules.verbs.values[m.pattern];
                    out.push(Trigger {
                        first: k,
                        end,
                        code: rule.code.clone(),
                        id: format!("{}{COUNTED}", rule.id),
                        frame: rule.frame,
                    });
                }
            }
        }
        out
    }

    /// The sentence's phrases to code, in order: the rows of `verbs.tsv`
    /// (block rows dropped), and the two-part intents no fixed phrase
    /// already reads. "đề nghị 2 bên duy trì …" is an intent, not an appeal.
    /// `counted`: the sentence's counted phrases (`Self::counted_documents`).
    fn triggers(
        &self,
        st: &SyllableText,
        verbs: Vec<syllables::PhraseMatch>,
        counted: Vec<Trigger>,
        pair_phrases: &[syllables::PhraseMatch],
        actor_starts: &[usize],
    ) -> Vec<Trigger> {
        let mut out: Vec<Trigger> = verbs
            .into_iter()
            .filter_map(|m| {
                let rule = &self.rules.verbs.values[m.pattern];
                (rule.frame != Frame::Block).then(|| Trigger {
                    first: m.first,
                    end: m.end,
                    code: rule.code.clone(),
                    id: rule.id.clone(),
                    frame: rule.frame,
                })
            })
            .collect();
        // A counted phrase holds any shorter trigger inside it ("trao").
        out.retain(|t| !counted.iter().any(|c| c.first <= t.first && t.end <= c.end));
        out.extend(counted);
        out.sort_by_key(|t| t.first);
        let intents = self
            .intents
            .find(st, pair_phrases, |i| actor_starts.contains(&i));
        if intents.is_empty() {
            return out;
        }
        for i in intents {
            let replaced =
                |t: &Trigger| i.replaces_head && t.first == i.first && t.end <= i.head_end;
            let covered = out.iter().any(|t| {
                !replaced(t)
                    && t.first < i.end
                    && i.first < t.end
                    && (t.code.starts_with("03") || t.first <= i.first)
            });
            if covered {
                continue;
            }
            out.retain(|t| !replaced(t));
            // "đề nghị hai bên …": the head is the trigger, so that the
            // pair after it is read as its object.
            out.push(Trigger {
                first: i.first,
                end: if i.replaces_head || i.addressed {
                    i.head_end
                } else {
                    i.end
                },
                code: i.code,
                id: "I030".into(),
                frame: if i.addressed {
                    Frame::Directed
                } else {
                    Frame::Mutual
                },
            });
        }
        out.sort_by_key(|t| t.first);
        out
    }

    /// Codes one article: the events between two countries' actors (the
    /// default [`Scope`]) and the agreements.
    pub fn code(
        &self,
        text: &str,
        sentences: &[Sentence],
        entities: &[Entity],
        dates: &[DateMention],
    ) -> Coded {
        let mut coded = self.code_all(text, sentences, entities, dates);
        coded.events.retain(|e| in_scope(e, Scope::default()));
        coded
    }

    /// Codes one article, every event kept: domestic ones and those with an
    /// international body too (see [`in_scope`] to choose).
    pub fn code_all(
        &self,
        text: &str,
        sentences: &[Sentence],
        entities: &[Entity],
        dates: &[DateMention],
    ) -> Coded {
        let settled = same_day_settled(text, sentences, dates);
        let dates: &[DateMention] = settled.as_deref().unwrap_or(dates);
        let owned = parents_countries(entities);
        let entities: &[Entity] = owned.as_deref().unwrap_or(entities);
        // "trưa 25/9 (giờ địa phương), tức rạng sáng 26/9 theo giờ Việt
        // Nam": a day restating the one told before it dates no act.
        let told: Vec<DateMention>;
        let dates: &[DateMention] = if dates.iter().any(|d| restated(text, d)) {
            told = dates
                .iter()
                .filter(|d| !restated(text, d))
                .cloned()
                .collect();
            &told
        } else {
            dates
        };
        // Documents are signed by people for their countries, as before
        // bodies were actors: the parties keep their passports.
        let [passports, mut actors, mut with_bodies] =
            sentence_actors(text, sentences, entities, &self.bodies);
        for list in [&mut actors, &mut with_bodies] {
            add_quoted_speakers(text, sentences, list);
        }
        let focal = focal_pair(entities, &self.bodies);
        let mut events = Vec::new();
        // Mediations told inside a document's title ("Thỏa thuận … giữa A
        // và B do Qatar làm trung gian"): who brokered it is a happening.
        let mut brokered: Vec<(u32, Span)> = Vec::new();
        let mut signing_sentences = Vec::new();
        // Events whose sides the text named as a relation ("Mỹ - Trung").
        let mut relation_named: Vec<usize> = Vec::new();
        let texts: Vec<SyllableText> = sentences
            .iter()
            .map(|s| SyllableText::new(text, s.span))
            .collect();
        let sports: Vec<SportsCues> = texts.iter().map(|st| self.sports_cues(text, st)).collect();
        let stricken = self.stricken_country(&texts, &actors);
        let sports_article = is_sports_article(&sports);
        // Names of people and organisations, per sentence: a verb inside
        // one is part of the name ("Phạm Tấn Công", "Tổ chức Hợp tác
        // Thượng Hải"), no act.
        let mut names: Vec<Vec<Span>> = vec![Vec::new(); sentences.len()];
        for e in entities
            .iter()
            .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organisation))
        {
            for m in &e.mentions {
                if let Some(list) = names.get_mut(m.sentence as usize) {
                    list.push(m.span);
                }
            }
        }
        for (si, st) in texts.iter().enumerate() {
            if st.syllables.is_empty() {
                continue;
            }
            // A match report: "tấn công" is football here. Only a signing
            // is read in it ("ông Kim Sang-sik đã ký hợp đồng … trở thành
            // huấn luyện viên trưởng đội tuyển quốc gia"): a contract is no
            // play.
            let play = sports[si].sentence || sports[si].scoreline;
            if !play {
                events.extend(self.ceremony_guests((si, st), entities, &actors[si], dates));
            }
            // Most sentences hold no phrase to code: nothing more is read
            // of them.
            let verbs = st.find(&self.rules.verbs);
            let coded = verbs
                .iter()
                .any(|m| self.rules.verbs.values[m.pattern].frame != Frame::Block);
            let counted = self.counted_documents(st);
            let coded = coded || !counted.is_empty();
            if !coded && !self.intents.has_head(st) {
                continue;
            }
            let pair_phrases = st.find(&self.rules.pairs);
            let home = self.home_phrases(text, st);
            let actor_starts: Vec<usize> = actors[si]
                .iter()
                .map(|a| st.syllable_from(a.span.start))
                .collect();
            let mut triggers = self.triggers(st, verbs, counted, &pair_phrases, &actor_starts);
            if play {
                triggers.retain(|t| t.code == "057" && t.frame == Frame::Mutual);
                if triggers.is_empty() {
                    continue;
                }
            }
            let before = events.len();
            triggers.retain(|t| {
                let span = st.span(t.first, t.end);
                !names[si].iter().any(|n| n.contains(span))
                    && (t.frame != Frame::Led || goes_to(st, t.end))
                    && (t.frame != Frame::Reached || reached_shape(st, t, &actors[si]))
            });
            // "tiếp X nhân chuyến thăm …": the visit is its own event, the
            // reception during it a meeting.
            let visit_told = triggers.iter().any(|t| t.code == "042");
            let verb_starts: Vec<usize> = triggers.iter().map(|t| t.first).collect();
            let verb_ends: Vec<usize> = triggers.iter().map(|t| t.end).collect();
            let mut pledged = false;
            let mut met_end: Option<usize> = None;
            // The doer of the last act coded, and where its verb ends.
            let mut last_source: Option<(Side, usize)> = None;
            // And whom it was done to, when it was a meeting or a contact.
            let mut last_met: Option<Side> = None;
            for m in &triggers {
                let mut rule = m;
                let fallback;
                if rule.frame == Frame::Mediated {
                    if let Some(mediated) =
                        self.mediated_acts((si, st), m, &actors[si], entities, dates, &focal)
                    {
                        brokered.extend(mediated.iter().map(|e| (e.sentence, e.span)));
                        events.extend(mediated);
                        continue;
                    }
                    fallback = Trigger {
                        first: m.first,
                        end: m.end,
                        code: m.code.clone(),
                        id: m.id.clone(),
                        frame: Frame::Directed,
                    };
                    rule = &fallback;
                }
                if rule.frame == Frame::Similar {
                    let similar =
                        self.similar_acts((si, st, text), m, &events, &actors[si], entities, dates);
                    events.extend(similar);
                    continue;
                }
                // In a sports article, force and threats are play ("Việt
                // Nam tấn công dồn dập", "Indonesia đe dọa khung thành").
                if sports_article && is_contest_code(&rule.code) {
                    continue;
                }
                // "tuyên bố tập trận": a statement that announces an act
                // right after it is coded as that act alone (an act only
                // ever asked for codes nothing, so the statement stays).
                if rule.code == "010"
                    && triggers
                        .iter()
                        .any(|t| t.first == m.end && t.frame != Frame::Asked)
                {
                    continue;
                }
                // "hai nước ký Tuyên bố tầm nhìn chung …", "đánh giá cao kết
                // quả thực hiện Tuyên bố …": capitalised inside a sentence,
                // "Tuyên bố" is a document's title, no statement made.
                if rule.code == "010" && m.first > 0 && !st.punct_before(m.first) {
                    let word = st.syllables[m.first].span.of(text);
                    if word.chars().next().is_some_and(char::is_uppercase) {
                        continue;
                    }
                }
                // "đề nghị Bộ Ngoại giao cho biết phản ứng …": a reporter's
                // question, no appeal.
                if rule.code.starts_with("02") && self.is_press_question(st, m.end) {
                    continue;
                }
                // "cảnh báo về hoạt động của núi lửa": a notice about a
                // hazard, no threat to anyone.
                if rule.code.starts_with("13") && self.is_hazard_warning(st, m.end) {
                    continue;
                }
                let mut code = if rule.frame == Frame::Host && rule.code == "043" && visit_told {
                    "040".to_string()
                } else {
                    rule.code.clone()
                };
                // "trục xuất 5 nhà ngoại giao Pháp": expelling diplomats
                // cuts relations (161), deporting others is 174.
                if code == "174" && diplomats_after(st, m.end) {
                    code = "161".into();
                }
                // "Các bên sẽ hỗ trợ …, cũng như hỗ trợ …": a verb listed
                // on after a pledge is pledged too.
                // "có thể gắn vũ khí … và tấn công Seoul": a verb joined to
                // a hypothetical one in its clause is hypothetical too.
                let modality = match self.modality_before(st, m.first) {
                    None if pledged && continues_verb(st, m.first) => Some(Modality::Future),
                    // Not thanks or praise: said as they are told ("nói các
                    // hợp đồng sẽ tạo ra … và cảm ơn Việt Nam").
                    None if after_coordinator(st, before_aspect(st, m.first))
                        && !SAID_AS_TOLD.contains(&code.as_str())
                        && self.future_in_clause(Some(text), st, m.first) =>
                    {
                        Some(Modality::Future)
                    }
                    None if self.planned_before_then(text, st, m.first) => Some(Modality::Future),
                    // "Ấn Độ sẽ cấp cho Việt Nam gói tín dụng …": a placed
                    // phrase follows its object, the verb and its "sẽ"
                    // stand before it in the clause.
                    None if rule.frame == Frame::Placed
                        && self.future_in_clause(Some(text), st, m.first) =>
                    {
                        Some(Modality::Future)
                    }
                    None if !SPOKEN_ROOTS.iter().any(|r| code.starts_with(r))
                        && self.planned_before_comma(text, st, m.first) =>
                    {
                        Some(Modality::Future)
                    }
                    None if self.asked_in_list(text, st, m.first) => Some(Modality::Demand),
                    found => found,
                };
                // "Theo chương trình, … có các cuộc gặp …": a programme
                // plans meetings and visits (036); it tells no intent of
                // any other act, and no act done.
                let modality = match modality {
                    Some(Modality::Future)
                        if !code.starts_with("04")
                            && self.opened_by(st, m.first) == Some(Modality::Future) =>
                    {
                        Some(Modality::Background)
                    }
                    other => other,
                };
                // "thông báo sẽ triệu hồi đại sứ", "tuyên bố sẽ áp thuế":
                // a coercive measure announced as decided is taken.
                let modality = match modality {
                    Some(Modality::Future)
                        if code.starts_with("16") && announced_decision(st, m.first) =>
                    {
                        None
                    }
                    other => other,
                };
                // "trao 500 tấn gạo … để hỗ trợ X": aid a handover was
                // for has been given, not pledged.
                let modality = match modality {
                    Some(Modality::Future)
                        if code.starts_with("07") && self.aid_handed_over(st, m.first, m.end) =>
                    {
                        None
                    }
                    other => other,
                };
                // "Mỹ viện trợ 500.000 USD để hỗ trợ Việt Nam …": the purpose
                // of aid just given in the sentence is that aid, no pledge.
                if modality == Some(Modality::Future)
                    && code.starts_with("07")
                    && self.purpose_of_given_aid(st, si, m.first, &events)
                {
                    continue;
                }
                // "Iran lên án mạnh mẽ các cuộc không kích": force told as
                // the noun a judgment is about; its doer is not the judge.
                if rule.frame == Frame::Directed
                    && ["18", "19", "20"].iter().any(|r| code.starts_with(r))
                    && condemned_noun(st, m.first)
                {
                    continue;
                }
                // "chặn hàng cứu trợ", "lệnh cấm tuồn hàng cứu trợ": aid
                // stopped on its way is no aid given.
                if code.starts_with("07") && aid_blocked(st, m.first) {
                    continue;
                }
                // "hỗ trợ quân sự nếu một bên bị tấn công": an act put on a
                // condition told after it is only supposed.
                if modality.is_none() && MATERIAL.iter().any(|r| code.starts_with(r)) {
                    if let Some(_condition) = condition_after(st, m.end) {
                        continue;
                    }
                }
                // "Nhật Bản từng chiếm đóng Philippines": an act the doer
                // once did is history, not the news.
                if modality.is_none() && once_done(st, m.first) {
                    continue;
                }
                pledged |= modality == Some(Modality::Future);
                // "điện đàm với X, để trao đổi về …": the purpose of the
                // meeting just told, no meeting of its own to come.
                if code.starts_with("04") && modality.is_some() {
                    if let Some(met) = met_end {
                        let between = st.key_of(met, m.first);
                        if PURPOSE.iter().any(|p| between.contains(p)) {
                            continue;
                        }
                    }
                }
                if code.starts_with("04") && modality.is_none() {
                    met_end = Some(m.end);
                }
                if rule.frame == Frame::Asked && modality != Some(Modality::Demand) {
                    continue;
                }
                match modality {
                    Some(Modality::Negation | Modality::Background) => continue,
                    Some(Modality::Future) => match intent_for(&code) {
                        Some(intent) => code = intent.into(),
                        None => continue,
                    },
                    Some(Modality::Demand) if code.starts_with("04") => code = "036".into(),
                    Some(Modality::Demand) => {
                        // "yêu cầu Triều Tiên trả tự do cho …": the act is
                        // not coded, but it says what the demand was.
                        let trigger = st.span(m.first, m.end);
                        // "yêu cầu đại sứ X rời khỏi Y": asking an envoy to
                        // leave is expelling him (161).
                        if code == "161" && rule.frame == Frame::Asked {
                            if let Some(asking) = events.iter_mut().rev().find(|e: &&mut Event| {
                                e.sentence as usize == si
                                    && e.span.end <= trigger.start
                                    && e.code == "100"
                            }) {
                                let from = st.syllable_from(asking.span.end).min(m.first);
                                if ENVOYS.iter().any(|w| st.key_of(from, m.first).contains(w)) {
                                    self.recode(asking, "161");
                                }
                            }
                            continue;
                        }
                        if let (Some(p), Some(asking)) = (
                            parallel(&code),
                            events.iter_mut().rev().find(|e: &&mut Event| {
                                e.sentence as usize == si && e.span.end <= trigger.start
                            }),
                        ) {
                            let specific = match asking.code.as_str() {
                                "020" => Some(p.appeal),
                                "100" => Some(p.demand),
                                _ => None,
                            };
                            if let Some(specific) = specific {
                                self.recode(asking, specific);
                            }
                        }
                        continue;
                    }
                    _ => {}
                }
                // "tuyên bố các biện pháp … là hoàn toàn phản tác dụng": a
                // statement is coded as what its content shows it does;
                // one that goes on to an act coded after it is that act.
                let mut also: Vec<String> = Vec::new();
                if code == "010" {
                    let acts = self.statement_acts(&texts, si, m.end);
                    if let Some((first, rest)) = acts.split_first() {
                        code = first.clone();
                        also = rest.to_vec();
                    } else if triggers.iter().any(|t| {
                        // (Not a verb read only with its "do" agent: "tuyên bố
                        // người Mỹ sẽ không vui vì được tặng món quà".)
                        t.first >= m.end
                            && !matches!(t.frame, Frame::Asked | Frame::Agent)
                            && t.code != "010"
                    }) {
                        continue;
                    }
                }
                let trigger = st.span(m.first, m.end);
                // "Năm 1977, hai nước ký Hiệp ước …": a bare past year
                // before the signing is history too.
                if code == "057"
                    && (signed_long_before(dates, si, trigger, st)
                        || signed_in_a_past_year(dates, si)
                        || past_year_before(st, m.first, dates))
                {
                    continue;
                }
                if code == "054"
                    && (established_long_before(dates, si, trigger, st)
                        || counted_years_before(st, m.first)
                        || (st.key_of(m.first, m.end).starts_with(SET_UP)
                            && established_in_history(dates, si, st, m.first)))
                {
                    continue;
                }
                // "Năm 2023, hai nước nâng cấp quan hệ …", "… nâng cấp quan
                // hệ lên Đối tác chiến lược toàn diện vào tháng 12/2022":
                // relations raised a year or more before the news are
                // history retold.
                // "… đồng chủ trì, nâng tầm quan hệ hợp tác song phương trong
                // chỉ đạo điều hành": relations raised are raised to a
                // framework named after "lên" ("nâng cấp quan hệ Việt Nam -
                // Brazil lên Đối tác chiến lược"); without one, no upgrade.
                if code == "050"
                    && st.key_of(m.first, m.end).ends_with(RELATIONS)
                    && !raised_to(st, m.end)
                {
                    continue;
                }
                if code == "050"
                    && (established_long_before(dates, si, trigger, st)
                        || counted_years_before(st, m.first)
                        || dated_long_before(dates, si, trigger)
                        || past_year_before(st, m.first, dates))
                {
                    continue;
                }
                // "trao 111 bản ghi nhớ hợp tác (MOU) trong các lĩnh vực …":
                // a number of documents is a set, no one document; the
                // agreement reader finds such hand-overs itself and reads
                // the documents a list names, in this sentence or the next
                // ("trao 45 văn kiện, trong đó có …", "Tiêu biểu có …"),
                // unless the hand-over is still to come.
                if code == "057" && !rule.id.ends_with(COUNTED) {
                    signing_sentences.push(agreements::Signing {
                        sentence: si,
                        trigger_end: trigger.end,
                    });
                }
                // "Hai bên"/"hai nhà lãnh đạo" are the two sides of the last
                // bilateral event told just before, else the article's two
                // main countries.
                // Not a happening the text names by its relation ("cuộc
                // điện đàm Mỹ - Trung mới đây"): that is background, the
                // sides of the scene are those of the last act told in it.
                // Nor one side's own act (thanks, praise, an appeal, a
                // statement): "ông gửi lời cảm ơn Việt Nam … Trước đó, hai
                // nhà lãnh đạo đã có cuộc gặp" — the two leaders are those of
                // an encounter, not the thanked host and its guest.
                let recent = events
                    .iter()
                    .enumerate()
                    .rev()
                    .filter(|(i, _)| !relation_named.contains(i))
                    .filter(|(_, e)| !(encounter(&code) && one_sided(&e.code)))
                    .find_map(|(_, e): (usize, &Event)| {
                        let (a, b) = (
                            e.source.as_ref()?.country.clone()?,
                            e.target.as_ref()?.country.clone()?,
                        );
                        (a != b && si - (e.sentence as usize) <= 3).then_some((a, b))
                    });
                let pair = if recent.is_some() { &recent } else { &focal };
                let framed = pair
                    .as_ref()
                    .and_then(|p| self.pair_framed_by_partner(st, &actors[si], p));
                let pair = if framed.is_some() { &framed } else { pair };
                // The countries told meeting Vietnam so far (see
                // `unnamed_partner`).
                let met_home: Vec<String> = events
                    .iter()
                    .filter(|e| encounter(&e.code))
                    .filter_map(|e| {
                        let [a, b] = unordered_sides(e);
                        match (a?, b?) {
                            (HOME_COUNTRY, x) | (x, HOME_COUNTRY) if x != HOME_COUNTRY => {
                                Some(x.to_string())
                            }
                            _ => None,
                        }
                    })
                    .collect();
                let posted = envoy_posts(&code, trigger, &actors[si], st);
                let here: &[SentenceActor] = posted.as_deref().unwrap_or(&actors[si]);
                let resolve = |actors: &[SentenceActor]| {
                    resolve_sides(
                        rule.frame,
                        &code,
                        trigger,
                        actors,
                        (&pair_phrases, &home, stricken.as_deref(), &met_home),
                        st,
                        pair,
                    )
                };
                // Countries' actors first, so that a body named nearby never
                // changes a reading between two countries; a body is a side
                // only where the countries alone give no such reading.
                // "kết quả cuộc điện đàm ngày 14-8 giữa A với B": a past
                // happening of its own, between the two named after "giữa".
                if code.starts_with("04") {
                    if let Some((source, target, day)) =
                        dated_noun_between(st, m.first, m.end, &actors[si], dates, si)
                    {
                        let mut e = self.event(
                            code.clone(),
                            format!("{}@past", rule.id),
                            source,
                            target,
                            trigger,
                            (si, st),
                            entities,
                            &actors[si],
                            dates,
                        );
                        e.date = Some(day);
                        events.push(e);
                        continue;
                    }
                    // "… đã tóm tắt lại cuộc điện đàm với ông Tập": the noun
                    // as the object of another verb retells a happening.
                    if (retold_noun(st, m.first)
                        && own_clause_day(dates, si, trigger, st).is_none())
                        || judged_noun(st, m.first)
                        || halted_noun(st, m.first)
                    {
                        continue;
                    }
                }
                // "các lệnh trừng phạt của Liên hợp quốc lên Triều Tiên": a
                // body may own the noun; read with bodies, so that the
                // country after it is not taken for the owner.
                let reached = if rule.frame == Frame::Reached {
                    resolve(here)
                } else {
                    None
                };
                let sides = match resolve(here) {
                    _ if rule.frame == Frame::Owned => resolve(&with_bodies[si]),
                    Some((s, t)) if s.country != t.country => Some((s, t)),
                    countries_only => resolve(&with_bodies[si])
                        .filter(|(s, t)| (s.igo || t.igo) && s.country != t.country)
                        .or(countries_only),
                };
                // "Mỹ áp đặt lệnh trừng phạt lên …, đồng thời cáo buộc
                // Moscow …": a verb going on without a subject of its own
                // has the last doer of the sentence, and is done to the
                // first other country named after it.
                // Right after the comma that ends the last act's clause
                // ("…của Nga là Rosneft và Lukoil, cáo buộc Moscow …") too,
                // and right after the act itself, one comma between ("…,
                // trao công hàm phản đối, kiên quyết yêu cầu chấm dứt …").
                let bare = before_aspect(st, m.first);
                // Only the sentence's own subject goes on so: not the doer
                // of an embedded act ("A hoan nghênh đoàn B thăm C, đánh
                // giá cao …" is still A).
                let first_named = actors[si].iter().find(|a| !a.locative && !a.possessive);
                let goes_on = |(doer, last_end): &(Side, usize)| {
                    first_named.is_some_and(|a| a.country == doer.country)
                        && (after_coordinator(st, bare)
                            || (st.punct_before(bare)
                                && (*last_end..=bare).filter(|&k| st.punct_before(k)).count() == 1))
                };
                // A noun's owner is named with it: no other reading; nor
                // has an act told with its "do" agent ("… và tặng quà" goes
                // on with no agent: no gift coded).
                let owned = matches!(rule.frame, Frame::Owned | Frame::Agent);
                let sides = match &last_source {
                    Some(last @ (doer, _))
                        if !owned
                            && goes_on(last)
                            && sides.as_ref().is_none_or(|(s, t)| {
                                s.country != doer.country || t.country == doer.country
                            }) =>
                    {
                        let asks = code.starts_with("02") || code.starts_with("10");
                        let right: Vec<&SentenceActor> = actors[si]
                            .iter()
                            .filter(|a| {
                                a.span.start >= trigger.end && !a.locative && (asks || !a.origin)
                            })
                            .collect();
                        // "Việt Nam đã tiếp xúc nhiều lần với phía Trung
                        // Quốc, trao công hàm phản đối và kiên quyết yêu
                        // cầu chấm dứt …": a protest or a demand that names
                        // no other country after it is made to the side
                        // just met. (Not after support: "ủng hộ lập trường
                        // của Cuba, phản đối lệnh cấm vận" objects to the
                        // embargo, not to Cuba.)
                        let against = ["10", "11", "12", "13"].iter().any(|r| code.starts_with(r));
                        let names_other = actors[si]
                            .iter()
                            .any(|a| a.span.start >= trigger.end && a.country != doer.country);
                        let same_partner = last_met
                            .as_ref()
                            .filter(|t| against && !names_other && t.country != doer.country)
                            .map(|t| (doer.clone(), t.clone()));
                        right
                            .iter()
                            .find(|a| a.country != doer.country && !a.paired)
                            .map(|a| (doer.clone(), side(person_named_after(a, &right, st))))
                            .or(same_partner)
                            .or(sides)
                    }
                    _ => sides,
                };
                let domestic = sides.clone();
                // Mediation names its sides in its clause or is between the
                // article's two main countries (see `resolve_sides`).
                let sides = if owned || code == MEDIATE {
                    sides
                } else {
                    sides
                        .or_else(|| {
                            objectless_protest(&code, trigger, st, &actors, si)
                                .map(|(s, t)| (side(s), side(t)))
                        })
                        .or_else(|| {
                            pronoun_subject(text, trigger, st, &actors, si)
                                .map(|(s, t)| (side(s), side(t)))
                        })
                        .filter(|(s, t)| s.country != t.country)
                        .or_else(|| relation_intent(&code, trigger, st, &actors[si], pair))
                        .or_else(|| appeal_going_on(&code, trigger, st, &actors[si]))
                        .or(domestic)
                };
                // "Tàu Nhật Bản đã cùng tàu Hàn Quốc và nhóm tàu Mỹ diễn
                // tập": an exercise held with others ("cùng") is a joint
                // one, between every two of them.
                let drill = if rule.frame == Frame::Joint || matches!(code.as_str(), "150" | "062")
                {
                    drilled_with(trigger, &actors[si], st)
                } else {
                    Vec::new()
                };
                let sides = if drill.len() >= 2 {
                    code = "062".to_string();
                    Some((side(drill[0]), side(drill[1])))
                } else {
                    sides
                };
                // A joint frame's act is held with others or not coded.
                let sides = sides.filter(|_| rule.frame != Frame::Joint || drill.len() >= 2);
                // A bare verb of going is a visit only as `reached_sides`
                // reads it: no doer carried over from an act before it ("…
                // yêu cầu các hãng dừng khai thác các chuyến bay đi và đến
                // Vũ Hán"), none from a title far back ("Thủ tướng sẽ tới
                // bang New South Wales").
                let sides = if rule.frame == Frame::Reached {
                    reached.clone()
                } else {
                    sides
                };
                // "Tiếp đó, Bộ trưởng gặp Ngoại trưởng Nga Sergey Lavrov": a
                // meeting whose subject is a bare title is held by the doer
                // of the last act told.
                let sides = sides.or_else(|| {
                    code.starts_with("04")
                        .then(|| {
                            titled_subject_sides((m.first, m.end), st, &actors[si], &events, si)
                        })
                        .flatten()
                });
                // "Miguel Díaz-Canel Bermúdez cũng gửi điện chúc mừng.":
                // congratulations whose receiver the text named before,
                // one from each sender.
                let congratulated =
                    congratulated_sides(&code, (m.first, m.end), st, &actors[si], &events);
                if !congratulated.is_empty() {
                    for (source, target) in congratulated {
                        let e = self.event(
                            code.clone(),
                            format!("{}@lead", rule.id),
                            source,
                            target,
                            trigger,
                            (si, st),
                            entities,
                            &actors[si],
                            dates,
                        );
                        events.push(e);
                    }
                    continue;
                }
                let Some((source, target)) = sides else {
                    // "Cuộc điện đàm diễn ra ngày 25-10": no side named,
                    // the noun is the happening just told, on its own day.
                    // "Bản ghi nhớ được ký kết … ngày 20/11": the document
                    // just told, signed that day.
                    let noun = m.first > 0 && st.key_of(m.first - 1, m.first) == EVENT_NOUN_KEY;
                    let document = code == "057" && agreements::told_again(self, st, m.first);
                    // "Cuộc điện đàm diễn ra ngay sau cuộc điện đàm giữa A và
                    // B vào tối 24-11": the day is the later happening's.
                    let later_same = triggers
                        .iter()
                        .any(|t| t.first >= m.end && t.code.get(..2) == code.get(..2));
                    if (noun && !later_same) || document {
                        let anywhere = document;
                        redate_recent(
                            &mut events,
                            &code,
                            trigger,
                            (si, st, anywhere),
                            dates,
                            &texts,
                        );
                    }
                    continue;
                };
                // "Phía Myanmar cảm ơn Việt Nam đã hỗ trợ …" (or "đã tạo điều
                // kiện …", material help, 06): the speaker
                // read as doer is the one aided. (A giver read after the
                // thanks, "cảm ơn sự hỗ trợ của X", is right as read.)
                // (Not aid told with its giver after "do": "tiếp nhận lô
                // vaccine do Nhật Bản trao tặng" names both sides.)
                let thanks = ((code.starts_with("07") || code.starts_with("06"))
                    && rule.frame != Frame::Agent)
                    .then(|| self.aid_thanks_before(text, st, m.first))
                    .flatten();
                let speaker_read = thanks.is_some_and(|(cue, _)| {
                    let n = st.syllables.len();
                    let clause_end = (m.end..n).find(|&k| st.punct_before(k)).unwrap_or(n);
                    !actors[si].iter().any(|a| {
                        let at = st.syllable_from(a.span.start);
                        Some(a.entity) == source.entity && at >= cue && at < clause_end
                    })
                });
                let (source, target) = if speaker_read {
                    (target, source)
                } else {
                    (source, target)
                };
                // Thanks or praise for aid ("cảm ơn Việt Nam đã hỗ trợ Lào
                // …", "đánh giá cao sự hỗ trợ của …") tell aid given before:
                // the happening is the thanks, praise (051) from the one
                // aided to the giver.
                let (source, target) = if thanks.is_some_and(|(_, thanked)| thanked) {
                    code = PRAISE.into();
                    (target, source)
                } else {
                    (source, target)
                };
                // Only officials and states visit: not a company, a singer,
                // or troops arriving ("binh sĩ Mỹ đã tới Latvia").
                if matches!(rule.frame, Frame::Arrival | Frame::Reached)
                    && !official_arrival(&source, entities, st, m.first)
                {
                    continue;
                }
                // "gặp Tổng thống Hàn Quốc …, Tổng thống Indonesia … và Thủ
                // tướng Úc …": one meeting per listed partner.
                // "trừng phạt 52 tổ chức của Nga, cùng 3 tổ chức của
                // Belarus": one sanction per country listed, named as a
                // country (a body's name in the list may be misread).
                // "gửi điện thăm hỏi Thái Lan và Myanmar": a message or
                // praise for each listed partner too (not a signing: "ký với
                // A, B, C" may be one document). So are a promise, aid, a
                // demand, criticism, a rejection or a threat aimed at "A và
                // B" ("phối hợp chặt chẽ với Mỹ và Hàn Quốc").
                // An appeal to "A và B" too ("kêu gọi Campuchia và Thái Lan
                // kiềm chế"), when they are named right after the appeal (a
                // list further on, "đề nghị mua 3 tàu …", names no one
                // appealed to).
                let appeal_to_list = code.starts_with("02")
                    && target.entity.is_some_and(|t| {
                        actors[si].iter().any(|a| {
                            a.entity == t
                                && a.span.start >= trigger.end
                                && st.syllable_from(a.span.start) <= m.end + 1
                        })
                    });
                let aimed = appeal_to_list
                    || ["03", "07", "10", "11", "12", "13"]
                        .iter()
                        .any(|r| code.starts_with(r));
                let partners = if rule.frame == Frame::Nationals {
                    // "tuyên phạt bị cáo A (quốc tịch Nigeria) và bị cáo B
                    // (quốc tịch Brazil)": each person named by nationality
                    // after the phrase is one acted on.
                    let mut seen = vec![source.country.as_str(), target.country.as_str()];
                    let mut more = Vec::new();
                    for a in actors[si]
                        .iter()
                        .filter(|a| a.national && a.span.start >= trigger.end)
                    {
                        if !seen.contains(&a.country.as_str()) {
                            seen.push(a.country.as_str());
                            more.push(side(a));
                        }
                    }
                    more
                } else if (["04", "018", "019", "05"]
                    .iter()
                    .any(|r| code.starts_with(r))
                    || (aimed && !target_after_between(&target, &actors[si], st)))
                    && code != "057"
                {
                    listed_partners(
                        (&target, &source),
                        trigger,
                        &actors[si],
                        st,
                        text,
                        &verb_starts,
                    )
                } else if code.starts_with("16") {
                    let countries: Vec<SentenceActor> = here
                        .iter()
                        .filter(|a| a.is_place || a.possessive)
                        .cloned()
                        .collect();
                    listed_partners(
                        (&target, &source),
                        trigger,
                        &countries,
                        st,
                        text,
                        &verb_starts,
                    )
                } else {
                    Vec::new()
                };
                let mut co_sources = listed_sources(
                    (&source, &target),
                    matches!(rule.frame, Frame::Arrival | Frame::Reached),
                    trigger,
                    &actors[si],
                    st,
                    text,
                    (&verb_starts, &verb_ends),
                );
                if rule.frame == Frame::Directed {
                    co_sources.extend(paired_doer((&source, &target), trigger, &actors[si], st));
                }
                if rule.frame == Frame::Owned {
                    co_sources.extend(co_owners((&source, &target), trigger, &actors[si], st));
                }
                let together = if rule.frame == Frame::Mutual {
                    listed_together((&source, &target), trigger, &actors[si], text, st)
                } else {
                    Vec::new()
                };
                // The act itself, then one for each doer listed beside the
                // source and each partner listed beside the target.
                // Mediation between the article's two main countries: with
                // each of them.
                let mut partners = partners;
                let mut mediated: Vec<(Side, Side)> = Vec::new();
                if code == MEDIATE {
                    if let Some((a, b)) = pair.as_ref() {
                        let givers: Vec<&str> = std::iter::once(source.country.as_str())
                            .chain(co_sources.iter().map(|s| s.country.as_str()))
                            .collect();
                        if target.entity.is_none()
                            && target.country == *a
                            && !givers.contains(&b.as_str())
                        {
                            let other = Side {
                                entity: None,
                                country: b.clone(),
                                igo: false,
                            };
                            // Each fellow mediator with the second side too.
                            mediated.extend(co_sources.iter().map(|s| (s.clone(), other.clone())));
                            partners.push(other);
                        }
                    }
                }
                // "Mỹ kêu gọi hai bên kiềm chế", "điện đàm với lãnh đạo hai
                // nước": a third country's act aimed at the pair is aimed at
                // each of them.
                if code != MEDIATE && !code.starts_with("03") {
                    if let Some((a, b)) = pair.as_ref() {
                        if target.entity.is_none()
                            && target.country == *a
                            && source.country != *a
                            && source.country != *b
                            && pair_object_after(st, m.end, &pair_phrases)
                        {
                            partners.push(Side {
                                entity: None,
                                country: b.clone(),
                                igo: false,
                            });
                        }
                    }
                }
                let pairs: Vec<(Side, Side)> = if drill.len() >= 2 {
                    drill
                        .iter()
                        .enumerate()
                        .flat_map(|(i, a)| drill[i + 1..].iter().map(|b| (side(a), side(b))))
                        .collect()
                } else {
                    std::iter::once((source.clone(), target.clone()))
                        .chain(co_sources.into_iter().map(|s| (s, target.clone())))
                        .chain(partners.into_iter().map(|t| (source.clone(), t)))
                        .chain(together)
                        .chain(mediated)
                        .collect()
                };
                last_source = Some((source.clone(), m.end));
                // A protest to the side met keeps it met ("…, trao công hàm
                // phản đối và kiên quyết yêu cầu …"); any other act ends it.
                let kept_met = last_met
                    .as_ref()
                    .is_some_and(|t| t.country == target.country);
                if code.starts_with("04") {
                    last_met = Some(target.clone());
                } else if !kept_met {
                    last_met = None;
                }
                // The target named as one side of "Mỹ - Trung".
                let by_relation = actors[si].iter().any(|a| {
                    a.paired && Some(a.entity) == target.entity && a.span.start >= trigger.end
                });
                for (s, t) in pairs {
                    for code in std::iter::once(&code).chain(&also) {
                        if by_relation {
                            relation_named.push(events.len());
                        }
                        events.push(self.event(
                            code.clone(),
                            rule.id.clone(),
                            s.clone(),
                            t.clone(),
                            trigger,
                            (si, st),
                            entities,
                            &actors[si],
                            dates,
                        ));
                    }
                }
            }
            // In a match report a country is a team ("cầu thủ người Thụy
            // Điển … ký hợp đồng"): a signing there binds a body or a person
            // ("Liên đoàn Bóng đá Việt Nam", "ông Kim Sang-sik"), never a
            // country named as a place.
            if play {
                let by_place = |a: &Option<Actor>| {
                    a.as_ref()
                        .and_then(|a| a.entity)
                        .is_some_and(|i| entities[i].kind == EntityKind::Location)
                };
                let coded = events.len();
                let mut i = before;
                while i < events.len() {
                    if by_place(&events[i].source) || by_place(&events[i].target) {
                        events.remove(i);
                    } else {
                        i += 1;
                    }
                }
                relation_named.retain(|&i| i < events.len());
                if events.len() == before && coded > before {
                    signing_sentences.retain(|s: &agreements::Signing| s.sentence != si);
                }
            }
        }
        let found = agreements::find(
            self,
            text,
            (sentences, &texts),
            entities,
            &passports,
            dates,
            &signing_sentences,
        );
        let (mut agreements, past) = agreements::settle(self, found, &events, &focal, entities);
        // A multilateral signing's members listed by name sign its document;
        // the news tells Vietnam's signing with each of them.
        // (Only where a document or a signing was found: reading every
        // sentence's words for lists cost 8% of extraction on news with
        // neither.)
        let members = if agreements.is_empty() && !events.iter().any(|e| e.code == "057") {
            Vec::new()
        } else {
            agreements::members::lists(text, sentences, entities)
        };
        agreements::members::sign_all((text, sentences), &members, entities, &mut agreements);
        events.retain(|e| !agreements::members::between_others(&members, e));
        // A document signed by "hai bên" has the sides of the signing
        // coded in its sentence; one whose parties name one country only
        // ("Thủ tướng A … hai bên đã ký") gains the other side.
        let one_country = |a: &Agreement| {
            let mut countries = a.parties.iter().filter_map(|p| p.country.as_deref());
            countries
                .next()
                .is_none_or(|first| countries.all(|c| c == first))
        };
        for a in agreements.iter_mut().filter(|a| one_country(a)) {
            let signing = events
                .iter()
                .find(|e| e.code == "057" && e.sentence == a.sentence);
            let sides = signing.into_iter().flat_map(|e| [&e.source, &e.target]);
            for actor in sides.flatten() {
                let known = a.parties.iter().any(|p| {
                    p.name == actor.name || (p.country.is_some() && p.country == actor.country)
                });
                if !known {
                    a.parties.push(thoisu_core::Party {
                        name: actor.name.clone(),
                        country: actor.country.clone(),
                    });
                }
            }
        }
        // Words inside a document's title ("… về hợp tác và hỗ trợ kỹ
        // thuật") name its topic, not a happening.
        // What follows "…, trong đó" is the document's content: at most an
        // intent to cooperate (03), never an act of its own.
        let contents: Vec<Span> = agreements
            .iter()
            .filter_map(|a| agreements::content_after(text, a, &sentences[a.sentence as usize]))
            .collect();
        // Not the meeting a title runs on to ("ký Hiệp ước … sau cuộc hội
        // đàm ở Bình Nhưỡng"): the talks are a happening of their own.
        let scene = |e: &Event| {
            e.code.starts_with("04") && framed_meeting(&texts[e.sentence as usize], e.span)
        };
        events.retain(|e| {
            (scene(e)
                || brokered.contains(&(e.sentence, e.span))
                || !agreements
                    .iter()
                    .map(|a| &a.span)
                    .chain(&past)
                    .any(|a| a.start <= e.span.start && e.span.end <= a.end))
                && (e.code.starts_with("03") || !contents.iter().any(|c| c.contains(e.span)))
        });
        // Not a signing whose title runs on to say it did not take place
        // ("kế hoạch ký … thỏa thuận … đã bị hủy"): `agreements::finish`
        // drops its document, and it signs nothing.
        for a in agreements
            .iter()
            .filter(|a| !past.contains(&a.span) && !agreements::undone(&a.title))
        {
            for (source, target) in agreements::members::sides(&members, a, entities) {
                events.push(self.event(
                    "057".into(),
                    "A057".into(),
                    source,
                    target,
                    a.span,
                    (a.sentence as usize, &texts[a.sentence as usize]),
                    entities,
                    &passports[a.sentence as usize],
                    dates,
                ));
                if let Some(e) = events.last_mut() {
                    if a.date.is_some() {
                        e.date = a.date.clone();
                    }
                }
            }
        }
        // A deal between two companies is commerce, not a relation between
        // their countries: its contract is an agreement, no event.
        let has_role = |a: &Option<Actor>, role: &str| {
            a.as_ref()
                .and_then(|a| a.entity)
                .is_some_and(|i| entities[i].actor_role.as_deref() == Some(role))
        };
        let business = |a: &Option<Actor>| has_role(a, "BUS");
        // Unless the two governments looked on ("… ký biên bản ghi nhớ
        // trước sự chứng kiến của Thủ tướng hai nước"): then the signing is
        // part of the relation between the two countries.
        let witnessed = |e: &Event| {
            e.code == "057"
                && sentences.get(e.sentence as usize).is_some_and(|s| {
                    let s = s.span.of(text);
                    agreements::WITNESS.iter().any(|w| s.contains(w))
                })
        };
        events.retain(|e| !(business(&e.source) && business(&e.target)) || witnessed(e));
        // A contract signed in a sentence that tells a crime ("dùng thủ
        // đoạn gian dối … ký kết hợp đồng mua bán thép …, chiếm đoạt …") is
        // the crime's means (`crime_cues.tsv`), no signing between states.
        // Not a cue inside a document's own title ("Bản ghi nhớ … về
        // phòng, chống tội phạm công nghệ cao và lừa đảo trực tuyến"): that
        // is what the signers fight.
        let crime = |e: &Event| {
            e.code == "057"
                && sentences.get(e.sentence as usize).is_some_and(|s| {
                    let mut told = String::new();
                    let mut at = s.span.start;
                    let mut titles: Vec<Span> = agreements
                        .iter()
                        .map(|a| a.span)
                        .filter(|t| s.span.start <= t.start && t.end <= s.span.end)
                        .collect();
                    titles.sort_by_key(|t| t.start);
                    for t in &titles {
                        if t.start < at {
                            continue;
                        }
                        told.push_str(&text[at..t.start]);
                        told.push(' ');
                        at = t.end;
                    }
                    told.push_str(&text[at..s.span.end]);
                    let s = told.to_lowercase();
                    CRIME_CUES
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty() && !l.starts_with('#'))
                        .any(|cue| s.contains(cue))
                })
        };
        events.retain(|e| !crime(e));
        // A news outlet reports what others do ("CNN dẫn nguồn …", "AP đưa
        // tin", "Ảnh: TTXVN"): in a sample of the bench corpus every event
        // with an outlet as a side was the outlet reporting, never acting.
        // It may sign, though: a broadcaster's college signs with a school.
        let outlet = |a: &Option<Actor>| has_role(a, "MED");
        events.retain(|e| e.code == "057" || !(outlet(&e.source) || outlet(&e.target)));
        // "Nhận lời mời của A, B thăm chính thức …": an invitation accepted
        // in the sentence that tells the visit made is the visit's frame,
        // no intent of its own (036 beside the 042/043 of the same pair).
        let visits: Vec<(u32, [Option<&str>; 2])> = events
            .iter()
            .filter(|e| e.code == "042" || e.code == "043")
            .map(|e| (e.sentence, unordered_sides(e)))
            .collect();
        let accepted = |e: &Event| {
            let said = lower(e.span.of(text));
            INVITATION_ACCEPTED.iter().any(|w| said.starts_with(w))
        };
        let framing: Vec<bool> = events
            .iter()
            .map(|e| {
                e.code == "036" && accepted(e) && visits.contains(&(e.sentence, unordered_sides(e)))
            })
            .collect();
        let mut framing = framing.into_iter();
        events.retain(|_| !framing.next().unwrap_or(false));
        accept_invitations(&mut events, &texts);
        // "nhất trí nâng cấp quan hệ … lên Đối tác chiến lược toàn diện" and
        // "thông qua Tuyên bố chung về nâng cấp quan hệ" the same day: one
        // happening, which the gold of most sets codes as the document (057;
        // sets 20, 22, 28, 29, 32, 35), not an upgrade beside it.
        let owned = |e: &Event| unordered_sides(e).map(|c| c.map(str::to_string));
        let signed: Vec<_> = events
            .iter()
            .filter(|e| e.code == "057")
            .map(|e| (owned(e), e.date.clone()))
            .collect();
        events.retain(|e| e.code != "050" || !signed.contains(&(owned(e), e.date.clone())));
        events.retain(|e| !met_in_the_past(e, dates));
        self.date_by_scene(&mut events, text, &texts, dates);
        talks_over_welcome(&mut events);
        self.firms_asked(&mut events, &texts);
        agreements::finish(&mut agreements, entities);
        actor_scope::settle(self, &mut events, text, sentences, entities, dates);
        agreement_scope::tidy(text, sentences, entities, &mut agreements);
        Coded {
            events: merge(events, dates, &texts, &self.pledges, entities),
            agreements,
        }
    }

    /// Is a question word ("cho biết", "bình luận") in the clause within
    /// reach after syllable `end`?
    fn is_press_question(&self, st: &SyllableText, end: usize) -> bool {
        st.find(&self.questions).iter().any(|q| {
            q.first >= end
                && q.first - end <= QUESTION_REACH
                && !(end + 1..=q.first).any(|k| st.punct_before(k))
        })
    }

    /// Is the aid phrase at syllable `first` the purpose ("để", "nhằm") of
    /// aid given earlier in the sentence (an aid event coded there, a
    /// purpose word between it and the phrase)?
    fn purpose_of_given_aid(
        &self,
        st: &SyllableText,
        si: usize,
        first: usize,
        events: &[Event],
    ) -> bool {
        let given = events.iter().rev().find(|e| {
            e.sentence as usize == si
                && e.code.starts_with("07")
                && e.span.end <= st.syllables[first].span.start
        });
        let Some(given) = given else {
            return false;
        };
        let from = st.syllable_from(given.span.end);
        (from..first).any(|k| PURPOSE.contains(&st.key_of(k, k + 1)))
    }

    /// The acts a statement's content shows (`statement_content.tsv`), one
    /// code per root, in order: read after syllable `from` of its sentence
    /// and in the sentences right after it that go on "Tuyên bố nêu rõ: …".
    fn statement_acts(&self, texts: &[SyllableText], si: usize, from: usize) -> Vec<String> {
        let mut codes: Vec<String> = Vec::new();
        let mut take = |st: &SyllableText, from: usize| {
            for m in st.find(&self.statement_acts) {
                let mut code = self.statement_acts.values[m.pattern].as_str();
                // "tuyên bố sẽ áp dụng các biện pháp trả đũa": measures
                // still to come are threatened (13), not yet taken.
                if code.starts_with("16") && self.future_in_clause(None, st, m.first) {
                    code = THREATEN;
                }
                if m.first >= from && !codes.iter().any(|c| c.get(..2) == code.get(..2)) {
                    codes.push(code.to_string());
                }
            }
        };
        let Some(own) = texts.get(si) else {
            return codes;
        };
        take(own, from);
        for st in texts.iter().skip(si + 1).take(STATEMENT_REACH) {
            let goes_on = st.key.strip_prefix(STATEMENT).is_some_and(|rest| {
                STATEMENT_GOES_ON
                    .iter()
                    .any(|w| rest.trim_start_matches("| ").starts_with(w))
            });
            if !goes_on {
                break;
            }
            take(st, 0);
        }
        codes
    }

    /// Where the sentence names the home country's leadership or people
    /// ("lãnh đạo Đảng, Nhà nước"), as syllable indices: not where a name
    /// follows ("lãnh đạo Đảng, Nhà nước Lào").
    fn home_phrases(&self, text: &str, st: &SyllableText) -> Vec<usize> {
        st.find(&self.home)
            .into_iter()
            .filter(|m| {
                st.syllables.get(m.end).is_none_or(|next| {
                    st.punct_before(m.end)
                        || !next
                            .span
                            .of(text)
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                })
            })
            .map(|m| m.first)
            .collect()
    }

    /// "Mỹ và EU áp đặt trừng phạt lên Nga. Australia, Canada và Đài Loan
    /// cũng công bố các biện pháp tương tự": the last act told with a
    /// country as its target, within `SIMILAR_REACH` sentences before, done
    /// again to it by every name of the list that ends right before the
    /// phrase (its verb between).
    fn similar_acts(
        &self,
        (si, st, text): (usize, &SyllableText, &str),
        m: &Trigger,
        events: &[Event],
        here: &[SentenceActor],
        entities: &[Entity],
        dates: &[DateMention],
    ) -> Vec<Event> {
        const VERB_GAP: usize = 4;
        // "không áp dụng biện pháp tương tự", "sẽ có động thái tương tự":
        // denied or planned, nothing is done again.
        if self.modality_before(st, m.first).is_some() {
            return Vec::new();
        }
        let Some(last) = events.iter().rev().find(|e| {
            si - (e.sentence as usize) <= SIMILAR_REACH
                && e.target.as_ref().is_some_and(|t| t.country.is_some())
        }) else {
            return Vec::new();
        };
        let Some(target) = last.target.as_ref() else {
            return Vec::new();
        };
        let target = Side {
            entity: target.entity,
            country: target.country.clone().unwrap_or_default(),
            igo: false,
        };
        let trigger = st.span(m.first, m.end);
        let left: Vec<&SentenceActor> = here
            .iter()
            .filter(|a| a.span.end <= trigger.start && !a.locative && !a.possessive && !a.igo)
            .collect();
        let Some(item) = left.last() else {
            return Vec::new();
        };
        let gap = m.first - st.syllable_from(item.span.end);
        let first = st.syllable_from(item.span.end);
        if gap > VERB_GAP || (first..=m.first).any(|k| k > first && st.punct_before(k)) {
            return Vec::new();
        }
        // "Australia không áp dụng các biện pháp tương tự": the verb denied.
        if (first..m.first)
            .any(|k| matches!(st.key_of(k, k + 1), NOT_KEY | NOT_YET_KEY | NOT_AT_ALL_KEY))
        {
            return Vec::new();
        }
        let head = list_head(&side(item), &left, st, text, &[], false);
        let (members, _) = list_run(&head, &left, st, text, &[]);
        let mut doers: Vec<Side> = Vec::new();
        for d in left
            .iter()
            .filter(|a| Some(a.entity) == head.entity)
            .take(1)
            .chain(members.iter())
        {
            if d.country != target.country && !doers.iter().any(|x| x.country == d.country) {
                doers.push(side(d));
            }
        }
        doers
            .into_iter()
            .map(|d| {
                self.event(
                    last.code.clone(),
                    m.id.clone(),
                    d,
                    target.clone(),
                    trigger,
                    (si, st),
                    entities,
                    here,
                    dates,
                )
            })
            .collect()
    }

    /// "các cuộc đàm phán do Trung Quốc làm trung gian", "nhờ trung gian
    /// của Trung Quốc", "dưới sự chủ trì của Quốc vương Qatar", "chủ trì cuộc
    /// gặp giữa A và B": the mediator to each of exactly two other countries
    /// the sentence makes sides. None (read the row as `directed`) when no
    /// mediator is named so, the act is planned or denied, or the mediator's
    /// own country is also a side (a ceremony its leader presided over).
    fn mediated_acts(
        &self,
        (si, st): (usize, &SyllableText),
        m: &Trigger,
        here: &[SentenceActor],
        entities: &[Entity],
        dates: &[DateMention],
        focal: &Option<(String, String)>,
    ) -> Option<Vec<Event>> {
        // Only the bare "làm trung gian" has another reading; "dưới sự chủ
        // trì của", "chủ trì cuộc gặp giữa" without that shape are nothing.
        let phrase = st.key_of(m.first, m.end);
        let own_shape = phrase.ends_with(OF_KEY) || phrase.ends_with(BETWEEN_KEY);
        self.mediation((si, st), m, here, entities, dates, focal)
            .or_else(|| own_shape.then(Vec::new))
    }

    fn mediation(
        &self,
        (si, st): (usize, &SyllableText),
        m: &Trigger,
        here: &[SentenceActor],
        entities: &[Entity],
        dates: &[DateMention],
        focal: &Option<(String, String)>,
    ) -> Option<Vec<Event>> {
        const NAME_GAP: usize = 4;
        const LIST_GAP: usize = 2;
        const DO_REACH: usize = 14;
        if self.modality_before(st, m.first).is_some() {
            return None;
        }
        let trigger = st.span(m.first, m.end);
        let phrase = st.key_of(m.first, m.end);
        let mut order: Vec<&SentenceActor> = here.iter().filter(|a| !a.in_other_name).collect();
        order.sort_by_key(|a| (a.span.start, a.span.end));
        // The names listed right after `from` ("của Qatar, Ai Cập và Mỹ").
        let list_after = |from: usize| -> Vec<&SentenceActor> {
            let mut out: Vec<&SentenceActor> = Vec::new();
            let mut end = from;
            for a in order.iter().filter(|a| a.span.start >= from) {
                let gap = st
                    .syllable_from(a.span.start)
                    .saturating_sub(st.syllable_from(end));
                let reach = if out.is_empty() { NAME_GAP } else { LIST_GAP };
                if a.span.start < end || gap <= reach {
                    end = end.max(a.span.end);
                    out.push(a);
                } else {
                    break;
                }
            }
            out
        };
        let (mediators, sides): (Vec<&SentenceActor>, Vec<&SentenceActor>) =
            if phrase.ends_with(BETWEEN_KEY) {
                // "A chủ trì cuộc gặp giữa B và C".
                let doer = order.iter().rev().find(|a| {
                    a.span.end <= trigger.start
                        && !a.locative
                        && !(st.syllable_from(a.span.end)..=m.first)
                            .any(|k| k > st.syllable_from(a.span.end) && st.punct_before(k))
                })?;
                // The sides: every name after "giữa" in its clause.
                let sides = order
                    .iter()
                    .copied()
                    .filter(|a| {
                        a.span.start >= trigger.end
                            && !(m.end..=st.syllable_from(a.span.start)).any(|k| st.punct_before(k))
                    })
                    .collect();
                (vec![*doer], sides)
            } else if phrase.ends_with(OF_KEY) {
                let named = list_after(trigger.end);
                let rest = order
                    .iter()
                    .copied()
                    .filter(|a| {
                        !named
                            .iter()
                            .any(|n| n.entity == a.entity && n.span == a.span)
                    })
                    .collect();
                (named, rest)
            } else {
                // "do A, B và C làm trung gian".
                let low = m.first.saturating_sub(DO_REACH);
                let by = (low..m.first)
                    .rev()
                    .find(|&k| st.key_of(k, k + 1) == "do ")?;
                let from = st.syllables[by].span.end;
                let named: Vec<&SentenceActor> = order
                    .iter()
                    .copied()
                    .filter(|a| a.span.start >= from && a.span.end <= trigger.start)
                    .collect();
                let rest = order
                    .iter()
                    .copied()
                    .filter(|a| a.span.end <= from || a.span.start >= trigger.end)
                    .collect();
                (named, rest)
            };
        if mediators.is_empty() {
            return None;
        }
        let mediating: Vec<&str> = mediators.iter().map(|a| a.country.as_str()).collect();
        // "Thỏa thuận đạt được hôm 22-11 dưới sự trung gian của Qatar, Ai
        // Cập và Mỹ": a go-between's mediation whose sentence names no side
        // but the mediators' own countries is between the article's two
        // main countries, when neither is a mediator.
        let unnamed = !phrase.ends_with(BETWEEN_KEY)
            && world::go_between(phrase)
            && sides
                .iter()
                .all(|a| (a.locative && a.is_place) || mediating.contains(&a.country.as_str()));
        // The mediator's country acting on one side: no third party.
        if !unnamed
            && sides
                .iter()
                .any(|a| !(a.locative && a.is_place) && mediating.contains(&a.country.as_str()))
        {
            return None;
        }
        let mut parties: Vec<&SentenceActor> = Vec::new();
        let party = |a: &&&SentenceActor| {
            let place = a.locative && a.is_place;
            !(a.igo || a.possessive || place || a.origin || a.paired)
        };
        for a in sides.iter().filter(party) {
            if !parties.iter().any(|p| p.country == a.country) {
                parties.push(a);
            }
        }
        let parties: Vec<Side> = match parties.as_slice() {
            [a, b] if !unnamed => vec![side(a), side(b)],
            _ if unnamed => {
                let (a, b) = focal.as_ref()?;
                if mediating.contains(&a.as_str()) || mediating.contains(&b.as_str()) {
                    return None;
                }
                [a, b]
                    .into_iter()
                    .map(|c| Side {
                        entity: None,
                        country: c.clone(),
                        igo: false,
                    })
                    .collect()
            }
            _ => return None,
        };
        let mut out = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for mediator in &mediators {
            if seen.contains(&mediator.country.as_str()) {
                continue;
            }
            seen.push(&mediator.country);
            for party in &parties {
                out.push(self.event(
                    m.code.clone(),
                    m.id.clone(),
                    side(mediator),
                    party.clone(),
                    trigger,
                    (si, st),
                    entities,
                    here,
                    dates,
                ));
            }
        }
        Some(out)
    }

    /// The country a disaster struck, as the article's lead tells it
    /// ("… số người thiệt mạng do trận động đất … tại Myanmar"): in the first
    /// sentence of the first `STRICKEN_LEAD` to name a disaster
    /// (`disasters.tsv`), the first country named there that is no origin,
    /// body or one side of a pair.
    fn stricken_country(
        &self,
        texts: &[SyllableText],
        actors: &[Vec<SentenceActor>],
    ) -> Option<String> {
        let told = texts
            .iter()
            .take(STRICKEN_LEAD)
            .position(|st| !st.find(&self.disasters).is_empty())?;
        // "Nhiều quốc gia … công bố các khoản hỗ trợ khẩn cấp giúp người
        // dân các tỉnh miền Bắc khắc phục hậu quả của bão số 3. … Việt Nam
        // đã nhận được …": a lead telling the disaster with no country
        // names it in the sentence right after.
        actors.iter().skip(told).take(2).find_map(|here| {
            here.iter()
                .find(|a| !a.origin && !a.igo && !a.paired && !a.in_other_name)
                .map(|a| a.country.clone())
        })
    }

    /// Where the words of thanks or receipt for the aid phrase at syllable
    /// `first` begin, in its clause ("Myanmar cảm ơn Việt Nam đã hỗ trợ
    /// …"), if any.
    /// Commas of a list of the thanked or of their acts may stand between
    /// when "đã" tells the aid as done ("cảm ơn Chính phủ, Bộ Quốc phòng và
    /// Hải quân Ấn Độ đã hỗ trợ", "cảm ơn Chính phủ, nhân dân Việt Nam đã
    /// kịp thời chia sẻ, hỗ trợ"); no other mark.
    fn aid_thanks_before(
        &self,
        text: &str,
        st: &SyllableText,
        first: usize,
    ) -> Option<(usize, bool)> {
        st.find(&self.aid_thanks)
            .iter()
            .filter(|t| {
                let done = (t.end..first).any(|k| st.key_of(k, k + 1) == DONE_KEY);
                t.end <= first
                    && first - t.end <= THANKS_REACH
                    && !(t.end + 1..=first)
                        .any(|k| st.punct_before(k) && !(done && comma_mark(text, st, k)))
            })
            .map(|t| (t.first, self.aid_thanks.values[t.pattern]))
            .next_back()
    }

    /// Is a hazard word ("núi lửa", "bão") in the clause within reach
    /// after syllable `end`?
    fn is_hazard_warning(&self, st: &SyllableText, end: usize) -> bool {
        st.find(&self.hazards).iter().any(|h| {
            h.first >= end
                && h.first - end <= HAZARD_REACH
                && !(end + 1..=h.first).any(|k| st.punct_before(k))
        })
    }

    /// Is there a future or hypothetical cue of any scope ("sẽ", "có thể")
    /// in the clause before syllable `first`?
    /// Brackets are an aside, not the clause's end: "Thủ tướng sẽ sang
    /// Saudi Arabia dự Hội nghị … (FII) lần thứ 8 và thăm Qatar" plans the
    /// visit to Qatar too (`text` is the article, to read the marks).
    fn future_in_clause(&self, text: Option<&str>, st: &SyllableText, first: usize) -> bool {
        let clause_start = (1..=first)
            .rev()
            .find(|&i| st.punct_before(i) && !text.is_some_and(|t| bracket_mark(t, st, i)))
            .unwrap_or(0);
        (clause_start..first)
            .flat_map(|s| (s + 1..=(s + 3).min(first)).map(move |e| (s, e)))
            .filter_map(|(s, e)| self.rules.modality.get(st.key_of(s, e)))
            .any(|(m, _)| *m == Modality::Future)
    }

    /// Is there a plan ("sẽ", "dự kiến"; not a purpose, "để", "nhằm") in
    /// syllables `from..to`, a cue of up to three syllables ending by `to`?
    fn plan_between(&self, st: &SyllableText, from: usize, to: usize) -> bool {
        self.cue_between(st, from, to, |m| m == Modality::Future)
    }

    /// Is there a modality cue of a kind `wanted` takes, not a purpose
    /// ("để", "nhằm"), in syllables `from..to`: a cue of up to three
    /// syllables ending by `to`?
    fn cue_between(
        &self,
        st: &SyllableText,
        from: usize,
        to: usize,
        wanted: impl Fn(Modality) -> bool,
    ) -> bool {
        (from..to)
            .flat_map(|s| (s + 1..=(s + 3).min(to)).map(move |e| (s, e)))
            .any(|(s, e)| {
                let key = st.key_of(s, e);
                self.rules
                    .modality
                    .get(key)
                    .is_some_and(|(m, _)| wanted(*m) && !PURPOSE.contains(&key))
            })
    }

    /// Does the clause of syllable `first` open with "sau đó" after a
    /// clause with a plan ("Chủ tịch nước sẽ thăm …, sau đó lên đường thăm
    /// Campuchia"), or with "trước khi" after a plan anywhere before it in
    /// the sentence? A purpose ("để", "nhằm") plans nothing here.
    /// "trước khi" may also stand inside the clause, up to two words before
    /// the verb ("Tổng Bí thư sẽ phát biểu … trước khi lên đường thăm
    /// Singapore"). A hyphen inside a name ("Oyun-Erdene") ends no clause.
    fn planned_before_then(&self, text: &str, st: &SyllableText, first: usize) -> bool {
        let Some(start) = (1..=first).rev().find(|&i| st.punct_before(i)) else {
            return self.planned_before_inner_later(st, 0, first);
        };
        let opens = |words: &[&str]| st.phrase_at(start, first, words);
        // "Chủ tịch Tập Cận Bình sẽ hội kiến …, dự cuộc gặp …, trước khi
        // rời Hà Nội sang thăm Malaysia": what comes after an act planned
        // anywhere before it in the sentence is planned too.
        let later = opens(&LATER);
        if !later && !opens(&AFTERWARDS) {
            return self.planned_before_inner_later(st, start, first);
        }
        let before = if later {
            0
        } else {
            (1..start)
                .rev()
                .find(|&i| st.punct_before(i) && !joined_word(text, st, i))
                .unwrap_or(0)
        };
        self.plan_between(st, before, start)
    }

    /// Does "trước khi" stand inside the clause `start..first`, with at most
    /// `LATER_REACH` syllables between it and the verb, after a plan
    /// anywhere before it in the sentence ("sẽ phát biểu chính sách tại …
    /// trước khi lên đường thăm Singapore")?
    fn planned_before_inner_later(&self, st: &SyllableText, start: usize, first: usize) -> bool {
        const LATER_REACH: usize = 2;
        let from = start.max(first.saturating_sub(LATER_REACH + 2));
        (from..first)
            .rev()
            .find(|&k| st.phrase_at(k, first, &LATER))
            .is_some_and(|k| self.plan_between(st, 0, k))
    }

    /// Does the verb at syllable `first` open a clause after a comma, with
    /// no subject of its own (at most two lower-case words before it: "lên
    /// đường thăm"), after a clause with a plan ("Ngày mai, Thủ tướng sẽ
    /// đến Sydney, gặp Thủ hiến bang …", "sẽ rời Vientiane, lên đường thăm
    /// Campuchia", "hai bên sẽ tăng cường trao đổi thông tin, phối hợp
    /// điều tra …")? The acts chained after the plan share its subject and
    /// are planned too (the caller leaves out acts done by saying them,
    /// `SPOKEN_ROOTS`).
    /// Not after a purpose ("để", "nhằm"), nor a clause with its own
    /// subject ("…, Thủ tướng hội kiến …").
    fn planned_before_comma(&self, text: &str, st: &SyllableText, first: usize) -> bool {
        let end = before_aspect(st, first);
        let Some(start) = (1..=end).rev().find(|&i| st.punct_before(i)) else {
            return false;
        };
        const CHAINED_WORDS: usize = 2;
        let lower_case = |k: usize| {
            text.get(st.syllables[k].span.start..st.syllables[k].span.end)
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_lowercase)
        };
        if !comma_mark(text, st, start)
            || end - start > CHAINED_WORDS
            || !(start..end).all(lower_case)
        {
            return false;
        }
        let before = (1..start).rev().find(|&i| st.punct_before(i)).unwrap_or(0);
        self.plan_between(st, before, start)
    }

    /// Is the verb at syllable `first` one more thing an appeal asks for,
    /// joined by "và"/"cũng như" to its list past the list's commas ("đề
    /// nghị phía Campuchia tiếp tục tạo điều kiện cho doanh nghiệp … đầu
    /// tư, kinh doanh … và hỗ trợ người gốc Việt")? Not past a ";" or ":",
    /// nor past a new predicate ("và đã …").
    fn asked_in_list(&self, text: &str, st: &SyllableText, first: usize) -> bool {
        let end = before_aspect(st, first);
        let joined = LISTED_ON.iter().any(|c| {
            let n = c.split_whitespace().count();
            end >= n
                && !(end + 1 - n..end).any(|k| st.punct_before(k))
                && st.key_of(end - n, end) == *c
        });
        if !joined {
            return false;
        }
        let hard_break = |k: usize| {
            st.punct_before(k)
                && text
                    .get(st.syllables[k - 1].span.end..st.syllables[k].span.start)
                    .is_some_and(|gap| gap.contains([';', ':']))
        };
        let from = (1..end).rev().find(|&k| hard_break(k)).unwrap_or(0);
        let from = new_predicate_before(st, from, end).unwrap_or(from);
        (from..end)
            .flat_map(|s| (s + 1..=(s + 3).min(end)).map(move |e| (s, e)))
            .filter_map(|(s, e)| self.rules.modality.get(st.key_of(s, e)))
            .any(|(m, clause)| *m == Modality::Demand && *clause)
    }

    /// Was the aid phrase at syllables `first..end` the purpose of a
    /// handover told before it or opening it ("trao 500 tấn gạo … để hỗ
    /// trợ", "đến … để trao số tiền")? Only when no cue but a purpose word
    /// ("để", "nhằm") stands from the handover's clause to the phrase: "sẽ
    /// trao … để hỗ trợ" is still a pledge.
    fn aid_handed_over(&self, st: &SyllableText, first: usize, end: usize) -> bool {
        let Some(give) = handover::last_before(st, end) else {
            return false;
        };
        let from = (1..=give).rev().find(|&i| st.punct_before(i)).unwrap_or(0);
        !self.cue_between(st, from, first, |m| m != Modality::Attribution)
    }

    /// The modality cue ending right before syllable `first`, if any
    /// (looking back three syllables, never across punctuation).
    fn modality_before(&self, st: &SyllableText, first: usize) -> Option<Modality> {
        // The cue stands right before the phrase, past aspect words
        // ("sẽ không ký", "chưa từng ký"): a "không" further back is more
        // often part of a word ("hàng không", "phòng không").
        let end = before_aspect(st, first);
        let adjacent = (1..=3usize.min(end))
            .rev()
            .filter(|len| !(end - len + 1..end).any(|k| st.punct_before(k)))
            .filter_map(|len| self.rules.modality.get(st.key_of(end - len, end)))
            .map(|(m, _)| *m)
            .find(|m| *m != Modality::Attribution);
        if adjacent.is_some() {
            return adjacent;
        }
        // "sẽ không đóng cửa đại sứ quán hay cắt đứt quan hệ": a negation
        // before the first of verbs joined by "hay"/"hoặc" denies each.
        if end > 0 && DISJUNCTION.contains(&st.key_of(end - 1, end)) {
            let clause_start = (1..end).rev().find(|&i| st.punct_before(i)).unwrap_or(0);
            // "không có chức năng đứng ra bán nhà hay ký hợp đồng": having
            // no power to act denies each act, but "hàng không có …"
            // (aviation) and "phòng không có …" (air defence) deny nothing.
            let lacks = |k: usize| {
                k + 2 < end
                    && st.key_of(k, k + 2) == THERE_IS_NO
                    && !(k > 0 && matches!(st.key_of(k - 1, k), GOODS_KEY | ROOM_KEY))
            };
            let denied = (clause_start..end - 1).any(|k| {
                lacks(k)
                    || (k + 2..=(k + 3).min(end - 1))
                        .any(|e| SCOPED_NEGATION.contains(&st.key_of(k, e)))
            });
            if denied {
                return Some(Modality::Negation);
            }
        }
        // Clause-wide cues: "Nếu A tấn công B", "yêu cầu A rút quân"; not
        // past a new predicate ("đề nghị nói chuyện với bà và đã tóm tắt
        // lại …").
        let clause_start = (1..=first).rev().find(|&i| st.punct_before(i)).unwrap_or(0);
        let clause_start = new_predicate_before(st, clause_start, first).unwrap_or(clause_start);
        let in_clause = (clause_start..first)
            .flat_map(|s| (s + 1..=(s + 3).min(first)).map(move |e| (s, e)))
            .filter_map(|(s, e)| self.rules.modality.get(st.key_of(s, e)))
            .filter(|(m, clause)| *clause && *m != Modality::Attribution)
            .map(|(m, _)| *m)
            .next();
        if in_clause.is_some() {
            return in_clause;
        }
        // "Trong quá khứ, A đã …": a background cue opening the sentence
        // covers all of it.
        // Up to four syllables: "Theo nội dung thỏa thuận, … Israel trả tự
        // do cho …" tells the document's terms, no release made.
        let opener_end = (1..first).find(|&i| st.punct_before(i)).unwrap_or(first);
        if let Some(m) = self.opened_by(st, first) {
            return Some(m);
        }
        (0..opener_end)
            .flat_map(|s| (s + 1..=(s + OPENER_CUE_SYLLABLES).min(opener_end)).map(move |e| (s, e)))
            .filter_map(|(s, e)| {
                // The key of the opener's last words runs on to its comma.
                let key = st.key_of(s, e).trim_end_matches("| ");
                self.rules.modality.get(key)
            })
            .map(|(m, _)| *m)
            .find(|m| *m == Modality::Background)
    }

    /// "Theo chương trình, chiều nay, Tổng thống Putin hội kiến …": a cue
    /// opening the sentence before its first comma (the programme, the
    /// plan) tells what all of it is, for a trigger after that comma.
    fn opened_by(&self, st: &SyllableText, first: usize) -> Option<Modality> {
        let opener_end = (1..first).find(|&i| st.punct_before(i))?;
        (1..=OPENER_CUE_SYLLABLES.min(opener_end))
            .find_map(|e| {
                self.rules
                    .openers
                    .get(st.key_of(0, e).trim_end_matches("| "))
            })
            .copied()
    }

    /// "Dự lễ khánh thành có Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh, Đại
    /// sứ Đan Mạch tại Việt Nam Nicolai Prytz, …": a sentence opened by
    /// attending a ceremony (`attendance_openers.txt`) that lists its guests
    /// after "có" tells the first Vietnamese guest meeting the first one of
    /// each other country there (043, as the gold of the development sets
    /// codes it). Only people and public bodies: a firm's executive or an
    /// outlet among the guests meets no country.
    fn ceremony_guests(
        &self,
        (si, st): (usize, &SyllableText),
        entities: &[Entity],
        actors: &[SentenceActor],
        dates: &[DateMention],
    ) -> Vec<Event> {
        let Some(opener) = ATTENDANCE_OPENERS
            .iter()
            .find(|w| st.key.starts_with(**w))
            .map(|w| w.split_whitespace().count())
        else {
            return Vec::new();
        };
        if ATTENDANCE_NOT.iter().any(|w| st.key.starts_with(*w)) {
            return Vec::new();
        }
        let Some(has) = (opener..st.syllables.len())
            .take_while(|&k| k == opener || !st.punct_before(k))
            .find(|&k| st.key_of(k, k + 1) == HAS_KEY)
        else {
            return Vec::new();
        };
        let after = st.syllables[has].span.end;
        let guest = |a: &&SentenceActor| {
            a.span.start >= after
                && !a.igo
                && entities.get(a.entity).is_some_and(|e| {
                    e.kind != EntityKind::Location
                        && !matches!(e.actor_role.as_deref(), Some("BUS" | "MED"))
                })
        };
        // The host is the home country's first guest: guests of a
        // ceremony abroad among themselves ("Tham dự lễ nhậm chức có Quốc
        // vương Tây Ban Nha …, Tổng thống Bồ Đào Nha …") met its host, whom
        // the list does not name.
        let Some(first) = actors
            .iter()
            .filter(guest)
            .find(|a| a.country == HOME_COUNTRY)
        else {
            return Vec::new();
        };
        let mut met: Vec<&str> = vec![first.country.as_str()];
        let mut out = Vec::new();
        for g in actors.iter().filter(guest) {
            if met.contains(&g.country.as_str()) {
                continue;
            }
            met.push(g.country.as_str());
            out.push(self.event(
                "043".to_string(),
                "L043".to_string(),
                side(first),
                side(g),
                st.span(0, has + 1),
                (si, st),
                entities,
                actors,
                dates,
            ));
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &self,
        code: String,
        rule: String,
        source: Side,
        target: Side,
        trigger: Span,
        (sentence, st): (usize, &SyllableText),
        entities: &[Entity],
        actors: &[SentenceActor],
        dates: &[DateMention],
    ) -> Event {
        let cameo = self.rules.cameo(&code);
        let plover = plover::plover(&code);
        // An act told without a date of its own took place when the text
        // last said ("Chiều 12/6, A hội đàm với B. Sau hội đàm, hai bên đã
        // ký ..."), else on the day the article's lead gives.
        let date = nearest_date(dates, sentence, trigger, st)
            .or_else(|| recent_date(dates, sentence))
            .or_else(|| lead_date(dates, sentence));
        let location = match target.entity.map(|i| &entities[i]) {
            // A visit happens where the visitor went.
            Some(e) if matches!(code.as_str(), "042" | "036") && e.kind == EntityKind::Location => {
                Some(Place {
                    name: e.name.clone(),
                    country: e.country.clone(),
                })
            }
            _ => location(actors, entities),
        };
        Event {
            label: cameo.label,
            goldstein: cameo.goldstein,
            quad_class: cameo.quad_class,
            code,
            source: Some(actor(&source, entities)),
            target: Some(actor(&target, entities)),
            date,
            location,
            rule,
            span: trigger,
            sentence: sentence as u32,
            plover_type: plover.map(|p| p.event_type.to_string()).unwrap_or_default(),
            plover_mode: plover.and_then(|p| p.mode.map(str::to_string)),
            retold: Vec::new(),
        }
    }
}

fn actor(side: &Side, entities: &[Entity]) -> Actor {
    match side.entity.and_then(|i| entities.get(i)) {
        // A body, or the person heading it: no country, the body's code.
        Some(e) if side.igo => Actor {
            name: e.name.clone(),
            country: None,
            code: Some(side.country.clone()),
            entity: side.entity,
        },
        Some(e) => Actor {
            name: e.name.clone(),
            country: Some(side.country.clone()),
            code: e.actor_code().or_else(|| Some(side.country.clone())),
            entity: side.entity,
        },
        None => Actor {
            name: country_name(&side.country, entities),
            country: Some(side.country.clone()),
            code: Some(side.country.clone()),
            entity: None,
        },
    }
}

/// The name the article gives a country (its LOC entity), else the code.
fn country_name(iso3: &str, entities: &[Entity]) -> String {
    entities
        .iter()
        .find(|e| e.kind == EntityKind::Location && e.gazetteer_id.as_deref() == Some(iso3))
        .or_else(|| {
            entities
                .iter()
                .find(|e| e.kind == EntityKind::Location && e.country.as_deref() == Some(iso3))
        })
        .map(|e| e.name.clone())
        .unwrap_or_else(|| iso3.to_string())
}

/// What one sentence says of sports.
#[derive(Clone, Copy, Debug, Default)]
struct SportsCues {
    /// A word only sports reporting uses ("ghi bàn"): the sentence is play.
    sentence: bool,
    /// A word sports reporting mostly uses ("chung kết", "U23").
    article: bool,
    /// A result with its score ("thắng Thái Lan 2-1").
    scoreline: bool,
}

impl Coder {
    /// Gives `e` another CAMEO code, with that code's label, Goldstein
    /// value, quad class and PLOVER fields.
    pub(crate) fn recode(&self, e: &mut Event, code: &str) {
        let cameo = self.rules.cameo(code);
        let plover = plover::plover(code);
        e.label = cameo.label;
        e.goldstein = cameo.goldstein;
        e.quad_class = cameo.quad_class;
        e.plover_type = plover.map(|p| p.event_type.to_string()).unwrap_or_default();
        e.plover_mode = plover.and_then(|p| p.mode.map(str::to_string));
        e.code = code.to_string();
    }

    fn sports_cues(&self, text: &str, st: &SyllableText) -> SportsCues {
        let mut cues = SportsCues::default();
        let mut result = false;
        for m in st.find(&self.rules.sports) {
            match self.rules.sports.values[m.pattern] {
                SportsCue::Sentence => cues.sentence = true,
                SportsCue::Article => cues.article = true,
                SportsCue::Result => result = true,
            }
        }
        cues.scoreline = result && has_score(text, st);
        cues
    }
}

/// Is there a score ("2-1", "3 - 0") among the syllables: two numbers of at
/// most two digits joined by a dash, not a day-month ("ngày 2-1") nor part
/// of a longer date ("2-1-2025")?
fn has_score(text: &str, st: &SyllableText) -> bool {
    let word = |i: usize| st.syllables[i].span.of(text);
    let small_number = |i: usize| {
        let w = word(i);
        !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
    };
    let dash_between = |i: usize| {
        let (a, b) = (st.syllables[i - 1].span, st.syllables[i].span);
        matches!(text.get(a.end..b.start).map(str::trim), Some("-" | "–"))
    };
    (1..st.syllables.len()).any(|i| {
        small_number(i - 1)
            && small_number(i)
            && dash_between(i)
            && !(i >= 2
                && SCORE_DATE_WORDS
                    .iter()
                    .any(|d| word(i - 2).to_lowercase() == *d))
            && !(i + 1 < st.syllables.len() && dash_between(i + 1) && small_number(i + 1))
    })
}

/// Does the article report sport? Two sentences with sports words or a
/// result, or a result in its first two, and a third of its sentences:
/// one line on a match in a long political piece does not make it one.
fn is_sports_article(sports: &[SportsCues]) -> bool {
    let hits = sports
        .iter()
        .filter(|c| c.sentence || c.article || c.scoreline)
        .count();
    let lead_result = sports.iter().take(2).any(|c| c.scoreline);
    (hits >= 2 || lead_result) && hits * 3 >= sports.len()
}

/// Codes that in a sports article are play, not politics: meetings (04:
/// "Ý gặp Zambia" is a fixture), threats (13), shows of force (15), coercion
/// (17), assault (18), fighting (19), mass violence (20).
fn is_contest_code(code: &str) -> bool {
    matches!(
        code.get(..2),
        Some("04" | "13" | "15" | "17" | "18" | "19" | "20")
    )
}

/// Where the words before syllable `first` end once aspect, effort and manner
/// words are passed ("sẽ (tiếp tục) nỗ lực ⟨hỗ trợ⟩"), within its clause.
fn before_aspect(st: &SyllableText, first: usize) -> usize {
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
fn condemned_noun(st: &SyllableText, first: usize) -> bool {
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
const BLOCKER_REACH: usize = 5;

/// Is the aid phrase at syllable `first` the object of a verb stopping it?
fn aid_blocked(st: &SyllableText, first: usize) -> bool {
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
fn counted_years_before(st: &SyllableText, first: usize) -> bool {
    (first.saturating_sub(2)..first).any(|k| {
        let word = st.key_of(k, k + 1).trim_end_matches("| ").trim_end();
        !word.is_empty() && word.chars().all(|c| c.is_ascii_digit())
    })
}

/// Is "từng" (once, ever) among the aspect words right before the phrase at
/// syllable `first`?
fn once_done(st: &SyllableText, first: usize) -> bool {
    let start = before_aspect(st, first);
    (start..first).any(|k| st.key_of(k, k + 1) == ONCE_KEY)
}

/// Roots of material acts (cooperation, aid, force): said on a condition,
/// they are not done.
const MATERIAL: [&str; 8] = ["06", "07", "15", "17", "18", "19", "20", "16"];

/// How far after its verb a condition may stand in the clause.
const CONDITION_REACH: usize = 8;

/// Where a condition starts after the phrase ending at syllable `end`, in
/// its clause and within reach.
fn condition_after(st: &SyllableText, end: usize) -> Option<usize> {
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
fn retold_noun(st: &SyllableText, first: usize) -> bool {
    noun_after_verb(st, first, &RETELLING)
}

/// Is the meeting noun at syllable `first` (after "cuộc", or a visit told
/// as "chuyến thăm") the object of a verb judging it?
fn judged_noun(st: &SyllableText, first: usize) -> bool {
    noun_after_verb(st, first, &JUDGING)
}

/// Is the meeting noun at syllable `first` (after "cuộc", or a visit told
/// as "chuyến thăm") halted by a verb up to sixteen syllables earlier in its
/// clause ("Nhật Bản đã tạm ngừng mọi hoạt động trao đổi … cùng các chuyến
/// thăm cấp cao tới Trung Quốc")? Halted visits are none held.
fn halted_noun(st: &SyllableText, first: usize) -> bool {
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
fn noun_after_verb(st: &SyllableText, first: usize, verbs: &[&str]) -> bool {
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
fn new_predicate_at(st: &SyllableText, k: usize) -> bool {
    k + 2 <= st.syllables.len()
        && st.key_of(k, k + 1) == AND_KEY
        && !st.punct_before(k + 1)
        && NEW_PREDICATE.contains(&st.key_of(k + 1, k + 2))
}

/// Where the last new predicate ("và đã …") between syllables `from` and
/// `to` starts its verb, if any.
fn new_predicate_before(st: &SyllableText, from: usize, to: usize) -> Option<usize> {
    (from..to.saturating_sub(1))
        .rev()
        .find(|&k| new_predicate_at(st, k))
        .map(|k| k + 2)
}

/// Where the first new predicate ("và đã …") at or after syllable `from`
/// starts, within its clause.
fn new_predicate_after(st: &SyllableText, from: usize) -> Option<usize> {
    (from..st.syllables.len())
        .take_while(|&k| k == from || !st.punct_before(k))
        .find(|&k| new_predicate_at(st, k))
}

/// How far after a verb its object's head noun may stand ("trục xuất 5
/// nhà ngoại giao").
const OBJECT_NOUN_REACH: usize = 4;

/// Do diplomats ("nhà ngoại giao", "đại sứ", "lãnh sự") head the object
/// right after syllable `end`, in its clause?
fn diplomats_after(st: &SyllableText, end: usize) -> bool {
    let n = st.syllables.len();
    let stop = (end + OBJECT_NOUN_REACH).min(n);
    let stop = (end + 1..stop)
        .find(|&k| st.punct_before(k))
        .unwrap_or(stop);
    end < stop && ENVOYS.iter().any(|w| st.key_of(end, stop).contains(w))
}

/// How far before its "sẽ" an announcing verb may stand ("thông báo nước
/// này sẽ …").
const ANNOUNCER_REACH: usize = 5;

/// Is the verb at syllable `first` announced as decided: "sẽ" right before
/// it (past aspect words), an announcing verb shortly before that, in one
/// clause ("Thổ Nhĩ Kỳ thông báo sẽ triệu hồi …")?
fn announced_decision(st: &SyllableText, first: usize) -> bool {
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
fn continues_verb(st: &SyllableText, first: usize) -> bool {
    let end = before_aspect(st, first);
    end > 0 && (st.punct_before(end) || after_coordinator(st, end))
}

/// Does a coordinator ("và", "đồng thời") end right before syllable `end`?
fn after_coordinator(st: &SyllableText, end: usize) -> bool {
    COORDINATORS.iter().any(|c| {
        let n = c.split_whitespace().count();
        end >= n && !(end + 1 - n..end).any(|k| st.punct_before(k)) && st.key_of(end - n, end) == *c
    })
}

/// The first single day the sentence names, else the start of its first range.
pub(crate) fn sentence_date(dates: &[DateMention], sentence: usize) -> Option<String> {
    let mut in_sentence = dates.iter().filter(|d| d.sentence as usize == sentence);
    let first = in_sentence.clone().next()?;
    Some(
        in_sentence
            .find(|d| d.value.start == d.value.end)
            .map(|d| d.value.start.clone())
            .unwrap_or_else(|| first.value.start.clone()),
    )
}

/// The date nearest the trigger in its sentence (a range gives its start);
/// one in the trigger's own clause first: "Ngày 5/3, Bộ Ngoại giao cho
/// biết A đã điện đàm với B vào hôm qua" — the day of the report is not
/// the day of the call.
fn nearest_date(
    dates: &[DateMention],
    sentence: usize,
    trigger: Span,
    st: &SyllableText,
) -> Option<String> {
    // The last day of an era ("… kỷ niệm 72 năm … (9/5/1945 - 9/5/2017)")
    // dates the act only when the sentence names no other day.
    nearest_date_but(dates, sentence, trigger, st, false)
        .or_else(|| nearest_date_but(dates, sentence, trigger, st, true))
}

fn nearest_date_but(
    dates: &[DateMention],
    sentence: usize,
    trigger: Span,
    st: &SyllableText,
    era_last_day: bool,
) -> Option<String> {
    dates
        .iter()
        .filter(|d| d.sentence as usize == sentence && !vague(d) && !an_era(d))
        .filter(|d| !era_end(dates, d, era_last_day))
        // "ông gặp Thủ tướng Ấn Độ - cuộc gặp đầu tiên kể từ khi Nga mở
        // chiến dịch quân sự ngày 24.2.2022": a day after "since" began a
        // stretch of time; it is not the act's day.
        .filter(|d| {
            d.span.start < trigger.end || {
                let (from, to) = (
                    st.syllable_from(trigger.end),
                    st.syllable_from(d.span.start),
                );
                !(from..to).any(|k| st.phrase_at(k, to, &SINCE))
            }
        })
        // "Gặp Tổng thống Lula, Thủ tướng … đánh giá cao kết quả chuyến
        // thăm … hồi cuối tháng 3": a loose part of a month in another
        // clause tells when something else happened, not the act's day.
        .filter(|d| {
            !loose_period(d) || {
                let (from, to) = if d.span.end <= trigger.start {
                    (d.span.end, trigger.start)
                } else {
                    (trigger.end, d.span.start)
                };
                same_clause(st, from, to)
            }
        })
        .min_by_key(|d| {
            let (from, to, distance) = if d.span.end <= trigger.start {
                (d.span.end, trigger.start, trigger.start - d.span.end)
            } else {
                (
                    trigger.end,
                    d.span.start,
                    d.span.start.saturating_sub(trigger.end),
                )
            };
            // A range in the clause is more often the visit around the
            // act ("hội đàm với X thăm Việt Nam từ ngày 6 đến 9/12").
            let single = d.value.start == d.value.end;
            let own_day = single && same_clause(st, from, to);
            // Else a day ("Sáng 29/7, … hội đàm với … thăm Việt Nam từ ngày
            // 28 đến 30/7") before a range.
            (!own_day, !single, distance)
        })
        .map(|d| d.value.start.clone())
}

/// Is a date a stretch of more than a year ("kỷ niệm 50 năm thiết lập quan
/// hệ ngoại giao (21/9/1973 - 21/9/2023)")? Such a span is an era or an
/// anniversary's years, never the day of an act told beside it.
fn an_era(d: &DateMention) -> bool {
    const YEAR_DAYS: i64 = 366;
    day_number(&d.value.start)
        .zip(day_number(&d.value.end))
        .is_some_and(|(start, end)| end - start > YEAR_DAYS)
}

/// Is a date one end of an era told as a span ("4/7/1776" of "(4/7/1776 -
/// 4/7/2017)"), listed as a day of its own? With `first_only`, only its
/// first day: the last is often the anniversary the news is about.
fn era_end(dates: &[DateMention], d: &DateMention, first_only: bool) -> bool {
    dates.iter().any(|e| {
        e.sentence == d.sentence
            && an_era(e)
            && e.span.start <= d.span.start
            && d.span.end <= e.span.end
            && (!first_only || d.value.start == e.value.start)
    })
}

/// A single day told in the trigger's own clause ("Cuộc điện đàm diễn ra
/// ngày 25-10").
fn own_clause_day(
    dates: &[DateMention],
    sentence: usize,
    trigger: Span,
    st: &SyllableText,
) -> Option<String> {
    dates
        .iter()
        .filter(|d| d.sentence as usize == sentence && d.value.start == d.value.end)
        .find(|d| {
            if d.span.end <= trigger.start {
                same_clause(st, d.span.end, trigger.start)
            } else {
                same_clause(st, trigger.end, d.span.start)
            }
        })
        .map(|d| d.value.start.clone())
}

/// The marks between syllable `k` and the one before it.
fn mark_before<'t>(text: &'t str, st: &SyllableText, k: usize) -> &'t str {
    text.get(st.syllables[k - 1].span.end..st.syllables[k].span.start)
        .unwrap_or("")
}

/// Is the mark before syllable `k` a bracket only ("(FII)")?
fn bracket_mark(text: &str, st: &SyllableText, k: usize) -> bool {
    let gap = mark_before(text, st, k);
    gap.contains(['(', ')'])
        && gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '(' | ')'))
}

/// Is the mark before syllable `k` a hyphen joining one word, with no
/// space ("Oyun-Erdene"), no clause mark?
fn joined_word(text: &str, st: &SyllableText, k: usize) -> bool {
    let gap = mark_before(text, st, k);
    !gap.is_empty()
        && gap
            .chars()
            .all(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))
}

/// Is the mark before syllable `k` a comma only?
fn comma_mark(text: &str, st: &SyllableText, k: usize) -> bool {
    let gap = mark_before(text, st, k);
    gap.trim() == ","
}

/// Is there no punctuation between two article offsets of the sentence?
fn same_clause(st: &SyllableText, from: usize, to: usize) -> bool {
    let (i, j) = (st.syllable_from(from), st.syllable_from(to));
    !(i.max(1)..=j.min(st.syllables.len())).any(|k| st.punct_before(k))
}

/// The first single day the article names at or before `sentence`: news
/// opens with the day of what it reports ("Ngày 27/10, Thủ tướng …").
/// Not a day of an earlier year than one named before it: "… thăm Việt Nam
/// từ ngày 6 - 8/6/2017. Việt Nam và Cộng hòa Séc thiết lập quan hệ ngoại
/// giao ngày 2/2/1950." tells history, not the day of the news.
fn lead_date(dates: &[DateMention], sentence: usize) -> Option<String> {
    let year = |v: &str| v.get(..4).map(str::to_string);
    let mut latest: Option<String> = None;
    for d in dates.iter().take_while(|d| d.sentence as usize <= sentence) {
        if an_era(d) || era_end(dates, d, true) {
            continue;
        }
        let y = year(&d.value.start);
        let back = matches!((&y, &latest), (Some(y), Some(l)) if y < l);
        if d.value.start == d.value.end && !back {
            return Some(d.value.start.clone());
        }
        if y > latest && !vague(d) && !whole_month(d) {
            latest = y;
        }
    }
    None
}

/// The last date told in the three sentences before: "Chiều 12/6, A hội đàm
/// với B. Sau hội đàm, hai bên đã ký ..." — the signing is dated too.
pub(crate) fn recent_date(dates: &[DateMention], sentence: usize) -> Option<String> {
    let before = || {
        dates.iter().filter(|d| {
            (d.sentence as usize) < sentence
                && sentence - (d.sentence as usize) <= 3
                && !vague(d)
                && !whole_month(d)
        })
    };
    // A day that opens its sentence ("Chiều 3/8, tại họp báo …") frames
    // what follows; days inside a sentence are more often what was talked
    // about ("tập trận từ ngày 29/7 đến ngày 2/8"). Else the last in the
    // text, whatever order the dates were listed in.
    let framing = |d: &&DateMention| {
        d.value.start == d.value.end && d.text.chars().next().is_some_and(char::is_uppercase)
    };
    // A frame holds until a later sentence names a later single day
    // ("Ngày 28/7, … . Cũng trong ngày 26/10, … . Mỹ cũng ký …"): news
    // moves on; an earlier day named after it is history told ("… cuộc gặp
    // ngày 12/1").
    if let Some(frame) = before()
        .filter(framing)
        .max_by_key(|d| (d.sentence, d.span.start))
    {
        let moved_on = before()
            .filter(|d| {
                d.sentence > frame.sentence
                    && d.value.start == d.value.end
                    && d.value.start > frame.value.start
                    && !names_its_year(d)
            })
            .max_by_key(|d| (d.sentence, d.span.start));
        return Some(moved_on.unwrap_or(frame).value.start.clone());
    }
    // Else the last sentence with a date, and in it the latest day: "ngày
    // 22/7, … ký …, vốn bị đình trệ kể từ khi Nga phát động chiến dịch quân
    // sự ngày 24/2" tells today's day first and history after it.
    let last = before().map(|d| d.sentence).max()?;
    let latest = before()
        .filter(|d| d.sentence == last)
        .max_by(|a, b| a.value.start.cmp(&b.value.start))?;
    // A day later than the news' own day told inside a sentence ("hiệp
    // định sẽ được áp dụng tạm thời từ 23h ngày 31-12-2020, tức 6h sáng
    // 1-1-2021", "có hiệu lực từ ngày …") is a plan or a date in passing:
    // it dates nothing after it ("Phát biểu sau lễ ký, bà Liz Truss …" is
    // the signing's day). Not a later day of the news told with its part
    // and without its year ("Bên lề hội nghị, sáng 2.11, Thủ tướng … đã có
    // cuộc gặp …"): the time of an act.
    let act_time = part_of_day(latest) && !names_its_year(latest);
    let lead = lead_date(dates, sentence);
    if !act_time && lead.as_ref().is_some_and(|lead| latest.value.start > *lead) {
        return None;
    }
    // The stretch of a visit told in passing ("… chuyến thăm cấp Nhà nước
    // của Tổng thống … từ ngày 22-24/6. Thủ tướng đề nghị …") holds the
    // news' own day: what follows happened on that day, not on the visit's
    // first.
    if let Some(lead) = lead.as_ref().filter(|lead| {
        latest.value.start != latest.value.end
            && latest.value.start <= **lead
            && **lead <= latest.value.end
    }) {
        return Some(lead.clone());
    }
    // A bare day told inside a sentence a month and more before the news'
    // own day ("Hãng mới … , chuyến bay đầu tiên cất cánh ngày 16/1. …
    // Trước lễ ký, ông Trump đánh giá …" on 27/2) is history in passing:
    // it dates nothing after it. (Not a day of the days before the news:
    // "… điều trần ngày 8/6. Ông Comey nói …" told on 10/6; nor the time
    // of an act: "… đến Hà Nội chiều 26/2".)
    let history = |lead: &String| {
        day_number(lead)
            .zip(day_number(&latest.value.start))
            .is_some_and(|(news, day)| news - day > HISTORY_MARGIN)
    };
    if latest.value.start == latest.value.end
        && !part_of_day(latest)
        && lead.as_ref().is_some_and(history)
    {
        return None;
    }
    Some(latest.value.start.clone())
}

/// Is a date written with its year ("ngày 31-12-2020")? The day of the
/// news is told without it ("sáng 2.11"); a later day with its year in
/// passing is a plan or a deadline ("áp dụng từ 6h sáng 1-1-2021").
fn names_its_year(d: &DateMention) -> bool {
    d.text
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4)
}

/// A stretch of a week and more ("cuối tháng 3": 21 to 31 March, "hồi
/// tháng 4"): more than a visit's or a meeting's days.
fn loose_period(d: &DateMention) -> bool {
    const LOOSE: i64 = 7;
    match (day_number(&d.value.start), day_number(&d.value.end)) {
        (Some(a), Some(b)) => b - a >= LOOSE,
        _ => false,
    }
}

/// "Sáng 15/1, A hội đàm với B. … (30/1/1950 - 30/1/2025) … Chiều cùng
/// ngày, A hội kiến C": "cùng ngày" (no number of its own) is the last
/// part of a day named with its number in the two sentences before ("Ông
/// Kim đến Việt Nam sáng 26-2 … Tối cùng ngày, …"; not a day inside a range,
/// an anniversary, nor a bare day told in passing: "tính đến 20/9", "vụ …
/// ngày 23/10/2019"); with none so near, the day the news is
/// told in: the last such day named at the head of an earlier sentence (at
/// most three words before it: "Sáng 11/8", "Trong ngày 13/7"). With
/// neither, the date stays as read. `None` when no date changes.
fn same_day_settled(
    text: &str,
    sentences: &[Sentence],
    dates: &[DateMention],
) -> Option<Vec<DateMention>> {
    const NEAR: u32 = 2;
    let same_day = |d: &DateMention| {
        let t = d.text.to_lowercase();
        t.contains(SAME_DAY) && !t.chars().any(|c| c.is_ascii_digit())
    };
    if !dates.iter().any(same_day) {
        return None;
    }
    let in_range = |d: &DateMention| {
        dates
            .iter()
            .any(|r| r.value.start != r.value.end && r.span.contains(d.span))
    };
    let numbered_day = |d: &DateMention| {
        d.value.start == d.value.end && d.text.chars().any(|c| c.is_ascii_digit()) && !in_range(d)
    };
    let heads = |d: &DateMention| {
        sentences.get(d.sentence as usize).is_some_and(|s| {
            text.get(s.span.start..d.span.start)
                .is_some_and(|before| before.split_whitespace().count() <= 3)
        })
    };
    let mut out = dates.to_vec();
    let mut changed = false;
    for d in out.iter_mut() {
        if !same_day(d) {
            continue;
        }
        let here = d.sentence;
        let before = || {
            dates
                .iter()
                .filter(move |b| b.sentence < here && numbered_day(b))
        };
        let near = before()
            .filter(|b| here - b.sentence <= NEAR && part_of_day(b))
            .max_by_key(|b| (b.sentence, b.span.start));
        let frame = near.or_else(|| {
            before()
                .filter(|b| heads(b))
                .max_by_key(|b| (b.sentence, b.span.start))
        });
        if let Some(f) = frame.filter(|f| f.value != d.value) {
            d.value = f.value.clone();
            changed = true;
        }
    }
    changed.then_some(out)
}

/// A day named with its part ("sáng 26-2", "Chiều 1/7"): the time of an
/// act told, not a cut-off or a date in passing.
fn part_of_day(d: &DateMention) -> bool {
    let t = d.text.to_lowercase();
    DAY_PARTS
        .iter()
        .any(|p| t.strip_prefix(p).is_some_and(|r| r.starts_with(' ')))
}

/// A stretch longer than a month ("cuối năm 2025", "năm 2022"): when
/// something else happened or was planned, never the day of an act.
fn vague(d: &DateMention) -> bool {
    match (day_number(&d.value.start), day_number(&d.value.end)) {
        (Some(a), Some(b)) => b - a > 31,
        _ => false,
    }
}

/// A month or so ("hồi tháng 7": 1 to 31 July): when something else was
/// told, never the day of an act told in a later sentence.
fn whole_month(d: &DateMention) -> bool {
    const MONTH_LIKE: i64 = 27;
    match (day_number(&d.value.start), day_number(&d.value.end)) {
        (Some(a), Some(b)) => b - a >= MONTH_LIKE,
        _ => false,
    }
}

/// The news is as late as the latest single day the article names (as a
/// day number), the "today" that history is measured back from.
fn latest_day(dates: &[DateMention]) -> Option<i64> {
    dates
        .iter()
        .filter(|d| d.value.start == d.value.end)
        .filter_map(|d| day_number(&d.value.start))
        .max()
}

/// Is the date told right after a word restating the date before it
/// (`RESTATING`: "…, tức rạng sáng 26/9 theo giờ Việt Nam")?
fn restated(text: &str, d: &DateMention) -> bool {
    // Only the words right before the date matter: lower-case a short tail,
    // not the whole text before it (this runs for every date).
    let before = text.get(..d.span.start).unwrap_or("").trim_end();
    let mut from = before.len().saturating_sub(RESTATED_WINDOW);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let before = lower(&before[from..]);
    RESTATING.iter().any(|w| {
        before.ends_with(w)
            && before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Bytes before a date searched for a restating word ("tức"): longer than
/// any row of `restating.txt` and the character before it.
const RESTATED_WINDOW: usize = 64;

/// How long before the news' day a visit or meeting dated by a month or a
/// past year ended, to be history retold.
const HISTORY_MARGIN: i64 = 30;

/// "kết quả chuyến thăm Trung Quốc của Tổng Bí thư hồi tháng 8",
/// "chuyến thăm … tới Hà Nội tháng 9/2023 là dấu mốc lịch sử", "Lần gần
/// nhất ông Trump đến Việt Nam là tháng 2/2019", "tuyên bố kết thúc đàm
/// phán ngày 2/12/2015": a visit or meeting (not one planned) dated by a
/// month, a loose period or a day written with its year, of its own
/// sentence, that ended well before the news' day (its first day told),
/// is history retold, not news.
fn met_in_the_past(e: &Event, dates: &[DateMention]) -> bool {
    let (Some(day), true) = (
        e.date.as_deref(),
        e.code.starts_with("04") && e.code != "036",
    ) else {
        return false;
    };
    let Some(news) = lead_date(dates, usize::MAX).and_then(|d| day_number(&d)) else {
        return false;
    };
    dates.iter().any(|d| {
        d.sentence == e.sentence
            && d.value.start == day
            && (whole_month(d) || loose_period(d) || names_its_year(d))
            && day_number(&d.value.end).is_some_and(|end| end + HISTORY_MARGIN < news)
    })
}

/// Days since 1970-01-01 of a "YYYY-MM-DD" date (civil calendar).
fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Is a signing told with a stretch of time before the article's day
/// right after it ("chứng kiến lễ ký kết … vào cuối năm 2025", "(ký năm
/// 2022)")? A signing of long ago, retold: no signing of the news.
fn signed_long_before(
    dates: &[DateMention],
    sentence: usize,
    trigger: Span,
    st: &SyllableText,
) -> bool {
    let Some(today) = lead_date(dates, sentence).and_then(|d| day_number(&d)) else {
        return false;
    };
    let after = st.syllable_from(trigger.end);
    dates.iter().any(|d| {
        d.sentence as usize == sentence
            && d.span.start >= trigger.end
            && st.syllable_from(d.span.start) <= after + PAST_SIGNING_REACH
            && vague(d)
            && day_number(&d.value.end).is_some_and(|end| end < today)
    })
}

/// Does the signing's own sentence name a year long before the news ("ngày
/// 18/7/1977, hai nước đã ký Hiệp ước …", "vào ngày 5/9/1962, sau khi Hiệp
/// định Geneva về Lào được kí kết")? History retold, not a signing now.
fn signed_in_a_past_year(dates: &[DateMention], sentence: usize) -> bool {
    const LONG_BEFORE: i64 = 2 * 365;
    let Some(today) = latest_day(dates) else {
        return false;
    };
    let names_year = |text: &str| {
        text.split(|c: char| !c.is_ascii_digit())
            .any(|w| w.len() == 4)
    };
    dates.iter().any(|d| {
        d.sentence as usize == sentence
            && names_year(&d.text)
            && day_number(&d.value.end).is_some_and(|end| end + LONG_BEFORE < today)
    })
}

/// Relations dated a year or more before the article's day ("thiết lập
/// quan hệ ngoại giao ngày 29/6/1992", "… năm 1992") are history retold,
/// not relations set up in the news.
fn established_long_before(
    dates: &[DateMention],
    sentence: usize,
    trigger: Span,
    st: &SyllableText,
) -> bool {
    const DAYS_A_YEAR: i64 = 365;
    let Some(today) = latest_day(dates) else {
        return false;
    };
    let after = st.syllable_from(trigger.end);
    dates.iter().any(|d| {
        d.sentence as usize == sentence
            && d.span.start >= trigger.end
            && st.syllable_from(d.span.start) <= after + PAST_SIGNING_REACH
            && day_number(&d.value.end).is_some_and(|end| end + DAYS_A_YEAR < today)
    })
}

/// Is relations' establishment told as history by its sentence: a year
/// before the news named anywhere in it, as a date or bare ("Việt Nam và
/// Trung Quốc thiết lập quan hệ ngoại giao ngày 18/1/1950.", "… thiết lập
/// quan hệ ngoại giao năm 1993.", "kể từ năm 1993, khi hai nước thiết lập
/// …"), or the years since counted before it ("hôm nay tròn 50 năm hai
/// nước thiết lập quan hệ ngoại giao")? The news is as late as the latest
/// day any date of the article reaches (a visit's range too).
fn established_in_history(
    dates: &[DateMention],
    sentence: usize,
    st: &SyllableText,
    first: usize,
) -> bool {
    let Some(news) = dates
        .iter()
        .filter(|d| !vague(d))
        .filter_map(|d| day_number(&d.value.end))
        .max()
    else {
        return false;
    };
    let news_year = dates
        .iter()
        .filter_map(|d| d.value.end.get(..4)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    let dated_before = dates.iter().any(|d| {
        d.sentence as usize == sentence
            && d.text
                .split(|c: char| !c.is_ascii_digit())
                .any(|w| w.len() == 4)
            && day_number(&d.value.end).is_some_and(|end| end + 365 < news)
    });
    let word = |k: usize| st.key_of(k, k + 1).trim_end_matches("| ").trim_end();
    let bare_year = (1..st.syllables.len()).any(|k| {
        word(k - 1) == YEAR
            && word(k)
                .parse::<u32>()
                .is_ok_and(|y| (1900..news_year).contains(&y))
    });
    let counted = (0..first.saturating_sub(1)).any(|k| {
        word(k + 1) == YEAR && !word(k).is_empty() && word(k).chars().all(|c| c.is_ascii_digit())
    });
    dated_before || bare_year || counted
}

/// Does the sentence name, before the phrase at `trigger`, a day a year or
/// more before the article's latest day ("Năm 2023, hai nước nâng cấp quan
/// hệ …" in a report of 2025)?
fn dated_long_before(dates: &[DateMention], sentence: usize, trigger: Span) -> bool {
    const DAYS_A_YEAR: i64 = 365;
    let Some(today) = latest_day(dates) else {
        return false;
    };
    dates.iter().any(|d| {
        d.sentence as usize == sentence
            && d.span.end <= trigger.start
            && day_number(&d.value.end).is_some_and(|end| end + DAYS_A_YEAR < today)
    })
}

/// How far after "nâng cấp quan hệ" the "lên" of the framework reached may
/// stand ("nâng cấp quan hệ hai nước lên", "… quan hệ Việt Nam - Brazil lên").
const RAISED_TO_REACH: usize = 8;

/// Does "lên" follow syllable `end` within `RAISED_TO_REACH` (past the dash
/// of a pair's name)?
fn raised_to(st: &SyllableText, end: usize) -> bool {
    (end..st.syllables.len().min(end + RAISED_TO_REACH)).any(|k| st.key_of(k, k + 1) == UP_TO_KEY)
}

/// Does the sentence name a year before the article's latest day's year
/// ("năm 2014") before syllable `first` ("Năm 2016, Thủ tướng Ấn Độ
/// Narendra Modi thăm Việt Nam và hai nước nâng cấp quan hệ …")? A bare
/// year is no date mention of its own.
fn past_year_before(st: &SyllableText, first: usize, dates: &[DateMention]) -> bool {
    let Some(today) = dates
        .iter()
        .filter_map(|d| d.value.end.get(..4)?.parse::<u32>().ok())
        .max()
    else {
        return false;
    };
    (1..first).any(|k| {
        st.key_of(k - 1, k) == YEAR_KEY
            && st
                .key_of(k, k + 1)
                .trim_end_matches([' ', '|'])
                .parse::<u32>()
                .is_ok_and(|y| (1900..today).contains(&y))
    })
}

/// How far after a signing phrase its date may stand.
const PAST_SIGNING_REACH: usize = 10;

/// The first place the sentence introduces with "tại"/"ở".
pub(crate) fn location(actors: &[SentenceActor], entities: &[Entity]) -> Option<Place> {
    actors
        .iter()
        .find(|a| a.locative && a.is_place)
        .map(|a| Place {
            name: entities[a.entity].name.clone(),
            country: Some(a.country.clone()),
        })
}

/// A company's local arm named after its foreign parent ("Công ty TNHH LG
/// Display Việt Nam Hải Phòng" beside "LG Display" of Korea, "Amkor
/// Technology Việt Nam" beside "Tập đoàn Amkor Technology" of the US)
/// acts for the parent's country: what a province does with it, it does
/// with that country. A firm is such an arm when its name is another
/// company's name, written as the article writes it, and more words; the
/// parent is the longest such name. `None` when no firm is one.
fn parents_countries(entities: &[Entity]) -> Option<Vec<Entity>> {
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
enum BodyActors {
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
fn sentence_actors(
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
fn this_country_of_last_named(
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
fn add_quoted_speakers(text: &str, sentences: &[Sentence], actors: &mut [Vec<SentenceActor>]) {
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
const CUE_WINDOW: usize = 64;

/// The lower case of the first [`CUE_WINDOW`] bytes of `s` (whole chars).
fn head_lower(s: &str) -> String {
    let mut end = s.len().min(CUE_WINDOW);
    while !s.is_char_boundary(end) {
        end += 1;
    }
    lower(&s[..end])
}

/// The lower case of the last [`CUE_WINDOW`] bytes of `s` (whole chars).
fn tail_lower(s: &str) -> String {
    let mut start = s.len().saturating_sub(CUE_WINDOW);
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    lower(&s[start..])
}

/// The lower case of `s`, char by char through the fast Latin table (the
/// cues read are Vietnamese words: no Greek final sigma to mind).
fn lower(s: &str) -> String {
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
fn visitor_after(trigger: Span, a: &SentenceActor, st: &SyllableText) -> bool {
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

fn after_possessive_title(before: &str) -> bool {
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
fn is_attribution(before_lower: &str) -> bool {
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
fn reports_after(text: &str, end: usize) -> bool {
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
fn is_nationality(before_lower: &str) -> bool {
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
fn seized(before_lower: &str) -> bool {
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
const BRACKET_CLAUSE_WINDOW: usize = 192;

/// "TAND TP Hồ Chí Minh tuyên phạt bị cáo A (35 tuổi, quốc tịch Nigeria) và
/// bị cáo B (30 tuổi, quốc tịch Brazil)": a nationality inside the bracket
/// after a person's name belongs to the one the verb before the bracket
/// (`seizing.txt`) arrests or sentences. Earlier closed brackets are skipped,
/// so each person of a list is read; the clause ends at a comma outside them.
fn seized_in_bracket(raw: &str, credit: &str, clause_tail: &str) -> bool {
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
fn in_photo_credit(before_lower: &str) -> bool {
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
fn focal_pair(entities: &[Entity], bodies: &Bodies) -> Option<(String, String)> {
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
fn person_named_after<'a>(
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
fn pronoun_subject<'a>(
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
fn pronoun_before(st: &SyllableText, first: usize) -> bool {
    let end = before_aspect(st, first);
    // A clause mark inside or after the words keeps them out of the key
    // compared ("họ | " is no subject of the verb).
    (1..=2.min(end)).any(|n| PRONOUNS.contains(&st.key_of(end - n, end)))
}

fn side(a: &SentenceActor) -> Side {
    Side {
        entity: Some(a.entity),
        country: a.country.clone(),
        igo: a.igo,
    }
}

/// What `resolve_sides` reads beside the actors: the pair phrases ("hai
/// bên"), Vietnam's own phrases (`home.tsv`), the country a disaster struck,
/// and the countries told meeting Vietnam so far in the article.
type Cues<'c> = (
    &'c [syllables::PhraseMatch],
    &'c [usize],
    Option<&'c str>,
    &'c [String],
);

/// Picks source and target for one trigger (see the crate doc, step 3).
fn resolve_sides(
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
const WITH_PARTNER_REACH: usize = 8;

#[allow(clippy::too_many_arguments)]
fn resolve_sides_as(
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
fn drilled_with<'a>(
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
fn opens_sentence(a: &SentenceActor, st: &SyllableText) -> bool {
    st.syllable_from(a.span.start) == 0 && a.is_place && !a.possessive && !a.origin && !a.paired
}

/// How many title words may stand between "do" and the doer it names
/// ("do lực lượng chức năng Campuchia trao trả").
const AGENT_TITLE: usize = 5;

/// "tiếp nhận 57 công dân do lực lượng chức năng A trao trả": the name
/// after "do", right before the verb, is its doer; the act is done to the
/// first other country named before "do" in the clause.
fn agent_of_do(
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
const CAUSEE_REACH: usize = 4;

/// "A bắt giữ …, khiến B đình chỉ quan hệ": the name right after a
/// causative, close before the verb in its clause, is the verb's doer.
fn caused_doer<'b, 'a>(
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
const PARTNER_REACH: usize = 10;

/// "A đã ký một hiệp ước với B, … gây lo ngại cho C, D": the partner of a
/// signing is the one named right after its "với"; third countries named
/// later in the sentence are not. Other acts keep all their objects.
fn signed_with<'a>(
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
fn severed_partner<'a>(
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

const BARE_TITLES_FILE: &str = include_str!("../../../data/events/bare_titles.tsv");

/// Titles that stand alone as a meeting's subject (`bare_titles.tsv`), as
/// syllable keys ("bộ trưởng ").
static BARE_TITLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    BARE_TITLES_FILE
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(rules::syllable_key)
        .collect()
});

/// How many sentences back the doer of a bare title's meeting may have
/// acted last.
const TITLED_REACH: usize = 8;

/// How far after the meeting verb the one met may be named.
const MET_REACH: usize = 12;

/// Congratulations that end their clause with no receiver after them: the
/// receiver is the one named in a clause opened by "nhân dịp" before them
/// ("Nhân dịp ông Lula đắc cử …, Chủ tịch nước Nguyễn Xuân Phúc đã gửi điện
/// chúc mừng."), else the receiver of the last praise told before
/// ("Miguel Díaz-Canel Bermúdez cũng gửi điện chúc mừng."); one from each
/// country named before the phrase ("Lãnh đạo nhiều nước, trong đó có
/// Tổng thống Mỹ Joe Biden, Tổng thống Pháp Emmanuel Macron và Chủ tịch
/// Trung Quốc Tập Cận Bình, đã gửi lời chúc mừng."), never from one to
/// another of them.
fn congratulated_sides(
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
fn titled_subject_sides(
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
fn envoy_posts(
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
const BETWEEN_REACH: usize = 4;

/// "cuộc tập trận chung giữa Nga, Iran và Trung Quốc": a joint act with
/// "giữa" right after it is between the first two countries listed there
/// (the rest of the list is read by `listed_together`).
fn between_sides(
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
const CO_DOER_GAP: usize = 16;

/// "Hội nghị … do Thủ tướng Lào A và Thủ tướng Trung Quốc B đồng chủ trì,
/// với sự tham dự của lãnh đạo Campuchia, Myanmar …": two doers of
/// different countries joined by "và" right before a mutual phrase act
/// together; those named after it (guests, places) are no side.
fn co_doers(
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
fn official_arrival(source: &Side, entities: &[Entity], st: &SyllableText, first: usize) -> bool {
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
const ARRIVAL_GAP: usize = 2;

/// "Bộ trưởng A đã tới thủ đô B": the visitor is the last name before the
/// verb in its clause, the visited the place named right after it.
fn arrival_sides(
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
fn reached_shape(st: &SyllableText, t: &Trigger, actors: &[SentenceActor]) -> bool {
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
fn reached_sides(
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
fn goes_to(st: &SyllableText, end: usize) -> bool {
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
fn led_sides(
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
const OPENING_REACH: usize = 4;

/// Is the meeting at `span` told with a frame word before it ("sau cuộc
/// hội đàm", "trong các cuộc gặp")?
fn framed_meeting(st: &SyllableText, span: Span) -> bool {
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
const COUNTED: &str = "@counted";

/// How many phrases naming no one ("Tiếp đó,", "Chiều 16/4,") may stand
/// before a sentence's opening meeting phrase.
const FRAME_PREAMBLE: usize = 2;

/// "Gặp Tổng thống A, Chủ tịch nước B đề nghị …", "Tiếp đó, tại cuộc gặp
/// Thủ tướng A, Chủ tịch nước cảm ơn …": the sentence's first phrase naming
/// anyone (a place after "tại" aside), when it opens with a meeting frame
/// (`OPENING_FRAMES`) and someone is named after its comma, the main
/// clause's subject. Its bytes, up to the comma.
fn opening_frame(st: &SyllableText, actors: &[SentenceActor]) -> Option<Span> {
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
fn met_partner(
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
const SCENE_REACH: usize = 5;

/// Does the trigger at syllable `first` stand in a phrase that opens with a
/// meeting frame ("Trưa 13/10, tại trụ sở Chính phủ, ngay sau khi tiến
/// hành hội đàm, …") and ends at a comma?
fn scene_phrase(st: &SyllableText, first: usize) -> bool {
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
fn talks_opening(
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
const OWNER_REACH: usize = 4;

/// "lệnh trừng phạt của Mỹ nhằm vào Nga", "Khoản viện trợ của Hàn Quốc …
/// tại miền Bắc Việt Nam": the owner named right after the noun's "của" is
/// the doer; the target is the next other country named after it, else the
/// nearest other one before the noun ("Việt Nam tiếp nhận viện trợ của
/// Nhật Bản").
fn owned_sides(
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
fn aid_from_to(trigger: Span, actors: &[SentenceActor], st: &SyllableText) -> Option<(Side, Side)> {
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
fn passive_host(trigger: Span, left: &[&SentenceActor], st: &SyllableText) -> Option<(Side, Side)> {
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
fn co_owners(
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
fn declared_sides(trigger: Span, actors: &[SentenceActor]) -> Option<(Side, Side)> {
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
const RELATIVE_REACH: usize = 1;

/// "các biện pháp trừng phạt mà Mỹ đưa ra": a name right after "mà"
/// following the phrase is its doer; the act is done to the nearest other
/// country named before the phrase (the one who speaks of it).
fn relative_doer(
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
fn unnamed_partner(
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

fn home_target(trigger: Span, st: &SyllableText, home: &[usize], doer: &str) -> Option<Side> {
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
fn relation_intent(
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
fn appeal_going_on(
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
fn objectless_protest<'a>(
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
fn listed_partners(
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
const MEDIATE: &str = "045";

/// Does the clause of the phrase at syllable `first` open with a word of
/// time ("sau khi"), between its start and the phrase?
fn subordinate_clause(st: &SyllableText, first: usize) -> bool {
    let start = (1..=first).rev().find(|&i| st.punct_before(i)).unwrap_or(0);
    (start..first).any(|k| st.phrase_at(k, first, &TIME_CLAUSES))
}

/// Is the target named right after "giữa" ("sẵn sàng làm trung gian giữa
/// Nga và Ukraine")? Then the two are the pair a promise stands between,
/// not a list of its targets.
fn target_after_between(target: &Side, actors: &[SentenceActor], st: &SyllableText) -> bool {
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
fn listed_sources(
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
    let others: Vec<usize> = verb_starts
        .iter()
        .copied()
        .filter(|v| !own.contains(v))
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
fn listed_together(
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
const PAIRED_DOER_REACH: usize = 4;

/// "Mỹ-Israel mở các cuộc không kích nhằm vào Iran": the source named as
/// one side of "A-B" right before the verb acts with the other side.
fn paired_doer(
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
fn one_side_per_new_country(
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

/// The names joined to `head`'s mention by commas and "và" with at most a
/// title between them, in order, and the last mention of the run (the head
/// itself when nothing is joined). A title chain ("Tổng thống Hàn Quốc Lee
/// Jae Myung") goes on within one country; other punctuation or a longer
/// gap ends the run, and so does an item followed by a verb of its own.
fn list_run<'a>(
    head: &Side,
    mentions: &[&'a SentenceActor],
    st: &SyllableText,
    text: &str,
    verb_starts: &[usize],
) -> (Vec<&'a SentenceActor>, Option<&'a SentenceActor>) {
    let Some(entity) = head.entity else {
        return (Vec::new(), None);
    };
    let Some(start) = mentions.iter().position(|a| a.entity == entity) else {
        return (Vec::new(), None);
    };
    let mut out = Vec::new();
    let mut prev = mentions[start];
    for &next in &mentions[start + 1..] {
        let Some(joined) = list_link(prev, next, text) else {
            break;
        };
        if !joined && next.country != prev.country {
            break;
        }
        if joined && !ends_item(next, mentions, st, verb_starts) {
            break; // "Venezuela gặp Mỹ, Bồ Đào Nha gặp Uruguay": a new clause
        }
        prev = next;
        if joined {
            out.push(next);
        }
    }
    (out, Some(prev))
}

/// How many words a title between two listed names may have ("Cộng hòa
/// Hồi giáo", "Cộng hòa Dân chủ Nhân dân").
const MAX_TITLE: usize = 6;

/// How the text between two mentions links them in a list: `Some(true)`
/// joined by a comma or "và", `Some(false)` one title chain going on, `None`
/// no list (other punctuation, a longer gap). One item the recogniser did
/// not know may stand between ("…, Cộng hòa Thống nhất Tanazania, …"): each
/// comma-separated piece is title-long at most.
fn list_link(prev: &SentenceActor, next: &SentenceActor, text: &str) -> Option<bool> {
    const MAX_PIECES: usize = 3;
    const MAX_FULL_NAME: usize = 12;
    let gap = text.get(prev.span.end..next.span.start)?;
    // "…, Các Tiểu vương quốc Arab thống nhất (UAE), Bahrain và Ai Cập": the
    // bracket that closes a short name goes with it, the list goes on. Not
    // a list of things each with its country in brackets ("Marsh (Mỹ),
    // OPTrust (Canada)"): those countries are no list of names.
    let bracketed = |m: &SentenceActor| {
        text.get(..m.span.start)
            .is_some_and(|b| b.trim_end().ends_with('('))
    };
    let gap = match gap.strip_prefix(')') {
        Some(rest) if bracketed(prev) && !bracketed(next) => rest,
        _ => gap,
    };
    // "Qatar và Tổng thống Các Tiểu vương quốc Ả-rập thống nhất (UAE)": the
    // next item's full name, unknown to the recogniser, stands before its
    // short name in brackets; the link is what comes before that name.
    if let Some(open) = gap.trim_end().strip_suffix('(') {
        let cut = open
            .rfind(',')
            .into_iter()
            .chain(open.rfind(AND_SP))
            .max()?;
        let name = open[cut..]
            .trim_start_matches(',')
            .trim_start()
            .trim_start_matches(AND_KEY);
        let link = &open[..cut];
        let named = name.split_whitespace().count() <= MAX_FULL_NAME
            && name.chars().next().is_some_and(char::is_uppercase)
            && !name.contains([',', ';', '.', '(', ')']);
        if named && link.trim().is_empty() {
            return Some(true);
        }
        return None;
    }
    let plain = gap
        .chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || c == ',');
    let pieces: Vec<&str> = gap.split(',').collect();
    // the "và" that links the next item and the "(của) các nước" that opens
    // a list of countries are no words of a title ("…, Chile và Đại sứ kiêm
    // nhiệm của các nước Latvia, …")
    let short = pieces.iter().all(|p| {
        let p = p.trim();
        let p = p.strip_prefix(AND_KEY).unwrap_or(p);
        let p = COUNTRIES_LIST
            .iter()
            .find_map(|w| p.strip_suffix(w))
            .unwrap_or(p);
        p.split_whitespace().count() <= MAX_TITLE
    });
    // A piece between two commas is an unknown name, capitalised: not
    // "…, đồng thời, …".
    let inner_named = pieces.len() < 3
        || pieces[1..pieces.len() - 1].iter().all(|p| {
            p.trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        });
    // "Tổng thống Nga Putin tại Budapest, Hungary": a place the act was
    // at ends the list; the country after it is that place's, no partner.
    let padded = format!(" {} ", gap.trim().to_lowercase());
    let locative = LOCATIVE_PADDED.iter().any(|w| padded.contains(w));
    if !plain || !short || !inner_named || locative || pieces.len() > MAX_PIECES {
        return None;
    }
    // "Mỹ cùng Anh và Pháp đã không kích …": a bare "cùng" joins doers too.
    let joined =
        gap.contains(',') || format!(" {} ", gap.trim()).contains(AND_SP) || gap.trim() == ALONG;
    // "… tới Saudi Arabia kể từ khi Riyadh cùng UAE …": a word that opens a
    // clause ("khi", "đã") is no part of a title chain.
    if !joined && gap.split_whitespace().any(|w| CLAUSE_WORDS.contains(&w)) {
        return None;
    }
    Some(joined)
}

/// The first name of the list `item` ends ("Liên bang Nga, …, Cộng hòa
/// Serbia"): walked back through comma- or "và"-joined names of one kind
/// (places with places, people with people: "tại Jakarta, Indonesia, Bộ
/// trưởng X" is a place, then a person). The walk stops at a name that
/// is the object of a verb just before it ("Bồ Đào Nha gặp Uruguay, Ý gặp
/// …"); a list of where people came from ("từ Pháp, Đức, Ý") is no list
/// of doers: the item alone, but for an arrival (`arrival`: "các phái
/// đoàn từ Mỹ, Qatar và Israel đã tới Cairo": each delegation arrives).
fn list_head(
    item: &Side,
    mentions: &[&SentenceActor],
    st: &SyllableText,
    text: &str,
    verb_ends: &[usize],
    arrival: bool,
) -> Side {
    const OBJECT_REACH: usize = 3;
    let Some(mut at) = mentions.iter().position(|a| Some(a.entity) == item.entity) else {
        return item.clone();
    };
    let mut head = item.clone();
    let kind = mentions[at].is_person;
    // Names joined (to the item's) and whether "và" joined any: two
    // bodies or places with a comma alone between ("Theo AFP, Thượng viện
    // Mỹ …") are no list.
    let (mut joined, mut and) = (0usize, false);
    let object = |a: &SentenceActor| {
        let first = st.syllable_from(a.span.start);
        verb_ends.iter().any(|&end| {
            end <= first
                && first - end <= OBJECT_REACH
                && !(end..=first).any(|k| k > end && st.punct_before(k))
        })
    };
    while at > 0 {
        let (prev, next) = (mentions[at - 1], mentions[at]);
        if next.origin && !arrival {
            return item.clone();
        }
        match list_link(prev, next, text) {
            Some(true) if prev.is_person == kind && object(prev) => break,
            Some(true) if prev.is_person == kind => {
                head = side(prev);
                joined += 1;
                and |= text
                    .get(prev.span.end..next.span.start)
                    .is_some_and(|gap| format!(" {} ", gap.trim()).contains(AND_SP));
            }
            Some(false) if prev.country == next.country => {}
            _ => break,
        }
        at -= 1;
    }
    // "Malaysia, Singapore và Hàn Quốc": the "và" that closes the list may
    // come after the item.
    let closed = || {
        mentions
            .iter()
            .position(|a| Some(a.entity) == item.entity)
            .and_then(|i| Some((mentions[i], *mentions.get(i + 1)?)))
            .is_some_and(|(this, next)| {
                list_link(this, next, text) == Some(true)
                    && text
                        .get(this.span.end..next.span.start)
                        .is_some_and(|gap| gap.trim() == AND)
            })
    };
    if (mentions[at].origin && !arrival) || (joined == 1 && !and && !kind && !closed()) {
        return item.clone();
    }
    head
}

/// Does a list item end after this mention (and the name its title chain
/// leads to), not at a verb of its own ("Bồ Đào Nha gặp Uruguay": the
/// subject of a new clause)? `verb_starts`: where the sentence's triggers
/// begin.
fn ends_item(
    item: &SentenceActor,
    mentions: &[&SentenceActor],
    st: &SyllableText,
    verb_starts: &[usize],
) -> bool {
    let mut end = item.span.end;
    // "Thủ tướng Úc Anthony Albanese": the item runs on to the person.
    let after: Vec<&&SentenceActor> = mentions
        .iter()
        .filter(|m| m.span.start >= item.span.end)
        .collect();
    for m in after {
        if m.country == item.country && st.syllable_from(m.span.start) == st.syllable_from(end) {
            end = m.span.end;
        } else {
            break;
        }
    }
    // A verb after a comma opens a clause of the sentence's own subject
    // ("… tại A và B, tuyên bố …"), not the item's.
    let i = st.syllable_from(end);
    !verb_starts.contains(&i) || st.punct_before(i)
}

/// The lower-case key text between two article offsets, with spaces around.
fn text_between(st: &SyllableText, from: usize, to: usize) -> String {
    let i = st.syllable_from(from);
    let j = st.syllable_from(to);
    if i >= j {
        return " ".into();
    }
    format!(" {}", st.key_of(i, j))
}

/// How far after a happening's noun "giữa" and its date may stand.
const NOUN_REACH: usize = 8;

/// "cuộc điện đàm (rất thành công) ngày 14-8 giữa A với B": the noun of a
/// past happening with its own day and both sides after "giữa". Without
/// the day or "giữa" the noun is no happening of its own.
fn dated_noun_between(
    st: &SyllableText,
    first: usize,
    end: usize,
    actors: &[SentenceActor],
    dates: &[DateMention],
    sentence: usize,
) -> Option<(Side, Side, String)> {
    if first == 0 || st.key_of(first - 1, first) != EVENT_NOUN_KEY {
        return None;
    }
    let last = (end + NOUN_REACH).min(st.syllables.len());
    // (A date such as "14-8" holds punctuation: only the reach bounds it.)
    let between = (end..last).find(|&k| st.key_of(k, k + 1) == BETWEEN_KEY)?;
    let (from, to) = (st.span(first, end).end, st.syllables[between].span.start);
    let after = st.syllables[between].span.end;
    let mut right = actors.iter().filter(|a| a.span.start >= after && !a.igo);
    let a = right.next()?;
    let b = right.find(|b| b.country != a.country)?;
    // The day stands before "giữa", or right after the pair ("cuộc điện
    // đàm giữa A và B vào tối 24-11").
    let b_end = st.syllable_from(b.span.end);
    let day = dates
        .iter()
        .find(|d| d.sentence as usize == sentence && d.span.start >= from && d.span.end <= to)
        .or_else(|| {
            dates.iter().find(|d| {
                let at = st.syllable_from(d.span.start);
                d.sentence as usize == sentence
                    && d.span.start >= b.span.end
                    && at - b_end <= NOUN_REACH
                    && !(b_end + 1..=at).any(|k| st.punct_before(k))
            })
        })?;
    let joined = text_between(st, a.span.end, b.span.start);
    (joined.contains(WITH_SP) || joined.contains(AND_SP))
        .then(|| (side(a), side(b), day.value.start.clone()))
}

/// A sentence that names a happening again by its noun with a day of its
/// own ("Cuộc điện đàm diễn ra ngày 25-10") re-dates the event of that kind
/// told in the three sentences before, when that one had only the day of
/// a report ("Ngày 26-10, theo Đài NHK, …") and this day is earlier.
fn redate_recent(
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
fn accept_invitations(events: &mut Vec<Event>, texts: &[SyllableText]) {
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

fn merge_key(e: &Event, texts: &[SyllableText], pledges: &[String]) -> (String, String, String) {
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
fn people(e: &Event) -> Option<[usize; 2]> {
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
fn talks_over_welcome(events: &mut Vec<Event>) {
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
fn other_people_met(kept: &Event, e: &Event, entities: &[Entity]) -> bool {
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
fn is_invitation(e: &Event, texts: &[SyllableText]) -> bool {
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
fn merge(
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
fn fold_undated_signings(mut events: Vec<Event>, dates: &[DateMention]) -> Vec<Event> {
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
const RELEASE_ROOT: &str = "084";

const STATEMENT_ROOTS: [&str; 2] = ["11", "12"];

/// "… đã lên án vụ phóng, cáo buộc hành động này vi phạm …": two verbs of
/// disapproval (or of rejection) in one sentence, between the same two
/// sides in the same order, tell one statement: the first is kept. (Acts of
/// other roots told together are distinct: a visit and the meeting held
/// during it, two strikes.)
fn one_act_per_root_and_sentence(events: Vec<Event>) -> Vec<Event> {
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

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
