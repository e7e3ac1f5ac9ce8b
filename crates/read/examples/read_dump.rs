//! Prints what the reader makes of each article in the given files, one JSON
//! object a line (the `Article` fields, no analysis): for checking a change
//! to the reading rules on a corpus without building the whole pipeline.
//!
//! `cargo run --release -p thoisu-read --example read_dump -- FILE...`

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

fn main() -> io::Result<()> {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    for path in thoisu_read::walk(&paths) {
        let path = match path {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{e}");
                continue;
            }
        };
        for article in thoisu_read::read_path_iter(&path) {
            match article {
                Ok(a) => {
                    serde_json::to_writer(&mut out, &a)?;
                    writeln!(out)?;
                }
                Err(e) => eprintln!("{e}"),
            }
        }
    }
    out.flush()
}
