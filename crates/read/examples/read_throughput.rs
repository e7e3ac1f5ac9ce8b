//! Measures how fast the reader turns plain text and HTML into articles:
//! `cargo run --release -p thoisu-read --example read_throughput -- FILE...`.

use std::time::Instant;

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let rounds = (20_000_000 / bytes.len().max(1)).clamp(5, 5000);
        let start = Instant::now();
        let mut syllables = 0usize;
        for _ in 0..rounds {
            for article in thoisu_read::read_bytes(&bytes, &path, None)
                .into_iter()
                .flatten()
            {
                syllables += article.body.split_whitespace().count();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{path}: {rounds} reads, {:.1} MB/s, {:.0} syllables/s",
            (bytes.len() * rounds) as f64 / secs / 1e6,
            syllables as f64 / secs
        );
    }
}
