//! Who signed a document, when no "giữa A và B" names the parties: the
//! bodies, people and places before the signing verb ("Công an TP HCM và Sở
//! Nội vụ … tỉnh Brest đã ký …", "Bộ trưởng Nông nghiệp … Rumani đã ký …",
//! "lãnh đạo tỉnh A và B đã trao Thỏa thuận …"), each body named in full
//! from its head word, not cut to the place its name ends with. Also: a
//! list of parties ends before "với 3 nội dung …", a country written after
//! a party ("Công ty A, Ấn Độ") is that party's country, and one document
//! told twice in nearby sentences is known as one.
//!
//! The words are in `data/events/agreement_parties.tsv`, with the head words
//! of `agreement_cues.tsv`.

use crate::agreements::words::*;
use crate::agreements::Found;
use crate::rules::{syllable_key, PhraseSet};
use crate::syllables::{PhraseMatch, SyllableText};
use crate::Coder;
use std::collections::HashSet;
use std::sync::LazyLock;
use thoisu_core::{Agreement, AgreementKind, Entity, EntityKind, Mention, Party, Span};

const PARTIES: &str = include_str!("../../../data/events/agreement_parties.tsv");
const CUES: &str = include_str!("../../../data/events/agreement_cues.tsv");

/// The words of `agreement_parties.tsv` (and the head words of
/// `agreement_cues.tsv`), as syllable keys.
struct Words {
    heads: PhraseSet<()>,
    /// A signer's title and the head word of the body it names.
    titles: PhraseSet<String>,
    breaks: HashSet<String>,
    stops: HashSet<String>,
    quantities: HashSet<String>,
    /// "trong khi": opens a clause whose signers stand after it.
    joiners: HashSet<String>,
    /// "cho biết", "đưa tin": who tells of a signing stands before it.
    says: HashSet<String>,
    /// A short form's key and the key of the words it stands for.
    shorts: Vec<(String, String)>,
    /// "về", "của": lower words that are no part of a name read on to its
    /// short name in brackets.
    tails: HashSet<String>,
    /// "bộ trưởng": a title that, counted ("hai Bộ trưởng đã ký"), names
    /// the signers by the title they hold, each of his country.
    pairs: Vec<String>,
    /// "hai": the count before such a title.
    pair_counts: Vec<String>,
    /// "ký", "kết": the signing verb's words after it.
    pair_verbs: HashSet<String>,
    /// "bệnh viện": a body's head word that, counted ("hai bệnh viện đã
    /// ký"), names the signers by the head of their names.
    pair_bodies: Vec<String>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let rows = |file: &'static str| {
        file.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((cols.next()?.trim(), cols.next()?.trim(), cols.next()))
            })
    };
    let mut heads = Vec::new();
    let mut titles = Vec::new();
    let mut words = Words {
        heads: PhraseSet::build(Vec::new()),
        titles: PhraseSet::build(Vec::new()),
        breaks: HashSet::new(),
        stops: HashSet::new(),
        quantities: HashSet::new(),
        joiners: HashSet::new(),
        says: HashSet::new(),
        shorts: Vec::new(),
        tails: HashSet::new(),
        pairs: Vec::new(),
        pair_counts: Vec::new(),
        pair_verbs: HashSet::new(),
        pair_bodies: Vec::new(),
    };
    for (cue, phrase, _) in rows(CUES) {
        if cue == "head" {
            heads.push((phrase.to_string(), ()));
        }
    }
    for (cue, phrase, third) in rows(PARTIES) {
        let key = syllable_key(phrase);
        match cue {
            "head" => heads.push((phrase.to_string(), ())),
            "title" => {
                if let Some(body) = third.map(str::trim).filter(|b| !b.is_empty()) {
                    titles.push((phrase.to_string(), body.to_string()));
                }
            }
            "break" => {
                words.breaks.insert(key);
            }
            "stop" => {
                words.stops.insert(key);
            }
            "quantity" => {
                words.quantities.insert(key);
            }
            "joiner" => {
                words.joiners.insert(key);
            }
            "says" => {
                words.says.insert(key);
            }
            "tail" => {
                words.tails.insert(key);
            }
            "pair" => words.pairs.push(lower_words(phrase)),
            "pair_count" => words.pair_counts.push(lower_words(phrase)),
            "pair_body" => words.pair_bodies.push(lower_words(phrase)),
            "pair_verb" => {
                words.pair_verbs.insert(lower_words(phrase));
            }
            "short" => {
                if let Some(long) = third {
                    words.shorts.push((key, syllable_key(long)));
                }
            }
            _ => {}
        }
    }
    words.heads = PhraseSet::build(heads);
    words.titles = PhraseSet::build(titles);
    words
});

/// `s` lower case and normalised, its words with one space between them.
fn lower_words(s: &str) -> String {
    thoisu_normalise::normalise(s)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Kết thúc hội đàm, hai bộ trưởng đã ký Tuyên bố …": signers counted by
/// the title they hold (a `pair` row after "hai", only aspect words between
/// it and the signing verb that ends at `trigger_end`) are the persons the
/// article names with that title, one of each of two countries (the first
/// named of each). They join the parties of a document whose parties name
/// no other country; where three countries or more have such a person, or
/// one, none do.
pub(crate) fn pair_by_title(
    f: &mut Found,
    text: &str,
    sentence: Span,
    trigger_end: usize,
    entities: &[Entity],
) {
    if f.both.as_deref().is_some_and(|b| !b.is_empty()) {
        return;
    }
    let Some(lead) = text.get(sentence.start..trigger_end.clamp(sentence.start, sentence.end))
    else {
        return;
    };
    let lead = lower_words(lead);
    // "hai Bộ trưởng" with only aspect words and the signing verb after it.
    let Some(title) = counted_before_verb(&lead, &WORDS.pairs) else {
        return;
    };
    // Each country's first person holding the title.
    let mut holders: Vec<(usize, &Entity)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.country.is_some())
        .filter(|e| {
            e.roles.iter().any(|r| {
                let r = lower_words(r);
                r == *title || r.starts_with(&format!("{title} "))
            })
        })
        .filter_map(|e| Some((e.mentions.iter().map(|m| m.span.start).min()?, e)))
        .collect();
    holders.sort_unstable_by_key(|(at, _)| *at);
    let mut pair: Vec<&Entity> = Vec::new();
    for (_, e) in holders {
        if !pair.iter().any(|p| p.country == e.country) {
            pair.push(e);
        }
    }
    let named: Vec<&str> = f
        .agreement
        .parties
        .iter()
        .filter_map(|p| p.country.as_deref())
        .collect();
    let fits = pair.len() == 2
        && named
            .iter()
            .all(|c| pair.iter().any(|p| p.country.as_deref() == Some(*c)));
    if !fits {
        return;
    }
    for p in pair {
        if !f.agreement.parties.iter().any(|q| q.name == p.name) {
            f.agreement.parties.push(Party {
                name: p.name.clone(),
                country: p.country.clone(),
            });
        }
    }
    if f.both.is_some() {
        f.both = None;
    }
}

