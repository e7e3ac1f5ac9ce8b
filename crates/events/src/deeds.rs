//! Judgments of a deed (`data/events/world_deeds.tsv`): "Iran lên án các
//! cuộc không kích", "Hai nhà lãnh đạo lên án vụ phóng". The object is an
//! act told as a noun, not a country; the judgment aims at whoever did it
//! (session 15, brief evw25, from the world-news dev sets 21, 26, 30, 34
//! and 38).
//!
//! The doer is the source of the last hostile act coded before the
//! judgment whose sentence tells the deed's verb ("Mỹ và Anh đã tiến hành
//! hàng loạt cuộc không kích"), else the country named as the subject of
//! the deed's verb in the last sentence that tells it ("Triều Tiên đã phóng
//! một tên lửa"). A judgment the coder read with another target (the victim
//! named after it: "… chủ quyền của Yemen") is aimed at the doer instead;
//! one it could not read (no country after the verb) is coded from the
//! judge named before the verb in its clause, or from both sides of the
//! pair told just before when "hai nhà lãnh đạo" judge together.

use std::sync::LazyLock;
use thoisu_core::{Actor, DateMention, Entity, Event, Sentence, Span};

use crate::phrase_list::{self, Split};
use crate::world::{at, tokens, Token};

const DEEDS_TSV: &str = include_str!("../../../data/events/world_deeds.tsv");
const CONTENT_TSV: &str = include_str!("../../../data/events/statement_content.tsv");
/// The code of a judge row read only for what it calls the deed
/// (`statement_content.tsv`).
const BY_CONTENT: &str = "content";

struct Cues {
    /// (rule id, phrase words, code).
    judge: Vec<(String, Vec<String>, String)>,
    /// (noun phrase words, the words of each verb that may tell it done).
    deed: Vec<(Vec<String>, Vec<Vec<String>>)>,
    filler: Vec<Vec<String>>,
    pairsub: Vec<Vec<String>>,
    block: Vec<Vec<String>>,
    nominal: Vec<Vec<String>>,
    conduct: Vec<Vec<String>>,
    locative: Vec<Vec<String>>,
    hostile: Vec<String>,
    /// (deed verb words, code): a rejection (12x) of such a deed is coded
    /// so ("Iran bác bỏ cáo buộc": a denial, 016).
    denied: Vec<(Vec<String>, String)>,
    /// (phrase words, code) of `statement_content.tsv`: what calling a
    /// deed something does ("gọi các lệnh trừng phạt là "hành động thiếu
    /// thân thiện"": 111).
    content: Vec<(Vec<String>, String)>,
    /// Nouns of an act whose doer is named right after "của" ("hành động
    /// của Mỹ"), judged by what a verb of calling calls it.
    owned: Vec<Vec<String>>,
    /// Nouns of a joint statement ("tuyên bố chung").
    joint: Vec<Vec<String>>,
    /// Verbs of a one-sided stance that aim a joint statement at a third
    /// party ("ra tuyên bố chung lên án", "… cho rằng Nga …").
    stance: Vec<Vec<String>>,
    /// Words that may stand between a joint statement and its stance verb
    /// ("trong đó").
    jointfill: Vec<Vec<String>>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| parse(DEEDS_TSV));

fn split_words(s: &str) -> Vec<String> {
    crate::actor_scope::words(&thoisu_normalise::normalise(s.trim()).to_lowercase())
}

