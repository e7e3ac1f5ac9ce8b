//! Throughput of `Segmenter::segment_line` on one core, in syllables
//! (whitespace-separated pieces of the input) per second, for the embedded
//! segmenter and for the lexicon programme alone.
//!
//! ```text
//! cargo run --release -p thoisu-segment --example segment_throughput -- FILE [ROUNDS [MODEL…]]
//! ```
//!
//! FILE holds one line of text a line (e.g. the texts of
//! shared/bench/news2017.jsonl); the best of ROUNDS (default 3) is reported.
//! Each MODEL file (e.g. an older data/segment/model.bin) is timed too, with
//! the embedded lexicon, to compare models on a busy machine in one run.

use std::time::Instant;

use thoisu_segment::{training, Segmenter};

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: segment_throughput FILE [ROUNDS]")?;
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let lines: Vec<&str> = text.lines().collect();
    let syllables: usize = lines.iter().map(|l| l.split_whitespace().count()).sum();
    let lexicon_only = training::lexicon_segmenter(training::lexicon());
    let mut others = Vec::new();
    for model in args {
        let bytes = std::fs::read(&model).map_err(|e| format!("{model}: {e}"))?;
        others.push((
            model,
            Segmenter::from_parts(training::lexicon(), Some(&bytes))?,
        ));
    }
    let mut segmenters = vec![
        ("embedded".to_owned(), Segmenter::embedded()),
        ("lexicon programme".to_owned(), &lexicon_only),
    ];
    segmenters.extend(others.iter().map(|(name, s)| (name.clone(), s)));
    for (name, segmenter) in segmenters {
        let mut best = f64::INFINITY;
        let mut out = String::new();
        let mut bytes = 0;
        for _ in 0..rounds.max(1) {
            let clock = Instant::now();
            for line in &lines {
                out.clear();
                segmenter.segment_line(line, &mut out);
                bytes += out.len();
            }
            best = best.min(clock.elapsed().as_secs_f64());
        }
        println!(
            "{name}: {syllables} syllables in {best:.3}s = {:.0} syllables/s ({} bytes out)",
            syllables as f64 / best,
            bytes / rounds.max(1)
        );
    }
    Ok(())
}
