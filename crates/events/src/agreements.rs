//! Signed documents: from listings ("Các văn kiện hợp tác gồm: A; B; …",
//! "… bao gồm A; B", a paragraph an item, and a next sentence going on
//! with the list: "Ngoài ra, còn có C") and from signing sentences ("A và B
//! đã ký Bản ghi nhớ về …").
//!
//! A document counts only where the text says it was signed: a listing needs
//! a signing phrase (057, not negated, not future) in its own sentence or
//! one of the two before it; a sentence-form document needs one before it in
//! the same sentence, not only aimed at ("hướng tới ký kết"). Documents
//! handed over ("trao 5 văn kiện", "trao đổi Bản ghi nhớ") count as signed.
//! Two kinds need no signing phrase: a document whose
//! bracket says it was signed ("Tuyên bố chung … (ký năm 2022)"), and a
//! joint statement named between two countries ("Tuyên bố chung giữa Việt
//! Nam và Brazil"): both sides issue one by its nature. Documents merely
//! planned or mentioned are left out, and so are documents counted but not
//! named ("một số biên bản ghi nhớ").
//!
//! Parties are the bodies after "giữa" (split at "và", "với", a comma before
//! a new body), the two bodies that hand a listed document over ("Bộ A và
//! Bộ B trao đổi Bản ghi nhớ"), or those the signers stand for ("thay mặt
//! A và B"); "hai Bộ Quốc phòng", "chính phủ hai nước" stand for the body
//! of each side: the bodies of that name the sentence names as signers,
//! else as the article names them for each of the two countries the text is
//! about, else that body with the country's name as the article writes it
//! (`agreement_cues.tsv` lists the words).

use crate::party_names;
use crate::rules::{syllable_key, Modality, PhraseSet};
use crate::syllables::{PhraseMatch, SyllableText};
use crate::{location, recent_date, sentence_date, Coder, SentenceActor, Side};
use std::collections::HashSet;
use std::sync::LazyLock;
use thoisu_core::{
    Agreement, AgreementKind, DateMention, Entity, EntityKind, Event, Party, Sentence, Span,
};

pub(crate) mod members;
mod parties;
mod retold;
mod signers;
mod titles;
pub(crate) mod words;
mod written;
pub(crate) use parties::*;
pub(crate) use retold::*;
pub(crate) use signers::*;
pub(crate) use titles::*;
use words::*;
pub(crate) use written::*;

const CUES: &str = include_str!("../../../data/events/agreement_cues.tsv");

/// Quotation marks a quoted title or name may open or close with.
const QUOTES: &[char] = &['"', '“', '”', '\'', '‘', '’', '«', '»'];

/// The words of `agreement_cues.tsv`, as syllable keys ("một số ").
struct Cues {
    group: HashSet<String>,
    /// Longest first, so "của hai nước" is cut before "hai nước".
    both: Vec<String>,
    about: HashSet<String>,
    head: PhraseSet<()>,
    list: HashSet<String>,
    lead: HashSet<String>,
    hand: HashSet<String>,
    behalf: HashSet<String>,
    /// "ban hành", "đưa ra": a joint statement issued (no other document).
    issue: HashSet<String>,
    generic: HashSet<String>,
    papers: HashSet<String>,
    aim: HashSet<String>,
    /// " về", " năm 2": where a list of parties ends, each with whether a
    /// word must end there (a phrase ending in a letter).
    ends: Vec<(String, bool)>,
    /// The `hand` words as one automaton: most sentences hold none.
    hand_phrases: PhraseSet<()>,
    /// "được ký (kết)": a signing told after its document.
    passive: PhraseSet<()>,
    aspect: HashSet<String>,
    by: HashSet<String>,
    /// "hai địa phương": the two sides are places below their countries.
    locals: Vec<String>,
    /// "tỉnh ", "thành phố ": a place below its country named as a side.
    admin: Vec<String>,
    /// "hãng ", "tập đoàn ": a firm named after "với", written lower case.
    firm: Vec<String>,
    /// "phong trào ": a movement or armed group written lower case before
    /// its name; a party is named without it.
    movement: Vec<String>,
    /// " của ", " thuộc ": the body or country a party belongs to follows.
    owner: Vec<String>,
    /// " về phía ": a title ends before the sides who signed it.
    aside: Vec<String>,
    /// "như": documents named after it are examples.
    example: HashSet<String>,
    /// "hai", "ba": a count before signers of one kind.
    count: HashSet<String>,
    /// "lần lượt", "riêng rẽ": signers each signing apart.
    apart: HashSet<String>,
    /// "hãng", "doanh nghiệp": firms counted as signers.
    firms: HashSet<String>,
    /// "ông ", "bà ": before a person's name.
    honorific: Vec<String>,
    /// "với từng nước": documents counted, one signed with each side.
    each: Vec<String>,
    /// " ba bên ": a document of three sides or more, one document.
    several: Vec<String>,
    /// "đồng thời": a clause going on with the signer of the clause before.
    also: Vec<String>,
    /// "mở ký": a convention opened for signature, signed by no party named.
    opened: PhraseSet<()>,
    /// "khung", "này": words after a bare document word told again.
    retold: HashSet<String>,
    /// "có hiệu lực": a document in force.
    force: PhraseSet<()>,
    /// "về", "trong": what a document is about opens after its parties.
    topic: HashSet<String>,
    /// "sắc lệnh", "phê chuẩn": another paper signed before a document word.
    paper: HashSet<String>,
    /// "nước này": the country just named.
    this: HashSet<String>,
    /// "phòng, chống": two words with a comma between inside a title,
    /// lower case, as written.
    comma: HashSet<String>,
    /// "nào" right after a document word: no such document.
    none: HashSet<String>,
    /// "trong số ": opens a sentence picking out signed documents.
    among: HashSet<String>,
    /// "đàm phán": talks, between a signing and a document.
    talks: HashSet<String>,
    goods: HashSet<String>,
    /// "thông qua": after the comma ending a signed document, what the
    /// document came through ("…, thông qua chương trình hợp tác của A").
    via: HashSet<String>,
    /// " song phương": words a title may leave out when told again, with
    /// a space before.
    filler: Vec<String>,
    /// " hai nước", " về việc": words a title told twice may add or leave
    /// out besides its sides' names, lower case, a space before.
    restated: Vec<String>,
    /// " làm trung gian": after the parties, the go-between who brought
    /// the deal about, lower case, a space before.
    mediator: Vec<String>,
    /// " do ": the word naming that go-between, a space each side.
    mediated_by: Vec<String>,
    /// "tại", "ngày": where or when, right after a bare document word.
    bare: HashSet<String>,
    /// " trong ", " dự án ": words after a closing bracket that go on
    /// with a title, with a space on each side.
    bracket: Vec<String>,
    /// "đầu tiên", "duy nhất": a document after "là" ranked, told already.
    rank: HashSet<String>,
    /// "cho biết", "lên án": what a joint statement says, reported.
    speech: HashSet<String>,
    /// "tắt": after a signing verb, initialled only.
    initial: HashSet<String>,
    /// "trao đổi": a hand-over word that also means talking a thing over.
    discuss: HashSet<String>,
    /// " chưa được thực hiện ", " bị hủy ": inside a title, the clause
    /// goes on to say the signing did not take place (lower case, spaced).
    undone: Vec<String>,
    /// "hai nhà lãnh đạo": the two sides' leaders, lower case: a document
    /// they sign or see handed over, naming no party, is the two sides'.
    leaders: Vec<String>,
}

static WORDS: LazyLock<Cues> = LazyLock::new(|| {
    let mut cues = Cues {
        group: HashSet::new(),
        both: Vec::new(),
        about: HashSet::new(),
        head: PhraseSet::build(Vec::new()),
        list: HashSet::new(),
        lead: HashSet::new(),
        hand: HashSet::new(),
        behalf: HashSet::new(),
        issue: HashSet::new(),
        generic: HashSet::new(),
        papers: HashSet::new(),
        aim: HashSet::new(),
        ends: Vec::new(),
        hand_phrases: PhraseSet::build(Vec::new()),
        passive: PhraseSet::build(Vec::new()),
        aspect: HashSet::new(),
        by: HashSet::new(),
        locals: Vec::new(),
        admin: Vec::new(),
        firm: Vec::new(),
        movement: Vec::new(),
        owner: Vec::new(),
        aside: Vec::new(),
        honorific: Vec::new(),
        example: HashSet::new(),
        count: HashSet::new(),
        apart: HashSet::new(),
        firms: HashSet::new(),
        each: Vec::new(),
        several: Vec::new(),
        also: Vec::new(),
        opened: PhraseSet::build(Vec::new()),
        retold: HashSet::new(),
        force: PhraseSet::build(Vec::new()),
        topic: HashSet::new(),
        paper: HashSet::new(),
        this: HashSet::new(),
        comma: HashSet::new(),
        none: HashSet::new(),
        among: HashSet::new(),
        talks: HashSet::new(),
        goods: HashSet::new(),
        via: HashSet::new(),
        filler: Vec::new(),
        restated: Vec::new(),
        mediator: Vec::new(),
        mediated_by: Vec::new(),
        bare: HashSet::new(),
        bracket: Vec::new(),
        rank: HashSet::new(),
        speech: HashSet::new(),
        initial: HashSet::new(),
        discuss: HashSet::new(),
        undone: Vec::new(),
        leaders: Vec::new(),
    };
    let mut force = Vec::new();
    let mut hands = Vec::new();
    let mut opened = Vec::new();
    let mut passives = Vec::new();
    let mut heads = Vec::new();
    for line in CUES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let Some((cue, phrase)) = line.split_once('\t') else {
            continue;
        };
        let key = syllable_key(phrase);
        match cue.trim() {
            "group" => {
                cues.group.insert(key);
            }
            "both" => cues.both.push(key.trim_end().to_string()),
            "about" => {
                cues.about.insert(key);
            }
            "head" => heads.push((phrase.trim().to_string(), ())),
            "list" => {
                cues.list.insert(key);
            }
            "lead" => {
                cues.lead.insert(key);
            }
            "hand" => {
                cues.hand.insert(key);
                hands.push((phrase.trim().to_string(), ()));
            }
            "behalf" => {
                cues.behalf.insert(key);
            }
            "issue" => {
                cues.issue.insert(key);
                hands.push((phrase.trim().to_string(), ()));
            }
            "generic" => {
                cues.generic.insert(key);
            }
            "papers" => {
                cues.papers.insert(key);
            }
            "aim" => {
                cues.aim.insert(key);
            }
            "passive" => passives.push((phrase.trim().to_string(), ())),
            "opened" => opened.push((phrase.trim().to_string(), ())),
            "retold" => {
                cues.retold.insert(key);
            }
            "force" => force.push((phrase.trim().to_string(), ())),
            "topic" => {
                cues.topic.insert(key);
            }
            "paper" => {
                cues.paper.insert(key);
            }
            "this" => {
                cues.this.insert(key);
            }
            "comma" => {
                cues.comma
                    .insert(thoisu_normalise::normalise(phrase.trim()).to_lowercase());
            }
            "none" => {
                cues.none.insert(key);
            }
            "among" => {
                cues.among.insert(key);
            }
            "talks" => {
                cues.talks.insert(key);
            }
            "goods" => {
                cues.goods.insert(key);
            }
            "via" => {
                cues.via.insert(key);
            }
            "bare" => {
                cues.bare.insert(key);
            }
            "rank" => {
                cues.rank.insert(key);
            }
            "speech" => {
                cues.speech.insert(key);
            }
            "initial" => {
                cues.initial.insert(key);
            }
            "discuss" => {
                cues.discuss.insert(key);
            }
            "bracket" => cues
                .bracket
                .push(format!(" {} ", thoisu_normalise::normalise(phrase.trim()))),
            "mediator" => cues.mediator.push(format!(
                " {}",
                thoisu_normalise::normalise(phrase.trim()).to_lowercase()
            )),
            "mediated_by" => cues.mediated_by.push(format!(
                " {} ",
                thoisu_normalise::normalise(phrase.trim()).to_lowercase()
            )),
            "restated" => cues.restated.push(format!(
                " {}",
                thoisu_normalise::normalise(phrase.trim()).to_lowercase()
            )),
            "filler" => cues.filler.push(format!(
                " {}",
                thoisu_normalise::normalise(phrase.trim()).to_lowercase()
            )),
            "aspect" => {
                cues.aspect.insert(key);
            }
            "by" => {
                cues.by.insert(key);
            }
            "each" => cues
                .each
                .push(thoisu_normalise::normalise(phrase.trim()).to_string()),
            "also" => cues.also.push(format!(
                "{} ",
                thoisu_normalise::normalise(phrase.trim()).to_lowercase()
            )),
            "several" => cues.several.push(format!(
                " {} ",
                thoisu_normalise::normalise(phrase.trim()).to_lowercase()
            )),
            "local" => cues
                .locals
                .push(thoisu_normalise::normalise(phrase.trim()).to_string()),
            "admin" => cues
                .admin
                .push(format!("{} ", thoisu_normalise::normalise(phrase.trim()))),
            "firm" => cues
                .firm
                .push(format!("{} ", thoisu_normalise::normalise(phrase.trim()))),
            "movement" => cues
                .movement
                .push(format!("{} ", thoisu_normalise::normalise(phrase.trim()))),
            "owner" => cues
                .owner
                .push(format!(" {} ", thoisu_normalise::normalise(phrase.trim()))),
            "example" => {
                cues.example.insert(key);
            }
            "count" => {
                cues.count.insert(key);
            }
            "apart" => {
                cues.apart.insert(key);
            }
            "firms" => {
                cues.firms.insert(key);
            }
            "aside" => cues
                .aside
                .push(format!(" {} ", thoisu_normalise::normalise(phrase.trim()))),
            "honorific" => cues
                .honorific
                .push(format!("{} ", thoisu_normalise::normalise(phrase.trim()))),
            "leaders" => cues
                .leaders
                .push(thoisu_normalise::normalise(phrase.trim()).to_lowercase()),
            "undone" => cues.undone.push(format!(
                " {} ",
                thoisu_normalise::normalise(phrase.trim()).to_lowercase()
            )),
            "end" => {
                let phrase = thoisu_normalise::normalise(phrase.trim());
                let word = phrase.ends_with(char::is_alphabetic);
                cues.ends.push((format!(" {phrase}"), word));
            }
            _ => {}
        }
    }
    cues.both.sort_by_key(|b| std::cmp::Reverse(b.len()));
    cues.head = PhraseSet::build(heads);
    cues.hand_phrases = PhraseSet::build(hands);
    cues.passive = PhraseSet::build(passives);
    cues.opened = PhraseSet::build(opened);
    cues.force = PhraseSet::build(force);
    cues
});

/// Is `word` (one word, lower case) an `aspect` row ("đã", "cũng")?
pub(crate) fn aspect_word(word: &str) -> bool {
    WORDS.aspect.contains(&syllable_key(word))
}

/// A signing phrase the coder found (057, not negated, not planned).
pub(crate) struct Signing {
    pub sentence: usize,
    /// Where its words end: a sentence-form document is named after it.
    pub trigger_end: usize,
}

/// A document as read from its sentence, before "hai nước" is resolved.
pub(crate) struct Found {
    pub agreement: Agreement,
    /// A party written for both sides at once ("giữa chính phủ hai nước"):
    /// the body's name ("chính phủ"; empty for "hai bên"), to be named for
    /// each of the two countries the text is about.
    pub both: Option<String>,
    /// Named as signed long ago ("(ký năm 2022)", a joint statement cited):
    /// a document, but no signing of the news.
    pub past: bool,
    /// For a party written for both sides: that body as the article names
    /// it for a country ("Ban Tổ chức Trung ương Đảng … Lào"), with the
    /// country.
    pub named: Vec<(String, String)>,
    /// "giữa A với B và C": one side signing with each of several
    /// ("các hiệp định vay giữa Việt Nam với WB và ADB"), one document
    /// each; the common side first.
    pub with_each: Vec<Party>,
    /// Named as signed before the news and left out ("Năm 1951, hai bên đã
    /// ký Hiệp ước …"): no record, only where its title stands, so that
    /// its words code no happening.
    pub history: bool,
    /// Counted, not one ("ký các tuyên bố chung về …"): a summary of
    /// documents the article may name one by one.
    pub counted: bool,
}

impl Found {
    /// A document signed in the news, told in sentence `sentence`; its
    /// date and place come later, and no party is written for both sides.
    fn signed(
        kind: AgreementKind,
        title: String,
        parties: Vec<Party>,
        span: Span,
        sentence: usize,
    ) -> Found {
        Found {
            agreement: Agreement {
                kind,
                title,
                parties,
                date: None,
                location: None,
                span,
                sentence: sentence as u32,
            },
            both: None,
            past: false,
            named: Vec::new(),
            with_each: Vec::new(),
            history: false,
            counted: false,
        }
    }
}

/// How far back (in sentences) a listing looks for its signing phrase.
const CONTEXT: usize = 2;

/// How many words may open a listed item before its lead-in ("Bên cạnh
/// đó, còn có …").
const LEAD_WORDS: usize = 4;