/// Does `lead` (lower words up to the signing verb's end) end with one of
/// `counted` (a count and a word: "hai bệnh viện") followed only by
/// aspect words and the verb's words? The word counted, if so.
fn counted_before_verb<'w>(lead: &str, counted: &'w [String]) -> Option<&'w String> {
    WORDS
        .pair_counts
        .iter()
        .flat_map(|c| counted.iter().map(move |t| (format!("{c} {t}"), t)))
        .find(|(counted, _)| {
            lead.rfind(counted.as_str()).is_some_and(|at| {
                let before_ok = at == 0 || lead[..at].ends_with(' ');
                let rest = &lead[at + counted.len()..];
                before_ok
                    && (rest.is_empty() || rest.starts_with(' '))
                    && rest
                        .split_whitespace()
                        .all(|w| crate::agreements::aspect_word(w) || WORDS.pair_verbs.contains(w))
            })
        })
        .map(|(_, t)| t)
}

/// "Hai bệnh viện ký biên bản ghi nhớ …": signers counted by the head word
/// of their names (a `pair_body` row after "hai", only aspect words between
/// it and the signing verb ending at `trigger_end`) are the bodies the
/// article names with that head, one of each of two countries (the first
/// named of each), when the document names no party of its own
/// (heldout33/014). Bodies of one country only, or of three, sign nothing
/// known.
pub(crate) fn pair_by_body(
    f: &mut Found,
    text: &str,
    sentence: Span,
    trigger_end: usize,
    entities: &[Entity],
) {
    if f.both.is_some() || !f.agreement.parties.is_empty() {
        return;
    }
    let Some(lead) = text.get(sentence.start..trigger_end.clamp(sentence.start, sentence.end))
    else {
        return;
    };
    let Some(head) = counted_before_verb(&lower_words(lead), &WORDS.pair_bodies) else {
        return;
    };
    let mut bodies: Vec<(usize, &Entity)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation && e.country.is_some())
        .filter(|e| lower_words(&e.name).starts_with(&format!("{head} ")))
        .filter_map(|e| Some((e.mentions.iter().map(|m| m.span.start).min()?, e)))
        .collect();
    bodies.sort_unstable_by_key(|(at, _)| *at);
    let mut pair: Vec<&Entity> = Vec::new();
    let mut countries = HashSet::new();
    for (_, e) in bodies {
        if countries.insert(e.country.as_deref()) {
            pair.push(e);
        }
    }
    if pair.len() != 2 {
        return;
    }
    for p in pair {
        f.agreement.parties.push(Party {
            name: p.name.clone(),
            country: p.country.clone(),
        });
    }
}

/// Longest cue of the signing sentences' lists, in syllables.
const LONGEST_CUE: usize = 4;

/// How many clauses back from the signing verb its signers are looked for
/// ("Bộ trưởng A Nguyễn Văn X và ngài Y, Bộ trưởng B, đã ký").
const SIGNER_CLAUSES: usize = 3;

/// Where the list of parties after "giữa" ends at the latest: before a
/// "với" that brings a count or an amount ("giữa hai bên với 3 nội dung hợp
/// tác"), not a party. `s` is the text after "giữa".
pub(crate) fn list_end(s: &str) -> usize {
    for (at, _) in s.match_indices(WITH_SP) {
        let rest = &s[at + WITH_SP.len()..];
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return at;
        }
        let key = syllable_key(rest.split([',', ';', '.']).next().unwrap_or(""));
        let mut end = 0;
        for _ in 0..LONGEST_CUE {
            let Some(next) = key[end..].find(' ') else {
                break;
            };
            end += next + 1;
            if WORDS.quantities.contains(&key[..end]) {
                return at;
            }
        }
    }
    s.len()
}

/// How many lower words may go on a name up to its short name in brackets
/// ("Trung tâm Đổi mới sáng tạo quốc gia (NIC)").
const TAIL_WORDS: usize = 5;

/// Party names cut short where the document's sentence writes them in full
/// (a recogniser may stop at a hyphen, an ampersand or a lower word): the
/// name goes on over "-Mechanics" ("Samsung Electro-Mechanics"), "&
/// Whitney" ("Pratt & Whitney"), one more capitalised Latin word after a
/// Latin one ("Tokyo Gas"), and lower words up to a short name in
/// brackets ("Trung tâm Đổi mới sáng tạo quốc gia (NIC)"), none of them a
/// word that ends a name ("về", "ký", "và": `tail` and `break` rows)
/// and the short name no document ("(MOU)"). A place is named in full
/// already: "Nga-Trung" is two countries.
pub(crate) fn complete(
    coder: &Coder,
    f: &mut Found,
    text: &str,
    sentence: Span,
    entities: &[Entity],
) {
    let Some(s) = text.get(sentence.start..sentence.end) else {
        return;
    };
    let place = |name: &str| {
        mentions(entities, Some(EntityKind::Location))
            .any(|(m, e)| m.text == name || e.name == name)
    };
    for p in f.agreement.parties.iter_mut() {
        if p.name.is_empty() || place(&p.name) {
            continue;
        }
        let Some(at) = s.find(p.name.as_str()) else {
            continue;
        };
        let end = at + p.name.len();
        let last_word = p.name.rsplit(' ').next().unwrap_or("");
        let Some(more) = name_goes_on(coder, last_word, &s[end..]) else {
            continue;
        };
        // "Vietnam Airlines-Boeing": another name glued on is another party.
        let (from, to) = (sentence.start + end, sentence.start + end + more);
        if mentions(entities, None).any(|(m, _)| m.span.start > from && m.span.start < to) {
            continue;
        }
        p.name = one_line(&s[at..end + more]);
    }
}

