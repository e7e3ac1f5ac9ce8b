//! `thoisu-read`: every input format becomes the same [`Article`].
//!
//! This is the one stage that does I/O. It turns files, folders and byte
//! buffers into clean articles — title, publication date *as the source
//! states it*, outlet, byline, section, lead, body, photo captions and
//! related-news titles — so every later stage sees one shape whatever came in.
//!
//! # Entry points
//!
//! | call | for |
//! |---|---|
//! | [`walk`] | command-line paths → files: folders recursively in sorted order, hidden entries and media files skipped, `-` passed through |
//! | [`read_path`] / [`read_path_iter`] | one file → its articles; the iterator form streams JSON Lines and WARC |
//! | [`read_bytes`] | bytes already in memory (stdin, a test) → articles; `origin`'s extension hints the format |
//! | [`read_jsonl`] | any `BufRead` of JSON Lines → articles, one line at a time |
//!
//! # Formats
//!
//! | [`Format`] | recognised by | yields |
//! |---|---|---|
//! | `Text` | `.txt`, or anything else that decodes to text | one article, read with the plain-text rules below |
//! | `Html` | `.html`/`.htm`, or text starting with markup | one article: `trafilatura` main text + `scraper` metadata |
//! | `Json` | `.json`, or text starting with `{`/`[` | one article per object: `text` or `html` (required), optional `id`, `url`, `published`, `outlet`, `title`, `authors`, `section`, which override what the content says |
//! | `JsonLines` | `.jsonl`/`.ndjson`, or several `{` lines | one article per line, **streamed**; origin `path:LINE` or `path:LINE:id` |
//! | `Warc` | `.warc`, `.warc.gz`, or a `WARC/` / gzip header | one article per `response` record with an HTML payload (HTTP headers skipped, chunking and gzip undone); origin and url = `WARC-Target-URI`; `WARC-Date` is the crawl's date, never `published` |
//!
//! # Plain text
//!
//! News text copied from a page keeps its shape:
//!
//! ```text
//!  date 2025-10-11 HOTLINE: 0903.343.439 - ... - ĐẶT MUA BÁO   crawl date + site chrome → published
//! Thời sự Chính trị                                           section
//! Tổng Bí thư Tô Lâm kết thúc tốt đẹp chuyến thăm Triều Tiên  title
//! Dương Ngọc                                                  authors
//! (NLĐO)- Chuyến thăm ... song phương.                        lead (marker → outlet), also body's first paragraph
//! ... - Ảnh 1. / ... Ảnh: TTXVN / ... (Ảnh: Thống Nhất - TTXVN).   captions, credit removed
//! Tin liên quan                                               related titles from here on; teasers dropped
//! ĐỨC HUY                                                     authors (a closing signature)
//! Báo Nhân Dân - Cơ quan Trung ương của Đảng ...              footer: furniture, names the outlet
//! ```
//!
//! The page's footer under the story (the site's name alone, "name -
//! what it is", its slogan, a copyright line) is furniture, so the
//! signature above it is read; a signature's slash names the writer's
//! paper ("Thu Hằng/VOV-Tokyo", "Đức Duy (TTXVN/Vietnam+)"), unless it
//! cites a reprint's source ("Theo Hoài Thương/Tuổi Trẻ").
//!
//! Lead markers (`(NLĐO)-`, `TTO -`, `(Dân trí) -`, `VOV.VN -`,
//! `(Chinhphu.vn) -`, …) and web domains map to outlet names through
//! `data/read/outlets.tsv` (150+ outlets: national, television, every province's paper),
//! and a line shaped like an outlet's name ("Báo Lạng Sơn", "Quốc hội TV") names one too; the Vietnamese cue words (related
//! headings, photo credits, page furniture, byline introducers, date-stamp
//! words) live in `data/read/cues.tsv`. Both are embedded at build time.
//! Text with none of this (just paragraphs) gets no title unless its first
//! line is clearly a headline, and **never** a made-up date: `published` is
//! only what the source states (a crawl stamp, a date-stamp line, page
//! metadata, an explicit JSON field).
//!
//! # Bytes to text
//!
//! UTF-8 (BOM stripped), UTF-16 LE/BE (with BOM, or recognised by its zero
//! bytes), otherwise `chardetng` with the `.vn` hint and `encoding_rs`, so
//! Windows-1258 decodes; the result is NFC. Binary input (NUL bytes, or more
//! than 10% control characters in the first 8 KB) is refused with
//! `binary file, not text`, blank input with `empty file`, and a single
//! text/HTML article over [`MAX_ARTICLE_BYTES`] with
//! `file is 50.0 MB; one article may be at most 8 MB (split it or use JSON Lines)`.
//!
//! # Errors and warnings
//!
//! Nothing panics on odd input. Each failure is one [`ReadError`] naming
//! where (`path`, `path:LINE`, `path: URI`) and why; the rest of a JSON Lines
//! file or WARC archive still yields its articles. What the reader could work
//! around (a guessed encoding, a truncated HTML page, an explicit `published`
//! that is not a date) goes to [`Article::warnings`].
//!
//! ```
//! let got = thoisu_read::read_bytes(
//!     "Bão số 10 đổ bộ vào Hà Tĩnh\n\nSáng nay, bão đã vào đất liền.".as_bytes(),
//!     "tin.txt",
//!     None,
//! );
//! let article = got[0].as_ref().unwrap();
//! assert_eq!(article.title.as_deref(), Some("Bão số 10 đổ bộ vào Hà Tĩnh"));
//! assert_eq!(article.published, None);
//! ```