pub(crate) fn find(
    coder: &Coder,
    text: &str,
    (sentences, texts): (&[Sentence], &[SyllableText]),
    entities: &[Entity],
    actors: &[Vec<SentenceActor>],
    dates: &[DateMention],
    signing: &[Signing],
) -> Vec<Found> {
    // Documents handed over ("chứng kiến lễ trao 5 văn kiện", "đã trao
    // Bản ghi nhớ …") were signed: a signing phrase of their own where the
    // coder found none.
    let signing: Vec<Signing> = {
        let mut all: Vec<Signing> = signing
            .iter()
            .filter(|s| !opened_for_signature(&texts[s.sentence], s.trigger_end))
            .filter(|s| !initialled(&texts[s.sentence], s.trigger_end))
            .map(|s| Signing {
                sentence: s.sentence,
                trigger_end: s.trigger_end,
            })
            .collect();
        for (si, st) in texts.iter().enumerate() {
            if all.iter().any(|s| s.sentence == si) {
                continue;
            }
            if let Some(trigger_end) = handed_over(coder, text, st) {
                all.push(Signing {
                    sentence: si,
                    trigger_end,
                });
            }
        }
        all.sort_by_key(|s| (s.sentence, s.trigger_end));
        all
    };
    let signing = signing.as_slice();
    let mut out: Vec<Found> = Vec::new();
    // When and where the documents of sentence `si` were signed, the
    // signing phrase being in sentence `context`.
    let when_where = |si: usize, context: usize| {
        let date = sentence_date(dates, si)
            .or_else(|| sentence_date(dates, context))
            .or_else(|| recent_date(dates, context));
        let place =
            location(&actors[si], entities).or_else(|| location(&actors[context], entities));
        (date, place.map(|p| p.name))
    };
    let dated = |f: Found, (date, place): &(Option<String>, Option<String>)| Found {
        agreement: Agreement {
            date: date.clone(),
            location: place.clone(),
            ..f.agreement
        },
        ..f
    };
    // The last sentence a listing of signed documents reached, and the
    // sentence of its signing phrase: the sentence right after it may go
    // on with the list ("Ngoài ra, còn có Bản ghi nhớ …; Ý định thư …").
    let mut listing: Option<(usize, usize)> = None;
    // Documents counted, none named ("nhiều thỏa thuận hợp tác").
    let mut grouped: Vec<Found> = Vec::new();
    // Documents named as signed before the news, left out.
    let mut history: Vec<Found> = Vec::new();
    let told_before_news = |m: &PhraseMatch, span: Span, limit: usize| {
        let mut f = Found::signed(
            coder.rules.kinds.values[m.pattern],
            String::new(),
            Vec::new(),
            Span::new(span.start, clause_end(text, span.start, limit)),
            0,
        );
        f.history = true;
        f
    };
    for (si, sentence) in sentences.iter().enumerate() {
        if let Some((_, context)) = listing.filter(|(last, _)| last + 1 == si) {
            // Going on with a list, a document names its parties ("… giữa
            // A và B", "A và B trao đổi …"); one that does not is talked
            // about ("Bản ghi nhớ về y tế có hiệu lực …").
            let listed: Vec<Found> = split_items(text, sentence.span.start, sentence.span.end)
                .into_iter()
                .filter_map(|item| listed_document(coder, text, item, si, entities, false))
                .filter(|f| f.agreement.parties.len() >= 2 || f.both.is_some())
                .collect();
            if !listed.is_empty() {
                let at = when_where(si, context);
                out.extend(listed.into_iter().map(|f| dated(f, &at)));
                listing = Some((si, context));
                continue;
            }
        }
        let Some(signed) = signing
            .iter()
            .rev()
            .find(|s| s.sentence <= si && si - s.sentence <= CONTEXT)
        else {
            // Unsigned documents that are still documents: "(ký năm 2022)",
            // a joint statement between two countries.
            for mut f in self_signed(coder, text, (sentence.span, &texts[si]), si, entities) {
                f.agreement.date = sentence_date(dates, si);
                out.push(f);
            }
            continue;
        };
        let context = signed.sentence;
        // "theo kế hoạch sẽ có … và tham gia một buổi lễ ký kết nhiều hiệp
        // định …, bao gồm …": a ceremony still to come signs nothing yet.
        if context == si && ceremony_to_come(&texts[si], signed.trigger_end) {
            continue;
        }
        let body = sentence.span.of(text);
        let at = when_where(si, context);
        // A listed document names its parties itself: no sentence actors.
        // "… đã ký kết 36 văn kiện hợp tác. … Trong lĩnh vực kinh tế, đáng
        // chú ý có A; B": papers counted by the signing sentence before.
        // Such items name their own parties ("… giữa A và B"): one that
        // names none is an example of something else ("…, trong đó có Công
        // ước … về Luật Biển").
        let mut items = listing_items(coder, text, sentence.span, &texts[si], false);
        let papers_told = items.is_empty()
            && (context.min(si.saturating_sub(CONTEXT))..si).any(|k| {
                let before = &texts[k];
                papers_before(coder, before, before.syllables.len())
            });
        if papers_told {
            items = listing_items(coder, text, sentence.span, &texts[si], true);
        }
        // "Trong số các biên bản ghi nhớ được trao, có văn kiện giữa A và
        // B …": an item named by a word for any paper is of the kind the
        // listing opened with.
        let opened_with = items.first().and_then(|first| {
            texts[si]
                .find(&coder.rules.kinds)
                .into_iter()
                .find(|m| texts[si].syllables[m.first].span.end <= first.start)
                .map(|m| coder.rules.kinds.values[m.pattern])
        });
        let mut listed: Vec<Found> = items
            .iter()
            .filter_map(|&item| {
                listed_document(coder, text, item, si, entities, false).or_else(|| {
                    opened_with.and_then(|kind| paper_item(text, item, kind, si, entities))
                })
            })
            .filter(|f| !papers_told || f.agreement.parties.len() >= 2 || f.both.is_some())
            .map(|mut f| {
                // "Trong đó có Kế hoạch hợp tác …; Bản ghi nhớ giữa A và
                // B": an item naming no party at all is signed by the two
                // sides of the signing.
                // One naming two bodies of two countries in its title
                // ("hợp đồng hãng hàng không Vietjet mua 100 máy bay
                // Boeing") is theirs.
                // A quote after a colon is what someone said of it.
                let quoted = text[..f.agreement.span.start].trim_end().ends_with(QUOTES)
                    || f.agreement.title.starts_with(QUOTES);
                if f.agreement.parties.is_empty() && f.both.is_none() && !quoted {
                    let bodies = bodies_in(f.agreement.span, entities);
                    if bodies.len() == 2 {
                        f.agreement.parties = bodies;
                    } else {
                        f.both = Some(String::new());
                    }
                }
                f
            })
            .collect();
        // "Bộ A hai nước đã trao Bản ghi nhớ …; Bộ B … và Bộ C … trao
        // Chương trình …": clauses each handing a document over.
        if items.is_empty() && body.contains(';') {
            listed = split_items(text, sentence.span.start, sentence.span.end)
                .into_iter()
                .filter_map(|item| listed_document(coder, text, item, si, entities, true))
                .collect();
            if listed.len() < 2 {
                listed.clear();
            }
        }
        // "Các văn kiện gồm:" with one document a paragraph after it, or
        // "… bao gồm: A." with the next documents a paragraph each.
        let inline_ends_paragraph = !listed.is_empty() && ends_paragraph(text, sentence.span);
        let mut reached = si;
        if (items.is_empty() && body.trim_end().ends_with(':')) || inline_ends_paragraph {
            let (more, last) = listed_paragraphs(coder, text, sentences, si, entities);
            listed.extend(more);
            reached = reached.max(last);
        }
        // A listing that names no document after a document named before
        // its colon ("ký Bản ghi nhớ … trong các lĩnh vực như: đào tạo, …")
        // leaves the sentence to be read as any other; one whose colon
        // opens the sentence's news ("…: Bà đã ký hợp đồng …") does not.
        let colon_first = body.find(':').is_some_and(|colon| {
            let at = sentence.span.start + colon;
            !texts[si]
                .find(&coder.rules.kinds)
                .iter()
                .any(|m| texts[si].syllables[m.first].span.start < at)
        });
        if listed.is_empty() && colon_first && !items.is_empty() {
            continue;
        }
        if !listed.is_empty() {
            // "hai nhà lãnh đạo ra Tuyên bố chung về … và chứng kiến lễ
            // trao các văn kiện hợp tác, gồm: A; B": the statement issued
            // before the listing is a document too.
            if let Some(first) = items.first() {
                let issued =
                    issued_before_listing(coder, text, &texts[si], first.start, si, entities);
                out.extend(issued.into_iter().map(|f| dated(f, &at)));
            }
            out.extend(listed.into_iter().map(|f| dated(f, &at)));
            listing = Some((reached, context));
            continue;
        }
        if context != si {
            for mut f in self_signed(coder, text, (sentence.span, &texts[si]), si, entities) {
                f.agreement.date = sentence_date(dates, si);
                out.push(f);
            }
            continue;
        }
        // Sentence form: every document named after the signing phrase.
        // The first signing phrase of this sentence (the coder found them in order).
        let st = &texts[si];
        // A ceremony framing the sentence ("Tại lễ ký, …") signs nothing
        // named after it; a later signing phrase may.
        let Some(trigger_end) = signing
            .iter()
            .filter(|s| s.sentence == si)
            .map(|s| s.trigger_end)
            .find(|&end| !ceremony_frame(text, st, end))
        else {
            continue;
        };
        // "Nga và Ukraine đã lần lượt ký với Thổ Nhĩ Kỳ và LHQ các văn kiện
        // …" on a day told: one document a signer.
        let apart = signed_apart(text, st, sentence.span, trigger_end, si, entities);
        if !apart.is_empty() {
            if let at @ (Some(_), _) = when_where(si, si) {
                out.extend(apart.into_iter().map(|f| dated(f, &at)));
                continue;
            }
        }
        let mut covered = 0;
        // Where the first document read in this sentence starts: the bodies
        // named after it are its own or a later one's, no signers of the
        // next ("… giữa A và B, Bản ghi nhớ … giữa C và D, cùng Chương
        // trình …": A, B, C and D did not all sign the last).
        let mut first_read: Option<usize> = None;
        // After a colon that listed no document come its fields or a
        // quote, no document of this signing.
        let colon_end = match body.find(':') {
            Some(colon) if !items.is_empty() => sentence.span.start + colon,
            _ => sentence.span.end,
        };
        let mut documents: Vec<PhraseMatch> = st
            .find(&coder.rules.kinds)
            .into_iter()
            .filter(|m| st.syllables[m.first].span.start < colon_end)
            .collect();
        // "… đã ký Tuyên bố Panmunjom …": a document known by its own name.
        let named = named_documents(coder, text, st);
        let named_at: Vec<usize> = named.iter().map(|m| m.first).collect();
        if !named.is_empty() {
            let new: Vec<PhraseMatch> = named
                .into_iter()
                .filter(|m| st.syllables[m.first].span.start < colon_end)
                .filter(|n| !documents.iter().any(|m| m.first < n.end && n.first < m.end))
                .collect();
            documents.extend(new);
            documents.sort_by_key(|m| m.first);
        }
        // "Hai bên đã ký một số văn kiện khung như A, B năm 2003, C năm
        // 2007": documents given as examples ("như" after the signing),
        // one of them dated long ago, tell the relations' past, each of
        // them.
        let examples_from = (st.syllable_from(trigger_end)..st.syllables.len())
            .find(|&i| WORDS.example.contains(st.key_of(i, i + 1)));
        let old_examples = examples_from.is_some_and(|from| {
            documents
                .iter()
                .any(|n| n.first > from && year_told_after(text, st, n.end, dates))
        });
        // "… các hiệp định … đã ký với các nước trong năm 2016, như A; B":
        // examples of a signing dated before the news's year.
        let examples_dated = examples_from.is_some_and(|from| {
            let news = latest_year(dates);
            let year = |v: &str| v.get(..4)?.parse::<i64>().ok();
            let before = st.syllables[from].span.start;
            dates.iter().any(|d| {
                d.sentence as usize == si
                    && d.span.start >= trigger_end
                    && d.span.end <= before
                    && matches!((year(&d.value.end), news), (Some(y), Some(n)) if y < n)
            })
        });
        // "… đã ký với các nước trong năm 2016, như A; B": examples of what
        // was signed over a whole year told in words (where the article's
        // dates give no year to compare with) sum a year up; none of them
        // is the news's own signing.
        let examples_over_a_year = latest_year(dates).is_none()
            && examples_from.is_some_and(|from| {
                (st.syllable_from(trigger_end)..from.saturating_sub(1)).any(|i| year_at(st, i))
            });
        let old_examples = old_examples || examples_dated || examples_over_a_year;
        // "… còn hơn 5.000 tấn gạo đã ký hợp đồng với đối tác Philippines
        // nhưng chưa kịp giao": goods counted are what was contracted, a
        // trade's background, no signing of the news.
        if goods_contracted(text, st, trigger_end) {
            continue;
        }
        // "Hai hãng bay tư nhân Việt Nam ký thỏa thuận mua tổng cộng 110 máy
        // bay …": firms counted, not named, sign one telling of several
        // documents; it stands only where the article names none.
        let firms_counted = firms_counted_sign(text, st, trigger_end);
        // The signing verbs of the sentence: the one right before a
        // document signs it ("… ký Bản ghi nhớ …, song hai bên chưa ký
        // thỏa thuận thương mại": the second is denied).
        let signing_verbs: Vec<PhraseMatch> = st
            .find(&coder.rules.verbs)
            .into_iter()
            .filter(|v| coder.rules.verbs.values[v.pattern].code == "057")
            .collect();
        for &m in &documents {
            if old_examples && examples_from.is_some_and(|from| m.first > from) {
                let span = st.span(m.first, m.end);
                history.push(told_before_news(&m, span, sentence.span.end));
                continue;
            }
            let span = st.span(m.first, m.end);
            // "ra Tuyên bố chung": the document word may end the phrase.
            if (span.start < trigger_end && span.end < trigger_end)
                || kind_in_name(coder, text, st, &m, entities)
                || (span.start < covered
                    && (!starts_item(st, m.first) || quoted_in(text, st, m.first)))
            {
                continue;
            }
            // "ký sắc lệnh rút khỏi Hiệp định …", "ký phê chuẩn Hiệp
            // định …": another paper was signed, the document is its topic.
            if other_paper_signed(st, trigger_end, m.first) {
                continue;
            }
            // "… đã ký Hiệp định Đối tác kinh tế toàn diện (CEPA), hiệp định
            // thương mại tự do đầu tiên của …": a document word in lower case
            // right after the comma that ends the document read before it
            // says what that document is.
            // "… đã ký Công hàm trao đổi về …, thông qua chương trình hợp
            // tác của JICA": a lower-case document after a `via` word
            // there is what the signed one came through, nothing signed.
            let between = text.get(covered..span.start).unwrap_or("").trim();
            let via = between.strip_prefix(',').is_some_and(|rest| {
                let rest = rest.trim();
                !rest.is_empty() && WORDS.via.contains(&syllable_key(rest))
            });
            let apposed = first_read.is_some()
                && covered <= span.start
                && (between == "," || via)
                && st.syllables[m.first]
                    .span
                    .of(text)
                    .starts_with(char::is_lowercase);
            if apposed {
                continue;
            }
            // "Ký kết hai hiệp định có Bộ trưởng …": documents counted by a
            // number word, lower case, after the article named them, are
            // told again.
            let kind = coder.rules.kinds.values[m.pattern];
            let counted_again = m.first > 0
                && !st.punct_before(m.first)
                && WORDS.count.contains(st.key_of(m.first - 1, m.first))
                && st.syllables[m.first]
                    .span
                    .of(text)
                    .starts_with(char::is_lowercase)
                && out.iter().any(|o| {
                    !o.past
                        && !o.history
                        && o.agreement.kind == kind
                        && (o.agreement.sentence as usize) < si
                });
            if counted_again {
                continue;
            }
            // "Năm 1951, hai bên đã ký Hiệp ước …": a signing dated a
            // year or more before the news, remembered.
            if remembered(dates, si, span.start)
                || year_after_verb(st, trigger_end)
                || year_told_before(text, st, span.start, dates)
                || year_told_after(text, st, m.end, dates)
            {
                history.push(told_before_news(&m, span, sentence.span.end));
                continue;
            }
            // "… mới được ký kết năm 2016; đồng thời cơ bản hoàn tất đàm
            // phán Hiệp định …": a clause of its own after a semicolon, or
            // talks between the signing and the document ("đã ký 12 FTA
            // … và đang đàm phán 4 hiệp định khác").
            let verb_ends: Vec<usize> = signing
                .iter()
                .filter(|g| g.sentence == si)
                .map(|g| g.trigger_end)
                .collect();
            if own_clause_before(text, st, trigger_end, m.first, &verb_ends)
                || talks_before(st, trigger_end, m.first)
            {
                continue;
            }
            // "hướng tới ký kết Hiệp định …": a signing aimed at.
            let aimed = signing
                .iter()
                .rev()
                .find(|s| s.sentence == si && s.trigger_end <= span.start)
                .is_some_and(|s| aimed_at(st, s.trigger_end));
            if aimed || plan_to_reach(coder, st, &m) || aim_before(st, m.first) {
                // Its title tells what it would be about, no happening.
                history.push(told_before_news(&m, span, sentence.span.end));
                continue;
            }
            let end = clause_end(text, span.start, sentence.span.end);
            let end = before_next_signing(text, span, end, signing, si);
            // "ký hiệp định thay mặt Việt Nam", "Ký Hiệp định thay mặt hai
            // bên là A và B": who signed for whom, right after the bare
            // document word, is no part of its title.
            let end = behalf_right_after(st, m.end)
                .filter(|&at| span.start < at && at < end)
                .unwrap_or(end);
            // "… Bản ghi nhớ về A giữa X và Y và Hiệp định về B …": the
            // next document joined by "và" ends this one.
            let end = documents
                .iter()
                .filter(|n| n.first > m.end && st.key_of(n.first - 1, n.first) == AND_KEY)
                .filter(|n| !kind_in_name(coder, text, st, n, entities))
                .map(|n| st.syllables[n.first - 1].span.start)
                .find(|&at| at < end)
                .map_or(end, |at| span.start + text[span.start..at].trim_end().len());
            // "…, trong khi hiệp định thương mại vẫn chưa được ký kết":
            // the document's own clause denies or plans its signing.
            let denied = st.find(&coder.rules.verbs).iter().any(|v| {
                v.first >= m.end
                    && st.syllables[v.first].span.start < end
                    && coder.rules.verbs.values[v.pattern].code == "057"
                    && matches!(
                        coder.modality_before(st, v.first),
                        Some(Modality::Future | Modality::Negation)
                    )
            });
            let own_verb_denied = signing_verbs
                .iter()
                .filter(|v| v.end <= m.first)
                .max_by_key(|v| v.end)
                .is_some_and(|v| {
                    matches!(
                        coder.modality_before(st, v.first),
                        Some(Modality::Future | Modality::Negation)
                    )
                });
            if denied || own_verb_denied {
                history.push(told_before_news(&m, span, sentence.span.end));
                continue;
            }
            let mut group_only = false;
            if counted(st, m.first) {
                // "Mỹ đã ký các thỏa thuận riêng với từng nước": one
                // document with each side of the document told before.
                let title = Span::new(span.start, end);
                let each = with_each(coder, text, title, sentence.span, si, &out, entities);
                if !each.is_empty() {
                    covered = end;
                    out.extend(each.into_iter().map(|f| dated(f, &at)));
                    continue;
                }
                // "ngày 9/11 đã ký kết nhiều thỏa thuận hợp tác": a dated
                // signing of documents not named stands as one, unless
                // the article names its documents.
                group_only =
                    !names_itself(&text[span.start..end]) || firms_between(&text[span.start..end]);
                // "A và B đã ký các biên bản ghi nhớ với C": each signer
                // its own.
                if group_only {
                    let kind = coder.rules.kinds.values[m.pattern];
                    let title = Span::new(span.start, end);
                    let each = each_signer(text, (sentence.span, title), kind, si, entities);
                    if !each.is_empty() {
                        covered = end;
                        out.extend(each.into_iter().map(|f| dated(f, &at)));
                        continue;
                    }
                }
                if group_only && sentence_date(dates, si).is_none() {
                    continue;
                }
            }
            let later_actors: Vec<SentenceActor>;
            let own_actors: &[SentenceActor] = match first_read {
                Some(at) => {
                    later_actors = actors[si]
                        .iter()
                        .filter(|a| a.span.end <= at || a.span.start >= span.start)
                        .cloned()
                        .collect();
                    &later_actors
                }
                None => &actors[si],
            };
            if let Some(mut f) = document(
                coder,
                text,
                Span::new(span.start, end),
                si,
                entities,
                own_actors,
                false,
            ) {
                // "… ký Bản ghi nhớ giữa A và B về …, cùng Biên bản hội
                // đàm": a document joined by "cùng" right after the one
                // read before it.
                let joined_to_last = first_read.is_some() && {
                    let gap = text.get(covered..span.start).unwrap_or("");
                    syllable_key(gap.trim().trim_start_matches(',')) == ALONG_KEY
                };
                covered = end;
                first_read.get_or_insert(span.start);
                party_names::prefer_signers(coder, &mut f, text, sentence.span, entities);
                party_names::pair_by_title(&mut f, text, sentence.span, trigger_end, entities);
                party_names::pair_by_body(&mut f, text, sentence.span, trigger_end, entities);
                signers_for_both(&mut f, text, sentence.span, entities);
                on_behalf_of(coder, &mut f, text, st, m.first, entities);
                both_before(&mut f, text, sentence.span, entities);
                partner_after_with(&mut f, text, entities);
                signer_with_each(&mut f, text, sentence.span, &actors[si], entities);
                if f.both.is_none() && !f.agreement.title.to_lowercase().contains(BETWEEN_SP) {
                    if let Some(signers) =
                        bracketed_signers(text, sentence.span, f.agreement.span, entities)
                    {
                        f.agreement.parties = signers;
                    }
                }
                // Naming no sides of its own, it was signed by the sides
                // the one document before it names after "giữa" (after a
                // list of documents of different sides, it is none of
                // theirs: tests/agreements16_signed.rs).
                if joined_to_last && !f.agreement.title.to_lowercase().contains(BETWEEN_SP) {
                    let mut before = out.iter().filter(|o| o.agreement.sentence as usize == si);
                    let last = before.next().filter(|o| {
                        o.both.is_none() && o.agreement.title.to_lowercase().contains(BETWEEN_SP)
                    });
                    if let Some(last) = last.filter(|_| before.next().is_none()) {
                        f.agreement.parties = last.agreement.parties.clone();
                        f.both = None;
                    }
                }
                // "Hai bên cũng ký Biên bản bàn giao công trình A do B hỗ
                // trợ": the two sides who signed the document just told,
                // not the names of what it is about.
                if !f.agreement.title.to_lowercase().contains(BETWEEN_SP)
                    && both_sides_sign(st, trigger_end)
                {
                    let just_told = out.iter().rev().find(|o| {
                        !o.past
                            && o.agreement.sentence < si as u32
                            && si as u32 - o.agreement.sentence <= CONTEXT as u32
                            && countries_named(&o.agreement) >= 2
                    });
                    if let Some(o) = just_told {
                        f.agreement.parties =
                            partner_with_fronted(st, &o.agreement.parties, &out, entities)
                                .unwrap_or_else(|| o.agreement.parties.clone());
                        f.both = None;
                    }
                }
                if let Some(body) = f.both.as_deref().filter(|b| !b.is_empty()) {
                    f.named = bodies_named(text, Span::new(0, text.len()), body, entities, 8);
                    if f.named.len() < 2 {
                        signed_by_people(&mut f, text, sentence.span, entities);
                    }
                }
                // "… nơi các lãnh đạo ký Tuyên bố Kuala Lumpur về ASEAN
                // 2045": a declaration known by its own name is a record
                // only between the sides of two countries, no bloc among
                // them (a summit's declaration is no bilateral document).
                if named_at.contains(&m.first)
                    && (countries_named(&f.agreement) < 2
                        || f.agreement.parties.iter().any(|p| p.country.is_none()))
                {
                    continue;
                }
                if group_only || firms_counted {
                    grouped.push(dated(f, &at));
                    continue;
                }
                // "trao 111 bản ghi nhớ …": a numbered set is a summary too,
                // one record only where the article names none of them.
                f.counted = counted(st, m.first) || numbered(st, m.first);
                out.push(dated(f, &at));
            }
        }
        // "… Tuyên bố chung … (ký năm 2022)": the signing phrase is the
        // document's own bracket, after it.
        for mut f in self_signed(coder, text, (sentence.span, &texts[si]), si, entities) {
            if f.agreement.span.start < trigger_end {
                f.agreement.date = sentence_date(dates, si);
                out.push(f);
            }
        }
    }
    // "Hiệp định … đã được ký kết giữa A và B": documents told before
    // their signing, where no document of the sentence was read already.
    // "Thỏa thuận được ký tại …", no party named, waits for every other
    // document: it is one of them told again, or one the article names
    // "giữa A và B" elsewhere.
    let mut unnamed: Vec<Found> = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let told_before = [
            signed_passive(coder, text, (sentence.span, &texts[si]), si, entities),
            papers_signed_by(coder, text, (sentences, texts), si, entities)
                .into_iter()
                .collect(),
            signed_relative(coder, text, (sentence.span, &texts[si]), si, entities),
            signed_by_agents(coder, text, (sentence.span, &texts[si]), si, entities),
            in_force(
                coder,
                text,
                (sentence.span, &texts[si]),
                (si, dates),
                entities,
            ),
        ];
        for (from, mut f) in told_before
            .into_iter()
            .enumerate()
            .flat_map(|(k, fs)| fs.into_iter().map(move |f| (k, f)))
        {
            // "Từ ngày 1/8, Hiệp định … chính thức có hiệu lực", then
            // "… kể từ khi hiệp định được ký kết tại Hà Nội ngày 30/6/2019":
            // in force now, signed a year or more before the news.
            if from == IN_FORCE && signed_long_before(text, (sentences, texts), si, dates) {
                f.history = true;
                history.push(f);
                continue;
            }
            // "Hiệp ước … được ký ngày 27-12-1985" in news of 2019: a day
            // told after the document, a year or more before the news.
            if !f.past && dated_after(dates, si, f.agreement.span.end) {
                f.history = true;
                history.push(f);
                continue;
            }
            let a = &f.agreement;
            let read = out.iter().any(|o| {
                o.agreement.sentence == a.sentence
                    && o.agreement.span.start < a.span.end
                    && a.span.start < o.agreement.span.end
            });
            if read {
                continue;
            }
            if a.parties.is_empty() && f.both.is_none() {
                unnamed.push(f);
                continue;
            }
            if a.parties.is_empty() {
                // "… được ký tắt bởi Ngoại trưởng của hai nước": the
                // document just told (with its parties, or waiting for
                // them), told again.
                let just_told = |o: &Found| {
                    o.agreement.kind == a.kind
                        && o.agreement.sentence < a.sentence
                        && a.sentence - o.agreement.sentence <= CONTEXT as u32
                };
                let retold = out
                    .iter()
                    .any(|o| just_told(o) && o.agreement.parties.len() >= 2)
                    || unnamed.iter().any(just_told);
                if retold {
                    continue;
                }
            }
            if !f.past {
                let (date, place) = when_where(si, si);
                f.agreement.date = date;
                f.agreement.location = place;
            }
            out.push(f);
        }
    }
    // Unnamed documents of one sentence are as many documents, none the
    // retelling of another.
    let named_before = out.len();
    for mut f in unnamed {
        let a = &f.agreement;
        let told = out.iter().enumerate().any(|(i, o)| {
            o.agreement.kind == a.kind
                && o.agreement.parties.len() >= 2
                && (i < named_before || o.agreement.sentence != a.sentence)
        });
        if told {
            continue;
        }
        let Some(pair) = pair_named_elsewhere(coder, text, a.kind, a.span.start, entities) else {
            continue;
        };
        let si = a.sentence as usize;
        f.agreement.parties = pair;
        if !f.past {
            let (date, place) = when_where(si, si);
            f.agreement.date = date;
            f.agreement.location = place;
        }
        out.push(f);
    }
    // Counted documents stand for a signing only where the article names
    // no document of its own (a joint statement is issued beside them).
    let named_elsewhere = out
        .iter()
        .any(|f| !f.past && f.agreement.kind != AgreementKind::JointStatement);
    if !named_elsewhere {
        out.extend(grouped);
    }
    // "lãnh đạo hai bên nhất trí ký kết …" between "hai địa phương": the
    // sides are the places, not their countries.
    let by_both_sides = |f: &Found| {
        let unnamed = f.agreement.parties.is_empty() && f.both.is_none();
        let said = || {
            sentences
                .get(f.agreement.sentence as usize)
                .and_then(|s| text.get(s.span.start..f.agreement.span.start))
                .is_some_and(|before| {
                    // "hai tỉnh đã ký Thỏa thuận …": the two places sign, as
                    // "hai bên" does (heldout44/016).
                    let before = before.to_lowercase();
                    before.contains(BOTH_SIDES)
                        || WORDS.locals.iter().any(|cue| before.contains(cue.as_str()))
                        || WORDS
                            .leaders
                            .iter()
                            .any(|cue| before.contains(cue.as_str()))
                })
        };
        f.named.is_empty() && (f.both.as_deref() == Some("") || (unnamed && said()))
    };
    // "Hai bên … ban hành một tuyên bố chung": "hai bên" signs the
    // document itself (a signing phrase after it, before the document),
    // not a ceremony told before it ("sau lễ ký kết, hai bên triển khai
    // các kế hoạch …").
    let both_signed = |f: &Found| {
        let Some(s) = sentences.get(f.agreement.sentence as usize) else {
            return false;
        };
        let Some(before) = text.get(s.span.start..f.agreement.span.start) else {
            return false;
        };
        // ("hai nhà lãnh đạo chứng kiến lễ trao Kế hoạch hành động …": the
        // leaders of the two sides, as "hai bên".)
        let lower = before.to_lowercase();
        let Some(at) = std::iter::once(BOTH_SIDES)
            .chain(WORDS.leaders.iter().map(String::as_str))
            .filter_map(|cue| lower.rfind(cue))
            .max()
        else {
            return false;
        };
        let at = s.span.start + at;
        signing.iter().any(|g| {
            g.sentence == f.agreement.sentence as usize
                && g.trigger_end > at
                && g.trigger_end <= f.agreement.span.start
        })
    };
    // "ký các tuyên bố chung về …" told before the article names each
    // joint statement signed: the documents counted are those named.
    let named_one_by_one = |f: &Found| {
        out.iter()
            .any(|o| !o.counted && !o.past && !o.history && o.agreement.kind == f.agreement.kind)
    };
    let summaries: Vec<bool> = out
        .iter()
        .map(|f| f.counted && named_one_by_one(f))
        .collect();
    for (f, summary) in out.iter_mut().zip(summaries) {
        // No record; its title's words tell the documents' topics.
        f.history |= summary;
    }
    // "chưa có văn bản thỏa thuận nào … được ký": no such document.
    out.retain(|f| !none_such(coder, text, f.agreement.span));
    // "Đây là hiệp định đầu tiên loại này mà Nhật Bản ký …": a document
    // told already, ranked; "ra tuyên bố chung lên án …": a statement
    // reported.
    out.retain(|f| {
        let Some(st) = texts.get(f.agreement.sentence as usize) else {
            return true;
        };
        !ranked_after_copula(coder, st, f.agreement.span)
            && !signer_ranked(st, f.agreement.span)
            && !statement_reported(coder, text, st, &f.agreement)
    });
    // "Hội nghị Cấp cao … Hiệp định Đối tác kinh tế toàn diện khu vực
    // (RCEP) … chứng kiến lễ ký kết Hiệp định": a body the recogniser
    // named after a document is that document, no party to it.
    let documents_named: HashSet<&str> = entities
        .iter()
        .filter(|e| {
            e.mentions.iter().any(|m| {
                let st = SyllableText::new(&m.text, Span::new(0, m.text.len()));
                st.find(&coder.rules.kinds).iter().any(|k| k.first == 0)
            })
        })
        .map(|e| e.name.as_str())
        .collect();
    for f in out.iter_mut() {
        f.agreement
            .parties
            .retain(|p| !documents_named.contains(p.name.as_str()));
        // "Bộ trưởng Bộ Công Thương … ký Hiệp định thay mặt Chính phủ Việt
        // Nam": the minister's body signs for its government, one side.
        let one_country = {
            let mut countries = f.agreement.parties.iter().map(|p| p.country.as_deref());
            let first = countries.next().flatten();
            first.is_some() && countries.all(|c| c == first)
        };
        if one_country && f.agreement.parties.len() >= 2 {
            let said = sentences
                .get(f.agreement.sentence as usize)
                .map_or("", |s| s.span.of(text));
            let principal = f
                .agreement
                .parties
                .iter()
                .find(|p| said.contains(&format!("{BEHALF} {}", p.name)))
                .cloned();
            if let Some(p) = principal {
                f.agreement.parties = vec![p];
            }
        }
        this_country(f, text, sentences, entities);
        if let Some(s) = sentences.get(f.agreement.sentence as usize) {
            party_names::complete(coder, f, text, s.span, entities);
            party_names::short_names_before(f, text, s.span, entities);
        }
    }
    // "…, dưới sự chứng kiến của Bí thư Tỉnh ủy X, lãnh đạo hai tỉnh đã
    // ký …": the two places are the subject of the signing verb, right
    // before it in its clause (past aspect words); whoever else the
    // sentence names did not sign (heldout44/018).
    let local_subject = |f: &Found| {
        let Some(s) = sentences.get(f.agreement.sentence as usize) else {
            return false;
        };
        let Some(before) = text.get(s.span.start..f.agreement.span.start) else {
            return false;
        };
        let clause = before.rsplit(',').next().unwrap_or("").to_lowercase();
        let mut words: Vec<&str> = clause.split_whitespace().collect();
        while let Some(w) = words.last() {
            let key = format!("{w} ");
            if sign_word(&key) || WORDS.aspect.contains(&key) {
                words.pop();
            } else {
                break;
            }
        }
        let lead = words.join(" ");
        lead.len() < clause.len()
            && WORDS
                .locals
                .iter()
                .any(|cue| lead == *cue || lead.ends_with(&format!(" {cue}")))
    };
    if out.iter().any(|f| by_both_sides(f) || local_subject(f)) {
        // Places below their countries, else the two countries of the
        // signing or of the article (resolved when settling).
        let sides = local_sides(text, entities);
        for f in out.iter_mut() {
            if sides.len() >= 2 && f.both.is_none() && local_subject(f) {
                f.agreement.parties.clear();
                f.named.clear();
            }
            if by_both_sides(f) && (sides.len() >= 2 || both_signed(f)) {
                f.both = Some(String::new());
                if sides.len() >= 2 {
                    f.named = sides.clone();
                }
            }
        }
    }
    // Not signed in the news: cited, remembered, an anniversary.
    crate::agreement_scope::mark_background(text, sentences, signing, dates, &mut out);
    out.extend(history);
    out
}

/// A joint statement issued or signed ("ra", "thông qua", "ký" right
/// before it) ahead of a listing whose first item starts at `items_start`:
/// read as a document of its own, its parties the countries its title
/// names, else the two sides of the signing.
fn issued_before_listing(
    coder: &Coder,
    text: &str,
    st: &SyllableText,
    items_start: usize,
    si: usize,
    entities: &[Entity],
) -> Option<Found> {
    let m = st.find(&coder.rules.kinds).into_iter().find(|m| {
        coder.rules.kinds.values[m.pattern] == AgreementKind::JointStatement
            && st.syllables[m.end - 1].span.end <= items_start
            && m.first > 0
            && !st.punct_before(m.first)
            && (1..=2usize).any(|len| {
                len <= m.first
                    && (WORDS.issue.contains(st.key_of(m.first - len, m.first))
                        || LISTS.issue.contains(st.key_of(m.first - len, m.first))
                        || LISTS.sign.contains(st.key_of(m.first - len, m.first)))
            })
    })?;
    let start = st.syllables[m.first].span.start;
    let end = clause_end(text, start, items_start);
    let title_end = start
        + text[start..end]
            .trim_end_matches([' ', ',', ':', ';'])
            .len();
    let mut f = document(
        coder,
        text,
        Span::new(start, title_end),
        si,
        entities,
        &[],
        false,
    )?;
    if f.agreement.parties.len() < 2 && f.both.is_none() {
        f.agreement.parties.clear();
        f.both = Some(String::new());
    }
    Some(f)
}

