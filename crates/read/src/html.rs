//! HTML pages: main text through `trafilatura`, metadata through `scraper`.
//!
//! The page is parsed once with `scraper` for what news sites declare about
//! themselves (OpenGraph, `article:*` meta, JSON-LD `NewsArticle` and
//! `BreadcrumbList`), for photo captions (`<figcaption>`, `*caption*`
//! classes) and for related-news boxes (a class or id saying related /
//! lien-quan, or a "Tin liên quan" heading). `trafilatura` then extracts the
//! main text with those boxes, figures, share bars and menus pruned away,
//! and the paragraphs go through the same [`assemble_body`] as plain text
//! (lead marker, credit-suffixed captions, furniture, related block). When
//! trafilatura finds nothing, the `<p>` texts of `<article>`/`<main>`/`<body>`
//! are used. html5ever repairs truncated markup, so a page cut mid-tag still
//! yields what it holds.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use thoisu_core::Article;

use crate::lexicon::LEXICON;
use crate::text::{assemble_body, collapse_whitespace, normalise_published, split_caption, Body};

/// Elements that are never article text: trafilatura does not see them.
const PRUNE: &str = "figure, figcaption, aside, nav, footer, form, \
    [class*=caption i], [class*=related i], [id*=related i], [class*=lien-quan i], \
    [id*=lien-quan i], [class*=lienquan i], [id*=lienquan i], [type*=related i], [class*=breadcrumb i], \
    [class*=share i], [class*=social i], [class*=comment i], [id*=comment i], \
    [class*=advert i], [class*=banner i], [class*=tags i], [class*=author i], [class*=byline i]";

/// Main text shorter than this gets trafilatura's slower fallback extractors too.
const THIN_TEXT_BYTES: usize = 600;

/// Boxes whose links are related-news titles.
const RELATED_BOXES: &str = "[class*=related i], [id*=related i], [class*=lien-quan i], \
    [id*=lien-quan i], [class*=lienquan i], [id*=lienquan i], [class*=relate i], [type*=related i]";

struct Selectors {
    meta: Selector,
    title: Selector,
    h1: Selector,
    json_ld: Selector,
    caption: Selector,
    related_box: Selector,
    link: Selector,
    heading: Selector,
    crumb: Selector,
    crumb_item: Selector,
    author: Selector,
    time: Selector,
    stamp: Selector,
    loose_stamp: Selector,
    page_chrome: Selector,
    canonical: Selector,
    sapo: Selector,
    paragraph_roots: [Selector; 3],
    paragraph: Selector,
    prune: Selector,
}

static SELECTORS: LazyLock<Selectors> = LazyLock::new(|| {
    let s = |css: &str| Selector::parse(css).expect("valid selector");
    Selectors {
        meta: s("meta"),
        title: s("title"),
        h1: s("h1"),
        json_ld: s("script[type*='ld+json' i]"),
        caption: s("figcaption, [class*=caption i], p.Image, .image-caption, td.caption"),
        related_box: s(RELATED_BOXES),
        link: s("a"),
        heading: s("h2, h3, h4, h5, h6, strong, b, span, div, p"),
        crumb: s("[class*=breadcrumb i] a, [id*=breadcrumb i] a, [aria-label*=breadcrumb i] a, \
            [class*=article-category i] a, [class*=detail-cate i] a"),
        crumb_item: s("[class*=breadcrumb i] li, [id*=breadcrumb i] li, [aria-label*=breadcrumb i] li"),
        author: s("[rel=author], [itemprop=author], [class*=author i], [class*=byline i]"),
        time: s("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished]"),
        stamp: s("article time, article [class*=date i], article [class*=time i], \
            [class*=detail i] time, [class*=detail i] [class*=date i], [class*=detail i] [class*=time i], \
            [class*=article i] [class*=date i], [class*=post i] [class*=date i], \
            article [class*=publish i], [class*=article i] [class*=publish i]"),
        loose_stamp: s("time, [class*=date i], [class*=time i], [class*=publish i]"),
        page_chrome: s("header, nav, footer, [class*=header i], [id*=header i], [class*=top-bar i], \
            [class*=topbar i], [class*=menu i]"),
        canonical: s("link[rel=canonical]"),
        sapo: s("[class*=sapo i], [class~=lead i], p.description, [class*=summary i], [class*=chapeau i], [itemprop=description]"),
        paragraph_roots: [s("article"), s("main"), s("body")],
        paragraph: s("p, h2, h3, li"),
        prune: s(PRUNE),
    }
});

/// A clock in a stamp ("07:45", "9h30"): what the site header's "today" lacks.
static CLOCK: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"\b\d{1,2}[:h]\d{2}\b").expect("valid regex"));

