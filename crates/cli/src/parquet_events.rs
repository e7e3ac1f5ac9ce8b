//! Stored events as one Parquet table, for pandas, Polars, DuckDB or Spark:
//! one row per event, the columns of `events --format csv` (the story
//! included, so a story's events group with one key) plus the actor
//! codes' countries, PLOVER fields and the byte offsets of the trigger and
//! the sentence in the article's body (provenance).
//!
//! Written with `parquet`'s column writers (no Arrow: the table is flat and
//! its schema fixed, so the Arrow stack's build time buys nothing here).

use parquet::basic::Compression;
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use std::io::Write;
use std::sync::Arc;
use thoisu_store::StoredEvent;

/// The table's schema; `Column` below lists the same columns in order.
const SCHEMA: &str = "message thoisu_event {
    required binary article_id (STRING);
    required binary story (STRING);
    optional binary date (STRING);
    required binary code (STRING);
    required binary label (STRING);
    required double goldstein;
    required int64 quad_class;
    optional binary source (STRING);
    optional binary source_country (STRING);
    optional binary source_actor (STRING);
    optional binary target (STRING);
    optional binary target_country (STRING);
    optional binary target_actor (STRING);
    optional binary location (STRING);
    optional binary location_country (STRING);
    required binary plover_type (STRING);
    optional binary plover_mode (STRING);
    required binary sentence (STRING);
    required int64 start;
    required int64 end;
    required int64 sentence_start;
    required int64 sentence_end;
    required binary rule (STRING);
    optional binary outlet (STRING);
    optional binary published (STRING);
    optional binary title (STRING);
    optional binary url (STRING);
}";

/// Rows per row group: small enough to bound memory per column chunk,
/// large enough for good compression.
const ROW_GROUP: usize = 65_536;

enum Column {
    Text(fn(&StoredEvent) -> Option<&str>),
    Number(fn(&StoredEvent) -> i64),
    Real(fn(&StoredEvent) -> f64),
}

fn columns() -> Vec<Column> {
    use Column::{Number, Real, Text};
    vec![
        Text(|e| Some(&e.told.article_id)),
        Text(|e| Some(&e.told.story)),
        Text(|e| e.event.date.as_deref()),
        Text(|e| Some(&e.event.code)),
        Text(|e| Some(&e.event.label)),
        Real(|e| goldstein(e.event.goldstein)),
        Number(|e| i64::from(e.event.quad_class)),
        Text(|e| e.event.source.as_ref().map(|a| a.name.as_str())),
        Text(|e| e.event.source.as_ref().and_then(|a| a.country.as_deref())),
        Text(|e| e.event.source.as_ref().and_then(|a| a.actor.as_deref())),
        Text(|e| e.event.target.as_ref().map(|a| a.name.as_str())),
        Text(|e| e.event.target.as_ref().and_then(|a| a.country.as_deref())),
        Text(|e| e.event.target.as_ref().and_then(|a| a.actor.as_deref())),
        Text(|e| e.event.location.as_ref().map(|l| l.name.as_str())),
        Text(|e| e.event.location.as_ref().and_then(|l| l.country.as_deref())),
        Text(|e| Some(&e.event.plover_type)),
        Text(|e| e.event.plover_mode.as_deref()),
        Text(|e| Some(&e.event.sentence)),
        Number(|e| offset(e.event.provenance.start)),
        Number(|e| offset(e.event.provenance.end)),
        Number(|e| offset(e.event.provenance.sentence_start)),
        Number(|e| offset(e.event.provenance.sentence_end)),
        Text(|e| Some(&e.event.rule)),
        Text(|e| e.told.outlet.as_deref()),
        Text(|e| e.told.published.as_deref()),
        Text(|e| e.told.article_title.as_deref()),
        Text(|e| e.told.url.as_deref()),
    ]
}

/// Goldstein values have one decimal; widening the f32 would write 1.9 as
/// 1.899999976, so go through its shortest decimal form.
fn goldstein(g: f32) -> f64 {
    g.to_string().parse().unwrap_or(f64::from(g))
}

fn offset(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Writes `events` as one Parquet file to `out`.
pub fn write<W: Write + Send>(events: &[StoredEvent], out: W) -> anyhow::Result<()> {
    let schema = Arc::new(parse_message_type(SCHEMA)?);
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(concat!("thoisu ", env!("CARGO_PKG_VERSION")).to_string())
            .build(),
    );
    let mut writer = SerializedFileWriter::new(out, schema, props)?;
    let columns = columns();
    let optional: Vec<bool> = (0..columns.len())
        .map(|i| writer.schema_descr().column(i).max_def_level() > 0)
        .collect();
    for group in events.chunks(ROW_GROUP) {
        let mut rows = writer.next_row_group()?;
        for (column, &optional) in columns.iter().zip(&optional) {
            let mut chunk = rows
                .next_column()?
                .ok_or_else(|| anyhow::anyhow!("schema has fewer columns than the writer"))?;
            match column {
                Column::Text(get) => {
                    let mut values = Vec::with_capacity(group.len());
                    let mut defined = Vec::with_capacity(group.len());
                    for e in group {
                        match get(e) {
                            Some(s) => {
                                values.push(ByteArray::from(s));
                                defined.push(1);
                            }
                            None => defined.push(0),
                        }
                    }
                    // Required columns take no definition levels.
                    let levels = optional.then_some(defined.as_slice());
                    chunk
                        .typed::<ByteArrayType>()
                        .write_batch(&values, levels, None)?;
                }
                Column::Number(get) => {
                    let values: Vec<i64> = group.iter().map(get).collect();
                    chunk
                        .typed::<Int64Type>()
                        .write_batch(&values, None, None)?;
                }
                Column::Real(get) => {
                    let values: Vec<f64> = group.iter().map(get).collect();
                    chunk
                        .typed::<DoubleType>()
                        .write_batch(&values, None, None)?;
                }
            }
            chunk.close()?;
        }
        if rows.next_column()?.is_some() {
            anyhow::bail!("schema has more columns than the writer");
        }
        rows.close()?;
    }
    writer.close()?;
    Ok(())
}
