//! World cues (`data/events/world_cues.tsv`): once an article's events are
//! coded, parts of a sentence that make a name no side of the act told, and
//! verbs that stop the act they govern (session 14, from the world-news dev
//! sets without Vietnam).
//!
//! - An adjunct of backing ("…, với sự hỗ trợ của Mỹ, Anh, Pháp …") names
//!   who helped the main clause's doer: its names are no side of another
//!   act, and its support noun is no act of its own unless it is aid given
//!   by a name in it.
//! - A purpose of backing after a hostile act ("tấn công nhằm vào tàu
//!   thuyền …, tuyên bố hành động để ủng hộ người Palestine") is a motive
//!   claimed: no intent to support, and the one backed is not attacked.
//! - A halted cooperation ("Mỹ sẽ ngừng các cuộc tập trận chung với Hàn
//!   Quốc") is no cooperation; halted aid ("đình chỉ ngay lập tức mọi hoạt
//!   động hỗ trợ phát triển … cho Niger") is aid stopped (162).
//! - A pair named as one subject ("Hai nhà lãnh đạo lên án vụ phóng")
//!   judges, demands or appeals together: not one of them to the other.
//! - A "joint" drill held around a country ("tập trận chung … xung quanh
//!   đảo Đài Loan") is a show of force (150) at it.
//! - A country named as the place a visit went to ("Kết thúc chuyến thăm
//!   Triều Tiên, …") is no doer of a visit or a meeting.
//! - "Hai bên" in an article whose main relation is with an international
//!   body ("hai bên tuyên bố kết thúc đàm phán" of the EU's deal with
//!   Vietnam) is no pair with a country named less often than the body
//!   (Romania, which held the EU's chair and signed for it), unless the
//!   sentence itself names that country (a meeting on a summit's sidelines).
//! - A country whose rights an act violated ("vi phạm chủ quyền của Yemen")
//!   is no target of the judgment of that act.
//! - Session 17 (brief evw27, from set 53 and the 2017 bench): force halted
//!   ("dừng mọi hoạt động nổ súng và tấn công") is no force; force or a
//!   show of force told as a bare noun no verb carries out and no owner
//!   follows ("Đây là vụ tấn công hiếm thấy …") names no doer; force done
//!   by the one accused right before it ("sau khi cáo buộc New Delhi phóng
//!   tên lửa …") is a claim; names joined as one subject ("cả Mátxcơva và
//!   Bình Nhưỡng đều phủ nhận", "Paris và Berlin đã lên án") are no pair;
//!   an appeal to countries at large ("kêu gọi các nước …") or to a body of
//!   the asker's own country ("yêu cầu Lầu Năm Góc …") has no target
//!   abroad; an accusation told as a topic ("cuộc điều tra … về cáo buộc
//!   …") is none; a claim rejected through "điều (mà)" is a denial (016).
//! - Session 19 (brief evw29): a truce told as a noun ("Lệnh ngừng bắn
//!   giữa Armenia và Azerbaijan …") is a ceasefire (0871) only when the sentence
//!   says it took effect ("đã có hiệu lực").

use std::sync::LazyLock;
use thoisu_core::{Entity, Event, Sentence, Span};
use thoisu_normalise::chars;

use crate::phrase_list::{self, Split};

const CUES_TSV: &str = include_str!("../../../data/events/world_cues.tsv");

#[derive(Default)]
struct Cues {
    adjunct: Vec<Vec<String>>,
    purpose: Vec<Vec<String>>,
    backing: Vec<Vec<String>>,
    hostile: Vec<String>,
    halt: Vec<Vec<String>>,
    unhalt: Vec<Vec<String>>,
    filler: Vec<Vec<String>>,
    victim: Vec<Vec<String>>,
    pairsub: Vec<Vec<String>>,
    around: Vec<Vec<String>>,
    visited: Vec<Vec<String>>,
    spot: Vec<Vec<String>>,
    mutual: Vec<Vec<String>>,
    against: Vec<String>,
    examples: Vec<Vec<String>>,
    document: Vec<Vec<String>>,
    rival: Vec<Vec<String>>,
    apposition: Vec<Vec<String>>,
    claim: Vec<Vec<String>>,
    judged: Vec<Vec<String>>,
    coordinated: Vec<Vec<String>>,
    inward: Vec<Vec<String>>,
    outward: Vec<Vec<String>>,
    cosub: Vec<Vec<String>>,
    cojoin: Vec<Vec<String>>,
    cosub_codes: Vec<String>,
    forcenoun: Vec<Vec<String>>,
    carry: Vec<Vec<String>>,
    carryon: Vec<Vec<String>>,
    count: Vec<Vec<String>>,
    forcecode: Vec<String>,
    relclaim: Vec<Vec<String>>,
    cosub_lead: Vec<Vec<String>>,
    topic: Vec<Vec<String>>,
    topic_codes: Vec<String>,
    examples_after: Vec<Vec<String>>,
    asked: Vec<String>,
    eachway: Vec<String>,
    truce: Vec<Vec<String>>,
    inforce: Vec<Vec<String>>,
    warn: Vec<Vec<String>>,
    unaddressed: Vec<Vec<String>>,
    option: Vec<Vec<String>>,
    charge: Vec<Vec<String>>,
    trade: Vec<Vec<String>>,
    gobetween: Vec<Vec<String>>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| parse(CUES_TSV));