/// Reads one HTML page. `url` is where it was fetched from, when known.
pub(crate) fn parse_html(html: &str, url: Option<&str>) -> Result<Article, String> {
    let sel = &*SELECTORS;
    let doc = Html::parse_document(html);
    let meta = Meta::collect(&doc);
    let ld = JsonLd::collect(&doc);

    let canonical = doc
        .select(&sel.canonical)
        .find_map(|e| e.value().attr("href"))
        .map(str::to_string);
    let page_url = url
        .map(str::to_string)
        .or_else(|| meta.get(&["og:url"]).map(str::to_string))
        .or(canonical)
        .filter(|u| u.starts_with("http"));

    let site_name = meta
        .get(&["og:site_name", "application-name"])
        .map(str::to_string)
        .or_else(|| ld.publisher.clone());
    let lex = &*LEXICON;
    let outlet = site_name
        .as_deref()
        .and_then(|s| lex.outlet_in_masthead(s))
        .or_else(|| page_url.as_deref().and_then(|u| lex.outlet_for_host(u)))
        .map(str::to_string)
        .or_else(|| site_name.clone())
        .or_else(|| {
            // "… Tập Cận Bình - VnExpress", "… | Báo Nhân Dân điện tử": the
            // page's <title> ends with the outlet's name.
            doc.select(&sel.title)
                .next()
                .and_then(|t| title_outlet(&element_text(t)))
        });

    let raw_title = meta
        .get(&["og:title", "twitter:title"])
        .map(str::to_string)
        .or_else(|| ld.headline.clone())
        .or_else(|| doc.select(&sel.h1).next().map(element_text))
        .or_else(|| doc.select(&sel.title).next().map(element_text));
    let title = raw_title
        .map(|t| strip_site_suffix(&collapse_whitespace(&t), site_name.as_deref()))
        .filter(|t| !t.is_empty());

    let outside_related = |e: &ElementRef<'_>| {
        !e.ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| sel.related_box.matches(&a))
    };
    // A date stamp shown with the article ("Thứ ba, 14/10/2025, 15:20 (GMT+7)")
    // and its text: inside the article's own box, never the site header's
    // "today"; outside the box only with its clock and away from the
    // page's header, menus and footer.
    let visible_stamp: Option<(String, Option<String>)> = doc
        .select(&sel.stamp)
        .filter(outside_related)
        .take(8)
        .find_map(|e| {
            let text = short_text(e, 90);
            let date = e
                .value()
                .attr("datetime")
                .and_then(normalise_published)
                .or_else(|| text.as_deref().and_then(crate::text::header_date))?;
            Some((date, text))
        })
        .or_else(|| {
            doc.select(&sel.loose_stamp)
                .filter(outside_related)
                .filter(|e| {
                    !e.ancestors()
                        .filter_map(ElementRef::wrap)
                        .any(|a| sel.page_chrome.matches(&a))
                })
                .take(12)
                .find_map(|e| {
                    let text = short_text(e, 90)?;
                    if !CLOCK.is_match(&text) {
                        return None;
                    }
                    let date = crate::text::header_date(&text)?;
                    Some((date, Some(text)))
                })
        })
        .or_else(|| {
            // VTV's "Ngọc Anh - 15/09/2024 08:50 GMT+7": the byline box
            // carries the stamp after the writer's name.
            doc.select(&sel.author)
                .filter(outside_related)
                .take(4)
                .find_map(|e| {
                    byline_stamp(&short_text(e, 90)?).map(|(_, date, stamp)| (date, Some(stamp)))
                })
        });
    let published = meta
        .get(&[
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "dc.date.issued",
            "dcterms.created",
            "dc.date",
            "date",
        ])
        .and_then(normalise_published)
        .or_else(|| ld.date_published.as_deref().and_then(normalise_published))
        .or_else(|| {
            doc.select(&sel.time).find_map(|e| {
                e.value()
                    .attr("datetime")
                    .or_else(|| e.value().attr("content"))
                    .and_then(normalise_published)
            })
        })
        .or_else(|| visible_stamp.as_ref().map(|(date, _)| date.clone()));

    let mut authors: Vec<String> = Vec::new();
    for a in meta
        .all(&["author", "article:author", "dc.creator"])
        .chain(ld.authors.iter().map(String::as_str))
    {
        add_author(&mut authors, a);
    }
    if authors.is_empty() {
        for e in doc.select(&sel.author).take(4) {
            let t = element_text(e);
            let t = byline_stamp(&t).map_or(t, |(names, _, _)| names);
            if let Some(names) = crate::text::byline_names(&t) {
                for n in names {
                    add_author(&mut authors, &n);
                }
            }
        }
    }

    let mut crumbs = ld.breadcrumbs.clone();
    if crumbs.is_empty() {
        crumbs = doc.select(&sel.crumb).map(element_text).collect();
    }
    // "<li>Thế giới</li><li>Bình luận quốc tế</li>": a trail whose items link nowhere.
    if crumbs.is_empty() {
        crumbs = doc.select(&sel.crumb_item).map(element_text).collect();
    }
    crumbs.retain(|c| !c.is_empty() && !lex.home_crumb.contains(&c.to_lowercase()));
    // "VOV.VN > Chính trị > Đối ngoại": the site's own name first is its
    // home page's crumb.
    // A site named like a section ("Xã hội") is the section.
    if crumbs.len() > 1
        && lex.outlet_for_marker(&crumbs[0]).is_some()
        && !lex.section_word.contains(&crumbs[0].to_lowercase())
    {
        crumbs.remove(0);
    }
    if crumbs.last().is_some_and(|c| Some(c) == title.as_ref()) {
        crumbs.pop();
    }
    crumbs.dedup();
    let section = (!crumbs.is_empty())
        .then(|| crumbs.join(" > "))
        .or_else(|| meta.get(&["article:section"]).map(str::to_string))
        .or_else(|| ld.section.clone());

    // The sapo as the page shows it beats og:description, which is often cut short.
    let sapo = doc
        .select(&sel.sapo)
        .map(element_text)
        .find(|t| t.split_whitespace().count() >= 5);
    // A sapo the page shows under its headline needs less proof of being
    // about it than a meta description, which may be the site's own blurb.
    let shown = sapo.is_some();
    let description = sapo
        .or_else(|| {
            meta.get(&["og:description", "description", "twitter:description"])
                .map(str::to_string)
                .or_else(|| ld.description.clone())
                .map(|d| collapse_whitespace(&d))
        })
        .filter(|d| !d.is_empty());

    let mut captions: Vec<String> = Vec::new();
    for e in doc.select(&sel.caption) {
        // A caption box nested in another caption box is read once, from the outer one.
        if e.ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| sel.caption.matches(&a))
        {
            continue;
        }
        let text = element_text(e);
        let text = split_caption(&text).unwrap_or(text);
        if !text.is_empty() && !captions.contains(&text) {
            captions.push(text);
        }
    }
    let related = related_titles(&doc, title.as_deref());

    // trafilatura's readability/justext comparison costs more than the rest of
    // the page together: only pages whose plain extraction came out thin get it.
    let mut body = main_text(html, title.as_deref(), false);
    if body.text().len() < THIN_TEXT_BYTES {
        let second = main_text(html, title.as_deref(), true);
        if second.text().len() > body.text().len() {
            body = second;
        }
    }
    if body.paragraphs.len() <= 1 {
        // Short pages come back from trafilatura's baseline as one run-together
        // paragraph ("...2030.Hiệp định..."): the page's own <p>s are better then.
        let own = fallback_text(&doc, title.as_deref());
        if own.paragraphs.len() > body.paragraphs.len()
            && own.text().len() * 5 >= body.text().len() * 4
        {
            body = own;
        }
    }
    body.paragraphs
        .retain(|p| !captions.contains(p) && !related.contains(p));
    if body.paragraphs.is_empty() {
        return Err("no article text found in HTML".to_string());
    }
    for c in std::mem::take(&mut body.captions) {
        if !captions.contains(&c) {
            captions.push(c);
        }
    }
    let mut related_all = related;
    for r in std::mem::take(&mut body.related) {
        if !related_all.contains(&r) {
            related_all.push(r);
        }
    }
    for a in std::mem::take(&mut body.authors) {
        add_author(&mut authors, &a);
    }

    let lead = match body.lead.clone() {
        Some(lead) => Some(lead),
        // A site-wide description ("Tin tức 24h mới nhất ...") says nothing of this article.
        None => description
            .filter(|d| about_title(d, title.as_deref(), if shown { 2 } else { 3 }))
            .map(|d| {
                // The sapo may carry the outlet marker too: "(NLĐO)- ...".
                let d =
                    crate::text::lead_marker(&d).map_or(d.clone(), |(_, rest)| rest.to_string());
                let probe: String = d.chars().take(40).collect();
                let truncated = d.ends_with("...") || d.ends_with('…');
                if !truncated && !body.paragraphs.iter().any(|p| p.contains(&probe)) {
                    body.paragraphs.insert(0, d.clone());
                }
                d
            }),
    };

    Ok(Article {
        origin: String::new(),
        input_id: None,
        url: page_url.or(body.url.clone()),
        title,
        // The stamp the page shows is the article's date line when it
        // gives the day published.
        dateline: match (&published, visible_stamp) {
            (None, _) => body.stamp_line.clone(),
            (Some(day), Some((date, Some(text)))) if day.get(..10) == date.get(..10) => Some(text),
            _ => None,
        },
        published: published.or(body.stamp.clone()),
        outlet: outlet.or(body.outlet.clone()),
        authors,
        section,
        lead,
        body: body.text(),
        captions,
        related: related_all,
        warnings: truncation_warning(html).into_iter().collect(),
    })
}

