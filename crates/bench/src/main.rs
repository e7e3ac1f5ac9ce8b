//! `thoisu-bench`: throughput of every stage of thoisu over a JSON Lines
//! corpus (by default the shared 2017 news sample), one table: seconds,
//! articles/s, syllables/s, MB/s and peak resident memory per stage.
//!
//! Each stage runs single-threaded over every article, fed with the previous
//! stages' output computed beforehand, so its row is its own cost; then the
//! whole `extract` runs on one thread and on N threads, then the store takes
//! the documents in batches. A fast wrong answer must not pass: the counts
//! each run produces are checked against each other (stage by stage against
//! the whole pipeline, one thread against N, the store against the
//! documents) and, for the known corpus, against its known size.
//!
//! Usage: `thoisu-bench [CORPUS.jsonl] [--threads N] [--date YYYY-MM-DD]
//! [--tsv FILE] [--no-store]`.

mod measure;

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, ensure, Context};
use rayon::prelude::*;
use thoisu_core::{Article, DateMention, Document, Entity, Sentence};
use thoisu_events::Coder;
use thoisu_extract::{anchor_and_dates, dates_of_events, extract, Options};
use thoisu_normalise::NormalText;
use thoisu_recognise::Recogniser;
use thoisu_segment::Segmenter;

use measure::{Row, RssProbe};

/// Articles per store transaction, as `thoisu ingest` does.
const STORE_BATCH: usize = 512;

/// The shared bench corpus: its file name, size and what it must yield.
struct KnownCorpus {
    file_name: &'static str,
    bytes: u64,
    articles: usize,
    syllables: u64,
}

const KNOWN: &[KnownCorpus] = &[KnownCorpus {
    file_name: "news2017.jsonl",
    bytes: 21_132_843,
    articles: 5_948,
    syllables: 3_410_605,
}];

struct Args {
    corpus: PathBuf,
    threads: usize,
    date: Option<String>,
    tsv: Option<PathBuf>,
    store: bool,
}

fn parse_args() -> anyhow::Result<Args> {
    let mut args = Args {
        corpus: PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/bench/news2017.jsonl"),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        date: None,
        tsv: None,
        store: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().with_context(|| format!("{name} needs a value"));
        match a.as_str() {
            "--threads" => args.threads = value("--threads")?.parse::<usize>()?.max(1),
            "--date" => args.date = Some(value("--date")?),
            "--tsv" => args.tsv = Some(PathBuf::from(value("--tsv")?)),
            "--no-store" => args.store = false,
            "-h" | "--help" => {
                println!(
                    "thoisu-bench [CORPUS.jsonl] [--threads N] [--date YYYY-MM-DD] [--tsv FILE] [--no-store]"
                );
                std::process::exit(0);
            }
            s if s.starts_with("--") => bail!("unknown option {s}"),
            path => args.corpus = PathBuf::from(path),
        }
    }
    Ok(args)
}