/// Is the signing phrase ending at `trigger_end` followed by a word saying
/// the document was only initialled ("ký tắt")? Not signed yet.
fn initialled(st: &SyllableText, trigger_end: usize) -> bool {
    let i = st.syllable_from(trigger_end);
    i < st.syllables.len() && !st.punct_before(i) && WORDS.initial.contains(st.key_of(i, i + 1))
}

/// "CEPA là hiệp định thương mại tự do đầu tiên Việt Nam ký với …", "Đây
/// là hiệp định đầu tiên loại này mà Nhật Bản ký …": a document word after
/// "là" (past "cũng", "một"), its words ranking it, characterises a
/// document told already.
fn ranked_after_copula(coder: &Coder, st: &SyllableText, doc: Span) -> bool {
    let first = st.syllable_from(doc.start);
    if first >= st.syllables.len() || first == 0 {
        return false;
    }
    let mut i = first;
    while i > 0 && matches!(st.key_of(i - 1, i), ONE_KEY | ALSO_KEY | SELF_KEY) {
        i -= 1;
    }
    if i == 0 || st.key_of(i - 1, i) != IS_KEY || st.punct_before(i) {
        return false;
    }
    let Some(m) = st
        .find(&coder.rules.kinds)
        .into_iter()
        .find(|m| m.first == first)
    else {
        return false;
    };
    // The rank within a few words of the document word, before a clause
    // break.
    let end = st.syllables.len().min(m.end + 6);
    let end = (m.end + 1..end)
        .find(|&k| st.punct_before(k))
        .unwrap_or(end);
    (m.end..end).any(|k| {
        (1..=3usize).any(|len| k + len <= end && WORDS.rank.contains(st.key_of(k, k + len)))
    })
}

/// "Chile là quốc gia Mỹ Latinh đầu tiên ký Hiệp định Thương mại tự do
/// với Việt Nam": the signer ranked among all who signed (a `rank` word
/// right before the signing verb, "là" before it in the clause) tells the
/// relations' past, no signing of the news. "Hai nước đã ký Hiệp định
/// đầu tiên …" ranks the document, not its signer.
fn signer_ranked(st: &SyllableText, doc: Span) -> bool {
    let first = st.syllable_from(doc.start);
    if first >= st.syllables.len() || first < 2 || st.punct_before(first) {
        return false;
    }
    let mut verb = first - 1;
    if LISTS.sealed.contains(st.key_of(verb, verb + 1)) && !st.punct_before(verb) {
        verb -= 1;
    }
    if !LISTS.sign.contains(st.key_of(verb, verb + 1)) {
        return false;
    }
    let ranked = (1..=3usize).any(|len| {
        verb >= len
            && !(verb + 1 - len..=verb).any(|k| st.punct_before(k))
            && WORDS.rank.contains(st.key_of(verb - len, verb))
    });
    if !ranked {
        return false;
    }
    // "là" within the clause, a few words before the rank.
    (verb.saturating_sub(10)..verb)
        .rev()
        .take_while(|&k| !st.punct_before(k + 1))
        .any(|k| st.key_of(k, k + 1) == IS_KEY)
}

/// "… ra tuyên bố chung cho biết …", "… đã ra tuyên bố chung lên án vụ tấn
/// công": a joint statement followed by what it says is a statement
/// reported, no document signed between its authors.
fn statement_reported(coder: &Coder, text: &str, st: &SyllableText, a: &Agreement) -> bool {
    if a.kind != AgreementKind::JointStatement {
        return false;
    }
    let first = st.syllable_from(a.span.start);
    let Some(m) = st
        .find(&coder.rules.kinds)
        .into_iter()
        .find(|m| m.first == first)
    else {
        return false;
    };
    // "đưa ra tuyên bố chung ngày 10.7 "khẳng định …"": past the day it
    // was issued and an opening quote.
    let n = st.syllables.len();
    let mut at = m.end;
    if at < n && LISTS.day.contains(st.key_of(at, at + 1)) {
        at += 1;
        while at < n
            && st.syllables[at]
                .span
                .of(text)
                .chars()
                .all(|c| c.is_ascii_digit())
        {
            at += 1;
        }
    }
    // "… ra tuyên bố chung, khẳng định EU tôn trọng …": a statement issued
    // (lower case, right after the `issue` verb) goes on after a comma to
    // what it says; a signed one ("ký Tuyên bố chung, khẳng định …") does
    // not.
    let issued = first > 0
        && LISTS.issue.contains(st.key_of(first - 1, first))
        && st.syllables[first]
            .span
            .of(text)
            .starts_with(char::is_lowercase);
    let clause_goes_on = |i: usize| {
        if i >= n {
            return false;
        }
        let gap = &text[st.syllables[i - 1].span.end..st.syllables[i].span.start];
        !gap.contains([',', ';', ':', '(']) || (issued && i == m.end && gap.trim() == ",")
    };
    (m.end..=at).all(clause_goes_on)
        && (1..=2usize).any(|len| {
            // "cho rằng "…"": a quote or comma after the verb.
            at + len <= n
                && WORDS
                    .speech
                    .contains(st.key_of(at, at + len).trim_end_matches("| "))
        })
}

/// Does a number and a unit of goods ("5.000 tấn gạo") stand right
/// before the signing phrase ending at `trigger_end` (past its aspect
/// words), within three words and no clause break?
fn goods_contracted(text: &str, st: &SyllableText, trigger_end: usize) -> bool {
    let mut sign = st.syllable_from(trigger_end);
    while sign > 0 && sign_word(st.key_of(sign - 1, sign)) {
        sign -= 1;
    }
    while sign > 0 && !st.punct_before(sign) && WORDS.aspect.contains(st.key_of(sign - 1, sign)) {
        sign -= 1;
    }
    (sign.saturating_sub(3)..sign)
        .filter(|&u| u > 0 && !(u..sign).any(|k| st.punct_before(k)))
        .any(|u| {
            WORDS.goods.contains(st.key_of(u, u + 1))
                && number_word(st.syllables[u - 1].span.of(text))
        })
}

/// Do firms counted, not named, open the clause of the signing phrase
/// ending at `trigger_end` ("Hai hãng bay tư nhân Việt Nam ký …", "Các
/// doanh nghiệp đã ký …"): a `count` or `group` word, then a `firms` word,
/// with no clause break before the verb?
fn firms_counted_sign(text: &str, st: &SyllableText, trigger_end: usize) -> bool {
    let verb = st.syllable_from(trigger_end).saturating_sub(1);
    let start = (0..verb).rev().find(|&i| st.punct_before(i)).unwrap_or(0);
    let counted = (1..=2usize).find(|&l| {
        start + l <= verb
            && (WORDS.count.contains(st.key_of(start, start + l))
                || WORDS.group.contains(st.key_of(start, start + l)))
    });
    let Some(l) = counted else {
        return false;
    };
    let at = start + l;
    let lower = st
        .syllables
        .get(at)
        .is_some_and(|s| s.span.of(text).starts_with(char::is_lowercase));
    lower && (1..=2usize).any(|k| at + k <= verb && WORDS.firms.contains(st.key_of(at, at + k)))
}

/// Does the sentence open with "Hai bên" signing ("Hai bên cũng ký …",
/// "Hai bên đã ký kết …"): only aspect words between them and the signing
/// phrase ending at `trigger_end`?
fn both_sides_sign(st: &SyllableText, trigger_end: usize) -> bool {
    let mut first = st.syllable_from(trigger_end);
    while first > 0 && sign_word(st.key_of(first - 1, first)) {
        first -= 1;
    }
    // "Với Thái Lan, hai bên ký …": the partner named first.
    let open = fronted_with(st).map_or(0, |(_, k)| k);
    first >= open + 2
        && st.key_of(open, open + 2) == BOTH_SIDES_KEY
        && (open + 2..first)
            .all(|i| !st.punct_before(i) && WORDS.aspect.contains(st.key_of(i, i + 1)))
}

/// A sentence opening "Với X, hai bên …": the span of what follows "Với"
/// up to the comma, and the syllable after the comma.
fn fronted_with(st: &SyllableText) -> Option<(Span, usize)> {
    if st.syllables.len() < 4 || st.key_of(0, 1) != WITH_KEY {
        return None;
    }
    let k = (2..st.syllables.len()).find(|&i| st.punct_before(i))?;
    (st.key_of(k, k + 2) == BOTH_SIDES_KEY).then(|| (st.span(1, k), k))
}

/// "Với Thái Lan, hai bên ký …" after a document of "hai bên" told: the
/// side that signed every document just told ("Mỹ", after Mỹ – Malaysia
/// and Mỹ – Campuchia) with the country named after "Với".
fn partner_with_fronted(
    st: &SyllableText,
    told: &[Party],
    out: &[Found],
    entities: &[Entity],
) -> Option<Vec<Party>> {
    let (span, _) = fronted_with(st)?;
    let (name, country) = countries_named_in(span, entities)?;
    let since = out
        .iter()
        .rev()
        .find(|o| o.agreement.parties == told)
        .map_or(0, |o| o.agreement.sentence.saturating_sub(CONTEXT as u32));
    let signed = |iso: &str| {
        out.iter()
            .filter(|o| !o.past && !o.history && o.agreement.sentence >= since)
            .filter(|o| {
                o.agreement
                    .parties
                    .iter()
                    .any(|p| p.country.as_deref() == Some(iso))
            })
            .count()
    };
    // The most often signing side; of two as often, the one named first.
    let kept = told
        .iter()
        .enumerate()
        .filter(|(_, p)| p.country.as_deref().is_some_and(|c| c != country))
        .max_by_key(|(i, p)| (p.country.as_deref().map_or(0, signed), usize::MAX - i))
        .map(|(_, p)| p)?;
    Some(vec![
        kept.clone(),
        Party {
            name: name.to_string(),
            country: Some(country.to_string()),
        },
    ])
}

/// A country itself, not a place inside one: a location whose gazetteer
/// entry, if any, is its own country.
pub(crate) fn is_country(e: &Entity) -> bool {
    e.kind == EntityKind::Location
        && e.gazetteer_id
            .as_deref()
            .is_none_or(|id| Some(id) == e.country.as_deref())
}

/// The one country named in `span` (its name as the gazetteer gives it).
fn countries_named_in(span: Span, entities: &[Entity]) -> Option<(&str, &str)> {
    let mut found = entities
        .iter()
        .filter(|e| is_country(e))
        .filter(|e| e.mentions.iter().any(|m| span.contains(m.span)))
        .filter_map(|e| Some((e.name.as_str(), e.country.as_deref()?)));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Is the document at `span` one the text says there is none of ("thỏa
/// thuận nào": a `none` cue right after its kind)?
fn none_such(coder: &Coder, text: &str, span: Span) -> bool {
    let st = SyllableText::new(text, span);
    st.find(&coder.rules.kinds).first().is_some_and(|m| {
        m.end < st.syllables.len()
            && !st.punct_before(m.end)
            && WORDS.none.contains(&format!(
                "{} ",
                st.syllables[m.end].span.of(text).to_lowercase()
            ))
    })
}

/// Is the signing phrase ending at `trigger_end` a ceremony that opens its
/// sentence's frame ("Tại lễ ký, ông A đọc thư …", "Sau lễ ký kết, …"): a
/// comma right after "lễ ký (kết)"? It tells when or where, and signs no
/// document named after it.
fn ceremony_frame(text: &str, st: &SyllableText, trigger_end: usize) -> bool {
    let last = st.syllable_from(trigger_end);
    let comma_after = text[trigger_end..].trim_start().starts_with(',');
    let word = |i: usize| st.syllables[i].span.of(text).to_lowercase();
    let ceremony = (last.saturating_sub(2)..last).any(|i| {
        i > 0
            && LISTS.sign.contains(&format!("{} ", word(i)))
            && LISTS.ceremony.contains(&format!("{} ", word(i - 1)))
    });
    comma_after && ceremony
}

/// The latest year of a single day the article names.
fn latest_year(dates: &[DateMention]) -> Option<i64> {
    dates
        .iter()
        .filter(|d| d.value.start == d.value.end)
        .filter_map(|d| d.value.start.get(..4)?.parse::<i64>().ok())
        .max()
}

/// Does the clause of a document whose kind ends at syllable `kind_end`
/// date it a year or more before the news ("ký một hiệp định … vào năm
/// 1973", "Hiệp định cũ ký từ năm 1996")? Only a time word before the
/// year ("vào", "từ", "hồi", "trong"): "Kế hoạch hợp tác năm 2025" names
/// its year in its title.
fn year_told_after(text: &str, st: &SyllableText, kind_end: usize, dates: &[DateMention]) -> bool {
    let Some(latest) = latest_year(dates) else {
        return false;
    };
    let n = st.syllables.len();
    let end = (kind_end + 1..n)
        .find(|&i| stop_before(text, st, i))
        .unwrap_or(n);
    let year = |i: usize| {
        let word = st.syllables[i].span.of(text);
        (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
            .then(|| word.parse::<i64>().ok())
            .flatten()
    };
    (kind_end.max(1) + 1..end).any(|i| {
        st.key_of(i - 1, i) == YEAR_KEY
            && LISTS.year_lead.contains(st.key_of(i - 2, i - 1))
            && year(i).is_some_and(|y| latest - y >= 1)
    }) || (kind_end + 1..end.min(kind_end + TITLE_YEAR_REACH)).any(|i| {
        // "Hiệp định thương mại năm 2003" in news of 2017: the title's
        // own year, two or more years before the news.
        st.key_of(i - 1, i) == YEAR_KEY && year(i).is_some_and(|y| latest - y >= 2)
    })
}

/// How many syllables after its kind word a title may name the year it
/// was signed in ("Hiệp định thương mại năm 2003", "Bản ghi nhớ về hợp tác
/// và trao đổi quốc phòng năm 2011": a long subject before the year; the
/// clause's comma still bounds it).
const TITLE_YEAR_REACH: usize = 12;

/// Does a semicolon stand between the signing phrase ending at
/// `trigger_end` and the document at syllable `doc`, with more than a
/// lead-in's words after it ("…; đồng thời cơ bản hoàn tất đàm phán Hiệp
/// định …")? The clause after it tells an act of its own; "…; Bản ghi nhớ
/// …" or "…; và Kế hoạch …" go on with the signed documents.
///
/// A clause that signs the document itself ("…; Bộ trưởng A và Bộ trưởng
/// B đã ký Bản ghi nhớ …": a signing phrase, ending at one of
/// `verb_ends`, between the semicolon and the document) is a signing of
/// its own.
fn own_clause_before(
    text: &str,
    st: &SyllableText,
    trigger_end: usize,
    doc: usize,
    verb_ends: &[usize],
) -> bool {
    let from = st.syllable_from(trigger_end);
    let Some(semicolon) = (from + 1..=doc).rev().find(|&i| {
        i < st.syllables.len()
            && text[st.syllables[i - 1].span.end..st.syllables[i].span.start].contains(';')
    }) else {
        return false;
    };
    let (clause, document) = (
        st.syllables[semicolon].span.start,
        st.syllables[doc].span.start,
    );
    let signed_here = verb_ends.iter().any(|&end| end > clause && end <= document);
    doc - semicolon > LEAD_WORDS && !signed_here
}

/// Do talks stand between the signing phrase ending at `trigger_end` and
/// the document at syllable `doc` ("đã ký 12 FTA … và đang đàm phán 4
/// hiệp định khác": `talks` cues)? The document is only negotiated.
fn talks_before(st: &SyllableText, trigger_end: usize, doc: usize) -> bool {
    let from = st.syllable_from(trigger_end);
    (from..doc).any(|i| {
        (1..=3usize)
            .filter(|&n| i + n <= doc)
            .any(|n| WORDS.talks.contains(st.key_of(i, i + n)))
    })
}

/// Does the sentence `sentence` tell a year ("năm 2022") before `at` a year
/// or more before the latest day the article names (`dates`)? A year alone
/// is no listed date, but a signing so dated is history retold ("Trước
/// đó, năm 2022, hai nước đã ký Hiệp định …").
fn year_told_before(text: &str, st: &SyllableText, at: usize, dates: &[DateMention]) -> bool {
    let Some(latest) = latest_year(dates) else {
        return false;
    };
    let end = st.syllable_from(at);
    (1..end.min(st.syllables.len())).any(|i| {
        let word = st.syllables[i].span.of(text);
        st.key_of(i - 1, i) == YEAR_KEY
            && (i < 3 || st.key_of(i - 3, i - 2) != MONTH_KEY)
            && word.len() == 4
            && word.bytes().all(|b| b.is_ascii_digit())
            && word.parse::<i64>().is_ok_and(|y| latest - y >= 1)
    })
}

/// A document is signed by two sides at least: one whose text, sentence
/// and signing name fewer was only talked about ("buổi lễ ký kết hợp đồng
/// chỉ diễn ra trong 10 phút", "ký các thỏa thuận riêng với từng nước"),
/// or its parties were not read; either way it is no record to give.
///
/// A person who signed is named as the sentence writes him ("Fumio
/// Kishida", "Luiz Inacio Lula da Silva"), not in the gazetteer's order or
/// spelling ("Kishida Fumio", "Luiz Inácio …"), when the two are the same
/// words but for order and marks.
pub(crate) fn finish(agreements: &mut Vec<Agreement>, entities: &[Entity]) {
    for a in agreements.iter_mut() {
        places_named_in_title(a, entities);
        owners_named_in_title(a, entities);
    }
    // "Hai bên ký kết hợp đồng" of a singer and a show's producer, the
    // sides guessed from the article's countries: a side whose country the
    // article names nowhere is written as its bare code ("VNM"), no name
    // the article gives; it signs nothing known (bench, ag26 sample #5).
    for a in agreements.iter_mut() {
        a.parties
            .retain(|p| p.country.as_deref().is_none_or(|c| p.name != c));
    }
    agreements.retain(|a| a.parties.len() >= 2 && !undone(&a.title));
    // Sides added after settling ("hai bên" read as the signing's actors).
    let persons = person_names(entities);
    for a in agreements.iter_mut() {
        countries_of_signers(a, &persons, entities);
    }
    for a in agreements.iter_mut() {
        for p in a.parties.iter_mut() {
            if let Some(written) = person_as_written(&p.name, a.sentence, entities) {
                p.name = written;
            }
            if let Some(written) = body_as_written(&p.name, a.sentence, entities) {
                p.name = written;
            }
            if let Some(written) = place_as_written(&p.name, a.sentence, entities) {
                p.name = written;
            }
            if let Some(full) = country_in_full(&p.name, entities) {
                p.name = full;
            }
            // "… giữa Bộ Tư lệnh … và tập đoàn Larsen & Toubro": a firm
            // word written lower case is no part of the firm's name.
            // "… giữa Israel và phong trào Hamas": the movement by its own
            // name, one word ("phong trào Hồi giáo Hamas" stays whole).
            let movement = WORDS.movement.iter().find_map(|w| {
                p.name.strip_prefix(w.as_str()).filter(|rest| {
                    rest.starts_with(char::is_uppercase) && !rest.contains(char::is_whitespace)
                })
            });
            let firm_named = WORDS
                .firm
                .iter()
                .find_map(|w| {
                    p.name
                        .strip_prefix(w.as_str())
                        .filter(|rest| rest.starts_with(char::is_uppercase))
                })
                .or(movement);
            if let Some(rest) = firm_named {
                p.name = rest.to_string();
            }
            if let Some(brand) = brand_name(&p.name, entities) {
                p.name = brand;
            }
        }
    }
}

/// Does a title run on into a clause saying its signing did not take
/// place ("kế hoạch hợp tác giữa hai Văn phòng Quốc hội chưa được thực
/// hiện trong dịp này", "thỏa thuận khoáng sản đã bị hủy sau …")?
pub(crate) fn undone(title: &str) -> bool {
    let words = format!(" {} ", title.to_lowercase());
    WORDS.undone.iter().any(|u| words.contains(u.as_str()))
}

/// Documents told before their signing ("Hiệp định … giữa A và B đã được
/// ký kết tại …", "Thỏa thuận khung đã được ký kết bởi X và Y"): the
/// document's clause, at most aspect words ("đã", "vừa") and a comma, then
/// "được ký"; not planned, denied or wished for ("sẽ được ký", "chưa được
/// ký", "cần được ký"). The parties are named in the title ("giữa A và B")
/// or right after the verb ("giữa", "bởi", "với"); a document signed by
/// nobody named is left out, and so is one dated long ago ("được ký năm
/// 1995").
fn signed_passive(
    coder: &Coder,
    text: &str,
    (sentence, st): (Span, &SyllableText),
    si: usize,
    entities: &[Entity],
) -> Vec<Found> {
    let passives = st.find(&WORDS.passive);
    if passives.is_empty() {
        return Vec::new();
    }
    let kinds = st.find(&coder.rules.kinds);
    let mut out = Vec::new();
    for p in &passives {
        // Aspect words right before "được" belong to the verb, not the title;
        // one stop may stand right before the verb ("Hiệp ước X, được ký …").
        let open = past_aspect(st, p.first);
        let Some((clause_start, m)) = clause_document(coder, text, st, &kinds, open, entities)
        else {
            continue;
        };
        let planned = not_signed_yet(coder, st, open);
        let wished = (1..=2usize)
            .filter(|&k| k <= open)
            .any(|k| WORDS.aim.contains(st.key_of(open - k, open)));
        if planned || wished {
            continue;
        }
        // "Bản ghi nhớ giữa A và B về … và Bản ghi nhớ giữa C và D về … đã
        // được ký kết": documents joined by "và", each its own.
        let joined: Vec<&PhraseMatch> = kinds
            .iter()
            .filter(|n| {
                n.first > m.end && n.end <= open && st.key_of(n.first - 1, n.first) == AND_KEY
            })
            .filter(|n| !kind_in_name(coder, text, st, n, entities))
            .collect();
        // "Nhiều thỏa thuận … đã được ký": documents counted, none named.
        // "ngay khi Hiệp định được ký kết": a time to come, no signing.
        let when = (clause_start..open)
            .any(|j| st.key_of(j, j + 1) == "khi " && (j == 0 || st.key_of(j - 1, j) != "sau "));
        if counted(st, m.first) || when {
            continue;
        }
        let mut titles: Vec<(usize, usize)> = Vec::new();
        let mut first = m.first;
        for n in joined.iter().map(|n| n.first) {
            titles.push((first, n - 1));
            first = n;
        }
        titles.push((first, open));
        let mut read: Vec<Found> = Vec::new();
        for (from, to) in titles {
            let start = st.syllables[from].span.start;
            let mut title_end = st.syllables[to - 1].span.end;
            // "Hiệp định … (EVFTA) và …": the bracket closes the title.
            if text[title_end..].starts_with(')') && text[start..title_end].contains('(') {
                title_end += 1;
            }
            if let Some(f) = titled_document(coder, text, Span::new(start, title_end), si, entities)
            {
                read.push(f);
            }
        }
        // Joined documents name their own parties, or none at all ("Hiệp
        // định A (EVFTA) và Hiệp định B (EVIPA) đã được ký kết sáng nay"):
        // those wait for the pair the article names, as a document alone.
        if read.len() > 1 {
            read.retain(|f| {
                f.agreement.parties.len() >= 2 || f.both.is_some() || f.agreement.parties.is_empty()
            });
            // One naming no party was signed by the sides of one that does.
            let sides = read
                .iter()
                .find(|f| f.both.is_none() && f.agreement.parties.len() >= 2)
                .map(|f| f.agreement.parties.clone());
            if let Some(sides) = sides {
                for f in read.iter_mut() {
                    if f.agreement.parties.is_empty() && f.both.is_none() {
                        f.agreement.parties = sides.clone();
                    }
                }
            }
            if !dated_long_ago(text, st, p.end) {
                out.extend(read);
            }
            continue;
        }
        let Some(mut f) = read.pop() else {
            continue;
        };
        // "… được ký giữa A và B", "… được ký kết bởi X và Y".
        if countries_named(&f.agreement) < 2 && f.both.is_none() {
            parties_after_by(&mut f, text, (sentence, st), (p.end, false), entities);
        }
        // A document cited from the past is no signing of the news, and
        // its parties are seldom all named.
        // (A document no party is named for is left for `find` to name.)
        if dated_long_ago(text, st, p.end) {
            continue;
        }
        out.push(f);
    }
    out
}

/// Documents named before the clause that says who signed them ("hợp đồng
/// trị giá 2 tỷ USD mà Ai Cập ký kết với tập đoàn X"): the document, "mà",
/// the signer, "ký", and the other party after "với". A document only one
/// side is named for ("thỏa thuận tồi tệ nhất mà Mỹ từng ký") is left for
/// `finish` to drop.
fn signed_relative(
    coder: &Coder,
    text: &str,
    (sentence, st): (Span, &SyllableText),
    si: usize,
    entities: &[Entity],
) -> Vec<Found> {
    let n = st.syllables.len();
    let mut out = Vec::new();
    let Some(first_that) = (0..n).find(|&j| st.key_of(j, j + 1) == WHICH_KEY) else {
        return out;
    };
    let kinds = st.find(&coder.rules.kinds);
    for that in (first_that..n).filter(|&j| st.key_of(j, j + 1) == WHICH_KEY) {
        let Some(sign) = signing_verb_after(text, st, that, 10) else {
            continue;
        };
        let Some((_, m)) = clause_document(coder, text, st, &kinds, that, entities) else {
            continue;
        };
        let planned = not_signed_yet(coder, st, sign);
        let wished = (1..=2usize).any(|k| WORDS.aim.contains(st.key_of(sign - k, sign)));
        if planned || wished || counted(st, m.first) || dated_long_ago(text, st, sign + 1) {
            continue;
        }
        let mut after = sign + 1;
        if after < n
            && (LISTS.sealed.contains(st.key_of(after, after + 1))
                || WORDS.initial.contains(st.key_of(after, after + 1)))
        {
            after += 1;
        }
        if after >= n || st.key_of(after, after + 1) != WITH_KEY || stop_before(text, st, after) {
            continue;
        }
        let start = st.syllables[m.first].span.start;
        let title_end = st.syllables[that - 1].span.end;
        // "hợp đồng trị giá 90 tỷ AUD (tương đương 65 tỷ USD) mà …": the
        // bracket after the title is no part of it.
        let title_end = match text[start..title_end].find('(') {
            Some(open) => start + open,
            None => title_end,
        };
        let Some(mut f) = titled_document(coder, text, Span::new(start, title_end), si, entities)
        else {
            continue;
        };
        if countries_named(&f.agreement) >= 2 {
            out.push(f);
            continue;
        }
        // The signer: the body or country the words after "mà" name.
        let signer = st.span(that + 1, sign);
        let Some(signer) = last_with_country(signer, entities.iter()) else {
            continue;
        };
        let from = st.syllables[after].span.end;
        let end = clause_end(text, from, sentence.end);
        let list = Span::new(from, from + party_list_end(&text[from..end]));
        let Some(&part) = split_parties(text, list, entities).first() else {
            continue;
        };
        // "công ty Naval Group của Pháp": the body by its own name, of the
        // country named after it; else the first name the part holds.
        let inside = |kind: EntityKind| {
            entities
                .iter()
                .filter(move |e| e.kind == kind)
                .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
                .filter(|(m, _)| m.span.start >= part.start && m.span.end <= part.end)
                .min_by_key(|(m, _)| m.span.start)
        };
        let Some((m, e)) = inside(EntityKind::Organisation)
            .or_else(|| inside(EntityKind::Person))
            .or_else(|| inside(EntityKind::Location))
        else {
            continue;
        };
        let partner = Party {
            name: one_line(&m.text),
            country: e.country.clone().or_else(|| country_within(part, entities)),
        };
        f.agreement.parties.clear();
        push_party(
            &mut f.agreement.parties,
            &signer.name,
            signer.country.clone(),
        );
        push_party(&mut f.agreement.parties, &partner.name, partner.country);
        out.push(f);
    }
    out
}

/// How many syllables may stand between "do" and the "ký" of the
/// signers it names ("do A và B đàm phán và ký kết").
const AGENT_REACH: usize = 16;

/// Documents named before who signed them: "thỏa thuận khung … do A và B
/// (đàm phán và) ký kết". The names between "do" and "ký" are the parties,
/// when they are two sides at least; a signing planned, denied or dated
/// long ago is left out.
fn signed_by_agents(
    coder: &Coder,
    text: &str,
    (_, st): (Span, &SyllableText),
    si: usize,
    entities: &[Entity],
) -> Vec<Found> {
    let n = st.syllables.len();
    let mut out = Vec::new();
    let agents: Vec<usize> = (1..n).filter(|&j| st.key_of(j, j + 1) == "do ").collect();
    if agents.is_empty() {
        return out;
    }
    let kinds = st.find(&coder.rules.kinds);
    for by in agents {
        let Some(sign) = signing_verb_after(text, st, by, AGENT_REACH) else {
            continue;
        };
        let Some((_, m)) = clause_document(coder, text, st, &kinds, by, entities) else {
            continue;
        };
        let planned = not_signed_yet(coder, st, sign);
        if planned || counted(st, m.first) || dated_long_ago(text, st, sign + 1) {
            continue;
        }
        // The signers: the names from "do" to the last one before "ký".
        let from = st.syllables[by].span.end;
        let verb = st.syllables[sign].span.start;
        let Some(last) = entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.span))
            .filter(|m| m.start >= from && m.end <= verb)
            .map(|m| m.end)
            .max()
        else {
            continue;
        };
        let (named, _) = named_parties(text, Span::new(from, last), entities);
        let named = party_names::with_countries(named, entities);
        let countries: HashSet<&str> = named.iter().filter_map(|p| p.country.as_deref()).collect();
        if named.len() < 2 || countries.len() < 2 {
            continue;
        }
        let start = st.syllables[m.first].span.start;
        let title_end = st.syllables[by - 1].span.end;
        let Some(mut f) = document(
            coder,
            text,
            Span::new(start, title_end),
            si,
            entities,
            &[],
            false,
        ) else {
            continue;
        };
        if countries_named(&f.agreement) < 2 {
            f.agreement.parties = named;
            f.both = None;
        }
        out.push(f);
    }
    out
}

/// Where `in_force` stands among the ways a document is told before its
/// signing (`find`).
const IN_FORCE: usize = 4;

/// Does a sentence after `si` (within `CONTEXT`) tell a signing after its
/// document ("… hiệp định được ký kết tại Hà Nội ngày 30/6/2019") dated a
/// year or more before the text's latest date?
fn signed_long_before(
    text: &str,
    (sentences, texts): (&[Sentence], &[SyllableText]),
    si: usize,
    dates: &[DateMention],
) -> bool {
    let _ = text;
    (si + 1..=si + CONTEXT)
        .filter(|&sj| sj < sentences.len())
        .any(|sj| {
            let st = &texts[sj];
            st.find(&WORDS.passive)
                .iter()
                .any(|p| dated_after(dates, sj, st.syllables[p.first].span.start))
        })
}

/// Documents in force ("Hiệp ước … giữa A và B chính thức có hiệu lực"):
/// signed, by the parties the title names. Not one to come ("sẽ có hiệu
/// lực", "khi … có hiệu lực"), denied, or in force since long ago ("có
/// hiệu lực từ năm 2016").
fn in_force(
    coder: &Coder,
    text: &str,
    (_, st): (Span, &SyllableText),
    (si, dates): (usize, &[DateMention]),
    entities: &[Entity],
) -> Vec<Found> {
    let forces = st.find(&WORDS.force);
    let mut out = Vec::new();
    if forces.is_empty() {
        return out;
    }
    let kinds = st.find(&coder.rules.kinds);
    for p in &forces {
        // Aspect words right before "có hiệu lực" are no part of the title.
        let open = past_aspect(st, p.first);
        let Some((clause_start, m)) = clause_document(coder, text, st, &kinds, open, entities)
        else {
            continue;
        };
        let opens_clause = m.first == clause_start
            || (clause_start..m.first).all(|j| WORDS.lead.contains(st.key_of(j, j + 1)));
        let planned = not_signed_yet(coder, st, p.first);
        let when = (clause_start..p.first).any(|j| st.key_of(j, j + 1) == "khi ");
        // "có hiệu lực từ 14/1/2019" in a later year's news: long in force.
        let force_at = st.syllables[p.first].span.start;
        let year = |v: &str| v.get(..4)?.parse::<i64>().ok();
        // The news is as late as the latest day the article names.
        let this_year = latest_year(dates);
        let long_ago = dates
            .iter()
            .filter(|d| d.sentence as usize == si && d.span.start >= force_at)
            .any(|d| year(&d.value.end) < this_year);
        if !opens_clause
            || long_ago
            || planned
            || when
            || counted(st, m.first)
            || dated_long_ago(text, st, p.end)
        {
            continue;
        }
        let start = st.syllables[m.first].span.start;
        let title_end = st.syllables[open - 1].span.end;
        let Some(f) = document(
            coder,
            text,
            Span::new(start, title_end),
            si,
            entities,
            &[],
            false,
        ) else {
            continue;
        };
        // Its parties are named in its title, or it is no news of theirs.
        if f.agreement.parties.len() >= 2 {
            out.push(f);
        }
    }
    out
}

/// Is a party written as the country just named ("nước này")?
pub(crate) fn names_this_country(name: &str) -> bool {
    WORDS.this.contains(&syllable_key(name))
}

/// "giữa nước này và Iran": a side written as the country just named is
/// that country: the last one the sentence names before the document (a
/// body's or a person's, as their country), else the one before it.
fn this_country(f: &mut Found, text: &str, sentences: &[Sentence], entities: &[Entity]) {
    let si = f.agreement.sentence as usize;
    let doc = f.agreement.span.start;
    let this = |p: &Party| p.country.is_none() && names_this_country(&p.name);
    if !f.agreement.parties.iter().any(this) {
        return;
    }
    let from = sentences
        .get(si.saturating_sub(1))
        .map_or(0, |s| s.span.start);
    let others: Vec<String> = f
        .agreement
        .parties
        .iter()
        .filter_map(|p| p.country.clone())
        .collect();
    let Some(iso) = entities
        .iter()
        .filter_map(|e| Some((e, e.country.as_deref()?)))
        .filter(|(_, c)| !others.iter().any(|o| o == c))
        .flat_map(|(e, c)| e.mentions.iter().map(move |m| (m.span, c)))
        .filter(|(m, _)| m.start >= from && m.end <= doc)
        .max_by_key(|(m, _)| m.end)
        .map(|(_, c)| c.to_string())
    else {
        return;
    };
    let _ = text;
    let name = country_as_written(&iso, f.agreement.sentence, entities);
    for p in f.agreement.parties.iter_mut().filter(|p| this(p)) {
        p.name = name.clone();
        p.country = Some(iso.clone());
    }
}

/// Does a clause end between syllables `i - 1` and `i`? A bracket ("(RSF)")
/// or a dash ("Mỹ - Ukraine") does not end it.
fn stop_before(text: &str, st: &SyllableText, i: usize) -> bool {
    i > 0
        && i < st.syllables.len()
        && text[st.syllables[i - 1].span.end..st.syllables[i].span.start]
            .contains([',', ';', '.', ':', '!', '?'])
}

/// The person whose mention ends last inside `part`.
fn last_person(part: Span, entities: &[Entity]) -> Option<&Entity> {
    last_of_kind(part, entities, EntityKind::Person)
}

/// The place whose mention ends last inside `part` ("Bộ trưởng Ngoại giao
/// nước A - ông X", his name unread: his country).
fn last_place(part: Span, entities: &[Entity]) -> Option<&Entity> {
    last_of_kind(part, entities, EntityKind::Location).filter(|e| e.country.is_some())
}

fn last_of_kind(part: Span, entities: &[Entity], kind: EntityKind) -> Option<&Entity> {
    entities
        .iter()
        .filter(|e| e.kind == kind)
        .flat_map(|e| e.mentions.iter().map(move |m| (m.span, e)))
        .filter(|(m, _)| m.start >= part.start && m.end <= part.end)
        .max_by_key(|(m, _)| m.end)
        .map(|(_, e)| e)
}

/// Is the signing phrase ending at byte `trigger_end` dated by a year alone
/// right after it ("Hiệp định Paris ký năm 2015 … thực thi hiệp định này",
/// "ký vào năm 2015")? News tells its own signing by its day: the documents
/// named after such a verb are remembered, whatever year the article is of.
fn year_after_verb(st: &SyllableText, trigger_end: usize) -> bool {
    let from = st.syllable_from(trigger_end);
    let n = st.syllables.len();
    let mut i = from;
    if i < n && !st.punct_before(i) && LISTS.verb_year.contains(st.key_of(i, i + 1)) {
        i += 1;
    }
    i < n && !st.punct_before(i) && year_at(st, i)
}

/// Does "năm" and a year of four digits ("năm 2016") stand at syllable
/// `i`, with no clause mark between them (one may follow the year)?
fn year_at(st: &SyllableText, i: usize) -> bool {
    i + 1 < st.syllables.len() && !st.punct_before(i + 1) && st.key_of(i, i + 1) == YEAR_KEY && {
        let y = st.key_of(i + 1, i + 2).trim_end_matches("| ").trim_end();
        y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())
    }
}