/// A page without its closing tags was cut short (a partial download).
fn truncation_warning(html: &str) -> Option<String> {
    let tail_start = html.len().saturating_sub(512);
    let tail_start = (tail_start..html.len())
        .find(|&i| html.is_char_boundary(i))
        .unwrap_or(html.len());
    let tail = html[tail_start..].to_ascii_lowercase();
    (!tail.contains("</html>") && !tail.contains("</body>")).then(|| {
        "HTML page looks truncated (no closing </body> or </html>); read what it holds".to_string()
    })
}

/// Whether a description shares at least `min_shared` words with the
/// headline (true without one).
fn about_title(description: &str, title: Option<&str>, min_shared: usize) -> bool {
    let Some(title) = title else {
        return true;
    };
    let title_words: std::collections::HashSet<String> = title
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.chars().count() >= 2)
        .collect();
    let shared: std::collections::HashSet<String> = description
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| title_words.contains(w))
        .collect();
    shared.len() >= min_shared.min(title_words.len())
}

/// The page's main text through trafilatura, boxes pruned.
fn main_text(html: &str, title: Option<&str>, fallback: bool) -> Body {
    let options = trafilatura::Options::default()
        .with_prune_selector(PRUNE)
        .with_exclude_comments(true)
        .with_fallback(fallback)
        .with_html_date_mode(trafilatura::HtmlDateMode::Disabled);
    match trafilatura::extract(html, &options) {
        Ok(result) => {
            // content_text runs paragraphs together; the HTML keeps their edges.
            let fragment = Html::parse_fragment(&result.content_html);
            let paras = block_paragraphs(fragment.root_element(), None);
            assemble_body(paras.iter().map(String::as_str), title, true)
        }
        Err(_) => Body::default(),
    }
}

/// Elements that start and end a paragraph of text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "blockquote"
            | "pre"
            | "section"
            | "article"
            | "main"
            | "header"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "br"
            | "hr"
            | "dd"
            | "dt"
            | "dl"
            | "figure"
            | "figcaption"
            | "head"
            | "body"
            | "html"
    )
}

/// The text of `root` cut into paragraphs at block-element edges.
fn block_paragraphs(root: ElementRef<'_>, skip: Option<&Selector>) -> Vec<String> {
    let mut paras = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, paras: &mut Vec<String>| {
        let p = collapse_whitespace(current);
        if !p.is_empty() {
            paras.push(p);
        }
        current.clear();
    };
    // Inside a script, style or skipped box: how many such elements are open.
    let mut skipping = 0usize;
    let skipped = |node: ego_tree::NodeRef<'_, scraper::Node>| match node.value() {
        scraper::Node::Element(e) => {
            matches!(
                e.name(),
                "script" | "style" | "noscript" | "template" | "svg"
            ) || skip.is_some_and(|sel| ElementRef::wrap(node).is_some_and(|el| sel.matches(&el)))
        }
        _ => false,
    };
    for edge in root.traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => {
                if skipping > 0 || skipped(node) {
                    if matches!(node.value(), scraper::Node::Element(_)) {
                        skipping += 1;
                    }
                    continue;
                }
                match node.value() {
                    scraper::Node::Text(t) => current.push_str(t),
                    scraper::Node::Element(e) if is_block(e.name()) => {
                        flush(&mut current, &mut paras)
                    }
                    _ => {}
                }
            }
            ego_tree::iter::Edge::Close(node) => {
                if let scraper::Node::Element(e) = node.value() {
                    if skipping > 0 {
                        skipping -= 1;
                    } else if is_block(e.name()) {
                        flush(&mut current, &mut paras);
                    }
                }
            }
        }
    }
    flush(&mut current, &mut paras);
    paras
}

