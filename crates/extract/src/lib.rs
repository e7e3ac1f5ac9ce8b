//! The analysis pipeline: normalise → sentences → entities → dates → events
//! and agreements, then the contract [`Document`].
//!
//! Inner stages speak in byte offsets into the normalised text; this is the
//! one place where they are mapped back to offsets into `Article::body`
//! (through `NormalText::to_original`), so every record of the output
//! points at the bytes the reader produced.
//!
//! **Invariant:** `extract` is a pure function of the article and options:
//! no I/O, no clock, no randomness — the same input always gives the same
//! document, which is what makes ingest idempotent.

use thoisu_core::{
    Article, DateMention, DocActor, DocAgreement, DocDate, DocEntity, DocEvent, Document,
    Provenance, Sentence, Span,
};
use thoisu_normalise::NormalText;

/// What the caller may add to an article.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The date relative dates resolve against when the article has none (`--date`).
    pub date: Option<String>,
    /// Outlet name to use when the article does not name one (`--outlet`).
    pub outlet: Option<String>,
    /// Keep events within one country too (`--domestic`); by default only
    /// events between two countries' actors are kept.
    pub domestic: bool,
    /// Keep events with an international body or its head as a side
    /// (`--igo`: actor `IGOUNO`, country null).
    pub igo: bool,
}

/// Analyses one article.
pub fn extract(article: &Article, options: &Options) -> Document {
    extract_prepared(article, &prepare(article), options)
}

/// An article's normalised body and the id it hashes to: the first step of
/// `extract`, apart so that ingest can skip stored articles before paying
/// for the rest (and not normalise twice the ones it keeps).
pub struct Prepared {
    norm: NormalText,
    /// The id `extract` gives the article's document.
    pub id: String,
}

/// Normalises an article's body and computes its id.
pub fn prepare(article: &Article) -> Prepared {
    let norm = NormalText::new(&article.body);
    let id = content_id(&norm.text);
    Prepared { norm, id }
}

/// `extract`, for an article already `prepare`d.
pub fn extract_prepared(article: &Article, prepared: &Prepared, options: &Options) -> Document {
    let body = article.body.as_str();
    let norm = &prepared.norm;
    let text = norm.text.as_str();
    let sentences = thoisu_segment::sentences(text);
    let entities = thoisu_recognise::Recogniser::embedded().recognise_on(
        text,
        &sentences,
        article.published.as_deref().or(options.date.as_deref()),
    );
    let (anchor, dates) = anchor_and_dates(article, options, text, &sentences);
    let event_dates = dates_of_events(&dates);
    let mut coded =
        thoisu_events::Coder::embedded().code_all(text, &sentences, &entities, &event_dates);
    let scope = thoisu_events::Scope {
        domestic: options.domestic,
        igo: options.igo,
    };
    coded.events.retain(|e| thoisu_events::in_scope(e, scope));
    if let Some(day) = anchor.filter(|a| a.day.is_some()) {
        thoisu_events::date_undated(&mut coded.events, &day.render());
    }

    let map = |span: Span| norm.to_original(span);
    let provenance = |span: Span, sentence: u32| {
        let s = sentences
            .get(sentence as usize)
            .map(|s| map(s.span))
            .unwrap_or_default();
        let o = map(span);
        Provenance {
            start: o.start,
            end: o.end,
            sentence_start: s.start,
            sentence_end: s.end,
        }
    };
    let surface = |span: Span| map(span).of(body).to_string();
    let sentence_text = |sentence: u32| {
        sentences
            .get(sentence as usize)
            .map(|s: &Sentence| surface(s.span))
            .unwrap_or_default()
    };

    let doc_entities = entities
        .iter()
        .map(|e| {
            let mut mentions: Vec<String> = Vec::new();
            for m in &e.mentions {
                let s = surface(m.span);
                if !mentions.contains(&s) {
                    mentions.push(s);
                }
            }
            DocEntity {
                kind: e.kind,
                name: e.name.clone(),
                mentions,
                country: e.country.clone(),
                id: e.gazetteer_id.clone(),
                roles: e.roles.clone(),
                actor: e.actor_code(),
                spans: e
                    .mentions
                    .iter()
                    .map(|m| provenance(m.span, m.sentence))
                    .collect(),
            }
        })
        .collect();
    // Loose parts of periods ("cuối năm 2025") date events but are not listed.
    let mut doc_dates: Vec<DocDate> = dates
        .iter()
        .filter(|d| thoisu_dates::listed(d))
        .map(|d| DocDate {
            text: surface(d.span),
            value: d.value.render(),
            provenance: Some(provenance(d.span, d.sentence)),
            from: None,
        })
        .collect();
    // The page's own date line states a date too, outside the body: it is
    // listed once, unless the body already states the same day.
    if let (Some(line), Some(day)) = (&article.dateline, article.published.as_deref()) {
        let day = day.get(..10).unwrap_or(day);
        if !doc_dates.iter().any(|d| d.value == day) {
            doc_dates.push(DocDate {
                text: line.clone(),
                value: day.to_string(),
                provenance: None,
                from: Some("dateline".to_string()),
            });
        }
    }
    // The headline states dates too, outside the body: one the body does
    // not state is listed from there (it dates no event: the coder reads
    // the body).
    if let Some(title) = article.title.as_deref() {
        for d in headline_dates(title, anchor) {
            if !doc_dates.iter().any(|x| x.value == d.value) {
                doc_dates.push(d);
            }
        }
    }
    let doc_events = coded
        .events
        .iter()
        .map(|e| {
            let actor = |a: &thoisu_core::Actor| DocActor {
                name: a.name.clone(),
                country: a.country.clone(),
                actor: a.code.clone(),
            };
            DocEvent {
                code: e.code.clone(),
                label: e.label.clone(),
                source: e.source.as_ref().map(actor),
                target: e.target.as_ref().map(actor),
                date: e.date.clone(),
                location: e.location.clone(),
                goldstein: e.goldstein,
                quad_class: e.quad_class,
                sentence: sentence_text(e.sentence),
                rule: e.rule.clone(),
                provenance: provenance(e.span, e.sentence),
                plover_type: e.plover_type.clone(),
                plover_mode: e.plover_mode.clone(),
                mentions: std::iter::once(provenance(e.span, e.sentence))
                    .chain(e.retold.iter().map(|m| provenance(m.span, m.sentence)))
                    .collect(),
            }
        })
        .collect();
    let doc_agreements = coded
        .agreements
        .iter()
        .map(|a| DocAgreement {
            kind: a.kind,
            title: surface(a.span),
            parties: a.parties.clone(),
            date: a.date.clone(),
            location: a.location.clone(),
            sentence: sentence_text(a.sentence),
            provenance: provenance(a.span, a.sentence),
        })
        .collect();

    Document {
        id: prepared.id.clone(),
        input_id: article.input_id.clone(),
        title: article.title.clone(),
        published: article.published.clone(),
        outlet: article.outlet.clone().or_else(|| options.outlet.clone()),
        authors: article.authors.clone(),
        section: article.section.clone(),
        lead: article.lead.clone(),
        body: article.body.clone(),
        captions: article.captions.clone(),
        related: article.related.clone(),
        url: article.url.clone(),
        anchor_date: anchor.map(|a| a.render()),
        entities: doc_entities,
        dates: doc_dates,
        events: doc_events,
        agreements: doc_agreements,
    }
}