fn parse(file: &'static str) -> Cues {
    let mut f = phrase_list::load(
        "world_deeds.tsv",
        file,
        &[
            "filler",
            "pairsub",
            "block",
            "nominal",
            "conduct",
            "locative",
            "owned",
            "joint",
            "stance",
            "jointfill",
        ],
        &["judge", "deed", "hostile", "denied", "calls"],
        Split::Words,
    );
    let mut judge: Vec<(String, Vec<String>, String)> = f
        .raw("judge")
        .into_iter()
        .map(|row| {
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            let [id, phrase, code] = cols[..] else {
                panic!("world_deeds.tsv: bad judge row {row:?}");
            };
            (id.to_string(), split_words(phrase), code.to_string())
        })
        .collect();
    judge.sort_by_key(|j| std::cmp::Reverse(j.1.len()));
    let mut deed: Vec<(Vec<String>, Vec<Vec<String>>)> = f
        .raw("deed")
        .into_iter()
        .map(|row| {
            let (noun, verb) = row
                .split_once('\t')
                .unwrap_or_else(|| panic!("world_deeds.tsv: bad deed row {row:?}"));
            (
                split_words(noun),
                verb.split('|').map(split_words).collect(),
            )
        })
        .collect();
    deed.sort_by_key(|d| std::cmp::Reverse(d.0.len()));
    let denied = f
        .raw("denied")
        .into_iter()
        .map(|row| {
            let (verb, code) = row
                .split_once('\t')
                .unwrap_or_else(|| panic!("world_deeds.tsv: bad denied row {row:?}"));
            (split_words(verb), code.trim().to_string())
        })
        .collect();
    let mut content: Vec<(Vec<String>, String)> = CONTENT_TSV
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (code, phrase) = l.split_once('\t')?;
            Some((split_words(phrase), code.trim().to_string()))
        })
        .collect();
    // What calling a deed something does, read only here ("gọi vụ tấn
    // công là "hành động khủng bố"").
    content.extend(f.raw("calls").into_iter().map(|row| {
        let (phrase, code) = row
            .split_once('\t')
            .unwrap_or_else(|| panic!("world_deeds.tsv: bad calls row {row:?}"));
        (split_words(phrase), code.trim().to_string())
    }));
    content.sort_by_key(|c| std::cmp::Reverse(c.0.len()));
    Cues {
        judge,
        deed,
        content,
        filler: f.longest_first("filler"),
        pairsub: f.longest_first("pairsub"),
        block: f.take("block"),
        nominal: f.take("nominal"),
        conduct: f.take("conduct"),
        locative: f.take("locative"),
        owned: f.longest_first("owned"),
        joint: f.longest_first("joint"),
        stance: f.longest_first("stance"),
        jointfill: f.longest_first("jointfill"),
        hostile: f.raw("hostile").into_iter().map(str::to_string).collect(),
        denied,
    }
}

/// A name of the sentence: its entity and span.
struct Named {
    entity: usize,
    span: Span,
}

fn names_in(sentence: u32, entities: &[Entity]) -> Vec<Named> {
    let mut out: Vec<Named> = entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            e.mentions
                .iter()
                .filter(move |m| m.sentence == sentence)
                .map(move |m| Named {
                    entity: i,
                    span: m.span,
                })
        })
        .collect();
    out.sort_by_key(|n| n.span.start);
    out
}

fn actor_of(i: usize, entities: &[Entity]) -> Option<Actor> {
    let e = entities.get(i)?;
    let country = e.country.clone()?;
    Some(Actor {
        name: e.name.clone(),
        code: e.actor_code().or_else(|| Some(country.clone())),
        country: Some(country),
        entity: Some(i),
    })
}

/// The start of the clause that holds token `k`: after the last mark
/// before it, commas that list names ("lãnh đạo Mỹ, Pháp, Đức") aside.
fn clause_start(toks: &[Token], k: usize, name_starts: &[usize]) -> usize {
    (0..k)
        .rev()
        .find(|&i| {
            toks[i].punct
                && !(toks[i].word == ","
                    && toks
                        .get(i + 1)
                        .is_some_and(|t| name_starts.contains(&t.span.start)))
        })
        .map_or(0, |i| i + 1)
}

/// How many words may stand between the deed's doer and its verb ("Triều
/// Tiên sáng nay phóng").
const SUBJECT_REACH: usize = 4;
/// How many words a hostile act's trigger may stand from the deed's verb
/// ("tiến hành hàng loạt cuộc không kích").
const VERB_REACH: usize = 4;
/// How many words a verb of conducting may stand before the deed's noun.
const CONDUCT_REACH: usize = 6;
/// Marks that open quoted speech.
const QUOTES: [&str; 4] = ["“", "\"", "”", "'"];
/// How many sentences back the pair judging together was told.
const PAIR_REACH: u32 = 3;

