//! Measuring: syllable counts, peak resident memory, the printed table.

use std::io;
use std::time::Instant;

/// Syllables of `text`: whitespace-separated chunks holding a letter, the
/// unit the peers' figures use (`scripts/peers/peers.py` counts the same
/// way), so "2017" or "-" are not syllables and "Hà" is one.
pub fn count_syllables(text: &str) -> u64 {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count() as u64
}

/// Syllables of the `"text"` (or else `"html"`) fields of a JSON Lines
/// corpus: what a peer given the same lines reads. Bad lines count nothing.
pub fn input_syllables(jsonl: &[u8]) -> u64 {
    jsonl
        .split(|&b| b == b'\n')
        .filter_map(|line| serde_json::from_slice::<serde_json::Value>(line).ok())
        .map(|v| {
            let text = v.get("text").or_else(|| v.get("html"));
            text.and_then(|t| t.as_str()).map_or(0, count_syllables)
        })
        .sum()
}

/// Reads (and resets) the peak resident set size of this process.
pub struct RssProbe;

impl RssProbe {
    pub fn new() -> RssProbe {
        RssProbe
    }

    /// Starts a new peak from the current resident size (Linux >= 4.0:
    /// writing 5 to clear_refs resets VmHWM). Silently a no-op elsewhere:
    /// the peaks are then cumulative.
    pub fn reset(&self) {
        let _ = std::fs::write("/proc/self/clear_refs", "5");
    }

    /// VmHWM in KiB, when /proc tells.
    pub fn peak_kb(&self) -> Option<u64> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        vm_hwm_kb(&status)
    }
}

/// The `VmHWM:   1234 kB` line of /proc/PID/status.
fn vm_hwm_kb(status: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// One stage's measurement.
pub struct Row {
    pub stage: String,
    pub seconds: f64,
    pub articles: usize,
    pub syllables: u64,
    pub bytes: u64,
    pub peak_kb: Option<u64>,
}

impl Row {
    /// Closes a measurement started at `started`.
    pub fn new(
        stage: &str,
        started: Instant,
        articles: usize,
        syllables: u64,
        bytes: u64,
        probe: &RssProbe,
    ) -> Row {
        Row {
            seconds: started.elapsed().as_secs_f64(),
            stage: stage.to_string(),
            articles,
            syllables,
            bytes,
            peak_kb: probe.peak_kb(),
        }
    }

    fn rate(&self, amount: f64) -> f64 {
        if self.seconds > 0.0 {
            amount / self.seconds
        } else {
            0.0
        }
    }
}

/// The human table: stage, seconds, articles/s, syllables/s, MB/s, peak RSS.
pub fn table(rows: &[Row]) -> String {
    let mut out = format!(
        "{:<24} {:>8} {:>11} {:>13} {:>8} {:>10}\n",
        "stage", "seconds", "articles/s", "syllables/s", "MB/s", "peak MB"
    );
    for r in rows {
        out.push_str(&format!(
            "{:<24} {:>8.3} {:>11.0} {:>13.0} {:>8.1} {:>10.0}\n",
            r.stage,
            r.seconds,
            r.rate(r.articles as f64),
            r.rate(r.syllables as f64),
            r.rate(r.bytes as f64 / 1e6),
            r.peak_kb.unwrap_or(0) as f64 / 1024.0
        ));
    }
    out.pop();
    out
}

/// Machine-readable rows for the peer script: stage, seconds, articles,
/// syllables, bytes, peak KiB; tab-separated, one header line.
pub fn tsv(rows: &[Row]) -> String {
    let mut out = String::from("stage\tseconds\tarticles\tsyllables\tbytes\tpeak_kb\n");
    for r in rows {
        out.push_str(&format!(
            "{}\t{:.6}\t{}\t{}\t{}\t{}\n",
            r.stage,
            r.seconds,
            r.articles,
            r.syllables,
            r.bytes,
            r.peak_kb.unwrap_or(0)
        ));
    }
    out
}

/// A writer that only counts the bytes it is given.
#[derive(Default)]
pub struct CountingSink {
    pub bytes: u64,
}

impl io::Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.bytes += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn syllables_are_chunks_with_letters() {
        assert_eq!(count_syllables("Tổng Bí thư Tô Lâm thăm Hà Nội."), 8);
        assert_eq!(count_syllables("Ngày 2/9/2017 - 15 giờ 30"), 2);
        assert_eq!(count_syllables(""), 0);
        assert_eq!(count_syllables("🇻🇳 🎉  \n\t"), 0);
        assert_eq!(count_syllables("TP.HCM\u{a0}có  mưa"), 3);
    }

    #[test]
    fn corpus_syllables_come_from_text_fields() {
        let jsonl = "{\"id\": \"a\", \"text\": \"Hà Nội mưa to\"}\nnot json\n\n{\"html\": \"<p>Đà Nẵng</p>\"}\n";
        assert_eq!(input_syllables(jsonl.as_bytes()), 4 + 2);
        assert_eq!(input_syllables(b""), 0);
    }

    #[test]
    fn peak_memory_line_is_read() {
        let status = "Name:\tthoisu\nVmPeak:\t  100 kB\nVmHWM:\t   2048 kB\nVmRSS:\t 1024 kB\n";
        assert_eq!(vm_hwm_kb(status), Some(2048));
        assert_eq!(vm_hwm_kb("Name: x\n"), None);
    }

    #[test]
    fn table_gives_rates() {
        let row = Row {
            stage: "words".into(),
            seconds: 2.0,
            articles: 10,
            syllables: 1_000_000,
            bytes: 4_000_000,
            peak_kb: Some(2048),
        };
        let t = table(&[row]);
        let line = t.lines().nth(1).unwrap();
        assert!(line.starts_with("words"), "{t}");
        assert!(line.contains(" 500000 "), "{t}");
        assert!(line.contains(" 2.0 "), "{t}");
        assert!(tsv(&[]).starts_with("stage\tseconds"));
    }

    #[test]
    fn sink_counts_bytes() {
        let mut sink = CountingSink::default();
        write!(sink, "Hà Nội").unwrap();
        assert_eq!(sink.bytes, "Hà Nội".len() as u64);
    }
}
