//! Reads lines on stdin and prints each one word-segmented (syllables of a
//! word joined by '_'), for `shared/eval/ws_score.py` until the CLI exists.

use std::io::{BufRead, BufWriter, Write};

fn main() -> std::io::Result<()> {
    let segmenter = thoisu_segment::Segmenter::embedded();
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut buf = String::new();
    for line in stdin.lock().lines() {
        buf.clear();
        segmenter.segment_line(&line?, &mut buf);
        buf.push('\n');
        out.write_all(buf.as_bytes())?;
    }
    out.flush()
}