/// Whoever did the deed one of whose verbs is `verb` ("vụ tấn công":
/// "tấn công", "phóng", "không kích" …), told before byte `before` of
/// sentence `si`.
fn doer(
    verb: &[Vec<String>],
    si: usize,
    before: usize,
    events: &[Event],
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
) -> Vec<Actor> {
    let cues = &*CUES;
    let hostile = |code: &str| cues.hostile.iter().any(|h| code.starts_with(h.as_str()));
    for sj in (0..=si).rev() {
        let Some(s) = sentences.get(sj) else {
            continue;
        };
        let toks = tokens(text, s.span);
        let limit = if sj == si { before } else { s.span.end };
        let verbs: Vec<usize> = (0..toks.len())
            .filter(|&k| toks[k].span.end <= limit && verb.iter().any(|v| at(&toks, k, v)))
            .filter(|&k| {
                // "giải phóng", "phóng viên": a longer word holding the verb.
                !cues
                    .block
                    .iter()
                    .any(|b| (0..b.len()).any(|o| k >= o && at(&toks, k - o, b)))
            })
            .collect();
        // Quoted speech claims; it tells no deed done ("“Những ai tự nhận
        // đang đánh khủng bố phải không kích vào các nhóm khủng bố …”").
        let quoted = toks
            .first()
            .is_some_and(|t| t.punct && QUOTES.contains(&t.word.as_str()));
        if verbs.is_empty() || quoted {
            continue;
        }
        // The hostile acts coded in that sentence at the verb, told as
        // done: the verb itself, or its noun after a verb of conducting
        // ("tiến hành hàng loạt cuộc không kích"), not a noun judged
        // ("nhấn mạnh vụ không kích").
        let nominal = |k: usize| {
            cues.nominal
                .iter()
                .any(|p| p.len() <= k && at(&toks, k - p.len(), p))
        };
        let conducted = |k: usize| {
            (k.saturating_sub(CONDUCT_REACH)..k)
                .any(|i| cues.conduct.iter().any(|p| at(&toks, i, p)))
        };
        let done: Vec<usize> = verbs
            .iter()
            .copied()
            .filter(|&k| !nominal(k) || conducted(k))
            .collect();
        let near = |e: &Event| {
            let a = toks
                .iter()
                .position(|t| t.span.start >= e.span.start)
                .unwrap_or(toks.len());
            let b = toks
                .iter()
                .position(|t| t.span.start >= e.span.end)
                .unwrap_or(toks.len());
            done.iter()
                .any(|&k| k + VERB_REACH >= a && k <= b + VERB_REACH)
        };
        let mut found: Vec<Actor> = Vec::new();
        for e in events.iter().filter(|e| {
            e.sentence as usize == sj && hostile(&e.code) && e.span.end <= limit && near(e)
        }) {
            if let Some(a) = e.source.as_ref() {
                if a.country.is_some() && !found.iter().any(|f| f.country == a.country) {
                    found.push(a.clone());
                }
            }
        }
        if !found.is_empty() {
            return found;
        }
        // The country named right before the verb, no mark between; not
        // before the verb told as a noun or a passive ("gọi vụ phóng",
        // "tên lửa được phóng").
        let names = names_in(sj as u32, entities);
        for &k in verbs.iter().rev().filter(|&&k| !nominal(k)) {
            let start = toks[k].span.start;
            // "chiến đấu cơ Mỹ xuất phát từ Jordan đã không kích": a place
            // is no subject.
            let placed = |n: &Named| {
                toks.iter()
                    .position(|t| t.span.start >= n.span.start)
                    .is_some_and(|f| {
                        cues.locative
                            .iter()
                            .any(|p| p.len() <= f && at(&toks, f - p.len(), p))
                    })
            };
            let subject = names.iter().rev().find(|n| {
                n.span.end <= start && entities[n.entity].country.is_some() && !placed(n) && {
                    let from = toks.iter().position(|t| t.span.start >= n.span.end);
                    from.is_some_and(|f| {
                        f <= k && k - f <= SUBJECT_REACH && !toks[f..k].iter().any(|t| t.punct)
                    })
                }
            });
            if let Some(a) = subject.and_then(|n| actor_of(n.entity, entities)) {
                return vec![a];
            }
        }
    }
    Vec::new()
}