fn parse(file: &'static str) -> Cues {
    let mut f = phrase_list::load(
        "world_cues.tsv",
        file,
        &[
            "adjunct",
            "purpose",
            "backing",
            "halt",
            "unhalt",
            "filler",
            "victim",
            "pairsub",
            "around",
            "visited",
            "spot",
            "mutual",
            "examples",
            "document",
            "rival",
            "apposition",
            "claim",
            "judged",
            "coordinated",
            "inward",
            "outward",
            "exafter",
            "cosub",
            "cojoin",
            "forcenoun",
            "carry",
            "carryon",
            "count",
            "relclaim",
            "colead",
            "topic",
            "truce",
            "inforce",
            "warn",
            "unaddressed",
            "option",
            "charge",
            "trade",
            "gobetween",
        ],
        &[
            "againsts",
            "hostile",
            "asked",
            "cosubcode",
            "forcecode",
            "topiccode",
            "eachway",
        ],
        Split::Whitespace,
    );
    let owned = |rows: Vec<&str>| rows.into_iter().map(str::to_string).collect();
    Cues {
        // Longest first where a phrase may hold a shorter one.
        adjunct: f.longest_first("adjunct"),
        purpose: f.take("purpose"),
        backing: f.longest_first("backing"),
        hostile: owned(f.raw("hostile")),
        halt: f.longest_first("halt"),
        unhalt: f.longest_first("unhalt"),
        filler: f.longest_first("filler"),
        victim: f.longest_first("victim"),
        pairsub: f.take("pairsub"),
        around: f.longest_first("around"),
        visited: f.longest_first("visited"),
        spot: f.longest_first("spot"),
        mutual: f.take("mutual"),
        against: owned(f.raw("againsts")),
        examples: f.longest_first("examples"),
        document: f.longest_first("document"),
        rival: f.longest_first("rival"),
        apposition: f.longest_first("apposition"),
        claim: f.longest_first("claim"),
        judged: f.longest_first("judged"),
        coordinated: f.longest_first("coordinated"),
        inward: f.longest_first("inward"),
        outward: f.longest_first("outward"),
        examples_after: f.longest_first("exafter"),
        cosub: f.longest_first("cosub"),
        cojoin: f.longest_first("cojoin"),
        cosub_codes: owned(f.raw("cosubcode")),
        forcenoun: f.longest_first("forcenoun"),
        carry: f.longest_first("carry"),
        carryon: f.longest_first("carryon"),
        count: f.longest_first("count"),
        forcecode: owned(f.raw("forcecode")),
        relclaim: f.longest_first("relclaim"),
        cosub_lead: f.longest_first("colead"),
        topic: f.longest_first("topic"),
        topic_codes: owned(f.raw("topiccode")),
        asked: owned(f.raw("asked")),
        eachway: owned(f.raw("eachway")),
        truce: f.longest_first("truce"),
        inforce: f.longest_first("inforce"),
        warn: f.longest_first("warn"),
        unaddressed: f.longest_first("unaddressed"),
        option: f.longest_first("option"),
        charge: f.longest_first("charge"),
        trade: f.longest_first("trade"),
        gobetween: f.longest_first("gobetween"),
    }
}

/// Does a mediation phrase's syllable key ("dưới sự trung gian của ")
/// tell a go-between's role (`gobetween` in world_cues.tsv), so that a
/// sentence naming no side has the article's two main countries as sides?
pub(crate) fn go_between(phrase_key: &str) -> bool {
    CUES.gobetween.iter().any(|words| {
        phrase_key
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(words.len())
            .any(|w| w.iter().zip(words).all(|(a, b)| *a == b.as_str()))
    })
}

/// A word of a sentence (lower case) or a punctuation mark, with its byte
/// span in the text.
pub(crate) struct Token {
    pub(crate) word: String,
    pub(crate) span: Span,
    pub(crate) punct: bool,
}