/// Is the signing ending before syllable `at` dated, in its clause, by a
/// year or a month alone ("… được ký năm 1995", "được ký kết giữa A và B
/// hồi tháng 5/2023")? News tells its own signing by its day; a year or
/// month alone, "hồi" or "cách đây", dates a document of the past.
fn dated_long_ago(text: &str, st: &SyllableText, at: usize) -> bool {
    let n = st.syllables.len();
    let end = (at + 1..n).find(|&i| stop_before(text, st, i)).unwrap_or(n);
    // "2023", or "5/2023" read as one word.
    let year = |j: usize| {
        let k = st.key_of(j, j + 1).trim_end();
        // Bytes, not chars: "năm đàm phán" must not cut inside "đ".
        let tail = k.len() >= 4 && k.as_bytes()[k.len() - 4..].iter().all(u8::is_ascii_digit);
        tail && (k.len() == 4 || k[..k.len() - 4].ends_with(['/', '-']))
    };
    (at..end).any(|i| match st.key_of(i, i + 1) {
        k if LISTS.long_ago.contains(k) => true,
        // "có hiệu lực cách đây 5 năm".
        _ if LISTS.ago.iter().any(|p| reads(st, i, end, p)) => true,
        // "ngày 5 tháng 4 năm 2017" is a day.
        YEAR_KEY => i + 1 < end && year(i + 1) && (i < 2 || st.key_of(i - 2, i - 1) != MONTH_KEY),
        MONTH_KEY => {
            (i < 2 || st.key_of(i - 2, i - 1) != DAY_KEY) && (i + 1..end.min(i + 4)).any(year)
        }
        _ => false,
    })
}

/// Where a phrase handing documents over ends ("trao 5 văn kiện", "trao
/// Bản ghi nhớ"): a hand-over verb, at most a number or a quantifier, then
/// the documents, neither planned nor denied.
fn handed_over(coder: &Coder, text: &str, st: &SyllableText) -> Option<usize> {
    let hands = st.find(&WORDS.hand_phrases);
    if hands.is_empty() {
        return None;
    }
    // A signing phrase the coder read and set aside (planned, long ago)
    // stays set aside.
    let verbs = st.find(&coder.rules.verbs);
    let coded = verbs
        .iter()
        .any(|v| coder.rules.verbs.values[v.pattern].code == "057");
    if coded {
        return None;
    }
    // A word of the coder's own ("đăng ký" holds a "ký") is no hand-over.
    let hands: Vec<PhraseMatch> = hands
        .into_iter()
        .filter(|h| !verbs.iter().any(|v| v.first < h.end && h.first < v.end))
        .collect();
    let n = st.syllables.len();
    let kinds = st.find(&coder.rules.kinds);
    let number = |j: usize| number_word(st.syllables[j].span.of(text));
    hands.iter().find_map(|h| {
        let (i, len) = (h.first, h.end - h.first);
        // "Các văn kiện hợp tác được trao …": the papers told before
        // their hand-over.
        // "Trong số các biên bản ghi nhớ được trao, …": documents counted,
        // told before their hand-over.
        let counted_before = kinds.iter().any(|m| {
            m.end + 1 == i && m.first > 0 && !st.punct_before(m.first) && counted(st, m.first)
        });
        let told_before = i >= 2
            && st.key_of(i - 1, i) == PASSIVE_KEY
            && !st.punct_before(i)
            && !st.punct_before(i - 1)
            && ((1..=4usize)
                .filter(|l| *l < i)
                .any(|l| WORDS.papers.contains(st.key_of(i - 1 - l, i - 1)))
                || counted_before);
        if told_before && !not_signed_yet(coder, st, i) {
            return Some(st.syllables[i + len - 1].span.end);
        }
        let mut j = i + len;
        // ("trao 111 bản ghi nhớ": "bản" opens the document word here, no
        // copy counted.)
        while j < n
            && j < i + len + 2
            && !st.punct_before(j)
            && !kinds.iter().any(|m| m.first == j)
            && (number(j)
                || WORDS.group.contains(st.key_of(j, j + 1))
                || matches!(st.key_of(j, j + 1), ONE_KEY | COPY_KEY))
        {
            // "trao đổi một số văn kiện": a quantifier of two words.
            let two =
                j + 2 <= n && !st.punct_before(j + 1) && WORDS.group.contains(st.key_of(j, j + 2));
            j += if two { 2 } else { 1 };
        }
        if j >= n || st.punct_before(j) {
            return None;
        }
        // ("trao 45 văn kiện, trong đó có …": the comma after the papers is
        // no part of their word.)
        let papers = (1..=2usize).filter(|l| j + l <= n).any(|l| {
            let key = st.key_of(j, j + l);
            WORDS.papers.contains(key.trim_end_matches("| "))
        });
        let issued = WORDS.issue.contains(st.key_of(i, i + len));
        // "họp trao đổi kế hoạch và thống nhất nội dung": a plan talked
        // over is a common noun, no document handed over.
        let talked_over = WORDS.discuss.contains(st.key_of(i, i + len))
            && st.syllables[j]
                .span
                .of(text)
                .starts_with(char::is_lowercase);
        let document = !talked_over
            && kinds.iter().any(|m| {
                m.first == j
                    && (!issued
                        || coder.rules.kinds.values[m.pattern] == AgreementKind::JointStatement)
            });
        let papers = papers && !issued;
        let planned = not_signed_yet(coder, st, i) || to_come_before(st, i);
        ((papers || document) && !planned).then(|| st.syllables[i + len - 1].span.end)
    })
}

/// Does a paper other than a document stand between the signing phrase
/// ending at `trigger_end` and the document word at syllable `document`
/// ("ký sắc lệnh rút khỏi Hiệp định …", "ký phê chuẩn Hiệp định …")?
fn other_paper_signed(st: &SyllableText, trigger_end: usize, document: usize) -> bool {
    let from = st.syllable_from(trigger_end);
    (from..document).any(|i| {
        (1..=2usize)
            .filter(|&n| i + n <= document)
            .any(|n| WORDS.paper.contains(st.key_of(i, i + n)))
    })
}

/// How many months before the latest day an article names a signing
/// dated before its document is history retold.
const REMEMBERED_MONTHS: i64 = 12;

/// Is a date told in sentence `si` before `at` ("Năm 1951, hai bên đã ký
/// …", "Trước đó, hồi tháng 2/2012, A và B đã ký …") a year or more before
/// the latest day the article names?
/// "… được ký giữa A và B", "… được ký kết bởi X và Y": the parties
/// listed after the `by` word at syllable `by`, added to `f`'s.
fn parties_after_by(
    f: &mut Found,
    text: &str,
    (sentence, st): (Span, &SyllableText),
    (by, papers): (usize, bool),
    entities: &[Entity],
) {
    if by >= st.syllables.len() || st.punct_before(by) || !WORDS.by.contains(st.key_of(by, by + 1))
    {
        return;
    }
    let from = st.syllables[by].span.end;
    let by_people = st.key_of(by, by + 1) == BY_KEY;
    // Signers named with their offices are set apart by commas ("bởi A,
    // B và C"): the list runs to the sentence's end.
    let end = if by_people && papers {
        sentence.start + sentence.of(text).trim_end_matches(['.', ' ']).len()
    } else {
        clause_end(text, from, sentence.end)
    };
    let list_s = &text[from..end];
    let list = Span::new(from, from + party_list_end(list_s));
    // Each signer with his office between commas ("bởi Bí thư … Iran Ali
    // Shamkhani, Cố vấn … Saudi Arabia Musaad … và …").
    let pieces: Vec<Span> = if by_people && papers {
        let mut out = Vec::new();
        let mut start = list.start;
        for (i, _) in list.of(text).match_indices(", ") {
            out.push(Span::new(start, list.start + i));
            start = list.start + i + 2;
        }
        out.push(Span::new(start, list.end));
        out
    } else {
        vec![list]
    };
    let parts: Vec<Span> = pieces
        .into_iter()
        .flat_map(|piece| split_parties(text, piece, entities))
        .collect();
    for part in parts {
        // A signer named with his office ("Bộ trưởng Ngoại giao nước A -
        // X") stands for his side by his name.
        let person = by_people
            .then(|| last_person(part, entities).or_else(|| last_place(part, entities)))
            .flatten();
        if let Some(e) = person {
            push_party(&mut f.agreement.parties, &e.name, e.country.clone());
            continue;
        }
        let (named, both) = named_parties(text, part, entities);
        for q in party_names::with_countries(named, entities) {
            push_party(&mut f.agreement.parties, &q.name, q.country);
        }
        if both.is_some() {
            f.both = both;
        }
    }
}

/// "Theo tuyên bố chung ba bên được công bố …. Văn kiện được ký bởi A,
/// B và C.": a sentence opening with a word for any paper signed by
/// signers named after "bởi" signs the document named last in the
/// sentence before, with those signers as its parties.
fn papers_signed_by(
    coder: &Coder,
    text: &str,
    (sentences, texts): (&[Sentence], &[SyllableText]),
    si: usize,
    entities: &[Entity],
) -> Option<Found> {
    let st = &texts[si];
    let n = st.syllables.len();
    let paper = (1..=2usize)
        .rev()
        .find(|&l| l <= n && WORDS.papers.contains(st.key_of(0, l)))?;
    let mut at = paper;
    while at < n && !st.punct_before(at) && WORDS.aspect.contains(st.key_of(at, at + 1)) {
        at += 1;
    }
    let verb = st
        .find(&WORDS.passive)
        .into_iter()
        .find(|p| p.first == at)?;

    if st.key_of(verb.end, verb.end + 1) != BY_KEY {
        return None;
    }
    let before = si.checked_sub(1)?;
    let pst = &texts[before];
    let m = pst
        .find(&coder.rules.kinds)
        .into_iter()
        .rev()
        .find(|m| !kind_in_name(coder, text, pst, m, entities))?;
    let start = pst.syllables[m.first].span.start;
    let end = clause_end(text, start, sentences[before].span.end);
    let mut f = titled_document(coder, text, Span::new(start, end), before, entities)?;
    f.agreement.parties.clear();
    f.both = None;
    parties_after_by(
        &mut f,
        text,
        (sentences[si].span, st),
        (verb.end, true),
        entities,
    );
    f.agreement.sentence = si as u32;
    (f.agreement.parties.len() >= 2).then_some(f)
}

/// Is a day or month told in sentence `si` after byte `at` (the signing
/// told after its document) a year or more before the text's latest
/// date?
fn dated_after(dates: &[DateMention], si: usize, at: usize) -> bool {
    let Some(latest) = latest_day_month(dates) else {
        return false;
    };
    dates
        .iter()
        .filter(|d| d.sentence as usize == si && d.span.start >= at)
        .filter_map(|d| month(&d.value.end))
        .any(|m| latest - m >= REMEMBERED_MONTHS)
}

/// A `YYYY-MM-DD` value's month, counted from year 0 (`year * 12 + month`).
fn month(v: &str) -> Option<i64> {
    let mut parts = v.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    Some(y * 12 + m)
}

/// The month of the latest single day the text names.
fn latest_day_month(dates: &[DateMention]) -> Option<i64> {
    dates
        .iter()
        .filter(|d| d.value.start == d.value.end)
        .filter_map(|d| month(&d.value.start))
        .max()
}

fn remembered(dates: &[DateMention], si: usize, at: usize) -> bool {
    let Some(latest) = latest_day_month(dates) else {
        return false;
    };
    // "Trước đó, vào tháng 6/2022, … hai bên ký …" in news of September: a
    // signing dated by its month only, months before, is no news of the day.
    let month_only = |d: &DateMention| {
        d.value.start != d.value.end && d.value.start.get(..7) == d.value.end.get(..7)
    };
    // "… sau hội nghị đầu tiên tại Singapore ngày 12-6-2018, nơi hai nhà
    // lãnh đạo ký …" in news of February 2019: a day of an earlier year,
    // half a year before, is history too.
    let other_year = |m: i64| (m - 1) / 12 < (latest - 1) / 12;
    dates
        .iter()
        .filter(|d| d.sentence as usize == si && d.span.end <= at)
        .filter_map(|d| Some((month(&d.value.end)?, month_only(d))))
        .any(|(m, only)| {
            latest - m >= REMEMBERED_MONTHS
                || (only && latest - m >= REMEMBERED_MONTH_ONLY)
                || (other_year(m) && latest - m >= REMEMBERED_OTHER_YEAR)
        })
}

/// How many months before the latest day an article names a signing dated
/// by a day of an earlier year is history retold.
const REMEMBERED_OTHER_YEAR: i64 = 6;

/// How many months before the latest day an article names a signing dated
/// by its month alone is history retold.
const REMEMBERED_MONTH_ONLY: i64 = 2;

/// Does the signing phrase ending at `trigger_end` end in "mở ký" ("Lễ mở
/// ký Công ước …")? A convention opened for signature is no document the
/// sides named around it signed.
fn opened_for_signature(st: &SyllableText, trigger_end: usize) -> bool {
    let last = st.syllable_from(trigger_end);
    st.find(&WORDS.opened)
        .iter()
        .any(|m| m.end <= last && m.end + 2 >= last)
}

/// The "ký" of the signing phrase ending at byte `trigger_end`: its last
/// syllable or the one before ("ký kết"); a quote after the verb marks its
/// key ("dự lễ ký \"thỏa thuận chung\"").
fn sign_verb(st: &SyllableText, trigger_end: usize) -> Option<usize> {
    let last = st.syllable_from(trigger_end).saturating_sub(1);
    (last.saturating_sub(1)..=last).find(|&i| {
        LISTS
            .sign
            .contains(st.key_of(i, i + 1).trim_end_matches("| "))
    })
}

/// Is the signing phrase ending at `trigger_end` only aimed at ("hướng
/// tới ký kết", "thúc đẩy việc ký"): an `aim` word right before its "ký",
/// at most one word ("việc", "sớm") between, in one clause? ("hoàn tất
/// đàm phán và ký" is a signing: "và" stands between.)
fn aimed_at(st: &SyllableText, trigger_end: usize) -> bool {
    let Some(sign) = sign_verb(st, trigger_end) else {
        return false;
    };
    // "hoàn tất đàm phán và ký": a word joining two acts between is no
    // aim's "việc".
    let joined = |end: usize| end < sign && matches!(st.key_of(end, end + 1), AND_KEY | THEN_KEY);
    (sign.saturating_sub(1)..=sign)
        .filter(|&end| !joined(end))
        .any(|end| {
            (1..=3usize)
                .filter(|&n| n <= end && !(end - n + 1..=sign).any(|k| st.punct_before(k)))
                .any(|n| WORDS.aim.contains(st.key_of(end - n, end)))
        })
}

/// Is the signing phrase ending at byte `trigger_end` a ceremony ("lễ ký",
/// "buổi lễ ký kết") that its clause tells as still to come ("theo kế
/// hoạch sẽ có các cuộc trao đổi riêng và tham gia một buổi lễ ký kết")?
/// A future cue ("sẽ", "dự kiến") before the ceremony with no word of a
/// past act ("đã", "vừa") between covers the verbs joined after it.
fn ceremony_to_come(st: &SyllableText, trigger_end: usize) -> bool {
    let Some(sign) = sign_verb(st, trigger_end) else {
        return false;
    };
    if sign == 0 || !LISTS.ceremony.contains(st.key_of(sign - 1, sign)) {
        return false;
    }
    to_come_before(st, sign - 1)
}

/// Where a document's clause ends when a second signing phrase follows in
/// its sentence ("… đã ký Thỏa thuận A và chứng kiến hai Cục trưởng ký Kế
/// hoạch B"): at the last "và" before that phrase.
fn before_next_signing(
    text: &str,
    document: Span,
    end: usize,
    signing: &[Signing],
    si: usize,
) -> usize {
    signing
        .iter()
        .find(|s| s.sentence == si && s.trigger_end > document.end && s.trigger_end <= end)
        .and_then(|s| text[document.end..s.trigger_end].rfind(AND_SP))
        .map_or(end, |at| document.end + at)
}

/// Where a `behalf` cue ("thay mặt", "đại diện cho") stands right after
/// the document word ending at syllable `end`: the byte its clause opens at.
fn behalf_right_after(st: &SyllableText, end: usize) -> Option<usize> {
    if end >= st.syllables.len() || st.punct_before(end) {
        return None;
    }
    (1..=3usize)
        .filter(|n| {
            end + n <= st.syllables.len() && !(end + 1..end + n).any(|k| st.punct_before(k))
        })
        .any(|n| WORDS.behalf.contains(st.key_of(end, end + n)))
        .then(|| st.syllables[end].span.start)
}