/// The two sides of the pair told last within [`PAIR_REACH`] sentences
/// before sentence `si` (one with a country of `here` first), else of the
/// pair the article's events tell most.
fn pair_before(events: &[Event], si: usize, here: &[String]) -> Vec<Actor> {
    let countries = |e: &Event| -> Option<(String, String)> {
        let a = e.source.as_ref()?.country.clone()?;
        let b = e.target.as_ref()?.country.clone()?;
        (a != b).then_some((a, b))
    };
    let sides = |e: &Event| {
        vec![e.source.clone(), e.target.clone()]
            .into_iter()
            .flatten()
            .collect()
    };
    let before = events.iter().filter(|e| (e.sentence as usize) < si);
    // The last pair told within reach; one with a country the judging
    // sentence names first ("ông Han đã có cuộc gặp với người đồng cấp
    // Australia và Indonesia. Trong cuộc gặp … của Australia, hai bên …").
    let named = |e: &Event| {
        [&e.source, &e.target].iter().any(|a| {
            a.as_ref()
                .and_then(|a| a.country.as_ref())
                .is_some_and(|c| here.contains(c))
        })
    };
    if let Some(e) = before
        .clone()
        .filter(|e| si as u32 - e.sentence <= PAIR_REACH && countries(e).is_some())
        .max_by_key(|e| (named(e), e.sentence, e.span.start))
    {
        return sides(e);
    }
    let key = |e: &Event| countries(e).map(|(a, b)| if a < b { (a, b) } else { (b, a) });
    let mut counts: Vec<((String, String), usize, &Event)> = Vec::new();
    for e in before {
        let Some(k) = key(e) else { continue };
        match counts.iter_mut().find(|c| c.0 == k) {
            Some(c) => c.1 += 1,
            None => counts.push((k, 1, e)),
        }
    }
    // The most told pair; the first told among equals.
    counts
        .iter()
        .rev()
        .max_by_key(|c| c.1)
        .map(|c| sides(c.2))
        .unwrap_or_default()
}

/// How many words after a stance verb a deed's noun may start ("lên án
/// mạnh mẽ vụ phóng").
const STANCE_REACH: usize = 4;

/// Drops the signing (057) read between the authors of a joint statement
/// aimed at a third party: "lãnh đạo Anh, Mỹ, Pháp và Đức đã ra tuyên bố
/// chung cho rằng … Nga chịu trách nhiệm", "Hàn Quốc, Mỹ và Nhật Bản ra
/// tuyên bố chung lên án mạnh mẽ vụ phóng". The statement's noun is
/// followed by a verb of a one-sided stance, and a country none of its
/// authors is named after it in the sentence, or a deed's noun follows the
/// verb. A statement between its authors ("Mỹ và Nga đã ra tuyên bố chung
/// về Syria", "… ra tuyên bố chung, cùng giảm mạnh mức thuế") stays.
pub(crate) fn drop_aimed_joint(
    events: &mut Vec<Event>,
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
) {
    let cues = &*CUES;
    let mut drop: Vec<(u32, Span)> = Vec::new();
    for e in events.iter().filter(|e| e.code.starts_with("057")) {
        if drop.contains(&(e.sentence, e.span)) {
            continue;
        }
        let Some(s) = sentences.get(e.sentence as usize) else {
            continue;
        };
        let toks = tokens(text, s.span);
        let Some(j) = (0..toks.len())
            .filter(|&k| toks[k].span.start >= e.span.start && toks[k].span.start < e.span.end)
            .find(|&k| cues.joint.iter().any(|p| at(&toks, k, p)))
        else {
            continue;
        };
        let len = cues
            .joint
            .iter()
            .find(|p| at(&toks, j, p))
            .map_or(1, Vec::len);
        let mut v = j + len;
        if toks.get(v).is_some_and(|t| t.word == ",") {
            v += 1;
        }
        if let Some(f) = cues.jointfill.iter().find(|p| at(&toks, v, p)) {
            v += f.len();
        }
        let Some(stance) = cues.stance.iter().find(|p| at(&toks, v, p)) else {
            continue;
        };
        let from = v + stance.len();
        let deed = (from..(from + STANCE_REACH).min(toks.len()))
            .any(|k| cues.deed.iter().any(|d| at(&toks, k, &d.0)));
        let authors: Vec<&String> = events
            .iter()
            .filter(|x| x.sentence == e.sentence && x.span == e.span)
            .flat_map(|x| [&x.source, &x.target])
            .filter_map(|a| a.as_ref().and_then(|a| a.country.as_ref()))
            .collect();
        let after = toks.get(from).map_or(s.span.end, |t| t.span.start);
        let third = names_in(e.sentence, entities).iter().any(|n| {
            n.span.start >= after
                && entities[n.entity]
                    .country
                    .as_ref()
                    .is_some_and(|c| !authors.contains(&c))
        });
        if deed || third {
            drop.push((e.sentence, e.span));
        }
    }
    events.retain(|e| !(e.code.starts_with("057") && drop.contains(&(e.sentence, e.span))));
}