pub(crate) fn tokens(text: &str, s: Span) -> Vec<Token> {
    let mut out = Vec::new();
    let Some(body) = text.get(s.start..s.end) else {
        return out;
    };
    let mut word_start: Option<usize> = None;
    let flush = |out: &mut Vec<Token>, from: usize, to: usize| {
        let mut word = String::new();
        body[from..to]
            .chars()
            .for_each(|c| chars::push_lowercase(&mut word, c));
        out.push(Token {
            word,
            span: Span::new(s.start + from, s.start + to),
            punct: false,
        });
    };
    for (i, c) in body.char_indices() {
        if chars::is_alphanumeric(c) {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(from) = word_start.take() {
            flush(&mut out, from, i);
        }
        if !c.is_whitespace() {
            out.push(Token {
                word: c.to_string(),
                span: Span::new(s.start + i, s.start + i + c.len_utf8()),
                punct: true,
            });
        }
    }
    if let Some(from) = word_start {
        flush(&mut out, from, body.len());
    }
    out
}

/// Does the phrase `p` stand at token `k`?
pub(crate) fn at(tokens: &[Token], k: usize, p: &[String]) -> bool {
    !p.is_empty()
        && k + p.len() <= tokens.len()
        && tokens[k..k + p.len()]
            .iter()
            .zip(p)
            .all(|(t, w)| !t.punct && t.word == *w)
}

/// The length of the first phrase of `list` standing at token `k`.
fn phrase_at(tokens: &[Token], k: usize, list: &[Vec<String>]) -> Option<usize> {
    list.iter().find(|p| at(tokens, k, p)).map(Vec::len)
}

/// The length of the first phrase of `list` that ends right before token
/// `k`.
fn phrase_before(tokens: &[Token], k: usize, list: &[Vec<String>]) -> Option<usize> {
    list.iter()
        .find(|p| p.len() <= k && at(tokens, k - p.len(), p))
        .map(Vec::len)
}

/// The index of the first token starting at or after byte `at`.
fn token_from(tokens: &[Token], at: usize) -> usize {
    tokens
        .iter()
        .position(|t| t.span.start >= at)
        .unwrap_or(tokens.len())
}

/// The clause from token `k` on: up to the next punctuation mark.
fn clause_end(tokens: &[Token], k: usize) -> usize {
    (k..tokens.len())
        .find(|&i| tokens[i].punct)
        .unwrap_or(tokens.len())
}

/// How far before a force noun its carrying verb may stand ("tiến hành 38
/// cuộc không kích").
const CARRY_REACH: usize = 5;
/// How many words after a force noun its owner may follow ("vụ tấn công
/// tên lửa của Iran").
const OWNER_REACH: usize = 4;

/// Is the force phrase at token `first` a noun (a `forcenoun` right before
/// it: "vụ", "các cuộc") that no `carry` verb in its clause carries out
/// ("Mỹ đã tiến hành 38 cuộc không kích") and whose doer is not named as
/// its owner after it ("vụ tấn công tên lửa của Iran")?
fn bare_force_noun(toks: &[Token], first: usize, sources: &[Span], cues: &Cues) -> bool {
    if phrase_before(toks, first, &cues.forcenoun).is_none() {
        return false;
    }
    let from = first.saturating_sub(CARRY_REACH);
    let carried = (from..first).any(|k| {
        phrase_at(toks, k, &cues.carry).is_some() && !toks[k..first].iter().any(|t| t.punct)
    });
    if carried || carried_right_before(toks, first, cues) {
        return false;
    }
    let end = clause_end(toks, first).min(first + OWNER_REACH + 2);
    let owned = (first + 1..end).any(|k| {
        toks[k].word == "của"
            && toks
                .get(k + 1)
                .is_some_and(|t| sources.iter().any(|m| m.start == t.span.start))
    });
    !owned
}

/// Is the force noun ending at token `first` ("các cuộc" before "không
/// kích") the object of a `carry` or `carryon` verb that stands right
/// before it, with only `count` words or numbers between ("Nga tiến hành
/// một trong những cuộc tập kích lớn nhất", "Israel tiếp tục các cuộc không
/// kích")? A `carryon` verb ("tiếp tục") is an aspect word before most
/// verbs, so it carries the noun only from right there: "Mỹ tiếp tục lên án
/// các cuộc không kích" carries out nothing.
fn carried_right_before(toks: &[Token], first: usize, cues: &Cues) -> bool {
    let Some(noun) = phrase_before(toks, first, &cues.forcenoun) else {
        return false;
    };
    let mut k = first - noun;
    loop {
        if phrase_before(toks, k, &cues.carry).is_some()
            || phrase_before(toks, k, &cues.carryon).is_some()
        {
            return true;
        }
        if let Some(n) = phrase_before(toks, k, &cues.count) {
            k -= n;
        } else if k > 0 && toks[k - 1].word.chars().all(|c| c.is_ascii_digit()) {
            k -= 1;
        } else {
            return false;
        }
    }
}

/// Is the act at token `first` a warning (`warn`) followed right away by a
/// comma or by an `unaddressed` word ("cảnh báo, …", "cảnh báo cần …"):
/// a warning of what may happen, addressed to no one,
/// which threatens no one ("Seoul cảnh báo Bình Nhưỡng sẽ …" does)?
fn unaddressed_warning(toks: &[Token], first: usize, cues: &Cues) -> bool {
    let Some(n) = phrase_at(toks, first, &cues.warn) else {
        return false;
    };
    toks.get(first + n)
        .is_some_and(|t| t.punct && t.word == ",")
        || phrase_at(toks, first + n, &cues.unaddressed).is_some()
}

/// Does the clause of the act at token `first` go on, after it, to call
/// it an `option` ("là một lựa chọn", "là phương án cuối cùng")?
fn weighed_option(toks: &[Token], first: usize, cues: &Cues) -> bool {
    (first + 1..clause_end(toks, first)).any(|k| phrase_at(toks, k, &cues.option).is_some())
}

/// How many words may stand between a verb of accusing and the accused
/// doer of the act it claims ("cáo buộc tình báo hai nước Mỹ - Hàn Quốc").
const ACCUSED_REACH: usize = 6;

/// How many words may stand between two joined subjects' marker ("đều")
/// and the act ("đều đã lên tiếng phủ nhận").
const COSUB_REACH: usize = 4;

/// How many words of the later person's title may stand between the
/// joining word and the later name ("Ngoại trưởng Úc A và Đại sứ Nhật Bản
/// tại Philippines B cũng bày tỏ quan ngại").
const COSUB_TITLE: usize = 8;

/// Do a source and a target named before the act at token `first` stand
/// joined as one subject ("cả Mátxcơva và Bình Nhưỡng đều phủ nhận"): only
/// a `cojoin` word between them, a `cosub` word after the later one within
/// [`COSUB_REACH`] words of the act, no mark between, and no "nhau" (the
/// `mutual` words) in the act's clause?
fn co_subjects(
    toks: &[Token],
    first: usize,
    sources: &[Span],
    targets: &[Span],
    names: &[Span],
    cues: &Cues,
) -> bool {
    let Some(act) = toks.get(first).map(|t| t.span.start) else {
        return false;
    };
    let end = clause_end(toks, first);
    if (first..end).any(|k| phrase_at(toks, k, &cues.mutual).is_some()) {
        return false;
    }
    sources.iter().filter(|s| s.end <= act).any(|s| {
        targets.iter().filter(|t| t.end <= act).any(|t| {
            let (a, b) = if s.start < t.start { (s, t) } else { (t, s) };
            let a_end = token_from(toks, a.end);
            let b_start = token_from(toks, b.start);
            let b_end = token_from(toks, b.end);
            // Only joining words, commas and other names between them
            // ("Phần Lan, Thụy Điển, Pháp và Áo"), a joining word or a
            // comma right before the later one.
            let joiner = |k: usize| {
                toks[k].word == ","
                    || cues
                        .cojoin
                        .iter()
                        .any(|c| c.len() == 1 && c[0] == toks[k].word)
            };
            let in_name = |k: usize| {
                names
                    .iter()
                    .any(|m| m.start <= toks[k].span.start && toks[k].span.end <= m.end)
            };
            let joined = b_start > a_end
                && joiner(b_start - 1)
                && (a_end..b_start).all(|k| joiner(k) || in_name(k));
            // Or the later one is a person with a title of his own after
            // the joining word: "Ngoại trưởng Úc Mark Smith và Đại sứ Nhật
            // Bản tại Philippines Sato Kenji cũng bày tỏ quan ngại".
            let titled = || {
                let Some(j) = (a_end..b_start).find(|&k| !toks[k].punct && joiner(k)) else {
                    return false;
                };
                (a_end..j).all(|k| joiner(k) || in_name(k))
                    && b_start - j <= COSUB_TITLE + 1
                    && !toks[j + 1..b_start].iter().any(|t| t.punct)
            };
            let joined = joined || (b_start > a_end && titled());
            // "đều", "cùng" after them, or the act right after them ("Paris
            // và Berlin đã lên án …").
            let marked = (b_end..first).any(|k| {
                phrase_at(toks, k, &cues.cosub).is_some_and(|n| k + n + COSUB_REACH >= first)
            }) || first <= b_end + COSUB_REACH;
            joined && marked && !toks[b_end..first].iter().any(|t| t.punct)
        })
    })
}

/// Was the event read by a rule whose two sides act together ("Nga và
/// Ukraine trao đổi tù binh": a `mutual` row of verbs.tsv)? Joined subjects
/// of such an act are its two sides, not fellow doers.
fn mutual_rule(coder: &crate::Coder, rule: &str) -> bool {
    let id = rule.split('@').next().unwrap_or(rule);
    coder
        .rules
        .verbs
        .values
        .iter()
        .any(|r| r.id == id && r.frame == crate::rules::Frame::Mutual)
}

/// How many words a verb listed before "và" may have ("nổ súng và tấn công").
const LISTED_VERB: usize = 3;

/// Does a halt word stand before the act at token `first`, only fillers
/// between ("dừng mọi hoạt động nổ súng"), or before a verb listed before
/// it with "và" ("dừng mọi hoạt động nổ súng và tấn công")? Not when the
/// halt word opens a longer phrase that halts nothing ("không ngừng").
fn halted_at(toks: &[Token], first: usize, cues: &Cues) -> bool {
    let skip = |mut k: usize| {
        while let Some(n) = phrase_before(toks, k, &cues.filler) {
            k -= n;
        }
        k
    };
    let halted = |k: usize| {
        phrase_before(toks, k, &cues.halt).is_some_and(|n| {
            let start = k - n;
            !cues
                .unhalt
                .iter()
                .any(|p| (0..p.len()).any(|back| start >= back && at(toks, start - back, p)))
        })
    };
    let k = skip(first);
    if halted(k) {
        return true;
    }
    if k == 0 || toks[k - 1].word != "và" {
        return false;
    }
    (1..=LISTED_VERB).any(|len| {
        k > len + 1
            && !toks[k - 1 - len..k - 1].iter().any(|t| t.punct)
            && halted(skip(k - 1 - len))
    })
}

/// The mentions of an event's side in its sentence.
fn side_mentions(
    actor: &Option<thoisu_core::Actor>,
    sentence: u32,
    entities: &[Entity],
) -> Vec<Span> {
    actor
        .as_ref()
        .and_then(|a| a.entity)
        .and_then(|i| entities.get(i))
        .map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.sentence == sentence)
                .map(|m| m.span)
                .collect()
        })
        .unwrap_or_default()
}

