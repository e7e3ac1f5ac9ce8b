//! Messages, exit status and stdout handling shared by the commands.

use std::io::{self, Write};
use std::process::ExitCode;

/// How a command ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was processed.
    Done,
    /// Some inputs were bad (each already named on stderr); the rest was processed.
    Partial,
}

/// Names one bad input on stderr; the run goes on.
pub fn bad_input(message: impl std::fmt::Display) {
    eprintln!("thoisu: {message}");
}

/// Prints what the reader noticed about an article it could still read.
pub fn warnings(article: &thoisu_core::Article) {
    for w in &article.warnings {
        eprintln!("thoisu: {}: warning: {w}", article.origin);
    }
}

/// Turns a command's result into the contract's exit status.
pub fn finish(result: anyhow::Result<Outcome>) -> ExitCode {
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::Partial) => ExitCode::from(1),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("thoisu: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Buffered stdout; errors (a closed pipe above all) surface as io::Error.
pub fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

/// Writes one JSON value and a newline.
pub fn write_json<W: Write + ?Sized, T: serde::Serialize>(
    out: &mut W,
    value: &T,
    pretty: bool,
) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    out.write_all(b"\n")
}