/// Aims the judgments of a deed at its doer (see the module's comment).
pub(crate) fn judge(
    coder: &crate::Coder,
    events: &mut Vec<Event>,
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    dates: &[DateMention],
) {
    let cues = &*CUES;
    let mut added: Vec<Event> = Vec::new();
    let mut lower = String::new();
    for (si, s) in sentences.iter().enumerate() {
        // Most sentences judge nothing: look for a judging word in the
        // lower-cased sentence before cutting it into tokens (the tokens
        // of every sentence cost a fifth of event coding).
        lower.clear();
        text.get(s.span.start..s.span.end)
            .unwrap_or_default()
            .chars()
            .for_each(|c| thoisu_normalise::chars::push_lowercase(&mut lower, c));
        // Every word of the phrase, not only its first: "cho rằng" and "nói"
        // open judge rows, and "cho" is in nearly every sentence.
        let judged = cues
            .judge
            .iter()
            .any(|(_, words, _)| words.iter().all(|w| lower.contains(w.as_str())));
        if !judged {
            continue;
        }
        let toks = tokens(text, s.span);
        let names = names_in(si as u32, entities);
        let name_starts: Vec<usize> = names.iter().map(|n| n.span.start).collect();
        for k in 0..toks.len() {
            let Some((id, jp, code)) = cues.judge.iter().find(|j| at(&toks, k, &j.1)) else {
                continue;
            };
            let mut d = k + jp.len();
            while let Some(f) = cues.filler.iter().find(|f| at(&toks, d, f)) {
                d += f.len();
            }
            // "Bộ Ngoại giao Nga cho rằng hành động của Mỹ là "bước đi
            // phiêu lưu"": a verb of calling, an act and its doer named
            // after "của".
            let owner = (code == BY_CONTENT)
                .then(|| cues.owned.iter().find(|o| at(&toks, d, o)))
                .flatten()
                .filter(|o| toks.get(d + o.len()).is_some_and(|t| t.word == "của"))
                .and_then(|o| {
                    let t = toks.get(d + o.len() + 1)?;
                    let n = names.iter().find(|n| n.span.start == t.span.start)?;
                    Some((d + o.len() + 1, actor_of(n.entity, entities)?))
                });
            let (after, verb) = if let Some((after, _)) = &owner {
                (*after, None)
            } else {
                let Some((noun, verb)) = cues.deed.iter().find(|x| at(&toks, d, &x.0)) else {
                    continue;
                };
                let after = d + noun.len();
                // "vụ tấn công của Nga", "cuộc tập trận Trung Quốc": the doer
                // named with the deed is the coder's own reading.
                if toks
                    .get(after)
                    .is_some_and(|t| t.word == "của" || name_starts.contains(&t.span.start))
                {
                    continue;
                }
                (after, Some(verb))
            };
            // "Tổng thống Putin gọi các lệnh trừng phạt là "hành động thiếu
            // thân thiện"": a verb of calling judges by what it calls the
            // deed, later in the sentence; calling it nothing judged, none.
            let code = if code == BY_CONTENT {
                let Some(c) = (after..toks.len())
                    .find_map(|i| cues.content.iter().find(|c| at(&toks, i, &c.0)))
                else {
                    continue;
                };
                &c.1
            } else {
                code
            };
            let trigger = Span::new(toks[k].span.start, toks[k + jp.len() - 1].span.end);
            let deed_end = toks[after - 1].span.end;
            let doers = match (&owner, verb) {
                (Some((_, a)), _) => vec![a.clone()],
                (None, Some(verb)) => {
                    doer(verb, si, trigger.start, events, text, sentences, entities)
                }
                (None, None) => Vec::new(),
            };
            if doers.is_empty() {
                continue;
            }
            // Judgments the coder read at this trigger.
            let read: Vec<usize> = events
                .iter()
                .enumerate()
                .filter(|(_, e)| e.sentence as usize == si && e.span.start == trigger.start)
                .map(|(i, _)| i)
                .collect();
            if !read.is_empty() {
                for i in read {
                    let e = &mut events[i];
                    let later = e
                        .target
                        .as_ref()
                        .and_then(|t| t.entity)
                        .and_then(|t| entities.get(t))
                        .is_some_and(|t| {
                            let ms: Vec<&Span> = t
                                .mentions
                                .iter()
                                .filter(|m| m.sentence as usize == si)
                                .map(|m| &m.span)
                                .collect();
                            ms.iter().all(|m| m.start >= deed_end)
                        });
                    let source_country = e.source.as_ref().and_then(|a| a.country.clone());
                    // "Iraq lên án vụ không kích và vi phạm chủ quyền của
                    // Iraq": read at the judge itself, aimed at no one else.
                    let own = e
                        .target
                        .as_ref()
                        .is_some_and(|t| t.country.is_some() && t.country == source_country);
                    if later || own {
                        if let Some(d) = doers.iter().find(|d| d.country != source_country) {
                            e.target = Some(d.clone());
                        }
                    }
                }
                continue;
            }
            // The judges: both sides of the pair told just before, or the
            // countries named before the verb in its clause.
            let from = clause_start(&toks, k, &name_starts);
            let clause_from = toks.get(from).map_or(s.span.start, |t| t.span.start);
            let by_pair = (from..k).any(|i| cues.pairsub.iter().any(|p| at(&toks, i, p)));
            let mut judges: Vec<Actor> = Vec::new();
            if by_pair {
                let here: Vec<String> = names
                    .iter()
                    .filter(|n| n.span.end <= trigger.start)
                    .filter_map(|n| entities[n.entity].country.clone())
                    .collect();
                judges.extend(pair_before(events, si, &here));
            } else {
                for n in names
                    .iter()
                    .filter(|n| n.span.start >= clause_from && n.span.end <= trigger.start)
                {
                    if let Some(a) = actor_of(n.entity, entities) {
                        if !judges.iter().any(|j| j.country == a.country) {
                            judges.push(a);
                        }
                    }
                }
            }
            let date = crate::sentence_date(dates, si).or_else(|| {
                dates
                    .iter()
                    .filter(|d| (d.sentence as usize) < si)
                    .max_by_key(|d| (d.sentence, d.span.start))
                    .map(|d| d.value.start.clone())
            });
            for j in &judges {
                let Some(target) = doers.iter().find(|d| d.country != j.country) else {
                    continue;
                };
                let mut e = Event {
                    code: String::new(),
                    label: String::new(),
                    source: Some(j.clone()),
                    target: Some(target.clone()),
                    date: date.clone(),
                    location: None,
                    goldstein: 0.0,
                    quad_class: 0,
                    rule: id.clone(),
                    span: trigger,
                    sentence: si as u32,
                    plover_type: String::new(),
                    plover_mode: None,
                    retold: Vec::new(),
                };
                let code = if code.starts_with("12") {
                    cues.denied
                        .iter()
                        .find(|(v, _)| verb.is_some_and(|verb| verb.contains(v)))
                        .map_or(code.as_str(), |(_, c)| c.as_str())
                } else {
                    code.as_str()
                };
                coder.recode(&mut e, code);
                added.push(e);
            }
        }
    }
    events.extend(added);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_parse() {
        let c = &*CUES;
        assert!(c.judge.iter().any(|j| j.1 == ["lên", "án"] && j.2 == "111"));
        assert!(c
            .deed
            .iter()
            .any(|d| d.0 == ["vụ", "phóng"] && d.1 == [["phóng"]]));
    }
}