mod decode;
mod html;
mod lexicon;
mod text;

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;
use thoisu_core::Article;

/// A single text or HTML article larger than this is refused: it is a dump, not an article.
pub const MAX_ARTICLE_BYTES: usize = 8 << 20;

/// How a file's content is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Text,
    Html,
    Json,
    JsonLines,
    Warc,
}

impl Format {
    /// The format a file name announces (`.warc.gz`, `.jsonl`, `.htm`), if any.
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.to_lowercase();
        let lower = lower.strip_suffix(".gz").map_or(lower.as_str(), |s| s);
        let ext = lower.rsplit_once('.').map(|(_, e)| e)?;
        match ext {
            "txt" | "text" | "md" => Some(Format::Text),
            "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "warc" => Some(Format::Warc),
            _ => None,
        }
    }

    /// The format of raw bytes whose name said nothing: WARC or gzip by
    /// magic, otherwise decided on the decoded text ([`Format::sniff_text`]).
    fn sniff_bytes(bytes: &[u8]) -> Option<Format> {
        (bytes.starts_with(b"WARC/") || bytes.starts_with(&[0x1F, 0x8B])).then_some(Format::Warc)
    }

    /// Markup, JSON or plain text, judged from the start of decoded text.
    pub fn sniff_text(text: &str) -> Format {
        let t = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
        if t.starts_with('[') {
            return Format::Json;
        }
        if t.starts_with('{') {
            return if looks_like_json_lines(t) {
                Format::JsonLines
            } else {
                Format::Json
            };
        }
        if t.starts_with('<') {
            let head: String = t.chars().take(4096).collect::<String>().to_lowercase();
            let markup = [
                "<!doctype html",
                "<html",
                "<head",
                "<body",
                "<article",
                "<div",
                "<p",
                "<meta",
                "<main",
                "<section",
                "<!--",
            ];
            if markup.iter().any(|m| head.contains(m)) {
                return Format::Html;
            }
        }
        Format::Text
    }
}

/// A first line that is a whole JSON object by itself, and another line
/// opening one: JSON Lines (a pretty-printed object fails the first test).
fn looks_like_json_lines(text: &str) -> bool {
    let mut lines = text
        .trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n'])
        .lines()
        .filter(|l| !l.trim().is_empty());
    let first_is_object = lines
        .next()
        .is_some_and(|l| matches!(serde_json::from_str::<Value>(l), Ok(Value::Object(_))));
    first_is_object && lines.any(|l| l.trim_start().starts_with('{'))
}

/// Why one file, line or record gave no article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// `path`, or `path:LINE` for a JSON Lines line.
    pub origin: String,
    pub reason: String,
}

