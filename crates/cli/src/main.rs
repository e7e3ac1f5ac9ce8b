//! `thoisu`: the binary is glue. Flags are read here (clap), each command
//! lives in its own module, and every stage's work is done by its crate.
//!
//! Exit status (shared/CONTRACT.md): 0 success; 1 bad input or partial
//! failure, with each bad file named on stderr; 2 usage error. A closed
//! pipe (`thoisu events | head`) ends the run quietly with 0.

mod counts;
mod export;
mod extract;
mod ingest;
mod output;
mod parquet_events;
mod query;
mod refresh;
mod segment;
mod serve;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "thoisu",
    version,
    about = "Reads Vietnamese news: who did what with whom, when and where."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse one article (text, HTML, JSON) or a .jsonl batch; print JSON. Stores nothing.
    Extract {
        /// The article file, a .jsonl batch, or - for stdin.
        file: PathBuf,
        #[command(flatten)]
        analysis: AnalysisArgs,
    },
    /// Word segmentation: one line in, one line out, words' syllables joined by '_'.
    Segment {
        /// Input file (default: stdin).
        file: Option<PathBuf>,
    },
    /// Read files, folders, .jsonl, .warc(.gz) or - (stdin); extract; store.
    Ingest {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        analysis: AnalysisArgs,
    },
    /// Analyse every stored article again with this build (newer names,
    /// offices and event rules apply to old news); replaces the records that
    /// changed and files stories again.
    Refresh {
        #[command(flatten)]
        db: DbArg,
        /// Each article is analysed with the options it was ingested with;
        /// --igo and --domestic given here add to them, --date and --outlet
        /// fill in where the ingest gave none.
        #[command(flatten)]
        analysis: AnalysisArgs,
        /// Count what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Query stored events.
    Events {
        #[command(flatten)]
        db: DbArg,
        /// Actor name or code (diacritics optional), either side.
        #[arg(long)]
        actor: Option<String>,
        /// ISO 3166-1 alpha-3 country, either side; two (repeated or
        /// comma-separated: VNM,PRK) give the events between them.
        #[arg(long, value_delimiter = ',')]
        country: Vec<String>,
        /// CAMEO code prefix, e.g. 04 or 057.
        #[arg(long)]
        code: Option<String>,
        /// Earliest event date, YYYY-MM-DD.
        #[arg(long)]
        since: Option<String>,
        /// Latest event date, YYYY-MM-DD.
        #[arg(long)]
        until: Option<String>,
        /// Only events of this story: its id, or the id of any of its articles.
        #[arg(long)]
        story: Option<String>,
        /// At most this many rows.
        #[arg(long, default_value_t = 100)]
        limit: usize,
        /// Skip this many first: with --limit, pages through more.
        #[arg(long, default_value_t = 0)]
        offset: usize,
        /// One row per happening: an event told by several articles of one
        /// story (same code, countries and day) is listed once, with how
        /// many articles and outlets told it.
        #[arg(long)]
        distinct: bool,
        /// Count the matching events (all of them: --limit does not apply)
        /// by day, month, year, code, root, quad, source, target or pair,
        /// with their mean Goldstein value, instead of listing them.
        #[arg(long, value_enum, value_name = "BY")]
        count: Option<counts::CountBy>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Query stored signed documents (agreements, memorandums, treaties …).
    Agreements {
        #[command(flatten)]
        db: DbArg,
        /// A party's name (diacritics optional), e.g. "bo cong thuong";
        /// `--actor` too, as in `thoisu events`.
        #[arg(long, visible_alias = "actor")]
        party: Option<String>,
        /// ISO 3166-1 alpha-3 country of a party; repeated (or VNM,KOR),
        /// every one must be a party's.
        #[arg(long, value_delimiter = ',')]
        country: Vec<String>,
        /// Kind: agreement, mou, letter_of_intent, treaty, joint_statement,
        /// contract, plan, other.
        #[arg(long)]
        kind: Option<String>,
        /// Words of the title (diacritics optional), e.g. "ban ghi nho".
        #[arg(long)]
        title: Option<String>,
        /// Earliest day (the document's date, else the article's), YYYY[-MM[-DD]].
        #[arg(long)]
        since: Option<String>,
        /// Latest day, YYYY[-MM[-DD]].
        #[arg(long)]
        until: Option<String>,
        /// Only documents of this story: its id, or the id of any of its articles.
        #[arg(long)]
        story: Option<String>,
        /// At most this many rows.
        #[arg(long, default_value_t = 100)]
        limit: usize,
        /// Skip this many first: with --limit, pages through more.
        #[arg(long, default_value_t = 0)]
        offset: usize,
        /// One row per document: one title signed on one day and told by
        /// several articles of a story is listed once, with how many told it.
        #[arg(long)]
        distinct: bool,
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Who the stored news names: people, bodies and places, most-named first.
    Entities {
        #[command(flatten)]
        db: DbArg,
        /// The name or any written form (diacritics optional), e.g. "tap can binh".
        #[arg(long)]
        name: Option<String>,
        /// PER, ORG or LOC.
        #[arg(long = "type")]
        kind: Option<String>,
        /// ISO 3166-1 alpha-3 country of the entity.
        #[arg(long)]
        country: Option<String>,
        /// Named in articles published on or after this day, YYYY[-MM[-DD]].
        #[arg(long)]
        since: Option<String>,
        /// Named in articles published on or before this day.
        #[arg(long)]
        until: Option<String>,
        /// Only entities named in this story: its id, or the id of any of its articles.
        #[arg(long)]
        story: Option<String>,
        /// At most this many rows.
        #[arg(long, default_value_t = 100)]
        limit: usize,
        /// Skip this many first: with --limit, pages through more.
        #[arg(long, default_value_t = 0)]
        offset: usize,
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Stories: the articles, across outlets, that tell one happening.
    Stories {
        #[command(flatten)]
        db: DbArg,
        /// Stories with an article published on or after this day (YYYY[-MM[-DD]]).
        #[arg(long)]
        since: Option<String>,
        /// Stories with an article published on or before this day.
        #[arg(long)]
        until: Option<String>,
        /// Only stories told by at least this many articles (1 lists lone articles too).
        #[arg(long, default_value_t = 2)]
        min_articles: usize,
        /// At most this many rows.
        #[arg(long, default_value_t = 100)]
        limit: usize,
        /// Print JSON lines (each story with its articles) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// What the store holds: counts, the span of published days, the
    /// biggest outlets.
    Stats {
        #[command(flatten)]
        db: DbArg,
        /// Print JSON (as /api/stats) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Full-text search over stored articles, with or without diacritics.
    Search {
        query: String,
        #[command(flatten)]
        db: DbArg,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Print JSON lines instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// HTTP JSON API and the web UI over the store.
    Serve {
        /// Address to listen on (port 0 picks a free one).
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Dump the whole store: article documents (jsonl), events (gdelt, parquet) or GDELT's events and mentions tables (gdelt-events, gdelt-mentions).
    Export {
        #[arg(long, value_enum)]
        format: export::ExportFormat,
        /// Output file, or - for stdout.
        out: PathBuf,
        #[command(flatten)]
        db: DbArg,
    },
}

/// What `extract` and `ingest` share: how articles are analysed.
#[derive(clap::Args)]
struct AnalysisArgs {
    /// Resolve relative dates against this day when an article has none (YYYY-MM-DD).
    #[arg(long)]
    date: Option<String>,
    /// Outlet name for articles that do not say.
    #[arg(long)]
    outlet: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Also keep events within one country (both sides Vietnamese, say);
    /// by default only events between two countries' actors are kept.
    #[arg(long)]
    domestic: bool,
    /// Also keep events with an international body (UN, ASEAN, EU …) or its
    /// head as a side: actor code IGOUNO, IGOSEAASN …, country null.
    #[arg(long)]
    igo: bool,
}

impl AnalysisArgs {
    /// Sets up the worker pool and returns the pipeline's options.
    fn apply(self) -> thoisu_extract::Options {
        if let Some(n) = self.threads {
            // Only fails if a pool was already built, which cannot happen here.
            let _ = rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build_global();
        }
        thoisu_extract::Options {
            date: self.date,
            outlet: self.outlet,
            domestic: self.domestic,
            igo: self.igo,
        }
    }
}

#[derive(clap::Args)]
struct DbArg {
    /// The store: a SQLite file path or sqlite://PATH.
    #[arg(long, env = "THOISU_DB", default_value = "thoisu.db")]
    db: String,
}

impl DbArg {
    fn path(&self) -> PathBuf {
        PathBuf::from(self.db.strip_prefix("sqlite://").unwrap_or(&self.db))
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
    Csv,
    /// GDELT 2.0's 61-column event layout, tab-separated, no header (docs/gdelt.md).
    Gdelt,
}

/// Output of queries that have no GDELT form.
#[derive(Clone, Copy, ValueEnum)]
enum TableFormat {
    Table,
    Json,
    Csv,
}

// Extraction allocates many small strings and vectors per sentence; mimalloc
// serves them faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract { file, analysis } => extract::run(&file, analysis.apply()),
        Command::Segment { file } => segment::run(file.as_deref()),
        Command::Ingest {
            paths,
            db,
            analysis,
        } => ingest::run(&paths, &db.path(), analysis.apply()),
        Command::Refresh {
            db,
            analysis,
            dry_run,
        } => refresh::run(&db.path(), analysis.apply(), dry_run),
        Command::Events {
            db,
            actor,
            country,
            code,
            since,
            until,
            story,
            limit,
            offset,
            distinct,
            count,
            format,
        } => {
            let filter = thoisu_store::EventFilter {
                actor,
                countries: country,
                code,
                since,
                until,
                story,
                limit: if count.is_some() { None } else { Some(limit) },
                offset: if count.is_some() { 0 } else { offset },
                distinct,
            };
            match count {
                Some(by) => query::event_counts(&db.path(), &filter, by, format),
                None => query::events(&db.path(), &filter, format),
            }
        }
        Command::Agreements {
            db,
            party,
            country,
            kind,
            title,
            since,
            until,
            story,
            limit,
            offset,
            distinct,
            format,
        } => {
            let filter = thoisu_store::AgreementFilter {
                party,
                countries: country,
                kind,
                title,
                since,
                until,
                story,
                limit: Some(limit),
                offset,
                distinct,
            };
            query::agreements(&db.path(), &filter, format)
        }
        Command::Entities {
            db,
            name,
            kind,
            country,
            since,
            until,
            story,
            limit,
            offset,
            format,
        } => {
            let filter = thoisu_store::EntityFilter {
                name,
                kind,
                country,
                since,
                until,
                story,
                limit: Some(limit),
                offset,
            };
            query::entities(&db.path(), &filter, format)
        }
        Command::Stories {
            db,
            since,
            until,
            min_articles,
            limit,
            json,
        } => {
            let filter = thoisu_store::StoryFilter {
                since,
                until,
                min_articles,
                limit: Some(limit),
            };
            query::stories(&db.path(), &filter, json)
        }
        Command::Stats { db, json } => query::stats(&db.path(), json),
        Command::Search {
            query,
            db,
            limit,
            json,
        } => query::search(&db.path(), &query, limit, json),
        Command::Serve { addr, db } => serve::run(&db.path(), &addr),
        Command::Export { format, out, db } => export::run(&db.path(), format, &out),
    };
    output::finish(result)
}