/// `<p>` texts of the article, main or body element, outside pruned boxes.
fn fallback_text(doc: &Html, title: Option<&str>) -> Body {
    let sel = &*SELECTORS;
    for root_sel in &sel.paragraph_roots {
        let Some(root) = doc.select(root_sel).next() else {
            continue;
        };
        let paras: Vec<String> = root
            .select(&sel.paragraph)
            .filter(|p| {
                !sel.prune.matches(p)
                    && !p
                        .ancestors()
                        .filter_map(ElementRef::wrap)
                        .any(|a| sel.prune.matches(&a) || sel.paragraph.matches(&a))
            })
            .map(element_text)
            .filter(|t| !t.is_empty())
            .collect();
        if !paras.is_empty() {
            return assemble_body(paras.iter().map(String::as_str), title, true);
        }
    }
    // No <p> at all: text straight in <div>s, cut at block edges, boxes skipped.
    for root_sel in &sel.paragraph_roots {
        if let Some(root) = doc.select(root_sel).next() {
            let paras = block_paragraphs(root, Some(&sel.prune));
            if !paras.is_empty() {
                return assemble_body(paras.iter().map(String::as_str), title, true);
            }
        }
    }
    Body::default()
}

/// Link texts of related-news boxes and of lists under a "Tin liên quan" heading.
fn related_titles(doc: &Html, title: Option<&str>) -> Vec<String> {
    let sel = &*SELECTORS;
    let mut out: Vec<String> = Vec::new();
    let mut add = |text: String| {
        let words = text.split_whitespace().count();
        if (2..=40).contains(&words)
            && Some(text.as_str()) != title
            && !out.contains(&text)
            && out.len() < 50
        {
            out.push(text);
        }
    };
    for container in doc.select(&sel.related_box) {
        for a in container.select(&sel.link) {
            add(element_text(a));
        }
    }
    for heading in doc.select(&sel.heading) {
        // Only short elements can be the heading; measuring first keeps this linear.
        let Some(text) = short_text(heading, 60) else {
            continue;
        };
        if !crate::text::is_related_heading(&text) {
            continue;
        }
        for sibling in heading.next_siblings().filter_map(ElementRef::wrap).take(5) {
            for a in sibling.select(&sel.link) {
                add(element_text(a));
            }
        }
    }
    out
}

/// The element's text when it is at most `max` bytes long.
fn short_text(e: ElementRef<'_>, max: usize) -> Option<String> {
    let mut len = 0;
    for t in e.text() {
        len += t.len();
        if len > max * 2 {
            return None;
        }
    }
    let text = element_text(e);
    (text.len() <= max).then_some(text)
}

/// A byline that ends with the stamp ("Ngọc Anh - 15/09/2024 08:50 GMT+7"):
/// the names before the dash, the day and the stamp's text after it. Only
/// a stamp with its clock counts, as on the page's other stamps.
fn byline_stamp(text: &str) -> Option<(String, String, String)> {
    let mut cuts: Vec<(usize, usize)> = [" - ", " – ", " | "]
        .iter()
        .flat_map(|sep| {
            text.match_indices(sep)
                .map(|(at, sep)| (at, at + sep.len()))
        })
        .collect();
    cuts.sort_unstable();
    cuts.into_iter().find_map(|(end, start)| {
        let (names, stamp) = (text[..end].trim(), text[start..].trim());
        if names.is_empty() || !CLOCK.is_match(stamp) {
            return None;
        }
        let date = crate::text::header_date(stamp)?;
        Some((names.to_string(), date, stamp.to_string()))
    })
}

fn element_text(e: ElementRef<'_>) -> String {
    let mut raw = String::new();
    for t in e.text() {
        raw.push_str(t);
        raw.push(' ');
    }
    collapse_whitespace(&raw)
}

fn add_author(authors: &mut Vec<String>, name: &str) {
    let name = collapse_whitespace(name);
    let looks_wrong = name.is_empty()
        || name.starts_with("http")
        || name.contains('@')
        || name.split_whitespace().count() > 8
        || LEXICON.is_outlet_name(&name)
        // "Báo Tuổi Trẻ", "Tuổi Trẻ Online", "tuoitre.vn": the publisher, not a writer.
        || LEXICON.outlet_in_masthead(&name).is_some()
        || (!name.contains(' ') && LEXICON.outlet_for_host(&name).is_some())
        || name.eq_ignore_ascii_case("admin");
    if !looks_wrong && !authors.contains(&name) {
        authors.push(name);
    }
}

/// The known outlet a page title ends with after a separator ("Bão số 3 |
/// VnExpress", "… - Znews.vn").
fn title_outlet(title: &str) -> Option<String> {
    let title = collapse_whitespace(title);
    let at = [" | ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|at| at + sep.len()))
        .max()?;
    LEXICON.outlet_in_masthead(&title[at..]).map(str::to_string)
}

/// "Tổng Bí thư thăm Triều Tiên - Báo Người Lao Động" → "Tổng Bí thư thăm Triều Tiên".
fn strip_site_suffix(title: &str, site_name: Option<&str>) -> String {
    let lex = &*LEXICON;
    let mut t = title.trim().to_string();
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        let Some(at) = t.rfind(sep) else {
            continue;
        };
        let (head, tail) = (&t[..at], t[at + sep.len()..].trim());
        let tail_lower = tail.to_lowercase();
        let is_site = site_name.is_some_and(|s| s.trim().eq_ignore_ascii_case(tail))
            || lex.is_outlet_name(tail)
            || lex
                .outlet_for_marker(tail.strip_prefix("Báo ").unwrap_or(tail))
                .is_some()
            || [".vn", ".com", ".net", ".org"]
                .iter()
                .any(|d| tail_lower.ends_with(d))
            || tail_lower.starts_with("báo ")
            || tail_lower.starts_with("tạp chí ")
            || (sep == " | " && tail.split_whitespace().count() <= 6);
        if is_site && !head.trim().is_empty() {
            t = head.trim().to_string();
        }
    }
    t
}

/// `<meta>` name/property → content, keys lower-cased, in page order.
struct Meta(Vec<(String, String)>);