impl ReadError {
    pub fn new(origin: impl Into<String>, reason: impl Into<String>) -> ReadError {
        ReadError {
            origin: origin.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

impl std::error::Error for ReadError {}

/// One file's content → its articles (one for text/HTML/JSON, many for JSON Lines and WARC).
///
/// `origin` names the content in articles and errors; its extension is used
/// to guess the format when `format` is `None`.
pub fn read_bytes(
    bytes: &[u8],
    origin: &str,
    format: Option<Format>,
) -> Vec<Result<Article, ReadError>> {
    let format = format
        .or_else(|| Format::from_name(origin))
        .or_else(|| Format::sniff_bytes(bytes));
    match format {
        Some(Format::Warc) => {
            return read_warc(open_warc(Cursor::new(bytes.to_vec())), origin).collect()
        }
        Some(Format::JsonLines) => return read_jsonl(bytes, origin).collect(),
        _ => {}
    }
    if bytes.len() > MAX_ARTICLE_BYTES && format != Some(Format::Json) {
        return vec![Err(ReadError::new(
            origin,
            oversize_reason("file", bytes.len()),
        ))];
    }
    let declared = (format != Some(Format::Text))
        .then(|| decode::declared_charset(bytes))
        .flatten();
    let decoded = match decode::decode_declared(bytes, declared) {
        Ok(d) => d,
        Err(e) => return vec![Err(ReadError::new(origin, e.reason()))],
    };
    let text = decoded.text;
    let mut results = match format.unwrap_or_else(|| Format::sniff_text(&text)) {
        Format::JsonLines => read_jsonl(text.as_bytes(), origin).collect(),
        // "[Infographic] Giá vàng..." only looked like JSON: without a name saying so, it is text.
        Format::Json if format.is_none() && serde_json::from_str::<Value>(&text).is_err() => {
            vec![Ok(article_from_text(&text, origin))]
        }
        Format::Json => read_json_document(&text, origin),
        Format::Html => {
            vec![article_from_html(&text, None, origin).map_err(|r| ReadError::new(origin, r))]
        }
        Format::Text | Format::Warc => vec![Ok(article_from_text(&text, origin))],
    };
    // JSON articles had theirs in article_from_json, after their URL's host.
    for article in results.iter_mut().flatten() {
        outlet_from_stamp(article);
    }
    if let Some(w) = decoded.warning {
        for article in results.iter_mut().flatten() {
            article.warnings.insert(0, w.clone());
        }
    }
    results
}

/// A file's articles. JSON Lines and WARC files are streamed; a single
/// text/HTML file over [`MAX_ARTICLE_BYTES`] is refused before it is read.
pub fn read_path(path: &Path) -> Vec<Result<Article, ReadError>> {
    read_path_iter(path).collect()
}

/// Like [`read_path`], but yields articles as they are read: a large `.jsonl`
/// or `.warc.gz` never sits in memory whole.
pub fn read_path_iter(path: &Path) -> Box<dyn Iterator<Item = Result<Article, ReadError>> + Send> {
    let origin = path.display().to_string();
    let fail = |origin: String, reason: String| -> Box<dyn Iterator<Item = _> + Send> {
        Box::new(std::iter::once(Err(ReadError::new(origin, reason))))
    };
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return fail(origin, io_reason("cannot open", &e)),
    };
    let meta = match file.metadata() {
        Ok(m) => m,
        Err(e) => return fail(origin, io_reason("cannot read", &e)),
    };
    if meta.is_dir() {
        return fail(origin, "is a directory".to_string());
    }
    let mut reader = BufReader::with_capacity(64 * 1024, file);
    let format = match Format::from_name(&origin) {
        Some(f) => Some(f),
        None => match reader.fill_buf() {
            Ok(head) => Format::sniff_bytes(head).or_else(|| {
                // JSON Lines is told apart on the first block, so it can still stream.
                let t = String::from_utf8_lossy(&head[..head.len().min(8192)]);
                looks_like_json_lines(&t).then_some(Format::JsonLines)
            }),
            Err(e) => return fail(origin, io_reason("cannot read", &e)),
        },
    };
    match format {
        Some(Format::JsonLines) => Box::new(read_jsonl(reader, &origin)),
        Some(Format::Warc) => Box::new(read_warc(open_warc(reader), &origin)),
        _ => {
            if meta.len() > MAX_ARTICLE_BYTES as u64 && format != Some(Format::Json) {
                return fail(origin, oversize_reason("file", meta.len() as usize));
            }
            let mut bytes = Vec::with_capacity(meta.len() as usize);
            if let Err(e) = reader.read_to_end(&mut bytes) {
                return fail(origin, io_reason("cannot read", &e));
            }
            Box::new(read_bytes(&bytes, &origin, format).into_iter())
        }
    }
}

fn io_reason(what: &str, e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("{what}: {e}"),
    }
}

fn oversize_reason(what: &str, len: usize) -> String {
    format!(
        "{what} is {:.1} MB; one article may be at most {} MB (split it or use JSON Lines)",
        len as f64 / (1u64 << 20) as f64,
        MAX_ARTICLE_BYTES >> 20
    )
}

// ---------------------------------------------------------------------------
// Text and HTML
// ---------------------------------------------------------------------------

fn article_from_text(text: &str, origin: &str) -> Article {
    let parts = text::parse_text(text);
    Article {
        origin: origin.to_string(),
        input_id: None,
        url: parts.body.url.clone(),
        title: parts.title,
        published: parts.published,
        dateline: parts.dateline,
        outlet: parts.outlet,
        authors: parts.authors,
        section: parts.section,
        lead: parts.body.lead.clone(),
        body: parts.body.text(),
        captions: parts.body.captions,
        related: parts.body.related,
        warnings: Vec::new(),
    }
}

/// The last resort for an article nothing else names the outlet of: a date
/// stamp in a shape only one outlet writes (`data/read/stamp_styles.tsv`).
fn outlet_from_stamp(article: &mut Article) {
    if article.outlet.is_none() {
        article.outlet = article
            .dateline
            .as_deref()
            .and_then(|d| lexicon::LEXICON.outlet_for_stamp(d))
            .map(str::to_string);
    }
}

fn article_from_html(html: &str, url: Option<&str>, origin: &str) -> Result<Article, String> {
    let mut article = html::parse_html(html, url)?;
    article.origin = origin.to_string();
    Ok(article)
}

// ---------------------------------------------------------------------------
// JSON and JSON Lines
// ---------------------------------------------------------------------------

/// A `.json` file: one object, or an array of objects (origin `path:N`).
fn read_json_document(text: &str, origin: &str) -> Vec<Result<Article, ReadError>> {
    match serde_json::from_str::<Value>(text.trim_start_matches('\u{FEFF}')) {
        Ok(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let at = item_origin(&format!("{origin}:{}", i + 1), &v);
                article_from_json(v, &at).map_err(|r| ReadError::new(at, r))
            })
            .collect(),
        Ok(v) => vec![article_from_json(v, origin).map_err(|r| ReadError::new(origin, r))],
        Err(e) => vec![Err(ReadError::new(origin, format!("invalid JSON: {e}")))],
    }
}

