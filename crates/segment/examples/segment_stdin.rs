//! Reads lines on stdin and prints each one word-segmented (syllables of a
//! word joined by '_'), for `shared/eval/ws_score.py`.
//!
//! ```text
//! segment_stdin [MODEL]
//! ```
//!
//! With MODEL (a file written by `train_segmenter`), that model instead of
//! the embedded one, with the embedded lexicon: for trying models before
//! committing them.

use std::io::{BufRead, BufWriter, Write};

use thoisu_segment::{training, Segmenter};

fn main() -> Result<(), String> {
    let trial = match std::env::args().nth(1) {
        Some(path) => {
            let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
            Some(Segmenter::from_parts(training::lexicon(), Some(&bytes))?)
        }
        None => None,
    };
    let segmenter = trial.as_ref().unwrap_or_else(|| Segmenter::embedded());
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut buf = String::new();
    for line in stdin.lock().lines() {
        buf.clear();
        segmenter.segment_line(&line.map_err(|e| e.to_string())?, &mut buf);
        buf.push('\n');
        out.write_all(buf.as_bytes()).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}