impl Meta {
    fn collect(doc: &Html) -> Meta {
        let mut pairs = Vec::new();
        for e in doc.select(&SELECTORS.meta) {
            let v = e.value();
            let key = v
                .attr("property")
                .or_else(|| v.attr("name"))
                .or_else(|| v.attr("itemprop"));
            if let (Some(key), Some(content)) = (key, v.attr("content")) {
                let content = content.trim();
                if !content.is_empty() {
                    pairs.push((key.trim().to_lowercase(), content.to_string()));
                }
            }
        }
        Meta(pairs)
    }

    /// The first value of the first key present.
    fn get(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.0
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        })
    }

    fn all<'a>(&'a self, keys: &'a [&'a str]) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| keys.contains(&k.as_str()))
            .map(|(_, v)| v.as_str())
    }
}

/// What the page's JSON-LD says about the article.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    date_published: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
    section: Option<String>,
    description: Option<String>,
    breadcrumbs: Vec<String>,
}

impl JsonLd {
    fn collect(doc: &Html) -> JsonLd {
        let mut ld = JsonLd::default();
        for script in doc.select(&SELECTORS.json_ld) {
            let raw: String = script.text().collect();
            // Some sites put raw newlines inside strings; JSON forbids them.
            let cleaned = raw.replace(['\n', '\r', '\t'], " ");
            if let Ok(value) = serde_json::from_str::<Value>(cleaned.trim()) {
                ld.visit(&value, 0);
            }
        }
        ld
    }

    fn visit(&mut self, v: &Value, depth: usize) {
        if depth > 8 {
            return;
        }
        match v {
            Value::Array(items) => items.iter().for_each(|i| self.visit(i, depth + 1)),
            Value::Object(obj) => {
                if let Some(graph) = obj.get("@graph") {
                    self.visit(graph, depth + 1);
                }
                let types = type_names(obj.get("@type"));
                if types.iter().any(|t| t == "BreadcrumbList") && self.breadcrumbs.is_empty() {
                    self.breadcrumbs = breadcrumb_names(obj.get("itemListElement"));
                }
                let is_article = types.iter().any(|t| {
                    t.ends_with("Article")
                        || t == "ReportageNewsArticle"
                        || t == "BlogPosting"
                        || t == "WebPage"
                });
                if is_article {
                    let strong = !types.iter().all(|t| t == "WebPage");
                    let set = |slot: &mut Option<String>, key: &str| {
                        if slot.is_none() || strong {
                            if let Some(s) = obj
                                .get(key)
                                .and_then(Value::as_str)
                                .filter(|s| !s.trim().is_empty())
                            {
                                if slot.is_none() {
                                    *slot = Some(s.trim().to_string());
                                }
                            }
                        }
                    };
                    set(&mut self.headline, "headline");
                    set(&mut self.date_published, "datePublished");
                    set(&mut self.description, "description");
                    if self.section.is_none() {
                        self.section = match obj.get("articleSection") {
                            Some(Value::String(s)) => Some(s.trim().to_string()),
                            Some(Value::Array(a)) => {
                                a.iter().find_map(Value::as_str).map(str::to_string)
                            }
                            _ => None,
                        };
                    }
                    if self.authors.is_empty() {
                        self.authors = person_names(obj.get("author"));
                    }
                    if self.publisher.is_none() {
                        self.publisher = person_names(obj.get("publisher")).into_iter().next();
                    }
                }
            }
            _ => {}
        }
    }
}

fn type_names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

fn person_names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.trim().to_string()],
        Some(Value::Object(o)) => o
            .get("name")
            .and_then(Value::as_str)
            .map(|s| vec![s.trim().to_string()])
            .unwrap_or_default(),
        Some(Value::Array(a)) => a.iter().flat_map(|x| person_names(Some(x))).collect(),
        _ => Vec::new(),
    }
}

fn breadcrumb_names(v: Option<&Value>) -> Vec<String> {
    let Some(Value::Array(items)) = v else {
        return Vec::new();
    };
    let mut named: Vec<(i64, String)> = items
        .iter()
        .filter_map(|it| {
            let pos = it
                .get("position")
                .and_then(|p| p.as_i64().or_else(|| p.as_str()?.parse().ok()));
            let name = it
                .get("name")
                .and_then(Value::as_str)
                .or_else(|| it.get("item")?.get("name")?.as_str())?;
            Some((pos.unwrap_or(i64::MAX), collapse_whitespace(name)))
        })
        .collect();
    named.sort_by_key(|(p, _)| *p);
    named.into_iter().map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>Việt Nam và Nhật Bản ký bản ghi nhớ hợp tác y tế - Báo Tuổi Trẻ</title>
<meta property="og:title" content="Việt Nam và Nhật Bản ký bản ghi nhớ hợp tác y tế | Tuổi Trẻ Online">
<meta property="og:site_name" content="TUOI TRE ONLINE">
<meta property="og:url" content="https://tuoitre.vn/viet-nam-nhat-ban-ky-ban-ghi-nho-2025031210.htm">
<meta property="og:description" content="Bộ Y tế Việt Nam và Bộ Y tế, Lao động và Phúc lợi Nhật Bản đã ký bản ghi nhớ về hợp tác y tế.">
<meta property="article:published_time" content="2025-03-12T09:15:00+07:00">
<meta name="author" content="Nguyễn Hiền">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
 {"@type":"ListItem","position":1,"name":"Trang chủ","item":"https://tuoitre.vn"},
 {"@type":"ListItem","position":2,"name":"Thời sự","item":"https://tuoitre.vn/thoi-su.htm"},
 {"@type":"ListItem","position":3,"name":"Ngoại giao","item":"https://tuoitre.vn/ngoai-giao.htm"}]}
</script>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Việt Nam và Nhật Bản ký bản ghi nhớ hợp tác y tế",
 "datePublished":"2025-03-12T09:15:00+07:00","author":{"@type":"Person","name":"Nguyễn Hiền"},
 "publisher":{"@type":"Organization","name":"Tuổi Trẻ"}}