/// "UBND tỉnh Bắc Ninh và KOTRA đã ký Bản ghi nhớ …" where the recogniser
/// knew "KOTRA" only where the article first wrote it, in brackets after
/// the full name: a document with one party gains a body's short name
/// written again in the signing clause before it (capitals, as the article
/// wrote it in brackets for that body, joined to the other signer by "và"
/// or "với"), with the body's country.
pub(crate) fn short_names_before(f: &mut Found, text: &str, sentence: Span, entities: &[Entity]) {
    if f.agreement.parties.len() != 1 || f.both.is_some() {
        return;
    }
    let doc = f.agreement.span.start;
    if doc <= sentence.start || doc > sentence.end {
        return;
    }
    let before = &text[sentence.start..doc];
    let clause = before.rfind([',', ';', ':']).map_or(0, |at| at + 1);
    let short = |w: &str| {
        w.chars().count() >= 2
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && w.chars().any(|c| c.is_ascii_uppercase())
    };
    // Joined to the other signer by "và"/"với" ("A và KOTRA", "KOTRA và
    // A"), and introduced by the article in brackets ("… (KOTRA)").
    let words: Vec<&str> = before[clause..].split_whitespace().collect();
    let joined = |i: usize| {
        (i > 0 && matches!(words[i - 1], AND | WITH)) || words.get(i + 1).is_some_and(|w| *w == AND)
    };
    let introduced = |w: &str| text.contains(&format!("({w})"));
    let picked = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| short(w) && joined(i) && introduced(w))
        .map(|(_, w)| *w);
    for word in picked {
        let known = f.agreement.parties.iter().any(|p| {
            p.name == word
                || entities.iter().any(|e| {
                    (e.name == p.name || e.mentions.iter().any(|m| m.text == p.name))
                        && e.mentions.iter().any(|m| m.text == word)
                })
        });
        let body = entities.iter().find(|e| {
            e.kind == EntityKind::Organisation && e.mentions.iter().any(|m| m.text == word)
        });
        if let (false, Some(e)) = (known, body) {
            f.agreement.parties.push(Party {
                name: word.to_string(),
                country: e.country.clone(),
            });
        }
    }
}

/// How many bytes of `rest` (the text right after a name ending in
/// `last_word`) are still the name's, if any.
fn name_goes_on(coder: &Coder, last_word: &str, rest: &str) -> Option<usize> {
    let upper = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let word_len = |s: &str| s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    if let Some(after) = rest.strip_prefix('-') {
        // "Electro-Mechanics", "Coca-Cola": a capitalised word glued on.
        let mut len = 0;
        let mut tail = rest;
        while let Some(after) = tail.strip_prefix('-').filter(|a| upper(a)) {
            let n = word_len(after);
            len += 1 + n;
            tail = &after[n..];
        }
        return (len > 0 && upper(after)).then_some(len);
    }
    if let Some(after) = rest.strip_prefix(" & ") {
        let n = word_len(after);
        return (upper(after) && n > 0).then_some(" & ".len() + n);
    }
    // "Tập đoàn Tokyo| Gas đã ký": one more capitalised Latin word after a
    // Latin one, then a lower word or a mark (two would be a person's name).
    if let Some(after) = rest.strip_prefix(' ') {
        let n = word_len(after);
        let word = &after[..n];
        let next = after[n..].trim_start_matches(' ');
        let latin = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic());
        if n > 1
            && upper(word)
            && latin(word)
            && latin(last_word)
            && !next.starts_with(char::is_uppercase)
        {
            return Some(1 + n);
        }
    }
    let open = rest.find(" (")?;
    let words: Vec<&str> = rest[..open].split_whitespace().collect();
    let lower = |w: &&str| {
        w.chars().all(char::is_alphabetic) && w.chars().next().is_some_and(char::is_lowercase)
    };
    if words.is_empty()
        || words.len() > TAIL_WORDS
        || !rest.starts_with(' ')
        || !words.iter().all(lower)
    {
        return None;
    }
    let keys: Vec<String> = words.iter().map(|w| syllable_key(w)).collect();
    let ends_name = (0..keys.len()).any(|i| {
        (i + 1..=keys.len().min(i + 2)).any(|j| {
            let k = keys[i..j].concat();
            WORDS.tails.contains(&k) || WORDS.breaks.contains(&k)
        })
    });
    if ends_name {
        return None;
    }
    let inner = &rest[open + 2..];
    let short = &inner[..inner.find(')')?];
    let capitals = short.chars().filter(|c| c.is_uppercase()).count();
    let shaped = (2..=12).contains(&short.chars().count())
        && upper(short)
        && capitals >= 2
        && short
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '&'));
    let st = SyllableText::new(short, Span::new(0, short.len()));
    let a_document = !st.find(&coder.rules.kinds).is_empty();
    (shaped && !a_document).then_some(open)
}

/// A party read before the signing verb, and whether it is a body.
#[derive(Debug)]
struct Signer {
    party: Party,
    body: bool,
    /// The person named right after a body as its head ("Chủ tịch Ủy ban
    /// Quốc vụ CHDCND Triều Tiên Kim Jong-un"), who signs for it.
    head: Option<Party>,
    /// Read as a party for the body he heads (`head` of another signer).
    leads: bool,
}