/// `path:LINE` becomes `path:LINE:id` when the object carries an id.
fn item_origin(base: &str, v: &Value) -> String {
    match input_id(v) {
        Some(id) => format!("{base}:{id}"),
        None => base.to_string(),
    }
}

/// The input object's own `id`, a string or a number, as written.
fn input_id(v: &Value) -> Option<String> {
    match v.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

/// One JSON object: `text` or `html`, plus fields that override what the content says.
fn article_from_json(v: Value, origin: &str) -> Result<Article, String> {
    let id = input_id(&v);
    let Value::Object(obj) = v else {
        return Err("expected a JSON object with \"text\" or \"html\"".to_string());
    };
    let field = |k: &str| -> Option<String> {
        match obj.get(k)? {
            Value::String(s) => {
                Some(decode::to_nfc(s.trim().to_string())).filter(|s| !s.is_empty())
            }
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let url = field("url");
    let mut article = match (field("text"), field("html")) {
        (Some(t), _) if t.len() > MAX_ARTICLE_BYTES => {
            return Err(oversize_reason("text", t.len()))
        }
        (Some(t), _) => article_from_text(&t, origin),
        (None, Some(h)) if h.len() > MAX_ARTICLE_BYTES => {
            return Err(oversize_reason("html", h.len()))
        }
        (None, Some(h)) => article_from_html(&h, url.as_deref(), origin)?,
        (None, None) => return Err("JSON object has neither \"text\" nor \"html\"".to_string()),
    };
    article.origin = origin.to_string();
    article.input_id = id;
    if url.is_some() {
        article.url = url;
    }
    if let Some(p) = field("published") {
        // An explicit date that is not one is ignored rather than passed on.
        match text::normalise_published(&p) {
            Some(p) => {
                // The text's own date line no longer gives the date.
                article.published = Some(p);
                article.dateline = None;
            }
            None => article
                .warnings
                .push(format!("ignored \"published\": {p:?} is not a date")),
        }
    }
    if let Some(o) = field("outlet") {
        article.outlet = Some(o);
    }
    if let Some(t) = field("title") {
        article.title = Some(t);
    }
    if let Some(s) = field("section") {
        article.section = Some(s);
    }
    match obj.get("authors").or_else(|| obj.get("author")) {
        Some(Value::Array(a)) => {
            let names: Vec<String> = a
                .iter()
                .filter_map(Value::as_str)
                .map(|s| decode::to_nfc(s.trim().to_string()))
                .filter(|s| !s.is_empty())
                .collect();
            if !names.is_empty() {
                article.authors = names;
            }
        }
        Some(Value::String(s)) if !s.trim().is_empty() => {
            article.authors = vec![decode::to_nfc(s.trim().to_string())]
        }
        _ => {}
    }
    if article.outlet.is_none() {
        article.outlet = article
            .url
            .as_deref()
            .and_then(|u| lexicon::LEXICON.outlet_for_host(u))
            .map(str::to_string);
    }
    outlet_from_stamp(&mut article);
    Ok(article)
}

/// Streams a JSON Lines source: one article (or one error naming `origin:LINE`)
/// per non-blank line. A broken line never stops the lines after it; an I/O
/// error ends the stream after reporting it.
pub fn read_jsonl<R: BufRead>(
    r: R,
    origin: &str,
) -> impl Iterator<Item = Result<Article, ReadError>> {
    JsonLines {
        reader: r,
        origin: origin.to_string(),
        line: 0,
        buf: Vec::new(),
        done: false,
        any_content: false,
    }
}

struct JsonLines<R> {
    reader: R,
    origin: String,
    line: usize,
    buf: Vec<u8>,
    done: bool,
    /// Whether any non-blank line was seen: a source with none is an empty file.
    any_content: bool,
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            let (read, eof) =
                match read_line_capped(&mut self.reader, &mut self.buf, MAX_ARTICLE_BYTES) {
                    Ok(x) => x,
                    Err(e) => {
                        self.done = true;
                        return Some(Err(ReadError::new(
                            format!("{}:{}", self.origin, self.line + 1),
                            io_reason("cannot read", &e),
                        )));
                    }
                };
            if eof {
                self.done = true;
                if read == 0 {
                    return (!self.any_content)
                        .then(|| Err(ReadError::new(&self.origin, "empty file")));
                }
            }
            self.line += 1;
            let at = format!("{}:{}", self.origin, self.line);
            if read > MAX_ARTICLE_BYTES {
                return Some(Err(ReadError::new(at, oversize_reason("line", read))));
            }
            let mut bytes = self.buf.as_slice();
            if self.line == 1 {
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                if self.done && !self.any_content {
                    return Some(Err(ReadError::new(&self.origin, "empty file")));
                }
                continue;
            }
            self.any_content = true;
            let value = match serde_json::from_slice::<Value>(bytes) {
                Ok(v) => v,
                Err(e) => return Some(Err(ReadError::new(at, format!("invalid JSON: {e}")))),
            };
            let at = item_origin(&at, &value);
            return Some(article_from_json(value, &at).map_err(|r| ReadError::new(at, r)));
        }
        None
    }
}

/// Reads one line into `buf`, keeping at most `cap + 1` bytes of it (the rest
/// is skipped, not stored). Returns the line's full length and whether the
/// source ended.
fn read_line_capped<R: BufRead>(
    r: &mut R,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<(usize, bool)> {
    let mut total = 0;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok((total, true));
        }
        let (take, found) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = (cap + 1).saturating_sub(buf.len());
        let line_part = if found {
            &chunk[..take - 1]
        } else {
            &chunk[..take]
        };
        buf.extend_from_slice(&line_part[..line_part.len().min(room)]);
        total += line_part.len();
        r.consume(take);
        if found {
            return Ok((total, false));
        }
    }
}

