//! Scores the recogniser on the seed articles against their gold entities,
//! with a port of `shared/eval/score.py`'s entity matching: same type, and
//! the name or a mention equals the gold name or an alias after folding;
//! optional golds neither reward nor cost; matching is one-to-one.

use std::collections::HashSet;
use std::path::Path;

use serde_json::Value;
use thoisu_core::{Entity, EntityKind, Sentence, Span};
use thoisu_recognise::Recogniser;

const SHARED: &str = "/work/shared";

/// score.py's `norm`: NFC (the files are NFC), lower case, old tone
/// placement, punctuation as spaces, spaces squeezed.
fn norm(s: &str) -> String {
    let mut s = s.to_lowercase();
    for (new, old) in [
        ("oà", "òa"),
        ("oá", "óa"),
        ("oả", "ỏa"),
        ("oã", "õa"),
        ("oạ", "ọa"),
        ("oè", "òe"),
        ("oé", "óe"),
        ("oẻ", "ỏe"),
        ("oẽ", "õe"),
        ("oẹ", "ọe"),
        ("uỳ", "ùy"),
        ("uý", "úy"),
        ("uỷ", "ủy"),
        ("uỹ", "ũy"),
        ("uỵ", "ụy"),
    ] {
        s = s.replace(new, old);
    }
    let punct = "\"'“”‘’«»()[].,;:!?–—>/|-";
    let s: String = s
        .chars()
        .map(|c| if punct.contains(c) { ' ' } else { c })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn kind_code(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "PER",
        EntityKind::Organisation => "ORG",
        EntityKind::Location => "LOC",
    }
}

fn ok(gold: &Value, pred: &Entity) -> bool {
    if gold["type"].as_str() != Some(kind_code(pred.kind)) {
        return false;
    }
    let mut names: HashSet<String> = HashSet::new();
    names.insert(norm(gold["name"].as_str().unwrap_or("")));
    for a in gold["aliases"].as_array().into_iter().flatten() {
        names.insert(norm(a.as_str().unwrap_or("")));
    }
    std::iter::once(pred.name.as_str())
        .chain(pred.mentions.iter().map(|m| m.text.as_str()))
        .any(|c| names.contains(&norm(c)))
}

/// Maximum bipartite matching (augmenting paths): matched gold and pred indices.
fn match_max(golds: &[&Value], preds: &[&Entity]) -> (HashSet<usize>, HashSet<usize>) {
    let adj: Vec<Vec<usize>> = golds
        .iter()
        .map(|g| (0..preds.len()).filter(|&p| ok(g, preds[p])).collect())
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; preds.len()];
    fn augment(
        g: usize,
        adj: &[Vec<usize>],
        owner: &mut [Option<usize>],
        seen: &mut [bool],
    ) -> bool {
        for &p in &adj[g] {
            if seen[p] {
                continue;
            }
            seen[p] = true;
            if owner[p].is_none_or(|o| augment(o, adj, owner, seen)) {
                owner[p] = Some(g);
                return true;
            }
        }
        false
    }
    for g in 0..golds.len() {
        augment(g, &adj, &mut owner, &mut vec![false; preds.len()]);
    }
    let mp: HashSet<usize> = (0..preds.len()).filter(|&p| owner[p].is_some()).collect();
    let mg: HashSet<usize> = owner.iter().flatten().copied().collect();
    (mg, mp)
}

/// The body as the reader would hand it on: related-news lists cut off.
fn body(raw: &str) -> String {
    match raw.find("\nTin liên quan") {
        Some(i) => raw[..i].to_string(),
        None => raw.to_string(),
    }
}

/// Naive sentences: split after . ! ? and at line breaks.
fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let after = text[end..].chars().next();
        if c == '\n' || matches!(c, '.' | '!' | '?') && after.is_none_or(char::is_whitespace) {
            if end > start {
                out.push(Sentence {
                    span: Span::new(start, end),
                });
            }
            start = end;
        }
    }
    if start < text.len() {
        out.push(Sentence {
            span: Span::new(start, text.len()),
        });
    }
    out
}

#[test]
fn seeds_entity_f1() {
    let gold_dir = Path::new(SHARED).join("gold");
    let Ok(dir) = std::fs::read_dir(&gold_dir) else {
        eprintln!("no {} here; skipped", gold_dir.display());
        return;
    };
    let mut files: Vec<_> = dir
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for path in files {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let article = Path::new(SHARED)
            .join("corpus/seeds")
            .join(gold["file"].as_str().unwrap());
        let raw = body(&std::fs::read_to_string(&article).unwrap());
        let text = thoisu_normalise::normalise(&raw);
        let entities = Recogniser::embedded().recognise(&text, &sentences(&text));
        // score.py drops predictions repeating a (type, name) pair
        let mut seen = HashSet::new();
        let preds: Vec<&Entity> = entities
            .iter()
            .filter(|e| seen.insert((kind_code(e.kind), norm(&e.name))))
            .collect();
        let golds: Vec<&Value> = gold["entities"].as_array().unwrap().iter().collect();
        let req: Vec<&Value> = golds
            .iter()
            .copied()
            .filter(|g| !g["optional"].as_bool().unwrap_or(false))
            .collect();
        let opt: Vec<&Value> = golds
            .iter()
            .copied()
            .filter(|g| g["optional"].as_bool().unwrap_or(false))
            .collect();
        let (mg, mp) = match_max(&req, &preds);
        let rest: Vec<&Entity> = (0..preds.len())
            .filter(|p| !mp.contains(p))
            .map(|p| preds[p])
            .collect();
        let (_, mo) = match_max(&opt, &rest);
        let name = gold["file"].as_str().unwrap();
        for (i, g) in req.iter().enumerate() {
            if !mg.contains(&i) {
                println!("{name}: missed {g}");
            }
        }
        for (i, p) in rest.iter().enumerate() {
            if !mo.contains(&i) {
                let ms: Vec<&str> = p.mentions.iter().map(|m| m.text.as_str()).collect();
                println!(
                    "{name}: extra {} {:?} {:?} {ms:?}",
                    kind_code(p.kind),
                    p.name,
                    p.country
                );
            }
        }
        tp += mg.len();
        fn_ += req.len() - mg.len();
        fp += rest.len() - mo.len();
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!("entities P {p:.3} R {r:.3} F1 {f1:.3} ({tp}/{fp}/{fn_})");
    assert!(f1 >= 0.90, "entity F1 {f1:.3} below 0.90");
}