/// The parties of a sentence-form document whose title names none ("A và
/// B đã ký Bản ghi nhớ …", "… ký văn bản ghi nhớ giữa hai bên"): the
/// signers before its verb, when they name two countries, stand for the
/// parties read from the sentence's actors (who may have looked on, or come
/// on the visit the signing was part of); else the bodies they name are
/// added.
pub(crate) fn prefer_signers(
    coder: &Coder,
    f: &mut Found,
    text: &str,
    sentence: Span,
    entities: &[Entity],
) {
    // A title naming its parties, or a body for both sides ("hai Bộ Quốc
    // phòng"), is read by `agreements`.
    let both_named = f.both.as_deref().is_some_and(|b| !b.is_empty());
    // "ký tuyên bố chung về "thỏa thuận hòa bình giữa A và B"": a "giữa"
    // inside a quoted title names what the document is about; its signers
    // may be more than those two.
    let title = f.agreement.title.to_lowercase();
    let between = title.find(BETWEEN_SP);
    let quoted = between.is_some_and(|at| title[..at].contains(['"', '“', '«']));
    if both_named || (between.is_some() && !quoted) {
        return;
    }
    let (signers, told) = signers_before(coder, text, sentence, f.agreement.span, entities);
    let countries = |parties: &mut dyn Iterator<Item = &Party>| {
        parties
            .filter_map(|p| p.country.clone())
            .collect::<HashSet<String>>()
            .len()
    };
    let ours = countries(&mut f.agreement.parties.iter());
    // "Việt Nam và Liên minh châu Âu (EU) đã ký …": a body of no country
    // (a bloc, an international body) is a side of its own, where the
    // parties read so far name fewer than two countries (not beside a
    // title naming both: "đoàn quan sát của Liên minh châu Phi … có mặt tại
    // lễ ký kết thỏa thuận ngừng bắn Kenya - Uganda").
    let bloc = ours < 2 && signers.iter().any(|s| s.body && s.party.country.is_none());
    let theirs = countries(&mut signers.iter().map(|s| &s.party)) + usize::from(bloc);
    // Parties read from the sentence's actors that none of the signers is
    // were named elsewhere in it: looking on, or on the visit.
    let elsewhere = !f
        .agreement
        .parties
        .iter()
        .any(|p| signers.iter().any(|s| same_body(p, &s.party, entities)));
    if quoted {
        // The signers of a side the quoted title does not name are parties too.
        for s in signers {
            let named = f.agreement.parties.iter().any(|p| {
                p.name == s.party.name || (p.country.is_some() && p.country == s.party.country)
            });
            if !named {
                f.agreement.parties.push(s.party);
            }
        }
        return;
    }
    // "Dưới sự chứng kiến của A và B, C và D đã ký …": who looked on is no
    // party when the signers name two countries.
    let looked_on = theirs >= 2
        && f.agreement.parties.iter().any(|p| {
            !signers.iter().any(|s| same_body(p, &s.party, entities))
                && in_witness_clause(p, text, sentence, entities)
        });
    // "A và B ra tuyên bố chung cho biết đại diện C và D đã ký …": who
    // told of the signing is no party when two signers follow the telling.
    let teller = told
        && f.agreement
            .parties
            .iter()
            .any(|p| !signers.iter().any(|s| same_body(p, &s.party, entities)));
    if (theirs >= 2 && (ours < 2 || elsewhere || looked_on)) || teller {
        f.agreement.parties = signers.into_iter().map(|s| s.party).collect();
        f.both = None;
    } else if ours >= 2 {
        // The leader heading a body, beside a person of another side
        // signing as one (see `signers_before`), signs as a person too.
        for s in signers.into_iter().filter(|s| s.leads) {
            if !f.agreement.parties.iter().any(|p| p.name == s.party.name) {
                f.agreement.parties.push(s.party);
            }
        }
    } else if ours < 2 {
        // "tại trụ sở VFF, ông Kim Sang-sik đã ký hợp đồng": one signing a
        // contract with a body (a federation, a club, a firm) for himself is
        // its other party, of a country known or not; not beside a place.
        let with_body = match f.agreement.parties.as_slice() {
            [p] => entities.iter().any(|e| {
                e.kind == EntityKind::Organisation
                    && (e.name == p.name || e.mentions.iter().any(|m| m.text == p.name))
            }),
            _ => false,
        };
        let for_himself = f.agreement.kind == AgreementKind::Contract && with_body;
        for s in signers.into_iter().filter(|s| s.body || for_himself) {
            if !f.agreement.parties.iter().any(|p| p.name == s.party.name) {
                f.agreement.parties.push(s.party);
            }
        }
    }
}

/// Is the party named in the sentence only inside a clause of who looked
/// on ("dưới sự chứng kiến của A và B, …"): after such a phrase, with no
/// comma or semicolon between?
fn in_witness_clause(p: &Party, text: &str, sentence: Span, entities: &[Entity]) -> bool {
    let s = sentence.of(text);
    // Lower case keeps the bytes of these words: offsets stay valid.
    let lower = format!(" {}", s.to_lowercase());
    if lower.len() != s.len() + 1 {
        return false;
    }
    let witness: Vec<usize> = crate::agreements::WITNESS
        .iter()
        .flat_map(|w| lower.match_indices(w).map(|(i, _)| i))
        .collect();
    if witness.is_empty() {
        return false;
    }
    let mentions: Vec<Span> = entities
        .iter()
        .filter(|e| e.name == p.name || e.mentions.iter().any(|m| m.text == p.name))
        .flat_map(|e| e.mentions.iter().map(|m| m.span))
        .filter(|m| m.start >= sentence.start && m.end <= sentence.end)
        .collect();
    !mentions.is_empty()
        && mentions.iter().all(|m| {
            let at = m.start - sentence.start;
            witness
                .iter()
                .any(|&w| w <= at && !s[w.min(s.len())..at].contains([',', ';']))
        })
}