// ---------------------------------------------------------------------------
// WARC
// ---------------------------------------------------------------------------

/// A WARC source, gunzipped when it starts with the gzip magic.
fn open_warc<R: BufRead + Send + 'static>(mut r: R) -> Box<dyn BufRead + Send> {
    let gz = r
        .fill_buf()
        .map(|h| h.starts_with(&[0x1F, 0x8B]))
        .unwrap_or(false);
    if gz {
        Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(r)))
    } else {
        Box::new(r)
    }
}

/// One article per `response` record with an HTML payload.
fn read_warc<R: BufRead + Send>(
    r: R,
    origin: &str,
) -> impl Iterator<Item = Result<Article, ReadError>> + Send {
    let origin = origin.to_string();
    let mut records = warc::WarcReader::new(r).iter_records();
    let mut index = 0usize;
    let mut failed = false;
    std::iter::from_fn(move || loop {
        if failed {
            return None;
        }
        let Some(record) = records.next() else {
            // A WARC without a single record is an empty file, not an empty crawl.
            failed = true;
            return (index == 0).then(|| Err(ReadError::new(&origin, "empty file")));
        };
        index += 1;
        let record = match record {
            Ok(rec) => rec,
            Err(e) => {
                // The parser cannot resynchronise after a broken record.
                failed = true;
                return Some(Err(ReadError::new(
                    &origin,
                    format!("WARC record {index}: {e}"),
                )));
            }
        };
        // A `resource` record holds a page saved without its HTTP exchange (wget --warc-file).
        let is_page = match record.warc_type() {
            warc::RecordType::Response => true,
            warc::RecordType::Resource => record
                .header(warc::WarcHeader::ContentType)
                .is_some_and(|ct| ct.to_ascii_lowercase().contains("html")),
            _ => false,
        };
        if !is_page {
            continue;
        }
        let uri = record
            .header(warc::WarcHeader::TargetURI)
            .map(|u| u.trim().to_string());
        let at = uri.clone().unwrap_or_else(|| format!("{origin}#{index}"));
        match warc_payload_html(record.body()) {
            Ok(Some(html)) => {
                let result = if html.len() > MAX_ARTICLE_BYTES {
                    Err(oversize_reason("record", html.len()))
                } else {
                    article_from_html(&html, uri.as_deref(), &at)
                };
                return Some(
                    result.map_err(|reason| ReadError::new(format!("{origin}: {at}"), reason)),
                );
            }
            Ok(None) => continue,
            Err(reason) => return Some(Err(ReadError::new(format!("{origin}: {at}"), reason))),
        }
    })
}

