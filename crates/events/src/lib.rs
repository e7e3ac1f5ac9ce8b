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
mod actors;
mod agreement_scope;
mod agreements;
mod bodies;
mod clauses;
mod dating;
mod deeds;
mod handover;
mod intent;
mod lists;
mod merge;
mod particles;
mod party_names;
mod phrase_list;
mod plover;
mod rules;
mod sides;
mod sports;
mod syllables;
mod words;
mod world;

pub(crate) use actors::*;
use bodies::Bodies;
pub(crate) use clauses::*;
pub(crate) use dating::*;
pub(crate) use lists::*;
pub(crate) use merge::*;
use particles::*;
pub use plover::{plover, PloverClass, PLOVER_TYPES};
use rules::{Frame, Modality, Rules, SportsCue};
pub(crate) use sides::*;
pub(crate) use sports::*;
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

/// What `resolve_sides` reads beside the actors: the pair phrases ("hai
/// bên"), Vietnam's own phrases (`home.tsv`), the country a disaster struck,
/// and the countries told meeting Vietnam so far in the article.
type Cues<'c> = (
    &'c [syllables::PhraseMatch],
    &'c [usize],
    Option<&'c str>,
    &'c [String],
);

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
