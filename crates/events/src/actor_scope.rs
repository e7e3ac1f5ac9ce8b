//! Actor scope (`data/events/actor_scope.tsv`): names in a sentence that
//! stand for a place, a victim, a reporter or a frame rather than for a side
//! of the act told.
//!
//! Two moments use it. While the sentence's actors are gathered, a name
//! after a locative ("tại ba quốc gia Iraq", "gần thị trấn Akerbat",
//! "phường Hải Hòa", "trốn sang Campuchia"), or a city inside a document's
//! title ("Hiệp định khí hậu Paris"), is marked as a place where something
//! happens ([`place_named`]); a list run on from such a place is a place too
//! ([`spread_places`]); and a name the recogniser could only guess to be
//! Vietnamese from its shape, though it is not spelt in Vietnamese
//! syllables ("Vàng Maple", "Akerbat"), is no Vietnamese side
//! ([`guessed_home`]). Once the events are coded, an event whose source or
//! target was read against the grammar of its sentence is dropped
//! ([`misread`]): the source suffered the act, published the report that
//! tells it, is the one under investigation, or stands in a framing first
//! clause; the target is the doer of a passive. An act of force or coercion
//! the doer is only ready for ("sẵn sàng tấn công") is dropped, and a visit
//! one is ready for is the intent to meet (036) ([`settle`]).

use std::sync::LazyLock;
use thoisu_core::{Entity, EntityKind, Event, Sentence, Span};
use thoisu_normalise::{chars, fold_for_search};

use crate::phrase_list::{self, Split};
use crate::SentenceActor;

const SCOPE: &str = include_str!("../../../data/events/actor_scope.tsv");

/// The rows of `actor_scope.tsv`, each phrase as its lower-case words.
#[derive(Default)]
struct Cues {
    head: Vec<Vec<String>>,
    class: Vec<Vec<String>>,
    count: Vec<Vec<String>>,
    place: Vec<Vec<String>>,
    notplace: Vec<Vec<String>>,
    title: Vec<Vec<String>>,
    /// Title words that count only written with a capital ("Tuyên bố
    /// Kazan"), where the lower-case word is a verb ("tuyên bố").
    captitle: Vec<Vec<String>>,
    /// Words that, capitalised right before a place, name a war fought there
    /// ("Chiến tranh Triều Tiên"): the place is no side.
    war: Vec<Vec<String>>,
    victim: Vec<Vec<String>>,
    cause: Vec<Vec<String>>,
    report: Vec<Vec<String>>,
    agent: Vec<Vec<String>>,
    frame: Vec<Vec<String>>,
    inside: Vec<Vec<String>>,
    under: Vec<Vec<String>>,
    ready: Vec<Vec<String>>,
    /// (code prefix, what it becomes: an intent code, or none: uncoded).
    ready_for: Vec<(String, Option<String>)>,
    filler: Vec<Vec<String>>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| parse(SCOPE));

fn parse(file: &'static str) -> Cues {
    let mut f = phrase_list::load(
        "actor_scope.tsv",
        file,
        &[
            "head", "class", "count", "place", "notplace", "title", "captitle", "war", "victim",
            "cause", "report", "agent", "frame", "inside", "under", "ready", "filler",
        ],
        &["readyfor"],
        Split::Words,
    );
    let ready_for = f
        .raw("readyfor")
        .into_iter()
        .map(|row| {
            let (code, intent) = row.split_once('\t').unwrap_or((row, "-"));
            let intent = intent.trim();
            (
                code.trim().to_string(),
                (intent != "-").then(|| intent.to_string()),
            )
        })
        .collect();
    Cues {
        head: f.take("head"),
        // Longest first: "các quốc gia" is read before "các".
        class: f.longest_first("class"),
        count: f.take("count"),
        place: f.longest_first("place"),
        notplace: f.take("notplace"),
        title: f.take("title"),
        captitle: f.longest_first("captitle"),
        war: f.longest_first("war"),
        victim: f.take("victim"),
        cause: f.take("cause"),
        report: f.take("report"),
        agent: f.take("agent"),
        frame: f.longest_first("frame"),
        inside: f.take("inside"),
        under: f.take("under"),
        ready: f.take("ready"),
        ready_for,
        filler: f.take("filler"),
    }
}