/// Where each sentence of `body` starts, as byte offsets into `body`, in
/// order: the sentences `extract` reads (provenance's `sentence_start` is
/// one of them), for numbering them (GDELT's SentenceID).
pub fn sentence_starts(body: &str) -> Vec<usize> {
    let norm = NormalText::new(body);
    thoisu_segment::sentences(&norm.text)
        .iter()
        .map(|s| norm.to_original(s.span).start)
        .collect()
}

/// The article's anchor and the dates of its (normalised) body, as the
/// dates stage reads them for `extract`: a page that gives only its month
/// ("date 2025-04") dates the article to that month, and the headline's
/// years count toward the anchor.
pub fn anchor_and_dates(
    article: &Article,
    options: &Options,
    text: &str,
    sentences: &[Sentence],
) -> (Option<thoisu_dates::Anchor>, Vec<DateMention>) {
    let month = article
        .dateline
        .as_deref()
        .filter(|_| article.published.is_none())
        .and_then(thoisu_dates::month_of_stamp);
    thoisu_dates::anchor_and_dates_in(
        article.published.as_deref(),
        month,
        options.date.as_deref(),
        article.title.as_deref(),
        text,
        sentences,
    )
}

/// The dates that may date the coder's events: a day a "sau khi" clause
/// tells of is listed but dates no happening of its sentence.
pub fn dates_of_events(dates: &[DateMention]) -> Vec<DateMention> {
    dates
        .iter()
        .filter(|d| thoisu_dates::dates_events(d))
        .cloned()
        .collect()
}

/// The dates a headline states ("Ngày 5/4, Việt Nam và Lào ký ..."),
/// resolved against the article's anchor, with the text as the headline
/// writes it and `from: "headline"` in place of body offsets.
fn headline_dates(title: &str, anchor: Option<thoisu_dates::Anchor>) -> Vec<DocDate> {
    let norm = NormalText::new(title);
    let sentences = thoisu_segment::sentences(&norm.text);
    // A day without its year takes it from a stated day, never from a
    // year the text happens to name.
    let anchor = anchor.filter(|a| a.day.is_some());
    thoisu_dates::find_dates(&norm.text, &sentences, anchor)
        .iter()
        .filter(|d| thoisu_dates::listed(d))
        .map(|d| DocDate {
            text: norm.to_original(d.span).of(title).to_string(),
            value: d.value.render(),
            provenance: None,
            from: Some("headline".to_string()),
        })
        .collect()
}

