//! Times `NormalText::new` on a file (default: stdin): MB/s and map size.
//! usage: bench_normalise [FILE] [REPEATS]

use std::io::Read;
use std::time::Instant;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let mut text = String::new();
    match args.get(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let repeats: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(10);
    let start = Instant::now();
    let mut changed = 0;
    for _ in 0..repeats {
        let normal = thoisu_normalise::NormalText::new(&text);
        changed += usize::from(normal.text != text);
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (text.len() * repeats) as f64 / 1e6;
    println!(
        "{:.1} MB in {secs:.3} s = {:.0} MB/s (changed {changed}/{repeats})",
        mb,
        mb / secs
    );
    Ok(())
}