/// "thay mặt Bộ A Việt Nam và Cơ quan B New Zealand, ông X và ông Y đã ký
/// kế hoạch …": the bodies the signers stand for are the parties of a
/// document whose own words name no two countries.
fn on_behalf_of(
    coder: &Coder,
    f: &mut Found,
    text: &str,
    st: &SyllableText,
    document: usize,
    entities: &[Entity],
) {
    // Bodies named in the title stand; signers named for "hai bên" give
    // way to the bodies they stand for.
    let people_only = f.agreement.parties.iter().all(|p| {
        entities
            .iter()
            .any(|e| e.kind == EntityKind::Person && e.name == p.name)
    });
    if countries_named(&f.agreement) >= 2 && !people_only {
        return;
    }
    let Some(after) = (0..document).find_map(|i| {
        (1..=3usize)
            .rev()
            .filter(|n| i + n <= document && !(i + 1..i + n).any(|k| st.punct_before(k)))
            .find(|&n| WORDS.behalf.contains(st.key_of(i, i + n)))
            .map(|n| i + n)
    }) else {
        return;
    };
    // The bodies run to the next stop or verb ("… ký kết").
    let verbs = st.find(&coder.rules.verbs);
    let mut end = after;
    while end < document
        && (end == after || !clause_break_before(text, st, end))
        && !verbs.iter().any(|v| v.first == end)
    {
        end += 1;
    }
    if end == after {
        return;
    }
    let list = st.span(after, end);
    let (parties, both) = named_parties(text, list, entities);
    if parties.len() >= 2 && parties.iter().filter(|p| p.country.is_some()).count() >= 2 {
        f.agreement.parties = parties;
        f.both = both;
    }
}

/// "lãnh đạo hai Văn phòng Trung ương Đảng đã ký Thỏa thuận …": a document
/// whose parties name no two countries was signed by the body of each side
/// the sentence names before it ("hai" or "2" before a body's name).
fn both_before(f: &mut Found, text: &str, sentence: Span, entities: &[Entity]) {
    if f.both.is_some() || countries_named(&f.agreement) >= 2 {
        return;
    }
    let before = Span::new(sentence.start, f.agreement.span.start);
    let body = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation)
        .flat_map(|e| &e.mentions)
        .filter(|m| m.span.start >= before.start && m.span.end <= before.end)
        .filter(|m| {
            let lead = text[before.start..m.span.start].trim_end_matches(' ');
            let word = lead.rsplit(' ').next().unwrap_or("");
            word.eq_ignore_ascii_case("hai") || word == "2"
        })
        .max_by_key(|m| m.span.start);
    if let Some(m) = body {
        f.both = Some(one_line(&m.text));
    }
}

/// "A và B đã ký thỏa thuận hợp tác giữa hai Ban …" where the article
/// names the bodies no better: the people who signed for them, named in the
/// signing clause, are parties too.
fn signed_by_people(f: &mut Found, text: &str, sentence: Span, entities: &[Entity]) {
    let doc = f.agreement.span.start;
    let mut signers: Vec<(usize, &Entity)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
        .filter(|(m, _)| m.span.start >= sentence.start && m.span.end <= doc)
        .filter(|(m, _)| !text[m.span.end..doc].contains([',', ';', ':']))
        .map(|(m, e)| (m.span.start, e))
        .collect();
    signers.sort_unstable_by_key(|(at, _)| *at);
    for (_, e) in signers {
        push_party(&mut f.agreement.parties, &e.name, e.country.clone());
    }
}

/// How many countries a document's parties name.
fn countries_named(a: &Agreement) -> usize {
    a.parties
        .iter()
        .filter_map(|p| p.country.as_deref())
        .collect::<HashSet<_>>()
        .len()
}

/// How many syllables a title's subject needs before a later, fuller
/// title ending with it is taken for the same document.
const SUBJECT_WORDS: usize = 4;

/// Does the sentence end its paragraph (a line break, or the text, after it)?
fn ends_paragraph(text: &str, span: Span) -> bool {
    let rest = &text[span.end..];
    rest.trim_start_matches([' ', '\t']).starts_with('\n') || rest.trim().is_empty()
}

/// The documents listed a paragraph each after sentence `si`. A numbered or
/// bulleted paragraph that names something else ("3. Giấy chứng nhận …") is
/// skipped; a plain one ends the list. A paragraph cut inside a name (no
/// stop at its end: the page wrapped its lines) goes on in the next.
fn listed_paragraphs(
    coder: &Coder,
    text: &str,
    sentences: &[Sentence],
    si: usize,
    entities: &[Entity],
) -> (Vec<Found>, usize) {
    let mut out = Vec::new();
    let mut last = si;
    let mut j = si + 1;
    while j < sentences.len() {
        let (mut item, bulleted) = paragraph_item(text, sentences[j].span);
        let opens = item.end > item.start && titled(coder, text, item);
        if opens {
            // Glue the wrapped rest of a title back on.
            while !ends_sentence(sentences[j].span.of(text))
                && j + 1 < sentences.len()
                && ends_paragraph(text, sentences[j].span)
            {
                let (next, next_bulleted) = paragraph_item(text, sentences[j + 1].span);
                if next_bulleted
                    || next.end <= next.start
                    || titled(coder, text, next)
                    || !cut_inside_name(text, sentences[j].span, next, entities)
                {
                    break;
                }
                item = Span::new(item.start, next.end);
                j += 1;
            }
        }
        let found = opens
            .then(|| listed_document(coder, text, item, j, entities, false))
            .flatten();
        match found {
            Some(f) => {
                out.push(f);
                last = j;
            }
            None if !bulleted => break,
            None => {}
        }
        j += 1;
    }
    (out, last)
}

/// Was a name cut at the end of `para`, going on in `next`? The paragraph
/// ends on a word that cannot end a party list (a body's head word, "và",
/// "giữa", a comma: "… giữa Công ty" / "Trách nhiệm hữu hạn …"), or its last
/// word and the next one's first belong to one name ("Việt" / "Nam").
fn cut_inside_name(text: &str, para: Span, next: Span, entities: &[Entity]) -> bool {
    let body = para.of(text).trim_end();
    if body.ends_with(',') {
        return true;
    }
    let st = SyllableText::new(text, para);
    let n = st.syllables.len();
    if n == 0 {
        return false;
    }
    let last = st.syllables[n - 1].span.of(text);
    if matches!(
        st.key_of(n - 1, n),
        AND_KEY | BETWEEN_KEY | OF_KEY | WITH_KEY
    ) {
        return true;
    }
    // A head word last ("Công ty", "Tập đoàn").
    let head_last = st.find(&WORDS.head).iter().any(|m| m.end == n);
    if head_last {
        return true;
    }
    let first = next.of(text).split_whitespace().next().unwrap_or("");
    let joined = format!("{last} {first}");
    let first_is_word = first.chars().next().is_some_and(char::is_alphabetic);
    first_is_word
        && entities.iter().any(|e| {
            e.name.contains(&joined) || e.mentions.iter().any(|m| m.text.contains(&joined))
        })
}

/// Does the text end as a sentence does (a stop, not a word cut by a wrap)?
fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .ends_with(['.', ';', '!', '?', '…', ':', ')', '"', '”'])
}

/// Does the span open with a document's title ("Bản ghi nhớ về …"), not
/// with a sentence about a document ("Bản ghi nhớ có thời hạn …")?
fn titled(coder: &Coder, text: &str, span: Span) -> bool {
    let st = SyllableText::new(text, span);
    let Some(m) = st.find(&coder.rules.kinds).into_iter().next() else {
        return false;
    };
    // "Bản ghi nhớ về …", "và Hiệp định …", "Ký Hiệp định …".
    let opens = m.first <= 1 || cue_before(&st, &WORDS.hand, m.first) == Some(0);
    opens && (m.end >= st.syllables.len() || !WORDS.about.contains(st.key_of(m.end, m.end + 1)))
}

/// Is the document word at syllable `first` counted, not named ("một số
/// biên bản ghi nhớ", "các thỏa thuận")?
fn counted(st: &SyllableText, first: usize) -> bool {
    // A number ("7 bản ghi nhớ") is no such word: the documents were
    // signed, and one record stands for them where none is named.
    (1..=2usize.min(first)).any(|n| {
        !(first - n + 1..=first).any(|k| st.punct_before(k))
            && WORDS.group.contains(st.key_of(first - n, first))
    })
}

/// Is the document word at `first` counted by a number ("111 bản ghi
/// nhớ", "45 văn kiện")?
fn numbered(st: &SyllableText, first: usize) -> bool {
    first > 0 && !st.punct_before(first) && number_word(st.key_of(first - 1, first).trim_end())
}

/// Is the word a number written in digits ("5", "111", "5.000", "2,5"): a
/// digit first, then digits and the marks that group or split them?
fn number_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
}

/// Does a title say which document it is: its topic ("các bản ghi nhớ về
/// hợp tác không gian") or its parties ("giữa …"), not just its kind ("một
/// số biên bản ghi nhớ hợp tác")?
/// "các hợp đồng thương mại giữa doanh nghiệp hai nước": documents counted
/// between firms counted, none named, name no document either.
fn firms_between(title: &str) -> bool {
    let Some(at) = title.find(BETWEEN_SP) else {
        return false;
    };
    let rest = syllable_key(&title[at + BETWEEN_SP.len()..]);
    let rest = WORDS
        .group
        .iter()
        .find_map(|g| rest.strip_prefix(g.as_str()))
        .unwrap_or(&rest);
    rest.match_indices(' ')
        .take(3)
        .any(|(i, _)| WORDS.firms.contains(&rest[..=i]))
}

fn names_itself(title: &str) -> bool {
    LISTS.self_named.iter().any(|w| title.contains(w.as_str()))
}

/// Does the document word at syllable `first` open a new item ("…; Kế
/// hoạch …", "… và Bản ghi nhớ …"), not a word of the title before it
/// ("Bản ghi nhớ về kế hoạch hợp tác")?
fn starts_item(st: &SyllableText, first: usize) -> bool {
    first == 0 || st.punct_before(first) || st.key_of(first - 1, first) == AND_KEY
}

/// "A đã ký hiệp ước an ninh với B": a document whose parties name one
/// country gains the body or country named right after its title's first
/// "với".
fn partner_after_with(f: &mut Found, text: &str, entities: &[Entity]) {
    let span = f.agreement.span;
    let Some(at) = text[span.start..span.end].find(WITH_SP) else {
        return;
    };
    let from = span.start + at + WITH_SP.len();
    // "với tỉnh Bắc Ninh": the province signs, beside any party of its
    // country ("các địa phương Việt Nam").
    let local = admin_word(&text[from..span.end]);
    if f.both.is_some() || (countries_named(&f.agreement) >= 2 && local.is_none()) {
        return;
    }
    let after_word = from + local.unwrap_or(0);
    // "với hãng Pratt & Whitney": the firm after its lower-case word.
    let after_firm = from + firm_word(&text[from..span.end]).unwrap_or(0);
    // A body of no known country counts too ("với Hội đồng thành phố A").
    let partner = entities
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Organisation
                || (e.kind == EntityKind::Location && e.country.is_some())
        })
        .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
        .filter(|(m, _)| {
            (m.span.start == from || m.span.start == after_word || m.span.start == after_firm)
                && m.span.end <= span.end
        })
        .max_by_key(|(m, _)| m.span.end);
    // "với UBND tỉnh A, UBND tỉnh B và UBND tỉnh C": each of a list of
    // bodies or places right after the first.
    let mut partners: Vec<(&thoisu_core::Mention, &Entity)> = partner.into_iter().collect();
    while let Some(&(last, _)) = partners.last() {
        let gap = |m: &thoisu_core::Mention| {
            text.get(last.span.end..m.span.start)
                .is_some_and(|g| matches!(g, ", " | AND_SP))
        };
        let next = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation || e.kind == EntityKind::Location)
            .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
            .filter(|(m, _)| gap(m) && m.span.end <= span.end)
            .max_by_key(|(m, _)| m.span.end);
        match next {
            Some(n) if partners.len() < 12 => partners.push(n),
            _ => break,
        }
    }
    let first = partners.len() <= 1;
    for (m, e) in partners {
        let known = f
            .agreement
            .parties
            .iter()
            .any(|p| p.country == e.country && (p.country.is_some() || p.name == e.name));
        let local = local.is_some() && e.kind == EntityKind::Location;
        let listed = !first && !f.agreement.parties.iter().any(|p| p.name == e.name);
        if !known || f.agreement.parties.is_empty() || local || listed {
            // A name the recogniser ran on past the words of this mention
            // ("Hội đồng thành phố A Nikolay …") is named as written here.
            let written = one_line(&m.text);
            let name = if e.name.starts_with(written.as_str()) {
                written.as_str()
            } else {
                e.name.as_str()
            };
            push_party(&mut f.agreement.parties, name, e.country.clone());
        }
    }
}

/// "Cũng trong ngày, Mỹ ký Hiệp định thương mại đối ứng với Campuchia và
/// Malaysia": one signer named before the document, two countries or more
/// after its "với" (joined by "và" or commas): one document with each
/// (`with_each`), the signer first.
fn signer_with_each(
    f: &mut Found,
    text: &str,
    sentence: Span,
    actors: &[SentenceActor],
    entities: &[Entity],
) {
    let span = f.agreement.span;
    if f.both.is_some() || !f.with_each.is_empty() {
        return;
    }
    let title = &text[span.start..span.end];
    let Some(at) = title.find(WITH_SP) else {
        return;
    };
    if title.to_lowercase().contains(BETWEEN_SP) {
        return;
    }
    let from = span.start + at + WITH_SP.len();
    // The countries of the list right after "với", each joined by "và" or
    // a comma.
    let mut found: Vec<(Span, &Entity)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Location && e.country.is_some())
        .flat_map(|e| e.mentions.iter().map(move |m| (m.span, e)))
        .filter(|(m, _)| m.start >= from && m.end <= span.end)
        .collect();
    found.sort_unstable_by_key(|(m, _)| (m.start, m.end));
    if found.first().is_none_or(|(m, _)| m.start != from) {
        return;
    }
    let mut partners: Vec<&Entity> = vec![found[0].1];
    for w in found.windows(2) {
        let gap = text.get(w[0].0.end..w[1].0.start).map(str::trim);
        if !matches!(gap, Some(AND | "," | AND_AFTER_COMMA)) {
            break;
        }
        partners.push(w[1].1);
    }
    let countries: HashSet<&str> = partners
        .iter()
        .filter_map(|e| e.country.as_deref())
        .collect();
    if partners.len() < 2 || countries.len() < partners.len() {
        return;
    }
    // One signer before the document, of a country of its own: no
    // clause break between it and the document, but for a clause going on
    // with the signer of the one before ("Mỹ đã ký A với B, đồng thời ký …").
    // There the signer is named before the clause's first "với", whose
    // partners sign only the document before.
    let upto = going_on(&text[sentence.start..span.start]).map_or(span.start, |b| {
        let before = &text[sentence.start..sentence.start + b];
        sentence.start + before.find(WITH_SP).unwrap_or(b)
    });
    let signers: Vec<&SentenceActor> = actors
        .iter()
        .filter(|a| a.span.start >= sentence.start && a.span.end <= upto)
        .filter(|a| !a.locative && !a.possessive && !a.in_other_name && !a.destination)
        .filter(|a| !text[a.span.end..upto].contains([',', ';', ':']))
        .collect();
    let signer_countries: HashSet<&str> = signers.iter().map(|a| a.country.as_str()).collect();
    if signer_countries.len() != 1 || signer_countries.iter().any(|c| countries.contains(c)) {
        return;
    }
    let signer = &entities[signers[0].entity];
    let mut each = vec![Party {
        name: signer.name.clone(),
        country: Some(signers[0].country.clone()),
    }];
    each.extend(partners.iter().map(|e| Party {
        name: e.name.clone(),
        country: e.country.clone(),
    }));
    f.agreement.parties = each.clone();
    // "ký bản ghi nhớ ba bên với A và B": one document of all the sides.
    if !of_several(&title[..at]) {
        f.with_each = each;
    }
}

/// Where the clause before a document ends when the document's clause goes
/// on with its subject (", đồng thời ký …", an `also` cue right after the
/// last comma): the comma's offset in `before`.
fn going_on(before: &str) -> Option<usize> {
    if WORDS.also.is_empty() {
        return None;
    }
    let comma = before.rfind(',')?;
    let rest = before[comma + 1..].trim_start().to_lowercase();
    WORDS
        .also
        .iter()
        .any(|c| rest.starts_with(c.as_str()))
        .then_some(comma)
}

/// Does a document's title before its partners say it has three sides or
/// more ("bản ghi nhớ ba bên", a `several` cue)? Then its sides sign one
/// document together, not one with each.
fn of_several(title: &str) -> bool {
    let lower = format!(" {} ", title.to_lowercase());
    WORDS.several.iter().any(|c| lower.contains(c.as_str()))
}

/// Does the document word at syllable `first` open a quote ("tuyên bố
/// chung về "thỏa thuận hòa bình …""): the title of what the document
/// before it is about, no document of its own.
fn quoted_in(text: &str, st: &SyllableText, first: usize) -> bool {
    first > 0
        && text[st.syllables[first - 1].span.end..st.syllables[first].span.start]
            .trim()
            .chars()
            .last()
            .is_some_and(|c| QUOTES.contains(&c))
}

/// Documents named in a sentence with no signing phrase that are signed
/// all the same: the bracket says so ("… (ký năm 2022)"), or a joint
/// statement between two countries, not planned ("sẽ ra Tuyên bố chung").
fn self_signed(
    coder: &Coder,
    text: &str,
    (sentence, st): (Span, &SyllableText),
    si: usize,
    entities: &[Entity],
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut covered = 0;
    for m in st.find(&coder.rules.kinds) {
        let span = st.span(m.first, m.end);
        if kind_in_name(coder, text, st, &m, entities)
            || span.start < covered
            || coder.modality_before(st, m.first).is_some()
        {
            continue;
        }
        let end = clause_end(text, span.start, sentence.end);
        let title = &text[span.start..end];
        if counted(st, m.first) && !names_itself(title) {
            continue;
        }
        let bracket_signed = LISTS.bracket.iter().any(|b| title.contains(b.as_str()));
        let joint = coder.rules.kinds.values[m.pattern] == AgreementKind::JointStatement;
        if !bracket_signed && !joint {
            continue;
        }
        let Some(f) = document(
            coder,
            text,
            Span::new(span.start, end),
            si,
            entities,
            &[],
            false,
        ) else {
            continue;
        };
        let countries: HashSet<&str> = f
            .agreement
            .parties
            .iter()
            .filter_map(|p| p.country.as_deref())
            .collect();
        // The title as read ("Tuyên bố chung về … và chứng kiến lễ ký Bản ghi
        // nhớ … giữa A và B" ends before "và chứng kiến"): a "giữa" after it
        // names another document's parties.
        let between = f.agreement.title.contains(BETWEEN_SP);
        if bracket_signed || (joint && countries.len() >= 2 && between) {
            covered = end;
            out.push(Found { past: true, ..f });
        }
    }
    out
}

/// The items of a listing: after a colon ("…: A; B; C.") or after a word
/// that lists ("Các văn kiện được ký kết bao gồm A; B; C."); empty when the
/// sentence is no listing.
fn listing_items(
    coder: &Coder,
    text: &str,
    sentence: Span,
    st: &SyllableText,
    papers_told: bool,
) -> Vec<Span> {
    // "… bao gồm: Hiệp định … giữa A và B, Thỏa thuận … giữa C và D, …":
    // items cut at commas too where another document opens.
    if let Some(colon) = sentence.of(text).find(':') {
        return split_items(text, sentence.start + colon + 1, sentence.end)
            .into_iter()
            .flat_map(|item| joined_documents(coder, text, item))
            .collect();
    }
    let n = st.syllables.len();
    // "Trong số các biên bản ghi nhớ được trao, có A; B; C": the items
    // follow the first ", có".
    let among = (1..=2usize).any(|len| len <= n && WORDS.among.contains(st.key_of(0, len)));
    if among {
        if let Some(i) = (1..n).find(|&i| st.punct_before(i) && st.key_of(i, i + 1) == HAS_KEY) {
            return split_items(text, st.syllables[i].span.end, sentence.end);
        }
    }
    (0..n)
        .find_map(|i| {
            (1..=4usize)
                .rev()
                .filter(|len| i + len <= n && !(i + 1..i + len).any(|k| st.punct_before(k)))
                .find(|&len| WORDS.list.contains(st.key_of(i, i + len)))
                // "…, gồm …" names examples of what came before, not
                // documents the sentence lists; "các văn kiện hợp tác, trong
                // đó có …" picks out documents of the papers counted.
                .filter(|&len| {
                    !st.punct_before(i)
                        || (len >= 3 && (papers_told || papers_before(coder, st, i)))
                })
                .map(|len| {
                    let items = split_items(text, st.syllables[i + len - 1].span.end, sentence.end);
                    items
                        .into_iter()
                        .flat_map(|item| joined_documents(coder, text, item))
                        .collect()
                })
        })
        .unwrap_or_default()
}

/// The bodies named in `span` with their countries, one a country, when
/// they are of two countries.
fn bodies_in(span: Span, entities: &[Entity]) -> Vec<Party> {
    let mut found: Vec<(usize, &Entity)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation && e.country.is_some())
        .filter_map(|e| {
            let m = e.mentions.iter().find(|m| span.contains(m.span))?;
            Some((m.span.start, e))
        })
        .collect();
    found.sort_unstable_by_key(|(at, _)| *at);
    let countries: HashSet<&str> = found
        .iter()
        .filter_map(|(_, e)| e.country.as_deref())
        .collect();
    if countries.len() != 2 || found.len() != 2 {
        return Vec::new();
    }
    found
        .into_iter()
        .map(|(_, e)| Party {
            name: e.name.clone(),
            country: e.country.clone(),
        })
        .collect()
}

/// Are papers counted before syllable `at` ("các văn kiện hợp tác", "17
/// văn kiện", "các hợp đồng thương mại")?
fn papers_before(coder: &Coder, st: &SyllableText, at: usize) -> bool {
    let paper = (0..at).any(|j| {
        (1..=2usize)
            .filter(|l| j + l <= at)
            .any(|l| WORDS.papers.contains(st.key_of(j, j + l)))
    });
    paper
        || st
            .find(&coder.rules.kinds)
            .iter()
            .any(|m| m.end <= at && counted(st, m.first))
}

/// An item of a listing split where another document opens after "và" or
/// a comma ("Chương trình … giữa A và B và Bản ghi nhớ … giữa C và D"): a
/// capitalised document word.
///
/// A document of the kind before it, with no parties told between
/// ("Hiệp ước bổ sung Hiệp ước … năm 1985 và Hiệp ước bổ sung năm 2005"),
/// may be the same document's title going on.
fn joined_documents(coder: &Coder, text: &str, item: Span) -> Vec<Span> {
    let st = SyllableText::new(text, item);
    let kinds = st.find(&coder.rules.kinds);
    let Some(first) = kinds.first() else {
        return vec![item];
    };
    let first_kind = coder.rules.kinds.values[first.pattern];
    let mut cuts: Vec<(usize, usize)> = kinds
        .iter()
        .filter(|m| m.first > first.first)
        .filter(|m| {
            let at = st.syllables[m.first].span.start;
            let between = (first.end..m.first).any(|i| st.key_of(i, i + 1) == BETWEEN_KEY);
            text[at..].starts_with(char::is_uppercase)
                && (between || coder.rules.kinds.values[m.pattern] != first_kind)
                && (st.key_of(m.first - 1, m.first) == AND_KEY
                    || text[..at].trim_end().ends_with(','))
        })
        .map(|m| {
            let before = if st.key_of(m.first - 1, m.first) == AND_KEY {
                st.syllables[m.first - 1].span.start
            } else {
                st.syllables[m.first].span.start
            };
            (before, st.syllables[m.first].span.start)
        })
        .collect();
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut start = item.start;
    for (end, next) in cuts {
        let piece = text[start..end].trim_end().trim_end_matches(',').trim_end();
        if !piece.is_empty() {
            out.push(Span::new(start, start + piece.len()));
        }
        start = next;
    }
    out.push(Span::new(start, item.end));
    out
}

/// The text from `from` to `to` cut at ';' and line breaks, each piece
/// without its spaces and final stop.
fn split_items(text: &str, from: usize, to: usize) -> Vec<Span> {
    let mut items = Vec::new();
    let mut start = from;
    for piece in text[from..to].split([';', '\n']) {
        let open = piece.trim_start();
        let lead = piece.len() - open.len() + item_marker(open);
        let trimmed = piece[lead..].trim().trim_end_matches(['.', '…', ',']);
        if !trimmed.is_empty() {
            items.push(Span::new(start + lead, start + lead + trimmed.len()));
        }
        start += piece.len() + 1;
    }
    items
}

/// How long an item's number or bullet is ("(1) ", "2) ", "a) ", "- "),
/// with the spaces after it.
fn item_marker(s: &str) -> usize {
    let bullet = s
        .starts_with(['-', '+', '•', '*', '–'])
        .then(|| s.chars().next().map_or(0, char::len_utf8));
    let numbered = || {
        let inner = s.strip_prefix('(').unwrap_or(s);
        let label = inner.find(|c: char| !c.is_ascii_alphanumeric())?;
        let digits = inner[..label].bytes().all(|b| b.is_ascii_digit());
        // "12)", "a)": a number or one letter, then a bracket.
        let closes = inner[label..].starts_with(')');
        (label > 0 && (digits || label == 1) && closes).then_some(s.len() - inner.len() + label + 1)
    };
    match bullet.or_else(numbered) {
        Some(n) => n + (s[n..].len() - s[n..].trim_start().len()),
        None => 0,
    }
}

/// One listed item's document: the item opens with it ("Bản ghi nhớ về …",
/// "và Ý định thư …"), a lead-in ends right before it ("Ngoài ra, còn có
/// Bản ghi nhớ …"), or two bodies hand it over ("Bộ A và Bộ B trao đổi Bản
/// ghi nhớ …": they are its parties).
fn listed_document(
    coder: &Coder,
    text: &str,
    item: Span,
    si: usize,
    entities: &[Entity],
    handed_only: bool,
) -> Option<Found> {
    let st = SyllableText::new(text, item);
    let m = st
        .find(&coder.rules.kinds)
        .into_iter()
        .find(|m| !kind_in_name(coder, text, &st, m, entities))?;
    // "Bản ghi nhớ có hiệu lực …" talks about a document named before.
    if signed_later(coder, &st, m.end)
        || (m.end < st.syllables.len() && WORDS.about.contains(st.key_of(m.end, m.end + 1)))
    {
        return None;
    }
    let rest = Span::new(st.syllables[m.first].span.start, item.end);
    let verb = cue_before(&st, &WORDS.hand, m.first);
    // "- Ký Hiệp định …", "- Trao đổi Bản ghi nhớ … giữa A và B": the verb
    // opens the item, the document names its parties.
    if verb == Some(0) && !handed_only {
        return document(coder, text, rest, si, entities, &[], true);
    }
    if m.first <= 1 && !handed_only {
        return document(coder, text, item, si, entities, &[], true);
    }
    // The lead-in opens the item ("Ngoài ra, còn có …"); "… có kế hoạch
    // triển khai …" further on is no listed title.
    let lead = cue_before(&st, &WORDS.lead, m.first).filter(|&at| at <= LEAD_WORDS);
    if !handed_only && lead.is_some() {
        let found = document(coder, text, rest, si, entities, &[], true)?;
        return names_itself(&found.agreement.title).then_some(found);
    }
    let verb = verb.filter(|&v| v > 0)?;
    let subject = handing_bodies(text, &st, verb)?;
    let (handed_by, both) = named_parties(text, subject, entities);
    let both = both.filter(|b| !b.is_empty() && handed_by.is_empty());
    if handed_by.len() < 2 && both.is_none() {
        return None;
    }
    // Bodies hand documents over; people ("đồng chí A và đồng chí B đã
    // ký …") sign a document read as any other.
    let people = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| &e.mentions)
        .any(|m| subject.contains(m.span));
    // Each a body: a head word opens it ("Bộ …", "Tập đoàn …") or it
    // names its country ("Petrovietnam"); "hai Thủ tướng chứng kiến lễ"
    // is no body.
    let named = handed_by.iter().all(|p| {
        p.name.starts_with(char::is_uppercase) && (p.country.is_some() || opens_with_head(&p.name))
    }) && both.as_deref().is_none_or(opens_with_head);
    if people || !named {
        return None;
    }
    let mut f = document(coder, text, rest, si, entities, &[], true)?;
    // Who handed it over are its parties, whatever its title adds ("giữa
    // hai bộ", a third company).
    f.agreement.parties = handed_by;
    f.both = both;
    Some(f)
}

