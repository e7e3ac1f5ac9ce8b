//! Prints the entities the recogniser finds in each argument (or stdin line):
//! `cargo run -p thoisu-recognise --example recognise_show -- "Tổng Bí thư Tô Lâm ..."`.

use std::io::BufRead;

use thoisu_recognise::Recogniser;

fn main() {
    let mut texts: Vec<String> = std::env::args().skip(1).collect();
    if texts.is_empty() {
        texts = std::io::stdin()
            .lock()
            .lines()
            .map_while(Result::ok)
            .collect();
    }
    for t in texts {
        println!("> {t}");
        for e in Recogniser::embedded().recognise(&t, &[]) {
            let ms: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
            println!(
                "  {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                e.kind, e.name, e.country, e.gazetteer_id, e.roles, e.actor_role, ms
            );
        }
    }
}
