//! `thoisu segment`: word segmentation of UTF-8 lines, VLSP style.

use crate::output::{self, Outcome};
use anyhow::Context;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;

pub fn run(file: Option<&Path>) -> anyhow::Result<Outcome> {
    let input: Box<dyn BufRead> = match file {
        Some(p) if p != Path::new("-") => Box::new(BufReader::new(
            std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?,
        )),
        _ => Box::new(std::io::stdin().lock()),
    };
    let segmenter = thoisu_segment::Segmenter::embedded();
    let mut out = output::stdout();
    let mut line_out = String::new();
    for (n, line) in input.lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                output::bad_input(format!("line {}: {e}", n + 1));
                return Ok(Outcome::Partial);
            }
        };
        line_out.clear();
        segmenter.segment_line(&line, &mut line_out);
        out.write_all(line_out.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(Outcome::Done)
}