/// The HTML of an HTTP response (headers skipped, chunking and gzip undone);
/// `None` when the response is not HTML.
fn warc_payload_html(payload: &[u8]) -> Result<Option<String>, String> {
    let (headers, body) = match find_subslice(payload, b"\r\n\r\n") {
        Some(i) if payload.starts_with(b"HTTP/") => (&payload[..i], &payload[i + 4..]),
        _ => match find_subslice(payload, b"\n\n") {
            Some(i) if payload.starts_with(b"HTTP/") => (&payload[..i], &payload[i + 2..]),
            _ => (&b""[..], payload),
        },
    };
    let headers = String::from_utf8_lossy(headers).to_lowercase();
    let header = |name: &str| {
        headers
            .lines()
            .find_map(|l| {
                l.strip_prefix(name)
                    .and_then(|rest| rest.trim_start().strip_prefix(':'))
            })
            .map(str::trim)
    };
    if let Some(ct) = header("content-type") {
        if !ct.contains("html") {
            return Ok(None);
        }
    }
    let mut body = body.to_vec();
    if header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        body = dechunk(&body);
    }
    if header("content-encoding").is_some_and(|t| t.contains("gzip"))
        || body.starts_with(&[0x1F, 0x8B])
    {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(body.as_slice())
            .read_to_end(&mut out)
            .map_err(|e| format!("cannot gunzip the response: {e}"))?;
        body = out;
    }
    // The charset the server declared wins over guessing.
    let label = header("content-type")
        .and_then(|ct| ct.split("charset=").nth(1))
        .map(|c| c.trim_matches(['"', '\'', ' ', ';']));
    if let Some(enc) = label.and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes())) {
        let text = enc.decode_with_bom_removal(&body).0.into_owned();
        return Ok(Some(decode::to_nfc(text)).filter(|t| !t.trim().is_empty()));
    }
    match decode::decode(&body) {
        Ok(d) => Ok(Some(d.text)),
        Err(decode::DecodeError::Empty) => Ok(None),
        Err(e) => Err(e.reason().to_string()),
    }
}