/// A listed item opening with a word for any paper ("văn kiện giữa A và B
/// về …": `papers` cues), of the kind its listing opened with: a document
/// when it names two parties after "giữa".
fn paper_item(
    text: &str,
    item: Span,
    kind: AgreementKind,
    si: usize,
    entities: &[Entity],
) -> Option<Found> {
    let st = SyllableText::new(text, item);
    let n = st.syllables.len();
    let paper = (1..=2usize)
        .rev()
        .find(|&l| l <= n && WORDS.papers.contains(st.key_of(0, l)))?;
    let giua = (paper..n).find(|&i| st.key_of(i, i + 1) == BETWEEN_KEY)?;
    let from = st.syllables[giua].span.end;
    let s = &text[from..item.end];
    let end = from + party_list_end(&s[..party_names::list_end(s)]);
    let (named, both) = named_parties(text, Span::new(from, end), entities);
    let named = party_names::with_countries(named, entities);
    if both.is_some() || named.len() < 2 {
        return None;
    }
    let mut parties = Vec::new();
    for p in named {
        push_party(&mut parties, &p.name, p.country);
    }
    let title_end = clause_end(text, item.start, item.end);
    let title = one_line(&text[item.start..title_end]);
    Some(Found::signed(
        kind,
        title,
        parties,
        Span::new(item.start, title_end),
        si,
    ))
}

/// Does the item say its document is still to be signed ("thỏa thuận về
/// X dự kiến được ký vào ngày mai"): a signing phrase after syllable
/// `from` that is planned or denied?
fn signed_later(coder: &Coder, st: &SyllableText, from: usize) -> bool {
    st.find(&coder.rules.verbs).iter().any(|v| {
        v.first >= from
            && coder.rules.verbs.values[v.pattern].code == "057"
            && matches!(
                coder.modality_before(st, v.first),
                Some(Modality::Future | Modality::Negation)
            )
    })
}

/// The bodies that hand a listed document over, before the verb at
/// syllable `verb`: without a lead-in that names no body ("Cũng trong dịp
/// này, …"), "đại diện", and aspect words ("đã", "cũng").
fn handing_bodies(text: &str, st: &SyllableText, verb: usize) -> Option<Span> {
    let end = crate::before_aspect(st, verb);
    let heads: Vec<usize> = st
        .find(&WORDS.head)
        .iter()
        .map(|m| m.first)
        .filter(|&h| text[st.syllables[h].span.start..].starts_with(char::is_uppercase))
        .collect();
    // Lead-in clauses: each up to a comma, with no body's head word.
    let mut first = 0;
    while let Some(comma) = (first + 1..end).find(|&k| clause_break_before(text, st, k)) {
        if heads.iter().any(|&h| h >= first && h < comma) {
            break;
        }
        first = comma;
    }
    if let Some(cue) = (1..=3usize)
        .rev()
        .filter(|l| first + l < end)
        .find(|&l| WORDS.behalf.contains(st.key_of(first, first + l)))
    {
        first += cue;
    }
    (first < end).then(|| st.span(first, end))
}

/// Where a cue of `set` (one to three syllables) ends right before
/// syllable `at`, in the same clause: its first syllable.
fn cue_before(st: &SyllableText, set: &HashSet<String>, at: usize) -> Option<usize> {
    (1..=3usize.min(at))
        .rev()
        .filter(|&n| !(at - n + 1..=at).any(|k| st.punct_before(k)))
        .find(|&n| set.contains(st.key_of(at - n, at)))
        .map(|n| at - n)
}

/// Is there a stop between syllables `i - 1` and `i` (a comma, not the
/// hyphen of "GD-ĐT")?
fn clause_break_before(text: &str, st: &SyllableText, i: usize) -> bool {
    i > 0
        && i < st.syllables.len()
        && text[st.syllables[i - 1].span.end..st.syllables[i].span.start]
            .contains([',', ';', ':', '.', '(', ')'])
}

/// A listed paragraph without its bullet ("-", "+", "•", "1.", "a)") and
/// final stop.
fn paragraph_item(text: &str, span: Span) -> (Span, bool) {
    let s = span.of(text);
    let body = s.trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, '-' | '+' | '•' | '*' | '–' | '.' | ')')
            || c.is_ascii_digit()
    });
    let bulleted = s.trim_start().len() > body.len();
    let start = span.start + (s.len() - body.len());
    let body = body.trim_end().trim_end_matches(['.', ';', ',', '…']);
    (Span::new(start, start + body.len()), bulleted)
}

/// Where the clause starting at `from` ends: the next ';', ',' or '.' that is
/// not inside a number. A bracket is read through ("giữa tỉnh A (Việt Nam)
/// và tỉnh B (Hàn Quốc)"), one never closed ends the clause.
fn clause_end(text: &str, from: usize, limit: usize) -> usize {
    let s = &text[from..limit];
    let bytes = s.as_bytes();
    let mut closes_at = 0;
    for (i, c) in s.char_indices() {
        if i < closes_at {
            continue;
        }
        if c == '(' {
            if let Some(close) = s[i..].find(')') {
                closes_at = i + close + 1;
                // A bracket inside a list of parties ("tỉnh A (Việt Nam) và
                // tỉnh B (Hàn Quốc)"), before a stop, or a short name before
                // the topic or the parties ("Bản ghi nhớ (MOU) về …", "…
                // (MOU) giữa A và B") is read through; other words after
                // one are no title's.
                let after = &s[closes_at..];
                let goes_on = WORDS.bracket.iter().any(|w| after.starts_with(w.as_str()))
                    || after.trim_start().is_empty()
                    || after.starts_with([',', ';', '.', ':']);
                if !goes_on {
                    return from + closes_at;
                }
                continue;
            }
        }
        if c == ','
            && (comma_in_name(s, i)
                || comma_in_phrase(s, i)
                || comma_in_list(s, i)
                || comma_in_named_title(s, i))
        {
            continue;
        }
        // "trị giá 11,3 tỷ USD giữa A và B": a decimal comma.
        let digit_before = i > 0 && bytes[i - 1].is_ascii_digit();
        if c == ',' && digit_before && bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit()) {
            continue;
        }
        if matches!(c, ';' | ',' | '.' | '(' | ':') {
            let digit_after = bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit());
            // "TP.HCM": a dot with a letter right after it abbreviates.
            let letter_after = s[i + 1..].chars().next().is_some_and(char::is_alphabetic);
            if !(c == '.' && (digit_after || letter_after)) {
                return from + s[..i].trim_end().len();
            }
        }
    }
    from + s.trim_end().trim_end_matches(['.', '…']).len()
}

/// Is the comma at `i` inside a body's name in a list of parties ("giữa Bộ
/// A Việt Nam với Bộ Kinh tế, Tài chính và Chủ quyền … Pháp", "Bộ Văn hóa,
/// Thể thao và Du lịch")? The party before it opens with a head word, and
/// the words after it are one part of a ministry's name (a capital, then
/// lower case: a place would be capitalised throughout) up to a "và" with a
/// capitalised word after it.
fn comma_in_name(s: &str, i: usize) -> bool {
    if !s[..i].contains(BETWEEN_SP) {
        return false;
    }
    let part_start = [BETWEEN_SP, AND_SP, WITH_SP]
        .iter()
        .filter_map(|w| s[..i].rfind(w).map(|at| at + w.len()))
        .max()
        .unwrap_or(0);
    let Some(after) = s[i + 1..].strip_prefix(' ') else {
        return false;
    };
    let Some(and) = after.find(AND_SP) else {
        return false;
    };
    let words: Vec<&str> = after[..and].split(' ').collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    (2..=3).contains(&words.len())
        && capital(words[0])
        && words[1..].iter().all(|w| lower(w))
        && capital(&after[and + AND_SP.len()..])
        && opens_with_head(&s[part_start..i])
        && !opens_with_head(&after[..and])
}

/// Is the comma at `i` one between the names of a list of parties after
/// "giữa" or "với" ("với UBND tỉnh Lào Cai, UBND tỉnh Hà Giang và UBND
/// tỉnh Cao Bằng về …", "giữa Bộ A và UBND các tỉnh Sơn La, Điện Biên, Lai
/// Châu về …")? After it a name, capitalised but for a place's or a body's
/// head word ("tỉnh", "UBND tỉnh"), of a few words, then another comma,
/// "và", the list's end (an `end` cue) or the text's end.
fn comma_in_list(s: &str, i: usize) -> bool {
    if !(s[..i].contains(BETWEEN_SP) || s[..i].contains(WITH_SP)) {
        return false;
    }
    let Some(after) = s[i + 1..].strip_prefix(' ') else {
        return false;
    };
    let item_end = [",", AND_SP, ";", "."]
        .iter()
        .filter_map(|w| after.find(w))
        .chain(
            WORDS
                .ends
                .iter()
                .filter_map(|(w, _)| after.find(w.as_str())),
        )
        .min()
        .unwrap_or(after.len());
    let item = &after[..item_end];
    let words: Vec<&str> = item.split(' ').filter(|w| !w.is_empty()).collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let head = |w: &str| admin_word(&format!("{w} ")).is_some() || w == PLURAL;
    let named = words.last().is_some_and(|w| capital(w))
        && words.iter().all(|w| capital(w) || head(w))
        && words
            .first()
            .is_some_and(|w| capital(w) || admin_word(item).is_some());
    let rest = &after[item_end..];
    let goes_on = rest.is_empty()
        || rest.starts_with([',', ';', '.'])
        || rest.starts_with(AND_SP)
        || WORDS.ends.iter().any(|(w, _)| rest.starts_with(w.as_str()));
    (2..=6).contains(&words.len()) && named && goes_on
}