/// The spans of the phrases of `list` in a sentence, each run on to the
/// next mark that lists no name after it ("với sự hỗ trợ của Mỹ, Anh, Pháp
/// và Jordan", "nhiều nước như Mỹ, Anh, Australia").
fn listed_spans(toks: &[Token], list: &[Vec<String>], name_starts: &[usize]) -> Vec<Span> {
    (0..toks.len())
        .filter_map(|k| {
            let n = phrase_at(toks, k, list)?;
            let mut end = clause_end(toks, k + n);
            while end + 1 < toks.len()
                && toks[end].word == ","
                && name_starts.contains(&toks[end + 1].span.start)
            {
                end = clause_end(toks, end + 1);
            }
            let last = toks.get(end.max(1) - 1)?;
            Some(Span::new(
                toks[k].span.start,
                last.span.end.max(toks[k].span.end),
            ))
        })
        .collect()
}

/// How many words may follow the aid halted before "và" and the next aid
/// listed ("hỗ trợ phát triển và hỗ trợ ngân sách").
const LISTED_AID: usize = 4;

/// How many words after the bodies asked ("các cơ quan chức năng") a
/// country may stand and still own them ("… chức năng Campuchia").
const INWARD_REACH: usize = 3;

/// Does `code` fall under one of `roots` ("12" holds "120" and "1211")?
fn has_root(code: &str, roots: &[String]) -> bool {
    roots.iter().any(|r| code.starts_with(r.as_str()))
}

/// Does sentence `sentence` name country `c` (a person's or body's country
/// too)? Asked only of the few "hai bên" events an article has.
fn names_in(entities: &[Entity], c: &str, sentence: u32) -> bool {
    entities.iter().any(|x| {
        x.country.as_deref() == Some(c) && x.mentions.iter().any(|m| m.sentence == sentence)
    })
}

/// How many words may stand between a trade restriction and the country
/// it is aimed at ("cấm xuất khẩu các khoáng sản gali, gecmani và antimon
/// sang Mỹ": nine).
const TRADE_REACH: usize = 12;

/// Is the event's target named after its trigger, within [`TRADE_REACH`]
/// words and no mark but commas between?
fn trade_target_near(toks: &[Token], e: &Event, entities: &[Entity]) -> bool {
    let end = token_from(toks, e.span.end);
    side_mentions(&e.target, e.sentence, entities)
        .iter()
        .any(|m| {
            let at = token_from(toks, m.start);
            m.start >= e.span.end
                && at - end <= TRADE_REACH
                && !toks[end..at].iter().any(|t| t.punct && t.word != ",")
        })
}