/// A stable id: the first 128 bits of BLAKE3 over the normalised body.
pub fn content_id(normalised_body: &str) -> String {
    let hash = blake3::hash(normalised_body.as_bytes());
    hash.to_hex()[..32].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, published: Option<&str>, body: &str) -> Article {
        Article {
            title: Some(title.to_string()),
            published: published.map(str::to_string),
            body: body.to_string(),
            ..Article::default()
        }
    }

    #[test]
    fn a_date_only_the_headline_states_is_listed_from_it() {
        let a = article(
            "Ngày 5/4, Việt Nam và Lào ký kế hoạch hợp tác quốc phòng",
            Some("2025-04-06"),
            "Bộ trưởng Bộ Quốc phòng Việt Nam Phan Văn Giang và Bộ trưởng Bộ Quốc phòng Lào đã ký kế hoạch hợp tác năm 2025.",
        );
        let doc = extract(&a, &Options::default());
        let from_headline: Vec<_> = doc
            .dates
            .iter()
            .filter(|d| d.from.as_deref() == Some("headline"))
            .map(|d| (d.text.as_str(), d.value.as_str(), d.provenance.is_none()))
            .collect();
        assert_eq!(from_headline, vec![("Ngày 5/4", "2025-04-05", true)]);
        // The same day in the body is listed once, from the body.
        let a = article(
            "Ngày 5/4, Việt Nam và Lào ký kế hoạch hợp tác quốc phòng",
            Some("2025-04-06"),
            "Chiều 5/4, tại Hà Nội, hai Bộ trưởng Bộ Quốc phòng đã ký kế hoạch hợp tác năm 2025.",
        );
        let doc = extract(&a, &Options::default());
        assert_eq!(
            doc.dates.iter().filter(|d| d.value == "2025-04-05").count(),
            1
        );
        assert!(doc.dates.iter().all(|d| d.from.is_none()));
        // Without a published day, a day without its year is not guessed
        // from the years the text names.
        let a = article(
            "Tin thể thao 11/6: Federer dễ đấu bạn thân ở Stuttgart",
            None,
            "Federer từng vô địch giải này năm 2015.",
        );
        let doc = extract(&a, &Options::default());
        assert!(doc.dates.iter().all(|d| d.from.is_none()));
    }

    #[test]
    fn sentence_starts_are_offsets_into_the_body() {
        let body = "Chiều 10/10, Tổng Bí thư Tô Lâm hội đàm với Chủ tịch Kim Jong Un.  Hai bên nhất trí tăng cường hợp tác.\n\nTP.HCM đón đoàn.";
        let starts = sentence_starts(body);
        assert_eq!(starts.len(), 3, "{starts:?}");
        assert_eq!(starts[0], 0);
        assert!(body[starts[1]..].starts_with("Hai bên"));
        assert!(body[starts[2]..].starts_with("TP.HCM"));
        // Every event's sentence is one of them.
        let doc = extract(
            &Article {
                body: body.to_string(),
                ..Article::default()
            },
            &Options::default(),
        );
        for e in &doc.events {
            assert!(starts.contains(&e.provenance.sentence_start), "{e:?}");
        }
    }

    #[test]
    fn the_input_id_is_echoed_beside_the_content_hash() {
        let body = "Sáng 29/6, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản tại Hà Nội.";
        let mut a = article("Thủ tướng tiếp Đại sứ", None, body);
        a.input_id = Some("baomoi-17".to_string());
        let doc = extract(&a, &Options::default());
        assert_eq!(doc.input_id.as_deref(), Some("baomoi-17"));
        // `id` stays the content hash: the same body without an input id
        // gets the same id, and no input_id field in its JSON.
        let plain = extract(
            &article("Thủ tướng tiếp Đại sứ", None, body),
            &Options::default(),
        );
        assert_eq!(plain.id, doc.id);
        assert_ne!(doc.id, "baomoi-17");
        let json = serde_json::to_value(&plain).unwrap();
        assert!(json.get("input_id").is_none(), "{json}");
        let json = serde_json::to_value(&doc).unwrap();
        assert_eq!(json["input_id"], "baomoi-17");
    }

    #[test]
    fn a_month_stamp_anchors_the_article() {
        let mut a = article(
            "Việt Nam và Lào ký kế hoạch hợp tác quốc phòng",
            None,
            "Chiều 28/3, tại Hà Nội, hai Bộ trưởng ký kế hoạch hợp tác. Hai bên nhất trí tăng cường hợp tác trong năm 2030.",
        );
        a.dateline = Some("date 2025-04".to_string());
        let doc = extract(&a, &Options::default());
        assert_eq!(doc.anchor_date.as_deref(), Some("2025-04"));
        assert_eq!(doc.dates[0].value, "2025-03-28");
        // The month is no date of the article's own to list.
        assert!(doc.dates.iter().all(|d| d.from.is_none()));
        assert_eq!(doc.published, None);
    }
}