</script>
</head><body>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su.htm">Thời sự</a></li><li><a href="/the-gioi.htm">Thế giới</a></li></ul></nav>
<article class="detail">
<h1 class="detail-title">Việt Nam và Nhật Bản ký bản ghi nhớ hợp tác y tế</h1>
<h2 class="detail-sapo">TTO - Bộ Y tế Việt Nam và Bộ Y tế, Lao động và Phúc lợi Nhật Bản đã ký bản ghi nhớ về hợp tác y tế tại Tokyo.</h2>
<div class="detail-content">
<p>Sáng 12-3 (giờ địa phương), tại thủ đô Tokyo, Bộ trưởng Bộ Y tế Đào Hồng Lan và Bộ trưởng Bộ Y tế, Lao động và Phúc lợi Nhật Bản đã ký bản ghi nhớ về hợp tác trong lĩnh vực y tế giai đoạn 2025 - 2030.</p>
<figure class="image"><img src="a.jpg" alt="Lễ ký"><figcaption>Hai bộ trưởng ký bản ghi nhớ tại Tokyo. Ảnh: Nguyễn Hiền</figcaption></figure>
<p>Theo bản ghi nhớ, hai bên sẽ tăng cường trao đổi chuyên gia, đào tạo nhân lực y tế và hợp tác nghiên cứu về y học cổ truyền, phòng chống dịch bệnh và chăm sóc người cao tuổi.</p>
<div class="share-bar"><a href="#">Chia sẻ</a><a href="#">Facebook</a></div>
<p>Phát biểu tại lễ ký, Bộ trưởng Đào Hồng Lan khẳng định Nhật Bản là đối tác quan trọng hàng đầu của Việt Nam trong lĩnh vực y tế, đồng thời mong muốn hai bên sớm triển khai các chương trình cụ thể.</p>
</div>
<div class="box-tin-lien-quan related-news"><h3>Tin liên quan</h3><ul>
<li><a href="/a.htm">Thủ tướng tiếp Bộ trưởng Y tế Nhật Bản</a></li>
<li><a href="/b.htm">Nhật Bản viện trợ thiết bị y tế cho Việt Nam</a></li></ul></div>
</article>
<footer>Bản quyền thuộc về Báo Tuổi Trẻ. Hotline: 0918.033.133</footer>
</body></html>"##;

    #[test]
    fn news_page_metadata_and_clean_body() {
        let a = parse_html(PAGE, None).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Việt Nam và Nhật Bản ký bản ghi nhớ hợp tác y tế")
        );
        assert_eq!(a.published.as_deref(), Some("2025-03-12T09:15:00+07:00"));
        assert_eq!(a.outlet.as_deref(), Some("Tuổi Trẻ"));
        assert_eq!(a.authors, vec!["Nguyễn Hiền"]);
        assert_eq!(a.section.as_deref(), Some("Thời sự > Ngoại giao"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://tuoitre.vn/viet-nam-nhat-ban-ky-ban-ghi-nho-2025031210.htm")
        );
        assert_eq!(a.captions, vec!["Hai bộ trưởng ký bản ghi nhớ tại Tokyo."]);
        assert_eq!(
            a.related,
            vec![
                "Thủ tướng tiếp Bộ trưởng Y tế Nhật Bản",
                "Nhật Bản viện trợ thiết bị y tế cho Việt Nam"
            ]
        );
        assert!(
            a.body
                .contains("Sáng 12-3 (giờ địa phương), tại thủ đô Tokyo"),
            "{}",
            a.body
        );
        assert!(a.body.contains("sớm triển khai các chương trình cụ thể."));
        for banned in [
            "Hai bộ trưởng ký",
            "Tin liên quan",
            "viện trợ thiết bị",
            "Chia sẻ",
            "Facebook",
            "Bản quyền",
            "Thế giới",
        ] {
            assert!(
                !a.body.contains(banned),
                "body contains {banned}: {}",
                a.body
            );
        }
        let lead = a.lead.as_deref().unwrap();
        assert!(
            lead.starts_with("Bộ Y tế Việt Nam và Bộ Y tế, Lao động"),
            "{lead}"
        );
        assert!(a.body.starts_with(lead), "{}", a.body);
    }

    #[test]
    fn truncated_page_keeps_what_it_has() {
        let end = PAGE.find("Phát biểu tại lễ ký").unwrap() + 40;
        let end = (0..=end).rev().find(|&i| PAGE.is_char_boundary(i)).unwrap();
        let cut = &PAGE[..end];
        let a = parse_html(cut, None).unwrap();
        assert!(a.body.contains("hai bên sẽ tăng cường trao đổi chuyên gia"));
        let mid_tag = "<html><body><article><p>Quốc hội thông qua Luật Đất đai sửa đổi với đa số đại biểu tán thành.</p><p class=\"x";
        let a = parse_html(mid_tag, None).unwrap();
        assert!(a.body.contains("Luật Đất đai"));
        assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
        assert!(parse_html(PAGE, None).unwrap().warnings.is_empty());
    }

    #[test]
    fn page_without_text_is_refused() {
        let err = parse_html("<html><head><title>Trang chủ</title></head><body><nav><a href='/'>Trang chủ</a></nav></body></html>", None)
            .unwrap_err();
        assert_eq!(err, "no article text found in HTML");
    }

    #[test]
    fn site_wide_descriptions_are_not_leads() {
        let page = "<html><head><title>Giá xăng giảm mạnh từ chiều nay</title>\
            <meta name=\"description\" content=\"Tin tức mới nhất, nhanh nhất trong ngày, cập nhật liên tục 24h.\"></head>\
            <body><article><p>Chiều 13-10, liên Bộ Công Thương - Tài chính điều chỉnh giá xăng dầu, giá xăng giảm hơn 500 đồng mỗi lít.</p></article></body></html>";
        let a = parse_html(page, None).unwrap();
        assert_eq!(a.lead, None);
        assert!(!a.body.contains("Tin tức mới nhất"));
        assert!(about_title(
            "Giá xăng giảm hơn 500 đồng mỗi lít từ chiều nay.",
            Some("Giá xăng giảm mạnh từ chiều nay"),
            3
        ));
    }

    #[test]
    fn a_shown_sapo_sharing_two_headline_words_is_the_lead() {
        // The sapo names the six countries the body only counts: its
        // names and dates must reach the analysis.
        let page = "<html><head><title>BRICS mời sáu nước gia nhập | Báo X</title></head><body><article>\
            <h1>BRICS mời sáu nước gia nhập từ năm 2024</h1>\
            <h2 class=\"article__sapo\">Nhóm BRICS ngày 24/8 quyết định mời Argentina, Ai Cập, Ethiopia, Iran, Saudi Arabia và UAE trở thành thành viên đầy đủ.</h2>\
            <div class=\"article__body\"><p>Tổng thống nước chủ nhà Cyril Ramaphosa cho biết tư cách thành viên của sáu quốc gia sẽ có hiệu lực từ ngày 1/1/2024.</p>\
            <p>Đây là lần mở rộng đầu tiên của nhóm kể từ năm 2010.</p></div></article></body></html>";
        let a = parse_html(page, None).unwrap();
        assert!(a.lead.as_deref().is_some_and(|l| l.contains("Argentina")));
        assert!(a.body.starts_with("Nhóm BRICS ngày 24/8"), "{}", a.body);
        // A paragraph of class "lead" outside the story's box is the sapo too.
        let page = page
            .replace("h2 class=\"article__sapo\"", "p class=\"lead\"")
            .replace("</h2>", "</p>");
        let a = parse_html(&page, None).unwrap();
        assert!(a.lead.as_deref().is_some_and(|l| l.contains("Argentina")));
        // A meta description needs three.
        assert!(!about_title(
            "Nhóm BRICS ngày 24/8 quyết định mời Argentina.",
            Some("BRICS mời sáu nước gia nhập từ năm 2024"),
            3
        ));
    }

    #[test]
    fn pages_without_paragraph_tags() {
        let page = "<html><head><title>Mưa lớn ở miền Trung</title><script>var x = 'quảng cáo';</script></head><body>\
            <nav>Trang chủ</nav><div class=\"content\"><div>Từ đêm qua, các tỉnh miền Trung có mưa lớn.</div>\
            <div>Nhiều tuyến đường bị ngập.<script>track('x')</script></div><div class=\"share\">Chia sẻ Facebook</div></div></body></html>";
        let a = parse_html(page, None).unwrap();
        assert!(
            a.body
                .contains("Từ đêm qua, các tỉnh miền Trung có mưa lớn."),
            "{}",
            a.body
        );
        assert!(!a.body.contains("track("));
        assert!(!a.body.contains("quảng cáo"));
    }

    #[test]
    fn date_stamp_in_the_article_box_but_not_the_site_header() {
        let page = "<html><body><div class=\"top-bar\"><span class=\"date\">Thứ hai, 13/10/2025</span></div>\
            <div class=\"detail\"><h1>Giá xăng giảm mạnh</h1><span class=\"detail-date\">Chủ nhật, 12/10/2025 - 15:20</span>\
            <p>Chiều 12-10, liên Bộ Công Thương - Tài chính điều chỉnh giá xăng dầu, giá xăng giảm hơn 500 đồng mỗi lít.</p></div></body></html>";
        assert_eq!(
            parse_html(page, None).unwrap().published.as_deref(),
            Some("2025-10-12")
        );
        let header_only = page.replace("detail-date", "x");
        assert_eq!(parse_html(&header_only, None).unwrap().published, None);
    }

    #[test]
    fn publishers_are_not_authors() {
        let mut authors = Vec::new();
        for name in [
            "Báo Tuổi Trẻ",
            "tuoitre.vn",
            "VnExpress",
            "Nguyễn Hiền",
            "admin",
            "Minh Phương",
        ] {
            add_author(&mut authors, name);
        }
        assert_eq!(authors, vec!["Nguyễn Hiền", "Minh Phương"]);
    }

    #[test]
    fn site_suffixes_are_stripped() {
        assert_eq!(
            strip_site_suffix(
                "Quan hệ Việt Nam - Lào ngày càng bền chặt - Báo Nhân Dân",
                None
            ),
            "Quan hệ Việt Nam - Lào ngày càng bền chặt"
        );
        assert_eq!(strip_site_suffix("Bão số 3 | VnExpress", None), "Bão số 3");
        assert_eq!(
            strip_site_suffix("Hội nghị Việt Nam - Campuchia", None),
            "Hội nghị Việt Nam - Campuchia"
        );
        assert_eq!(
            strip_site_suffix("Tin nóng - Dân trí", Some("Dân trí")),
            "Tin nóng"
        );
    }

    #[test]
    fn a_stamp_with_its_clock_outside_the_article_box() {
        let page = "<html><head><title>Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình - VnExpress</title></head>\
            <body><header class=\"header\"><span class=\"date\">Thứ tư, 13/12/2023</span></header>\
            <div class=\"container\"><span class=\"date\">Thứ tư, 13/12/2023, 07:45 (GMT+7)</span>\
            <article class=\"fck_detail\"><h1>Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình</h1>\
            <p>Chiều qua, ngay sau lễ đón chính thức tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.</p>\
            <p>Đây là lần thứ ba ông Tập thăm Việt Nam trên cương vị lãnh đạo cao nhất của Trung Quốc.</p></article></div></body></html>";
        let a = parse_html(page, None).unwrap();
        assert_eq!(a.published.as_deref(), Some("2023-12-13"));
        assert_eq!(
            a.dateline.as_deref(),
            Some("Thứ tư, 13/12/2023, 07:45 (GMT+7)")
        );
        assert_eq!(a.outlet.as_deref(), Some("VnExpress"));
        // The site header's "today" without a clock dates nothing.
        let undated = page.replace(", 07:45 (GMT+7)", "");
        let a = parse_html(&undated, None).unwrap();
        assert_eq!(a.published, None);
    }

    #[test]
    fn a_byline_box_carrying_the_stamp_dates_the_page() {
        // VTV: the writer and the stamp share one <p class="author">.
        let page = "<html><body><div class=\"news-detail\"><h1 class=\"title_detail\">Ấn Độ gửi 35 tấn hàng cứu trợ giúp Việt Nam khắc phục hậu quả bão số 3</h1>\
            <p class=\"author\">Ngọc Anh - 15/09/2024 08:50 GMT+7</p>\
            <div class=\"content_detail\"><p>Chiều 14/9, máy bay vận tải của Không quân Ấn Độ chở 35 tấn hàng cứu trợ đã hạ cánh xuống sân bay Nội Bài.</p>\
            <p>Lô hàng gồm máy lọc nước, bạt che, chăn màn, đèn năng lượng mặt trời và thuốc men.</p></div></div></body></html>";
        let a = parse_html(page, None).unwrap();
        assert_eq!(a.published.as_deref(), Some("2024-09-15"));
        assert_eq!(a.dateline.as_deref(), Some("15/09/2024 08:50 GMT+7"));
        assert_eq!(a.authors, vec!["Ngọc Anh".to_string()]);
        // A byline with a dash but no stamp after it dates nothing and keeps its words.
        let plain = page.replace("Ngọc Anh - 15/09/2024 08:50 GMT+7", "Ngọc Anh - Minh Quân");
        let a = parse_html(&plain, None).unwrap();
        assert_eq!(a.published, None);
        // Nor does a day without its clock (the site's "today").
        let no_clock = page.replace("15/09/2024 08:50 GMT+7", "15/09/2024");
        assert_eq!(parse_html(&no_clock, None).unwrap().published, None);
    }

    #[test]
    fn the_shown_stamp_is_the_date_line() {
        let page = "<html><body><article class=\"the-article\"><h1>Tên lửa Triều Tiên rơi trong vùng đặc quyền kinh tế của Nhật Bản</h1>\
            <div class=\"the-article-category\"><a href=\"/the-gioi.html\">Thế giới</a> <a href=\"/quan-su.html\">Quân sự</a></div>\
            <ul><li class=\"the-article-publish\">18/11/2022 13:40</li></ul>\
            <p>Triều Tiên phóng tên lửa đạn đạo liên lục địa sáng 18/11, một ngày sau khi Ngoại trưởng Choe Son Hui cảnh báo Mỹ.</p>\
            <p>Bộ Quốc phòng Nhật Bản cho biết tên lửa rơi trong vùng đặc quyền kinh tế.</p></article></body></html>";
        let a = parse_html(page, None).unwrap();
        assert_eq!(a.published.as_deref(), Some("2022-11-18"));
        assert_eq!(a.dateline.as_deref(), Some("18/11/2022 13:40"));
        assert_eq!(a.section.as_deref(), Some("Thế giới > Quân sự"));
        // Tuổi Trẻ's crumb is a "detail-cate" box; a crumb naming the site
        // itself is the home page's.
        let page = "<html><body><div class=\"detail-cate\"><a href=\"/thoi-su.htm\">Thời sự</a> <span>›</span> \
            <a href=\"/thoi-su/chinh-tri.htm\">Chính trị</a></div>\
            <article><h1>Việt Nam - Pháp nâng cấp quan hệ lên Đối tác chiến lược toàn diện</h1>\
            <p>Tối 7-10, Tổng bí thư, Chủ tịch nước Tô Lâm và Tổng thống Pháp Emmanuel Macron đã hội đàm tại Điện Élysée.</p></article></body></html>";
        let a = parse_html(page, None).unwrap();
        assert_eq!(a.section.as_deref(), Some("Thời sự > Chính trị"));
        let page = "<html><body><ul class=\"breadcrumb\"><li><a href=\"/\">VOV.VN</a></li>\
            <li><a href=\"/chinh-tri/\">Chính trị</a></li><li><a href=\"/chinh-tri/doi-ngoai/\">Đối ngoại</a></li></ul>\
            <article><h1>ASEAN đạt đồng thuận 5 điểm về tình hình Myanmar</h1>\
            <p>Ngày 24/4, Hội nghị các nhà lãnh đạo ASEAN đã diễn ra tại Jakarta, Indonesia.</p></article></body></html>";
        let a = parse_html(page, None).unwrap();
        assert_eq!(a.section.as_deref(), Some("Chính trị > Đối ngoại"));
        let page = page.replace(">VOV.VN<", ">Xã hội<");
        let a = parse_html(&page, None).unwrap();
        assert_eq!(a.section.as_deref(), Some("Xã hội > Chính trị > Đối ngoại"));
        // A trail of plain items, no links.
        let plain = page
            .replace("<a href=\"/\">Xã hội</a>", "Thế giới")
            .replace("<a href=\"/chinh-tri/\">Chính trị</a></li><li><a href=\"/chinh-tri/doi-ngoai/\">Đối ngoại</a>", "Bình luận quốc tế");
        let a = parse_html(&plain, None).unwrap();
        assert_eq!(a.section.as_deref(), Some("Thế giới > Bình luận quốc tế"));
        // A page dated by its metadata alone shows no date line.
        let page = "<html><head><meta property=\"article:published_time\" content=\"2024-11-15T09:10:00+07:00\"></head>\
            <body><article><h1>Việt Nam - Peru nâng cấp quan hệ lên Đối tác toàn diện</h1>\
            <p>Ngày 14/11, tại Phủ Tổng thống Peru ở thủ đô Lima, Chủ tịch nước Lương Cường hội đàm với Tổng thống Peru Dina Boluarte.</p>\
            <p>Hai nhà lãnh đạo quyết định nâng cấp quan hệ lên Đối tác toàn diện.</p></article></body></html>";
        let a = parse_html(page, None).unwrap();
        assert_eq!(a.dateline, None);
    }

    #[test]
    fn the_outlet_ending_the_page_title() {
        assert_eq!(
            title_outlet(
                "Việt Nam - Peru nâng cấp quan hệ lên Đối tác toàn diện | Báo Nhân Dân điện tử"
            )
            .as_deref(),
            Some("Nhân Dân")
        );
        assert_eq!(
            title_outlet(
                "Tên lửa Triều Tiên rơi trong vùng đặc quyền kinh tế của Nhật Bản - Znews.vn"
            )
            .as_deref(),
            Some("Znews")
        );
        // The last words of a headline after a dash are no outlet.
        assert_eq!(title_outlet("Hội nghị Việt Nam - Campuchia"), None);
    }
}
