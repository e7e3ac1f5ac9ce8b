//! Search over the two seed articles (read from /work/shared, tests only):
//! real bodies, queries with and without diacritics, snippets cut from the
//! original text. Skipped when the shared corpus is not there.

use std::path::Path;

use thoisu_core::Document;
use thoisu_store::Store;

fn seed_documents() -> Vec<Document> {
    let dir = Path::new("/work/shared/corpus/seeds");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| Document {
            id: p.file_stem().unwrap().to_string_lossy().into_owned(),
            body: std::fs::read_to_string(&p).unwrap(),
            ..Default::default()
        })
        .collect()
}

#[test]
fn seeds_are_found_with_or_without_diacritics() {
    let docs = seed_documents();
    if docs.is_empty() {
        eprintln!("no seed corpus: skipped");
        return;
    }
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(store.insert(&docs, &[]).unwrap().inserted, docs.len());
    for (query, written) in [
        ("dang lao dong", "Đảng Lao động"),
        ("Đảng Lao động", "Đảng Lao động"),
        ("TRIEU TIEN", "Triều Tiên"),
        ("tong bi thu to lam", "Tổng Bí thư Tô Lâm"),
    ] {
        let hits = store.search(query, 10).unwrap();
        assert_eq!(hits.len(), docs.len(), "{query}");
        for hit in &hits {
            assert!(hit.snippet.contains(written), "{query}: {}", hit.snippet);
        }
    }
    assert!(store.search("bong da world cup", 10).unwrap().is_empty());
}