/// The signers named before the last signing verb (057) ahead of the
/// document at `document`: the clause right before the verb, then the
/// clauses before it while they name no two countries and do not open with
/// where, when or who looked on.
fn signers_before(
    coder: &Coder,
    text: &str,
    sentence: Span,
    document: Span,
    entities: &[Entity],
) -> (Vec<Signer>, bool) {
    if document.start < sentence.start || document.start > sentence.end {
        return (Vec::new(), false);
    }
    let st = SyllableText::new(text, sentence);
    let doc = st.syllable_from(document.start);
    let verbs = st.find(&coder.rules.verbs);
    let heads = st.find(&WORDS.heads);
    let titles = st.find(&WORDS.titles);
    let Some(verb) = verbs
        .iter()
        .rev()
        .find(|m| m.first < doc && coder.rules.verbs.values[m.pattern].code == "057")
    else {
        return (Vec::new(), false);
    };
    // Another verb before the signing one in its clause ("… chứng kiến trao
    // Thỏa thuận"): its subject is no signer, the signers stand after it.
    // A hyphen inside a name ("Kim Sang-sik") marks no clause.
    let inside_name = |i: usize| {
        let at = st.syllables[i].span.start;
        entities
            .iter()
            .flat_map(|e| e.mentions.iter())
            .any(|m| m.span.start < at && at < m.span.end)
    };
    // "Chính phủ A và Mặt trận B (TPLF) ngày 2/11 đã ký …": a bracket round
    // a short name marks no clause either.
    let bracket = |i: usize| {
        let gap = text[st.syllables[i - 1].span.end..st.syllables[i].span.start].trim();
        matches!(gap, "(" | ")")
    };
    let mark = |i: usize| st.punct_before(i) && !inside_name(i) && !bracket(i);
    let mut end = verb.first;
    let mut first_clause_start = (0..end).rev().find(|&i| mark(i)).unwrap_or(0);
    let other_verb = verbs
        .iter()
        .filter(|m| m.end <= end && m.first >= first_clause_start)
        .map(|m| m.end)
        .max();
    if let Some(after) = other_verb {
        first_clause_start = after;
    }
    // "Báo Japan Today cho biết thêm Nhật Bản và Việt Nam đã ký …": the
    // signers stand after whoever tells of the signing.
    let told_by = (first_clause_start..end)
        .flat_map(|i| {
            (1..=3usize)
                .filter(move |&n| i + n <= end)
                .map(move |n| (i, n))
        })
        .filter(|&(i, n)| WORDS.says.contains(key(&st, i, i + n)))
        .map(|(i, n)| i + n)
        .max();
    if let Some(after) = told_by {
        first_clause_start = after;
    }
    let mut signers: Vec<Signer> = Vec::new();
    let mut told = false;
    let mut clause_words = Clause {
        text,
        st: &st,
        heads,
        titles,
        entities,
        end,
    };
    for clause in 0..SIGNER_CLAUSES {
        let start = if clause == 0 {
            first_clause_start
        } else {
            (0..end).rev().find(|&i| mark(i)).unwrap_or(0)
        };
        let start = after_joiner(&st, start, end);
        if start >= end || opens_with(&st, start, end, &WORDS.stops) {
            break;
        }
        if clause > 0 && verbs.iter().any(|m| m.first >= start && m.first < end) {
            break;
        }
        clause_words.end = end;
        let mut read = read_clause(&clause_words, start);
        read.append(&mut signers);
        signers = read;
        let countries: HashSet<&str> = signers
            .iter()
            .filter_map(|s| s.party.country.as_deref())
            .collect();
        // "… cho biết đại diện C và D đã ký": two signers after the
        // telling are its signers, of one country or two.
        told = clause == 0 && told_by.is_some() && signers.len() >= 2;
        if countries.len() >= 2 || start == 0 || (clause == 0 && other_verb.is_some()) || told {
            if !(clause == 0 && other_verb.is_some()) {
                // "A, B, C và D": one side a clause, back to the list's head.
                let mut at = start;
                while at > 0 {
                    let (mut first, from) = list_head(&mut clause_words, &verbs, at);
                    if first.is_empty() || from >= at {
                        break;
                    }
                    first.append(&mut signers);
                    signers = first;
                    at = from;
                }
            }
            break;
        }
        end = start;
    }
    // "Liên minh châu Âu (EU)": a side named twice is one.
    let entity_of = |name: &str| {
        entities
            .iter()
            .position(|e| e.name == name || e.mentions.iter().any(|m| m.text == name))
    };
    let mut seen: Vec<Signer> = Vec::with_capacity(signers.len());
    for s in signers {
        let one = |k: &Signer| {
            k.party.name == s.party.name
                || entity_of(&k.party.name).is_some_and(|e| entity_of(&s.party.name) == Some(e))
        };
        if !seen.iter().any(one) {
            seen.push(s);
        }
    }
    // "Tổng thống Nga Vladimir Putin và Chủ tịch Ủy ban Quốc vụ CHDCND
    // Triều Tiên Kim Jong-un đã ký …": where a signer of another country
    // signs as a person, the leader heading a body signs as one too: he is
    // a party beside the body his title names.
    let person_signs = |iso: Option<&str>| {
        seen.iter().any(|s| {
            !s.body
                && s.party.country.is_some()
                && s.party.country.as_deref() != iso
                && entities
                    .iter()
                    .any(|e| e.kind == EntityKind::Person && e.name == s.party.name)
        })
    };
    let heads: Vec<(usize, Party)> = seen
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.head.clone().map(|h| (i, h)))
        .filter(|(_, h)| h.country.is_some() && person_signs(h.country.as_deref()))
        .collect();
    for (i, h) in heads.into_iter().rev() {
        if !seen.iter().any(|s| s.party.name == h.name) {
            seen.insert(
                i + 1,
                Signer {
                    party: h,
                    body: false,
                    head: None,
                    leads: true,
                },
            );
        }
    }
    (seen, told)
}

/// "Việt Nam, Lào và Campuchia đã ký …": the signers of a clause that opens
/// right after a comma go on before it with one more side, a clause holding
/// only names of one country (not a time or a place: "Ngày 5/3, …", "Tại
/// Hà Nội, …", nor one of those who looked on), its signers; and where
/// that clause opens.
fn list_head(c: &mut Clause, verbs: &[PhraseMatch], start: usize) -> (Vec<Signer>, usize) {
    let st = c.st;
    let gap_before = |i: usize| {
        c.text[st.syllables[i - 1].span.end..st.syllables[i].span.start]
            .trim()
            .to_string()
    };
    // "…, Các Tiểu vương quốc Arab Thống nhất (UAE), Pháp …": a side with
    // its short name in brackets ends at the comma after them.
    if !matches!(gap_before(start).as_str(), "," | "),") {
        return (Vec::new(), start);
    }
    let from = (0..start)
        .rev()
        .find(|&i| st.punct_before(i) && gap_before(i) != "(")
        .unwrap_or(0);
    // "dưới sự chứng kiến của A, B và C, …": who looked on, listed.
    let said_before = &c.text[st.syllables[0].span.start..st.syllables[from].span.start];
    if crate::agreements::WITNESS
        .iter()
        .any(|w| said_before.contains(w.trim_start()))
    {
        return (Vec::new(), start);
    }
    if opens_with(st, from, start, &WORDS.stops)
        || verbs.iter().any(|m| m.first >= from && m.first < start)
    {
        return (Vec::new(), start);
    }
    c.end = start;
    let read = read_clause(c, from);
    let mut countries = read.iter().map(|s| s.party.country.as_deref());
    let one = match countries.next() {
        Some(Some(first)) => countries.all(|c| c == Some(first)),
        _ => false,
    };
    if one {
        (read, from)
    } else {
        (Vec::new(), start)
    }
}

/// Where a clause's words start after a joiner opening it ("trong khi A và
/// B ký …" → "A và B ký …").
fn after_joiner(st: &SyllableText, start: usize, end: usize) -> usize {
    (1..=LONGEST_CUE.min(end.saturating_sub(start)))
        .rev()
        .find(|&n| WORDS.joiners.contains(key(st, start, start + n)))
        .map_or(start, |n| start + n)
}

/// Does the clause `start..end` open with a cue of `set`?
fn opens_with(st: &SyllableText, start: usize, end: usize, set: &HashSet<String>) -> bool {
    (1..=LONGEST_CUE.min(end - start)).any(|n| set.contains(key(st, start, start + n)))
}