fn find_subslice(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Undoes HTTP chunked transfer encoding; stops quietly at the first malformed chunk.
fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    while let Some(eol) = find_subslice(body, b"\r\n") {
        let size_text = String::from_utf8_lossy(&body[..eol]);
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            break;
        };
        body = &body[eol + 2..];
        if size == 0 || size > body.len() {
            out.extend_from_slice(&body[..size.min(body.len())]);
            break;
        }
        out.extend_from_slice(&body[..size]);
        body = body.get(size + 2..).unwrap_or(&[]);
    }
    out
}

// ---------------------------------------------------------------------------
// Walking folders
// ---------------------------------------------------------------------------

/// File extensions a folder walk passes over: media and page assets, never articles.
const NOT_ARTICLES: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif", "mp3", "mp4",
    "m4a", "webm", "avi", "mov", "pdf", "zip", "7z", "rar", "exe", "dll", "so", "css", "js",
    "woff", "woff2", "ttf", "otf", "eot", "db", "sqlite", "parquet",
];

/// Deepest folder nesting followed.
const MAX_DEPTH: usize = 64;

/// The files under `paths`: files as given, folders recursively in sorted
/// order, hidden entries (`.name`) and media/asset files inside folders
/// skipped. `-` (stdin) is passed through. A path that cannot be listed is
/// one error; the walk goes on.
pub fn walk(paths: &[PathBuf]) -> impl Iterator<Item = Result<PathBuf, ReadError>> {
    // A stack of (path, depth, given-explicitly), next item on top.
    let mut stack: Vec<(PathBuf, usize, bool)> =
        paths.iter().rev().map(|p| (p.clone(), 0, true)).collect();
    // Folders already listed, by canonical path: a symlink loop is walked once.
    let mut seen: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
    std::iter::from_fn(move || {
        while let Some((path, depth, given)) = stack.pop() {
            if given && path.as_os_str() == "-" {
                return Some(Ok(path));
            }
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => {
                    return Some(Err(ReadError::new(
                        path.display().to_string(),
                        io_reason("cannot read", &e),
                    )))
                }
            };
            if !meta.is_dir() {
                return Some(Ok(path));
            }
            let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if depth >= MAX_DEPTH || !seen.insert(canonical) {
                continue;
            }
            let entries = match std::fs::read_dir(&path) {
                Ok(rd) => rd,
                Err(e) => {
                    return Some(Err(ReadError::new(
                        path.display().to_string(),
                        io_reason("cannot list", &e),
                    )))
                }
            };
            let mut children: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    let name = p
                        .file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default();
                    let ext = p
                        .extension()
                        .map(|e| e.to_string_lossy().to_lowercase())
                        .unwrap_or_default();
                    !name.starts_with('.') && !NOT_ARTICLES.contains(&ext.as_str())
                })
                .collect();
            children.sort();
            stack.extend(children.into_iter().rev().map(|p| (p, depth + 1, false)));
        }
        None
    })
}

#[cfg(test)]
mod tests;
