//! Prints what the reader makes of files or folders, one JSON article a line
//! (errors on stderr): `cargo run -p thoisu-read --example read_dump -- PATH...`.

use std::path::PathBuf;

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    for path in thoisu_read::walk(&paths) {
        let path = match path {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{e}");
                continue;
            }
        };
        for result in thoisu_read::read_path_iter(&path) {
            match result {
                Ok(article) => println!("{}", serde_json::to_string(&article).unwrap_or_default()),
                Err(e) => eprintln!("{e}"),
            }
        }
    }
}