// The same allocator as the `thoisu` binary, so stage figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    let args = parse_args()?;
    let options = Options {
        date: args.date.clone(),
        ..Options::default()
    };
    let raw = std::fs::read(&args.corpus)
        .with_context(|| format!("reading the corpus {}", args.corpus.display()))?;
    let origin = args.corpus.display().to_string();
    let mut rows: Vec<Row> = Vec::new();
    let probe = RssProbe::new();

    // Lexicons, automata and models are built on first use: time that apart.
    probe.reset();
    let t = Instant::now();
    warm_up(&options);
    rows.push(Row::new("load lexicons+models", t, 0, 0, 0, &probe));

    // read: JSON Lines parsing and article structure (title, lead, body).
    probe.reset();
    let t = Instant::now();
    let mut articles: Vec<Article> = Vec::new();
    let mut failed = 0usize;
    for r in thoisu_read::read_jsonl(Cursor::new(&raw[..]), &origin) {
        match r {
            Ok(a) => articles.push(a),
            Err(_) => failed += 1,
        }
    }
    let n = articles.len();
    // Rates are per syllable of input text, the unit of the peers' figures.
    let syllables = measure::input_syllables(&raw);
    let body_bytes: u64 = articles.iter().map(|a| a.body.len() as u64).sum();
    rows.push(Row::new(
        "read (JSONL+structure)",
        t,
        n,
        syllables,
        raw.len() as u64,
        &probe,
    ));
    let lines = raw
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    ensure!(
        n + failed == lines,
        "{n} articles + {failed} bad lines != {lines} lines"
    );
    check_known(&args.corpus, raw.len() as u64, n, syllables)?;

    let row = |name, t, probe: &RssProbe| Row::new(name, t, n, syllables, body_bytes, probe);

    probe.reset();
    let t = Instant::now();
    let norms: Vec<NormalText> = articles.iter().map(|a| NormalText::new(&a.body)).collect();
    rows.push(row("normalise", t, &probe));

    probe.reset();
    let t = Instant::now();
    let sentences: Vec<Vec<Sentence>> = norms
        .iter()
        .map(|m| thoisu_segment::sentences(&m.text))
        .collect();
    rows.push(row("sentences", t, &probe));

    probe.reset();
    let t = Instant::now();
    let segmenter = Segmenter::embedded();
    let tokens: usize = norms
        .iter()
        .zip(&sentences)
        .map(|(m, s)| segmenter.tokens(&m.text, s).len())
        .sum();
    rows.push(row("words (segmentation)", t, &probe));

    probe.reset();
    let t = Instant::now();
    let recogniser = Recogniser::embedded();
    let entities: Vec<Vec<Entity>> = articles
        .iter()
        .zip(norms.iter().zip(&sentences))
        .map(|(a, (m, s))| {
            let day = a.published.as_deref().or(options.date.as_deref());
            recogniser.recognise_on(&m.text, s, day)
        })
        .collect();
    rows.push(row("recognise (entities)", t, &probe));

    probe.reset();
    let t = Instant::now();
    let dates: Vec<Vec<DateMention>> = articles
        .iter()
        .zip(norms.iter().zip(&sentences))
        .map(|(a, (m, s))| anchor_and_dates(a, &options, &m.text, s).1)
        .collect();
    rows.push(row("dates", t, &probe));

    probe.reset();
    let t = Instant::now();
    let coder = Coder::embedded();
    let (mut staged_events, mut staged_agreements) = (0usize, 0usize);
    for (i, m) in norms.iter().enumerate() {
        let event_dates = dates_of_events(&dates[i]);
        let coded = coder.code(&m.text, &sentences[i], &entities[i], &event_dates);
        staged_events += coded.events.len();
        staged_agreements += coded.agreements.len();
    }
    rows.push(row("events+agreements", t, &probe));
    let staged = Totals {
        entities: entities.iter().map(Vec::len).sum(),
        // Only listed dates reach the document (loose period parts date events).
        dates: dates
            .iter()
            .flatten()
            .filter(|d| thoisu_dates::listed(d))
            .count(),
        events: staged_events,
        agreements: staged_agreements,
    };
    let sentence_count: usize = sentences.iter().map(Vec::len).sum();
    drop((norms, sentences, entities, dates));

    probe.reset();
    let t = Instant::now();
    let docs: Vec<Document> = articles.iter().map(|a| extract(a, &options)).collect();
    rows.push(row("extract, 1 thread", t, &probe));
    let whole = Totals::of(&docs);
    ensure!(
        whole == staged,
        "the whole pipeline found {whole:?}, the stages one by one {staged:?}: \
         do the stages here still call what thoisu_extract::extract calls?"
    );

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()?;
    probe.reset();
    let t = Instant::now();
    let parallel: Vec<Document> =
        pool.install(|| articles.par_iter().map(|a| extract(a, &options)).collect());
    let name = format!("extract, {} threads", args.threads);
    rows.push(Row::new(&name, t, n, syllables, body_bytes, &probe));
    ensure!(
        parallel == docs,
        "extract on {} threads differs from one thread",
        args.threads
    );
    drop(parallel);

    probe.reset();
    let t = Instant::now();
    let mut json = measure::CountingSink::default();
    for d in &docs {
        serde_json::to_writer(&mut json, d)?;
    }
    rows.push(row("JSON output", t, &probe));

    if args.store {
        let origins: Vec<&str> = articles.iter().map(|a| a.origin.as_str()).collect();
        probe.reset();
        let t = Instant::now();
        let stored = store_all(&docs, &origins)?;
        rows.push(row("store (batched SQLite)", t, &probe));
        // Duplicates (same content id) are stored once, at first sight.
        let mut seen = std::collections::HashSet::new();
        let (mut unique, mut unique_events) = (0u64, 0u64);
        for d in &docs {
            if seen.insert(d.id.as_str()) {
                unique += 1;
                unique_events += d.events.len() as u64;
            }
        }
        ensure!(
            stored == (unique, unique_events),
            "store holds {stored:?} (articles, events), the documents {:?}",
            (unique, unique_events)
        );
    }

    println!(
        "corpus {}: {n} articles ({failed} bad lines), {syllables} syllables, {:.1} MB of body text",
        args.corpus.display(),
        body_bytes as f64 / 1e6
    );
    println!(
        "found: {sentence_count} sentences, {tokens} word tokens, {} entities, {} dates, {} events, {} agreements; JSON {:.1} MB",
        whole.entities,
        whole.dates,
        whole.events,
        whole.agreements,
        json.bytes as f64 / 1e6
    );
    println!("{}", measure::table(&rows));
    println!(
        "peak RSS of the whole run: {:.0} MB (the corpus and its documents are held in memory)",
        probe.peak_kb().unwrap_or(0) as f64 / 1024.0
    );
    if let Some(path) = &args.tsv {
        std::fs::write(path, measure::tsv(&rows))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// Builds every lazily built table by analysing one short article.
fn warm_up(options: &Options) {
    let article = Article {
        body: "Ngày 2/9/2017, Chủ tịch nước Trần Đại Quang tiếp Đại sứ Nhật Bản tại Hà Nội. \
               Hai bên ký kết thỏa thuận hợp tác."
            .to_string(),
        ..Article::default()
    };
    let doc = extract(&article, options);
    std::hint::black_box(doc);
    let text = NormalText::new(&article.body).text;
    let s = thoisu_segment::sentences(&text);
    std::hint::black_box(Segmenter::embedded().tokens(&text, &s));
}

/// What the analysis found, summed over the corpus.
#[derive(Debug, Default, PartialEq, Eq)]
struct Totals {
    entities: usize,
    dates: usize,
    events: usize,
    agreements: usize,
}

impl Totals {
    fn of(docs: &[Document]) -> Totals {
        Totals {
            entities: docs.iter().map(|d| d.entities.len()).sum(),
            // Dates read from the body; those of the date line and the
            // headline are added by extract's assembly, outside the stages.
            dates: docs
                .iter()
                .flat_map(|d| &d.dates)
                .filter(|d| d.from.is_none())
                .count(),
            events: docs.iter().map(|d| d.events.len()).sum(),
            agreements: docs.iter().map(|d| d.agreements.len()).sum(),
        }
    }
}

/// For the shared corpus, what it is known to hold (file unchanged = same size).
fn check_known(path: &Path, bytes: u64, articles: usize, syllables: u64) -> anyhow::Result<()> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if let Some(k) = KNOWN
        .iter()
        .find(|k| k.file_name == name && k.bytes == bytes)
    {
        ensure!(
            articles == k.articles,
            "{name}: {articles} articles read, {} expected",
            k.articles
        );
        ensure!(
            syllables == k.syllables,
            "{name}: {syllables} syllables counted, {} expected",
            k.syllables
        );
    }
    Ok(())
}

/// Stores every document in a fresh temporary store, in batches; returns the
/// store's article and event counts.
fn store_all(docs: &[Document], origins: &[&str]) -> anyhow::Result<(u64, u64)> {
    let dir = std::env::temp_dir().join(format!("thoisu-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let result = (|| {
        let mut store = thoisu_store::Store::open(&dir.join("bench.db"))?;
        for (d, o) in docs.chunks(STORE_BATCH).zip(origins.chunks(STORE_BATCH)) {
            store.insert(d, o)?;
        }
        let counts = store.counts()?;
        anyhow::Ok((counts.articles, counts.events))
    })();
    let _ = std::fs::remove_dir_all(&dir);
    result
}