/// The key of syllables `first..end` without a clause mark after them.
fn key(st: &SyllableText, first: usize, end: usize) -> &str {
    let k = st.key_of(first, end);
    k.strip_suffix("| ").unwrap_or(k)
}

/// Is the syllable capitalised?
fn capital(text: &str, st: &SyllableText, i: usize) -> bool {
    st.syllables.get(i).is_some_and(|s| {
        s.span
            .of(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    })
}

/// The mentions of entities of `kind` (any kind when `None`), with their
/// entity.
fn mentions(
    entities: &[Entity],
    kind: Option<EntityKind>,
) -> impl Iterator<Item = (&Mention, &Entity)> {
    entities
        .iter()
        .filter(move |e| kind.is_none_or(|k| e.kind == k))
        .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
}

/// One clause's sentence, seen once: its syllables, the head words and
/// titles found in it, and the entities.
struct Clause<'a> {
    text: &'a str,
    st: &'a SyllableText,
    heads: Vec<PhraseMatch>,
    titles: Vec<PhraseMatch>,
    entities: &'a [Entity],
    /// Where the clause ends (a syllable index, exclusive).
    end: usize,
}

impl Clause<'_> {
    fn capital(&self, i: usize) -> bool {
        capital(self.text, self.st, i)
    }

    /// Does a body's name open at syllable `i`: a head word written
    /// capitalised with a capitalised word or a place after it ("ĐH Tổng
    /// hợp", "Sở Nội vụ", "UBND tỉnh Lào Cai"), not a title ("Bộ
    /// trưởng")? Where the head word ends.
    fn head_at(&self, i: usize) -> Option<usize> {
        let m = self.heads.iter().find(|m| m.first == i)?;
        let named_after = m.end < self.end
            && (self.capital(m.end) || self.mention_at(m.end, EntityKind::Location).is_some());
        (self.capital(i) && named_after).then_some(m.end)
    }

    /// A title naming its body's head word at syllable `i` ("Bộ trưởng
    /// Nông nghiệp …"; not "Bộ trưởng Bộ …", where the body is named):
    /// where it ends, and the head word.
    fn title_at(&self, i: usize) -> Option<(usize, usize)> {
        let m = self.titles.iter().find(|m| m.first == i)?;
        (self.capital(i)
            && m.end < self.end
            && self.capital(m.end)
            && self.head_at(m.end).is_none()
            && self.mention_at(m.end, EntityKind::Organisation).is_none())
        .then_some((m.end, m.pattern))
    }

    /// The longest mention of `kind` starting at syllable `i`, ending in the
    /// clause.
    fn mention_at(&self, i: usize, kind: EntityKind) -> Option<(&Mention, &Entity)> {
        if i >= self.end {
            return None;
        }
        let at = self.st.syllables[i].span.start;
        let limit = self.st.syllables[self.end - 1].span.end;
        mentions(self.entities, Some(kind))
            .filter(|(m, _)| m.span.start == at && m.span.end <= limit)
            .max_by_key(|(m, _)| m.span.end)
    }

    /// Does any name start at syllable `i`?
    fn starts_name(&self, i: usize) -> bool {
        let at = self.st.syllables[i].span.start;
        self.head_at(i).is_some()
            || self.titles.iter().any(|m| m.first == i)
            || mentions(self.entities, None).any(|(m, _)| m.span.start == at)
    }

    /// Is syllable `i` inside an organisation's mention that began before it?
    fn inside_org(&self, i: usize) -> bool {
        let at = self.st.syllables[i].span;
        mentions(self.entities, Some(EntityKind::Organisation))
            .any(|(m, _)| m.span.start < at.start && m.span.end >= at.end)
    }
}