/// `s` in lower case: `str::to_lowercase` through the normaliser's table
/// (this runs for every name the event coder weighs as a side).
fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| chars::push_lowercase(&mut out, c));
    out
}

/// The words of a lower-case text (letters and digits), in order.
pub(crate) fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !chars::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The length of the first phrase of `list` that `ws` ends with.
fn ends_with(ws: &[String], list: &[Vec<String>]) -> Option<usize> {
    list.iter().find(|p| ws.ends_with(p)).map(Vec::len)
}

/// The length of the first phrase of `list` that `ws` starts with.
fn starts_with(ws: &[String], list: &[Vec<String>]) -> Option<usize> {
    list.iter().find(|p| ws.starts_with(p)).map(Vec::len)
}

/// Does `ws` hold a phrase of `list` anywhere?
fn holds(ws: &[String], list: &[Vec<String>]) -> bool {
    list.iter()
        .any(|p| !p.is_empty() && ws.windows(p.len()).any(|w| w == p.as_slice()))
}

/// The words of the clause that ends a text: after its last punctuation
/// mark (a comma, a bracket, a quotation mark).
fn last_clause(s: &str) -> Vec<String> {
    let cut = s
        .rfind(|c: char| !(chars::is_alphanumeric(c) || c.is_whitespace()))
        .map(|i| i + s[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    words(&lower(&s[cut..]))
}

/// Is the name `mention` (as written), after the text `before` it in its
/// sentence, a place where something happens rather than a side?
/// `sub_place`: the name is a place below a country (a city, a town), which
/// a document's title may hold.
pub(crate) fn place_named(before: &str, mention: &str, sub_place: bool) -> bool {
    let cues = &*CUES;
    let name = words(&lower(mention));
    // "thị trấn Akerbat", "phường Hải Hòa" read as one name.
    if starts_with(&name, &cues.place).is_some_and(|n| n < name.len()) {
        return true;
    }
    let ws = last_clause(before);
    if ends_with(&ws, &cues.place).is_some() && ends_with(&ws, &cues.notplace).is_none() {
        return true;
    }
    // "tại ba quốc gia": a head with only place kinds and counts
    // after it.
    if head_through_classes(&ws).is_some() {
        return true;
    }
    // "Chiến tranh Triều Tiên": the place a war is named after.
    if ends_with(&ws, &cues.war).is_some_and(|n| title_word_capitalised(before, 0, n)) {
        return true;
    }
    // "ký kết Hiệp định khí hậu Paris", "Tuyên bố Kazan … kêu gọi": a city
    // in a title.
    sub_place
        && (0..=3).any(|k| {
            ws.len() > k
                && ((ends_with(&ws[..ws.len() - k], &cues.title).is_some()
                    && before_title_capitalised(before, k))
                    || ends_with(&ws[..ws.len() - k], &cues.captitle)
                        .is_some_and(|n| title_word_capitalised(before, k, n)))
        })
}

/// Is the first of the `n` words that end `k` words before the end of
/// `before` capitalised, as a title's own first word is ("Tuyên bố Kazan",
/// not "ông Peskov tuyên bố Moskva …")?
fn title_word_capitalised(before: &str, k: usize, n: usize) -> bool {
    let raw: Vec<&str> = before
        .split(|c: char| !chars::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .collect();
    raw.len() >= k + n
        && raw[raw.len() - k - n]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// If the words `ws` end with a head and then only place kinds and
/// counts, whether a count stands among them ("tại ba quốc gia").
fn head_through_classes(ws: &[String]) -> Option<bool> {
    let cues = &*CUES;
    let mut rest = ws;
    let mut counted = false;
    loop {
        if ends_with(rest, &cues.head).is_some() {
            return Some(counted);
        }
        if let Some(n) = ends_with(rest, &cues.class) {
            rest = &rest[..rest.len() - n];
        } else if let Some(n) = ends_with(rest, &cues.count) {
            rest = &rest[..rest.len() - n];
            counted = true;
        } else if rest
            .last()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        {
            rest = &rest[..rest.len() - 1];
            counted = true;
        } else {
            return None;
        }
    }
}

/// Is the title word that stands `k` words before the end of `before`
/// capitalised, as a title's first word is ("Hiệp định")?
fn before_title_capitalised(before: &str, k: usize) -> bool {
    let raw: Vec<&str> = before
        .split(|c: char| !chars::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .collect();
    // The title word is one or more words ending `k` words from the end;
    // its first word is capitalised when any of the title's words before
    // the `k` is.
    raw.len() > k
        && raw[..raw.len() - k]
            .iter()
            .rev()
            .take(3)
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "tại ba quốc gia Iraq, Syria và Afghanistan": names listed right after a
/// counted place where something happens are places too, and so is the
/// country a place is "của". `list` is one
/// sentence's actors in text order.
pub(crate) fn spread_places(text: &str, sentence_start: usize, list: &mut [SentenceActor]) {
    // "tại sân bay Lisbon của Bồ Đào Nha": the country owning the place is
    // its address.
    for i in 1..list.len() {
        if list[i - 1].locative && list[i - 1].is_place && list[i].is_place {
            let between = text
                .get(list[i - 1].span.end..list[i].span.start)
                .unwrap_or("")
                .trim();
            // "tại Kuala Lumpur (Malaysia)": the country in brackets after
            // a place is its address too.
            if between == "của" || between == "(" {
                list[i].locative = true;
            }
        }
    }
    let mut i = 0;
    while i < list.len() {
        let before = text.get(sentence_start..list[i].span.start).unwrap_or("");
        let counted = list[i].locative
            && list[i].is_place
            && head_through_classes(&last_clause(before)) == Some(true);
        i += 1;
        // Only after a count ("tại ba quốc gia Iraq, Syria …"): a comma may
        // end the place phrase ("ở thành phố Istanbul, Nga và Ukraine đã
        // ký"), and envoys "tại Pháp và Tây Ban Nha" are posted to both. A
        // name's short form in brackets stays in the list ("tại các Tiểu
        // vương quốc Ả Rập Thống nhất (UAE) và Ả rập Xê út").
        while counted && i < list.len() && list[i].is_place {
            let between = text
                .get(list[i - 1].span.end..list[i].span.start)
                .unwrap_or("")
                .trim()
                .to_lowercase();
            let joined = matches!(
                between.as_str(),
                "," | "và" | ", và" | "hoặc" | "(" | ")," | ") và" | "), và"
            );
            if !joined {
                break;
            }
            list[i].locative = true;
            i += 1;
        }
    }
    listed_posts(text, sentence_start, list);
}

/// "các đại sứ quán Việt Nam tại Ba Lan, Romania, Hungary, Slovakia,
/// Moldova đã hỗ trợ …": a place after a locative inside the clause (not
/// opening it: "Tại Hà Nội, Mỹ, Nhật Bản và Úc đã ký …" names the signers
/// after the comma) followed by a list with two commas or more is one list
/// of places; each of them is where, none a side. One comma alone may end
/// the place phrase ("ở thành phố Istanbul, Nga và Ukraine đã ký").
fn listed_posts(text: &str, sentence_start: usize, list: &mut [SentenceActor]) {
    const MIN_COMMAS: usize = 2;
    let mut i = 0;
    while i < list.len() {
        let first = i;
        i += 1;
        if !(list[first].locative && list[first].is_place) {
            continue;
        }
        // The list first (cheap), then the head before it.
        let mut commas = 0;
        let mut end = first;
        while end + 1 < list.len() && list[end + 1].is_place {
            let between = text
                .get(list[end].span.end..list[end + 1].span.start)
                .unwrap_or("")
                .trim();
            match between {
                "," => commas += 1,
                "và" | ", và" | "hoặc" => {}
                _ => break,
            }
            end += 1;
        }
        if commas < MIN_COMMAS {
            continue;
        }
        let before = text
            .get(sentence_start..list[first].span.start)
            .unwrap_or("");
        let ws = last_clause(before);
        // The head must close a clause that has words of its own before it.
        if ends_with(&ws, &CUES.head).is_none_or(|n| n >= ws.len()) {
            continue;
        }
        for a in &mut list[first + 1..=end] {
            a.locative = true;
        }
        i = end + 1;
    }
}

/// Is the entity one the recogniser gave Vietnam only from the shape of its
/// name, though the name is not spelt in Vietnamese syllables ("Vàng
/// Maple", "Akerbat" after "thị trấn")? A name no gazetteer knows, with a
/// word no Vietnamese syllable could be, is no Vietnamese side.
pub(crate) fn guessed_home(e: &Entity) -> bool {
    e.country.as_deref() == Some(crate::HOME_COUNTRY)
        && e.gazetteer_id.is_none()
        && e.kind != EntityKind::Organisation
        && e.name
            .split(|c: char| !chars::is_alphanumeric(c))
            .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
            .any(|w| !vietnamese_syllable(w))
}

/// Is entity `ei` a country named only by a word that is the given name of
/// a Vietnamese person the article names, with nothing else of that
/// country in the article ("hoa hậu Phương Nga … bị cáo Nga", "Cao Toàn
/// Mỹ … ông Mỹ")? Then the bare word is the person.
pub(crate) fn given_name(ei: usize, entities: &[Entity]) -> bool {
    let e = &entities[ei];
    let Some(country) = e.country.as_deref() else {
        return false;
    };
    if e.kind != EntityKind::Location || e.mentions.is_empty() {
        return false;
    }
    let form = &e.mentions[0].text;
    e.mentions.iter().all(|m| &m.text == form)
        && entities.iter().any(|p| {
            p.kind == EntityKind::Person
                && p.country.as_deref() == Some(crate::HOME_COUNTRY)
                && p.name.len() > form.len()
                && p.name.ends_with(form.as_str())
                && p.name[..p.name.len() - form.len()].ends_with(' ')
        })
        && !entities
            .iter()
            .enumerate()
            .any(|(i, x)| i != ei && x.country.as_deref() == Some(country))
}

/// How many other countries an article names, at least, to be world news
/// whose bare bodies are not Vietnam's: "Đại sứ Canada cảm ơn Chính phủ …"
/// thanks Vietnam's government, the one host an envoy has.
const WORLD_NEWS_COUNTRIES: usize = 3;

/// How many words a body's name may have and still be a bare one ("Quốc
/// hội", "Bộ Ngoại giao"): longer names carry their own place or country
/// ("Công an tỉnh An Giang", "Bộ Ngoại giao Việt Nam").
const BARE_BODY_WORDS: usize = 3;

/// Is entity `ei` a Vietnamese side that only a default gave Vietnam, in
/// an article that never names Vietnam otherwise? A public body named bare
/// ("Quốc hội" of an article on Seoul's martial law, set 47) is no
/// Vietnamese side of an event where no Vietnamese place, known Vietnamese
/// person or body named with its own place stands in the article: the
/// article is about other countries, and the body is theirs. Companies and
/// outlets keep their country, and so do the parties of signed documents
/// (only events are read here); and only an article naming at least
/// [`WORLD_NEWS_COUNTRIES`] other countries is read so. (A person read as
/// Vietnamese from the shape of the name, "Lại Thanh Đức" of set 38, is
/// left to the recogniser: a Vietnamese official the gazetteer lacks looks
/// the same here.)
pub(crate) fn unanchored_home(ei: usize, entities: &[Entity]) -> bool {
    let home = Some(crate::HOME_COUNTRY);
    let bare_body = |e: &Entity| {
        e.kind == EntityKind::Organisation
            && e.mentions
                .iter()
                .all(|m| words(&m.text).len() <= BARE_BODY_WORDS)
    };
    let e = &entities[ei];
    e.country.as_deref() == home
        && bare_body(e)
        && !matches!(e.actor_role.as_deref(), Some("BUS" | "MED"))
        && {
            let mut others: Vec<&str> = entities
                .iter()
                .filter_map(|x| x.country.as_deref())
                .filter(|c| Some(*c) != home)
                .collect();
            others.sort_unstable();
            others.dedup();
            others.len() >= WORLD_NEWS_COUNTRIES
        }
        && !entities.iter().any(|x| {
            x.country.as_deref() == home
                && (x.kind == EntityKind::Location
                    || (x.kind == EntityKind::Person && x.gazetteer_id.is_some())
                    || (x.kind == EntityKind::Organisation && !bare_body(x)))
        })
}

/// Onsets of Vietnamese syllables, with the diacritics folded away, longest
/// first.
const ONSETS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];
/// Codas of Vietnamese syllables, longest first.
const CODAS: [&str; 10] = ["ch", "ng", "nh", "c", "m", "n", "p", "t", "", ""];

/// Could `word` be one Vietnamese syllable (onset, one to three vowels,
/// coda)?
fn vietnamese_syllable(word: &str) -> bool {
    let folded = fold_for_search(word);
    if folded.chars().any(|c| !c.is_ascii_lowercase()) {
        return false;
    }
    // "đ" folds to "d": the text's "Đ" passes as "d".
    ONSETS
        .iter()
        .filter(|o| folded.starts_with(**o))
        .any(|onset| {
            let rest = &folded[onset.len()..];
            let vowels = rest.chars().take_while(|c| "aeiouy".contains(*c)).count();
            (1..=3).contains(&vowels) && CODAS.contains(&&rest[vowels..])
        })
}

/// Drops the events with a bare Vietnamese body the article never anchors
/// ([`unanchored_home`]), those whose sides were read against their
/// sentence's grammar ([`misread`]) and those only readied, and makes a
/// visit one is only ready for the intent to meet. Signings are the
/// agreements' to read.
pub(crate) fn settle(
    coder: &crate::Coder,
    events: &mut Vec<Event>,
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    dates: &[thoisu_core::DateMention],
) {
    // "Quốc hội" of another country's article.
    events.retain(|e| {
        ![&e.source, &e.target].iter().any(|a| {
            a.as_ref()
                .and_then(|a| a.entity)
                .is_some_and(|i| i < entities.len() && unanchored_home(i, entities))
        })
    });
    crate::world::settle(coder, events, text, sentences, entities);
    events.retain_mut(|e| {
        if e.code == "057" || misread(e, text, sentences, entities) {
            return e.code == "057";
        }
        match readied(e, text, sentences) {
            None => true,
            Some(None) => false,
            Some(Some(intent)) => {
                coder.recode(e, &intent);
                true
            }
        }
    });
    crate::deeds::drop_aimed_joint(events, text, sentences, entities);
    crate::deeds::judge(coder, events, text, sentences, entities, dates);
}

/// "Triều Tiên tuyên bố sẵn sàng tấn công hạt nhân Mỹ": an act the doer is
/// only ready for. `Some(what it becomes)`: an intent code, or none.
fn readied(e: &Event, text: &str, sentences: &[Sentence]) -> Option<Option<String>> {
    let cues = &*CUES;
    let (_, intent) = cues
        .ready_for
        .iter()
        .find(|(c, _)| e.code.starts_with(c.as_str()))?;
    let s = sentences.get(e.sentence as usize)?.span;
    let mut before = words(&lower(text.get(s.start..e.span.start)?));
    while let Some(n) = ends_with(&before, &cues.filler) {
        before.truncate(before.len() - n);
    }
    ends_with(&before, &cues.ready).map(|_| intent.clone())
}

/// Was the event's source or target read against its sentence's grammar?
fn misread(e: &Event, text: &str, sentences: &[Sentence], entities: &[Entity]) -> bool {
    let cues = &*CUES;
    let Some(sentence) = sentences.get(e.sentence as usize) else {
        return false;
    };
    let s = sentence.span;
    let mention = |actor: &Option<thoisu_core::Actor>, before_trigger: bool| -> Option<Span> {
        let entity = entities.get(actor.as_ref()?.entity?)?;
        let spans = entity
            .mentions
            .iter()
            .filter(|m| m.sentence == e.sentence)
            .map(|m| m.span);
        if before_trigger {
            spans
                .filter(|m| m.end <= e.span.start)
                .max_by_key(|m| m.end)
        } else {
            spans
                .filter(|m| m.start >= e.span.end)
                .min_by_key(|m| m.start)
        }
    };
    let lower_words = |from: usize, to: usize| -> Vec<String> {
        text.get(from..to)
            .map(|t| words(&lower(t)))
            .unwrap_or_default()
    };
    if let Some(source) = mention(&e.source, true) {
        let between = lower_words(source.end, e.span.start);
        // "… Nga đã thiệt mạng trong vụ pháo kích": a victim, few words
        // before the act told as a noun.
        let victim = (0..between.len())
            .find_map(|k| starts_with(&between[k..], &cues.victim).map(|n| k + n));
        if let Some(after) = victim {
            if starts_with(&between[after..], &cues.cause).is_some() && between.len() - after <= 5 {
                return true;
            }
        }
        // "Một báo cáo được Bộ Ngoại giao Mỹ công bố … ghi nhận … tấn công".
        let before = lower_words(s.start, source.start);
        if ends_with(&before, &[vec!["được".to_string()], vec!["do".to_string()]]).is_some()
            && starts_with(&between, &cues.report).is_some()
        {
            return true;
        }
        // "Sau cuộc gặp … với Giáo hoàng Francis, ông Trump sẽ …": the
        // source inside a framing first clause, the act after its comma.
        let sentence_text = text.get(s.start..s.end).unwrap_or("");
        if let Some(comma) = sentence_text.find(',').map(|i| s.start + i) {
            // "sau khi Saudi Arabia, Ai Cập, UAE … cắt quan hệ": a comma
            // right after the source that goes on to another name, itself
            // listed on, lists doers; it ends no clause.
            let listed = text
                .get(source.end..comma)
                .is_some_and(|t| t.trim().is_empty())
                && entities.iter().any(|x| {
                    x.mentions.iter().any(|m| {
                        m.sentence == e.sentence
                            && m.span.start > comma
                            && text
                                .get(comma + 1..m.span.start)
                                .is_some_and(|t| t.trim().is_empty())
                            && text.get(m.span.end..s.end).is_some_and(|t| {
                                t.starts_with(',')
                                    || t.starts_with(" và ")
                                    || t.starts_with(" hoặc ")
                            })
                    })
                });
            if source.end <= comma && e.span.start > comma && !listed {
                let first = lower_words(s.start, comma);
                let opened = starts_with(&first, &cues.frame).is_some();
                let inside = holds(&first, &cues.inside);
                let country = e.source.as_ref().and_then(|a| a.country.as_deref());
                let named = |same: bool| {
                    entities.iter().any(|x| {
                        x.country.is_some()
                            && (x.country.as_deref() == country) == same
                            && x.mentions.iter().any(|m| {
                                m.sentence == e.sentence
                                    && m.span.start > comma
                                    && m.span.end <= e.span.start
                            })
                    })
                };
                // A clause opened by its frame word is a frame whatever
                // follows; one that only holds "sau khi" may run on past an
                // inserted comma ("sau khi … James Mattis, nhân chuyến thăm
                // Tokyo vừa qua, nói …"): it is a frame when another
                // country's name, and none of the source's, opens the main
                // clause.
                if country.is_some() && (opened || (inside && named(false) && !named(true))) {
                    return true;
                }
            }
        }
        // "ông không thuộc diện điều tra": the subject is who is
        // investigated.
        let near = lower_words(source.end, e.span.start);
        if ends_with(&near, &cues.under).is_some() {
            return true;
        }
    }
    if let Some(target) = mention(&e.target, false) {
        let between = lower_words(e.span.end, target.start);
        // "… đã bị các nhà lãnh đạo Đức, Pháp … khước từ": the doer of a
        // passive told after the act, as the sentence's predicate.
        if holds(&between, &cues.agent) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        for w in [
            "Béo", "Minh", "Vàng", "Nguyễn", "Hoà", "Hải", "Nghiêng", "Đức", "quốc", "Trương",
        ] {
            assert!(vietnamese_syllable(w), "{w}");
        }
        for w in ["Maple", "Akerbat", "Orchid", "Trump", "Snapdragon"] {
            assert!(!vietnamese_syllable(w), "{w}");
        }
    }

    #[test]
    fn places() {
        assert!(place_named("không kích tại ba quốc gia ", "Iraq", false));
        assert!(place_named("gần biên giới với ", "Trung Quốc", false));
        assert!(place_named(
            "chuẩn bị vượt biên trốn sang ",
            "Campuchia",
            false
        ));
        assert!(place_named("bị bắt giữ tại sân bay ", "Lisbon", true));
        assert!(place_named(
            "một đơn vị chỉ huy gần ",
            "thị trấn Akerbat",
            false
        ));
        assert!(place_named(
            "Ông Obama ký kết Hiệp định khí hậu ",
            "Paris",
            true
        ));
        assert!(!place_named(
            "Ông Obama ký kết Hiệp định khí hậu ",
            "Pháp",
            false
        ));
        assert!(!place_named(
            "Thủ tướng sẽ thăm chính thức ",
            "Hoa Kỳ",
            false
        ));
        assert!(!place_named("Nga tấn công ", "Ukraine", false));
        assert!(!place_named("đã sang ", "Campuchia", false));
        assert!(!place_named("bám đuôi tàu sân bay ", "Mỹ", false));
    }
}