/// "Hiệp ước Hòa bình, Quan hệ ngoại giao và Bình thường hóa toàn diện
/// giữa A và B": a title naming its subjects, each capitalised, the last
/// after "và", then its parties after "giữa", all before the clause ends.
fn comma_in_named_title(s: &str, i: usize) -> bool {
    if s[..i].contains(BETWEEN_SP) {
        return false;
    }
    let Some(after) = s[i + 1..].strip_prefix(' ') else {
        return false;
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let clause = &after[..after.find([',', ';', '.', '(', ':']).unwrap_or(after.len())];
    let Some(between) = clause.find(BETWEEN_SP) else {
        return false;
    };
    let subjects = &clause[..between];
    let last_and = subjects.rfind(AND_SP);
    capital(after)
        && subjects.split(' ').count() <= NAMED_SUBJECT_WORDS
        && last_and.is_some_and(|at| capital(&subjects[at + AND_SP.len()..]))
}

/// How many words the subjects after a title's comma may run to before
/// its parties ("Quan hệ ngoại giao và Bình thường hóa toàn diện").
const NAMED_SUBJECT_WORDS: usize = 12;

/// Is the comma at `i` inside a phrase written with one ("hợp tác phòng,
/// chống tội phạm": `comma` cues)?
fn comma_in_phrase(s: &str, i: usize) -> bool {
    let before = s[..i].rsplit(' ').next().unwrap_or("");
    let after = s[i + 1..].trim_start().split(' ').next().unwrap_or("");
    !before.is_empty()
        && !after.is_empty()
        && WORDS
            .comma
            .contains(&format!("{before}, {after}").to_lowercase())
}

/// Does the text open with a body's head word, capitalised ("Bộ", "Viện")?
fn opens_with_head(s: &str) -> bool {
    let st = SyllableText::new(s, Span::new(0, s.len()));
    s.chars().next().is_some_and(char::is_uppercase)
        && st.find(&WORDS.head).first().is_some_and(|m| m.first == 0)
}

/// The documents with "hai nước" parties named for the two countries the
/// text is about there (the signing told in the sentence, else the last
/// event between two countries, else the article's two main countries),
/// and a document told twice kept once. Also the spans of documents signed
/// long ago (no 057 of the news).
pub(crate) fn settle(
    coder: &Coder,
    found: Vec<Found>,
    events: &[Event],
    focal: &Option<(String, String)>,
    entities: &[Entity],
) -> (Vec<Agreement>, Vec<Span>) {
    // Documents signed before the news are no records: where their titles
    // stand is told with the past documents' spans.
    let (history, found): (Vec<Found>, Vec<Found>) = found.into_iter().partition(|f| f.history);
    let past: Vec<Span> = found
        .iter()
        .filter(|f| f.past)
        .map(|f| f.agreement.span)
        .chain(history.iter().map(|f| f.agreement.span))
        .collect();
    let pair_of = |e: &Event| {
        let a = e.source.as_ref()?.country.clone()?;
        let b = e.target.as_ref()?.country.clone()?;
        (a != b).then_some((a, b))
    };
    let mut resolved: Vec<Agreement> = Vec::new();
    // Split after merging: the tellings of one signing merge first.
    let each: Vec<(Span, Vec<Party>)> = found
        .iter()
        .filter(|f| f.with_each.len() >= 3 && f.both.is_none())
        .map(|f| (f.agreement.span, f.with_each.clone()))
        .collect();
    // "các nhà đàm phán của hai bên đã ký văn bản thỏa thuận tại Doha"
    // after "thỏa thuận ngừng bắn giữa Israel và … Hamas": "hai bên" are the
    // sides of the document of that kind told before, and the document is
    // that one (its day given to it), unless it says what else it is about.
    let named_pair = |f: &Found| {
        let countries: HashSet<&str> = f
            .agreement
            .parties
            .iter()
            .filter_map(|p| p.country.as_deref())
            .collect();
        f.both.is_none() && countries.len() >= 2
    };
    let mut retold_by_both: Vec<Option<usize>> = vec![None; found.len()];
    for (i, f) in found.iter().enumerate() {
        let a = &f.agreement;
        if f.both.as_deref() != Some("")
            || !f.named.is_empty()
            || !a.parties.is_empty()
            || a.title.to_lowercase().contains(ABOUT_SP)
        {
            continue;
        }
        retold_by_both[i] = found
            .iter()
            .enumerate()
            .filter(|(_, g)| {
                g.agreement.kind == a.kind
                    && g.agreement.sentence < a.sentence
                    && a.sentence - g.agreement.sentence <= SIGNERS_RETOLD_WITHIN
                    && named_pair(g)
            })
            .max_by_key(|(_, g)| g.agreement.sentence)
            .map(|(j, _)| j);
    }
    // "Bản ghi nhớ … giữa Bộ Nội vụ Việt Nam và Bộ Lao động Thái Lan, và Kế
    // hoạch hành động … giữa Bộ Ngoại giao hai nước": "hai nước" are the
    // two countries of another document listed in its sentence.
    let listed_pair: Vec<Option<(String, String)>> = found
        .iter()
        .map(|f| {
            f.both.as_ref()?;
            found
                .iter()
                .filter(|g| g.agreement.sentence == f.agreement.sentence && named_pair(g))
                .find_map(|g| {
                    let mut cs: Vec<String> = Vec::new();
                    for c in g.agreement.parties.iter().filter_map(|p| p.country.clone()) {
                        if !cs.contains(&c) {
                            cs.push(c);
                        }
                    }
                    (cs.len() == 2).then(|| (cs[0].clone(), cs[1].clone()))
                })
        })
        .collect();
    let mut given_day: Vec<Option<String>> = vec![None; found.len()];
    for (i, f) in found.iter().enumerate() {
        if let Some(j) = retold_by_both[i] {
            if given_day[j].is_none() {
                given_day[j] = f.agreement.date.clone();
            }
        }
    }
    for (i, f) in found.into_iter().enumerate() {
        if retold_by_both[i].is_some() {
            continue;
        }
        let mut a = f.agreement;
        if a.date.is_none() {
            a.date = given_day[i].take();
        }
        // "hợp đồng giữa doanh nghiệp hai nước": firms of each side, none
        // named, sign no document of their own.
        if f.named.is_empty()
            && f.both
                .as_deref()
                .is_some_and(|b| WORDS.firms.contains(&syllable_key(b)))
        {
            continue;
        }
        if let Some(body) = f.both {
            let si = a.sentence;
            let pair = listed_pair[i]
                .clone()
                .or_else(|| {
                    events
                        .iter()
                        .filter(|e| e.code == "057" && e.sentence == si)
                        .find_map(pair_of)
                })
                .or_else(|| {
                    events
                        .iter()
                        .rev()
                        .filter(|e| e.sentence <= si && si - e.sentence <= 3)
                        .find_map(pair_of)
                })
                .or_else(|| focal.clone());
            match pair {
                Some((x, y)) => {
                    for iso in [x, y] {
                        // The body as the article names it for that
                        // country, else the body and the country's name.
                        if let Some((name, _)) = f.named.iter().find(|(_, c)| *c == iso) {
                            push_party(&mut a.parties, name, Some(iso));
                            continue;
                        }
                        let land = country_as_written(&iso, si, entities);
                        let name = match body.chars().next() {
                            None => land,
                            Some(c) => {
                                format!("{}{} {land}", c.to_uppercase(), &body[c.len_utf8()..])
                            }
                        };
                        push_party(&mut a.parties, &name, Some(iso));
                    }
                }
                None if !body.is_empty() => push_party(&mut a.parties, &body, None),
                None => {}
            }
        }
        if a.date.is_none() {
            // Dated where the signing was retold ("… được ký kết ngày 20/11").
            a.date = events
                .iter()
                .find(|e| e.code == "057" && e.sentence == a.sentence && e.date.is_some())
                .and_then(|e| e.date.clone());
        }
        resolved.push(a);
    }
    let persons = person_names(entities);
    for a in resolved.iter_mut() {
        countries_of_signers(a, &persons, entities);
    }
    let mut out: Vec<Agreement> = Vec::new();
    // What each kept title says, read once (a long text compares every
    // pair of documents).
    let mut out_told: Vec<Told> = Vec::new();
    for a in merge_retold(coder, resolved, entities) {
        let told_a = Told::of(coder, &a.title);
        // One title read as one document for each signer ("A và B đã ký
        // các … với C") is as many documents.
        let siblings = |b: &Agreement| {
            b.sentence == a.sentence
                && b.span == a.span
                && b.parties.first().map(|p| &p.name) != a.parties.first().map(|p| &p.name)
        };
        let retold = |(b, told_b): (&Agreement, &Told)| {
            !siblings(b)
                && (same_document((b, told_b), (&a, &told_a), entities)
                    || party_names::told_twice(coder, b, &a, entities)
                    || same_sides_retold((b, told_b), (&a, &told_a), entities)
                    || same_sides_retold((&a, &told_a), (b, told_b), entities)
                    || lead_retold((b, told_b), (&a, &told_a), entities)
                    || lead_titled_retold((b, told_b), (&a, &told_a))
                    || lead_named(b, &a)
                    || unnamed_retold((b, told_b), (&a, &told_a))
                    || short_name_retold(b, &a, entities))
        };
        match out.iter().zip(&out_told).position(retold) {
            Some(i) => {
                // The telling whose parties say more stands; the other's
                // names are kept as well. Of two kinds, the one named
                // first stands ("hiệp ước …", then "thỏa thuận" for it).
                // The body's title stands for the lead's words for it (a
                // lead's "… máy bay của Vietjet" names no owner then). A
                // bare document word ("Hiệp định được ký bởi …") never
                // stands for a title.
                let first_named =
                    |x: &Agreement, y: &Agreement| x.kind != y.kind && x.sentence < y.sentence;
                let (mut kept, other) = if lead_named(&out[i], &a)
                    || (a.sentence > out[i].sentence
                        && !told_a.bare
                        && (lead_retold((&out[i], &out_told[i]), (&a, &told_a), entities)
                            || lead_titled_retold((&out[i], &out_told[i]), (&a, &told_a))))
                    || first_named(&a, &out[i])
                    || (!first_named(&out[i], &a)
                        && known(&a) > known(&out[i])
                        && (!told_a.bare || out_told[i].bare))
                {
                    out_told[i] = told_a;
                    (a, out[i].clone())
                } else {
                    (out[i].clone(), a)
                };
                for p in other.parties {
                    push_party(&mut kept.parties, &p.name, p.country);
                }
                if kept.date.is_none() {
                    kept.date = other.date;
                }
                out[i] = kept;
            }
            None => {
                out.push(a);
                out_told.push(told_a);
            }
        }
    }
    let out = out
        .into_iter()
        .flat_map(|a| one_each(a, &each))
        .filter(|a| !one_polity_people(a, entities))
        .collect();
    (out, past)
}

/// "Chủ tịch Hội đồng châu Âu Charles Michel, Chủ tịch Ủy ban châu Âu
/// Ursula von der Leyen và Chủ tịch Nghị viện châu Âu David Sassoli ra
/// tuyên bố chung": every party a known person of one union of states
/// (the gazetteer's ids "eu.…"), their passports of several countries: the
/// leaders of one side speaking together, not those countries signing
/// with each other; no second side signs. (Persons of one state, "us.…",
/// are left to the other rules: their country signs with the partner the
/// sentence names.)
fn one_polity_people(a: &Agreement, entities: &[Entity]) -> bool {
    let person = |p: &Party| {
        entities
            .iter()
            .find(|e| e.kind == EntityKind::Person && e.name == p.name)
    };
    let polity = |e: &Entity| {
        e.gazetteer_id
            .as_deref()
            .and_then(|id| id.split_once('.'))
            .map(|(polity, _)| polity.to_string())
    };
    let Some(people) = a
        .parties
        .iter()
        .map(|p| person(p).and_then(|e| Some((polity(e)?, e.country.clone()))))
        .collect::<Option<Vec<_>>>()
    else {
        return false;
    };
    let one_polity = people.windows(2).all(|w| w[0].0 == w[1].0);
    let countries: HashSet<_> = people.iter().map(|(_, c)| c).collect();
    people.len() >= 2 && one_polity && countries.len() >= 2
}

/// "Việc Tổng thống Barack Obama ký kết Hiệp định khí hậu Paris": a place
/// below a country (a city) that names the document in its title, not
/// after "giữa" ("thỏa thuận kết nghĩa giữa Hà Nội và Paris"), is no party.
fn places_named_in_title(a: &mut Agreement, entities: &[Entity]) {
    let title = a.title.to_lowercase();
    let named_from = title.find(BETWEEN_SP).unwrap_or(title.len());
    let place_in_title = |p: &Party| {
        let city = entities.iter().any(|e| {
            e.kind == EntityKind::Location
                && e.gazetteer_id.is_some()
                && e.gazetteer_id != e.country
                && (e.name == p.name || e.mentions.iter().any(|m| m.text == p.name))
        });
        let name = p.name.to_lowercase();
        city && title[..named_from]
            .match_indices(name.as_str())
            .any(|(i, _)| {
                title[..i].ends_with(' ')
                    && title[i + name.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
    };
    if a.parties.iter().any(place_in_title) {
        a.parties.retain(|p| !place_in_title(p));
    }
}

/// "… lễ ký Thỏa thuận về việc thuê khu đất xây dựng … trụ sở mới của Đại
/// sứ quán Hoa Kỳ tại Hà Nội": a body named after "của" in the title,
/// before any "giữa", owns what the document is about; its country is
/// the side (named as the article names that country).
fn owners_named_in_title(a: &mut Agreement, entities: &[Entity]) {
    let title = a.title.to_lowercase();
    let named_from = title.find(BETWEEN_SP).unwrap_or(title.len());
    // Named after "với" as well ("Bản ghi nhớ với VNG về … cổ phiếu của
    // VNG"), it signs.
    let owned = |p: &Party| {
        let name = p.name.to_lowercase();
        p.country.is_some()
            && title[..named_from].contains(&format!(" {OF} {name}"))
            && !title.contains(&format!(" {WITH} {name}"))
    };
    let mut parties: Vec<Party> = Vec::with_capacity(a.parties.len());
    for p in &a.parties {
        if !owned(p) {
            push_party(&mut parties, &p.name, p.country.clone());
            continue;
        }
        // The country itself: its gazetteer id is its code (else none).
        let land = |e: &&Entity| e.kind == EntityKind::Location && e.country == p.country;
        let country = entities
            .iter()
            .filter(land)
            .find(|e| e.gazetteer_id.as_deref() == e.country.as_deref())
            .or_else(|| {
                entities
                    .iter()
                    .filter(land)
                    .find(|e| e.gazetteer_id.is_none())
            });
        match country {
            Some(c) => push_party(&mut parties, &c.name, c.country.clone()),
            None => push_party(&mut parties, &p.name, p.country.clone()),
        }
    }
    // The country may be a party already.
    let mut seen: HashSet<(String, Option<String>)> = HashSet::new();
    parties.retain(|p| seen.insert((p.name.clone(), p.country.clone())));
    a.parties = parties;
}

/// A person signing between two countries signs for his own ("Tổng thống
/// Indonesia Prabowo" beside "Trung Quốc"; two defence ministers): his
/// country joins the parties when no body of it is named there already.
fn countries_of_signers(a: &mut Agreement, persons: &HashSet<&str>, entities: &[Entity]) {
    let person = |name: &str| persons.contains(name);
    if countries_named(a) < 2 {
        return;
    }
    let mut missing: Vec<String> = Vec::new();
    for p in &a.parties {
        let Some(iso) = p.country.as_deref() else {
            continue;
        };
        let body_named = a
            .parties
            .iter()
            .any(|q| q.country.as_deref() == Some(iso) && !person(&q.name));
        if person(&p.name) && !body_named && !missing.iter().any(|m| m == iso) {
            missing.push(iso.to_string());
        }
    }
    // Only a country the article names as such (not a city of it, which
    // has a gazetteer id of its own).
    for iso in missing {
        let named = entities.iter().any(|e| {
            e.kind == EntityKind::Location
                && e.country.as_deref() == Some(&iso)
                && e.gazetteer_id.as_deref().is_none_or(|id| id == iso)
        });
        if named {
            let name = country_as_written(&iso, a.sentence, entities);
            push_party(&mut a.parties, &name, Some(iso));
        }
    }
}

/// "thúc đẩy thỏa thuận tương tự với A": a document right after an aim
/// word is aimed at, not signed.
fn aim_before(st: &SyllableText, first: usize) -> bool {
    (1..=2usize.min(first)).any(|l| {
        !(first - l + 1..=first).any(|k| st.punct_before(k))
            && WORDS.aim.contains(st.key_of(first - l, first))
    })
}

/// Every name and mention of a person, looked up once per article.
fn person_names(entities: &[Entity]) -> HashSet<&str> {
    entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| {
            std::iter::once(e.name.as_str()).chain(e.mentions.iter().map(|m| m.text.as_str()))
        })
        .collect()
}

/// "kế hoạch thúc đẩy thỏa thuận …": a plan word followed by an aim
/// ("thúc đẩy", "hướng tới") and another document word is an intent to
/// reach that document, no plan signed.
fn plan_to_reach(coder: &Coder, st: &SyllableText, m: &PhraseMatch) -> bool {
    let kinds = &coder.rules.kinds;
    if kinds.values[m.pattern] != AgreementKind::Plan {
        return false;
    }
    let n = st.syllables.len();
    let aim_end = (1..=2usize)
        .map(|l| m.end + l)
        .filter(|&e| e <= n && !(m.end..e).any(|k| st.punct_before(k)))
        .find(|&e| WORDS.aim.contains(st.key_of(m.end, e)));
    let Some(aim_end) = aim_end else {
        return false;
    };
    st.find(kinds).iter().any(|k| {
        k.first >= aim_end
            && k.first <= aim_end + 2
            && !(aim_end..=k.first).any(|i| st.punct_before(i))
    })
}

/// A document the common side signed with each of several ("giữa A với B
/// và C") as one document each, while its parties are still those of its
/// title (no signer read elsewhere took their place); any other party
/// named for it stays with each.
fn one_each(a: Agreement, each: &[(Span, Vec<Party>)]) -> Vec<Agreement> {
    let has = |p: &Party| a.parties.iter().any(|q| q.name == p.name);
    let Some((common, partners)) = each
        .iter()
        .find(|(span, list)| *span == a.span && list.iter().all(has))
        .and_then(|(_, list)| list.split_first())
    else {
        return vec![a];
    };
    partners
        .iter()
        .map(|p| {
            let mut parties = vec![common.clone(), p.clone()];
            for q in &a.parties {
                if !partners.iter().any(|x| x.name == q.name) && q.name != common.name {
                    parties.push(q.clone());
                }
            }
            Agreement {
                parties,
                ..a.clone()
            }
        })
        .collect()
}

/// A country's name as the article writes it: its canonical name when the
/// text uses it, else the form of the document's sentence ("Saudi Arabia"
/// for "Ả Rập Xê-út"), else the first form written.
pub(crate) fn country_as_written(iso: &str, sentence: u32, entities: &[Entity]) -> String {
    let place = entities
        .iter()
        .find(|e| e.kind == EntityKind::Location && e.gazetteer_id.as_deref() == Some(iso))
        .or_else(|| {
            entities
                .iter()
                .find(|e| e.kind == EntityKind::Location && e.country.as_deref() == Some(iso))
        });
    let Some(place) = place else {
        return crate::country_name(iso, entities);
    };
    if place.mentions.is_empty() || place.mentions.iter().any(|m| m.text == place.name) {
        return place.name.clone();
    }
    place
        .mentions
        .iter()
        .find(|m| m.sentence == sentence)
        .or(place.mentions.first())
        .map_or_else(|| place.name.clone(), |m| one_line(&m.text))
}

/// Does a document word open the clause of the signing phrase at syllable
/// `first` ("Bản ghi nhớ được ký kết …"): the document just told, retold?
pub(crate) fn told_again(coder: &Coder, st: &SyllableText, first: usize) -> bool {
    st.find(&coder.rules.kinds).iter().any(|m| {
        m.end <= first
            && first - m.end <= 2
            && (m.first == 0 || st.punct_before(m.first))
            && !(m.end..=first).any(|k| st.punct_before(k))
    })
}

/// What a document's sentence tells of its content (not a joint
/// statement's): from "trong đó" right
/// after its title ("biên bản ghi nhớ về X, trong đó hai bên nhất trí …")
/// to the end of the sentence or the next ';'.
pub(crate) fn content_after(text: &str, a: &Agreement, sentence: &Sentence) -> Option<Span> {
    // What a joint statement says is said: its condemnations and appeals
    // are events of their own.
    if a.kind == AgreementKind::JointStatement
        || a.span.end > sentence.span.end
        || a.span.end < sentence.span.start
    {
        return None;
    }
    let rest = &text[a.span.end..sentence.span.end];
    let lead = rest.len() - rest.trim_start_matches([',', ' ']).len();
    let after = &rest[lead..];
    let opens = after
        .get(..AMONG_THEM.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(AMONG_THEM))
        && !after[AMONG_THEM.len()..].starts_with(|c: char| c.is_alphanumeric());
    if !opens {
        return None;
    }
    let end = after.find(';').unwrap_or(after.len());
    let start = a.span.end + lead;
    Some(Span::new(start, start + end))
}

/// "Hiệp ước được ký tại …" names no parties: the article names them where
/// it writes a document of that kind "giữa A và B", two places of two
/// countries ("… hiệp ước đối tác chiến lược giữa Nga và Triều Tiên"); the
/// nearest such naming to `near`.
fn pair_named_elsewhere(
    coder: &Coder,
    text: &str,
    kind: AgreementKind,
    near: usize,
    entities: &[Entity],
) -> Option<Vec<Party>> {
    let mut best: Option<(usize, Vec<Party>)> = None;
    for (at, w) in text.match_indices(BETWEEN_SP) {
        let clause_start = text[..at]
            .rfind(['.', ',', ';', ':', '!', '?', '\n'])
            .map_or(0, |i| i + 1);
        let st = SyllableText::new(text, Span::new(clause_start, at));
        let of_kind = st
            .find(&coder.rules.kinds)
            .iter()
            .any(|m| coder.rules.kinds.values[m.pattern] == kind);
        if !of_kind {
            continue;
        }
        let Some(pair) = two_places_at(text, at + w.len(), entities) else {
            continue;
        };
        let distance = near.abs_diff(at);
        if best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((distance, pair));
        }
    }
    best.map(|(_, pair)| pair)
}

/// "Nga và Triều Tiên", "Việt Nam - Lào" at `from`: two places of two
/// countries, as written.
fn two_places_at(text: &str, from: usize, entities: &[Entity]) -> Option<Vec<Party>> {
    let place_at = |at: usize| {
        entities
            .iter()
            .filter(|e| e.kind == EntityKind::Location && e.country.is_some())
            .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
            .filter(|(m, _)| m.span.start == at)
            .max_by_key(|(m, _)| m.span.end)
    };
    let (m1, e1) = place_at(from)?;
    let rest = text.get(m1.span.end..)?;
    let gap = [AND_SP, WITH_SP, " - ", " – ", "-", "–"]
        .iter()
        .find(|g| rest.starts_with(**g))?;
    let (m2, e2) = place_at(m1.span.end + gap.len())?;
    if e1.country == e2.country {
        return None;
    }
    Some(vec![
        Party {
            name: one_line(&m1.text),
            country: e1.country.clone(),
        },
        Party {
            name: one_line(&m2.text),
            country: e2.country.clone(),
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{entities, Spec};
    use thoisu_core::AgreementKind::{Agreement as Accord, Mou};
    use thoisu_core::EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

    /// One sentence a line, as the splitter gives paragraphs.
    fn lines(text: &str) -> Vec<Sentence> {
        let mut start = 0;
        text.split_inclusive('\n')
            .map(|line| {
                let span = Span::new(start, start + line.trim_end().len());
                start += line.len();
                Sentence { span }
            })
            .collect()
    }

    fn signed(text: &str, spec: &Spec) -> Vec<Agreement> {
        let text = &thoisu_normalise::normalise(text);
        let sents = lines(text);
        let ents = entities(text, &sents, spec);
        Coder::embedded().code(text, &sents, &ents, &[]).agreements
    }

    fn parties(a: &Agreement) -> Vec<(&str, Option<&str>)> {
        a.parties
            .iter()
            .map(|p| (p.name.as_str(), p.country.as_deref()))
            .collect()
    }

    const KOREA: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        (
            ORG,
            "Bộ Văn hóa, Thể thao và Du lịch",
            "VNM",
            &["Bộ Văn hóa, Thể thao và Du lịch Việt Nam"],
        ),
        (
            ORG,
            "Bộ Lao động và Việc làm",
            "KOR",
            &["Bộ Lao động và Việc làm"],
        ),
        (
            ORG,
            "Ngân hàng Nhà nước Việt Nam",
            "VNM",
            &["Ngân hàng Nhà nước Việt Nam"],
        ),
        (
            ORG,
            "Ngân hàng Trung ương",
            "KOR",
            &["Ngân hàng Trung ương"],
        ),
        (ORG, "Bộ Nội vụ", "VNM", &["Bộ Nội vụ"]),
    ];

    const GULF: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "UAE", "ARE", &["UAE"]),
        (LOC, "Dubai", "ARE", &["Dubai"]),
        (ORG, "Bộ Công Thương", "VNM", &["Bộ Công Thương"]),
        (PER, "Nguyễn Văn An", "VNM", &["Nguyễn Văn An"]),
        (PER, "Ahmed Al Mansoori", "ARE", &["Ahmed Al Mansoori"]),
        (
            ORG,
            "Bộ Tài chính Việt Nam",
            "VNM",
            &["Bộ Tài chính Việt Nam"],
        ),
        (ORG, "Bộ Kinh tế UAE", "ARE", &["Bộ Kinh tế UAE"]),
        (
            ORG,
            "Quỹ Phát triển Abu Dhabi",
            "ARE",
            &["Quỹ Phát triển Abu Dhabi", "ADFD"],
        ),
    ];

    const ANDES: &Spec = &[
        (LOC, "Chile", "CHL", &["Chile"]),
        (LOC, "Peru", "PER", &["Peru"]),
        (LOC, "Bolivia", "BOL", &["Bolivia"]),
        (ORG, "Liên hợp quốc", "igo.un", &["Liên Hợp Quốc"]),
    ];

    #[test]
    fn documents_counted_before_the_apart_word_are_one_a_signer() {
        // The coder signs documents apart on a day told.
        let dated = |text: &str| {
            let text = &thoisu_normalise::normalise(text);
            let sents = lines(text);
            let ents = entities(text, &sents, ANDES);
            let at = text.find("12/4").expect("date");
            let day = thoisu_core::DateMention {
                text: "12/4".into(),
                value: thoisu_core::DateValue::day("2024-04-12"),
                span: Span::new(at, at + 4),
                sentence: 0,
            };
            Coder::embedded()
                .code(text, &sents, &ents, &[day])
                .agreements
        };
        let text = "Peru và Bolivia chiều 12/4 ký các văn kiện riêng rẽ với Chile và Liên Hợp Quốc, mở lại tuyến vận tải qua cảng Arica.";
        let found = dated(text);
        let sides: Vec<Vec<_>> = found
            .iter()
            .map(|a| a.parties.iter().map(|p| p.name.as_str()).collect())
            .collect();
        assert_eq!(
            sides,
            [
                ["Peru", "Chile", "Liên hợp quốc"],
                ["Bolivia", "Chile", "Liên hợp quốc"]
            ],
            "{found:?}"
        );
        assert_eq!(found[0].title, "các văn kiện riêng rẽ");
        // Signed together, not apart: no document a signer.
        let text = "Peru và Bolivia chiều 12/4 ký các văn kiện với Chile và Liên Hợp Quốc.";
        assert!(dated(text)
            .iter()
            .all(|a| a.title != "các văn kiện riêng rẽ"));
    }

    #[test]
    fn signers_on_behalf_after_a_bare_document_word_are_no_title() {
        // The second sentence retells the document of the first: its
        // "thay mặt hai bên là …" says who signed, no title of its own.
        let text = "Chiều 12-3, tại Dubai, Việt Nam và UAE đã ký Hiệp định Đối tác kinh tế toàn diện.\n\
             Ký Hiệp định thay mặt hai bên là Bộ trưởng Bộ Công Thương Nguyễn Văn An và Quốc vụ khanh UAE Ahmed Al Mansoori.";
        let found = signed(text, GULF);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].title, "Hiệp định Đối tác kinh tế toàn diện");
        // A behalf word inside a title, after its topic, stays there.
        let text = "Việt Nam và UAE đã ký Hiệp định về văn phòng đại diện thương mại.";
        let found = signed(text, GULF);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].title, "Hiệp định về văn phòng đại diện thương mại");
    }

    #[test]
    fn a_short_name_shared_by_two_titles_tells_one_document() {
        let text = "Việt Nam và UAE ký bản ghi nhớ về khung vốn vay ưu đãi ADFD trị giá 2 tỉ USD.\n\
             Hai nhà lãnh đạo chứng kiến lễ trao Bản ghi nhớ về khung hợp tác vốn vay từ Quỹ Phát triển Abu Dhabi (ADFD) giai đoạn 2025-2030 giữa Bộ Tài chính Việt Nam và Bộ Kinh tế UAE.";
        let found = signed(text, GULF);
        assert_eq!(found.len(), 1, "{found:?}");
        let names: Vec<_> = found[0].parties.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"Bộ Tài chính Việt Nam"), "{names:?}");
        // A unit after an amount names no document: two deals of one value's
        // currency are two.
        let text = "Việt Nam và UAE ký bản ghi nhớ về đầu tư cảng biển trị giá 2 tỉ USD.\n\
             Bộ Tài chính Việt Nam và Bộ Kinh tế UAE cũng ký bản ghi nhớ về hợp tác thuế trị giá 1 tỉ USD.";
        let found = signed(text, GULF);
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn documents_listed_one_a_paragraph_after_the_ceremony_are_each_signed() {
        let text = "Sau hội đàm, hai nhà lãnh đạo chứng kiến Lễ trao các văn kiện hợp tác Việt Nam - Hàn Quốc.\n\
             Các văn kiện hợp tác gồm:\n\
             Bản ghi nhớ về văn hóa giữa Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Bộ Lao động và Việc làm Hàn Quốc.\n\
             2. Giấy chứng nhận bàn giao dự án giữa hai nước.\n\
             3. Bản ghi nhớ giữa Ngân hàng Nhà nước Việt Nam và Ngân hàng Trung ương Hàn Quốc về hợp tác và hỗ trợ kỹ thuật.\n\
             Hai bên cũng nhất trí tăng cường giao lưu nhân dân.\n\
             Bản ghi nhớ giữa Bộ Nội vụ Việt Nam và Bộ Lao động và Việc làm Hàn Quốc.";
        let found = signed(text, KOREA);
        let kinds: Vec<_> = found.iter().map(|a| a.kind).collect();
        // The certificate is skipped, the plain paragraph ends the list, and
        // the document after it was never said to be signed.
        assert_eq!(kinds, [Mou, Mou], "{found:?}");
        assert_eq!(
            parties(&found[0]),
            [
                ("Bộ Văn hoá, Thể thao và Du lịch Việt Nam", Some("VNM")),
                ("Bộ Lao động và Việc làm Hàn Quốc", Some("KOR")),
            ]
        );
        // "Nhà nước" is part of the bank's name, not the state's style.
        assert_eq!(
            parties(&found[1]),
            [
                ("Ngân hàng Nhà nước Việt Nam", Some("VNM")),
                ("Ngân hàng Trung ương Hàn Quốc", Some("KOR")),
            ]
        );
    }

    #[test]
    fn the_topic_of_a_listed_document_is_not_an_event() {
        let text = "Hai nhà lãnh đạo chứng kiến Lễ trao các văn kiện hợp tác.\n\
             Các văn kiện gồm:\n\
             Bản ghi nhớ giữa Ngân hàng Nhà nước Việt Nam và Ngân hàng Trung ương Hàn Quốc về hợp tác và hỗ trợ kỹ thuật.";
        let text = &thoisu_normalise::normalise(text);
        let sents = lines(text);
        let ents = entities(text, &sents, KOREA);
        let coded = Coder::embedded().code(text, &sents, &ents, &[]);
        assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
        let codes: Vec<&str> = coded.events.iter().map(|e| e.code.as_str()).collect();
        assert!(!codes.iter().any(|c| c.starts_with("07")), "{codes:?}");
    }

    #[test]
    fn a_state_named_in_full_style_is_dropped_from_the_party_but_keeps_its_country() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Belarus", "BLR", &["Belarus"]),
        ];
        let text = "Hai Thủ tướng đã ký Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Belarus về miễn thị thực.";
        let found = signed(text, spec);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, Accord);
        // Two "Chính phủ" are told apart by their countries.
        assert_eq!(
            parties(&found[0]),
            [
                ("Chính phủ Việt Nam", Some("VNM")),
                ("Chính phủ Belarus", Some("BLR")),
            ]
        );
    }

    #[test]
    fn party_names_lose_brackets_and_state_styles_only() {
        assert_eq!(
            party_name("Trường Đảng Trung ương (Học viện Hành chính Quốc gia) nước Cộng hòa Nhân dân Trung Hoa"),
            ("Trường Đảng Trung ương", Style::None)
        );
        assert_eq!(
            party_name("Bộ Y tế nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
            ("Bộ Y tế", Style::Plain)
        );
        assert_eq!(
            party_name("Bộ Y tế, nước Cộng hòa Cuba"),
            ("Bộ Y tế", Style::Comma)
        );
        assert_eq!(
            party_name("nước Cộng hòa Cuba"),
            ("nước Cộng hòa Cuba", Style::State)
        );
        assert_eq!(
            party_name("Ngân hàng Nhà nước Việt Nam"),
            ("Ngân hàng Nhà nước Việt Nam", Style::None)
        );
        assert_eq!(
            party_name("Bộ Tài nguyên nước"),
            ("Bộ Tài nguyên nước", Style::None)
        );
    }

    #[test]
    fn both_sides_parties_name_their_body() {
        assert_eq!(both_sides("hai Bộ Quốc phòng"), Some("Bộ Quốc phòng"));
        assert_eq!(both_sides("chính phủ hai nước"), Some("chính phủ"));
        assert_eq!(
            both_sides("Bộ Công Thương của hai nước"),
            Some("Bộ Công Thương")
        );
        assert_eq!(both_sides("hai bên"), Some(""));
        assert_eq!(both_sides("hai nước trong thời gian tới"), Some(""));
        // "hai" before a lower-case word is a number, not both sides.
        assert_eq!(both_sides("hai tỉnh biên giới"), None);
        assert_eq!(both_sides("Bộ Quốc phòng Lào"), None);
    }

    #[test]
    fn item_numbers_and_bullets_are_no_part_of_a_title() {
        assert_eq!(item_marker("(1) Bản ghi nhớ"), "(1) ".len());
        assert_eq!(item_marker("12) Hiệp định"), "12) ".len());
        assert_eq!(item_marker("b) Kế hoạch"), "b) ".len());
        assert_eq!(item_marker("– Ý định thư"), "– ".len());
        // A number that is the item's own words stays.
        assert_eq!(item_marker("1.000 tấn gạo"), 0);
        assert_eq!(item_marker("Bộ) Y tế"), 0);
        assert_eq!(item_marker("Bản ghi nhớ"), 0);
        let text = "các văn kiện gồm: (1) Bản ghi nhớ A; b) Hiệp định B";
        let spans = split_items(text, text.find(':').unwrap() + 1, text.len());
        let items: Vec<&str> = spans.iter().map(|s| s.of(text)).collect();
        assert_eq!(items, ["Bản ghi nhớ A", "Hiệp định B"]);
    }

    #[test]
    fn a_page_stamp_ends_a_party_list() {
        let title = "Việt Nam và Brazil 31/03/2025 06:23";
        assert_eq!(first_dated_word(title), title.find(" 31"));
        assert_eq!(first_dated_word("Tổng công ty 36 và Quân khu 7"), None);
    }

    #[test]
    fn a_plan_word_inside_a_name_is_no_document() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Lào", "LAO", &["Lào"]),
            (
                ORG,
                "Bộ Kế hoạch và Đầu tư",
                "VNM",
                &["Bộ Kế hoạch và Đầu tư"],
            ),
            (ORG, "Bộ Tài chính Lào", "LAO", &["Bộ Tài chính Lào"]),
        ];
        let got = signed(
            "Hai bên đã ký Bản ghi nhớ hợp tác giữa Bộ Kế hoạch và Đầu tư và Bộ Tài chính Lào.",
            spec,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].kind, AgreementKind::Mou);
        // Signed right after its verb, or listed, a plan is one.
        let got = signed("Việt Nam và Lào đã ký kế hoạch hợp tác năm 2026.", spec);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].kind, AgreementKind::Plan);
        let got = signed(
            "Hai bên đã ký các văn kiện gồm Bản ghi nhớ về du lịch giữa Việt Nam và Lào; Kế hoạch hợp tác năm 2026 giữa Việt Nam và Lào.",
            spec,
        );
        let kinds: Vec<AgreementKind> = got.iter().map(|a| a.kind).collect();
        assert_eq!(kinds, [AgreementKind::Mou, AgreementKind::Plan], "{got:?}");
    }

    #[test]
    fn who_presided_or_looked_on_is_no_party() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        ];
        let got = signed(
            "Hai bên đã ký Bản ghi nhớ hợp tác giữa Việt Nam và Hàn Quốc dưới sự chứng kiến của Thủ tướng Phạm Minh Chính.",
            spec,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            parties(&got[0]),
            vec![("Việt Nam", Some("VNM")), ("Hàn Quốc", Some("KOR"))]
        );
    }

    #[test]
    fn a_leader_heading_a_state_body_beside_a_leader_signing_as_a_person_is_a_party() {
        let spec: &Spec = &[
            (LOC, "Nga", "RUS", &["Nga"]),
            (PER, "Vladimir Putin", "RUS", &["Vladimir Putin"]),
            (
                ORG,
                "Ủy ban Quốc vụ",
                "PRK",
                &["Ủy ban Quốc vụ CHDCND Triều Tiên"],
            ),
            (LOC, "Triều Tiên", "PRK", &["CHDCND Triều Tiên"]),
            (PER, "Kim Jong Un", "PRK", &["Kim Jong-un"]),
            (ORG, "UBND tỉnh Lạng Sơn", "VNM", &["UBND tỉnh Lạng Sơn"]),
            (PER, "Hồ Tiến Thiệu", "VNM", &["Hồ Tiến Thiệu"]),
            (
                ORG,
                "Chính phủ nhân dân Khu tự trị Quảng Tây",
                "CHN",
                &["Chính phủ nhân dân Khu tự trị Quảng Tây"],
            ),
            (PER, "Vi Thao", "CHN", &["Vi Thao"]),
        ];
        let got = signed(
            "Tổng thống Nga Vladimir Putin và Chủ tịch Ủy ban Quốc vụ CHDCND Triều Tiên Kim Jong-un đã ký Hiệp ước về quan hệ đối tác chiến lược toàn diện.",
            spec,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        let names: Vec<&str> = got[0].parties.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"Kim Jong-un"), "{names:?}");
        assert!(names.contains(&"Vladimir Putin"), "{names:?}");
        // Both sides named by bodies with their heads: the heads sign for
        // them, no party of their own.
        let got = signed(
            "Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu và Chủ tịch Chính phủ nhân dân Khu tự trị Quảng Tây Vi Thao đã ký Biên bản ghi nhớ hợp tác.",
            spec,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        let names: Vec<&str> = got[0].parties.iter().map(|p| p.name.as_str()).collect();
        assert!(!names.contains(&"Hồ Tiến Thiệu"), "{names:?}");
        assert!(!names.contains(&"Vi Thao"), "{names:?}");
    }

    #[test]
    fn a_document_told_again_by_the_words_before_its_parties_is_one() {
        let spec: &Spec = &[
            (LOC, "Thanh Hóa", "VNM", &["Thanh Hóa"]),
            (LOC, "Hủa Phăn", "LAO", &["Hủa Phăn"]),
            (LOC, "Lào Cai", "VNM", &["Lào Cai"]),
            (LOC, "Vân Nam", "CHN", &["Vân Nam"]),
        ];
        let first = "Sau hội đàm, hai bên đã ký Biên bản thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn năm 2024.\n";
        let got = signed(
            &format!("{first}Thanh Hóa và Hủa Phăn ký kết biên bản thỏa thuận hợp tác hằng năm.\n"),
            spec,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        // Other sides: another document.
        let got = signed(
            &format!(
                "{first}Lào Cai và Vân Nam cũng ký kết biên bản thỏa thuận hợp tác hằng năm.\n"
            ),
            spec,
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_bloc_of_no_country_signing_with_a_country_is_a_side_of_its_own() {
        let spec: &Spec = &[
            (LOC, "Hà Nội", "VNM", &["Hà Nội"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (ORG, "Liên minh châu Âu", "igo.eu", &["Liên minh châu Âu"]),
            (PER, "Nguyễn Xuân Phúc", "VNM", &["Nguyễn Xuân Phúc"]),
        ];
        for lead in [
            "Tại Hà Nội, ",
            "Dưới sự chứng kiến của Thủ tướng Nguyễn Xuân Phúc, ",
        ] {
            let got = signed(
                &format!("{lead}Việt Nam và Liên minh châu Âu (EU) đã ký Hiệp định Thương mại tự do (EVFTA)."),
                spec,
            );
            assert_eq!(got.len(), 1, "{got:?}");
            let names: Vec<&str> = got[0].parties.iter().map(|p| p.name.as_str()).collect();
            assert!(names.contains(&"Việt Nam"), "{names:?}");
            assert!(names.contains(&"Liên minh châu Âu"), "{names:?}");
        }
        // Who looked on is no party.
        let got = signed(
            "Dưới sự chứng kiến của Thủ tướng Nguyễn Xuân Phúc, Việt Nam và Liên minh châu Âu (EU) đã ký Hiệp định Thương mại tự do (EVFTA).",
            spec,
        );
        assert!(
            !got[0].parties.iter().any(|p| p.name == "Nguyễn Xuân Phúc"),
            "{got:?}"
        );
    }

    #[test]
    fn numbers_and_years_are_read_by_one_helper_each() {
        assert!(number_word("5") && number_word("5.000") && number_word("2,5"));
        assert!(!number_word("năm") && !number_word(".5") && !number_word("5/2023"));
        let text = "Hiệp định được ký năm 2016, có hiệu lực năm sau.";
        let st = SyllableText::new(text, Span::new(0, text.len()));
        let at = |w: &str| {
            st.syllables
                .iter()
                .position(|s| s.span.of(text) == w)
                .unwrap()
        };
        // A comma may follow the year; "năm sau" is no year.
        assert!(year_at(&st, at("năm")));
        assert!(!year_at(&st, at("sau") - 1));
    }

    #[test]
    fn a_ceremony_to_come_signs_a_quoted_document_no_more_than_a_bare_one() {
        let spec: &Spec = &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
        ];
        let got = signed(
            "Theo lịch trình, hai nhà lãnh đạo Mỹ và Triều Tiên sẽ ăn trưa làm việc và dự lễ ký \"thỏa thuận chung\" vào đầu giờ chiều.",
            spec,
        );
        assert!(got.is_empty(), "{got:?}");
        let got = signed(
            "Chiều 28/2, hai nhà lãnh đạo Mỹ và Triều Tiên đã dự lễ ký \"thỏa thuận chung\".",
            spec,
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_document_after_via_is_what_the_signed_one_came_through() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ];
        let got = signed(
            "Ngày 1/6, Việt Nam và Nhật Bản đã ký kết Công hàm trao đổi về việc Nhật Bản viện trợ không hoàn lại thiết bị chuỗi lạnh, thông qua chương trình hợp tác phòng chống Covid-19 của Cơ quan Hợp tác Quốc tế Nhật Bản.",
            spec,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].title.starts_with("Công hàm"), "{got:?}");
        // Adopted by a subject of its own: a document of the news.
        let got = signed(
            "Việt Nam và Nhật Bản đã ký kết Công hàm trao đổi về viện trợ, hai bên cũng thông qua Kế hoạch hành động giai đoạn 2024-2028.",
            spec,
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_bare_telling_by_one_side_with_the_other_unnamed_is_the_document_told_before() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (
                ORG,
                "Chính phủ Việt Nam",
                "VNM",
                &["Chính phủ Việt Nam", "Chính phủ"],
            ),
            (ORG, "Nvidia", "USA#BUS", &["Tập đoàn Nvidia"]),
            (
                ORG,
                "Bộ Kế hoạch và Đầu tư",
                "VNM",
                &["Bộ Kế hoạch và Đầu tư"],
            ),
            (ORG, "Bộ Y tế", "VNM", &["Bộ Y tế"]),
            (PER, "Nguyễn Chí Dũng", "VNM", &["Nguyễn Chí Dũng"]),
        ];
        let first = "Chiều 5-12, Chính phủ Việt Nam và Tập đoàn Nvidia (Mỹ) đã ký thỏa thuận hợp tác thành lập trung tâm nghiên cứu và phát triển về trí tuệ nhân tạo.\n";
        let got = signed(
            &format!("{first}Đại diện Chính phủ, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng ký thỏa thuận với phía tập đoàn.\n"),
            spec,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        // A body of that side named nowhere before: another document.
        let got = signed(
            &format!("{first}Bộ Y tế cũng ký thỏa thuận với phía tập đoàn.\n"),
            spec,
        );
        assert!(
            got.iter()
                .all(|a| !a.parties.iter().any(|p| p.name == "Bộ Y tế")
                    || !a.parties.iter().any(|p| p.name == "Nvidia")),
            "{got:?}"
        );
    }

    #[test]
    fn both_sides_of_a_document_are_its_signers_and_a_retelling_is_the_same_document() {
        let spec: &Spec = &[
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (PER, "Srettha Thavisin", "THA", &["Srettha Thavisin"]),
            (
                ORG,
                "Hội Doanh nghiệp trẻ Việt Nam",
                "VNM#BUS",
                &["Hội Doanh nghiệp trẻ Việt Nam", "VYEA"],
            ),
            (
                ORG,
                "Phòng Thương mại Thái Lan",
                "THA#BUS",
                &["Phòng Thương mại Thái Lan", "TCC"],
            ),
        ];
        let text = "Nhân chuyến thăm Việt Nam của Thủ tướng Thái Lan Srettha Thavisin, Chủ tịch Hội Doanh nghiệp trẻ Việt Nam (VYEA) và Chủ tịch Phòng Thương mại Thái Lan (TCC) đã ký kết biên bản ghi nhớ giữa hai bên trước sự chứng kiến của Thủ tướng hai nước.\nViệc ký kết biên bản ghi nhớ nhằm tăng cường hợp tác giữa VYEA và TCC.";
        let text = &thoisu_normalise::normalise(text);
        let sents = lines(text);
        let ents = entities(text, &sents, spec);
        let coded = Coder::embedded().code(text, &sents, &ents, &[]);
        let got = &coded.agreements;
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].title, "biên bản ghi nhớ");
        assert_eq!(
            parties(&got[0]),
            vec![
                ("Hội Doanh nghiệp trẻ Việt Nam", Some("VNM")),
                ("Phòng Thương mại Thái Lan", Some("THA"))
            ]
        );
        // The governments looked on: the signing is between the countries.
        assert!(
            coded.events.iter().any(|e| e.code == "057"),
            "{:?}",
            coded.events
        );
        // Without them, a deal between two business bodies is commerce.
        let text = "Chủ tịch Hội Doanh nghiệp trẻ Việt Nam (VYEA) và Chủ tịch Phòng Thương mại Thái Lan (TCC) đã ký kết biên bản ghi nhớ giữa hai bên.";
        let text = &thoisu_normalise::normalise(text);
        let sents = lines(text);
        let ents = entities(text, &sents, spec);
        let coded = Coder::embedded().code(text, &sents, &ents, &[]);
        assert_eq!(coded.agreements.len(), 1);
        assert!(
            coded.events.iter().all(|e| e.code != "057"),
            "{:?}",
            coded.events
        );
        // Two documents each with a title of its own stay two.
        let got = signed(
            "Hai bên đã ký Bản ghi nhớ về y tế giữa Việt Nam và Thái Lan.\nHai bên cũng ký Bản ghi nhớ về giáo dục giữa Việt Nam và Thái Lan.",
            spec,
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    const CHINA: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Nga", "RUS", &["Nga"]),
        (
            ORG,
            "Bộ Giao thông vận tải",
            "VNM",
            &["Bộ Giao thông vận tải Việt Nam"],
        ),
        (
            ORG,
            "Cục Đường sắt quốc gia Trung Quốc",
            "CHN",
            &["Cục Đường sắt quốc gia Trung Quốc"],
        ),
        (ORG, "Bộ Công Thương", "VNM", &["Bộ Công Thương"]),
        (
            ORG,
            "Bộ Thương mại Trung Quốc",
            "CHN",
            &["Bộ Thương mại Trung Quốc"],
        ),
        (
            ORG,
            "Tập đoàn Dầu khí Việt Nam",
            "VNM",
            &["Tập đoàn Dầu khí Việt Nam"],
        ),
        (ORG, "Zarubezhneft", "RUS", &["Tập đoàn Zarubezhneft"]),
        (
            ORG,
            "Rosatom",
            "RUS",
            &["Tập đoàn Năng lượng nguyên tử quốc gia Nga Rosatom"],
        ),
    ];

    const CHINA_LIST: &str = "Bản ghi nhớ giữa Bộ Giao thông vận tải Việt Nam và Cục Đường sắt quốc gia Trung Quốc về quy hoạch tuyến đường sắt; Bản ghi nhớ về thương mại điện tử giữa Bộ Công Thương và Bộ Thương mại Trung Quốc.";

    #[test]
    fn documents_listed_after_papers_counted_in_the_sentence_before_are_signed() {
        let text = format!(
            "Chiều 12/12, sau hội đàm, hai bên đã ký kết 36 văn kiện hợp tác.\n\
             Trong lĩnh vực kinh tế, đáng chú ý có {CHINA_LIST}"
        );
        let got = signed(&text, CHINA);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            parties(&got[1]),
            vec![
                ("Bộ Công Thương", Some("VNM")),
                ("Bộ Thương mại Trung Quốc", Some("CHN"))
            ]
        );
        // An item naming no parties of its own is an example of something
        // else, not a document of the signing told before.
        let text = "Chiều 12/12, sau hội đàm, hai bên đã ký kết 36 văn kiện hợp tác.\n\
             Chủ tịch nước khẳng định lập trường giải quyết tranh chấp bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế, trong đó có Công ước Liên hợp quốc về Luật Biển năm 1982.";
        let got = signed(text, CHINA);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn papers_counted_with_a_number_are_handed_over() {
        // "bản" opens the document word; a comma may follow the papers.
        let text = format!(
            "Chiều 12/12, các doanh nghiệp hai nước đã trao 111 bản ghi nhớ hợp tác.\nTiêu biểu có {CHINA_LIST}"
        );
        assert_eq!(signed(&text, CHINA).len(), 2);
        let text = format!(
            "Chiều 12/12, hai nhà lãnh đạo chứng kiến lễ trao 45 văn kiện, trong đó có {CHINA_LIST}"
        );
        assert_eq!(signed(&text, CHINA).len(), 2);
        // Papers still to be handed over were not signed.
        let text = format!(
            "Chiều 12/12, hai nhà lãnh đạo sẽ chứng kiến lễ trao 45 văn kiện, trong đó có {CHINA_LIST}"
        );
        let got = signed(&text, CHINA);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_numbered_set_is_one_record_only_where_none_is_named() {
        // The one named stands for itself; the set of ten is no more.
        let got = signed(
            "Chiều 12/12, Trung Quốc và Việt Nam đã ký hơn 10 thỏa thuận, trong đó có một thỏa thuận trị giá 350 triệu USD về nâng cấp tàu tuần tra.",
            CHINA,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].title.contains("350 triệu USD"), "{got:?}");
        // Named nowhere: the set is one record.
        let got = signed(
            "Chiều 12/12, Trung Quốc và Việt Nam đã ký 10 thỏa thuận hợp tác kinh tế.",
            CHINA,
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_foreign_firm_is_named_by_its_own_name() {
        let got = signed(
            "Chiều 20/6, Tập đoàn Dầu khí Việt Nam và Tập đoàn Zarubezhneft đã ký Thỏa thuận hợp tác về thăm dò dầu khí.",
            CHINA,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            parties(&got[0]),
            vec![
                ("Tập đoàn Dầu khí Việt Nam", Some("VNM")),
                ("Zarubezhneft", Some("RUS"))
            ]
        );
        // After a description ending with the firm's country.
        assert_eq!(
            brand_name(
                "Tập đoàn Năng lượng nguyên tử quốc gia Nga Rosatom",
                &entities("Nga", &lines("Nga"), CHINA)
            )
            .as_deref(),
            Some("Rosatom")
        );
        // A Vietnamese firm's name ends with its country: no brand.
        let text = "Tập đoàn Dầu khí Việt Nam";
        assert_eq!(brand_name(text, &entities(text, &lines(text), CHINA)), None);
        // A name of several Latin words after the firm word.
        let text = "Tập đoàn Larsen & Toubro";
        assert_eq!(
            brand_name(text, &entities(text, &lines(text), CHINA)).as_deref(),
            Some("Larsen & Toubro")
        );
        let text = "Tập đoàn Tokyo Gas";
        assert_eq!(
            brand_name(text, &entities(text, &lines(text), CHINA)).as_deref(),
            Some("Tokyo Gas")
        );
        // A legal form in capitals first, or a Vietnamese word: no brand.
        let text = "Công ty TNHH Samsung Display";
        assert_eq!(brand_name(text, &entities(text, &lines(text), CHINA)), None);
        let text = "Tập đoàn Bảo Việt Holdings";
        assert_eq!(brand_name(text, &entities(text, &lines(text), CHINA)), None);
    }

    #[test]
    fn a_signing_said_not_to_have_happened_signs_nothing() {
        let text = "Việc ký kế hoạch hợp tác giữa Bộ Công Thương Việt Nam và Bộ Thương mại Trung Quốc chưa được thực hiện trong dịp này.";
        let got = signed(text, CHINA);
        assert!(got.is_empty(), "{got:?}");
        let text = "Trước đó, ngày 28/2, kế hoạch ký thỏa thuận giữa Bộ Công Thương Việt Nam và Bộ Thương mại Trung Quốc đã bị hủy sau cuộc tranh cãi.";
        let got = signed(text, CHINA);
        assert!(got.is_empty(), "{got:?}");
        let text = "Chiều 12/12, Bộ Công Thương Việt Nam và Bộ Thương mại Trung Quốc đã ký kế hoạch hợp tác giai đoạn 2024-2026.";
        assert_eq!(signed(text, CHINA).len(), 1);
    }

    #[test]
    fn a_lower_case_document_word_after_a_comma_says_what_the_document_is() {
        let text = "Chiều 28/10, Việt Nam và Trung Quốc đã ký Hiệp định Đối tác kinh tế toàn diện (CEPA), hiệp định thương mại tự do đầu tiên của Việt Nam với khu vực.";
        let got = signed(text, CHINA);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].title, "Hiệp định Đối tác kinh tế toàn diện (CEPA)");
        // Two documents, each capitalised, stay two.
        let text = "Chiều 28/10, Việt Nam và Trung Quốc đã ký Hiệp định Đối tác kinh tế toàn diện, Bản ghi nhớ về hợp tác thương mại điện tử.";
        let got = signed(text, CHINA);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_document_the_two_leaders_see_handed_over_is_the_two_sides() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Indonesia", "IDN", &["Indonesia"]),
        ];
        let text = "Ngày 10/3, Việt Nam và Indonesia đã hội đàm.\n\
             Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ trao Kế hoạch hành động triển khai quan hệ Đối tác chiến lược toàn diện giai đoạn 2025-2030.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            parties(&got[0]),
            vec![("Việt Nam", Some("VNM")), ("Indonesia", Some("IDN"))]
        );
        // Leaders who only talk a plan over hand nothing over.
        let text = "Ngày 10/3, Việt Nam và Indonesia đã hội đàm.\n\
             Sau hội đàm, hai nhà lãnh đạo trao đổi về Kế hoạch hành động triển khai quan hệ Đối tác chiến lược toàn diện.";
        let got = signed(text, spec);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_clause_after_a_semicolon_with_its_own_signing_signs_its_document() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (PER, "Bùi Thanh Sơn", "VNM", &["Bùi Thanh Sơn"]),
            (PER, "Jean-Noël Barrot", "FRA", &["Jean-Noël Barrot"]),
        ];
        let text = "Chiều 7/10, sau hội đàm, hai nhà lãnh đạo Việt Nam và Pháp đã ký Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện; Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Châu Âu và Ngoại giao Pháp Jean-Noël Barrot đã ký Bản ghi nhớ về đối thoại chiến lược.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 2, "{got:?}");
        // The minister's body, named from his title, with his country.
        assert_eq!(
            parties(&got[1]),
            vec![
                ("Bộ Ngoại giao Việt Nam", Some("VNM")),
                ("Bộ Châu Âu và Ngoại giao Pháp", Some("FRA"))
            ]
        );
        // A clause of its own with no signing of its own: only talks.
        let text = "Chiều 7/10, hai nhà lãnh đạo Việt Nam và Pháp đã ký Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện; đồng thời hai bên cơ bản hoàn tất đàm phán Hiệp định về dẫn độ.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn an_instrument_of_accession_handed_over_signs_no_treaty() {
        let spec: &Spec = &[
            (LOC, "Thụy Điển", "SWE", &["Thụy Điển"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (PER, "Ulf Kristersson", "SWE", &["Ulf Kristersson"]),
            (PER, "Antony Blinken", "USA", &["Antony Blinken"]),
        ];
        let text = "Ngày 7/3, Thủ tướng Thụy Điển Ulf Kristersson đã trao văn kiện gia nhập cho Ngoại trưởng Mỹ Antony Blinken tại Washington - nơi lưu chiểu Hiệp ước Bắc Đại Tây Dương.";
        let got = signed(text, spec);
        assert!(got.is_empty(), "{got:?}");
        // A treaty handed over itself was signed.
        let text = "Ngày 7/3, Thủ tướng Thụy Điển Ulf Kristersson và Ngoại trưởng Mỹ Antony Blinken đã ký Hiệp ước về hợp tác quốc phòng.";
        assert_eq!(signed(text, spec).len(), 1);
    }

    #[test]
    fn an_action_plan_both_sides_adopt_is_a_plan_between_them() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
            (LOC, "Hà Nội", "VNM", &["Hà Nội"]),
        ];
        let text = "Sáng 1/8, Việt Nam và Ấn Độ đã hội đàm. Hai bên nhất trí thông qua Kế hoạch hành động giai đoạn 2024-2028 triển khai quan hệ Đối tác chiến lược toàn diện.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].kind, thoisu_core::AgreementKind::Plan);
        // A city council adopting its own plan signs nothing with anyone.
        let text = "Sáng 1/8, Hội đồng nhân dân thành phố Hà Nội đã thông qua Kế hoạch hành động giai đoạn 2024-2028 về phát triển giao thông.";
        let got = signed(text, spec);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_roadmap_of_cooperation_signed_is_a_plan() {
        let got = signed(
            "Chiều 20/6, Bộ Giao thông vận tải Việt Nam và Cục Đường sắt quốc gia Trung Quốc đã ký Lộ trình hợp tác xây dựng tuyến đường sắt.",
            CHINA,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].kind, thoisu_core::AgreementKind::Plan);
        // A schedule of tariff cuts is no document of its own.
        let got = signed(
            "Chiều 20/6, Việt Nam và Trung Quốc đã ký Hiệp định thương mại với lộ trình cắt giảm thuế trong 10 năm.",
            CHINA,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].kind, Accord);
    }

    #[test]
    fn examples_of_documents_signed_over_a_year_are_no_signing_of_the_news() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ];
        let text = "Song song đó, tập trung triển khai các hiệp định và thỏa thuận về hợp tác lao động đã ký với các nước trong năm 2016, như Hiệp định hợp tác lao động Việt - Lào; thỏa thuận phái cử và tiếp nhận lao động giữa Việt Nam và Thái Lan.";
        let got = signed(text, spec);
        assert!(got.is_empty(), "{got:?}");
        // Examples of a signing told by its day are signed.
        let text = "Ngày 10/5, hai bên đã ký nhiều văn kiện, như thỏa thuận phái cử và tiếp nhận lao động giữa Việt Nam và Thái Lan.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn documents_after_a_colon_joined_by_commas_are_each_signed() {
        let text = "Chiều 12/12, hai nhà lãnh đạo chứng kiến lễ ký kết 2 văn kiện hợp tác, bao gồm: Bản ghi nhớ về quy hoạch đường sắt giữa Bộ Giao thông vận tải Việt Nam và Cục Đường sắt quốc gia Trung Quốc, Bản ghi nhớ về thương mại điện tử giữa Bộ Công Thương và Bộ Thương mại Trung Quốc.";
        let got = signed(text, CHINA);
        assert_eq!(got.len(), 2, "{got:?}");
        // A comma inside one title cuts nothing.
        let text = "Chiều 12/12, hai bên đã ký các văn kiện gồm: Bản ghi nhớ về phòng, chống dịch bệnh giữa Bộ Công Thương và Bộ Thương mại Trung Quốc.";
        let got = signed(text, CHINA);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_declaration_known_by_its_own_name_after_the_signing_verb_is_a_joint_statement() {
        let spec: &Spec = &[
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            (PER, "Moon Jae-in", "KOR", &["Moon Jae-in"]),
            (PER, "Kim Jong-un", "PRK", &["Kim Jong-un"]),
            (ORG, "ASEAN", "igo.asean", &["ASEAN"]),
            (
                PER,
                "Phạm Minh Chính",
                "VNM",
                &["Thủ tướng Phạm Minh Chính"],
            ),
        ];
        let text = "Ngày 27/4/2018, Tổng thống Hàn Quốc Moon Jae-in và nhà lãnh đạo Triều Tiên Kim Jong-un đã ký \"Tuyên bố Hòa Bình vì thịnh vượng trên bán đảo\" tại làng đình chiến.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].kind, AgreementKind::JointStatement);
        // Said, not signed: no document.
        let text = "Ngày 27/4/2018, Tổng thống Hàn Quốc Moon Jae-in tuyên bố Triều Tiên và Hàn Quốc sẽ hợp tác.";
        assert!(signed(text, spec).is_empty());
        // A lower-case word after it is no title of its own.
        let text = "Ngày 27/4/2018, Tổng thống Hàn Quốc Moon Jae-in và nhà lãnh đạo Triều Tiên Kim Jong-un đã ký Tuyên bố của hai miền.";
        assert!(signed(text, spec).is_empty());
        // A summit's declaration, a bloc among its signers, is no record.
        let text = "Sáng 26/5, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN, nơi các lãnh đạo ký Tuyên bố Kuala Lumpur về ASEAN 2045.";
        assert!(signed(text, spec).is_empty());
    }

    #[test]
    fn a_movement_word_before_a_party_is_no_part_of_its_name() {
        let spec: &Spec = &[
            (LOC, "Israel", "ISR", &["Israel"]),
            (ORG, "phong trào Hamas", "PSE", &["phong trào Hamas"]),
        ];
        let text = "Ngày 22/11/2023, Israel và phong trào Hamas đã ký thỏa thuận ngừng bắn.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].parties.iter().any(|p| p.name == "Hamas"), "{got:?}");
        // Capitalised, the word is part of the name.
        let spec: &Spec = &[
            (LOC, "Israel", "ISR", &["Israel"]),
            (ORG, "Phong trào Hamas", "PSE", &["Phong trào Hamas"]),
        ];
        let text = "Ngày 22/11/2023, Israel và Phong trào Hamas đã ký thỏa thuận ngừng bắn.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].parties.iter().any(|p| p.name == "Phong trào Hamas"),
            "{got:?}"
        );
    }

    #[test]
    fn a_signer_ranked_first_to_sign_tells_the_past() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Chile", "CHL", &["Chile"]),
        ];
        let text = "Chile là quốc gia Mỹ Latinh đầu tiên ký Hiệp định Thương mại tự do với Việt Nam, có hiệu lực từ năm 2014.";
        assert!(signed(text, spec).is_empty());
        // A document ranked after its signing is signed.
        let text = "Ngày 11/11, Chile và Việt Nam đã ký Hiệp định Thương mại tự do đầu tiên.";
        assert_eq!(signed(text, spec).len(), 1);
    }

    #[test]
    fn three_parties_listed_before_a_passive_signing_are_its_parties() {
        let spec: &Spec = &[
            (LOC, "Saudi Arabia", "SAU", &["Saudi Arabia"]),
            (LOC, "Iran", "IRN", &["Iran"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        ];
        let text = "Ngày 10/3/2023, Tuyên bố chung ba bên giữa Saudi Arabia, Iran và Trung Quốc được ký bởi các quan chức an ninh của ba nước.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].parties.len(), 3, "{got:?}");
        // A comma before a clause opened in lower case still ends the
        // list: the statement named before it is not what was signed.
        let text = "Ngày 10/3/2023, theo Tuyên bố chung giữa Saudi Arabia, Iran và Trung Quốc, hợp đồng được ký bởi các quan chức.";
        assert!(signed(text, spec)
            .iter()
            .all(|a| a.kind != AgreementKind::JointStatement));
    }

    #[test]
    fn a_short_name_in_brackets_before_the_day_ends_no_signers_clause() {
        let spec: &Spec = &[
            (LOC, "Ethiopia", "ETH", &["Ethiopia"]),
            (ORG, "Chính phủ Ethiopia", "ETH", &["Chính phủ Ethiopia"]),
            (
                ORG,
                "Mặt trận Giải phóng Nhân dân Tigray",
                "",
                &["Mặt trận Giải phóng Nhân dân Tigray"],
            ),
        ];
        let text = "Chính phủ Ethiopia và Mặt trận Giải phóng Nhân dân Tigray (TPLF) ngày 2/11/2022 đã ký thỏa thuận chấm dứt thù địch.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].parties.len(), 2, "{got:?}");
        // One signer alone signs nothing.
        let text = "Mặt trận Giải phóng Nhân dân Tigray (TPLF) ngày 2/11/2022 đã ký thỏa thuận chấm dứt thù địch.";
        assert!(signed(text, spec).is_empty());
    }

    #[test]
    fn a_joint_statement_issued_then_what_it_says_after_a_comma_is_reported() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
        ];
        let text = "Ngày 7/10, Việt Nam và Pháp ra tuyên bố chung, khẳng định quyết tâm hợp tác.";
        assert!(signed(text, spec).is_empty());
        // Signed, the statement is a document whatever follows.
        let text =
            "Ngày 7/10, Việt Nam và Pháp đã ký Tuyên bố chung, khẳng định quyết tâm hợp tác.";
        assert_eq!(signed(text, spec).len(), 1);
    }

    #[test]
    fn a_signing_during_a_visit_told_before_is_the_past() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        ];
        let text = "Trong chuyến thăm đó, Việt Nam và Trung Quốc đã ký Tuyên bố chung về quan hệ Đối tác hợp tác chiến lược toàn diện.";
        assert!(signed(text, spec).is_empty());
        let text = "Trong chuyến thăm này, Việt Nam và Trung Quốc đã ký Tuyên bố chung về quan hệ Đối tác hợp tác chiến lược toàn diện.";
        assert_eq!(signed(text, spec).len(), 1);
    }

    #[test]
    fn one_deal_told_twice_with_the_same_count_of_goods_is_one_document() {
        let spec: &Spec = &[
            (ORG, "Vietjet", "VNM", &["Vietjet"]),
            (ORG, "Boeing", "USA", &["Boeing"]),
            (ORG, "Bamboo Airways", "VNM", &["Bamboo Airways"]),
        ];
        let text = "Chiều 27/2, Vietjet và Boeing đã ký hợp đồng mua 100 tàu bay 737 MAX trị giá 12,7 tỉ USD.\n\
             Theo đó, Vietjet và Boeing ký hợp đồng mua 100 tàu bay Boeing 737 MAX, gồm 80 chiếc 737 MAX 200.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 1, "{got:?}");
        // Another buyer's count is another deal.
        let text = "Chiều 27/2, Vietjet và Boeing đã ký hợp đồng mua 100 tàu bay 737 MAX trị giá 12,7 tỉ USD.\n\
             Cùng ngày, Bamboo Airways và Boeing ký hợp đồng mua 100 tàu bay Boeing 787.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_document_joined_by_along_with_is_signed_by_the_sides_of_the_one_before() {
        let spec: &Spec = &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
            (ORG, "Bộ Công an Việt Nam", "VNM", &["Bộ Công an Việt Nam"]),
            (ORG, "Bộ Nội vụ Campuchia", "KHM", &["Bộ Nội vụ Campuchia"]),
        ];
        let text = "Ngày 12/7, hai Bộ trưởng ký Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Nội vụ Campuchia về hợp tác phòng, chống tội phạm, cùng Biên bản hội đàm.";
        let got = signed(text, spec);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[1]
                .parties
                .iter()
                .any(|p| p.name == "Bộ Công an Việt Nam"),
            "{got:?}"
        );
        // Joined by "và" with sides of its own, it keeps them.
        let text = "Ngày 12/7, hai Bộ trưởng ký Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Nội vụ Campuchia về hợp tác phòng, chống tội phạm; Việt Nam và Campuchia ký Biên bản hội đàm.";
        let got = signed(text, spec);
        assert!(
            got.iter().all(|a| !a.title.starts_with("Biên bản")
                || !a.parties.iter().any(|p| p.name == "Bộ Nội vụ Campuchia")),
            "{got:?}"
        );
    }
}
