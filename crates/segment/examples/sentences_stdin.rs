//! Reads a whole text on stdin, normalises it, and prints one sentence a
//! line in the segmented form (for eyeballing sentence and word splits).

use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut raw = String::new();
    std::io::stdin().read_to_string(&mut raw)?;
    let text = thoisu_normalise::normalise(&raw);
    let sentences = thoisu_segment::sentences(&text);
    let tokens = thoisu_segment::Segmenter::embedded().tokens(&text, &sentences);
    let mut line = String::new();
    let mut current = 0;
    for t in &tokens {
        if t.sentence != current && !line.is_empty() {
            println!("{line}");
            line.clear();
        }
        current = t.sentence;
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&t.span.of(&text).replace(' ', "_"));
    }
    if !line.is_empty() {
        println!("{line}");
    }
    Ok(())
}