/// The signers one clause (`start..` up to its end) names: bodies (an
/// organisation's mention, or a name read on from its head word or its
/// head's title to the place or body it ends with, or to the person heading
/// it), people, and places not preceded by "tại"/"ở".
fn read_clause(c: &Clause, start: usize) -> Vec<Signer> {
    let mut out: Vec<Signer> = Vec::new();
    let st = c.st;
    let mut i = start;
    while i < c.end {
        let org = c.mention_at(i, EntityKind::Organisation);
        let head = c.head_at(i);
        let title = c.title_at(i);
        if org.is_some() || head.is_some() || title.is_some() {
            if let Some(body) = read_body(c, i, org, title) {
                let mut next = body.end;
                let mut party = body.party;
                let mut head = None;
                // The person heading it signs for it: no party of his own
                // (unless the other side signs as a person: see
                // `signers_before`).
                if let Some((m, e)) = c.mention_at(next, EntityKind::Person) {
                    head = Some(Party {
                        name: e.name.clone(),
                        country: e.country.clone(),
                    });
                    if party.country.is_none() {
                        party.country = e.country.clone();
                        // "Bộ trưởng Ngoại giao Bùi Thanh Sơn": a body named
                        // from its head's title, alike in every country, is
                        // named with his country ("Bộ Ngoại giao Việt Nam").
                        if let Some(iso) = e.country.as_deref().filter(|_| title.is_some()) {
                            if crate::agreements::generic(&party.name) {
                                let land = crate::agreements::country_as_written(
                                    iso, m.sentence, c.entities,
                                );
                                party.name = format!("{} {land}", party.name);
                            }
                        }
                    }
                    next = st.syllable_from(m.span.end);
                }
                push(&mut out, party, true);
                if let (Some(last), Some(h)) = (out.last_mut(), head) {
                    last.head = last.head.take().or(Some(h));
                }
                i = next.max(i + 1);
                continue;
            }
            if head.is_some() || title.is_some() {
                // A name whose end cannot be told: none of its words signs.
                i += 1;
                continue;
            }
        }
        if let Some((m, e)) = c.mention_at(i, EntityKind::Person) {
            let party = Party {
                name: e.name.clone(),
                country: e.country.clone(),
            };
            push(&mut out, party, false);
            i = st.syllable_from(m.span.end).max(i + 1);
            continue;
        }
        if let Some((m, e)) = c.mention_at(i, EntityKind::Location) {
            let locative = i > 0 && LISTS.locative.contains(key(st, i - 1, i).trim_end());
            if !locative && e.country.is_some() {
                let party = Party {
                    name: one_line(&m.text),
                    country: e.country.clone(),
                };
                push(&mut out, party, false);
            }
            i = st.syllable_from(m.span.end).max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// A body's name read from a syllable, and the syllable after it.
struct Body {
    party: Party,
    end: usize,
}

/// The body whose name opens at `start` (an organisation's mention `org`,
/// a head word, or a title naming its head): it runs on past lower words
/// and "và" inside a ministry's name ("Nông nghiệp và PTNT") to a break, a
/// stop or a person; it ends with the last place or body named in it, or
/// right before the person heading it. A name with neither end is not read
/// (a foreign person's name may run on unrecognised).
fn read_body(
    c: &Clause,
    start: usize,
    org: Option<(&Mention, &Entity)>,
    title: Option<(usize, usize)>,
) -> Option<Body> {
    let (st, text, end) = (c.st, c.text, c.end);
    let mut r = match org {
        Some((m, _)) => st.syllable_from(m.span.end).max(start + 1),
        None => title.map_or(start + 1, |(after, _)| after),
    };
    let mut by_person = false;
    while r < end {
        if st.punct_before(r) {
            break;
        }
        if c.mention_at(r, EntityKind::Person).is_some() {
            by_person = true;
            break;
        }
        if c.inside_org(r) {
            r += 1;
            continue;
        }
        // Another signer's title ("… kiêm Bộ trưởng …") opens another name.
        if c.capital(r) && c.titles.iter().any(|m| m.first == r) {
            break;
        }
        if key(st, r, r + 1) == AND_KEY {
            // "Nông nghiệp và PTNT": a lower part of one name goes on.
            if r + 1 < end && c.capital(r + 1) && !c.starts_name(r + 1) {
                r += 1;
                continue;
            }
            break;
        }
        let breaks = (1..=2usize.min(end - r)).any(|n| {
            !(r + 1..r + n).any(|k| st.punct_before(k)) && WORDS.breaks.contains(key(st, r, r + n))
        });
        if breaks {
            break;
        }
        r += 1;
    }
    let run = st.span(start, r);
    // The name ends with the last place or body named in it.
    let named_in = |m: &Mention, e: &Entity| {
        e.kind != EntityKind::Person && m.span.start >= run.start && m.span.end <= run.end
    };
    let anchor = mentions(c.entities, None)
        .filter(|(m, e)| named_in(m, e))
        .map(|(m, _)| m.span.end)
        .max();
    let name_end = match (anchor, org) {
        (Some(a), _) => a,
        (None, Some((m, _))) => m.span.end,
        (None, None) if by_person => run.end,
        (None, None) => return None,
    };
    let country = mentions(c.entities, None)
        .filter(|(m, e)| named_in(m, e) && e.country.is_some() && m.span.end <= name_end)
        .max_by_key(|(m, _)| (m.span.end, std::cmp::Reverse(m.span.start)))
        .and_then(|(_, e)| e.country.clone())
        .or_else(|| org.and_then(|(_, e)| e.country.clone()));
    let name = match (title, org) {
        (Some((after, pattern)), _) => {
            // "Thứ trưởng Hoàng Minh Sơn": a title before a person names no body.
            let rest = text.get(st.syllables[after].span.start..name_end)?;
            format!("{} {}", WORDS.titles.values[pattern], one_line(rest))
        }
        // A body known to the recogniser, named no further: its name.
        (None, Some((m, e))) if m.span.end == name_end => e.name.clone(),
        _ => one_line(text.get(run.start..name_end)?),
    };
    Some(Body {
        party: Party { name, country },
        end: st.syllable_from(name_end),
    })
}

fn push(out: &mut Vec<Signer>, party: Party, body: bool) {
    if !out.iter().any(|s| s.party.name == party.name) {
        out.push(Signer {
            party,
            body,
            head: None,
            leads: false,
        });
    }
}

/// A name on one line, its spaces single.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Is the party a country named bare ("Ấn Độ", "Lào")?
fn country_itself(p: &Party, entities: &[Entity]) -> bool {
    entities.iter().any(|e| {
        e.kind == EntityKind::Location
            && e.country.is_some()
            && e.gazetteer_id == e.country
            && (e.name == p.name || e.mentions.iter().any(|m| m.text == p.name))
    })
}

/// "giữa Công ty A và Công ty B, Ấn Độ", "giữa tỉnh A, Việt Nam và tỉnh B,
/// Lào": a country named right after a party that is no country, and of
/// its country or none, tells where that party is from: no party of its
/// own.
pub(crate) fn with_countries(parties: Vec<Party>, entities: &[Entity]) -> Vec<Party> {
    let mut out: Vec<Party> = Vec::with_capacity(parties.len());
    for p in parties {
        let qualifies = country_itself(&p, entities)
            && out.last().is_some_and(|q| {
                !country_itself(q, entities)
                    && !crate::agreements::names_this_country(&q.name)
                    && (q.country.is_none() || q.country == p.country)
            });
        if qualifies {
            if let Some(q) = out.last_mut() {
                q.country = q.country.take().or(p.country);
            }
            continue;
        }
        out.push(p);
    }
    out
}

/// How many sentences apart one document may be told twice.
const RETOLD_WITHIN: u32 = 3;

/// One document told twice in nearby sentences ("ĐHQGHN và ĐH A đã ký Biên
/// bản ghi nhớ giai đoạn 2024 - 2029 …" and the caption "Lãnh đạo ĐH Quốc
/// gia Hà Nội … ký văn bản ghi nhớ giai đoạn 2024 - 2029"): one kind, one
/// title after the kind word up to where it names parties or an aim, no
/// country one names that the other lacks, and a party in common.
pub(crate) fn told_twice(coder: &Coder, a: &Agreement, b: &Agreement, entities: &[Entity]) -> bool {
    if a.kind != b.kind
        || a.sentence == b.sentence
        || a.sentence.abs_diff(b.sentence) > RETOLD_WITHIN
    {
        return false;
    }
    // Two titles naming their parties are told apart by them
    // (`same_document`).
    let named = |x: &Agreement| x.title.to_lowercase().contains(BETWEEN_SP);
    let sides: Vec<&str> = a
        .parties
        .iter()
        .chain(&b.parties)
        .map(|p| p.name.as_str())
        .collect();
    if (named(a) && named(b)) || topic(coder, &a.title, &sides) != topic(coder, &b.title, &sides) {
        return false;
    }
    let countries = |x: &Agreement| -> HashSet<String> {
        x.parties.iter().filter_map(|p| p.country.clone()).collect()
    };
    let (ca, cb) = (countries(a), countries(b));
    (ca.is_subset(&cb) || cb.is_subset(&ca))
        && a.parties
            .iter()
            .any(|p| b.parties.iter().any(|q| same_body(p, q, entities)))
}

/// The words of a title after its kind ("Bản ghi nhớ hợp tác giai đoạn
/// 2024–2030 giữa …" → "hợp tác giai đoạn 2024 2030"), lower case, up to
/// where it names parties or an aim.
fn topic(coder: &Coder, title: &str, sides: &[&str]) -> Vec<String> {
    let st = SyllableText::new(title, Span::new(0, title.len()));
    let from = st.find(&coder.rules.kinds).first().map_or(0, |m| m.end);
    // "thỏa thuận ngừng bắn Thái Lan - Campuchia": the parties named after
    // the topic are no part of it.
    let side_at = |i: usize| {
        let rest = &title[st.syllables[i].span.start..];
        sides.iter().any(|s| !s.is_empty() && rest.starts_with(s))
    };
    let mut words = Vec::new();
    for i in from..st.syllables.len() {
        let key = key(&st, i, i + 1).trim_end();
        if matches!(
            key,
            BETWEEN | WITH | AIM | FOR | UNDER | BEFORE | HAS | IN | AT
        ) || (capital(title, &st, i) && side_at(i))
        {
            break;
        }
        words.push(key.to_string());
    }
    words
}

/// One body written two ways: one name, one entity, or one name holding the
/// other once short forms are written out ("ĐH Quốc gia Hà Nội", "Đại học
/// Quốc gia Hà Nội").
pub(crate) fn same_body(a: &Party, b: &Party, entities: &[Entity]) -> bool {
    if a.name == b.name {
        return true;
    }
    let entity_of = |name: &str| {
        entities
            .iter()
            .position(|e| e.name == name || e.mentions.iter().any(|m| m.text == name))
    };
    if entity_of(&a.name).is_some_and(|e| entity_of(&b.name) == Some(e)) {
        return true;
    }
    let (ka, kb) = (long_form(&a.name), long_form(&b.name));
    let (short, long) = if ka.len() <= kb.len() {
        (&ka, &kb)
    } else {
        (&kb, &ka)
    };
    short.matches(' ').count() >= 2
        && (long.starts_with(short.as_str()) || long.contains(&format!(" {short}")))
}

/// A name's syllable key with its short forms written out.
fn long_form(name: &str) -> String {
    let key = syllable_key(name);
    let mut out = String::with_capacity(key.len() + 16);
    for syllable in key.split_inclusive(' ') {
        match WORDS.shorts.iter().find(|(s, _)| s == syllable) {
            Some((_, long)) => out.push_str(long),
            None => out.push_str(syllable),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(name: &str, country: Option<&str>) -> Party {
        Party {
            name: name.to_string(),
            country: country.map(str::to_string),
        }
    }

    fn country(name: &str, iso: &str) -> Entity {
        Entity {
            kind: EntityKind::Location,
            name: name.to_string(),
            country: Some(iso.to_string()),
            gazetteer_id: Some(iso.to_string()),
            roles: vec![],
            actor_role: None,
            mentions: vec![],
        }
    }

    #[test]
    fn a_list_of_parties_ends_before_a_count_not_before_a_body() {
        let s = "hai bên với 3 nội dung hợp tác trọng tâm";
        assert_eq!(&s[..list_end(s)], "hai bên");
        let s = "Công ty A với tổng vốn 500 triệu USD";
        assert_eq!(&s[..list_end(s)], "Công ty A");
        let s = "Bộ Y tế Việt Nam với Bộ Y tế Lào";
        assert_eq!(list_end(s), s.len());
        let s = "tỉnh Nghệ An với tỉnh Xiengkhouang";
        assert_eq!(list_end(s), s.len());
        assert_eq!(list_end(""), 0);
        assert_eq!(list_end(" với "), " với ".len());
    }

    #[test]
    fn a_country_after_a_party_is_its_country_not_a_party() {
        let places = [country("Ấn Độ", "IND"), country("Lào", "LAO")];
        let got = with_countries(
            vec![
                party("Tập đoàn Hòa Phát", Some("VNM")),
                party("Công ty Tata Projects", None),
                party("Ấn Độ", Some("IND")),
            ],
            &places,
        );
        assert_eq!(
            got,
            vec![
                party("Tập đoàn Hòa Phát", Some("VNM")),
                party("Công ty Tata Projects", Some("IND")),
            ]
        );
        // Countries listed as parties stay parties; so does a country after
        // a body of another country.
        let list = vec![party("Ấn Độ", Some("IND")), party("Lào", Some("LAO"))];
        assert_eq!(with_countries(list.clone(), &places), list);
        let list = vec![
            party("Bộ Y tế Việt Nam", Some("VNM")),
            party("Lào", Some("LAO")),
        ];
        assert_eq!(with_countries(list.clone(), &places), list);
    }

    #[test]
    fn one_body_written_short_and_long_is_one() {
        let a = party("ĐH Quốc gia Hà Nội", Some("VNM"));
        let b = party("Đại học Quốc gia Hà Nội", Some("VNM"));
        assert!(same_body(&a, &b, &[]));
        let c = party("Đại học Bách khoa Hà Nội", Some("VNM"));
        assert!(!same_body(&a, &c, &[]));
        // One word in common is not enough.
        let d = party("Lào", Some("LAO"));
        let e = party("Bộ Y tế Lào", Some("LAO"));
        assert!(!same_body(&d, &e, &[]));
    }

    #[test]
    fn a_title_after_its_kind_up_to_its_parties_is_its_topic() {
        let coder = &Coder::embedded();
        let topic = |title: &str| topic(coder, title, &[]);
        assert_eq!(
            topic("Bản ghi nhớ hợp tác giai đoạn 2025–2030 giữa tỉnh A và tỉnh B"),
            ["hợp", "tác", "giai", "đoạn", "2025", "2030"]
        );
        assert_eq!(
            topic("Biên bản ghi nhớ hợp tác nhằm củng cố quan hệ"),
            topic("Bản ghi nhớ hợp tác với Sở Ngoại vụ tỉnh A")
        );
        assert_ne!(
            topic("Bản ghi nhớ về y tế"),
            topic("Bản ghi nhớ về giáo dục")
        );
        assert!(topic("").is_empty());
        // Where it was signed and the sides it names are no part of it.
        let sides = ["Thái Lan", "Campuchia"];
        assert_eq!(
            super::topic(coder, "thỏa thuận ngừng bắn Thái Lan - Campuchia", &sides),
            super::topic(
                coder,
                "thỏa thuận ngừng bắn trong cuộc gặp ở biên giới",
                &sides
            )
        );
    }
}