/// What becomes of an event.
enum Verdict {
    Keep,
    Drop,
    Recode(&'static str),
    /// The sides of another act: an accusation told as its charge.
    Sides(Option<thoisu_core::Actor>, Option<thoisu_core::Actor>),
}

/// Drops or recodes the events the world cues read otherwise (see the
/// module's comment). Signings are the agreements' to read.
pub(crate) fn settle(
    coder: &crate::Coder,
    events: &mut Vec<Event>,
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
) {
    let cues = &*CUES;
    let hostile = |code: &str| cues.hostile.iter().any(|h| code.starts_with(h.as_str()));
    // Where each sentence's hostile acts start.
    let hostile_at: Vec<(u32, usize)> = events
        .iter()
        .filter(|e| hostile(&e.code))
        .map(|e| (e.sentence, e.span.start))
        .collect();
    // Mentions of each country in the article, and of the most named
    // international body.
    let mut named: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for x in entities {
        if let Some(c) = x.country.as_deref() {
            *named.entry(c).or_default() += x.mentions.len();
        }
    }
    let body_named = entities
        .iter()
        .filter(|x| x.country.is_none() && x.actor_role.as_deref() == Some("IGO"))
        .map(|x| x.mentions.len())
        .max()
        .unwrap_or(0);
    // The countries met in each sentence ("Chiều qua, A đã gặp Chủ tịch
    // Quốc hội Campuchia B."): whom "hai bên" in the next sentence pairs.
    let met: Vec<(u32, &str)> = events
        .iter()
        .filter(|e| e.code.starts_with("04"))
        .flat_map(|e| {
            [&e.source, &e.target]
                .into_iter()
                .filter_map(|a| a.as_ref()?.country.as_deref())
                .map(move |c| (e.sentence, c))
        })
        .collect();
    let verdicts: Vec<Verdict> = events
        .iter()
        .map(|e| {
            let Some(sentence) = sentences.get(e.sentence as usize) else {
                return Verdict::Keep;
            };
            let toks = tokens(text, sentence.span);
            let first = token_from(&toks, e.span.start);
            // "Lệnh ngừng bắn giữa Armenia và Azerbaijan đã có hiệu lực": a truce
            // named as a noun is a ceasefire only when the sentence says it
            // took effect; a truce asked for, discussed or broken is none.
            if phrase_at(&toks, first, &cues.truce).is_some()
                && !(first..toks.len()).any(|k| phrase_at(&toks, k, &cues.inforce).is_some())
            {
                return Verdict::Drop;
            }
            // "cấm xuất khẩu các khoáng sản gali … sang Mỹ": a trade
            // restriction is aimed at the country the goods go to or come
            // from, named close after it; not at a name further on ("…
            // lệnh cấm nhập khẩu dầu mỏ, cấm hoạt động hàng không … các ngân
            // hàng Trung Quốc") nor at the addressee of a demand before it.
            if phrase_at(&toks, first, &cues.trade).is_some()
                && !trade_target_near(&toks, e, entities)
            {
                return Verdict::Drop;
            }
            // "bắt giữ ít nhất năm công dân Nhật Bản với cáo buộc gián
            // điệp": an accusation told as the charge of a hostile act
            // before it is made by that act's doer against its target; with
            // no such act, the names around it tell no accuser.
            if e.code.starts_with("11") && phrase_before(&toks, first, &cues.charge).is_some() {
                let charged = first.saturating_sub(1);
                let act = events
                    .iter()
                    .filter(|o| {
                        o.sentence == e.sentence
                            && o.span.end <= toks[charged].span.start
                            && (hostile(&o.code) || o.code.starts_with("16"))
                            && o.source.is_some()
                            && o.target.is_some()
                    })
                    .max_by_key(|o| o.span.end);
                return match act {
                    Some(o) => Verdict::Sides(o.source.clone(), o.target.clone()),
                    None => Verdict::Drop,
                };
            }
            let sources = side_mentions(&e.source, e.sentence, entities);
            let targets = side_mentions(&e.target, e.sentence, entities);
            // Where the sentence's names start.
            let name_spans: Vec<Span> = entities
                .iter()
                .flat_map(|x| &x.mentions)
                .filter(|m| m.sentence == e.sentence)
                .map(|m| m.span)
                .collect();
            let name_starts: Vec<usize> = name_spans.iter().map(|m| m.start).collect();
            // "đã ký hiệp định tương tự với nhiều nước như Mỹ, Anh,
            // Australia": countries named only as examples of many after
            // the act are no side of it (a signing too); before it they
            // are its doers ("Lãnh đạo nhiều nước như Ba Lan, Áo … gửi lời
            // chúc mừng").
            let examples: Vec<Span> = listed_spans(&toks, &cues.examples, &name_starts)
                .into_iter()
                .filter(|a| a.start > e.span.start)
                .collect();
            let among = |ms: &[Span]| {
                !ms.is_empty() && ms.iter().all(|m| examples.iter().any(|a| a.contains(*m)))
            };
            if among(&targets) || among(&sources) {
                return Verdict::Drop;
            }
            if e.code == "057" {
                return Verdict::Keep;
            }
            // "Tháng 12/2015, hai bên tuyên bố kết thúc đàm phán" in an
            // article on the EU's trade deal with Vietnam: the pair is
            // Vietnam and the body, named far more often than the country
            // that held the body's chair and signed for it (Romania), which
            // is no side of the pair.
            if sources.is_empty() && targets.is_empty() {
                let clause_start = (0..first)
                    .rev()
                    .find(|&i| toks[i].punct)
                    .map_or(0, |i| i + 1);
                let by_pair =
                    (clause_start..first).any(|k| phrase_at(&toks, k, &cues.pairsub).is_some());
                // A partner the sentence itself names ("gặp Thủ tướng Bỉ …;
                // hai bên nhất trí", on the sidelines of a summit whose body
                // the article names more) is the pair's, whatever the count;
                // so is one met in the sentence right before ("… đã gặp Chủ
                // tịch Quốc hội Campuchia. Hai bên nhất trí …").
                let minor = [&e.source, &e.target].iter().any(|a| {
                    a.as_ref()
                        .and_then(|a| a.country.as_deref())
                        .is_some_and(|c| {
                            named.get(c).copied().unwrap_or(0) < body_named
                                && !names_in(entities, c, e.sentence)
                                && !(e.sentence > 0 && met.contains(&(e.sentence - 1, c)))
                        })
                });
                if by_pair && minor {
                    return Verdict::Drop;
                }
            }
            // "Saudi Arabia, nước đang đàm phán hòa bình với Houthi, kêu gọi
            // kiềm chế": an apposition after a name describes it; an act
            // told inside is background, no act of the sentence.
            let appositive = (1..toks.len()).any(|k| {
                toks[k - 1].word == ","
                    && k >= 2
                    && entities
                        .iter()
                        .flat_map(|x| &x.mentions)
                        .any(|m| m.sentence == e.sentence && m.span.end == toks[k - 2].span.end)
                    && phrase_at(&toks, k, &cues.apposition).is_some_and(|n| {
                        let end = clause_end(&toks, k + n);
                        end < toks.len()
                            && toks[end].word == ","
                            && toks[k].span.start < e.span.start
                            && e.span.end <= toks[end].span.start
                    })
            });
            if appositive {
                return Verdict::Drop;
            }
            // "Seoul và Washington cáo buộc Bình Nhưỡng đã điều khoảng
            // 10.000 binh sĩ sang hỗ trợ Moscow": an act told as what the
            // accused did is no act of the accuser.
            // Where the last naming of the doer before the act ends.
            let last_source = sources
                .iter()
                .filter(|m| m.end <= e.span.start)
                .map(|m| m.end)
                .max();
            if !e.code.starts_with("11") {
                let claimed = last_source.is_some_and(|from| {
                    let a = token_from(&toks, from);
                    (a..first).any(|k| {
                        phrase_at(&toks, k, &cues.claim).is_some_and(|n| {
                            !toks[a..k].iter().any(|t| t.punct)
                                && name_starts
                                    .iter()
                                    .any(|&s| s >= toks[k + n - 1].span.end && s < e.span.start)
                        })
                    })
                });
                if claimed {
                    return Verdict::Drop;
                }
                // "…, sau khi cáo buộc New Delhi phóng tên lửa vào ba căn
                // cứ không quân của mình": a hostile act whose doer is the
                // one accused right before it is a claim, no act told (the
                // accusation is the event: 112).
                let accused = hostile(&e.code)
                    && last_source.is_some_and(|from| {
                        let a = token_from(&toks, from);
                        !toks[a..first].iter().any(|t| t.punct && t.word != "-")
                            && sources.iter().any(|m| {
                                m.end == from && {
                                    // "cáo buộc tình báo hai nước Mỹ - Hàn
                                    // Quốc đang có âm mưu sát hại …": the
                                    // accused named within a few words.
                                    let k = token_from(&toks, m.start);
                                    (k.saturating_sub(ACCUSED_REACH)..=k).any(|j| {
                                        phrase_before(&toks, j, &cues.claim).is_some()
                                            && !toks[j..k].iter().any(|t| t.punct && t.word != "-")
                                    })
                                }
                            })
                    });
                if accused {
                    return Verdict::Drop;
                }
            }
            // "Tổng thống Putin cũng chỉ trích Mỹ và các đồng minh phương Tây
            // duy trì chính sách trừng phạt … đối với Bình Nhưỡng": a hostile
            // deed told as what the one criticised does is no act of the
            // critic; but "… lên án Nga và trừng phạt Moskva" goes on with the
            // critic's own act.
            if hostile(&e.code) || e.code.starts_with("16") {
                let judged = last_source.is_some_and(|from| {
                    let a = token_from(&toks, from);
                    (a..first).any(|k| {
                        phrase_at(&toks, k, &cues.judged).is_some_and(|n| {
                            !toks[a..first].iter().any(|t| t.punct)
                                && phrase_before(&toks, first, &cues.coordinated).is_none()
                                && name_starts
                                    .iter()
                                    .any(|&s| s >= toks[k + n - 1].span.end && s < e.span.start)
                                // "Iran cảnh báo IS rằng các vụ tấn công tên
                                // lửa của Iran …": the judge named again
                                // after its verb is the doer.
                                && !sources.iter().any(|m| m.start >= toks[k + n - 1].span.end)
                        })
                    })
                });
                if judged {
                    return Verdict::Drop;
                }
            }
            // "… của Mỹ, yêu cầu các bộ, ngành bình tĩnh, chủ động …": a
            // demand to the doer's own ministries is no demand to the
            // country named in the sentence, unless that country's bodies
            // are the ones asked ("đề nghị các cơ quan chức năng Campuchia").
            if has_root(&e.code, &cues.asked) {
                let after = token_from(&toks, e.span.end);
                if let Some(n) = phrase_at(&toks, after, &cues.inward) {
                    let end = clause_end(&toks, after + n).min(after + n + INWARD_REACH);
                    let theirs = targets.iter().any(|m| {
                        m.start >= toks[after].span.start
                            && toks.get(end).is_none_or(|t| m.start < t.span.start)
                    });
                    if !theirs {
                        return Verdict::Drop;
                    }
                }
                // "Các nhà lập pháp Mỹ đang yêu cầu Lầu Năm Góc phát triển
                // vũ khí … do Nga và Trung Quốc chế tạo": asked of a body of
                // the asker's own country named right after the verb, the
                // country named later is what it is asked about.
                let own = entities.iter().any(|x| {
                    x.country.is_some()
                        && x.country == e.source.as_ref().and_then(|a| a.country.clone())
                        && x.country != e.target.as_ref().and_then(|a| a.country.clone())
                        && x.mentions.iter().any(|m| {
                            m.sentence == e.sentence
                                && toks
                                    .get(after)
                                    .is_some_and(|t| t.span.start == m.span.start)
                        })
                });
                if own {
                    return Verdict::Drop;
                }
                // "Biden kêu gọi các nước tiếp tục ủng hộ Ukraine": asked of
                // countries at large, the one named after is what they are
                // asked about, no addressee; not "các nước như Mỹ, Nhật Bản"
                // (the examples name the addressees) nor a name owning the
                // phrase ("các nước láng giềng Trung Quốc").
                if let Some(n) = phrase_at(&toks, after, &cues.outward) {
                    let next = toks.get(after + n);
                    let named_next = next.is_some_and(|t| {
                        name_starts.contains(&t.span.start)
                            || phrase_at(&toks, after + n, &cues.examples_after).is_some()
                    });
                    if !named_next {
                        return Verdict::Drop;
                    }
                }
            }
            // "ký Tuyên bố ủng hộ hòa bình", "ký một văn kiện ủng hộ thỏa
            // thuận ngừng bắn": backing that names a document is the
            // document's content; with no side named after it, no act.
            if e.code.starts_with("05")
                && phrase_before(&toks, first, &cues.document).is_some()
                && !targets.iter().any(|m| m.start >= e.span.end)
            {
                return Verdict::Drop;
            }
            // "nơi hai nước ủng hộ các bên đối địch": the act's object is
            // a third party, never one side by the other.
            let after = token_from(&toks, e.span.end);
            if phrase_at(&toks, after, &cues.rival).is_some() {
                return Verdict::Drop;
            }
            // Adjuncts of backing: from the phrase to the next mark that
            // lists no name after it ("của Mỹ, Anh, Pháp và Jordan").
            let adjuncts = listed_spans(&toks, &cues.adjunct, &name_starts);
            let inside = |m: &Span, spans: &[Span]| spans.iter().any(|a| a.contains(*m));
            // The support noun inside is the aid itself ("đã bị đánh chặn
            // với sự hỗ trợ của Mỹ, Anh, Pháp và Jordan": 074, set 21), kept.
            let only_inside =
                |ms: &[Span]| !ms.is_empty() && ms.iter().all(|m| inside(m, &adjuncts));
            let in_adjunct = adjuncts.iter().any(|a| a.contains(e.span));
            if (!in_adjunct && (only_inside(&targets) || only_inside(&sources)))
                || (in_adjunct
                    && !(e.code.starts_with("07") && sources.iter().all(|m| inside(m, &adjuncts))))
            {
                return Verdict::Drop;
            }
            // Purposes of backing after a hostile act.
            for k in 0..toks.len() {
                let Some(p) = phrase_at(&toks, k, &cues.purpose) else {
                    continue;
                };
                let Some(b) = phrase_at(&toks, k + p, &cues.backing) else {
                    continue;
                };
                let verb = toks[k + p].span.start;
                let after_hostile = hostile_at
                    .iter()
                    .any(|&(si, at)| si == e.sentence && at < toks[k].span.start);
                if !after_hostile {
                    continue;
                }
                if e.span.start == verb {
                    return Verdict::Drop;
                }
                let end = clause_end(&toks, k + p + b);
                let motive = Span::new(
                    toks[k].span.start,
                    toks.get(end.max(1) - 1)
                        .map_or(sentence.span.end, |t| t.span.end),
                );
                if hostile(&e.code)
                    && e.span.end <= motive.start
                    && !targets.is_empty()
                    && targets.iter().all(|m| motive.contains(*m))
                {
                    return Verdict::Drop;
                }
            }
            // A halt word before the act, only fillers between.
            if ["03", "04", "05", "06", "07"]
                .iter()
                .any(|r| e.code.starts_with(r))
            {
                let mut k = first;
                while let Some(n) = phrase_before(&toks, k, &cues.filler) {
                    k -= n;
                }
                // "đình chỉ … mọi hoạt động hỗ trợ phát triển và hỗ trợ
                // ngân sách": aid listed on after aid halted is halted too.
                if e.code.starts_with("07") && k > 0 && toks[k - 1].word == "và" {
                    let back = (k.saturating_sub(1 + LISTED_AID)..k - 1)
                        .rev()
                        .take_while(|&i| !toks[i].punct)
                        .find(|&i| phrase_at(&toks, i, &cues.backing).is_some());
                    if let Some(b) = back {
                        k = b;
                        while let Some(n) = phrase_before(&toks, k, &cues.filler) {
                            k -= n;
                        }
                    }
                }
                if let Some(n) = phrase_before(&toks, k, &cues.halt) {
                    let start = k - n;
                    let unhalted = cues.unhalt.iter().any(|p| {
                        (0..p.len()).any(|back| start >= back && at(&toks, start - back, p))
                    });
                    if !unhalted {
                        return if e.code.starts_with("07") {
                            Verdict::Recode("162")
                        } else {
                            Verdict::Drop
                        };
                    }
                }
            }
            // "Hai bên thống nhất dừng mọi hoạt động nổ súng và tấn công":
            // force halted is no force used, nor is force listed after "và"
            // with a halted one ("nổ súng và tấn công").
            if hostile(&e.code) && halted_at(&toks, first, cues) {
                return Verdict::Drop;
            }
            // "cuộc điều tra của FBI về cáo buộc "Nga can thiệp vào bầu cử
            // Mỹ"": an accusation told as the topic of something else is
            // no accusation made by the sentence's subject.
            if has_root(&e.code, &cues.topic_codes)
                && phrase_before(&toks, first, &cues.topic).is_some()
            {
                return Verdict::Drop;
            }
            // "New Delhi cho rằng Islamabad đứng sau nhóm tay súng, điều
            // Pakistan nhiều lần bác bỏ": what the relative "điều" rejects is
            // the claim told before it, a denial (016).
            if e.code.starts_with("12") {
                let denied = sources.iter().filter(|m| m.end <= e.span.start).any(|m| {
                    let mut k = token_from(&toks, m.start);
                    while let Some(n) = phrase_before(&toks, k, &cues.cosub_lead) {
                        k -= n;
                    }
                    phrase_before(&toks, k, &cues.relclaim).is_some()
                });
                if denied {
                    return Verdict::Recode("016");
                }
            }
            // "Đây là vụ tấn công hiếm thấy trong cuộc nội chiến …, nơi mà
            // Iran đang hậu thuẫn …": force told as a noun no verb carries
            // out and no owner follows names no doer of its own.
            if has_root(&e.code, &cues.forcecode) && bare_force_noun(&toks, first, &sources, cues) {
                return Verdict::Drop;
            }
            // "Nhà phân tích … cảnh báo, do Bắc Kinh cải thiện quan hệ …",
            // "ông cảnh báo cần nỗ lực hơn nữa …": a warning addressed to no
            // one threatens no one.
            if unaddressed_warning(&toks, first, cues) {
                return Verdict::Drop;
            }
            // "Tấn công quân sự từ phía Mỹ cũng là một lựa chọn": force
            // weighed as an option is not used.
            if has_root(&e.code, &cues.forcecode) && weighed_option(&toks, first, cues) {
                return Verdict::Drop;
            }
            // "điều cả Mátxcơva và Bình Nhưỡng đều phủ nhận": two names
            // joined as one subject ("đều", "cùng") act together, not one
            // at the other, unless "nhau" turns the act on each other.
            if has_root(&e.code, &cues.cosub_codes)
                && co_subjects(&toks, first, &sources, &targets, &name_spans, cues)
                && !mutual_rule(coder, &e.rule)
            {
                return Verdict::Drop;
            }
            // "Hai nhà lãnh đạo lên án vụ phóng": the pair judging together,
            // neither side named in the sentence.
            if has_root(&e.code, &cues.against) && sources.is_empty() && targets.is_empty() {
                let clause_start = (0..first)
                    .rev()
                    .find(|&i| toks[i].punct)
                    .map_or(0, |i| i + 1);
                let by_pair =
                    (clause_start..first).any(|k| phrase_at(&toks, k, &cues.pairsub).is_some());
                let end = clause_end(&toks, first);
                let mutual = (first..end).any(|k| phrase_at(&toks, k, &cues.mutual).is_some());
                if by_pair && !mutual {
                    return Verdict::Drop;
                }
            }
            // "tập trận chung … xung quanh đảo Đài Loan": a show of force.
            if e.code == "062" {
                let around = targets.iter().any(|m| {
                    if m.start < e.span.end {
                        return false;
                    }
                    let mut k = token_from(&toks, m.start);
                    if let Some(n) = phrase_before(&toks, k, &cues.spot) {
                        k -= n;
                    }
                    phrase_before(&toks, k, &cues.around).is_some()
                });
                if around {
                    return Verdict::Recode("150");
                }
            }
            // "Kết thúc chuyến thăm Triều Tiên, … Putin đã tới Hà Nội": the
            // place visited is no visitor.
            if e.code.starts_with("04")
                && !sources.is_empty()
                && sources.iter().all(|m| {
                    let k = token_from(&toks, m.start);
                    phrase_before(&toks, k, &cues.visited).is_some()
                })
            {
                return Verdict::Drop;
            }
            // "Ngoại trưởng Mỹ chỉ trích các hãng tin trong nước trong
            // chuyến công du Nhật Bản": the country visited is where a hostile
            // act was told, not whom it was aimed at.
            if (e.code.starts_with('1') || e.code.starts_with('2'))
                && !targets.is_empty()
                && targets.iter().all(|m| {
                    m.start >= e.span.end
                        && phrase_before(&toks, token_from(&toks, m.start), &cues.visited).is_some()
                })
            {
                return Verdict::Drop;
            }
            // A victim's rights.
            if e.code.starts_with('1') || e.code.starts_with('2') {
                let after: Vec<&Span> = targets.iter().filter(|m| m.start >= e.span.end).collect();
                if !after.is_empty()
                    && targets.iter().all(|m| m.start >= e.span.end)
                    && after.iter().all(|m| {
                        let k = token_from(&toks, m.start);
                        phrase_before(&toks, k, &cues.victim).is_some()
                    })
                {
                    return Verdict::Drop;
                }
            }
            Verdict::Keep
        })
        .collect();
    let mut verdicts = verdicts.into_iter();
    events.retain_mut(|e| match verdicts.next().unwrap_or(Verdict::Keep) {
        Verdict::Keep => true,
        Verdict::Drop => false,
        Verdict::Recode(code) => {
            coder.recode(e, code);
            true
        }
        Verdict::Sides(source, target) => {
            e.source = source;
            e.target = target;
            true
        }
    });
    each_way(events, text, sentences);
}

/// "Canada và Ấn Độ hôm 14/10 đồng loạt trục xuất 6 nhà ngoại giao của
/// nhau", "hai bên … tấn công nhau bằng máy bay không người lái": an act
/// (`eachway` codes) the two sides do to each other ("nhau" after it in its
/// clause) is done both ways: the other way is added where the sentence
/// does not already tell it.
fn each_way(events: &mut Vec<Event>, text: &str, sentences: &[Sentence]) {
    let cues = &*CUES;
    let country = |a: &Option<thoisu_core::Actor>| a.as_ref().and_then(|a| a.country.clone());
    // Each mirror goes right after its act, so that a later telling merges
    // into it (`merge` keeps the first telling's day).
    let mut mirrors: Vec<(usize, Event)> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        if !has_root(&e.code, &cues.eachway) {
            continue;
        }
        let (Some(s), Some(t)) = (country(&e.source), country(&e.target)) else {
            continue;
        };
        if s == t {
            continue;
        }
        let Some(sentence) = sentences.get(e.sentence as usize) else {
            continue;
        };
        let toks = tokens(text, sentence.span);
        let after = token_from(&toks, e.span.end);
        let end = clause_end(&toks, after);
        if !(after..end).any(|k| phrase_at(&toks, k, &cues.mutual).is_some()) {
            continue;
        }
        let told = events
            .iter()
            .chain(mirrors.iter().map(|(_, m)| m))
            .any(|o| {
                o.sentence == e.sentence
                    && o.code == e.code
                    && country(&o.source).as_deref() == Some(t.as_str())
                    && country(&o.target).as_deref() == Some(s.as_str())
            });
        if told {
            continue;
        }
        let mut m = e.clone();
        std::mem::swap(&mut m.source, &mut m.target);
        m.rule = format!("{}@eachway", e.rule);
        m.retold = Vec::new();
        mirrors.push((i + 1, m));
    }
    for (at, m) in mirrors.into_iter().rev() {
        events.insert(at, m);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_parse() {
        let c = &*CUES;
        assert!(!c.adjunct.is_empty() && !c.halt.is_empty() && !c.victim.is_empty());
        assert!(c.hostile.iter().any(|h| h == "19"));
    }

    #[test]
    fn carried_right_before_reads_counts_and_carryon() {
        let c = &*CUES;
        let first = |text: &str, t: &[Token]| {
            let at = text.find("không kích").unwrap();
            t.iter().position(|x| x.span.start == at).unwrap()
        };
        for (text, want) in [
            ("Israel tiếp tục các cuộc không kích vào Gaza.", true),
            (
                "Mỹ tiến hành một trong những cuộc không kích lớn nhất.",
                true,
            ),
            ("Mỹ tiến hành thêm 20 cuộc không kích.", true),
            ("Mỹ tiếp tục lên án các cuộc không kích.", false),
            ("Đây là một trong những cuộc không kích lớn nhất.", false),
        ] {
            let t = tokens(text, Span::new(0, text.len()));
            assert_eq!(carried_right_before(&t, first(text, &t), c), want, "{text}");
        }
    }

    #[test]
    fn force_weighed_as_an_option() {
        let c = &*CUES;
        for (text, want) in [
            ("Tấn công quân sự từ phía Mỹ cũng là một lựa chọn.", true),
            (
                "Tấn công quân sự nhằm vào Triều Tiên là phương án cuối cùng.",
                true,
            ),
            ("Mỹ tấn công Syria, đây là một lựa chọn khó khăn.", false),
            ("Mỹ tấn công căn cứ không quân của Syria.", false),
        ] {
            let t = tokens(text, Span::new(0, text.len()));
            let first = t.iter().position(|x| x.word == "tấn").unwrap();
            assert_eq!(weighed_option(&t, first, c), want, "{text}");
        }
    }

    #[test]
    fn warnings_addressed_to_no_one() {
        let c = &*CUES;
        for (text, want) in [
            (
                "Ông Feingold cảnh báo, do Bắc Kinh cải thiện quan hệ.",
                true,
            ),
            ("Ông cảnh báo cần nỗ lực hơn nữa tại Mosul.", true),
            (
                "Seoul cảnh báo Bình Nhưỡng sẽ đối mặt nguy cơ hủy diệt.",
                false,
            ),
            ("Nga cảnh báo Mỹ không sử dụng vũ lực.", false),
        ] {
            let t = tokens(text, Span::new(0, text.len()));
            let first = t.iter().position(|x| x.word == "cảnh").unwrap();
            assert_eq!(unaddressed_warning(&t, first, c), want, "{text}");
        }
    }

    #[test]
    fn tokens_keep_marks() {
        let text = "Mỹ, với sự hỗ trợ của Anh.";
        let t = tokens(text, Span::new(0, text.len()));
        let words: Vec<&str> = t.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(
            words,
            ["mỹ", ",", "với", "sự", "hỗ", "trợ", "của", "anh", "."]
        );
        assert!(t[1].punct && !t[0].punct);
        assert_eq!(&text[t[7].span.start..t[7].span.end], "Anh");
    }
}
